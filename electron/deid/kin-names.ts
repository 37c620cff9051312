// A relative's or a helper's given name that is also an everyday word, right after who they are: "PT'S COUSIN WILL
// GAVE NARCAN", "spoke with pt's roommate will at 937/456-0827", "the patient's in-law honey was present", "son SKIP
// ASKS", "parent major by phone", "interpreter skip (id 300747)". What follows proves the word a name: something a
// person did, a preposition, a bracket or a mark. A modal or a verb never stands so ("his son will call back", "the
// daughter will be present", "mother lucky to be alive"): a function word ("will", "may") needs a past or a present
// verb or a preposition after it, never a base verb.
// Also the relative a nurse taught ("TAUGHT SPOUSE KEENAN DRESSING CHANGES") and a spouse's name and age set off by
// commas ("Married 67 years to Myrtle, now 91, who…").
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineNear, wordGate } from './tokens';
import { NICKNAME, givenWord, groupAt } from './name-words';
import { TOWN_PREFIX } from './town-country';
import type { WordLists } from './wordlists';

const KIN = 'grandparent|adult[ \\t]+child|cousin|neighbou?r|partner|roommate|friend|parent|in-law|son|daughter|sister|brother|wife|husband|spouse|mother|father|aunt|uncle|niece|nephew|grandchild|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|sibling|caregiver|interpreter|fianc[eé]e?|boyfriend|girlfriend|stepson|stepdaughter|stepmother|stepfather|godmother|godfather|guardian';
const KIN_WORDS = wordGate('married grandparent child cousin neighbor neighbour partner roommate friend parent in-law law son daughter sister brother wife husband spouse mother father aunt uncle niece nephew grandchild grandson granddaughter grandmother grandfather grandma grandpa sibling caregiver interpreter fiance fiancé fiancee fiancée boyfriend girlfriend stepson stepdaughter stepmother stepfather godmother godfather guardian');
const KIN_NAME = new RegExp(String.raw`\b(?:${KIN})(?:[ \t]+in[ \t-]+law)?[ \t]+(\p{L}[\p{L}'’]+)`, 'giu');
/** Verbs a person's name stands before in the past or the present, never after a modal. */
const DID = 'gave|called|calls|signed|signs|asks|asked|says|said|was|is|has|had|attended|agreed|agrees|took|takes|brought|brings|drove|drives|came|comes|stays|stayed|lives|lived|reports|reported|states|stated|confirmed|confirms|declined|declines|wants|wanted|requested|requests|verbalized|visited|visits|arrived|left|helps|helped|found|noticed|witnessed|consented|consents|administered|picked|answered|returned|spoke|speaks|translated|interpreted';
/** After a name that is also a function word: a verb of the past or the present, a preposition, a bracket or a mark
 * (not a comma: "his son will, if needed, call"; not "will at times"). */
const AFTER_FN = new RegExp(String.raw`^(?![ \t]+(?:at[ \t]+(?:times|least|some|first|home)|in[ \t]+(?:the|turn|time|person)|on[ \t]+occasion)\b)(?:[ \t]*(?:[;:)(]|\.(?:[ \t]|$)|\r?\n|$)|[ \t]+(?:${DID}|at|on|in|by|from|with)(?![\p{L}'’-]))`, 'iu');
/** After an everyday word: as above with a comma, or "present", "who", a telephone number. */
const AFTER_WORD = new RegExp(String.raw`^(?:[ \t]*(?:[,;:)(]|\.(?:[ \t]|$)|\r?\n|$)|[ \t]+(?:${DID}|at|on|in|by|from|with|present|who|\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]\d{4})(?![\p{L}'’-]))`, 'iu');
/** Words after a relation that say which or what, never who. */
const NOT_NAME = /^(?:and|or|the|a|an|of|to|for|at|in|on|by|with|from|is|was|has|had|who|whom|that|this|present|here|there|also|both|not|now|then|only|alone|too|still|already|again|home|today|tonight|tomorrow|yesterday|later|recently|reports?|states?|said|says|called|visited|visiting|died|passed|deceased|lives|living|helps|helping|brought|drove|asked|asks|gave|given|came|comes|agreed|declined|arrived|left|took|takes|stays|stayed|unable|available|aware|concerned|worried|upset|involved|requesting|requested|contacted|notified|updated|informed|are|were|have|be|been|being|did|does|do|can|could|should|would|must|might|shall|in-law|law|step|same|other|another|oldest|eldest|youngest|older|younger|middle|primary|main|local|paid|family|hcp|poa|dpoa|rn|md|np)$/i;

