// Text folded for searching, so a disguised identifier is found like a plain one: "J\u200Bohn" (a
// zero-width space), "５５５-０１２３" (full-width digits), "617‑555‑0123" (non-breaking hyphens),
// "Jоhn" (a Cyrillic о among Latin letters), "𝐉𝐨𝐡𝐧" (mathematical bold). The rules run on the folded
// text and every span is mapped back to the original, where it covers the disguise too.

type Ranges = readonly (readonly [number, number])[];
const within = (cp: number, ranges: Ranges): boolean => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Invisible characters a name or number can be split with (soft hyphen, zero-width, bidi controls, variation selectors): removed. */
const INVISIBLE: Ranges = [
  [0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f], [0x200b, 0x200f], [0x202a, 0x202e],
  [0x2060, 0x2064], [0x2066, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
];
/** Spaces of other widths: one plain space. */
const SPACE: Ranges = [[0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]];
/** Hyphens and dashes: one hyphen-minus. */
const DASH: Ranges = [[0x2010, 0x2015], [0x2043, 0x2043], [0x2212, 0x2212], [0x2e3a, 0x2e3b], [0xfe58, 0xfe58], [0xfe63, 0xfe63], [0xff0d, 0xff0d]];
/** Blocks whose compatibility forms are folded: full-width, enclosed alphanumerics, ligatures, mathematical alphanumerics. */
const COMPATIBLE: Ranges = [[0xff01, 0xff5e], [0x2460, 0x24ff], [0xfb00, 0xfb06], [0x1d400, 0x1d7ff], [0x1f100, 0x1f1ff]];
/** Combining marks: dropped after a Latin letter ("Jose\u0301" is searched as "Jose"). */
const MARK = /\p{M}/u;

/** Cyrillic and Greek letters drawn like Latin ones: folded only inside a word that has Latin letters too. */
const LOOKALIKE: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', У: 'Y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
};

/** The first code point of each run of ten decimal digits in the Basic Multilingual Plane. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0,
  0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

export interface FoldedText {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the index of the original unit it came from. */
  readonly origin: Int32Array;
}

const NON_ASCII = /[^\t\n\r\x20-\x7E]/;
const LATIN = /[A-Za-z]/;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9\uFF10-\uFF19]/;

function digitOf(cp: number): string | null {
  for (const zero of DIGIT_ZEROS) if (cp >= zero && cp < zero + 10) return String(cp - zero);
  return null;
}

/** What one non-ASCII code point becomes: itself, ASCII text, or nothing. */
function foldPoint(ch: string, cache: Map<string, string>): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch;
  const cp = ch.codePointAt(0)!;
  if (within(cp, INVISIBLE)) out = '';
  else if (within(cp, SPACE)) out = ' ';
  else if (within(cp, DASH)) out = '-';
  else {
    const digit = digitOf(cp);
    if (digit !== null) out = digit;
    else {
      // Full-width forms, mathematical letters and digits, circled and parenthesized ones, ligatures:
      // what NFKC makes of them, when that is plain ASCII. Other compatibility forms (superscripts as in
      // "10³/µL", ™) are clinical writing, not disguise, and accented letters stay as they are.
      if (within(cp, COMPATIBLE)) {
        const k = ch.normalize('NFKC');
        if (k !== ch && k.length > 0 && !NON_ASCII.test(k)) out = k;
      }
    }
  }
  cache.set(ch, out);
  return out;
}

/**
 * Whether a look-alike at `at` is a disguise: its word (letters, digits, marks, invisibles) holds a
 * Latin letter or a digit, or is made of look-alikes only, which no word of Russian or Greek is likely
 * to be ("Иван" has И; "Сое" is only drawn like "Coe").
 */
function disguisedWord(text: string, at: number): boolean {
  const inWord = (c: string) => LETTER.test(c) || DIGIT.test(c) || MARK.test(c) || within(c.charCodeAt(0), INVISIBLE);
  let s = at;
  while (s > 0 && inWord(text[s - 1]!)) s--;
  let e = at + 1;
  while (e < text.length && inWord(text[e]!)) e++;
  let allLookalike = true;
  for (let i = s; i < e; i++) {
    const c = text[i]!;
    if (LATIN.test(c) || DIGIT.test(c)) return true;
    if (LETTER.test(c) && LOOKALIKE[c] === undefined) allLookalike = false;
  }
  return allLookalike;
}

/** The folded text, or null when folding would change nothing (plain ASCII, the usual case). */
export function foldForSearch(text: string): FoldedText | null {
  if (!NON_ASCII.test(text)) return null;
  const cache = new Map<string, string>();
  const parts: string[] = [];
  const origin: number[] = [];
  let changed = false;
  let i = 0;
  while (i < text.length) {
    // A run of ASCII is copied as it is.
    let j = i;
    while (j < text.length && text.charCodeAt(j) <= 0x7f) j++;
    if (j > i) {
      parts.push(text.slice(i, j));
      for (let k = i; k < j; k++) origin.push(k);
      i = j;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const prev = parts.length > 0 ? parts[parts.length - 1]!.slice(-1) : '';
    let out: string;
    if (MARK.test(ch) && LATIN.test(prev)) out = '';
    else if (LOOKALIKE[ch] !== undefined && disguisedWord(text, i)) out = LOOKALIKE[ch]!;
    else out = foldPoint(ch, cache);
    if (out !== ch) changed = true;
    if (out.length > 0) {
      parts.push(out);
      for (let k = 0; k < out.length; k++) origin.push(i);
    }
    i += ch.length;
  }
  if (!changed) return null;
  const folded = { text: parts.join(''), origin: Int32Array.from(origin) };
  return text.includes('\u202E') ? unreversed(text, folded) : folded;
}

/**
 * Text after a right-to-left override (U+202E, up to its pop or the line's end) is shown reversed:
 * "\u202EHTIMS NHOJ" reads "JOHN SMITH" on screen. The folded copy holds it in the order it is read.
 */
function unreversed(original: string, folded: FoldedText): FoldedText {
  let text = folded.text;
  const origin = Array.from(folded.origin);
  for (const m of original.matchAll(/\u202E[^\u202C\n]*/g)) {
    const a = m.index;
    const b = a + m[0].length;
    let fs = 0;
    while (fs < origin.length && origin[fs]! < a) fs++;
    let fe = fs;
    while (fe < origin.length && origin[fe]! < b) fe++;
    // Reversed by code point, each with the original units it came from.
    const points: { s: string; o: number[] }[] = [];
    for (let k = fs; k < fe; ) {
      const cp = text.codePointAt(k)!;
      const n = cp > 0xffff ? 2 : 1;
      points.push({ s: text.slice(k, k + n), o: origin.slice(k, k + n) });
      k += n;
    }
    points.reverse();
    text = text.slice(0, fs) + points.map((p) => p.s).join('') + text.slice(fe);
    origin.splice(fs, fe - fs, ...points.flatMap((p) => p.o));
  }
  return { text, origin: Int32Array.from(origin) };
}

/** A span of the folded text as a span of the original: every unit it came from, a surrogate pair whole. */
export function originalSpan(folded: FoldedText, original: string, start: number, end: number): { start: number; end: number } {
  let lo = folded.origin[start]!;
  let hi = lo;
  for (let k = start + 1; k < end; k++) {
    const o = folded.origin[k]!;
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  const cp = original.codePointAt(hi)!;
  return { start: lo, end: hi + (cp > 0xffff ? 2 : 1) };
}
