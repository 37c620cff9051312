// The blind language-services and interpreter records wave (eval/interpreter-wave.ts, blind wave 67, measured at 0.829 before rules on the engine at d652ed8) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreInterpreterWave, touchedInterpreterKeeps } from './eval/interpreter-wave';

describeWaveWorld({
  title: 'language-services and interpreter records',
  floor: 0.79,
  score: scoreInterpreterWave,
  touched: touchedInterpreterKeeps,
});
