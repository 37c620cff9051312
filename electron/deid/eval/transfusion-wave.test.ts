// The blood bank and transfusion medicine records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { transfusionFrameNames, transfusionKeepCases, transfusionWaveCases } from './transfusion-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('transfusion wave', { cases: transfusionWaveCases, keeps: transfusionKeepCases, frameNames: transfusionFrameNames });
