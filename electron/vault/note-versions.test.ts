// Notes a clinician can tell apart, against real SQLCipher files and the real audit log: a label and
// note type saved with the note, the same note summarized again becoming a new version (by the
// workspace's noteId or by the same text), and the list's snippets with the search words as ranges.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { SummaryProvenance } from '../../shared/contract/model';
import type { NoteListItem } from '../../shared/contract/vault';
import type { NoteSnippet } from '../../shared/note-meta';
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import { ADMIN_PASS, AUDITOR_PASS, CLIN_PASS, countIn, failure, filesUnder, readAudit, tempDir, freshVaultEach } from './vault-test-support';
import { migrate, schemaVersion } from './migrations';
import type { SqlDatabase, SqlExecutor } from '../db/sql-database';
import * as notes from './notes';
import { findSameNote, normalizeNoteText, noteTextHash, SAME_NOTE_SQL } from './note-identity';
import { leadSnippet, parseFtsSnippet } from './fts-snippet';

const CLIN2_PASS = 'orange piano glacier whisper';

const provenance = (style: 'brief' | 'soap'): SummaryProvenance => ({
  model: { fileName: 'm.gguf', sha256: 'ab'.repeat(32), quantization: 'Q4_K_M', architecture: 'llama' },
  backend: 'cpu',
  threads: 2,
  promptVersion: 'p1',
  chatWrapper: 'general',
  style,
  sampling: { temperature: 0, seed: 1, topK: 1, topP: 1, maxTokens: 100 },
  tokens: { prompt: 10, note: 5, generated: 7, contextSize: 2048 },
  timings: { totalMs: 10, firstTokenMs: 1, decodeTokensPerSecond: 50 },
  stopReason: 'eos',
  createdAt: '2026-01-01T08:00:00.000Z',
});

// Two notes that open with the same heading: the list told them apart only by their labels.
const NOTE_A = 'SUBJECTIVE:\nPatient reports chest pain radiating to the left arm since this morning.\nOBJECTIVE: BP 150/90, troponin pending.';
const NOTE_B = 'SUBJECTIVE:\nFollow-up of type 2 diabetes, adherent to metformin 500 mg twice daily.\nOBJECTIVE: HbA1c 7.1%.';
const LABEL = 'Bed 12 / Zebulon Quarrington follow-up';

/** The marked words of a snippet, in order. */
const marked = (s: NoteSnippet): string[] => s.highlights.map((r) => s.text.slice(r.start, r.end));

