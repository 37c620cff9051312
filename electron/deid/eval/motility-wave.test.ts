// The gastrointestinal motility lab records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { motilityFrameNames, motilityKeepCases, motilityWaveCases } from './motility-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('motility wave', { cases: motilityWaveCases, keeps: motilityKeepCases, frameNames: motilityFrameNames });
