// The anesthesia and perioperative records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { anesthesiaFrameNames, anesthesiaKeepCases, anesthesiaWaveCases } from './anesthesia-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('anesthesia wave', { cases: anesthesiaWaveCases, keeps: anesthesiaKeepCases, frameNames: anesthesiaFrameNames });
