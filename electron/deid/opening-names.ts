// A patient's or a caller's given name where a note's opening puts it: "pt penny đào: shoulder abduction 98 deg",
// "vm from pt xuân: itching …", "1 YO JOY, IMMERSION SCALD …", "MSG: CHASE FROM VALLEY O&P SAYS …", a responder
// before a telephone number in brackets ("… and AMBER (961.741.5129)"). The word is a
// listed given name or no dictionary word, never a function word; "pt plan:", "pt education:", "2 yo male," and "msg:
// call from pharmacy" stay.
import type { Candidate } from './patterns';
import { givenWord, groupAt, surnameWord } from './name-words';
import { bothCases, factsMemo, lineNear, wordGate } from './tokens';
import type { WordLists } from './wordlists';

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
const GATE = wordGate('pt yo y o year old month mo msg message vm voicemail and');
/** "pt penny đào:" at a line's or a clause's start, or after "from". */
const PT_COLON = new RegExp(String.raw`\bpt[ \t]+(${WORD})(?:[ \t]+(${WORD}))?[ \t]*:`, 'dgiu');
/** Before "pt": a line's start, a clause's end or "from" (tested on the match: a lookbehind at every place costs a scan). */
const PT_OPENS = /(?:^|\n|[.;][ \t])[ \t]*$|\bfrom[ \t]+$/i;
/** "1 YO JOY, …", "2 yo frank, immersion…": an age, then the child's given name and a comma. */
const AGE_NAME = new RegExp(String.raw`\b\d{1,3}[ \t-]?(?:yo|y\/o|y\.o\.|years?[ \t-]old|yr[ \t-]old|months?[ \t-]old|mo[ \t-]old)[ \t]+(${WORD}),`, 'dgiu');
/** "MSG: CHASE FROM VALLEY O&P SAYS": a message's caller before where they call from. */
const MSG_FROM = new RegExp(String.raw`\b(?:msg|message|vm|voicemail)[ \t]*:[ \t]*(${WORD})[ \t]+from[ \t]+`, 'dgiu');
/** "responders: Rachelle Dubois ((954) 327-7693) and AMBER (961.741.5129)": a listed given name alone before its
 * telephone number in brackets, after a list's "and", a comma or a colon. */
const BEFORE_PHONE = new RegExp(String.raw`(?:\band|[,;:])[ \t]+(${WORD})[ \t]*\(\(?\d{3}\)?[ \t.\/-]?\d{3}[ \t.-]\d{4}\b`, 'dgiu');
/** Words where a name would stand that say who in general or what. */
const NOT_NAME = /^(?:male|female|boy|girl|man|woman|gentleman|lady|child|infant|toddler|baby|patient|pt|white|black|hispanic|caucasian|african|asian|latino|latina|native|obese|healthy|previously|otherwise|twin|son|daughter|brother|sister|mother|father|wife|husband|plan|education|goals?|states?|reports?|denies|the|a|an|and|or|of|with|from|called|pharmacy|nurse|doctor|dr|office|clinic|lab|home|family|spouse|wife|husband|mom|dad|caller|unknown|asked|asks|needs|wants|requests?)$/i;

export function openingNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[GATE.index]) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const name = (w: string): boolean => {
    const key = w.toLowerCase();
    const f = factsOf(key);
    return !NOT_NAME.test(key) && !f.fn && givenWord(f, key);
  };
  for (const re of [PT_COLON, AGE_NAME, MSG_FROM, BEFORE_PHONE]) {
    for (const m of text.matchAll(re)) {
      const given = m[1]!;
      if (!name(given) || (re === BEFORE_PHONE && !factsOf(given.toLowerCase()).first)) continue;
      if (re === PT_COLON && !PT_OPENS.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const mixed = bothCases(lineNear(text, m.index, 160));
      if (mixed && !/^\p{Lu}/u.test(given)) continue;
      const at = groupAt(m, 1);
      let end = at + given.length;
      const sur = m[2];
      if (sur !== undefined && !NOT_NAME.test(sur) && surnameWord(factsOf(sur.toLowerCase())) && (!mixed || /^\p{Lu}/u.test(sur))) end = groupAt(m, 2) + sur.length;
      out.push({ start: at, end, kind: 'NAME', rule: 'name-opening', priority: 4 });
    }
  }
  return out;
}
