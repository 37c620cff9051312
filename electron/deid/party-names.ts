// Names that the shape of a form or an agreement marks, in any case: a party named before the role an agreement gives
// it ("between GIL TZUR and KAILASH DESAI ("Intended Parents")"), two surnames joined by a slash on a label before the
// record number ("CANE: PALACIOS/WAELCHI - MRN"), the printed name after a signature's blank ("SIGNATURE: ______ AVI
// OZ"), a name in brackets after an account's number ("account 26929303 (glen love)"), a lawyer before ", Esq.", and a
// name written surname first after "by" ("notified by MURPHY, IVY.").
import type { Candidate } from './patterns';
import { groupAt, listedOrUnknown, nameWord, NAME_WORD, wordKey } from './name-words';
import { bothCases, factsMemo, lineNear, type TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

const RUN = String.raw`${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3}`;
/** A party's words before the role an agreement defines for it, and the first party after "between". */
const PARTY = new RegExp(String.raw`(?:\bbetween[ \t]+(${RUN})[ \t]+and[ \t]+)?(${RUN})[ \t]*\([ \t]*["“](?:the[ \t]+)?(?:intended[ \t]+(?:parents?|father|mother)|(?:gestational[ \t]+)?carrier|surrogate|donor|recipient|patient|client|guardian|parents?|buyer|seller|landlord|tenant|employer|employee|spouse|partner)["”][ \t]*\)`, 'giud');
/** Two surnames on a label, a slash between, before the record's number or birth date. */
const SLASHED = new RegExp(String.raw`(?<![\p{L}\p{M}'’/-])(${NAME_WORD})[ \t]*\/[ \t]*(${NAME_WORD})[ \t]*[-–:,|][ \t]*(?:mrn|dob|mr#|id)\b`, 'giud');
/** The name printed after a signature's blank, before the next field or the line's end. */
const SIGNED_BLANK = new RegExp(String.raw`\bsignature[ \t]*:?[ \t]*_{3,}[ \t]*(${NAME_WORD}(?:,?[ \t]+${NAME_WORD}){0,3})(?=[ \t]{2,}|[ \t]*(?:\r?\n|$))`, 'giud');
/** A name in brackets after an account's or a record's number. */
const AFTER_NUMBER = new RegExp(String.raw`\b(?:account|acct|record|file|case|chart)[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*[A-Za-z]{0,3}-?\d{5,}[ \t]*\((${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,2})\)`, 'giud');
/** A lawyer's name before ", Esq.". */
const ESQUIRE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${NAME_WORD}(?:[ \t]+(?:\p{L}\.|${NAME_WORD})){1,3}),?[ \t]+esq\b\.?`, 'giud');
/** A name written surname first after "by", closing the clause. */
const BY_INVERTED = new RegExp(String.raw`\bby[ \t]+(${NAME_WORD}),[ \t]+(${NAME_WORD})(?=[ \t]*(?:[.;)]|\r?\n|$))`, 'giud');

/** A name written surname first after a person's cue or between a label's dashes: "pt lane, fulgenzio taken off
 * table", "physicist daugherty, ari (fax …)", "— DICKI, GUY —", "by AGOSTO, HONEY, R.T.(T)", "FOR BAKER, GRACE H. ONLY". */
const CUED_INVERTED = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${NAME_WORD}),[ \t]+(${NAME_WORD})(?:[ \t]+\p{L}\.?)?(?=[ \t]*(?:[,;:)(|—–]|\.(?:[ \t]|$)|\r?\n|$)|[ \t]+-[ \t]|[ \t]+(?:notified|taken|only|aware|reports?|called|on|at)\b)`, 'giud');
/** The cue that must stand right before such a name, read back from it (cheaper than opening the search on every cue). */
const INVERTED_CUE = /(?:(?<![\p{L}\p{M}'’-])(?:pt|patient|by|for|with|physicist|dosimetrist|phlebotomist|donor|operator|therapist|nurse|tech|attending|ordering|referring|surgeon|provider|engineer|rep|fse|investigator|worker|interviewer|screener|sitter|caseworker|officer|deputy|detective|det\.)[ \t]*:?[ \t]+|(?<![\p{L}\p{M}'’-])(?:from|to|attn|cc)[ \t]*:[ \t]*|(?:^|[ \t])[-—–][ \t]+|\|[ \t]*)$/iu;

