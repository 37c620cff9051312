// The occupational health and disability documentation wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { occupationalFrameNames, occupationalKeepCases, occupationalWaveCases } from './occupational-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('occupational', { cases: occupationalWaveCases, keeps: occupationalKeepCases, frameNames: occupationalFrameNames });
