// Integration: the real host process (bundled as in the app) running real node-llama-cpp on the
// generated models.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, open, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureTestModels, type TestModels } from '../gguf/test-models';
import { buildGgufHeader } from '../gguf/write-gguf';
import { repoRoot } from '../gguf/repo-root';
import { ModelHost, forkHostChannel } from './host-client';
import { buildHostBundle } from './test-bundles';
import type { AppFailure } from '../base/app-failure';

let models: TestModels;
let script: string;
let dir: string;
const hosts: ModelHost[] = [];

function newHost(extra: Partial<ConstructorParameters<typeof ModelHost>[0]> = {}): ModelHost {
  const host = new ModelHost({ channel: () => forkHostChannel(script), ...extra });
  hosts.push(host);
  return host;
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'OK', (e: AppFailure) => e.code ?? String(e));
const PROMPT = { system: 'Summarize the note.', user: 'Patient with cough and fever for two days.' };
const SAMPLING = { temperature: 0, seed: 1, topK: 40, topP: 0.95, maxTokens: 24 };

beforeAll(async () => {
  [models, script] = await Promise.all([ensureTestModels(), buildHostBundle()]);
  dir = await mkdtemp(path.join(os.tmpdir(), 'ls-host-'));
});

afterAll(async () => {
  await Promise.all(hosts.map((h) => h.dispose()));
  await rm(dir, { recursive: true, force: true });
});

describe('model host process', () => {
  let host: ModelHost;
  beforeAll(() => {
    host = newHost();
  });

  it('loads a model with progress and reports its facts', async () => {
    const progress: number[] = [];
    const status = await host.loadModel(models.chatml, (p) => progress.push(p));
    expect(status.state).toBe('ready');
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const bytes = await readFile(models.chatml);
    expect(status.model).toMatchObject({
      fileName: path.basename(models.chatml),
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      architecture: 'llama',
      quantization: 'F32',
      trainedContext: 4096,
      chatWrapper: 'ChatML',
    });
    expect(status.model?.chatTemplate).toContain('<|im_start|>');
    expect(status.model?.parameterCount).toBeGreaterThan(100_000);
    expect(status.gpu?.backend).toMatch(/^(cpu|cuda|vulkan|metal)$/);
    expect(status.threads).toBeGreaterThanOrEqual(1);
    expect(status.contextSize).toBe(4096);
  });

  it('counts note tokens and whole-prompt tokens through the chat template', async () => {
    const c = await host.countTokens(PROMPT, 'Patient with cough and fever for two days.');
    expect(c.noteTokens).toBeGreaterThan(3);
    expect(c.promptTokens).toBeGreaterThan(c.noteTokens);
    expect(c.contextSize).toBe(4096);
  });

  it('streams a generation in chunks and is deterministic at temperature 0', async () => {
    const chunks: string[] = [];
    const r = await host.generate('a', PROMPT, SAMPLING, (t) => chunks.push(t));
    expect(r.generatedTokens).toBe(24);
    expect(r.stopReason).toBe('maxTokens');
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.join('')).toBe(r.text);
    expect(r.text.trim().length).toBeGreaterThan(0);
    const again = await host.generate('b', PROMPT, SAMPLING);
    expect(again.text).toBe(r.text);
    // Clearing the context (the vault locked) keeps the model loaded and changes no later answer.
    await host.clearContext();
    expect(host.status().state).toBe('ready');
    expect((await host.generate('c', PROMPT, SAMPLING)).text).toBe(r.text);
  });

  it('cancels mid-stream and returns the partial text', async () => {
    let cancelled: Promise<boolean> | null = null;
    const chunks: string[] = [];
    const r = await host.generate('long', PROMPT, { ...SAMPLING, maxTokens: 3000 }, (t) => {
      chunks.push(t);
      cancelled ??= host.cancel('long');
    });
    expect(await cancelled).toBe(true);
    expect(r.stopReason).toBe('cancelled');
    expect(r.generatedTokens).toBeLessThan(3000);
    expect(r.text).toBe(chunks.join(''));
    expect(await host.cancel('long')).toBe(false);
  });

  it('runs one generation at a time', async () => {
    const first = host.generate('one', PROMPT, { ...SAMPLING, maxTokens: 200 });
    expect(await codeOf(host.generate('two', PROMPT, SAMPLING))).toBe('MODEL_BUSY');
    await first;
  });

  it('refuses bad model files with a precise code and keeps the loaded model', async () => {
    const notGguf = path.join(dir, 'notes.gguf');
    await writeFile(notGguf, 'Patient name: nobody. This is a text file.');
    const truncated = path.join(dir, 'truncated.gguf');
    await copyFile(models.plain, truncated);
    await truncate(truncated, Math.floor((await readFile(models.plain)).length * 0.6));
    const garbage = path.join(dir, 'garbage.gguf');
    await writeFile(garbage, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(4096, 0xff)]));
    const headerOnly = path.join(dir, 'header-only.gguf');
    await writeFile(headerOnly, (await readFile(models.plain)).subarray(0, 64));

    expect(await codeOf(host.loadModel(path.join(dir, 'missing.gguf')))).toBe('MODEL_NOT_FOUND');
    expect(await codeOf(host.loadModel(dir))).toBe('MODEL_NOT_FOUND');
    expect(await codeOf(host.loadModel(notGguf))).toBe('MODEL_NOT_GGUF');
    expect(await codeOf(host.loadModel(truncated))).toBe('MODEL_CORRUPT');
    expect(await codeOf(host.loadModel(garbage))).toBe('MODEL_CORRUPT');
    expect(await codeOf(host.loadModel(headerOnly))).toBe('MODEL_CORRUPT');
    expect(host.status().state).toBe('ready');
    expect(host.status().model?.fileName).toBe(path.basename(models.chatml));
  });

  it('refuses a model larger than memory without reading its data (sparse file)', async () => {
    // One F32 tensor declaring twice the machine's RAM; the file is sparse, so it costs no disk.
    const rows = Math.ceil((os.totalmem() * 2) / 4 / 4096);
    const { header, dataSize } = buildGgufHeader(
      [
        ['general.architecture', { kind: 'string', value: 'llama' }],
        ['llama.context_length', { kind: 'u32', value: 4096 }],
      ],
      [{ name: 'token_embd.weight', dims: [4096, rows], type: 'F32' }],
    );
    const huge = path.join(dir, 'huge.gguf');
    const fh = await open(huge, 'w');
    await fh.write(header, 0, header.length, 0);
    await fh.truncate(header.length + dataSize);
    await fh.close();
    expect(await codeOf(host.loadModel(huge))).toBe('MODEL_TOO_BIG');
    expect(host.status().state).toBe('ready');
  });

  it('loads a model without a chat template with the general chat format', async () => {
    const status = await host.loadModel(models.plain);
    expect(status.model?.chatTemplate).toBeNull();
    expect(status.model?.chatWrapper).toBe('General');
    const r = await host.generate('plain', PROMPT, SAMPLING);
    expect(r.generatedTokens).toBeGreaterThan(0);
  });
});

