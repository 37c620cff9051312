// Integration: long notes through the real host process and node-llama-cpp, with the generated ChatML
// model loaded at a 1,024-token context so a note five times the context is cheap to make (the test
// vocabulary spends about 740 tokens on the instructions, so 512 would leave no room for a note). The model's
// weights are random, so what it writes is whatever the grammar allows; the splitting, progress,
// stopping, merging and coverage are what is tested.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { StructuredSummarySchema } from '../../shared/summary-format';
import { AppFailure } from '../base/app-failure';
import { ensureTestModels } from '../gguf/test-models';
import { ModelHost, forkHostChannel } from '../model-host/host-client';
import { buildHostBundle } from '../model-host/test-bundles';
import { LongSummarizer, type PartProgress } from './long-summarizer';
import { longNote } from './long-note-fixtures';
import { Summarizer } from './summarizer';
import { sectionTitles } from './summary-schema';
import { validateNote, type CheckedNote } from '../../shared/note-input';

/** The boundary's check (IPC handler, CLI): the summarizers take only a checked note. */
function checked(text: string): CheckedNote {
  const r = validateNote(text);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

// Templates' instructions take about 1,000 of this model's tokens, so 2,048 leaves room for a note.
const CONTEXT = 2048;
let host: ModelHost;
// Room for a short summary per part, so most of the small context is left for the note.
const summarizer = () => new Summarizer(host, { maxTokens: { brief: 48, soap: 64 } });
const failure = (p: Promise<unknown>) => p.then(() => null, (e: AppFailure) => e);

/** A note of at least `times` contexts' worth of tokens. */
async function noteOf(times: number, seed: number): Promise<CheckedNote> {
  const s = summarizer();
  for (let visits = 2; ; visits += 2) {
    const note = checked(longNote({ seed, sentencesPerSection: 8, visits }));
    if ((await s.countTokens(note, 'brief', true)).noteTokens >= times * CONTEXT) return note;
  }
}

beforeAll(async () => {
  const [models, script] = await Promise.all([ensureTestModels(), buildHostBundle()]);
  host = new ModelHost({ channel: () => forkHostChannel(script), contextSize: CONTEXT });
  await host.loadModel(models.chatml);
}, 120_000);

afterAll(() => host?.dispose());

describe('LongSummarizer', () => {
  it('summarizes a note five times the context in parts: every character in one part, every part summarized', async () => {
    const note = await noteOf(5, 21);
    const s = summarizer();
    const count = await s.countTokens(note, 'soap', true);
    expect(count.fits).toBe(false);
    const long = new LongSummarizer(s);
    const progress: PartProgress[] = [];
    const chunksPerPart = new Map<number, number>();
    const r = await long.summarize({ requestId: randomUUID(), text: note, style: 'soap' }, () => {
      const at = progress.at(-1)?.part ?? 0;
      chunksPerPart.set(at, (chunksPerPart.get(at) ?? 0) + 1);
    }, (p) => progress.push(p));

    const parts = r.provenance.parts!;
    expect(parts.count).toBeGreaterThanOrEqual(5);
    expect(progress).toEqual(Array.from({ length: parts.count }, (_, i) => ({ part: i + 1, parts: parts.count })));
    // Every part streamed, after its announcement.
    expect([...chunksPerPart.keys()].sort((a, b) => a - b)).toEqual(progress.map((p) => p.part));
    // The parts tile the note: every character in exactly one part.
    expect(parts.ranges[0]!.start).toBe(0);
    expect(parts.ranges.at(-1)!.end).toBe(note.length);
    parts.ranges.forEach((p, i) => i > 0 && expect(p.start).toBe(parts.ranges[i - 1]!.end));
    // Each part fits the model as it was summarized.
    for (const p of parts.ranges) expect((await s.countTokens(checked(note.slice(p.start, p.end)), 'soap', true)).fits).toBe(true);
    expect(parts.notSummarized).toEqual([]);
    expect(r.coverage!.parts.map((p) => p.status).every((st) => st !== 'not-summarized')).toBe(true);
    expect(r.coverage!.parts.map((p) => [p.start, p.end])).toEqual(parts.ranges.map((p) => [p.start, p.end]));
    // One summary of the chosen style, in the format.
    const doc = r.structured!.summary;
    expect(StructuredSummarySchema.parse(doc)).toEqual(doc);
    expect(doc.style).toBe('soap');
    expect(doc.sections.map((x) => x.title)).toEqual([...sectionTitles('soap')]);
    expect(r.provenance.tokens.note).toBe(count.noteTokens);
    expect(r.provenance.tokens.generated).toBeGreaterThan(0);
    expect(JSON.parse(r.structured!.raw)).toHaveLength(parts.count);
    // A part cut at the token limit is marked, and the whole cannot be signed as is.
    expect(r.structured!.incomplete).toBe(parts.partial.length > 0);
  }, 300_000);

  it('Stop during a middle part ends it and skips the rest; the result says which parts were not summarized', async () => {
    const note = await noteOf(5, 22);
    const long = new LongSummarizer(summarizer());
    const id = randomUUID();
    const progress: number[] = [];
    let stopped: Promise<boolean> | null = null;
    const r = await long.summarize({ requestId: id, text: note, style: 'brief' }, () => {
      if (progress.at(-1) === 2) stopped ??= long.stop(id);
    }, (p) => progress.push(p.part));
    expect(await stopped).toBe(true);
    expect(progress).toEqual([1, 2]);
    const parts = r.provenance.parts!;
    expect(parts.count).toBeGreaterThanOrEqual(5);
    expect(parts.notSummarized).toEqual(Array.from({ length: parts.count - 2 }, (_, i) => i + 2));
    expect(parts.partial).toContain(1);
    expect(r.provenance.stopReason).toBe('cancelled');
    expect(r.structured!.incomplete).toBe(true);
    expect(r.coverage!.parts.slice(2).every((p) => p.status === 'not-summarized' && p.drawnOnBy.length === 0)).toBe(true);
    expect(r.coverage!.uncoveredParts).toEqual(expect.arrayContaining([...parts.notSummarized]));
    expect(await long.stop(id)).toBe(false);
  }, 300_000);

  it('Stop between parts starts no further part', async () => {
    const note = await noteOf(2, 23);
    const long = new LongSummarizer(summarizer());
    const id = randomUUID();
    const progress: number[] = [];
    const r = await long.summarize({ requestId: id, text: note, style: 'brief' }, undefined, (p) => {
      progress.push(p.part);
      if (p.part === 2) void long.stop(id);
    });
    expect(progress).toEqual([1, 2]);
    expect(r.provenance.parts!.notSummarized[0]).toBe(1);
    expect(r.coverage!.parts[0]!.status).not.toBe('not-summarized');
    expect(r.structured!.incomplete).toBe(true);
  }, 300_000);

  it('Stop while the note is being split ends it before any part, with nothing to keep', async () => {
    const note = await noteOf(3, 26);
    const long = new LongSummarizer(summarizer());
    const id = randomUUID();
    const progress: PartProgress[] = [];
    const running = long.summarize({ requestId: id, text: note, style: 'brief' }, undefined, (p) => progress.push(p));
    expect(await long.stop(id)).toBe(true);
    expect((await failure(running))?.code).toBe('CANCELLED');
    expect(progress).toEqual([]);
  }, 120_000);

  it('a note that fits is one direct call, with coverage of the whole note', async () => {
    const note = checked(longNote({ seed: 24, sentencesPerSection: 2, visits: 1 }).slice(0, 300));
    const s = summarizer();
    expect((await s.countTokens(note, 'brief', true)).fits).toBe(true);
    const direct = await s.summarize({ requestId: randomUUID(), text: note, style: 'brief', structured: true });
    const progress: PartProgress[] = [];
    const r = await new LongSummarizer(s).summarize({ requestId: randomUUID(), text: note, style: 'brief' }, undefined, (p) => progress.push(p));
    expect(progress).toEqual([]);
    expect(r.text).toBe(direct.text);
    expect(r.provenance.parts).toBeUndefined();
    expect(r.coverage!.parts).toEqual([expect.objectContaining({ index: 0, start: 0, end: note.length })]);
  }, 120_000);

  it('a lock between parts ends the summary; one at a time', async () => {
    const note = await noteOf(2, 25);
    let calls = 0;
    const long = new LongSummarizer(summarizer(), {
      beforePart: () => (++calls === 2 ? Promise.reject(new AppFailure('LOCKED')) : Promise.resolve()),
    });
    const running = long.summarize({ requestId: randomUUID(), text: note, style: 'brief' });
    expect((await failure(long.summarize({ requestId: randomUUID(), text: note, style: 'brief' })))?.code).toBe('MODEL_BUSY');
    expect((await failure(running))?.code).toBe('LOCKED');
  }, 300_000);

  it('refuses when the instructions alone fill a part, without note text', async () => {
    const long = new LongSummarizer(summarizer(), { partBudget: 20 });
    const e = await failure(long.summarize({ requestId: randomUUID(), text: checked('HPI: UNIQUE-MARKER-4410 cough.'), style: 'brief' }));
    expect(e?.code).toBe('NOTE_TOO_LONG_FOR_MODEL');
    expect(e?.message).not.toMatch(/UNIQUE|cough/);
  });
});
