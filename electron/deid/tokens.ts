// Word tokens with what the name and place rules ask of them: position, case, and list membership.
import type { WordLists } from './wordlists';

/** How a line uses capitals: only in 'mixed' lines does a capital letter say anything about a word. */
export type LineCase = 'mixed' | 'upper' | 'lower';

export interface Token {
  readonly start: number;
  /** End of the word without a possessive "'s". */
  readonly end: number;
  /** Lower case, possessive stripped. */
  readonly key: string;
  /** Starts with a capital followed by a lower-case letter, or is all capitals (2+ letters). */
  readonly cap: boolean;
  readonly allCaps: boolean;
  /** Its line's case, except that a lone capitalized word in a lower-case line reads as 'mixed'. */
  readonly lineCase: LineCase;
  /** First word of its line or sentence (its capital says nothing). */
  readonly initial: boolean;
  readonly index: number;
}

// Letters in any script: names are not all ASCII ("Szöllösy", "José", "Oddgeirsdóttir").
// Apostrophes inside a word in any of their forms: "O'Neil", "O’Brien", Uzbek "O‘tkir", Hawaiian "Hawaiʻi".
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’‘ʻʼ]\p{L}+)*(?:-\p{L}[\p{L}\p{M}]*(?:['’‘ʻʼ]\p{L}+)*)*/gu;

function lineCases(text: string): { starts: number[]; cases: LineCase[]; capitals: number[] } {
  const starts: number[] = [];
  const cases: LineCase[] = [];
  const capitals: number[] = [];
  let lineStart = 0;
  let up = 0;
  let low = 0;
  const close = () => {
    starts.push(lineStart);
    capitals.push(up);
    const letters = up + low;
    // A long lower-case line with a stray capital or two (a dictated dialogue) is still lower case.
    cases.push(letters === 0 ? 'mixed' : low <= letters * 0.12 ? 'upper' : up === 0 || (up <= 1 && letters > 20) || up <= letters * 0.01 ? 'lower' : 'mixed');
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      close();
      lineStart = i + 1;
      up = 0;
      low = 0;
    } else if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
    else if (c >= 0xc0) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) up++;
      else if (ch !== ch.toUpperCase()) low++;
    }
  }
  close();
  return { starts, cases, capitals };
}

/** Latin letters with marks ("ư", "â", "é", "ł"): English words never need them. */
export const MARKED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** True when every character is ASCII (the common case: no folding needed). */
function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower-case key without diacritics, so "José" meets "jose" in the name lists. */
export function fold(s: string): string {
  return ascii(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʻʼ]/g, "'");
}

export const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';

/** Starts with a capital and has a lower-case letter, or is one capital letter (ASCII first, then Unicode). */
function capitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80 && ascii(word)) {
    if (c < 65 || c > 90) return false;
    if (word.length === 1) return true;
    for (let i = 1; i < word.length; i++) {
      const d = word.charCodeAt(i);
      if (d >= 97 && d <= 122) return true;
    }
    return false;
  }
  return /^\p{Lu}/u.test(word) && (/\p{Ll}/u.test(word) || word.length === 1);
}

