// A long note summarized in parts: progress, each part's streamed JSON kept apart, coverage at the end.
import { describe, expect, it } from 'vitest';
import type { SummaryCoverage } from '../../../shared/coverage';
import { initialSummaryState, liveSummary, progressText, summaryReducer, type SummaryAction } from './summaryState';

const run = (actions: SummaryAction[]) => actions.reduce(summaryReducer, initialSummaryState);
const part = (title: string, text: string) => `{"sections":[{"title":"${title}","statements":[{"text":"${text}","evidence":["${text.toLowerCase()}"]}]}`;

describe('summary state in parts', () => {
  it('shows "Part k of n" and keeps what each part streamed', () => {
    const s = run([
      { type: 'start', requestId: 'r' },
      { type: 'progress', requestId: 'r', part: 1, parts: 3 },
      { type: 'chunk', requestId: 'r', text: part('Subjective', 'Cough.') },
      { type: 'progress', requestId: 'r', part: 2, parts: 3 },
      { type: 'chunk', requestId: 'r', text: part('Subjective', 'Fever.') },
      { type: 'progress', requestId: 'other', part: 3, parts: 3 },
    ]);
    expect(progressText(s)).toBe('Part 2 of 3');
    expect(s.earlierParts).toHaveLength(1);
    const live = liveSummary(s.earlierParts, s.text)!;
    expect(live.sections).toHaveLength(1);
    expect(live.sections[0]!.statements.map((x) => x.text)).toEqual(['Cough.', 'Fever.']);
  });

  it('drops the progress once finished and keeps the coverage', () => {
    const coverage: SummaryCoverage = { parts: [], sections: [], noteSections: [], uncoveredParts: [], uncoveredNoteSections: [] };
    const s = run([
      { type: 'start', requestId: 'r' },
      { type: 'progress', requestId: 'r', part: 1, parts: 2 },
      { type: 'chunk', requestId: 'r', text: part('Summary', 'A.') },
      { type: 'finish', requestId: 'r', text: '- A.', coverage },
    ]);
    expect(progressText(s)).toBeNull();
    expect(s.coverage).toBe(coverage);
    expect(s.earlierParts).toEqual([]);
  });

  it('says nothing for a note summarized in one go', () => {
    const s = run([{ type: 'start', requestId: 'r' }, { type: 'progress', requestId: 'r', part: 1, parts: 1 }]);
    expect(progressText(s)).toBeNull();
    expect(liveSummary([], '')).toBeNull();
  });
});
