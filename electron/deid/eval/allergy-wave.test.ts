// The allergy and clinical immunology records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { allergyFrameNames, allergyKeepCases, allergyWaveCases } from './allergy-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('allergy wave', { cases: allergyWaveCases, keeps: allergyKeepCases, frameNames: allergyFrameNames });
