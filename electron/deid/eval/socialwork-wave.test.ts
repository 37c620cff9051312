// The social work and case management documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { socialworkFrameNames, socialworkKeepCases, socialworkWaveCases } from './socialwork-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('socialwork wave', { cases: socialworkWaveCases, keeps: socialworkKeepCases, frameNames: socialworkFrameNames });
