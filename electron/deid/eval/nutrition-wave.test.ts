// The clinical nutrition and dietetics documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { nutritionFrameNames, nutritionKeepCases, nutritionWaveCases } from './nutrition-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('nutrition wave', { cases: nutritionWaveCases, keeps: nutritionKeepCases, frameNames: nutritionFrameNames });
