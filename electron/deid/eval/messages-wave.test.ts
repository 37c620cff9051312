// The telephone and portal messages wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { messagesFrameNames, messagesKeepCases, messagesWaveCases } from './messages-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('telephone and portal messages', { cases: messagesWaveCases, keeps: messagesKeepCases, frameNames: messagesFrameNames });
