// The vault on its own thread, as the app runs it: each operation is one message; failures cross as
// AppFailure codes with their fixed texts; session and lock events reach the main side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildTestBundle } from '../model-host/test-bundles';
import { isAppFailure } from '../base/app-failure';
import type { SessionInfo } from '../../shared/contract/vault';
import { startVaultWorker, type VaultWorker } from './vault-worker-client';
import { ADMIN_PASS, CLIN_PASS, TEST_KDF, tempDir } from './vault-test-support';

let script: string;
let t: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  script = await buildTestBundle('electron/vault/vault-worker.ts', 'vault-worker.mjs');
  t = await tempDir('lockscribe-worker-');
});
afterAll(async () => t.cleanup());

describe('vault worker', () => {
  let vault: VaultWorker;
  const sessions: SessionInfo[] = [];
  const locks: string[] = [];

  it('runs the vault on its own thread: set up, save, search, lock', async () => {
    vault = await startVaultWorker({ script, dir: path.join(t.dir, 'vault'), kdf: TEST_KDF, onSessionChanged: (s) => sessions.push(s), onLocked: (r) => locks.push(r) });
    const { session, recoveryCode } = await vault.setup('root', ADMIN_PASS);
    expect(session.vault).toBe('unlocked');
    expect(recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$/);
    await vault.addUser('carol', 'clinician', CLIN_PASS);
    await vault.unlock('carol', CLIN_PASS);
    const { noteId } = await vault.saveNote('Warfarin 5 mg daily; INR 2.4.', 'On warfarin.', 'brief', null);
    const found = await vault.listNotes('warfarin');
    expect(found.map((n) => n.id)).toEqual([noteId]);
    const names = await vault.lock();
    expect(names.vault).toBe('locked');
    expect(locks).toContain('manual');
    expect(sessions.at(-1)?.vault).toBe('locked');
  });

  it('sends failures across as AppFailure with their code and fixed text', async () => {
    const wrong = await vault.unlock('carol', 'not the passphrase at all').catch((e: unknown) => e);
    expect(isAppFailure(wrong) && wrong.code).toBe('BAD_CREDENTIALS');
    const locked = await vault.listNotes().catch((e: unknown) => e);
    expect(isAppFailure(locked) && locked.code).toBe('LOCKED');
  });

  it('authenticates the sign-in state with the device key it is given, with no key file beside the vault', async () => {
    const dir = path.join(t.dir, 'keyed');
    const w = await startVaultWorker({ script, dir, kdf: TEST_KDF, deviceKey: Buffer.alloc(32, 5) });
    await w.setup('root', ADMIN_PASS);
    await w.lock();
    await w.unlock('root', 'not the passphrase at all').catch(() => undefined);
    await w.terminate();
    const { readdir } = await import('node:fs/promises');
    const files = await readdir(dir);
    expect(files).toContain('sign-in-state.json');
    expect(files).not.toContain('device.key');
  });

  it('refuses a message that names no vault method', async () => {
    const raw = new Worker(script, { workerData: { dir: path.join(t.dir, 'other') } });
    const answer = await new Promise<unknown>((resolve) => {
      raw.on('message', (m: { kind: string }) => {
        if (m.kind === 'ready') raw.postMessage({ id: 1, method: 'constructor', args: [] });
        else resolve(m);
      });
    });
    expect(answer).toEqual({ kind: 'failure', id: 1, code: 'INVALID_REQUEST', message: '' });
    await raw.terminate();
    await vault.terminate();
  });
});
