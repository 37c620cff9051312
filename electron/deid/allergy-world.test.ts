// The blind allergy and clinical immunology records wave (eval/allergy-wave.ts, blind wave 73, measured at 0.918 before rules on the engine at adb265f)
// held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreAllergyWave, touchedAllergyKeeps } from './eval/allergy-wave';

describeWaveWorld({
  title: 'allergy and clinical immunology records',
  floor: 0.88,
  score: scoreAllergyWave,
  touched: touchedAllergyKeeps,
});
