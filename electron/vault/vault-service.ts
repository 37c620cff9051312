// The vault's one public face: each method hands off to the domain that owns it (sessions and keys,
// users, notes and drafts, backup, audit access), all over one gate that knows who is signed in.
// The app runs it on the vault worker thread (vault-worker.ts); tests and the CLI run it in-process.
import type { AuditAction, AuditFilter, AuditOutcome, AuditVerifyReport, BreakGlassRecord } from '../../shared/contract/audit';
import type { SummaryProvenance, SummaryStyle } from '../../shared/contract/model';
import type { Draft, NoteDetail, NoteListItem, Role, SessionInfo, Settings, SummaryVersion, UserInfo } from '../../shared/contract/vault';
import type { AuditActor, AuditLogService, AuditQuery } from '../audit/audit-types';
import type { LockReason } from './sessions';
import type { StructuredSummary } from '../../shared/summary-format';
import type { VersionContent } from './notes';
import type { SignReview } from './summary-review';
import type { VaultServiceOptions } from './vault-options';
import { VaultGate } from './gate';
import type { StoredNote } from './notes';
import { SessionService } from './session-service';
import { UserAdmin } from './user-admin';
import { NoteService, type SaveNoteMeta } from './note-service';
import type { NoteType } from '../../shared/note-meta';
import { BackupService, type RestoreOptions } from './backup-service';
import { AuditAccess, type NamedAuditEntry } from './audit-access';
import { DeidAccess, type KindCounts } from './deid-access';
import { PreferenceService } from './preference-service';
import type { Preferences } from '../../shared/contract/preferences';

export type { VaultServiceOptions } from './vault-options';

export class VaultService {
  private readonly sessions: SessionService;
  private readonly users: UserAdmin;
  private readonly notes: NoteService;
  private readonly backups: BackupService;
  private readonly audit: AuditAccess;
  private readonly deid: DeidAccess;
  private readonly preferences: PreferenceService;

  constructor(o: VaultServiceOptions) {
    const gate = new VaultGate(o);
    this.sessions = new SessionService(gate);
    this.users = new UserAdmin(gate, this.sessions);
    this.notes = new NoteService(gate);
    this.backups = new BackupService(gate, this.sessions);
    this.audit = new AuditAccess(gate);
    this.deid = new DeidAccess(gate);
    this.preferences = new PreferenceService(gate);
  }

  // sessions and keys
  getSession(): Promise<SessionInfo> { return this.sessions.getSession(); }
  setup(adminName: string, passphrase: string): Promise<{ session: SessionInfo; recoveryCode: string; auditAnchor: string }> { return this.sessions.setup(adminName, passphrase); }
  unlock(userName: string, passphrase: string): Promise<SessionInfo> { return this.sessions.unlock(userName, passphrase); }
  breakGlass(recoveryCode: string, reason: string): Promise<SessionInfo> { return this.sessions.breakGlass(recoveryCode, reason); }
  lock(reason: LockReason = 'manual'): Promise<SessionInfo> { return this.sessions.lock(reason); }
  signOut(): Promise<SessionInfo> { return this.sessions.signOut(); }
  reportActivity(): Promise<{ idleLockAt: string | null }> { return this.sessions.reportActivity(); }
  changePassphrase(current: string, next: string): Promise<{ changed: true }> { return this.sessions.changePassphrase(current, next); }

  // users and settings (admin)
  listUsers(): Promise<readonly UserInfo[]> { return this.users.listUsers(); }
  addUser(name: string, role: Role, passphrase: string): Promise<UserInfo> { return this.users.addUser(name, role, passphrase); }
  setUserDisabled(userId: string, disabled: boolean, recoveryCode?: string): Promise<UserInfo> { return this.users.setUserDisabled(userId, disabled, recoveryCode); }
  setUserRole(userId: string, role: Role): Promise<UserInfo> { return this.users.setUserRole(userId, role); }
  rotateRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> { return this.users.rotateRecoveryCode(passphrase); }
  getSettings(): Promise<Settings> { return this.users.getSettings(); }
  updateSettings(patch: Partial<Settings>): Promise<Settings> { return this.users.updateSettings(patch); }

