// The blind hospice and palliative care wave (eval/hospice-wave.ts, blind wave 47, measured at 0.919 before rules on the engine at
// 9083f0b) held on seeds no rule was written against.
// Decided: a recurring schedule's days are redacted (as dialysis schedules, round 16).
import { describeWaveWorld } from './wave-world-support';
import { scoreHospiceWave, touchedHospiceKeeps } from './eval/hospice-wave';

describeWaveWorld({
  title: 'hospice and palliative care records',
  floor: 0.88,
  score: scoreHospiceWave,
  touched: touchedHospiceKeeps,
  decided: ['M/W/F'],
});
