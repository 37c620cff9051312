// The JSON schema the model writes a structured summary under. node-llama-cpp turns it into a grammar
// that constrains sampling, so the output parses whatever the note says: sections come in the
// template's order with its fixed titles, and every statement carries verbatim evidence quotes.
// The model writes only the sections; format, version and style are added by the app, so no note
// can change them.
import type { SummaryStyle } from '../../shared/contract/model';
import { SUMMARY_TEMPLATES } from '../../shared/summary-templates';

/** A style's section titles, in order: its template's. */
export function sectionTitles(style: SummaryStyle): readonly string[] {
  return SUMMARY_TEMPLATES[style].sections.map((s) => s.title);
}

/** Bounds that keep a grammar-constrained generation short enough to finish. */
export const SCHEMA_LIMITS = {
  statementsPerSection: 8,
  statementChars: 300,
  quotesPerStatement: 3,
  quoteChars: 200,
} as const;

export function summaryJsonSchema(sectionTitles: readonly string[]): Readonly<Record<string, unknown>> {
  const statement = {
    type: 'object',
    properties: {
      text: { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.statementChars },
      evidence: {
        type: 'array',
        items: { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.quoteChars },
        minItems: 1,
        maxItems: SCHEMA_LIMITS.quotesPerStatement,
      },
    },
    required: ['text', 'evidence'],
    additionalProperties: false,
  };
  const sections = sectionTitles.map((title) => ({
    type: 'object',
    properties: {
      title: { const: title },
      statements: { type: 'array', items: statement, minItems: 0, maxItems: SCHEMA_LIMITS.statementsPerSection },
    },
    required: ['title', 'statements'],
    additionalProperties: false,
  }));
  return {
    type: 'object',
    properties: {
      sections: { type: 'array', prefixItems: sections, minItems: sections.length, maxItems: sections.length },
    },
    required: ['sections'],
    additionalProperties: false,
  };
}
