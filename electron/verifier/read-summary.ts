// Reads a summary document as files and other tools carry it: a lockscribe-summary v1 JSON document,
// or plain text (read as statements without evidence). Errors never quote the document.
import { StructuredSummarySchema, type StructuredSummary } from '../../shared/summary-format';
import { AppFailure } from '../base/app-failure';
import { summaryFromPlainText } from './plain-text-summary';

/** Reads a summary document: JSON in the format, or plain text. Errors never quote the file. */
export function parseSummaryText(text: string): StructuredSummary {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new AppFailure('INVALID_REQUEST', 'The summary file is empty.');
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return summaryFromPlainText(trimmed, 'plain');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    throw new AppFailure('INVALID_REQUEST', 'The summary file is not valid JSON.');
  }
  const parsed = StructuredSummarySchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.map(String).join('.') || 'the document';
    throw new AppFailure('INVALID_REQUEST', `The summary file is not a lockscribe-summary v1 document (problem at ${where.replace(/[^\w.]/g, '?').slice(0, 80)}).`);
  }
  return parsed.data;
}

