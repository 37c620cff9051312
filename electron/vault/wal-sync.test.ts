import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import { VAULT_PRAGMAS } from './vault-db';
import { syncWal } from './wal-sync';
import { tempDir } from './vault-test-support';

describe('syncWal', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('lockscribe-walsync-')));
  afterEach(async () => cleanup());

  it('syncs the WAL a commit that did not wait for the disk left behind, and restores the connection level', async () => {
    const file = path.join(dir, 'a.db');
    const db = await multipleCiphersDriver.open(file, Buffer.alloc(32, 3), { create: true });
    await db.exec(VAULT_PRAGMAS);
    await db.exec('CREATE TABLE t (x)');
    await db.transaction((tx) => tx.run('INSERT INTO t VALUES (1)'), { durable: false });
    expect(await db.get('PRAGMA synchronous')).toEqual({ synchronous: 2 });
    await expect(syncWal(file)).resolves.toBeUndefined();
    await db.close();
  });

  it('syncs the database file once the WAL is gone (checkpointed into it), and fails when neither exists', async () => {
    const file = path.join(dir, 'b.db');
    const db = await multipleCiphersDriver.open(file, Buffer.alloc(32, 3), { create: true });
    await db.exec('CREATE TABLE t (x)');
    await db.close();
    await expect(syncWal(file)).resolves.toBeUndefined();
    await expect(syncWal(path.join(dir, 'missing.db'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
