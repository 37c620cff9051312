// The blind otolaryngology (ENT) and head-and-neck surgery records wave (eval/ent-wave.ts, blind wave 75, measured at 0.941 before rules on the engine at adb265f) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreEntWave, touchedEntKeeps } from './eval/ent-wave';

describeWaveWorld({
  title: 'otolaryngology (ENT) and head-and-neck surgery records',
  floor: 0.9,
  score: scoreEntWave,
  touched: touchedEntKeeps,
});
