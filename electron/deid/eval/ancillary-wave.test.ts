// The outpatient ancillary and allied-health documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { ancillaryFrameNames, ancillaryKeepCases, ancillaryWaveCases } from './ancillary-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('ancillary wave', { cases: ancillaryWaveCases, keeps: ancillaryKeepCases, frameNames: ancillaryFrameNames });
