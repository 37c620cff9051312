// The neonatal intensive care records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { nicuFrameNames, nicuKeepCases, nicuWaveCases } from './nicu-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('neonatal intensive care records', { cases: nicuWaveCases, keeps: nicuKeepCases, frameNames: nicuFrameNames });
