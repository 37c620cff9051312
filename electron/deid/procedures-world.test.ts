// The blind operative and procedure documentation wave (eval/procedures-wave.ts, blind wave 25, measured at 0.911
// before rules) held on seeds no rule was written against. Not yet ruled out: eponyms and classifications read as names
// or places ('Ivor Lewis', 'Forrest IIa', 'Los Angeles grade C', 'Paris 0-IIa'), a suite's number, catalogue and
// product codes and a lone GTIN (they name a product, not a patient's device), and two makers.
import { describeWaveWorld } from './wave-world-support';
import { scoreProceduresWave, touchedProceduresKeeps } from './eval/procedures-wave';

describeWaveWorld({
  title: 'operative and procedure documentation',
  floor: 0.97,
  score: scoreProceduresWave,
  touched: touchedProceduresKeeps,
  decided: ['Ivor Lewis', 'Forrest IIa', 'Los Angeles grade C', 'Paris 0-IIa', 'Endo Suite 3', 'E0382V00', 'Zimmer Biomet', '5510-F-401', '00885074264587', 'LifeNet Health'],
});
