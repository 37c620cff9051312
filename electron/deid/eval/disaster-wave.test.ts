// The disaster and mass-casualty care records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { disasterFrameNames, disasterKeepCases, disasterWaveCases } from './disaster-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('disaster wave', { cases: disasterWaveCases, keeps: disasterKeepCases, frameNames: disasterFrameNames });
