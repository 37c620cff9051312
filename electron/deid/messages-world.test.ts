// The blind telephone and portal-message wave (eval/messages-wave.ts: triage calls, answering-service notes, refill and
// scheduling notes, forwarded e-mails, messages patients write themselves, measured at 0.850 before rules were written
// for it) held on seeds no rule was written against. Its look-alikes are held too, but for what the engine redacts on
// purpose (weekdays, which issue 11 lists among the date elements; a country after a place cue) and "Stop & Shop", an
// employer whose first word reads as a place after "at".
import { describeWaveWorld } from './wave-world-support';
import { scoreMessagesWave, touchedMessagesKeeps } from './eval/messages-wave';

describeWaveWorld({
  title: 'telephone and portal-message',
  floor: 0.93,
  score: scoreMessagesWave,
  touched: touchedMessagesKeeps,
  decided: ['tuesday', 'Friday', 'Brazil', 'Stop & Shop'],
});
