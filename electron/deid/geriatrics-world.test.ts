// The blind outpatient geriatrics and memory care wave (eval/geriatrics-wave.ts, blind wave 87, measured at 0.926 before
// rules on the engine at d9575c5) held on seeds no rule was written against. Its look-alikes are held too.
import { describeWaveWorld } from './wave-world-support';
import { scoreGeriatricsWave, touchedGeriatricsKeeps } from './eval/geriatrics-wave';

describeWaveWorld({
  title: 'outpatient geriatrics and memory care records',
  floor: 0.89,
  score: scoreGeriatricsWave,
  touched: touchedGeriatricsKeeps,
});
