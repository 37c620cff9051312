// The blind ICU and step-down nursing notes wave (eval/icu-wave.ts, blind wave 15: terse notes heavy in places named by
// ordinary words, wards named for buildings, staff by first name, measured at 0.771 before rules) held on seeds no rule
// was written against. Its look-alikes are held too, but for a country after a place cue (redacted by decision,
// restorable in the share review), a state's code after "moved from" and "DNR/DNI" read as initials (not yet ruled out).
import { describeWaveWorld } from './wave-world-support';
import { scoreIcuWave, touchedIcuKeeps } from './eval/icu-wave';

describeWaveWorld({
  title: 'ICU and step-down nursing notes',
  floor: 0.88,
  score: scoreIcuWave,
  touched: touchedIcuKeeps,
  decided: ['DNR/DNI', 'FL', 'Ireland', 'Puerto Rico'],
});
