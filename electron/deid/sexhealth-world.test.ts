// The blind sexual health and HIV clinic wave (eval/sexhealth-wave.ts, blind wave 50, measured at 0.880 before rules (0.882 on seeds 101 and 202) on the engine at 5d12ba5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreSexhealthWave, touchedSexhealthKeeps } from './eval/sexhealth-wave';

describeWaveWorld({
  title: 'sexual health and HIV clinic records',
  floor: 0.85,
  score: scoreSexhealthWave,
  touched: touchedSexhealthKeeps,
});
