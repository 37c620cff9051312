// The blind physician-narrative wave (eval/narrative-wave.ts: letters, H&P, consult, operative, pathology and
// discharge text, measured at 0.954 before rules were written for it) held on seeds no rule was written against,
// with its look-alikes untouched.
import { describeWaveWorld } from './wave-world-support';
import { scoreNarrativeWave, touchedNarrativeKeeps } from './eval/narrative-wave';

describeWaveWorld({
  title: 'physician-narrative',
  floor: 0.95,
  score: scoreNarrativeWave,
  touched: touchedNarrativeKeeps,
});
