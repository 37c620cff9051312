// Negation (NegEx-style): which words fall under "no", "denies", "without", "negative for", "not",
// or after "... negative/absent/denied". A statement that affirms what its evidence negates (or the
// reverse) has dropped or added a negation.
import { alignKeys } from './alignment';
import { STOPWORDS, stem, type Token } from './text-tools';

const PRE_CUES: ReadonlySet<string> = new Set([
  'no', 'not', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'neither', 'nor', 'cannot', 'absence', 'free', 'negative', 'none', 'lacks', 'lack',
]);
const POST_CUES: ReadonlySet<string> = new Set(['negative', 'absent', 'denied', 'none', 'excluded', 'unlikely']);
// "no change in X", "not only": look like negation, are not.
const PSEUDO_AFTER: ReadonlySet<string> = new Set(['increase', 'decrease', 'only', 'worsening', 'improvement', 'better', 'worse', 'sooner', 'later', 'doubt', 'matter', 'sooner']);
// Words that end a negation's reach.
const BREAKERS: ReadonlySet<string> = new Set([
  'but', 'however', 'although', 'though', 'except', 'yet', 'aside', 'apart', 'while', 'whereas', 'which', 'who', 'reports', 'reported',
  'endorses', 'endorsed', 'complains', 'complained', 'admits', 'admitted', 'has', 'had', 'is', 'was', 'are', 'were', 'presents', 'positive',
  'notes', 'states', 'does', 'did', 'since', 'because', 'due', 'secondary', 'given', 'then', 'otherwise',
  'remains', 'will', 'plan', 'feels', 'says',
  'he', 'she', 'they', 'we', 'it', 'i', 'you', 'ago', 'present', 'seen', 'noted', 'identified', 'appreciated', 'found', 'shows', 'showed',
]);
// Reach in content words (stopwords do not count).
const PRE_SCOPE = 6;
const SHORT_SCOPE = 3;
const POST_SCOPE = 3;

function isContent(word: string): boolean {
  if ((SHORTHAND[word]?.length ?? 0) > 0) return true;
  return word.length >= 3 && /^[a-z][a-z0-9]*$/.test(word) && !STOPWORDS.has(word) && !PRE_CUES.has(word) && !POST_CUES.has(word) && !BREAKERS.has(word);
}

/** Clause-ending punctuation between two token positions in the original text. */
function clauseBreak(text: string, from: number, to: number): boolean {
  return /[.;:!?()\n]/.test(text.slice(from, to));
}

/** Affirmed, negated (the head of a negated phrase or list item), or only inside a negation's reach. */
export type WordState = 'affirmed' | 'negated' | 'weak';

export interface Polarity {
  /** Content words in order: stem and state. */
  readonly sequence: readonly { readonly stem: string; readonly word: string; readonly state: WordState; readonly clause: number }[];
  /** Stemmed content word → the states it occurs in. */
  readonly words: ReadonlyMap<string, ReadonlySet<WordState>>;
}

// Clinical shorthand compared as the words it stands for ("SOB" against "shortness of breath").
const SHORTHAND: Readonly<Record<string, readonly string[]>> = {
  sob: ['shortness', 'breath'], cp: ['chest', 'pain'], doe: ['dyspnea', 'exertion'], loc: ['loss', 'consciousness'],
  uti: ['urinary', 'infection'], uri: ['upper', 'respiratory', 'infection'], bm: ['bowel', 'movement'], bms: ['bowel', 'movements'],
  le: ['lower', 'extremity'], les: ['lower', 'extremities'], ble: ['lower', 'extremities'], lle: ['lower', 'extremity'], rle: ['lower', 'extremity'],
  abd: ['abdominal'], ha: ['headache'], htn: ['hypertension'], dm: ['diabetes'], chf: ['heart', 'failure'], mi: ['myocardial', 'infarction'],
  cva: ['stroke'], dvt: ['deep', 'thrombosis'], pe: ['pulmonary', 'embolism'], gerd: ['reflux'], copd: ['pulmonary', 'disease'],
  nkda: ['known', 'allergies'], jvd: ['jugular', 'venous', 'distension'], rrr: ['regular', 'rhythm'], ttp: ['tenderness', 'palpation'],
  n: [], v: [], nv: ['nausea', 'vomiting'],
};

