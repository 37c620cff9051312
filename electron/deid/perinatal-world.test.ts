// The blind obstetric, neonatal and pediatric notes wave (eval/perinatal-wave.ts, blind wave 13, measured at 0.806 before
// rules) held on seeds no rule was written against. Its look-alikes are held too, but for those decided otherwise: a
// country after a place cue stays redacted (restorable in the share review), and two eponyms the name lists hold as given
// names ("Leopold maneuvers:", "Braxton Hicks contractions") where no rule reads the noun after them as theirs.
import { describeWaveWorld } from './wave-world-support';
import { scorePerinatalWave, touchedPerinatalKeeps } from './eval/perinatal-wave';

describeWaveWorld({
  title: 'obstetric, neonatal and pediatric notes',
  floor: 0.91,
  score: scorePerinatalWave,
  touched: touchedPerinatalKeeps,
  decided: ['Guatemala', 'Leopold', 'Braxton Hicks'],
});
