import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { CHATML_TEMPLATE, tinyLlamaSpec, writeTinyLlama } from './tiny-llama';
import { readGgufHeader, metaNumber, metaString } from './read-gguf-header';
import { encodeTensor, toHalf } from './tensor-encoding';
import { TOKEN_TYPE } from './tiny-vocab';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ls-gguf-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha = async (f: string) => createHash('sha256').update(await readFile(f)).digest('hex');

describe('GGUF writer', () => {
  it('writes a llama GGUF v3 that node-llama-cpp reads back field for field', async () => {
    const file = path.join(dir, 'chatml.gguf');
    await writeTinyLlama(file, { chatTemplate: 'chatml' });
    const { tensors, vocab } = tinyLlamaSpec({ chatTemplate: 'chatml' });
    const info = await readGgufFileInfo(file, { readTensorInfo: true });
    expect(info.version).toBe(3);
    const md = info.metadata;
    expect(md.general.architecture).toBe('llama');
    expect(md.general.file_type).toBe(0);
    const llama = (md as unknown as { llama: Record<string, unknown> }).llama;
    expect(llama.context_length).toBe(4096);
    expect(llama.block_count).toBe(2);
    const tok = md.tokenizer.ggml;
    expect(tok.model).toBe('llama');
    expect(tok.tokens.slice(0, 4)).toEqual(['<unk>', '<s>', '</s>', '<0x00>']);
    expect(tok.tokens).toContain('\u2581patient');
    expect(tok.tokens).toContain('<|im_end|>');
    expect(tok.token_type?.filter((t) => t === TOKEN_TYPE.BYTE)).toHaveLength(256);
    expect(tok.tokens).toHaveLength(vocab.tokens.length);
    expect(md.tokenizer.chat_template).toBe(CHATML_TEMPLATE);
    expect(info.fullTensorInfo?.map((t) => t.name)).toEqual(tensors.map((t) => t.name));
    expect(info.fullTensorInfo?.find((t) => t.name === 'blk.0.attn_k.weight')?.dimensions).toEqual([32, 16]);

    // Our own header reader agrees and finds the file complete.
    const h = await readGgufHeader(file);
    expect(metaString(h, 'general.architecture')).toBe('llama');
    expect(metaNumber(h, 'llama.context_length')).toBe(4096);
    expect(h.tensorCount).toBe(tensors.length);
    expect(h.parameterCount).toBe(tensors.reduce((n, t) => n + t.dims.reduce((a, b) => a * b, 1), 0));
    expect(h.requiredFileSize).toBe(h.fileSize);
  });

  it('is deterministic per seed, and a plain model has no template or ChatML tokens', async () => {
    const a = path.join(dir, 'a.gguf');
    const b = path.join(dir, 'b.gguf');
    const c = path.join(dir, 'c.gguf');
    await writeTinyLlama(a, { seed: 7 });
    await writeTinyLlama(b, { seed: 7 });
    await writeTinyLlama(c, { seed: 8 });
    expect(await sha(a)).toBe(await sha(b));
    expect(await sha(a)).not.toBe(await sha(c));
    const info = await readGgufFileInfo(a);
    expect(info.metadata.tokenizer.chat_template).toBeUndefined();
    expect(info.metadata.tokenizer.ggml.tokens).not.toContain('<|im_start|>');
  });

  it('writes F16 and Q8_0 tensors with the right sizes', async () => {
    const file = path.join(dir, 'q8.gguf');
    await writeTinyLlama(file, { tensorType: 'Q8_0' });
    const info = await readGgufFileInfo(file, { readTensorInfo: true });
    expect(info.metadata.general.file_type).toBe(7);
    expect(info.fullTensorInfo?.find((t) => t.name === 'token_embd.weight')?.ggmlType).toBe(8);
    expect((await readGgufHeader(file)).requiredFileSize).toBe((await readGgufHeader(file)).fileSize);

    expect(toHalf(1)).toBe(0x3c00);
    expect(toHalf(-2)).toBe(0xc000);
    expect(toHalf(65504)).toBe(0x7bff);
    expect(toHalf(1e-8)).toBe(0);
    const q = encodeTensor('Q8_0', Float32Array.from({ length: 32 }, (_, i) => (i - 16) / 16));
    expect(q.length).toBe(34);
    expect(new DataView(q.buffer).getInt8(2)).toBe(-127); // -1.0 is the block's largest magnitude
  });
});
