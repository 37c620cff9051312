// The blind disaster and mass-casualty care records wave (eval/disaster-wave.ts, blind wave 68, measured at 0.847
// before rules on the engine at 034a3eb) held on seeds no rule was written against. The look-alikes it touched when
// measured are kept by named-storm-foot-fertility.ts.
import { describeWaveWorld } from './wave-world-support';
import { scoreDisasterWave, touchedDisasterKeeps } from './eval/disaster-wave';

describeWaveWorld({
  title: 'disaster and mass-casualty care records',
  floor: 0.81,
  score: scoreDisasterWave,
  touched: touchedDisasterKeeps,
});
