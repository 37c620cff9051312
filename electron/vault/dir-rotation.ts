// Rotating the directory key (a user was disabled): a fresh key, the directory re-encrypted under it,
// and a grant of it sealed to every enabled user's public key. An older keyring or backup opens
// nothing current. Crash-safe: the next keyring is written first as keyring.pending.json; unlock
// tries it when the current one no longer opens the directory (the rekey happened, the rename did not).
import { rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { newDataKey } from './keys';
import { aad, writeKeyring, type Keyring } from './keyring';
import { seal } from './sealed-box';
import { wipe } from './key-material';
import { rekey } from './store-keys';
import { readHeader } from './vault-db';
import type { OpenSession } from './sessions';
import type { VaultGate } from './gate';

export function pendingKeyringPath(dir: string): string {
  return path.join(dir, 'keyring.pending.json');
}

export async function rotateDirKey(g: VaultGate, s: OpenSession, base: Keyring): Promise<void> {
  const fresh = newDataKey();
  try {
    const epoch = base.dirEpoch + 1;
    const users = base.users.map((u) =>
      u.disabled || !u.publicKey ? u : { ...u, grants: { ...u.grants, dir: seal(fresh, Buffer.from(u.publicKey, 'base64'), aad.dirGrant(base.vaultId, u.userId, epoch)) } },
    );
    const next: Keyring = { ...base, dirEpoch: epoch, users };
    const pending = pendingKeyringPath(g.paths.dir);
    await writeKeyring(pending, next);
    await rekey(s.db, fresh);
    const header = await readHeader(g.paths.db);
    const final: Keyring = { ...next, dirSalt: header!.toString('hex') };
    await writeKeyring(pending, final);
    await rename(pending, g.paths.keyring);
    s.keyring = final;
    s.keys.dirKey.set(fresh);
  } finally {
    wipe(fresh);
    await unlink(pendingKeyringPath(g.paths.dir)).catch(() => undefined);
  }
}
