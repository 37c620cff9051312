// The blind ophthalmology and optometry wave (eval/eye-wave.ts, blind wave 48, measured at 0.899 before rules on the engine at 5d12ba5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreEyeWave, touchedEyeKeeps } from './eval/eye-wave';

describeWaveWorld({
  title: 'eye care records',
  floor: 0.87,
  score: scoreEyeWave,
  touched: touchedEyeKeeps,
});
