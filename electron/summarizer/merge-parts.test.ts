import { describe, expect, it } from 'vitest';
import { StructuredSummarySchema, SUMMARY_LIMITS, type StructuredSummary } from '../../shared/summary-format';
import { mergePartSummaries } from './merge-parts';

const doc = (sections: Record<string, [string, string[]][]>): StructuredSummary => ({
  format: 'lockscribe-summary',
  version: 1,
  style: 'soap',
  sections: Object.entries(sections).map(([title, st]) => ({ title, statements: st.map(([text, evidence]) => ({ text, evidence })) })),
});

describe('mergePartSummaries', () => {
  it('concatenates each section in note order and keeps the style', () => {
    const a = doc({ Subjective: [['Cough for 2 weeks.', ['cough for 2 weeks']]], Plan: [['Chest X-ray.', ['chest X-ray']]] });
    const b = doc({ Subjective: [['Fever at night.', ['fever at night']]], Plan: [['Return if worse.', ['return if worse']]] });
    const m = mergePartSummaries('soap', [a, b]);
    expect(m.summary.style).toBe('soap');
    expect(m.summary.sections.map((s) => s.title)).toEqual(['Subjective', 'Plan']);
    expect(m.summary.sections[0]!.statements.map((s) => s.text)).toEqual(['Cough for 2 weeks.', 'Fever at night.']);
    expect(m.summary.sections[1]!.statements.map((s) => s.text)).toEqual(['Chest X-ray.', 'Return if worse.']);
    expect(StructuredSummarySchema.parse(m.summary)).toEqual(m.summary);
    expect(m.duplicates).toBe(0);
  });

  it('keeps a statement repeated word for word once, with the evidence of both', () => {
    const a = doc({ Summary: [['Type 2 diabetes.', ['type 2 diabetes']]] });
    const b = doc({ Summary: [['Type  2 diabetes. ', ['T2DM on metformin']], ['Hypertension.', ['HTN']]] });
    const c = doc({ Summary: [['Type 2 diabetes.', ['type 2 diabetes']]] });
    const m = mergePartSummaries('brief', [a, b, c]);
    expect(m.duplicates).toBe(2);
    expect(m.summary.sections[0]!.statements).toEqual([
      { text: 'Type 2 diabetes.', evidence: ['type 2 diabetes', 'T2DM on metformin'] },
      { text: 'Hypertension.', evidence: ['HTN'] },
    ]);
  });

  it('keeps statements that differ in any word, and the same words under another section', () => {
    const a = doc({ Assessment: [['Pneumonia, right lower lobe.', ['RLL']]], Plan: [['Pneumonia, right lower lobe.', ['RLL']]] });
    const b = doc({ Assessment: [['Pneumonia, left lower lobe.', ['LLL']]] });
    const m = mergePartSummaries('soap', [a, b]);
    expect(m.summary.sections.find((s) => s.title === 'Assessment')!.statements).toHaveLength(2);
    expect(m.summary.sections.find((s) => s.title === 'Plan')!.statements).toHaveLength(1);
  });

  it('stops at the format limits and says so', () => {
    const many = (p: number) => doc({ Summary: Array.from({ length: 150 }, (_, i): [string, string[]] => [`Statement ${p}-${i}.`, ['q']]) });
    const m = mergePartSummaries('brief', [many(1), many(2)]);
    expect(m.overflow).toBe(true);
    expect(m.summary.sections[0]!.statements).toHaveLength(SUMMARY_LIMITS.statementsPerSection);
    expect(StructuredSummarySchema.safeParse(m.summary).success).toBe(true);
  });

  it('merges nothing into empty sections', () => {
    expect(mergePartSummaries('brief', []).summary.sections).toEqual([]);
  });
});
