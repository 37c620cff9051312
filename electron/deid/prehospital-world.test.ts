// The blind EMS run reports, dispatch, triage and transfers wave (eval/prehospital-wave.ts, blind wave 20, measured at
// 0.759 before rules) held on seeds no rule was written against. Its look-alikes are held too, but for those decided
// otherwise or not yet ruled out. Four are not yet ruled out: 'Los Angeles Motor Scale' (a city's name), a 'Miller'
// blade, 'side Charlie' of a fire ground, 'the scene' after a place cue.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { scorePrehospitalWave, touchedPrehospitalKeeps } from './eval/prehospital-wave';

describe('EMS run reports, dispatch, triage and transfers identifiers', () => {
  it('covers at least 0.82 of the wave on fresh seeds', () => {
    const s = scorePrehospitalWave((t) => findIdentifiers(t), [101, 202]);
    expect(s.found / s.total, s.misses.slice(0, 20).map((m) => `${m.frame}: ${m.part}`).join('\n')).toBeGreaterThanOrEqual(0.82);
  });

  it('leaves every look-alike but those decided otherwise untouched', () => {
    const decided: string[] = ['Los Angeles Motor Scale', 'Miller', 'side Charlie', 'the scene'];
    expect(touchedPrehospitalKeeps((t) => findIdentifiers(t)).map((k) => k.part).filter((p) => !decided.includes(p))).toEqual([]);
  });
});
