// Small text helpers shared by the verifier's checks: word tokens with their offsets, a light
// stemmer, normalization that remembers where each character came from, and sentence spans.
import type { NoteSpan } from '../../shared/summary-format';

export interface Token {
  /** Lower-cased word as written (letters, digits, and inner . , / - kept for numbers). */
  readonly text: string;
  /** The word as it appears in the text (original case). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

// Words (letters first, digits may follow: "A1c", "B12"), numbers (with decimals and thousands separators), and %.
const TOKEN_RE = /\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F]*(?:'[A-Za-z]+)?|%/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ text: m[0].toLowerCase(), raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Crude suffix stripping so "smokes", "smoking" and "smoked" compare equal. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 4) return w;
  for (const suffix of ['nesses', 'ness', 'ingly', 'edly', 'ing', 'ies', 'ied', 'es', 'ed', 'ly', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.endsWith('e') && w.length > 4 ? w.slice(0, -1) : w;
}

export interface NormalizedText {
  /** Lower case, punctuation as spaces, whitespace collapsed, trimmed. */
  readonly text: string;
  /** For each character of `text`, its index in the original. */
  readonly map: readonly number[];
}

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00B5': 'u',
  '\u03BC': 'u',
};

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/** Normalizes for matching while keeping a map back to the original offsets. */
export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = FOLD[original[i]!] ?? original[i]!;
    if (isWordChar(ch)) {
      if (pendingSpace && text.length > 0) {
        text += ' ';
        map.push(i);
      }
      pendingSpace = false;
      const lower = ch.toLowerCase();
      // toLowerCase can change length for a few characters; keep the map aligned.
      for (const c of lower) {
        text += c;
        map.push(i);
      }
    } else {
      pendingSpace = true;
    }
  }
  return { text, map };
}

/** Sentence-like spans: split at sentence punctuation, line breaks, and run-in section headers. */
export function sentenceSpans(text: string): NoteSpan[] {
  const spans: NoteSpan[] = [];
  // A boundary after . ! ? followed by space and a capital/digit, at newlines, and before "WORD:".
  const boundary = /[.!?]+(?=\s+["'(]?[A-Z0-9])|\n+|;|,(?=\s*[A-Z][A-Z /&]{2,}:)/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

/** Words that carry no clinical content of their own; ignored when comparing statement and note. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or of to in on at for with by from as is are was were be been being has have had do does did ' +
    'this that these those it its he she his her him they them their there here patient patients pt ' +
    'he\'s she\'s also which who whom whose what when where while will would should could can may might must ' +
    'than then so such very some any all both each per via about into over under after before during since ' +
    'history hx reports reported report states stated notes noted says said presents presented presenting ' +
    'today currently current recently recent known significant evidence signs sign symptoms symptom ' +
    'complains complaint complaints of mr mrs ms dr year old yo male female man woman'
  ).split(/\s+/),
);
