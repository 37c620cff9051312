// The blind history, psychiatry and emergency notes wave (eval/history-wave.ts, blind wave 12: social and family history,
// psychiatric and substance-use notes, measured at 0.764 before rules) held on seeds no rule was written against. Its
// look-alikes are held too, but for those decided otherwise: a holiday is a date element (issue 11 names "Tuesday"; the
// engine redacts a holiday as it does a weekday), a country after a place cue stays redacted (restorable in the share
// review), and "the mill" after "worked at" reads as a place.
import { describeWaveWorld } from './wave-world-support';
import { scoreHistoryWave, touchedHistoryKeeps } from './eval/history-wave';

describeWaveWorld({
  title: 'history, psychiatry and emergency notes',
  floor: 0.89,
  score: scoreHistoryWave,
  touched: touchedHistoryKeeps,
  decided: ['Christmas', 'Thanksgiving', 'Somalia', 'the mill'],
});
