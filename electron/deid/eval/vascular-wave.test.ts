// The vascular surgery practice and vascular lab wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { vascularFrameNames, vascularKeepCases, vascularWaveCases } from './vascular-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('vascular wave', { cases: vascularWaveCases, keeps: vascularKeepCases, frameNames: vascularFrameNames });
