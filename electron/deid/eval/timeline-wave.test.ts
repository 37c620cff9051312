// The dates-in-running-clinical-text wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { timelineFrameNames, timelineKeepCases, timelineWaveCases } from './timeline-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('dates in running clinical text', { cases: timelineWaveCases, keeps: timelineKeepCases, frameNames: timelineFrameNames });
