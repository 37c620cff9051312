import type { TokenCount } from '../../../shared/contract/model';
import { meterView } from '../logic/tokenMeter';

interface Props {
  readonly count: TokenCount | null;
  readonly error: string | null;
  readonly counting: boolean;
  readonly id: string;
  /** The note itself cannot be processed (too large, binary): shown as an alert. */
  readonly problem?: string | null;
}

/** "1,234 / 3,500 tokens · fits" with a bar; a note too long is summarized in parts, and the meter says about how many. */
export function TokenMeter({ count, error, counting, id, problem = null }: Props) {
  if (problem) {
    return (
      <div className="token-meter" id={id} data-testid="token-meter" data-level="refused">
        <span className="error-text" role="alert" data-testid="note-problem">
          {problem}
        </span>
      </div>
    );
  }
  if (error) {
    return (
      <div className="token-meter" id={id} data-testid="token-meter" data-level="unknown">
        <span className="muted">{error}</span>
      </div>
    );
  }
  if (!count) {
    return (
      <div className="token-meter" id={id} data-testid="token-meter" data-level="empty">
        <span className="muted">{counting ? 'Counting tokens…' : 'Token count appears when you paste a note.'}</span>
      </div>
    );
  }
  const view = meterView(count);
  return (
    <div className={`token-meter level-${view.level}`} id={id} data-testid="token-meter" data-level={view.level} aria-live="polite">
      <div className="meter-bar" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${Math.round(view.fraction * 100)}%` }} />
      </div>
      <span className="meter-label" data-testid="token-meter-label">
        {view.label}
        {' · '}
        <span data-testid="token-meter-phrase">{view.phrase}</span>
        {counting && <span className="muted"> (updating)</span>}
      </span>
      {view.hint && (
        <span className="meter-hint" data-testid="token-meter-hint" data-parts={view.parts ?? undefined}>
          {view.hint}
        </span>
      )}
    </div>
  );
}