/** "the patient's mother silvia, 97, in scottsbluff": a relative's age set off by commas after their name. */
const KIN_AGE = new RegExp(String.raw`\b(?:${KIN})[ \t]+\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?,[ \t]*(\d{2,3})(?=[ \t]*[,;)])`, 'giu');

/** "…, 94, in New Brown;": the town after a relative's age, closing the clause. */
const AGE_TOWN = new RegExp(String.raw`^[ \t]*,[ \t]+(?:in|of|from)[ \t]+(${TOWN_PREFIX}\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?)(?=[ \t]*(?:[;,.)]|$))`, 'u');

/** A nurse's teaching verb before the relative taught. */
const TAUGHT = /\b(?:taught|instructed|educated|trained|teaching)[ \t]+$/i;
/** What a relative is taught, never who. */
const TAUGHT_WHAT = /^(?:how|about|dressing|dressings|wound|wounds|care|signs|use|proper|skin|ostomy|incision|feeding|feeds|tube|medication|medications|meds|insulin|injection|injections|catheter|drain|drains|pump|stretching|exercises|scar|massage|splint|splinting|positioning|transfers|and|to|on|in|re|regarding|ng|peg|g-tube|trach|suctioning|cpr)$/;

/** "Married 67 years to Myrtle, now 91, who…": the spouse's given name and age set off by commas. */
const MARRIED_TO = /\bmarried(?:[ \t]+\d{1,2}[ \t]+(?:years|yrs))?[ \t]+to[ \t]+(\p{L}[\p{L}'’-]*),[ \t]*(?:(?:now|age|aged)[ \t]+)?(\d{2,3})(?=[ \t]*[,;)])/dgiu;

export function kinNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[KIN_WORDS.index]) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(KIN_NAME)) {
    const word = m[1]!;
    const key = word.toLowerCase();
    if (NOT_NAME.test(key)) continue;
    const f = factsOf(key);
    const start = m.index + m[0].length - word.length;
    // "TAUGHT SPOUSE KEENAN DRESSING CHANGES": the relative a nurse taught is named before what was taught, whatever
    // the name ("taught parent how to", "taught spouse wound care" stay).
    const taught = TAUGHT.test(text.slice(Math.max(0, m.index - 14), m.index)) && !TAUGHT_WHAT.test(key) && givenWord(f, key);
    // Only a listed given name that is also a word: other names are found by the older relation rules.
    if (!taught && (!(f.first || NICKNAME.test(key)) || !(f.fn || f.english) || f.clinical || f.eponym)) continue;
    // On a line of both cases the name is capitalized.
    if (bothCases(lineNear(text, m.index, 160)) && !/^\p{Lu}/u.test(word)) continue;
    const after = text.slice(start + word.length, start + word.length + 24);
    if (!taught && !(f.fn ? AFTER_FN : AFTER_WORD).test(after)) continue;
    out.push({ start, end: start + word.length, kind: 'NAME', rule: 'name-kin-word', priority: 4 });
  }
  for (const m of text.matchAll(MARRIED_TO)) {
    const key = m[1]!.toLowerCase();
    if (NOT_NAME.test(key) || !givenWord(factsOf(key), key)) continue;
    const at = groupAt(m, 1);
    out.push({ start: at, end: at + m[1]!.length, kind: 'NAME', rule: 'name-kin-word', priority: 4 });
    const age = Number(m[2]);
    if (age >= 90 && age <= 125) out.push({ start: groupAt(m, 2), end: groupAt(m, 2) + m[2]!.length, kind: 'AGE', rule: 'age-kin', priority: 6 });
  }
  for (const m of text.matchAll(KIN_AGE)) {
    const age = Number(m[1]);
    if (age < 90 || age > 125) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - m[1]!.length, end, kind: 'AGE', rule: 'age-kin', priority: 6 });
    // ("…, 94, in New Brown;": the town the relative lives in, closing the clause.)
    const town = AGE_TOWN.exec(text.slice(end, end + 48));
    if (!town) continue;
    const words = town[1]!.split(/[ \t]+/);
    if (words.some((w) => { const f = factsOf(w.toLowerCase()); return f.fn || (f.clinical && !f.town && !f.city); })) continue;
    if (bothCases(lineNear(text, end, 160)) && !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const at = end + town[0].length - town[1]!.length;
    out.push({ start: at, end: at + town[1]!.length, kind: 'LOCATION', rule: 'place-kin-town', priority: 5 });
  }
  return out;
}
