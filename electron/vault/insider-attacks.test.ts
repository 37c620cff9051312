// The insider: a copy of every file the app wrote (vault folder, backups, older keyrings), their own
// passphrase, and any tool, offline. Each attack uses exactly that role's key material, opened from
// the files the way stock SQLCipher would, never through the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import type { SqlDatabase } from '../db/sql-database';
import { ChainKeys, nextMacKey } from '../audit/audit-keys';
import { encodeEntryFields, entryMac } from '../audit/audit-canonical';
import { parseKeyring, readKeyring, type Keyring } from './keyring';
import { openAuditGrant, unlockUserKeys, wipe, type UserKeys } from './key-material';
import type { SealedBox } from './sealed-box';
import { vaultPaths } from './vault-paths';
import { ADMIN_PASS, AUDITOR_PASS, CLIN_PASS, makeService, tempDir } from './vault-test-support';

const CLIN2_PASS = 'orange piano glacier whisper';
const CANARY_A = 'CANARY-ALPHA-carol-7d1f';
const CANARY_B = 'CANARY-BRAVO-dave-93c2';
const ROLES = [
  ['root', ADMIN_PASS],
  ['audrey', AUDITOR_PASS],
  ['carol', CLIN_PASS],
  ['dave', CLIN2_PASS],
] as const;

let t: { dir: string; cleanup: () => Promise<void> };
let dir: string;
let backupFile = '';
let ids: Record<string, string>;
let recoveryCode: string;

async function keysOf(name: string, passphrase: string, keyring?: Keyring): Promise<UserKeys | null> {
  const k = keyring ?? (await readKeyring(vaultPaths(dir).keyring));
  const entry = k.users.find((u) => u.name === name);
  return entry ? unlockUserKeys(k, entry, passphrase) : null;
}

/** Every key this material holds, tried on a file; the text of every table it opens. */
async function readableText(file: string, keys: readonly Buffer[]): Promise<string> {
  let text = '';
  for (const key of keys) {
    const db = await multipleCiphersDriver.open(file, key).catch(() => null);
    if (!db) continue;
    try {
      const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'");
      for (const { name } of tables) text += JSON.stringify(await db.all(`SELECT * FROM "${name}"`));
    } catch {
      // Not this key.
    } finally {
      await db.close();
    }
  }
  return text;
}

/** A copy of the whole vault folder, for an attack that changes it. */
async function vaultCopy(label: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const copy = await tempDir(`lockscribe-insider-${label}-`);
  await cp(dir, copy.dir, { recursive: true });
  return copy;
}

async function storeFiles(): Promise<string[]> {
  const p = vaultPaths(dir);
  return [p.db, ...(await readdir(p.notesDir)).filter((f) => f.endsWith('.db')).map((f) => path.join(p.notesDir, f))];
}

beforeAll(async () => {
  t = await tempDir('lockscribe-insider-');
  dir = t.dir;
  const { service } = makeService(dir);
  const setup = await service.setup('root', ADMIN_PASS);
  recoveryCode = setup.recoveryCode;
  ids = { root: setup.session.user!.id };
  ids.carol = (await service.addUser('carol', 'clinician', CLIN_PASS)).id;
  ids.dave = (await service.addUser('dave', 'clinician', CLIN2_PASS)).id;
  ids.audrey = (await service.addUser('audrey', 'auditor', AUDITOR_PASS)).id;
  backupFile = path.join(dir, '..', `${path.basename(dir)}-backup.lsvault`);
  await service.backup(backupFile);
  await service.lock();
  await service.unlock('carol', CLIN_PASS);
  await service.saveNote(`Chest pain. ${CANARY_A}`, `Summary ${CANARY_A}`, 'brief', null);
  await service.saveDraft(`Draft ${CANARY_A}`, 'brief');
  await service.listNotes('alpha');
  await service.lock();
  await service.unlock('dave', CLIN2_PASS);
  await service.saveNote(`Knee pain. ${CANARY_B}`, `Summary ${CANARY_B}`, 'soap', null);
  await service.lock();
  // Every session above ended with a signed checkpoint.
});
// The backup sits beside the vault folder, as a user's would: it goes with the folder.
afterAll(async () => {
  await rm(backupFile, { force: true });
  await t.cleanup();
});

