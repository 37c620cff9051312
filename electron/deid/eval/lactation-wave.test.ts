// The lactation and breastfeeding medicine clinic records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { lactationFrameNames, lactationKeepCases, lactationWaveCases } from './lactation-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('lactation wave', { cases: lactationWaveCases, keeps: lactationKeepCases, frameNames: lactationFrameNames });