const MODIFIER_LEAD: ReadonlySet<string> = new Set(['a', 'an', 'the', 'with', 'and', 'or', 'of', 'had', 'has', 'have', 'shows', 'showed', 'revealed']);

const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have', 'is', 'was', 'are', 'were', 'does', 'did', 'been', 'be']);

// Past tenses and participles that start a new clause after "and" or a comma.
const VERBISH = /^(?:[a-z]{3,}ed|sent|put|made|done|seen|taken|given|found|kept|left|held|brought|began|begun|went|came|felt|got|told|said|underwent|takes|taking|uses|using|continues|has|is|was|reports|states)$/;

const LIST_JOINERS: ReadonlySet<string> = new Set(['or', 'and', 'nor']);

export function polarity(text: string, tokens: readonly Token[]): Polarity {
  const state = new Array<WordState>(tokens.length).fill('affirmed');
  const mark = (k: number, head: boolean) => {
    if (state[k] === 'negated') return;
    state[k] = head ? 'negated' : 'weak';
  };
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!.text;
    // Shorthand: "w/o" is "without", "neg" is "negative".
    if (t === 'w' && tokens[i + 1]?.text === 'o' && text.slice(tokens[i]!.end, tokens[i + 1]!.start) === '/') {
      t = 'without';
      i++;
    } else if (t === 'neg') t = 'negative';
    const isNot = t === 'not' || t.endsWith("n't") || t === 'cannot' || t === 'unable';
    const pre = PRE_CUES.has(t) || isNot;
    let next = tokens[i + 1]?.text ?? '';
    // "no longer smokes": the cue is "no longer".
    if ((t === 'no' || t === 'not') && (next === 'longer' || next === 'any')) {
      i++;
      next = tokens[i + 1]?.text ?? '';
    }
    // "triple-negative" is a name, not a negation.
    const glued = i > 0 && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === '-';
    if (glued) continue;
    // "negative Homans sign", "absent pulses": an adjective before what it negates.
    // After a word of its own clause ("Homans sign negative", "test was negative") it looks back instead.
    const prevContent = i > 0 && !MODIFIER_LEAD.has(tokens[i - 1]!.text) && !clauseBreak(text, tokens[i - 1]!.end, tokens[i]!.start);
    const modifier = (t === 'negative' || t === 'absent') && next !== 'for' && isContent(next) && !prevContent;
    if ((pre || modifier) && !(t === 'negative' && next !== 'for' && !modifier) && !(t === 'free' && next !== 'of') && !PSEUDO_AFTER.has(next)) {
      const scope = isNot || modifier ? SHORT_SCOPE : PRE_SCOPE;
      let budget = scope;
      let wantHead = true;
      for (let k = i + 1; k < tokens.length && budget > 0; k++) {
        const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
        if (clauseBreak(text, tokens[k - 1]!.end, tokens[k]!.start)) break;
        // An auxiliary right after the cue belongs to it ("no longer has", "not taking").
        if (BREAKERS.has(tokens[k]!.text) && !(k === i + 1 && AUXILIARIES.has(tokens[k]!.text))) break;
        const w = tokens[k]!.text;
        const joined = gap.includes(',') || gap.includes('/') || LIST_JOINERS.has(w);
        // "not" reaches one phrase; "no"/"denies" reach a list, but not a new verb ("and was sent").
        if (joined && (isNot || VERBISH.test(LIST_JOINERS.has(w) ? (tokens[k + 1]?.text ?? '') : w))) break;
        if (LIST_JOINERS.has(w)) {
          wantHead = true;
          budget = scope;
          continue;
        }
        // After a comma a new list item starts ("no fever, chills"): its first content word is a head.
        if (gap.includes(',') || gap.includes('/')) {
          wantHead = true;
          budget = scope;
        }
        const content = isContent(w) || (w === 'n' && tokens[k + 1]?.text === 'v');
        mark(k, wantHead && content);
        if (content) wantHead = false;
        if (content) budget--;
      }
    }
    if (POST_CUES.has(t) && !(t === 'negative' && next === 'for') && !modifier) {
      let budget = POST_SCOPE;
      let head = true;
      for (let k = i - 1; k >= 0 && budget > 0; k--) {
        if (clauseBreak(text, tokens[k]!.end, tokens[k + 1]!.start) && !/^[\s:]*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
        const w = tokens[k]!.text;
        if (LIST_JOINERS.has(w) || (BREAKERS.has(w) && w !== 'was' && w !== 'is' && w !== 'were')) break;
        const content = isContent(w);
        mark(k, head && content);
        if (content) head = false;
        if (content) budget--;
      }
    }
  }
  const words = new Map<string, Set<WordState>>();
  const sequence: { stem: string; word: string; state: WordState; clause: number }[] = [];
  let clause = 0;
  tokens.forEach((tok, i) => {
    if (i > 0 && /[.;:!?\n]/.test(text.slice(tokens[i - 1]!.end, tok.start))) clause++;
    // "n/v" is nausea and vomiting.
    const slashPair = tok.text === 'n' && tokens[i + 1]?.text === 'v' && text.slice(tok.end, tokens[i + 1]!.start) === '/';
    const expanded = slashPair ? ['nausea', 'vomiting'] : SHORTHAND[tok.text];
    if (!expanded && !isContent(tok.text)) return;
    for (const word of expanded ?? [tok.text]) {
      const s = stem(word);
      sequence.push({ stem: s, word: tok.raw, state: state[i]!, clause });
      const set = words.get(s) ?? new Set<WordState>();
      set.add(state[i]!);
      words.set(s, set);
    }
  });
  return { sequence, words };
}

