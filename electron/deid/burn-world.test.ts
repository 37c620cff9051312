// The blind regional burn center and burn unit records wave (eval/burn-wave.ts, blind wave 84, measured at 0.915 before rules on the engine at d9575c5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreBurnWave, touchedBurnKeeps } from './eval/burn-wave';

describeWaveWorld({
  title: 'regional burn center and burn unit records',
  floor: 0.88,
  score: scoreBurnWave,
  touched: touchedBurnKeeps,
  // Touched when the wave was measured and not yet ruled out: a scale, a national body and a standing schedule; none of them is an identifier.
  decided: ['Burn Specific Health Scale-Brief', 'American Burn Association', 'every Tuesday'],
});
