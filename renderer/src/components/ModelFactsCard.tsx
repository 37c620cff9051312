import type { ModelStatus } from '../../../shared/contract/model';
import { formatBytes, formatInt, formatParams, shortHash } from '../logic/format';

interface Props {
  readonly status: ModelStatus;
}

export function ModelFactsCard({ status }: Props) {
  const m = status.model;
  if (!m) {
    return (
      <p className="muted" data-testid="model-facts" data-state={status.state}>
        {status.state === 'loading' ? 'Loading a model…' : 'No model is loaded. Choose one below.'}
      </p>
    );
  }
  const gpu = status.gpu;
  const rows: readonly [string, string][] = [
    ['File', m.fileName],
    ['Size', formatBytes(m.sizeBytes)],
    ['Architecture', m.architecture || 'unknown'],
    ['Parameters', formatParams(m.parameterCount)],
    ['Quantization', m.quantization || 'unknown'],
    ['Trained context', `${formatInt(m.trainedContext)} tokens`],
    ['Context in use', status.contextSize === null ? '—' : `${formatInt(status.contextSize)} tokens`],
    ['Chat template', m.chatTemplate ? `Yes (${m.chatWrapper})` : `No (using ${m.chatWrapper})`],
    ['Backend', gpu ? `${gpu.backend}${gpu.deviceNames.length ? ` — ${gpu.deviceNames.join(', ')}` : ''}` : 'cpu'],
    ['Threads', status.threads === null ? '—' : String(status.threads)],
    ['SHA-256', shortHash(m.sha256)],
  ];
  return (
    <dl className="facts" data-testid="model-facts" data-state={status.state}>
      {rows.map(([k, v]) => (
        <div className="fact" key={k}>
          <dt>{k}</dt>
          <dd title={k === 'SHA-256' ? m.sha256 : undefined} className={k === 'SHA-256' ? 'mono' : undefined}>
            {v}
          </dd>
        </div>
      ))}
    </dl>
  );
}
