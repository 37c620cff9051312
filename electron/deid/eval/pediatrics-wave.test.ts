// The pediatric and family documentation wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { pediatricsFrameNames, pediatricsKeepCases, pediatricsWaveCases } from './pediatrics-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('pediatric and family documentation', { cases: pediatricsWaveCases, keeps: pediatricsKeepCases, frameNames: pediatricsFrameNames });
