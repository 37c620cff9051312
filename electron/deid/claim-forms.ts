// The claim forms billing offices write: X12 837 and 835 segments ("NM1*IL*1*BROOK*YVONNE****MI*W676786841~",
// "N3*7090 CHERRY LN~", "N4*DOVER*MI*174879248~", "DMG*D8*19530702*F~"), the UB-04's numbered form locators ("FL8B
// ARORA DANNY  FL9A 2024 WEISSNAT GROVE", "FL12 ADMISSION DATE 082715") and the CMS-1500's numbered items ("3. PATIENT'S
// BIRTH DATE 08 10 36", "11b. EMPLOYER'S NAME Media Public Library", "17. DN Dr. Keyon Z. Balcı"). Each field's place in
// its standard says what it holds, so the field, not the words, is the cue: a surname there may be any word.
import type { PatternRule } from './patterns';
import { wordGate } from './tokens';

/** One X12 element's value: anything up to the next element, component or segment separator. */
const EL = '[^*~\\n]';
/** A value that holds something: the rules' groups may be empty elements ("****"). */
const filled = (g: number) => (m: RegExpExecArray): boolean => (m[g] ?? '').trim().length > 0;

/** A month and day that exist, read from the start of a compact or spaced date ("060418", "08 10 36", "19530702"). */
function realDate(v: string): boolean {
  const d = v.replace(/[ \t]/g, '');
  const [mm, dd] = d.length === 8 && /^(?:19|20)/.test(d) ? [Number(d.slice(4, 6)), Number(d.slice(6, 8))] : [Number(d.slice(0, 2)), Number(d.slice(2, 4))];
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/** Entities whose name in an NM1 segment is a place of care when written as an organization (entity type 2): billing,
 * pay-to, rendering, referring and service-facility providers. A payer (PR), submitter (41) or receiver (40) stays. */
const CARE_ENTITY = '(?:85|87|77|82|DN|DK|DQ|FA|QB|2B|TT|IL|QC|036|PE)';

/** A UB-04 form locator's label: "FL9A", "fl 12". */
const FL = '\\bFL[ \\t]?';
/** A UB-04 locator's value: up to two spaces, the line's end or the next locator. */
const FL_VALUE = '([^\\s][^\\n]*?)(?=[ \\t]{2,}|[ \\t]*\\r?\\n|[ \\t]*$|[ \\t]+FL[ \\t]?\\d)';

const X12 = wordGate('nm n dmg dtp ref clm clp per sbr');

export const CLAIM_RULES: readonly PatternRule[] = [
  // NM1*IL*1*YOUNG*LILLIANA*M: a person's surname, given and middle name.
  { rule: 'x12-name', kind: 'NAME', words: X12, re: new RegExp(`\\bNM1\\*(?!PR\\*|40\\*|41\\*)[A-Z0-9]{2,3}\\*1\\*(${EL}+)`, 'gi'), group: 1, priority: 7, check: filled(1) },
  { rule: 'x12-name', kind: 'NAME', words: X12, re: new RegExp(`\\bNM1\\*(?!PR\\*|40\\*|41\\*)[A-Z0-9]{2,3}\\*1\\*${EL}*\\*(${EL}+)`, 'gi'), group: 1, priority: 7, check: filled(1) },
  { rule: 'x12-name', kind: 'NAME', words: X12, re: new RegExp(`\\bNM1\\*(?!PR\\*|40\\*|41\\*)[A-Z0-9]{2,3}\\*1\\*${EL}*\\*${EL}*\\*(${EL}+)`, 'gi'), group: 1, priority: 7, check: filled(1) },
  // NM1*85*2*HARBOR FAMILY MEDICINE: a practice or facility by name.
  { rule: 'x12-organization', kind: 'LOCATION', words: X12, re: new RegExp(`\\bNM1\\*${CARE_ENTITY}\\*2\\*(${EL}+)`, 'gi'), group: 1, priority: 6, check: filled(1) },
  // NM1*IL*1*...*MI*W676786841: a person's member or other id after its qualifier.
  { rule: 'x12-id', kind: 'ID', words: X12, re: new RegExp(`\\bNM1\\*(?!PR\\*|40\\*|41\\*)[A-Z0-9]{2,3}\\*1(?:\\*${EL}*){5}\\*(?:MI|II|ZZ|34|24|SY|HN|XX)\\*(${EL}+)`, 'gi'), group: 1, priority: 7, check: filled(1) },
  // N3*5255 COMMERCE RD*APT 19B, N4*SAGINAW*OH*455500297: a street, a town and a ZIP.
  { rule: 'x12-street', kind: 'LOCATION', words: X12, re: new RegExp(`\\bN3\\*(${EL}+)`, 'gi'), group: 1, priority: 7, check: filled(1) },
  { rule: 'x12-street', kind: 'LOCATION', words: X12, re: new RegExp(`\\bN3\\*${EL}+\\*(${EL}+)`, 'gi'), group: 1, priority: 7, check: filled(1) },
  { rule: 'x12-town', kind: 'LOCATION', words: X12, re: new RegExp(`\\bN4\\*(${EL}+)`, 'gi'), group: 1, priority: 7, check: filled(1) },
  { rule: 'x12-zip', kind: 'ZIP', words: X12, re: new RegExp(`\\bN4\\*${EL}*\\*${EL}*\\*(\\d{5}(?:-?\\d{4})?)(?![\\d])`, 'gi'), group: 1, priority: 7 },
  // DMG*D8*19530702, DTP*472*D8*20180910, DTP*435*RD8*20200101-20200105: a birth date and the dates of service.
  { rule: 'x12-date', kind: 'DATE', words: X12, re: /\b(?:DMG|DTP\*\d{3})\*R?D8\*((?:19|20)\d{6})(?!\d)/gi, group: 1, priority: 7, check: (m) => realDate(m[1]!) },
  { rule: 'x12-date', kind: 'DATE', words: X12, re: /\bDTP\*\d{3}\*RD8\*(?:19|20)\d{6}-((?:19|20)\d{6})(?!\d)/gi, group: 1, priority: 7, check: (m) => realDate(m[1]!) },
  // REF*G1*19659-62980, REF*SY*123456789, CLM*934816-48*385, CLP*393073-95*1: references, claims and accounts.
  { rule: 'x12-reference', kind: 'ID', words: X12, re: new RegExp(`\\bREF\\*[A-Z0-9]{2,3}\\*(${EL}*\\d${EL}*)`, 'gi'), group: 1, priority: 6 },
  { rule: 'x12-claim', kind: 'ACCOUNT', words: X12, re: new RegExp(`\\b(?:CLM|CLP)\\*(${EL}*\\d${EL}*)`, 'gi'), group: 1, priority: 6 },
  // PER*IC*JANE ROE*TE*5551234567: a contact's name.
  { rule: 'x12-name', kind: 'NAME', words: X12, re: new RegExp(`\\bPER\\*[A-Z]{2}\\*(${EL}*[A-Za-z]${EL}*)`, 'gi'), group: 1, priority: 6 },
  // SBR*P*18*GRP18940: a subscriber's group number.
  { rule: 'x12-reference', kind: 'ID', words: X12, re: new RegExp(`\\bSBR\\*[A-Z]\\*\\d{0,2}\\*(${EL}*\\d${EL}*)`, 'gi'), group: 1, priority: 6 },

  // UB-04: FL8B ARORA DANNY (the patient's name), FL9A-FL9D the address, FL58 the insured, FL65 the employer.
  { rule: 'ub04-name', kind: 'NAME', words: wordGate('fl'), re: new RegExp(`${FL}(?:8B|58[A-C]?)[ \\t]+(?:insured(?:['’]s)?(?:[ \\t]+name)?[ \\t]+|patient(?:['’]s)?[ \\t]+name[ \\t]+)?${FL_VALUE}`, 'gi'), group: 1, priority: 7 },
  { rule: 'ub04-address', kind: 'LOCATION', words: wordGate('fl'), re: new RegExp(`${FL}(?:9A|9B|65[A-C]?)[ \\t]+(?:employer(?:['’]s)?(?:[ \\t]+name)?[ \\t]+)?${FL_VALUE}`, 'gi'), group: 1, priority: 7 },
  { rule: 'ub04-zip', kind: 'ZIP', words: wordGate('fl'), re: new RegExp(`${FL}9D[ \\t]+(\\d{5}(?:-?\\d{4})?)(?!\\d)`, 'gi'), group: 1, priority: 7 },
  // FL76 ATTENDING NPI 2248367313  LAST PRICE  FIRST ROLANDO: a clinician's surname and given name after their words.
  { rule: 'ub04-name', kind: 'NAME', words: wordGate('last first'), re: /\bFL[ \t]?(?:7[6-9])\b[^\n]*?\b(?:last|first)[ \t]+([^\s][^\n]*?)(?=[ \t]{2,}|[ \t]+first\b|[ \t]*\r?\n|[ \t]*$)/gi, group: 1, priority: 7 },
  { rule: 'ub04-name', kind: 'NAME', words: wordGate('first'), re: /\bFL[ \t]?(?:7[6-9])\b[^\n]*?\bfirst[ \t]+([^\s][^\n]*?)(?=[ \t]{2,}|[ \t]*\r?\n|[ \t]*$)/gi, group: 1, priority: 7 },
  // FL6 STATEMENT COVERS PERIOD FROM 060418 THROUGH 100518, FL10 BIRTHDATE 11011936, FL12 ADMISSION DATE 040420, and the
  // occurrence dates: a compact date after a locator that holds one.
  { rule: 'ub04-date', kind: 'DATE', words: wordGate('fl'), re: /\bFL[ \t]?\d{1,2}[A-Z]?\b[^\n]*?\b(?:date|birthdate|from|through|thru)[ \t]+(\d{6}(?:\d{2})?)(?!\d)/gi, group: 1, priority: 7, check: (m) => realDate(m[1]!) },
  { rule: 'ub04-date', kind: 'DATE', words: wordGate('fl'), re: /\bFL[ \t]?\d{1,2}[A-Z]?\b[^\n]*?\bfrom[ \t]+\d{6}(?:\d{2})?[ \t]+(?:through|thru|to)[ \t]+(\d{6}(?:\d{2})?)(?!\d)/gi, group: 1, priority: 7, check: (m) => realDate(m[1]!) },
  // A revenue line's service date: "0450  EMERGENCY ROOM  99285  110519  1  2,874.00".
  { rule: 'ub04-date', kind: 'DATE', gate: /(?:^|\n)[ \t]*0\d{3}[ \t]{2}/, re: /(?:^|\n)[ \t]*0\d{3}[ \t]{2,}[^\n]*?[ \t]{2,}[A-Z]?\d{4}[A-Z0-9]?(?:[ \t:-]+[A-Z0-9]{2})*[ \t]{2,}(\d{6})(?=[ \t]{2,})/gi, group: 1, priority: 6, check: (m) => realDate(m[1]!) },

  // CMS-1500: "3. PATIENT'S BIRTH DATE 08 10 36", "24A. 05 09 19": a date written as spaced pairs in a dated item.
  { rule: 'cms1500-date', kind: 'DATE', words: wordGate('date dob'), re: /\b(?:birth[ \t]+date|date(?:[ \t]+of[ \t]+[a-z]+)*|dob)[ \t]*:?[ \t]+((?:0[1-9]|1[0-2])[ \t](?:0[1-9]|[12]\d|3[01])[ \t](?:(?:19|20)\d{2}|\d{2}))(?![ \t]?\d)/gi, group: 1, priority: 6 },
  { rule: 'cms1500-date', kind: 'DATE', gate: /\b24A\b/i, re: /(?:^|\n)[ \t]*24A\.?[ \t]+((?:0[1-9]|1[0-2])[ \t](?:0[1-9]|[12]\d|3[01])[ \t](?:(?:19|20)\d{2}|\d{2}))(?![ \t]?\d)(?:[ \t]+((?:0[1-9]|1[0-2])[ \t](?:0[1-9]|[12]\d|3[01])[ \t](?:(?:19|20)\d{2}|\d{2}))(?![ \t]?\d))?/gi, group: 1, priority: 6 },
  // "2. PATIENT'S NAME summit, angelita, r", "4. INSURED'S NAME Crow, Daniel": a numbered item's person, whatever words spell
  // the name, to two spaces or the line's end.
  { rule: 'cms1500-name', kind: 'NAME', words: wordGate('name'), re: /(?:^|\n)[ \t]*\d{1,2}[a-d]?\.[ \t]+(?:patient|insured|other[ \t]+insured)['’]?s[ \t]+name(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*:?[ \t]+(\p{L}[^\n]*?)(?=[ \t]{2,}|[ \t]*\r?\n|[ \t]*$)/giu, group: 1, priority: 6 },
  // "5. PATIENT'S ADDRESS 8741 mill pike #7  CITY commerce  STATE pa": a form's city box.
  { rule: 'cms1500-city', kind: 'LOCATION', words: wordGate('city'), re: /\bcity[ \t]+([A-Za-z\p{L}][\p{L}.' -]*?)(?=[ \t]{2,}|[ \t]+state\b|[ \t]*\r?\n|[ \t]*$)/giu, group: 1, priority: 6, check: (m, text) => /\b(?:address|state|zip)\b/i.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 30)) },
  // "11b. EMPLOYER'S NAME Media Public Library": the insured's employer, to the line's end.
  { rule: 'cms1500-employer', kind: 'LOCATION', words: wordGate('employer employers'), re: /\bemployer['’]?s[ \t]+name(?:[ \t]+or[ \t]+school[ \t]+name)?[ \t]*:?[ \t]+([^\s][^\n]*?)[ \t]*(?=\r?\n|$)/gim, group: 1, priority: 6, check: (m) => !/^(?:n\/?a|none|unknown|self|retired|unemployed)\b/i.test(m[1]!) },
  // "17. DN Dr. Keyon Z. Balcı  17b. NPI": the referring (DN), ordering (DK) or supervising (DQ) provider.
  { rule: 'cms1500-referring', kind: 'NAME', words: wordGate('dn dk dq'), re: /(?:^|\n)[ \t]*17\.?[ \t]+(?:DN|DK|DQ)[ \t]+(?:dr\.?[ \t]+)?([\p{L}][\p{L}'.-]*(?:[ \t]+[\p{L}][\p{L}'.-]*){0,3}?)(?=,|[ \t]{2,}|[ \t]*\r?\n|[ \t]*$)/giu, group: 1, priority: 7 },
  // "32. SERVICE FACILITY LOCATION FINDLAY PAIN MANAGEMENT, 5096 COMMERCE DR, ECONOMY IA 47129": the site, its street and
  // its town, up to the state and ZIP.
  { rule: 'cms1500-facility', kind: 'LOCATION', words: wordGate('facility'), re: /\bservice[ \t]+facility[ \t]+location(?:[ \t]+information)?[ \t]*:?[ \t]+([^\s][^\n]*?)(?=,?[ \t]+[A-Za-z]+[ \t]+\d{5}(?:-\d{4})?[ \t]*(?:\r?\n|$)|[ \t]*\r?\n|[ \t]*$)/gi, group: 1, priority: 6 },
];
