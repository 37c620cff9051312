// The town where something in a patient's story happened, after "in" at the clause's end: "medications stolen from
// truck on 5 april 2019 in nitro.", "rear-ended on 8/27/21 on us-23 in royalty;", "walked the track in Athens for the
// first time", "my grandson's ballgame in hurricane on the 16th", "flare after mowing at my sister's in hope", "lives
// with her daughter nedra in royalty.". A town's name is often an everyday word ("hope", "normal", "energy"), so the
// clause must say where an event took place: a date, a road, a possessive place, an outing, or a verb of living or
// happening; an everyday word also needs one of the first four ("works in energy", "lives in hope" stay).
import type { Candidate } from './patterns';
import { groupAt } from './name-words';
import { bothCases, factsMemo, lineNear, wordGate } from './tokens';
import { STATE_OR_COUNTRY, TOWN_PREFIX } from './town-country';
import type { WordLists } from './wordlists';

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
/** "in TOWN" closing a clause, or before a word that goes on about when or why. */
const IN_TOWN = new RegExp(String.raw`\bin[ \t]+(${TOWN_PREFIX}${WORD}(?:[ \t]+${WORD})?)(?=[ \t]*(?:[.;,)!?"”:]|\r?\n|$)|[ \t]+(?:on|for|at|while|when|last|this|yesterday|over|during|after|before|since|until|and|with)(?![\p{L}'’-]))`, 'dgiu');
const GATE = wordGate('in');
/** Cues that place an event, strong enough for a town that is also an everyday word. */
const STRONG = [
  /\b\d{1,2}([/-])\d{1,2}\1\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}\b|\b\d{1,2}[ \t-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[ \t-]\d{2,4}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b/i,
  /\b(?:on|along|off)[ \t]+(?:us|i|sr|rt|route|hwy|highway|interstate|state[ \t]+route|county[ \t]+road|cr)[ \t-]*\d{1,4}\b/i,
  /\b\p{L}+['’]s(?:[ \t]+(?:house|home|place|farm|ballgame|game|party|wedding|funeral|graduation))?[ \t]*$/iu,
  /\b(?:lives|lived|living|stays|stayed|staying)[ \t]+with\b/i,
  /\b(?:ballgame|game|track|church|wedding|funeral|reunion|party|fair|festival|rodeo|tournament|meet|recital|graduation|camp|cabin|camper|trailer|farm|barn|yard|pond|lake)\b/i,
];
/** Verbs that place a person or an event, enough for a town no everyday word spells. */
const WEAK = /\b(?:stolen|happened|occurred|injured|fell|fall|crash(?:ed)?|accident|rear-ended|collision|arrested|walked|lives|lived|living|moved|born|raised|grew[ \t]+up|stays|stayed|staying|visited|visiting|buried|died|passed[ \t]+away|shot|bitten|stung|burned|found|seen)\b/i;
/** Words "in" stands before that are no town: seasons, states of being, kinds of place. */
const NOT_TOWN = /^(?:the|a|an|his|her|their|my|our|your|this|that|these|those|it|which|whom|pain|bed|town|time|person|public|private|general|total|part|place|order|case|turn|fact|full|front|back|home|law|love|care|hospital|jail|prison|school|church|work|traffic|line|range|march|may|june|august|april|july|spring|summer|fall|winter|autumn|january|february|september|october|november|december|stock|stable|good|fair|poor|shock|distress|remission|light|view|advance|addition|vain|progress|person|error|charge|place|question|use|writing|english|spanish)$/i;

/** "named … the city (Buffalo)", "moved to normal.": a town in brackets after the word for it, or where someone moved. */
const CITY_OR_MOVED = new RegExp(String.raw`\b(?:(?:city|town|hometown|village)[ \t]*\((${TOWN_PREFIX}${WORD}(?:[ \t]+${WORD})?)\)|moved[ \t]+(?:back[ \t]+)?to[ \t]+(${TOWN_PREFIX}${WORD}(?:[ \t]+${WORD})?)(?=[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]+(?:in|last|on|after|with)\b))`, 'dgiu');
/** Where someone moves within care or a home, never a town. */
const WITHIN = /^(?:the|a|an|his|her|their|our|my|resus|resuscitation|trauma|triage|majors|minors|bay|pod|cubicle|theatre|theater|recovery|hdu|itu|tcu|sdu|obs|observation|holding|pre-op|post-op|preop|postop|labor|labour|delivery|l&d|cath|endo|mri|ct|radiology|surgery|floor|unit|room|bed|chair|ward|icu|ccu|picu|nicu|er|ed|or|pacu|hospice|home|rehab|nursing|assisted|another|hallway|bathroom|stretcher|tele|telemetry|stepdown|step-down|wheelchair|recliner|couch|hospital|facility|clinic|dialysis|outpatient|inpatient|comfort|palliative|oral|po|iv|tube|feeds|level|phase|stage|step)$/i;

export function eventTowns(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  if (open[GATE.index]) for (const m of text.matchAll(IN_TOWN)) {
    const town = m[1]!;
    const words = town.split(/[ \t]+/);
    const head = words[words.length - 1]!;
    if (NOT_TOWN.test(words[0]!) && words.length === 1) continue;
    if (STATE_OR_COUNTRY.test(town)) continue;
    const facts = words.map((w) => factsOf(w.toLowerCase()));
    if (facts.some((f) => f.fn || (f.clinical && !f.town && !f.city))) continue;
    const mixed = bothCases(lineNear(text, m.index, 160));
    // On a line of both cases a town is capitalized, and short capitals or a hyphened letter are an abbreviation ("in AP", "in A-fib").
    if (mixed && !words.every((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}{1,4}$/u.test(w))) continue;
    if (words.some((w) => /^\p{L}{1,2}-/u.test(w))) continue;
    // In one-case text the words are a town's (a two-word town's last word), or no word a dictionary lists.
    const lastF = factsOf(head.toLowerCase());
    // ("lived alone in Terrano": a capitalized word no dictionary lists may be a town too, never letters or a code.)
    const known = lastF.town || lastF.city || (mixed && words.every((w, i) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !facts[i]!.english && !facts[i]!.first));
    if (!mixed && !known) continue;
    // The clause before "in", back to a sentence's or a clause's mark.
    const before = clauseBefore(text, m.index);
    const everyday = facts.some((f) => f.english && f.common);
    const strong = STRONG.some((r) => r.test(before));
    if (!strong && (everyday || !WEAK.test(before))) continue;
    const start = groupAt(m, 1);
    out.push({ start, end: start + town.length, kind: 'LOCATION', rule: 'place-event-town', priority: 4 });
  }
  if (!/\b(?:city|town|hometown|village|moved)\b/i.test(text)) return out;
  for (const m of text.matchAll(CITY_OR_MOVED)) {
    const town = m[1] ?? m[2]!;
    const words = town.split(/[ \t]+/);
    if (WITHIN.test(words[0]!) || NOT_TOWN.test(words[0]!) || STATE_OR_COUNTRY.test(town)) continue;
    const facts = words.map((w) => factsOf(w.toLowerCase()));
    if (facts.some((f) => f.fn || (f.clinical && !f.town && !f.city))) continue;
    const mixed = bothCases(lineNear(text, m.index, 160));
    const lastF = facts[facts.length - 1]!;
    if (mixed ? !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) : !(lastF.town || lastF.city)) continue;
    const start = groupAt(m, m[1] === undefined ? 2 : 1);
    out.push({ start, end: start + town.length, kind: 'LOCATION', rule: 'place-event-town', priority: 4 });
  }
  return out;
}

/** The words of the clause before `at`, up to 80 characters and no sentence's end. */
function clauseBefore(text: string, at: number): string {
  const s = text.slice(Math.max(0, at - 80), at);
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf('; '), s.lastIndexOf('\n'), s.lastIndexOf('? '), s.lastIndexOf('! '));
  return cut >= 0 ? s.slice(cut + 2) : s;
}
