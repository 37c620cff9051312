// The blind neurosurgery service and spine clinic records wave (eval/neurosurgery-wave.ts, blind wave 81, measured at R before rules on the engine at 74c774c) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreNeurosurgeryWave, touchedNeurosurgeryKeeps } from './eval/neurosurgery-wave';

describeWaveWorld({
  title: 'neurosurgery service and spine clinic records',
  floor: 0,
  score: scoreNeurosurgeryWave,
  touched: touchedNeurosurgeryKeeps,
});
