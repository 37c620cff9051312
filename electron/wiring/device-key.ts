// The device key that authenticates the sign-in state, kept by the OS keystore through Electron's
// safeStorage (Keychain, DPAPI, libsecret/kwallet). Where no keystore is available the vault falls back
// to a key file beside it (see electron/vault/sign-in-state.ts), which only catches naive edits.
import { safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logEvent } from '../base/safe-log';

export function osDeviceKey(dataDir: string): Buffer | undefined {
  try {
    if (!safeStorage.isEncryptionAvailable()) return undefined;
    // On Linux without a real keyring Chromium uses a hard-coded key: no better than the fallback file.
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
    const file = path.join(dataDir, 'device-key.sealed');
    try {
      const hex = safeStorage.decryptString(readFileSync(file));
      if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex');
    } catch {
      // First start on this device (or a keystore that changed): make a new one below.
    }
    const key = randomBytes(32);
    writeFileSync(file, safeStorage.encryptString(key.toString('hex')), { mode: 0o600 });
    return key;
  } catch {
    logEvent('warn', 'device-key-unavailable');
    return undefined;
  }
}