/** Words that start a hyphenated run without being part of the name after them. */
const SPLIT_BEFORE_HYPHEN = new Set(['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'mother', 'father', 'dtr', 'niece', 'nephew', 'friend', 'spouse', 'proxy', 'hcp', 'guardian', 'partner', 'aunt', 'uncle', 'cousin', 'grandson', 'granddaughter', 'dr', 'md', 'rn', 'np', 'pa', 'per', 'pt', 'patient', 'name', 'contact', 'family', 'social', 'attending', 'resident', 'nurse', 'sw', 'cm', 'ho', 'intern', 'fellow', 'cards', 'renal', 'team']);

/** A hyphened word that ends in a title ("-DR", "-Mrs"), split when a full stop follows the title. */
const TITLE_AFTER_HYPHEN = /-(?:dr|drs|mr|mrs|ms)$/i;

export function tokenize(text: string): Token[] {
  const { starts, cases, capitals } = lineCases(text);
  const tokens: Token[] = [];
  let line = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    // "DAUGHTER-KRISSY", "Dr-Smith": a cue word joined to a name by a hyphen is two words.
    let word = m[0];
    const hyphen = word.indexOf('-');
    if (hyphen > 0 && SPLIT_BEFORE_HYPHEN.has(word.slice(0, hyphen).toLowerCase()) && !/^-in-law/i.test(word.slice(hyphen))) {
      word = word.slice(0, hyphen);
      WORD.lastIndex = start + hyphen;
    } else if (hyphen > 0 && text[start + word.length] === '.' && TITLE_AFTER_HYPHEN.test(word)) {
      // "REASSON-DR. BROWN SPOKE": a title with its full stop after a hyphen starts a name of its own.
      word = word.slice(0, word.lastIndexOf('-'));
      WORD.lastIndex = start + word.length;
    }
    while (line + 1 < starts.length && starts[line + 1]! <= start) line++;
    const last = word[word.length - 1];
    if ((last === 's' || last === 'S') && isApostrophe(word[word.length - 2]) && word.length > 3) word = word.slice(0, -2);
    else if (last === 's' && isApostrophe(text[start + word.length])) word = word.slice(0, -1);
    // One pass over a plain ASCII word answers what the Unicode tests below would.
    let plain = true;
    let lowerLetters = false;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (c > 0x7f) {
        plain = false;
        break;
      }
      if (c >= 97 && c <= 122) lowerLetters = true;
    }
    const allCaps = word.length > 1 && (plain ? !lowerLetters : word === word.toUpperCase());
    const cap = allCaps || (plain ? word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90 && (lowerLetters || word.length === 1) : capitalized(word));
    // Sentence or line initial: only spaces since the line start, or a sentence end just before.
    let j = start - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
    const prev = j >= 0 ? text[j]! : '\n';
    const initial = prev === '\n' || prev === '.' || prev === '!' || prev === '?' || prev === ':' || prev === '"' || prev === '•' || prev === '*' || prev === '-';
    // A lone capitalized word mid-sentence in a lower-case line ("son Picard called") was capitalized on
    // purpose: its capital means what it means in mixed-case text. (Long lines with capitals here and there
    // are lower case by proportion; their capitals stay unread.)
    const lineCase = cases[line] === 'lower' && capitals[line]! <= 2 && cap && !allCaps && !initial && word.length > 1 ? 'mixed' : cases[line]!;
    // A two-letter word keeps its marks ("Tô", "Lê", "Hà" are names, "to", "le", "ha" are words).
    const lower = word.toLowerCase();
    tokens.push({ start, end: start + word.length, key: plain ? lower : word.length <= 2 ? lower.replace(/[’‘ʻʼ]/g, "'") : fold(lower), cap, allCaps, lineCase, initial, index: tokens.length });
  }
  return tokens;
}

