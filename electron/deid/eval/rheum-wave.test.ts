// The rheumatology and infusion-suite records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { rheumFrameNames, rheumKeepCases, rheumWaveCases } from './rheum-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('rheum wave', { cases: rheumWaveCases, keeps: rheumKeepCases, frameNames: rheumFrameNames });
