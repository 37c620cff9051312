// Checks and normalizes a clinical note before anything else sees it. Pure TypeScript: runs in the
// renderer (instant feedback) and in main (the check that counts).
import { MAX_NOTE_BYTES } from './limits';
import { err, ok, type Result } from './errors';

// TextDecoder is a global in every runtime we ship to (Node, Electron, Chromium), but shared/ is
// compiled without DOM or Node types; declare just what is used.
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input: Uint8Array): string };

export const NOT_UTF8_MESSAGE = 'The note is not valid UTF-8 text.';

/** Share of suspicious characters above which a note is treated as binary data. */
const MAX_BAD_SHARE = 0.05;

/** UTF-8 length without encoding (a lone surrogate counts 3 bytes, as U+FFFD would). */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function tooLarge(s: string): boolean {
  if (s.length > MAX_NOTE_BYTES) return true; // every UTF-16 unit is at least one byte
  if (s.length * 3 <= MAX_NOTE_BYTES) return false; // and at most three
  return utf8ByteLength(s) > MAX_NOTE_BYTES;
}

/** Control characters other than tab/newline/CR/form feed/vertical tab, U+FFFD, and lone surrogates. */
function countSuspicious(s: string): { nul: boolean; bad: number } {
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return { nul: true, bad: bad + 1 };
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      else bad++;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad++;
  }
  return { nul: false, bad };
}

/** Strips a leading BOM and turns CRLF and lone CR into LF. */
export function normalizeNote(s: string): string {
  return s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

declare const checked: unique symbol;
/**
 * A note that passed validateNote, normalized. Validated once where it enters (IPC handler, CLI) and
 * carried as this type after that: only validateNote and decodeNoteBytes make one.
 */
export type CheckedNote = string & { readonly [checked]: true };

/** Validates a note typed or pasted as a string; returns it normalized. */
export function validateNote(input: string): Result<CheckedNote> {
  if (tooLarge(input)) return err('NOTE_TOO_LARGE');
  const note = normalizeNote(input);
  if (note.trim() === '') return err('NOTE_EMPTY');
  const { nul, bad } = countSuspicious(note);
  if (nul || bad > note.length * MAX_BAD_SHARE) return err('NOTE_NOT_TEXT');
  return ok(note as CheckedNote);
}

/**
 * A non-empty stretch of a checked note (a part of a long note) is checked too: it is normalized text
 * from a note that passed, no larger than it, and the suspicious-character share is not re-judged per part.
 */
export function sliceNote(note: CheckedNote, start: number, end: number): CheckedNote {
  const part = note.slice(start, end);
  if (part.trim() === '') throw new RangeError('empty part');
  return part as CheckedNote;
}

/** Validates a note read from a file or stdin: it must be UTF-8 (a leading BOM is allowed). */
export function decodeNoteBytes(bytes: Uint8Array): Result<CheckedNote> {
  if (bytes.length > MAX_NOTE_BYTES + 3) return err('NOTE_TOO_LARGE');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err('NOTE_NOT_TEXT', NOT_UTF8_MESSAGE);
  }
  return validateNote(text);
}
