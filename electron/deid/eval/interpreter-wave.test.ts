// The language-services and interpreter records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { interpreterFrameNames, interpreterKeepCases, interpreterWaveCases } from './interpreter-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('interpreter wave', { cases: interpreterWaveCases, keeps: interpreterKeepCases, frameNames: interpreterFrameNames });
