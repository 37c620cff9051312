// A llama-architecture model with seeded random weights: it loads, tokenizes, generates and streams
// exactly like a real model, but its words are nonsense. Used for tests and benchmarks only.
import { writeGguf, type MetadataValue, type TensorSpec } from './write-gguf';
import { buildVocab, TOKEN_TYPE, type Vocab } from './tiny-vocab';
import { hashString, uniform } from '../base/seeded-random';
import type { WritableTensorType } from './tensor-encoding';

export type ModelSize = 'tiny' | 'bench';
export type ChatTemplateKind = 'chatml' | 'none';

export interface TinyLlamaOptions {
  readonly size?: ModelSize;
  readonly chatTemplate?: ChatTemplateKind;
  readonly tensorType?: WritableTensorType;
  readonly seed?: number;
  readonly contextLength?: number;
  readonly name?: string;
}

interface Shape {
  readonly embd: number;
  readonly layers: number;
  readonly ff: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly type: WritableTensorType;
}

// tiny: ~0.7 MB, loads in milliseconds. bench: ~27 MB of Q8_0, enough matrix work per token
// that decode speed is set by compute, not by per-token overhead.
const SHAPES: Record<ModelSize, Shape> = {
  tiny: { embd: 32, layers: 2, ff: 64, heads: 4, kvHeads: 2, type: 'F32' },
  bench: { embd: 512, layers: 8, ff: 1376, heads: 8, kvHeads: 8, type: 'Q8_0' },
};

export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

const FILE_TYPE: Record<WritableTensorType, number> = { F32: 0, F16: 1, Q8_0: 7 };

export function tinyLlamaSpec(options: TinyLlamaOptions = {}): {
  metadata: (readonly [string, MetadataValue])[];
  tensors: TensorSpec[];
  vocab: Vocab;
} {
  const size = options.size ?? 'tiny';
  const shape = SHAPES[size];
  const type = options.tensorType ?? shape.type;
  const chatml = (options.chatTemplate ?? 'none') === 'chatml';
  const seed = options.seed ?? 1234;
  const vocab = buildVocab(chatml);
  const nVocab = vocab.tokens.length;
  const headDim = shape.embd / shape.heads;
  const kvDim = headDim * shape.kvHeads;

  const metadata: (readonly [string, MetadataValue])[] = [
    ['general.architecture', { kind: 'string', value: 'llama' }],
    ['general.name', { kind: 'string', value: options.name ?? `lockscribe-test-${size}${chatml ? '-chatml' : ''}` }],
    ['general.file_type', { kind: 'u32', value: FILE_TYPE[type] }],
    ['general.quantization_version', { kind: 'u32', value: 2 }],
    ['llama.context_length', { kind: 'u32', value: options.contextLength ?? 4096 }],
    ['llama.embedding_length', { kind: 'u32', value: shape.embd }],
    ['llama.block_count', { kind: 'u32', value: shape.layers }],
    ['llama.feed_forward_length', { kind: 'u32', value: shape.ff }],
    ['llama.attention.head_count', { kind: 'u32', value: shape.heads }],
    ['llama.attention.head_count_kv', { kind: 'u32', value: shape.kvHeads }],
    ['llama.attention.layer_norm_rms_epsilon', { kind: 'f32', value: 1e-5 }],
    ['llama.rope.dimension_count', { kind: 'u32', value: headDim }],
    ['llama.rope.freq_base', { kind: 'f32', value: 10000 }],
    ['llama.vocab_size', { kind: 'u32', value: nVocab }],
    ['tokenizer.ggml.model', { kind: 'string', value: 'llama' }],
    ['tokenizer.ggml.tokens', { kind: 'string[]', value: vocab.tokens }],
    ['tokenizer.ggml.scores', { kind: 'f32[]', value: vocab.scores }],
    ['tokenizer.ggml.token_type', { kind: 'i32[]', value: vocab.types }],
    ['tokenizer.ggml.unknown_token_id', { kind: 'u32', value: vocab.unk }],
    ['tokenizer.ggml.bos_token_id', { kind: 'u32', value: vocab.bos }],
    // A ChatML model ends its turn with <|im_end|>, so that is its end-of-sequence token.
    ['tokenizer.ggml.eos_token_id', { kind: 'u32', value: vocab.imEnd ?? vocab.eos }],
    ['tokenizer.ggml.padding_token_id', { kind: 'u32', value: vocab.unk }],
    ['tokenizer.ggml.add_bos_token', { kind: 'bool', value: true }],
    ['tokenizer.ggml.add_eos_token', { kind: 'bool', value: false }],
  ];
  if (chatml) metadata.push(['tokenizer.chat_template', { kind: 'string', value: CHATML_TEMPLATE }]);

  const rand = (name: string, n: number, bound: number) => uniform(n, bound, hashString(name, seed));
  const matrix = (name: string, cols: number, rows: number, matType: WritableTensorType = type): TensorSpec => ({
    name,
    dims: [cols, rows],
    type: matType,
    // Uniform with variance 1/fan_in keeps activations in range through the layers.
    values: () => rand(name, cols * rows, Math.sqrt(3 / cols)),
  });
  const ones = (name: string): TensorSpec => ({ name, dims: [shape.embd], type: 'F32', values: () => new Float32Array(shape.embd).fill(1) });

  const tensors: TensorSpec[] = [
    { name: 'token_embd.weight', dims: [shape.embd, nVocab], type, values: () => rand('token_embd.weight', shape.embd * nVocab, 1) },
    ones('output_norm.weight'),
    {
      name: 'output.weight',
      dims: [shape.embd, nVocab],
      type,
      // Byte and control tokens get tiny output weights so greedy decoding picks word pieces and
      // the generated text is printable.
      values: () => {
        const w = rand('output.weight', shape.embd * nVocab, Math.sqrt(3 / shape.embd) * 4);
        for (let t = 0; t < nVocab; t++) {
          if (vocab.types[t] === TOKEN_TYPE.NORMAL) continue;
          for (let j = 0; j < shape.embd; j++) w[t * shape.embd + j]! *= 0.01;
        }
        return w;
      },
    },
  ];
  for (let l = 0; l < shape.layers; l++) {
    const p = `blk.${l}.`;
    tensors.push(
      matrix(`${p}attn_q.weight`, shape.embd, shape.embd),
      matrix(`${p}attn_k.weight`, shape.embd, kvDim),
      matrix(`${p}attn_v.weight`, shape.embd, kvDim),
      matrix(`${p}attn_output.weight`, shape.embd, shape.embd),
      ones(`${p}attn_norm.weight`),
      matrix(`${p}ffn_gate.weight`, shape.embd, shape.ff),
      matrix(`${p}ffn_down.weight`, shape.ff, shape.embd),
      matrix(`${p}ffn_up.weight`, shape.embd, shape.ff),
      ones(`${p}ffn_norm.weight`),
    );
  }
  return { metadata, tensors, vocab };
}

export async function writeTinyLlama(file: string, options: TinyLlamaOptions = {}): Promise<void> {
  const { metadata, tensors } = tinyLlamaSpec(options);
  await writeGguf(file, metadata, tensors);
}
