// Emergency (break-glass) access inside a signed-in session: the recovery code's private key opens
// the escrowed notes keys; every other clinician's store opens read-only, until the session ends or
// the time runs out. Recorded under the operator's own id, with the reason they gave.
import type { SqlDatabase } from '../db/sql-database';
import { logEvent } from '../base/safe-log';
import { isSealedBox } from './sealed-box';
import { openEscrow, wipe } from './key-material';
import { openNotesStore } from './store-keys';
import { newId } from './ids';
import type { OpenSession } from './sessions';
import type { VaultGate } from './gate';

export async function startEmergency(g: VaultGate, s: OpenSession, recoveryKey: Buffer, reason: string, onExpire: () => void): Promise<void> {
  const rows = await g.read(s, 'break-glass', (ex) => ex.all<{ owner_id: string; box: string }>('SELECT owner_id, box FROM escrow'));
  const stores = new Map<string, SqlDatabase>();
  const keys: Buffer[] = [];
  try {
    for (const row of rows) {
      if (row.owner_id === s.user.id) continue; // One's own store is already open.
      const box: unknown = JSON.parse(row.box);
      const key = isSealedBox(box) ? openEscrow(s.keyring, row.owner_id, box, recoveryKey) : null;
      if (!key) {
        logEvent('warn', 'escrow-unreadable');
        continue;
      }
      keys.push(key);
      stores.set(row.owner_id, await openNotesStore(g.o.driver, g.paths, row.owner_id, key, true));
    }
    const at = g.o.clock.now();
    const until = new Date(at.getTime() + s.settings.breakGlassMinutes * 60_000);
    const recordId = newId('bg');
    await g.write(s, 'break-glass', async (tx) => {
      await tx.run('INSERT INTO break_glass_sessions (id, user_id, session_id, reason, started_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)', [
        recordId, s.user.id, s.id, reason, at.toISOString(), until.toISOString(),
      ]);
      await s.audit.append(tx, { ...g.event(s, 'break-glass.start', `break-glass:${recordId}`, 'success'), reason });
    });
    s.breakGlass = { recordId, until, reason, stores, keys };
    s.expiry = g.o.clock.setTimer(until.getTime() - at.getTime(), onExpire);
  } catch (e) {
    for (const db of stores.values()) await db.close().catch(() => undefined);
    wipe(...keys);
    throw e;
  }
}
