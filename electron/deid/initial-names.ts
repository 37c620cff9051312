// A given name, a middle initial and a surname: "Woody M. Mayer", "JESUS H. KUHN", "WILL J WOJTASIK", "faith w
// kuvalis". The initial between them is what makes the three a person's name even when the given name is an everyday
// word. The given name is a listed one, the surname a listed surname or no dictionary word; on a line of both cases
// all three are capitalized, and in one-case text the initial is dotted or no word ("a", "i").
import type { Candidate } from './patterns';
import { NICKNAME } from './name-words';
import { bothCases, factsMemo, lineNear } from './tokens';
import type { WordLists } from './wordlists';

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
// (One space apart: a column's gap ends the name, "marguerite r.   dob".)
const THREE = new RegExp(String.raw`(?<![\p{L}\d'’.-])(${WORD})[ \t](\p{L})(\.?)[ \t](${WORD})(?![\p{L}\d'’-])`, 'gu');

/** A letter and the word after it that spell a clinical term, not an initial and a surname. */
const LETTER_TERM = /^(?:[pqrstuj][ \t]+(?:waves?|point)|[tb][ \t]+cells?|[ac][ \t]+lines?|c[ \t]+(?:section|diff|spine)|e[ \t]+coli|h[ \t]+pylori|x[ \t]+rays?|z[ \t]+scores?|[av][ \t]+(?:fib|flutter|tach)|k[ \t]+pneumoniae|s[ \t]+aureus|g[ \t]+tube|j[ \t]+tube|d[ \t]+dimer|q[ \t]+fever)$/i;

export function initialNames(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(THREE)) {
    const [, given, initial, dot, sur] = m;
    const kg = given!.toLowerCase();
    const ks = sur!.toLowerCase();
    const fg = factsOf(kg);
    const fs = factsOf(ks);
    if (!(fg.first || NICKNAME.test(kg)) || fg.clinical || fg.eponym) continue;
    if (fs.fn || fs.clinical || fs.eponym || !(fs.last || (!fs.english && ks.length >= 3))) continue;
    // ("Mary T Wave inversions": a letter and a word that make a clinical term.)
    if (LETTER_TERM.test(`${initial!} ${sur!}`)) continue;
    const mixed = bothCases(lineNear(text, m.index, 160));
    if (mixed ? !(/^\p{Lu}/u.test(given!) && /^\p{Lu}$/u.test(initial!) && /^\p{Lu}/u.test(sur!)) : !dot && /^[ai]$/i.test(initial!)) continue;
    // ("will a. leffler" in one case: a function word before a dotted initial and a surname no dictionary word spells.)
    if (!mixed && fg.fn && !(dot && !fs.english)) continue;
    // ("15 mil k phosphate": in one case an everyday given name needs a listed surname.)
    if (!mixed && fg.english && !fs.last) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'NAME', rule: 'name-middle-initial', priority: 5 });
  }
  return out;
}
