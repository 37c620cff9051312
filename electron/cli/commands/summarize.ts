// lockscribe summarize --model FILE.gguf [--format TEMPLATE] [--json] [--threads N]
//                      [--vault DIR --user NAME [--passphrase-file FILE]] < note.txt
// lockscribe summarize --engine extractive [--format TEMPLATE] [--json]
//                      [--vault DIR --user NAME [--passphrase-file FILE]] < note.txt
// Runs the same ModelHost (a forked host process) and Summarizer as the app; with --vault it also
// saves the note and summary through the same VaultService, audited as in the app. The extractive
// engine needs no model: it quotes the note's own sentences into the template's sections, and is
// saved as the app saves it with no model loaded (the same provenance, the statements kept).
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { readingLevel } from '../../../shared/reading-level';
import { summaryReadingLevel } from '../../../shared/summary-reading-level';
import { SUMMARY_TEMPLATES, TEMPLATE_IDS, isTemplateId, type TemplateId } from '../../../shared/summary-templates';
import { extractiveProvenance, renderSummaryText } from '../../extractive/extractive-summary';
import { extractiveResult } from '../../app/handlers/extractive-fallback';
import { sha256Hex } from '../../app/provenance-cache';
import { decodeNoteBytes, type CheckedNote } from '../../../shared/note-input';
import { AppFailure } from '../../base/app-failure';
import { ModelHost, defaultHostScript, forkHostChannel } from '../../model-host/host-client';
import { parseThreads } from '../../model-host/threads';
import { Summarizer } from '../../summarizer/summarizer';
import { LongSummarizer } from '../../summarizer/long-summarizer';
import type { VaultService } from '../../vault/vault-service';
import { UsageError, parseCliArgs, processIo, type CliIo } from '../cli-command';
import { readNoteStdin } from '../read-note-stdin';
import { readPassphraseBesideStdin } from './secret-input';
import { openVaultService, type VaultCliDeps } from './vault-cli';

export const usage = `usage: lockscribe summarize --model FILE.gguf [--format ${TEMPLATE_IDS.join('|')}] [--json] [--threads N] < note.txt
       lockscribe summarize --engine extractive [--format ${TEMPLATE_IDS.join('|')}] [--json] < note.txt
       (either one with --vault DIR --user NAME [--passphrase-file FILE] to save it too)

Summarizes the clinical note read from standard input (UTF-8 text) with a local GGUF model, or with
no model at all by quoting the note's own sentences (--engine extractive).
  --engine ENGINE  model (the default when --model is given) or extractive
  --model FILE     the GGUF model file (required with --engine model)
  --format STYLE   the template, brief (default) or any of:
                   ${TEMPLATE_IDS.join(', ')}
  --style STYLE    the same as --format
  --json           print {"summary", "provenance"} as JSON instead of streaming the text
  --threads N      CPU threads for the model (default: half the cores, or LOCKSCRIBE_THREADS)
  --vault DIR      also save the note and summary in this encrypted vault (needs --user)
  --user NAME      the clinician signing in to the vault
  --passphrase-file FILE  read the passphrase from FILE instead of asking at the terminal`;

export interface SummarizeDeps {
  readonly readPassphrase: (file: string | undefined) => Promise<string>;
  readonly kdf?: VaultCliDeps['kdf'];
}

const defaultDeps: SummarizeDeps = { readPassphrase: readPassphraseBesideStdin };

const OPTIONS = {
  engine: { type: 'string' },
  model: { type: 'string' },
  format: { type: 'string' },
  style: { type: 'string' },
  json: { type: 'boolean' },
  threads: { type: 'string' },
  vault: { type: 'string' },
  user: { type: 'string' },
  'passphrase-file': { type: 'string' },
} as const;

type ParsedValues = ReturnType<typeof parseCliArgs<typeof OPTIONS>>['values'];

interface VaultTarget {
  readonly dir: string;
  readonly user: string;
  readonly passphraseFile: string | undefined;
}

