// The blind rheumatology and infusion-suite records wave (eval/rheum-wave.ts, blind wave 61, measured at 0.938 before rules on the engine at b1f152e) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreRheumWave, touchedRheumKeeps } from './eval/rheum-wave';

describeWaveWorld({
  title: 'rheumatology and infusion-suite records',
  floor: 0.91,
  score: scoreRheumWave,
  touched: touchedRheumKeeps,
});
