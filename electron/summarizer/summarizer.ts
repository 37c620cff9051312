// Summarizes a note with the loaded model: builds the versioned prompt from the style's template,
// refuses notes that do not fit the context (never truncates: a summary of part of a note looks like
// a summary of all of it), generates deterministically, and records full provenance. The note
// arrives checked (CheckedNote): it was validated once where it entered, and is not again here.
import type { SamplingSettings, SummaryProvenance, SummaryResult, SummaryStyle, TokenCount } from '../../shared/contract/model';
import type { CheckedNote } from '../../shared/note-input';
import { SUMMARY_TEMPLATES } from '../../shared/summary-templates';
import { AppFailure } from '../base/app-failure';
import { systemClock, type Clock } from '../base/clock';
import type { ModelHost } from '../model-host/host-client';
import { parseStructuredOutput, renderSummaryText } from './parse-structured';
import { buildPrompt, buildStructuredPrompt, PROMPT_VERSION, STRUCTURED_PROMPT_VERSION } from './prompt';
import { sectionTitles, summaryJsonSchema } from './summary-schema';

/** Fixed so the same note, model and settings give the same summary; recorded in provenance. */
export const DEFAULT_SEED = 1234;

// Room for the summary grows with the template's sections. Structured summaries carry their
// evidence quotes and JSON punctuation: about 2.5 times the tokens of plain text. Brief is meant to
// be read in a minute, so its sections are short (384 plain, 768 structured, as before templates).
const TOKENS = {
  plain: { base: 128, perSection: 128, perShortSection: 64 },
  structured: { base: 256, perSection: 320, perShortSection: 128 },
} as const;
const SHORT_STYLES: ReadonlySet<SummaryStyle> = new Set(['brief']);

/** Tokens reserved for the summary itself: a base plus an allowance per section of the style's template. */
export function defaultMaxTokens(style: SummaryStyle, structured: boolean): number {
  const t = TOKENS[structured ? 'structured' : 'plain'];
  return t.base + SUMMARY_TEMPLATES[style].sections.length * (SHORT_STYLES.has(style) ? t.perShortSection : t.perSection);
}

/**
 * The default room, but never more than half a small model's context: a seven-section template on a
 * 2,048-token model would otherwise leave no room for any note. (A summary that needs more is cut and
 * marked incomplete, never passed off as whole.)
 */
export function reservedTokens(style: SummaryStyle, structured: boolean, contextSize: number | null): number {
  const wanted = defaultMaxTokens(style, structured);
  return contextSize === null ? wanted : Math.min(wanted, Math.max(64, Math.floor(contextSize / 2)));
}

export interface SummarizerOptions {
  readonly clock?: Clock;
  readonly maxTokens?: Partial<Record<SummaryStyle, number>>;
  readonly seed?: number;
  readonly temperature?: number;
}

export interface SummarizeRequest {
  readonly requestId: string;
  /** Validated at the boundary (validateNote or decodeNoteBytes). */
  readonly text: CheckedNote;
  readonly style: SummaryStyle;
  /** Generate statements with evidence quotes under a JSON-schema grammar (lockscribe-summary v1). */
  readonly structured?: boolean;
}

export class Summarizer {
  private running: string | null = null;
  private stopRequested = false;

  constructor(
    private readonly host: ModelHost,
    private readonly options: SummarizerOptions = {},
  ) {}

  sampling(style: SummaryStyle, structured = false): SamplingSettings {
    return {
      temperature: this.options.temperature ?? 0,
      seed: this.options.seed ?? DEFAULT_SEED,
      topK: 40,
      topP: 0.95,
      maxTokens: this.options.maxTokens?.[style] ?? reservedTokens(style, structured, this.host.status().contextSize),
    };
  }

  private requireModel(): void {
    if (this.host.status().state !== 'ready') throw new AppFailure('NO_MODEL');
  }

  async countTokens(note: CheckedNote, style: SummaryStyle, structured = false): Promise<TokenCount> {
    this.requireModel();
    const prompt = structured ? buildStructuredPrompt(note, style) : buildPrompt(note, style);
    const c = await this.host.countTokens({ system: prompt.system, user: prompt.user }, prompt.note);
    const budget = Math.max(0, c.contextSize - this.sampling(style, structured).maxTokens);
    return { noteTokens: c.noteTokens, promptTokens: c.promptTokens, budget, fits: c.promptTokens <= budget };
  }

  async summarize(request: SummarizeRequest, onChunk: (text: string) => void = () => undefined): Promise<SummaryResult> {
    if (this.running !== null) throw new AppFailure('MODEL_BUSY');
    this.running = request.requestId;
    this.stopRequested = false;
    try {
      const clock = this.options.clock ?? systemClock;
      const count = await this.countTokens(request.text, request.style, request.structured === true);
      if (!count.fits) {
        throw new AppFailure(
          'NOTE_TOO_LONG_FOR_MODEL',
          `The note needs ${count.promptTokens} tokens with the instructions, but this model allows ${count.budget} (its context minus room for the summary). Use a model with a larger context or a shorter note.`,
        );
      }
      const structured = request.structured === true;
      const prompt = structured ? buildStructuredPrompt(request.text, request.style) : buildPrompt(request.text, request.style);
      const titles = sectionTitles(request.style);
      const template = SUMMARY_TEMPLATES[request.style];
      const sampling = this.sampling(request.style, structured);
      const status = this.host.status();
      const model = status.model;
      if (this.stopRequested) throw new AppFailure('CANCELLED');
      if (!model) throw new AppFailure('NO_MODEL');
      const r = await this.host.generate(
        request.requestId,
        { system: prompt.system, user: prompt.user },
        sampling,
        onChunk,
        structured ? { jsonSchema: summaryJsonSchema(titles) } : {},
      );
      const provenance: SummaryProvenance = {
        model: { fileName: model.fileName, sha256: model.sha256, quantization: model.quantization, architecture: model.architecture },
        backend: status.gpu?.backend ?? 'cpu',
        threads: status.threads ?? 0,
        promptVersion: structured ? STRUCTURED_PROMPT_VERSION : PROMPT_VERSION,
        chatWrapper: model.chatWrapper,
        style: request.style,
        template: { id: template.id, version: template.version },
        sampling,
        tokens: { prompt: r.promptTokens, note: count.noteTokens, generated: r.generatedTokens, contextSize: r.contextSize },
        // Measured in the app, so they include the process hop and streaming.
        timings: {
          totalMs: Math.round(r.client.totalMs),
          firstTokenMs: r.client.firstChunkMs === null ? null : Math.round(r.client.firstChunkMs),
          decodeTokensPerSecond: r.client.streamedTokensPerSecond === null ? null : Math.round(r.client.streamedTokensPerSecond * 10) / 10,
        },
        stopReason: r.stopReason,
        createdAt: clock.now().toISOString(),
      };
      if (!structured) return { requestId: request.requestId, text: r.text.trim(), provenance };
      const parsed = parseStructuredOutput(r.text, request.style, titles);
      return {
        requestId: request.requestId,
        text: renderSummaryText(parsed.summary),
        provenance,
        structured: { summary: parsed.summary, raw: r.text, incomplete: parsed.partial || r.stopReason !== 'eos' },
      };
    } finally {
      this.running = null;
    }
  }

  /** Stops the running summary; it resolves with what was generated so far. */
  async stop(requestId: string): Promise<boolean> {
    if (this.running !== requestId) return false;
    this.stopRequested = true;
    await this.host.cancel(requestId);
    return true;
  }
}
