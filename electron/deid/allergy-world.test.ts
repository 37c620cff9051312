// The blind allergy and clinical immunology records wave (eval/allergy-wave.ts, blind wave 73, measured at 0.918 before rules on the engine at adb265f)
// held on seeds no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreAllergyWave, touchedAllergyKeeps } from './eval/allergy-wave';

describeWaveWorld({
  title: 'allergy and clinical immunology records',
  floor: 0.88,
  score: scoreAllergyWave,
  touched: touchedAllergyKeeps,
  // Touched by the engine at adb265f when the wave was measured, before any rule was written against it; not yet ruled
  // out (allergen and component names, extract makers, an eponym, a national body, national pharmacy chains and standing
  // shot schedules, all to be left alone). Remove each one as the rules stop touching it.
  decided: ['Timothy grass', 'Johnson grass', 'Virginia live oak', 'German cockroach', 'Ara h 2', 'Ana o 3', 'ALK-Abelló', 'Stallergenes Greer', "Bruton's", 'ACAAI', 'CVS', 'Accredo', 'Monday, Wednesday and Friday', 'Tuesday and Thursday'],
});
