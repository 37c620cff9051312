// The implanted and home device clinic documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { devicesFrameNames, devicesKeepCases, devicesWaveCases } from './devices-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('devices wave', { cases: devicesWaveCases, keeps: devicesKeepCases, frameNames: devicesFrameNames });
