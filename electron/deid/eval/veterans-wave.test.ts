// The veterans' and military health records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { veteransFrameNames, veteransKeepCases, veteransWaveCases } from './veterans-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('veterans wave', { cases: veteransWaveCases, keeps: veteransKeepCases, frameNames: veteransFrameNames });
