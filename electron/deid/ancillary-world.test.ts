// The blind dental, eye, hearing, therapy and equipment wave (eval/ancillary-wave.ts, blind wave 35, measured at 0.859 before rules on the engine at d6e238b) held on seeds
// no rule was written against. Not yet ruled out: an eponym before a number ("Morton neuroma 3rd");
// countries are a judgment call.
import { describeWaveWorld } from './wave-world-support';
import { scoreAncillaryWave, touchedAncillaryKeeps } from './eval/ancillary-wave';

describeWaveWorld({
  title: 'dental, eye, hearing, therapy and equipment records',
  floor: 0.83,
  score: scoreAncillaryWave,
  touched: touchedAncillaryKeeps,
  decided: ['Morton', 'Brazil'],
});
