// A note longer than the model's context through the app as the renderer reaches it (dispatch over
// the real handlers, vault and model host): progress events part by part, one merged summary with
// its coverage and verification, and Stop from the contract ending it mid-way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createApp, type LockscribeApp } from './create-app';
import { dispatch } from './dispatch';
import { MemoryClipboard } from './ports';
import { forkHostChannel } from '../model-host/host-channel';
import { buildHostBundle } from '../model-host/test-bundles';
import { ensureTestModels } from '../gguf/test-models';
import { ADMIN_PASS, CLIN_PASS, TEST_KDF } from '../vault/vault-test-support';
import { longNote } from '../summarizer/long-note-fixtures';
import { sectionTitles } from '../summarizer/summary-schema';
import type { Result } from '../../shared/errors';
import type { SummaryResult, TokenCount } from '../../shared/contract/model';

let dir: string;
let app: LockscribeApp;
const events: { name: string; payload: unknown }[] = [];
const call = (method: string, request: unknown = {}): Promise<Result<unknown>> => dispatch(app.handlers, method, request);
const value = async <T>(method: string, request: unknown = {}): Promise<T> => {
  const r = await call(method, request);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}`);
  return r.value as T;
};
const progressOf = (requestId: string) =>
  events.filter((e) => e.name === 'summaryProgress' && (e.payload as { requestId: string }).requestId === requestId).map((e) => e.payload as { part: number; parts: number });

let note: string;

beforeAll(async () => {
  const [script, models] = await Promise.all([buildHostBundle(), ensureTestModels()]);
  dir = await mkdtemp(path.join(os.tmpdir(), 'lockscribe-longnote-'));
  app = await createApp({
    dataDir: path.join(dir, 'vault'),
    modelsDir: path.join(dir, 'models'),
    hostChannel: () => forkHostChannel(script),
    dialogs: { chooseModelFile: async () => null, chooseSavePath: async () => null, chooseOpenPath: async () => null },
    clipboard: new MemoryClipboard(),
    events: { emit: (name: string, payload: unknown) => void events.push({ name, payload }) },
    kdf: TEST_KDF,
  });
  await value('setupVault', { adminName: 'root', passphrase: ADMIN_PASS });
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

afterAll(async () => {
  await app?.shutdown();
  await rm(dir, { recursive: true, force: true });
});

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
    const watcher = setInterval(() => {
      if (!stop && progressOf(requestId).some((p) => p.part === 2)) stop = call('stopSummary', { requestId });
    }, 5);
    try {
      const r = await value<SummaryResult>('summarize', { requestId, text: note, style: 'brief' });
      const parts = r.provenance.parts!;
      expect(progressOf(requestId).map((p) => p.part)).toEqual([1, 2]);
      // Part 2 ends where Stop found it: cut short, or not begun if Stop came before its first token.
      const rest = Array.from({ length: parts.count - 2 }, (_, i) => i + 2);
      expect(parts.notSummarized).toEqual(parts.partial.includes(1) ? rest : [1, ...rest]);
      expect(parts.notSummarized).not.toContain(0);
      expect(r.provenance.stopReason).toBe('cancelled');
      expect(r.structured!.incomplete).toBe(true);
      const stopped = await stop!;
      expect(stopped.ok && (stopped.value as { stopped: boolean }).stopped).toBe(true);
    } finally {
      clearInterval(watcher);
    }
  }, 300_000);
});
