// Integration: Summarizer on the real host process with the generated ChatML model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ensureTestModels } from '../gguf/test-models';
import { ModelHost, forkHostChannel } from '../model-host/host-client';
import { buildHostBundle } from '../model-host/test-bundles';
import { ManualClock } from '../base/clock';
import type { AppFailure } from '../base/app-failure';
import { validateNote, type CheckedNote } from '../../shared/note-input';
import { SUMMARY_TEMPLATES } from '../../shared/summary-templates';
import { defaultMaxTokens, reservedTokens, Summarizer } from './summarizer';
import { PROMPT_VERSION } from './prompt';

/** The boundary's check (IPC handler, CLI); the Summarizer takes only a checked note. */
function checked(text: string): CheckedNote {
  const r = validateNote(text);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const NOTE = checked('S: 54 y/o M with chest pain x2 days, worse on exertion.\nO: BP 150/90, HR 88.\nA: Chest pain, rule out ACS.\nP: ECG, troponin, aspirin.');
const failure = (p: Promise<unknown>) => p.then(() => null, (e: AppFailure) => e);

let host: ModelHost;
let small: ModelHost;
const clock = new ManualClock(new Date('2026-03-01T10:00:00Z'));

beforeAll(async () => {
  const [models, script] = await Promise.all([ensureTestModels(), buildHostBundle()]);
  host = new ModelHost({ channel: () => forkHostChannel(script) });
  // A 512-token context makes "too long for the model" cheap to reach.
  small = new ModelHost({ channel: () => forkHostChannel(script), contextSize: 512 });
  await Promise.all([host.loadModel(models.chatml), small.loadModel(models.chatml)]);
});

afterAll(() => Promise.all([host?.dispose(), small?.dispose()]));

describe('Summarizer', () => {
  it('summarizes with full provenance, deterministically', async () => {
    const s = new Summarizer(host, { clock, maxTokens: { brief: 32 } });
    const chunks: string[] = [];
    const id = randomUUID();
    const r = await s.summarize({ requestId: id, text: NOTE, style: 'brief' }, (c) => chunks.push(c));
    expect(r.requestId).toBe(id);
    expect(r.text.length).toBeGreaterThan(0);
    expect(chunks.join('').trim()).toBe(r.text);
    const p = r.provenance;
    expect(p).toMatchObject({
      backend: host.status().gpu?.backend,
      threads: host.status().threads,
      promptVersion: PROMPT_VERSION,
      chatWrapper: 'ChatML',
      style: 'brief',
      template: { id: 'brief', version: SUMMARY_TEMPLATES.brief.version },
      sampling: { temperature: 0, seed: 1234, maxTokens: 32 },
      stopReason: 'maxTokens',
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    expect(p.model).toEqual({
      fileName: host.status().model!.fileName,
      sha256: host.status().model!.sha256,
      quantization: 'F32',
      architecture: 'llama',
    });
    expect(p.tokens.generated).toBe(32);
    expect(p.tokens.prompt).toBeGreaterThan(p.tokens.note);
    expect(p.tokens.contextSize).toBe(4096);
    expect(p.timings.totalMs).toBeGreaterThanOrEqual(0);

    const again = await s.summarize({ requestId: randomUUID(), text: NOTE, style: 'brief' });
    expect(again.text).toBe(r.text);
  });

  it('counts tokens against the budget left after reserving the summary', async () => {
    const s = new Summarizer(host);
    const c = await s.countTokens(NOTE, 'soap');
    expect(c.budget).toBe(4096 - 640);
    expect(c.fits).toBe(true);
    expect(c.promptTokens).toBeGreaterThan(c.noteTokens);
  });

  it('refuses a note too long for the context with the numbers, never the text', async () => {
    const s = new Summarizer(small);
    const long = checked(`${NOTE}\n`.repeat(20) + 'UNIQUE-MARKER-7731');
    const c = await s.countTokens(long, 'brief');
    expect(c.fits).toBe(false);
    const e = await failure(s.summarize({ requestId: randomUUID(), text: long, style: 'brief' }));
    expect(e?.code).toBe('NOTE_TOO_LONG_FOR_MODEL');
    expect(e?.message).toContain(String(c.promptTokens));
    expect(e?.message).toContain(String(c.budget));
    expect(e?.message).not.toMatch(/chest|UNIQUE-MARKER/);
  });

  it('reserves room for the summary by the template: brief and SOAP as before, more for more sections', async () => {
    const s = new Summarizer(host);
    expect([defaultMaxTokens('brief', false), defaultMaxTokens('soap', false), defaultMaxTokens('brief', true), defaultMaxTokens('soap', true)]).toEqual([384, 640, 768, 1536]);
    expect(defaultMaxTokens('discharge', true)).toBeGreaterThan(defaultMaxTokens('soap', true));
    const discharge = await s.countTokens(NOTE, 'discharge', true);
    // Seven sections want 2,496 tokens; a 4,096-token context holds back at most half of itself.
    expect(discharge.budget).toBe(4096 - 2048);
    expect((await s.countTokens(NOTE, 'handoff', true)).budget).toBe(4096 - defaultMaxTokens('handoff', true));
    // A small context: at most half of it is held for the summary, so a note can still fit.
    expect([reservedTokens('discharge', true, 2048), reservedTokens('soap', true, 8192), reservedTokens('brief', false, null)]).toEqual([1024, 1536, 384]);
    const tight = await new Summarizer(small).countTokens(NOTE, 'discharge', true);
    expect(tight.budget).toBe(256);
    expect(tight.fits).toBe(tight.promptTokens <= 256);
  });

  it('runs one summary at a time and stops one mid-stream', async () => {
    const s = new Summarizer(host, { maxTokens: { brief: 3000 } });
    const id = randomUUID();
    let stopped: Promise<boolean> | null = null;
    const running = s.summarize({ requestId: id, text: NOTE, style: 'brief' }, () => {
      stopped ??= s.stop(id);
    });
    expect((await failure(s.summarize({ requestId: randomUUID(), text: NOTE, style: 'brief' })))?.code).toBe('MODEL_BUSY');
    const r = await running;
    expect(await stopped).toBe(true);
    expect(r.provenance.stopReason).toBe('cancelled');
    expect(r.provenance.tokens.generated).toBeLessThan(3000);
    expect(await s.stop(id)).toBe(false);
  });
});
