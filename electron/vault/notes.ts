// Notes and their summary versions. A note's text never changes; each summary edit is a new version,
// and a signed version is frozen (enforced again by triggers in migrations.ts).
import type { SqlExecutor } from '../db/sql-database';
import type { NoteDetail, NoteListItem, SummarySignature, SummaryVersion } from '../../shared/contract/vault';
import type { SummaryProvenance, SummaryStyle } from '../../shared/contract/model';
import type { StructuredSummary } from '../../shared/summary-format';
import { NOTE_TYPES, type NoteType } from '../../shared/note-meta';
import { newId } from './ids';
import { noteTextHash } from './note-identity';
import { FTS_SNIPPET_SQL, LEAD_CHARS, leadSnippet, parseFtsSnippet } from './fts-snippet';

const TITLE_CHARS = 80;

/** The first non-empty line, cut short: shown in lists, searched, stored encrypted like the rest. */
export function titleOf(text: string): string {
  // The first line with a non-space in it, found without splitting the whole note.
  const line = /^[^\S\r\n]*(\S[^\r\n]*)/mu.exec(text)?.[1]?.trim() ?? '';
  const chars = [...line];
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join('')}…` : line;
}

interface VersionRow {
  id: string;
  note_id: string;
  version: number;
  text: string;
  style: SummaryStyle;
  author_id: string;
  created_at: string;
  signed_at: string | null;
  signed_by: string | null;
  provenance: string | null;
  structured: string | null;
  generated_sha256: string | null;
  incomplete: number;
  signature: string | null;
}

/** A version as stored; the verifier's report is added when it is read (note-service.ts). */
export type StoredVersion = Omit<SummaryVersion, 'report'>;

/** A note as stored: the detail the contract returns, before each version gets its report. */
export interface StoredNote extends Omit<NoteDetail, 'versions'> {
  readonly versions: readonly StoredVersion[];
}

function toVersion(r: VersionRow): StoredVersion {
  return {
    id: r.id,
    version: r.version,
    text: r.text,
    style: r.style,
    authorId: r.author_id,
    createdAt: r.created_at,
    signedAt: r.signed_at,
    signedBy: r.signed_by,
    provenance: r.provenance ? (JSON.parse(r.provenance) as SummaryProvenance) : null,
    structured: r.structured ? (JSON.parse(r.structured) as StructuredSummary) : null,
    generatedSha256: r.generated_sha256,
    incomplete: r.incomplete === 1,
    signature: r.signature ? (JSON.parse(r.signature) as SummarySignature) : null,
  };
}

/** What a new version carries besides its text. */
export interface VersionContent {
  readonly structured: StructuredSummary | null;
  readonly generatedSha256: string | null;
  readonly incomplete: boolean;
}

export const PLAIN_CONTENT: VersionContent = { structured: null, generatedSha256: null, incomplete: false };

export interface NewNote {
  readonly authorId: string;
  readonly text: string;
  readonly summary: string;
  readonly style: SummaryStyle;
  readonly provenance: SummaryProvenance | null;
  /** Plain text with nothing else when absent. */
  readonly content?: VersionContent;
  readonly at: string;
  readonly label?: string | null;
  readonly noteType?: NoteType | null;
  /** noteTextHash(text), when the caller has already computed it. */
  readonly textHash?: string;
}

/** A stored type the current list does not know reads as none, rather than failing the list. */
function knownType(t: string | null): NoteType | null {
  return t !== null && (NOTE_TYPES as readonly string[]).includes(t) ? (t as NoteType) : null;
}

// The index reads its text through the notes_fts_source view (migrations.ts, external content). An
// entry is removed with the values it was indexed with, so a change reads them from the view first
// (ftsForget), changes the tables, then indexes what the view now says (ftsAdd).
const FTS_COLUMNS = 'title, text, summary, label';

async function ftsForget(tx: SqlExecutor, seq: number): Promise<void> {
  await tx.run(`INSERT INTO notes_fts (notes_fts, rowid, ${FTS_COLUMNS}) SELECT 'delete', seq, ${FTS_COLUMNS} FROM notes_fts_source WHERE seq = ?`, [seq]);
}

async function ftsAdd(tx: SqlExecutor, seq: number): Promise<void> {
  await tx.run(`INSERT INTO notes_fts (rowid, ${FTS_COLUMNS}) SELECT seq, ${FTS_COLUMNS} FROM notes_fts_source WHERE seq = ?`, [seq]);
}

export async function insertNote(tx: SqlExecutor, n: NewNote): Promise<{ noteId: string; versionId: string }> {
  const noteId = newId('n');
  const versionId = newId('v');
  const title = titleOf(n.text);
  const content = n.content ?? PLAIN_CONTENT;
  const label = n.label ?? null;
  const { lastInsertRowid } = await tx.run(
    'INSERT INTO notes (id, author_id, title, text, created_at, updated_at, label, note_type, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [noteId, n.authorId, title, n.text, n.at, n.at, label, n.noteType ?? null, n.textHash ?? noteTextHash(n.text)],
  );
  await tx.run(
    `INSERT INTO summary_versions (id, note_id, version, text, style, author_id, created_at, provenance, structured, generated_sha256, incomplete)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      versionId, noteId, n.summary, n.style, n.authorId, n.at, n.provenance ? JSON.stringify(n.provenance) : null,
      content.structured ? JSON.stringify(content.structured) : null, content.generatedSha256, content.incomplete ? 1 : 0,
    ],
  );
  await ftsAdd(tx, lastInsertRowid);
  return { noteId, versionId };
}

