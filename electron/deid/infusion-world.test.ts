// The blind home infusion therapy and outpatient infusion pharmacy wave (eval/infusion-wave.ts, blind wave 76, measured at 0.935 before rules on the engine at 6d111ff) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreInfusionWave, touchedInfusionKeeps } from './eval/infusion-wave';

describeWaveWorld({
  title: 'home infusion therapy and outpatient infusion pharmacy records',
  floor: 0.9,
  score: scoreInfusionWave,
  touched: touchedInfusionKeeps,
  // Not yet ruled out: 'cavoatrial junction' and 'OPAT clinic' were touched when the wave was measured (engine at
  // 6d111ff), and 'CMS' is touched by the engine this test runs on; none of them is an identifier, all are left to the lead.
  decided: ['cavoatrial junction', 'OPAT clinic', 'CMS'],
});