interface ExtractiveOptions {
  readonly engine: 'extractive';
  readonly template: TemplateId;
  readonly json: boolean;
  readonly vault: VaultTarget | null;
}

/** --vault DIR --user NAME [--passphrase-file FILE], the same for either engine. */
function parseVault(values: ParsedValues): VaultTarget | null {
  if (values.vault !== undefined && !values.user) throw new UsageError('--vault needs --user');
  if (values.vault === undefined && (values.user !== undefined || values['passphrase-file'] !== undefined)) throw new UsageError('--user and --passphrase-file go with --vault');
  return values.vault === undefined ? null : { dir: path.resolve(values.vault), user: values.user!, passphraseFile: values['passphrase-file'] };
}

function parseExtractive(values: ParsedValues, format: string): ExtractiveOptions {
  if (!isTemplateId(format)) throw new UsageError(`--format must be one of: ${TEMPLATE_IDS.join(', ')}`);
  if (values.model !== undefined || values.threads !== undefined) throw new UsageError('--model and --threads go with --engine model');
  return { engine: 'extractive', template: format, json: values.json === true, vault: parseVault(values) };
}

function parse(args: readonly string[]) {
  const { values } = parseCliArgs(args, OPTIONS);
  if (values.format !== undefined && values.style !== undefined && values.format !== values.style) throw new UsageError('give --format or --style, not both');
  const format = values.format ?? values.style ?? 'brief';
  const engine = values.engine ?? (values.model !== undefined ? 'model' : undefined);
  if (engine === undefined) throw new UsageError('--model is required (or --engine extractive, which needs no model)');
  if (engine === 'extractive') return parseExtractive(values, format);
  if (engine !== 'model') throw new UsageError('--engine must be model or extractive');
  if (!values.model) throw new UsageError('--model is required');
  if (!isTemplateId(format)) throw new UsageError(`--format must be one of: ${TEMPLATE_IDS.join(', ')}`);
  let threads: number | undefined;
  if (values.threads !== undefined) {
    const n = parseThreads(values.threads);
    if (n === null) throw new UsageError('--threads must be a whole number from 1 to 256');
    threads = n;
  }
  const vault = parseVault(values);
  return { engine: 'model' as const, model: path.resolve(values.model), style: format, json: values.json === true, threads, vault };
}

type ModelOptions = Exclude<ReturnType<typeof parse>, ExtractiveOptions>;

/** Only clinicians summarize, as in the app; a refusal is recorded. */
async function requireClinician(vault: VaultService): Promise<void> {
  await vault.requireActor(['clinician']).catch(async (e: unknown) => {
    await vault.record('summary.generate', null, 'denied');
    throw e;
  });
}

/**
 * The extractive engine: no model; prints the structured summary. With a vault it is saved as the app
 * saves one made with no model loaded: the app's provenance (engine and template), the statements,
 * and the hash of the text it wrote, so the version reads as generated and unedited.
 */
async function summarizeExtractive(options: ExtractiveOptions, note: CheckedNote, io: CliIo, vault: VaultService | null): Promise<number> {
  if (vault) await requireClinician(vault);
  const requestId = randomUUID();
  const result = extractiveResult(requestId, note, options.template, new Date());
  const summary = result.structured!.summary;
  // Printed in the CLI's own shapes (text, provenance); saved in the app's, as its history shows them.
  const text = renderSummaryText(summary);
  const provenance = extractiveProvenance(options.template, result.provenance.timings.totalMs, new Date(result.provenance.createdAt));
  let saved: { noteId: string; versionId: string } | undefined;
  if (vault) {
    await vault.record('summary.generate', `request:${requestId}`, 'success');
    const content = { structured: summary, generatedSha256: sha256Hex(result.text), incomplete: false };
    const { noteId, versionId } = await vault.saveNote(note, result.text, options.template, result.provenance, content);
    saved = { noteId, versionId };
  }
  const level = summaryReadingLevel(summary) ?? undefined;
  if (options.json) io.stdout.write(`${JSON.stringify({ summary, text, provenance, ...(level ? { readingLevel: level } : {}), ...(saved ? { saved } : {}) }, null, 2)}\n`);
  else {
    io.stdout.write(`${text}\n`);
    // The extractive engine quotes the note, so a patient summary reads at the note's level; say so.
    if (level) io.stdout.write(`\nReading level: grade ${level.grade} (target ${level.target} or below)\n`);
  }
  if (saved && !options.json) io.stderr.write(`Saved as note ${saved.noteId}.\n`);
  return 0;
}

