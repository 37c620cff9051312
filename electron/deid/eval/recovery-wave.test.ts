// The substance use disorder treatment records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { recoveryFrameNames, recoveryKeepCases, recoveryWaveCases } from './recovery-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('recovery wave', { cases: recoveryWaveCases, keeps: recoveryKeepCases, frameNames: recoveryFrameNames });
