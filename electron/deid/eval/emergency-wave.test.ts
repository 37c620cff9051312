// The emergency department documentation wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { emergencyFrameNames, emergencyKeepCases, emergencyWaveCases } from './emergency-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('emergency wave', { cases: emergencyWaveCases, keeps: emergencyKeepCases, frameNames: emergencyFrameNames });
