// The blind infection control and public-health wave (eval/publichealth-wave.ts, blind wave 31, measured at 0.815 before rules on the engine at 2e5a850) held on seeds
// no rule was written against. Decided: countries are a judgment call the engine makes for places of birth and travel.
import { describeWaveWorld } from './wave-world-support';
import { scorePublichealthWave, touchedPublichealthKeeps } from './eval/publichealth-wave';

describeWaveWorld({
  title: 'infection control and public health',
  floor: 0.85,
  score: scorePublichealthWave,
  touched: touchedPublichealthKeeps,
  decided: ['Guatemala', 'Haiti', 'Nigeria'],
});
