// The blind palliative care and hospice records wave (eval/palliative-wave.ts, blind wave 77, measured at 0.947 before rules on the engine at 6d111ff) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scorePalliativeWave, touchedPalliativeKeeps } from './eval/palliative-wave';

describeWaveWorld({
  title: 'palliative care and hospice records',
  floor: 0.91,
  score: scorePalliativeWave,
  touched: touchedPalliativeKeeps,
});
