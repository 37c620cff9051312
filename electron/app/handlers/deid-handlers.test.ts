// De-identified sharing through the contract, over a real SQLCipher vault and audit log: what the
// exported file holds, how the clinician's edits are checked, who may export, and what the audit keeps.
import type { FlagAcknowledgement, NoteDetail } from '../../../shared/contract/vault';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch, type Handlers } from '../dispatch';
import { ADMIN_PASS, CLIN_PASS, makeService, readAudit, tempDir } from '../../vault/vault-test-support';
import type { VaultService } from '../../vault/vault-service';
import { deidHandlers } from './deid-handlers';
import { vaultHandlers } from './vault-handlers';
import { ProvenanceCache } from '../provenance-cache';
import { MemoryClipboard } from '../ports';
import { ManualClock } from '../../base/clock';
import type { DeidPreview } from '../../../shared/contract/deid';
import type { Result } from '../../../shared/errors';

const NOTE = `Dr. Imogen Fairweather saw the patient today at Riverside Clinic.
Patient: Cornelius Abernathy, MRN 00482913, DOB 04/12/1961.
Phone (617) 555-0143, email cabernathy@mailbox.org. Lives at 42 Larkspur Lane, Brookline MA 02446.
History of Parkinson's disease; Foley catheter removed. BP 130/80.`;
const SUMMARY = 'Cornelius Abernathy, seen 04/12/2024 by Dr. Fairweather: Parkinson disease stable.';
const PLANTED = ['Imogen', 'Fairweather', 'Cornelius', 'Abernathy', '00482913', '04/12', '555-0143', 'cabernathy@mailbox.org', '42 Larkspur Lane', '02446'];
const OTHER_PASS = 'orange piano glacier whisper';

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}


/** Signs as a clinician would in the review screen: checked, every open flag acknowledged. */
async function signAcknowledged(vault: { getNote(id: string): Promise<NoteDetail>; signSummary(n: string, v: string, r: { checked: true; acknowledgements: FlagAcknowledgement[] }): Promise<unknown> }, noteId: string, versionId: string): Promise<void> {
  const version = (await vault.getNote(noteId)).versions.find((v) => v.id === versionId)!;
  const acknowledgements = version.report.statements.flatMap((st, i) => st.flags.map((f) => ({ statement: i, kind: f.kind })));
  await vault.signSummary(noteId, versionId, { checked: true, acknowledgements });
}

