// The model inside the host process: loads a GGUF with node-llama-cpp, counts tokens through the
// chat wrapper, and generates one response at a time with streaming and immediate cancel.
import path from 'node:path';
import {
  GeneralChatWrapper,
  LlamaChatSession,
  LlamaLogLevel,
  getLlama,
  resolveChatWrapper,
  type ChatHistoryItem,
  type ChatWrapper,
  type Llama,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaGrammar,
  type LlamaModel,
  type GbnfJsonObjectSchema,
} from 'node-llama-cpp';
import type { GpuInfo, ModelFacts } from '../../shared/contract/model';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { fileTypeName } from '../gguf/gguf-types';
import { metaNumber, metaString } from '../gguf/read-gguf-header';
import { fileSha256 } from './file-sha256';
import { checkModelFile, mapLlamaLoadError } from './load-errors';
import { chooseThreads } from './threads';
import type { HostGenerateResult, HostInfo, HostTokenCount, PromptSpec } from './host-protocol';

export const DEFAULT_CONTEXT_CAP = 8192;

export interface LoadOptions {
  readonly path: string;
  readonly contextSize?: number;
  readonly threads?: number;
}

export interface Sampling {
  readonly temperature: number;
  readonly seed: number;
  readonly topK: number;
  readonly topP: number;
  readonly maxTokens: number;
}

interface Loaded {
  readonly model: LlamaModel;
  readonly context: LlamaContext;
  readonly sequence: LlamaContextSequence;
  readonly chatWrapper: ChatWrapper;
  readonly facts: ModelFacts;
  readonly threads: number;
}

let llamaPromise: Promise<Llama> | null = null;

export function getHostLlama(): Promise<Llama> {
  // Never build or download: the prebuilt binaries ship with the app, and there is no network.
  llamaPromise ??= getLlama({
    build: 'never',
    gpu: 'auto',
    logLevel: LlamaLogLevel.error,
    // llama.cpp's log lines can include file paths; record only that something was logged.
    logger: (level) => logEvent('warn', 'llama-log', { level: String(level) }),
  });
  return llamaPromise;
}

function contextCap(): number {
  const n = Number(process.env.LOCKSCRIBE_CONTEXT_SIZE);
  return Number.isInteger(n) && n >= 256 ? n : DEFAULT_CONTEXT_CAP;
}

/** The model's own template when it has one; filename heuristics otherwise; plain text as a last resort. */
function chatWrapperFor(llama: Llama, model: LlamaModel): ChatWrapper {
  // Not resolveChatWrapper(model): that also guesses from the BOS string ("<s>" → Llama 2 chat),
  // which mislabels every base llama model.
  return (
    resolveChatWrapper({
      filename: model.filename,
      fileInfo: model.fileInfo,
      tokenizer: model.tokenizer,
      architecture: model.fileInfo.metadata?.general?.architecture,
      llama,
      warningLogs: false,
    }) ?? new GeneralChatWrapper()
  );
}

/** Grammars built from JSON schemas, by schema text: building one costs a few milliseconds. */
const grammarCache = new Map<string, Promise<LlamaGrammar>>();
const GRAMMAR_CACHE_MAX = 16;

async function grammarFor(schemaText: string): Promise<LlamaGrammar> {
  let grammar = grammarCache.get(schemaText);
  if (!grammar) {
    let schema: unknown;
    try {
      schema = JSON.parse(schemaText);
    } catch {
      throw new AppFailure('INVALID_REQUEST');
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) throw new AppFailure('INVALID_REQUEST');
    const llama = await getHostLlama();
    grammar = llama.createGrammarForJsonSchema<GbnfJsonObjectSchema>(schema as GbnfJsonObjectSchema);
    if (grammarCache.size >= GRAMMAR_CACHE_MAX) grammarCache.delete(grammarCache.keys().next().value!);
    grammarCache.set(schemaText, grammar);
    grammar.catch(() => grammarCache.delete(schemaText));
  }
  try {
    return await grammar;
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    // A schema outside what the grammar compiler supports.
    throw new AppFailure('INVALID_REQUEST');
  }
}

