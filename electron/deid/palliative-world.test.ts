// The blind palliative care and hospice records wave (eval/palliative-wave.ts, blind wave 77, measured at 0.947 before rules on the engine at 6d111ff) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scorePalliativeWave, touchedPalliativeKeeps } from './eval/palliative-wave';

describeWaveWorld({
  title: 'palliative care and hospice records',
  floor: 0.91,
  score: scorePalliativeWave,
  touched: touchedPalliativeKeeps,
  // Touched when the wave was measured and not yet ruled out: a national body ('CMS'), a national funeral brand
  // ('Dignity Memorial'), a level of care ('CHC'), a holiday word that fixes no day ('Christmas music') and a region
  // ('New England'); none is an identifier.
  decided: ['CMS', 'Dignity Memorial', 'CHC', 'Christmas music', 'New England'],
});
