// The blind cardiology and cath-lab records wave (eval/cardiology-wave.ts, blind wave 56, measured at 0.940 before rules on the engine at 029ca6a) held
// on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreCardiologyWave, touchedCardiologyKeeps } from './eval/cardiology-wave';

describeWaveWorld({
  title: 'cardiology and cath-lab records',
  floor: 0.9,
  score: scoreCardiologyWave,
  touched: touchedCardiologyKeeps,
});
