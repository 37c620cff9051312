// The blind history, psychiatry and emergency notes wave (eval/history-wave.ts, blind wave 12: social and family history,
// psychiatric and substance-use notes, measured at 0.764 before rules) held on seeds no rule was written against. Its
// look-alikes are held too, but for those decided otherwise: a holiday is a date element (issue 11 names "Tuesday"; the
// engine redacts a holiday as it does a weekday), a country after a place cue stays redacted (restorable in the share
// review), and "the mill" after "worked at" reads as a place.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { scoreHistoryWave, touchedHistoryKeeps } from './eval/history-wave';

describe('history, psychiatry and emergency notes identifiers', () => {
  it('covers at least 0.89 of the wave on fresh seeds', () => {
    const s = scoreHistoryWave((t) => findIdentifiers(t), [101, 202]);
    expect(s.found / s.total, s.misses.slice(0, 20).map((m) => `${m.frame}: ${m.part}`).join('\n')).toBeGreaterThanOrEqual(0.89);
  });

  it('leaves every look-alike but those decided otherwise untouched', () => {
    const decided: string[] = ['Christmas', 'Thanksgiving', 'Somalia', 'the mill'];
    expect(touchedHistoryKeeps((t) => findIdentifiers(t)).map((k) => k.part).filter((p) => !decided.includes(p))).toEqual([]);
  });
});
