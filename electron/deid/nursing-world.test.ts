// The blind nursing-note wave (eval/nursing-wave.ts: telegraphic ICU notes in three casings, measured at 0.818 before
// rules were written for it) held on seeds no rule was written against, with its look-alikes untouched.
import { describeWaveWorld } from './wave-world-support';
import { scoreNursingWave, touchedKeeps } from './eval/nursing-wave';

describeWaveWorld({
  title: 'nursing-note',
  floor: 0.93,
  score: scoreNursingWave,
  touched: touchedKeeps,
});
