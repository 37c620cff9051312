// The clinical research and trial documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { researchFrameNames, researchKeepCases, researchWaveCases } from './research-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('research wave', { cases: researchWaveCases, keeps: researchKeepCases, frameNames: researchFrameNames });
