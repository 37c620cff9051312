// The blind neurosurgery service and spine clinic records wave (eval/neurosurgery-wave.ts, blind wave 81, measured at
// 0.956 before rules on the engine at 74c774c) held on seeds no rule was written against, and its look-alikes held
// untouched. The eleven touched when it was measured (eponyms of anatomy and of operating tables, device makers and
// models, a pain score, a generic site) are kept by named-spine-marrow-vascular.ts.
import { describeWaveWorld } from './wave-world-support';
import { scoreNeurosurgeryWave, touchedNeurosurgeryKeeps } from './eval/neurosurgery-wave';

describeWaveWorld({
  title: 'neurosurgery service and spine clinic records',
  floor: 0.92,
  score: scoreNeurosurgeryWave,
  touched: touchedNeurosurgeryKeeps,
});
