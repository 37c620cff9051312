// The body every blind wave's world test shares: the wave scored on seeds no rule was written against (101 and 202),
// and its look-alikes left untouched but for those the project decided to redact.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import type { DeidFinding } from './kinds';
import type { WaveCase, WaveScore } from './eval/wave-score';

type Find = (text: string) => readonly DeidFinding[];

export interface WaveWorld {
  /** What the wave's notes are, as its describe block reads. */
  readonly title: string;
  /** Recall the engine must keep on the fresh seeds. */
  readonly floor: number;
  readonly score: (find: Find, seeds: readonly number[]) => WaveScore;
  readonly touched: (find: Find) => WaveCase[];
  /** Look-alikes the project redacts on purpose, or has not yet ruled out (each file says which and why). */
  readonly decided?: readonly string[];
}

const find: Find = (t) => findIdentifiers(t);

export function describeWaveWorld(w: WaveWorld): void {
  describe(`${w.title} identifiers`, () => {
    it(`covers at least ${w.floor} of the wave on fresh seeds`, () => {
      const s = w.score(find, [101, 202]);
      expect(s.found / s.total, s.misses.slice(0, 20).map((m) => `${m.frame}: ${m.part}`).join('\n')).toBeGreaterThanOrEqual(w.floor);
    });

    it('leaves every look-alike but those decided otherwise untouched', () => {
      const decided = w.decided ?? [];
      expect(w.touched(find).filter((k) => !decided.includes(k.part)).map((k) => `${k.frame}: ${k.part}`)).toEqual([]);
    });
  });
}
