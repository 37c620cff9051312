// With no model loaded, Summarize still helps: the extractive engine pulls the note's problems,
// medications, allergies, vitals, results and plan into the same structured format, each statement a
// verbatim quote, checked by the same verifier. Provenance says which engine and template wrote it.
import type { SummaryProvenance, SummaryResult, SummaryStyle } from '../../../shared/contract/model';
import { SUMMARY_TEMPLATES } from '../../../shared/summary-templates';
import { renderSummaryText } from '../../../shared/parse-structured';
import { EXTRACTIVE_ENGINE_VERSION, extractiveSummary } from '../../extractive/extractive-summary';
import { verifySummary } from '../../verifier/verify-summary';
import type { VerificationReport } from '../../../shared/summary-format';

export function extractiveResult(requestId: string, note: string, style: SummaryStyle, now: Date): SummaryResult & { readonly report: VerificationReport } {
  const started = performance.now();
  const summary = extractiveSummary(note, style);
  const text = renderSummaryText(summary);
  const totalMs = Math.round(performance.now() - started);
  const provenance: SummaryProvenance = {
    model: { fileName: 'extractive engine (no model)', sha256: '', quantization: 'none', architecture: 'extractive' },
    backend: 'none',
    threads: 1,
    promptVersion: `extractive-v${EXTRACTIVE_ENGINE_VERSION}`,
    chatWrapper: 'none',
    style,
    sampling: { temperature: 0, seed: 0, topK: 0, topP: 0, maxTokens: 0 },
    tokens: { prompt: 0, note: 0, generated: 0, contextSize: 0 },
    timings: { totalMs, firstTokenMs: null, decodeTokensPerSecond: null },
    stopReason: 'eos',
    createdAt: now.toISOString(),
    template: { id: style, version: SUMMARY_TEMPLATES[style].version },
    engine: { id: 'extractive', version: EXTRACTIVE_ENGINE_VERSION, template: { id: style, version: SUMMARY_TEMPLATES[style].version } },
  };
  return { requestId, text, provenance, structured: { summary, raw: JSON.stringify(summary), incomplete: false }, report: verifySummary(note, summary) };
}