/** A name opening a sentence before ", age N" or ", N-year-old": "sunny, age 2, pushed a bead", "GURU, AGE 2,". */
const BEFORE_AGE = new RegExp(String.raw`(?:^|[.;:!?]\s+|\n[ \t]*)(${NAME_WORD})(?:[ \t]+(${NAME_WORD}))?,[ \t]+(?:age[ \t]+\d{1,3}|\d{1,3}[ \t-]*(?:y\/?o|yo|years?[ \t-]+old|year-old))(?![\p{L}\d])`, 'giud');
/** A name on its own before a record's date of birth or number, two spaces, a dash or a bar between: "AMBER H GARAY  MRN
 * 775772134", "abigayle h. frost   dob 10/23/1954", "— juan b. young — dob 1/13/1976", a list's surname first ("1. KUHIC,
 * Emelia - MRN", "delacrúz, homero noel | mrn", "| ACHARYA, VEDANGA RUBY | MRN"), a label's "honey rolfson   rx 4090937". */
const BEFORE_RECORD = new RegExp(String.raw`(?:^|\n|(?<=[ \t])[-—–|][ \t]+)[ \t]*(?:\d{1,2}[.)][ \t]+)?(${NAME_WORD})(?:,[ \t]*|[ \t]+)(?:\p{L}\.?[ \t]+)?(${NAME_WORD})(?:[ \t]+\p{L}[\p{L}'’-]+)?(?=(?:[ \t]{2,}|\t|[ \t]+[-—–|][ \t]+)(?:dob|d\.o\.b\.|mrn|date[ \t]+of[ \t]+birth|rx(?=[ \t]*#?[ \t]*\d))\b)`, 'giud');
/** A name mailed or delivered to, before the street it goes to: "card mailed 2/2017 to DUKE SCHNIEDERMEIER, 3162 W
 * LIBERTY PIKE", "deliver to: faith z. small, 118 w franklin road". */
const BEFORE_STREET = new RegExp(String.raw`\b(?:to|TO|To)[ \t]*:?[ \t]+(${NAME_WORD})[ \t]+(?:\p{L}\.?[ \t]+)?(${NAME_WORD}),[ \t]+(?=\d{1,6}[ \t]+(?:[nsewNSEW]\.?[ \t]+)?\p{L})`, 'gud');
/** A name closing a label's line after its record's number and a column's gap: "rx# 7616828   star ortega-baker". */
const AFTER_RECORD = new RegExp(String.raw`\b(?:rx|mrn)[ \t]*[#:]?[ \t]*[\d-]{5,14}(?:[ \t]{2,}|\t)(${NAME_WORD})[ \t]+(?:\p{L}\.?[ \t]+)?(${NAME_WORD})[ \t]*$`, 'gimud');
/** A name written surname first alone on a line of a label, or opening a line before a dash: "green, thúy l.",
 * "MUELLER, ARNOLDO S.", "hegmann, penny - bp6, day 8". */
