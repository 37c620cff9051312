// The audit tables live inside the vault database, so they are encrypted with everything else.
// Triggers make them append-only for every code path; someone with the key can still drop the
// triggers, which is why every entry is MAC-chained and checkpoints are signed.
import type { SqlDatabase, SqlExecutor } from '../db/sql-database';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';

export const AUDIT_SCHEMA_VERSION = 2;

const TABLES = `
CREATE TABLE IF NOT EXISTS audit_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_log (
  seq INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  user_id TEXT,
  role TEXT,
  action TEXT NOT NULL,
  record_ref TEXT,
  outcome TEXT NOT NULL,
  reason TEXT,
  session_id TEXT,
  mac BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_checkpoints (
  n INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  head_mac BLOB NOT NULL,
  time TEXT NOT NULL,
  next_public_key BLOB NOT NULL,
  signature BLOB NOT NULL
);
-- The writer's keys: the MAC key for entry next_seq and the current checkpoint signing key. Each is
-- replaced as it is used (audit-keys.ts); neither can produce anything for an earlier entry.
CREATE TABLE IF NOT EXISTS audit_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  next_seq INTEGER NOT NULL,
  mac_key BLOB NOT NULL,
  sign_n INTEGER NOT NULL,
  sign_seed BLOB NOT NULL
);
-- The first MAC key, sealed to each auditor's public key and to the recovery code's.
CREATE TABLE IF NOT EXISTS audit_grants (holder TEXT PRIMARY KEY, box TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_log_time ON audit_log(time);
CREATE INDEX IF NOT EXISTS audit_log_user ON audit_log(user_id);
CREATE INDEX IF NOT EXISTS audit_log_record ON audit_log(record_ref);
CREATE INDEX IF NOT EXISTS audit_log_session ON audit_log(session_id);
`;

const TRIGGER_NAMES: readonly string[] = ['audit_log_no_update', 'audit_log_no_delete', 'audit_checkpoints_no_update', 'audit_checkpoints_no_delete'];

const TRIGGERS = `
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;
`;

async function schemaVersion(ex: SqlExecutor): Promise<number | null> {
  const table = await ex.get<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_meta'`);
  if (!table) return null;
  const row = await ex.get<{ value: string }>(`SELECT value FROM audit_meta WHERE key = 'schema_version'`);
  return row ? Number(row.value) : null;
}

async function triggerCount(ex: SqlExecutor): Promise<number> {
  const present = await ex.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%'`);
  return present.filter((t) => TRIGGER_NAMES.includes(t.name)).length;
}

/**
 * Creates or upgrades the audit tables; safe to call on every open, and writes nothing when all is in
 * place. Must be called outside any transaction on `db` (it runs one of its own).
 */
export async function ensureAuditSchema(db: SqlDatabase): Promise<void> {
  if ((await schemaVersion(db)) === AUDIT_SCHEMA_VERSION && (await triggerCount(db)) === TRIGGER_NAMES.length) return;
  await db.transaction(async (tx) => {
    const version = await schemaVersion(tx);
    if (version !== null && version > AUDIT_SCHEMA_VERSION) {
      throw new AppFailure('INTERNAL', 'The audit log was made by a newer version of Lockscribe.');
    }
    if (version !== null) {
      // Missing triggers on an existing log mean someone removed them: put them back and say so.
      const missing = TRIGGER_NAMES.length - (await triggerCount(tx));
      if (missing > 0) logEvent('warn', 'audit-triggers-restored', { missing });
    }
    await tx.exec(TABLES);
    await tx.exec(TRIGGERS);
    if (version === null) await tx.run(`INSERT INTO audit_meta (key, value) VALUES ('schema_version', ?)`, [String(AUDIT_SCHEMA_VERSION)]);
  });
}
