// The audiology and ENT records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { hearingFrameNames, hearingKeepCases, hearingWaveCases } from './hearing-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('hearing wave', { cases: hearingWaveCases, keeps: hearingKeepCases, frameNames: hearingFrameNames });
