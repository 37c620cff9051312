// The reproductive endocrinology and fertility clinic records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { fertilityFrameNames, fertilityKeepCases, fertilityWaveCases } from './fertility-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('fertility wave', { cases: fertilityWaveCases, keeps: fertilityKeepCases, frameNames: fertilityFrameNames });
