// The blind hyperbaric oxygen and dive medicine wave (eval/hyperbaric-wave.ts, blind wave 85, measured at 0.860 before rules on the engine at d9575c5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreHyperbaricWave, touchedHyperbaricKeeps } from './eval/hyperbaric-wave';

describeWaveWorld({
  title: 'hyperbaric oxygen and dive medicine records',
  floor: 0.82,
  score: scoreHyperbaricWave,
  touched: touchedHyperbaricKeeps,
  // Decided: the Florida Keys are a region smaller than a state, which regions.ts redacts on purpose.
  decided: ['Florida Keys'],
});
