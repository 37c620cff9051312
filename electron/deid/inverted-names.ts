// A person's name written surname first where a record's line or a role opens on it: "bahringer, ángela   acc#
// chm-505465", "HERMISTON, LUCKY: SKIN STAGE 2", "Đặng, Crystal, COI ELC6497256", "coordinator day, mirta,", "routed to
// guardado, will.", "QA reviewer Johns, Will, closed". Headings and findings also take a comma ("Plan, discussed:",
// "Skin, intact"), so the surname is a listed surname or no dictionary word, the given name a listed given name or no
// dictionary word, and on a line of both cases both are capitalized.
import type { Candidate } from './patterns';
import { givenWord, groupAt, surnameWord } from './name-words';
import { bothCases, factsMemo, lineNear } from './tokens';
import type { WordLists } from './wordlists';

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
/** At a line's start, before a colon, a column's gap, a record's label or the line's end. */
const LINE_START = new RegExp(String.raw`(?<=^|\n)[ \t]*(${WORD}),[ \t]*(${WORD})(?:[ \t]+\p{L}\.?)?(?=[ \t]*:|[ \t]{2,}\S|[ \t]*,[ \t]*(?:coi|mrn|dob|acc|id|age|\d{1,3}[ \t]?[mf]\b)|[ \t]*(?:\r?\n|$))`, 'dgiu');
/** After a role or a hand-off, closing at a mark or the line's end. */
const AFTER_ROLE = new RegExp(String.raw`\b(?:coordinator|reviewer|routed[ \t]+to|case[ \t]+manager|social[ \t]+worker|sw|enrollment|provider|prov|attending|verified[ \t]+by|approved[ \t]+by|signed[ \t]+by|operator|(?:safety|medical|program)[ \t]+director|supervisor|staff|facilitator|examiner|client|re(?=[ \t]*:))[ \t]*:?[ \t]+(${WORD}),[ \t]*(${WORD})(?=(?:[ \t]+\p{L}\.)?[ \t]*(?:[,.;)|"“]|[ \t]{2}|\r?\n|$))`, 'dgiu');
/** Words that head a section or a finding, never a surname. */
const NOT_SURNAME = /^(?:plan|assessment|impression|diagnosis|history|exam|skin|heent|neuro|cardiac|lungs|abdomen|extremities|general|labs|meds|medications|allergies|vitals|social|family|name|patient|pt|dr|md|rn|np|date|time|signed|note|left|right|bilateral|mild|moderate|severe|yes|no|none|other|total|normal|stable|improved|unchanged|acute|chronic|primary|secondary|final|initial|daily|weekly|monthly|morning|evening|night)$/i;

export function invertedNames(text: string, lists: WordLists): Candidate[] {
  if (!text.includes(',')) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const re of [LINE_START, AFTER_ROLE]) {
    for (const m of text.matchAll(re)) {
      const sur = m[1]!;
      const given = m[2]!;
      if (NOT_SURNAME.test(sur) || NOT_SURNAME.test(given)) continue;
      const fs = factsOf(sur.toLowerCase());
      const fg = factsOf(given.toLowerCase());
      if (!surnameWord(fs) || fs.eponym || !givenWord(fg, given.toLowerCase())) continue;
      // Two everyday words read as a phrase ("Hope, Will"), unless a list holds both as names.
      if (fs.english && fs.common && fg.english && fg.common && !(fs.last && fg.first)) continue;
      if (bothCases(lineNear(text, m.index, 160)) && !(/^\p{Lu}/u.test(sur) && /^\p{Lu}/u.test(given))) continue;
      const s = groupAt(m, 1);
      const g = groupAt(m, 2);
      out.push({ start: s, end: s + sur.length, kind: 'NAME', rule: 'name-inverted', priority: 4 });
      out.push({ start: g, end: g + given.length, kind: 'NAME', rule: 'name-inverted', priority: 4 });
    }
  }
  return out;
}
