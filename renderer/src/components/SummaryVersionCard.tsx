import { useId, useState } from 'react';
import type { SummaryVersion } from '../../../shared/contract/vault';
import { SUMMARY_STYLE_LABELS } from '../../../shared/contract/model';
import { formatDateTime } from '../logic/format';

interface Props {
  readonly version: SummaryVersion;
  readonly isLatest: boolean;
  readonly authorName: (id: string | null) => string;
  readonly busy: boolean;
  readonly printing: boolean;
  /** Printed instead of the version's text (its identifiers removed by the guard). */
  readonly printText?: string | null;
  readonly onSign: () => void;
  readonly onCopy: () => void;
  readonly onPrint: () => void;
  readonly onSaveEdit: (text: string) => Promise<boolean>;
}

export function SummaryVersionCard({ version, isLatest, authorName, busy, printing, printText = null, onSign, onCopy, onPrint, onSaveEdit }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmSign, setConfirmSign] = useState(false);
  const editId = useId();
  const signed = version.signedAt !== null;
  const canEdit = isLatest && !signed;

  return (
    <article
      className={`version-card${printing ? ' print-target' : ''}${signed ? ' signed' : ''}`}
      aria-label={`Summary version ${version.version}`}
      data-testid="summary-version"
      data-version={version.version}
      data-signed={signed ? 'true' : 'false'}
    >
      <header className="version-head">
        <span className="strong">Version {version.version}</span>
        <span className="muted">
          {SUMMARY_STYLE_LABELS[version.style]} · {authorName(version.authorId)} · {formatDateTime(version.createdAt)}
        </span>
        {signed && (
          <span className="badge badge-signed" data-testid="signed-badge">
            Signed {formatDateTime(version.signedAt!)} by {authorName(version.signedBy)}
          </span>
        )}
        {isLatest && <span className="badge">Latest</span>}
      </header>
      {editing === null ? (
        <div className="version-text">{printing && printText !== null ? printText : version.text}</div>
      ) : (
        <div className="field">
          <label htmlFor={editId}>Edit summary (saved as a new version)</label>
          <textarea id={editId} rows={10} value={editing} onChange={(e) => setEditing(e.target.value)} data-testid="version-edit-input" />
        </div>
      )}
      <div className="actions no-print">
        {editing !== null ? (
          <>
            <button type="button" onClick={() => setEditing(null)} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || editing.trim() === '' || editing === version.text}
              onClick={() => {
                void onSaveEdit(editing).then((saved) => {
                  if (saved) setEditing(null);
                });
              }}
              data-testid="version-edit-save"
            >
              Save as new version
            </button>
          </>
        ) : confirmSign ? (
          <>
            <span className="muted small-text">Signing makes this version read-only.</span>
            <button type="button" onClick={() => setConfirmSign(false)} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => {
                setConfirmSign(false);
                onSign();
              }}
              data-testid="version-sign-confirm"
            >
              Confirm sign
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={onCopy} disabled={busy} data-testid="version-copy">
              Copy
            </button>
            <button type="button" onClick={onPrint} disabled={busy} data-testid="version-print">
              Print
            </button>
            {canEdit && (
              <button type="button" onClick={() => setEditing(version.text)} disabled={busy} data-testid="version-edit">
                Edit
              </button>
            )}
            {!signed && (
              <button type="button" className="primary" onClick={() => setConfirmSign(true)} disabled={busy} data-testid="version-sign">
                Sign
              </button>
            )}
          </>
        )}
      </div>
    </article>
  );
}
