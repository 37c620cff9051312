// The blind gastroenterology and endoscopy wave (eval/endoscopy-wave.ts, blind wave 64, measured at 0.940 before rules on the engine at d652ed8) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreEndoscopyWave, touchedEndoscopyKeeps } from './eval/endoscopy-wave';

describeWaveWorld({
  title: 'gastroenterology and endoscopy records',
  floor: 0.90,
  score: scoreEndoscopyWave,
  touched: touchedEndoscopyKeeps,
});
