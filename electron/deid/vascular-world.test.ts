// The blind vascular surgery practice and vascular lab wave (eval/vascular-wave.ts, blind wave 83, measured at 0.961 before rules on the engine at 74c774c) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreVascularWave, touchedVascularKeeps } from './eval/vascular-wave';

describeWaveWorld({
  title: 'vascular surgery practice and vascular lab records',
  floor: 0.92,
  score: scoreVascularWave,
  touched: touchedVascularKeeps,
  // Not yet ruled out: the look-alikes the engine at 74c774c touched when the wave was measured (none of them is an
  // identifier: an eponym, a sheath size, device brands, a catalog number, national dialysis chains, a role and a
  // standing dialysis schedule); each is to come off this list once the engine leaves it alone.
  decided: ['Circle of Willis', '6 Fr sheath', 'Jobst', 'Circaid Juxtafit', 'Gore Propaten', 'REF VBX061002A', 'DaVita', 'Fresenius Kidney Care', 'Nephrologist', 'Tue/Thu/Sat'],
});
