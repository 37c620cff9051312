// The blind oncology, infusion, radiation therapy and clinical-research wave (eval/oncology-wave.ts, blind wave 27,
// measured at 0.911 before rules) held on seeds no rule was written against. Not yet ruled out: eponyms and staging
// systems read as names or places ('Sister Mary Joseph', 'Bence Jones', 'Ann Arbor', 'Clark level IV', 'Stanford V'),
// drug devices and brands read as names, a fraction count read as a date ('Fx 5/30'), a protocol number, a lab's test
// name, 'chairside' and a country.
import { describeWaveWorld } from './wave-world-support';
import { scoreOncologyWave, touchedOncologyKeeps } from './eval/oncology-wave';

describeWaveWorld({
  title: 'oncology, infusion, radiation therapy and clinical research',
  floor: 0.95,
  score: scoreOncologyWave,
  touched: touchedOncologyKeeps,
  decided: ['Sister Mary Joseph', 'Bence Jones', 'Ann Arbor', 'Clark level IV', 'Stanford V', 'Neulasta Onpro', 'Herceptin Hylecta', 'Fx 5/30', 'A011502', 'FoundationOne', 'chairside', 'Mexico'],
});
