// Composes the services behind the contract. Plain Node: Electron's main process, the end-to-end
// harness and (partly) the CLI all build the app here, with their own ports.
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { EventSink, Handlers } from './dispatch';
import type { SessionInfo } from '../../shared/contract/vault';
import type { ClipboardPort, DialogPort } from './ports';
import { systemClock, type Clock } from '../base/clock';
import { logEvent } from '../base/safe-log';
import type { HostChannel } from '../model-host/host-channel';
import { ModelHost } from '../model-host/host-client';
import { Summarizer } from '../summarizer/summarizer';
import { VaultService } from '../vault/vault-service';
import type { VaultApi } from '../vault/vault-api';
import { startVaultWorker } from '../vault/vault-worker-client';
import type { KdfParams } from '../vault/keys';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import { openAuditLog } from '../audit/audit-log';
import { modelHandlers } from './handlers/model-handlers';
import { vaultHandlers } from './handlers/vault-handlers';
import { auditHandlers } from './handlers/audit-handlers';
import { deidHandlers } from './handlers/deid-handlers';
import { preferenceHandlers } from './handlers/preference-handlers';
import { ProvenanceCache } from './provenance-cache';

export interface AppOptions {
  readonly dataDir: string;
  readonly modelsDir: string;
  readonly hostChannel: () => HostChannel;
  readonly dialogs: DialogPort;
  readonly clipboard: ClipboardPort;
  readonly events: EventSink;
  readonly clock?: Clock;
  /** scrypt cost for new key wraps; tests lower it. */
  readonly kdf?: KdfParams;
  /**
   * The built vault worker (dist/electron/vault-worker.mjs): the vault then runs on its own thread, as
   * in the app. Without it the vault runs in-process (tests that drive the clock by hand).
   */
  readonly vaultWorkerScript?: string;
  /** Authenticates the sign-in state: from the OS keystore where there is one. */
  readonly deviceKey?: Buffer;
}

export interface LockscribeApp {
  readonly handlers: Handlers;
  readonly vault: VaultApi;
  readonly host: ModelHost;
  /** The OS locked the screen or is going to sleep. */
  osLock(reason: 'os-lock' | 'sleep'): Promise<void>;
  /** The page tried to reach the network; the request was cancelled. */
  networkBlocked(scheme: string): void;
  shutdown(): Promise<void>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

export async function createApp(o: AppOptions): Promise<LockscribeApp> {
  const clock = o.clock ?? systemClock;
  const provenance = new ProvenanceCache();
  const running: { requestId: string | null } = { requestId: null };
  // The clipboard is cleared on lock only if it still holds what the app put there.
  let copiedDigest: Buffer | null = null;
  const clearOwnClipboard = () => {
    if (copiedDigest && sha256(o.clipboard.readText()).equals(copiedDigest)) o.clipboard.clear();
    copiedDigest = null;
  };

  const host = new ModelHost({ channel: o.hostChannel });
  const summarizer = new Summarizer(host, { clock });
  const onLocked = () => {
    clearOwnClipboard();
    provenance.clear();
    // A summary still streaming when the screen locks is stopped: its text would go nowhere. The model's
    // context is emptied so the note does not stay in the host's memory.
    if (running.requestId) void summarizer.stop(running.requestId);
    void host.clearContext().catch(() => undefined);
  };
  const onSessionChanged = (session: SessionInfo) => o.events.emit('sessionChanged', session);
  const dir = path.resolve(o.dataDir);
  const kdf = { ...(o.kdf ? { kdf: o.kdf } : {}), ...(o.deviceKey ? { deviceKey: o.deviceKey } : {}) };
  const worker = o.vaultWorkerScript && !o.clock ? await startVaultWorker({ script: o.vaultWorkerScript, dir, ...kdf, onLocked, onSessionChanged }) : null;
  const vault: VaultApi =
    worker ?? new VaultService({ dir, driver: multipleCiphersDriver, clock, openAudit: openAuditLog, ...kdf, onSessionChanged, onLocked });

  host.on('status', (status) => o.events.emit('modelStatus', status));
  host.on('restarted', (reason) => o.events.emit('hostRestarted', { reason }));
  await host.start();

  const handlers: Handlers = {
    ...modelHandlers({ host, summarizer, vault, dialogs: o.dialogs, modelsDir: o.modelsDir, events: o.events, provenance, running }),
    ...vaultHandlers({
      vault,
      dialogs: o.dialogs,
      provenance,
      clock,
      copy: (text) => {
        o.clipboard.writeText(text);
        copiedDigest = sha256(text);
      },
    }),
    ...auditHandlers({ vault, dialogs: o.dialogs, clock }),
    ...deidHandlers({ vault, dialogs: o.dialogs }),
    ...preferenceHandlers({ vault }),
  };

  let blockedSinceLog = 0;
  return {
    handlers,
    vault,
    host,
    async osLock(reason) {
      await vault.lock(reason);
    },
    networkBlocked(scheme) {
      blockedSinceLog++;
      logEvent('warn', 'network-blocked', { scheme, count: blockedSinceLog });
      void vault.recordSystemEvent('network.blocked', `scheme:${scheme.replace(/[^a-z0-9+.-]/gi, '').slice(0, 16)}`, 'denied');
    },
    async shutdown() {
      await vault.lock('manual').catch(() => undefined);
      await worker?.terminate();
      await host.dispose();
    },
  };
}
