// The label and note type a clinician gives a note so the history can tell it apart. The label is
// optional, short, and patient data: it is saved encrypted with the note and never logged.
import { useId } from 'react';
import { MAX_LABEL_CHARS, NOTE_TYPES, NOTE_TYPE_LABELS, type NoteType } from '../../../shared/note-meta';

interface Props {
  readonly label: string;
  readonly noteType: NoteType | null;
  readonly disabled?: boolean;
  readonly onLabel: (label: string) => void;
  readonly onNoteType: (t: NoteType | null) => void;
}

function asNoteType(v: string): NoteType | null {
  return (NOTE_TYPES as readonly string[]).includes(v) ? (v as NoteType) : null;
}

export function NoteMetaFields({ label, noteType, disabled = false, onLabel, onNoteType }: Props) {
  const ids = { label: useId(), type: useId() };
  return (
    <div className="note-meta-form">
      <div className="inline-field">
        <label htmlFor={ids.label}>Patient / encounter label</label>
        <input
          id={ids.label}
          type="text"
          value={label}
          maxLength={MAX_LABEL_CHARS}
          disabled={disabled}
          placeholder="Optional, e.g. Bed 12 follow-up"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onLabel(e.target.value)}
          data-testid="note-label-input"
        />
      </div>
      <div className="inline-field">
        <label htmlFor={ids.type}>Note type</label>
        <select id={ids.type} value={noteType ?? ''} disabled={disabled} onChange={(e) => onNoteType(asNoteType(e.target.value))} data-testid="note-type-select">
          <option value="">Not set</option>
          {NOTE_TYPES.map((t) => (
            <option key={t} value={t}>
              {NOTE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
