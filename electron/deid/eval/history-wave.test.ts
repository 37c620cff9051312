// The history, psychiatry and emergency notes wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { historyFrameNames, historyKeepCases, historyWaveCases } from './history-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('history, psychiatry and emergency notes', { cases: historyWaveCases, keeps: historyKeepCases, frameNames: historyFrameNames });
