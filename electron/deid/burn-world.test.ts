// The blind regional burn center and burn unit records wave (eval/burn-wave.ts, blind wave 84, measured at 0.915 before rules on the engine at d9575c5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreBurnWave, touchedBurnKeeps } from './eval/burn-wave';

describeWaveWorld({
  title: 'regional burn center and burn unit records',
  floor: 0.88,
  score: scoreBurnWave,
  touched: touchedBurnKeeps,
  // Decided: a standing clinic schedule's weekday is a date element, redacted as the other waves' schedules are.
  decided: ['every Tuesday'],
});
