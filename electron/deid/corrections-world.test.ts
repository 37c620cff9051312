// The blind jail and prison health records wave (eval/corrections-wave.ts, blind wave 63, measured at 0.896 before rules on the engine at b1f152e) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreCorrectionsWave, touchedCorrectionsKeeps } from './eval/corrections-wave';

describeWaveWorld({
  title: 'jail and prison health records',
  floor: 0.86,
  score: scoreCorrectionsWave,
  touched: touchedCorrectionsKeeps,
});
