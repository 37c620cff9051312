// The blind telehealth, devices, remote monitoring and access logs wave (eval/digital-wave.ts, blind wave 17, measured at
// 0.831 before rules) held on seeds no rule was written against. Its look-alikes are held too, but for public web
// addresses (every URL is redacted by decision: the engine cannot tell a public page from a patient's) and three device
// or service names read as places or names (not yet ruled out).
import { describeWaveWorld } from './wave-world-support';
import { scoreDigitalWave, touchedDigitalKeeps } from './eval/digital-wave';

describeWaveWorld({
  title: 'telehealth, devices, remote monitoring and access logs',
  floor: 0.89,
  score: scoreDigitalWave,
  touched: touchedDigitalKeeps,
  decided: ['Dexcom G7', 'FreeStyle Libre 3', 'AirView', 'https://www.cdc.gov/diabetes/', 'uptodate.com', 'heart.org'],
});
