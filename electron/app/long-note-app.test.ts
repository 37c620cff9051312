// A note longer than the model's context through the app as the renderer reaches it (dispatch over
// the real handlers, vault and model host): progress events part by part, one merged summary with
// its coverage and verification, and Stop from the contract ending it mid-way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './app-test-support';
import { ensureTestModels } from '../gguf/test-models';
import { CLIN_PASS } from '../vault/vault-test-support';
import { longNote } from '../summarizer/long-note-fixtures';
import { sectionTitles } from '../summarizer/summary-schema';
import type { Result } from '../../shared/errors';
import type { SummaryResult, TokenCount } from '../../shared/contract/model';

let t: TestApp;
const call = (method: string, request: unknown = {}) => t.call(method, request);
const value = <T>(method: string, request: unknown = {}) => t.value<T>(method, request);
const progressOf = (requestId: string) =>
  t.events.filter((e) => e.name === 'summaryProgress' && (e.payload as { requestId: string }).requestId === requestId).map((e) => e.payload as { part: number; parts: number });

let note: string;

beforeAll(async () => {
  const models = await ensureTestModels();
  t = await startTestApp('longnote');
  await value('addUser', { name: 'dr', role: 'clinician', passphrase: CLIN_PASS });
  await value('signOut');
  await value('unlock', { userName: 'dr', passphrase: CLIN_PASS });
  await value('loadModel', { path: models.chatml });
  // About three times what one part can hold at the app's context.
  for (let visits = 4; ; visits += 4) {
    note = longNote({ seed: 31, sentencesPerSection: 10, visits });
    const c = await value<TokenCount>('countTokens', { text: note, style: 'brief' });
    if (c.noteTokens > 2.5 * c.budget) break;
  }
}, 180_000);

afterAll(() => t?.close());

describe('a long note in the app', () => {
  it('the meter counts it as too long, and Summarize makes it in parts with progress, coverage and checks', async () => {
    const c = await value<TokenCount>('countTokens', { text: note, style: 'brief' });
    expect(c.fits).toBe(false);
    const requestId = randomUUID();
    const r = await value<SummaryResult>('summarize', { requestId, text: note, style: 'brief' });
    const parts = r.provenance.parts!;
    expect(parts.count).toBeGreaterThanOrEqual(3);
    expect(progressOf(requestId).map((p) => [p.part, p.parts])).toEqual(Array.from({ length: parts.count }, (_, i) => [i + 1, parts.count]));
    expect(r.coverage!.parts).toHaveLength(parts.count);
    expect(r.report).toBeDefined();
    expect(r.structured!.summary.sections.map((s) => s.title)).toEqual([...sectionTitles('brief')]);
  }, 300_000);

  it('Stop through the contract during the second part ends it there', async () => {
    const requestId = randomUUID();
    let stop: Promise<Result<unknown>> | null = null;
    // Stop the moment part 2 is announced (a timer could miss it: the test model writes a part in milliseconds).
    t.onEvent((name, payload) => {
      const p = payload as { requestId?: string; part?: number };
      if (!stop && name === 'summaryProgress' && p.requestId === requestId && p.part === 2) stop = call('stopSummary', { requestId });
    });
    const r = await value<SummaryResult>('summarize', { requestId, text: note, style: 'brief' });
    const parts = r.provenance.parts!;
    expect(progressOf(requestId).map((p) => p.part)).toEqual([1, 2]);
    // Every part after 2 is skipped. Part 2 ends where Stop found it: not begun, cut short, or (when
    // the stop's own round trip outlasted a part of this tiny model) finished.
    const rest = Array.from({ length: parts.count - 2 }, (_, i) => i + 2);
    expect(parts.notSummarized.filter((i) => i !== 1)).toEqual(rest);
    expect(parts.notSummarized.includes(1) && parts.partial.includes(1)).toBe(false);
    expect(parts.notSummarized).not.toContain(0);
    expect(r.provenance.stopReason).toBe('cancelled');
    expect(r.structured!.incomplete).toBe(true);
    const stopped = await stop!;
    expect(stopped.ok && (stopped.value as { stopped: boolean }).stopped).toBe(true);
  }, 300_000);
});
