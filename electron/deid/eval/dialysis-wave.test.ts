// The dialysis and nephrology records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { dialysisFrameNames, dialysisKeepCases, dialysisWaveCases } from './dialysis-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('dialysis wave', { cases: dialysisWaveCases, keeps: dialysisKeepCases, frameNames: dialysisFrameNames });
