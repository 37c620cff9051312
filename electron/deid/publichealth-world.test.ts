// The blind infection control and public-health wave (eval/publichealth-wave.ts, blind wave 31, measured at 0.815 before rules on the engine at 2e5a850) held on seeds
// no rule was written against. Not yet ruled out: the look-alikes listed below, each touched when the wave was written.
import { describeWaveWorld } from './wave-world-support';
import { scorePublichealthWave, touchedPublichealthKeeps } from './eval/publichealth-wave';

describeWaveWorld({
  title: 'infection control and public health',
  floor: 0.78,
  score: scorePublichealthWave,
  touched: touchedPublichealthKeeps,
  decided: ['Coxsackie', 'Marburg', 'Ct value 24.3', 'the TB clinic', 'Delta', 'Guatemala', 'Haiti', 'Nigeria'],
});
