// The correctional and detention health care wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { correctionalFrameNames, correctionalKeepCases, correctionalWaveCases } from './correctional-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('correctional wave', { cases: correctionalWaveCases, keeps: correctionalKeepCases, frameNames: correctionalFrameNames });
