// The engines the evaluation harness can run: the extractive engine (no model) and a GGUF model through
// the same ModelHost and Summarizer as the app and the CLI.
import { randomUUID } from 'node:crypto';
import type { SummaryStyle } from '../../shared/contract/model';
import { StructuredSummarySchema, type StructuredSummary } from '../../shared/summary-format';
import type { TemplateId } from '../../shared/summary-templates';
import { extractiveSummary, renderSummaryText } from '../extractive/extractive-summary';
import { ModelHost, defaultHostScript, forkHostChannel } from '../model-host/host-client';
import { Summarizer } from '../summarizer/summarizer';
import { validateNote } from '../../shared/note-input';
import { AppFailure } from '../base/app-failure';

export interface EngineOutput {
  /** The summary as text, for ROUGE and length. */
  readonly text: string;
  /** The structured summary when the engine wrote one (its statements are checked); null otherwise. */
  readonly structured: StructuredSummary | null;
  /** Tokens generated and the time it took, for a model; null for engines that generate none. */
  readonly generatedTokens: number | null;
  readonly ms: number;
}

export interface EvalEngine {
  readonly name: 'extractive' | 'model';
  /** What speed is measured in: input characters per second, or generated tokens per second. */
  readonly speedUnit: 'chars/s' | 'tokens/s';
  /** A description for the report (model file name, template). */
  readonly describe: string;
  summarize(input: string): Promise<EngineOutput>;
  dispose(): Promise<void>;
}

export function extractiveEngine(template: TemplateId): EvalEngine {
  return {
    name: 'extractive',
    speedUnit: 'chars/s',
    describe: `extractive, template ${template}`,
    summarize(input) {
      const started = performance.now();
      const structured = extractiveSummary(input, template);
      const ms = performance.now() - started;
      return Promise.resolve({ text: renderSummaryText(structured), structured, generatedTokens: null, ms });
    },
    dispose: () => Promise.resolve(),
  };
}

/** The model's text as a structured summary when it wrote one (JSON in the summary format). */
export function parseStructured(text: string): StructuredSummary | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    const parsed = StructuredSummarySchema.safeParse(JSON.parse(text.slice(start, end + 1)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface ModelEngineOptions {
  readonly modelPath: string;
  readonly style: SummaryStyle;
  readonly threads?: number;
  readonly hostScript?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** Loads the model once in a host process; each summary is one Summarizer call, as in the app. */
export async function modelEngine(options: ModelEngineOptions): Promise<EvalEngine> {
  const host = new ModelHost({ channel: () => forkHostChannel(options.hostScript ?? defaultHostScript(), { env: options.env }), threads: options.threads });
  try {
    await host.loadModel(options.modelPath);
  } catch (e) {
    await host.dispose();
    throw e;
  }
  const summarizer = new Summarizer(host);
  const fileName = host.status().model?.fileName ?? 'model';
  return {
    name: 'model',
    speedUnit: 'tokens/s',
    describe: `model ${fileName}, style ${options.style}`,
    async summarize(input) {
      const started = performance.now();
      const note = validateNote(input);
      if (!note.ok) throw new AppFailure(note.error.code, note.error.message);
      const r = await summarizer.summarize({ requestId: randomUUID(), text: note.value, style: options.style });
      return { text: r.text, structured: parseStructured(r.text), generatedTokens: r.provenance.tokens.generated, ms: performance.now() - started };
    },
    dispose: () => host.dispose(),
  };
}
