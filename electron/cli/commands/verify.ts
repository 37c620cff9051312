// lockscribe verify --note NOTE.txt --summary SUMMARY.json [--json]
// Checks a structured summary (lockscribe-summary v1) against its note with the same verifier as
// the app. Exit codes: 0 nothing flagged, 3 something flagged, 1 bad input (one line on stderr,
// never note text), 2 usage. A summary file that is not JSON is read as a plain-text summary: each
// line or sentence is a statement without evidence.
import { readFile } from 'node:fs/promises';
import { decodeNoteBytes } from '../../../shared/note-input';
import type { StructuredSummary, VerificationReport } from '../../../shared/summary-format';
import { AppFailure } from '../../base/app-failure';
import { parseSummaryText } from '../../verifier/read-summary';
import { verifySummary } from '../../verifier/verify-summary';
import { UsageError, parseCliArgs } from '../cli-command';

export const usage = `usage: lockscribe verify --note NOTE.txt --summary SUMMARY.json [--json]

Checks every statement of a summary against the note: each evidence quote must be in the note, and
the statement's numbers, doses and units, dates, lab values, medication names, sides and negations
must agree with what the note says there. Exit code 0 when nothing is flagged, 3 when something is.
  --note FILE      the clinical note (UTF-8 text)
  --summary FILE   the summary: a lockscribe-summary v1 JSON document, or plain text (each line or
                   sentence is then a statement without evidence)
  --json           print the verification report as JSON`;

const OPTIONS = {
  note: { type: 'string' },
  summary: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** Summary files larger than this are refused before parsing. */
const MAX_SUMMARY_BYTES = 4 * 1024 * 1024;

async function readBytes(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    throw new AppFailure('IO_ERROR', `The ${what} file could not be read.`);
  }
}

export function formatReport(summary: StructuredSummary, report: VerificationReport): string {
  const c = report.counts;
  const lines = [`${c.statements} statements, ${c.supported} supported, ${c.flagged} flagged`];
  for (const s of report.statements) {
    const title = summary.sections[s.section]?.title ?? '';
    const found = s.quotes.filter((q) => q.span !== null).length;
    const mark = s.flags.length > 0 ? 'FLAGGED' : found > 0 ? 'ok' : 'no evidence';
    lines.push('', `[${title} ${s.index + 1}] ${mark}: ${s.text}`);
    for (const q of s.quotes) lines.push(`    quote (${q.match}${q.span ? ` at ${q.span.start}-${q.span.end}` : ''}): "${q.quote}"`);
    for (const f of s.flags) lines.push(`  ! ${f.kind}: ${f.message}`);
  }
  return lines.join('\n');
}

export async function run(argv: readonly string[], out: (text: string) => void = (t) => process.stdout.write(`${t}\n`)): Promise<number> {
  const { values } = parseCliArgs(argv, OPTIONS);
  if (values.help) {
    out(usage);
    return 0;
  }
  if (!values.note) throw new UsageError('--note is required');
  if (!values.summary) throw new UsageError('--summary is required');
  const [noteBytes, summaryBytes] = await Promise.all([readBytes(values.note, 'note'), readBytes(values.summary, 'summary')]);
  const note = decodeNoteBytes(noteBytes);
  if (!note.ok) throw new AppFailure(note.error.code, note.error.message);
  if (summaryBytes.length > MAX_SUMMARY_BYTES) throw new AppFailure('INVALID_REQUEST', 'The summary file is too large.');
  let summaryText: string;
  try {
    summaryText = new TextDecoder('utf-8', { fatal: true }).decode(summaryBytes);
  } catch {
    throw new AppFailure('INVALID_REQUEST', 'The summary file is not UTF-8 text.');
  }
  const summary = parseSummaryText(summaryText);
  const report = verifySummary(note.value, summary);
  out(values.json ? JSON.stringify(report, null, 2) : formatReport(summary, report));
  return report.counts.flagged > 0 ? 3 : 0;
}
