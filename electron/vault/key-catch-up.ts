// Key work that can only be done by a holder, done when one signs in:
// - an auditor opens the audit chain's first key, grants it to auditors still waiting for it, and
//   re-seals it to the recovery code after the code was rotated;
// - a clinician whose notes key is not escrowed to the current recovery code (it was rotated) gets a
//   fresh notes key: their store is re-keyed, granted to them and escrowed to the new code, so the
//   old code opens nothing current.
import { newDataKey } from './keys';
import { withUser } from './keyring';
import { auditGrantBox, escrowBox, grantsFor, openAuditGrant, wipe } from './key-material';
import { isSealedBox } from './sealed-box';
import { rekey } from './store-keys';
import type { OpenSession } from './sessions';
import type { VaultGate } from './gate';

export async function catchUpKeys(g: VaultGate, s: OpenSession): Promise<void> {
  if (s.user.role === 'auditor') await catchUpAuditGrants(g, s);
  if (s.user.role === 'clinician') await refreshEscrow(g, s);
}

async function catchUpAuditGrants(g: VaultGate, s: OpenSession): Promise<void> {
  const vaultId = s.keyring.vaultId;
  const own = await s.db.get<{ box: string }>('SELECT box FROM audit_grants WHERE holder = ?', [s.user.id]);
  const box: unknown = own ? JSON.parse(own.box) : null;
  const first = isSealedBox(box) ? openAuditGrant(vaultId, s.user.id, box, s.keys.privateKey) : null;
  if (!first) return;
  s.keys.auditFirstKey = first;
  await grantWaitingAuditors(g, s, first);
}

/** Seals the first audit key to every enabled auditor without a grant, and to the recovery code. */
export async function grantWaitingAuditors(g: VaultGate, s: OpenSession, first: Buffer): Promise<void> {
  const vaultId = s.keyring.vaultId;
  const have = new Set((await s.db.all<{ holder: string }>('SELECT holder FROM audit_grants')).map((r) => r.holder));
  const auditors = await s.db.all<{ id: string }>("SELECT id FROM users WHERE role = 'auditor' AND disabled = 0");
  const grants: [string, string][] = [];
  for (const a of auditors) {
    const entry = s.keyring.users.find((u) => u.userId === a.id);
    if (!have.has(a.id) && entry?.publicKey) grants.push([a.id, JSON.stringify(auditGrantBox(vaultId, a.id, entry.publicKey, first))]);
  }
  if (!have.has('recovery')) grants.push(['recovery', JSON.stringify(auditGrantBox(vaultId, 'recovery', s.keyring.recovery.publicKey, first))]);
  if (grants.length === 0) return;
  await g.write(s, 'audit-grant', async (tx) => {
    for (const [holder, sealed] of grants) {
      await tx.run('INSERT OR REPLACE INTO audit_grants (holder, box) VALUES (?, ?)', [holder, sealed]);
      await s.audit.append(tx, g.event(s, 'keys.grant', holder === 'recovery' ? 'recovery:code' : `user:${holder}`, 'success'));
    }
  });
}

/**
 * A new notes key escrowed to the current recovery code, when none is (or, forced, after a passphrase
 * change taken up from a pending keyring, whose escrow may not have been saved).
 */
export async function refreshEscrow(g: VaultGate, s: OpenSession, force = false): Promise<void> {
  if (!s.notes || !s.keys.contentKey) return;
  const row = await s.db.get<{ box: string }>('SELECT box FROM escrow WHERE owner_id = ?', [s.user.id]);
  if (row && !force) return;
  // No escrow under the current recovery code: a new notes key, so nothing the old code opened is current.
  const fresh = newDataKey();
  try {
    await rekey(s.notes, fresh);
    const entry = s.keyring.users.find((u) => u.userId === s.user.id)!;
    const grants = grantsFor(s.keyring, s.user.id, entry.publicKey!, s.keys.dirKey, fresh);
    await g.write(s, 'escrow-refresh', async (tx) => {
      await tx.run('INSERT OR REPLACE INTO escrow (owner_id, box) VALUES (?, ?)', [s.user.id, JSON.stringify(escrowBox(s.keyring, s.user.id, fresh))]);
      await s.audit.append(tx, g.event(s, 'keys.rotate', `notes:${s.user.id}`, 'success'));
      await g.saveKeyring(s, withUser(s.keyring, { ...entry, grants }));
    });
    s.keys.contentKey!.set(fresh);
  } finally {
    wipe(fresh);
  }
}
