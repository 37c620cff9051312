// The notes from UK, Irish, Canadian, Australian, New Zealand and Indian practice wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { abroadFrameNames, abroadKeepCases, abroadWaveCases } from './abroad-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('notes from UK, Irish, Canadian, Australian, New Zealand and Indian practice', { cases: abroadWaveCases, keeps: abroadKeepCases, frameNames: abroadFrameNames });
