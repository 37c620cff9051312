// Vault benchmark: unlock time with the production scrypt parameters, note save p50 (each save is a
// durable WAL commit with its audit entry), FTS search p95 over 10,000 notes, and SQLCipher against
// plain SQLite (better-sqlite3) on the same workload, as a ratio measured side by side.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import sqlcipher from '@journeyapps/sqlcipher';
import { multipleCiphersDriver } from '../electron/db/multiple-ciphers-driver';
import { systemClock } from '../electron/base/clock';
import { setLogSink } from '../electron/base/safe-log';
import { openAuditLog } from '../electron/audit/audit-log';
import { VaultService } from '../electron/vault/vault-service';
import { readKeyring } from '../electron/vault/keyring';
import { unwrapKey, userWrapAad } from '../electron/vault/keys';
import { vaultPaths } from '../electron/vault/vault-paths';
import { insertNote } from '../electron/vault/notes';

const NOTES = 10_000;
const SAVES = 100;
const SEARCHES = 200;
const ADMIN = 'bench admin passphrase one';
const CLIN = 'bench clinician passphrase two';

const WORDS = (
  'patient presents with chest pain shortness breath fever cough headache nausea vomiting abdominal tenderness ' +
  'hypertension diabetes asthma pneumonia fracture sprain rash allergy penicillin amoxicillin lisinopril metformin ' +
  'troponin negative positive normal abnormal xray ultrasound follow referral cardiology orthopedics physiotherapy ' +
  'denies smoking alcohol history family mother father chronic acute improving worsening stable discharged admitted'
).split(' ');

/** A small deterministic generator, so every run searches the same text. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function noteText(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  return `${out.join(' ')}.`;
}

function pct(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function service(dir: string): VaultService {
  return new VaultService({ dir, driver: multipleCiphersDriver, clock: systemClock, openAudit: openAuditLog });
}

/** Fills the vault directly (one transaction per 500 notes): seeding, not the measured path. */
async function seed(dir: string, userName: string, passphrase: string, count: number): Promise<void> {
  const keyring = await readKeyring(vaultPaths(dir).keyring);
  const entry = keyring.users.find((u) => u.name === userName)!;
  const key = (await unwrapKey(entry.wrap!, passphrase, userWrapAad(keyring.vaultId, entry.userId)))!;
  const db = await multipleCiphersDriver.open(vaultPaths(dir).db, key);
  const r = rng(1);
  const at = new Date().toISOString();
  try {
    for (let done = 0; done < count; done += 500) {
      await db.transaction(async (tx) => {
        for (let i = done; i < Math.min(count, done + 500); i++) {
          await insertNote(tx, { authorId: entry.userId, text: noteText(r, 200), summary: noteText(r, 40), style: 'brief', provenance: null, at });
        }
      });
    }
  } finally {
    await db.close();
    key.fill(0);
  }
}

const SCHEMA = `CREATE TABLE notes (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, text TEXT NOT NULL, summary TEXT NOT NULL);
CREATE VIRTUAL TABLE notes_fts USING fts5(text, summary, tokenize = 'unicode61 remove_diacritics 2');`;
const PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;';
const SIDE_NOTES = 2_000;
const SIDE_COMMITS = 100;

/** The same inserts, single-note commits and searches on one engine; returns total ms. */
async function sideBySide(engine: {
  exec(sql: string): Promise<void>;
  insert(seq: number, text: string, summary: string): Promise<void>;
  search(q: string): Promise<number>;
}): Promise<number> {
  const r = rng(7);
  await engine.exec(PRAGMAS);
  await engine.exec(SCHEMA);
  const start = performance.now();
  for (let done = 0; done < SIDE_NOTES; done += 500) {
    await engine.exec('BEGIN');
    for (let i = done; i < done + 500; i++) await engine.insert(i + 1, noteText(r, 200), noteText(r, 40));
    await engine.exec('COMMIT');
  }
  for (let i = 0; i < SIDE_COMMITS; i++) await engine.insert(SIDE_NOTES + i + 1, noteText(r, 200), noteText(r, 40));
  for (let i = 0; i < SEARCHES; i++) await engine.search(`"${WORDS[i % WORDS.length]}"* "${WORDS[(i * 7) % WORDS.length]}"*`);
  return performance.now() - start;
}

/** The vault's own settings on SQLCipher, with memory wiping on (as shipped) or off (to show its cost). */
async function cipherRun(dir: string, name: string, memorySecurity: boolean): Promise<number> {
  const key = Buffer.alloc(32, 7);
  const cipher = await multipleCiphersDriver.open(path.join(dir, name), key, { create: true });
  try {
    // Process-wide in SQLCipher: set it for this run, then back to what the vault uses.
    await cipher.exec(`PRAGMA cipher_memory_security = ${memorySecurity ? 'ON' : 'OFF'}`);
    return await sideBySide({
      exec: (sql) => cipher.exec(sql),
      insert: async (seq, text, summary) => {
        await cipher.run('INSERT INTO notes (seq, id, text, summary) VALUES (?, ?, ?, ?)', [seq, `n${seq}`, text, summary]);
        await cipher.run('INSERT INTO notes_fts (rowid, text, summary) VALUES (?, ?, ?)', [seq, text, summary]);
      },
      search: async (q) => (await cipher.all('SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 100', [q])).length,
    });
  } finally {
    await cipher.exec('PRAGMA cipher_memory_security = ON').catch(() => undefined);
    await cipher.close();
  }
}

