import { describe, expect, it } from 'vitest';
import { activeMarks, addMark, countKinds, editsOf, initialMarks, remark, segmentsOf, unmark } from './deidMarks';

const TEXT = 'Seen by Dr. Ann Lee on 3/4 at 12 Elm St, call 555-0100.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const ENGINE = [
  { ...at('Ann Lee'), kind: 'NAME' as const },
  { ...at('3/4'), kind: 'DATE' as const },
  { ...at('555-0100'), kind: 'PHONE' as const },
];

describe('deid marks', () => {
  it('segments cover the text exactly once, in order', () => {
    const m = initialMarks(TEXT, ENGINE);
    const segs = segmentsOf(m);
    expect(segs.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
    expect(segs.filter((s) => s.mark).map((s) => TEXT.slice(s.start, s.end))).toEqual(['Ann Lee', '3/4', '555-0100']);
  });

  it('un-marking an engine finding sends it as removed, and re-marking takes it back', () => {
    let m = unmark(initialMarks(TEXT, ENGINE), { ...ENGINE[1]!, source: 'engine' });
    expect(editsOf(m)).toEqual({ removed: [ENGINE[1]], added: [] });
    expect(segmentsOf(m).find((s) => s.unmarked)?.unmarked).toEqual(ENGINE[1]);
    m = remark(m, ENGINE[1]!);
    expect(editsOf(m)).toEqual({ removed: [], added: [] });
  });

  it('adds a trimmed mark, and merges one that overlaps existing marks into a single span', () => {
    let m = addMark(initialMarks(TEXT, ENGINE), TEXT.indexOf('12 Elm') - 1, TEXT.indexOf(' St,') + 3, 'LOCATION');
    expect(editsOf(m).added).toEqual([{ ...at('12 Elm St'), kind: 'LOCATION' }]);
    // "Dr. Ann" overlaps the engine's "Ann Lee": one NAME mark over "Dr. Ann Lee"; the finding is un-marked.
    m = addMark(m, TEXT.indexOf('Dr.'), TEXT.indexOf('Ann') + 3, 'NAME');
    const names = activeMarks(m).filter((x) => x.kind === 'NAME');
    expect(names.map((x) => TEXT.slice(x.start, x.end))).toEqual(['Dr. Ann Lee']);
    expect(editsOf(m).removed).toEqual([ENGINE[0]]);
    const marks = activeMarks(m);
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
    // Removing the clinician's own mark drops it from the edits.
    m = unmark(m, marks.find((x) => x.kind === 'LOCATION')!);
    expect(editsOf(m).added.map((x) => x.kind)).toEqual(['NAME']);
  });

  it('ignores a selection of spaces only', () => {
    const m = initialMarks(TEXT, ENGINE);
    expect(addMark(m, 7, 8, 'NAME')).toBe(m);
  });

  it('counts kinds, most first', () => {
    expect(countKinds([...ENGINE, { start: 0, end: 4, kind: 'NAME' }])).toEqual([['NAME', 2], ['DATE', 1], ['PHONE', 1]]);
  });
});
