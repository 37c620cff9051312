// The radiation oncology records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { radiationFrameNames, radiationKeepCases, radiationWaveCases } from './radiation-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('radiation wave', { cases: radiationWaveCases, keeps: radiationKeepCases, frameNames: radiationFrameNames });
