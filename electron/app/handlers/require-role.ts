// A handler's own role check. A refusal (FORBIDDEN: signed in, wrong role) is written to the audit log
// as 'denied' under the refused user before it is returned, as the vault does for its own refusals.
// LOCKED (no session) is not an audit event: there is nobody to record it under.
import type { Role } from '../../../shared/contract/vault';
import type { AuditAction } from '../../../shared/contract/audit';
import type { VaultApi } from '../../vault/vault-api';
import { isAppFailure } from '../../base/app-failure';
import { logEvent } from '../../base/safe-log';

export type RoleGate = Pick<VaultApi, 'requireActor' | 'record'>;

export async function requireRole(vault: RoleGate, roles: readonly Role[], action: AuditAction, recordRef: string | null = null): Promise<void> {
  try {
    await vault.requireActor(roles);
  } catch (e) {
    if (isAppFailure(e) && e.code === 'FORBIDDEN') {
      await vault.record(action, recordRef, 'denied').catch(() => logEvent('warn', 'refusal-not-recorded', { action }));
    }
    throw e;
  }
}
