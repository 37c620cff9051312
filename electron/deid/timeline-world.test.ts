// The blind dates in running clinical text wave (eval/timeline-wave.ts, blind wave 18, measured at 0.898 before rules)
// held on seeds no rule was written against. Its look-alikes are held too, but for those decided otherwise or not yet
// ruled out. Recurring schedules ('Tuesdays', 'every Tuesday', 'MWF') are redacted by decision: a weekday is a date
// element, and the engine redacts a dialysis or dosing schedule as the ICU wave plants it.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { scoreTimelineWave, touchedTimelineKeeps } from './eval/timeline-wave';

describe('dates in running clinical text identifiers', () => {
  it('covers at least 0.94 of the wave on fresh seeds', () => {
    const s = scoreTimelineWave((t) => findIdentifiers(t), [101, 202]);
    expect(s.found / s.total, s.misses.slice(0, 20).map((m) => `${m.frame}: ${m.part}`).join('\n')).toBeGreaterThanOrEqual(0.94);
  });

  it('leaves every look-alike but those decided otherwise untouched', () => {
    const decided: string[] = ['Tuesdays', 'MWF', 'every Tuesday'];
    expect(touchedTimelineKeeps((t) => findIdentifiers(t)).map((k) => k.part).filter((p) => !decided.includes(p))).toEqual([]);
  });
});
