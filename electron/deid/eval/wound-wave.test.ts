// The wound, ostomy and continence nursing wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { woundFrameNames, woundKeepCases, woundWaveCases } from './wound-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('wound wave', { cases: woundWaveCases, keeps: woundKeepCases, frameNames: woundFrameNames });
