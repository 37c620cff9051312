import { describe, expect, it } from 'vitest';
import { narrativeKeepCases, narrativeWaveCases } from './narrative-wave';

describe('narrative wave generator', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(narrativeWaveCases(5, 2)).toEqual(narrativeWaveCases(5, 2));
    expect(narrativeWaveCases(5, 2)).not.toEqual(narrativeWaveCases(11, 2));
  });

  it('plants non-empty parts that occur exactly once in their text', () => {
    for (const seed of [5, 11, 23]) {
      for (const c of narrativeWaveCases(seed, 3)) {
        expect(c.part.trim(), c.frame).not.toBe('');
        expect(c.text.split(c.part).length - 1, `${c.frame}: ${c.part}`).toBe(1);
      }
    }
  });

  it('covers 40+ frames in ALL CAPS and mixed case', () => {
    const cases = narrativeWaveCases(23, 4);
    expect(new Set(cases.map((c) => c.frame)).size).toBeGreaterThanOrEqual(40);
    const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
    expect(cases.some((c) => letters(c.text) === letters(c.text).toUpperCase())).toBe(true);
    expect(cases.some((c) => /\p{Lu}/u.test(c.text) && /\p{Ll}/u.test(c.text))).toBe(true);
  });

  it('has 60+ look-alikes whose parts occur in their text', () => {
    const keeps = narrativeKeepCases();
    expect(keeps.length).toBeGreaterThanOrEqual(60);
    for (const k of keeps) expect(k.text.includes(k.part) && k.part.trim() !== '', k.text).toBe(true);
  });
});
