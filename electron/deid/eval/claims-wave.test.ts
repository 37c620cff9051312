// The billing, insurance and utilization-review documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { claimsFrameNames, claimsKeepCases, claimsWaveCases } from './claims-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('claims wave', { cases: claimsWaveCases, keeps: claimsKeepCases, frameNames: claimsFrameNames });
