// What de-identified sharing needs from the vault: the clinician's own note (never another author's, even
// in an emergency session), a per-note surrogate key derived from their notes key, and the audit entries
// for a de-identified export or a guarded copy. Entries carry counts by kind, never text.
import { createHmac } from 'node:crypto';
import type { AuditAction } from '../../shared/contract/audit';
import { DEID_KINDS, type DeidKind } from '../../shared/deid-kinds';
import { AppFailure } from '../base/app-failure';
import { canReadNotesAtAll, canWriteNotes } from './access';
import * as notes from './notes';
import type { OpenSession } from './sessions';
import { requireId, type VaultGate } from './gate';

export type KindCounts = Readonly<Partial<Record<DeidKind, number>>>;

/** "NAME 2, PHONE 1": kinds from the fixed list and integers only, so no text can reach the log. */
export function countsReason(prefix: string, counts: KindCounts): string {
  const parts = DEID_KINDS.flatMap((k) => {
    const n = counts[k];
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? [`${k} ${Math.min(n, 1_000_000)}`] : [];
  });
  return `${prefix}: ${parts.length > 0 ? parts.join(', ') : 'none'}`;
}

export class DeidAccess {
  constructor(private readonly g: VaultGate) {}

  /** The signed-in clinician's own note with its versions; `audit` records it as a view (the preview). */
  async deidSource(noteId: string, audit: boolean): Promise<notes.StoredNote> {
    const g = this.g;
    const s = g.session();
    const store = await this.ownStore(s, 'note.view', noteId);
    const detail = await g.read(s, 'deid-source', () => notes.noteDetail(store, noteId));
    if (!detail) return g.deny(s, 'note.view', `note:${noteId}`);
    if (audit) {
      await g.write(s, 'deid-source', (tx) =>
        s.audit.appendMany(tx, [
          g.event(s, 'note.view', `note:${noteId}`, 'success'),
          ...detail.versions.map((v) => g.event(s, 'summary.view', `summary:${noteId}:${v.id}`, 'success')),
        ]),
      );
    }
    return detail;
  }

  /**
   * The text of the clinician's own note, or null (not theirs, or none): only to recognise the patient's
   * name in a summary of it on its way out. Nothing is shown, so nothing is audited.
   */
  async deidNameSource(noteId: string): Promise<string | null> {
    const g = this.g;
    const s = g.session();
    requireId(noteId);
    const store = canWriteNotes(s) ? s.notes : null;
    if (!store) return null;
    const detail = await g.read(s, 'deid-name-source', () => notes.noteDetail(store, noteId));
    return detail?.text ?? null;
  }

  /**
   * The key that makes one note's surrogates (fake names, date shift) repeatable: an HMAC of the note id
   * under the clinician's notes key. Returned to main for the export at hand; never stored or written out.
   */
  async deidSurrogateKey(noteId: string): Promise<string> {
    const s = this.g.session();
    await this.ownStore(s, 'note.export-deidentified', noteId);
    const key = s.keys.contentKey;
    if (!key) throw new AppFailure('FORBIDDEN');
    return createHmac('sha256', key).update(`lockscribe/deid-surrogate/v1/${noteId}`).digest('hex');
  }

  async recordDeidExport(noteId: string, versionId: string, mode: 'redact' | 'surrogate', counts: KindCounts): Promise<void> {
    const g = this.g;
    const s = g.session();
    requireId(versionId);
    await this.ownStore(s, 'note.export-deidentified', noteId);
    await this.append(s, 'note.export-deidentified', `summary:${noteId}:${versionId}`, countsReason(`mode ${mode}`, counts));
  }

  /** A copy, print or export that passed the identifier guard: what the clinician chose, and counts by kind. */
  async recordGuardedUse(noteId: string | null, versionId: string | null, use: 'copy' | 'export' | 'print', choice: 'removed' | 'kept', counts: KindCounts): Promise<void> {
    const g = this.g;
    const s = g.session();
    for (const id of [noteId, versionId]) if (id !== null) requireId(id);
    const action = `summary.${use}` as const;
    if (noteId) {
      const readable = await g.read(s, 'find-note', async () => {
        for (const store of g.readableStores(s)) if (await notes.noteHead(store, noteId)) return true;
        return false;
      });
      if (!readable) return g.deny(s, action, `note:${noteId}`);
    } else if (!canReadNotesAtAll(s)) return g.deny(s, action, null);
    const ref = noteId ? (versionId ? `summary:${noteId}:${versionId}` : `note:${noteId}`) : null;
    await this.append(s, action, ref, countsReason(choice === 'removed' ? 'identifiers removed' : 'identifiers kept as is', counts));
  }

  private async append(s: OpenSession, action: AuditAction, ref: string | null, reason: string): Promise<void> {
    await this.g.write(s, action, (tx) => s.audit.append(tx, this.g.event(s, action, ref, 'success', reason)));
  }

  /** The clinician's own store holding this note; anything else is refused (and recorded) alike. */
  private async ownStore(s: OpenSession, action: AuditAction, noteId: string) {
    requireId(noteId);
    const store = canWriteNotes(s) ? s.notes : null;
    if (!store) return this.g.deny(s, action, `note:${noteId}`);
    const head = await this.g.read(s, action, () => notes.noteHead(store, noteId));
    if (!head) return this.g.deny(s, action, `note:${noteId}`);
    return store;
  }
}
