// Notes, summary versions and drafts: the clinician's domain. A clinician's notes live in their own
// store, under their own key; an emergency session reads the others read-only. Every read and change
// of a record is audited in the directory; search words never are.
import type { AuditAction } from '../../shared/contract/audit';
import type { SummaryProvenance, SummaryStyle } from '../../shared/contract/model';
import type { Draft, NoteDetail, NoteListItem, SummaryVersion } from '../../shared/contract/vault';
import { StructuredSummarySchema, type StructuredSummary } from '../../shared/summary-format';
import { renderSummaryText } from '../../shared/parse-structured';
import type { SqlDatabase, SqlExecutor } from '../db/sql-database';
import { AppFailure } from '../base/app-failure';
import { canReadNotesAtAll, canWriteNotes } from './access';
import * as notes from './notes';
import * as drafts from './drafts';
import type { OpenSession } from './sessions';
import { requireId, type VaultGate } from './gate';
import { signatureFor, withReport, type SignReview } from './summary-review';
import { findSameNote, noteTextHash } from './note-identity';
import { MAX_LABEL_CHARS, normalizeLabel, type NoteType } from '../../shared/note-meta';

/** What a save may say about the note besides its text: how to tell it apart, and which note it was saved as. */
export interface SaveNoteMeta {
  readonly label?: string | null;
  readonly noteType?: NoteType | null;
  /** The note this text was saved as before (the workspace remembers it). */
  readonly noteId?: string | null;
}

/** A label as stored: folded and checked again here, whoever the caller is. */
function checkedLabel(label: string | null | undefined): string | null {
  const l = normalizeLabel(label);
  if (l !== null && [...l].length > MAX_LABEL_CHARS) throw new AppFailure('INVALID_REQUEST', `A label is at most ${MAX_LABEL_CHARS} characters.`);
  return l;
}

/** A structured summary from outside the service is checked against the format before it is stored. */
function validStructured(doc: StructuredSummary | null): StructuredSummary | null {
  if (doc === null) return null;
  const parsed = StructuredSummarySchema.safeParse(doc);
  if (!parsed.success) throw new AppFailure('INVALID_REQUEST', 'The summary is not a lockscribe-summary v1 document.');
  return parsed.data;
}

export class NoteService {
  constructor(private readonly g: VaultGate) {}

  async saveNote(
    text: string,
    summary: string,
    style: SummaryStyle,
    provenance: SummaryProvenance | null,
    content: notes.VersionContent = notes.PLAIN_CONTENT,
    meta: SaveNoteMeta = {},
  ): Promise<{ noteId: string; versionId: string; version: number }> {
    const g = this.g;
    const s = g.session();
    const store = await this.writable(s, 'note.create', null);
    if (text.trim() === '') throw new AppFailure('NOTE_EMPTY');
    if (meta.noteId) requireId(meta.noteId);
    const label = checkedLabel(meta.label);
    const noteType = meta.noteType ?? null;
    const checked = { ...content, structured: validStructured(content.structured) };
    // Text and statements always agree: a generation's text is what it rendered (bound by its hash);
    // any other structured summary's text is rendered here.
    const body = checked.structured && checked.generatedSha256 === null ? renderSummaryText(checked.structured) : summary;
    // Hashed once, outside the transaction: it finds the same note and is stored with a new one.
    const textHash = noteTextHash(text);
    return g.writeNotes(s, store, 'save-note', async (ntx, dtx) => {
      const at = g.now();
      // The note is saved: the draft it came from is no longer needed.
      await drafts.clearDraft(ntx, s.user.id);
      // The same note summarized again (any style) is a new version of it, not a second note.
      const same = await sameNote(ntx, s.user.id, textHash, meta.noteId ?? null);
      if (same) {
        const added = await notes.appendSummary(ntx, same, { authorId: s.user.id, summary: body, style, provenance, content: checked, at });
        // A label or type given now fills in or replaces the note's; none given keeps what it has.
        if (label !== null || noteType !== null) {
          const had = (await notes.noteMeta(ntx, same.id))!;
          await notes.setNoteMeta(ntx, same, label ?? had.label, noteType ?? had.noteType);
        }
        await s.audit.append(dtx, g.event(s, 'summary.version-add', `note:${same.id}`, 'success'));
        return { noteId: same.id, versionId: added.versionId, version: added.version };
      }
      const ids = await notes.insertNote(ntx, { authorId: s.user.id, text, summary: body, style, provenance, content: checked, at, label, noteType, textHash });
      await s.audit.append(dtx, g.event(s, 'note.create', `note:${ids.noteId}`, 'success'));
      return { ...ids, version: 1 };
    });
  }

