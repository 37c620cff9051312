// Generated models for tests and benchmarks, written once into models/generated/ (gitignored).
// The version in the file name changes whenever the generator's output would.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeTinyLlama, type TinyLlamaOptions } from './tiny-llama';
import { repoRoot } from './repo-root';

const GENERATOR_VERSION = 'v1';

export function generatedModelsDir(): string {
  return process.env.LOCKSCRIBE_GENERATED_MODELS ?? path.join(repoRoot(), 'models', 'generated');
}

async function ensure(fileName: string, options: TinyLlamaOptions): Promise<string> {
  const dir = generatedModelsDir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${fileName}.${GENERATOR_VERSION}.gguf`);
  if (!existsSync(file)) await writeTinyLlama(file, options);
  return file;
}

export interface TestModels {
  /** Tiny, no chat template. */
  readonly plain: string;
  /** Tiny, with a ChatML chat template and <|im_start|>/<|im_end|> control tokens. */
  readonly chatml: string;
}

export async function ensureTestModels(): Promise<TestModels> {
  const plain = await ensure('tiny-plain', { size: 'tiny', chatTemplate: 'none' });
  const chatml = await ensure('tiny-chatml', { size: 'tiny', chatTemplate: 'chatml' });
  return { plain, chatml };
}

/** The benchmark model: ~27 MB of Q8_0 weights, ChatML template. */
export async function ensureBenchModel(): Promise<string> {
  return ensure('bench-chatml', { size: 'bench', chatTemplate: 'chatml' });
}