const LINE_INVERTED = new RegExp(String.raw`^[ \t]*(${NAME_WORD}),[ \t]+(${NAME_WORD})(?:[ \t]+\p{L}\.?)?(?:[ \t]*$|(?=[ \t]+[-—–][ \t]+\p{L}))`, 'gmud');
/** A name right before a bracketed date of birth: "calling about juniper (dob 4/5/2020)". */
const BEFORE_DOB_BRACKET = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${NAME_WORD})(?:[ \t]+(${NAME_WORD}))?[ \t]*\([ \t]*(?:dob|d\.o\.b\.)`, 'giud');
/** A name before a bracket that says how they are kin to the patient: "KEVIN R WISE (PATIENT'S COUSIN) CALLED",
 * "abby snow (roommate)". */
const BEFORE_KIN_BRACKET = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${NAME_WORD})[ \t]+(?:\p{L}\.?[ \t]+)?(${NAME_WORD})[ \t]*\([ \t]*(?:(?:the[ \t]+)?(?:patient|pt)['’]?s[ \t]+)?(?:step|grand|great-grand)?(?:son|daughter|wife|husband|spouse|partner|mother|father|sister|brother|sibling|cousin|niece|nephew|aunt|uncle|roommate|friend|neighbou?r|co-?worker|in-law|church[ \t]+member|fianc[eé]e?|girlfriend|boyfriend|caregiver|guardian)(?:-in-law)?[ \t]*\)`, 'giud');
/** A name opening a sentence that gives the person's age: "cameron z shukla is a 5-year-old from boise". */
const IS_AGED = new RegExp(String.raw`(?:^|[.;:!?]\s+|\n[ \t]*)(${NAME_WORD})[ \t]+(?:\p{L}\.?[ \t]+)?(${NAME_WORD})[ \t]+(?:is|was)[ \t]+an?[ \t]+\d{1,3}[ \t-]*(?:years?|yrs?|y\/?o|month|week|day)`, 'giud');
/** A name in brackets after the relation that calls: "Called Parent (Juniper Jha) at …". */
const KIN_THEN_BRACKET = new RegExp(String.raw`\b(?:parent|guardian|mother|father|mom|dad|spouse|wife|husband|caregiver|daughter|son|sister|brother)[ \t]*\([ \t]*(${NAME_WORD})[ \t]+(${NAME_WORD})[ \t]*\)`, 'giud');
/** Who a sentence may open with before an age that is no name. */
const NOT_AGED_NAME = /^(?:patient|pt|child|infant|baby|toddler|boy|girl|male|female|man|woman|son|daughter|mother|father|sibling|brother|sister|twin|he|she|they|client|resident|veteran|student|adolescent|teen|teenager|newborn|neonate|pregnant|gravida|g\d+p\d+)$/i;

/** How far a name's line is read either side to tell its case (a bounded read: a text of one long line stays linear). */
const LINE_REACH = 160;

/** Words a party's, a signer's or a holder's run may not hold: no function or clinical word, one a name at least. */
function nameRun(words: readonly string[], factsOf: (key: string) => TokenFacts): boolean {
  const facts = words.map((w) => factsOf(wordKey(w)));
  return facts.every(nameWord) && facts.some(listedOrUnknown) && !words.some((w) => /^(?:and|or|the|of|between|by|to|from|with)$/i.test(w));
}

/** A listed given name or surname, or no English word, even where a list also calls it a chart word ("Friend"). */
const listedName = (f: TokenFacts): boolean => !f.fn && !f.eponym && (f.first || f.last || !f.english);

