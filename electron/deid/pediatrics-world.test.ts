// The blind pediatric and family documentation wave (eval/pediatrics-wave.ts, blind wave 26, measured at 0.865 before
// rules) held on seeds no rule was written against. Not yet ruled out: 'Foster mother' and 'hunter orange' read as
// names, and 'river' in "swims in the river".
import { describeWaveWorld } from './wave-world-support';
import { scorePediatricsWave, touchedPediatricsKeeps } from './eval/pediatrics-wave';

describeWaveWorld({
  title: 'pediatric and family documentation',
  floor: 0.91,
  score: scorePediatricsWave,
  touched: touchedPediatricsKeeps,
  decided: ['Foster mother', 'hunter orange', 'river'],
});
