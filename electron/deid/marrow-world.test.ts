// The blind bone marrow transplant and cellular therapy unit wave (eval/marrow-wave.ts, blind wave 82, measured at 0.908
// before rules on the engine at 74c774c) held on seeds no rule was written against, and its look-alikes held untouched.
// The eight touched when it was measured (the ICE score 7/10, the 4/6 cord match, the Anthony Nolan registry, Kite,
// Aetna, the ISBT 128 product code S1398, "BMT clinic" and Germany) are kept by named-spine-marrow-vascular.ts.
import { describeWaveWorld } from './wave-world-support';
import { scoreMarrowWave, touchedMarrowKeeps } from './eval/marrow-wave';

describeWaveWorld({
  title: 'bone marrow transplant and cellular therapy unit records',
  floor: 0.88,
  score: scoreMarrowWave,
  touched: touchedMarrowKeeps,
});
