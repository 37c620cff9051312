// The blind substance use disorder treatment records wave (eval/recovery-wave.ts, blind wave 54, measured at 0.897 before rules on the engine at
// f805729) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreRecoveryWave, touchedRecoveryKeeps } from './eval/recovery-wave';

describeWaveWorld({
  title: 'substance use disorder treatment records',
  floor: 0.86,
  score: scoreRecoveryWave,
  touched: touchedRecoveryKeeps,
});
