// ROUGE-L (Lin 2004): the longest common subsequence of words between a candidate and a reference,
// as precision, recall and F1. Words are lowercased letters and digits; punctuation is ignored.

export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Length of the longest common subsequence, in O(n·m) time and O(min(n, m)) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let prev = new Uint32Array(short.length + 1);
  let cur = new Uint32Array(short.length + 1);
  for (const x of long) {
    for (let j = 1; j <= short.length; j++) cur[j] = x === short[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[short.length]!;
}

export function rougeL(candidate: string, reference: string): RougeScore {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  if (c.length === 0 || r.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const lcs = lcsLength(c, r);
  const precision = lcs / c.length;
  const recall = lcs / r.length;
  return { precision, recall, f1: lcs === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
