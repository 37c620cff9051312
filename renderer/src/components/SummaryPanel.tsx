import type { SummaryState } from '../logic/summaryState';

interface Props {
  readonly state: SummaryState;
  readonly stale: boolean;
  readonly headingId: string;
  readonly onOpenModels: () => void;
}

const STATUS_TEXT: Record<SummaryState['status'], string> = {
  idle: 'No summary yet.',
  running: 'Summarizing…',
  done: 'Summary ready.',
  stopped: 'Stopped. The partial summary is shown and cannot be saved.',
  error: 'The summary could not be made.',
};

export function SummaryPanel({ state, stale, headingId, onOpenModels }: Props) {
  const showModelLink = state.error?.code === 'NO_MODEL' || state.error?.code === 'NOTE_TOO_LONG_FOR_MODEL';
  return (
    <>
      <p className="summary-status" role="status" data-testid="summary-status" data-status={state.status}>
        {state.saved ? 'Saved to the vault.' : STATUS_TEXT[state.status]}
        {stale && state.status === 'done' && !state.saved && ' The note has changed since; summarize again before saving.'}
      </p>
      {state.status === 'error' && state.error && (
        <div className="error-box" role="alert" data-testid="summary-error" data-code={state.error.code}>
          <p>{state.error.message}</p>
          {showModelLink && (
            <button type="button" className="small" onClick={onOpenModels}>
              Choose a model
            </button>
          )}
        </div>
      )}
      <div
        className={`summary-output${state.status === 'running' ? ' streaming' : ''}`}
        aria-labelledby={headingId}
        aria-busy={state.status === 'running'}
        tabIndex={0}
        data-testid="summary-output"
      >
        {state.text || <span className="placeholder">The summary will appear here.</span>}
      </div>
    </>
  );
}
