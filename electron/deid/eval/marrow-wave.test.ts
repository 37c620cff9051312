// The bone marrow transplant and cellular therapy unit wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { marrowFrameNames, marrowKeepCases, marrowWaveCases } from './marrow-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('marrow wave', { cases: marrowWaveCases, keeps: marrowKeepCases, frameNames: marrowFrameNames });
