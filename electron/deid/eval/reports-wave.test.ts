// The dictated procedure and diagnostic reports wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { reportsFrameNames, reportsKeepCases, reportsWaveCases } from './reports-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('dictated procedure and diagnostic reports', { cases: reportsWaveCases, keeps: reportsKeepCases, frameNames: reportsFrameNames });
