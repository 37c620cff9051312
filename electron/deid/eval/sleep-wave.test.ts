// The sleep medicine documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { sleepFrameNames, sleepKeepCases, sleepWaveCases } from './sleep-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('sleep wave', { cases: sleepWaveCases, keeps: sleepKeepCases, frameNames: sleepFrameNames });
