// The blind EMS run reports, dispatch, triage and transfers wave (eval/prehospital-wave.ts, blind wave 20, measured at
// 0.759 before rules) held on seeds no rule was written against. Its look-alikes are held too, but for those decided
// otherwise or not yet ruled out. Four are not yet ruled out: 'Los Angeles Motor Scale' (a city's name), a 'Miller'
// blade, 'side Charlie' of a fire ground, 'the scene' after a place cue.
import { describeWaveWorld } from './wave-world-support';
import { scorePrehospitalWave, touchedPrehospitalKeeps } from './eval/prehospital-wave';

describeWaveWorld({
  title: 'EMS run reports, dispatch, triage and transfers',
  floor: 0.82,
  score: scorePrehospitalWave,
  touched: touchedPrehospitalKeeps,
  decided: ['Los Angeles Motor Scale', 'Miller', 'side Charlie', 'the scene'],
});
