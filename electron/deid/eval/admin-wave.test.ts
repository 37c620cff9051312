// The registration, insurance, billing and legal forms wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { adminFrameNames, adminKeepCases, adminWaveCases } from './admin-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('registration, insurance, billing and legal forms', { cases: adminWaveCases, keeps: adminKeepCases, frameNames: adminFrameNames });
