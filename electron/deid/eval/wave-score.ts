// Scoring of the generated waves of names and places: a case is found when every letter and digit of its
// part is covered by some finding (the PhysioNet rule), tallied per frame.
import { coverageOf } from '../deid-test-support';
import type { DeidFinding } from '../kinds';

/** One planted identifier: `part` occurs in `text`, which was made by `frame`. */
export interface WaveCase {
  readonly frame: string;
  readonly text: string;
  readonly part: string;
}

export interface WaveScore {
  readonly found: number;
  readonly total: number;
  readonly perFrame: ReadonlyMap<string, { found: number; total: number }>;
  readonly misses: readonly WaveCase[];
}

export function scoreWave(cases: readonly WaveCase[], find: (text: string) => readonly DeidFinding[]): WaveScore {
  const perFrame = new Map<string, { found: number; total: number }>();
  const misses: WaveCase[] = [];
  let found = 0;
  for (const c of cases) {
    const t = perFrame.get(c.frame) ?? { found: 0, total: 0 };
    t.total++;
    if (coverageOf(c.text, find(c.text), c.part).all) {
      t.found++;
      found++;
    } else misses.push(c);
    perFrame.set(c.frame, t);
  }
  return { found, total: cases.length, perFrame, misses };
}