describe('minimum necessary, by key', () => {
  it('an administrator or auditor opens no note, summary, draft or search index with their own key material', async () => {
    for (const [name, pass] of ROLES.slice(0, 2)) {
      const keys = (await keysOf(name, pass))!;
      expect(keys.contentKey).toBeNull();
      for (const file of await storeFiles()) {
        const text = await readableText(file, [keys.dirKey, keys.privateKey]);
        expect(text.includes(CANARY_A) || text.includes(CANARY_B), `${name} read ${path.basename(file)}`).toBe(false);
      }
      wipe(keys.privateKey, keys.dirKey);
    }
  });

  it("a clinician reads their own notes and none of another clinician's", async () => {
    const carol = (await keysOf('carol', CLIN_PASS))!;
    const all = await Promise.all((await storeFiles()).map((f) => readableText(f, [carol.dirKey, carol.privateKey, carol.contentKey!])));
    const text = all.join('');
    expect(text).toContain(CANARY_A);
    expect(text).not.toContain(CANARY_B);
    wipe(carol.privateKey, carol.dirKey, carol.contentKey);
  });

  it('the recovery code alone opens nothing: the escrow sits inside the directory', async () => {
    const keyring = await readKeyring(vaultPaths(dir).keyring);
    expect(JSON.stringify(keyring)).not.toMatch(/escrow/);
    // The directory itself needs a user's key; nothing in the keyring is sealed to the recovery key.
    expect(Object.keys(keyring.recovery)).toEqual(['publicKey', 'privateKeyWrap']);
  });
});

describe('forward integrity of the audit log', () => {
  /** A copy of the vault for one attack; returns the attacker's directory handle and the auditor's verdict after. */
  async function attack(name: string, pass: string, act: (db: SqlDatabase, keys: UserKeys) => Promise<void>) {
    const copy = await vaultCopy('copy');
    const keys = (await keysOf(name, pass))!;
    const db = await multipleCiphersDriver.open(vaultPaths(copy.dir).db, keys.dirKey);
    try {
      await db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; DROP TRIGGER IF EXISTS audit_checkpoints_no_update; DROP TRIGGER IF EXISTS audit_checkpoints_no_delete;');
      await act(db, keys);
    } finally {
      await db.close();
      wipe(keys.privateKey, keys.dirKey, keys.contentKey);
    }
    const { service } = makeService(copy.dir);
    await service.unlock('audrey', AUDITOR_PASS);
    const report = await service.verifyAudit();
    await service.lock().catch(() => undefined);
    await copy.cleanup();
    return report;
  }

  const mutations: Record<string, (db: SqlDatabase) => Promise<void>> = {
    change: async (db) => void (await db.run("UPDATE audit_log SET user_id = 'u_someone_else' WHERE action = 'note.create'")),
    delete: async (db) => void (await db.run("DELETE FROM audit_log WHERE seq = (SELECT min(seq) FROM audit_log WHERE action = 'note.search')")),
    insert: async (db) => {
      await db.run('UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= 5');
      await db.run('UPDATE audit_log SET seq = seq - 999999 WHERE seq >= 1000000');
      await db.run("INSERT INTO audit_log (seq, time, user_id, role, action, record_ref, outcome, reason, session_id, mac) VALUES (5, '2026-01-01T08:00:00.000Z', NULL, NULL, 'network.blocked', NULL, 'denied', NULL, NULL, zeroblob(32))");
    },
    reorder: async (db) => {
      await db.run('UPDATE audit_log SET seq = -1 WHERE seq = 6');
      await db.run('UPDATE audit_log SET seq = 6 WHERE seq = 7');
      await db.run('UPDATE audit_log SET seq = 7 WHERE seq = -1');
    },
    truncate: async (db) => void (await db.run('DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)')),
    /** The strongest a key-state holder can do: re-MAC the last entry with the key the app keeps now. */
    'rewrite with the current key': async (db) => {
      const state = (await db.get<{ next_seq: number; mac_key: Buffer }>('SELECT next_seq, mac_key FROM audit_state'))!;
      const last = (await db.get<{ seq: number; time: string; user_id: string | null; role: string | null; action: string; record_ref: string | null; outcome: string; reason: string | null; session_id: string | null }>(
        'SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1',
      ))!;
      const prev = (await db.get<{ mac: Buffer }>('SELECT mac FROM audit_log WHERE seq = ?', [last.seq - 1]))!;
      const forged = { ...last, user_id: 'u_someone_else' };
      const mac = entryMac(state.mac_key, prev.mac, last.seq, encodeEntryFields(forged));
      await db.run('UPDATE audit_log SET user_id = ?, mac = ? WHERE seq = ?', [forged.user_id, mac, last.seq]);
      await db.run('UPDATE audit_state SET mac_key = ? WHERE id = 1', [nextMacKey(state.mac_key)]);
    },
  };

  for (const [name, pass] of [ROLES[0], ROLES[2]]) {
    for (const [kind, mutate] of Object.entries(mutations)) {
      it(`${name === 'root' ? 'an administrator' : 'a clinician'} cannot ${kind} entries unseen`, async () => {
        const report = await attack(name, pass, (db) => mutate(db));
        expect(report.ok, report.detail).toBe(false);
      });
    }
  }

  it('an auditor, who holds the first key, cannot change an entry covered by a signed checkpoint', async () => {
    const report = await attack('audrey', AUDITOR_PASS, async (db) => {
      const grant = (await db.get<{ box: string }>('SELECT box FROM audit_grants WHERE holder = ?', [ids.audrey as string]))!;
      expect(grant).toBeDefined();
      // Re-MAC everything from entry 3 on with keys derived from the first key, and fix the state too.
      const keyring = await readKeyring(vaultPaths(dir).keyring);
      const { openAuditGrant } = await import('./key-material');
      const keys = (await keysOf('audrey', AUDITOR_PASS, keyring))!;
      const first = openAuditGrant(keyring.vaultId, ids.audrey as string, JSON.parse(grant.box) as never, keys.privateKey)!;
      const chain = new ChainKeys(first);
      const rows = await db.all<{ seq: number; time: string; user_id: string | null; role: string | null; action: string; record_ref: string | null; outcome: string; reason: string | null; session_id: string | null; mac: Buffer }>(
        'SELECT * FROM audit_log ORDER BY seq',
      );
      let prev = rows[1]!.mac;
      for (const row of rows.slice(2)) {
        const forged = row.seq === 3 ? { ...row, user_id: 'u_someone_else' } : row;
        const mac = entryMac(chain.forSeq(row.seq), prev, row.seq, encodeEntryFields(forged));
        await db.run('UPDATE audit_log SET user_id = ?, mac = ? WHERE seq = ?', [forged.user_id, mac, row.seq]);
        prev = mac;
      }
      await db.run('UPDATE audit_state SET mac_key = ? WHERE id = 1', [chain.forSeq(rows.length + 1)]);
    });
    expect(report.ok).toBe(false);
    expect(report.detail).toMatch(/checkpoint/);
  });
});

