import { describe, expect, it } from 'vitest';
import { lcsLength, rougeL } from './rouge';

describe('ROUGE-L', () => {
  it('computes the longest common subsequence of words', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toBe(3);
    expect(lcsLength(['x'], ['a', 'b'])).toBe(0);
    expect(lcsLength([], ['a'])).toBe(0);
    expect(lcsLength('the cat sat on the mat'.split(' '), 'the cat lay on a mat'.split(' '))).toBe(4);
  });

  it('scores like the textbook example', () => {
    // Lin 2004: "police killed the gunman" vs "police kill the gunman": LCS 3 of 4 each way.
    const s = rougeL('police kill the gunman', 'Police killed the gunman.');
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.75);
    expect(s.f1).toBeCloseTo(0.75);
    expect(rougeL('the cat', 'the cat sat on the mat').f1).toBeCloseTo((2 * 1 * (2 / 6)) / (1 + 2 / 6));
    expect(rougeL('', 'anything').f1).toBe(0);
    expect(rougeL('Same words.', 'same WORDS').f1).toBe(1);
  });
});
