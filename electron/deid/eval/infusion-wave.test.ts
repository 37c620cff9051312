// The home infusion therapy and outpatient infusion pharmacy wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { infusionFrameNames, infusionKeepCases, infusionWaveCases } from './infusion-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('infusion wave', { cases: infusionWaveCases, keeps: infusionKeepCases, frameNames: infusionFrameNames });
