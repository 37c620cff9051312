// Backup and restore: the administrator copies the vault out, or replaces it with a copy. A restore
// never rolls back keys (old passphrases, disabled users, an old recovery code stay gone), and it
// says in the restored log's own chain which head it replaced, so verify reports the rollback.
import { mkdir } from 'node:fs/promises';
import type { SessionInfo } from '../../shared/contract/vault';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { restrictDir } from '../platform/file-permissions';
import { requireRole } from './access';
import { EMPTY_STATE, withPending } from './sign-in-state';
import { vaultFailure } from './sql-errors';
import { commitRestore, discardStaged, exportBackup, stageRestore, verifyStaged, type StagedRestore } from './backup';
import { openVaultDb } from './vault-db';
import { wipe } from './key-material';
import type { OpenSession } from './sessions';
import type { VaultGate } from './gate';
import type { SessionService } from './session-service';

export interface RestoreOptions {
  /** Restore a backup older than the newest exported checkpoint anyway (recorded). */
  readonly allowOlderThanAnchor?: boolean;
}

export class BackupService {
  constructor(
    private readonly g: VaultGate,
    private readonly sessions: SessionService,
  ) {}

  /** Admin only: one encrypted file holding every store, with the keyring of enabled users. */
  async backup(dest: string): Promise<{ path: string }> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, ['admin'], 'vault.backup', null);
    const ref = `vault:${s.keyring.vaultId}`;
    try {
      // Signed first, so everything the backup holds is covered by a checkpoint.
      await s.audit.checkpoint();
      const head = await s.db.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM audit_log');
      await exportBackup(s.db, g.paths, s.keyring, head?.seq ?? 0, g.now(), dest);
    } catch (e) {
      await g.auditNow(s, 'vault.backup', ref, 'failure').catch(() => undefined);
      throw await vaultFailure(e, g.paths.dir, 'backup');
    }
    await g.auditNow(s, 'vault.backup', ref, 'success');
    return { path: dest };
  }

  /** Who may restore: an admin of the open vault, or anyone where there is no vault yet. */
  async checkMayRestore(): Promise<void> {
    if (this.g.open) requireRole(this.g.open, 'admin');
    else if (await this.g.vaultPresent()) throw new AppFailure('LOCKED');
  }

  restore(backupFile: string, options: RestoreOptions = {}): Promise<SessionInfo> {
    const g = this.g;
    return this.sessions.transitions.run(async () => {
      const s = g.open;
      await this.checkMayRestore();
      // A new computer: the folder may not exist yet.
      await mkdir(g.paths.dir, { recursive: true, mode: 0o700 })
        .then(() => restrictDir(g.paths.dir))
        .catch(async (e: unknown) => {
          throw await vaultFailure(e, g.paths.dir, 'restore-mkdir');
        });
      const staged = await stageRestore(backupFile, g.paths).catch(async (e: unknown) => {
        throw await vaultFailure(e, g.paths.dir, 'restore-stage');
      });
      try {
        const stamp = g.now().replace(/[^0-9]/g, '').slice(0, 14);
        if (!s) {
          await commitRestore(g.paths, staged, stamp, null);
          // A new installation starts its own sign-in state (and device key), with the restore queued for the log.
          await g.writeSignIn(withPending(EMPTY_STATE, { at: g.o.clock.now().getTime(), kind: 'restore', userId: null }));
        } else {
          await this.replaceOpenVault(s, staged, stamp, options);
        }
        g.present = true;
        logEvent('info', 'vault-restored');
        return g.info();
      } catch (e) {
        await discardStaged(staged);
        throw await vaultFailure(e, g.paths.dir, 'restore');
      }
    });
  }

  private async replaceOpenVault(s: OpenSession, staged: StagedRestore, stamp: string, options: RestoreOptions): Promise<void> {
    const g = this.g;
    const b = staged.header.keyring;
    if (b.vaultId !== s.keyring.vaultId) throw new AppFailure('VAULT_FOREIGN');
    // Keys changed since the backup (a user disabled, the recovery code rotated): restoring it would
    // hand back access that was taken away.
    if (b.dirEpoch !== s.keyring.dirEpoch || b.recovery.publicKey !== s.keyring.recovery.publicKey) {
      await g.auditNow(s, 'vault.restore', `vault:${b.vaultId}`, 'denied');
      throw new AppFailure('INVALID_REQUEST', 'This backup was made before a key change (a user was disabled or the recovery code was rotated). Restoring it would bring back access that was taken away, so it is refused. Use a backup made since.');
    }
    const anchor = await s.db.get<{ ref: string | null }>("SELECT record_ref AS ref FROM audit_log WHERE action = 'audit.checkpoint-export' AND outcome = 'success' ORDER BY seq DESC LIMIT 1");
    const anchoredSeq = Number(anchor?.ref?.split(':')[1] ?? 0);
    if (staged.header.auditHeadSeq < anchoredSeq && !options.allowOlderThanAnchor) {
      await g.auditNow(s, 'vault.restore', `vault:${b.vaultId}`, 'denied');
      throw new AppFailure('INVALID_REQUEST', `This backup ends at audit entry ${staged.header.auditHeadSeq}, before the newest exported checkpoint (entry ${anchoredSeq}). Restoring it would roll the log back past an anchor kept elsewhere; confirm to restore anyway (it is recorded).`);
    }
    await verifyStaged(g.o.driver, staged, s.keys.dirKey);
    const head = await s.db.get<{ seq: number | null; time: string | null }>('SELECT seq, time FROM audit_log ORDER BY seq DESC LIMIT 1');
    const who = s.user.id;
    const dirKey = Buffer.from(s.keys.dirKey);
    try {
      await this.sessions.endCurrent('manual');
      await commitRestore(g.paths, staged, stamp, s.keyring);
      // The restored log records, in its own chain, the head it replaced.
      const db = await openVaultDb(g.o.driver, g.paths.db, dirKey, 'directory');
      try {
        const audit = await g.o.openAudit(db, g.o.clock);
        const override = staged.header.auditHeadSeq < anchoredSeq ? ' past the newest exported checkpoint, by override' : '';
        await audit.appendNow({
          userId: who,
          role: 'admin',
          sessionId: null,
          action: 'vault.restore',
          recordRef: `vault:${b.vaultId}`,
          outcome: 'success',
          reason: `rolled back from entry ${head?.seq ?? 0} to ${staged.header.auditHeadSeq} at ${g.now()} by ${who}${override}`,
        });
        await audit.checkpoint();
        audit.close();
      } finally {
        await db.close();
      }
    } finally {
      wipe(dirKey);
    }
  }
}
