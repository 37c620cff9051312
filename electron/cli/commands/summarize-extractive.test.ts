// `lockscribe summarize --engine extractive`: the built CLI in a real process, with no model anywhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { StructuredSummarySchema } from '../../../shared/summary-format';
import { SUMMARY_TEMPLATES, TEMPLATE_IDS } from '../../../shared/summary-templates';
import { buildCliBundle } from '../../model-host/test-bundles';
import { TEST_NOTES } from '../../extractive/test-notes';

const NOTE = TEST_NOTES[0]!.text;
let cli: string;

function run(args: string[], input: string = NOTE) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, env: { ...process.env, LOCKSCRIBE_LOG: '' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  cli = await buildCliBundle();
});

describe('lockscribe summarize --engine extractive', () => {
  it('prints the sections of every template as text, with no model', () => {
    for (const id of TEMPLATE_IDS) {
      const r = run(['summarize', '--engine', 'extractive', '--format', id]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      for (const s of SUMMARY_TEMPLATES[id].sections) expect(r.stdout).toContain(`${s.title}\n- `);
    }
    expect(run(['summarize', '--engine', 'extractive']).stdout).toMatch(/^Summary\n/);
    expect(run(['summarize', '--engine', 'extractive', '--style', 'patient']).stdout).toMatch(/Reading level: grade \d+(\.\d)? \(target 8 or below\)/);
  });

  it('--json prints the structured summary with provenance naming the engine and template version', () => {
    const r = run(['summarize', '--engine', 'extractive', '--format', 'soap', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: unknown; text: string; provenance: { engine: string; template: { id: string; version: number } } };
    const summary = StructuredSummarySchema.parse(out.summary);
    expect(summary.style).toBe('soap');
    for (const st of summary.sections.flatMap((s) => s.statements)) for (const q of st.evidence) expect(NOTE).toContain(q);
    expect(out.provenance).toMatchObject({ engine: 'extractive', template: { id: 'soap', version: SUMMARY_TEMPLATES.soap.version } });
    expect(out.text).toContain('Subjective');
  });

  it('exits 2 with usage for arguments that do not fit the engine', () => {
    for (const args of [
      ['summarize', '--engine', 'extractive', '--format', 'haiku'],
      ['summarize', '--engine', 'bogus'],
      ['summarize', '--engine', 'model'],
      ['summarize', '--engine', 'extractive', '--model', 'x.gguf'],
      ['summarize', '--engine', 'extractive', '--vault', 'v'],
      ['summarize', '--engine', 'extractive', '--format', 'soap', '--style', 'brief'],
      ['summarize', '--model', 'x.gguf', '--format', 'memo'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: lockscribe/);
    }
  });

  it('fails with one safe line for a note it cannot read', () => {
    const r = run(['summarize', '--engine', 'extractive'], '\n \n');
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^lockscribe: /);
  });
});
