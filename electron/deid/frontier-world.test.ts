// The blind rural, frontier and tribal health wave (eval/frontier-wave.ts, blind wave 42, measured at 0.779 before rules on the engine at 033a5a5) held on seeds
// no rule was written against. Decided: a recurring schedule's days are redacted (as dialysis schedules, round 16).
import { describeWaveWorld } from './wave-world-support';
import { scoreFrontierWave, touchedFrontierKeeps } from './eval/frontier-wave';

describeWaveWorld({
  title: 'rural, frontier and tribal health records',
  floor: 0.74,
  score: scoreFrontierWave,
  touched: touchedFrontierKeeps,
  decided: ['2nd Tuesday of each month', 'Mon/Wed/Fri'],
});
