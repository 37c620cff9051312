// Plain-text summaries (those saved before the structured format, or written by hand) read as the
// structured format: each bullet, line or sentence is a statement with no evidence, and heading lines
// ("Subjective:", "## Plan") start sections. The verifier then flags their specific claims as
// unsupported and their drug names when the note lacks them.
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, SUMMARY_LIMITS, type StructuredSummary, type SummarySection } from '../../shared/summary-format';

const HEADING = /^\s*(?:#{1,6}\s*)?([A-Za-z][A-Za-z /&-]{0,60}?)\s*:?\s*$/;
const BULLET = /^\s*(?:[-*\u2022\u2023\u25E6]|\d{1,2}[.)])\s+/;

function splitSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function summaryFromPlainText(text: string, style: string): StructuredSummary {
  const sections: { title: string; statements: { text: string; evidence: string[] }[] }[] = [];
  let current: (typeof sections)[number] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const heading = HEADING.exec(line);
    // A short line ending in ":" (or a markdown heading) is a section title.
    if (heading && (line.endsWith(':') || line.startsWith('#'))) {
      current = { title: heading[1]!.trim().slice(0, SUMMARY_LIMITS.titleChars), statements: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { title: 'Summary', statements: [] };
      sections.push(current);
    }
    for (const sentence of splitSentences(line.replace(BULLET, ''))) {
      if (current.statements.length < SUMMARY_LIMITS.statementsPerSection) {
        current.statements.push({ text: sentence.slice(0, SUMMARY_LIMITS.statementChars), evidence: [] });
      }
    }
  }
  const kept: SummarySection[] = sections.filter((s) => s.statements.length > 0).slice(0, SUMMARY_LIMITS.sections);
  return { format: SUMMARY_FORMAT, version: SUMMARY_FORMAT_VERSION, style, sections: kept };
}
