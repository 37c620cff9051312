// Messages between the app (parent) and the model host process. Both sides validate every message
// with these schemas: the host is a separate process running native code, so neither side trusts
// the other's bytes to have the right shape.
import { z } from 'zod';
import { ERROR_MESSAGES, type ErrorCode } from '../../shared/errors';

const Id = z.number().int().nonnegative();
const Text = z.string().max(16 * 1024 * 1024);

export const SamplingSchema = z
  .object({
    temperature: z.number().min(0).max(2),
    seed: z.number().int().min(0).max(0xffffffff),
    topK: z.number().int().min(0).max(1000),
    topP: z.number().min(0).max(1),
    maxTokens: z.number().int().min(1).max(65536),
  })
  .strict();

export const MAX_JSON_SCHEMA_CHARS = 64 * 1024;

export const PromptSchema = z.object({ system: Text, user: Text }).strict();
export type PromptSpec = z.infer<typeof PromptSchema>;

export const TEST_HOOK_ACTIONS = ['crash', 'exit', 'hang'] as const;
export type TestHookAction = (typeof TEST_HOOK_ACTIONS)[number];

export const HostRequestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('load'),
      id: Id,
      path: z.string().min(1).max(4096),
      contextSize: z.number().int().min(64).max(1 << 20).optional(),
      threads: z.number().int().min(1).max(256).optional(),
    })
    .strict(),
  z.object({ type: z.literal('info'), id: Id }).strict(),
  z.object({ type: z.literal('countTokens'), id: Id, prompt: PromptSchema, note: Text }).strict(),
  z
    .object({
      type: z.literal('generate'),
      id: Id,
      prompt: PromptSchema,
      sampling: SamplingSchema,
      /** A JSON schema (serialized) the output must follow, enforced by a grammar while sampling. */
      jsonSchema: z.string().max(MAX_JSON_SCHEMA_CHARS).optional(),
    })
    .strict(),
  z.object({ type: z.literal('cancel'), id: Id, target: Id }).strict(),
  z.object({ type: z.literal('unload'), id: Id }).strict(),
  /** Forget the last note: the vault locked. */
  z.object({ type: z.literal('clear'), id: Id }).strict(),
  z.object({ type: z.literal('ping'), id: Id }).strict(),
  z.object({ type: z.literal('testHook'), id: Id, action: z.enum(TEST_HOOK_ACTIONS) }).strict(),
]);
export type HostRequest = z.infer<typeof HostRequestSchema>;
export type HostRequestType = HostRequest['type'];

const GpuInfoSchema = z.object({
  backend: z.string(),
  deviceNames: z.array(z.string()).readonly(),
  vramTotalBytes: z.number(),
  vramFreeBytes: z.number(),
});

const ModelFactsSchema = z.object({
  fileName: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  architecture: z.string(),
  parameterCount: z.number().nullable(),
  quantization: z.string(),
  trainedContext: z.number(),
  chatTemplate: z.string().nullable(),
  chatWrapper: z.string(),
});

export const HostInfoSchema = z.object({
  model: ModelFactsSchema.nullable(),
  gpu: GpuInfoSchema.nullable(),
  threads: z.number().int().nullable(),
  contextSize: z.number().int().nullable(),
});
export type HostInfo = z.infer<typeof HostInfoSchema>;

export const TokenCountResultSchema = z.object({ noteTokens: z.number().int(), promptTokens: z.number().int(), contextSize: z.number().int() });
export type HostTokenCount = z.infer<typeof TokenCountResultSchema>;

export const GenerateResultSchema = z.object({
  text: z.string(),
  stopReason: z.enum(['eos', 'maxTokens', 'cancelled']),
  generatedTokens: z.number().int(),
  promptTokens: z.number().int(),
  contextSize: z.number().int(),
  /** Measured inside the host, from the request arriving. */
  firstTokenMs: z.number().nullable(),
  totalMs: z.number(),
  decodeTokensPerSecond: z.number().nullable(),
});
export type HostGenerateResult = z.infer<typeof GenerateResultSchema>;

const ErrorCodeSchema = z.enum(Object.keys(ERROR_MESSAGES) as [ErrorCode, ...ErrorCode[]]);

export const HostMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), pid: z.number().int(), testHooks: z.boolean() }),
  z.object({ type: z.literal('pong'), id: Id }),
  z.object({ type: z.literal('progress'), id: Id, progress: z.number().min(0).max(1) }),
  /** Streamed text; `tokens` is the number of tokens generated so far when it was sent. */
  z.object({ type: z.literal('chunk'), id: Id, text: z.string(), tokens: z.number().int() }),
  z.object({ type: z.literal('info'), id: Id, info: HostInfoSchema }),
  z.object({ type: z.literal('tokenCount'), id: Id, count: TokenCountResultSchema }),
  z.object({ type: z.literal('generated'), id: Id, result: GenerateResultSchema }),
  z.object({ type: z.literal('done'), id: Id, value: z.boolean() }),
  z.object({ type: z.literal('error'), id: Id, code: ErrorCodeSchema }),
]);
export type HostMessage = z.infer<typeof HostMessageSchema>;

/** Environment variable that enables the crash/hang test hooks in the host. */
export const TEST_HOOKS_ENV = 'LOCKSCRIBE_HOST_TEST_HOOKS';
