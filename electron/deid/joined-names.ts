// Names as the VA's VistA and other list screens print them: surname and given name joined by a comma with no space
// ("AUTHOR: WOLF,ANNABELL X", "PCP: STEEL,EUGENIO", "1836  motchebon,maryna  (m1397)"), the last-four identifier after
// them (the surname's initial and the last four of the SSN), and a name after an electronic signature ("/ES/ JOY
// VƯƠNG"). In these places whatever word stands is a name, so everyday words count ("castle,ranger").
import type { Candidate } from './patterns';
import { factsMemo } from './tokens';
import type { WordLists } from './wordlists';

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
/** A field that holds a person, a list row's time or number, or a signature's mark, then "SURNAME,GIVEN". */
const JOINED = new RegExp(String.raw`(?:\b(?:author|pcp|provider|patient|pt|nok|attending|cosigner|resident|surgeon|physician|clinician|nurse|requester|requestor|ordering|referring|consultant|signed|entered[ \t]+by|name|veteran|spouse|caregiver|contact)[ \t]*:[ \t]*|(?:^|\n)[ \t]*\d{3,4}[ \t]{2,})(${WORD}),(${WORD})(?:[ \t]+(\p{L})\.?)?(?=[ \t]*(?:$|\r?\n|[ \t]{2,}|[,;|]|\(|[ \t]+(?:ssn|dob|mrn|team|id)\b))`, 'giu');
/** "(m1397)": the surname's initial and four digits after a joined name. */
const LAST_FOUR = /^[ \t]*\(([A-Za-z]\d{4})\)/;
/** "/ES/ JOY CONNELLY": the name an electronic signature carries. */
const SIGNED = new RegExp(String.raw`\/es\/[ \t]*(${WORD}(?: \p{L}\.?)?(?: ${WORD}){1,2})`, 'giu');

export function joinedNames(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  if (!/\p{L},\p{L}/u.test(text) && !/\/es\//i.test(text)) return out;
  const factsOf = factsMemo(lists);
  const plain = (w: string): boolean => {
    const f = factsOf(w.toLowerCase());
    return !f.fn && (!f.clinical || f.first || f.last) && w.length >= 2;
  };
  for (const m of text.matchAll(JOINED)) {
    const [whole, last, first] = m;
    // One case for the pair, as a screen prints it ("WOLF,ANNABELL", "castle,ranger", "Presti,Dawn").
    if (!plain(last!) || !plain(first!)) continue;
    // A list row's pair may be two drugs or tests ("0800  tylenol,motrin"): there a list must know one of the two as a
    // name, unless the last-four identifier follows.
    const four = LAST_FOUR.exec(text.slice(m.index + whole.length, m.index + whole.length + 12));
    const fourOk = four !== null && four[1]![0]!.toLowerCase() === last![0]!.toLowerCase();
    if (!fourOk && !/:[ \t]*$/.test(whole.slice(0, whole.lastIndexOf(`${last!},${first!}`)))) {
      const fl = factsOf(last!.toLowerCase());
      const ff = factsOf(first!.toLowerCase());
      if (fl.clinical || ff.clinical || fl.english && ff.english || !(fl.last || ff.first)) continue;
    }
    const start = m.index + whole.lastIndexOf(`${last!},${first!}`);
    const end = m.index + whole.length;
    out.push({ start, end, kind: 'NAME', rule: 'name-joined', priority: 5 });
    if (fourOk) {
      const at = end + four[0].indexOf(four[1]!);
      out.push({ start: at, end: at + 5, kind: 'SSN', rule: 'last-four-id', priority: 5 });
    }
  }
  if (/\/es\//i.test(text)) {
    for (const m of text.matchAll(SIGNED)) {
      const words = m[1]!.split(/[ \t]+/);
      if (!words.every((w) => w.length === 1 || plain(w))) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      out.push({ start, end: start + m[1]!.length, kind: 'NAME', rule: 'name-signed', priority: 5 });
    }
  }
  return out;
}
