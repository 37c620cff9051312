// The workspace's summary state. Chunks and results are matched to the current requestId, so a late
// chunk from a stopped or superseded request can never leak into the shown summary.
import type { AppError } from '../../../shared/errors';
import type { SummaryProvenance } from '../../../shared/contract/model';
import type { StructuredSummary, VerificationReport } from '../../../shared/summary-format';
import type { SummaryCoverage } from '../../../shared/coverage';
import { parseStructuredOutput } from '../../../shared/parse-structured';

export type SummaryStatus = 'idle' | 'running' | 'done' | 'stopped' | 'error';

export interface SummaryState {
  readonly requestId: string | null;
  readonly status: SummaryStatus;
  /** While running, what streamed so far (JSON for a structured summary); then the summary as text. */
  readonly text: string;
  /** Whether any text arrived before the summary ended. */
  readonly streamed: boolean;
  readonly structured: StructuredSummary | null;
  readonly report: VerificationReport | null;
  readonly provenance: SummaryProvenance | null;
  /** Stopped at the length limit or by the user: can be saved, not signed. */
  readonly incomplete: boolean;
  readonly error: AppError | null;
  /** Set once the summary is in the vault. */
  readonly saved: { readonly noteId: string; readonly versionId: string } | null;
  /** A long note summarized in parts: the part being written (1-based) and how many. */
  readonly progress: { readonly part: number; readonly parts: number } | null;
  /** While running, what streamed for each earlier part (the current part's is in text). */
  readonly earlierParts: readonly string[];
  /** Which parts of the note each section drew on. */
  readonly coverage: SummaryCoverage | null;
}

export type SummaryAction =
  | { readonly type: 'start'; readonly requestId: string }
  | { readonly type: 'chunk'; readonly requestId: string; readonly text: string }
  | { readonly type: 'progress'; readonly requestId: string; readonly part: number; readonly parts: number }
  | {
      readonly type: 'finish';
      readonly requestId: string;
      readonly text: string;
      readonly structured?: { readonly summary: StructuredSummary; readonly incomplete: boolean };
      readonly report?: VerificationReport;
      readonly provenance?: SummaryProvenance;
      readonly coverage?: SummaryCoverage;
    }
  | { readonly type: 'fail'; readonly requestId: string; readonly error: AppError }
  | { readonly type: 'saved'; readonly requestId: string; readonly noteId: string; readonly versionId: string }
  | { readonly type: 'reset' };

export const initialSummaryState: SummaryState = {
  requestId: null,
  status: 'idle',
  text: '',
  streamed: false,
  structured: null,
  report: null,
  provenance: null,
  incomplete: false,
  error: null,
  saved: null,
  progress: null,
  earlierParts: [],
  coverage: null,
};

export function summaryReducer(state: SummaryState, action: SummaryAction): SummaryState {
  if (action.type === 'reset') return initialSummaryState;
  if (action.type === 'start') return { ...initialSummaryState, requestId: action.requestId, status: 'running' };
  if (action.requestId !== state.requestId) return state;
  switch (action.type) {
    case 'chunk':
      return state.status === 'running' ? { ...state, text: state.text + action.text, streamed: state.streamed || action.text !== '' } : state;
    case 'progress':
      if (state.status !== 'running') return state;
      // Each part streams its own JSON document: the one before is set aside whole.
      return {
        ...state,
        progress: { part: action.part, parts: action.parts },
        earlierParts: state.text === '' ? state.earlierParts : [...state.earlierParts, state.text],
        text: '',
      };
    case 'finish': {
      if (state.status !== 'running') return state;
      const stopped = action.provenance?.stopReason === 'cancelled';
      return {
        ...state,
        status: stopped ? 'stopped' : 'done',
        text: action.text,
        structured: action.structured?.summary ?? null,
        report: action.report ?? null,
        provenance: action.provenance ?? null,
        coverage: action.coverage ?? null,
        earlierParts: [],
        incomplete: stopped || (action.structured?.incomplete ?? false) || action.provenance?.stopReason === 'maxTokens',
      };
    }
    case 'fail':
      if (state.status !== 'running') return state;
      // Stopped before the generation began: nothing to keep as a summary.
      if (action.error.code === 'CANCELLED') return { ...state, status: 'stopped', incomplete: true, error: action.error };
      // A failed generation's partial text is not a summary: drop it.
      return { ...state, status: 'error', text: '', error: action.error };
    case 'saved':
      return state.status === 'done' || state.status === 'stopped' ? { ...state, saved: { noteId: action.noteId, versionId: action.versionId } } : state;
  }
}

/** "Part 2 of 5" while a long note is summarized in parts; null otherwise. */
export function progressText(state: SummaryState): string | null {
  return state.status === 'running' && state.progress !== null && state.progress.parts > 1 ? `Part ${state.progress.part} of ${state.progress.parts}` : null;
}

/**
 * While it streams, the statements completed so far, every part's in note order under one heading per
 * section (the JSON is never shown as such); null before anything arrived.
 */
export function liveSummary(earlierParts: readonly string[], current: string): StructuredSummary | null {
  const texts = [...earlierParts, current].filter((t) => t !== '');
  if (texts.length === 0) return null;
  const docs = texts.map((t) => parseStructuredOutput(t, 'brief', []).summary);
  if (docs.length === 1) return docs[0]!;
  const sections = new Map<string, StructuredSummary['sections'][number]['statements'][number][]>();
  for (const d of docs) for (const sec of d.sections) sections.set(sec.title, [...(sections.get(sec.title) ?? []), ...sec.statements]);
  return { ...docs[0]!, sections: [...sections].map(([title, statements]) => ({ title, statements })) };
}

/** Statements in the summary (0 for a plain-text one). */
export function statementCount(state: SummaryState): number {
  return state.structured?.sections.reduce((n, s) => n + s.statements.length, 0) ?? 0;
}

/** Something to keep: a finished summary with text, or a stopped one with at least one complete statement. */
function hasContent(state: SummaryState): boolean {
  if (state.text.trim().length === 0) return false;
  if (state.status === 'done') return true;
  return state.status === 'stopped' && state.structured !== null && statementCount(state) > 0;
}

export function canSave(state: SummaryState): boolean {
  return hasContent(state) && state.saved === null;
}

export function canCopy(state: SummaryState): boolean {
  return hasContent(state);
}

/** The status line under the summary heading. */
export function statusText(state: SummaryState, stale: boolean): string {
  if (state.saved) return stale ? 'Note changed since saved: this summary is of the saved note.' : 'Saved to the vault.';
  const staleTail = stale && (state.status === 'done' || state.status === 'stopped') ? ' The note has changed since; summarize again before saving.' : '';
  switch (state.status) {
    case 'idle':
      return 'No summary yet.';
    case 'running':
      return state.structured === null && state.text !== '' ? 'Summarizing… writing.' : 'Summarizing…';
    case 'error':
      return 'The summary could not be made.';
    case 'done':
      return (state.incomplete ? 'Incomplete: the summary reached the length limit. It can be saved, but not signed until it is summarized again or edited.' : 'Summary ready.') + staleTail;
    case 'stopped':
      if (!state.streamed) return 'Stopped before any text arrived. There is nothing to save.';
      if (!canCopy(state)) return 'Stopped before the first statement was complete. There is nothing to save.';
      return `Stopped: the summary is incomplete. It can be saved, but not signed until it is summarized again or edited.${staleTail}`;
  }
}