describe('host recovery', () => {
  it('a crash fails the running request with HOST_CRASHED, restarts and reloads the model', async () => {
    const host = newHost({ channel: () => forkHostChannel(script, { env: { ...process.env, LOCKSCRIBE_HOST_TEST_HOOKS: '1' } }) });
    await host.loadModel(models.chatml);
    const restarted = new Promise((resolve) => host.on('restarted', resolve));
    let crashed: Promise<void> | null = null;
    const running = host.generate('r', PROMPT, { ...SAMPLING, maxTokens: 3000 }, () => {
      crashed ??= host.testHook('crash');
    });
    expect(await codeOf(running)).toBe('HOST_CRASHED');
    await crashed;
    expect(await restarted).toBe('crashed');
    expect(host.status().state).toBe('ready');
    expect(host.status().model?.fileName).toBe(path.basename(models.chatml));
    const r = await host.generate('after', PROMPT, SAMPLING);
    expect(r.generatedTokens).toBe(24);
  });

  it('a hung host fails requests with HOST_TIMEOUT and is replaced', async () => {
    const host = newHost({
      channel: () => forkHostChannel(script, { env: { ...process.env, LOCKSCRIBE_HOST_TEST_HOOKS: '1' } }),
      heartbeatIntervalMs: 100,
      heartbeatTimeoutMs: 1500,
    });
    await host.loadModel(models.plain);
    const restarted = new Promise((resolve) => host.on('restarted', resolve));
    await host.testHook('hang');
    expect(await codeOf(host.countTokens(PROMPT, 'note'))).toBe('HOST_TIMEOUT');
    expect(await restarted).toBe('timeout');
    expect((await host.countTokens(PROMPT, 'note')).noteTokens).toBeGreaterThan(0);
  });

  it('refuses test hooks unless the host was started with them', async () => {
    const host = newHost();
    expect(await codeOf(host.testHook('crash'))).toBe('FORBIDDEN');
  });
});

const KIT_MODEL = path.resolve(repoRoot(), process.env.LOCKSCRIBE_KIT ?? '../shared', 'models', 'stories260K.gguf');
const haveKit = existsSync(KIT_MODEL);
if (!haveKit) console.log(`skipping stories260K smoke test: ${KIT_MODEL} not found (set LOCKSCRIBE_KIT)`);

describe.skipIf(!haveKit)('a real trained model (kit stories260K.gguf)', () => {
  it('loads and generates', async () => {
    const host = newHost();
    const status = await host.loadModel(KIT_MODEL);
    expect(status.model?.architecture).toBe('llama');
    expect(status.model?.chatTemplate).toBeNull();
    const r = await host.generate('s', { system: 'Once upon a time', user: 'there was a little girl' }, SAMPLING);
    expect(r.generatedTokens).toBeGreaterThan(0);
    expect(r.text.length).toBeGreaterThan(0);
  });
});
