import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { NoteDetail, SessionInfo } from '../../../shared/contract/vault';
import { call } from '../api';
import { formatDateTime } from '../logic/format';
import { newestFirst } from '../logic/versions';
import { SummaryVersionCard } from './SummaryVersionCard';
import { ShareDeidDialog } from './deid/ShareDeidDialog';
import { useIdentifierGuard } from './deid/IdentifierGuard';
import { NoteEvidence } from './review/NoteEvidence';
import { NoteMetaEditor } from './NoteMetaEditor';

interface Props {
  readonly noteId: string;
  readonly user: NonNullable<SessionInfo['user']>;
  readonly onChanged: () => void;
}

export function NoteDetailView({ noteId, user, onChanged }: Props) {
  const [note, setNote] = useState<NoteDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [printingId, setPrintingId] = useState<string | null>(null);
  const [printText, setPrintText] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  const guard = useIdentifierGuard();
  const [selected, setSelected] = useState<{ readonly versionId: string; readonly statement: number } | null>(null);

  const load = useCallback(async (): Promise<void> => {
    const r = await call('getNote', { noteId });
    if (r.ok) {
      setNote(r.value);
      setError(null);
    } else {
      setNote(null);
      setError(r.error.message);
    }
  }, [noteId]);

  useEffect(() => {
    setNote(null);
    setMsg(null);
    setSelected(null);
    void load();
  }, [load]);

  // The selected statement's evidence, as spans the vault resolved in the note itself.
  const spans = useMemo(() => {
    const version = note?.versions.find((v) => v.id === selected?.versionId);
    const statement = selected ? version?.report.statements[selected.statement] : undefined;
    return statement ? statement.quotes.flatMap((q) => (q.span ? [q.span] : [])) : [];
  }, [note, selected]);

  const authorName = (id: string | null): string => (id === null ? 'unknown' : id === user.id ? user.name : id);

  const act = async (fn: () => Promise<{ ok: boolean; message: string }>): Promise<boolean> => {
    setBusy(true);
    setMsg(null);
    const r = await fn();
    setBusy(false);
    setMsg({ kind: r.ok ? 'ok' : 'error', text: r.message });
    return r.ok;
  };

  if (error) {
    return (
      <p className="error-text" role="alert" data-testid="note-error">
        {error}
      </p>
    );
  }
  if (!note) return <p className="muted">Opening note…</p>;

  const versions = newestFirst(note.versions);
  const latestId = versions[0]?.id;

  return (
    <article className="note-detail" aria-labelledby="note-detail-title" data-testid="note-detail">
      <header className="note-detail-head no-print">
        <h2 id="note-detail-title">{note.title}</h2>
        <NoteMetaEditor
          noteId={note.id}
          label={note.label}
          noteType={note.noteType}
          editable={user.role === 'clinician' && note.authorId === user.id}
          onSaved={() => {
            void load();
            onChanged();
          }}
        />
        <span className="muted">
          Created {formatDateTime(note.createdAt)} by {authorName(note.authorId)}
        </span>
        {user.role === 'clinician' && note.authorId === user.id && (
          <button type="button" className="small" onClick={() => setSharing(true)} data-testid="share-deid-button">
            Share de-identified…
          </button>
        )}
      </header>
      {sharing && <ShareDeidDialog noteId={note.id} onClose={() => setSharing(false)} />}
      {guard.element}
      <div className="review-layout">
        <section className="review-note no-print" aria-label="Original note">
          <h3>Original note</h3>
          <NoteEvidence text={note.text} spans={spans} />
        </section>
        <section className="review-versions" aria-label="Summary versions">
      <p className={msg?.kind === 'error' ? 'error-text' : 'ok-text'} role={msg?.kind === 'error' ? 'alert' : 'status'} data-testid="note-notice">
        {msg?.text ?? ''}
      </p>
      <h3 className="no-print">Summary versions</h3>
      {versions.map((v) => (
        <SummaryVersionCard
          key={v.id}
          version={v}
          previous={note.versions.find((p) => p.version === v.version - 1) ?? null}
          isLatest={v.id === latestId}
          authorName={authorName}
          busy={busy}
          printing={printingId === v.id}
          printText={printingId === v.id ? printText : null}
          selected={selected?.versionId === v.id ? selected.statement : null}
          onSelect={(statement) => setSelected({ versionId: v.id, statement })}
          onSign={(review) =>
            void act(async () => {
              const r = await call('signSummary', { noteId: note.id, versionId: v.id, ...review });
              if (r.ok) {
                await load();
                onChanged();
                return { ok: true, message: `Version ${v.version} signed.` };
              }
              return { ok: false, message: r.error.message };
            })
          }
          onCopy={() =>
            void act(async () => {
              const g = await guard.check(v.text, 'copy', note.authorId === user.id ? note.id : null);
              if (g.kind === 'error') return { ok: false, message: g.message };
              if (g.kind === 'cancelled') return { ok: true, message: 'Not copied.' };
              const deidGuard = g.kind === 'removed' ? 'removed' : g.kind === 'kept' ? 'kept' : undefined;
              const r = await call('copySummary', { noteId: note.id, versionId: v.id, text: v.text, ...(deidGuard ? { deidGuard } : {}) });
              if (!r.ok) return { ok: false, message: r.error.message };
              return { ok: true, message: deidGuard === 'removed' ? 'Summary copied with its identifiers removed.' : 'Summary copied to the clipboard.' };
            })
          }
          onPrint={() =>
            void act(async () => {
              const g = await guard.check(v.text, 'print', note.authorId === user.id ? note.id : null);
              if (g.kind === 'error') return { ok: false, message: g.message };
              if (g.kind === 'cancelled') return { ok: true, message: 'Not printed.' };
              const deidGuard = g.kind === 'removed' || g.kind === 'kept' ? { choice: g.kind, text: v.text } : undefined;
              const r = await call('recordSummaryAction', { noteId: note.id, versionId: v.id, action: 'print', ...(deidGuard ? { deidGuard } : {}) });
              if (!r.ok) return { ok: false, message: r.error.message };
              flushSync(() => {
                setPrintingId(v.id);
                setPrintText(g.kind === 'removed' ? g.redacted : null);
              });
              window.print();
              setPrintingId(null);
              setPrintText(null);
              return { ok: true, message: 'Sent to the printer.' };
            })
          }
          onSaveEdit={(text, structured) =>
            act(async () => {
              const r = await call('editSummary', { noteId: note.id, text, structured });
              if (r.ok) {
                await load();
                onChanged();
                return { ok: true, message: `Saved as version ${r.value.version}.` };
              }
              return { ok: false, message: r.error.message };
            })
          }
        />
      ))}
        </section>
      </div>
    </article>
  );
}
