// The blind dialysis and nephrology records wave (eval/dialysis-wave.ts, blind wave 51, measured at 0.892 before rules on
// the engine at 5d12ba5) held on seeds no rule was written against, and its look-alikes left untouched.
import { describeWaveWorld } from './wave-world-support';
import { scoreDialysisWave, touchedDialysisKeeps } from './eval/dialysis-wave';

describeWaveWorld({
  title: 'dialysis and nephrology records',
  floor: 0.86,
  score: scoreDialysisWave,
  touched: touchedDialysisKeeps,
});