describe('notes a clinician can tell apart', () => {
  const fx = freshVaultEach(async (h) => {
    await h.service.setup('root', ADMIN_PASS);
    await h.service.addUser('carol', 'clinician', CLIN_PASS);
    await h.service.addUser('dave', 'clinician', CLIN2_PASS);
    await h.service.addUser('audrey', 'auditor', AUDITOR_PASS);
    await h.service.lock();
    await h.service.unlock('carol', CLIN_PASS);
  });

  it('keeps a label and note type with the note, encrypted, and lets the clinician change them', async () => {
    const v = fx.h.service;
    const a = await v.saveNote(NOTE_A, 'Chest pain.', 'brief', null, undefined, { label: `  ${LABEL.replace(' / ', '\n/ ')} `, noteType: 'ed' });
    const b = await v.saveNote(NOTE_B, 'Diabetes follow-up.', 'brief', null);
    expect(a.version).toBe(1);
    const detail = await v.getNote(a.noteId);
    // Whitespace (a pasted line break too) is folded: a label is one line.
    expect(detail).toMatchObject({ label: LABEL, noteType: 'ed', title: 'SUBJECTIVE:' });
    expect(await v.getNote(b.noteId)).toMatchObject({ label: null, noteType: null });
    const list = await v.listNotes();
    expect(list.map((n) => [n.id, n.label, n.noteType])).toEqual([
      [b.noteId, null, null],
      [a.noteId, LABEL, 'ed'],
    ]);

    expect(await v.updateNoteMeta(b.noteId, 'Clinic room 3', 'clinic')).toEqual({ label: 'Clinic room 3', noteType: 'clinic' });
    expect(await v.getNote(b.noteId)).toMatchObject({ label: 'Clinic room 3', noteType: 'clinic' });
    // The label is searchable, and clearing it takes it out of the index too.
    expect((await v.listNotes('room 3')).map((n) => n.id)).toEqual([b.noteId]);
    await v.updateNoteMeta(b.noteId, '   ', null);
    expect(await v.getNote(b.noteId)).toMatchObject({ label: null, noteType: null });
    expect(await v.listNotes('room')).toEqual([]);
    expect((await failure(v.updateNoteMeta(b.noteId, 'x'.repeat(121), null))).code).toBe('INVALID_REQUEST');
    expect((await failure(v.saveNote('Another note.', 'S.', 'brief', null, undefined, { label: 'y'.repeat(121) }))).code).toBe('INVALID_REQUEST');

    // Someone else's note: refused like a missing one.
    await v.lock();
    await v.unlock('dave', CLIN2_PASS);
    expect((await failure(v.updateNoteMeta(a.noteId, 'hijack', null))).code).toBe('FORBIDDEN');
    await v.lock();

    // The label is patient data: in no file as plain text, and never in the audit log.
    for (const file of await filesUnder(fx.dir)) expect(await countIn(file, 'Quarrington'), path.basename(file)).toBe(0);
    const entries = await readAudit(fx.dir, 'audrey', AUDITOR_PASS);
    expect(JSON.stringify(entries)).not.toMatch(/Quarrington|Bed 12|room 3/);
    expect(entries.filter((e) => e.action === 'note.edit' && e.outcome === 'success').map((e) => e.recordRef)).toEqual([`note:${b.noteId}`, `note:${b.noteId}`]);
  });

  it('adds a version to the note the workspace saved, in any style, instead of a second note', async () => {
    const v = fx.h.service;
    const first = await v.saveNote(NOTE_A, 'Chest pain, troponin pending.', 'brief', provenance('brief'), undefined, { label: LABEL, noteType: 'ed' });
    // The workspace sends the noteId it got back; no label this time keeps the note's own.
    const second = await v.saveNote(NOTE_A, 'S: chest pain. O: BP 150/90.', 'soap', provenance('soap'), undefined, { noteId: first.noteId });
    expect(second).toMatchObject({ noteId: first.noteId, version: 2 });
    expect(second.versionId).not.toBe(first.versionId);
    const detail = await v.getNote(first.noteId);
    expect(detail.versions.map((x) => [x.version, x.style, x.provenance?.style])).toEqual([
      [1, 'brief', 'brief'],
      [2, 'soap', 'soap'],
    ]);
    expect(detail).toMatchObject({ label: LABEL, noteType: 'ed' });
    const list = await v.listNotes();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: first.noteId, latestVersion: 2, styles: ['brief', 'soap'] });
    // The newest summary is what the index searches.
    expect((await v.listNotes('150')).map((n) => n.id)).toEqual([first.noteId]);

    // A label given with a later save fills in or replaces the note's.
    await v.saveNote(NOTE_A, 'Chest pain again.', 'brief', null, undefined, { noteId: first.noteId, label: 'Bed 14', noteType: null });
    expect(await v.getNote(first.noteId)).toMatchObject({ label: 'Bed 14', noteType: 'ed' });
    expect((await v.listNotes())[0]!.styles).toEqual(['brief', 'soap']);

    // A noteId whose note has other text is not this note: a new note, not a version of that one.
    const other = await v.saveNote(NOTE_B, 'Diabetes.', 'brief', null, undefined, { noteId: first.noteId });
    expect(other.noteId).not.toBe(first.noteId);
    expect(other.version).toBe(1);
    expect((await v.getNote(first.noteId)).versions).toHaveLength(3);
    expect((await failure(v.saveNote(NOTE_B, 'x', 'brief', null, undefined, { noteId: 'bad id!' }))).code).toBe('NOT_FOUND');

    await v.lock();
    const entries = await readAudit(fx.dir, 'audrey', AUDITOR_PASS);
    expect(entries.filter((e) => e.action === 'note.create').map((e) => e.recordRef)).toEqual([`note:${first.noteId}`, `note:${other.noteId}`]);
    expect(entries.filter((e) => e.action === 'summary.version-add').map((e) => [e.recordRef, e.outcome])).toEqual([
      [`note:${first.noteId}`, 'success'],
      [`note:${first.noteId}`, 'success'],
    ]);
  });

  it('recognizes the same note text saved again, whatever its line endings and spacing, per clinician', async () => {
    const v = fx.h.service;
    const first = await v.saveNote(NOTE_B, 'Diabetes follow-up.', 'brief', null);
    const respaced = `\r\n${NOTE_B.replace(/\n/g, '\r\n').replace('type 2', 'type  2')}   \n`;
    const again = await v.saveNote(respaced, 'S: diabetes. P: continue metformin.', 'soap', null);
    expect(again).toMatchObject({ noteId: first.noteId, version: 2 });
    // Different words are a different note, even one character.
    const changed = await v.saveNote(NOTE_B.replace('7.1', '7.2'), 'Diabetes.', 'brief', null);
    expect(changed.noteId).not.toBe(first.noteId);
    // Case counts: "L" and "l" can be different findings in a note.
    expect(normalizeNoteText('A  b\r\nC ')).toBe('A b C');
    expect(noteTextHash('Pain: 3/10')).not.toBe(noteTextHash('pain: 3/10'));
    expect(await v.listNotes()).toHaveLength(2);

    // Another clinician's store holds their own notes: the same text is a new note of theirs.
    await v.lock();
    await v.unlock('dave', CLIN2_PASS);
    const daves = await v.saveNote(NOTE_B, 'Diabetes.', 'brief', null, undefined, { noteId: first.noteId });
    expect(daves.noteId).not.toBe(first.noteId);
    expect(daves.version).toBe(1);
  });

  it('lists a snippet: the note past its heading, or around the match with the search words as ranges', async () => {
    const v = fx.h.service;
    const a = await v.saveNote(NOTE_A, 'Chest pain.', 'brief', null, undefined, { label: 'Bed 12' });
    const b = await v.saveNote(NOTE_B, 'Diabetes follow-up.', 'soap', null);
    const byId = (list: readonly NoteListItem[], id: string) => list.find((n) => n.id === id)!;

    const all = await v.listNotes();
    // Both open with "SUBJECTIVE:"; the snippet starts after it, so they read differently.
    expect(byId(all, a.noteId).snippet).toEqual({ text: 'Patient reports chest pain radiating to the left arm since this morning. OBJECTIVE: BP 150/90, troponin pending.', highlights: [] });
    expect(byId(all, b.noteId).snippet.text).toMatch(/^Follow-up of type 2 diabetes/);

    const hits = await v.listNotes('metfor HbA1c');
    expect(hits.map((n) => n.id)).toEqual([b.noteId]);
    expect(marked(hits[0]!.snippet)).toEqual(['metformin', 'HbA1c']);
    expect(hits[0]!.snippet.text).not.toMatch(/[\uE000\uE001\n]/);

    // A phrase is marked as one stretch; accents are folded in matching as the index does.
    const phrase = await v.listNotes('"left arm" radiating');
    expect(marked(phrase[0]!.snippet)).toEqual(['radiating', 'left arm']);
    const c = await v.saveNote('Exam: café-au-lait macules on the trunk.\nNo other findings.', 'Skin exam.', 'brief', null);
    const accents = await v.listNotes('cafe');
    expect(accents.map((n) => n.id)).toEqual([c.noteId]);
    expect(marked(accents[0]!.snippet)).toEqual(['café']);

    // A long note: the snippet is a passage around the match, not the whole note.
    const filler = Array.from({ length: 300 }, (_, i) => `Line ${i} unremarkable.`).join('\n');
    const long = await v.saveNote(`Progress note\n${filler}\nNew finding: splenomegaly on palpation.\n${filler}`, 'Splenomegaly.', 'brief', null, undefined, { noteType: 'progress' });
    const found = await v.listNotes('splenomegaly');
    expect(found[0]!.id).toBe(long.noteId);
    expect(found[0]!.snippet.text.length).toBeLessThan(400);
    expect(marked(found[0]!.snippet)).toContain('splenomegaly');
  });
});

