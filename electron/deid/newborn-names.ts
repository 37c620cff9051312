// Newborns' and multiples' surnames, which their charts carry before or after the birth order: "Brooks, Baby Girl",
// "christiansen, baby girl", "Sweet, Twin B", "triplet c schaden", "baby a mondragón", "Hettinger twins: A (MRN ...)",
// "clara frost's twins:".
// The surname is what names the baby until a given name is chosen; the birth order and "baby girl" are not names.
import type { Candidate } from './patterns';
import { groupAt, NAME_WORD as WORD } from './name-words';
import { factsMemo, wordGate, type TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

/** "Brooks, Baby Girl", "SWEET, TWIN B": a surname, a comma and the baby's place. */
const SURNAME_FIRST = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD}),[ \t]*(?:baby|twin|triplet|infant)[ \t]+(?:girl|boy|[a-d])(?![\p{L}\p{M}])`, 'giu');
/** What follows a chart's heading of a baby: a column gap, the line's end or the next field. */
const HEADING_END = /^(?:[ \t]{2,}|[ \t]*(?:\n|$)|[ \t]+(?:mrn|dob|dol|bed|pod|ga)\b)/i;
/** "triplet c schaden", "baby a mondragón", "twin a vũ": the birth order, then the surname. */
const ORDER_FIRST = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(?:baby|twin|triplet)[ \t]+[a-d][ \t]+(${WORD})`, 'giu');
/** "meunier twins:", "Hettinger twins: A": a surname before the multiples it names, opening a line or a clause. */
const BEFORE_MULTIPLES = new RegExp(String.raw`(?:^|[\n;:.(])[ \t]*(${WORD})[ \t]+(?:twins|triplets)(?=[ \t]*[:(,]|[ \t]+[a-d][ \t]+(?:and|&)[ \t]+[a-d]\b)`, 'giu');
/** "clara frost's twins:": the mother's name before her multiples. */
const MOTHER_OF_MULTIPLES = new RegExp(String.raw`(?:^|[\n;:.(])[ \t]*(?:(${WORD})[ \t]+)?(${WORD})['’]s[ \t]+(?:twins|triplets)\b`, 'giud');
const GATE = wordGate('baby twin twins triplet triplets infant');

/** A surname: a listed one or no English word, never a function, clinical or common word ("identical", "the"). */
const surname = (f: TokenFacts, w: string): boolean => !f.fn && !f.clinical && !f.eponym && !f.common && (f.last || !f.english) && w.length >= 2;

export function newbornNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[GATE.index]) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const re of [SURNAME_FIRST, ORDER_FIRST, BEFORE_MULTIPLES]) {
    for (const m of text.matchAll(re)) {
      const w = m[1]!;
      // A possessive ("MOM'S TWINS") is the mother's, read below with her given name.
      if (/['’]s$/i.test(w)) continue;
      const f = factsOf(w.toLowerCase());
      // A heading's surname may be an everyday word ("Sweet, Twin B   DOL 108", "baby a snow   mrn"); elsewhere it must not be one.
      const heading = (re === SURNAME_FIRST || re === ORDER_FIRST) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 40), m.index)) && !/(?:ed|ing)$/i.test(w) && HEADING_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) && !f.fn && !f.clinical;
      if (!heading && !surname(f, w)) continue;
      const start = m.index + m[0].indexOf(w);
      out.push({ start, end: start + w.length, kind: 'NAME', rule: 'name-newborn', priority: 5 });
    }
  }
  for (const m of text.matchAll(MOTHER_OF_MULTIPLES)) {
    const sur = m[2]!;
    const sf = factsOf(sur.toLowerCase());
    const given = m[1];
    const gf = given === undefined ? undefined : factsOf(given.toLowerCase());
    const named = !!gf && !gf.fn && !gf.clinical && !gf.common && (gf.first || !gf.english);
    // A surname that is an everyday word ("clara frost's twins") counts after a given name.
    if (!surname(sf, sur) && !(named && !sf.fn && !sf.clinical)) continue;
    const surAt = groupAt(m, 2);
    out.push({ start: named ? groupAt(m, 1) : surAt, end: surAt + sur.length, kind: 'NAME', rule: 'name-newborn', priority: 5 });
  }
  return out;
}
