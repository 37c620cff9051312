import { useMemo } from 'react';
import { liveSummary, progressText, statusText, type SummaryState } from '../logic/summaryState';
import { countsLine } from '../logic/review';
import { StatementList } from './review/StatementList';
import { ProvenanceLine } from './review/ProvenanceLine';
import { CoverageView } from './CoverageView';
import { ReadingLevelBadge } from './ReadingLevelBadge';

interface Props {
  readonly state: SummaryState;
  readonly stale: boolean;
  readonly headingId: string;
  readonly onOpenModels: () => void;
  readonly selected: number | null;
  readonly onSelect: (statement: number) => void;
}

export function SummaryPanel({ state, stale, headingId, onOpenModels, selected, onSelect }: Props) {
  const showModelLink = state.error?.code === 'NO_MODEL' || state.error?.code === 'NOTE_TOO_LONG_FOR_MODEL';
  const running = state.status === 'running';
  // While it streams, the statements completed so far (the JSON is never shown as such).
  const partial = useMemo(() => (running ? liveSummary(state.earlierParts, state.text) : null), [running, state.earlierParts, state.text]);
  const progress = progressText(state);
  const doc = running ? partial : state.structured;
  const statements = doc?.sections.reduce((n, s) => n + s.statements.length, 0) ?? 0;
  return (
    <>
      <p className="summary-status" role="status" data-testid="summary-status" data-status={state.status} data-incomplete={state.incomplete ? 'true' : 'false'}>
        {statusText(state, stale)}
      </p>
      {progress && (
        <p className="summary-progress small-text" data-testid="summary-progress" data-part={state.progress?.part} data-parts={state.progress?.parts}>
          {progress}
        </p>
      )}
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
      {!running && state.structured && (
        <div className="review-head">
          {state.report && (
            <span className="review-counts small-text" data-testid="review-counts">
              {countsLine(state.report.counts)}
            </span>
          )}
          <span className="badge badge-warn" data-testid="ai-draft-badge">
            AI draft, not reviewed
          </span>
          {state.incomplete && (
            <span className="badge badge-warn" data-testid="incomplete-badge">
              Incomplete
            </span>
          )}
          <ReadingLevelBadge summary={state.structured} />
          {state.provenance && <ProvenanceLine provenance={state.provenance} />}
        </div>
      )}
      <div
        className={`summary-output${running ? ' streaming' : ''}`}
        aria-labelledby={headingId}
        aria-busy={running}
        tabIndex={0}
        data-testid="summary-output"
      >
        {doc && (statements > 0 || !running) ? (
          <StatementList summary={doc} report={running ? null : state.report} selected={selected} onSelect={onSelect} writing={running} />
        ) : running && (state.text !== '' || state.earlierParts.length > 0) ? (
          <p className="muted">writing…</p>
        ) : state.status === 'done' && !state.structured && state.text ? (
          state.text
        ) : (
          !running && <span className="placeholder">The summary will appear here.</span>
        )}
      </div>
      {!running && state.coverage && <CoverageView coverage={state.coverage} />}
    </>
  );
}
