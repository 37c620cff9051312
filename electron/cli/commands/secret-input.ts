// Reading a passphrase for the vault commands: from --passphrase-file, from a terminal prompt that
// does not echo, or from standard input when it is a pipe (scripts). Never from an argument, which
// would land in shell history and the process list.
import { openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ReadStream } from 'node:tty';
import { MAX_PASSPHRASE_CHARS } from '../../../shared/limits';
import { AppFailure } from '../../base/app-failure';
import { terminalDevice } from '../../platform/terminal';

type Stdin = ReadStream;

function clean(text: string): string {
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '' || passphrase.length > MAX_PASSPHRASE_CHARS) throw new AppFailure('INVALID_REQUEST', 'The passphrase is empty or too long.');
  return passphrase;
}

/** Prompts on the terminal with echo off; resolves on Enter, rejects on Ctrl-C or Ctrl-D. */
export function promptHidden(question: string, stdin: Stdin = process.stdin, out: NodeJS.WritableStream = process.stderr): Promise<string> {
  return new Promise((resolve, reject) => {
    out.write(question);
    const wasRaw = stdin.isRaw;
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const finish = (error: AppFailure | null) => {
      stdin.setRawMode(wasRaw);
      stdin.pause();
      stdin.off('data', onData);
      out.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003' || ch === '\u0004') return finish(new AppFailure('CANCELLED', 'Cancelled.'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readAll(stdin: Stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The passphrase from a file, a hidden prompt, or piped stdin; `confirm` asks twice at a prompt. */
export async function readPassphrase(file: string | undefined, options: { readonly confirm?: boolean; readonly label?: string } = {}): Promise<string> {
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new AppFailure('IO_ERROR', 'The passphrase file could not be read.');
    }
    return clean(text);
  }
  const stdin = process.stdin;
  if (!stdin.isTTY) return clean(await readAll(stdin));
  const label = options.label ?? 'Passphrase';
  const first = clean(await promptHidden(`${label}: `));
  if (options.confirm) {
    const second = await promptHidden(`${label} again: `);
    if (second !== first) throw new AppFailure('INVALID_REQUEST', 'The two passphrases do not match.');
  }
  return first;
}

/**
 * The passphrase when standard input already carries something else (a note): from the file, or
 * asked on the controlling terminal. With neither, say so rather than hang.
 */
export async function readPassphraseBesideStdin(file: string | undefined): Promise<string> {
  if (file !== undefined) return readPassphrase(file);
  let fd: number;
  try {
    const device = terminalDevice();
    fd = openSync(device.path, device.flags);
  } catch {
    throw new AppFailure('INVALID_REQUEST', 'No terminal to ask for the passphrase on: give --passphrase-file.');
  }
  const tty = new ReadStream(fd);
  try {
    return clean(await promptHidden('Passphrase: ', tty));
  } finally {
    tty.destroy();
  }
}
