// A saved note's label and type, shown in its header; its author can change them (main audits the
// change as a note edit, without the label).
import { useState } from 'react';
import type { NoteType } from '../../../shared/note-meta';
import { call } from '../api';
import { noteTypeLabel } from '../logic/noteList';
import { NoteMetaFields } from './NoteMetaFields';

interface Props {
  readonly noteId: string;
  readonly label: string | null;
  readonly noteType: NoteType | null;
  readonly editable: boolean;
  readonly onSaved: () => void;
}

export function NoteMetaEditor({ noteId, label, noteType, editable, onSaved }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ label: label ?? '', noteType });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const type = noteTypeLabel(noteType);

  if (!editing) {
    return (
      <div className="note-meta-line">
        {label && (
          <strong className="note-label" data-testid="note-detail-label">
            {label}
          </strong>
        )}
        {type && (
          <span className="badge badge-muted small-badge" data-testid="note-detail-type" data-note-type={noteType ?? ''}>
            {type}
          </span>
        )}
        {editable && (
          <button
            type="button"
            className="small"
            onClick={() => {
              setDraft({ label: label ?? '', noteType });
              setError(null);
              setEditing(true);
            }}
            data-testid="note-meta-edit"
          >
            {label || type ? 'Edit label' : 'Add label'}
          </button>
        )}
      </div>
    );
  }

  const save = async (): Promise<void> => {
    setBusy(true);
    const l = draft.label.trim();
    const r = await call('updateNoteMeta', { noteId, label: l === '' ? null : l, noteType: draft.noteType });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setEditing(false);
    onSaved();
  };

  return (
    <div className="note-meta-line">
      <NoteMetaFields
        label={draft.label}
        noteType={draft.noteType}
        disabled={busy}
        onLabel={(v) => setDraft((d) => ({ ...d, label: v }))}
        onNoteType={(t) => setDraft((d) => ({ ...d, noteType: t }))}
      />
      <button type="button" className="small primary" disabled={busy} onClick={() => void save()} data-testid="note-meta-save">
        Save
      </button>
      <button type="button" className="small" disabled={busy} onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <span className="error-text small-text" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
