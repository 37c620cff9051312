// The public health wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { publichealthFrameNames, publichealthKeepCases, publichealthWaveCases } from './publichealth-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('public health wave', { cases: publichealthWaveCases, keeps: publichealthKeepCases, frameNames: publichealthFrameNames });
