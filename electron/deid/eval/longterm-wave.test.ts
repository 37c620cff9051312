// The nursing home and long-term care documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { longtermFrameNames, longtermKeepCases, longtermWaveCases } from './longterm-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('longterm wave', { cases: longtermWaveCases, keeps: longtermKeepCases, frameNames: longtermFrameNames });
