// The jail and prison health records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { correctionsFrameNames, correctionsKeepCases, correctionsWaveCases } from './corrections-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('corrections wave', { cases: correctionsWaveCases, keeps: correctionsKeepCases, frameNames: correctionsFrameNames });
