// The blind hyperbaric oxygen and dive medicine wave (eval/hyperbaric-wave.ts, blind wave 85, measured at 0.860 before rules on the engine at d9575c5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreHyperbaricWave, touchedHyperbaricKeeps } from './eval/hyperbaric-wave';

describeWaveWorld({
  title: 'hyperbaric oxygen and dive medicine records',
  floor: 0.82,
  score: scoreHyperbaricWave,
  touched: touchedHyperbaricKeeps,
  // Touched when the wave was measured and not yet ruled out: eponyms and device brands read as names, and the
  // marina, the Florida Keys and the dive buddy read as places or names; none of them is an identifier.
  decided: ['Bühlmann ZHL-16C', 'Perry Sigma 34', 'Perry Sigma Elite', 'Shearwater Perdix 2', 'DAN Emergency Hotline', 'Paul Bert effect', 'Lorrain Smith effect', 'Brown-Séquard', 'the marina', 'Florida Keys', 'dive buddy', 'Marina'],
});
