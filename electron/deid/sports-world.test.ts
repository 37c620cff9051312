// The blind sports medicine and athletic training wave (eval/sports-wave.ts, blind wave 49, measured at 0.869 before rules on
// the engine at 5d12ba5; 0.873 on seeds 41, 42, 43 and 0.868 on seeds 101, 202) held on seeds no rule was written against.
// Decided: a recurring schedule's days are redacted (as dialysis schedules, round 16).
import { describeWaveWorld } from './wave-world-support';
import { scoreSportsWave, touchedSportsKeeps } from './eval/sports-wave';

describeWaveWorld({
  title: 'sports medicine and athletic training records',
  floor: 0.83,
  score: scoreSportsWave,
  touched: touchedSportsKeeps,
  decided: ['Mon/Wed/Fri'],
});
