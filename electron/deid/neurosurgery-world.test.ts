// The blind neurosurgery service and spine clinic records wave (eval/neurosurgery-wave.ts, blind wave 81, measured at 0.956 before rules on the engine at 74c774c) held on seeds
// no rule was written against. Its look-alikes are held too, but for those not yet ruled out, each touched when the
// wave was measured (eponyms of anatomy and of operating tables, device makers and models, a pain score, a generic site).
import { describeWaveWorld } from './wave-world-support';
import { scoreNeurosurgeryWave, touchedNeurosurgeryKeeps } from './eval/neurosurgery-wave';

describeWaveWorld({
  title: 'neurosurgery service and spine clinic records',
  floor: 0.92,
  score: scoreNeurosurgeryWave,
  touched: touchedNeurosurgeryKeeps,
  decided: ['circle of Willis', 'Foramen of Monro', 'Jackson table', 'Wilson frame', 'Licox', 'Hakim', '7/10', 'DePuy Synthes', 'Certas Plus', 'CD Horizon Solera', 'outside hospital'],
});
