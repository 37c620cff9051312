// The badge as React renders it (server-side, no DOM needed): shown for patient-friendly summaries
// only, with the measured grade and whether it meets the target.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type StructuredSummary } from '../../../shared/summary-format';
import { summaryReadingLevel } from '../../../shared/summary-reading-level';
import { ReadingLevelBadge } from './ReadingLevelBadge';

const doc = (style: string, texts: readonly string[]): StructuredSummary => ({
  format: SUMMARY_FORMAT,
  version: SUMMARY_FORMAT_VERSION,
  style,
  sections: [{ title: 'What we found', statements: texts.map((text) => ({ text, evidence: ['x'] })) }],
});

const render = (summary: StructuredSummary): string => renderToStaticMarkup(createElement(ReadingLevelBadge, { summary }));

describe('ReadingLevelBadge', () => {
  it('shows the measured grade of a patient-friendly summary and that it meets grade 8', () => {
    const summary = doc('patient', ['You have a cold.', 'Drink lots of water and rest.']);
    const html = render(summary);
    const grade = summaryReadingLevel(summary)!.grade.toFixed(1);
    expect(html).toContain('data-testid="reading-level"');
    expect(html).toContain(`data-grade="${grade}"`);
    expect(html).toContain('data-meets="true"');
    expect(html).toContain(`grade ${grade} (meets the target of 8 or below)`);
  });

  it('says when the text reads above the target', () => {
    const html = render(doc('patient', ['Echocardiographic evaluation demonstrated moderately reduced left ventricular systolic function with regional hypokinesis.']));
    expect(html).toContain('data-meets="false"');
    expect(html).toContain('above the target of 8');
  });

  it('shows nothing for templates without a reading-level target', () => {
    expect(render(doc('soap', ['You have a cold.']))).toBe('');
    expect(render(doc('referral', ['You have a cold.']))).toBe('');
  });
});