export async function run(argv: readonly string[], io: CliIo = processIo(), overrides: Partial<SummarizeDeps> = {}): Promise<number> {
  const deps: SummarizeDeps = { ...defaultDeps, ...overrides };
  const options = parse(argv);
  if (io.stdin.isTTY) throw new UsageError('pipe or redirect the note on standard input');
  const decoded = decodeNoteBytes(await readNoteStdin(io.stdin));
  if (!decoded.ok) throw new AppFailure(decoded.error.code, decoded.error.message);

  // Sign in before loading the model: a wrong passphrase should fail in a second, not after a load.
  let vault: VaultService | null = null;
  if (options.vault) {
    vault = openVaultService(options.vault.dir, deps);
    await vault.unlock(options.vault.user, await deps.readPassphrase(options.vault.passphraseFile));
  }
  try {
    return options.engine === 'extractive' ? await summarizeExtractive(options, decoded.value, io, vault) : await summarizeNote(options, decoded.value, io, vault);
  } finally {
    await vault?.signOut();
  }
}

async function summarizeNote(options: ModelOptions, note: CheckedNote, io: CliIo, vault: VaultService | null): Promise<number> {
  if (vault) await requireClinician(vault);

  const host = new ModelHost({ channel: () => forkHostChannel(defaultHostScript(), { env: io.env }), threads: options.threads });
  // Ctrl-C: stop the model process too, not just this one.
  const onSignal = () => void host.dispose().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    await host.loadModel(options.model);
    const summarizer = new Summarizer(host);
    let streamed = false;
    const requestId = randomUUID();
    // Longer than the context: summarized in parts (structured, so every statement keeps its quote),
    // progress on stderr, and the merged summary printed when it is done.
    const long = !(await summarizer.countTokens(note, options.style)).fits;
    const generate = long
      ? () =>
          new LongSummarizer(summarizer).summarize({ requestId, text: note, style: options.style }, undefined, (p) => {
            io.stderr.write(`Summarizing part ${p.part} of ${p.parts}…\n`);
          })
      : (onChunk: (chunk: string) => void) => summarizer.summarize({ requestId, text: note, style: options.style }, onChunk);
    const result = await generate((chunk) => {
      if (options.json) return;
      // Leading whitespace is trimmed in the final text; match it while streaming.
      const text = streamed ? chunk : chunk.trimStart();
      if (text) {
        streamed = true;
        io.stdout.write(text);
      }
    }).catch(async (e: unknown) => {
      await vault?.record('summary.generate', `request:${requestId}`, 'failure');
      throw e;
    });
    if (long && !options.json) io.stdout.write(result.text);
    let saved: { noteId: string; versionId: string } | undefined;
    if (vault) {
      await vault.record('summary.generate', `request:${requestId}`, 'success');
      saved = await vault.saveNote(note, result.text, options.style, result.provenance);
    }
    // A template with a reading-level target (patient-friendly): measured on the text as written.
    const target = SUMMARY_TEMPLATES[options.style].readingLevel;
    const level = target === undefined ? undefined : { ...readingLevel(result.text), target };
    if (options.json) io.stdout.write(`${JSON.stringify({ summary: result.text, provenance: result.provenance, ...(level ? { readingLevel: level } : {}), ...(saved ? { saved } : {}) }, null, 2)}\n`);
    else io.stdout.write(level ? `\n\nReading level: grade ${level.grade} (target ${level.target} or below)\n` : '\n');
    if (saved && !options.json) io.stderr.write(`Saved as note ${saved.noteId}.\n`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    await host.dispose();
  }
}
