import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import type { ModelStatus, SummaryStyle, TokenCount } from '../../../shared/contract/model';
import { call, subscribe } from '../api';
import { initialSummaryState, summaryReducer, canCopy, canSave } from '../logic/summaryState';
import { newRequestId } from '../logic/requestId';
import { shortcutFor, summarizeShortcutLabel } from '../logic/shortcuts';
import { debounce } from '../logic/debounce';
import { formatClock } from '../logic/format';
import { noteProblem } from '../logic/noteCheck';
import { StylePicker } from '../components/StylePicker';
import { TokenMeter } from '../components/TokenMeter';
import { SummaryPanel } from '../components/SummaryPanel';
import { useIdentifierGuard } from '../components/deid/IdentifierGuard';
import { NoteMetaFields } from '../components/NoteMetaFields';
import { leavesSavedNote, noteIdFor, savedMessage, type SavedNote } from '../logic/noteList';
import type { NoteType } from '../../../shared/note-meta';
import { useDefaultStyle } from '../hooks/useDefaultStyle';

const TOKEN_DEBOUNCE_MS = 300;
const DRAFT_DEBOUNCE_MS = 1500;

interface Props {
  /** The workspace stays mounted (hidden) while other screens show, so the note is never lost. */
  readonly active: boolean;
  readonly model: ModelStatus | null;
  readonly onOpenModels: () => void;
}

interface TokenState {
  readonly count: TokenCount | null;
  readonly error: string | null;
  readonly counting: boolean;
}

