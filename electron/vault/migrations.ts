// Versioned schemas (PRAGMA user_version) of the two kinds of store: the directory and a clinician's notes. Each step runs in one transaction with the version bump,
// so a crash leaves either the old schema or the new one. The audit tables are created by the audit
// log itself (electron/audit/audit-schema.ts).
import type { SqlDatabase, SqlExecutor } from '../db/sql-database';
import { AppFailure } from '../base/app-failure';
import { backfillTextHashes } from './note-identity';

const DIRECTORY_V1 = `
CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('clinician', 'admin', 'auditor')),
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by TEXT,
  -- A disabled user's key pair and note grant, out of the keyring (so no backup's keyring carries them)
  -- and inside the directory, whose key is rotated when they are disabled.
  parked_keys TEXT
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE break_glass_sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  session_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  started_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at TEXT,
  end_reason TEXT,
  -- Null until someone reviews the emergency access: the review queue.
  reviewed_at TEXT,
  reviewed_by TEXT
);
-- Each clinician's notes key, sealed to the recovery code's public key (emergency access). Inside the
-- directory, so the recovery code alone opens nothing: it takes a signed-in account as well.
CREATE TABLE escrow (owner_id TEXT PRIMARY KEY REFERENCES users(id), box TEXT NOT NULL);
`;

// Each clinician's own store (DIR/notes/<user id>.db, its own key): notes, summary versions, the
// full-text index and the draft. Nothing here names another user's data.
const CONTENT_V1 = `
CREATE TABLE notes (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  author_id TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX notes_author ON notes(author_id, updated_at);
CREATE TABLE summary_versions (
  id TEXT PRIMARY KEY,
  note_id TEXT NOT NULL REFERENCES notes(id),
  version INTEGER NOT NULL,
  text TEXT NOT NULL,
  style TEXT NOT NULL,
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  signed_at TEXT,
  signed_by TEXT,
  provenance TEXT,
  -- The structured summary (lockscribe-summary v1 JSON); null for plain-text versions.
  structured TEXT,
  -- sha256 of the generated text, binding the provenance to exactly what the model wrote.
  generated_sha256 TEXT,
  -- Stopped at the length limit or by the user: not signable until regenerated or edited.
  incomplete INTEGER NOT NULL DEFAULT 0,
  -- What the clinician confirmed when signing (flag acknowledgements and counts), JSON.
  signature TEXT,
  UNIQUE (note_id, version)
);
-- Retention and immutability hold for every code path, not just the service's.
CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes BEGIN SELECT RAISE(ABORT, 'notes are retained'); END;
CREATE TRIGGER notes_text_fixed BEFORE UPDATE OF text, author_id, created_at ON notes BEGIN SELECT RAISE(ABORT, 'note text is immutable'); END;
CREATE TRIGGER versions_no_delete BEFORE DELETE ON summary_versions BEGIN SELECT RAISE(ABORT, 'versions are retained'); END;
CREATE TRIGGER versions_immutable BEFORE UPDATE ON summary_versions
WHEN OLD.signed_at IS NOT NULL OR NEW.text IS NOT OLD.text OR NEW.style IS NOT OLD.style OR NEW.author_id IS NOT OLD.author_id
  OR NEW.version IS NOT OLD.version OR NEW.note_id IS NOT OLD.note_id OR NEW.created_at IS NOT OLD.created_at OR NEW.provenance IS NOT OLD.provenance
  OR NEW.structured IS NOT OLD.structured OR NEW.generated_sha256 IS NOT OLD.generated_sha256 OR NEW.incomplete IS NOT OLD.incomplete
BEGIN SELECT RAISE(ABORT, 'summary versions are immutable'); END;
-- Full-text index of the note and its latest summary, inside the encrypted file.
CREATE VIRTUAL TABLE notes_fts USING fts5(title, text, summary, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE drafts (
  user_id TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  style TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;

// Notes a clinician can tell apart: a label and note type (patient data, encrypted here like the
// rest), the hash that finds the same note again, and the label in the full-text index (the index is
// rebuilt with the column added last, so the other columns keep their numbers).
const CONTENT_V2 = `
ALTER TABLE notes ADD COLUMN label TEXT;
ALTER TABLE notes ADD COLUMN note_type TEXT;
ALTER TABLE notes ADD COLUMN text_hash TEXT;
CREATE INDEX notes_text_hash ON notes(text_hash);
CREATE VIRTUAL TABLE notes_fts_v2 USING fts5(title, text, summary, label, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO notes_fts_v2 (rowid, title, text, summary) SELECT rowid, title, text, summary FROM notes_fts;
DROP TABLE notes_fts;
ALTER TABLE notes_fts_v2 RENAME TO notes_fts;
`;

// The clinician's own preferences (e.g. the default summary style), key/value per user.
const CONTENT_V3 = `
CREATE TABLE preferences (user_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (user_id, key));
`;

// The full-text index keeps no copy of the text: it reads titles, notes, the latest summary and labels
// from the tables through a view (external content), so each note is stored once, not twice; the
// index is rebuilt from the view. Every change to an indexed value goes through notes.ts's reindex.
const CONTENT_V4 = `
CREATE VIEW notes_fts_source AS
  SELECT n.seq AS seq, n.title AS title, n.text AS text,
         (SELECT v.text FROM summary_versions v WHERE v.note_id = n.id ORDER BY v.version DESC LIMIT 1) AS summary,
         n.label AS label
  FROM notes n;
CREATE VIRTUAL TABLE notes_fts_v4 USING fts5(title, text, summary, label, content = 'notes_fts_source', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO notes_fts_v4 (notes_fts_v4) VALUES ('rebuild');
DROP TABLE notes_fts;
ALTER TABLE notes_fts_v4 RENAME TO notes_fts;
`;

/** A schema step: SQL, or SQL and then data the SQL cannot compute (run in the same transaction). */
type Step = string | { readonly sql: string; readonly then: (tx: SqlExecutor) => Promise<void> };

export type StoreKind = 'directory' | 'content';
const STEPS: Readonly<Record<StoreKind, readonly Step[]>> = {
  directory: [DIRECTORY_V1],
  content: [CONTENT_V1, { sql: CONTENT_V2, then: backfillTextHashes }, CONTENT_V3, CONTENT_V4],
};

/** The schema version a store of this kind is brought to. */
export function schemaVersion(kind: StoreKind): number {
  return STEPS[kind].length;
}

/** Brings a store to the current schema (or to `upTo`, which tests use to build an older store). */
export async function migrate(db: SqlDatabase, kind: StoreKind, upTo?: number): Promise<void> {
  const steps = STEPS[kind];
  const SCHEMA_VERSION = Math.min(steps.length, upTo ?? steps.length);
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  const current = row?.user_version ?? 0;
  if (current > SCHEMA_VERSION) throw new AppFailure('INTERNAL', 'This vault was made by a newer version of Lockscribe.');
  for (let v = current; v < SCHEMA_VERSION; v++) {
    const step = steps[v]!;
    await db.transaction(async (tx) => {
      await tx.exec(typeof step === 'string' ? step : step.sql);
      if (typeof step !== 'string') await step.then(tx);
      await tx.exec(`PRAGMA user_version = ${v + 1}`);
    });
  }
}
