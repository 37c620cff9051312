// The measured reading level of a summary whose template targets one (patient-friendly): the grade
// and whether it meets the target, so the clinician sees it before handing the text to a patient.
import { useMemo } from 'react';
import type { StructuredSummary } from '../../../shared/summary-format';
import { summaryReadingLevel } from '../../../shared/summary-reading-level';

export function ReadingLevelBadge({ summary }: { readonly summary: StructuredSummary }) {
  const level = useMemo(() => summaryReadingLevel(summary), [summary]);
  if (!level) return null;
  const grade = level.grade.toFixed(1);
  return (
    <span
      className={`badge ${level.meetsTarget ? 'badge-ok' : 'badge-warn'}`}
      title={`Flesch-Kincaid grade of the statements (${level.words} words, ${level.sentences} sentences); the template aims at grade ${level.target} or below.`}
      data-testid="reading-level"
      data-grade={grade}
      data-target={level.target}
      data-meets={level.meetsTarget ? 'true' : 'false'}
    >
      Reading level: grade {grade} ({level.meetsTarget ? 'meets' : 'above'} the target of {level.target} or below)
    </span>
  );
}
