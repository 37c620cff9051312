// The evaluation harness end to end: a small kit written here (so the plumbing is tested anywhere),
// the real kit on --limit 3 for both engines (skipped when absent), and the generated test model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { existsSync } from 'node:fs';
import type { StructuredSummary, VerificationReport } from '../../shared/summary-format';
import type { CliIo } from '../cli/cli-command';
import { ensureTestModels, type TestModels } from '../gguf/test-models';
import { buildHostBundle } from '../model-host/test-bundles';
import { main, runEvalCommand } from './eval-cli';
import { kitDir } from './kit-sets';
import { quoteFound, type EvalReport } from './run-eval';

let dir: string;
let smallKit: string;
let models: TestModels;
let hostScript: string;

function io(env: NodeJS.ProcessEnv): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { stdin: new PassThrough(), stdout, stderr, env: { ...process.env, ...env }, out: () => out, err: () => err };
}

const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ls-eval-'));
  smallKit = path.join(dir, 'kit');
  await mkdir(path.join(smallKit, 'data/aci-bench'), { recursive: true });
  await mkdir(path.join(smallKit, 'data/mtsamples'), { recursive: true });
  const dialogue = '[doctor] what brings you in ?\n[patient] my blood pressure , i take lisinopril 10 mg daily .\n[doctor] any allergies ?\n[patient] penicillin gives me hives .\n[doctor] follow up in 3 months .';
  const note = 'CHIEF COMPLAINT\n\nHypertension.\n\nMEDICATIONS\n\nLisinopril 10 mg daily.\n\nALLERGIES\n\nPenicillin (hives).\n\nPLAN\n\nFollow up in 3 months.';
  await writeFile(path.join(smallKit, 'data/aci-bench/valid.csv'), `dataset,encounter_id,dialogue,note\nvirtassist,D1,${csvField(dialogue)},${csvField(note)}\nvirtassist,D2,${csvField(dialogue.replace('10 mg', '20 mg'))},${csvField(note.replace('10 mg', '20 mg'))}\n`);
  await writeFile(path.join(smallKit, 'data/mtsamples/mtsamples.part01.jsonl'), `${JSON.stringify({ note_id: 1, description: 'x', transcription: note })}\n`);
  [models, hostScript] = await Promise.all([ensureTestModels(), buildHostBundle()]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('quoteFound', () => {
  it('finds quotes as written or with whitespace run together, never empty ones', () => {
    expect(quoteFound('BP  120/80\nHR 72', 'BP 120/80 HR 72')).toBe(true);
    expect(quoteFound('BP 120/80', 'BP 120/90')).toBe(false);
    expect(quoteFound('BP 120/80', '  ')).toBe(false);
  });
});

describe('evaluation harness', () => {
  it('reports every measure for the extractive engine on a small kit, and runs the transform hook', async () => {
    const seen: string[] = [];
    const t = io({ LOCKSCRIBE_KIT: smallKit });
    const report = (await runEvalCommand(['--engine', 'extractive', '--json'], t, { transform: (s) => (seen.push(s), s) }))!;
    expect(report.missing).toEqual(['mts-dialog']);
    const aci = report.sets.find((s) => s.set === 'aci-bench')!;
    expect(aci).toMatchObject({ cases: 2, failed: {}, structuredCases: 2, evidenceFound: 1, flagged: 0, speedUnit: 'chars/s' });
    expect(aci.statements).toBeGreaterThanOrEqual(4);
    expect(aci.rougeL!).toBeGreaterThan(0.1);
    expect(aci.rougeL!).toBeLessThan(1);
    expect(aci.speed!).toBeGreaterThan(0);
    expect(report.sets.find((s) => s.set === 'mtsamples')).toMatchObject({ cases: 1, rougeL: null, evidenceFound: 1 });
    expect(seen).toHaveLength(3);
    expect(JSON.parse(t.out()) as EvalReport).toEqual(report);
  });

  it('counts what an injected verifier flags', async () => {
    // A verifier module on disk, loaded the way --verifier loads one: flags statements containing "10 mg".
    const file = path.join(dir, 'verifier.mjs');
    const body = (note: string, summary: StructuredSummary): VerificationReport => {
      const statements = summary.sections.flatMap((s, section) =>
        s.statements.map((st, index) => ({ section, index, text: st.text, quotes: [], flags: st.text.includes('10 mg') && note.length > 0 ? [{ kind: 'dose-mismatch' as const, message: 'x' }] : [] })),
      );
      const flagged = statements.filter((s) => s.flags.length > 0).length;
      return { statements, counts: { statements: statements.length, supported: statements.length - flagged, flagged } };
    };
    await writeFile(file, `export const verifySummary = ${body.toString()};\n`);
    const t = io({ LOCKSCRIBE_KIT: smallKit });
    const report = (await runEvalCommand(['--engine', 'extractive', '--set', 'aci-bench', '--verifier', file], t))!;
    const aci = report.sets[0]!;
    expect(aci.flagged!).toBeGreaterThan(0);
    expect(aci.flagged!).toBeLessThan(0.5);
    expect(t.out()).toMatch(/aci-bench\s+2\s+0\s+0\.\d{3}/);
  });

  it('runs the model engine with the generated test model', async () => {
    const t = io({ LOCKSCRIBE_KIT: smallKit });
    const report = (await runEvalCommand(['--engine', 'model', '--model', models.chatml, '--style', 'brief', '--set', 'aci-bench', '--threads', '1', '--json'], t, { hostScript }))!;
    const aci = report.sets[0]!;
    expect(aci.cases).toBe(2);
    expect(Object.values(aci.failed).reduce((a, b) => a + b, 0)).toBe(0);
    expect(aci.speedUnit).toBe('tokens/s');
    expect(aci.speed!).toBeGreaterThan(0);
    expect(aci.rougeL).not.toBeNull();
    expect(report.describe).toMatch(/tiny-chatml/);
  });

  it('exits 2 with usage for bad arguments', async () => {
    for (const args of [[], ['--engine', 'nope'], ['--engine', 'model'], ['--engine', 'extractive', '--set', 'other'], ['--engine', 'extractive', '--limit', '0'], ['--engine', 'model', '--model', 'm.gguf', '--style', 'haiku']]) {
      const t = io({ LOCKSCRIBE_KIT: smallKit });
      expect(await main(args, t), args.join(' ')).toBe(2);
      expect(t.err()).toMatch(/usage: npm run eval/);
    }
  });
});

const kit = kitDir();
const hasKit = existsSync(path.join(kit, 'data'));
if (!hasKit) console.log(`skipping the kit evaluation: no data kit at ${kit} (set LOCKSCRIBE_KIT)`);

describe.skipIf(!hasKit)('evaluation harness on the kit (--limit 3)', () => {
  it('extractive engine: every set, evidence always found', async () => {
    const report = (await runEvalCommand(['--engine', 'extractive', '--limit', '3', '--json'], io({})))!;
    for (const s of report.sets) {
      expect(s.cases).toBe(3);
      if (s.statements > 0) expect(s.evidenceFound).toBe(1);
      expect(s.rougeL === null).toBe(s.set === 'mtsamples');
    }
  });

  it('model engine with the generated test model (plumbing only)', async () => {
    const report = (await runEvalCommand(['--engine', 'model', '--model', models.chatml, '--style', 'brief', '--limit', '3', '--set', 'mts-dialog', '--set', 'aci-bench', '--threads', '1', '--json'], io({}), { hostScript }))!;
    for (const s of report.sets) {
      expect(s.cases).toBe(3);
      // Long dialogues may not fit the tiny model's context: refused by code, never cut.
      for (const code of Object.keys(s.failed)) expect(code).toBe('NOTE_TOO_LONG_FOR_MODEL');
    }
  });
});
