// The blind anesthesia and perioperative records wave (eval/anesthesia-wave.ts, blind wave 58, measured at 0.901 before
// rules on the engine at 029ca6a, 0.899 on seeds 101 and 202) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreAnesthesiaWave, touchedAnesthesiaKeeps } from './eval/anesthesia-wave';

describeWaveWorld({
  title: 'anesthesia and perioperative records',
  floor: 0.86,
  score: scoreAnesthesiaWave,
  touched: touchedAnesthesiaKeeps,
});
