// The blind urology and nephrology/dialysis-access clinic records wave (eval/urology-wave.ts, blind wave 60, measured at 0.930 before rules on the engine at
// b1f152e) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreUrologyWave, touchedUrologyKeeps } from './eval/urology-wave';

describeWaveWorld({
  title: 'urology and nephrology/dialysis-access clinic records',
  floor: 0.88,
  score: scoreUrologyWave,
  touched: touchedUrologyKeeps,
});
