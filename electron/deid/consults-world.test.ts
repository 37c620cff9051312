// The blind outpatient specialty consultations and letters wave (eval/consults-wave.ts, blind wave 23, measured at
// 0.864 before rules) held on seeds no rule was written against. Its look-alikes are held too, but for those decided
// otherwise or not yet ruled out. Not yet ruled out: the eponyms 'Marcus Gunn' and 'Modified Rankin', a device read as
// a name ('FreeStyle Libre 3'), 'Grant' opening a sentence, and a country ('Vietnam') read as a place. Decided: a
// dialysis schedule ('He dialyzes MWF.') is redacted, as the dialysis wave plants it and schedules were decided before.
import { describeWaveWorld } from './wave-world-support';
import { scoreConsultsWave, touchedConsultsKeeps } from './eval/consults-wave';

describeWaveWorld({
  title: 'outpatient specialty consultations and letters',
  floor: 0.92,
  score: scoreConsultsWave,
  touched: touchedConsultsKeeps,
  decided: ['Marcus Gunn', 'Modified Rankin 1', 'FreeStyle Libre 3', 'Grant', 'Vietnam', 'MWF'],
});
