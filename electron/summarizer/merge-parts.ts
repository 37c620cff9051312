// Merges the summaries of a long note's parts into one summary of the chosen style: each section's
// statements in note order (part by part), a statement repeated word for word in a later part kept
// once with the evidence of both. Quotes are not touched: a quote of a part is a quote of the note.
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, SUMMARY_LIMITS, type StructuredSummary, type SummaryStatement } from '../../shared/summary-format';

export interface MergedSummary {
  readonly summary: StructuredSummary;
  /** Statements dropped as exact repeats of an earlier one. */
  readonly duplicates: number;
  /** A section reached the format's statement limit and later statements were left out. */
  readonly overflow: boolean;
}

const key = (text: string) => text.replace(/\s+/g, ' ').trim();

export function mergePartSummaries(style: string, parts: readonly StructuredSummary[]): MergedSummary {
  const sections = new Map<string, SummaryStatement[]>();
  const seen = new Map<string, Map<string, SummaryStatement>>();
  let duplicates = 0;
  let overflow = false;
  for (const part of parts) {
    for (const section of part.sections) {
      let list = sections.get(section.title);
      let index = seen.get(section.title);
      if (!list || !index) {
        list = [];
        index = new Map();
        sections.set(section.title, list);
        seen.set(section.title, index);
      }
      for (const st of section.statements) {
        const k = key(st.text);
        const earlier = index.get(k);
        if (earlier) {
          duplicates++;
          const quotes = [...earlier.evidence, ...st.evidence.filter((q) => !earlier.evidence.includes(q))].slice(0, SUMMARY_LIMITS.evidencePerStatement);
          const merged = { text: earlier.text, evidence: quotes };
          list[list.indexOf(earlier)] = merged;
          index.set(k, merged);
          continue;
        }
        if (list.length >= SUMMARY_LIMITS.statementsPerSection) {
          overflow = true;
          continue;
        }
        const copy = { text: st.text, evidence: [...st.evidence] };
        list.push(copy);
        index.set(k, copy);
      }
    }
  }
  const summary: StructuredSummary = {
    format: SUMMARY_FORMAT,
    version: SUMMARY_FORMAT_VERSION,
    style,
    sections: [...sections].map(([title, statements]) => ({ title, statements })),
  };
  return { summary, duplicates, overflow };
}
