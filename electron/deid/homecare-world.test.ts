// The blind home health, hospice and home-based primary care visits wave (eval/homecare-wave.ts, blind wave 22,
// measured at 0.851 before rules) held on seeds no rule was written against. Its look-alikes are held too, but for
// those decided otherwise or not yet ruled out. Recurring schedules ('M/W/F', 'Tuesdays', 'Sundays') are redacted by
// decision (a weekday is a date element); a HIPPS payment code ('1FC21') is not yet ruled out.
import { describeWaveWorld } from './wave-world-support';
import { scoreHomecareWave, touchedHomecareKeeps } from './eval/homecare-wave';

describeWaveWorld({
  title: 'home health, hospice and home-based primary care visits',
  floor: 0.92,
  score: scoreHomecareWave,
  touched: touchedHomecareKeeps,
  decided: ['1FC21', 'M/W/F', 'Tuesdays', 'Sundays'],
});
