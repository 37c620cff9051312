// The dialysis, nephrology and transplant documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { transplantFrameNames, transplantKeepCases, transplantWaveCases } from './transplant-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('transplant wave', { cases: transplantWaveCases, keeps: transplantKeepCases, frameNames: transplantFrameNames });
