// The app's side of the vault worker: a VaultApi whose every call is one message to the worker
// thread and one answer back. The main thread never waits on SQLite or scrypt.
import { Worker } from 'node:worker_threads';
import type { SessionInfo } from '../../shared/contract/vault';
import { ERROR_MESSAGES, type ErrorCode } from '../../shared/errors';
import { AppFailure } from '../base/app-failure';
import { forwardLogLine, logEvent } from '../base/safe-log';
import { VAULT_METHODS, type FromWorker, type ToWorker, type VaultApi } from './vault-api';
import type { KdfParams } from './keys';
import type { LockReason } from './sessions';

export interface VaultWorkerOptions {
  /** The built worker script (dist/electron/vault-worker.mjs). */
  readonly script: string;
  readonly dir: string;
  readonly kdf?: KdfParams;
  readonly deviceKey?: Buffer;
  readonly onSessionChanged?: (session: SessionInfo) => void;
  readonly onLocked?: (reason: LockReason | 'sign-out') => void;
}

export interface VaultWorker extends VaultApi {
  /** Stops the thread (after a lock: the key leaves memory with it). */
  terminate(): Promise<void>;
}

function failure(code: string, message: string): AppFailure {
  const known = (code in ERROR_MESSAGES ? code : 'INTERNAL') as ErrorCode;
  return new AppFailure(known, message || ERROR_MESSAGES[known]);
}

export async function startVaultWorker(o: VaultWorkerOptions): Promise<VaultWorker> {
  const worker = new Worker(o.script, { workerData: { dir: o.dir, ...(o.kdf ? { kdf: o.kdf } : {}), ...(o.deviceKey ? { deviceKey: o.deviceKey } : {}) } });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let nextId = 1;
  // terminate() makes the thread exit with code 1: expected, not worth an error line.
  let terminating = false;
  let dead: AppFailure | null = null;

  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: FromWorker) => {
      switch (m.kind) {
        case 'ready':
          return resolve();
        case 'result':
          pending.get(m.id)?.resolve(m.value);
          pending.delete(m.id);
          return;
        case 'failure':
          pending.get(m.id)?.reject(failure(m.code, m.message));
          pending.delete(m.id);
          return;
        case 'session':
          return o.onSessionChanged?.(m.session as SessionInfo);
        case 'locked':
          return o.onLocked?.(m.reason as LockReason | 'sign-out');
        case 'log':
          return forwardLogLine(m.line);
      }
    });
  });
  worker.on('exit', (code) => {
    dead = new AppFailure('INTERNAL');
    if (code !== 0 && !terminating) logEvent('error', 'vault-worker-exit', { code });
    for (const p of pending.values()) p.reject(dead);
    pending.clear();
  });
  await ready;

  const call = (method: ToWorker['method'], args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      if (dead) return reject(dead);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args } satisfies ToWorker);
    });

  const api = Object.fromEntries(VAULT_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)])) as unknown as VaultApi;
  return {
    ...api,
    async terminate() {
      terminating = true;
      await worker.terminate();
    },
  };
}
