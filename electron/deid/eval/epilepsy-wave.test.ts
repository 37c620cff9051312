// The neurology and epilepsy-monitoring records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { epilepsyFrameNames, epilepsyKeepCases, epilepsyWaveCases } from './epilepsy-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('epilepsy wave', { cases: epilepsyWaveCases, keeps: epilepsyKeepCases, frameNames: epilepsyFrameNames });