export class ModelRuntime {
  private loaded: Loaded | null = null;
  private generating: { id: number; abort: AbortController } | null = null;

  async info(): Promise<HostInfo> {
    const llama = await getHostLlama();
    return {
      model: this.loaded?.facts ?? null,
      gpu: await gpuInfo(llama),
      threads: this.loaded?.threads ?? null,
      contextSize: this.loaded?.context.contextSize ?? null,
    };
  }

  async load(options: LoadOptions, onProgress: (p: number) => void): Promise<HostInfo> {
    const llama = await getHostLlama();
    const requested = options.contextSize ?? contextCap();
    // Check first: a bad file leaves the model that is loaded now in place.
    const header = await checkModelFile(options.path, requested);
    await this.unload();
    const arch = metaString(header, 'general.architecture') ?? 'unknown';
    const trained = metaNumber(header, `${arch}.context_length`) ?? requested;
    const contextSize = Math.max(64, Math.min(trained, requested));
    const threads = options.threads ?? chooseThreads();

    // Hash and load side by side; progress is the mean of the two.
    let hashed = 0;
    let loadedFraction = 0;
    const report = () => onProgress(Math.min(1, (hashed + loadedFraction) / 2));
    const sha = fileSha256(options.path, header.fileSize, (p) => {
      hashed = p;
      report();
    });
    let model: LlamaModel;
    let context: LlamaContext;
    try {
      model = await llama.loadModel({
        modelPath: options.path,
        gpuLayers: 'auto',
        onLoadProgress: (p) => {
          loadedFraction = p;
          report();
        },
      });
    } catch (e) {
      await sha.catch(() => undefined);
      throw mapLlamaLoadError(e);
    }
    try {
      context = await model.createContext({ contextSize: { min: Math.min(contextSize, 512), max: contextSize }, threads, sequences: 1 });
    } catch (e) {
      await sha.catch(() => undefined);
      await model.dispose();
      throw mapLlamaLoadError(e);
    }
    let sha256: string;
    try {
      sha256 = await sha;
    } catch {
      await context.dispose();
      await model.dispose();
      throw new AppFailure('MODEL_LOAD_FAILED');
    }
    const chatWrapper = chatWrapperFor(llama, model);
    const template = metaString(header, 'tokenizer.chat_template');
    const facts: ModelFacts = {
      fileName: path.basename(options.path),
      sizeBytes: header.fileSize,
      sha256,
      architecture: arch,
      parameterCount: header.parameterCount > 0 ? header.parameterCount : null,
      quantization: fileTypeName(metaNumber(header, 'general.file_type')),
      trainedContext: trained,
      chatTemplate: template && template.trim() !== '' ? template : null,
      chatWrapper: chatWrapper.wrapperName,
    };
    this.loaded = { model, context, sequence: context.getSequence(), chatWrapper, facts, threads };
    onProgress(1);
    logEvent('info', 'model-loaded', { arch, contextSize: context.contextSize, threads, gpu: String(llama.gpu) });
    return this.info();
  }

  /** Stops any generation and empties the context, so no note text stays in the model's cache. */
  async clear(): Promise<void> {
    this.cancel(this.generating?.id ?? -1);
    await this.loaded?.sequence.clearHistory();
  }

  async unload(): Promise<void> {
    this.cancel(this.generating?.id ?? -1);
    const l = this.loaded;
    this.loaded = null;
    if (!l) return;
    await l.context.dispose();
    await l.model.dispose();
  }

  private require(): Loaded {
    if (!this.loaded) throw new AppFailure('NO_MODEL');
    return this.loaded;
  }

