// The plastic and reconstructive surgery practice records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { plasticFrameNames, plasticKeepCases, plasticWaveCases } from './plastic-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('plastic wave', { cases: plasticWaveCases, keeps: plasticKeepCases, frameNames: plasticFrameNames });
