// The dental and oral-surgery records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { dentalFrameNames, dentalKeepCases, dentalWaveCases } from './dental-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('dental wave', { cases: dentalWaveCases, keeps: dentalKeepCases, frameNames: dentalFrameNames });
