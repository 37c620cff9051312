// The sexual health and HIV clinic documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { sexhealthFrameNames, sexhealthKeepCases, sexhealthWaveCases } from './sexhealth-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('sexhealth wave', { cases: sexhealthWaveCases, keeps: sexhealthKeepCases, frameNames: sexhealthFrameNames });
