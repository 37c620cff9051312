// The blind podiatry and foot-and-ankle care records wave (eval/podiatry-wave.ts, blind wave 70, measured at 0.929
// before rules on the engine at 034a3eb) held on seeds no rule was written against. The look-alikes it touched when
// measured are kept by named-storm-foot-fertility.ts.
import { describeWaveWorld } from './wave-world-support';
import { scorePodiatryWave, touchedPodiatryKeeps } from './eval/podiatry-wave';

describeWaveWorld({
  title: 'podiatry and foot-and-ankle care records',
  floor: 0.9,
  score: scorePodiatryWave,
  touched: touchedPodiatryKeeps,
});
