// The blind obstetric, neonatal and pediatric notes wave (eval/perinatal-wave.ts, blind wave 13, measured at 0.806 before
// rules) held on seeds no rule was written against. Its look-alikes are held too, but for those decided otherwise: a
// country after a place cue stays redacted (restorable in the share review), and two eponyms the name lists hold as given
// names ("Leopold maneuvers:", "Braxton Hicks contractions") where no rule reads the noun after them as theirs.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { scorePerinatalWave, touchedPerinatalKeeps } from './eval/perinatal-wave';

describe('obstetric, neonatal and pediatric notes identifiers', () => {
  it('covers at least 0.91 of the wave on fresh seeds', () => {
    const s = scorePerinatalWave((t) => findIdentifiers(t), [101, 202]);
    expect(s.found / s.total, s.misses.slice(0, 20).map((m) => `${m.frame}: ${m.part}`).join('\n')).toBeGreaterThanOrEqual(0.91);
  });

  it('leaves every look-alike but those decided otherwise untouched', () => {
    const decided: string[] = ['Guatemala', 'Leopold', 'Braxton Hicks'];
    expect(touchedPerinatalKeeps((t) => findIdentifiers(t)).map((k) => k.part).filter((p) => !decided.includes(p))).toEqual([]);
  });
});
