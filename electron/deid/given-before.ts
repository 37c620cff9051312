// A given name right before a surname found on its own is the same person's: "given to SONNY [MATÍAS] (STEPDAUGHTER)",
// "notice given to mercy [stanton] (brother)". The surname's rule saw the person; the word before it, when the lists
// hold it as a given name and it is written in the surname's case, is their first name even when it is also an English
// word ("mercy", "hazel", "sonny").
import type { Candidate } from './patterns';
import type { Token, TokenFacts } from './tokens';

/** Words before a surname that say who in another way: titles, roles, relations, and words of a sentence. */
const NOT_GIVEN = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'rev', 'pastor', 'judge', 'nurse', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'friend', 'will', 'may', 'june', 'april', 'august', 'pat', 'patient', 'dean', 'major', 'general', 'page', 'case', 'chase', 'mark', 'grant', 'rich', 'bill', 'sue', 'said', 'long', 'young', 'king', 'queen', 'saint', 'san', 'santa', 'st']);

/** What the surname's own case says the given name's must be. */
function sameCase(a: Token, b: Token): boolean {
  if (a.allCaps || b.allCaps) return a.allCaps && b.allCaps;
  return a.cap === b.cap;
}

export function givenNamesBefore(text: string, candidates: readonly Candidate[], tokens: readonly Token[], f: readonly TokenFacts[]): Candidate[] {
  const out: Candidate[] = [];
  const byStart = new Map<number, number>();
  for (const c of candidates) if (c.kind === 'NAME') byStart.set(c.start, c.end);
  if (byStart.size === 0) return out;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A surname found alone: a candidate that is this one word.
    if (byStart.get(t.start) !== t.end) continue;
    const g = tokens[i - 1]!;
    const fg = f[i - 1]!;
    if (text.slice(g.end, t.start) !== ' ' || !fg.first || fg.fn || fg.clinical || NOT_GIVEN.has(g.key) || byStart.has(g.start) || !sameCase(g, t)) continue;
    // In a line of both cases the given name needs its capital too.
    if (g.lineCase === 'mixed' && !g.cap) continue;
    out.push({ start: g.start, end: t.end, kind: 'NAME', rule: 'name-given-before', priority: 3 });
  }
  return out;
}
