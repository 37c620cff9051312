// The pulmonary rehabilitation and home oxygen records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { pulmrehabFrameNames, pulmrehabKeepCases, pulmrehabWaveCases } from './pulmrehab-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('pulmonary rehab wave', { cases: pulmrehabWaveCases, keeps: pulmrehabKeepCases, frameNames: pulmrehabFrameNames });
