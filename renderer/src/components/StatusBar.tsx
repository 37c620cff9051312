import type { ModelStatus } from '../../../shared/contract/model';
import type { SessionInfo } from '../../../shared/contract/vault';
import { capitalize, formatInt, formatPercent } from '../logic/format';

interface Props {
  readonly model: ModelStatus | null;
  readonly user: NonNullable<SessionInfo['user']>;
  readonly locking: boolean;
  readonly onLock: () => void;
  readonly onSignOut: () => void;
}

function ModelSummary({ model }: { readonly model: ModelStatus | null }) {
  if (!model) return <span className="muted">Model status…</span>;
  switch (model.state) {
    case 'none':
      return <span>No model loaded</span>;
    case 'error':
      return <span className="status-error">Model could not be loaded</span>;
    case 'restarting':
      return <span>Model process restarting…</span>;
    case 'loading': {
      const pct = formatPercent(model.loadProgress);
      const value = model.loadProgress === null ? undefined : model.loadProgress <= 1 ? model.loadProgress * 100 : model.loadProgress;
      return (
        <span className="status-loading">
          Loading {model.model?.fileName ?? 'model'}… {pct}
          <progress className="load-progress" max={100} value={value} aria-label="Model load progress" data-testid="status-progress" />
        </span>
      );
    }
    case 'ready': {
      const gpu = model.gpu;
      const backend = gpu ? gpu.backend : 'cpu';
      const device = gpu && gpu.deviceNames.length > 0 ? ` (${gpu.deviceNames.join(', ')})` : '';
      return (
        <span className="status-facts">
          <span className="status-file" title={model.model?.fileName ?? ''}>
            {model.model?.fileName ?? 'Model'}
          </span>
          <span>
            {backend.toUpperCase()}
            {device}
          </span>
          {model.threads !== null && <span>{model.threads} threads</span>}
          {model.contextSize !== null && <span>{formatInt(model.contextSize)} ctx</span>}
        </span>
      );
    }
  }
}

export function StatusBar({ model, user, locking, onLock, onSignOut }: Props) {
  return (
    <footer className="statusbar" data-testid="status-bar" aria-label="Status">
      <div className="status-model" data-testid="status-model" data-state={model?.state ?? 'unknown'} data-file={model?.model?.fileName ?? ''} role="status">
        <ModelSummary model={model} />
      </div>
      <div className="status-user">
        <span data-testid="status-user">
          {user.name} · {capitalize(user.role)}
        </span>
        <button type="button" className="small" onClick={onSignOut} data-testid="signout-button">
          Sign out
        </button>
        <button type="button" className="small primary" onClick={onLock} disabled={locking} data-testid="lock-button">
          Lock
        </button>
      </div>
    </footer>
  );
}
