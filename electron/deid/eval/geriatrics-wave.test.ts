// The geriatrics clinic and memory care practice wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { geriatricsFrameNames, geriatricsKeepCases, geriatricsWaveCases } from './geriatrics-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('geriatrics wave', { cases: geriatricsWaveCases, keeps: geriatricsKeepCases, frameNames: geriatricsFrameNames });
