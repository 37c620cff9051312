// The blind care-transitions wave (eval/transitions-wave.ts: social work, case management, PT/OT, triage, transfer and
// home-care notes, measured at 0.862 before rules were written for it) held on seeds no rule was written against. Its
// look-alikes are held too, but for what the engine redacts on purpose: a country after a place cue ("emigrated from
// Portugal"), and weekdays, which issue 11 lists among the date elements ("Tuesday", "Mon/Wed/Fri").
import { describeWaveWorld } from './wave-world-support';
import { scoreTransitionsWave, touchedTransitionsKeeps } from './eval/transitions-wave';

describeWaveWorld({
  title: 'care-transition',
  floor: 0.93,
  score: scoreTransitionsWave,
  touched: touchedTransitionsKeeps,
  decided: ['Portugal', 'Tuesday', 'Mon/Wed/Fri'],
});
