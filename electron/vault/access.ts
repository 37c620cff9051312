// Who may do what. Clinicians work with their own notes; an emergency (break-glass) session may read
// everyone's; admins manage users and settings but see no note content; auditors see only the audit log.
import { AppFailure } from '../base/app-failure';
import type { Role } from '../../shared/contract/vault';
import type { OpenSession } from './sessions';

export function requireRole(s: OpenSession, ...roles: Role[]): void {
  if (!roles.includes(s.user.role)) throw new AppFailure('FORBIDDEN');
}

export function canWriteNotes(s: OpenSession): boolean {
  return s.user.role === 'clinician';
}

/** Reading every author's notes: only inside an open break-glass session, never for auditors. */
export function canReadAllNotes(s: OpenSession): boolean {
  return s.breakGlass !== null && s.user.role !== 'auditor';
}

export function canReadNotesAtAll(s: OpenSession): boolean {
  return canWriteNotes(s) || canReadAllNotes(s);
}

export function canReadNote(s: OpenSession, authorId: string): boolean {
  return (canWriteNotes(s) && authorId === s.user.id) || canReadAllNotes(s);
}
