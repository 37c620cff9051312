// The blind outpatient geriatrics and memory care wave (eval/geriatrics-wave.ts, blind wave 87, measured at 0.926 before
// rules on the engine at d9575c5) held on seeds no rule was written against. Its look-alikes are held too, but for those
// not yet ruled out, which the engine touched when the wave was measured: scores written as fractions ('Clock Draw 2/4',
// 'Mini-Cog 2/5', 'MNA-SF 9/14'), an eponym ('Charles Bonnet') and national bodies named alone ('Area Agency on Aging',
// 'Age-Friendly Health Systems').
import { describeWaveWorld } from './wave-world-support';
import { scoreGeriatricsWave, touchedGeriatricsKeeps } from './eval/geriatrics-wave';

describeWaveWorld({
  title: 'outpatient geriatrics and memory care records',
  floor: 0.89,
  score: scoreGeriatricsWave,
  touched: touchedGeriatricsKeeps,
  decided: ['Clock Draw 2/4', 'Mini-Cog 2/5', 'MNA-SF 9/14', 'Charles Bonnet', 'Area Agency on Aging', 'Age-Friendly Health Systems'],
});
