// The travel medicine and immunization clinic records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { travelFrameNames, travelKeepCases, travelWaveCases } from './travel-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('travel wave', { cases: travelWaveCases, keeps: travelKeepCases, frameNames: travelFrameNames });
