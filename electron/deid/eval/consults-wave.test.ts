// The outpatient specialty consultation letters and clinic notes wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { consultsFrameNames, consultsKeepCases, consultsWaveCases } from './consults-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('outpatient specialty consultation letters and clinic notes', { cases: consultsWaveCases, keeps: consultsKeepCases, frameNames: consultsFrameNames });
