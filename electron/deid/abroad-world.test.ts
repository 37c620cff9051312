// The blind wave of notes from UK, Irish, Canadian, Australian, New Zealand and Indian practice (eval/abroad-wave.ts,
// blind wave 16, measured at 0.738 before rules) held on seeds no rule was written against. Its look-alikes are held too,
// but for countries, provinces and states after a place cue (redacted by decision, restorable in the share review), and
// four not yet ruled out: the GMC and the Royal College of Physicians read as places, an OHIP fee code, the year of an Act.
import { describeWaveWorld } from './wave-world-support';
import { scoreAbroadWave, touchedAbroadKeeps } from './eval/abroad-wave';

describeWaveWorld({
  title: 'notes from UK, Irish, Canadian, Australian, New Zealand and Indian practice',
  floor: 0.86,
  score: scoreAbroadWave,
  touched: touchedAbroadKeeps,
  decided: ['GMC', 'Royal College of Physicians', 'A005', '1983', 'Ontario', 'Queensland', 'New Zealand', 'Scotland', 'India', 'Ireland'],
});
