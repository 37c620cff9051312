// The blind dermatology records wave (eval/derm-wave.ts, blind wave 57, measured at 0.905 before rules on the engine at 029ca6a) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreDermWave, touchedDermKeeps } from './eval/derm-wave';

describeWaveWorld({
  title: 'dermatology records',
  floor: 0.86,
  score: scoreDermWave,
  touched: touchedDermKeeps,
});
