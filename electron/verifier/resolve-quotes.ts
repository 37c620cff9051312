// Finds each evidence quote in the note itself: exact, then after normalizing whitespace, case and
// punctuation (offsets mapped back to the original note), then a tolerant word-level alignment.
// Offsets from an engine are never trusted; a quote is evidence only where the note says it.
import type { NoteSpan, ResolvedQuote } from '../../shared/summary-format';
import { normalizeWithMap, tokenize, type NormalizedText, type Token } from './text-tools';

/** Fraction of the quote's words that must align, in order, with a stretch of the note. */
export const FUZZY_THRESHOLD = 0.8;
/** Shorter quotes must match exactly or after normalization: a few words align by chance. */
export const FUZZY_MIN_WORDS = 4;

/** The note prepared once and reused for every quote. */
export interface PreparedNote {
  readonly text: string;
  readonly normalized: NormalizedText;
  readonly tokens: readonly Token[];
  /** Token index by word, for picking fuzzy candidates quickly. */
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

export function prepareNote(note: string): PreparedNote {
  const tokens = tokenize(note);
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = positions.get(t.text);
    if (list) list.push(i);
    else positions.set(t.text, [i]);
  });
  return { text: note, normalized: normalizeWithMap(note), tokens, positions };
}

/** The quote found after normalization, at or after `from` (an offset in the original note). */
function normalizedSpan(note: PreparedNote, quote: string, from = 0): NoteSpan | null {
  const q = normalizeWithMap(quote).text;
  if (q === '') return null;
  const hay = note.normalized.text;
  const map = note.normalized.map;
  let first = 0;
  if (from > 0) {
    while (first < map.length && map[first]! < from) first++;
  }
  let at = hay.indexOf(q, first);
  // Prefer a match on word boundaries ("pain" should not land inside "painful" first).
  while (at >= 0) {
    const before = at === 0 || hay[at - 1] === ' ';
    const after = at + q.length === hay.length || hay[at + q.length] === ' ';
    if (before && after) break;
    at = hay.indexOf(q, at + 1);
  }
  if (at < 0) at = hay.indexOf(q, first);
  if (at < 0) return null;
  return { start: map[at]!, end: map[at + q.length - 1]! + 1 };
}

/** Longest common subsequence of words, returning its length and the first/last matched window index. */
function align(quote: readonly string[], window: readonly Token[]): { matched: number; first: number; last: number } {
  const n = quote.length;
  const m = window.length;
  // dp[i][j] over suffixes, so the traceback walks forward and finds the first and last match.
  const width = m + 1;
  const dp = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * width + j] = quote[i] === window[j]!.text ? dp[(i + 1) * width + j + 1]! + 1 : Math.max(dp[(i + 1) * width + j]!, dp[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  let first = -1;
  let last = -1;
  while (i < n && j < m) {
    if (quote[i] === window[j]!.text) {
      if (first < 0) first = j;
      last = j;
      i++;
      j++;
    } else if (dp[(i + 1) * width + j]! >= dp[i * width + j + 1]!) i++;
    else j++;
  }
  return { matched: dp[0]!, first, last };
}

function fuzzySpan(note: PreparedNote, quote: string): { span: NoteSpan; score: number } | null {
  const words = tokenize(quote).map((t) => t.text);
  if (words.length < FUZZY_MIN_WORDS) return null;
  // Candidate starts: near every note occurrence of one of the quote's words.
  const starts = new Set<number>();
  const slack = Math.ceil(words.length * (1 - FUZZY_THRESHOLD)) + 1;
  // Anchor on the quote's rarer words (in the note): common words would try every window.
  const ranked = words
    .map((w, qi) => ({ qi, list: note.positions.get(w) ?? [] }))
    .filter((x) => x.list.length > 0)
    .sort((a, b) => a.list.length - b.list.length)
    .slice(0, Math.max(2, Math.ceil(words.length * (1 - FUZZY_THRESHOLD)) + 1));
  for (const { qi, list } of ranked) for (const p of list) starts.add(Math.max(0, p - qi));
  let best: { span: NoteSpan; score: number } | null = null;
  const needed = Math.ceil(words.length * FUZZY_THRESHOLD);
  const tried = new Set<number>();
  const quoteWords = new Set(words);
  for (const s0 of starts) {
    const from = Math.max(0, s0 - slack);
    if (tried.has(from)) continue;
    tried.add(from);
    const to = Math.min(note.tokens.length, s0 + words.length + slack);
    // Cheap bound before the alignment: enough of the window's words must be the quote's.
    let shared = 0;
    for (let k = from; k < to; k++) if (quoteWords.has(note.tokens[k]!.text)) shared++;
    if (shared < needed) continue;
    const window = note.tokens.slice(from, to);
    const a = align(words, window);
    if (a.matched < needed || a.first < 0) continue;
    const spanWords = a.last - a.first + 1;
    const score = (2 * a.matched) / (words.length + spanWords);
    if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) {
      best = { span: { start: window[a.first]!.start, end: window[a.last]!.end }, score: Math.round(score * 1000) / 1000 };
    }
  }
  return best;
}

/** How far apart the pieces of a quote elided with "..." may be in the note. */
export const ELISION_MAX_GAP = 400;

/** "chest pain ... worse with exertion": every piece in order, close together; the span covers them. */
function elidedSpan(note: PreparedNote, quote: string): NoteSpan | null {
  const pieces = quote.split(/\s*(?:\.{3}|\u2026)\s*/).filter((p) => normalizeWithMap(p).text !== '');
  if (pieces.length < 2) return null;
  let start = -1;
  let end = -1;
  for (const piece of pieces) {
    const span = normalizedSpan(note, piece, end < 0 ? 0 : end);
    if (!span || (end >= 0 && span.start - end > ELISION_MAX_GAP)) return null;
    if (start < 0) start = span.start;
    end = span.end;
  }
  return { start, end };
}

export function resolveQuote(note: PreparedNote, quote: string): ResolvedQuote {
  if (quote.trim() !== '') {
    const exact = note.text.indexOf(quote);
    if (exact >= 0) return { quote, match: 'exact', span: { start: exact, end: exact + quote.length }, score: 1 };
    const normalized = normalizedSpan(note, quote) ?? elidedSpan(note, quote);
    if (normalized) return { quote, match: 'normalized', span: normalized, score: 1 };
    const fuzzy = fuzzySpan(note, quote);
    if (fuzzy) return { quote, match: 'fuzzy', span: fuzzy.span, score: fuzzy.score };
  }
  return { quote, match: 'missing', span: null, score: 0 };
}

export function resolveQuotes(note: PreparedNote | string, quotes: readonly string[]): ResolvedQuote[] {
  const prepared = typeof note === 'string' ? prepareNote(note) : note;
  return quotes.map((q) => resolveQuote(prepared, q));
}
