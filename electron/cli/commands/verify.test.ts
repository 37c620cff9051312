// The built CLI as a user runs it: `lockscribe verify` on files, its output and its exit codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StructuredSummary, VerificationReport } from '../../../shared/summary-format';
import { buildCliBundle } from '../../model-host/test-bundles';

const SECRET = 'Philomena Okonkwo-Barrett';
const NOTE = `Patient ${SECRET}, 58-year-old man. Left shoulder pain for 2 weeks. Denies numbness.\nMedications: naproxen 500 mg twice daily.\nPlan: physical therapy, recheck in 4 weeks.`;

const GOOD: StructuredSummary = {
  format: 'lockscribe-summary',
  version: 1,
  style: 'soap',
  sections: [
    { title: 'Subjective', statements: [{ text: 'L shoulder pain x 2 weeks, no numbness.', evidence: ['Left shoulder pain for 2 weeks', 'Denies numbness'] }] },
    { title: 'Plan', statements: [{ text: 'Naproxen 500 mg bid; PT; recheck in four weeks.', evidence: ['naproxen 500 mg twice daily', 'physical therapy, recheck in 4 weeks'] }] },
  ],
};

const BAD: StructuredSummary = {
  ...GOOD,
  sections: [
    { title: 'Subjective', statements: [{ text: 'Right shoulder pain x 2 weeks.', evidence: ['Left shoulder pain for 2 weeks'] }] },
    { title: 'Plan', statements: [{ text: 'Naproxen 500 mg bid.', evidence: ['naproxen 500 mg twice daily'] }] },
  ],
};

let cli: string;
let dir: string;
const file = (name: string) => path.join(dir, name);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'verify', ...args], { env: { ...process.env, LOCKSCRIBE_LOG: '' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function oneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^lockscribe: /);
  expect(stderr).not.toContain('Philomena');
  return lines[0]!;
}

beforeAll(async () => {
  cli = await buildCliBundle();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ls-verify-'));
  await writeFile(file('note.txt'), NOTE);
  await writeFile(file('good.json'), JSON.stringify(GOOD));
  await writeFile(file('bad.json'), JSON.stringify(BAD));
  await writeFile(file('plain.txt'), 'Subjective:\n- Left shoulder pain.\n- Taking ibuprofen 400 mg.\n');
  await writeFile(file('broken.json'), `{"format": "lockscribe-summary", "note": "${SECRET}"`);
  await writeFile(file('wrong.json'), JSON.stringify({ format: 'lockscribe-summary', version: 2, text: SECRET }));
  await writeFile(file('binary.txt'), Buffer.from([0, 1, 2, 0, 0, 3, 0xff, 0xfe]));
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('lockscribe verify', () => {
  it('exits 0 and reports every statement supported when nothing is flagged', () => {
    const r = run(['--note', file('note.txt'), '--summary', file('good.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2 statements, 2 supported, 0 flagged');
  });

  it('exits 3 and names the flag when a statement disagrees with the note', () => {
    const r = run(['--note', file('note.txt'), '--summary', file('bad.json')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('2 statements, 1 supported, 1 flagged');
    expect(r.stdout).toContain('laterality-mismatch');
  });

  it('--json prints the verification report with offsets into the note', () => {
    const r = run(['--note', file('note.txt'), '--summary', file('bad.json'), '--json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as VerificationReport;
    expect(report.counts).toEqual({ statements: 2, supported: 1, flagged: 1 });
    const q = report.statements[0]!.quotes[0]!;
    expect(NOTE.slice(q.span!.start, q.span!.end)).toBe('Left shoulder pain for 2 weeks');
    expect(report.statements[0]!.flags.map((f) => f.kind)).toEqual(['laterality-mismatch']);
  });

  it('reads a plain-text summary as statements without evidence', () => {
    const r = run(['--note', file('note.txt'), '--summary', file('plain.txt'), '--json']);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as VerificationReport;
    expect(report.statements.map((s) => s.text)).toEqual(['Left shoulder pain.', 'Taking ibuprofen 400 mg.']);
    expect(report.statements[1]!.flags.map((f) => f.kind).sort()).toEqual(['medication-not-in-note', 'unsupported-claim']);
  });

  it('exits 1 with one safe line for bad input', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--note', file('missing.txt'), '--summary', file('good.json')], /^lockscribe: The note file could not be read\.$/],
      [['--note', file('note.txt'), '--summary', file('missing.json')], /^lockscribe: The summary file could not be read\.$/],
      [['--note', file('note.txt'), '--summary', file('broken.json')], /^lockscribe: The summary file is not valid JSON\.$/],
      [['--note', file('note.txt'), '--summary', file('wrong.json')], /^lockscribe: The summary file is not a lockscribe-summary v1 document/],
      [['--note', file('binary.txt'), '--summary', file('good.json')], /^lockscribe: The note /],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(oneErrorLine(r.stderr)).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 2 on usage errors', () => {
    const r = run(['--note', file('note.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lockscribe: --summary is required/);
    expect(run(['--bogus']).code).toBe(2);
  });
});