  countTokens(prompt: PromptSpec, note: string): HostTokenCount {
    const l = this.require();
    const history: ChatHistoryItem[] = [
      { type: 'system', text: prompt.system },
      { type: 'user', text: prompt.user },
      { type: 'model', response: [] },
    ];
    const { contextText } = l.chatWrapper.generateContextState({ chatHistory: history });
    return {
      noteTokens: l.model.tokenize(note, false).length,
      promptTokens: contextText.tokenize(l.model.tokenizer).length,
      contextSize: l.context.contextSize,
    };
  }

  cancel(id: number): boolean {
    if (!this.generating || this.generating.id !== id) return false;
    this.generating.abort.abort();
    return true;
  }

  async generate(
    id: number,
    prompt: PromptSpec,
    sampling: Sampling,
    onChunk: (text: string, tokens: number) => void,
    jsonSchema?: string,
  ): Promise<HostGenerateResult> {
    // Built before the generation starts (cached after the first time), so nothing waits mid-request.
    const grammar = jsonSchema === undefined ? undefined : await grammarFor(jsonSchema);
    const l = this.require();
    if (this.generating) throw new AppFailure('MODEL_BUSY');
    const abort = new AbortController();
    this.generating = { id, abort };
    const started = performance.now();
    let firstTokenAt: number | null = null;
    let lastTokenAt = started;
    let tokens = 0;
    const { promptTokens } = this.countTokens(prompt, '');
    // Every request starts from an empty sequence: reusing a cached prefix would change how the
    // prompt is batched, and with it the floating-point path, so the same note could summarize
    // differently on a second run.
    await l.sequence.clearHistory();
    const session = new LlamaChatSession({ contextSequence: l.sequence, chatWrapper: l.chatWrapper, systemPrompt: prompt.system, autoDisposeSequence: false });
    try {
      const r = await session.promptWithMeta(prompt.user, {
        temperature: sampling.temperature,
        seed: sampling.seed,
        topK: sampling.topK,
        topP: sampling.topP,
        maxTokens: sampling.maxTokens,
        ...(grammar ? { grammar } : {}),
        signal: abort.signal,
        stopOnAbortSignal: true,
        onToken: (t) => {
          const now = performance.now();
          firstTokenAt ??= now;
          lastTokenAt = now;
          tokens += t.length;
        },
        onTextChunk: (text) => onChunk(text, tokens),
      });
      const stopReason = r.stopReason === 'abort' ? 'cancelled' : r.stopReason === 'maxTokens' ? 'maxTokens' : 'eos';
      const decodeMs = firstTokenAt === null ? 0 : lastTokenAt - firstTokenAt;
      return {
        text: r.responseText,
        stopReason,
        generatedTokens: tokens,
        promptTokens,
        contextSize: l.context.contextSize,
        firstTokenMs: firstTokenAt === null ? null : firstTokenAt - started,
        totalMs: performance.now() - started,
        decodeTokensPerSecond: tokens > 1 && decodeMs > 0 ? ((tokens - 1) * 1000) / decodeMs : null,
      };
    } catch (e) {
      if (abort.signal.aborted) throw new AppFailure('CANCELLED');
      logEvent('error', 'generate-failed', { name: e instanceof Error ? e.name : 'unknown' });
      throw e instanceof AppFailure ? e : new AppFailure('INTERNAL');
    } finally {
      this.generating = null;
      session.dispose({ disposeSequence: false });
    }
  }
}

async function gpuInfo(llama: Llama): Promise<GpuInfo> {
  if (llama.gpu === false) return { backend: 'cpu', deviceNames: [], vramTotalBytes: 0, vramFreeBytes: 0 };
  const [names, vram] = await Promise.all([llama.getGpuDeviceNames().catch(() => []), llama.getVramState().catch(() => ({ total: 0, free: 0 }))]);
  return { backend: llama.gpu, deviceNames: names, vramTotalBytes: vram.total, vramFreeBytes: vram.free };
}
