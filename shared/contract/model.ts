import { z } from 'zod';
import { method, event } from './define';
import { MAX_NOTE_CHARS, MAX_PATH_CHARS } from '../limits';
import type { StructuredSummary, VerificationReport } from '../summary-format';
import type { PartsProvenance, SummaryCoverage } from '../coverage';
import { SUMMARY_TEMPLATES, TEMPLATE_IDS, type TemplateId } from '../summary-templates';

// A style is a versioned template (shared/summary-templates.ts). 'brief' and 'soap', the first two,
// keep their ids, so stored notes, drafts and provenance stay valid.
export const SUMMARY_STYLES = TEMPLATE_IDS;
export const SummaryStyleSchema = z.enum(SUMMARY_STYLES);
export type SummaryStyle = TemplateId;

function templateLabels(): Readonly<Record<SummaryStyle, string>> {
  const labels = {} as Record<SummaryStyle, string>;
  for (const id of TEMPLATE_IDS) labels[id] = SUMMARY_TEMPLATES[id].label;
  return labels;
}

export const SUMMARY_STYLE_LABELS: Readonly<Record<SummaryStyle, string>> = templateLabels();

const NoteText = z.string().max(MAX_NOTE_CHARS);
const ModelPath = z.string().min(1).max(MAX_PATH_CHARS);

export interface GpuInfo {
  /** 'cuda' | 'vulkan' | 'metal' | 'cpu' */
  readonly backend: string;
  readonly deviceNames: readonly string[];
  readonly vramTotalBytes: number;
  readonly vramFreeBytes: number;
}

export interface ModelFacts {
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly architecture: string;
  readonly parameterCount: number | null;
  readonly quantization: string;
  readonly trainedContext: number;
  readonly chatTemplate: string | null;
  readonly chatWrapper: string;
}

export interface ModelStatus {
  readonly state: 'none' | 'loading' | 'ready' | 'error' | 'restarting';
  readonly model: ModelFacts | null;
  readonly gpu: GpuInfo | null;
  readonly threads: number | null;
  readonly contextSize: number | null;
  readonly loadProgress: number | null;
}

export interface ModelCandidate {
  readonly path: string;
  readonly fileName: string;
  readonly sizeBytes: number;
}

export interface TokenCount {
  readonly noteTokens: number;
  readonly promptTokens: number;
  /** Tokens available for the prompt (context size minus the room reserved for the summary). */
  readonly budget: number;
  readonly fits: boolean;
}

export interface SamplingSettings {
  readonly temperature: number;
  readonly seed: number;
  readonly topK: number;
  readonly topP: number;
  readonly maxTokens: number;
}

export interface SummaryProvenance {
  readonly model: { readonly fileName: string; readonly sha256: string; readonly quantization: string; readonly architecture: string };
  readonly backend: string;
  readonly threads: number;
  readonly promptVersion: string;
  readonly chatWrapper: string;
  readonly style: SummaryStyle;
  readonly sampling: SamplingSettings;
  readonly tokens: { readonly prompt: number; readonly note: number; readonly generated: number; readonly contextSize: number };
  readonly timings: { readonly totalMs: number; readonly firstTokenMs: number | null; readonly decodeTokensPerSecond: number | null };
  readonly stopReason: 'eos' | 'maxTokens' | 'cancelled';
  readonly createdAt: string;
  /** The template whose sections and instructions produced it (absent on versions saved before templates were recorded). */
  readonly template?: { readonly id: string; readonly version: number };
  /** Set when no model wrote it: the deterministic extractive engine and its template. */
  readonly engine?: { readonly id: 'extractive'; readonly version: number; readonly template: { readonly id: string; readonly version: number } };
  /** Set when a note longer than the context was summarized in parts. */
  readonly parts?: PartsProvenance;
}

/** A summary generated in the structured format (lockscribe-summary v1). */
export interface StructuredSummaryResult {
  readonly summary: StructuredSummary;
  /** What the model wrote (JSON under the grammar), kept for provenance. */
  readonly raw: string;
  /** Cut off at the token limit or stopped by the user: only complete statements were kept; must not be signed as is. */
  readonly incomplete: boolean;
}

export interface SummaryResult {
  readonly requestId: string;
  /** The summary as text (for structured summaries, rendered from the statements). */
  readonly text: string;
  readonly provenance: SummaryProvenance;
  /** Present when the summary was generated in the structured format. */
  readonly structured?: StructuredSummaryResult;
  /** The verifier's report on the structured summary against the note (added by main). */
  readonly report?: VerificationReport;
  /** Which parts of the note each section drew on, and which parts nothing drew on (model summaries). */
  readonly coverage?: SummaryCoverage;
}

export const modelMethods = {
  getModelStatus: method<ModelStatus>()(z.object({}).strict()),
  listModels: method<readonly ModelCandidate[]>()(z.object({}).strict()),
  /** Opens the OS file picker (Electron only); resolves null when cancelled. */
  pickModelFile: method<string | null>()(z.object({}).strict()),
  loadModel: method<ModelStatus>()(z.object({ path: ModelPath }).strict()),
  countTokens: method<TokenCount>()(z.object({ text: NoteText, style: SummaryStyleSchema }).strict()),
  summarize: method<SummaryResult>()(
    z.object({ requestId: z.string().uuid(), text: NoteText, style: SummaryStyleSchema }).strict(),
  ),
  stopSummary: method<{ readonly stopped: boolean }>()(z.object({ requestId: z.string().uuid() }).strict()),
} as const;

export const modelEvents = {
  summaryChunk: event<{ readonly requestId: string; readonly text: string }>(),
  /** A long note is summarized in parts: sent as part `part` (1-based) of `parts` begins. */
  summaryProgress: event<{ readonly requestId: string; readonly part: number; readonly parts: number }>(),
  modelStatus: event<ModelStatus>(),
  /** The model process crashed or hung and was restarted. */
  hostRestarted: event<{ readonly reason: 'crashed' | 'timeout' }>(),
} as const;
