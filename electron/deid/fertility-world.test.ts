// The blind reproductive endocrinology and fertility clinic records wave (eval/fertility-wave.ts, blind wave 71, measured at 0.836 before rules on the engine at 034a3eb) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreFertilityWave, touchedFertilityKeeps } from './eval/fertility-wave';

describeWaveWorld({
  title: 'reproductive endocrinology and fertility clinic records',
  floor: 0.8,
  score: scoreFertilityWave,
  touched: touchedFertilityKeeps,
});
