// The palliative care and hospice records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { palliativeFrameNames, palliativeKeepCases, palliativeWaveCases } from './palliative-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('palliative wave', { cases: palliativeWaveCases, keeps: palliativeKeepCases, frameNames: palliativeFrameNames });
