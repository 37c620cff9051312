// lockscribe deid [--mode redact|surrogate] [--json] < note.txt
// De-identifies the note on standard input with the same engine the app uses. --json prints
// {"text", "spans": [{"start", "end", "kind"}]} with offsets into the input as read (UTF-16 code
// units of the decoded text, a leading BOM included). The surrogate mapping is never printed.
import { randomBytes } from 'node:crypto';
import { validateNote } from '../../../shared/note-input';
import { AppFailure } from '../../base/app-failure';
import { findIdentifiers, redact, surrogate, SURROGATE_NOTICE } from '../../deid/index';
import { UsageError, parseCliArgs, processIo, type CliIo } from '../cli-command';
import { readNoteStdin } from '../read-note-stdin';

export const usage = `usage: lockscribe deid [--mode redact|surrogate] [--json] < note.txt

De-identifies the text read from standard input (UTF-8) and prints it.
  --mode redact     replace each identifier with its kind: [NAME], [DATE] 2023, [ZIP 021] (default)
  --mode surrogate  replace names and places with consistent fakes and shift every date by one
                    random number of days. ${SURROGATE_NOTICE}
  --json            print {"text", "spans": [{"start", "end", "kind"}]}, offsets into the input`;

const MODES = ['redact', 'surrogate'] as const;
type Mode = (typeof MODES)[number];

/** Decodes strictly, keeping the text exactly as read so that offsets point into the input. */
function decodeInput(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AppFailure('NOTE_NOT_TEXT', 'The input is not valid UTF-8 text.');
  }
  const checked = validateNote(text);
  if (!checked.ok) throw new AppFailure(checked.error.code, checked.error.message);
  return text;
}

export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const { values } = parseCliArgs(argv, { mode: { type: 'string' }, json: { type: 'boolean' } });
  const mode = (values.mode ?? 'redact') as Mode;
  if (!MODES.includes(mode)) throw new UsageError(`--mode must be one of: ${MODES.join(', ')}`);
  if (io.stdin.isTTY) throw new UsageError('pipe or redirect the text on standard input');
  const text = decodeInput(await readNoteStdin(io.stdin));
  const findings = findIdentifiers(text);
  // A fresh random key per run: the CLI has no vault to keep a patient's key (or its mapping) in.
  const out = mode === 'redact' ? redact(text, findings) : surrogate(text, findings, randomBytes(16).toString('hex')).text;
  if (values.json) {
    const spans = findings.map((f) => ({ start: f.start, end: f.end, kind: f.kind }));
    io.stdout.write(`${JSON.stringify({ text: out, spans, ...(mode === 'surrogate' ? { notice: SURROGATE_NOTICE } : {}) })}\n`);
  } else {
    io.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  }
  return 0;
}
