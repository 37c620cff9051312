// The blind travel medicine and immunization clinic records wave (eval/travel-wave.ts, blind wave 62, measured at 0.830 before rules on the engine at b1f152e) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreTravelWave, touchedTravelKeeps } from './eval/travel-wave';

describeWaveWorld({
  title: 'travel medicine and immunization clinic records',
  floor: 0.79,
  score: scoreTravelWave,
  touched: touchedTravelKeeps,
});
