// The sports medicine and athletic training wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { sportsFrameNames, sportsKeepCases, sportsWaveCases } from './sports-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('sports wave', { cases: sportsWaveCases, keeps: sportsKeepCases, frameNames: sportsFrameNames });
