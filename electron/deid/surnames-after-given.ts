// A surname that is also an everyday word, right after a given name another rule found: "rev. chase frost of …", "FROM
// ALAYNA BANKS:", "responders: Jayme Barre ((691) …", "BY NEIGHBOR JOSHUA COOK THE NEXT MORNING". The rules that find a
// given name alone ("name-first", "name-title", "name-relation") stop before a word a dictionary holds; this one reads
// the next word as the surname when a list holds it as one and what follows closes the name (a mark, a bracket, a line's
// end or a word that goes on the sentence). "Mary Hill Road" and "Grace fell" stay as they were.
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineNear } from './tokens';
import type { WordLists } from './wordlists';

/** Rules whose span is a given name alone. */
const GIVEN_RULES = new Set(['name-first', 'name-title', 'name-relation', 'name-kin-word']);
const NEXT = /^[ \t](\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]+)?)(?=[ \t]*(?:[,;:)("”]|\.(?:\s|$)|\r?\n|$)|[ \t]+(?:the|of|at|on|in|from|to|for|and|who|with|was|is|will|has|had|called|states|stated|reports|reported|said|says|brought|found|gave|plans|asked|asks|notified|aware|present|(?:\(|\d)))/iu;
/** Words after a given name that go on a place or a thing, never a surname. */
const NOT_SURNAME = /^(?:patient|doctor|nurse|name|sample|road|rd|street|st|avenue|ave|lane|ln|drive|dr|court|ct|way|blvd|boulevard|county|city|hospital|clinic|center|centre|house|hall|school|church|park|lake|river|creek|valley|ridge|hill|hills|springs|beach|bay|island|keys|point|state|university|college|pharmacy|drug|medical|health|care|home|syndrome|disease|sign|test|score|scale|method|technique|protocol|criteria|classification|procedure|maneuver|manoeuvre|operation|catheter|tube|needle|pump|device)$/i;

export function surnamesAfterGiven(text: string, candidates: readonly Candidate[], lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const c of candidates) {
    if (c.kind !== 'NAME' || !GIVEN_RULES.has(c.rule) || /[ \t]/.test(text.slice(c.start, c.end))) continue;
    // The span is a listed given name ("MRS SMITH FAIR": a title's surname takes no second surname).
    const given = factsOf(text.slice(c.start, c.end).toLowerCase());
    if (!given.first) continue;
    const m = NEXT.exec(text.slice(c.end, c.end + 40));
    if (!m) continue;
    const word = m[1]!;
    const key = word.toLowerCase();
    const f = factsOf(key);
    if (!f.last || f.fn || NOT_SURNAME.test(key)) continue;
    // On a line of both cases the surname is capitalized as the given name is.
    if (bothCases(lineNear(text, c.start, 160)) && !/^\p{Lu}/u.test(word)) continue;
    out.push({ start: c.end + 1, end: c.end + 1 + word.length, kind: 'NAME', rule: 'name-surname-after-given', priority: c.priority });
  }
  return out;
}
