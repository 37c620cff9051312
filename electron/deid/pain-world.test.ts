// The blind interventional pain clinic and opioid stewardship records wave (eval/pain-wave.ts, blind wave 80, measured at
// 0.935 before rules on the engine at 74c774c) held on seeds no rule was written against, and its look-alikes held
// untouched. The eight touched when it was measured (a device model, two examination eponyms, a state's monitoring
// program, a national lab, a claims administrator, a national body and "Dusty" read as a name) are kept by
// named-spine-marrow-vascular.ts.
import { describeWaveWorld } from './wave-world-support';
import { scorePainWave, touchedPainKeeps } from './eval/pain-wave';

describeWaveWorld({
  title: 'interventional pain clinic and opioid stewardship records',
  floor: 0.9,
  score: scorePainWave,
  touched: touchedPainKeeps,
});
