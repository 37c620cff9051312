// The blind clinical research and trial records wave (eval/research-wave.ts, blind wave 38, measured at 0.856 before rules on the engine at 5c84fdd) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreResearchWave, touchedResearchKeeps } from './eval/research-wave';

describeWaveWorld({
  title: 'clinical research and trial records',
  floor: 0.83,
  score: scoreResearchWave,
  touched: touchedResearchKeeps,
});
