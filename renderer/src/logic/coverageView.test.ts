import { describe, expect, it } from 'vitest';
import type { SummaryCoverage } from '../../../shared/coverage';
import { coverageView, listNumbers } from './coverageView';

const coverage = (statuses: ('summarized' | 'partial' | 'not-summarized')[], drawn: string[][]): SummaryCoverage => ({
  parts: statuses.map((status, i) => ({ index: i, start: i * 1000, end: (i + 1) * 1000, status, noteSections: i === 0 ? ['HPI', 'MEDICATIONS'] : [], drawnOnBy: drawn[i]! })),
  sections: [],
  noteSections: [
    { title: '', start: 0, end: 10, drawnOnBy: [] },
    { title: 'HPI', start: 10, end: 500, drawnOnBy: ['Summary'] },
    { title: 'PLAN', start: 500, end: 3000, drawnOnBy: [] },
  ],
  uncoveredParts: drawn.flatMap((d, i) => (d.length === 0 ? [i] : [])),
  uncoveredNoteSections: [0, 2],
});

describe('coverage view', () => {
  it('lists each part with its note sections and what drew on it', () => {
    const v = coverageView(coverage(['summarized', 'summarized', 'summarized'], [['Subjective', 'Plan'], [], ['Assessment']]));
    expect(v.rows[0]).toMatchObject({ label: 'Part 1', range: 'characters 1–1,000', noteSections: 'HPI, MEDICATIONS', drawnOnBy: 'Subjective, Plan', uncovered: false });
    expect(v.rows[1]).toMatchObject({ drawnOnBy: 'nothing drew on this part', uncovered: true, noteSections: 'no headed section starts here' });
    expect(v.headline).toBe('Summarized in 3 parts; nothing drew on part 2.');
    expect(v.uncoveredSections).toEqual(['opening text', 'PLAN']);
  });
  it('says which parts a stop left out', () => {
    const v = coverageView(coverage(['summarized', 'partial', 'not-summarized', 'not-summarized'], [['Summary'], ['Summary'], [], []]));
    expect(v.headline).toBe('Stopped: parts 3 and 4 of 4 were not summarized.');
    expect(v.rows.map((r) => r.status)).toEqual(['summarized', 'partial', 'not-summarized', 'not-summarized']);
  });
  it('says when every part was drawn on', () => {
    expect(coverageView(coverage(['summarized', 'summarized'], [['Summary'], ['Summary']])).headline).toBe('Summarized in 2 parts; every part was drawn on.');
    expect(listNumbers([2, 3, 5])).toBe('2, 3 and 5');
  });
});
