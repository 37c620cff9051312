// The dermatology records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { dermFrameNames, dermKeepCases, dermWaveCases } from './derm-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('derm wave', { cases: dermWaveCases, keeps: dermKeepCases, frameNames: dermFrameNames });
