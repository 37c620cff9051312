// Sides of the body: left/right/bilateral and their abbreviations (L, R, Lt, Rt, B/L, OD/OS/OU), each
// with the body part that follows, so "left knee" can be checked against the note's "R knee".
import { STOPWORDS, type Token } from './text-tools';

export type Side = 'left' | 'right' | 'bilateral';

export interface SideMention {
  readonly side: Side;
  /** The body word it qualifies (stemmed), when one follows within a few words. */
  readonly part: string | null;
  readonly start: number;
  readonly end: number;
}

const WORDS: Readonly<Record<string, Side>> = {
  left: 'left', right: 'right', bilateral: 'bilateral', bilaterally: 'bilateral', both: 'bilateral',
  lt: 'left', rt: 'right', od: 'right', os: 'left', ou: 'bilateral', 'left-sided': 'left', 'right-sided': 'right',
};

const VERB_LEAD: ReadonlySet<string> = new Set(['he', 'she', 'they', 'patient', 'pt', 'who', 'then', 'nothing', 'also']);
const LEFT_VERB_AFTER: ReadonlySet<string> = new Set(['the', 'to', 'in', 'with', 'at', 'on', 'for', 'home', 'ama', 'without', 'against', 'after', 'before', 'untreated', 'alone', 'over', 'behind', 'open', 'intact', 'unchanged', 'a', 'an', 'his', 'her', 'our']);
const NOT_SIDE_AFTER: ReadonlySet<string> = new Set(['away', 'now', 'after', 'before', 'then', 'here', 'there', 'to']);

function partStem(word: string): string {
  return word.replace(/(?:es|s)$/, '');
}

function bodyWordAfter(tokens: readonly Token[], i: number): string | null {
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const w = tokens[k]!.text;
    if (WORDS[w] || /^\d/.test(w)) return null;
    if (w.length < 3) continue;
    if (!STOPWORDS.has(w) && w !== 'side' && w !== 'sided' && w !== 'upper' && w !== 'lower' && w !== 'greater' && w !== 'lesser') return partStem(w);
  }
  return null;
}

/** Side mentions in `text`; `tokens` are its tokens. */
export function findSides(text: string, tokens: readonly Token[]): SideMention[] {
  const out: SideMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let side: Side | undefined = WORDS[t.text];
    // Upper-case L and R alone are sides ("L knee", "R>L"); "OD/OS/OU" only in capitals (eye notes).
    if ((t.text === 'od' || t.text === 'os' || t.text === 'ou') && t.raw !== t.raw.toUpperCase()) side = undefined;
    if (t.text === 'both' && !/^\s+(?:sides?|legs?|arms?|eyes?|ears?|knees?|hips?|feet|hands?|lungs?|lower|upper|breasts?|kidneys?|shoulders?|ankles?|wrists?|elbows?)\b/i.test(text.slice(t.end, t.end + 14))) side = undefined;
    if (!side && (t.raw === 'L' || t.raw === 'R')) {
      const before = text.slice(Math.max(0, t.start - 2), t.start);
      const after = text.slice(t.end, t.end + 2);
      // Not a unit ("2 L"), and not part of "B/L" (handled below).
      if (/\d\s*$/.test(before) && t.raw === 'L') continue;
      if (/\/$/.test(before) && /B\/$/.test(text.slice(Math.max(0, t.start - 2), t.start))) side = 'bilateral';
      else if (!/^\//.test(after)) side = t.raw === 'L' ? 'left' : 'right';
    }
    if (t.raw === 'B' && text.slice(t.end, t.end + 2) === '/L') {
      out.push({ side: 'bilateral', part: bodyWordAfter(tokens, i + 1), start: t.start, end: t.end + 2 });
      i++;
      continue;
    }
    if (!side) continue;
    // "she left the clinic", "right away": not sides.
    const afterArticle = tokens[i - 1]?.text === 'the';
    if (t.text === 'left' && !afterArticle && (VERB_LEAD.has(tokens[i - 1]?.text ?? '') || LEFT_VERB_AFTER.has(tokens[i + 1]?.text ?? ''))) continue;
    if (t.text === 'right' && NOT_SIDE_AFTER.has(tokens[i + 1]?.text ?? '')) continue;
    out.push({ side, part: bodyWordAfter(tokens, i), start: t.start, end: t.end });
  }
  return out;
}

/** The sides an evidence text supports for a body part ("left and right knee" supports bilateral). */
function sidesFor(mentions: readonly SideMention[], part: string | null): Set<Side> {
  const relevant = part === null ? mentions : mentions.filter((m) => m.part === part);
  const sides = new Set(relevant.map((m) => m.side));
  // "left and right" is bilateral; "bilateral" alone does not make a one-sided claim true.
  if (sides.has('left') && sides.has('right')) sides.add('bilateral');
  return sides;
}

export interface SideProblem {
  readonly claimed: SideMention;
  readonly found: readonly Side[];
}

/**
 * Sides the statement claims that its evidence does not state. With a body part the evidence also
 * names, only that part's sides count; otherwise any side in the evidence.
 */
export function sideProblems(statement: readonly SideMention[], evidence: readonly SideMention[], note: readonly SideMention[] = []): SideProblem[] {
  const problems: SideProblem[] = [];
  for (const claim of statement) {
    // Evidence that names no side at all: the side must be the note's for that body part.
    if (evidence.length === 0 && note.length > 0) {
      const inNote = claim.part !== null && note.some((e) => e.part === claim.part) ? sidesFor(note, claim.part) : sidesFor(note, null);
      if (inNote.has(claim.side)) continue;
    }
    const forPart = claim.part !== null && evidence.some((e) => e.part === claim.part) ? sidesFor(evidence, claim.part) : sidesFor(evidence, null);
    if (!forPart.has(claim.side)) problems.push({ claimed: claim, found: [...forPart] });
  }
  return problems;
}
