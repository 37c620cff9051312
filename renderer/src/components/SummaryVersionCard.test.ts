// A saved version in the note's history as React renders it (server-side, no DOM needed): a
// patient-friendly version shows the measured reading level of its own statements, an edit of it is
// measured again, and other styles show none.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { SummaryVersion } from '../../../shared/contract/vault';
import type { SummaryProvenance, SummaryStyle } from '../../../shared/contract/model';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type StructuredSummary } from '../../../shared/summary-format';
import { summaryReadingLevel } from '../../../shared/summary-reading-level';
import { SummaryVersionCard } from './SummaryVersionCard';

const PLAIN = ['You have a chest cold.', 'Take one pill of amoxicillin two times a day for a week.', 'Call us if you find it hard to breathe.'];
const DENSE = ['Echocardiographic evaluation demonstrated moderately reduced left ventricular systolic function with regional hypokinesis of the inferolateral myocardium.'];

const provenance = (style: SummaryStyle): SummaryProvenance => ({
  model: { fileName: 'none', sha256: '0'.repeat(64), quantization: 'none', architecture: 'none' },
  backend: 'none',
  threads: 1,
  promptVersion: 'none',
  chatWrapper: 'none',
  style,
  sampling: { temperature: 0, seed: 0, topK: 1, topP: 1, maxTokens: 0 },
  tokens: { prompt: 0, note: 0, generated: 0, contextSize: 0 },
  timings: { totalMs: 1, firstTokenMs: null, decodeTokensPerSecond: null },
  stopReason: 'eos',
  createdAt: '2026-12-01T10:00:00.000Z',
  engine: { id: 'extractive', version: 1, template: { id: style, version: 1 } },
});

function version(n: number, style: SummaryStyle, texts: readonly string[], opts: { structured?: boolean; generated?: boolean } = {}): SummaryVersion {
  const structured: StructuredSummary = {
    format: SUMMARY_FORMAT,
    version: SUMMARY_FORMAT_VERSION,
    style,
    sections: [{ title: 'What we found', statements: texts.map((text) => ({ text, evidence: [text] })) }],
  };
  return {
    id: `v${n}`,
    version: n,
    text: texts.join('\n'),
    style,
    authorId: 'u1',
    createdAt: '2026-12-01T10:00:00.000Z',
    signedAt: null,
    signedBy: null,
    provenance: opts.generated === false ? null : provenance(style),
    structured: opts.structured === false ? null : structured,
    generatedSha256: null,
    incomplete: false,
    signature: null,
    report: {
      statements: texts.map((text, index) => ({ section: 0, index, text, quotes: [], flags: [] })),
      counts: { statements: texts.length, supported: 0, flagged: 0 },
    },
  };
}

const render = (v: SummaryVersion, previous: SummaryVersion | null = null): string =>
  renderToStaticMarkup(
    createElement(SummaryVersionCard, {
      version: v,
      previous,
      isLatest: true,
      authorName: () => 'dr.lee',
      busy: false,
      printing: false,
      selected: null,
      onSelect: () => undefined,
      onSign: () => undefined,
      onCopy: () => undefined,
      onPrint: () => undefined,
      onSaveEdit: async () => true,
    }),
  );

const gradeOf = (texts: readonly string[]): string =>
  summaryReadingLevel({ format: SUMMARY_FORMAT, version: SUMMARY_FORMAT_VERSION, style: 'patient', sections: [{ title: 'x', statements: texts.map((text) => ({ text, evidence: [] })) }] })!.grade.toFixed(1);

describe('SummaryVersionCard reading level', () => {
  it('shows the measured grade of a saved patient-friendly version, and that it meets grade 8', () => {
    const html = render(version(1, 'patient', PLAIN));
    expect(html).toContain('data-testid="reading-level"');
    expect(html).toContain(`data-grade="${gradeOf(PLAIN)}"`);
    expect(html).toContain('data-meets="true"');
    expect(html).toContain('(meets the target of 8 or below)');
  });

  it("measures a clinician's edit on its own text, not the version it follows", () => {
    const before = version(1, 'patient', PLAIN);
    const edit = version(2, 'patient', DENSE, { generated: false });
    const html = render(edit, before);
    expect(gradeOf(DENSE)).not.toBe(gradeOf(PLAIN));
    expect(html).toContain(`data-grade="${gradeOf(DENSE)}"`);
    expect(html).toContain('data-meets="false"');
    expect(html).toContain('above the target of 8');
  });

  it('measures a plain-text patient version from its statements', () => {
    const html = render(version(1, 'patient', PLAIN, { structured: false }));
    expect(html).toContain(`data-grade="${gradeOf(PLAIN)}"`);
  });

  it('shows no reading level for styles without a target', () => {
    for (const style of ['brief', 'soap', 'referral', 'handoff'] as const) expect(render(version(1, style, PLAIN))).not.toContain('reading-level');
  });
});
