// The blind ward nursing, handoff, case-management and social-work wave (eval/wards-wave.ts, blind wave 30, measured at 0.867 before rules on the engine at 2e5a850) held on seeds
// no rule was written against. Decided: a dialysis schedule's days are redacted (round 16); countries are a judgment call.
import { describeWaveWorld } from './wave-world-support';
import { scoreWardsWave, touchedWardsKeeps } from './eval/wards-wave';

describeWaveWorld({
  title: 'ward nursing, handoffs, case management and social work',
  floor: 0.88,
  score: scoreWardsWave,
  touched: touchedWardsKeeps,
  decided: ['MWF', 'Haiti'],
});
