// The blind pulmonary rehabilitation and home oxygen records wave (eval/pulmrehab-wave.ts, blind wave 91, measured at 0.924 (fresh 0.926) before rules
// on the engine at b9b0d02) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scorePulmrehabWave, touchedPulmrehabKeeps } from './eval/pulmrehab-wave';

describeWaveWorld({
  title: 'pulmonary rehabilitation and home oxygen records',
  floor: 0.89,
  score: scorePulmrehabWave,
  touched: touchedPulmrehabKeeps,
  // Touched on the engine at b9b0d02, measured once when the wave was written; not yet ruled on (round 32).
  decided: ["4/10", "St. George's Respiratory Questionnaire", "SimplyGo Mini", "WristOx2", "HELiOS", "Trelegy Ellipta", "Breztri Aerosphere", "Spiriva Respimat", "Zephyr", "Air Carrier Access Act", "Delta", "county van", "Wyoming", "Appalachia", "2nd Tuesday"],
});
