// The child-protection and forensic pediatrics wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { protectionFrameNames, protectionKeepCases, protectionWaveCases } from './protection-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('protection wave', { cases: protectionWaveCases, keeps: protectionKeepCases, frameNames: protectionFrameNames });
