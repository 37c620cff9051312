// The genetic counseling and family-history wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { geneticsFrameNames, geneticsKeepCases, geneticsWaveCases } from './genetics-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('genetic counseling and family-history documentation', { cases: geneticsWaveCases, keeps: geneticsKeepCases, frameNames: geneticsFrameNames });
