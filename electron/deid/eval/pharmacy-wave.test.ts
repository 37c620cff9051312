// The pharmacy and medication documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { pharmacyFrameNames, pharmacyKeepCases, pharmacyWaveCases } from './pharmacy-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('pharmacy and medication documents', { cases: pharmacyWaveCases, keeps: pharmacyKeepCases, frameNames: pharmacyFrameNames });
