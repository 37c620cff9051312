// Word-for-word alignment of a claim with its evidence (a longest common subsequence where every
// number matches every number and every side matches every side), so a value or side can be compared
// with the one in the same place in the note: "clips in 5 to 5 bundles" against "clips in 4 to 5 bundles".
import type { Facts } from './claims';
import { stem } from './text-tools';

export const NUMBER_SLOT = '\u0000num';
export const SIDE_SLOT = '\u0000side';

/** Alignment keys of a text's tokens: numbers and sides become slots, words their stems. */
export function alignmentKeys(facts: Facts): string[] {
  const numberStarts = new Set(facts.quantities.map((q) => q.span.start));
  const sideStarts = new Set(facts.sides.map((s) => s.start));
  return facts.tokens.map((t) => (numberStarts.has(t.start) ? NUMBER_SLOT : sideStarts.has(t.start) ? SIDE_SLOT : stem(t.text)));
}

/** Claim token index → evidence token index, for a longest common subsequence of keys. */
/** Larger alignments are skipped (a hostile or runaway document must not stall the check). */
export const MAX_ALIGNMENT_CELLS = 4_000_000;

export function alignKeys(a: readonly string[], b: readonly string[]): Map<number, number> {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_ALIGNMENT_CELLS) return new Map();
  const width = m + 1;
  const dp = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * width + j] = a[i] === b[j] ? dp[(i + 1) * width + j + 1]! + 1 : Math.max(dp[(i + 1) * width + j]!, dp[i * width + j + 1]!);
    }
  }
  const pairs = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.set(i++, j++);
    else if (dp[(i + 1) * width + j]! >= dp[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Token pairs in the same place: both neighbours (where they exist) aligned one-to-one as well. */
export function anchoredPairs(pairs: ReadonlyMap<number, number>, claimLength: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, j] of pairs) {
    const prevOk = i === 0 ? pairs.get(i + 1) === j + 1 : pairs.get(i - 1) === j - 1;
    const nextOk = i === claimLength - 1 ? pairs.get(i - 1) === j - 1 : pairs.get(i + 1) === j + 1;
    if (prevOk && nextOk) out.set(i, j);
  }
  return out;
}
