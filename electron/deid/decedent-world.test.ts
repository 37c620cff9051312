// The blind end-of-life, death and forensic records wave (eval/decedent-wave.ts, blind wave 29, measured at 0.881 before
// rules) held on seeds no rule was written against. Not yet ruled out: two eponyms, the medical examiner's office, a
// verse of scripture and a denomination.
import { describeWaveWorld } from './wave-world-support';
import { scoreDecedentWave, touchedDecedentKeeps } from './eval/decedent-wave';

describeWaveWorld({
  title: 'end-of-life, death and forensic records',
  floor: 0.92,
  score: scoreDecedentWave,
  touched: touchedDecedentKeeps,
  decided: ['Kübler-Ross', 'Circle of Willis', 'the OCME', 'John 14:2', 'Roman Catholic'],
});