describe('a note title', () => {
  it('is the first line with text in it, trimmed and cut short', () => {
    expect(notes.titleOf('\r\n  \n\t CC: chest pain  \r\nHPI: ...')).toBe('CC: chest pain');
    expect(notes.titleOf('one line')).toBe('one line');
    expect(notes.titleOf(' \n\t\n')).toBe('');
    const long = notes.titleOf(`${'x'.repeat(500)}\nnext`);
    expect([...long].length).toBeLessThan(500);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('snippet parsing', () => {
  it('turns FTS5 markers into ranges and folds whitespace', () => {
    const s = parseFtsSnippet('…with \uE000chest\uE001\n  pain and \uE000Métformin\uE001 500…');
    expect(s.text).toBe('…with chest pain and Métformin 500…');
    expect(marked(s)).toEqual(['chest', 'Métformin']);
  });

  it('drops stray markers a note may itself contain', () => {
    const s = parseFtsSnippet('a \uE001b \uE000\uE001 c \uE000d');
    expect(s.text).toBe('a b c d');
    expect(s.highlights).toEqual([]);
  });

  it('cuts a long note start at a word and skips the heading line', () => {
    expect(leadSnippet('\n\nHPI:\nShort.')).toEqual({ text: 'Short.', highlights: [] });
    expect(leadSnippet('One line only')).toEqual({ text: 'One line only', highlights: [] });
    const long = leadSnippet(`Heading\n${'word '.repeat(100)}`);
    expect(long.text.endsWith('word…')).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(141);
  });
});

/** FTS5's own check of the index against the text it reads through the view. */
async function ftsIntact(db: SqlExecutor): Promise<void> {
  await db.run("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)");
}

/** A fresh encrypted notes store at an older schema version, as a clinician's store from before a change. */
async function withStoreAt(version: number, fn: (db: SqlDatabase) => Promise<void>): Promise<void> {
  const { dir, cleanup } = await tempDir();
  const db = await multipleCiphersDriver.open(path.join(dir, 'notes.db'), randomBytes(32), { create: true });
  try {
    await migrate(db, 'content', version);
    await fn(db);
  } finally {
    await db.close();
    await cleanup();
  }
}

const ids = async (db: SqlExecutor, query: string) => (await notes.listNotes(db, { authorId: null, query, limit: 10 })).map((n) => n.id);

describe('the search index reads the notes instead of keeping a copy', () => {
  it('upgrades a store whose index held its own copy, and follows every later change', async () => {
    // A store as the previous schema made it: the index keeps title, text, latest summary and label itself.
    await withStoreAt(3, async (db) => {
      await db.transaction(async (tx) => {
        for (const [i, text] of [NOTE_A, NOTE_B].entries()) {
          const at = `2025-01-0${i + 1}T00:00:00Z`;
          const { lastInsertRowid } = await tx.run("INSERT INTO notes (id, author_id, title, text, created_at, updated_at, label) VALUES (?, 'u_1', 'SUBJECTIVE:', ?, ?, ?, ?)", [
            `n_old${i}`, text, at, at, i === 0 ? 'Bay 4' : null,
          ]);
          await tx.run("INSERT INTO summary_versions (id, note_id, version, text, style, author_id, created_at) VALUES (?, ?, 1, 'First draft mentions zoster.', 'brief', 'u_1', ?)", [`v_a${i}`, `n_old${i}`, at]);
          await tx.run("INSERT INTO summary_versions (id, note_id, version, text, style, author_id, created_at) VALUES (?, ?, 2, 'Reviewed summary mentions varicella.', 'brief', 'u_1', ?)", [`v_b${i}`, `n_old${i}`, at]);
          await tx.run("INSERT INTO notes_fts (rowid, title, text, summary, label) VALUES (?, 'SUBJECTIVE:', ?, 'Reviewed summary mentions varicella.', ?)", [lastInsertRowid, text, i === 0 ? 'Bay 4' : null]);
        }
      });
      await migrate(db, 'content');
      expect((await db.get<{ user_version: number }>('PRAGMA user_version'))?.user_version).toBe(schemaVersion('content'));
      expect(await db.get("SELECT name FROM sqlite_master WHERE name = 'notes_fts_content'")).toBeUndefined();
      await ftsIntact(db);
      expect(await ids(db, 'troponin')).toEqual(['n_old0']);
      expect(await ids(db, 'varicella')).toHaveLength(2);
      expect(await ids(db, 'zoster')).toEqual([]);
      expect(await ids(db, 'bay')).toEqual(['n_old0']);
      // A snippet comes from the note's own row now.
      expect(marked((await notes.listNotes(db, { authorId: null, query: 'troponin', limit: 1 }))[0]!.snippet)).toEqual(['troponin']);

      const head = (await notes.noteHead(db, 'n_old1'))!;
      await db.transaction((tx) => notes.appendSummary(tx, head, { authorId: 'u_1', summary: 'Third summary mentions shingles.', style: 'brief', provenance: null, at: '2025-02-01T00:00:00Z' }));
      await ftsIntact(db);
      expect(await ids(db, 'shingles')).toEqual(['n_old1']);
      expect(await ids(db, 'varicella')).toEqual(['n_old0']);
      await db.transaction((tx) => notes.addVersion(tx, head, 'Edited by hand: herpes.', null, 'u_1', '2025-02-02T00:00:00Z'));
      await db.transaction((tx) => notes.setNoteMeta(tx, head, 'Side room', 'ed'));
      await db.transaction(async (tx) => notes.setNoteMeta(tx, (await notes.noteHead(tx, 'n_old0'))!, null, null));
      await ftsIntact(db);
      expect(await ids(db, 'shingles')).toEqual([]);
      expect(await ids(db, 'herpes')).toEqual(['n_old1']);
      expect(await ids(db, '"side room"')).toEqual(['n_old1']);
      expect(await ids(db, 'bay')).toEqual([]);
      const added = await db.transaction((tx) => notes.insertNote(tx, { authorId: 'u_1', text: 'New note: pleuritic pain.', summary: 'Pleurisy likely.', style: 'brief', provenance: null, at: '2025-03-01T00:00:00Z', label: 'Bed 9' }));
      await ftsIntact(db);
      expect(await ids(db, 'pleurisy')).toEqual([added.noteId]);
      expect(await ids(db, 'bed')).toEqual([added.noteId]);
    });
  });
});

describe('the schema step for labels, types and text hashes', () => {
  it('upgrades a store made before it: existing notes keep their index, gain a hash, and take labels', async () => {
    await withStoreAt(1, async (db) => {
      await db.transaction(async (tx) => {
        for (const [i, text] of [NOTE_A, NOTE_B].entries()) {
          const { lastInsertRowid } = await tx.run("INSERT INTO notes (id, author_id, title, text, created_at, updated_at) VALUES (?, 'u_1', 'SUBJECTIVE:', ?, ?, ?)", [
            `n_old${i}`, text, `2025-01-0${i + 1}T00:00:00Z`, `2025-01-0${i + 1}T00:00:00Z`,
          ]);
          await tx.run("INSERT INTO summary_versions (id, note_id, version, text, style, author_id, created_at) VALUES (?, ?, 1, 'Old summary.', 'brief', 'u_1', '2025-01-01T00:00:00Z')", [`v_old${i}`, `n_old${i}`]);
          await tx.run("INSERT INTO notes_fts (rowid, title, text, summary) VALUES (?, 'SUBJECTIVE:', ?, 'Old summary.')", [lastInsertRowid, text]);
        }
      });
      await migrate(db, 'content', 2);
      expect((await db.get<{ user_version: number }>('PRAGMA user_version'))?.user_version).toBe(2);
      expect(await findSameNote(db, 'u_1', noteTextHash(`${NOTE_B}\n`))).toMatchObject({ id: 'n_old1' });
      expect(await findSameNote(db, 'u_2', noteTextHash(NOTE_B))).toBeUndefined();
      // One index seek on the hash, not a walk of every note the author has.
      const plan = await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${SAME_NOTE_SQL}`, ['h', 'u_1']);
      expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING INDEX notes_text_hash \(text_hash=\?\)/);
      // The later steps too (the index without its own copy of the text), as an unlock does.
      await migrate(db, 'content');
      const hits = await notes.listNotes(db, { authorId: null, query: 'troponin', limit: 10 });
      expect(hits.map((n) => [n.id, n.label, n.styles])).toEqual([['n_old0', null, ['brief']]]);
      expect(marked(hits[0]!.snippet)).toEqual(['troponin']);
      await db.transaction((tx) => notes.setNoteMeta(tx, { seq: 1, id: 'n_old0', authorId: 'u_1' }, 'Bay 4', 'ed'));
      expect((await notes.listNotes(db, { authorId: 'u_1', query: 'bay', limit: 10 })).map((n) => [n.id, n.label, n.noteType])).toEqual([['n_old0', 'Bay 4', 'ed']]);
      // Running it again changes nothing.
      await migrate(db, 'content');
      expect(await notes.listNotes(db, { authorId: null, query: null, limit: 10 })).toHaveLength(2);
    });
  });
});
