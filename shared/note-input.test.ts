import { describe, expect, it } from 'vitest';
import { decodeNoteBytes, NOT_UTF8_MESSAGE, utf8ByteLength, validateNote, type CheckedNote } from './note-input';
import { MAX_NOTE_BYTES } from './limits';

const code = (r: ReturnType<typeof validateNote>) => (r.ok ? 'OK' : r.error.code);

describe('validateNote', () => {
  it('refuses empty and whitespace-only notes', () => {
    expect(code(validateNote(''))).toBe('NOTE_EMPTY');
    expect(code(validateNote(' \n\t\r\n  '))).toBe('NOTE_EMPTY');
    expect(code(validateNote('\uFEFF'))).toBe('NOTE_EMPTY');
  });

  it('refuses notes over the byte limit, counting UTF-8 bytes', () => {
    expect(code(validateNote('a'.repeat(20 * 1024 * 1024)))).toBe('NOTE_TOO_LARGE');
    expect(code(validateNote('a'.repeat(MAX_NOTE_BYTES)))).toBe('OK');
    // 2-byte characters: fewer UTF-16 units than the limit, more bytes.
    expect(code(validateNote('é'.repeat(MAX_NOTE_BYTES / 2 + 1)))).toBe('NOTE_TOO_LARGE');
    expect(utf8ByteLength('aé€😀')).toBe(1 + 2 + 3 + 4);
  });

  it('refuses binary data: NUL bytes, many control characters or replacement characters', () => {
    expect(code(validateNote('BP 120/80\u0000 HR 72'))).toBe('NOTE_NOT_TEXT');
    expect(code(validateNote('\u0001\u0002\u0003\u0004 header \u0005\u0006\u0007\u0008'))).toBe('NOTE_NOT_TEXT');
    expect(code(validateNote('\uFFFD'.repeat(10) + ' some text'))).toBe('NOTE_NOT_TEXT');
    // A stray form feed or a single odd character in a long note is fine.
    expect(code(validateNote(`Page 1\fPage 2 ${'normal clinical text '.repeat(10)}\u0007`))).toBe('OK');
  });

  it('strips a BOM and normalizes line endings', () => {
    const r = validateNote('\uFEFFS: cough\r\nO: afebrile\rA: URI\nP: fluids');
    expect(r).toEqual({ ok: true, value: 'S: cough\nO: afebrile\nA: URI\nP: fluids' });
  });
});

describe('CheckedNote', () => {
  it('is made only by the checks, and carries the normalized text', () => {
    const r = validateNote('\uFEFFBP 120/80\r\nHR 70\r');
    expect(r.ok).toBe(true);
    const note: CheckedNote | null = r.ok ? r.value : null;
    expect(note).toBe('BP 120/80\nHR 70\n');
    const bytes = decodeNoteBytes(new TextEncoder().encode('HR 70\r\n'));
    expect(bytes.ok && bytes.value).toBe('HR 70\n');
    // @ts-expect-error a plain string is not a checked note: it has to go through validateNote.
    const unchecked: CheckedNote = 'HR 70';
    expect(typeof unchecked).toBe('string');
  });
});

describe('decodeNoteBytes', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);

  it('decodes UTF-8 with or without a BOM', () => {
    const text = 'Température 38,5 °C\r\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeNoteBytes(utf8)).toEqual({ ok: true, value: 'Température 38,5 °C\n' });
    expect(decodeNoteBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, value: 'Température 38,5 °C\n' });
  });

  it('says plainly when bytes are not valid UTF-8', () => {
    const latin1 = bytes(0x54, 0x65, 0x6d, 0x70, 0xe9, 0x72, 0x61, 0x74, 0x75, 0x72, 0x65); // "Température" in Latin-1
    const r = decodeNoteBytes(latin1);
    expect(r).toEqual({ ok: false, error: { code: 'NOTE_NOT_TEXT', message: NOT_UTF8_MESSAGE } });
    expect(decodeNoteBytes(bytes(0xff, 0xfe, 0x41, 0x00)).ok).toBe(false); // UTF-16 LE
  });

  it('refuses binary that happens to be valid UTF-8, and oversized input before decoding', () => {
    expect(code(decodeNoteBytes(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00)))).toBe('NOTE_NOT_TEXT'); // ELF header
    expect(code(decodeNoteBytes(new Uint8Array(MAX_NOTE_BYTES + 4).fill(0x61)))).toBe('NOTE_TOO_LARGE');
    expect(code(decodeNoteBytes(bytes()))).toBe('NOTE_EMPTY');
  });
});
