// The blind dialysis, nephrology and transplant wave (eval/transplant-wave.ts, blind wave 36, measured at 0.886 before rules on the engine at d6e238b) held on seeds
// no rule was written against. Decided: a dialysis schedule's days are redacted (round 16).
import { describeWaveWorld } from './wave-world-support';
import { scoreTransplantWave, touchedTransplantKeeps } from './eval/transplant-wave';

describeWaveWorld({
  title: 'dialysis, nephrology and transplant records',
  floor: 0.86,
  score: scoreTransplantWave,
  touched: touchedTransplantKeeps,
  decided: ['MWF', 'TTS'],
});
