import { describe, expect, it } from 'vitest';
import { nursingKeepCases, nursingWaveCases } from './nursing-wave';

describe('nursing wave generator', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(nursingWaveCases(5, 2)).toEqual(nursingWaveCases(5, 2));
    expect(nursingWaveCases(5, 2)).not.toEqual(nursingWaveCases(11, 2));
  });

  it('plants non-empty parts that occur exactly once in their text', () => {
    for (const seed of [5, 11, 23]) {
      for (const c of nursingWaveCases(seed, 3)) {
        expect(c.part.trim(), c.frame).not.toBe('');
        expect(c.text.split(c.part).length - 1, `${c.frame}: ${c.part}`).toBe(1);
      }
    }
  });

  it('covers 30+ frames in all three casings', () => {
    const cases = nursingWaveCases(23, 6);
    expect(new Set(cases.map((c) => c.frame)).size).toBeGreaterThanOrEqual(30);
    const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
    expect(cases.some((c) => letters(c.text) === letters(c.text).toUpperCase())).toBe(true);
    expect(cases.some((c) => letters(c.text) === letters(c.text).toLowerCase())).toBe(true);
    expect(cases.some((c) => /\p{Lu}/u.test(c.text) && /\p{Ll}/u.test(c.text))).toBe(true);
  });

  it('has 40+ look-alikes whose parts occur in their text', () => {
    const keeps = nursingKeepCases();
    expect(keeps.length).toBeGreaterThanOrEqual(40);
    for (const k of keeps) expect(k.text.includes(k.part) && k.part.trim() !== '', k.text).toBe(true);
  });
});
