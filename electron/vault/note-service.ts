// Notes, summary versions and drafts: the clinician's domain. Every read and change of a record is
// audited; search words never are.
import type { AuditAction } from '../../shared/contract/audit';
import type { SummaryProvenance, SummaryStyle } from '../../shared/contract/model';
import type { Draft, NoteDetail, NoteListItem, SummaryVersion } from '../../shared/contract/vault';
import { AppFailure } from '../base/app-failure';
import { canReadAllNotes, canReadNote, canReadNotesAtAll, canWriteNotes } from './access';
import * as notes from './notes';
import * as drafts from './drafts';
import type { OpenSession } from './sessions';
import { requireId, type VaultGate } from './gate';

export class NoteService {
  constructor(private readonly g: VaultGate) {}

  async saveNote(text: string, summary: string, style: SummaryStyle, provenance: SummaryProvenance | null): Promise<{ noteId: string; versionId: string }> {
    const g = this.g;
    const s = g.session();
    if (!canWriteNotes(s)) return g.deny(s, 'note.create', null);
    if (text.trim() === '') throw new AppFailure('NOTE_EMPTY');
    return g.write(s, 'save-note', async (tx) => {
      const ids = await notes.insertNote(tx, { authorId: s.user.id, text, summary, style, provenance, at: g.now() });
      // The note is saved: the draft it came from is no longer needed.
      await drafts.clearDraft(tx, s.user.id);
      await s.audit.append(tx, g.event(s, 'note.create', `note:${ids.noteId}`, 'success'));
      return ids;
    });
  }

  async listNotes(query?: string, limit = 100): Promise<readonly NoteListItem[]> {
    const g = this.g;
    const s = g.session();
    const q = query?.trim() ? query : null;
    // The search string is never audited or logged: only that a search happened.
    if (!canReadNotesAtAll(s)) return g.deny(s, q ? 'note.search' : 'note.view', null);
    const authorId = canReadAllNotes(s) ? null : s.user.id;
    const list = await g.read(s, 'list-notes', (ex) => notes.listNotes(ex, { authorId, query: q, limit: Math.max(1, Math.min(500, limit)) }));
    if (q) await g.auditNow(s, 'note.search', null, 'success');
    return list;
  }

  async getNote(noteId: string): Promise<NoteDetail> {
    const g = this.g;
    const s = g.session();
    requireId(noteId);
    const head = await g.read(s, 'get-note', (ex) => notes.noteHead(ex, noteId));
    if (!head) throw new AppFailure('NOT_FOUND');
    if (!canReadNote(s, head.authorId)) return g.deny(s, 'note.view', `note:${noteId}`);
    return g.write(s, 'get-note', async (tx) => {
      const detail = (await notes.noteDetail(tx, noteId))!;
      // The note and every summary version shown with it: "who saw this summary" has an answer.
      await s.audit.appendMany(tx, [
        g.event(s, 'note.view', `note:${noteId}`, 'success'),
        ...detail.versions.map((v) => g.event(s, 'summary.view', `summary:${noteId}:${v.id}`, 'success')),
      ]);
      return detail;
    });
  }

  async editSummary(noteId: string, text: string): Promise<SummaryVersion> {
    const g = this.g;
    const s = g.session();
    const head = await this.ownNote(s, noteId, 'summary.edit');
    if (text.trim() === '') throw new AppFailure('NOTE_EMPTY');
    return g.write(s, 'edit-summary', async (tx) => {
      const version = await notes.addVersion(tx, head, text, s.user.id, g.now());
      await s.audit.append(tx, g.event(s, 'summary.edit', `summary:${noteId}:${version.id}`, 'success'));
      return version;
    });
  }

  async signSummary(noteId: string, versionId: string): Promise<SummaryVersion> {
    const g = this.g;
    const s = g.session();
    requireId(versionId);
    await this.ownNote(s, noteId, 'summary.sign');
    return g.write(s, 'sign-summary', async (tx) => {
      const version = await notes.versionById(tx, noteId, versionId);
      if (!version) throw new AppFailure('NOT_FOUND');
      // Signing twice changes nothing: a signed version is final.
      if (version.signedAt) return version;
      if (version.version !== (await notes.latestVersionNumber(tx, noteId))) {
        throw new AppFailure('INVALID_REQUEST', 'Only the latest version of a summary can be signed.');
      }
      const at = g.now();
      await notes.markSigned(tx, versionId, s.user.id, at);
      await s.audit.append(tx, g.event(s, 'summary.sign', `summary:${noteId}:${versionId}`, 'success'));
      return { ...version, signedAt: at, signedBy: s.user.id };
    });
  }

  /** Records are retained: deletion is always refused, and the attempt is audited. */
  async deleteNote(noteId: string): Promise<{ deleted: false }> {
    const s = this.g.session();
    requireId(noteId);
    await this.g.auditNow(s, 'note.delete-attempt', `note:${noteId}`, 'denied');
    return { deleted: false };
  }

  /** Audits a copy, export or print of a summary the user may read (the wiring does the act itself). */
  async recordSummaryUse(noteId: string | null, versionId: string | null, use: 'copy' | 'export' | 'print'): Promise<void> {
    const g = this.g;
    const s = g.session();
    const action = `summary.${use}` as const;
    for (const id of [noteId, versionId]) if (id !== null) requireId(id);
    if (noteId) {
      const head = await g.read(s, 'summary-use', (ex) => notes.noteHead(ex, noteId));
      if (!head) throw new AppFailure('NOT_FOUND');
      if (!canReadNote(s, head.authorId)) return g.deny(s, action, `note:${noteId}`);
    } else if (!canReadNotesAtAll(s)) return g.deny(s, action, null);
    const ref = noteId ? (versionId ? `summary:${noteId}:${versionId}` : `note:${noteId}`) : null;
    await g.auditNow(s, action, ref, 'success');
  }

  async saveDraft(text: string, style: SummaryStyle): Promise<{ savedAt: string }> {
    const s = this.g.session();
    if (!canWriteNotes(s)) throw new AppFailure('FORBIDDEN');
    const at = this.g.now();
    await this.g.write(s, 'save-draft', (tx) => drafts.saveDraft(tx, s.user.id, text, style, at));
    return { savedAt: at };
  }

  async getDraft(): Promise<Draft | null> {
    const s = this.g.session();
    if (!canWriteNotes(s)) return null;
    return this.g.read(s, 'get-draft', (ex) => drafts.readDraft(ex, s.user.id));
  }

  private async ownNote(s: OpenSession, noteId: string, action: AuditAction): Promise<notes.NoteHead> {
    requireId(noteId);
    const head = await this.g.read(s, action, (ex) => notes.noteHead(ex, noteId));
    if (!head) throw new AppFailure('NOT_FOUND');
    // Only the author changes or signs a note's summary, even in an emergency session.
    if (!canWriteNotes(s) || head.authorId !== s.user.id) return this.g.deny(s, action, `note:${noteId}`);
    return head;
  }
}
