import { useEffect, useState } from 'react';
import type { ModelCandidate, ModelStatus } from '../../../shared/contract/model';
import { call } from '../api';
import { ModelFactsCard } from '../components/ModelFactsCard';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatBytes, formatPercent } from '../logic/format';

interface Props {
  readonly model: ModelStatus | null;
  readonly onStatus: (s: ModelStatus) => void;
}

/** Choose and load a local GGUF model. Main decides who may do this and audits it. */
export function ModelScreen({ model, onStatus }: Props) {
  const [candidates, setCandidates] = useState<readonly ModelCandidate[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [loadingPath, setLoadingPath] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void call('listModels', {}).then((r) => {
      if (!live) return;
      if (r.ok) setCandidates(r.value);
      else setListError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  const load = async (path: string): Promise<void> => {
    setLoadingPath(path);
    setError(null);
    const r = await call('loadModel', { path });
    setLoadingPath(null);
    if (r.ok) onStatus(r.value);
    else setError(r.error.message);
  };

  const chooseFile = async (): Promise<void> => {
    setError(null);
    const r = await call('pickModelFile', {});
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    if (r.value !== null) await load(r.value);
  };

  const busy = loadingPath !== null || model?.state === 'loading';
  const currentFile = model?.state === 'ready' ? model.model?.fileName : undefined;

  return (
    <section className="page" aria-labelledby="model-title" data-testid="model-screen">
      <h1 id="model-title">Model</h1>
      <div className="grid-2">
        <section className="card" aria-labelledby="model-current">
          <h2 id="model-current">Current model</h2>
          {model ? <ModelFactsCard status={model} /> : <p className="muted">Reading model status…</p>}
          {model?.state === 'loading' && (
            <p className="muted" role="status">
              Loading… {formatPercent(model.loadProgress)}
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="model-choose">
          <h2 id="model-choose">Choose a model</h2>
          <p className="muted">Models are GGUF files stored on this computer. Loading one is recorded in the audit log.</p>
          <ErrorMessage message={listError} testId="models-list-error" />
          {candidates && candidates.length === 0 && <p className="muted">No models were found in the models folder.</p>}
          {candidates && candidates.length > 0 && (
            <ul className="plain-list" data-testid="models-list" aria-label="Available models">
              {candidates.map((c) => (
                <li key={c.path} className="list-row" data-testid="model-candidate" data-file={c.fileName}>
                  <span className="list-main">
                    <span className="strong">{c.fileName}</span>
                    <span className="muted small-text">{formatBytes(c.sizeBytes)}</span>
                  </span>
                  {currentFile === c.fileName ? (
                    <span className="badge">Loaded</span>
                  ) : (
                    <button
                      type="button"
                      className="small"
                      onClick={() => void load(c.path)}
                      disabled={busy}
                      aria-label={`Load ${c.fileName}`}
                      data-testid="model-load-button"
                    >
                      {loadingPath === c.path ? 'Loading…' : 'Load'}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <ErrorMessage message={error} testId="model-error" />
          <div className="actions">
            <button type="button" onClick={() => void chooseFile()} disabled={busy} data-testid="model-choose-file">
              Choose file…
            </button>
          </div>
        </section>
      </div>
    </section>
  );
}
