// The blind child-protection and forensic pediatrics wave (eval/protection-wave.ts, blind wave 78, measured at 0.886
// before rules on the engine at 6d111ff) held on seeds no rule was written against. Its look-alikes are held too, but
// for those not yet ruled out, touched when the wave was measured: a rating scale named for a university ('UCLA PTSD
// Reaction Index'), a society named for a person ('Helfer Society'), a national body ('APSAC'), generic places ('child
// advocacy center', 'police station', 'visitation center'), a role without a name ('Foster mother'), a standing
// schedule ('every Tuesday and Thursday') and an everyday word ('river').
import { describeWaveWorld } from './wave-world-support';
import { scoreProtectionWave, touchedProtectionKeeps } from './eval/protection-wave';

describeWaveWorld({
  title: 'child-protection and forensic pediatrics records',
  floor: 0.85,
  score: scoreProtectionWave,
  touched: touchedProtectionKeeps,
  decided: ['UCLA PTSD Reaction Index', 'Helfer Society', 'APSAC', 'child advocacy center', 'police station', 'visitation center', 'Foster mother', 'every Tuesday and Thursday', 'river'],
});
