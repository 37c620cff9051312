// The ophthalmology and optometry documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { eyeFrameNames, eyeKeepCases, eyeWaveCases } from './eye-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('eye wave', { cases: eyeWaveCases, keeps: eyeKeepCases, frameNames: eyeFrameNames });
