import sqlcipher from '@journeyapps/sqlcipher';
import type { RunResult, SqlDatabase, SqlDriver, SqlExecutor, SqlParams } from './sql-database';

type Native = InstanceType<typeof sqlcipher.Database>;

/** Serializes work on one connection: node-sqlite3 interleaves async calls, transactions must not. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => (release = r));
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

function toArgs(params: SqlParams | undefined): unknown[] | Record<string, unknown> {
  if (params === undefined) return [];
  if (Array.isArray(params)) return params.map((p) => (typeof p === 'bigint' ? Number(p) : p));
  return params as Record<string, unknown>;
}

type Statement = ReturnType<Native['prepare']>;

// Statements worth keeping prepared: plain DML. PRAGMA, ATTACH (which binds a key) and DDL are
// prepared per call so no secret stays bound in a cached statement.
const CACHEABLE = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
const CACHE_LIMIT = 128;

/**
 * Prepared statements by SQL text. node-sqlite3 prepares on every db.run(); reusing a statement
 * halves the cost of a small write, which is most of what the audit log does.
 */
class StatementCache {
  private readonly map = new Map<string, Promise<Statement>>();
  constructor(private readonly db: Native) {}

  get(sql: string): Promise<Statement> | null {
    if (!CACHEABLE.test(sql)) return null;
    const hit = this.map.get(sql);
    if (hit) {
      // Most recently used last, so the oldest is evicted first.
      this.map.delete(sql);
      this.map.set(sql, hit);
      return hit;
    }
    const prepared = new Promise<Statement>((resolve, reject) => {
      const stmt: Statement = this.db.prepare(sql, (e: Error | null) => (e ? reject(e) : resolve(stmt)));
    });
    // A statement that fails to prepare is not kept: the caller gets the error, the next call retries.
    prepared.catch(() => this.map.delete(sql));
    this.map.set(sql, prepared);
    if (this.map.size > CACHE_LIMIT) {
      const [oldest, stmt] = this.map.entries().next().value as [string, Promise<Statement>];
      this.map.delete(oldest);
      void stmt.then(finalize, () => undefined);
    }
    return prepared;
  }

  async clear(): Promise<void> {
    const all = [...this.map.values()];
    this.map.clear();
    await Promise.all(all.map((p) => p.then(finalize, () => undefined)));
  }
}

function finalize(stmt: Statement): Promise<void> {
  return new Promise<void>((resolve) => stmt.finalize(() => resolve()));
}

function executor(db: Native, cache: StatementCache): SqlExecutor {
  return {
    run: async (sql, params) => {
      const stmt = await cache.get(sql);
      return new Promise<RunResult>((resolve, reject) => {
        const done = function (this: { changes: number; lastID: number }, e: Error | null) {
          if (e) reject(e);
          else resolve({ changes: this.changes, lastInsertRowid: this.lastID });
        };
        if (stmt) stmt.run(toArgs(params), done);
        else db.run(sql, toArgs(params), done);
      });
    },
    get: async <T>(sql: string, params?: SqlParams) => {
      const stmt = await cache.get(sql);
      return new Promise<T | undefined>((resolve, reject) => {
        if (!stmt) return void db.get(sql, toArgs(params), (e: Error | null, row: T | undefined) => (e ? reject(e) : resolve(row)));
        // A stepped statement holds a read snapshot until reset: reset before answering.
        stmt.get(toArgs(params), (e: Error | null, row: T | undefined) => stmt.reset(() => (e ? reject(e) : resolve(row))));
      });
    },
    all: async <T>(sql: string, params?: SqlParams) => {
      const stmt = await cache.get(sql);
      return new Promise<T[]>((resolve, reject) => {
        const done = (e: Error | null, rows: T[]) => (e ? reject(e) : resolve(rows));
        if (stmt) stmt.all(toArgs(params), done);
        else db.all(sql, toArgs(params), done);
      });
    },
    exec: (sql) => new Promise<void>((resolve, reject) => db.exec(sql, (e: Error | null) => (e ? reject(e) : resolve()))),
  };
}

function openNative(path: string, mode: number): Promise<Native> {
  return new Promise((resolve, reject) => {
    const db: Native = new sqlcipher.Database(path, mode, (e: Error | null) => (e ? reject(e) : resolve(db)));
  });
}

/** SQLCipher 4 through @journeyapps/sqlcipher (Linux and macOS). */
export const sqlcipherDriver: SqlDriver = {
  async open(path, rawKey, options = { create: false }) {
    if (rawKey.length !== 32) throw new Error('SQLCipher key must be 32 bytes');
    const mode = sqlcipher.OPEN_READWRITE | (options.create ? sqlcipher.OPEN_CREATE : 0);
    const native = await openNative(path, mode);
    const cache = new StatementCache(native);
    const ex = executor(native, cache);
    const mutex = new Mutex();
    // A raw key skips SQLCipher's own KDF: ours is done once per user when the key is unwrapped.
    // The hex form goes straight to the native library and is never logged.
    await ex.exec(`PRAGMA key = "x'${rawKey.toString('hex')}'";`);
    let closed = false;
    const guarded = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => (...a: A) => mutex.run(() => fn(...a));
    const database: SqlDatabase = {
      run: guarded(ex.run),
      get: guarded(ex.get) as SqlDatabase['get'],
      all: guarded(ex.all) as SqlDatabase['all'],
      exec: guarded(ex.exec),
      transaction: (fn) =>
        mutex.run(async () => {
          await ex.exec('BEGIN IMMEDIATE');
          try {
            const result = await fn(ex);
            await ex.exec('COMMIT');
            return result;
          } catch (e) {
            await ex.exec('ROLLBACK').catch(() => undefined);
            throw e;
          }
        }),
      close: () =>
        mutex.run(
          () =>
            (async () => {
              if (closed) return;
              closed = true;
              // Open statements would keep the connection (and its key) alive.
              await cache.clear();
              await new Promise<void>((resolve, reject) => native.close((e: Error | null) => (e ? reject(e) : resolve())));
            })(),
        ),
    };
    return database;
  },
};
