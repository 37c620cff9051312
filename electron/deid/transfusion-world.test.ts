// The blind blood bank and transfusion medicine records wave (eval/transfusion-wave.ts, blind wave 74, measured at 0.902 before rules on the engine at adb265f) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreTransfusionWave, touchedTransfusionKeeps } from './eval/transfusion-wave';

describeWaveWorld({
  title: 'blood bank and transfusion medicine records',
  floor: 0.87,
  score: scoreTransfusionWave,
  touched: touchedTransfusionKeeps,
});
