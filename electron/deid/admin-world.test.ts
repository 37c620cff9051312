// The blind registration, insurance, billing and legal forms wave (eval/admin-wave.ts, blind wave 14, measured at 0.815
// before rules) held on seeds no rule was written against, and every one of its look-alikes left untouched.
import { describeWaveWorld } from './wave-world-support';
import { scoreAdminWave, touchedAdminKeeps } from './eval/admin-wave';

describeWaveWorld({
  title: 'registration, insurance, billing and legal forms',
  floor: 0.88,
  score: scoreAdminWave,
  touched: touchedAdminKeeps,
});
