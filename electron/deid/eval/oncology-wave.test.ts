// The oncology, infusion, radiation therapy and clinical-research wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { oncologyFrameNames, oncologyKeepCases, oncologyWaveCases } from './oncology-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('oncology, infusion, radiation therapy and clinical research', { cases: oncologyWaveCases, keeps: oncologyKeepCases, frameNames: oncologyFrameNames });
