// The school and college health records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { schoolFrameNames, schoolKeepCases, schoolWaveCases } from './school-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('school wave', { cases: schoolWaveCases, keeps: schoolKeepCases, frameNames: schoolFrameNames });
