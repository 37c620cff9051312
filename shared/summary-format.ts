// The structured summary format (lockscribe-summary, version 1): what every engine writes (the model
// under a JSON-schema grammar, the extractive engine directly) and what the verifier, the review
// screen, the CLI and other tools read. Offsets are never taken from an engine: the app resolves
// every quote against the note itself (see electron/verifier).
import { z } from 'zod';

export const SUMMARY_FORMAT = 'lockscribe-summary' as const;
export const SUMMARY_FORMAT_VERSION = 1 as const;

/** One statement of a summary and the words of the note it rests on, copied verbatim. */
export interface SummaryStatement {
  readonly text: string;
  /** Evidence quotes copied word for word from the note; may be empty (the verifier then flags a specific claim). */
  readonly evidence: readonly string[];
}

export interface SummarySection {
  /** Fixed by the style's template (e.g. "Subjective", "Assessment"). */
  readonly title: string;
  readonly statements: readonly SummaryStatement[];
}

/** The document as engines write it and files carry it. */
export interface StructuredSummary {
  readonly format: typeof SUMMARY_FORMAT;
  readonly version: typeof SUMMARY_FORMAT_VERSION;
  /** The style (template) id, e.g. "brief", "soap". */
  readonly style: string;
  readonly sections: readonly SummarySection[];
}

/** Limits that keep a hostile or runaway document bounded. */
export const SUMMARY_LIMITS = {
  sections: 40,
  statementsPerSection: 200,
  statementChars: 4_000,
  evidencePerStatement: 12,
  quoteChars: 2_000,
  titleChars: 200,
} as const;

export const SummaryStatementSchema = z
  .object({
    text: z.string().min(1).max(SUMMARY_LIMITS.statementChars),
    evidence: z.array(z.string().max(SUMMARY_LIMITS.quoteChars)).max(SUMMARY_LIMITS.evidencePerStatement),
  })
  .strict();

export const SummarySectionSchema = z
  .object({
    title: z.string().min(1).max(SUMMARY_LIMITS.titleChars),
    statements: z.array(SummaryStatementSchema).max(SUMMARY_LIMITS.statementsPerSection),
  })
  .strict();

export const StructuredSummarySchema = z
  .object({
    format: z.literal(SUMMARY_FORMAT),
    version: z.literal(SUMMARY_FORMAT_VERSION),
    style: z.string().min(1).max(64),
    sections: z.array(SummarySectionSchema).max(SUMMARY_LIMITS.sections),
  })
  .strict();

/** Character range in the note, JavaScript string indices, end exclusive. */
export interface NoteSpan {
  readonly start: number;
  readonly end: number;
}

/** How a quote was found in the note. */
export type QuoteMatch = 'exact' | 'normalized' | 'fuzzy' | 'missing';

export interface ResolvedQuote {
  readonly quote: string;
  readonly match: QuoteMatch;
  /** Null when missing. */
  readonly span: NoteSpan | null;
  /** 1 for exact and normalized; the similarity for fuzzy; 0 for missing. */
  readonly score: number;
}

export const FLAG_KINDS = [
  'quote-not-found',
  'number-mismatch',
  'dose-mismatch',
  'unit-mismatch',
  'date-mismatch',
  'lab-mismatch',
  'medication-not-in-note',
  'laterality-mismatch',
  'negation-mismatch',
  'direction-mismatch',
  'term-mismatch',
  'unsupported-claim',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface VerifierFlag {
  readonly kind: FlagKind;
  /** Plain explanation for the clinician; may quote the summary and note (it is shown inside the app only). */
  readonly message: string;
}

export interface VerifiedStatement {
  readonly section: number;
  readonly index: number;
  readonly text: string;
  readonly quotes: readonly ResolvedQuote[];
  readonly flags: readonly VerifierFlag[];
}

export interface VerificationReport {
  readonly statements: readonly VerifiedStatement[];
  readonly counts: { readonly statements: number; readonly supported: number; readonly flagged: number };
}
