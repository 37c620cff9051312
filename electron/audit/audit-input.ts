// Validation of what services ask to record. The log holds opaque ids only; a free-text reason is
// accepted for the few actions where a person must justify themselves, and is capped.
import { AUDIT_ACTIONS, type AuditAction, type AuditOutcome } from '../../shared/contract/audit';
import { MAX_REASON_CHARS } from '../../shared/limits';
import { AppFailure } from '../base/app-failure';
import type { AuditEventInput } from './audit-types';

/** Actions that may carry a typed reason (break-glass and other acts that need a justification). */
export const REASON_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>([
  'break-glass.start',
  'break-glass.end',
  'vault.restore',
  'summary.sign',
  'user.disable',
  'user.role-change',
  'recovery.rotate',
  // De-identified export and guarded copy/print: counts by kind, built from the fixed kind list (deid-access.ts).
  'note.export-deidentified', 'summary.copy', 'summary.print', 'summary.export',
]);

export const MAX_AUDIT_REASON_CHARS = MAX_REASON_CHARS;

const ACTIONS: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
const OUTCOMES: ReadonlySet<string> = new Set<AuditOutcome>(['success', 'failure', 'denied']);
const USER_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const ROLE = /^[a-z][a-z-]{0,31}$/;
const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;
// 'note:<id>', 'user:<id>', 'summary:<id>:<version>'...: a kind and opaque ids, never words.
const RECORD_REF = /^[a-z][a-z-]{0,31}(:[A-Za-z0-9._-]{1,64}){1,3}$/;

export interface CleanEvent {
  readonly user_id: string | null;
  readonly role: string | null;
  readonly action: AuditAction;
  readonly record_ref: string | null;
  readonly outcome: AuditOutcome;
  readonly reason: string | null;
  readonly session_id: string | null;
}

function optional(value: string | null | undefined, pattern: RegExp, field: string, bad: string[]): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !pattern.test(value)) bad.push(field);
  return value;
}

/**
 * Control characters become spaces so a reason cannot forge line breaks in exports; a lone surrogate
 * becomes U+FFFD, as storing it as UTF-8 would, so the MAC covers exactly what is stored.
 */
function cleanReason(reason: string): string {
  let out = '';
  for (const ch of reason) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) out += ' ';
    else if (c >= 0xd800 && c <= 0xdfff) out += '\ufffd';
    else out += ch;
  }
  return out.trim();
}

/** Returns the event in storage form, or throws naming the bad fields (never their values). */
export function validateEvent(e: AuditEventInput): CleanEvent {
  const bad: string[] = [];
  if (!ACTIONS.has(e.action)) bad.push('action');
  if (!OUTCOMES.has(e.outcome)) bad.push('outcome');
  const user_id = optional(e.userId, USER_ID, 'userId', bad);
  const role = optional(e.role, ROLE, 'role', bad);
  const session_id = optional(e.sessionId, SESSION_ID, 'sessionId', bad);
  const record_ref = optional(e.recordRef, RECORD_REF, 'recordRef', bad);
  let reason: string | null = null;
  if (e.reason !== null && e.reason !== undefined) {
    if (typeof e.reason !== 'string' || !REASON_ACTIONS.has(e.action)) bad.push('reason');
    else {
      reason = cleanReason(e.reason);
      if (reason.length > MAX_AUDIT_REASON_CHARS) bad.push('reason');
      if (reason === '') reason = null;
    }
  }
  if (bad.length > 0) throw new AppFailure('INVALID_REQUEST', `The audit event is not valid (${bad.join(', ')}).`);
  return { user_id, role, action: e.action, record_ref, outcome: e.outcome, reason, session_id };
}
