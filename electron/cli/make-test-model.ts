// node dist/cli/make-test-model.mjs --out FILE [--chat-template chatml|none] [--size tiny|bench]
//   [--type F32|F16|Q8_0] [--seed N]
// Writes a llama-architecture GGUF with seeded random weights: it loads and generates like a real
// model (nonsense text), for tests, benchmarks and trying the app without downloading anything.
import { parseArgs } from 'node:util';
import { writeTinyLlama, type ChatTemplateKind, type ModelSize } from '../gguf/tiny-llama';
import type { WritableTensorType } from '../gguf/tensor-encoding';

const USAGE = 'usage: make-test-model --out FILE [--chat-template chatml|none] [--size tiny|bench] [--type F32|F16|Q8_0] [--seed N]';

function pick<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`bad value: ${value}`);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        out: { type: 'string' },
        'chat-template': { type: 'string' },
        size: { type: 'string' },
        type: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (!values.out) throw new Error('--out is required');
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new Error('--seed must be an integer');
    const chatTemplate = pick<ChatTemplateKind>(values['chat-template'], ['chatml', 'none'], 'none');
    const size = pick<ModelSize>(values.size, ['tiny', 'bench'], 'tiny');
    const tensorType = values.type === undefined ? undefined : pick<WritableTensorType>(values.type, ['F32', 'F16', 'Q8_0'], 'F32');
    try {
      await writeTinyLlama(values.out, { chatTemplate, size, tensorType, seed });
    } catch {
      process.stderr.write('make-test-model: could not write the file\n');
      return 1;
    }
  } catch (e) {
    process.stderr.write(`make-test-model: ${e instanceof Error ? e.message : 'failed'}\n${USAGE}\n`);
    return 2;
  }
  process.stdout.write(`${values.out}\n`);
  return 0;
}

process.exitCode = await main();
