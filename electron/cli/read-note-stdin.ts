// A note read from standard input, as bytes: the commands decode and check it (shared/note-input).
import { MAX_NOTE_BYTES } from '../../shared/limits';
import { AppFailure } from '../base/app-failure';
import type { CliIo } from './cli-command';

export async function readNoteStdin(stdin: CliIo['stdin']): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    // Stop reading early: the note will be refused anyway and must not fill memory.
    if (total > MAX_NOTE_BYTES + 3) throw new AppFailure('NOTE_TOO_LARGE');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
