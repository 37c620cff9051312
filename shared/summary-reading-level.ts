// The reading level of a summary whose template sets one (the patient-friendly explanation): measured
// on the statements as the reader sees them, against the template's target grade. Pure, so main, the
// renderer and the CLI measure the same way.
import { readingLevel, type ReadingLevel } from './reading-level';
import type { StructuredSummary } from './summary-format';
import { templateById } from './summary-templates';

export interface SummaryReadingLevel extends ReadingLevel {
  /** The template's target US school grade (at most). */
  readonly target: number;
  readonly meetsTarget: boolean;
}

/** The statements as prose: each one a sentence, so a statement without a full stop is not run into the next. */
export function summaryProse(summary: StructuredSummary): string {
  return summary.sections
    .flatMap((s) => s.statements.map((st) => st.text.trim()))
    .filter((t) => t !== '')
    .map((t) => (/[.!?]["')\]]?$/.test(t) ? t : `${t}.`))
    .join(' ');
}

/** Null when the summary's template has no reading-level target (or the style is unknown). */
export function summaryReadingLevel(summary: StructuredSummary): SummaryReadingLevel | null {
  const target = templateById(summary.style)?.readingLevel;
  if (target === undefined) return null;
  const level = readingLevel(summaryProse(summary));
  return { ...level, target, meetsTarget: level.grade <= target };
}
