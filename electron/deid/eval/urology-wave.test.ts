// The urology and nephrology/dialysis-access clinic records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { urologyFrameNames, urologyKeepCases, urologyWaveCases } from './urology-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('urology wave', { cases: urologyWaveCases, keeps: urologyKeepCases, frameNames: urologyFrameNames });
