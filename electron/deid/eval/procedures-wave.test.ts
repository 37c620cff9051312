// The operative and procedure documentation wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { proceduresFrameNames, proceduresKeepCases, proceduresWaveCases } from './procedures-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('operative and procedure documentation', { cases: proceduresWaveCases, keeps: proceduresKeepCases, frameNames: proceduresFrameNames });
