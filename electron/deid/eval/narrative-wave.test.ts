// The narrative wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts); it draws ALL CAPS
// and mixed case only, four rounds a seed.
import { narrativeKeepCases, narrativeWaveCases } from './narrative-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('narrative', { cases: narrativeWaveCases, keeps: narrativeKeepCases, rounds: 4, casings: ['upper', 'mixed'] });