describe('de-identified sharing', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let vault: VaultService;
  let handlers: Handlers;
  let clipboard: MemoryClipboard;
  const savePaths: string[] = [];
  let noteId: string;
  let versionId: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('lockscribe-deid-'));
    vault = makeService(dir).service;
    clipboard = new MemoryClipboard();
    const dialogs = { chooseModelFile: async () => null, chooseOpenPath: async () => null, chooseSavePath: async () => savePaths.shift() ?? null };
    // Only the handlers under test are real here; the rest of the contract is never called.
    handlers = {
      ...vaultHandlers({ vault, dialogs, provenance: new ProvenanceCache(), clock: new ManualClock(), copy: (t) => clipboard.writeText(t) }),
      ...deidHandlers({ vault, dialogs }),
    } as unknown as Handlers;
    await vault.setup('root', ADMIN_PASS);
    await vault.addUser('carol', 'clinician', CLIN_PASS);
    await vault.addUser('dave', 'clinician', OTHER_PASS);
    await vault.lock();
    await vault.unlock('carol', CLIN_PASS);
    ({ noteId, versionId } = await vault.saveNote(NOTE, SUMMARY, 'brief', null));
  });
  afterEach(async () => {
    await vault.lock().catch(() => undefined);
    await cleanup();
  });

  it('previews the note and summary with every planted identifier found, and Parkinson and Foley left alone', async () => {
    const p = value<DeidPreview>(await dispatch(handlers, 'deidPreview', { noteId }));
    const covered = (text: string, spans: DeidPreview['note']['spans'], needle: string) => {
      const at = text.indexOf(needle);
      return spans.some((s) => s.start <= at && s.end >= at + needle.length);
    };
    for (const id of PLANTED) expect(covered(NOTE, p.note.spans, id), id).toBe(true);
    for (const clinical of ["Parkinson's", 'Foley', '130/80']) expect(p.note.spans.some((s) => NOTE.slice(s.start, s.end).includes(clinical)), clinical).toBe(false);
    expect(p.summary).toMatchObject({ versionId, version: 1, signed: false });
    expect(p.summary!.spans.map((s) => s.kind)).toContain('NAME');
  });

  it('refuses to export an unsigned summary, then exports the signed one redacted with the clinician edits applied', async () => {
    const out = path.join(dir, 'shared.txt');
    savePaths.push(out);
    const unsigned = await dispatch(handlers, 'exportDeidentified', { noteId, versionId, mode: 'redact' });
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    await signAcknowledged(vault, noteId, versionId);

    const p = value<DeidPreview>(await dispatch(handlers, 'deidPreview', { noteId }));
    expect(p.summary?.signed).toBe(true);
    // Un-mark the clinic (kept on purpose); mark "BP 130/80" as an extra identifier.
    const clinic = p.note.spans.find((s) => NOTE.slice(s.start, s.end).includes('Riverside'))!;
    expect(clinic).toBeDefined();
    const bp = NOTE.indexOf('130/80');
    const r = value<{ path: string; counts: Record<string, number> }>(
      await dispatch(handlers, 'exportDeidentified', {
        noteId,
        versionId,
        mode: 'redact',
        note: { removed: [clinic], added: [{ start: bp, end: bp + 6, kind: 'ID' }] },
      }),
    );
    expect(r.path).toBe(out);
    const file = await readFile(out, 'utf8');
    expect(file.startsWith('De-identified (Safe Harbor, redaction)')).toBe(true);
    for (const id of PLANTED) expect(file, id).not.toContain(id);
    expect(file).toContain('Riverside Clinic');
    expect(file).not.toContain('130/80');
    expect(file).toContain("Parkinson's disease");
    expect(file).toContain('[NAME]');
    expect(file).toContain('[DATE] 1961');
    expect(file).toContain('[ZIP 024]');
    expect(r.counts.ID).toBe(1);

    await vault.lock();
    const entries = await readAudit(dir, 'root', ADMIN_PASS);
    const exp = entries.filter((e) => e.action === 'note.export-deidentified');
    expect(exp).toHaveLength(1);
    expect(exp[0]).toMatchObject({ recordRef: `summary:${noteId}:${versionId}`, outcome: 'success' });
    expect(exp[0]!.reason).toMatch(/^mode redact: NAME \d+, .*ID 1/);
    const logged = JSON.stringify(entries);
    for (const id of PLANTED) expect(logged, id).not.toContain(id);
  });

  it('exports surrogates consistent between note and summary, with the notice and JSON on request', async () => {
    await signAcknowledged(vault, noteId, versionId);
    const out = path.join(dir, 'shared.json');
    savePaths.push(out, path.join(dir, 'again.json'));
    value(await dispatch(handlers, 'exportDeidentified', { noteId, versionId, mode: 'surrogate' }));
    const doc = JSON.parse(await readFile(out, 'utf8')) as { method: string; header: string; note: string; summary: { text: string } };
    expect(doc.method).toBe('surrogate');
    expect(doc.header).toMatch(/not Safe Harbor/);
    for (const id of PLANTED) expect(doc.note, id).not.toContain(id);
    // The patient's fake surname in the note is the same one in the summary.
    // (Fake names may hold an apostrophe or a hyphen: "O'Hara", "D'Amore".)
    const fakeSurname = /Patient: \S+ ([^\s,]+)/.exec(doc.note)![1]!;
    expect(doc.summary.text).toContain(fakeSurname);
    // The same note gives the same surrogates next time: the key is derived, not random.
    value(await dispatch(handlers, 'exportDeidentified', { noteId, versionId, mode: 'surrogate' }));
    expect(JSON.parse(await readFile(path.join(dir, 'again.json'), 'utf8'))).toEqual(doc);
  });

  it('rejects edits that do not fit the text: out of bounds, overlapping, or un-marking what was not found', async () => {
    await signAcknowledged(vault, noteId, versionId);
    const cases = [
      { note: { added: [{ start: NOTE.length - 2, end: NOTE.length + 5, kind: 'NAME' }] } },
      { note: { added: [{ start: 0, end: 10, kind: 'NAME' }] } },
      { note: { removed: [{ start: 1, end: 3, kind: 'NAME' }] } },
      { summary: { added: [{ start: 5, end: 4, kind: 'NAME' }] } },
    ];
    for (const c of cases) {
      savePaths.push(path.join(dir, 'never.txt'));
      const r = await dispatch(handlers, 'exportDeidentified', { noteId, versionId, mode: 'redact', ...c });
      expect(r.ok, JSON.stringify(c)).toBe(false);
      savePaths.length = 0;
    }
    await expect(readFile(path.join(dir, 'never.txt'))).rejects.toThrow();
  });

  it("refuses another clinician's note and a note that does not exist, and audits the refusal", async () => {
    await vault.lock();
    await vault.unlock('dave', OTHER_PASS);
    expect(await dispatch(handlers, 'deidPreview', { noteId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch(handlers, 'exportDeidentified', { noteId, versionId, mode: 'surrogate' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch(handlers, 'deidPreview', { noteId: 'no-such-note' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await vault.lock();
    const entries = await readAudit(dir, 'root', ADMIN_PASS);
    expect(entries.filter((e) => e.outcome === 'denied' && e.recordRef === `note:${noteId}`).length).toBeGreaterThanOrEqual(2);
  });

  it('guards a copy: "removed" copies the redacted text, "kept" the text as is, each audited with counts only', async () => {
    const found = value<{ spans: unknown[]; redacted: string }>(await dispatch(handlers, 'findIdentifiers', { text: SUMMARY }));
    expect(found.spans.length).toBeGreaterThanOrEqual(3);
    expect(found.redacted).not.toContain('Abernathy');
    value(await dispatch(handlers, 'copySummary', { noteId, versionId, text: SUMMARY, deidGuard: 'removed' }));
    expect(clipboard.readText()).toBe(found.redacted);
    value(await dispatch(handlers, 'copySummary', { noteId, versionId, text: SUMMARY, deidGuard: 'kept' }));
    expect(clipboard.readText()).toBe(SUMMARY);
    value(await dispatch(handlers, 'recordSummaryAction', { noteId, versionId, action: 'print', deidGuard: { choice: 'kept', text: SUMMARY } }));
    await vault.lock();
    const entries = await readAudit(dir, 'root', ADMIN_PASS);
    const copies = entries.filter((e) => e.action === 'summary.copy').map((e) => e.reason);
    expect(copies).toEqual([expect.stringMatching(/^identifiers removed: NAME \d/), expect.stringMatching(/^identifiers kept as is: NAME \d/)]);
    expect(entries.filter((e) => e.action === 'summary.print').map((e) => e.reason)).toEqual([expect.stringMatching(/^identifiers kept as is: NAME/)]);
    expect(JSON.stringify(entries)).not.toContain('Abernathy');
  });
});
