// The inpatient ward documentation wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { checkWaveGenerator } from './wave-generator-checks';
import { wardsFrameNames, wardsKeepCases, wardsWaveCases } from './wards-wave';

checkWaveGenerator('wards wave', { cases: wardsWaveCases, keeps: wardsKeepCases, frameNames: wardsFrameNames });
