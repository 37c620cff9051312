// Helpers for the vault tests: temp vault directories, a service with cheap scrypt, and file scans.
import { afterEach, beforeEach } from 'vitest';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import { ManualClock } from '../base/clock';
import { AppFailure } from '../base/app-failure';
import { openAuditLog } from '../audit/audit-log';
import type { SessionInfo } from '../../shared/contract/vault';
import type { AuditEntry } from '../../shared/contract/audit';
import { readKeyring } from './keyring';
import { unlockUserKeys, wipe, type UserKeys } from './key-material';
import { vaultPaths } from './vault-paths';
import { VaultService } from './vault-service';
import type { KdfParams } from './keys';
import type { LockReason } from './sessions';

/** Cheap enough for tests on a shared 2-core machine; production params are tested once in keys.test.ts. */
export const TEST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

export const ADMIN_PASS = 'correct horse battery staple';
export const CLIN_PASS = 'violet tractor mountain seven';
export const AUDITOR_PASS = 'paper lantern quietly river';

export async function tempDir(prefix = 'lockscribe-vault-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A fresh vault folder and service for each test of the calling describe block, set up by `setup`,
 * then locked and removed after the test. Read `dir` and `h` inside tests.
 */
export function freshVaultEach(setup?: (h: Harness) => Promise<void>): { readonly dir: string; readonly h: Harness } {
  let current: { dir: string; h: Harness; cleanup: () => Promise<void> } | null = null;
  beforeEach(async () => {
    const { dir, cleanup } = await tempDir();
    current = { dir, h: makeService(dir), cleanup };
    await setup?.(current.h);
  });
  afterEach(async () => {
    await current?.h.service.lock().catch(() => undefined);
    await current?.cleanup();
    current = null;
  });
  return {
    get dir() {
      return current!.dir;
    },
    get h() {
      return current!.h;
    },
  };
}

export interface Harness {
  readonly service: VaultService;
  readonly clock: ManualClock;
  readonly sessions: SessionInfo[];
  readonly locks: (LockReason | 'sign-out')[];
}

export function makeService(dir: string, clock = new ManualClock()): Harness {
  const sessions: SessionInfo[] = [];
  const locks: (LockReason | 'sign-out')[] = [];
  const service = new VaultService({
    dir,
    driver: multipleCiphersDriver,
    clock,
    openAudit: openAuditLog,
    kdf: TEST_KDF,
    onSessionChanged: (s) => sessions.push(s),
    onLocked: (r) => locks.push(r),
  });
  return { service, clock, sessions, locks };
}

export async function sha256File(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** Every regular file under dir (recursively), skipping what vanishes while we look. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(full)));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

/** Occurrences of `needle` in a file, as UTF-8 and as UTF-16LE (how some stores keep text). */
export async function countIn(file: string, needle: string): Promise<number> {
  const data = await readFile(file).catch(() => null);
  if (!data) return 0;
  let n = 0;
  for (const enc of ['utf8', 'utf16le'] as const) {
    const pattern = Buffer.from(needle, enc);
    for (let i = data.indexOf(pattern); i !== -1; i = data.indexOf(pattern, i + 1)) n++;
  }
  return n;
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** What a user's passphrase opens, straight from the files (the service must be locked). */
export async function userKeys(dir: string, userName: string, passphrase: string): Promise<UserKeys> {
  const keyring = await readKeyring(vaultPaths(dir).keyring);
  const entry = keyring.users.find((u) => u.name === userName)!;
  const keys = await unlockUserKeys(keyring, entry, passphrase);
  if (!keys) throw new Error(`no keys for ${userName}`);
  return keys;
}

/** The audit log as stored, read with the directory key a user's passphrase opens (the service must be locked). */
export async function readAudit(dir: string, userName: string, passphrase: string): Promise<AuditEntry[]> {
  const keys = await userKeys(dir, userName, passphrase);
  const db = await multipleCiphersDriver.open(vaultPaths(dir).db, keys.dirKey);
  try {
    const log = await openAuditLog(db, new ManualClock());
    const all: AuditEntry[] = [];
    for (;;) {
      const { entries } = await log.query({ filter: {}, sortBy: 'seq', sortDir: 'asc', limit: 1000, offset: all.length });
      all.push(...entries);
      if (entries.length < 1000) return all;
    }
  } finally {
    await db.close();
    wipe(keys.privateKey, keys.dirKey, keys.contentKey);
  }
}

/** Every note id in a clinician's own store, read with the key their passphrase opens (the service must be locked). */
export async function readNoteIds(dir: string, userName: string, passphrase: string): Promise<Set<string>> {
  const keys = await userKeys(dir, userName, passphrase);
  const keyring = await readKeyring(vaultPaths(dir).keyring);
  const entry = keyring.users.find((u) => u.name === userName)!;
  const db = await multipleCiphersDriver.open(vaultPaths(dir).notes(entry.userId), keys.contentKey!);
  try {
    return new Set((await db.all<{ id: string }>('SELECT id FROM notes')).map((r) => r.id));
  } finally {
    await db.close();
    wipe(keys.privateKey, keys.dirKey, keys.contentKey);
  }
}

/** The AppFailure a promise rejects with (anything else is rethrown; success is an error). */
export async function failure(p: Promise<unknown>): Promise<AppFailure> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  throw new Error('expected a failure');
}
