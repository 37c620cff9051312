// The evaluation harness: runs an engine over the kit's sets and reports, per set, ROUGE-L against the
// references, the share of statements whose evidence is found in the input, the share the verifier
// flags, summary length and speed. How a hospital checks a model before approving it (see README).
import type { StructuredSummary, VerificationReport } from '../../shared/summary-format';
import { isAppFailure } from '../base/app-failure';
import type { EvalEngine } from './engines';
import { loadSet, type SetName } from './kit-sets';
import { rougeL, rougeTokens } from './rouge';

/** The verifier's signature (electron/verifier/verify-summary.ts), injected so the harness runs without it. */
export type VerifyFn = (note: string, summary: StructuredSummary) => VerificationReport;
/** Applied to each input before the engine sees it, e.g. de-identification (--deid). */
export type InputTransform = (input: string) => string | Promise<string>;

export interface SetReport {
  readonly set: SetName;
  readonly cases: number;
  /** Cases the engine refused or failed, by error code (never by text). */
  readonly failed: Readonly<Record<string, number>>;
  /** Mean ROUGE-L F1 against the references; null for a set without references. */
  readonly rougeL: number | null;
  /** Statements in structured summaries, and the cases whose summary was structured. */
  readonly statements: number;
  readonly structuredCases: number;
  /** Share of statements every evidence quote of which is found in the input; null with no statements. */
  readonly evidenceFound: number | null;
  /** Share of statements the verifier flags; null without a verifier or statements. */
  readonly flagged: number | null;
  /** Mean words per summary. */
  readonly summaryWords: number | null;
  readonly speed: number | null;
  readonly speedUnit: EvalEngine['speedUnit'];
}

export interface EvalReport {
  readonly engine: EvalEngine['name'];
  readonly describe: string;
  readonly verifier: boolean;
  readonly sets: readonly SetReport[];
  /** Sets asked for whose files are not in the kit. */
  readonly missing: readonly SetName[];
}

export interface EvalOptions {
  readonly kit: string;
  readonly sets: readonly SetName[];
  readonly engine: EvalEngine;
  readonly limit?: number;
  readonly verify?: VerifyFn | null;
  readonly transform?: InputTransform;
  readonly onCase?: (set: SetName, index: number, total: number) => void;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A quote is found when it is in the input as written, or with its whitespace run together. */
export function quoteFound(input: string, quote: string, squashedInput: string = squash(input)): boolean {
  if (quote.trim() === '') return false;
  return input.includes(quote) || squashedInput.includes(squash(quote));
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

async function evalSet(name: SetName, options: EvalOptions): Promise<SetReport | null> {
  const set = loadSet(options.kit, name, options.limit ?? Infinity);
  if (!set) return null;
  const { engine } = options;
  const failed: Record<string, number> = {};
  const rouge: number[] = [];
  const words: number[] = [];
  let statements = 0;
  let structuredCases = 0;
  let found = 0;
  let flagged = 0;
  let verified = 0;
  let work = 0;
  let ms = 0;
  for (const [i, c] of set.cases.entries()) {
    options.onCase?.(name, i, set.cases.length);
    const input = options.transform ? await options.transform(c.input) : c.input;
    let out;
    try {
      out = await engine.summarize(input);
    } catch (e) {
      const code = isAppFailure(e) ? e.code : 'ERROR';
      failed[code] = (failed[code] ?? 0) + 1;
      continue;
    }
    ms += out.ms;
    work += engine.speedUnit === 'chars/s' ? input.length : (out.generatedTokens ?? 0);
    words.push(rougeTokens(out.text).length);
    if (c.reference !== null) rouge.push(rougeL(out.text, c.reference).f1);
    if (out.structured) {
      structuredCases++;
      const squashed = squash(input);
      for (const st of out.structured.sections.flatMap((s) => s.statements)) {
        statements++;
        if (st.evidence.length > 0 && st.evidence.every((q) => quoteFound(input, q, squashed))) found++;
      }
      if (options.verify) {
        const report = options.verify(input, out.structured);
        verified += report.counts.statements;
        flagged += report.counts.flagged;
      }
    }
  }
  return {
    set: name,
    cases: set.cases.length,
    failed,
    rougeL: mean(rouge),
    statements,
    structuredCases,
    evidenceFound: statements === 0 ? null : found / statements,
    flagged: options.verify && verified > 0 ? flagged / verified : null,
    summaryWords: mean(words),
    speed: ms > 0 ? (work / ms) * 1000 : null,
    speedUnit: engine.speedUnit,
  };
}

export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const sets: SetReport[] = [];
  const missing: SetName[] = [];
  for (const name of options.sets) {
    const r = await evalSet(name, options);
    if (r) sets.push(r);
    else missing.push(name);
  }
  return { engine: options.engine.name, describe: options.engine.describe, verifier: Boolean(options.verify), sets, missing };
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, digits = 0) => (x === null ? 'n/a' : x.toFixed(digits));

/** The report as a plain-text table. */
export function formatTable(report: EvalReport): string {
  const head = ['set', 'cases', 'failed', 'ROUGE-L F1', 'statements', 'evidence found', 'flagged', 'words', 'speed'];
  const rows = report.sets.map((s) => [
    s.set,
    String(s.cases),
    String(Object.values(s.failed).reduce((a, b) => a + b, 0)),
    num(s.rougeL, 3),
    String(s.statements),
    pct(s.evidenceFound),
    report.verifier ? pct(s.flagged) : 'no verifier',
    num(s.summaryWords),
    s.speed === null ? 'n/a' : `${num(s.speed, s.speed < 100 ? 1 : 0)} ${s.speedUnit}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [`engine: ${report.describe}`, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  for (const s of report.sets) {
    const codes = Object.entries(s.failed);
    if (codes.length > 0) out.push(`${s.set}: failed ${codes.map(([k, v]) => `${k} x${v}`).join(', ')}`);
  }
  if (report.missing.length > 0) out.push(`not in the kit: ${report.missing.join(', ')}`);
  return out.join('\n');
}
