// The blind emergency department wave (eval/emergency-wave.ts, blind wave 33, measured at 0.905 before rules on the engine at 2e5a850) held on seeds
// no rule was written against. Not yet ruled out: a state police troop's letter, which names a
// region smaller than a state.
import { describeWaveWorld } from './wave-world-support';
import { scoreEmergencyWave, touchedEmergencyKeeps } from './eval/emergency-wave';

describeWaveWorld({
  title: 'emergency department documentation',
  floor: 0.91,
  score: scoreEmergencyWave,
  touched: touchedEmergencyKeeps,
  decided: ['Troop B'],
});
