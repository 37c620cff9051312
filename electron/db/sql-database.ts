// The small database interface every service uses. The SQLCipher driver (better-sqlite3-multiple-ciphers) is
// the implementation on every OS (Linux, macOS, Windows), in the SQLCipher 4 file format.

export type SqlValue = string | number | bigint | Buffer | null;
export type SqlParams = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;

export interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number;
}

export interface SqlExecutor {
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

export interface TransactionOptions {
  /**
   * false: the commit does not wait for the disk (WAL with synchronous = NORMAL). It survives a crash of
   * the process but not a power loss until the next durable commit or checkpoint of this file, so the
   * caller must hold what it wrote durably elsewhere (see notes-commit.ts). Default true.
   */
  readonly durable?: boolean;
}

export interface SqlDatabase extends SqlExecutor {
  /** Runs fn inside BEGIN IMMEDIATE ... COMMIT, serialized against every other call on this handle. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Re-encrypts the whole file under a new raw 256-bit key (SQLCipher rekey). */
  rekey(newKey: Buffer): Promise<void>;
  close(): Promise<void>;
}

export interface SqlDriver {
  /** Opens (or creates) an encrypted database with a raw 256-bit key. */
  open(path: string, rawKey: Buffer, options?: { readonly create: boolean }): Promise<SqlDatabase>;
}
