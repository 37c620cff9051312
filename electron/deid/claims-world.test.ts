// The blind billing, insurance and utilization-review wave (eval/claims-wave.ts, blind wave 46, measured at 0.865 before rules on the engine at 9083f0b) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreClaimsWave, touchedClaimsKeeps } from './eval/claims-wave';

describeWaveWorld({
  title: 'billing, insurance and utilization-review records',
  floor: 0.83,
  score: scoreClaimsWave,
  touched: touchedClaimsKeeps,
});
