// Where a version came from: the model and its full sha256 (copyable), quantization, style and template, prompt
// version, engine and time; or, for a clinician's edit, who edited it.
import { useState } from 'react';
import { SUMMARY_STYLE_LABELS, type SummaryProvenance } from '../../../../shared/contract/model';
import { formatDateTime } from '../../logic/format';

export function ProvenanceLine({ provenance }: { readonly provenance: SummaryProvenance }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(provenance.model.sha256);
      setCopied('Copied.');
    } catch {
      setCopied('Could not copy; select the hash instead.');
    }
  };
  if (provenance.engine) {
    const e = provenance.engine;
    return (
      <p className="provenance-line small-text" data-testid="provenance-line" data-engine={e.id}>
        <span data-testid="provenance-model">Extractive engine v{e.version}</span> (no model: statements copied from the note) · template {e.template.id} v
        {e.template.version} · {SUMMARY_STYLE_LABELS[provenance.style]} · {formatDateTime(provenance.createdAt)}
      </p>
    );
  }
  return (
    <p className="provenance-line small-text" data-testid="provenance-line">
      <span data-testid="provenance-model">{provenance.model.fileName}</span> · sha256{' '}
      <code className="sha" data-testid="provenance-sha256">
        {provenance.model.sha256}
      </code>{' '}
      <button type="button" className="small" onClick={() => void copy()} data-testid="provenance-copy-sha">
        Copy
      </button>
      {copied && <span className="muted"> {copied}</span>} · {provenance.model.quantization} · {SUMMARY_STYLE_LABELS[provenance.style]}
      {provenance.template && ` (template ${provenance.template.id} v${provenance.template.version})`} · prompt {provenance.promptVersion} · engine
      llama.cpp ({provenance.backend}) · {formatDateTime(provenance.createdAt)}
    </p>
  );
}
