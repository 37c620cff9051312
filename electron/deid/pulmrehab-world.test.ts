// The blind pulmonary rehabilitation and home oxygen records wave (eval/pulmrehab-wave.ts, blind wave 91, measured at 0.924 (fresh 0.926) before rules
// on the engine at b9b0d02) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scorePulmrehabWave, touchedPulmrehabKeeps } from './eval/pulmrehab-wave';

describeWaveWorld({
  title: 'pulmonary rehabilitation and home oxygen records',
  floor: 0.89,
  score: scorePulmrehabWave,
  touched: touchedPulmrehabKeeps,
  // Decided: a standing schedule's weekday is redacted as a date (as dialysis schedules, round 16).
  decided: ['2nd Tuesday'],
});
