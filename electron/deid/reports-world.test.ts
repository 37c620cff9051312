// The blind dictated-reports wave (eval/reports-wave.ts: operative, procedure, radiology, pathology, echo, EKG and sleep
// reports, measured at 0.807 before rules were written for it) held on seeds no rule was written against. Since round 15
// a hospital's kind ("Hospital", "Medical Center") is redacted with its name, as the wave plants it. Its look-alikes are
// held too, but for a weekday (a date element by issue 11), a country after a place cue, a catalogue REF after "REF" (a
// reference number to the engine), and two eponyms the name and place lists hold ("Los Angeles grade B", "Simpson
// biplane").
import { describeWaveWorld } from './wave-world-support';
import { scoreReportsWave, touchedReportsKeeps } from './eval/reports-wave';

describeWaveWorld({
  title: 'dictated-report',
  floor: 0.93,
  score: scoreReportsWave,
  touched: touchedReportsKeeps,
  decided: ['Tuesday', 'India', '42-5300-005-00', 'Los Angeles grade B', 'Simpson biplane'],
});
