// npm run eval -- --engine model|extractive [--model FILE] [--set NAME] [--limit N] [--json]
// Runs an engine over the kit's evaluation sets and prints a table (or JSON) per set. See README,
// "Evaluating a model before approving it".
import path from 'node:path';
import { TEMPLATE_IDS, isTemplateId, type TemplateId } from '../../shared/summary-templates';
import { isAppFailure } from '../base/app-failure';
import { parseThreads } from '../model-host/threads';
import { UsageError, parseCliArgs, processIo, type CliIo } from '../cli/cli-command';
import { findIdentifiers, redact } from '../deid';

/** A de-identified copy of an input: every Safe Harbor identifier replaced by its kind. */
const deidentify = (text: string): string => redact(text, findIdentifiers(text));
import { extractiveEngine, modelEngine, type EvalEngine } from './engines';
import { SET_NAMES, kitDir, type SetName } from './kit-sets';
import { formatTable, runEval, type EvalReport, type InputTransform } from './run-eval';
import { loadBuiltInVerifier, loadVerifierModule } from './verifier-hook';

export const usage = `usage: npm run eval -- --engine model|extractive [--model FILE] [--set NAME] [--limit N] [--json]

Summarizes the notes of the data kit (${'$'}LOCKSCRIBE_KIT, default ../shared) and reports per set: ROUGE-L
against the reference notes, the share of statements whose evidence is found, the share the verifier
flags, summary length and speed.
  --engine ENGINE   extractive (no model) or model
  --model FILE      the GGUF model (with --engine model)
  --style STYLE     template: ${TEMPLATE_IDS.join(', ')} (default soap)
  --set NAME        ${SET_NAMES.join(', ')}; repeat for several (default: all)
  --limit N         at most N cases per set
  --threads N       CPU threads for the model
  --verifier FILE   an ES module exporting verifySummary(note, summary), if not built in
  --deid            run on de-identified copies (Safe Harbor redaction of every input first)
  --json            print the report as JSON`;

const OPTIONS = {
  engine: { type: 'string' },
  model: { type: 'string' },
  style: { type: 'string' },
  set: { type: 'string', multiple: true },
  limit: { type: 'string' },
  threads: { type: 'string' },
  verifier: { type: 'string' },
  deid: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface EvalArgs {
  readonly engine: 'model' | 'extractive';
  readonly model: string | null;
  readonly style: string;
  readonly sets: readonly SetName[];
  readonly limit: number | undefined;
  readonly threads: number | undefined;
  readonly verifier: string | null;
  readonly json: boolean;
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs | 'help' {
  const { values } = parseCliArgs(argv, OPTIONS);
  if (values.help) return 'help';
  const engine = values.engine ?? (values.model ? 'model' : undefined);
  if (engine !== 'model' && engine !== 'extractive') throw new UsageError('--engine must be model or extractive');
  if (engine === 'model' && !values.model) throw new UsageError('--engine model needs --model FILE');
  if (engine === 'extractive' && values.model) throw new UsageError('--model goes with --engine model');
  const style = values.style ?? 'soap';
  if (!isTemplateId(style)) throw new UsageError(`--style must be one of: ${TEMPLATE_IDS.join(', ')}`);
  const sets = values.set ?? [...SET_NAMES];
  for (const s of sets) if (!(SET_NAMES as readonly string[]).includes(s)) throw new UsageError(`--set must be one of: ${SET_NAMES.join(', ')}`);
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit) || limit < 1) throw new UsageError('--limit must be a whole number from 1');
  }
  let threads: number | undefined;
  if (values.threads !== undefined) {
    const n = parseThreads(values.threads);
    if (n === null) throw new UsageError('--threads must be a whole number from 1 to 256');
    threads = n;
  }
  return { engine, model: values.model ? path.resolve(values.model) : null, style, sets: sets as SetName[], limit, threads, verifier: values.verifier ?? null, json: values.json === true };
}

export interface EvalDeps {
  /** The host process script for the model engine (tests pass their own bundle). */
  readonly hostScript?: string;
  /** Applied to each input first; the hook for evaluating on de-identified copies. */
  readonly transform?: InputTransform;
}

/** Runs the evaluation; returns the report (printed to io.stdout as a table or JSON). */
export async function runEvalCommand(argv: readonly string[], io: CliIo = processIo(), deps: EvalDeps = {}): Promise<EvalReport | null> {
  const args = parseEvalArgs(argv);
  const { values } = parseCliArgs(argv, OPTIONS);
  if (args === 'help') {
    io.stdout.write(`${usage}\n`);
    return null;
  }
  const verify = args.verifier ? await loadVerifierModule(args.verifier) : await loadBuiltInVerifier();
  const engine: EvalEngine =
    args.engine === 'extractive'
      ? extractiveEngine(args.style as (typeof TEMPLATE_IDS)[number])
      : await modelEngine({ modelPath: args.model!, style: args.style as TemplateId, threads: args.threads, hostScript: deps.hostScript, env: io.env });
  try {
    const kit = kitDir(io.env);
    const tty = (io.stderr as { isTTY?: boolean }).isTTY === true && !args.json;
    const report = await runEval({
      kit,
      sets: args.sets,
      engine,
      limit: args.limit,
      verify,
      transform: deps.transform ?? (values.deid ? deidentify : undefined),
      // Progress only on a terminal: a log file should hold the table alone.
      onCase: (set, i, n) => {
        if (tty) io.stderr.write(`\r${set}: ${i + 1}/${n}   `);
      },
    });
    if (tty) io.stderr.write('\r\x1b[K');
    if (report.sets.length === 0) io.stderr.write(`eval: no set was found in the kit at ${kit} (set LOCKSCRIBE_KIT)\n`);
    io.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTable(report)}\n`);
    return report;
  } finally {
    await engine.dispose();
  }
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    await runEvalCommand(argv, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`eval: ${e.message}\n${usage}\n`);
      return 2;
    }
    // Messages of app failures are written to be shown; anything else could carry text, so it is not.
    io.stderr.write(`eval: ${isAppFailure(e) ? e.message : 'failed'}\n`);
    return 1;
  }
}
