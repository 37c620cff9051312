// The blind home infusion therapy and outpatient infusion pharmacy wave (eval/infusion-wave.ts, blind wave 76, measured at 0.935 before rules on the engine at 6d111ff) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreInfusionWave, touchedInfusionKeeps } from './eval/infusion-wave';

describeWaveWorld({
  title: 'home infusion therapy and outpatient infusion pharmacy records',
  floor: 0.9,
  score: scoreInfusionWave,
  touched: touchedInfusionKeeps,
});
