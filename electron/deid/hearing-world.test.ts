// The blind audiology and ENT (otolaryngology) records wave (eval/hearing-wave.ts, blind wave 52, measured at 0.902 before rules on
// the engine at f805729) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreHearingWave, touchedHearingKeeps } from './eval/hearing-wave';

describeWaveWorld({
  title: 'audiology and ENT (otolaryngology) records',
  floor: 0.86,
  score: scoreHearingWave,
  touched: touchedHearingKeeps,
});
