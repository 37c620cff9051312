// The blind dental and oral-surgery wave (eval/dental-wave.ts, blind wave 44, measured at 0.899 before rules on the engine at 9083f0b) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreDentalWave, touchedDentalKeeps } from './eval/dental-wave';

describeWaveWorld({
  title: 'dental and oral-surgery records',
  floor: 0.86,
  score: scoreDentalWave,
  touched: touchedDentalKeeps,
});
