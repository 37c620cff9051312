// The blind school and college health records wave (eval/school-wave.ts, blind wave 59, measured at 0.863 before rules on the engine at 029ca6a) held on seeds
// no rule was written against. Decided: 'Thanksgiving' before a school's break is redacted, as every holiday that fixes a
// day is.
import { describeWaveWorld } from './wave-world-support';
import { scoreSchoolWave, touchedSchoolKeeps } from './eval/school-wave';

describeWaveWorld({
  title: 'school and college health records',
  floor: 0.82,
  score: scoreSchoolWave,
  touched: touchedSchoolKeeps,
  decided: ['Thanksgiving break'],
});
