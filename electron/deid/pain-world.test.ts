// The blind interventional pain clinic and opioid stewardship records wave (eval/pain-wave.ts, blind wave 80, measured at
// 0.935 before rules on the engine at 74c774c) held on seeds no rule was written against. Its look-alikes are held too, but
// for those not yet ruled out, each touched when the wave was measured: a device model ('Senza HFX'), the eponyms
// "Patrick's" and 'Schober', a state PDMP program ('KASPER'), a national lab ('Millennium Health'), a national claims
// administrator ('Sedgwick'), a national body ('Spine Intervention Society') and 'Dusty' read as a name.
import { describeWaveWorld } from './wave-world-support';
import { scorePainWave, touchedPainKeeps } from './eval/pain-wave';

describeWaveWorld({
  title: 'interventional pain clinic and opioid stewardship records',
  floor: 0.9,
  score: scorePainWave,
  touched: touchedPainKeeps,
  decided: ['Senza HFX', "Patrick's", 'Schober', 'KASPER', 'Millennium Health', 'Sedgwick', 'Spine Intervention Society', 'Dusty'],
});
