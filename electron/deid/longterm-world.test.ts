// The blind nursing home and long-term care wave (eval/longterm-wave.ts, blind wave 37, measured at 0.900 before rules on the engine at 5c84fdd) held on seeds
// no rule was written against. Decided: a weekly schedule's days are redacted (as dialysis schedules, round 16).
import { describeWaveWorld } from './wave-world-support';
import { scoreLongtermWave, touchedLongtermKeeps } from './eval/longterm-wave';

describeWaveWorld({
  title: 'nursing home and long-term care records',
  floor: 0.86,
  score: scoreLongtermWave,
  touched: touchedLongtermKeeps,
  decided: ['Sundays', 'Tue/Fri', 'every Monday'],
});