  /** Sets or clears the label and type of one of the clinician's own notes. */
  async updateNoteMeta(noteId: string, label: string | null, noteType: NoteType | null): Promise<{ label: string | null; noteType: NoteType | null }> {
    const g = this.g;
    const s = g.session();
    const { store, head } = await this.ownNote(s, noteId, 'note.edit');
    const clean = checkedLabel(label);
    return g.writeNotes(s, store, 'update-note-meta', async (ntx, dtx) => {
      await notes.setNoteMeta(ntx, head, clean, noteType);
      // The label is patient data: the entry names the note, never the label.
      await s.audit.append(dtx, g.event(s, 'note.edit', `note:${noteId}`, 'success'));
      return { label: clean, noteType };
    });
  }

  async listNotes(query?: string, limit = 100): Promise<readonly NoteListItem[]> {
    const g = this.g;
    const s = g.session();
    const q = query?.trim() ? query : null;
    // The search string is never audited or logged: only that a search happened.
    if (!canReadNotesAtAll(s)) return g.deny(s, q ? 'note.search' : 'note.view', null);
    const max = Math.max(1, Math.min(500, limit));
    const search = async () => {
      const out: NoteListItem[][] = [];
      for (const store of g.readableStores(s)) out.push(await notes.listNotes(store, { authorId: null, query: q, limit: max }));
      return out;
    };
    // A search is on disk in the log before its results leave (the wait overlaps the query).
    const lists = q ? await g.auditedRead(s, 'note.search', null, 'list-notes', search) : await g.read(s, 'list-notes', search);
    // One store keeps its own order (rank or recency); several are merged by recency.
    return lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, max);
  }

  async getNote(noteId: string): Promise<NoteDetail> {
    const g = this.g;
    const s = g.session();
    requireId(noteId);
    // Not in a store this session holds: the same refusal whether it is someone else's or no note at all.
    const found = await this.find(s, noteId);
    if (!found) return g.deny(s, 'note.view', `note:${noteId}`);
    return g.write(s, 'get-note', async (tx) => {
      const stored = (await notes.noteDetail(found.store, noteId))!;
      // The note and every summary version shown with it: "who saw this summary" has an answer.
      await s.audit.appendMany(tx, [
        g.event(s, 'note.view', `note:${noteId}`, 'success'),
        ...stored.versions.map((v) => g.event(s, 'summary.view', `summary:${noteId}:${v.id}`, 'success')),
      ]);
      // Each version checked against the note here, so every reader sees the same flags.
      return { ...stored, versions: stored.versions.map((v) => withReport(stored.text, v)) };
    });
  }

  /**
   * A clinician's edit: a new version with no provenance. With `structured`, the statements as edited
   * (their evidence kept) and the text rendered from them.
   */
  async editSummary(noteId: string, text: string, structured: StructuredSummary | null = null): Promise<SummaryVersion> {
    const g = this.g;
    const s = g.session();
    const { store, head } = await this.ownNote(s, noteId, 'summary.edit');
    const doc = validStructured(structured);
    const body = doc ? renderSummaryText(doc) : text;
    if (body.trim() === '') throw new AppFailure('NOTE_EMPTY');
    return g.writeNotes(s, store, 'edit-summary', async (ntx, dtx) => {
      const version = await notes.addVersion(ntx, head, body, doc, s.user.id, g.now());
      await s.audit.append(dtx, g.event(s, 'summary.edit', `summary:${noteId}:${version.id}`, 'success'));
      return withReport((await notes.noteText(ntx, noteId)) ?? '', version);
    });
  }

  /** Signs the latest version after checking the review rules again here (see summary-review.ts). */
  async signSummary(noteId: string, versionId: string, review: SignReview): Promise<SummaryVersion> {
    const g = this.g;
    const s = g.session();
    requireId(versionId);
    const { store } = await this.ownNote(s, noteId, 'summary.sign');
    return g.writeNotes(s, store, 'sign-summary', async (ntx, dtx) => {
      const version = await notes.versionById(ntx, noteId, versionId);
      if (!version) throw new AppFailure('NOT_FOUND');
      const note = (await notes.noteText(ntx, noteId)) ?? '';
      const checked = withReport(note, version);
      // Signing twice changes nothing: a signed version is final.
      if (version.signedAt) return checked;
      if (version.version !== (await notes.latestVersionNumber(ntx, noteId))) {
        throw new AppFailure('INVALID_REQUEST', 'Only the latest version of a summary can be signed.');
      }
      const signature = signatureFor(version, checked.report, review);
      const at = g.now();
      await notes.markSigned(ntx, versionId, s.user.id, at, signature);
      // Counts and flag kinds only: which statement was acknowledged for what, never any text.
      const c = signature.counts;
      const acks = signature.acknowledgements.map((a) => `${a.statement}:${a.kind}`).join(' ');
      const reason = `checked; ${c.statements} statements, ${c.supported} supported, ${c.flagged} flagged${acks ? `; acknowledged ${acks}` : ''}`;
      await s.audit.append(dtx, g.event(s, 'summary.sign', `summary:${noteId}:${versionId}`, 'success', reason.slice(0, 900)));
      return { ...checked, signedAt: at, signedBy: s.user.id, signature };
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
      if (!(await this.find(s, noteId))) return g.deny(s, action, `note:${noteId}`);
    } else if (!canReadNotesAtAll(s)) return g.deny(s, action, null);
    const ref = noteId ? (versionId ? `summary:${noteId}:${versionId}` : `note:${noteId}`) : null;
    await g.auditNow(s, action, ref, 'success');
  }

  async saveDraft(text: string, style: SummaryStyle): Promise<{ savedAt: string }> {
    const s = this.g.session();
    if (!canWriteNotes(s) || !s.notes || s.breakGlass) throw new AppFailure('FORBIDDEN');
    const at = this.g.now();
    const store = s.notes;
    await this.g.read(s, 'save-draft', () => store.transaction((tx) => drafts.saveDraft(tx, s.user.id, text, style, at)));
    return { savedAt: at };
  }

  async getDraft(): Promise<Draft | null> {
    const s = this.g.session();
    const store = s.notes;
    if (!canWriteNotes(s) || !store) return null;
    return this.g.read(s, 'get-draft', () => drafts.readDraft(store, s.user.id));
  }

  /** The store holding a note this session may read, if any. */
  private async find(s: OpenSession, noteId: string): Promise<{ store: SqlDatabase; head: notes.NoteHead } | null> {
    return this.g.read(s, 'find-note', async () => {
      for (const store of this.g.readableStores(s)) {
        const head = await notes.noteHead(store, noteId);
        if (head) return { store, head };
      }
      return null;
    });
  }

  /** The clinician's own store, outside an emergency session (which is read-only). Refusals are audited. */
  private async writable(s: OpenSession, action: AuditAction, ref: string | null): Promise<SqlDatabase> {
    if (!canWriteNotes(s) || !s.notes || s.breakGlass) return this.g.deny(s, action, ref);
    return s.notes;
  }

  private async ownNote(s: OpenSession, noteId: string, action: AuditAction): Promise<{ store: SqlDatabase; head: notes.NoteHead }> {
    requireId(noteId);
    const store = await this.writable(s, action, `note:${noteId}`);
    const head = await this.g.read(s, action, () => notes.noteHead(store, noteId));
    // Someone else's note, or none: the same answer, and the attempt is recorded.
    if (!head) return this.g.deny(s, action, `note:${noteId}`);
    return { store, head };
  }
}

/**
 * The author's note this text is a new summary of: the one the workspace names when its text is still
 * the same (a note's text never changes), else any of theirs with the same text.
 */
async function sameNote(ex: SqlExecutor, authorId: string, textHash: string, noteId: string | null): Promise<notes.NoteHead | undefined> {
  if (noteId !== null) {
    // The stored hash, not the stored text: a save never reads the note it compares with.
    const head = await notes.noteHeadWithHash(ex, noteId);
    if (head && head.authorId === authorId && head.textHash === textHash) return { seq: head.seq, id: head.id, authorId: head.authorId };
  }
  const found = await findSameNote(ex, authorId, textHash);
  return found ? notes.noteHead(ex, found.id) : undefined;
}
