// The telepsychiatry and tele-behavioral-health wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { telepsychFrameNames, telepsychKeepCases, telepsychWaveCases } from './telepsych-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('telepsych wave', { cases: telepsychWaveCases, keeps: telepsychKeepCases, frameNames: telepsychFrameNames });
