// The blind lactation and breastfeeding medicine clinic records wave (eval/lactation-wave.ts, blind wave 89, measured at 0.925 before rules, 0.926 on fresh
// seeds, on the engine at b9b0d02) held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreLactationWave, touchedLactationKeeps } from './eval/lactation-wave';

describeWaveWorld({
  title: 'lactation and breastfeeding medicine clinic records',
  floor: 0.89,
  score: scoreLactationWave,
  touched: touchedLactationKeeps,
  // Touched on the engine at b9b0d02, measured once when the wave was written; not yet ruled on (round 32).
  decided: ["Cooper's", "Newman's", "Candida", "Mother-Baby Assessment", "Mya Joy", "Lansinoh", "Elvie", "Motif Luna", "My Brest Friend", "BabyWeigh II", "Tommee Tippee", "Enfamil", "Hygeia EnDeare", "Hale's", "Baby-Friendly Hospital Initiative", "Aeroflow", "fellowship hall", "Mother-Baby unit", "Monday to Thursday"],
});
