// Names that a record's own wording marks, in any case: the signer of a sworn statement ("I, fan rui, ata-certified
// translator, attest ...", "I, Marie-Ange Charles, interpreted the above consent"), a name written family name first
// before the English name its bearer goes by ("CAO Lei (English name Apple)"), and a log's cell of a name before the
// cell of that person's id ("| li lei | id 507528 |"), the person to reach between "notify" and their number or role,
// the patient named before their record number, an interpreter named before their number or their being there, and a
// name before a comma and an age ("Sunny Rivers, age 6"), and a given name before the office it calls from.
import type { Candidate } from './patterns';
import { groupAt, listedOrUnknown, nameWord, wordKey as keyOf } from './name-words';
import { factsMemo, lineNear, wordGate } from './tokens';
import type { WordLists } from './wordlists';

const WORD = String.raw`\p{L}[\p{L}\p{M}'’.-]*`;
/** "I, NAME, ..." before what a sworn statement's signer says or is. */
const SWORN = new RegExp(String.raw`(?:^|[\n.:;])[ \t]*i,[ \t]+(${WORD}(?:[ \t]+${WORD}){0,3}),[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:translator|interpreter|attest|attests|certify|certifies|declare|declares|interpreted|translated|hereby|being|the[ \t]+undersigned|do[ \t]+hereby|am|swear|affirm|state)\b`, 'giud');
const SWORN_WORDS = wordGate('i');
/** "CAO Lei (English name Apple)": the two words before are the name written family name first. */
const BEFORE_ENGLISH_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD})[ \t]+(${WORD})[ \t]*\((?:english|american|preferred|western)[ \t]+name\b`, 'giud');
const ENGLISH_NAME_WORDS = wordGate('english american preferred western');
/** A table cell of one to three words, then a cell that opens with the person's id. */
const CELL_BEFORE_ID = new RegExp(String.raw`\|[ \t]*(${WORD}(?:[ \t]+${WORD}){0,2})[ \t]*\|[ \t]*(?:id|badge|emp(?:loyee)?(?:[ \t]+id)?)[ \t]*[#:]?[ \t]*[A-Za-z]{0,3}-?\d`, 'giud');

/** "notify sterling pardini at (802) 650-3086", "call Gene Mendes, our endoscopy scheduler": who to reach, named
 * between the asking verb and their number or their role. */
const REACH = new RegExp(String.raw`\b(?:notify|call|contact|page|text|reach|ask[ \t]+for)[ \t]+(${WORD}(?:[ \t]+${WORD}){0,2}?)(?=[ \t]+in[ \t]+(?:scheduling|billing|registration|medical[ \t]+records)\b|[ \t]+at[ \t]+(?:\+?1[ .-]?)?\(?\d{3}\)?[ .\/-]?\d{3}[ .-]\d{4}|,[ \t]+(?:our|your|the)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:scheduler|nurse|coordinator|navigator|manager|caseworker|case[ \t]+manager|social[ \t]+worker|interpreter|dietitian|pharmacist|secretary|receptionist|assistant|liaison|counselor|educator)\b)`, 'giud');
const REACH_WORDS = wordGate('notify call contact page text reach ask');
/** "was used Monday on patient AGYARE (MRN 454543950)": the word after "patient" before the record's number. */
const PATIENT_BEFORE_MRN = new RegExp(String.raw`\b(?:patient|pt)[ \t]+(${WORD}(?:[ \t]+${WORD})?)(?=[ \t]*[(,]?[ \t]*(?:mrn|dob|acct|fin)\b)`, 'giud');
const PATIENT_WORDS = wordGate('patient pt');
/** "interpreter kevin (id 5049)", "in-person interpreter yaroslav ivanov (#4218)", "Mandarin interpreter Tao present":
 * the interpreter's name between the word and their number, or before their being there. */
const INTERPRETER_NAMED = new RegExp(String.raw`\binterpreter[ \t]+(${WORD}(?:[ \t]+${WORD}){0,2})(?:[ \t]*\((?:id[ \t]*:?[ \t]*|#[ \t]*)([A-Za-z]{0,3}-?\d[\d-]*)\)|(?=[ \t]+(?:present|on[ \t]+the[ \t]+line|by[ \t]+phone|joined|arrived)\b))`, 'giud');
const INTERPRETER_WORDS = wordGate('interpreter');
/** "Pediatric PSG: Sunny Rivers, age 6, accompanied by ...": two or three words of a name before a comma and an age. */
const NAME_BEFORE_AGE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD}(?:[ \t]+${WORD}){1,2}),[ \t]+(?:age|aged)[ \t]+\d{1,3}\b`, 'giud');
const AGE_WORDS = wordGate('age aged');
/** "joy stroman (88 y/o, type 2 diabetes)": two or three words of a name before an age in brackets. */
const NAME_BEFORE_BRACKET_AGE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD}(?:[ \t]+${WORD}){1,2})[ \t]*\((?:age[ \t]+)?\d{1,3}[ \t]*(?:y\/?o|yo|yrs?(?:[ \t]+old)?|years?[ \t]+old|-year-old)\b`, 'giud');
/** "93-YEAR-OLD CLIFF RANGEL REFUSED", "a 101 y/o Rose Kaminski": a given name and a surname right after the age. */
const AGE_BEFORE_NAME = new RegExp(String.raw`\b\d{1,3}(?:[ \t-](?:year|yr)s?[ \t-]old|[ \t]*y\/?o)[ \t]+(${WORD})[ \t]+(${WORD})`, 'giud');
/** "registry MD7655: Fields, Autumn, 8083 E Lake Cir": a name written surname first before the street the person lives on. */
const INVERTED_BEFORE_STREET = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD}),[ \t]+(${WORD}),[ \t]+\d{1,6}[ \t]+(?:[NSEWnsew]\.?[ \t]+)?(?:\p{L}+[ \t]+){1,3}(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|cir|circle|ct|court|blvd|boulevard|way|pl|place|pkwy|parkway|hwy|highway|ter|terrace|trail|trl)\b`, 'giud');
/** 'Sunny (goes by "Red")', 'Walter Pruitt (aka "Buddy")': the name a nickname is given for, before the bracket. */
const BEFORE_NICKNAME = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD}(?:[ \t]+${WORD}){0,2})[ \t]*\((?:goes[ \t]+by|aka|a\.k\.a\.|nicknamed|known[ \t]+as|prefers)\b`, 'giud');
/** "returned call, spoke w/ Guy.": the one person spoken with, named at the clause's end. */
const SPOKE_WITH = new RegExp(String.raw`\b(?:spoke|spoken|talked|met)[ \t]+(?:with|w\/)[ \t]+(\p{L}[\p{L}\p{M}'’-]*)(?=[ \t]*(?:[.;,]|\r?\n|$))`, 'giud');
/** "Luc, pharmacist at Salas Drug, called": a given name, a comma and the role someone calls from. */
const NAME_ROLE_AT = new RegExp(String.raw`(?:^|[.;:\n][ \t]*)(${WORD}(?:[ \t]+${WORD})?),[ \t]+(?:the[ \t]+)?(?:pharmacist|nurse|rn|lpn|np|coordinator|scheduler|receptionist|manager|technician|tech|therapist|dietitian|counselor|caseworker|social[ \t]+worker|rep|representative|trainer|coach|teacher|principal|supervisor|director|assistant|agent|adjuster|specialist)[ \t]+(?:at|from|with|for)\b`, 'giud');
/** "her daughter Chip's house", "BEST FRIEND KRISTIAN'S HOUSE": a relative named in the possessive after the relation. */
const KIN_POSSESSIVE = new RegExp(String.raw`\b(?:daughter|son|sister|brother|mother|father|aunt|uncle|cousin|niece|nephew|friend|neighbou?r|grandmother|grandfather|grandson|granddaughter|husband|wife|fianc[ée]e?|partner|stepdaughter|stepson)[ \t]+(${WORD})['’]s\b`, 'giud');
/** Words for staff or callers that stand where a name would. */
const STAFF_WORD = /^(?:nurse|doctor|dr|pharmacist|staff|someone|caller|patient|pt|tech|aide|manager|receptionist)$/i;
/** Words after an age that say who, not which person. */
const DEMOGRAPHIC = /^(?:male|female|man|woman|boy|girl|gentleman|lady|patient|pt|white|black|caucasian|hispanic|latino|latina|african|asian|american|native|indian|korean|chinese|vietnamese|filipino|mexican|russian|jewish|amish|veteran|resident|nursing|home|marine|army|navy|farmer|nurse|teacher|student|retired|married|single|divorced|widowed|widow|widower|right|left|handed|obese|healthy|known|former|active|previously|otherwise|with|who|presents|presenting|here|status|s\/p|g\d\S*|para|primigravida|multigravida)$/i;
/** "Grace from Dr. Osinski's office will call you": a staff member's given name before the office they call from. */
const FROM_OFFICE = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD})[ \t]+from[ \t]+(?:dr\.?[ \t]+${WORD}['’]s|the|our|your)[ \t]+(?:office|clinic|practice)\b`, 'giud');
const FROM_OFFICE_WORDS = wordGate('office clinic practice');
/** Words that stand where a name would and are none. */
const NOT_A_NAME = /^(?:billing|scheduling|registration|admitting|triage|nursing|records|back|now|today|tonight|tomorrow|again|later|anytime|office|clinic|pharmacy|home|name|names|id|label|labels|chart|record|records|number|info|information|identified|identifiers?|sticker|band|wristband|verified|confirmed|data|details)$/i;


export function statementNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const words = (s: string): string[] => s.split(/[ \t]+/);
  const push = (start: number, part: string): void => void out.push({ start, end: start + part.length, kind: 'NAME', rule: 'name-statement', priority: 5 });
  if (open[SWORN_WORDS.index] && /\bi,/i.test(text)) {
    for (const m of text.matchAll(SWORN)) {
      if (!words(m[1]!).every((w) => nameWord(factsOf(keyOf(w))))) continue;
      push(groupAt(m, 1), m[1]!);
    }
  }
  if (open[ENGLISH_NAME_WORDS.index]) {
    for (const m of text.matchAll(BEFORE_ENGLISH_NAME)) {
      // Chinese names are often listed as words too ("Li", "Lei"): a listed name or no word at all will do.
      if (!listedOrUnknown(factsOf(keyOf(m[1]!))) || !listedOrUnknown(factsOf(keyOf(m[2]!)))) continue;
      push(m.index, text.slice(m.index, groupAt(m, 2) + m[2]!.length));
    }
  }
  if (open[REACH_WORDS.index]) {
    for (const m of text.matchAll(REACH)) {
      const ws = words(m[1]!);
      // The words are names a list knows or no word at all ("call back at", "call the office at" are no one).
      if (!ws.every((w) => { const f = factsOf(keyOf(w)); return nameWord(f) && !NOT_A_NAME.test(w) && (f.first || f.last || (!f.english && !/(?:ed|ing|ly)$/i.test(w))); })) continue;
      push(groupAt(m, 1), m[1]!);
    }
  }
  if (open[PATIENT_WORDS.index]) {
    for (const m of text.matchAll(PATIENT_BEFORE_MRN)) {
      const ws = words(m[1]!);
      if (!ws.every((w) => { const f = factsOf(keyOf(w)); return nameWord(f) && !NOT_A_NAME.test(w) && (f.first || f.last || !/(?:ed|ing|ly)$/i.test(w)); })) continue;
      push(groupAt(m, 1), m[1]!);
    }
  }
  if (open[INTERPRETER_WORDS.index]) {
    for (const m of text.matchAll(INTERPRETER_NAMED)) {
      const ws = words(m[1]!);
      // A name the lists know or no word at all; "interpreter services (id ...)", "interpreter was present" are no one.
      if (!ws.every((w) => { const f = factsOf(keyOf(w)); return listedOrUnknown(f) && !NOT_A_NAME.test(w) && !(f.common && !f.first && !f.last); })) continue;
      push(groupAt(m, 1), m[1]!);
      if (m[2] !== undefined) out.push({ start: groupAt(m, 2), end: groupAt(m, 2) + m[2].length, kind: 'ID', rule: 'name-statement', priority: 5 });
    }
  }
  if (open[FROM_OFFICE_WORDS.index]) {
    for (const m of text.matchAll(FROM_OFFICE)) {
      const w = m[1]!;
      const f = factsOf(keyOf(w));
      // A listed given name, capitalized where the line is written in both cases ("a nurse from the office" is no one).
      const mixed = /\p{Ll}/u.test(m[0]) && /\p{Lu}/u.test(m[0]);
      if (!f.first || !nameWord(f) || NOT_A_NAME.test(w) || (mixed && !/^\p{Lu}/u.test(w))) continue;
      push(groupAt(m, 1), w);
    }
  }
  if (open[AGE_WORDS.index]) {
    for (const m of text.matchAll(NAME_BEFORE_AGE)) {
      const ws = words(m[1]!);
      const mixed = /\p{Ll}/u.test(m[0]) && /\p{Lu}/u.test(m[0]);
      // Capitalized on a line in both cases; in one case, a listed given name first and a listed or unknown word after.
      const first = factsOf(keyOf(ws[0]!));
      if (!ws.every((w) => { const f = factsOf(keyOf(w)); return listedOrUnknown(f) && !NOT_A_NAME.test(w) && (mixed ? /^\p{Lu}/u.test(w) : !f.common || f.first || f.last); }) || (!mixed && !first.first)) continue;
      push(groupAt(m, 1), m[1]!);
    }
  }
  if (/\(\s*(?:age\s+)?\d{1,3}\s*(?:y\/?o|yo|yrs?|years?|-year)/i.test(text)) {
    for (const m of text.matchAll(NAME_BEFORE_BRACKET_AGE)) {
      const ws = words(m[1]!);
      const mixed = /\p{Ll}/u.test(m[1]!) && /\p{Lu}/u.test(m[1]!);
      const first = factsOf(keyOf(ws[0]!));
      if (!first.first || !ws.every((w) => { const f = factsOf(keyOf(w)); return listedOrUnknown(f) && !NOT_A_NAME.test(w) && !DEMOGRAPHIC.test(w) && (mixed ? /^\p{Lu}/u.test(w) : true); })) continue;
      push(groupAt(m, 1), m[1]!);
    }
  }
  if (/\d(?:[ \t-](?:year|yr)s?[ \t-]old|[ \t]*y\/?o)\b/i.test(text)) {
    for (const m of text.matchAll(AGE_BEFORE_NAME)) {
      const given = factsOf(keyOf(m[1]!));
      const surname = factsOf(keyOf(m[2]!));
      const mixed = /\p{Ll}/u.test(m[0]) && /\p{Lu}/u.test(m[0]);
      // A listed given name, then a listed surname or a word no list calls English; neither a word of who the person is.
      // ("CLIFF RANGEL": an everyday word may be the given name when the surname is no English word.)
      const surnameOnly = surname.last && !surname.english;
      if (!(given.first || surnameOnly) || given.fn || given.clinical || !nameWord(surname) || !(surname.last || !surname.english) || DEMOGRAPHIC.test(m[1]!) || DEMOGRAPHIC.test(m[2]!)) continue;
      if (mixed && !(/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!))) continue;
      push(groupAt(m, 1), text.slice(groupAt(m, 1), groupAt(m, 2) + m[2]!.length));
    }
  }
  if (/,[ \t]+\d{1,6}[ \t]/.test(text)) {
    for (const m of text.matchAll(INVERTED_BEFORE_STREET)) {
      const surname = factsOf(keyOf(m[1]!));
      const given = factsOf(keyOf(m[2]!));
      if (!nameWord(surname) || !nameWord(given) || !(surname.last || !surname.english) || !(given.first || !given.english || !given.common) || DEMOGRAPHIC.test(m[1]!)) continue;
      push(m.index, text.slice(m.index, groupAt(m, 2) + m[2]!.length));
    }
  }
  if (/\((?:goes|aka|a\.k\.a|nicknamed|known|prefers)/i.test(text)) {
    for (const m of text.matchAll(BEFORE_NICKNAME)) {
      // The name's own words, walking left from the bracket while they are listed names or no English word.
      const ws = words(m[1]!);
      let k = ws.length;
      while (k > 0 && listedOrUnknown(factsOf(keyOf(ws[k - 1]!))) && !NOT_A_NAME.test(ws[k - 1]!) && !DEMOGRAPHIC.test(ws[k - 1]!)) k--;
      if (k === ws.length) continue;
      const name = ws.slice(k).join(' ');
      const end = groupAt(m, 1) + m[1]!.length;
      if (text.slice(end - name.length, end) === name) push(end - name.length, name);
    }
  }
  if (/\b(?:spoke|spoken|talked|met)[ \t]+(?:with|w\/)/i.test(text)) for (const m of text.matchAll(SPOKE_WITH)) {
    const f = factsOf(keyOf(m[1]!));
    if (!nameWord(f) || NOT_A_NAME.test(m[1]!) || DEMOGRAPHIC.test(m[1]!) || !(f.first || !f.english)) continue;
    // On a line written in both cases a name is capitalized.
    if (/\p{Lu}\p{Ll}/u.test(lineNear(text, m.index, 200)) && !/^\p{Lu}/u.test(m[1]!)) continue;
    push(groupAt(m, 1), m[1]!);
  }
  if (/,[ \t]+(?:the[ \t]+)?[a-z ]{2,14}[ \t]+(?:at|from|with|for)\b/i.test(text)) for (const m of text.matchAll(NAME_ROLE_AT)) {
    const ws = words(m[1]!);
    if (!ws.every((w) => { const f = factsOf(keyOf(w)); return nameWord(f) && !NOT_A_NAME.test(w) && !STAFF_WORD.test(w) && (f.first || f.last || !f.english); })) continue;
    push(groupAt(m, 1), m[1]!);
  }
  if (/\p{L}['’]s\b/u.test(text)) for (const m of text.matchAll(KIN_POSSESSIVE)) {
    const f = factsOf(keyOf(m[1]!));
    const mixed = /\p{Lu}\p{Ll}/u.test(lineNear(text, m.index, 200));
    if (f.fn || f.clinical || NOT_A_NAME.test(m[1]!) || DEMOGRAPHIC.test(m[1]!) || (mixed && !/^\p{Lu}/u.test(m[1]!))) continue;
    push(groupAt(m, 1), m[1]!);
  }
  if (text.includes('|')) {
    for (const m of text.matchAll(CELL_BEFORE_ID)) {
      const ws = words(m[1]!);
      // A language, a modality or a room is not a name: every word must be a listed name or one no list calls a word.
      if (!ws.every((w) => listedOrUnknown(factsOf(keyOf(w))))) continue;
      push(groupAt(m, 1), m[1]!);
    }
  }
  return out;
}
