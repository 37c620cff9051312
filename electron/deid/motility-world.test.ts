// The blind gastrointestinal motility lab records wave (eval/motility-wave.ts, blind wave 90, measured at 0.945 before
// rules, fresh 0.945, on the engine at b9b0d02) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreMotilityWave, touchedMotilityKeeps } from './eval/motility-wave';

describeWaveWorld({
  title: 'gastrointestinal motility lab records',
  floor: 0.91,
  score: scoreMotilityWave,
  touched: touchedMotilityKeeps,
  // Decided: a standing schedule's weekdays are redacted as dates (as dialysis schedules, round 16).
  decided: ['Monday through Thursday'],
});
