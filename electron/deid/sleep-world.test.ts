// The blind sleep medicine wave (eval/sleep-wave.ts, blind wave 65, measured at 0.956 on fresh seeds before rules on the engine at d652ed8) held on
// seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreSleepWave, touchedSleepKeeps } from './eval/sleep-wave';

describeWaveWorld({
  title: 'sleep medicine records',
  floor: 0.92,
  score: scoreSleepWave,
  touched: touchedSleepKeeps,
});
