// The interventional pain clinic and opioid stewardship records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { painFrameNames, painKeepCases, painWaveCases } from './pain-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('pain wave', { cases: painWaveCases, keeps: painKeepCases, frameNames: painFrameNames, minFrames: 60, minKeeps: 130 });
