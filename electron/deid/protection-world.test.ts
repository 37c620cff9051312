// The blind child-protection and forensic pediatrics wave (eval/protection-wave.ts, blind wave 78, measured at 0.886
// before rules on the engine at 6d111ff) held on seeds no rule was written against, and its look-alikes with it.
import { describeWaveWorld } from './wave-world-support';
import { scoreProtectionWave, touchedProtectionKeeps } from './eval/protection-wave';

describeWaveWorld({
  title: 'child-protection and forensic pediatrics records',
  floor: 0.85,
  score: scoreProtectionWave,
  touched: touchedProtectionKeeps,
});
