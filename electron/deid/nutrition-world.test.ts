// The blind clinical nutrition and dietetics wave (eval/nutrition-wave.ts, blind wave 55, measured at 0.884 on fresh seeds
// before rules on the engine at f805729) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreNutritionWave, touchedNutritionKeeps } from './eval/nutrition-wave';

describeWaveWorld({
  title: 'clinical nutrition and dietetics records',
  floor: 0.85,
  score: scoreNutritionWave,
  touched: touchedNutritionKeeps,
});
