// The obstetric, neonatal and pediatric notes wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { perinatalFrameNames, perinatalKeepCases, perinatalWaveCases } from './perinatal-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('obstetric, neonatal and pediatric notes', { cases: perinatalWaveCases, keeps: perinatalKeepCases, frameNames: perinatalFrameNames });
