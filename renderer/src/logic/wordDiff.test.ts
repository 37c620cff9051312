import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff';

const rebuild = (parts: ReturnType<typeof wordDiff>, side: 'before' | 'after') =>
  parts.filter((p) => p.op === 'same' || p.op === (side === 'after' ? 'added' : 'removed')).map((p) => p.text).join('');

describe('wordDiff', () => {
  it('marks a changed dose as one word removed and one added', () => {
    const parts = wordDiff('Metformin 500 mg twice daily.', 'Metformin 1000 mg twice daily.');
    expect(parts.filter((p) => p.op !== 'same').map((p) => [p.op, p.text.trim()])).toEqual([
      ['added', '1000'],
      ['removed', '500'],
    ]);
  });

  it('gives both texts back from its parts', () => {
    const cases: [string, string][] = [
      ['', 'New text only.'],
      ['Old text only.', ''],
      ['- Knee pain for 3 weeks.\n- No fever.', '- Right knee pain for 3 weeks.\n- Denies fever.\n- Ibuprofen 400 mg.'],
      ['a b c d e f', 'f e d c b a'],
    ];
    for (const [before, after] of cases) {
      const parts = wordDiff(before, after);
      expect(rebuild(parts, 'after')).toBe(after);
      expect(rebuild(parts, 'before')).toBe(before);
    }
  });

  it('reports identical texts as unchanged', () => {
    expect(wordDiff('Same summary.', 'Same summary.')).toEqual([{ op: 'same', text: 'Same summary.' }]);
  });
});
