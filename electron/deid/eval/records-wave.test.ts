import { describe, expect, it } from 'vitest';
import { RECORDS_KINDS, recordsKeepCases, recordsWaveCases } from './records-wave';

describe('records wave generator', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(recordsWaveCases(5, 2)).toEqual(recordsWaveCases(5, 2));
    expect(recordsWaveCases(5, 2)).not.toEqual(recordsWaveCases(11, 2));
  });

  it('plants non-empty parts that occur exactly once in their text', () => {
    for (const seed of [5, 11, 23]) {
      for (const c of recordsWaveCases(seed, 3)) {
        expect(c.part.trim(), c.frame).not.toBe('');
        expect(c.text.split(c.part).length - 1, `${c.frame}: ${c.part}`).toBe(1);
      }
    }
  });

  it('covers 70+ frames, each planted every round, in all three casings', () => {
    const cases = recordsWaveCases(23, 4);
    const frames = new Set(cases.map((c) => c.frame));
    expect(frames.size).toBeGreaterThanOrEqual(70);
    // a frame that keeps failing its redraws would silently thin out: each must reach all four rounds
    for (const f of frames) expect(new Set(cases.filter((c) => c.frame === f).map((c) => c.text)).size, f).toBe(4);
    const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
    expect(cases.some((c) => letters(c.text) === letters(c.text).toUpperCase())).toBe(true);
    expect(cases.some((c) => letters(c.text) === letters(c.text).toLowerCase())).toBe(true);
    expect(cases.some((c) => /\p{Lu}/u.test(c.text) && /\p{Ll}/u.test(c.text))).toBe(true);
  });

  it('represents all 18 Safe Harbor kinds through frame-name prefixes', () => {
    expect(RECORDS_KINDS).toHaveLength(18);
    const prefixes = new Set(recordsWaveCases(5, 1).map((c) => c.frame.split(':')[0]!));
    for (const k of RECORDS_KINDS) expect(prefixes.has(k), k).toBe(true);
    for (const p of prefixes) expect([...RECORDS_KINDS, 'block'].includes(p), p).toBe(true);
  });

  it('has 60+ look-alikes whose parts occur in their text', () => {
    const keeps = recordsKeepCases();
    expect(keeps.length).toBeGreaterThanOrEqual(60);
    for (const k of keeps) expect(k.text.includes(k.part) && k.part.trim() !== '', k.text).toBe(true);
  });
});
