// The therapy and inpatient rehabilitation documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { rehabFrameNames, rehabKeepCases, rehabWaveCases } from './rehab-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('rehab wave', { cases: rehabWaveCases, keeps: rehabKeepCases, frameNames: rehabFrameNames });
