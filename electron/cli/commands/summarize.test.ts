// The built CLI as a user runs it: a real process, a real host process, the generated model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureTestModels, type TestModels } from '../../gguf/test-models';
import { buildCliBundle } from '../../model-host/test-bundles';
import { longNote } from '../../summarizer/long-note-fixtures';
import { ADMIN_PASS, CLIN_PASS, makeService, readAudit } from '../../vault/vault-test-support';

const SECRET = 'Zebediah Quillfeather DOB 1961-04-12 MRN 99812';
const NOTE = `Patient ${SECRET} presents with cough and fever for 3 days.\nBP 128/82. Plan: fluids, rest.`;

let cli: string;
let models: TestModels;
let dir: string;

function run(args: string[], input: string | Buffer = NOTE, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, env: { ...process.env, LOCKSCRIBE_LOG: '', ...env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^lockscribe: /);
  expect(stderr).not.toContain('Zebediah');
  expect(stderr).not.toMatch(/\bat .*\.m?js:\d+/); // no stack trace
  return lines[0]!;
}

beforeAll(async () => {
  [cli, models] = await Promise.all([buildCliBundle(), ensureTestModels()]);
  dir = await mkdtemp(path.join(os.tmpdir(), 'ls-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('lockscribe summarize', () => {
  it('streams a summary to stdout and exits 0', () => {
    const r = run(['summarize', '--model', models.chatml]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
  });

  it('--json prints the summary with its provenance', () => {
    const r = run(['summarize', '--model', models.plain, '--format', 'soap', '--json', '--threads', '1']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: string; provenance: { style: string; threads: number; chatWrapper: string; model: { sha256: string } } };
    expect(out.summary.length).toBeGreaterThan(0);
    expect(out.provenance).toMatchObject({ style: 'soap', threads: 1, chatWrapper: 'General' });
    expect(out.provenance.model.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('any template with a model: its id and version in provenance, and the patient text\'s reading level', () => {
    const r = run(['summarize', '--model', models.plain, '--format', 'patient', '--json', '--threads', '1']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { provenance: { style: string; template: { id: string; version: number } }; readingLevel: { grade: number; target: number } };
    expect(out.provenance).toMatchObject({ style: 'patient', template: { id: 'patient', version: 1 } });
    expect(out.readingLevel.target).toBe(8);
    expect(out.readingLevel.grade).toBeGreaterThanOrEqual(0);
    const referral = JSON.parse(run(['summarize', '--model', models.plain, '--format', 'referral', '--json', '--threads', '1']).stdout) as Record<string, unknown>;
    expect(referral.provenance).toMatchObject({ style: 'referral', template: { id: 'referral' } });
    expect(referral).not.toHaveProperty('readingLevel');
  });

  it('exits 1 with one safe line for failures', async () => {
    const missing = run(['summarize', '--model', path.join(dir, 'nope.gguf')]);
    expect(missing.code).toBe(1);
    expect(expectOneErrorLine(missing.stderr)).toBe('lockscribe: The model file was not found.');

    const notModel = path.join(dir, 'note.gguf');
    await writeFile(notModel, NOTE);
    const bad = run(['summarize', '--model', notModel]);
    expect(bad.code).toBe(1);
    expect(expectOneErrorLine(bad.stderr)).toBe('lockscribe: That file is not a GGUF model.');

    const binary = run(['summarize', '--model', models.plain], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    expect(binary.code).toBe(1);
    expect(expectOneErrorLine(binary.stderr)).toMatch(/not valid UTF-8/);

    const empty = run(['summarize', '--model', models.plain], '\n\n');
    expect(empty.code).toBe(1);
    expectOneErrorLine(empty.stderr);

    const long = run(['summarize', '--model', models.chatml], `${NOTE}\n`.repeat(40), { LOCKSCRIBE_CONTEXT_SIZE: '512' });
    expect(long.code).toBe(1);
    // Too small a context even for the instructions: refused plainly (a longer note is summarized in parts, below).
    expect(expectOneErrorLine(long.stderr)).toMatch(/no room for a note beside the instructions/);
    expect(long.stdout).toBe('');
  });

  it('summarizes a note longer than the context in parts, with progress on stderr', () => {
    const note = `Patient ${SECRET}.\n\n${longNote({ seed: 5, sentencesPerSection: 10, visits: 4 })}`;
    const r = run(['summarize', '--model', models.chatml, '--json'], note, { LOCKSCRIBE_CONTEXT_SIZE: '2048' });
    expect(r.code, r.stderr).toBe(0);
    const progress = r.stderr.split('\n').filter(Boolean);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    progress.forEach((line, i) => expect(line).toBe(`Summarizing part ${i + 1} of ${progress.length}…`));
    const out = JSON.parse(r.stdout) as { provenance: { parts: { count: number; ranges: { start: number; end: number }[]; notSummarized: number[] } } };
    expect(out.provenance.parts.count).toBe(progress.length);
    expect(out.provenance.parts.notSummarized).toEqual([]);
    expect(out.provenance.parts.ranges.at(-1)!.end).toBe(note.length);
  });

  it('exits 2 with usage for bad arguments, 0 for --help', () => {
    for (const args of [['summarize'], ['summarize', '--model', models.plain, '--format', 'haiku'], ['summarize', '--model', models.plain, '--bogus'], ['summarize', '--threads', '0', '--model', 'x'], ['frobnicate'], []]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: lockscribe/);
      expect(r.stderr).not.toContain('Zebediah');
    }
    const help = run(['summarize', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--model FILE/);
    expect(run(['--help']).stdout).toMatch(/summarize/);
  });
});

describe('lockscribe summarize --vault', () => {
  it('saves the note and summary with provenance, audited, for a clinician only', async () => {
    const vaultDir = path.join(dir, 'vault');
    const { service } = makeService(vaultDir);
    await service.setup('root', ADMIN_PASS);
    await service.addUser('carol', 'clinician', CLIN_PASS);
    await service.lock();
    const carolPass = path.join(dir, 'carol.pass');
    const rootPass = path.join(dir, 'root.pass');
    await writeFile(carolPass, `${CLIN_PASS}\n`);
    await writeFile(rootPass, ADMIN_PASS);

    const r = run(['summarize', '--model', models.plain, '--json', '--vault', vaultDir, '--user', 'carol', '--passphrase-file', carolPass]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: string; saved: { noteId: string; versionId: string } };
    expect(out.saved.noteId).toMatch(/\S/);

    await service.unlock('carol', CLIN_PASS);
    const note = await service.getNote(out.saved.noteId);
    expect(note.text).toBe(NOTE);
    expect(note.versions[0]).toMatchObject({ id: out.saved.versionId, text: out.summary, style: 'brief' });
    expect(note.versions[0]!.provenance?.model.sha256).toMatch(/^[0-9a-f]{64}$/);
    await service.lock();

    // A wrong passphrase fails before the model loads; an admin may not summarize.
    const wrong = path.join(dir, 'wrong.pass');
    await writeFile(wrong, 'not the right passphrase');
    const bad = run(['summarize', '--model', models.plain, '--vault', vaultDir, '--user', 'carol', '--passphrase-file', wrong]);
    expect(bad.code).toBe(1);
    expect(expectOneErrorLine(bad.stderr)).toBe('lockscribe: The user name or passphrase is not correct.');
    const admin = run(['summarize', '--model', models.plain, '--vault', vaultDir, '--user', 'root', '--passphrase-file', rootPass]);
    expect(admin.code).toBe(1);
    expect(expectOneErrorLine(admin.stderr)).toBe('lockscribe: You do not have permission to do that.');
    expect(run(['summarize', '--model', models.plain, '--user', 'carol']).code).toBe(2);

    const actions = (await readAudit(vaultDir, 'root', ADMIN_PASS)).map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['summary.generate:success', 'note.create:success', 'summary.generate:denied']));
    // The log names records, never their text.
    expect(JSON.stringify(await readAudit(vaultDir, 'root', ADMIN_PASS))).not.toContain('Zebediah');
  });
});

// unshare -rn: a user namespace without network. Skipped where namespaces are not allowed.
const probe = spawnSync('unshare', ['-rn', 'true']);
const canUnshare = probe.status === 0;
if (!canUnshare) console.log('skipping no-network CLI test: unshare -rn is not available here');

describe.skipIf(!canUnshare)('without a network', () => {
  it('summarizes under unshare -rn', () => {
    const r = spawnSync('unshare', ['-rn', process.execPath, cli, 'summarize', '--model', models.plain], { input: NOTE, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
  });
});
