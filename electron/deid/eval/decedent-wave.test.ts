// The end-of-life, death and forensic documentation wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { decedentFrameNames, decedentKeepCases, decedentWaveCases } from './decedent-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('end-of-life, death and forensic documentation', { cases: decedentWaveCases, keeps: decedentKeepCases, frameNames: decedentFrameNames });
