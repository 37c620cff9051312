// The cardiology and cath-lab records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { cardiologyFrameNames, cardiologyKeepCases, cardiologyWaveCases } from './cardiology-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('cardiology wave', { cases: cardiologyWaveCases, keeps: cardiologyKeepCases, frameNames: cardiologyFrameNames });
