import { z } from 'zod';
import { method } from './define';

export const AUDIT_ACTIONS = [
  'auth.sign-in', 'auth.sign-out', 'auth.sign-in-failed', 'auth.lock', 'auth.unlock', 'auth.passphrase-change', 'auth.sign-in-state-tampered',
  'break-glass.start', 'break-glass.end', 'break-glass.review',
  'note.create', 'note.view', 'note.edit', 'note.delete-attempt', 'note.search', 'note.export-deidentified',
  'summary.generate', 'summary.view', 'summary.edit', 'summary.sign', 'summary.copy', 'summary.export', 'summary.print', 'summary.version-add',
  'user.create', 'user.disable', 'user.enable', 'user.role-change', 'recovery.rotate', 'keys.rotate', 'keys.grant',
  'settings.change', 'model.import', 'model.select',
  'vault.create', 'vault.backup', 'vault.restore', 'vault.integrity-failure',
  'audit.view', 'audit.verify', 'audit.export', 'audit.checkpoint-export',
  'network.blocked',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** One audit entry as shown to an auditor. Never holds note or summary text, passphrases or search strings. */
export interface AuditEntry {
  readonly seq: number;
  readonly time: string;
  readonly userId: string | null;
  readonly role: string | null;
  readonly action: AuditAction;
  readonly recordRef: string | null;
  readonly outcome: AuditOutcome;
  readonly reason: string | null;
  readonly sessionId: string | null;
}

/** An entry as the auditor's screen shows it: the log keeps ids; the current name is looked up. */
export interface AuditEntryView extends AuditEntry {
  readonly userName: string | null;
}

export type AuditDamage = 'changed' | 'deleted' | 'inserted' | 'reordered' | 'truncated';

export interface AuditVerifyReport {
  readonly ok: boolean;
  readonly entries: number;
  readonly checkpoints: number;
  readonly firstBadSeq: number | null;
  readonly damage: AuditDamage | null;
  /** Plain-language explanation for the auditor. */
  readonly detail: string;
}

/** One emergency (break-glass) session in the review queue. The reason is the user's own words. */
export interface BreakGlassRecord {
  readonly id: string;
  readonly userId: string;
  readonly userName: string;
  readonly sessionId: string;
  readonly reason: string;
  readonly startedAt: string;
  readonly expiresAt: string;
  readonly endedAt: string | null;
  readonly endReason: string | null;
  readonly reviewedAt: string | null;
  readonly reviewedBy: string | null;
  /** Audit entries written under that session: how much happened during the emergency. */
  readonly events: number;
}

const SortField = z.enum(['seq', 'time', 'userId', 'role', 'action', 'recordRef', 'outcome', 'sessionId']);

export const AuditFilterSchema = z
  .object({
    userId: z.string().max(64).optional(),
    action: AuditActionSchema.optional(),
    recordRef: z.string().max(128).optional(),
    sessionId: z.string().max(64).optional(),
    from: z.string().datetime().optional(),
    to: z.string().datetime().optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const auditMethods = {
  queryAudit: method<{ readonly entries: readonly AuditEntryView[]; readonly total: number }>()(
    z
      .object({
        filter: AuditFilterSchema.default({}),
        sortBy: SortField.default('seq'),
        sortDir: z.enum(['asc', 'desc']).default('desc'),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  verifyAudit: method<AuditVerifyReport>()(z.object({}).strict()),
  /** Writes the filtered log to a file the user chooses; resolves null when cancelled. */
  exportAudit: method<{ readonly path: string; readonly entries: number } | null>()(
    z.object({ format: z.enum(['csv', 'json']), filter: AuditFilterSchema.default({}) }).strict(),
  ),
  /** The emergency-access review queue (auditors): unreviewed sessions first. */
  listBreakGlass: method<readonly BreakGlassRecord[]>()(z.object({ unreviewedOnly: z.boolean().default(false) }).strict()),
  /** Marks one emergency session reviewed; nobody reviews their own. */
  reviewBreakGlass: method<BreakGlassRecord>()(z.object({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) }).strict()),
  exportCheckpoints: method<{ readonly path: string; readonly checkpoints: number } | null>()(z.object({}).strict()),
} as const;
