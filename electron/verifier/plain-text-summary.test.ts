import { describe, expect, it } from 'vitest';
import { StructuredSummarySchema } from '../../shared/summary-format';
import { summaryFromPlainText } from './plain-text-summary';
import { parseSummaryText } from './read-summary';
import { verifySummary } from './verify-summary';

describe('plain-text summaries', () => {
  it('reads headings as sections and bullets or sentences as statements without evidence', () => {
    const s = summaryFromPlainText('Subjective:\n- Knee pain for 3 weeks. No fever.\n\n## Plan\n1. MRI of the right knee\n2) Ibuprofen 400 mg prn', 'soap');
    expect(StructuredSummarySchema.parse(s)).toEqual(s);
    expect(s.sections.map((x) => x.title)).toEqual(['Subjective', 'Plan']);
    expect(s.sections[0]!.statements).toEqual([
      { text: 'Knee pain for 3 weeks.', evidence: [] },
      { text: 'No fever.', evidence: [] },
    ]);
    expect(s.sections[1]!.statements.map((x) => x.text)).toEqual(['MRI of the right knee', 'Ibuprofen 400 mg prn']);
  });

  it('puts text before any heading in a "Summary" section, and still verifies it', () => {
    const note = 'Right knee pain for 3 weeks. Takes ibuprofen 400 mg as needed.';
    const s = parseSummaryText('Right knee pain.\nTakes naproxen.');
    expect(s.sections.map((x) => x.title)).toEqual(['Summary']);
    const report = verifySummary(note, s);
    expect(report.counts).toEqual({ statements: 2, supported: 0, flagged: 2 });
    expect(report.statements[0]!.flags.map((f) => f.kind)).toEqual(['unsupported-claim']);
    expect(report.statements[1]!.flags.map((f) => f.kind).sort()).toEqual(['medication-not-in-note', 'unsupported-claim']);
  });

  it('refuses JSON that is not the format without quoting it', () => {
    expect(() => parseSummaryText('{"format":"other","secret":"Jane Roe"}')).toThrow(/not a lockscribe-summary v1 document/);
    expect(() => parseSummaryText('{"format":')).toThrow('The summary file is not valid JSON.');
    try {
      parseSummaryText('{"format":"other","secret":"Jane Roe"}');
    } catch (e) {
      expect(String(e)).not.toContain('Jane');
    }
  });
});
