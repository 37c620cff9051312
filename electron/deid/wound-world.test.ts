// The blind wound, ostomy and continence nursing wave (eval/wound-wave.ts, blind wave 53, measured at 0.903 before rules on the engine at f805729) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreWoundWave, touchedWoundKeeps } from './eval/wound-wave';

describeWaveWorld({
  title: 'wound, ostomy and continence nursing records',
  floor: 0.86,
  score: scoreWoundWave,
  touched: touchedWoundKeeps,
});
