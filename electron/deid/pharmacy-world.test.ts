// The blind pharmacy, medication reconciliation and prescription records wave (eval/pharmacy-wave.ts, blind wave 21,
// measured at 0.861 before rules) held on seeds no rule was written against. Its look-alikes are held too, but for
// those decided otherwise or not yet ruled out. Weekday dosing schedules are redacted by decision (a weekday is a date
// element); 'Dr. Reddy's', 'Eli Lilly', 'Breckenridge' (a surname too), 'Libre 3' and 'Shaw's' are not yet ruled out
// (drug makers and a grocer named like people, a device read as a name).
import { describeWaveWorld } from './wave-world-support';
import { scorePharmacyWave, touchedPharmacyKeeps } from './eval/pharmacy-wave';

describeWaveWorld({
  title: 'pharmacy, medication reconciliation and prescription records',
  floor: 0.88,
  score: scorePharmacyWave,
  touched: touchedPharmacyKeeps,
  decided: ['Mon/Wed/Fri', 'Saturday', 'Tuesdays and Thursdays', 'Sunday', "Dr. Reddy's", 'Eli Lilly', 'Breckenridge', 'Libre 3', "Shaw's"],
});
