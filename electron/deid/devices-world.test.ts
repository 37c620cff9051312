// The blind implanted and home device clinic wave (eval/devices-wave.ts, blind wave 41, measured at 0.961 before rules on the engine at 033a5a5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreDevicesWave, touchedDevicesKeeps } from './eval/devices-wave';

describeWaveWorld({
  title: 'implanted and home device clinic records',
  floor: 0.92,
  score: scoreDevicesWave,
  touched: touchedDevicesKeeps,
});
