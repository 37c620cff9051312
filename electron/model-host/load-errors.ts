// Checks a model file before native code touches it, and maps every load failure to an error code.
// Messages never carry file contents or paths: only the code crosses the process boundary.
import { stat } from 'node:fs/promises';
import { AppFailure } from '../base/app-failure';
import { GgufHeaderError, readGgufHeader, type GgufHeader } from '../gguf/read-gguf-header';
import { estimateModelMemory, fitsInMemory, type MemoryBudget } from './memory-check';

export async function checkModelFile(file: string, contextSize: number, memory?: MemoryBudget): Promise<GgufHeader> {
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new AppFailure('MODEL_NOT_FOUND');
    size = s.size;
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppFailure(code === 'ENOENT' || code === 'ENOTDIR' ? 'MODEL_NOT_FOUND' : 'MODEL_LOAD_FAILED');
  }
  if (size < 4) throw new AppFailure('MODEL_NOT_GGUF');
  let header: GgufHeader;
  try {
    header = await readGgufHeader(file);
  } catch (e) {
    if (e instanceof GgufHeaderError) {
      throw new AppFailure(e.problem === 'NOT_GGUF' ? 'MODEL_NOT_GGUF' : e.problem === 'CORRUPT' ? 'MODEL_CORRUPT' : 'MODEL_LOAD_FAILED');
    }
    throw new AppFailure('MODEL_LOAD_FAILED');
  }
  if (!fitsInMemory(estimateModelMemory(header, contextSize), memory)) throw new AppFailure('MODEL_TOO_BIG');
  return header;
}

/** Errors from node-llama-cpp while loading → our codes. */
export function mapLlamaLoadError(e: unknown): AppFailure {
  if (e instanceof AppFailure) return e;
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : '';
  if (name === 'InsufficientMemoryError' || /memory|VRAM|alloc/i.test(message)) return new AppFailure('MODEL_TOO_BIG');
  return new AppFailure('MODEL_LOAD_FAILED');
}