/** True when only spaces separate two tokens (or ". " after a one-letter initial). */
export function adjacent(text: string, a: Token, b: Token, lineBreak = false): boolean {
  if (b.start - a.end > 4) return false;
  const gap = text.slice(a.end, b.start);
  return /^(?:['’]s?)?[ \t]{1,3}$/.test(gap) || (a.end - a.start === 1 && /^\.[ \t]{0,2}$/.test(gap)) || (lineBreak && /^[ \t]*\n[ \t]*$/.test(gap));
}

export interface TokenFacts {
  readonly first: boolean;
  /** A given name first, a word second (see WordLists.nameFirst). */
  readonly nameFirst: boolean;
  readonly last: boolean;
  readonly commonLast: boolean;
  readonly english: boolean;
  /** One of the most frequent English words: "son", "called", not "dmitri" or "volkov". */
  readonly common: boolean;
  readonly fn: boolean;
  readonly clinical: boolean;
  readonly eponym: boolean;
  /** A US post-office town (WordLists.towns). */
  readonly town: boolean;
  /** A city of the city list (WordLists.cities). */
  readonly city: boolean;
}

const FACT_FLAGS = ['first', 'nameFirst', 'last', 'commonLast', 'english', 'common', 'fn', 'clinical', 'eponym', 'town', 'city'] as const;

/** Every combination of facts, made once: a word's facts are one of these 2,048 shared objects. */
const FACT_SETS: readonly TokenFacts[] = Array.from({ length: 1 << FACT_FLAGS.length }, (_, mask) => {
  const entries = FACT_FLAGS.map((flag, bit) => [flag, (mask & (1 << bit)) !== 0] as const);
  return Object.freeze(Object.fromEntries(entries) as unknown as TokenFacts);
});

/** One lookup instead of nine: each listed word's facts as a bit mask (built once per word-list set). */
const masks = new WeakMap<WordLists, Map<string, number>>();

function factMasks(lists: WordLists): Map<string, number> {
  let map = masks.get(lists);
  if (map) return map;
  map = new Map<string, number>();
  const sets = [lists.first, lists.nameFirst, lists.last, lists.commonLast, lists.english, lists.common, lists.functionWords, lists.clinical, lists.eponyms, lists.towns, lists.cities];
  sets.forEach((set, bit) => {
    for (const word of set) map!.set(word, (map!.get(word) ?? 0) | (1 << bit));
  });
  masks.set(lists, map);
  return map;
}

/** The same facts without "an English word" for a word written with marks: its bare letters spell an English
 * word only by accident ("Phương" is not the Wikipedia word "phuong", "Trâm" not "tram"). Letters only
 * Vietnamese uses ("THẤT" is not "that", "Sơn" not "son") make it no English or clinical word at all; other marks
 * ("Café", "naïve") leave an everyday word a word. */
export function unlessMarked(f: TokenFacts, vietnamese: boolean): TokenFacts {
  if (!vietnamese && (!f.english || f.common)) return f;
  if (vietnamese && !f.english && !f.fn && !f.clinical && !f.eponym) return f;
  let mask = 0;
  FACT_FLAGS.forEach((flag, bit) => {
    if (f[flag] && flag !== 'english' && !(vietnamese && (flag === 'common' || flag === 'fn' || flag === 'clinical' || flag === 'eponym'))) mask |= 1 << bit;
  });
  return FACT_SETS[mask]!;
}

/** The facts of the everyday words (the 12,000 most frequent and the function words), in a table small enough to
 * stay in the processor's cache: most words of a note are these. It holds bundled words only, never a note's. */
const everyday = new WeakMap<WordLists, Map<string, TokenFacts>>();

function everydayFacts(lists: WordLists): Map<string, TokenFacts> {
  let map = everyday.get(lists);
  if (map) return map;
  const masks = factMasks(lists);
  map = new Map<string, TokenFacts>();
  for (const word of [...lists.common, ...lists.functionWords]) map.set(word, FACT_SETS[masks.get(word) ?? 0]!);
  everyday.set(lists, map);
  return map;
}

/** What the lists say about one word. Callers memoize per text (see findIdentifiers): nothing from a
 * note outlives the call, so no patient's name lingers in a cache after the screen locks. */
export function facts(lists: WordLists, key: string): TokenFacts {
  // The last list set's two tables, kept at hand: one word-list set serves every call in practice.
  if (lists !== lastLists) {
    lastEveryday = everydayFacts(lists);
    lastMasks = factMasks(lists);
    lastLists = lists;
  }
  return lastEveryday!.get(key) ?? FACT_SETS[lastMasks!.get(key) ?? 0]!;
}

/** A word before a place's or a practice's kind, where a walk leftwards over the name's words starts. */
export interface WordAt {
  readonly word: string;
  readonly at: number;
}

/** The words of the `span` characters before `at` (whole words only past the window's first), for rules that walk left
 * from a kind to the cue before its name (practice-names.ts, custody-housing.ts). */
export function wordsBefore(text: string, at: number, span: number, word: RegExp): WordAt[] {
  const from = Math.max(0, at - span);
  return [...text.slice(from, at).matchAll(word)].map((w) => ({ word: w[0], at: from + w.index }));
}

/** Whether word `w` touches what starts at `next` across spaces alone: "Oak Hill", not words across a mark. */
export const touchesNext = (text: string, w: WordAt, next: number): boolean => /^[ \t]+$/.test(text.slice(w.at + w.word.length, next));

/** The line of text that holds offset `at`, without its line break. */
export function lineOf(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
}

/** The line that holds offset \`at\`, read no further than \`reach\` characters either side: a check on a long line then
 * costs no more per match than on a short one. */
export function lineNear(text: string, at: number, reach: number): string {
  const window = text.slice(Math.max(0, at - reach), at + reach);
  const here = Math.min(at, reach);
  const end = window.indexOf('\n', here);
  return window.slice(window.lastIndexOf('\n', here - 1) + 1, end < 0 ? window.length : end);
}

/** A line written in both cases, where a name shows by its capital. */
export const bothCases = (line: string): boolean => /\p{Ll}/u.test(line) && /\p{Lu}/u.test(line);

/** Whether the line around offset `at` is written in both cases, read from up to 200 characters before it to `ahead`
 * characters after it: a pattern's check on a long line then costs no more per match than on a short one. */
export function bothCasesNear(text: string, at: number, ahead: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  return bothCases(before.slice(before.lastIndexOf('\n') + 1) + text.slice(at, at + ahead).split('\n', 1)[0]);
}

/** `facts` for one pass over a text: a word's facts are learnt once per word ("lt arm" and "by grace" recur in a paste). */
export function factsMemo(lists: WordLists): (key: string) => TokenFacts {
  const memo = new Map<string, TokenFacts>();
  return (key) => {
    let f = memo.get(key);
    if (!f) memo.set(key, (f = facts(lists, key)));
    return f;
  };
}

let lastLists: WordLists | undefined;
let lastEveryday: Map<string, TokenFacts> | undefined;
let lastMasks: Map<string, number> | undefined;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Calls back with every run of ASCII letters in the text, in lower case (what a regex's \b sees as a word), and
 * each token's key. A plain word's key already is its run; only a word with marks, an apostrophe or a hyphen is
 * split again. */
function eachGateWord(text: string, tokens: readonly Token[], add: (word: string) => void): void {
  for (const t of tokens) {
    const key = t.key;
    add(key);
    let plain = key.length === t.end - t.start && !isAsciiLetter(text.charCodeAt(t.end)) && !isApostrophe(text[t.end]) && text[t.end] !== '-';
    for (let i = 0; plain && i < key.length; i++) {
      let c = text.charCodeAt(t.start + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== key.charCodeAt(i) || c < 97 || c > 122) plain = false;
    }
    if (plain) continue;
    // The whole word as written (a possessive, a hyphened tail, marks), cut into its ASCII runs; and the runs of its
    // lower case too, which a case-insensitive Unicode regex also matches (the Kelvin sign is a "k" to it).
    let end = t.end;
    while (end < text.length && /[\p{L}\p{M}'’‘ʻʼ-]/u.test(text[end]!)) end++;
    const word = text.slice(t.start, end);
    for (const run of word.match(/[A-Za-z]+/g) ?? []) add(run.toLowerCase());
    for (const run of word.toLowerCase().match(/[a-z]+/g) ?? []) add(run);
  }
}

/** Every word a word gate can meet in the text (for tests and tools; the engine asks openWordGates). */
export function gateWords(text: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  eachGateWord(text, tokens, (w) => out.add(w));
  return out;
}

/** Words one of which every match of a pattern holds (see PatternRule.words); rules may share one gate. */
export interface WordGate {
  readonly words: readonly string[];
  /** Its place in the answer of openWordGates. */
  readonly index: number;
}

/** Which gates each word opens, for all gates made: one map lookup per word of a note. */
const GATES_BY_WORD = new Map<string, number[]>();
let gateCount = 0;

export function wordGate(words: string): WordGate {
  const gate = { words: words.split(/\s+/).filter(Boolean), index: gateCount++ };
  for (const w of gate.words) {
    const list = GATES_BY_WORD.get(w) ?? [];
    list.push(gate.index);
    GATES_BY_WORD.set(w, list);
  }
  return gate;
}

/** For each word gate (by index), whether the text holds one of its words. */
export function openWordGates(text: string, tokens: readonly Token[]): Uint8Array {
  const open = new Uint8Array(gateCount);
  eachGateWord(text, tokens, (w) => {
    const gates = GATES_BY_WORD.get(w);
    if (gates) for (const g of gates) open[g] = 1;
  });
  return open;
}
