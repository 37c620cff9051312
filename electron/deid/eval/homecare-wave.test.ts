// The home health, visiting nurse and hospice wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { homecareFrameNames, homecareKeepCases, homecareWaveCases } from './homecare-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('home health, visiting nurse and hospice notes', { cases: homecareWaveCases, keeps: homecareKeepCases, frameNames: homecareFrameNames });
