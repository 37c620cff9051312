// The ICU and step-down nursing notes wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { icuFrameNames, icuKeepCases, icuWaveCases } from './icu-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('ICU and step-down nursing notes', { cases: icuWaveCases, keeps: icuKeepCases, frameNames: icuFrameNames });
