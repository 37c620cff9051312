// Whether a model can fit in this computer's memory, estimated from its GGUF header alone so a
// hopeless load is refused before llama.cpp starts allocating (and the OS starts swapping or kills us).
import os from 'node:os';
import { metaNumber, metaString, type GgufHeader } from '../gguf/read-gguf-header';

/** Runtime buffers llama.cpp needs besides weights and KV cache (compute graph, scratch). */
const OVERHEAD_BYTES = 64 * 1024 * 1024;

export function estimateModelMemory(header: GgufHeader, contextSize: number): number {
  const arch = metaString(header, 'general.architecture') ?? 'llama';
  const layers = metaNumber(header, `${arch}.block_count`) ?? 0;
  const embd = metaNumber(header, `${arch}.embedding_length`) ?? 0;
  const heads = metaNumber(header, `${arch}.attention.head_count`) ?? 1;
  const kvHeads = metaNumber(header, `${arch}.attention.head_count_kv`) ?? heads;
  const kvDim = heads > 0 ? (embd * kvHeads) / heads : embd;
  // K and V, f16, per layer per position.
  const kvCache = 2 * layers * contextSize * kvDim * 2;
  return header.tensorDataBytes + kvCache + OVERHEAD_BYTES;
}

export interface MemoryBudget {
  readonly totalBytes: number;
  readonly availableBytes: number;
}

export function currentMemory(): MemoryBudget {
  return { totalBytes: os.totalmem(), availableBytes: os.freemem() };
}

/**
 * A model fits when it needs less than 90% of physical memory and less than what is available now
 * (on Linux os.freemem() is MemAvailable, which counts reclaimable page cache).
 */
export function fitsInMemory(requiredBytes: number, memory: MemoryBudget = currentMemory()): boolean {
  return requiredBytes <= memory.totalBytes * 0.9 && requiredBytes <= memory.availableBytes;
}
