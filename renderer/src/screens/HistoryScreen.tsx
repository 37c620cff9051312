import { useEffect, useId, useState } from 'react';
import type { NoteListItem, SessionInfo } from '../../../shared/contract/vault';
import { call } from '../api';
import { NoteDetailView } from '../components/NoteDetailView';
import { NoteListEntry } from '../components/NoteListEntry';

import { HISTORY_PAGE } from '../../../shared/limits';

const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  readonly user: NonNullable<SessionInfo['user']>;
}

export function HistoryScreen({ user }: Props) {
  const [query, setQuery] = useState('');
  const [notes, setNotes] = useState<readonly NoteListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  // A page at a time: a search ranks every match but builds snippets only for what is listed.
  const [limit, setLimit] = useState(HISTORY_PAGE);
  const searchId = useId();

  useEffect(() => {
    let live = true;
    const q = query.trim();
    const handle = setTimeout(
      () => {
        void call('listNotes', q ? { query: q, limit } : { limit }).then((r) => {
          if (!live) return;
          if (r.ok) {
            setNotes(r.value);
            setError(null);
          } else {
            setError(r.error.message);
          }
        });
      },
      q ? SEARCH_DEBOUNCE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(handle);
    };
  }, [query, refresh, limit]);

  return (
    <section className="history" aria-label="History" data-testid="history-screen">
      <div className="pane list-pane no-print">
        <div className="field">
          <label htmlFor={searchId}>Search notes</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(HISTORY_PAGE);
            }}
            maxLength={500}
            placeholder="Words in the note or summary"
            data-testid="history-search"
          />
        </div>
        {error && (
          <p className="error-text" role="alert" data-testid="history-error">
            {error}
          </p>
        )}
        {notes && notes.length === 0 && (
          <p className="muted" data-testid="history-empty">
            {query.trim() ? 'No notes match.' : 'No saved notes yet.'}
          </p>
        )}
        {notes && notes.length > 0 && (
          <ul className="note-list" aria-label="Saved notes" data-testid="note-list">
            {notes.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className={n.id === selected ? 'note-item selected' : 'note-item'}
                  aria-current={n.id === selected ? 'true' : undefined}
                  onClick={() => setSelected(n.id)}
                  data-testid="note-item"
                  data-note-id={n.id}
                >
                  <NoteListEntry note={n} />
                </button>
              </li>
            ))}
          </ul>
        )}
        {notes && notes.length === limit && (
          <button type="button" className="small" onClick={() => setLimit((n) => n + HISTORY_PAGE)} data-testid="history-more">
            Show more
          </button>
        )}
      </div>
      <div className="pane detail-pane">
        {selected ? (
          <NoteDetailView key={selected} noteId={selected} user={user} onChanged={() => setRefresh((n) => n + 1)} />
        ) : (
          <p className="muted empty-state">Select a note to see it and its summary versions.</p>
        )}
      </div>
    </section>
  );
}
