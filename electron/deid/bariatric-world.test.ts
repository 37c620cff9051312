// The blind bariatric surgery and medical weight-management records wave (eval/bariatric-wave.ts, blind wave 69,
// measured at 0.954 before rules on the engine at 034a3eb) held on seeds no rule was written against. The look-alikes
// it touched when measured are kept by named-storm-foot-fertility.ts.
import { describeWaveWorld } from './wave-world-support';
import { scoreBariatricWave, touchedBariatricKeeps } from './eval/bariatric-wave';

describeWaveWorld({
  title: 'bariatric surgery and medical weight-management records',
  floor: 0.92,
  score: scoreBariatricWave,
  touched: touchedBariatricKeeps,
});
