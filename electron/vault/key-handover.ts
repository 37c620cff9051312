// A passphrase change hands the account new keys. Whoever knew the old passphrase (an administrator
// sets the first one) and kept a copy of the old keyring can still unwrap the old private key; so the
// change makes a new key pair, and a clinician's notes store a new key, and nothing sealed from then on
// is sealed to the old pair. Notes written before the change stay readable to that old key.
import { unlink } from 'node:fs/promises';
import { newDataKey, type KdfParams } from './keys';
import { withUser, writeKeyring } from './keyring';
import { auditGrantBox, escrowBox, grantsFor, rewrapPrivateKey, wipe } from './key-material';
import { newKeyPair } from './sealed-box';
import { rekey } from './store-keys';
import { pendingKeyringPath } from './dir-rotation';
import type { OpenSession } from './sessions';
import type { VaultGate } from './gate';

export async function handOverKeys(g: VaultGate, s: OpenSession, passphrase: string, kdf: KdfParams): Promise<void> {
  const entry = s.keyring.users.find((u) => u.userId === s.user.id)!;
  const pair = newKeyPair();
  const notes = s.notes && s.keys.contentKey ? s.notes : null;
  const fresh = notes ? newDataKey() : null;
  const pending = pendingKeyringPath(g.paths.dir);
  let rekeyed = false;
  try {
    const publicKey = pair.publicRaw.toString('base64');
    const privateKeyWrap = await rewrapPrivateKey(s.keyring, s.user.id, pair.privateRaw, passphrase, kdf);
    // The owner chose this passphrase: no longer one an administrator set.
    const { passphraseSetBy: _setBy, ...own } = entry;
    const next = withUser(s.keyring, { ...own, publicKey, privateKeyWrap, grants: grantsFor(s.keyring, s.user.id, publicKey, s.keys.dirKey, fresh) });
    // Written before the notes store is re-keyed: if the app stops between that and the keyring being
    // saved, the next sign-in with the new passphrase takes this keyring up (session-service.ts).
    await writeKeyring(pending, next);
    if (notes && fresh) {
      await rekey(notes, fresh);
      rekeyed = true;
    }
    await g.write(s, 'change-passphrase', async (tx) => {
      await s.audit.append(tx, g.event(s, 'auth.passphrase-change', `user:${s.user.id}`, 'success'));
      if (fresh) {
        await tx.run('INSERT OR REPLACE INTO escrow (owner_id, box) VALUES (?, ?)', [s.user.id, JSON.stringify(escrowBox(s.keyring, s.user.id, fresh))]);
        await s.audit.append(tx, g.event(s, 'keys.rotate', `notes:${s.user.id}`, 'success'));
      }
      // An auditor's grant of the audit chain's first key follows the new pair.
      if (s.keys.auditFirstKey) {
        await tx.run('UPDATE audit_grants SET box = ? WHERE holder = ?', [JSON.stringify(auditGrantBox(s.keyring.vaultId, s.user.id, publicKey, s.keys.auditFirstKey)), s.user.id]);
      }
      await g.saveKeyring(s, next);
    });
    await unlink(pending).catch(() => undefined);
    s.keys.privateKey.set(pair.privateRaw);
    if (fresh) s.keys.contentKey!.set(fresh);
    g.emit();
  } catch (e) {
    // Nothing changed for good: the store goes back to the key the keyring still grants.
    if (rekeyed && notes) await rekey(notes, s.keys.contentKey!).catch(() => undefined);
    await unlink(pending).catch(() => undefined);
    throw e;
  } finally {
    wipe(pair.privateRaw, fresh);
  }
}