export function WorkspaceScreen({ active, model, onOpenModels }: Props) {
  const [text, setText] = useState('');
  const [style, setStyle] = useState<SummaryStyle>('brief');
  const [summary, dispatch] = useReducer(summaryReducer, initialSummaryState);
  const [sourceText, setSourceText] = useState<string | null>(null);
  const [tokens, setTokens] = useState<TokenState>({ count: null, error: null, counting: false });
  const [draftNote, setDraftNote] = useState<string | null>(null);
  const [actionMsg, setActionMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busyAction, setBusyAction] = useState<'copy' | 'save' | null>(null);
  const guard = useIdentifierGuard();
  const [selected, setSelected] = useState<number | null>(null);
  const [label, setLabel] = useState('');
  const [noteType, setNoteType] = useState<NoteType | null>(null);
  // The note this text was saved as: summarizing it again (any style) saves a version of that note.
  const [savedNote, setSavedNote] = useState<SavedNote | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const draftReady = useRef(false);
  const summarizeRef = useRef<HTMLButtonElement>(null);
  // The clinician's default style, until a restored draft or the clinician picks one for the note in hand.
  const defaultStyle = useDefaultStyle(active);
  const styleChosen = useRef(false);
  const stopRef = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(false);
  const ids = { note: useId(), meter: useId(), heading: useId(), kbd: useId() };
  const running = summary.status === 'running';
  const stale = sourceText !== null && sourceText !== text;
  // A note main would refuse (too large, binary) stays on screen but is never sent anywhere.
  const problem = useMemo(() => noteProblem(text), [text]);

  // Restore the draft once per session.
  useEffect(() => {
    let live = true;
    void call('getDraft', {}).then((r) => {
      if (!live) return;
      if (r.ok && r.value && r.value.text) {
        const draft = r.value;
        setText((current) => (current === '' ? draft.text : current));
        styleChosen.current = true;
        setStyle(draft.style);
        setDraftNote(`Draft restored from ${formatClock(draft.updatedAt)}.`);
      }
      draftReady.current = true;
    });
    return () => {
      live = false;
    };
  }, []);

  const saveDraft = useMemo(
    () =>
      debounce((t: string, s: SummaryStyle) => {
        void call('saveDraft', { text: t, style: s }).then((r) => {
          if (r.ok) setDraftNote(`Draft saved at ${formatClock(r.value.savedAt)}.`);
          else setDraftNote(`Draft not saved: ${r.error.message}`);
        });
      }, DRAFT_DEBOUNCE_MS),
    [],
  );
  useEffect(() => () => saveDraft.cancel(), [saveDraft]);

  useEffect(() => {
    if (defaultStyle !== null && !styleChosen.current) setStyle(defaultStyle);
  }, [defaultStyle]);

  const edit = (t: string, s: SummaryStyle): void => {
    if (!draftReady.current) return;
    if (noteProblem(t) !== null) {
      saveDraft.cancel();
      setDraftNote('Draft not saved.');
      return;
    }
    saveDraft(t, s);
  };

  // Token meter: debounced countTokens; stale answers are ignored.
  const modelKey = `${model?.state ?? ''}:${model?.model?.sha256 ?? ''}:${model?.contextSize ?? ''}`;
  useEffect(() => {
    if (text.trim() === '' || problem !== null) {
      setTokens({ count: null, error: null, counting: false });
      return;
    }
    let live = true;
    setTokens((t) => ({ ...t, counting: true }));
    const handle = setTimeout(() => {
      void call('countTokens', { text, style }).then((r) => {
        if (!live) return;
        if (r.ok) setTokens({ count: r.value, error: null, counting: false });
        else setTokens({ count: null, error: r.error.code === 'NO_MODEL' ? 'No model loaded: Summarize uses the extractive engine (statements copied from the note, checked like any summary).' : r.error.message, counting: false });
      });
    }, TOKEN_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(handle);
    };
  }, [text, style, modelKey, problem]);

  // Summarize and Stop swap places; keep keyboard focus on whichever is showing.
  useEffect(() => {
    if (wasRunning.current === running) return;
    wasRunning.current = running;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) (running ? stopRef : summarizeRef).current?.focus();
  }, [running]);

  useEffect(() => subscribe('summaryChunk', (c) => dispatch({ type: 'chunk', requestId: c.requestId, text: c.text })), []);
  useEffect(() => subscribe('summaryProgress', (p) => dispatch({ type: 'progress', requestId: p.requestId, part: p.part, parts: p.parts })), []);

  const summarize = useCallback(async (): Promise<void> => {
    if (running || text.trim() === '' || problem !== null) return;
    const requestId = newRequestId();
    setActionMsg(null);
    setSourceText(text);
    setSelected(null);
    dispatch({ type: 'start', requestId });
    const r = await call('summarize', { requestId, text, style });
    if (r.ok) {
      const v = r.value;
      dispatch({ type: 'finish', requestId, text: v.text, provenance: v.provenance, ...(v.structured ? { structured: v.structured } : {}), ...(v.report ? { report: v.report } : {}), ...(v.coverage ? { coverage: v.coverage } : {}) });
    } else dispatch({ type: 'fail', requestId, error: r.error });
  }, [running, text, style, problem]);

  const stop = useCallback(async (): Promise<void> => {
    if (!running || !summary.requestId) return;
    await call('stopSummary', { requestId: summary.requestId });
  }, [running, summary.requestId]);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent): void => {
      const action = shortcutFor(e);
      if (action === 'summarize') {
        e.preventDefault();
        void summarize();
      } else if (action === 'stop' && running) {
        e.preventDefault();
        void stop();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, summarize, stop, running]);

  const copy = async (): Promise<void> => {
    setBusyAction('copy');
    // The identifier guard first: a summary that names someone is shown before it leaves.
    const g = await guard.check(summary.text, 'copy', summary.saved?.noteId ?? null);
    if (g.kind === 'error' || g.kind === 'cancelled') {
      setBusyAction(null);
      setActionMsg(g.kind === 'error' ? { kind: 'error', text: g.message } : null);
      return;
    }
    const deidGuard = g.kind === 'removed' ? 'removed' : g.kind === 'kept' ? 'kept' : undefined;
    const r = await call('copySummary', { noteId: summary.saved?.noteId ?? null, versionId: summary.saved?.versionId ?? null, text: summary.text, ...(deidGuard ? { deidGuard } : {}) });
    setBusyAction(null);
    setActionMsg(r.ok ? { kind: 'ok', text: deidGuard === 'removed' ? 'Summary copied with its identifiers removed.' : 'Summary copied to the clipboard.' } : { kind: 'error', text: r.error.message });
  };

  const save = async (): Promise<void> => {
    if (!summary.requestId || sourceText === null) return;
    setBusyAction('save');
    const requestId = summary.requestId;
    const noteLabel = label.trim();
    const r = await call('saveNote', {
      text: sourceText,
      summary: summary.text,
      style,
      requestId,
      structured: summary.structured,
      label: noteLabel === '' ? null : noteLabel,
      noteType,
      noteId: noteIdFor(savedNote, sourceText),
    });
    setBusyAction(null);
    if (r.ok) {
      dispatch({ type: 'saved', requestId, noteId: r.value.noteId, versionId: r.value.versionId });
      setSavedNote({ noteId: r.value.noteId, text: sourceText });
      setActionMsg({ kind: 'ok', text: savedMessage(r.value.version) });
    } else {
      setActionMsg({ kind: 'error', text: r.error.message });
    }
  };

  const newNote = (): void => {
    if (running) return;
    setText('');
    setSourceText(null);
    setSavedNote(null);
    setLabel('');
    setNoteType(null);
    dispatch({ type: 'reset' });
    setActionMsg(null);
    styleChosen.current = false;
    if (defaultStyle !== null) setStyle(defaultStyle);
    edit('', defaultStyle ?? style);
  };

  // Selecting a statement selects its evidence in the note (while the note is the one summarized).
  const selectStatement = (i: number): void => {
    setSelected(i);
    const span = summary.report?.statements[i]?.quotes.find((q) => q.span !== null)?.span;
    const box = noteRef.current;
    if (!span || !box || stale) return;
    box.focus();
    box.setSelectionRange(span.start, span.end);
    // Scroll so the selection shows: place it by its share of the text.
    box.scrollTop = Math.max(0, (span.start / Math.max(1, text.length)) * box.scrollHeight - box.clientHeight / 2);
  };

  const saveAllowed = canSave(summary) && !stale && busyAction === null;
  const copyAllowed = canCopy(summary) && busyAction === null;
  const kbd = summarizeShortcutLabel(navigator.platform);

  return (
    <section className="workspace" hidden={!active} aria-label="Summarize a note" data-testid="workspace">
      {guard.element}
      <div className="pane note-pane">
        <div className="pane-head">
          <h1 className="pane-title">
            <label htmlFor={ids.note}>Clinical note</label>
          </h1>
          <div className="pane-tools">
            <StylePicker
              value={style}
              disabled={running}
              onChange={(s) => {
                styleChosen.current = true;
                setStyle(s);
                edit(text, s);
              }}
            />
          </div>
        </div>
        <textarea
          ref={noteRef}
          id={ids.note}
          className="note-input"
          value={text}
          readOnly={running}
          onChange={(e) => {
            // A note in progress keeps its style even if the default changes meanwhile.
            if (e.target.value !== '') styleChosen.current = true;
            setText(e.target.value);
            edit(e.target.value, style);
            if (leavesSavedNote(savedNote, e.target.value)) {
              // Other text is another note: the saved note's label and type stay with it.
              setSavedNote(null);
              if (label !== '' || noteType !== null) setActionMsg({ kind: 'ok', text: 'The note changed, so it will be saved as a new note: its label and type were cleared.' });
              setLabel('');
              setNoteType(null);
            }
          }}
          placeholder="Paste the clinical note here."
          spellCheck={false}
          aria-describedby={`${ids.meter} ${ids.kbd}`}
          data-testid="note-input"
        />
        <TokenMeter id={ids.meter} count={tokens.count} error={tokens.error} counting={tokens.counting} problem={problem} />
        <div className="pane-foot">
          <span className="muted small-text" data-testid="draft-status" aria-live="polite">
            {draftNote ?? ''}
          </span>
          <div className="actions">
            <button type="button" onClick={newNote} disabled={running || (text === '' && summary.status === 'idle')} data-testid="new-note-button">
              New note
            </button>
            {running ? (
              <button ref={stopRef} type="button" className="danger-outline" onClick={() => void stop()} data-testid="stop-button" aria-keyshortcuts="Escape">
                Stop <kbd>Esc</kbd>
              </button>
            ) : (
              <button
                ref={summarizeRef}
                type="button"
                className="primary"
                onClick={() => void summarize()}
                disabled={text.trim() === '' || problem !== null}
                data-testid="summarize-button"
                aria-keyshortcuts="Control+Enter Meta+Enter"
              >
                Summarize <kbd id={ids.kbd}>{kbd}</kbd>
              </button>
            )}
          </div>
        </div>
      </div>
      <div className="pane summary-pane">
        <div className="pane-head">
          <h2 className="pane-title" id={ids.heading}>
            Summary
          </h2>
        </div>
        <SummaryPanel state={summary} stale={stale} headingId={ids.heading} onOpenModels={onOpenModels} selected={selected} onSelect={selectStatement} />
        <NoteMetaFields label={label} noteType={noteType} disabled={busyAction === 'save'} onLabel={setLabel} onNoteType={setNoteType} />
        <div className="pane-foot">
          <span className={actionMsg?.kind === 'error' ? 'error-text small-text' : 'ok-text small-text'} role={actionMsg?.kind === 'error' ? 'alert' : 'status'} data-testid="workspace-notice">
            {actionMsg?.text ?? ''}
          </span>
          <div className="actions">
            <button type="button" onClick={() => void copy()} disabled={!copyAllowed} data-testid="copy-button">
              Copy
            </button>
            <button type="button" className="primary" onClick={() => void save()} disabled={!saveAllowed} data-testid="save-button">
              {summary.saved ? 'Saved' : busyAction === 'save' ? 'Saving…' : 'Save to vault'}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
