import { useId, useMemo, useState } from 'react';
import type { FlagAcknowledgement, SummaryVersion } from '../../../shared/contract/vault';
import { SUMMARY_STYLE_LABELS } from '../../../shared/contract/model';
import type { StructuredSummary } from '../../../shared/summary-format';
import { formatDateTime } from '../logic/format';
import { countsLine, flagsToAcknowledge, signBlockers } from '../logic/review';
import { StatementList } from './review/StatementList';
import { ProvenanceLine } from './review/ProvenanceLine';
import { WordDiffView } from './review/WordDiffView';
import { ReadingLevelBadge } from './ReadingLevelBadge';

interface Props {
  readonly version: SummaryVersion;
  /** The version this one follows, for the diff of an edit. */
  readonly previous: SummaryVersion | null;
  readonly isLatest: boolean;
  readonly authorName: (id: string | null) => string;
  readonly busy: boolean;
  readonly printing: boolean;
  /** Printed instead of the version's text (its identifiers removed by the guard). */
  readonly printText?: string | null;
  readonly selected: number | null;
  readonly onSelect: (statement: number) => void;
  readonly onSign: (review: { checked: boolean; acknowledgements: FlagAcknowledgement[] }) => void;
  readonly onCopy: () => void;
  readonly onPrint: () => void;
  readonly onSaveEdit: (text: string, structured: StructuredSummary | null) => Promise<boolean>;
}

/** A plain-text version as the statements the verifier read it into (no evidence). */
function statementsOf(version: SummaryVersion): StructuredSummary {
  if (version.structured) return version.structured;
  return { format: 'lockscribe-summary', version: 1, style: version.style, sections: [{ title: 'Summary', statements: version.report.statements.map((s) => ({ text: s.text, evidence: [] })) }] };
}

/** The statements with edited texts; an emptied statement is dropped. */
function applyEdits(doc: StructuredSummary, texts: readonly string[]): StructuredSummary {
  let n = 0;
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      statements: s.statements.map((st) => ({ ...st, text: (texts[n++] ?? st.text).trim() })).filter((st) => st.text !== ''),
    })),
  };
}

export function SummaryVersionCard({ version, previous, isLatest, authorName, busy, printing, printText = null, selected, onSelect, onSign, onCopy, onPrint, onSaveEdit }: Props) {
  const [editing, setEditing] = useState<string[] | string | null>(null);
  const [checked, setChecked] = useState(false);
  const [acks, setAcks] = useState<ReadonlySet<string>>(new Set());
  const editId = useId();
  const signed = version.signedAt !== null;
  const canEdit = isLatest && !signed;
  const doc = useMemo(() => statementsOf(version), [version]);
  const blockers = signBlockers(version, isLatest, checked, acks);
  const flat = doc.sections.flatMap((s) => s.statements);
  const aiDraft = version.provenance !== null;

  const toggle = (key: string): void =>
    setAcks((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const saveEdit = (): void => {
    if (editing === null) return;
    const out = typeof editing === 'string' ? onSaveEdit(editing, null) : onSaveEdit(editing.join('\n'), applyEdits(doc, editing));
    void out.then((saved) => {
      if (saved) setEditing(null);
    });
  };
  const unchanged = editing === null || (typeof editing === 'string' ? editing === version.text : editing.every((t, i) => t === flat[i]?.text));

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
        {signed ? (
          <span className="badge badge-signed" data-testid="signed-badge">
            Signed {formatDateTime(version.signedAt!)} by {authorName(version.signedBy)}
            {version.signature && version.signature.acknowledgements.length > 0 ? ` · ${version.signature.acknowledgements.length} flag${version.signature.acknowledgements.length === 1 ? '' : 's'} acknowledged` : ''}
          </span>
        ) : (
          aiDraft && (
            <span className="badge badge-warn" data-testid="ai-draft-badge">
              AI draft, not reviewed
            </span>
          )
        )}
        {!aiDraft && (
          <span className="badge badge-muted" data-testid="edited-by">
            {version.version === 1 ? 'written' : 'edited'} by {authorName(version.authorId)}
          </span>
        )}
        {version.incomplete && (
          <span className="badge badge-warn" data-testid="incomplete-badge">
            Incomplete
          </span>
        )}
        {isLatest && <span className="badge">Latest</span>}
        {/* Measured on this version's own statements, so a clinician's edit shows its own grade. */}
        <ReadingLevelBadge summary={doc} />
      </header>
      {version.provenance && <ProvenanceLine provenance={version.provenance} />}
      <p className="review-counts small-text" data-testid="review-counts">
        {countsLine(version.report.counts)}
      </p>
      {!aiDraft && previous && <WordDiffView before={previous.text} after={version.text} label={`Changes from version ${previous.version}`} />}
      {editing === null ? (
        printing && printText !== null ? (
          <div className="version-text">{printText}</div>
        ) : (
        <StatementList
          summary={doc}
          report={version.report}
          selected={selected}
          onSelect={onSelect}
          {...(isLatest && !signed ? { acks: { given: acks, toggle, disabled: busy } } : {})}
        />
        )
      ) : typeof editing === 'string' ? (
        <div className="field">
          <label htmlFor={editId}>Edit summary (saved as a new version)</label>
          <textarea id={editId} rows={10} value={editing} onChange={(e) => setEditing(e.target.value)} data-testid="version-edit-input" />
        </div>
      ) : (
        <div className="statement-edit">
          <p className="muted small-text">Edit the statements (their evidence is kept; empty a statement to remove it). Saved as a new version.</p>
          {editing.map((t, i) => (
            <textarea
              key={i}
              rows={2}
              aria-label={`Statement ${i + 1}`}
              value={t}
              onChange={(e) => setEditing(editing.map((x, k) => (k === i ? e.target.value : x)))}
              data-testid="statement-edit-input"
            />
          ))}
        </div>
      )}
      {editing === null && isLatest && !signed && (
        <div className="sign-box no-print">
          <label className="check">
            <input type="checkbox" checked={checked} disabled={busy} onChange={(e) => setChecked(e.target.checked)} data-testid="sign-checked" />
            I checked this summary against the note
          </label>
          {blockers.length > 0 && (
            <ul className="sign-blockers small-text muted" data-testid="sign-blockers">
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="actions no-print">
        {editing !== null ? (
          <>
            <button type="button" onClick={() => setEditing(null)} disabled={busy}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={busy || unchanged} onClick={saveEdit} data-testid="version-edit-save">
              Save as new version
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
              <button type="button" onClick={() => setEditing(version.structured ? flat.map((s) => s.text) : version.text)} disabled={busy} data-testid="version-edit">
                Edit
              </button>
            )}
            {isLatest && !signed && (
              <button
                type="button"
                className="primary"
                disabled={busy || blockers.length > 0}
                onClick={() => onSign({ checked, acknowledgements: flagsToAcknowledge(version.report).filter((f) => acks.has(`${f.statement}:${f.kind}`)) })}
                data-testid="version-sign"
              >
                Sign
              </button>
            )}
          </>
        )}
      </div>
    </article>
  );
}
