// The blind neonatal intensive care records wave (eval/nicu-wave.ts, blind wave 66, measured at 0.933 before rules on the engine at d652ed8) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreNicuWave, touchedNicuKeeps } from './eval/nicu-wave';

describeWaveWorld({
  title: 'neonatal intensive care records',
  floor: 0.89,
  score: scoreNicuWave,
  touched: touchedNicuKeeps,
});
