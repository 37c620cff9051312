import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff';

const rebuild = (parts: ReturnType<typeof wordDiff>, side: 'before' | 'after') =>
  parts.filter((p) => p.op === 'same' || p.op === (side === 'after' ? 'added' : 'removed')).map((p) => p.text).join('');

describe('wordDiff', () => {
  it('marks a changed dose as one word removed and one added', () => {
    const parts = wordDiff('Metformin 500 mg twice daily.', 'Metformin 1000 mg twice daily.');
    expect(parts.filter((p) => p.op !== 'same').map((p) => [p.op, p.text.trim()])).toEqual([
      ['removed', '500'],
      ['added', '1000'],
    ]);
  });

  it('gives the new text back exactly and the old one up to whitespace', () => {
    const cases: [string, string][] = [
      ['', 'New text only.'],
      ['Old text only.', ''],
      ['- Knee pain for 3 weeks.\n- No fever.', '- Right knee pain for 3 weeks.\n- Denies fever.\n- Ibuprofen 400 mg.'],
      ['a b c d e f', 'f e d c b a'],
    ];
    for (const [before, after] of cases) {
      const parts = wordDiff(before, after);
      expect(rebuild(parts, 'after')).toBe(after);
      const squash = (t: string) => t.replace(/\s+/g, '');
      expect(squash(rebuild(parts, 'before'))).toBe(squash(before));
    }
  });

  it('shows each run of changes as what was removed, then what was added', () => {
    const parts = wordDiff('a b c d', 'a x y d');
    expect(parts.map((p) => p.op)).toEqual(['same', 'removed', 'added', 'same']);
    expect(parts[1]!.text.trim()).toBe('b c');
    expect(parts[2]!.text.trim()).toBe('x y');
  });

  it('reports identical texts as unchanged', () => {
    expect(wordDiff('Same summary.', 'Same summary.')).toEqual([{ op: 'same', text: 'Same summary.' }]);
  });
});
