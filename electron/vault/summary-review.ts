// The review rules main enforces when a summary is read and signed: the verifier's report is always
// recomputed from the note and the stored version (never taken from the renderer), and a version is
// signed only when complete, checked by the clinician, with every open flag acknowledged.
import type { FlagAcknowledgement, SummarySignature, SummaryVersion } from '../../shared/contract/vault';
import type { StructuredSummary, VerificationReport } from '../../shared/summary-format';
import { AppFailure } from '../base/app-failure';
import { summaryFromPlainText } from '../verifier/plain-text-summary';
import { verifySummary } from '../verifier/verify-summary';
import type { StoredVersion } from './notes';

/** What the clinician sends with a signature. */
export interface SignReview {
  readonly checked: boolean;
  readonly acknowledgements: readonly FlagAcknowledgement[];
}

/** The version as statements: its structured summary, or its plain text read as statements without evidence. */
export function statementsOf(version: Pick<StoredVersion, 'structured' | 'text' | 'style'>): StructuredSummary {
  return version.structured ?? summaryFromPlainText(version.text, version.style);
}

export function withReport(note: string, version: StoredVersion): SummaryVersion {
  return { ...version, report: verifySummary(note, statementsOf(version)) };
}

const key = (a: FlagAcknowledgement) => `${a.statement}:${a.kind}`;

/** Every open flag as (statement, kind): what the clinician must acknowledge. */
export function openFlags(report: VerificationReport): FlagAcknowledgement[] {
  const out = new Map<string, FlagAcknowledgement>();
  report.statements.forEach((st, i) => {
    for (const f of st.flags) out.set(key({ statement: i, kind: f.kind }), { statement: i, kind: f.kind });
  });
  return [...out.values()];
}

/**
 * The signature to store, or a refusal that says what is missing. Only the acknowledgements of flags
 * that are really open are kept, so the record says exactly what the clinician accepted.
 */
export function signatureFor(version: StoredVersion, report: VerificationReport, review: SignReview): SummarySignature {
  if (version.incomplete) {
    throw new AppFailure('INVALID_REQUEST', 'This summary is incomplete (it stopped before the end). Summarize again or edit it before signing.');
  }
  if (!review.checked) throw new AppFailure('INVALID_REQUEST', 'Confirm that you checked this summary against the note before signing.');
  const given = new Set(review.acknowledgements.map(key));
  const open = openFlags(report);
  const missing = open.filter((f) => !given.has(key(f)));
  if (missing.length > 0) {
    throw new AppFailure(
      'INVALID_REQUEST',
      `${missing.length} ${missing.length === 1 ? 'flag is' : 'flags are'} not acknowledged. Acknowledge each flag, or edit the statement, before signing.`,
    );
  }
  return { checked: true, acknowledgements: open, counts: report.counts };
}
