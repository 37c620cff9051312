// The care-transitions wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { transitionsFrameNames, transitionsKeepCases, transitionsWaveCases } from './transitions-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('care-transitions', { cases: transitionsWaveCases, keeps: transitionsKeepCases, frameNames: transitionsFrameNames });
