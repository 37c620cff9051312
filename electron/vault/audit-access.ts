// The audit log for its readers, the emergency-access review queue, and events other services
// record under the signed-in user. Reading the log is itself recorded; so is every refusal.
import type { AuditAction, AuditEntry, AuditFilter, AuditOutcome, AuditVerifyReport, BreakGlassRecord } from '../../shared/contract/audit';
import type { Role } from '../../shared/contract/vault';
import type { AuditActor, AuditLogService, AuditQuery } from '../audit/audit-types';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { withPending } from './sign-in-state';
import * as users from './users';
import * as reviews from './break-glass-reviews';
import type { OpenSession } from './sessions';
import { requireId, type VaultGate } from './gate';

const READERS: readonly Role[] = ['auditor', 'admin'];

export type NamedAuditEntry = AuditEntry & { readonly userName: string | null };

export class AuditAccess {
  constructor(private readonly g: VaultGate) {}

  /** The signed-in actor, if their role is one of `roles`: LOCKED without a session, FORBIDDEN otherwise. */
  async requireActor(roles: readonly Role[]): Promise<AuditActor> {
    const s = this.g.session();
    if (!roles.includes(s.user.role)) throw new AppFailure('FORBIDDEN');
    return this.actor(s);
  }

  /** In-process only (CLI): the log object itself, for its readers. A refusal is recorded. */
  async auditAccess(roles: readonly Role[]): Promise<{ log: AuditLogService; actor: AuditActor }> {
    const s = this.g.session();
    if (!roles.includes(s.user.role)) return this.g.deny(s, 'audit.view', null);
    return { log: s.audit, actor: this.actor(s) };
  }

  /** A page of the log with current user names beside the ids it keeps; the view is recorded. */
  async queryAudit(q: AuditQuery): Promise<{ total: number; entries: NamedAuditEntry[] }> {
    const { s, log } = await this.reader();
    const page = await log.query(q);
    const names = await this.userNames();
    await log.appendNow(this.g.event(s, 'audit.view', null, 'success'));
    return { total: page.total, entries: page.entries.map((e) => ({ ...e, userName: e.userId === null ? null : (names.get(e.userId) ?? null) })) };
  }

  /**
   * Full verification needs the audit chain's first key, which only auditors (and the recovery code)
   * hold: an administrator can read the log but cannot check, or forge, its MACs.
   */
  async verifyAudit(options: { readonly checkpointsFile?: string } = {}): Promise<AuditVerifyReport> {
    const s = this.g.session();
    if (s.user.role !== 'auditor') return this.g.deny(s, 'audit.verify', null);
    const log = s.audit;
    if (!s.keys.auditFirstKey) {
      await this.g.auditNow(s, 'audit.verify', null, 'failure');
      throw new AppFailure('FORBIDDEN', 'You have not been given the audit key yet: another auditor grants it when they next sign in.');
    }
    const anchor = Buffer.from(s.keyring.auditAnchor, 'base64');
    const report = await log.verify({ ...options, firstKey: s.keys.auditFirstKey, anchor });
    await log.appendNow(this.g.event(s, 'audit.verify', null, report.ok ? 'success' : 'failure'));
    return report;
  }

  async exportAudit(dest: string, format: 'csv' | 'json', filter: AuditFilter): Promise<number> {
    const { s, log } = await this.reader();
    return log.exportTo(dest, format, filter, this.actor(s));
  }

  async exportCheckpoints(dest: string): Promise<number> {
    const { s, log } = await this.reader();
    return log.exportCheckpoints(dest, Buffer.from(s.keyring.auditAnchor, 'base64'), this.actor(s));
  }

  /** The review queue. Reading it is an audit view like any other. */
  async listBreakGlass(unreviewedOnly: boolean): Promise<readonly BreakGlassRecord[]> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, ['auditor'], 'audit.view', null);
    const list = await g.read(s, 'list-break-glass', (ex) => reviews.listBreakGlass(ex, unreviewedOnly));
    await g.auditNow(s, 'audit.view', null, 'success');
    return list;
  }

  /** An auditor who did not use the emergency session marks it reviewed, once it has ended. */
  async reviewBreakGlass(id: string): Promise<BreakGlassRecord> {
    const g = this.g;
    const s = g.session();
    requireId(id);
    const ref = `break-glass:${id}`;
    await g.requireRoleAudited(s, ['auditor'], 'break-glass.review', ref);
    const rec = await g.read(s, 'review-break-glass', (ex) => reviews.breakGlassById(ex, id));
    if (!rec) throw new AppFailure('NOT_FOUND');
    if (rec.userId === s.user.id) {
      await g.auditNow(s, 'break-glass.review', ref, 'denied');
      throw new AppFailure('FORBIDDEN', 'You cannot review your own emergency access.');
    }
    if (rec.endedAt === null && Date.parse(rec.expiresAt) > g.o.clock.now().getTime()) {
      throw new AppFailure('INVALID_REQUEST', 'This emergency session is still open. Review it once it has ended.');
    }
    if (rec.reviewedAt !== null) return rec;
    return g.write(s, 'review-break-glass', async (tx) => {
      await reviews.markReviewed(tx, id, s.user.id, g.now());
      await s.audit.append(tx, g.event(s, 'break-glass.review', ref, 'success'));
      return (await reviews.breakGlassById(tx, id))!;
    });
  }

  /** Current user names by id, for the audit view (the log itself keeps ids only). */
  async userNames(): Promise<ReadonlyMap<string, string>> {
    const g = this.g;
    const s = g.session();
    await g.requireRoleAudited(s, READERS, 'audit.view', null);
    const list = await g.read(s, 'user-names', (ex) => users.listUsers(ex));
    return new Map(list.map((u) => [u.id, u.name]));
  }

  /** Records an act done elsewhere (model selection, generation) under the signed-in user. */
  async record(action: AuditAction, recordRef: string | null, outcome: AuditOutcome): Promise<void> {
    await this.g.auditNow(this.g.session(), action, recordRef, outcome);
  }

  /**
   * Records something the app noticed on its own (a blocked network request). Never throws: while
   * locked the event is queued (without its ref) and written at the next unlock.
   */
  async recordSystemEvent(action: AuditAction, recordRef: string | null, outcome: AuditOutcome): Promise<void> {
    const g = this.g;
    try {
      const s = g.open;
      if (s) {
        await s.audit.appendNow({ userId: null, role: null, sessionId: s.id, action, recordRef, outcome });
        return;
      }
      if (action !== 'network.blocked' || !(await g.vaultPresent())) return;
      const state = await g.readSignIn();
      await g.writeSignIn(withPending(state, { at: g.o.clock.now().getTime(), kind: 'network-blocked', userId: null }));
    } catch {
      logEvent('warn', 'system-event-not-recorded', { action });
    }
  }

  private actor(s: OpenSession): AuditActor {
    return { userId: s.user.id, role: s.user.role, sessionId: s.id };
  }

  private async reader(): Promise<{ s: OpenSession; log: AuditLogService }> {
    const s = this.g.session();
    if (!READERS.includes(s.user.role)) return this.g.deny(s, 'audit.view', null);
    return { s, log: s.audit };
  }
}
