// One saved note in the history list: label (or first line), type, date, the styles of its summary
// versions and a snippet whose search words are marked from ranges (text only, never markup).
import type { NoteListItem } from '../../../shared/contract/vault';
import { formatDateTime } from '../logic/format';
import { noteHeading, noteTypeLabel, snippetRuns, styleLabel } from '../logic/noteList';

export function NoteListEntry({ note }: { readonly note: NoteListItem }) {
  const type = noteTypeLabel(note.noteType);
  return (
    <>
      <span className="note-item-title" data-testid="note-item-label" data-has-label={note.label !== null ? 'true' : 'false'}>
        {noteHeading(note)}
      </span>
      {note.label !== null && (
        <span className="note-item-subtitle muted small-text" data-testid="note-item-title">
          {note.title}
        </span>
      )}
      <span className="note-item-meta muted small-text">
        {type && (
          <>
            <span className="note-type" data-testid="note-item-type" data-note-type={note.noteType ?? ''}>
              {type}
            </span>
            <span> · </span>
          </>
        )}
        <time dateTime={note.updatedAt} data-testid="note-item-date">
          {formatDateTime(note.updatedAt)}
        </time>
        <span> · v{note.latestVersion}</span>
        {note.styles.map((st) => (
          <span key={st} className="badge badge-muted small-badge" data-testid="note-style-badge" data-style={st}>
            {styleLabel(st)}
          </span>
        ))}
        {note.signed && <span className="badge badge-signed small-badge">Signed</span>}
      </span>
      {note.snippet.text !== '' && (
        <span className="note-snippet small-text" data-testid="note-snippet">
          {snippetRuns(note.snippet).map((r, i) =>
            r.marked ? (
              <mark key={i} className="snippet-mark" data-testid="snippet-mark">
                {r.text}
              </mark>
            ) : (
              <span key={i}>{r.text}</span>
            ),
          )}
        </span>
      )}
    </>
  );
}
