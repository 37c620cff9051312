// The app as the renderer reaches it, for tests: createApp over real services (vault on disk, model
// host in its own process) with harmless ports, and the contract called through dispatch.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp, type LockscribeApp } from './create-app';
import { dispatch } from './dispatch';
import { MemoryClipboard } from './ports';
import { forkHostChannel } from '../model-host/host-channel';
import { buildHostBundle } from '../model-host/test-bundles';
import { ADMIN_PASS, TEST_KDF } from '../vault/vault-test-support';
import type { Result } from '../../shared/errors';

export interface TestApp {
  readonly app: LockscribeApp;
  readonly dir: string;
  /** Every event main emitted, in order. */
  readonly events: { readonly name: string; readonly payload: unknown }[];
  /** Called as each event is emitted, before main goes on: a test can act at an exact moment. */
  onEvent(listener: (name: string, payload: unknown) => void): void;
  call(method: string, request?: unknown): Promise<Result<unknown>>;
  /** The method's value; throws with its error code when it failed. */
  value<T>(method: string, request?: unknown): Promise<T>;
  /** 'OK' or the error code. */
  code(method: string, request?: unknown): Promise<string>;
  close(): Promise<void>;
}

/** A fresh app in a temporary folder, its vault set up with the administrator `root` (ADMIN_PASS). */
export async function startTestApp(prefix: string): Promise<TestApp> {
  const script = await buildHostBundle();
  const dir = await mkdtemp(path.join(os.tmpdir(), `lockscribe-${prefix}-`));
  const events: { name: string; payload: unknown }[] = [];
  const listeners: ((name: string, payload: unknown) => void)[] = [];
  const app = await createApp({
    dataDir: path.join(dir, 'vault'),
    modelsDir: path.join(dir, 'models'),
    hostChannel: () => forkHostChannel(script),
    dialogs: { chooseModelFile: async () => null, chooseSavePath: async () => path.join(dir, 'out.file'), chooseOpenPath: async () => null },
    clipboard: new MemoryClipboard(),
    events: {
      emit: (name: string, payload: unknown) => {
        events.push({ name, payload });
        for (const l of listeners) l(name, payload);
      },
    },
    kdf: TEST_KDF,
  });
  const call = (method: string, request: unknown = {}) => dispatch(app.handlers, method, request);
  const t: TestApp = {
    app,
    dir,
    events,
    onEvent: (listener) => void listeners.push(listener),
    call,
    async value<T>(method: string, request: unknown = {}): Promise<T> {
      const r = await call(method, request);
      if (!r.ok) throw new Error(`${method}: ${r.error.code}`);
      return r.value as T;
    },
    async code(method: string, request: unknown = {}) {
      const r = await call(method, request);
      return r.ok ? 'OK' : r.error.code;
    },
    async close() {
      await app.shutdown();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await t.value('setupVault', { adminName: 'root', passphrase: ADMIN_PASS });
  return t;
}
