// Contract methods for the auditor's view. Reading the log is itself recorded.
import type { Handlers } from '../dispatch';
import type { DialogPort } from '../ports';
import type { Clock } from '../../base/clock';
import type { VaultApi } from '../../vault/vault-api';
import type { auditMethods } from '../../../shared/contract/audit';
import { requireRole } from './require-role';

export interface AuditHandlerDeps {
  readonly vault: VaultApi;
  readonly dialogs: DialogPort;
  readonly clock: Clock;
}

export function auditHandlers(d: AuditHandlerDeps): Pick<Handlers, keyof typeof auditMethods> {
  const stamp = () => d.clock.now().toISOString().slice(0, 10);
  return {
    queryAudit: ({ filter, sortBy, sortDir, limit, offset }) => d.vault.queryAudit({ filter, sortBy, sortDir, limit, offset }),
    verifyAudit: () => d.vault.verifyAudit(),
    exportAudit: async ({ format, filter }) => {
      // Refused before the dialog opens if the user may not read the log.
      await requireRole(d.vault, ['auditor', 'admin'], 'audit.export');
      const dest = await d.dialogs.chooseSavePath(`lockscribe-audit-${stamp()}.${format}`, [format]);
      if (dest === null) return null;
      const entries = await d.vault.exportAudit(dest, format, filter);
      return { path: dest, entries };
    },
    listBreakGlass: ({ unreviewedOnly }) => d.vault.listBreakGlass(unreviewedOnly),
    reviewBreakGlass: ({ id }) => d.vault.reviewBreakGlass(id),
    exportCheckpoints: async () => {
      await requireRole(d.vault, ['auditor', 'admin'], 'audit.checkpoint-export');
      const dest = await d.dialogs.chooseSavePath(`lockscribe-checkpoints-${stamp()}.json`, ['json']);
      if (dest === null) return null;
      const checkpoints = await d.vault.exportCheckpoints(dest);
      return { path: dest, checkpoints };
    },
  };
}
