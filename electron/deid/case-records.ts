// What child-protection, court and police records write about people and places: a criminal case's caption ("People
// v. Noble", "State vs. Zayas"), a household table's rows ("Zieme, Holly    mother    10/17/2002", "Destiny    child
// Apr 1, 2012"), a relative written as a newspaper writes a resident ("Ezekiel O'Keefe, 103, of Justice,"), the town
// someone has lived in since a date ("caregiver Rachelle Macejkovic in Harmony since March 2020"), a legal form's
// declarant ("I, Prudence Coffin, of …"), a mail's display name ("son nicodemo hand <…@aol.com>"), a diary's sign-off
// ("… late last night. -- pearl"), and the numbers of the case: a court's year-and-letters number ("2016ja647601"),
// an evidence item, a hotline intake, a deputy's unit.
import type { Candidate } from './patterns';
import { NAME_WORD } from './name-words';
import { bothCases, factsMemo, lineNear } from './tokens';
import { STATE_OR_COUNTRY, TOWN_PREFIX } from './town-country';
import type { WordLists } from './wordlists';

/** A criminal case's caption: the prosecuting sovereign, "v." and the defendant's surname. */
const CAPTION = new RegExp(String.raw`\b(?:people|state|commonwealth)[ \t]+(?:of[ \t]+${NAME_WORD}[ \t]+)?vs?\.?[ \t]+(${NAME_WORD})(?![\p{L}'’-])`, 'giu');
/** A household table's row: a name (surname first or a given name alone) opening the line, a column's gap, a relation. */
const HOUSEHOLD_ROW = /^[ \t]*(\p{L}[\p{L}\p{M}'’-]+(?:,[ \t]*\p{L}[\p{L}\p{M}'’-]+(?:[ \t]+\p{L}\.?)?)?)(?:[ \t]{2,}|\t)(?:mother|father|stepmother|stepfather|step-?parent|parent|child|son|daughter|stepson|stepdaughter|sibling|brother|sister|half-?sibling|half-?brother|half-?sister|grandmother|grandfather|grandparent|aunt|uncle|cousin|boyfriend|girlfriend|partner|paramour|spouse|husband|wife|roommate|relative|foster[ \t]+(?:child|parent))\b/gimu;
/** "Ezekiel O'Keefe, 103, of Justice,": a person's age and town set off by commas after the name. */
const AGED_OF = new RegExp(String.raw`(?=,)(?<=\p{L}),[ \t]+(\d{1,3}),[ \t]+of[ \t]+(${TOWN_PREFIX}${NAME_WORD}(?:[ \t]+${NAME_WORD})?)(?=[ \t]*[,;.)])`, 'giu');
/** "in Harmony since March 2020": a town lived in since a date. */
const IN_SINCE = new RegExp(String.raw`\bin[ \t]+(${TOWN_PREFIX}${NAME_WORD}(?:[ \t]+${NAME_WORD})?)[ \t]+since[ \t]+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)`, 'giu');
/** A legal form's declarant: "I, Prudence Coffin, of 440 Oak Way", "i, dina kulig, of". */
const DECLARANT = new RegExp(String.raw`(?:^|[\n.;:][ \t]*)I,[ \t]+(${NAME_WORD}(?:[ \t]+\p{L}\.?)?(?:[ \t]+${NAME_WORD}){1,2}),[ \t]+(?:of|residing|being|the[ \t]+undersigned|hereby|do[ \t]+hereby)\b`, 'giu');
/** A mail's display name before its address in angle brackets: "son nicodemo hand <fishingpro45@aol.com>". */
const DISPLAY_NAME = /((?:\p{L}[\p{L}\p{M}'’.-]*[ \t]+){1,3})<[^<>\s@]+@[^<>\s]+>/gu;
/** Words before a display name that say who, not which: kin, roles, "from", "e-mail". */
const NOT_DISPLAY = /^(?:from|to|cc|by|e-?mail|mail|message|reply|sent|the|a|an|my|his|her|their|pt|patient|son|daughter|wife|husband|mother|father|mom|dad|sister|brother|cousin|niece|nephew|aunt|uncle|neighbou?r|friend|partner|grandson|granddaughter|stepson|stepdaughter|caregiver|and)$/i;
/** A diary's or a note's sign-off after a double dash: "gave her keppra late last night. -- pearl". */
const SIGN_OFF = /(?=--)(?<=[.!?)"”][ \t]*)--[ \t]*(\p{L}[\p{L}\p{M}'’-]+)[ \t]*$/gmu;
/** Numbers of a case: a court's year and letters, an evidence item, a hotline intake, a deputy's or officer's unit. */
const CASE_NUMBERS = [
  /(?<![\w-])((?:19|20)\d{2}(?:[A-Z]{2,3}|[a-z]{2,3})\d{4,8})(?![\w-])/g,
  /\bevidence[ \t]+(?:item|bag|no\.?|number|#)[ \t]*#?[ \t]*([A-Za-z0-9][A-Za-z0-9-]{3,16}\d)(?![\w-])/gi,
  /\bintake[ \t]+(?:no\.?[ \t]*|#[ \t]*)?(\d{3,5}-\d{3,5}-\d{2,5}|[A-Z]{2}\d{6,10}|[a-z]{2}\d{6,10})(?![\w-])/gi,
  /\b(?:deputy|officer|trooper|det\.|detective|sgt\.|sergeant)[ \t]+[^\n;()]{2,40}?,[ \t]*(?:unit|car)[ \t]+#?[ \t]*(\d{1,6}[A-Za-z]?)(?![\w-])/gi,
];

export function caseRecords(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  if (/\bvs?\.?[ \t]/i.test(text)) {
    for (const m of text.matchAll(CAPTION)) {
      const name = m[1]!;
      const f = factsOf(name.toLowerCase());
      if (f.fn || (f.clinical && !f.last)) continue;
      if (bothCases(lineNear(text, m.index, 160)) && !/^\p{Lu}/u.test(name)) continue;
      const start = m.index + m[0].length - name.length;
      out.push({ start, end: start + name.length, kind: 'NAME', rule: 'case-caption', priority: 5 });
    }
  }
  for (const m of text.matchAll(HOUSEHOLD_ROW)) {
    const cell = m[1]!;
    const words = cell.split(/[ \t,]+/).filter((w) => w !== '');
    // Surname first needs a given name from the lists after it; a given name alone must be one.
    const given = words.length > 1 ? words[1]! : words[0]!;
    const g = factsOf(given.toLowerCase());
    if (!g.first || g.fn || (g.clinical && !g.last)) continue;
    if (words.some((w) => factsOf(w.toLowerCase().replace(/\.$/, '')).fn)) continue;
    const start = m.index + m[0].indexOf(cell);
    out.push({ start, end: start + cell.length, kind: 'NAME', rule: 'household-row', priority: 5 });
  }
  if (/,[ \t]+\d{1,3},[ \t]+of[ \t]/i.test(text)) {
    for (const m of text.matchAll(AGED_OF)) {
      const age = Number(m[1]);
      const ageAt = m.index + m[0].indexOf(m[1]!);
      if (age >= 90 && age < 125) out.push({ start: ageAt, end: ageAt + m[1]!.length, kind: 'AGE', rule: 'age-over-89', priority: 6 });
      const town = m[2]!;
      if (STATE_OR_COUNTRY.test(town)) continue;
      if (town.split(/[ \t]+/).some((w) => { const f = factsOf(w.toLowerCase()); return f.fn || (f.clinical && !f.town && !f.city); })) continue;
      if (bothCases(lineNear(text, m.index, 160)) && !/^\p{Lu}/u.test(town)) continue;
      const start = m.index + m[0].length - town.length;
      out.push({ start, end: start + town.length, kind: 'LOCATION', rule: 'place-resident-of', priority: 5 });
    }
  }
  if (/\bsince\b/i.test(text)) {
    for (const m of text.matchAll(IN_SINCE)) {
      const town = m[1]!;
      if (STATE_OR_COUNTRY.test(town)) continue;
      const facts = town.split(/[ \t]+/).map((w) => factsOf(w.toLowerCase()));
      if (facts.some((f) => f.fn || (f.clinical && !f.town && !f.city))) continue;
      // On a line of both cases a town is capitalized; in one case it must be a town's or a city's name.
      if (bothCases(lineNear(text, m.index, 160)) ? !/^\p{Lu}/u.test(town) : !facts.every((f) => f.town || f.city || !f.english)) continue;
      const start = m.index + 3 + m[0].slice(3).indexOf(town);
      out.push({ start, end: start + town.length, kind: 'LOCATION', rule: 'place-lived-since', priority: 4 });
    }
  }
  if (/\bI,[ \t]/i.test(text)) {
    for (const m of text.matchAll(DECLARANT)) {
      const name = m[1]!;
      const words = name.split(/[ \t]+/).filter((w) => w.length > 2);
      if (words.some((w) => { const f = factsOf(w.toLowerCase()); return f.fn || (f.clinical && !f.last && !f.first); })) continue;
      if (bothCases(lineNear(text, m.index, 160)) && !words.every((w) => /^\p{Lu}/u.test(w))) continue;
      const start = m.index + m[0].indexOf(name, m[0].indexOf(','));
      out.push({ start, end: start + name.length, kind: 'NAME', rule: 'name-declarant', priority: 5 });
    }
  }
  if (text.includes('@') && text.includes('<')) {
    for (const m of text.matchAll(DISPLAY_NAME)) {
      const words = m[1]!.trim().split(/[ \t]+/);
      while (words.length > 0 && NOT_DISPLAY.test(words[0]!)) words.shift();
      if (words.length < 2) continue;
      const facts = words.map((w) => factsOf(w.toLowerCase().replace(/\.$/, '')));
      // A given name and a surname (or a word no dictionary lists), no chart word.
      if (facts.some((f) => f.fn || (f.clinical && !f.last && !f.first)) || !(facts[0]!.first || !facts[0]!.english)) continue;
      const name = words.join(' ');
      const at = m.index + m[1]!.lastIndexOf(words[0]!, m[1]!.length - name.length);
      const end = m.index + m[1]!.trimEnd().length;
      out.push({ start: at, end, kind: 'NAME', rule: 'name-display', priority: 5 });
    }
  }
  if (text.includes('--')) {
    for (const m of text.matchAll(SIGN_OFF)) {
      const f = factsOf(m[1]!.toLowerCase());
      if (!f.first || f.fn || (f.clinical && !f.last)) continue;
      const start = m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
      out.push({ start, end: start + m[1]!.length, kind: 'NAME', rule: 'name-sign-off', priority: 5 });
    }
  }
  for (const re of CASE_NUMBERS) {
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: start + m[1]!.length, kind: 'ID', rule: 'case-number', priority: 6 });
    }
  }
  return out;
}
