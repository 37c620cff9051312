// The blind lactation and breastfeeding medicine clinic records wave (eval/lactation-wave.ts, blind wave 89, measured at 0.925 before rules, 0.926 on fresh
// seeds, on the engine at b9b0d02) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreLactationWave, touchedLactationKeeps } from './eval/lactation-wave';

describeWaveWorld({
  title: 'lactation and breastfeeding medicine clinic records',
  floor: 0.89,
  score: scoreLactationWave,
  touched: touchedLactationKeeps,
  // Decided: a standing schedule's weekdays are redacted as dates (as dialysis schedules, round 16).
  decided: ['Monday to Thursday'],
});
