// The blind social work and case management wave (eval/socialwork-wave.ts, blind wave 40, measured at 0.881 before rules on the engine at 033a5a5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreSocialworkWave, touchedSocialworkKeeps } from './eval/socialwork-wave';

describeWaveWorld({
  title: 'social work and case management records',
  floor: 0.84,
  score: scoreSocialworkWave,
  touched: touchedSocialworkKeeps,
});