describe('revocation and restore', () => {
  it('after a clinician is disabled, their old keyring and passphrase open nothing current', async () => {
    const old = parseKeyring(await readFile(vaultPaths(dir).keyring, 'utf8'));
    const copy = await vaultCopy('revoke');
    const { service } = makeService(copy.dir);
    await service.unlock('root', ADMIN_PASS);
    // With the recovery code, the clinician's notes are re-keyed too.
    await service.setUserDisabled(ids.dave as string, true, recoveryCode);
    await service.lock();
    const stale = (await keysOf('dave', CLIN2_PASS, old))!;
    const current = vaultPaths(copy.dir).db;
    expect(await readableText(current, [stale.dirKey, stale.privateKey])).toBe('');
    expect(await readableText(vaultPaths(copy.dir).notes(ids.dave as string), [stale.dirKey, stale.privateKey, stale.contentKey!])).toBe('');
    // The current keyring holds nothing of theirs, and a backup made now carries no wrap of theirs.
    const now = await readKeyring(vaultPaths(copy.dir).keyring);
    expect(now.users.find((u) => u.name === 'dave')).toMatchObject({ disabled: true, publicKey: null, privateKeyWrap: null, grants: {} });
    // Enabled again, they read their own notes with the new key.
    await service.unlock('root', ADMIN_PASS);
    await service.setUserDisabled(ids.dave as string, false);
    await service.lock();
    await service.unlock('dave', CLIN2_PASS);
    expect((await service.listNotes()).length).toBe(1);
    await service.lock();
    wipe(stale.privateKey, stale.dirKey, stale.contentKey);
    await copy.cleanup();
  });

  it('the administrator who set a first passphrase, with the keyring of then, reads nothing written after the change', async () => {
    const copy = await vaultCopy('handover');
    const { service } = makeService(copy.dir);
    // The administrator adds Erin with a first passphrase they know, and keeps the keyring of that moment.
    await service.unlock('root', ADMIN_PASS);
    const FIRST = 'first passphrase the admin typed';
    const erin = (await service.addUser('erin', 'clinician', FIRST)).id;
    await service.lock();
    const then = parseKeyring(await readFile(vaultPaths(copy.dir).keyring, 'utf8'));
    // Erin changes it at first sign-in, then writes a note.
    await service.unlock('erin', FIRST);
    await service.changePassphrase(FIRST, 'violet harbor compass tundra');
    const CANARY_E = 'CANARY-ECHO-erin-51ab';
    await service.saveNote(`Rash. ${CANARY_E}`, `Summary ${CANARY_E}`, 'brief', null);
    await service.lock();
    const stale = (await keysOf('erin', FIRST, then))!;
    expect(stale.contentKey).not.toBeNull();
    const text = await readableText(vaultPaths(copy.dir).notes(erin), [stale.dirKey, stale.privateKey, stale.contentKey!]);
    expect(text).not.toContain(CANARY_E);
    // Nor does anything in today's files open to the old private key.
    const now = await readKeyring(vaultPaths(copy.dir).keyring);
    expect((await keysOf('erin', FIRST, now))).toBeNull();
    expect(now.users.find((u) => u.name === 'erin')!.publicKey).not.toBe(then.users.find((u) => u.name === 'erin')!.publicKey);
    // Erin reads her note; emergency access still opens it with the recovery code.
    await service.unlock('erin', 'violet harbor compass tundra');
    expect((await service.listNotes()).map((n) => n.title)).toEqual([expect.stringContaining('Rash')]);
    await service.lock();
    await service.unlock('dave', CLIN2_PASS);
    await service.breakGlass(recoveryCode, 'handover check in the insider test');
    expect((await service.listNotes()).some((n) => n.title.includes('Rash'))).toBe(true);
    await service.lock();
    wipe(stale.privateKey, stale.dirKey, stale.contentKey);
    await copy.cleanup();
  });

  it('an auditor who changes their passphrase keeps the audit key; their old key pair opens no current grant', async () => {
    const copy = await vaultCopy('auditor');
    const { service } = makeService(copy.dir);
    const old = (await keysOf('audrey', AUDITOR_PASS))!;
    await service.unlock('audrey', AUDITOR_PASS);
    await service.changePassphrase(AUDITOR_PASS, 'granite lantern meadow quartz');
    await service.lock();
    await service.unlock('audrey', 'granite lantern meadow quartz');
    expect((await service.verifyAudit()).ok).toBe(true);
    await service.lock();
    // The grant in today's directory is sealed to the new pair only.
    const db = await multipleCiphersDriver.open(vaultPaths(copy.dir).db, old.dirKey);
    const row = await db.get<{ box: string }>('SELECT box FROM audit_grants WHERE holder = ?', [ids.audrey as string]);
    await db.close();
    const vaultId = (await readKeyring(vaultPaths(copy.dir).keyring)).vaultId;
    expect(openAuditGrant(vaultId, ids.audrey as string, JSON.parse(row!.box) as SealedBox, old.privateKey)).toBeNull();
    wipe(old.privateKey, old.dirKey);
    await copy.cleanup();
  });

  it('tampered, malformed or deleted sign-in state is reported, throttles, and never breaks unlock', async () => {
    const copy = await vaultCopy('state');
    const stateFile = vaultPaths(copy.dir).signInState;
    const { service, clock } = makeService(copy.dir);
    // An injected event with a forged body (no valid MAC), then garbage.
    const forged = JSON.stringify({ body: JSON.stringify({ version: 2, failures: {}, pending: [{ at: 1, kind: 'restore', userId: 'u_fake' }], dropped: 0, tampered: false }), mac: '00'.repeat(32) });
    await writeFile(stateFile, forged);
    const throttled = await service.unlock('carol', CLIN_PASS).catch((e: { code: string }) => e.code);
    expect(throttled).toBe('THROTTLED');
    clock.advance(60_000);
    await service.unlock('carol', CLIN_PASS);
    await service.lock();
    // Each kind of tampering costs a short delay from when it is first seen, then unlock works again.
    const afterTamper = async (name: string, pass: string) => {
      expect(await service.unlock(name, pass).catch((e: { code: string }) => e.code)).toBe('THROTTLED');
      clock.advance(60_000);
      await service.unlock(name, pass);
    };
    await writeFile(stateFile, '{not json');
    await afterTamper('carol', CLIN_PASS);
    await service.lock();
    await copyFile(stateFile, `${stateFile}.bak`);
    const { rm } = await import('node:fs/promises');
    await rm(stateFile);
    await afterTamper('audrey', AUDITOR_PASS);
    const page = await service.queryAudit({ filter: {}, sortBy: 'seq', sortDir: 'asc', limit: 1000, offset: 0 });
    const actions = page.entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'auth.sign-in-state-tampered').length).toBe(3);
    expect(page.entries.some((e) => e.recordRef?.startsWith('restore:'))).toBe(false);
    await service.lock();
    await copy.cleanup();
  });
});

describe('a vault in the earlier format', () => {
  it('gets a clear message: its keys were shared by every role, and no migration exists', async () => {
    const old = await tempDir('lockscribe-v1-');
    await writeFile(path.join(old.dir, 'keyring.json'), JSON.stringify({ format: 'lockscribe-keyring', version: 1, vaultId: 'x', dbSalt: '00', users: [], recovery: {} }));
    await writeFile(path.join(old.dir, 'vault.db'), Buffer.alloc(4096, 1));
    const { service } = makeService(old.dir);
    const e = await service.unlock('root', ADMIN_PASS).catch((err: { code: string; message: string }) => err);
    expect(e).toMatchObject({ code: 'VAULT_FOREIGN', message: expect.stringMatching(/earlier version of Lockscribe.*no migration exists/) });
    await old.cleanup();
  });
});