/** A new summary of a note already saved: its next version, carrying the generation's provenance. */
export async function appendSummary(
  tx: SqlExecutor,
  head: NoteHead,
  v: Pick<NewNote, 'authorId' | 'summary' | 'style' | 'provenance' | 'content' | 'at'>,
): Promise<{ versionId: string; version: number }> {
  const versionId = newId('v');
  const version = (await latestVersionNumber(tx, head.id)) + 1;
  const content = v.content ?? PLAIN_CONTENT;
  await ftsForget(tx, head.seq);
  await tx.run(
    `INSERT INTO summary_versions (id, note_id, version, text, style, author_id, created_at, provenance, structured, generated_sha256, incomplete)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      versionId, head.id, version, v.summary, v.style, v.authorId, v.at, v.provenance ? JSON.stringify(v.provenance) : null,
      content.structured ? JSON.stringify(content.structured) : null, content.generatedSha256, content.incomplete ? 1 : 0,
    ],
  );
  await tx.run('UPDATE notes SET updated_at = ? WHERE id = ?', [v.at, head.id]);
  await ftsAdd(tx, head.seq);
  return { versionId, version };
}

/** Sets a note's label and type (null clears), in the note and its search index. */
export async function setNoteMeta(tx: SqlExecutor, head: NoteHead, label: string | null, noteType: NoteType | null): Promise<void> {
  await ftsForget(tx, head.seq);
  await tx.run('UPDATE notes SET label = ?, note_type = ? WHERE id = ?', [label, noteType, head.id]);
  await ftsAdd(tx, head.seq);
}

export async function noteMeta(ex: SqlExecutor, noteId: string): Promise<{ label: string | null; noteType: NoteType | null } | undefined> {
  const row = await ex.get<{ label: string | null; note_type: string | null }>('SELECT label, note_type FROM notes WHERE id = ?', [noteId]);
  return row && { label: row.label, noteType: knownType(row.note_type) };
}

export interface NoteHead {
  readonly seq: number;
  readonly id: string;
  readonly authorId: string;
}

export async function noteHead(ex: SqlExecutor, noteId: string): Promise<NoteHead | undefined> {
  const row = await ex.get<{ seq: number; id: string; author_id: string }>('SELECT seq, id, author_id FROM notes WHERE id = ?', [noteId]);
  return row && { seq: row.seq, id: row.id, authorId: row.author_id };
}

/** A note's head and the hash of its text (note-identity.ts), without reading the text. */
export async function noteHeadWithHash(ex: SqlExecutor, noteId: string): Promise<(NoteHead & { textHash: string | null }) | undefined> {
  const row = await ex.get<{ seq: number; id: string; author_id: string; text_hash: string | null }>('SELECT seq, id, author_id, text_hash FROM notes WHERE id = ?', [noteId]);
  return row && { seq: row.seq, id: row.id, authorId: row.author_id, textHash: row.text_hash };
}

export async function versionsOf(ex: SqlExecutor, noteId: string): Promise<StoredVersion[]> {
  const rows = await ex.all<VersionRow>('SELECT * FROM summary_versions WHERE note_id = ? ORDER BY version', [noteId]);
  return rows.map(toVersion);
}

export async function noteDetail(ex: SqlExecutor, noteId: string): Promise<StoredNote | undefined> {
  const row = await ex.get<{ id: string; title: string; text: string; author_id: string; created_at: string; label: string | null; note_type: string | null }>(
    'SELECT id, title, text, author_id, created_at, label, note_type FROM notes WHERE id = ?',
    [noteId],
  );
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    label: row.label,
    noteType: knownType(row.note_type),
    text: row.text,
    authorId: row.author_id,
    createdAt: row.created_at,
    versions: await versionsOf(ex, noteId),
  };
}

export async function addVersion(tx: SqlExecutor, head: NoteHead, text: string, structured: StructuredSummary | null, authorId: string, at: string): Promise<StoredVersion> {
  const latest = await tx.get<VersionRow>('SELECT * FROM summary_versions WHERE note_id = ? ORDER BY version DESC LIMIT 1', [head.id]);
  const id = newId('v');
  const version = (latest?.version ?? 0) + 1;
  const style = latest?.style ?? 'brief';
  await ftsForget(tx, head.seq);
  // Provenance describes a generation; an edited summary was written by a person, so it has none.
  await tx.run('INSERT INTO summary_versions (id, note_id, version, text, style, author_id, created_at, structured) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    id, head.id, version, text, style, authorId, at, structured ? JSON.stringify(structured) : null,
  ]);
  await tx.run('UPDATE notes SET updated_at = ? WHERE id = ?', [at, head.id]);
  await ftsAdd(tx, head.seq);
  return { id, version, text, style, authorId, createdAt: at, signedAt: null, signedBy: null, provenance: null, structured, generatedSha256: null, incomplete: false, signature: null };
}

export async function versionById(ex: SqlExecutor, noteId: string, versionId: string): Promise<StoredVersion | undefined> {
  const row = await ex.get<VersionRow>('SELECT * FROM summary_versions WHERE note_id = ? AND id = ?', [noteId, versionId]);
  return row && toVersion(row);
}

export async function latestVersionNumber(ex: SqlExecutor, noteId: string): Promise<number> {
  const row = await ex.get<{ v: number | null }>('SELECT max(version) AS v FROM summary_versions WHERE note_id = ?', [noteId]);
  return row?.v ?? 0;
}

export async function noteText(ex: SqlExecutor, noteId: string): Promise<string | undefined> {
  return (await ex.get<{ text: string }>('SELECT text FROM notes WHERE id = ?', [noteId]))?.text;
}

export async function markSigned(tx: SqlExecutor, versionId: string, userId: string, at: string, signature: SummarySignature): Promise<void> {
  await tx.run('UPDATE summary_versions SET signed_at = ?, signed_by = ?, signature = ? WHERE id = ? AND signed_at IS NULL', [at, userId, JSON.stringify(signature), versionId]);
}

/**
 * The query as FTS5 terms, each quoted so user input is never FTS5 syntax: words become prefix terms
 * ("metfor" finds metformin); words inside double quotes stay together as a phrase ("chest pain").
 */
export function ftsQuery(query: string): string | null {
  const terms: string[] = [];
  const parts = query.normalize('NFC').split('"');
  parts.forEach((part, i) => {
    const words = part.match(/[\p{L}\p{N}]+/gu) ?? [];
    // Odd parts sit between quotes; an unclosed quote's tail is read as plain words.
    if (i % 2 === 1 && i < parts.length - 1 && words.length > 1) terms.push(`"${words.join(' ')}"`);
    else for (const w of words) terms.push(`"${w}"*`);
  });
  if (terms.length === 0) return null;
  return terms.slice(0, 20).join(' ');
}

// The latest version and whether it is signed, from one index seek per listed note (version * 2 + signed).
// Styles in the order first used (version order), each once.
const LIST_COLUMNS = `n.id, n.title, n.author_id, n.created_at, n.updated_at, n.label, n.note_type,
  (SELECT version * 2 + (signed_at IS NOT NULL) FROM summary_versions v WHERE v.note_id = n.id ORDER BY version DESC LIMIT 1) AS latest_signed,
  (SELECT group_concat(style, ' ') FROM (SELECT style, min(version) AS first FROM summary_versions v WHERE v.note_id = n.id GROUP BY style ORDER BY first)) AS styles`;

interface ListRow {
  id: string;
  title: string;
  author_id: string;
  created_at: string;
  updated_at: string;
  label: string | null;
  note_type: string | null;
  latest_signed: number;
  styles: string | null;
  /** snippet() output with a search; the note's start without one. */
  snip: string | null;
  lead: string | null;
}

export async function listNotes(ex: SqlExecutor, opts: { authorId: string | null; query: string | null; limit: number }): Promise<NoteListItem[]> {
  const fts = opts.query ? ftsQuery(opts.query) : null;
  const author = opts.authorId;
  const rows = fts
    ? // Rank and cut first (on the index alone when every note is one author's, as in a clinician's
      // own store: FTS5 keeps only the top N), then build the list columns for the rows kept.
      author === null
      ? await ex.all<ListRow>(
          `WITH hits AS (SELECT rowid AS seq, rank, ${FTS_SNIPPET_SQL} AS snip FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?)
           SELECT ${LIST_COLUMNS}, hits.snip AS snip, NULL AS lead FROM hits JOIN notes n ON n.seq = hits.seq ORDER BY hits.rank`,
          [fts, opts.limit],
        )
      : await ex.all<ListRow>(
          `WITH hits AS (SELECT n.seq AS seq, f.rank AS rank, ${FTS_SNIPPET_SQL} AS snip FROM notes_fts f JOIN notes n ON n.seq = f.rowid
             WHERE notes_fts MATCH ? AND n.author_id = ? ORDER BY f.rank LIMIT ?)
           SELECT ${LIST_COLUMNS}, hits.snip AS snip, NULL AS lead FROM hits JOIN notes n ON n.seq = hits.seq ORDER BY hits.rank`,
          [fts, author, opts.limit],
        )
    : // The newest first, cut before the list columns (the snippet reads note text) are built.
      await ex.all<ListRow>(
        `WITH recent AS (SELECT seq FROM notes WHERE (? IS NULL OR author_id = ?) ORDER BY updated_at DESC, seq DESC LIMIT ?)
         SELECT ${LIST_COLUMNS}, NULL AS snip, substr(n.text, 1, ${LEAD_CHARS}) AS lead FROM recent JOIN notes n ON n.seq = recent.seq ORDER BY n.updated_at DESC, n.seq DESC`,
        [author, author, opts.limit],
      );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    label: r.label,
    noteType: knownType(r.note_type),
    authorId: r.author_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    latestVersion: Math.floor(r.latest_signed / 2),
    signed: r.latest_signed % 2 === 1,
    styles: (r.styles ?? '').split(' ').filter((x): x is SummaryStyle => x !== ''),
    snippet: r.snip !== null ? parseFtsSnippet(r.snip) : leadSnippet(r.lead ?? ''),
  }));
}
