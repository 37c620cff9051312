// The bariatric surgery and medical weight-management records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { bariatricFrameNames, bariatricKeepCases, bariatricWaveCases } from './bariatric-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('bariatric wave', { cases: bariatricWaveCases, keeps: bariatricKeepCases, frameNames: bariatricFrameNames });
