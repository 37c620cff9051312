// The college student health and athletics documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { campusFrameNames, campusKeepCases, campusWaveCases } from './campus-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('campus wave', { cases: campusWaveCases, keeps: campusKeepCases, frameNames: campusFrameNames });
