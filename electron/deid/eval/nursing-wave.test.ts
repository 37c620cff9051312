// The nursing wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { nursingKeepCases, nursingWaveCases } from './nursing-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('nursing', { cases: nursingWaveCases, keeps: nursingKeepCases, minFrames: 30, minKeeps: 40 });
