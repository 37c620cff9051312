// `lockscribe summarize --engine extractive --vault`: the built CLI in a real process saves the note and
// its extractive summary in a real encrypted vault, as the app saves one made with no model loaded
// (the statements, the engine and template in provenance, bound to the text), audited as the model path is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StructuredSummarySchema } from '../../../shared/summary-format';
import { SUMMARY_TEMPLATES } from '../../../shared/summary-templates';
import { buildCliBundle } from '../../model-host/test-bundles';
import { TEST_NOTES } from '../../extractive/test-notes';
import { ADMIN_PASS, CLIN_PASS, makeService, readAudit } from '../../vault/vault-test-support';

// A name no summary statement or audit entry may leak.
const SECRET = 'Zebediah Quillfeather';
const NOTE = `${TEST_NOTES[0]!.text}\n\nSOCIAL HISTORY: Lives with his daughter ${SECRET}.`;

let cli: string;
let dir: string;
let vaultDir: string;
let carolPass: string;
let rootPass: string;

function run(args: string[], input: string = NOTE) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, env: { ...process.env, LOCKSCRIBE_LOG: '' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const vaultArgs = (user: string, passFile: string) => ['--vault', vaultDir, '--user', user, '--passphrase-file', passFile];

function oneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^lockscribe: /);
  expect(stderr).not.toContain('Zebediah');
  return lines[0]!;
}

beforeAll(async () => {
  cli = await buildCliBundle();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ls-cli-extractive-vault-'));
  vaultDir = path.join(dir, 'vault');
  const { service } = makeService(vaultDir);
  await service.setup('root', ADMIN_PASS);
  await service.addUser('carol', 'clinician', CLIN_PASS);
  await service.lock();
  carolPass = path.join(dir, 'carol.pass');
  rootPass = path.join(dir, 'root.pass');
  await writeFile(carolPass, `${CLIN_PASS}\n`);
  await writeFile(rootPass, ADMIN_PASS);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('lockscribe summarize --engine extractive --vault', () => {
  it('saves the note and its summary with the statements and provenance; the same note again is version 2', async () => {
    const r = run(['summarize', '--engine', 'extractive', '--format', 'patient', '--json', ...vaultArgs('carol', carolPass)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: unknown; text: string; provenance: { engine: string }; readingLevel: { grade: number }; saved: { noteId: string; versionId: string } };
    expect(out.provenance.engine).toBe('extractive');
    expect(out.readingLevel.grade).toBeGreaterThan(0);
    expect(out.saved.noteId).toMatch(/\S/);
    const printed = StructuredSummarySchema.parse(out.summary);

    // Plain output says where it went, on stderr, and the same note becomes its next version.
    const soap = run(['summarize', '--engine', 'extractive', '--format', 'soap', ...vaultArgs('carol', carolPass)]);
    expect(soap.code).toBe(0);
    expect(soap.stdout).toContain('Subjective');
    expect(soap.stderr).toBe(`Saved as note ${out.saved.noteId}.\n`);

    const { service } = makeService(vaultDir);
    await service.unlock('carol', CLIN_PASS);
    const note = await service.getNote(out.saved.noteId);
    expect(note.text).toBe(NOTE);
    expect(note.versions).toHaveLength(2);
    const [v1, v2] = note.versions;
    expect(v1).toMatchObject({ id: out.saved.versionId, version: 1, style: 'patient', incomplete: false });
    // The same statements as printed (the history renders them in its own layout).
    for (const st of printed.sections.flatMap((s) => s.statements)) {
      expect(out.text).toContain(st.text);
      expect(v1!.text).toContain(st.text);
    }
    // The statements with their quotes, not a flattened text.
    expect(v1!.structured).toEqual(printed);
    for (const q of printed.sections.flatMap((s) => s.statements.flatMap((st) => st.evidence))) expect(NOTE).toContain(q);
    expect(v1!.report.counts.statements).toBe(printed.sections.reduce((n, s) => n + s.statements.length, 0));
    // Generated and unedited: provenance names the engine and template, bound to the exact text.
    expect(v1!.generatedSha256).toBe(createHash('sha256').update(v1!.text, 'utf8').digest('hex'));
    expect(v1!.provenance).toMatchObject({
      style: 'patient',
      stopReason: 'eos',
      template: { id: 'patient', version: SUMMARY_TEMPLATES.patient.version },
      engine: { id: 'extractive', template: { id: 'patient', version: SUMMARY_TEMPLATES.patient.version } },
    });
    expect(v2).toMatchObject({ version: 2, style: 'soap', provenance: { engine: { id: 'extractive', template: { id: 'soap' } } } });
    await service.lock();
  });

  it('is for clinicians only, fails in one safe line, and is audited without the note text', async () => {
    const admin = run(['summarize', '--engine', 'extractive', ...vaultArgs('root', rootPass)]);
    expect(admin.code).toBe(1);
    expect(oneErrorLine(admin.stderr)).toBe('lockscribe: You do not have permission to do that.');
    expect(admin.stdout).toBe('');

    const wrong = path.join(dir, 'wrong.pass');
    await writeFile(wrong, 'not the right passphrase');
    const bad = run(['summarize', '--engine', 'extractive', ...vaultArgs('carol', wrong)]);
    expect(bad.code).toBe(1);
    expect(oneErrorLine(bad.stderr)).toBe('lockscribe: The user name or passphrase is not correct.');

    for (const args of [
      ['summarize', '--engine', 'extractive', '--vault', vaultDir],
      ['summarize', '--engine', 'extractive', '--user', 'carol'],
      ['summarize', '--engine', 'extractive', '--passphrase-file', carolPass],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: lockscribe/);
    }

    const audit = await readAudit(vaultDir, 'root', ADMIN_PASS);
    const actions = audit.map((e) => `${e.action}:${e.outcome}`);
    expect(actions.filter((a) => a === 'summary.generate:success')).toHaveLength(2);
    expect(actions).toEqual(expect.arrayContaining(['note.create:success', 'summary.version-add:success', 'summary.generate:denied']));
    expect(JSON.stringify(audit)).not.toContain('Zebediah');
  });
});
