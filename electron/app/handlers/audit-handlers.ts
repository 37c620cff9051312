// Contract methods for the auditor's view. Reading the log is itself recorded.
import type { Handlers } from '../dispatch';
import type { DialogPort } from '../ports';
import type { Clock } from '../clock';
import type { VaultService } from '../../vault/vault-service';
import type { auditMethods } from '../../../shared/contract/audit';

export interface AuditHandlerDeps {
  readonly vault: VaultService;
  readonly dialogs: DialogPort;
  readonly clock: Clock;
}

export function auditHandlers(d: AuditHandlerDeps): Pick<Handlers, keyof typeof auditMethods> {
  const auditors = () => d.vault.auditAccess(['auditor', 'admin']);
  const stamp = () => d.clock.now().toISOString().slice(0, 10);
  return {
    queryAudit: async ({ filter, sortBy, sortDir, limit, offset }) => {
      const { log, actor } = await auditors();
      const page = await log.query({ filter, sortBy, sortDir, limit, offset });
      const names = await d.vault.userNames();
      await log.appendNow({ ...actor, action: 'audit.view', recordRef: null, outcome: 'success' });
      return { total: page.total, entries: page.entries.map((e) => ({ ...e, userName: e.userId === null ? null : (names.get(e.userId) ?? null) })) };
    },
    verifyAudit: async () => {
      const { log, actor } = await auditors();
      const report = await log.verify();
      await log.appendNow({ ...actor, action: 'audit.verify', recordRef: null, outcome: report.ok ? 'success' : 'failure' });
      return report;
    },
    exportAudit: async ({ format, filter }) => {
      const { log, actor } = await auditors();
      const dest = await d.dialogs.chooseSavePath(`lockscribe-audit-${stamp()}.${format}`, [format]);
      if (dest === null) return null;
      const entries = await log.exportTo(dest, format, filter, actor);
      return { path: dest, entries };
    },
    listBreakGlass: ({ unreviewedOnly }) => d.vault.listBreakGlass(unreviewedOnly),
    reviewBreakGlass: ({ id }) => d.vault.reviewBreakGlass(id),
    exportCheckpoints: async () => {
      const { log, actor } = await auditors();
      const dest = await d.dialogs.chooseSavePath(`lockscribe-checkpoints-${stamp()}.json`, ['json']);
      if (dest === null) return null;
      const checkpoints = await log.exportCheckpoints(dest, actor);
      return { path: dest, checkpoints };
    },
  };
}
