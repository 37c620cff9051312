// Summarizes a note of any length with the loaded model. A note that fits goes through the Summarizer
// in one call; a longer one is split along its sections into parts that each fit (never inside a
// sentence, never truncated), each part summarized in the chosen style, and the parts merged into one
// summary. Progress is reported part by part; Stop (or a stop from anywhere, such as a lock) ends the
// current part and skips the rest, and the result says which parts were not summarized.
import type { SummaryProvenance, SummaryResult, SummaryStyle } from '../../shared/contract/model';
import type { PartsProvenance } from '../../shared/coverage';
import { sliceNote, validateNote, type CheckedNote } from '../../shared/note-input';
import { AppFailure, isAppFailure } from '../base/app-failure';
import { computeCoverage, type PartOutcome } from './coverage';
import { mergePartSummaries } from './merge-parts';
import { renderSummaryText } from './parse-structured';
import { splitNote, type NotePart } from './split-note';
import type { Summarizer } from './summarizer';

export interface LongSummarizeRequest {
  readonly requestId: string;
  /** Validated once where it entered (the handler or the CLI). */
  readonly text: CheckedNote;
  readonly style: SummaryStyle;
}

export interface PartProgress {
  /** 1-based. */
  readonly part: number;
  readonly parts: number;
}

export interface LongSummarizerOptions {
  /** Prompt tokens a part may use, when lower than the model allows (bench and tests force parts with it). */
  readonly partBudget?: number;
  /** Runs before each part; throws to end the summary (main checks the session is still open). */
  readonly beforePart?: () => Promise<void>;
}

const noop = () => undefined;

export class LongSummarizer {
  private running: string | null = null;
  private stopped = false;

  constructor(
    private readonly summarizer: Summarizer,
    private readonly options: LongSummarizerOptions = {},
  ) {}

  async summarize(
    request: LongSummarizeRequest,
    onChunk: (text: string) => void = noop,
    onProgress: (p: PartProgress) => void = noop,
  ): Promise<SummaryResult> {
    if (this.running !== null) throw new AppFailure('MODEL_BUSY');
    this.running = request.requestId;
    this.stopped = false;
    try {
      return await this.run(request, onChunk, onProgress);
    } finally {
      this.running = null;
    }
  }

  /** Stops the running summary: the part being written ends with what it has, later parts are skipped. */
  async stop(requestId: string): Promise<boolean> {
    if (this.running !== requestId) return this.summarizer.stop(requestId);
    this.stopped = true;
    await this.summarizer.stop(requestId);
    return true;
  }

