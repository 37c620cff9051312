// The blind behavioral health, psychiatry, substance-use and social-work wave (eval/behavioral-wave.ts, blind wave 24,
// measured at 0.876 before rules) held on seeds no rule was written against. Not yet ruled out: the eponym-like
// 'Barnes' (Akathisia scale) and 'Rogers' (order), and 'Puerto Rico'. The two long-acting injectables once read as names
// are kept since round 31 (named-burn-dive-psych-elder.ts).
import { describeWaveWorld } from './wave-world-support';
import { scoreBehavioralWave, touchedBehavioralKeeps } from './eval/behavioral-wave';

describeWaveWorld({
  title: 'behavioral health, psychiatry, substance-use and social-work notes',
  floor: 0.92,
  score: scoreBehavioralWave,
  touched: touchedBehavioralKeeps,
  decided: ['Barnes', 'Rogers', 'Puerto Rico'],
});
