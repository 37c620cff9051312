// The blind neurology and epilepsy-monitoring records wave (eval/epilepsy-wave.ts, blind wave 79, measured at 0.926 before rules on the engine at 6d111ff) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreEpilepsyWave, touchedEpilepsyKeeps } from './eval/epilepsy-wave';

describeWaveWorld({
  title: 'neurology and epilepsy-monitoring records',
  floor: 0.88,
  score: scoreEpilepsyWave,
  touched: touchedEpilepsyKeeps,
});
