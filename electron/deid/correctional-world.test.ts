// The blind correctional and detention health care wave (eval/correctional-wave.ts, blind wave 34, measured at 0.819 before rules on the engine at d6e238b) held on seeds
// no rule was written against. Not yet ruled out: a statewide defenders' agency read as a hospital's
// initials, a word opening a sentence read as a given name; countries are a judgment call.
import { describeWaveWorld } from './wave-world-support';
import { scoreCorrectionalWave, touchedCorrectionalKeeps } from './eval/correctional-wave';

describeWaveWorld({
  title: 'correctional and detention health care',
  floor: 0.78,
  score: scoreCorrectionalWave,
  touched: touchedCorrectionalKeeps,
  decided: ['CPCS', 'Gates', 'Guatemala'],
});
