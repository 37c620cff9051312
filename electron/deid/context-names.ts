// People named by the context letters, forms and logs give them, beyond the labels role-names.ts reads: a surname and
// its initial before a date ("TRAY TICKET  SATTERFIELD, D   09/21/2021"), a name before a school role or a relative in
// brackets ("THÁI ANDERSON (CLASSROOM TEACHER)"), the child a letter to parents names, a name between commas before an
// e-mail, the agent who approved at a payer ("per Hope at Medicaid"), a sponsor's given name, a team's person in
// brackets, a person before their county office, a letter's closing name ("SINCERELY, JACK"), the patient on a
// prescription label, the person a letter is "Re:". Written from the read seeds of round 24's waves (hearing, wound,
// recovery, nutrition).
import type { Candidate } from './patterns';
import { NOT_NAME } from './role-names';
import { bothCases, factsMemo, lineOf } from './tokens';
import type { WordLists } from './wordlists';

/** "TRAY TICKET  SATTERFIELD, D   09/21/2021": a surname and its initial before a wide gap and a date. */
const SURNAME_INITIAL_DATE = /(?:^|\n|[ \t]{2,})(\p{L}[\p{L}'’-]{2,}),[ \t]?\p{L}\.?(?=[ \t]{2,}\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b)/gu;
/** "THÁI ANDERSON (CLASSROOM TEACHER)", "Rachela Vega (bus driver, route 6)": a name before its school or care role in
 * brackets. */
const NAME_BEFORE_ROLE = /(?:^|[^\p{L}'’-])(\p{L}[\p{L}'’-]+)[ \t]+(\p{L}[\p{L}'’-]+)[ \t]*\((?:(?:classroom|homeroom|school|bus|head|assistant|substitute|student|lunch|recess|cafeteria|front[ \t]+office|pe|art|music)[ \t]+)?(?:teacher|driver|principal|coach|aide|nurse|counselor|counsellor|secretary|paraprofessional|para|chaperone|custodian|supervisor|monitor|librarian|(?:ex-|step|grand|great-grand)?(?:mother|father|son|daughter|wife|husband|sister|brother|aunt|uncle|niece|nephew|cousin|grandmother|grandfather|girlfriend|boyfriend|fianc[ée]e?|partner|neighbou?r|friend|roommate|sponsor)(?:-in-law)?)\b/giu;
/** "To the parents of Pearl Renner", "DEAR PARENT/GUARDIAN OF CLAY ÇAMDALI (": the child a letter to parents names. */
const PARENTS_OF = /\b(?:parents?|guardians?|parent\/guardian|parents\/guardians|family)[ \t]+of[ \t]+(\p{L}[\p{L}'’-]+)[ \t]+(?:\p{L}\.?[ \t]+)?(\p{L}[\p{L}'’-]+)(?=[ \t]*(?:[,;:(]|\r?\n|$))/giu;
/** "Recipient no. YE8625725, Major Adomako, m.adoma57@proton.me": a name between commas before an e-mail address. */
const NAME_COMMA_EMAIL = /(?:^|[,;:][ \t]*)(\p{L}[\p{L}'’-]+)[ \t]+(\p{L}[\p{L}'’-]+),[ \t]*[\w.+-]+@[\w-]+\./gmu;
/** "Auth 16950840250 approved per Hope at Medicaid": the given name of whoever at a payer or a vendor said so. */
const PER_NAME_AT = /\b(?:approved|authorized|verified|confirmed|denied|per)[ \t]+(?:per[ \t]+|by[ \t]+)?(\p{L}[\p{L}'’-]+)(?=[ \t]+at[ \t]+\p{L})/giu;
/** "Sponsor is Dawn T., 14 yrs sober": a fellowship's given name and initial. */
const SPONSOR_IS = /\bsponsor[ \t]+(?:is|was|named)[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]+\p{L}\.)/giu;
/** "RX# 7573136   HENRÍQUEZ, STAN": the patient on a label after the prescription's number. */
const AFTER_RX = /\brx[ \t]*#[ \t]*[\w-]+[ \t]{2,}(\p{L}[\p{L}'’-]+,[ \t]*\p{L}[\p{L}'’-]+)/giu;
/** "enrolled by clinical informatics (Penny Lane)": the person of a team, in brackets after it. */
const TEAM_PERSON = /\bby[ \t]+(?:the[ \t]+)?(?:clinical[ \t]+)?(?:informatics|it|biomed|biomedical(?:[ \t]+engineering)?|engineering|pharmacy|security|registration|admitting|help[ \t]*desk|supply|materials[ \t]+management|facilities|central[ \t]+supply)[ \t]*\((\p{L}[\p{L}'’-]+)[ \t]+(\p{L}[\p{L}'’-]+)\)/giu;
/** "disclose ... to Skip Walker, Butler County Probation Office": a person before their county office. */
const BEFORE_COUNTY = /\bto[ \t]+(\p{L}[\p{L}'’-]+)[ \t]+(\p{L}[\p{L}'’-]+),[ \t]+(?:\p{L}[\p{L}'’-]*[ \t]+){1,2}county\b/giu;
/** "SINCERELY, JACK": a letter's writer by a given name after the closing's comma, ending the line. */
const CLOSING_NAME = /\b(?:sincerely|regards|best[ \t]+regards|warm[ \t]+regards|kind[ \t]+regards|thanks|thank[ \t]+you|respectfully|cordially|warmly|cheers)[ \t]*,[ \t]*(\p{L}[\p{L}'’-]+)(?:[ \t]+(\p{L}[\p{L}'’-]+))?[ \t]*(?=\r?\n|$)/giu;
/** "Re: Chance Cavazos, Case No. 17-CR-57919": the person a letter is about, before a label of their records. */
const RE_NAME = /\bre[ \t]*:[ \t]*(\p{L}[\p{L}'’-]+)[ \t]+(?:\p{L}\.?[ \t]+)?(\p{L}[\p{L}'’-]+)(?=[ \t]*,[ \t]*(?:case|dob|d\.o\.b|mrn|claim|docket|file|date[ \t]+of[ \t]+birth|inmate|client|member|id|ssn|account|acct)\b)/giu;

export function namesByContext(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const plain = (w: string): boolean => {
    const f = factsOf(w.toLowerCase());
    return !f.fn && !f.clinical && !NOT_NAME.has(w.toLowerCase());
  };
  if (/\d{1,2}[/-]\d{1,2}[/-]\d{2}/.test(text)) {
    for (const m of text.matchAll(SURNAME_INITIAL_DATE)) {
      const word = m[1]!;
      const f = factsOf(word.toLowerCase());
      if (!plain(word) || !(f.last || !f.english) || (bothCases(lineOf(text, m.index)) && !/^\p{Lu}/u.test(word))) continue;
      const start = m.index + m[0].lastIndexOf(word);
      out.push({ start, end: start + word.length, kind: 'NAME', rule: 'name-before-label', priority: 4 });
    }
  }
  if (text.includes('(')) {
    for (const m of text.matchAll(NAME_BEFORE_ROLE)) {
      const [whole, first, last] = m;
      const ff = factsOf(first!.toLowerCase());
      const fl = factsOf(last!.toLowerCase());
      if (!plain(first!) || !plain(last!) || !(ff.first || !ff.english) || !(fl.last || !fl.english) || (ff.english && fl.english && !ff.first)) continue;
      if (bothCases(lineOf(text, m.index)) && (!/^\p{Lu}/u.test(first!) || !/^\p{Lu}/u.test(last!))) continue;
      const start = m.index + whole.indexOf(first!);
      out.push({ start, end: start + whole.slice(whole.indexOf(first!)).indexOf(last!) + last!.length, kind: 'NAME', rule: 'name-before-role', priority: 4 });
    }
  }
  const pairOk = (first: string, last: string, at: number): boolean => {
    const ff = factsOf(first.toLowerCase());
    const fl = factsOf(last.toLowerCase());
    if (!plain(first) || !plain(last) || !(ff.first || !ff.english) || !(fl.last || fl.first || !fl.english)) return false;
    return !bothCases(lineOf(text, at)) || (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(last));
  };
  if (/parent|guardian|family/i.test(text)) {
    for (const m of text.matchAll(PARENTS_OF)) {
      if (!pairOk(m[1]!, m[2]!, m.index)) continue;
      const start = m.index + m[0].lastIndexOf(m[1]!, m[0].length - m[2]!.length - 1);
      out.push({ start, end: m.index + m[0].length, kind: 'NAME', rule: 'name-before-label', priority: 4 });
    }
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(NAME_COMMA_EMAIL)) {
      if (!pairOk(m[1]!, m[2]!, m.index)) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      out.push({ start, end: start + m[0].slice(m[0].indexOf(m[1]!)).indexOf(',') , kind: 'NAME', rule: 'name-before-email', priority: 4 });
    }
  }
  for (const re of [PER_NAME_AT, SPONSOR_IS]) {
    if (!/\bper\b|approved|authorized|verified|confirmed|denied|sponsor/i.test(text)) break;
    for (const m of text.matchAll(re)) {
      const word = m[1]!;
      const f = factsOf(word.toLowerCase());
      if (!plain(word) || word.length < 2) continue;
      // On a line of both cases the name is capitalized; in one case it must be a listed given name.
      if (bothCases(lineOf(text, m.index)) ? !/^\p{Lu}\p{Ll}/u.test(word) || (f.english && !f.first) : !f.first) continue;
      const start = m.index + m[0].length - word.length;
      out.push({ start, end: start + word.length, kind: 'NAME', rule: 'name-after-role', priority: 3 });
    }
  }
  for (const [re, gate] of [[TEAM_PERSON, /\(/], [BEFORE_COUNTY, /county/i]] as const) {
    if (!gate.test(text)) continue;
    for (const m of text.matchAll(re)) {
      if (!pairOk(m[1]!, m[2]!, m.index)) continue;
      const start = m.index + m[0].lastIndexOf(m[1]!, m[0].lastIndexOf(m[2]!) - 1);
      out.push({ start, end: m.index + m[0].lastIndexOf(m[2]!) + m[2]!.length, kind: 'NAME', rule: 'name-before-label', priority: 4 });
    }
  }
  if (/sincerely|regards|thank|respectfully|cordially|warmly|cheers/i.test(text)) {
    for (const m of text.matchAll(CLOSING_NAME)) {
      const word = m[1]!;
      const f = factsOf(word.toLowerCase());
      if (!plain(word) || !(f.first || !f.english) || (m[2] !== undefined && !plain(m[2]))) continue;
      if (bothCases(lineOf(text, m.index)) && !/^\p{Lu}/u.test(word)) continue;
      const start = m.index + m[0].indexOf(word, m[0].indexOf(','));
      out.push({ start, end: start + (m[2] !== undefined ? m[0].slice(m[0].indexOf(word, m[0].indexOf(','))).trimEnd().length : word.length), kind: 'NAME', rule: 'name-signoff', priority: 4 });
    }
  }
  if (/\brx[ \t]*#/i.test(text)) {
    for (const m of text.matchAll(AFTER_RX)) {
      const [last, first] = m[1]!.split(/,[ \t]*/) as [string, string];
      if (!plain(last) || !plain(first)) continue;
      const fl = factsOf(last.toLowerCase());
      const ff = factsOf(first.toLowerCase());
      if (!(fl.last || !fl.english) || !(ff.first || !ff.english)) continue;
      const start = m.index + m[0].length - m[1]!.length;
      out.push({ start, end: m.index + m[0].length, kind: 'NAME', rule: 'name-before-label', priority: 4 });
    }
  }
  if (/\bre[ \t]*:/i.test(text)) {
    for (const m of text.matchAll(RE_NAME)) {
      const [whole, first, last] = m;
      const ff = factsOf(first!.toLowerCase());
      const fl = factsOf(last!.toLowerCase());
      if (!plain(first!) || !plain(last!) || !(ff.first || !ff.english) || !(fl.last || !fl.english)) continue;
      if (bothCases(lineOf(text, m.index)) && (!/^\p{Lu}/u.test(first!) || !/^\p{Lu}/u.test(last!))) continue;
      const start = m.index + whole.indexOf(first!, 3);
      out.push({ start, end: m.index + whole.length, kind: 'NAME', rule: 'name-before-label', priority: 4 });
    }
  }
  return out;
}
