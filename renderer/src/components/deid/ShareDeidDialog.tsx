import { useEffect, useRef, useState } from 'react';
import type { DeidMode, DeidPreview } from '../../../../shared/contract/deid';
import { DEID_KINDS, type DeidKind } from '../../../../shared/deid-kinds';
import { call } from '../../api';
import { activeMarks, addMark, countKinds, editsOf, initialMarks, remark, unmark, type MarkState } from '../../logic/deidMarks';
import { DeidMarkedText, textOffset } from './DeidMarkedText';

interface Props {
  readonly noteId: string;
  readonly onClose: () => void;
}

const SURROGATE_WARNING = 'Surrogates read naturally but are not Safe Harbor on their own: an identifier Lockscribe missed hides among the fakes.';

/**
 * "Share de-identified": the note and its latest signed summary with every identifier highlighted. The
 * clinician un-marks a highlight by clicking it, marks a missed one by selecting it, then exports.
 */
export function ShareDeidDialog({ noteId, onClose }: Props) {
  const [preview, setPreview] = useState<DeidPreview | null>(null);
  const [note, setNote] = useState<MarkState | null>(null);
  const [summary, setSummary] = useState<MarkState | null>(null);
  const [kind, setKind] = useState<DeidKind>('NAME');
  const [mode, setMode] = useState<DeidMode>('redact');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const noteRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void call('deidPreview', { noteId }).then((r) => {
      if (!live) return;
      if (!r.ok) return setMsg({ kind: 'error', text: r.error.message });
      setPreview(r.value);
      setNote(initialMarks(r.value.note.text, r.value.note.spans));
      setSummary(r.value.summary ? initialMarks(r.value.summary.text, r.value.summary.spans) : null);
    });
    return () => {
      live = false;
    };
  }, [noteId]);

  const markSelection = () => {
    const sel = window.getSelection();
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    if (!range || range.collapsed) return setMsg({ kind: 'error', text: 'Select the text to mark first.' });
    for (const [ref, state, set] of [
      [noteRef, note, setNote],
      [summaryRef, summary, setSummary],
    ] as const) {
      const el = ref.current;
      if (!el || !state || !el.contains(range.startContainer) || !el.contains(range.endContainer)) continue;
      const start = textOffset(el, range.startContainer, range.startOffset);
      const end = textOffset(el, range.endContainer, range.endOffset);
      if (start === null || end === null) break;
      set(addMark(state, start, end, kind));
      sel!.removeAllRanges();
      return setMsg(null);
    }
    setMsg({ kind: 'error', text: 'Select text inside the note or the summary (one of them at a time).' });
  };

  const exportFile = async () => {
    if (!preview?.summary || !note || !summary) return;
    setBusy(true);
    setMsg(null);
    const r = await call('exportDeidentified', { noteId, versionId: preview.summary.versionId, mode, note: editsOf(note), summary: editsOf(summary) });
    setBusy(false);
    if (!r.ok) return setMsg({ kind: 'error', text: r.error.message });
    if (r.value === null) return;
    setMsg({ kind: 'ok', text: `Exported de-identified to ${r.value.path}.` });
  };

  const all = [...(note ? activeMarks(note) : []), ...(summary ? activeMarks(summary) : [])];
  const signed = preview?.summary?.signed === true;

  return (
    <div className="modal-backdrop">
      <section className="card deid-dialog" role="dialog" aria-modal="true" aria-labelledby="deid-title" data-testid="deid-dialog">
        <h2 id="deid-title">Share de-identified</h2>
        <p className="muted small-text">
          Highlighted text will be replaced. Click a highlight to keep that text; select text Lockscribe missed and press Mark. Nothing leaves until you export.
        </p>
        {!preview || !note ? (
          <p className="muted">{msg?.kind === 'error' ? '' : 'Finding identifiers…'}</p>
        ) : (
          <>
            <p className="deid-counts" data-testid="deid-counts">
              {all.length === 0 ? 'No identifiers marked.' : countKinds(all).map(([k, n]) => `${k} ${n}`).join(' · ')}
            </p>
            <div className="deid-toolbar">
              <label>
                Kind{' '}
                <select value={kind} onChange={(e) => setKind(e.target.value as DeidKind)} data-testid="deid-mark-kind">
                  {DEID_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              </label>
              {/* Keeps the text selection: pressing the button would otherwise clear it first. */}
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={markSelection} data-testid="deid-mark-button">
                Mark selection
              </button>
            </div>
            <h3>Note</h3>
            <DeidMarkedText
              ref={noteRef}
              marks={note}
              label="Note, identifiers highlighted"
              testId="deid-note-text"
              onUnmark={(m) => setNote(unmark(note, m))}
              onRemark={(s) => setNote(remark(note, s))}
            />
            <h3>{preview.summary ? `Summary, version ${preview.summary.version}${signed ? ' (signed)' : ''}` : 'Summary'}</h3>
            {summary ? (
              <DeidMarkedText
                ref={summaryRef}
                marks={summary}
                label="Summary, identifiers highlighted"
                testId="deid-summary-text"
                onUnmark={(m) => setSummary(unmark(summary, m))}
                onRemark={(s) => setSummary(remark(summary, s))}
              />
            ) : null}
            {!signed && (
              <p className="notice" data-testid="deid-unsigned">
                No version of this summary is signed. Sign it first: only a note with its signed summary can be shared.
              </p>
            )}
            <div className="field">
              <label htmlFor="deid-mode">Method</label>
              <select id="deid-mode" value={mode} onChange={(e) => setMode(e.target.value as DeidMode)} data-testid="deid-mode">
                <option value="redact">Redact (Safe Harbor): [NAME], [DATE] 2024…</option>
                <option value="surrogate">Surrogates: fake names and places, dates shifted</option>
              </select>
              {mode === 'surrogate' && <p className="small-text warn-text">{SURROGATE_WARNING}</p>}
            </div>
          </>
        )}
        <p className={msg?.kind === 'error' ? 'error-text' : 'ok-text'} role={msg?.kind === 'error' ? 'alert' : 'status'} data-testid="deid-result">
          {msg?.text ?? ''}
        </p>
        <div className="actions">
          <button type="button" onClick={onClose} data-testid="deid-close">
            Close
          </button>
          <button type="button" className="primary" disabled={busy || !signed} onClick={() => void exportFile()} data-testid="deid-export">
            Export…
          </button>
        </div>
      </section>
    </div>
  );
}
