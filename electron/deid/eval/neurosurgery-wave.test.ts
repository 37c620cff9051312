// The neurosurgery service and spine clinic records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { neurosurgeryFrameNames, neurosurgeryKeepCases, neurosurgeryWaveCases } from './neurosurgery-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('neurosurgery wave', { cases: neurosurgeryWaveCases, keeps: neurosurgeryKeepCases, frameNames: neurosurgeryFrameNames });
