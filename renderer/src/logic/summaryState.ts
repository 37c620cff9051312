// The workspace's summary state. Chunks and results are matched to the current requestId, so a late
// chunk from a stopped or superseded request can never leak into the shown summary.
import type { AppError } from '../../../shared/errors';

export type SummaryStatus = 'idle' | 'running' | 'done' | 'stopped' | 'error';

export interface SummaryState {
  readonly requestId: string | null;
  readonly status: SummaryStatus;
  readonly text: string;
  readonly error: AppError | null;
  /** Set once the summary is in the vault. */
  readonly saved: { readonly noteId: string; readonly versionId: string } | null;
}

export type SummaryAction =
  | { readonly type: 'start'; readonly requestId: string }
  | { readonly type: 'chunk'; readonly requestId: string; readonly text: string }
  | { readonly type: 'finish'; readonly requestId: string; readonly text: string }
  | { readonly type: 'fail'; readonly requestId: string; readonly error: AppError }
  | { readonly type: 'saved'; readonly requestId: string; readonly noteId: string; readonly versionId: string }
  | { readonly type: 'reset' };

export const initialSummaryState: SummaryState = { requestId: null, status: 'idle', text: '', error: null, saved: null };

export function summaryReducer(state: SummaryState, action: SummaryAction): SummaryState {
  if (action.type === 'reset') return initialSummaryState;
  if (action.type === 'start') return { requestId: action.requestId, status: 'running', text: '', error: null, saved: null };
  if (action.requestId !== state.requestId) return state;
  switch (action.type) {
    case 'chunk':
      return state.status === 'running' ? { ...state, text: state.text + action.text } : state;
    case 'finish':
      return state.status === 'running' ? { ...state, status: 'done', text: action.text } : state;
    case 'fail':
      if (state.status !== 'running') return state;
      if (action.error.code === 'CANCELLED') return { ...state, status: 'stopped', error: action.error };
      // A failed generation's partial text is not a summary: drop it.
      return { ...state, status: 'error', text: '', error: action.error };
    case 'saved':
      return state.status === 'done' ? { ...state, saved: { noteId: action.noteId, versionId: action.versionId } } : state;
  }
}

export function canSave(state: SummaryState): boolean {
  return state.status === 'done' && state.text.trim().length > 0 && state.saved === null;
}

export function canCopy(state: SummaryState): boolean {
  return state.status === 'done' && state.text.trim().length > 0;
}
