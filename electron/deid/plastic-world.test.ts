// The blind plastic and reconstructive surgery practice records wave (eval/plastic-wave.ts, blind wave 88, measured at 0.960 before rules on the engine at b9b0d02, fresh 0.962) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scorePlasticWave, touchedPlasticKeeps } from './eval/plastic-wave';

describeWaveWorld({
  title: 'plastic and reconstructive surgery practice records',
  floor: 0.93,
  score: scorePlasticWave,
  touched: touchedPlasticKeeps,
});
