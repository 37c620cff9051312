// The blind radiation oncology records wave (eval/radiation-wave.ts, blind wave 72, measured at 0.903 before rules on the engine at adb265f) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreRadiationWave, touchedRadiationKeeps } from './eval/radiation-wave';

describeWaveWorld({
  title: 'radiation oncology records',
  floor: 0.86,
  score: scoreRadiationWave,
  touched: touchedRadiationKeeps,
});
