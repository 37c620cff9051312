// The blind vascular surgery practice and vascular lab wave (eval/vascular-wave.ts, blind wave 83, measured at 0.961
// before rules on the engine at 74c774c) held on seeds no rule was written against, and its look-alikes held untouched
// but one. Nine of the ten touched when it was measured (an eponym, a sheath size, device brands, a catalogue number,
// national dialysis chains, a specialist's title) are kept by named-spine-marrow-vascular.ts.
import { describeWaveWorld } from './wave-world-support';
import { scoreVascularWave, touchedVascularKeeps } from './eval/vascular-wave';

describeWaveWorld({
  title: 'vascular surgery practice and vascular lab records',
  floor: 0.92,
  score: scoreVascularWave,
  touched: touchedVascularKeeps,
  // Decided otherwise: the dialysis wave plants a standing dialysis schedule ("Tue/Thu/Sat") as the weekdays that name
  // the patient's days, and this wave's look-alike is the same words; the older decision stands.
  decided: ['Tue/Thu/Sat'],
});
