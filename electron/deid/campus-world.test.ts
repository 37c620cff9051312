// The blind college student health and athletics wave (eval/campus-wave.ts, blind wave 39, measured at 0.887 before rules on the engine at 5c84fdd) held on seeds
// no rule was written against. Decided: a weekly schedule's days are redacted (as dialysis schedules, round 16). Not yet
// ruled out: "the student health center" after "at the" is read as a named place.
import { describeWaveWorld } from './wave-world-support';
import { scoreCampusWave, touchedCampusKeeps } from './eval/campus-wave';

describeWaveWorld({
  title: 'college student health and athletics records',
  floor: 0.85,
  score: scoreCampusWave,
  touched: touchedCampusKeeps,
  decided: ['Tuesday/Thursday', 'student health center'],
});
