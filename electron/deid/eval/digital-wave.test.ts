// The telehealth, devices, remote monitoring and access logs wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { digitalFrameNames, digitalKeepCases, digitalWaveCases } from './digital-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('telehealth, devices, remote monitoring and access logs', { cases: digitalWaveCases, keeps: digitalKeepCases, frameNames: digitalFrameNames });
