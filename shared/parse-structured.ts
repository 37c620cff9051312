// Reads what the model wrote under the summary grammar into the structured format. A generation cut
// off at the token limit or stopped by the user is read best-effort: every statement that was
// completed is kept, the one being written is dropped, and the result is marked incomplete.
import {
  SUMMARY_FORMAT,
  SUMMARY_FORMAT_VERSION,
  SUMMARY_LIMITS,
  type StructuredSummary,
  type SummarySection,
} from './summary-format';

export interface ParsedSummary {
  readonly summary: StructuredSummary;
  /** True when the JSON was cut short and only its complete statements were kept. */
  readonly partial: boolean;
}

interface Cut {
  readonly at: number;
  readonly closers: string;
}

/**
 * Positions just after each completed statement (an object at depth 5: root, sections, section,
 * statements, statement), with the brackets that close the document from there.
 */
function statementEnds(raw: string): Cut[] {
  const stack: string[] = [];
  const cuts: Cut[] = [];
  let inString = false;
  let escaped = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') {
      stack.pop();
      if (c === '}' && stack.length === 4) {
        const closers = [...stack]
          .reverse()
          .map((b) => (b === '{' ? '}' : ']'))
          .join('');
        cuts.push({ at: i + 1, closers });
      }
    }
  }
  return cuts;
}

function asText(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** Keeps what fits the format: non-empty statements, string quotes, within the limits. */
function toSections(data: unknown, titles: readonly string[]): SummarySection[] {
  const rawSections = typeof data === 'object' && data !== null && Array.isArray((data as { sections?: unknown }).sections) ? ((data as { sections: unknown[] }).sections) : [];
  const sections: SummarySection[] = [];
  rawSections.slice(0, SUMMARY_LIMITS.sections).forEach((s, i) => {
    const obj = (typeof s === 'object' && s !== null ? s : {}) as { title?: unknown; statements?: unknown };
    const title = (asText(obj.title) ?? titles[i] ?? `Section ${i + 1}`).slice(0, SUMMARY_LIMITS.titleChars) || `Section ${i + 1}`;
    const statements = (Array.isArray(obj.statements) ? obj.statements : [])
      .map((st: unknown) => {
        const o = (typeof st === 'object' && st !== null ? st : {}) as { text?: unknown; evidence?: unknown };
        const text = (asText(o.text) ?? '').trim().slice(0, SUMMARY_LIMITS.statementChars);
        const evidence = (Array.isArray(o.evidence) ? o.evidence : [])
          .map(asText)
          .filter((q): q is string => q !== null && q.trim() !== '')
          .map((q) => q.slice(0, SUMMARY_LIMITS.quoteChars))
          .slice(0, SUMMARY_LIMITS.evidencePerStatement);
        return { text, evidence };
      })
      .filter((st) => st.text !== '')
      .slice(0, SUMMARY_LIMITS.statementsPerSection);
    sections.push({ title, statements });
  });
  // Sections the model never reached still appear, empty, so the style's shape is always whole.
  for (let i = sections.length; i < titles.length; i++) sections.push({ title: titles[i]!, statements: [] });
  return sections;
}

/** Parses the model's output (complete, or cut short) into the structured format for `style`. */
export function parseStructuredOutput(raw: string, style: string, titles: readonly string[]): ParsedSummary {
  const text = raw.trim();
  let data: unknown = null;
  let partial = false;
  try {
    data = JSON.parse(text);
  } catch {
    partial = true;
    const cuts = statementEnds(text);
    for (let k = cuts.length - 1; k >= 0 && data === null; k--) {
      try {
        data = JSON.parse(text.slice(0, cuts[k]!.at) + cuts[k]!.closers);
      } catch {
        // try an earlier statement
      }
    }
  }
  return { summary: { format: SUMMARY_FORMAT, version: SUMMARY_FORMAT_VERSION, style, sections: toSections(data, titles) }, partial };
}

/** The summary as readable text (for copy, search and the plain-text views). */
export function renderSummaryText(summary: StructuredSummary): string {
  const single = summary.sections.length === 1;
  return summary.sections
    .map((s) => {
      const lines = s.statements.map((st) => `- ${st.text}`);
      if (single) return lines.length > 0 ? lines.join('\n') : '- not documented';
      return [`${s.title}:`, ...(lines.length > 0 ? lines : ['- not documented'])].join('\n');
    })
    .join('\n\n')
    .trim();
}
