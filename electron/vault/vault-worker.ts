// The vault worker thread: it owns the vault's database connections and runs each VaultService
// operation whole (a transaction, a query, an integrity check, a backup), so no SQLite call ever runs
// on the app's main thread. The main side sends one message per operation (vault-worker-client.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import { openAuditLog } from '../audit/audit-log';
import { systemClock } from '../base/clock';
import { isAppFailure } from '../base/app-failure';
import { logEvent, setLogSink } from '../base/safe-log';
import { VaultService } from './vault-service';
import { isVaultMethod, type FromWorker, type ToWorker } from './vault-api';
import type { KdfParams } from './keys';

interface VaultWorkerData {
  readonly dir: string;
  readonly kdf?: KdfParams;
  readonly deviceKey?: Uint8Array;
}

const port = parentPort;
if (!port) throw new Error('vault-worker must run as a worker thread');
const data = workerData as VaultWorkerData;
const post = (m: FromWorker) => port.postMessage(m);
// The operational log goes wherever the main thread sends its own.
setLogSink((line) => post({ kind: 'log', line }));

const vault = new VaultService({
  dir: data.dir,
  driver: multipleCiphersDriver,
  clock: systemClock,
  openAudit: openAuditLog,
  ...(data.kdf ? { kdf: data.kdf } : {}),
  ...(data.deviceKey ? { deviceKey: Buffer.from(data.deviceKey) } : {}),
  onSessionChanged: (session) => post({ kind: 'session', session }),
  onLocked: (reason) => post({ kind: 'locked', reason }),
});

port.on('message', (m: ToWorker) => {
  void (async () => {
    if (!isVaultMethod(m.method) || !Array.isArray(m.args)) {
      post({ kind: 'failure', id: m.id, code: 'INVALID_REQUEST', message: '' });
      return;
    }
    try {
      const fn = vault[m.method] as (...a: unknown[]) => Promise<unknown>;
      post({ kind: 'result', id: m.id, value: await fn.apply(vault, m.args) });
    } catch (e) {
      // Only AppFailure's fixed texts cross; anything else might quote SQL or patient text.
      if (isAppFailure(e)) post({ kind: 'failure', id: m.id, code: e.code, message: e.message });
      else {
        logEvent('error', 'vault-worker-unexpected', { method: m.method, name: e instanceof Error ? e.name : typeof e });
        post({ kind: 'failure', id: m.id, code: 'INTERNAL', message: '' });
      }
    }
  })();
});
post({ kind: 'ready' });
