// The blind record-forms wave (eval/records-wave.ts: chart headers, registration, insurance, report and device
// blocks with all eighteen Safe Harbor kinds, measured at 0.927 before rules were written for it, 0.996 after round 14) held on seeds no
// rule was written against. Its look-alikes are held too, but for the countries after a place cue ("travel to
// Mexico"), which the engine redacts though Safe Harbor keeps them (a clinician can restore one before sharing).
import { describeWaveWorld } from './wave-world-support';
import { scoreRecordsWave, touchedRecordsKeeps } from './eval/records-wave';

describeWaveWorld({
  title: 'record-form',
  floor: 0.98,
  score: scoreRecordsWave,
  touched: touchedRecordsKeeps,
  decided: ['Mexico', 'Canada'],
});
