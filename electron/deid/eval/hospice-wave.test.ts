// The hospice and palliative care documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { hospiceFrameNames, hospiceKeepCases, hospiceWaveCases } from './hospice-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('hospice wave', { cases: hospiceWaveCases, keeps: hospiceKeepCases, frameNames: hospiceFrameNames });
