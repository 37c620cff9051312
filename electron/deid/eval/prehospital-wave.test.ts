// The prehospital and emergency hand-off wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { prehospitalFrameNames, prehospitalKeepCases, prehospitalWaveCases } from './prehospital-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('prehospital and emergency hand-off', { cases: prehospitalWaveCases, keeps: prehospitalKeepCases, frameNames: prehospitalFrameNames });