export function partyNames(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const push = (start: number, part: string): void => void out.push({ start, end: start + part.length, kind: 'NAME', rule: 'name-party', priority: 5 });
  if (/\(\s*["“]/.test(text)) {
    for (const m of text.matchAll(PARTY)) {
      const party = m[2]!.split(/[ \t]+/);
      // The run may open on words before the name ("agreement between ..."): keep the name's last words only.
      let k = party.length;
      while (k > 0 && nameRun(party.slice(k - 1), factsOf)) k--;
      if (k === party.length) continue;
      const words = party.slice(k);
      const start = groupAt(m, 2) + m[2]!.length - words.join(' ').length;
      if (text.slice(start, groupAt(m, 2) + m[2]!.length) !== words.join(' ')) continue;
      push(start, words.join(' '));
      if (m[1] !== undefined && nameRun(m[1].split(/[ \t]+/), factsOf)) push(groupAt(m, 1), m[1]);
    }
  }
  if (text.includes('/')) {
    for (const m of text.matchAll(SLASHED)) {
      if (![m[1]!, m[2]!].every((w) => listedOrUnknown(factsOf(wordKey(w))) && !/^\d/.test(w))) continue;
      push(m.index, text.slice(m.index, groupAt(m, 2) + m[2]!.length));
    }
  }
  if (/signature/i.test(text)) {
    for (const m of text.matchAll(SIGNED_BLANK)) if (nameRun(m[1]!.split(/[ \t,]+/).filter(Boolean), factsOf)) push(groupAt(m, 1), m[1]!);
  }
  if (/\d{5}[ \t]*\(/.test(text)) for (const m of text.matchAll(AFTER_NUMBER)) if (nameRun(m[1]!.split(/[ \t]+/), factsOf)) push(groupAt(m, 1), m[1]!);
  if (/esq/i.test(text)) {
    for (const m of text.matchAll(ESQUIRE)) {
      const words = m[1]!.split(/[ \t]+/);
      // The name's own words: walk left from "Esq." while they are names.
      let k = words.length;
      while (k > 0 && (/^\p{L}\.$/u.test(words[k - 1]!) || listedName(factsOf(wordKey(words[k - 1]!))))) k--;
      if (words.length - k < 2) continue;
      const name = words.slice(k).join(' ');
      push(groupAt(m, 1) + m[1]!.length - name.length, name);
    }
  }
  if (/\bby[ \t]+\S+,[ \t]/i.test(text)) for (const m of text.matchAll(BY_INVERTED)) {
    const surname = factsOf(wordKey(m[1]!));
    const given = factsOf(wordKey(m[2]!));
    if (!listedName(surname) || !listedName(given) || !(surname.last || !surname.english) || !(given.first || !given.english)) continue;
    push(groupAt(m, 1), text.slice(groupAt(m, 1), groupAt(m, 2) + m[2]!.length));
  }
  // A given name then a surname in groups 1 and 2: both names' words, capitalized on a line written in both cases.
  const twoWords = (m: RegExpMatchArray): void => {
    const given = factsOf(wordKey(m[1]!));
    const surname = factsOf(wordKey(m[2]!));
    if (!listedName(given) || !listedName(surname) || given.clinical || surname.clinical || !(given.first || !given.english) || !(surname.last || !surname.english)) return;
    if (bothCases(lineNear(text, groupAt(m, 1), LINE_REACH)) && !(/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!))) return;
    push(groupAt(m, 1), text.slice(groupAt(m, 1), groupAt(m, 2) + m[2]!.length));
  };
  // A surname then a given name in groups 1 and 2, one of them in a list of names; the span's end is the caller's.
  const surnameFirst = (m: RegExpMatchArray): boolean => {
    const surname = factsOf(wordKey(m[1]!));
    const given = factsOf(wordKey(m[2]!));
    if (!listedName(surname) || !listedName(given) || surname.clinical || given.clinical || !(surname.last || !surname.english) || !(given.first || !given.english) || !(surname.last || given.first)) return false;
    return !bothCases(lineNear(text, groupAt(m, 1), LINE_REACH)) || (/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!));
  };
  if (/,/.test(text)) for (const m of text.matchAll(LINE_INVERTED)) {
    // (The middle initial and its stop are the name's too.)
    if (surnameFirst(m)) push(groupAt(m, 1), text.slice(groupAt(m, 1), m.index + m[0].trimEnd().length));
  }
  if (/\([ \t]*(?:the |patient|pt|step|grand|son|daughter|wife|husband|spouse|partner|mother|father|sister|brother|sibling|cousin|niece|nephew|aunt|uncle|roommate|friend|neighbo|co-?worker|in-law|church|fianc|girlfriend|boyfriend|caregiver|guardian)/i.test(text)) for (const m of text.matchAll(BEFORE_KIN_BRACKET)) twoWords(m);
  if (/\([ \t]*d\.?o\.?b/i.test(text)) for (const m of text.matchAll(BEFORE_DOB_BRACKET)) {
    const words = [m[1]!, m[2]].filter((w): w is string => w !== undefined);
    const facts = words.map((w) => factsOf(wordKey(w)));
    // The word nearest the bracket is the name's; a word before it counts only as a name's too.
    const last = facts[facts.length - 1]!;
    if (!listedName(last) || last.clinical || !(last.first || last.last || !last.english)) continue;
    const both = facts.length === 2 && listedName(facts[0]!) && !facts[0]!.clinical && (facts[0]!.first || !facts[0]!.english);
    const start = both ? groupAt(m, 1) : groupAt(m, words.length);
    const end = groupAt(m, words.length) + words[words.length - 1]!.length;
    if (bothCases(lineNear(text, start, LINE_REACH)) && !/^\p{Lu}/u.test(text.slice(start, end))) continue;
    push(start, text.slice(start, end));
  }
  if (/dob|d\.o\.b|mrn|date of birth|rx/i.test(text)) for (const m of text.matchAll(BEFORE_RECORD)) {
    // ("1. KUHIC, Emelia - MRN …", "bhattacharya, will | mrn …": a comma puts the surname first.)
    const inverted = text.slice(groupAt(m, 1) + m[1]!.length, groupAt(m, 2)).includes(',');
    const given = factsOf(wordKey(inverted ? m[2]! : m[1]!));
    const surname = factsOf(wordKey(inverted ? m[1]! : m[2]!));
    if (!listedName(given) || !listedName(surname) || given.clinical || surname.clinical || !(given.first || surname.last)) continue;
    const end = m.index + m[0].length;
    const middle = text.slice(groupAt(m, 2) + m[2]!.length, end).trim();
    if (middle !== '' && (!inverted || !listedName(factsOf(wordKey(middle))) || factsOf(wordKey(middle)).clinical)) continue;
    if (bothCases(lineNear(text, groupAt(m, 1), LINE_REACH)) && !(/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!))) continue;
    push(groupAt(m, 1), text.slice(groupAt(m, 1), end));
  }
  if (/\b(?:rx|mrn)\b/i.test(text)) for (const m of text.matchAll(AFTER_RECORD)) twoWords(m);
  if (/\bto\b/i.test(text)) for (const m of text.matchAll(BEFORE_STREET)) twoWords(m);
  if (/\b(?:is|was) an? \d/i.test(text)) for (const m of text.matchAll(IS_AGED)) twoWords(m);
  if (/\([ \t]*\p{L}/u.test(text)) for (const m of text.matchAll(KIN_THEN_BRACKET)) twoWords(m);
  if (/,[ \t]+(?:age|\d)/i.test(text)) for (const m of text.matchAll(BEFORE_AGE)) {
    const words = [m[1]!, m[2]].filter((w): w is string => w !== undefined);
    if (words.some((w) => NOT_AGED_NAME.test(w))) continue;
    const facts = words.map((w) => factsOf(wordKey(w)));
    if (!facts.every((f) => listedName(f) && !f.clinical) || !(facts[0]!.first || !facts[0]!.english)) continue;
    if (bothCases(lineNear(text, m.index + m[0].length - 1, LINE_REACH)) && !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const start = groupAt(m, 1);
    push(start, text.slice(start, words.length > 1 ? groupAt(m, 2) + m[2]!.length : start + m[1]!.length));
  }
  if (/,[ \t]/.test(text)) for (const m of text.matchAll(CUED_INVERTED)) {
    // (One of the two is in a list of names at least: "for Tylenol, Motrin" is two words no list knows.)
    if (INVERTED_CUE.test(text.slice(Math.max(0, m.index - 32), m.index)) && surnameFirst(m)) push(groupAt(m, 1), text.slice(groupAt(m, 1), groupAt(m, 2) + m[2]!.length));
  }
  return out;
}