/** The same async driver with no key, i.e. plain SQLite: separates encryption from per-call overhead. */
async function unkeyedRun(dir: string): Promise<number> {
  const db = await new Promise<InstanceType<typeof sqlcipher.Database>>((resolve, reject) => {
    const d = new sqlcipher.Database(path.join(dir, 'side-unkeyed.db'), (e: Error | null) => (e ? reject(e) : resolve(d)));
  });
  const call = (method: 'run' | 'all', sql: string, args: unknown[]) =>
    new Promise<unknown[]>((resolve, reject) => db[method](sql, args, (e: Error | null, rows?: unknown[]) => (e ? reject(e) : resolve(rows ?? []))));
  try {
    return await sideBySide({
      exec: (sql) => new Promise<void>((resolve, reject) => db.exec(sql, (e: Error | null) => (e ? reject(e) : resolve()))),
      insert: async (seq, text, summary) => {
        await call('run', 'INSERT INTO notes (seq, id, text, summary) VALUES (?, ?, ?, ?)', [seq, `n${seq}`, text, summary]);
        await call('run', 'INSERT INTO notes_fts (rowid, text, summary) VALUES (?, ?, ?)', [seq, text, summary]);
      },
      search: async (q) => (await call('all', 'SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 100', [q])).length,
    });
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

async function compareEngines(dir: string): Promise<{ cipherMs: number; cipherNoWipeMs: number; unkeyedMs: number; plainMs: number }> {
  const cipherMs = await cipherRun(dir, 'side-cipher.db', true);
  const cipherNoWipeMs = await cipherRun(dir, 'side-cipher-nowipe.db', false);
  const unkeyedMs = await unkeyedRun(dir);

  const plain = new Database(path.join(dir, 'side-plain.db'));
  const insNote = () => plain.prepare('INSERT INTO notes (seq, id, text, summary) VALUES (?, ?, ?, ?)');
  const insFts = () => plain.prepare('INSERT INTO notes_fts (rowid, text, summary) VALUES (?, ?, ?)');
  const plainMs = await sideBySide({
    exec: async (sql) => void plain.exec(sql),
    insert: async (seq, text, summary) => {
      insNote().run(seq, `n${seq}`, text, summary);
      insFts().run(seq, text, summary);
    },
    search: async (q) => plain.prepare('SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 100').all(q).length,
  });
  plain.close();
  return { cipherMs, cipherNoWipeMs, unkeyedMs, plainMs };
}

export async function runVaultBench(): Promise<void> {
  setLogSink(null);
  const dir = await mkdtemp(path.join(tmpdir(), 'lockscribe-vault-bench-'));
  try {
    const vault = service(dir);
    await vault.setup('root', ADMIN);
    await vault.addUser('carol', 'clinician', CLIN);
    await vault.lock();

    const unlocks: number[] = [];
    for (let i = 0; i < 3; i++) {
      unlocks.push(await timed(() => vault.unlock('carol', CLIN)));
      await vault.lock();
    }
    console.log(`vault unlock: ${ms(pct(unlocks, 50))} median of 3 (scrypt N=2^17 r=8 p=1, integrity checks, audit open)`);

    await vault.unlock('carol', CLIN);
    const r = rng(3);
    const saves: number[] = [];
    for (let i = 0; i < SAVES; i++) saves.push(await timed(() => vault.saveNote(noteText(r, 300), noteText(r, 60), 'brief', null)));
    console.log(`vault save: p50 ${ms(pct(saves, 50))}, p95 ${ms(pct(saves, 95))} (${SAVES} notes, one durable commit each)`);
    await vault.lock();

    await seed(dir, 'carol', CLIN, NOTES - SAVES);
    await vault.unlock('carol', CLIN);
    const searches: number[] = [];
    let hits = 0;
    for (let i = 0; i < SEARCHES; i++) {
      const q = `${WORDS[(i * 5) % WORDS.length]} ${WORDS[(i * 11 + 3) % WORDS.length]!.slice(0, 5)}`;
      searches.push(await timed(async () => (hits += (await vault.listNotes(q, 100)).length)));
    }
    console.log(`vault FTS search: p95 ${ms(pct(searches, 95))}, p50 ${ms(pct(searches, 50))} over ${NOTES} notes (${SEARCHES} queries, ${hits} results, top 100 each)`);
    await vault.lock();

    const { cipherMs, cipherNoWipeMs, unkeyedMs, plainMs } = await compareEngines(dir);
    console.log(
      `vault SQLCipher vs plain SQLite: ${(cipherMs / plainMs).toFixed(2)}x as shipped (${ms(cipherMs)} vs ${ms(plainMs)}; ${SIDE_NOTES} notes in batches, ${SIDE_COMMITS} single commits, ${SEARCHES} searches; the async driver's per-call overhead is included)`,
    );
    console.log(`  encryption alone (same async driver, no key: ${ms(unkeyedMs)}): ${(cipherNoWipeMs / unkeyedMs).toFixed(2)}x; the async driver vs better-sqlite3: ${(unkeyedMs / plainMs).toFixed(2)}x`);
    console.log(`  memory wiping (cipher_memory_security, ${ms(cipherNoWipeMs)} without): ${(cipherMs / cipherNoWipeMs).toFixed(2)}x`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
