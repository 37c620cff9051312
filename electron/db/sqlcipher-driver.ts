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

function executor(db: Native): SqlExecutor {
  return {
    run: (sql, params) =>
      new Promise<RunResult>((resolve, reject) => {
        db.run(sql, toArgs(params), function (this: { changes: number; lastID: number }, e: Error | null) {
          if (e) reject(e);
          else resolve({ changes: this.changes, lastInsertRowid: this.lastID });
        });
      }),
    get: <T>(sql: string, params?: SqlParams) =>
      new Promise<T | undefined>((resolve, reject) => {
        db.get(sql, toArgs(params), (e: Error | null, row: T | undefined) => (e ? reject(e) : resolve(row)));
      }),
    all: <T>(sql: string, params?: SqlParams) =>
      new Promise<T[]>((resolve, reject) => {
        db.all(sql, toArgs(params), (e: Error | null, rows: T[]) => (e ? reject(e) : resolve(rows)));
      }),
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
    const ex = executor(native);
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
            new Promise<void>((resolve, reject) => {
              if (closed) return resolve();
              closed = true;
              native.close((e: Error | null) => (e ? reject(e) : resolve()));
            }),
        ),
    };
    return database;
  },
};
