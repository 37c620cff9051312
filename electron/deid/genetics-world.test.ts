// The blind genetic counseling and family-history wave (eval/genetics-wave.ts, blind wave 28, measured at 0.903 before
// rules) held on seeds no rule was written against. Not yet ruled out: a variant's rsID and 'de novo' read as codes or
// names, an eponym's particle, an ancestry, two countries, a clinic's generic name and three labs' names.
import { describeWaveWorld } from './wave-world-support';
import { scoreGeneticsWave, touchedGeneticsKeeps } from './eval/genetics-wave';

describeWaveWorld({
  title: 'genetic counseling and family history',
  floor: 0.92,
  score: scoreGeneticsWave,
  touched: touchedGeneticsKeeps,
  decided: ['rs1801133', 'de novo', 'von Hippel-Lindau', 'Amish', 'Ireland', 'Poland', 'the cancer genetics clinic', 'Invitae', 'GeneDx', 'Ambry'],
});
