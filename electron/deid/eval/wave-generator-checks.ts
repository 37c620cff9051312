// What every blind wave's generator must hold, as one suite each wave's test file runs: the same cases for a seed and
// other cases for another, parts that occur exactly once in their text, many frames in all three casings, no frame
// dropped by the redraws, and enough look-alikes whose parts occur in their text.
import { describe, expect, it } from 'vitest';
import type { Casing } from './wave-frames';
import type { WaveCase } from './wave-score';

export interface WaveGenerator {
  readonly cases: (seed: number, rounds?: number) => WaveCase[];
  readonly keeps: () => WaveCase[];
  /** When given: no frame is dropped by the redraws (each in 5 of 6 rounds for seeds 5, 11, 23). */
  readonly frameNames?: () => string[];
  /** Rounds drawn for the frame and casing counts (6 unless a wave plants fewer). */
  readonly rounds?: number;
  readonly minFrames?: number;
  readonly minKeeps?: number;
  /** The casings the wave draws (all three unless it draws fewer). */
  readonly casings?: readonly Casing[];
}

const CASING_NAMES: Record<Casing, string> = { upper: 'ALL CAPS', lower: 'lower case', mixed: 'mixed case' };

export function checkWaveGenerator(title: string, g: WaveGenerator): void {
  describe(`${title} wave generator`, () => {
    it('is deterministic per seed and differs between seeds', () => {
      expect(g.cases(5, 2)).toEqual(g.cases(5, 2));
      expect(g.cases(5, 2)).not.toEqual(g.cases(11, 2));
    });

    it('plants non-empty parts that occur exactly once in their text', () => {
      for (const seed of [5, 11, 23]) {
        for (const c of g.cases(seed, 3)) {
          expect(c.part.trim(), c.frame).not.toBe('');
          expect(c.text.split(c.part).length - 1, `${c.frame}: ${c.part}`).toBe(1);
        }
      }
    });

    const minFrames = g.minFrames ?? 40;
    const casings = g.casings ?? (['upper', 'lower', 'mixed'] as const);
    it(`covers ${minFrames}+ frames in ${casings.map((c) => CASING_NAMES[c]).join(', ')}`, () => {
      const cases = g.cases(23, g.rounds ?? 6);
      expect(new Set(cases.map((c) => c.frame)).size).toBeGreaterThanOrEqual(minFrames);
      const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
      if (casings.includes('upper')) expect(cases.some((c) => letters(c.text) === letters(c.text).toUpperCase())).toBe(true);
      if (casings.includes('lower')) expect(cases.some((c) => letters(c.text) === letters(c.text).toLowerCase())).toBe(true);
      if (casings.includes('mixed')) expect(cases.some((c) => /\p{Lu}/u.test(c.text) && /\p{Ll}/u.test(c.text))).toBe(true);
    });

    const frameNames = g.frameNames;
    if (frameNames) it('drops no frame: each appears for seeds 5, 11, 23, in at least 5 of 6 rounds', () => {
      const names = frameNames();
      expect(new Set(names).size).toBe(names.length);
      for (const seed of [5, 11, 23]) {
        const cases = g.cases(seed, 6);
        for (const name of names) {
          const texts = new Set(cases.filter((c) => c.frame === name).map((c) => c.text));
          expect(texts.size, `seed ${seed}: ${name}`).toBeGreaterThanOrEqual(5);
        }
      }
    });

    const minKeeps = g.minKeeps ?? 60;
    it(`has ${minKeeps}+ look-alikes whose parts occur in their text`, () => {
      const keeps = g.keeps();
      expect(keeps.length).toBeGreaterThanOrEqual(minKeeps);
      for (const k of keeps) expect(k.text.includes(k.part) && k.part.trim() !== '', k.text).toBe(true);
    });
  });
}
