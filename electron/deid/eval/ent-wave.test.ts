// The otolaryngology (ENT) and head-and-neck surgery records wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { entFrameNames, entKeepCases, entWaveCases } from './ent-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('ENT wave', { cases: entWaveCases, keeps: entKeepCases, frameNames: entFrameNames });