  // notes, summaries and drafts (clinicians)
  saveNote(
    text: string,
    summary: string,
    style: SummaryStyle,
    provenance: SummaryProvenance | null,
    content?: VersionContent,
    meta?: SaveNoteMeta,
  ): Promise<{ noteId: string; versionId: string; version: number }> {
    return this.notes.saveNote(text, summary, style, provenance, content, meta);
  }
  updateNoteMeta(noteId: string, label: string | null, noteType: NoteType | null): Promise<{ label: string | null; noteType: NoteType | null }> {
    return this.notes.updateNoteMeta(noteId, label, noteType);
  }
  listNotes(query?: string, limit = 100): Promise<readonly NoteListItem[]> { return this.notes.listNotes(query, limit); }
  getNote(noteId: string): Promise<NoteDetail> { return this.notes.getNote(noteId); }
  editSummary(noteId: string, text: string, structured?: StructuredSummary | null): Promise<SummaryVersion> { return this.notes.editSummary(noteId, text, structured ?? null); }
  signSummary(noteId: string, versionId: string, review: SignReview): Promise<SummaryVersion> { return this.notes.signSummary(noteId, versionId, review); }
  deleteNote(noteId: string): Promise<{ deleted: false }> { return this.notes.deleteNote(noteId); }
  recordSummaryUse(noteId: string | null, versionId: string | null, use: 'copy' | 'export' | 'print'): Promise<void> { return this.notes.recordSummaryUse(noteId, versionId, use); }
  saveDraft(text: string, style: SummaryStyle): Promise<{ savedAt: string }> { return this.notes.saveDraft(text, style); }
  getDraft(): Promise<Draft | null> { return this.notes.getDraft(); }
  getPreferences(): Promise<Preferences> { return this.preferences.getPreferences(); }
  setPreferences(patch: Partial<Preferences>): Promise<Preferences> { return this.preferences.setPreferences(patch); }

  // de-identified sharing (the clinician's own notes)
  deidSource(noteId: string, audit: boolean): Promise<StoredNote> { return this.deid.deidSource(noteId, audit); }
  deidNameSource(noteId: string): Promise<string | null> { return this.deid.deidNameSource(noteId); }
  deidSurrogateKey(noteId: string): Promise<string> { return this.deid.deidSurrogateKey(noteId); }
  recordDeidExport(noteId: string, versionId: string, mode: 'redact' | 'surrogate', counts: KindCounts): Promise<void> { return this.deid.recordDeidExport(noteId, versionId, mode, counts); }
  recordGuardedUse(noteId: string | null, versionId: string | null, use: 'copy' | 'export' | 'print', choice: 'removed' | 'kept', counts: KindCounts): Promise<void> {
    return this.deid.recordGuardedUse(noteId, versionId, use, choice, counts);
  }

  // backup and restore (admin)
  backup(dest: string): Promise<{ path: string }> { return this.backups.backup(dest); }
  checkMayRestore(): Promise<void> { return this.backups.checkMayRestore(); }
  restore(backupFile: string, options: RestoreOptions = {}): Promise<SessionInfo> { return this.backups.restore(backupFile, options); }

  // the audit log and what other services record
  requireActor(roles: readonly Role[]): Promise<AuditActor> { return this.audit.requireActor(roles); }
  auditAccess(roles: readonly Role[]): Promise<{ log: AuditLogService; actor: AuditActor }> { return this.audit.auditAccess(roles); }
  queryAudit(q: AuditQuery): Promise<{ total: number; entries: NamedAuditEntry[] }> { return this.audit.queryAudit(q); }
  verifyAudit(options: { readonly checkpointsFile?: string } = {}): Promise<AuditVerifyReport> { return this.audit.verifyAudit(options); }
  exportAudit(dest: string, format: 'csv' | 'json', filter: AuditFilter): Promise<number> { return this.audit.exportAudit(dest, format, filter); }
  exportCheckpoints(dest: string): Promise<number> { return this.audit.exportCheckpoints(dest); }
  listBreakGlass(unreviewedOnly: boolean): Promise<readonly BreakGlassRecord[]> { return this.audit.listBreakGlass(unreviewedOnly); }
  reviewBreakGlass(id: string): Promise<BreakGlassRecord> { return this.audit.reviewBreakGlass(id); }
  userNames(): Promise<ReadonlyMap<string, string>> { return this.audit.userNames(); }
  record(action: AuditAction, recordRef: string | null, outcome: AuditOutcome): Promise<void> { return this.audit.record(action, recordRef, outcome); }
  recordSystemEvent(action: AuditAction, recordRef: string | null, outcome: AuditOutcome): Promise<void> { return this.audit.recordSystemEvent(action, recordRef, outcome); }
}
