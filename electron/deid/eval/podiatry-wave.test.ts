// The podiatry and foot-and-ankle care records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { podiatryFrameNames, podiatryKeepCases, podiatryWaveCases } from './podiatry-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('podiatry wave', { cases: podiatryWaveCases, keeps: podiatryKeepCases, frameNames: podiatryFrameNames });
