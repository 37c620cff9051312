// The blind veterans' and military health records wave (eval/veterans-wave.ts, blind wave 43, measured at 0.821 before rules on the engine at 033a5a5) held on seeds
// no rule was written against. Decided: a weekly schedule's days are redacted (as dialysis schedules, round 16).
import { describeWaveWorld } from './wave-world-support';
import { scoreVeteransWave, touchedVeteransKeeps } from './eval/veterans-wave';

describeWaveWorld({
  title: "veterans' and military health records",
  floor: 0.78,
  score: scoreVeteransWave,
  touched: touchedVeteransKeeps,
  decided: ['Tuesdays'],
});
