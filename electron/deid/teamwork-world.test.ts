// The blind staff and family named where notes record who was told what wave (eval/teamwork-wave.ts, blind wave 19,
// measured at 0.886 before rules) held on seeds no rule was written against. Its look-alikes are held too, but for
// those decided otherwise or not yet ruled out. Three are not yet ruled out: 'Best' opening a sentence, a language in
// brackets read as a place, a credential list after 'Signed:'.
import { describeWaveWorld } from './wave-world-support';
import { scoreTeamworkWave, touchedTeamworkKeeps } from './eval/teamwork-wave';

describeWaveWorld({
  title: 'staff and family named where notes record who was told what',
  floor: 0.89,
  score: scoreTeamworkWave,
  touched: touchedTeamworkKeeps,
  decided: ['Best', 'Vietnamese', 'RN, BSN, CCRN'],
});
