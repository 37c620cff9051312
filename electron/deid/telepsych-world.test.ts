// The blind telepsychiatry and tele-behavioral-health wave (eval/telepsych-wave.ts, blind wave 86, measured at 0.926 before rules on the engine at d9575c5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreTelepsychWave, touchedTelepsychKeeps } from './eval/telepsych-wave';

describeWaveWorld({
  title: 'telepsychiatry and tele-behavioral-health records',
  floor: 0.89,
  score: scoreTelepsychWave,
  touched: touchedTelepsychKeeps,
  // Touched when the wave was measured and not yet ruled out: drugs, a company, a law, a compact, a national body, generic places, a schedule and a region; none of them is an identifier.
  decided: ['Invega Sustenna', 'Abilify Maintena', 'Bamboo Health', 'Ryan Haight Act', 'Interstate Medical Licensure Compact', 'NAMI', 'the jail', 'rural health clinic', 'the feedlot', 'every other Thursday', 'Appalachia'],
});
