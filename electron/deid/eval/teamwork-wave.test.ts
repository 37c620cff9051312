// The names in notes' communication lines wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { teamworkFrameNames, teamworkKeepCases, teamworkWaveCases } from './teamwork-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('names in communication lines of notes', { cases: teamworkWaveCases, keeps: teamworkKeepCases, frameNames: teamworkFrameNames });
