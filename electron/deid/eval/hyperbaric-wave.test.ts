// The hyperbaric oxygen and dive medicine wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { hyperbaricFrameNames, hyperbaricKeepCases, hyperbaricWaveCases } from './hyperbaric-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('hyperbaric wave', { cases: hyperbaricWaveCases, keeps: hyperbaricKeepCases, frameNames: hyperbaricFrameNames });
