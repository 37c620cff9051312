// Negation (NegEx-style): which words fall under "no", "denies", "without", "negative for", "not",
// or after "... negative/absent/denied". A statement that affirms what its evidence negates (or the
// reverse) has dropped or added a negation.
import { STOPWORDS, stem, type Token } from './text-tools';

const PRE_CUES: ReadonlySet<string> = new Set([
  'no', 'not', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'neither', 'nor', 'cannot', 'absence', 'free', 'negative', 'none', 'lacks', 'lack',
]);
const POST_CUES: ReadonlySet<string> = new Set(['negative', 'absent', 'denied', 'none', 'excluded', 'unlikely']);
// "no change in X", "not only": look like negation, are not.
const PSEUDO_AFTER: ReadonlySet<string> = new Set(['change', 'changes', 'increase', 'decrease', 'significant', 'further', 'longer', 'only', 'other', 'worsening', 'improvement', 'better', 'worse', 'sooner', 'later', 'more', 'less', 'doubt']);
// Words that end a negation's reach.
const BREAKERS: ReadonlySet<string> = new Set([
  'but', 'however', 'although', 'though', 'except', 'yet', 'aside', 'apart', 'while', 'whereas', 'which', 'who', 'reports', 'reported',
  'endorses', 'endorsed', 'complains', 'complained', 'admits', 'admitted', 'has', 'had', 'is', 'was', 'are', 'were', 'presents', 'positive',
  'notes', 'states', 'does', 'did', 'since', 'because', 'due', 'secondary', 'given', 'then', 'now', 'currently', 'still', 'otherwise',
  'remains', 'now', 'will', 'plan', 'takes', 'taking', 'uses', 'using', 'continues', 'feels', 'says',
]);
const PRE_SCOPE = 10;
const SHORT_SCOPE = 4;
const POST_SCOPE = 4;

function isContent(word: string): boolean {
  return word.length >= 3 && /^[a-z][a-z0-9]*$/.test(word) && !STOPWORDS.has(word) && !PRE_CUES.has(word) && !POST_CUES.has(word) && !BREAKERS.has(word);
}

/** Clause-ending punctuation between two token positions in the original text. */
function clauseBreak(text: string, from: number, to: number): boolean {
  return /[.;:!?()\n]/.test(text.slice(from, to));
}

export interface Polarity {
  /** Stemmed content word → the polarities it occurs with (true = negated). */
  readonly words: ReadonlyMap<string, ReadonlySet<boolean>>;
}

export function polarity(text: string, tokens: readonly Token[]): Polarity {
  const negated = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const isNot = t === 'not' || t.endsWith("n't") || t === 'cannot';
    const pre = PRE_CUES.has(t) || isNot;
    if (pre) {
      // "negative" alone is a pre-cue only as "negative for".
      if (t === 'negative' && tokens[i + 1]?.text !== 'for') {
        // post-cue handled below
      } else if (t === 'free' && tokens[i + 1]?.text !== 'of') {
        // "free" only as "free of"
      } else if (!PSEUDO_AFTER.has(tokens[i + 1]?.text ?? '')) {
        const scope = isNot ? SHORT_SCOPE : PRE_SCOPE;
        for (let k = i + 1; k < tokens.length && k <= i + scope; k++) {
          if (clauseBreak(text, tokens[k - 1]!.end, tokens[k]!.start) || BREAKERS.has(tokens[k]!.text)) break;
          negated[k] = true;
        }
      }
    }
    if (POST_CUES.has(t) && !(t === 'negative' && tokens[i + 1]?.text === 'for')) {
      for (let k = i - 1; k >= 0 && k >= i - POST_SCOPE; k--) {
        if (clauseBreak(text, tokens[k]!.end, tokens[k + 1]!.start) && !/^[\s:]*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
        if (BREAKERS.has(tokens[k]!.text) && tokens[k]!.text !== 'was' && tokens[k]!.text !== 'is' && tokens[k]!.text !== 'were') break;
        negated[k] = true;
      }
    }
  }
  const words = new Map<string, Set<boolean>>();
  tokens.forEach((tok, i) => {
    if (!isContent(tok.text)) return;
    const s = stem(tok.text);
    const set = words.get(s) ?? new Set<boolean>();
    set.add(negated[i]!);
    words.set(s, set);
  });
  return { words };
}

export interface NegationProblem {
  readonly word: string;
  /** True when the statement negates what the evidence affirms (an added negation). */
  readonly statementNegates: boolean;
}

/** Words whose every occurrence in the evidence has the opposite polarity to the statement's. */
export function negationProblems(statement: Polarity, evidence: Polarity): NegationProblem[] {
  const out: NegationProblem[] = [];
  for (const [word, pols] of statement.words) {
    const ev = evidence.words.get(word);
    if (!ev || pols.size !== 1) continue;
    const neg = pols.has(true);
    if (!ev.has(neg)) out.push({ word, statementNegates: neg });
  }
  return out;
}
