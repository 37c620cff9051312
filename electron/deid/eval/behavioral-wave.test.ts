// The behavioral health, psychiatry, substance-use and social-work notes wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { behavioralFrameNames, behavioralKeepCases, behavioralWaveCases } from './behavioral-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('behavioral health, psychiatry, substance-use and social-work notes', { cases: behavioralWaveCases, keeps: behavioralKeepCases, frameNames: behavioralFrameNames });
