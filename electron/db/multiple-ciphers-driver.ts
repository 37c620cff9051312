// SQLCipher 4 through better-sqlite3-multiple-ciphers (SQLite3MultipleCiphers, every OS). The file
// format is stock SQLCipher 4 (cipher=sqlcipher, legacy=4): @journeyapps/sqlcipher and the sqlcipher
// shell open it with the same raw key. The library is synchronous; the vault runs it on a worker
// thread (vault-worker), so the promises here resolve at once and cost one microtask, not a round trip.
import Database from 'better-sqlite3-multiple-ciphers';
import type { RunResult, SqlDatabase, SqlDriver, SqlExecutor, SqlParams, SqlValue } from './sql-database';
import { nativeBindingPath } from './native-binding';

/** A synchronous connection: better-sqlite3-multiple-ciphers, or plain better-sqlite3 in the bench. */
export interface Native {
  prepare(sql: string): unknown;
  exec(sql: string): unknown;
  close(): unknown;
  readonly inTransaction: boolean;
}
type Bound = SqlValue | Readonly<Record<string, SqlValue>>;
/** The part of a prepared statement we use, with the binding types this interface allows. */
interface Statement {
  readonly reader: boolean;
  run(...params: Bound[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: Bound[]): unknown;
  all(...params: Bound[]): unknown[];
}

// Statements worth keeping prepared: plain DML. PRAGMA (which may carry a key) and DDL are prepared
// per call so no secret stays bound in a cached statement.
const CACHEABLE = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
const CACHE_LIMIT = 256;

function args(params: SqlParams | undefined): Bound[] {
  if (params === undefined) return [];
  if (Array.isArray(params)) return params as SqlValue[];
  return [params as Readonly<Record<string, SqlValue>>];
}

class StatementCache {
  private readonly map = new Map<string, Statement>();
  constructor(private readonly db: Native) {}

  get(sql: string): Statement {
    if (!CACHEABLE.test(sql)) return this.db.prepare(sql) as Statement;
    const hit = this.map.get(sql);
    if (hit) {
      // Most recently used last, so the oldest is evicted first.
      this.map.delete(sql);
      this.map.set(sql, hit);
      return hit;
    }
    const stmt = this.db.prepare(sql) as Statement;
    this.map.set(sql, stmt);
    if (this.map.size > CACHE_LIMIT) this.map.delete(this.map.keys().next().value as string);
    return stmt;
  }

  clear(): void {
    this.map.clear();
  }
}

/** The synchronous executor the async interface wraps; the worker's fast paths use it directly. */
export interface SyncExecutor {
  run(sql: string, params?: SqlParams): RunResult;
  get<T>(sql: string, params?: SqlParams): T | undefined;
  all<T>(sql: string, params?: SqlParams): T[];
  exec(sql: string): void;
}

function syncExecutor(db: Native, cache: StatementCache): SyncExecutor {
  return {
    run: (sql, params) => {
      const stmt = cache.get(sql);
      const r = stmt.reader ? (stmt.all(...args(params)), { changes: 0, lastInsertRowid: 0 }) : stmt.run(...args(params));
      return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
    },
    // A statement that returns no rows (some PRAGMAs) answers with none, as SQLite's C API does.
    get: <T>(sql: string, params?: SqlParams) => {
      const stmt = cache.get(sql);
      if (stmt.reader) return stmt.get(...args(params)) as T | undefined;
      stmt.run(...args(params));
      return undefined;
    },
    all: <T>(sql: string, params?: SqlParams) => {
      const stmt = cache.get(sql);
      if (stmt.reader) return stmt.all(...args(params)) as T[];
      stmt.run(...args(params));
      return [];
    },
    exec: (sql) => void db.exec(sql),
  };
}

// Each call settles at once; wrapping in an async function turns a thrown SqliteError into a rejection.
function asyncExecutor(sx: SyncExecutor): SqlExecutor {
  return {
    run: async (sql, params) => sx.run(sql, params),
    get: async <T>(sql: string, params?: SqlParams) => sx.get<T>(sql, params),
    all: async <T>(sql: string, params?: SqlParams) => sx.all<T>(sql, params),
    exec: async (sql) => sx.exec(sql),
  };
}

/** Serializes transactions on one connection: an async body must not interleave with another. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private busy = false;
  get idle(): boolean {
    return !this.busy;
  }
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    await previous;
    this.busy = true;
    try {
      return await fn();
    } finally {
      this.busy = false;
      release();
    }
  }
}

export interface MultipleCiphersDatabase extends SqlDatabase {
  /** The synchronous executor, for code already running on the connection's own thread. */
  readonly sync: SyncExecutor;
}

