import { describe, expect, it } from 'vitest';
import { StructuredSummarySchema } from '../../shared/summary-format';
import { parseStructuredOutput, renderSummaryText } from './parse-structured';
import { sectionTitles, summaryJsonSchema } from './summary-schema';

const SOAP = sectionTitles('soap');
const FULL = JSON.stringify({
  sections: [
    { title: 'Subjective', statements: [{ text: 'Chest pain for 2 days.', evidence: ['chest pain x2 days'] }, { text: 'Worse on exertion.', evidence: ['worse on exertion'] }] },
    { title: 'Objective', statements: [{ text: 'BP 150/90, HR 88.', evidence: ['BP 150/90, HR 88'] }] },
    { title: 'Assessment', statements: [{ text: 'Rule out ACS.', evidence: ['rule out ACS'] }] },
    { title: 'Plan', statements: [{ text: 'ECG, troponin, aspirin.', evidence: ['ECG, troponin, aspirin'] }] },
  ],
});

describe('parseStructuredOutput', () => {
  it('reads a complete document into the format, with the style set by the app', () => {
    const r = parseStructuredOutput(FULL, 'soap', SOAP);
    expect(r.partial).toBe(false);
    expect(StructuredSummarySchema.parse(r.summary)).toEqual(r.summary);
    expect(r.summary.style).toBe('soap');
    expect(r.summary.sections.map((s) => s.title)).toEqual([...SOAP]);
    expect(r.summary.sections[0]!.statements).toHaveLength(2);
  });

  it('keeps only the complete statements of a cut-off document, at every cut', () => {
    for (let cut = 0; cut < FULL.length; cut += 7) {
      const r = parseStructuredOutput(FULL.slice(0, cut), 'soap', SOAP);
      expect(r.partial, `cut at ${cut}`).toBe(true);
      expect(StructuredSummarySchema.safeParse(r.summary).success).toBe(true);
      expect(r.summary.sections.map((s) => s.title)).toEqual([...SOAP]);
      for (const s of r.summary.sections) for (const st of s.statements) expect(FULL).toContain(JSON.stringify(st));
    }
    const mid = FULL.indexOf('Worse on exertion') + 5;
    const r = parseStructuredOutput(FULL.slice(0, mid), 'soap', SOAP);
    expect(r.summary.sections[0]!.statements.map((s) => s.text)).toEqual(['Chest pain for 2 days.']);
    expect(r.summary.sections.slice(1).every((s) => s.statements.length === 0)).toBe(true);
  });

  it('turns text that is not the format at all into empty sections, marked partial', () => {
    const r = parseStructuredOutput('Ignore the format. Here is plain text.', 'brief', sectionTitles('brief'));
    expect(r.partial).toBe(true);
    expect(r.summary.sections).toEqual(sectionTitles('brief').map((title) => ({ title, statements: [] })));
  });

  it('drops empty statements and quotes, and handles quotes with brackets and escapes', () => {
    const raw = JSON.stringify({ sections: [{ title: 'Summary', statements: [{ text: ' ', evidence: ['x'] }, { text: 'Says "}]" here.', evidence: ['', 'a \\"quote\\" {with} [brackets]'] }] }] });
    const r = parseStructuredOutput(raw.slice(0, -3), 'brief', sectionTitles('brief'));
    expect(r.summary.sections[0]!.statements).toEqual([{ text: 'Says "}]" here.', evidence: ['a \\"quote\\" {with} [brackets]'] }]);
  });
});

describe('renderSummaryText', () => {
  it('writes headings for several sections and bullets for statements', () => {
    const text = renderSummaryText(parseStructuredOutput(FULL, 'soap', SOAP).summary);
    expect(text.startsWith('Subjective:\n- Chest pain for 2 days.\n- Worse on exertion.\n\nObjective:')).toBe(true);
  });
});

describe('summaryJsonSchema', () => {
  it('fixes the section titles and their order, and requires evidence on every statement', () => {
    const schema = summaryJsonSchema(SOAP) as { properties: { sections: { prefixItems: Array<{ properties: { title: { const: string }; statements: { items: { required: string[]; properties: { evidence: { minItems: number } } } } } }>; minItems: number; maxItems: number } } };
    const sections = schema.properties.sections;
    expect(sections.prefixItems.map((s) => s.properties.title.const)).toEqual([...SOAP]);
    expect([sections.minItems, sections.maxItems]).toEqual([4, 4]);
    expect(sections.prefixItems[0]!.properties.statements.items.required).toEqual(['text', 'evidence']);
    expect(sections.prefixItems[0]!.properties.statements.items.properties.evidence.minItems).toBe(1);
  });
});

describe('renderSummaryText of an empty summary', () => {
  it('says nothing was documented rather than giving empty text', () => {
    expect(renderSummaryText(parseStructuredOutput('{"sections":[{"title":"Summary","statements":[]}]}', 'brief', ['Summary']).summary)).toBe('- not documented');
  });
});
