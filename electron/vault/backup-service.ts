// Backup and restore: the administrator copies the vault out, or replaces it with a copy.
import { mkdir } from 'node:fs/promises';
import type { SessionInfo } from '../../shared/contract/vault';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { requireRole } from './access';
import { readSignInState, withPending, writeSignInState } from './sign-in-state';
import { vaultFailure } from './sql-errors';
import { commitRestore, discardStaged, exportBackup, stageRestore, verifyStaged } from './backup';
import type { VaultGate } from './gate';
import type { SessionService } from './session-service';

export class BackupService {
  constructor(
    private readonly g: VaultGate,
    private readonly sessions: SessionService,
  ) {}

  /** Admin only: an encrypted copy at `dest`, with its keyring at `dest.keyring.json`. */
  async backup(dest: string): Promise<{ path: string }> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, ['admin'], 'vault.backup', null);
    const ref = `vault:${s.keyring.vaultId}`;
    try {
      await exportBackup(s.db, s.key, s.keyring, dest);
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

  /**
   * Replaces the vault with a backup. With an admin session, the backup must be of this vault and is
   * verified with the open key first; the vault then locks (passphrases are those of the backup). With
   * no vault here (a new computer), the files are copied and the restore is audited at the first unlock.
   * The replaced database is kept beside it as vault.db.pre-restore-<time>.
   */
  restore(backupFile: string): Promise<SessionInfo> {
    const g = this.g;
    return this.sessions.transitions.run(async () => {
      const s = g.open;
      await this.checkMayRestore();
      // A new computer: the folder may not exist yet.
      await mkdir(g.paths.dir, { recursive: true, mode: 0o700 }).catch(async (e: unknown) => {
        throw await vaultFailure(e, g.paths.dir, 'restore-mkdir');
      });
      const staged = await stageRestore(backupFile, g.paths).catch(async (e: unknown) => {
        throw await vaultFailure(e, g.paths.dir, 'restore-stage');
      });
      try {
        if (s) {
          if (staged.keyring.vaultId !== s.keyring.vaultId) throw new AppFailure('VAULT_FOREIGN');
          await verifyStaged(g.o.driver, staged, s.key);
          await this.sessions.endCurrent('manual');
        }
        const stamp = g.now().replace(/[^0-9]/g, '').slice(0, 14);
        await commitRestore(g.paths, staged, stamp);
        const state = await readSignInState(g.paths.signInState);
        await writeSignInState(g.paths.signInState, withPending(state, { at: g.o.clock.now().getTime(), kind: 'restore', userId: s?.user.id ?? null }));
        g.present = true;
        logEvent('info', 'vault-restored');
        return g.info();
      } catch (e) {
        await discardStaged(staged);
        throw await vaultFailure(e, g.paths.dir, 'restore');
      }
    });
  }
}
