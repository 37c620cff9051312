// The blind record-forms wave (eval/records-wave.ts: chart headers, registration, insurance, report and device
// blocks with all eighteen Safe Harbor kinds, measured at 0.927 before rules were written for it, 0.996 after round 14) held on seeds no
// rule was written against. Its look-alikes are held too, but for the countries after a place cue ("travel to
// Mexico"), which the engine redacts though Safe Harbor keeps them (a clinician can restore one before sharing).
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { scoreRecordsWave, touchedRecordsKeeps } from './eval/records-wave';

describe('record-form identifiers', () => {
  it('covers at least 0.98 of the records wave on fresh seeds', () => {
    const s = scoreRecordsWave((t) => findIdentifiers(t), [101, 202]);
    expect(s.found / s.total, s.misses.slice(0, 20).map((m) => `${m.frame}: ${m.part}`).join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('leaves every look-alike but the countries untouched', () => {
    expect(touchedRecordsKeeps((t) => findIdentifiers(t)).map((k) => k.part).filter((p) => !['Mexico', 'Canada'].includes(p))).toEqual([]);
  });
});