export interface NegationProblem {
  readonly word: string;
  /** True when the statement negates what the evidence affirms (an added negation). */
  readonly statementNegates: boolean;
}

/** Pairs of (statement index, evidence index) of a longest common subsequence of stems. */
function alignStems(a: readonly { stem: string }[], b: readonly { stem: string }[]): Map<number, number> {
  return alignKeys(
    a.map((x) => x.stem),
    b.map((x) => x.stem),
  );
}

/**
 * Words whose polarity differs from the evidence: where the statement follows the evidence word for
 * word, the aligned occurrence decides; elsewhere, every occurrence in the evidence must disagree.
 */
export function negationProblems(statement: Polarity, evidence: Polarity): NegationProblem[] {
  const out: NegationProblem[] = [];
  const seen = new Set<string>();
  const pairs = alignStems(statement.sequence, evidence.sequence);
  // Alignment is trusted only inside runs of two or more consecutive shared words (the statement
  // follows the note closely there); elsewhere a word may rightly match another occurrence.
  const st = statement.sequence;
  const ev = evidence.sequence;
  // Neighbours count only within the same clause on both sides.
  const linked = (i: number, k: number, j: number) =>
    pairs.get(i + k) === j + k && st[i + k]!.clause === st[i]!.clause && ev[j + k]!.clause === ev[j]!.clause;
  const runLength = (i: number) => {
    const j = pairs.get(i);
    if (j === undefined) return 0;
    let len = 1;
    for (let k = 1; linked(i, -k, j); k++) len++;
    for (let k = 1; linked(i, k, j); k++) len++;
    return len;
  };
  // The same words in a row somewhere else in the evidence, with this word's polarity there
  // ("TUBES AND DRAINS: No tubes or drains were used").
  const sameRunElsewhere = (i: number): boolean => {
    let a = i;
    let b = i;
    const j = pairs.get(i)!;
    while (linked(i, a - 1 - i, j)) a--;
    while (linked(i, b + 1 - i, j)) b++;
    const run = st.slice(a, b + 1);
    for (let p = 0; p + run.length <= ev.length; p++) {
      if (p === j - (i - a)) continue;
      if (!run.every((r, k) => ev[p + k]!.stem === r.stem)) continue;
      const st = ev[p + (i - a)]!.state;
      if (st === 'weak' || st === statement.sequence[i]!.state) return true;
    }
    return false;
  };

  statement.sequence.forEach((w, i) => {
    // Only a negation's head word, or a plainly affirmed word, is compared; "weak" words are unsure.
    if (seen.has(w.stem) || w.state === 'weak') return;
    const ev = evidence.words.get(w.stem);
    if (!ev) return;
    const j = pairs.get(i);
    let mismatch: boolean;
    if (j !== undefined && runLength(i) >= 2) {
      const other = evidence.sequence[j]!.state;
      mismatch = other !== 'weak' && other !== w.state && !sameRunElsewhere(i);
    } else {
      mismatch = !ev.has('weak') && !ev.has(w.state);
    }
    if (mismatch) {
      seen.add(w.stem);
      out.push({ word: w.word, statementNegates: w.state === 'negated' });
    }
  });
  return out;
}