  private async run(request: LongSummarizeRequest, onChunk: (text: string) => void, onProgress: (p: PartProgress) => void): Promise<SummaryResult> {
    const note = request.text;
    const { style, requestId } = request;
    const started = performance.now();
    const count = await this.summarizer.countTokens(note, style, true);
    const budget = Math.min(count.budget, this.options.partBudget ?? Number.POSITIVE_INFINITY);
    if (count.promptTokens - count.noteTokens >= budget) {
      throw new AppFailure('NOTE_TOO_LONG_FOR_MODEL', `This model's context leaves no room for a note beside the instructions (${budget} tokens for both). Use a model with a larger context.`);
    }
    const parts: NotePart[] =
      count.promptTokens <= budget
        ? [{ index: 0, start: 0, end: note.length }]
        : await splitNote(note, {
            budget,
            count: (text) => {
              if (this.stopped) throw new AppFailure('CANCELLED');
              // A candidate part is a stretch of the checked note; checking it again costs one pass over it.
              const candidate = validateNote(text);
              if (!candidate.ok) throw new AppFailure(candidate.error.code, candidate.error.message);
              return this.summarizer.countTokens(candidate.value, style, true);
            },
          });

    const outcomes: PartOutcome[] = [];
    const results: SummaryResult[] = [];
    for (const part of parts) {
      if (!this.stopped) {
        await this.options.beforePart?.();
        if (parts.length > 1) onProgress({ part: part.index + 1, parts: parts.length });
      }
      // Checked again: Stop may have come while the part was announced.
      if (this.stopped) {
        outcomes.push({ part, status: 'not-summarized', summary: null });
        continue;
      }
      let r: SummaryResult;
      try {
        r = await this.summarizer.summarize({ requestId, text: sliceNote(note, part.start, part.end), style, structured: true }, onChunk);
      } catch (e) {
        if (!(isAppFailure(e) && e.code === 'CANCELLED')) throw e;
        this.stopped = true;
        outcomes.push({ part, status: 'not-summarized', summary: null });
        continue;
      }
      // Stopped by anyone (the Stop button, a lock): the rest is skipped.
      if (r.provenance.stopReason === 'cancelled') this.stopped = true;
      results.push(r);
      const cut = r.structured === undefined || r.structured.incomplete || r.provenance.stopReason !== 'eos';
      outcomes.push({ part, status: cut ? 'partial' : 'summarized', summary: r.structured?.summary ?? null });
    }
    if (results.length === 0) throw new AppFailure('CANCELLED');
    const coverage = computeCoverage(note, outcomes);

    if (parts.length === 1) return { ...results[0]!, coverage };

    const merged = mergePartSummaries(style, outcomes.flatMap((o) => (o.summary ? [o.summary] : [])));
    const partsRecord: PartsProvenance = {
      count: parts.length,
      ranges: parts.map((p) => ({ start: p.start, end: p.end })),
      notSummarized: outcomes.filter((o) => o.status === 'not-summarized').map((o) => o.part.index),
      partial: outcomes.filter((o) => o.status === 'partial').map((o) => o.part.index),
    };
    const provenance = combineProvenance(results, count.noteTokens, performance.now() - started, this.stopped, partsRecord);
    const incomplete = this.stopped || merged.overflow || partsRecord.notSummarized.length > 0 || partsRecord.partial.length > 0;
    return {
      requestId,
      text: renderSummaryText(merged.summary),
      provenance,
      structured: { summary: merged.summary, raw: JSON.stringify(results.map((r) => r.structured?.raw ?? '')), incomplete },
      coverage,
    };
  }
}

/** One provenance for the whole summary: the first part's model and settings, the parts' tokens summed. */
function combineProvenance(results: readonly SummaryResult[], noteTokens: number, totalMs: number, stopped: boolean, parts: PartsProvenance): SummaryProvenance {
  const all = results.map((r) => r.provenance);
  const first = all[0]!;
  const sum = (f: (p: SummaryProvenance) => number) => all.reduce((n, p) => n + f(p), 0);
  const rated = all.filter((p) => p.timings.decodeTokensPerSecond !== null && p.tokens.generated > 0);
  const ratedTokens = rated.reduce((n, p) => n + p.tokens.generated, 0);
  // Generated tokens over decode time, part by part: a rate for the whole summary.
  const decodeSeconds = rated.reduce((n, p) => n + p.tokens.generated / p.timings.decodeTokensPerSecond!, 0);
  const stopReason: SummaryProvenance['stopReason'] = stopped || all.some((p) => p.stopReason === 'cancelled') ? 'cancelled' : all.some((p) => p.stopReason === 'maxTokens') ? 'maxTokens' : 'eos';
  return {
    ...first,
    tokens: { prompt: sum((p) => p.tokens.prompt), note: noteTokens, generated: sum((p) => p.tokens.generated), contextSize: first.tokens.contextSize },
    timings: {
      totalMs: Math.round(totalMs),
      firstTokenMs: first.timings.firstTokenMs,
      decodeTokensPerSecond: decodeSeconds > 0 ? Math.round((ratedTokens / decodeSeconds) * 10) / 10 : null,
    },
    stopReason,
    createdAt: all.at(-1)!.createdAt,
    parts,
  };
}
