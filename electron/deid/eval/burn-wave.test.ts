// The regional burn center and burn unit records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { burnFrameNames, burnKeepCases, burnWaveCases } from './burn-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('burn wave', { cases: burnWaveCases, keeps: burnKeepCases, frameNames: burnFrameNames });
