// The rural, frontier and tribal health documents wave's generator holds what every blind wave's must (eval/wave-generator-checks.ts).
import { frontierFrameNames, frontierKeepCases, frontierWaveCases } from './frontier-wave';
import { checkWaveGenerator } from './wave-generator-checks';

checkWaveGenerator('frontier wave', { cases: frontierWaveCases, keeps: frontierKeepCases, frameNames: frontierFrameNames });
