// The gastroenterology and endoscopy records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { endoscopyFrameNames, endoscopyKeepCases, endoscopyWaveCases } from './endoscopy-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('endoscopy wave', { cases: endoscopyWaveCases, keeps: endoscopyKeepCases, frameNames: endoscopyFrameNames });
