// The blind physical, occupational and speech therapy and inpatient rehabilitation wave (eval/rehab-wave.ts, blind wave 45, measured at
// 0.914 before rules on the engine at 9083f0b, 0.905 on fresh seeds) held on seeds no rule was written against.
// Decided: a recurring schedule's days are redacted (as dialysis schedules, round 16).
import { describeWaveWorld } from './wave-world-support';
import { scoreRehabWave, touchedRehabKeeps } from './eval/rehab-wave';

describeWaveWorld({
  title: 'physical, occupational and speech therapy and inpatient rehabilitation records',
  floor: 0.87,
  score: scoreRehabWave,
  touched: touchedRehabKeeps,
  decided: ['M/W/F', 'Tuesdays and Thursdays'],
});