/** A connection that can take a new key (SQLCipher rekey); plain better-sqlite3 in the bench cannot. */
interface Rekeyable extends Native {
  rekey?(literal: Buffer): unknown;
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * SQLCipher's raw-key literal x'<64 hex digits>' written straight into a Buffer, never a JS string
 * (strings cannot be wiped); the caller zeroes it as soon as the native call returns.
 */
export function rawKeyLiteral(rawKey: Buffer): Buffer {
  if (rawKey.length !== 32) throw new Error('SQLCipher key must be 32 bytes');
  const out = Buffer.alloc(3 + 64);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < 32; i++) {
    out[2 + i * 2] = HEX[rawKey[i]! >> 4]!;
    out[3 + i * 2] = HEX[rawKey[i]! & 15]!;
  }
  out[66] = 0x27;
  return out;
}

/** Applies the SQLCipher 4 scheme and the raw key (which skips SQLCipher's KDF: ours ran at unlock). */
export function keyConnection(db: InstanceType<typeof Database>, rawKey: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  const literal = rawKeyLiteral(rawKey);
  try {
    db.key(literal);
  } finally {
    literal.fill(0);
  }
}

export function openNative(path: string, rawKey: Buffer, create: boolean): InstanceType<typeof Database> {
  const binding = nativeBindingPath();
  const db = new Database(path, { fileMustExist: !create, ...(binding ? { nativeBinding: binding } : {}) });
  try {
    keyConnection(db, rawKey);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/**
 * The async interface over one synchronous connection. Any better-sqlite3-compatible handle works,
 * which lets the bench run the vault's own code on plain better-sqlite3 for a fair comparison.
 */
export function wrapConnection(native: Rekeyable): MultipleCiphersDatabase {
  const cache = new StatementCache(native);
  const sx = syncExecutor(native, cache);
  const ex = asyncExecutor(sx);
  const mutex = new Mutex();
  let closed = false;
  // Outside a transaction a plain call needs no lock when none is running (the common case).
  const guarded =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    (...a: A) =>
      mutex.idle ? fn(...a) : mutex.run(() => fn(...a));
  return {
    sync: sx,
    run: guarded(ex.run),
    get: guarded(ex.get) as SqlDatabase['get'],
    all: guarded(ex.all) as SqlDatabase['all'],
    exec: guarded(ex.exec),
    transaction: (fn, options) =>
      mutex.run(async () => {
        // The connection's own level comes back after the commit, whatever happens in between.
        const level = options?.durable === false ? (native.prepare('PRAGMA synchronous') as Statement).get() as { synchronous: number } : null;
        if (level) native.exec('PRAGMA synchronous = NORMAL');
        try {
          native.exec('BEGIN IMMEDIATE');
          try {
            const result = await fn(ex);
            native.exec('COMMIT');
            return result;
          } catch (e) {
            if (native.inTransaction) native.exec('ROLLBACK');
            throw e;
          }
        } finally {
          if (level) native.exec(`PRAGMA synchronous = ${Math.trunc(level.synchronous)}`);
        }
      }),
    rekey: (newKey) =>
      mutex.run(async () => {
        if (!native.rekey) throw new Error('this connection cannot be re-keyed');
        // SQLCipher cannot rekey in WAL mode: leave it for the rekey, then return to WAL.
        cache.clear();
        native.exec('PRAGMA journal_mode = DELETE');
        const literal = rawKeyLiteral(newKey);
        try {
          native.rekey(literal);
        } finally {
          literal.fill(0);
          native.exec('PRAGMA journal_mode = WAL');
        }
      }),
    close: () =>
      mutex.run(async () => {
        if (closed) return;
        closed = true;
        cache.clear();
        native.close();
      }),
  };
}

export const multipleCiphersDriver: SqlDriver = {
  async open(path, rawKey, options = { create: false }) {
    return wrapConnection(openNative(path, rawKey, options.create));
  },
};
