// Identifiers with a shape: numbers, codes, addresses on the wire, dates and ages. Every regex is
// compiled once; each rule reports the span of one capture group (or the whole match).
import type { DeidKind } from './kinds';
import { DATE_CUE_RULES } from './patterns-dates';
import { FORM_RULES } from './patterns-forms';
import { PHARMACY_RULES } from './patterns-pharmacy';
import { NOT_INITIALS as NOT_SIGNER_INITIALS, SPECIMEN_RULES } from './patterns-specimens';
import { DIRECTION_RULES } from './patterns-directions';
import { TRAVEL_RULES } from './patterns-travel';
import { FIELD_RULES } from './patterns-field';
import { CLAIM_RULES } from './claim-forms';
import { SIGNER_RULES } from './signer-initials';
import { SIGNER_ROW_RULES } from './signer-initials-rows';
import { KIND_FIRST_SITE_RULES } from './kind-first-sites';
import { VESSEL_RULES } from './vessel-ids';
import { TELEHEALTH_RULES } from './telehealth-ids';
import { DIVE_SITE_RULES } from './dive-sites';
import { BLOOD_UNIT_RULES } from './blood-unit-numbers';
import { GEAR_RULES } from './gear-numbers';
import { FIRM_RULES } from './firm-names';
import { bothCasesNear, lineOf, openWordGates, tokenize, wordGate, type WordGate } from './tokens';
import { STATE_NAMES_ANY } from './town-country';

export interface Candidate {
  start: number;
  end: number;
  kind: DeidKind;
  rule: string;
  /** Higher wins when candidates overlap. */
  priority: number;
}

/** A dose, size or count, not a code: "100mg", "3x10", "5mcg". */
const MEASURE_CODE = /^\d+(?:\.\d+)?(?:mg|mcg|ml|cc|kg|g|mm|cm|hrs?|h|min|units?|u|mmhg|meq|l|x\d*|yo|y|yrs?|wks?|d|mo|m|f|iu)$/i;

/** Words that are no part of a clinician's name written surname first: "pain, nausea md" is no one. */
const NOT_INVERTED = /^(?:pain|nausea|fever|pt|patient|dr|the|a|an|and|or|of|to|for|with|seen|per|by|call|called|notify|notified|see|follow|f\/u|up|home|plan|dx|hx|rx|cc|ok|yes|no|surgery|medicine|micu|sicu|ccu|icu|nicu|picu|team|service|cards|cardiology|renal|ortho|neuro|gi|id|pulm|onc|heme|psych|ed|er|or|aware|family|resident|fellow|attending|covering|primary|consult|consulting|ob|gyn|peds|nephrology|oncology|urology|ent|derm)$/i;
/** Words after a clergy title that are no surname. */
const NOT_CLERGY_NAME = /^(?:the|a|an|and|or|of|to|at|in|on|is|was|will|has|had|who|visit|visits|visited|came|called)$/i;
/** Words after "referring" that name no one: "referring physician", "referring the patient". */
const NOT_REFERRED = /^(?:physician|physicians|provider|providers|doctor|doctors|dr|md|do|clinician|clinicians|office|facility|hospital|practice|dentist|optometrist|ophthalmologist|surgeon|specialist|therapist|nurse|np|pa|team|service|clinic|agency|site|center|source|party|organization|entity|pcp|cardiologist|oncologist|neurologist|pediatrician|orthodontist|endodontist|periodontist|audiologist|podiatrist|chiropractor|psychiatrist|psychologist|counselor|staff|unit|program|the|a|an|this|her|him|them|your|our|his|patient|patients|pt|back|out|you|me|us|over|on|to|for)$/i;
/** Short words a log row may end with that are no one's initials: routes, units, results, positions. */
const LOG_WORD = /^(?:nsr|sr|sb|svt|af|afl|pvc|pac|nka|nkda|ra|iv|po|im|sq|sc|pr|od|os|ou|ns|lr|nc|nrb|bs|hs|ml|mg|kg|cm|mm|ma|kv|kvp|ok|ld|rl|ll|ul|ur|lt|rt|bil|neg|pos|wnl|nad|yes|no|prn|bid|tid|qid|qd|qhs|stat|dc|abd|gi|gu|ent|cxr|ekg|ecg|mri|ct|us|pe|bp|hr|rr|spo|amb|bed|chr|cap|tab|tabs|sl|top|inh|neb|dpi|mdi|fio|fio2|vt|peep|ac|cmv|ps|sim|off|on|low|med|high|max|min|sec|hrs|ok|nl|abn|sat|sats|qam|qpm|wk|mo|yr|lb|lbs|oz|cc|gm|mcg|meq|units|unit|drip|held|due|done|given|gtt|pca|epi|ven|art|cvp|map|etc|pt|ot|rn|md|np|pa|er|ed|or|icu|lab|dry|wet|dsg|cdi|pain|sat|rm|npo|reg)$/i;
/** Words of a salutation that address no one by name. */
const NOT_READER = /^(?:colleagues?|sirs?|madam|madame|or|and|&|patients?|parents?|guardians?|family|families|team|friends?|doctors?|providers?|physicians?|members?|valued|all|everyone|customers?|applicants?|residents?|students?|caregivers?|neighbou?rs?|to|whom|it|may|concern|the|a|our|my|your|dear|partners?|participants?|client|clients|employer|employee|beneficiary|policyholder|subscriber|member|veteran|officer|judge|committee|board|reviewer|claims|adjuster|nurse|nurses|staff|hiring|manager|admissions)$/i;
/** Short words a dash or "by" may end a line with that are no one's initials: "-- end", "by car", "by EMS". */
const NOT_SIGNOFF = /^(?:end|fin|tbd|tba|me|him|us|them|mom|dad|car|bus|air|ems|cab|van|fax|mail|web|you|yes|yet|now|far|too|way|bed|hand|foot|pm|am|hr|hrs|min|mg|ml|wk|mo|yr|na|nil|neg|pos)$/i;
/** Units, roles and words that stand before a credential without being someone's initials. */
const NOT_INITIALS = /^(?:icu|ccu|ed|er|or|md|np|pa|pt|ot|rt|cna|lpn|rn|the|and|per|to|for|pcu|pacu|nicu|picu|sicu|micu|l&d|ld|ob|gyn|ir|cath|day|eve|nite|noc|am|pm|new|see|via|pcp|sw|cm|dr|his|her|our|any|all|one|two|its|was|is|an|as|at|by|in|on|of|no|ok|vs|re|w|call|page)$/i;

/** Roles and relatives written in two or three letters before a credential, beyond those NOT_INITIALS and the signers'
 * list hold: "by PCA, CNA", "by dtr, RN". */
const ROLE_LETTERS = new Set(['pca', 'rrt', 'crt', 'cma', 'lna', 'mha', 'mhw', 'uc', 'hs', 'cnm', 'rd', 'lsw', 'dtr', 'sis', 'bro', 'ho', 'res', 'fel', 'att', 'int', 'cns', 'ccm', 'tcm', 'ptr', 'nok', 'hcp', 'poa', 'fam', 'dpt', 'pta', 'ota', 'slp', 'ms', 'mr', 'mrs']);

export interface PatternRule {
  readonly rule: string;
  readonly kind: DeidKind;
  readonly re: RegExp;
  /** Capture group that is the identifier (0 = whole match). */
  readonly group?: number;
  readonly priority?: number;
  /** Return false to drop a match; may return a different kind. */
  readonly check?: (m: RegExpExecArray, text: string) => boolean | DeidKind;
  /** A cheap test every match implies (not global): a text that fails it is not scanned. */
  readonly gate?: RegExp;
  /** Words one of which every match holds as a whole run of ASCII letters (in any case): a text with none of them
   * is not scanned. A set lookup per word, where a regex gate would read the whole text. */
  readonly words?: WordGate;
}

/** "may 19-24" followed by an end or a word that is no dose, count or unit: a lower-case month and a range of its days. */
function mayDayRange(s: string, after: string): boolean {
  const r = /^may\s+(\d{1,2})\s*[-–]\s*(\d{1,2})$/.exec(s);
  if (!r || Number(r[1]) >= Number(r[2]) || Number(r[2]) > 31 || Number(r[2]) <= 10) return false;
  return /^(?:\s*$|\s*[.,;:)\]\n]|\s+(?:for|at|in|and|then|to|with|on|per|visit|trip|vacation|stay|admission|while|when|pt|patient|he|she)\b)/i.test(after);
}

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = "(?:(?:19|20)\\d{2}|'\\d{2})";
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)day';

// Word gates: a rule led or ended by a month, a weekday or an ordinal's letters needs that word in the text.
const MONTH_NAMES = 'january february march april may june july august september october november december';
const MONTH_SHORT = 'jan feb mar apr jun jul aug sep sept oct nov dec';
const MONTH_WORDS = wordGate(`${MONTH_NAMES} ${MONTH_SHORT}`);
/** "midjan", "mid-jan", "early dec": the short months, also written onto "mid". */
const MID_MONTH_WORDS = wordGate(`${MONTH_SHORT} may ${`${MONTH_SHORT} may`.split(' ').map((m) => `mid${m}`).join(' ')}`);
/** Weekday letters in the week's order, Monday first ("t" may be Tuesday or Thursday, "s" Saturday or Sunday). */
function weekOrder(letters: readonly string[]): boolean {
  const days: Record<string, readonly number[]> = { m: [1], t: [2, 4], tu: [2], w: [3], th: [4], f: [5], s: [6, 7], sa: [6], su: [7], sat: [6], sun: [7] };
  let last = 0;
  for (const l of letters) {
    const next = days[l.toLowerCase()]?.find((d) => d > last);
    if (next === undefined) return false;
    last = next;
  }
  return true;
}

const WEEKDAY_WORDS = wordGate(
  ['mon', 'tue', 'tues', 'wed', 'weds', 'wednes', 'thu', 'thur', 'thurs', 'fri', 'sat', 'satur', 'sun'].flatMap((d) => [d, `${d}day`, `${d}days`]).join(' '),
);
const ORDINAL_WORDS = wordGate('st nd rd th');
/** The ZIP code a rule ends on. */
const FIVE_DIGITS = /\d{5}/;

/** Labels that name what kind of number follows. Order matters: the first matching label wins. */
const ID_LABELS: readonly (readonly [RegExp, DeidKind])[] = [
  [/^(?:ssn|ss#|ss\s*no|social\s+security(?:\s+(?:number|no|#))?|i?tin|taxpayer\s+id)$/i, 'SSN'],
  [/^(?:mrn|hrn|health\s+record\s+(?:no|number|#)|mr\s*#|mr\s*no|med(?:ical)?\s+rec(?:ord)?(?:\s+(?:number|no|#))?|unit\s+(?:no|number|#)|chart\s+(?:no|number|#)|hospital\s+(?:no|number|#)|patient\s+id|pt\s+id)$/i, 'MRN'],
  [/^(?:member\s+id|member\s+(?:no|number|#)|subscriber\s+(?:id|no|number|#)|policy(?:\s+(?:no|number|#|id))?|(?:group|grp)(?:\s*(?:no|number|#|id))?|plan\s+(?:id|no|number|#)|insurance\s+(?:id|no|number|#)|medicare(?:\s+(?:id|no|number|#))?|medicaid(?:\s+(?:id|no|number|#))?|health\s+plan(?:\s+(?:id|no|number|#))?|beneficiary\s+(?:id|no|number|#)|hicn|hic\s*(?:#|no|number)|mbi|cin|medi-cal(?:\s+(?:id|no|number|#|cin))?)$/i, 'HEALTH_PLAN'],
  [/^(?:acct|account|acct\s*(?:no|number|#)|account\s+(?:no|number|#)|billing\s+(?:no|number|#|id)|invoice\s+(?:no|number|#)|credit\s+card(?:\s+(?:no|number|#))?|card\s+(?:no|number|#)|iban|encounter\s+(?:no|number|#|id)|visit\s+(?:no|number|#|id)|fin)$/i, 'ACCOUNT'],
  [/^(?:licen[cs]e|lic|licen[cs]e\s+(?:no|number|#)|lic\s*(?:no|#)|dea|dea\s+(?:no|number|#)|npi|npi\s+(?:no|number|#)|certificate|cert|certificate\s+(?:no|number|#)|cert\s*(?:no|#)|driver'?s\s+licen[cs]e(?:\s+(?:no|number|#))?|dl|dl\s*#|passport(?:\s+(?:no|number|#))?|state\s+id|bc\s*#|certificate\s+of\s+(?:birth|death|marriage)|(?:board\s+)?certification(?:\s+(?:no|number|#))?)$/i, 'LICENSE'],
  [/^(?:vin|vehicle\s+id|licen[cs]e\s+plate|plates?|plate\s+(?:no|number|#)|registration(?:\s+(?:no|number|#|plate))?|reg\s+(?:no|#|plate)|tag\s*(?:no|number|#)|(?:auto|car|vehicle)\s+(?:tag|plate|licen[cs]e)(?:\s+(?:no|number|#))?|(?:car\s+|vehicle\s+)?reg)$/i, 'VEHICLE'],
  [/^(?:serial|serial\s+(?:no|number|#)|s\/n|sn|device\s+(?:id|no|number|#|serial)|udi|imei|meid|esn|ser\s*#|implant\s+(?:id|serial|no|#)|model\s+(?:no|number|#)|lot|lot\s+(?:no|number|#)|pacemaker\s+(?:serial|id)|transmitter(?:\s+(?:id|sn|serial|no|#))?|(?:tx|sensor|receiver)\s+(?:id|sn|serial(?:\s+(?:no|#))?)|implant\s+lot)$/i, 'DEVICE'],
  [/^(?:finger\s*print|retina|retinal|iris|voice\s*print|voice|palm\s*print|face|facial|biometric|dna|hand\s+geometry|gait)(?:\s+(?:scan|print|template|profile|recognition|signature|sample)){0,2}(?:\s+(?:id|no|number|#))?$/i, 'BIOMETRIC'],
  [/^(?:fax|fax\s+(?:no|number|#)|facsimile)$/i, 'FAX'],
  [/^(?:phone|tel|telephone|cell|mobile|home|work|pager|pgr|pg|beeper|bpr|contact|callback|call\s+back)(?:\s+(?:no|number|#))?$/i, 'PHONE'],
  [/^(?:id|id\s*(?:no|number|#)|(?:event|incident|ticket|request|confirmation|tracking|requisition|authori[sz]ation|auth|referral)\s+(?:no|number|#|id)|conf\s*#|confirmation|job\s*(?:#|no|number|id)|ref|ref\s*#|reference(?:\s+(?:no|number|#))?|case\s+(?:no|number|#|id)|claim\s+(?:no|number|#|id)|employee\s+(?:id|no|#)|badge(?:\s+(?:id|no|#))?|accession(?:\s+(?:no|number|#))?|specimen\s+(?:id|no|#)|sample\s+(?:id|no|#)|(?:study|protocol|trial)\s+(?:id|no|number|#|subject(?:\s+(?:id|no|number|#))?)|subject\s+(?:id|no|number|#)|(?:enrolled|randomi[sz]ed)\s+as\s+subject|order\s+(?:no|number|#)|lab\s*(?:id|no|#)|(?:ticket|requisition|req)\s*(?:no|number|#)|record\s+(?:no|number|#)|confirmation\s+(?:no|number|#)|tracking\s+(?:no|number|#)|code|case|(?:me|coroner|police|incident)\s+case|incident\s*(?:no|number|#)|registry\s+(?:id|no|number|#)|unos(?:\s+(?:id|no|#))?|a-?number|alien\s+(?:no|number|#)|din|donation\s+(?:id|no|number|#)|interpreter(?:\s+(?:id|no|number|#))?)$/i, 'ID'],
];

const LABEL_WORDS_BASE =
  "ssn|ss#|ss no|social security(?: number| no| #)?|i?tin|taxpayer id|mrn|hrn|health record (?:no|number|#)|mr ?#|mr no|med(?:ical)? rec(?:ord)?(?: number| no| #)?|unit (?:no|number|#)|chart (?:no|number|#)|hospital (?:no|number|#)|patient id|pt id|" +
  'member id|member (?:no|number|#)|subscriber (?:id|no|number|#)|policy(?: no| number| #| id)?|group(?: no| number| #| id)?|grp ?#?|plan (?:id|no|number|#)|insurance (?:id|no|number|#)|medicare(?: id| no| number| #)?|medicaid(?: id| no| number| #)?|health plan(?: id| no| number| #)?|beneficiary (?:id|no|number|#)|hicn|hic ?(?:#|no|number)|mbi|cin|medi-cal(?: id| no| number| #| cin)?|' +
  'acct(?: ?no| number| ?#)?|account(?: no| number| #)?|billing (?:no|number|#|id)|invoice (?:no|number|#)|credit card(?: no| number| #)?|card (?:no|number|#)|iban|encounter (?:no|number|#|id)|visit (?:no|number|#|id)|fin|' +
  "licen[cs]e plate|plates?(?: no| number| #)?|registration(?: no| number| #| plate)?|reg (?:no|#|plate)|tag ?(?:no|number|#)|(?:auto|car|vehicle) (?:tag|plate|licen[cs]e)(?: no| number| #)?|driver'?s licen[cs]e(?: no| number| #)?|licen[cs]e(?: no| number| #)?|lic(?: ?no| ?#)?|dea(?: no| number| #)?|npi(?: no| number| #)?|(?:board )?certification(?: no| number| #)?|certificate(?: no| number| #)?|cert(?: ?no| ?#)?|dl ?#?|passport(?: no| number| #)?|state id|bc ?#|certificate of (?:birth|death|marriage)|(?:car |vehicle )?reg|" +
  'vin|vehicle id|serial(?: no| number| #)?|s/n|sn|device (?:id|no|number|#|serial)|udi|imei|meid|esn|ser ?#|implant (?:id|serial|no|#)|model (?:no|number|#)|lot(?: no| number| #|(?=\\s*[:#]))|pacemaker (?:serial|id)|transmitter(?: id| sn| serial| no| #)?|(?:tx|sensor|receiver) (?:id|sn|serial(?: no| #)?)|implant lot|' +
  '(?:finger ?print|retinal?|iris|voice ?print|voice|palm ?print|face|facial|biometric|dna|hand geometry|gait)(?: (?:scan|print|template|profile|recognition|signature|sample)){0,2}(?: (?:id|no|number|#))?|' +
  'fax(?: no| number| #)?|facsimile|phone(?: no| number| #)?|tel(?: no| #)?|telephone(?: no| number| #)?|cell(?: no| number| #)?|mobile(?: no| number| #)?|home(?: no| number| #)?|work(?: no| number| #)?|pager(?: no| number| #)?|pgr|pg|beeper|bpr|callback|call back|' +
  '(?:event|incident|ticket|request|confirmation|tracking|requisition|authori[sz]ation|auth|referral) (?:no|number|#|id)|conf ?#|confirmation|job ?(?:#|no|number|id)|' +
  'id(?: ?no| number| ?#)?|ref(?: ?#)?|reference(?: no| number| #)?|case (?:no|number|#|id)|claim (?:no|number|#|id)|employee (?:id|no|#)|badge(?: id| no| #)?|accession(?: no| number| #)?|specimen (?:id|no|#)|sample ?(?:id|no|#)|(?:study|protocol|trial) (?:id|no|number|#|subject(?: id| no| number| #)?)|subject (?:id|no|number|#)|(?:enrolled|randomi[sz]ed) as subject|order (?:no|number|#)|lab ?(?:id|no|#)|(?:ticket|requisition|req) ?(?:no|number|#)|record (?:no|number|#)|confirmation (?:no|number|#)|tracking (?:no|number|#)|code|(?:me|coroner|police|incident) case|case(?=\\s*[:#])|incident(?: no| number| ?#)|registry (?:id|no|number|#)|unos(?: id| no| #)?|a-?number|alien (?:no|number|#)|din|donation (?:id|no|number|#)|interpreter(?: id| no| number| #)?';

/** Makes letters outside character classes match either case, so only the label ignores case. */
function anyCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += !inClass && /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : inClass && /[a-z]/.test(c) ? c + c.toUpperCase() : c;
  }
  return out;
}

// "Identifier" reads the same as "ID" in every label ("Medicare Beneficiary Identifier").
const LABEL_WORDS = LABEL_WORDS_BASE.replace(/\bid\b/g, '(?:id|identifier)');

/** The top-level alternatives of a pattern. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (c === '|' && depth === 0 && !inClass) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

/** anyCase with the alternatives that start with the same letter gathered under it ("s(?:sn|s#|...)"): the regex
 * engine then tries the few labels a word's first letter allows, not all two hundred, at every word. Alternatives
 * sharing a first letter keep their order, and two that start with different letters never match at one place. */
function anyCaseByFirstLetter(source: string): string {
  const groups = new Map<string, string[]>();
  for (const alt of alternatives(source)) {
    // A group or an optional first letter ("i?tin") has no one first letter: it stands alone.
    const key = /^[a-z](?![?*{])/.test(alt) ? alt[0]! : `\u0000${alt}`;
    const tails = groups.get(key) ?? [];
    tails.push(key.length === 1 ? alt.slice(1) : alt);
    groups.set(key, tails);
  }
  return [...groups]
    .map(([key, tails]) => (key.length === 1 ? `[${key}${key.toUpperCase()}](?:${tails.map(anyCase).join('|')})` : anyCase(tails[0]!)))
    .join('|');
}

function labelKind(label: string): DeidKind | null {
  const norm = label.toLowerCase().replace(/[.:]/g, '').replace(/\s+/g, ' ').replace(/\bidentifier\b/, 'id').trim();
  for (const [re, kind] of ID_LABELS) if (re.test(norm)) return kind;
  return null;
}

/** British shorthand for a duration: "in 6/52" (weeks), "for 5/7" (days), "over 3/12" (months), after a word of time. */
function ukDuration(m: RegExpExecArray, text: string): boolean {
  // "scheduled for 8/7", "f/u in 6/12 clinic on": what is booked for a day is a date.
  if (/\b(?:scheduled|planned|booked|due|set|appt|appointment|f\/u|follow[- ]?up|surgery|induction|iol|seen|visit)\b[^\n]{0,14}$/i.test(text.slice(Math.max(0, m.index - 28), m.index))) return false;
  return /\/(?:52|7|12)$/.test(m[0]) && /\b(?:in|for|x|over|within|next|past|approx|about|around)[ \t]*$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
}

/** Plausible calendar parts (month 1-12, day 1-31) in either order. */
function plausibleMonthDay(a: number, b: number): boolean {
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
}

// Words around "a/b" that make it a score, strength, ratio or dose rather than a date.
const NOT_DATE_BEFORE = /\b(?:ln|lns|nodes?|amts|mmse|moca|bims|slums|phq-?9?|gad-?7?|mna|ciwa|cows|acuity|va|snellen|apgars?|scores?|psv?|peep|cpap|bi-?pap|flowby|co\/ci|simv|imv|vent|settings?|ac|fio2|strength|motor|power|murmur|grade|gr|sem|hsm|reflexes|dtrs?|pulses?|rated|score|pain|scale|gcs|apgar|ratio|x|times|take|takes|tab|tabs|ue|le|rue|lue|rle|lle|bue|ble|uppers?|lowers?|extremit\w*|bilat\w*|fingers?|grip|push|pull|sem)\W{0,3}$/i;
const NOT_DATE_AFTER = /^\W{0,3}(?:vent|peep|cpap|bipap|psv?\b|strength|motor|power|murmur|sem|hsm|systolic|diastolic|tab|tabs|tablets?|caps?|capsules?|pills?|puffs?|strength|reflexes|dtrs?|pulses?|grip|inch|ns\b|normal saline|inches|cm|mm|mmhg|mg|mcg|ml|cc|units?|sets?|hrs?|hours?|days?|weeks?|strength|throughout|bilat\w*|ue|le|bue|ble|extremit\w*|pain\w*|scale|score|ratio|split|nodes?|cores?|views?|beats?|of\b(?!\s+(?:this|last|next)\b))(?![a-z])/i;

/** Ventilator settings ("CPAP/PS of 10/5", "PS - 5/5 PEEP") are pairs of numbers, not dates. */
const VENT_CONTEXT = /\b(?:c-?pap|bi-?pap|psv?|peep|simv|imv|vent|ventilat\w*|mode|settings?|ac|prvc|mask\s+ventilation)\b(?:[^.;\n()a-z]{0,14}|(?:\s+(?:mode|now|overnight|weaned|decreased|increased|changed|titrated|down|up|back))+\s+)(?:of\s+|on\s+|to\s+|at\s+)?$/i;

/** After a range's last day: no unit, no "of" ("1/2-1/3 of the dose" is a fraction's range). */
const rangeEndIsDay = (after: string): boolean => !NOT_DATE_AFTER.test(after) && !/^\s*of\b/i.test(after);

function slashDateCheck(m: RegExpExecArray, text: string): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (!(a >= 1 && a <= 12)) return false;
  if (!(b >= 1 && b <= 31)) return false;
  const before = text.slice(Math.max(0, m.index - 14), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
  // Fractions and scores: 1/2, 3/4, 5/5, 4/5, 2/6 (murmurs), 10/10 (pain).
  // (Checked after the cues below: "last seen 3/10 with mild pain" is a date.)
  const painScore = b === 10 && /\b(?:pain|score|scale|rated|rates|level|intensity|cp|h\/?a|pressure|discomfort|soreness|ache)\b/i.test(`${before} ${text.slice(m.index + m[0].length, m.index + m[0].length + 24)}`);
  if (b === 10 && /\b(?:angina|discomfort|ache|headache)\b/i.test(after)) return false;
  // Dates follow what was done on them: "extubated 3/3", "placed 1/2", "as of 4/4"; and head a finding ("CXR 3/4: ...").
  // A study compared with ("Comparison: CT 8/8", "compared with CXR of 2/3") and a time before ("Dispatched 12:47 08/08") date it too.
  const strongCue = /(?:date[d:]?|dob|since|until|til|admitted|discharged|seen|born|from|post|pre|s\/p|day|mon|tues?|wed|thu|thurs|fri|sat|sun|as of|(?:ex|in|re-?in|re-?ex)tubated|placed|inserted|removed|changed|started|stopped|resumed|held|done|drawn|sent|obtained|repeated|performed|transfused|transferred|fitted|dispensed|issued|faxed|mailed|tolerated|d\/c'?d|dc'?d|\bd\/c|discontinued|ended|expired|\b(?:ct|cta|mri|mra|cxr|xr|kub|us|echo|tte|tee|ekg|ecg|eeg|pet)(?:\s+of)?|\d{1,2}:\d{2}|s\/p\s+[a-z]{2,12}|\blast\s+(?:bm|bowel\s+movement|dose|void|stool|lmp|period|seen|visit|admit|admission|exposure|contact|sex|intercourse|encounter|injection|drink|use)|\bdue)(?:\s+on)?\s*$/i.test(before) || /^:\s/.test(after) || /\b(?:anticipated|expected|planned|target|estimated|projected)(?:\s+(?:dc|d\/c|discharge|date))?\s*$/i.test(text.slice(Math.max(0, m.index - 26), m.index)) || (/^[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?![\d.]|[ \t]*(?:mg|mcg|ml|cc|units?|x)\b)/i.test(after) && !(a === b && a <= 5)) || /^[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d\b/.test(after) || /\b(?:comparison|compared\s+(?:to|with))\b/i.test(text.slice(Math.max(0, m.index - 30), m.index));
  if (painScore && (!strongCue || /\b(?:pain|score|scale|rated|rates)\b/i.test(before))) return false;
  // Equal parts (5/5) are strengths and ventilator settings unless a date word says otherwise;
  // a proper fraction (1/3) is a date after "on" or "by" too.
  // ("on 9/9": from 6/6 to 9/9 no strength or pulse grade is written, so "on" and "by" date them too.)
  // ("ON 1/1 (PARTNER", "on 5/5 asking": below 6 only before a bracket or an -ing word, since "on 5/5" is a ventilator's setting.)
  if (a === b && b <= 12) return (strongCue || (a <= 12 && /\b(?:on|by)\s*$/i.test(before) && (a >= 6 || /^(?:\s*\(\s*[a-z]|\s+[a-z]+ing\b)/i.test(after)) && !/\b(?:va|vision|visual|acuity|snellen|eyes?|od|os|ou)\b/i.test(text.slice(Math.max(0, m.index - 30), m.index)))) && !NOT_DATE_AFTER.test(after) && !VENT_CONTEXT.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/^\s*(?:peep|ps|strength|motor|bilat|x\b)/i.test(after);
  if (b <= 4 && a < b) return (strongCue || /\b(?:on|by|between)\s*$/i.test(before)) && !NOT_DATE_AFTER.test(after);
  if (VENT_CONTEXT.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  // "abx started 11/28, day 3": a course's day count after a date is no unit of it.
  const dayCount = strongCue && /^\s*[,(;]\s*(?:day|d)\s*#?\s*\d/i.test(after);
  // "Gleason 3 + 2 = 5/10": a sum's result.
  if (NOT_DATE_BEFORE.test(before) || /[=+][ \t]*$/.test(before) || (NOT_DATE_AFTER.test(after) && !dayCount)) return false;
  // Blood pressure and other ratios are three digits; lab trends like "7.40/35" have a decimal point.
  if (/[\d.]$/.test(before) || /^\.\d/.test(after)) return false;
  return true;
}

// A number after the name of a clinical code system is a concept's code, the same for every patient ("SNOMED 44054006").
const CODE_SYSTEM_BEFORE = /\b(?:snomed(?:[ -]?ct)?|loinc|icd-?(?:9|10|11)(?:-cm|-pcs)?|cpt|hcpcs|ndc|rxnorm|rxcui|cvx|umls|cui)(?:\s+code)?\s*[:#]?\s*$/i;

/** A number after "fax" on its line is a fax number ("Fax: +44 20 7946 0959"), unless a phone word comes between. */
function phoneOrFax(m: RegExpExecArray, text: string): DeidKind {
  const before = text.slice(Math.max(0, m.index - 24), m.index);
  return /\bfax\b[^\n]*$/i.test(before) && !/\b(?:phone|tel|cell|pager)\b[^\n]*$/i.test(before.slice(-12)) ? 'FAX' : 'PHONE';
}

const RULES: readonly PatternRule[] = [
  // Wire addresses first: their punctuation would confuse the number rules.
  { rule: 'email', kind: 'EMAIL', re: /\b(?:mailto:)?[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g, gate: /@/, priority: 9 },
  { rule: 'url', kind: 'URL', re: /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`)\]}]{0,2000}[^\s<>"'`)\]}.,;:!?]/gi, priority: 9 },
  {
    rule: 'domain',
    kind: 'URL',
    re: /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:com|org|net|edu|gov|mil|io|info|biz|uk|ca|au|us|health|care|clinic|app|dev|ai|eu|online|site|ly|gl|gd|tv|link|cc|me|co|to|fm|be|gg|li)\b(?:\/[^\s<>"'`)\]}]*[^\s<>"'`)\]}.,;:!?])?/gi,
    gate: /\.(?:com|org|net|edu|gov|mil|io|info|biz|uk|ca|au|us|health|care|clinic|app|dev|ai|eu|online|site|ly|gl|gd|tv|link|cc|me|co|to|fm|be|gg|li)\b/i, priority: 8,
    // Short country domains that are words too ("bit.ly", "goo.gl", "gofund.me", "support.tv") count only with a path after them.
    check: (m) => !/^(?:e\.g|i\.e|a\.m|p\.m)\b/i.test(m[0]) && /[a-z]{2,}\./i.test(m[0]) && !/\.(?:ly|gl|gd|tv|link|cc|me|co|to|fm|be|gg|li)$/i.test(m[0]),
  },
  // Spelled-out e-mail addresses: "jsmith at gmail dot com", "j.doe [at] example [dot] org".
  { rule: 'email', kind: 'EMAIL', re: /\b[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}\s*(?:\[at\]|\(at\)|\sat\s)\s*[A-Za-z0-9-]{2,63}(?:\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*[A-Za-z0-9-]{2,63}){0,3}\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*(?:com|org|net|edu|gov|us|io|co|uk|ca)\b/gi, gate: /dot/i, priority: 8 },
  // ("80/48/7.45.34.7" is a blood gas run together: no address follows a slash and a number.)
  { rule: 'ipv4', kind: 'IP', re: /(?<![\d.]|\d\/)\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b(?:\/\d{1,2}|:\d{2,5}\b)?/g, priority: 9 },
  // IPv4 addresses written as IPv6: "::ffff:192.0.2.128".
  { rule: 'ipv6', kind: 'IP', re: /(?<![\w:])(?:0{1,4}:){0,5}::?ffff:(?:\d{1,3}\.){3}\d{1,3}\b/gi, gate: /ffff:/i, priority: 9 },
  {
    rule: 'ipv6',
    kind: 'IP',
    re: /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,7}:|(?:[0-9a-f]{1,4}:){1,6}:[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,5}(?::[0-9a-f]{1,4}){1,2}|(?:[0-9a-f]{1,4}:){1,4}(?::[0-9a-f]{1,4}){1,3}|(?:[0-9a-f]{1,4}:){1,3}(?::[0-9a-f]{1,4}){1,4}|(?:[0-9a-f]{1,4}:){1,2}(?::[0-9a-f]{1,4}){1,5}|[0-9a-f]{1,4}:(?::[0-9a-f]{1,4}){1,6}|::(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})(?:%[A-Za-z0-9_.]{1,16})?(?![\w:])(?:\]:\d{1,5}\b)?/gi,
    gate: /::|[0-9a-f]:[0-9a-f]{1,4}:/i, priority: 9,
    // Clock times (10:30:15) have the same shape; an address has a letter, a "::" or many groups.
    check: (m) => /::/.test(m[0]) || (m[0].split(':').length >= 5 && /[a-f]/i.test(m[0])) || m[0].split(':').length >= 7,
  },
  // Labelled numbers: "MRN: 1234567", "DEA # AB1234563", "Serial no. 4471-XZ".
  {
    rule: 'labelled-id',
    kind: 'ID',
    // The label ignores case; the value is digits and capitals (with an "x" for hex), so "code QX77" is not a value.
    re: new RegExp(`\\b(${anyCaseByFirstLetter(LABEL_WORDS)})(?:(?<=#)|(?![A-Za-z]))\\.?\\s{0,3}(?:[iI][sS]\\s+|[nN][uU][mM][bB][eE][rR]\\s+|[nN][oO]\\.?\\s*|#\\s*|:\\s*|=\\s*|-\\s*){0,3}((?:[A-Z]{1,4}[- ]?){0,2}\\(?\\d(?:[\\dA-Zx(./-]|\\)(?<=\\([\\dA-Z]{1,6}\\))){0,40}(?:[ -](?=[A-Z]*\\d)[\\dA-Z]{2,}){0,4}|[A-Z]{1,5}-?\\d[\\dA-Z-]{0,40}|[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){1,3}|\\d{3}[ ]\\d{2}[ ]\\d{4})(?![A-Za-z0-9])`, 'g'),
    group: 2,
    priority: 7,
    check: (m, text) => {
      const value = m[2]!;
      const digits = (value.match(/\d/g) ?? []).length;
      const kind = labelKind(m[1]!);
      if (kind === null) return false;
      // A sensor's transmitter is six letters and digits ("8GMNBU"): one digit is enough after its label.
      if (digits < 3 && !(kind === 'DEVICE' && /transmitter|serial|s\/n/i.test(m[1]!) && /^(?=[A-Z]*\d)[A-Z\d]{5,8}$/.test(value) && /[A-Z]/.test(value))) return false;
      // "MEDICAL GROUP\n1782 RAMPA RAMIRO": a label that ends its line without a colon or "#" labels no house number
      // opening the next line before its street's words.
      const between = m[0].slice(m[1]!.length, m[0].length - value.length);
      if (between.includes('\n') && !/[:#=]/.test(m[0].slice(0, m[0].length - value.length)) && /^[ \t]+\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return false;
      // "Revenue code 0450", "CPT code 99213": a billing code names a service, not a person.
      if (/^code$/i.test(m[1]!) && /\b(?:revenue|rev|cpt|hcpcs|icd(?:-?(?:9|10))?(?:-cm)?|drg|ndc|procedure|diagnosis|dx|billing|modifier|pos|place\s+of\s+service|error|fault|exit|status|return)\s*$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) return false;
      // "Stent REF 1012-34-500": a device's catalogue number (the same for every patient given one), not a reference.
      if (m[1] === 'REF' && /\b(?:stent|catheter|implant|lead|valve|graft|screw|plate|device|pump|sensor|mesh|prosthesis|cannula|sheath|balloon|wire|clip)s?\b[^\n]{0,16}$/i.test(text.slice(Math.max(0, m.index - 28), m.index))) return false;
      // "REF 88-2041 suture button": the catalogue number before the device it names.
      if (m[1] === 'REF' && /^[ \t]+(?:[a-z]+[ \t]+)?(?:stent|catheter|implant|anchor|button|valve|graft|screw|plate|staple|suture|mesh|prosthesis|sheath|balloon|wire|clip)s?\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 28))) return false;
      // "ACLS certification 2019" is when, not which: a bare "certification" needs its "#" or colon.
      if (/certification$/i.test(m[1]!) && !/[#:]/.test(between)) return false;
      // "reg" is regular insulin as often as a registration ("2U REG. NA LOW 129"): a plate is one short code of letters and digits.
      if (/^(?:car\s+|vehicle\s+)?reg$/i.test(m[1]!) && !(/^[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}[).,;:]*$/.test(value) && /[A-Z]/.test(value) && value.replace(/\W/g, '').length >= 5)) return false;
      // Codes are digits and capitals: "tent with SpO2 100" after "face" is not one.
      if (/[a-z]{3,}/.test(value)) return false;
      // Measurements ("ID: Tmax 100.2", "WBC 10.5") have decimal points; a bare "ID" heading needs a real code.
      // A licence may be written with a board's dot ("license 21.294982"); a measurement's decimals are few.
      if (/\d\.\d/.test(value) && kind !== 'IP' && !(kind === 'LICENSE' && /^\d{1,3}\.\d{5,}$/.test(value))) return false;
      // An interpreter's number is a code, not minutes ("interpreter 120 min").
      if (/^interpreter$/i.test(m[1]!) && /^[ \t]*(?:min|mins|minutes|hours?|hrs?|units?|sec|seconds|x)\b/i.test(text.slice(m.index + m[0].length))) return false;
      // A bare "ID" needs five digits, or four after a letter prefix ("ID WW6975").
      if (kind === 'ID' && /^id$/i.test(m[1]!) && digits < 5 && !(digits === 4 && /^[A-Z]{1,3}-?\d{4}$/.test(value))) return false;
      // "ref 1154 Riverside Lane": a bare number before a capitalized word is a house number, not a reference.
      // "ICD-10 code 12345678": a code system's concept, the same for every patient.
      if (CODE_SYSTEM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index + m[1]!.length))) return false;
      // A value cut before ":42" is the date of a log line ("ref 20250111 20:42:50"), which the date rules read whole.
      if (/^:\d/.test(text.slice(m.index + m[0].length))) return false;
      // A column gap or the next field's label ("ID: 212-241   Date:") ends the value before any street.
      if (kind === 'ID' && /^[NSEW]?\d{1,5}(?:-\d{1,5})?[A-Z]?$/.test(value) && !/^(?:[ \t]{3,}|[ \t]+\p{L}+:)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) && /^[ \t]+(?:[NSEW]{1,2}\.?[ \t]+)?(?:\p{Lu}\p{Ll}+|\d{1,3}(?:st|nd|rd|th)\b|1\/2\b|[A-Z]{3,}[ \t]+(?:ST|AVE|RD|BLVD|DR|DRIVE|LANE|LN|WAY|STREET|ROAD|AVENUE|CT|COURT)\b)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
      // A value cut at an en dash ("380–555–2471") is part of something longer that other rules read whole.
      if (/^[–—]\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return false;
      // A telephone number after "ref" or "ID" goes to the phone rules, which keep its extension.
      if (kind === 'ID' && /^\(?\d{3}\)?[-. –]\d{3}[-. –]\d{4}$/.test(value)) return false;
      // "home 02/10/2024" is a date (the date rules take it); "Home 301-680-6286" is a phone.
      const dateShape = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(?:\d{2}|(?:19|20)\d{2}))?$/.exec(value);
      if ((dateShape && plausibleMonthDay(Number(dateShape[1]), Number(dateShape[3]))) || /^(?:19|20)\d{2}([/.-])\d{1,2}\1\d{1,2}$/.test(value)) return false;
      if (kind === 'PHONE' || kind === 'FAX') return digits >= 7 || /pager|pgr|pg|beeper|bpr/i.test(m[1]!) ? kind : false;
      return kind;
    },
  },
  // "MA reg 123-ABC", "GA tag 7ABC123": a state's code, then the registration.
  { rule: 'plate-state', kind: 'VEHICLE', re: /\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\s+(?:reg|regis|tag|plates?)\.?\s*#?\s*((?=[A-Z0-9-]{0,8}\d)(?=[A-Z0-9-]{0,8}[A-Z])[A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,4})\b/g, group: 1, priority: 7 },
  // British registrations after a vehicle word: "reg KB44 NZN", "number plate LR11 TVV".
  { rule: 'plate-uk', kind: 'VEHICLE', re: /\b(?:[Rr]eg(?:istration)?|REG|[Pp]lates?|PLATE|[Cc]ar\s+reg)\.?\s*(?:no\.?|#)?\s*[:#]?\s*([A-Z]{2}\d{2}\s?[A-Z]{3})\b/g, group: 1, priority: 7 },
  // A labelled VIN in any case: "VIN: 1hgcm82633a004352".
  { rule: 'vin', kind: 'VEHICLE', re: /\bVIN\b\s*(?:no\.?|number|#)?\s*[:#]?\s*([A-HJ-NPR-Z0-9]{17})\b/gi, group: 1, priority: 8 },
  // "1996Feb25": year, month and day run together.
  { rule: 'date-day-mon-year', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:19|20)\\d{2}(?:${MONTH_ABBR}|May)(?:0?[1-9]|[12]\\d|3[01])\\b`, 'gi'), priority: 8 },
  // "February the 24th".
  { rule: 'date-written', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)\\s+the\\s+(?:[12]?\\d|3[01])(?:st|nd|rd|th)\\b`, 'g'), priority: 7 },
  // "between the 3rd and 5th of March", "14th-16th March", "the 2nd, 3rd or 4th of June": the first days of a list
  // or range of ordinals before a month (the written-date rule takes the last with its month).
  { rule: 'date-ordinal', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:[12]?\\d|3[01])(?:st|nd|rd|th)(?=(?:\\s*(?:-|–|,|&|\\bto\\b|\\band\\b|\\bor\\b|\\bthrough\\b|\\bthru\\b|,\\s*and\\b)\\s*(?:the\\s+)?(?:[12]?\\d|3[01])(?:st|nd|rd|th))+\\s+(?:of\\s+)?${MONTH}(?![a-z]))`, 'gi'), priority: 6, check: (m, text) => !/^[^.;:\n]*?(?:st|nd|rd|th)\s+may\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50)) },
  // "Great-grandmother Daphnee (95) lives in the home": a relative's age over 89 in brackets after their name.
  { rule: 'age-over-89', kind: 'AGE', words: wordGate('great grandmother grandfather mother father aunt uncle grandma grandpa'), re: /\b(?:great-?)?(?:grand(?:mother|father|ma|pa)|mother|father|aunt|uncle)[ \t]+\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?[ \t]+\((9\d|1[0-2]\d)\)/giu, group: 1, priority: 6 },
  // "reports he is 103 (no birth documents)", "SHE IS 98.": an age over 89 said of the patient, not a measure or a share.
  { rule: 'age-over-89', kind: 'AGE', words: wordGate('he she'), re: /\b(?:he|she)[ \t]+is[ \t]+(9\d|1[0-2]\d)(?=[ \t]*(?:[.;,(]|$|years?\b|yrs?\b|y\/?o\b|now\b|today\b))(?![ \t]*%)/gim, group: 1, priority: 6 },
  // "95 y female", "101 y.o.F".
  { rule: 'age-over-89', kind: 'AGE', re: /\b(9\d|1[0-2]\d)\s?y\.?(?=\s*(?:female|male|woman|man|lady|gentleman|F|M|W)\b)/g, group: 1, priority: 6 },
  // Masked and partial SSNs: "xxx-xx-1234", "SSN last 4: 1234", "last four of SSN 1234".
  { rule: 'ssn', kind: 'SSN', re: /(?<![\w*#])(?:xxx|XXX|\*{3}|#{3})[- ]?(?:xx|XX|\*{2}|#{2})[- ]?(\d{4})\b|\b(?:SSN|SS#|social(?:\s+security)?(?:\s+(?:no\.?|number|#))?)\s*(?:\(?last\s+(?:4|four)(?:\s+digits)?\)?|l4)\s*(?:is\s+|[:#=-]\s*)?(\d{4})\b|\blast\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:(?:his|her|the|their|pt'?s?)\s+)?(?:SSN|SS#|social(?:\s+security)?(?:\s+(?:no\.?|number|#))?)\s*(?:is\s+|[:#=-]\s*)?(\d{4})\b/gi, priority: 8 },
  { rule: 'ssn', kind: 'SSN', re: /(?<![\d.])\b(?!000|666|9\d\d)\d{3}([- .])(?!00)\d{2}\1(?!0000)\d{4}\b(?!\.\d)/g, priority: 8 },
  // "identified by full name and last 4 0588": the last four of a number that identifies a patient (the VA's are an SSN's).
  { rule: 'ssn', kind: 'SSN', words: wordGate('identified verified confirmed'), re: /\b(?:identified|verified|confirmed)[ \t]+(?:by|with|using|via)[ \t]+[^.;\n]{0,30}?\blast[ \t]*(?:4|four)(?:[ \t]+digits)?[ \t]*:?[ \t]*(\d{4})\b/gi, group: 1, priority: 7 },
  // "306 - 69 - 1006": the same groups with spaced dashes, as forms and OCR leave them.
  // "Donor ID (last 4 SSN): 8851": a label naming the last four digits of the number, then the four.
  { rule: 'ssn', kind: 'SSN', words: wordGate('last'), re: /\blast[ \t]*(?:4|four)[ \t]+(?:digits[ \t]+)?(?:of[ \t]+)?(?:ssn|ss#|social(?:[ \t]+security)?)[ \t]*\)?[ \t]*:?[ \t]*(\d{4})\b(?![\d-])/gi, group: 1, priority: 7 },
  { rule: 'ssn', kind: 'SSN', gate: / [-–] \d{2} [-–] /, re: /(?<![\d.])\b(?!000|666|9\d\d)\d{3} [-–] (?!00)\d{2} [-–] (?!0000)\d{4}\b(?!\.\d)/g, priority: 8 },
  // Taxpayer numbers for those without an SSN (ITIN): 9xx, then 50-65 or 70-99 (not 89 or 93), dashed or spaced.
  { rule: 'ssn', kind: 'SSN', re: /(?<![\d.])\b9\d{2}([- ])(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])\1\d{4}\b(?!\.\d)/g, priority: 8 },
  { rule: 'account-ending', kind: 'ACCOUNT', words: wordGate('ending'), re: /\b(?:account|acct|card|a\/c|checking|savings)\.?\s+(?:no\.?\s+|number\s+|#\s*)?ending\s+(?:in\s+|with\s+)?(\d{4})\b/gi, group: 1, priority: 7 },
  // "Study UID 1.2.840.113619.2.55.3.6044...": a DICOM study's, series' or image's unique id (a code system's OID is no one's).
  { rule: 'dicom-uid', kind: 'ID', words: wordGate('uid'), re: /\b(?:study|series|sop|image|instance)(?:\s+instance)?\s+uid\b\s*[:#=]?\s*((?:\d{1,20}\.){3,}\d{1,20})/gi, group: 1, priority: 9 },
  // "SSN ends in 4412", "policy number ending 9981", "MRN ends with 0442": the last digits of a labelled number.
  {
    rule: 'id-ending', kind: 'ID', words: wordGate('ends ending'),
    re: /\b(SSN|SS#|social(?:\s+security)?(?:\s+number)?|policy|member\s+id|subscriber\s+id|medicare|medicaid|mrn|medical\s+record(?:\s+number)?|licen[cs]e|dl|passport)\.?\s+(?:no\.?\s+|number\s+|#\s*)?(?:ends|ending)\s+(?:in\s+|with\s+)?(\d{4})\b/gi,
    group: 2, priority: 7,
    check: (m) => (/^(?:ssn|ss#|social)/i.test(m[1]!) ? 'SSN' : /^(?:policy|member|subscriber|medicare|medicaid)/i.test(m[1]!) ? 'HEALTH_PLAN' : /^(?:mrn|medical)/i.test(m[1]!) ? 'MRN' : 'LICENSE'),
  },
  // Biometric labels before a hash or template code in any case: "fingerprint hash 9f86d081884c".
  { rule: 'biometric-code', kind: 'BIOMETRIC', words: wordGate('finger fingerprint palm palmprint retina retinal iris voice voiceprint facial face biometric dna geometry'), re: /\b(?:finger\s*print|palm\s*print|retina|retinal|iris|voice\s*print|facial|face|biometric|dna|hand\s+geometry)(?:\s+(?:scan|print|template|hash|code|key|profile|signature|sample|recognition|id|identifier|ref|reference|no\.?|number|#)){1,3}\s*[:#=]?\s*([0-9A-Za-z][0-9A-Za-z-]{7,63})\b/gi, group: 1, priority: 7, check: (m) => (m[1]!.match(/\d/g) ?? []).length >= 3 && (!/[a-z]{5,}/i.test(m[1]!) || /^[\da-f-]+$/i.test(m[1]!)) },
  {
    rule: 'credit-card',
    kind: 'ACCOUNT',
    re: /\b(?:\d{4}[- ]){3}\d{4}\b|\b3[47]\d{2}[- ]\d{6}[- ]\d{5}\b|\b(?:4\d{15}|5[1-5]\d{14}|3[47]\d{13}|6011\d{12})\b/g,
    priority: 8,
  },
  { rule: 'iban-labelled', kind: 'ACCOUNT', re: /\biban\b\s*(?:is\s+|:\s*|#\s*)?([a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?)\b/gi, group: 1, priority: 8 },
  // As strong as a card number, so the longer IBAN around a card-shaped run of groups wins.
  { rule: 'iban', kind: 'ACCOUNT', re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g, priority: 8, check: (m) => /\d{6}/.test(m[0].replace(/ /g, '')) },
  // Seventeen capitals and digits with both in them (the check, cheaper than lookaheads at every word).
  { rule: 'vin', kind: 'VEHICLE', re: /\b[A-HJ-NPR-Z0-9]{17}\b/g, priority: 8, check: (m) => /[A-Z]/.test(m[0]) && /\d/.test(m[0]) },
  // Network hardware addresses identify a device: "00:1A:2B:3C:4D:5E".
  { rule: 'mac-address', kind: 'DEVICE', re: /(?<![\w:-])(?:[0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g, priority: 9, check: (m) => /[A-Fa-f]/.test(m[0]) || /\d/.test(m[0]) },
  // Social media handles: "@jsmith22", "Instagram: @rosie_k". A bare "@word" is as often "at" ("@bedside"), so a digit, an underscore or a label must say so.
  { rule: 'handle', kind: 'URL', re: /(?<![\w.@])@[A-Za-z][A-Za-z0-9_.]{1,29}[A-Za-z0-9_]/g, priority: 6, check: (m, text) => /[\d_]|[A-Za-z]\.[A-Za-z]/.test(m[0]) || /\b(?:twitter|instagram|insta|ig|tiktok|snapchat|snap|facebook|fb|handle|username|user name|x\.com|threads|telegram|discord|account|dm(?:s|ed|'d)?|messag\w*|follow\w*)\b[^\n.;@]{0,24}$/i.test(text.slice(Math.max(0, m.index - 48), m.index)) },
  // Lot and batch numbers in capitals or after "implant": "LOT 97S48653", "Lot: 2345678".
  { rule: 'device-lot', kind: 'DEVICE', re: /\b(?:LOT|Lot|BATCH|Batch)\b\.?[ \t]*(?:no\.?|#)?[ \t]*[:#]?[ \t]*([A-Z0-9][A-Z0-9-]{3,20})\b/g, group: 1, priority: 7, check: (m) => (m[1]!.match(/\d/g) ?? []).length >= 4 },
  // "lead lots 7970tk84 and 22w6985", "LOTS 75L4590, 8226273": two lots or serials after the plural word.
  ...[1, 2].map((group): PatternRule => ({ rule: 'device-lots', kind: 'DEVICE', words: wordGate('lots serials'), re: /\b(?:lots|serials)[ \t]*:?[ \t]+([A-Za-z0-9][A-Za-z0-9-]{3,20})[ \t]*(?:,|and|&)[ \t]*([A-Za-z0-9][A-Za-z0-9-]{3,20})(?![\w-])/gi, group, priority: 7, check: (m) => [m[1]!, m[2]!].every((v) => (v.match(/\d/g) ?? []).length >= 3) })),
  // Vaccine lots, serials and kit numbers in any case: "lot ac97b512md", "LOT SM994YF", "sn pyb4ewvphk", "kit #24-384505".
  // Letters and digits both, or four digits; not "a lot" nor a dose.
  {
    rule: 'device-code-any-case',
    kind: 'DEVICE',
    re: /\b(lot|batch|sn|s\/n|serial|kit)\b\.?[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*([A-Za-z0-9][A-Za-z0-9-]{3,20})(?![\w-])/gi,
    group: 2,
    priority: 7,
    words: wordGate('lot batch sn n serial kit'),
    check: (m, text) => {
      const v = m[2]!;
      const digits = (v.match(/\d/g) ?? []).length;
      if (digits === 0 || v.replace(/-/g, '').length < 5 || MEASURE_CODE.test(v)) return false;
      if (!/[a-z]/i.test(v) && digits < 4) return false;
      if (/^lot$/i.test(m[1]!) && /\b(?:a|the|whole|parking)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return false;
      return /^kit$/i.test(m[1]!) ? 'ID' : 'DEVICE';
    },
  },
  // A nurse's initials signing a line ("VIS given. CK RN", "given by: ccb rn"): two or three letters and the credential
  // where a sentence or line ends, after a sentence's end, a line's start or "by:". Not a unit's or a role's abbreviation.
  {
    rule: 'initials-credential',
    kind: 'NAME',
    re: /(?:^|\n|[.;][ \t]+|\bby:?[ \t]+)([A-Za-z]{2,3})[ \t]+(?:RN|LPN|CMA|rn|lpn|cma)(?=[ \t]*(?:$|\r?\n|[.;,)]))/g,
    group: 1,
    priority: 6,
    words: wordGate('rn lpn cma'),
    check: (m) => !NOT_INITIALS.test(m[1]!) && (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()),
  },
  // "interrogated by pj, ccds", "-- SNK, LCSWA 10/13", "-- d.c., lcswa", "ASYMPTOMATIC   JSR, LAT": initials, a comma and the
  // signer's credential, after "by", a signature's dash or a column's gap.
  {
    rule: 'initials-credential',
    kind: 'NAME',
    re: /(?:\bby:?[ \t]+|(?:--|—|–)[ \t]*|\S[ \t]{3,})([A-Za-z]{2,3}|(?:[A-Za-z]\.){2,3})[ \t]*,[ \t]*(?:lat|atc|rn|lpn|cma|lpta|pta|cota\/l|cota|ota|slpa|rda|cda|rdh|hha|ccds|cdrs|rcs|rdcs|rvt|rcis|lcswa?|lmsw|msw|lmft|lpc|lcpc|lmhc|rrt|crt|cna|cpht|rd|rdn|cde|cdces|rph|ccrp|crc|ccrc|bsn|msn|aprn)\b\.?(?=[ \t]*(?:$|\r?\n|[.;,)]|\d))/gi,
    group: 1,
    priority: 6,
    words: wordGate('lat atc rn lpn cma lpta pta cota ota slpa rda cda rdh hha ccds cdrs rcs rdcs rvt rcis lcsw lcswa lmsw msw lmft lpc lcpc lmhc rrt crt cna cpht rd rdn cde cdces rph ccrp crc ccrc bsn msn aprn'),
    check: (m) => !NOT_INITIALS.test(m[1]!.replace(/\./g, '')) && !ROLE_LETTERS.has(m[1]!.replace(/\./g, '').toLowerCase()) && !NOT_SIGNER_INITIALS.has(m[1]!.replace(/\./g, '').toLowerCase()) && (m[1]!.includes('.') || m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()),
  },
  // "study cb486862", "acct xnpn82582981": in lower case, one to four letters and five digits or more are a record's code
  // (a variant's "rs" number, a trial's NCT number and the like are no one's).
  {
    rule: 'code-lower',
    kind: 'ID',
    gate: /[a-z]\d{5}/,
    re: /(?<![\w.-])([a-z]{1,4})\d{5,12}(?![\w.-])/g,
    priority: 3,
    // A count written "x100000" is no code; an account with seven digits or more after an x is.
    check: (m) => !/^(?:rs|nct|pmid|chr|hgnc|omim|hg)$/.test(m[1]!) && !(m[1] === 'x' && m[0].length < 8),
  },
  // "CHART OPENED BY USER ABR FROM 10.47.216.155", "user: jdoe2": a system user's id after the word.
  {
    rule: 'user-id',
    kind: 'ID',
    words: wordGate('user'),
    re: /\buser(?:[ \t]+id)?[ \t]*:?[ \t]+([A-Za-z]{2,8}\d{0,4})(?=[ \t]+(?:from|on|at|logged|via|accessed|opened|viewed|printed)\b|[ \t]*[,;)]|[ \t]*(?:\r?\n|$))/gi,
    group: 1,
    priority: 5,
    check: (m) => !/^(?:name|names|id|account|the|a|an|was|is|has|guide|manual|interface|error|group|role|profile|admin|guest|unknown|none|not|and|or|who)$/i.test(m[1]!),
  },
  // "thank you for referring BUD.", "i am referring ms. fleur sweet for evaluation": whom a letter refers.
  {
    rule: 'name-referred',
    kind: 'NAME',
    words: wordGate('referring'),
    re: /\breferring[ \t]+(?:(?:mr|mrs|ms|miss|mx|master)\.?[ \t]+)?(\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+){0,2}?)(?=[ \t]*[,.;]|[ \t]+(?:for|to|back|who|with|today|on)\b)/giu,
    group: 1,
    priority: 4,
    // On a line of both cases the name is capitalized ("patient referring pain to the shoulder" refers no one).
    check: (m, text) => !m[1]!.split(/[ \t]+/).some((w) => NOT_REFERRED.test(w)) && (!bothCasesNear(text, m.index, 200) || m[1]!.split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w))),
  },
  // "07:49  BP 147/62  HR 98  SpO2 97%  midazolam 1 mg IV  WKF", "03/22/2020  FMX (D0210)  70 KVP 7 MA  MGE": a log row
  // opened by a time or a date and laid out in columns ends with the initials of whoever wrote it.
  {
    rule: 'initials-log-row',
    kind: 'NAME',
    gate: /[ \t]{2}[A-Za-z]{2,3}[ \t]*(?:\r?\n|$)/,
    re: /(?:^|\n)[ \t]*(?:\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:19|20)\d{2}-\d{2}-\d{2})[ \t]{2,}\S[^\n]*[ \t]{2,}([A-Za-z]{2,3})[ \t]*(?=\r?\n|$)/gi,
    group: 1,
    priority: 4,
    check: (m) => !NOT_INITIALS.test(m[1]!) && !NOT_SIGNOFF.test(m[1]!) && !LOG_WORD.test(m[1]!) && (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()),
  },
  // "aug 12, 2021 | os | lucentis 0.5 mg | lot 38480569 | ze": a row of cells opened by a date or a time ends with its
  // writer's initials in the last cell.
  {
    rule: 'initials-log-row',
    kind: 'NAME',
    gate: /\|[ \t]*[A-Za-z]{2,3}[ \t]*(?:\r?\n|$)/,
    re: /(?:^|\n)[ \t]*(?:\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:19|20)\d{2}-\d{2}-\d{2}|[A-Za-z]{3}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2}|\d{1,2}[ \t]+[A-Za-z]{3,9}\.?[ \t]+(?:19|20)\d{2})[ \t]*\|[^\n]*\|[ \t]*([A-Za-z]{2,3})[ \t]*(?=\r?\n|$)/gi,
    group: 1,
    priority: 4,
    check: (m) => !NOT_INITIALS.test(m[1]!) && !NOT_SIGNOFF.test(m[1]!) && !LOG_WORD.test(m[1]!) && !/^(?:avf|avg|cvc|tdc|nr|rx|dx|tx|yes|no|n\/a|r|l|wnl)$/i.test(m[1]!) && (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()),
  },
  // "physician: root, marge m md", "signed poc received: wehner, edwin s md signed": a clinician written surname first
  // before a credential without its comma, where a field or a phrase starts.
  {
    rule: 'name-inverted-credential',
    kind: 'NAME',
    words: wordGate('md do np dds dmd dpm aprn cnp pa'),
    re: /(?:^|\n|[:;(][ \t]*|\b(?:by|from|to|per|with|received|presence[ \t]+of)[ \t]+)(\p{L}[\p{L}'’-]+,[ \t]+\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}\.?)?)[ \t]+(?:md|do|np|dds|dmd|dpm|aprn|cnp|pa-c)\b\.?(?![\p{L}-])/giu,
    group: 1,
    priority: 5,
    check: (m) => !m[1]!.split(/[,\s]+/).some((w) => NOT_INVERTED.test(w)),
  },
  // "DEAR CONSTANCE ERDMAN,", "dear hope little,", "Dear Buck and family,": a letter's salutation names its reader in any
  // case; "Dear colleague,"
  // and "Dear Sir or Madam:" name none.
  {
    rule: 'name-salutation',
    kind: 'NAME',
    words: wordGate('dear'),
    re: /(?:^|\n)[ \t]*dear[ \t]+(?:(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3}?)(?:[ \t]+(?:and|&)[ \t]+(?:family|families|all))?[ \t]*[,:](?=[ \t]*(?:\r?\n|$))/giu,
    group: 1,
    priority: 5,
    check: (m) => !m[1]!.split(/[ \t]+/).some((w) => NOT_READER.test(w)),
  },
  // "...seat crown #18.\n-- BTY", "...\n/PY", "\"acute on chronic CHF\" -RZK.": a signer's initials alone after
  // a signature's dash, ending the line or after a quoted answer.
  {
    rule: 'initials-signoff',
    kind: 'NAME',
    gate: /[-—–/][ \t]*[A-Za-z]{2,3}\b/,
    re: /(?:(?:^|\n|[.;!?][ \t]+)[ \t]*(?:--|—|–)|\n\/)[ \t]*([A-Za-z]{2,3})(?=[ \t]*(?:\r?\n|$))/g,
    group: 1,
    priority: 5,
    check: (m) => !NOT_INITIALS.test(m[1]!) && !NOT_SIGNOFF.test(m[1]!) && (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()),
  },
  {
    rule: 'initials-signoff',
    kind: 'NAME',
    gate: /[-—–][ \t]*[A-Za-z]{2,3}\b/,
    re: /["”][ \t]*[-—–][ \t]*([A-Z]{2,3})(?=[.;,]|[ \t]*(?:\r?\n|$))/g,
    group: 1,
    priority: 5,
    check: (m) => !NOT_INITIALS.test(m[1]!) && !NOT_SIGNOFF.test(m[1]!),
  },
  // "... stand magnifier dispensed. VJ": initials alone after the last sentence close a note as its writer's.
  {
    rule: 'initials-signoff',
    kind: 'NAME',
    gate: /[.!?][ \t]+[A-Za-z]{2,3}[ \t]*$/,
    re: /[.!?][ \t]+([A-Za-z]{2,3})[ \t]*$/g,
    group: 1,
    priority: 5,
    check: (m) => !NOT_INITIALS.test(m[1]!) && !NOT_SIGNOFF.test(m[1]!) && !LOG_WORD.test(m[1]!) && !/^(?:ok|yes|nad|asap|etc|fyi|thx|ty|bye|rtc|fu|wnl|tbd|dnr|dni|vss|lol|ama|aox|gcs|iop|va)$/i.test(m[1]!) && (m[1] === m[1]!.toUpperCase() || m[1] === m[1]!.toLowerCase()),
  },
  // "COB updated Aug 20, 2021 by XNB", "| assigned xer": a worker's initials ending a line after a verb of record work
  // and "by", or after "assigned" ("covered by VSP" is a payer).
  {
    rule: 'initials-signoff',
    kind: 'NAME',
    words: wordGate('by assigned'),
    re: /(?:\b(?:updated|entered|posted|reviewed|verified|keyed|worked|noted|completed|resolved|closed|sent|scanned|logged|processed|corrected|submitted|released)\b[^\n]{0,40}?\bby|\bassigned(?:[ \t]+to)?)[ \t]+([A-Za-z]{2,3})(?=[ \t]*(?:\r?\n|$))/gi,
    group: 1,
    priority: 5,
    check: (m) => !NOT_INITIALS.test(m[1]!) && !NOT_SIGNOFF.test(m[1]!) && (m[1] === m[1]!.toUpperCase() || (m[1] === m[1]!.toLowerCase() && /^assigned/i.test(m[0]))),
  },
  // Numbers of courts, bar rolls, pharmacy benefits, trials and payments, after their label in any case: "docket no.
  // 2367cv872337", "(BBO# 307051)", "RxGrp RX3396", "randomization # R86286", "check #815418", "DL WDLEZDJYL5M7".
  {
    rule: 'admin-code',
    kind: 'ID',
    re: /\b(docket|bbo|rx ?grp|randomi[sz]ation|check|dl|commitment|inmate|booking|(?:pa|auth(?:ori[sz]ation)?|prior auth) request)\b\.?[ \t]*(no\.|no(?=[ \t:#])|number|#)?[ \t]*[:#]?[ \t]*([A-Za-z0-9][A-Za-z0-9:-]{3,24})(?![\w-])/gi,
    group: 3,
    priority: 7,
    words: wordGate('docket bbo rxgrp grp randomization randomisation check dl commitment inmate booking request'),
    check: (m) => {
      const v = m[3]!;
      const digits = (v.match(/\d/g) ?? []).length;
      if (/^dl$/i.test(m[1]!)) return (/[a-z]/i.test(v) && digits >= 1 && v.length >= 7) || digits >= 7 ? 'LICENSE' : false;
      if (digits < 3 || MEASURE_CODE.test(v)) return false;
      // "check 3 times", "check 1234": a cheque's number has its "#" or "no.".
      if (/^check$/i.test(m[1]!) && !m[2] && !/#/.test(m[0])) return false;
      return 'ID';
    },
  },
  // A street address in any case after a cue or at a line's start, closed by a comma, a unit, the line's end or a word
  // that goes on the sentence ("at 212 mill ave on tuesday"): "to 282 maple way apt 9c", "agent: ..., 741 beahan bypass, putnam", "1459 LIBERTY PL APT 6B".
  // "N5640 County Rd V", "s2126 county rd c", "E6067 COUNTY HWY K": a rural grid address, its quarter's letter and number
  // before a county or state road and the road's letters.
  { rule: 'street-any-case', kind: 'LOCATION', words: wordGate('county cty state rd road hwy highway'), re: /\b[nsew]\d{3,5}[ \t]+(?:county|cty|state)[ \t]+(?:road|rd|hwy|highway|trunk|th)[ \t]+(?:[a-z]{1,2}|\d{1,3})\b/gi, priority: 6 },
  {
    rule: 'street-any-case',
    kind: 'LOCATION',
    words: wordGate('street st avenue ave road rd way lane ln drive dr court ct place pl boulevard blvd bypass terrace ter circle cir parkway pkwy ridge trail trl highway hwy pike square row crossing loop path alley heights view lawn close crescent mews gardens rise walk green grove parade quay wharf brae croft grange meadow meadows orchard'),
    re: /(?<![\w.,/-])\d{1,6}[ \t]+(?:(?:[a-z\u00c0-\u024f][a-z\u00c0-\u024f'.-]*|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}(?:street|st|avenue|ave|road|rd|way|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|bypass|terrace|ter|circle|cir|parkway|pkwy|ridge|trail|trl|highway|hwy|pike|square|row|crossing|loop|path|alley|heights|view|lawn|close|crescent|mews|gardens|rise|walk|green|grove|parade|quay|wharf|brae|croft|grange|meadows?|orchard)\.?(?=[ \t]*(?:,|;|\||$|\r?\n|apt\b|unit\b|#|suite\b|ste\b|lot\b|trlr\b|trailer\b|spc\b|space\b|\)|[ \t]*\((?!\d)|\.(?:[ \t]|$))|[ \t]+(?:on|in|at|for|with|near|by|and|where|when|around|between|since|until|today|yesterday|last|this|was|is|lost|destroyed|flooded|burned|damaged|collapsed|condemned|uninhabitable|per|above|below|behind|across|off|out[ \t]+of|closed|opened|reopened|had|has)\b|[ \t]{2,}(?:phone|tel|fax|ph)\b)/gim,
    priority: 6,
    // After a cue or where a line or field starts (checked after the match: a regex opening on a lookbehind tries every position).
    check: (m, text) => /(?:^|\n|[:,;(|]|\b(?:to|at|on|from|is|of|address))[ \t]*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) && !/\b(?:am|pm|po|prn|bid|tid|qid|qd|qhs|hs|daily|mm|cm|mg|ml|mcg|units?|x|times|tabs?|pills?|doses?|days?|weeks?|hours?|hrs?|min|minutes?|yrs?|years?|months?|lbs?|kg|cc|feet|ft|in|inches|at|on|to|of|for|by|with|from|and|or|the)\b/i.test(m[0]),
  },
  // "8317 highway 75s", "6083 HIGHWAY 16S", "412 State Route 9": a house on a numbered highway, its direction and all,
  // after a cue or where a line or field starts.
  {
    rule: 'street-highway',
    kind: 'LOCATION',
    words: wordGate('highway hwy route rte'),
    re: /(?<![\w.,/-])\d{1,6}[ \t]+(?:(?:n|s|e|w|north|south|east|west)\.?[ \t]+)?(?:(?:state|us|u\.s\.|county|old)[ \t]+)?(?:highway|hwy\.?|route|rte\.?)[ \t]*-?[ \t]*\d{1,4}[nsewNSEW]?(?:[ \t]+(?:n|s|e|w|north|south|east|west|bypass|byp)\b\.?)?(?![\w-]|[ \t]*(?:mg|ml|units?|%|miles?|mi\b|min))/gi,
    priority: 7,
    check: (m, text) => /(?:^|\n|[:,;(]|\b(?:to|at|on|from|of|address|lives|home|house))[ \t]*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)),
  },
  // "1261 county road 12 ln", "16159 NE COUNTY ROAD 12 ST SW", "6773 south 2100 e", "9725 E 300 NORTH": a house on a
  // numbered road, or on a grid of numbered streets as Utah and Idaho write them.
  {
    rule: 'street-numbered-road',
    kind: 'LOCATION',
    words: wordGate('county township twp road rd route rte highway hwy n s e w north south east west ne nw se sw'),
    re: /(?<![\w.,/-])\d{1,6}[ \t]+(?:(?:(?:n|s|e|w|ne|nw|se|sw)\.?[ \t]+)?(?:(?:county|township|twp\.?)[ \t]+(?:road|rd\.?)|co\.?[ \t]+rd\.?)[ \t]+\d{1,4}[a-z]?(?:[ \t]+(?:ln|lane|ave|avenue|st|street|blvd|dr|drive|rd|road|ct|court|way|pl|place))?(?:[ \t]+(?:ne|nw|se|sw|n|s|e|w)\b)?|(?:n|s|e|w|north|south|east|west)\.?[ \t]+\d{2,5}[ \t]+(?:n|s|e|w|north|south|east|west)\b\.?)(?![ \t]*(?:mg|ml|units?|%))/gi,
    priority: 8,
  },
  // "the residence at pine haven", "THE RESIDENCE AT BETHANY", "The Gardens at Harmony": a senior residence named by
  // what it stands at.
  {
    rule: 'place-residence-at',
    kind: 'LOCATION',
    words: wordGate('residence residences gardens villas commons courtyard courtyards terrace terraces pointe meadows cottages lodge willows oaks pines arbors landing manor'),
    re: /\bthe[ \t]+(?:residences?|gardens|villas|commons|courtyards?|terraces?|pointe|meadows|cottages|lodge|willows|oaks|pines|arbors|landing|manor)[ \t]+at[ \t]+(?!(?:home|the|a|an|his|her|their)\b)\p{L}[\p{L}'’-]*(?:[ \t]+(?!(?:if|for|in|on|and|or|from|to|with|billed|since|where|when|until|as|at)\b)\p{L}[\p{L}'’-]*){0,2}/giu,
    priority: 6,
    check: (m, text) => {
      return !bothCasesNear(text, m.index, m[0].length) || /\bat[ \t]+\p{Lu}/u.test(m[0]);
    },
  },
  // "FATHER LONG OF ST. LUKE PARISH", "Rabbi Stone visited", "rev. hill called": clergy by title and surname.
  {
    rule: 'name-clergy',
    kind: 'NAME',
    words: wordGate('fr rev reverend rabbi imam deacon'),
    re: /\b(?:(?:rev|fr)\.|reverend|rabbi|imam|deacon)[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]+(?:of|from|at|visits|visited|came|brought|provided|called|will|anointed|prayed)\b|[ \t]*[,;.(])/giu,
    group: 1,
    priority: 5,
    check: (m) => !NOT_CLERGY_NAME.test(m[1]!),
  },
  {
    rule: 'name-clergy',
    kind: 'NAME',
    words: wordGate('father'),
    re: /\bfather[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]+of[ \t]+(?:st\.?|saint|our|holy|sacred|immaculate|blessed|christ)\b)/giu,
    group: 1,
    priority: 5,
    check: (m) => !NOT_CLERGY_NAME.test(m[1]!),
  },
  // A street named without its number after a word that places something on it: "found down on Daugherty Dr by",
  // "outside murphy's pub on railroad st;", "in front of big y on prospect road,". The short kinds that are clinical words
  // elsewhere ("head ct", "call dr", "plt") count only in title case ("Boyer Ct").
  {
    rule: 'street-named',
    kind: 'LOCATION',
    words: wordGate('street st avenue ave road rd lane ln drive dr court ct place pl boulevard blvd terrace ter circle cir parkway pkwy highway hwy pike'),
    re: /\b(?:on|off|onto|along|down|up|near|outside|behind|across)[ \t]+((?!(?:the|a|an|this|that|his|her|their|its|my|your|our|same|other|each|every|which|what|call|phone|pager|chest|head|abd|abdominal|repeat|cxr)\b)[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.-]*(?:[ \t]+(?!(?:the|a|an)\b)[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.-]*)?[ \t]+(?:street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|pike|Dr|DR|drive|Ct|court|Pl|place)\.?)(?=[ \t]*(?:[,;:)]|\.(?:[ \t]|$)|\r?\n|$)|[ \t]+(?:by|in|near|for|at|and|&|\/|between|when|where|with|w\/|outside|behind|across|to|from|nb|sb|eb|wb|north|south|east|west|about|approx|approximately|past|since|just)\b)/gi,
    group: 1,
    priority: 5,
    check: (m) => {
      const words = m[1]!.split(/[ \t]+/);
      const kind = words[words.length - 1]!.replace(/\.$/, '');
      // "Drive", "Place", "Court" in lower case are words ("on a test drive", "in place"): only in a name's case.
      if (/^(?:drive|place|court|dr|pl|ct)$/i.test(kind) && !/^[A-Z]/.test(kind)) return false;
      if (/^(?:DR|CT|PL|DRIVE|PLACE|COURT)$/.test(kind) && !/^[A-Z]/.test(words[0]!)) return false;
      if (/^(?:DR|CT|PL)$/.test(kind)) return false;
      // ("memory lane", "the fast lane", "a dirt road": lanes and roads of speech.)
      return words.slice(0, -1).every((w) => !/^(?:and|or|to|of|in|at|for|by|with|is|was|pt|patient|per|w|s|p|no|not|her|his|memory|fast|slow|bike|passing|express|left|right|middle|inside|outside|carpool|turning|turn|wrong|dirt|gravel|back|country|open|long|rocky|bumpy|icy|wet|busy|same|other)$/i.test(w));
    },
  },
  // Cross streets and corners joined by a slash or an ampersand: "XST: High Ter / Porter Pl", "to Mills Pkwy / Rivers Rd",
  // "responded to route 1 & depot ave".
  {
    rule: 'intersection',
    kind: 'LOCATION',
    gate: /[/&]/,
    group: 1,
    re: /\b(?:xst|x-st|cross[ \t]*(?:st|sts|street|streets)|at|to|of|on|near)[ \t]*:?[ \t]+((?:(?:[a-z\u00c0-\u024f][a-z\u00c0-\u024f'’.-]*[ \t]+){1,2}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|way)\.?|(?:route|rte|rt|us)[ \t]*\d{1,4}|i-\d{1,3})[ \t]*[/&][ \t]*(?:(?:[a-z\u00c0-\u024f][a-z\u00c0-\u024f'’.-]*[ \t]+){1,2}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|way)\b\.?|(?:route|rte|rt|us)[ \t]*\d{1,4}\b|i-\d{1,3}\b))/gi,
    priority: 6,
    check: (m) => !/^(?:the|a|an|his|her|their)\s/i.test(m[1]!),
  },
  // Two streets of an intersection: "t-boned at grove st and route 3", "at Bridge Rd and Route 51".
  {
    rule: 'intersection',
    kind: 'LOCATION',
    words: wordGate('and'),
    group: 1,
    re: /\b(?:at|of|on|near)[ \t]+((?:[a-z\u00c0-\u024f][a-z\u00c0-\u024f'.-]*[ \t]+){1,2}(?:st|street|rd|road|ave|avenue|ln|lane|dr|drive|way|blvd|hwy|highway)\.?[ \t]+(?:and|&)[ \t]+(?:(?:[a-z\u00c0-\u024f][a-z\u00c0-\u024f'.-]*[ \t]+){1,2}(?:st|street|rd|road|ave|avenue|ln|lane|dr|drive|way|blvd|hwy|highway)\b\.?|(?:route|rte|rt|us|interstate|i-)[ \t]*\d{1,4}\b))/gi,
    priority: 6,
  },
  // A licence plate after its label, in any case, with its groups: "plate 1611 WS", "nh plate 2057 gz", "PLATE XYX 507".
  {
    rule: 'plate-any-case',
    kind: 'VEHICLE',
    words: wordGate('plate plates tag'),
    re: /\b(?:plates?|tag)\b(?:[ \t]*(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*([A-Za-z0-9]{1,4}(?:[ -][A-Za-z0-9]{1,4}){1,2}|[A-Za-z0-9]{4,8})(?![\w-])/gi,
    group: 1,
    priority: 8,
    check: (m) => {
      const v = m[1]!;
      const digits = (v.match(/\d/g) ?? []).length;
      // Letters and digits as a plate holds them, not "plate and screws" nor a count ("plate x2").
      return digits >= 2 && v.replace(/[ -]/g, '').length >= 4 && !/\b(?:and|or|with|was|is|from|to|at|of|on|in|for|the|over|into|via|mg|mm|cm|x\d*)\b/i.test(v);
    },
  },
  // A police officer named with their badge: "officer wise #1745", "OFFICER MANTE #171".
  { rule: 'officer-badge', kind: 'NAME', words: wordGate('officer trooper deputy sergeant sgt detective det'), re: /\b(?:officer|trooper|deputy|sergeant|sgt\.?|detective|det\.)[ \t]+([A-Za-z][A-Za-z'’-]+)(?=,?[ \t]*(?:badge[ \t]*(?:#|no\.?)?|#)[ \t]*\d{1,6}\b)/gi, group: 1, priority: 6 },
  { rule: 'officer-badge', kind: 'ID', words: wordGate('officer trooper deputy sergeant sgt detective det badge'), re: /\b(?:officer|trooper|deputy|sergeant|sgt\.?|detective|det\.|badge)[ \t]+(?:[A-Za-z][A-Za-z'’-]+,?[ \t]*)?#[ \t]*(\d{2,6})\b/gi, group: 1, priority: 6 },
  // "SGT. LOVE, BADGE 14": a badge's number after the word.
  { rule: 'officer-badge', kind: 'ID', words: wordGate('badge'), re: /\bbadge[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*(\d{1,6})\b/gi, group: 1, priority: 6 },
  // A month with a year written short: "feb '18", "MAR '14", "may '23".
  { rule: 'date-month-short-year', kind: 'DATE', words: MONTH_WORDS, re: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]*['’]\d{2}\b/gi, priority: 6, check: (m) => /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]*['’]\d{2}$/i.test(m[0]) },
  // Military bases: "Camp Shelby", "Fort Devens", "Pease AFB", "Naval Station Norfolk", "Joint Base Lewis-McChord".
  {
    rule: 'military-base',
    kind: 'LOCATION',
    words: wordGate('camp fort ft afb base station nas'),
    re: /\b(?:(?:camp|fort|ft\.?)[ \t]+(?!(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|hill|park)\b)[A-Za-z][A-Za-z'’-]+(?![ \t]+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way)\b)|(?:joint[ \t]+base|naval[ \t]+(?:air[ \t]+)?station|marine[ \t]+corps[ \t]+(?:base|air[ \t]+station)|air[ \t]+force[ \t]+base|army[ \t]+base|nas)[ \t]+[A-Za-z][A-Za-z'’-]+(?:[ \t]+[A-Za-z][A-Za-z'’-]+)?|(?!(?:station|stationed|last|duty|the|at|to|from|in|a)\b)[A-Za-z][A-Za-z'’-]+(?:[ \t]+(?!(?:station|duty|at|to|from|in|on|of|the|and|a)\b)[A-Za-z][A-Za-z'’-]+)?[ \t]+(?:afb|air[ \t]+force[ \t]+base|air[ \t]+base|naval[ \t]+(?:air[ \t]+)?station|army[ \t]+base|marine[ \t]+base))\b/gi,
    priority: 6,
    check: (m, text) => {
      const v = m[0].toLowerCase();
      // "camp" and "fort" are words too ("went to summer camp", "fort-like"); their place follows a military cue or is capitalized.
      // "5 Ft. Tall" is a height.
      if (/^ft/.test(v) && /\d[ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return false;
      if (/^(?:camp|fort|ft)/.test(v)) return /^(?:Camp|CAMP|Fort|FORT|Ft)[ .\t]+[A-Z]/.test(m[0]) || /\b(?:stationed|station|served|based|deployed|duty|base|army|navy|marines?|military|basic\s+training)\b[^\n]{0,30}$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
      // The words before "AFB" or "station" must not be a clause's ("last duty station"); a base's name is no everyday phrase.
      return !/^(?:station|stationed|last|duty|the|a|his|her|at|to|from|police|fire|train|gas|bus|nurses?|work|charging|docking|weather|radio|space|power|pump|research|field)\b/.test(v) && !/\b(?:duty|last|police|fire|train|gas|bus|nurses?|work|charging|docking)[ \t]+(?:station|base)\b/.test(v);
    },
  },
  // A birthday on a named day gives the birth date away: "pt's b-day tomorrow", "birthday today".
  { rule: 'date-birthday', kind: 'DATE', words: wordGate('birthday bday b day'), re: /\b(?:birthday|b-?day)[ \t]+(?:is[ \t]+)?(?:today|tomorrow|yesterday|tmrw|tmw)\b/gi, priority: 6 },
  // An ordinal birthday over 89 is an age: "celebrated 98th b-day", "her 100th birthday".
  { rule: 'age-birthday', kind: 'AGE', words: wordGate('birthday bday b day'), re: /\b(?:9\d|1[0-2]\d)(?:st|nd|rd|th)(?=[ \t]+(?:birthday|b-?day)\b)/gi, priority: 6 },
  // A relative's age over 89: "WIFE IS 95", "husband, 92,", "mother is 101 yo".
  { rule: 'age-relative', kind: 'AGE', words: wordGate('wife husband mother father mom dad sister brother spouse aunt uncle grandmother grandfather'), re: /\b(?:wife|husband|spouse|mother|father|mom|dad|sister|brother|aunt|uncle|grandmother|grandfather)(?:[ \t]+(?:is|was|who[ \t]+is)[ \t]+|,[ \t]*)(9\d|1[0-2]\d)\b(?![./]\d|[ \t]*(?:%|mg|kg|lbs?|min|minutes|hours|hrs|days|percent|\/))/gi, group: 1, priority: 6 },
  // Days of a recurring schedule: "HD mon/wed/fri", "hd tu-th-sa", "tues/thurs/sat".
  { rule: 'date-weekday-schedule', kind: 'DATE', words: wordGate('mon tue tues tu wed thu thur thurs th fri sat sa sun su'), re: /\b(?:mon|tue|tues|tu|wed|thu|thur|thurs|th|fri|sat|sa|sun|su)(?:[ \t]*[/-][ \t]*(?:mon|tue|tues|tu|wed|thu|thur|thurs|th|fri|sat|sa|sun|su)){1,4}\b/gi, priority: 5, check: (m) => (m[0].match(/mon|tue|wed|thu|fri|sat|sun/gi) ?? []).length >= 1 || /^(?:tu|th|sa|su)[-/]/i.test(m[0]) },
  // A schedule in weekday letters, three or more in the week's order: "HD m-w-f", "T/Th/Sa", "M-W-F".
  {
    rule: 'date-weekday-letters',
    kind: 'DATE',
    gate: /\b(?:[mtwfs]|tu|th|sa|su)[ \t]*[/-][ \t]*(?:[mtwfs]|tu|th|sa|su)[ \t]*[/-]/i,
    re: /(?<![\w/-])(?:m|t|tu|w|th|f|sa|s|su|sat|sun)(?:[ \t]*[/-][ \t]*(?:m|t|tu|w|th|f|sa|s|su|sat|sun)){2,4}(?![\w/-])/gi,
    priority: 5,
    check: (m) => weekOrder(m[0].split(/[ \t]*[/-][ \t]*/)),
  },
  // The same run as one word after a cue for a schedule: "HD MWF", "dialysis TTS", "coumadin 5 mg TThSa".
  { rule: 'date-weekday-letters', kind: 'DATE', gate: /\b(?:mwf|tts|tths|tthsa|tuthsa)\b/i, re: /\b(?:hd|dialysis|hemodialysis|schedule[ds]?|days|every|q|on)[ \t]*:?[ \t]*((?:MWF|TTS|TThS|TThSa|TuThSa|mwf|tts|tths|tthsa|tuthsa))\b/gi, group: 1, priority: 5 },
  // "TTS 1ST SHIFT", "CHAIR 16 | MWF | 3RD", "move from MWF 3rd shift", "resumed TTS at home unit": the same run as one word
  // where a dialysis unit's chairs, shifts or runs are written on its line.
  {
    rule: 'date-weekday-letters',
    kind: 'DATE',
    gate: /\b(?:mwf|tts|tths|tthsa|tuthsa)\b/i,
    re: /\b(?:MWF|TTS|TThS|TThSa|TuThSa|mwf|tts|tths|tthsa|tuthsa|Mwf|Tts)\b/g,
    priority: 5,
    check: (m, text) => /\b(?:shifts?|chairs?|dialy\w*|hd|runs?|treatments?|tx|unit|schedules?|resumed|guest|transient)\b/i.test(lineOf(text, m.index)),
  },
  // A pager or a property envelope's number after its word: "ortho paged #7042", "envelope #788117".
  { rule: 'paged-number', kind: 'PHONE', words: wordGate('paged page'), re: /\b(?:paged|page)[ \t]*#[ \t]*(\d{2,3}-?\d{2,5})\b/gi, group: 1, priority: 6 },
  { rule: 'envelope-number', kind: 'ID', words: wordGate('envelope valuables'), re: /\b(?:envelope|valuables[ \t]+bag|property[ \t]+bag)[ \t]*(?:no\.?|number)?[ \t]*#?[ \t]*(\d{4,10})\b/gi, group: 1, priority: 6 },
  // Numbers of health systems abroad after their label: "hosp no: f0172214", "lab no. y19.5822627", "UR: 441764", "NHI:
  // XAN9046", "UHID: 652071399", "ip no: 2022/92014", "UBRN: 8909 5075 3879", "RAMQ: RUTV 1191 9059", "(BLEEP 5556)",
  // "(CAD 814944)", "(CPSO #60815)", "reg. no. kmc 77268", "dva gold card wsm961456".
  {
    rule: 'health-id-abroad',
    kind: 'ID',
    words: wordGate('hosp hospital lab ur nhi ihi uhid ip op ubrn ramq ohip phn dva cad bleep cpso reg registration passport pin ahpra provider prescriber chi pps ppsn gms card'),
    re: /\b(hosp(?:ital)?\.?[ \t]*(?:no|number|#)|lab[ \t]*(?:no|number)|ur(?:[ \t]*(?:no|number))?|nhi|ihi|uhid|ip[ \t]*no|op[ \t]*no|ubrn|ramq|ohip|phn|dva(?:[ \t]+(?:gold|white)[ \t]+card)?|cad|bleep|cpso[ \t]*#?|reg(?:istration)?\.?[ \t]*no|passport(?:[ \t]*\([a-z]+\))?[ \t]*(?:no|number)|nmc[ \t]*pin|ahpra(?:[ \t]*(?:no|number|registration))?|provider[ \t]*(?:no|number)|prescriber[ \t]*(?:no|number)|chi(?:[ \t]*(?:no|number))?|ppsn?(?:[ \t]*(?:no|number))?|gms[ \t]*(?:no|number))\.?[ \t]*[:#]?[ \t]*((?:[A-Za-z]{1,4}[ -]?)?\d(?:[\dA-Za-z/-]|\.(?=\w))*(?:[ ]\d[\dA-Za-z]*){0,3}(?:[ ][A-Z]{2})?)(?![\w/])/gi,
    group: 2,
    priority: 7,
    check: (m) => {
      const v = m[2]!;
      const digits = (v.match(/\d/g) ?? []).length;
      if (digits < 4 || MEASURE_CODE.test(v)) return false;
      // Short labels ("UR", "CAD", "CHI", "IP no") only with their colon, "#" or brackets: "ur 4 times", "chi square".
      return !/^(?:ur|cad|chi|ip[ \t]*no|op[ \t]*no|pps)$/i.test(m[1]!.trim()) || /[:#(]/.test(m[0]) || /\(\s*$/.test(m.input.slice(Math.max(0, m.index - 2), m.index));
    },
  },
  // Reference initials of a letter: "Ref: GVK/AMK", "our ref: st/vy".
  { rule: 'letter-reference-initials', kind: 'NAME', words: wordGate('ref reference'), re: /\b(?:our[ \t]+)?ref(?:erence)?\.?[ \t]*:[ \t]*([A-Za-z]{2,4}\/[A-Za-z]{2,4})\b/gi, group: 1, priority: 6 },
  // Telephone numbers as British, Irish and Indian notes write them: "020 7983 3927", "0113 137 6600", "07735 794277",
  // "+44 7700 900123", "mob: 99490 72746".
  { rule: 'phone-uk', kind: 'PHONE', re: /(?<![\d+])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\+353[ \t]?|0)(?:\d{2}[ \t]\d{4}[ \t]\d{4}|\d{3}[ \t]\d{3}[ \t]\d{4}|\d{4}[ \t]\d{6}|\d{4}[ \t]\d{3}[ \t]\d{3,4}|\d{5}[ \t]\d{5,6}|\d{3}[ \t]\d{7}|\d{2}[ \t]\d{3}[ \t]\d{4})(?![\d])/g, priority: 6, check: (m, text) => (/\bfax\b[^\n\d]{0,6}$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) ? 'FAX' : true) },
  { rule: 'phone-india-mobile', kind: 'PHONE', words: wordGate('mob mobile ph phone contact tel cell whatsapp'), re: /\b(?:mob|mobile|ph|phone|contact|tel|cell|whatsapp)\.?[ \t]*(?:no\.?|number)?[ \t]*[:#-]?[ \t]*((?:\+91[ \t-]?)?[6-9]\d{4}[ \t-]?\d{5})(?!\d)/gi, group: 1, priority: 6 },
  // An Irish Eircode ("T23 N3H5", "d02 x285") and a county after "Co." ("co. offaly").
  { rule: 'eircode', kind: 'ZIP', re: /\b[ACDEFHKNPRTVWXY]\d{2}[ \t]?(?=[0-9ACDEFHKNPRTVWXY]{0,3}[ACDEFHKNPRTVWXY])(?=[0-9ACDEFHKNPRTVWXY]{0,3}\d)[0-9ACDEFHKNPRTVWXY]{4}\b/gi, priority: 5, check: (m, text) => /,[ \t]*$|\n[ \t]*$|(?:eircode|address)[:\s]*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) },
  { rule: 'irish-county', kind: 'LOCATION', words: wordGate('co'), re: /(?<=,[ \t]*)co\.?[ \t]+(?:[A-Z][a-z]+|[A-Z]{3,}|[a-z]{3,})\b/gi, priority: 5, check: (m) => !/^co\.?[ \t]+(?:op|operative|signed|morbid|morbidities|amoxiclav|codamol|trimoxazole|improved|improving|increased|increasing|decreased|decreasing|dropped|rose|down|up|stable|elevated|low|high|normal|ok|wnl|measured|checked|pending|remains|remained|was|is|now|trending|trended|and|by|of|per|on|at|with|via|low|better|worse|unchanged)\b/i.test(m[0]) },
  // A Dublin postal district: "Dublin 20", "Dublin 6W".
  { rule: 'dublin-district', kind: 'LOCATION', words: wordGate('dublin'), re: /\bdublin[ \t]+(?:[1-9]|1\d|2[0-4]|6w)\b/gi, priority: 6 },
  // Digital identifiers after their label: user names, accounts, hosts, workstations, passcodes, enrolment and message
  // ids ("user=htrantow", "ws=fgnld667", "portal account johnnie.unger", "from host NADHIM899", "at workstation
  // PARPHARM470", "passcode: 860933", "face match enrollment ut63et", "message id pzyvpuvhvfawdmlmyiitpleb").
  {
    rule: 'digital-label',
    kind: 'ID',
    words: wordGate('user username userid login account host hostname workstation ws computer terminal passcode password pin enrollment enrolment template message id handle'),
    re: /\b(user(?:[ _]?name|[ _]?id)?|login|(?:portal[ \t]+)?account|host(?:name)?|workstation|ws|computer|terminal|passcode|pass[ \t]?code|pin|(?:face[ \t]+match[ \t]+|voice[ \t]+|biometric[ \t]+)?enrol(?:l)?ment(?:[ \t]+id)?|template[ \t]+id|message[ \t]+id|(?:app|patient|unit|device|gateway)[ \t]+id)(?![A-Za-z0-9])([ \t]*[:=#]?[ \t]*)([A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9])){3,40})(?![\w@-])/gi,
    group: 3,
    priority: 6,
    check: (m) => {
      const label = m[1]!.toLowerCase();
      const v = m[3]!;
      // "pin site", "account for", "user friendly": a value is a code, not a word: digits in it, or a name-like handle
      // after a user's or an account's label.
      if (/^(?:for|of|the|and|with|was|is|to|in|on|at|by|from|locked|created|reset|access|name|names|site|sites|care|number|settings?|interface|error|check|login|logins|attempts?)$/i.test(v)) return false;
      if (/\d/.test(v)) return true;
      // A handle of letters only: after a user name's or an account's own label, or "user=" and "host:", and shaped as one.
      const strongLabel = /^(?:username|user name|user_name|userid|user id|user_id|login|portal account|hostname)$/.test(label) || /[:=]/.test(m[2]!);
      return strongLabel && /^(?:user|username|user name|user_name|userid|user id|user_id|login|account|portal account|host|hostname)$/.test(label) && v.length >= 5 && /^[a-z][a-z._-]*[a-z]$|^[A-Z][A-Z._-]*[A-Z]$/.test(v);
    },
  },
  // Names in the caret-separated fields of HL7, DICOM and wristband payloads: "DOE^JANE", "^MAJOR^HARRY^19760728".
  { rule: 'caret-name', kind: 'NAME', gate: /\^/, re: /(?<![\p{L}0-9-])(\p{Lu}[\p{Lu}'’-]+|\p{Ll}[\p{Ll}'’-]+)\^(\p{Lu}[\p{Lu}'’-]+|\p{Ll}[\p{Ll}'’-]+)(?=\^|[ \t]*(?:\r?\n|$)|\|)/gu, priority: 6, check: (m) => !/^(?:mrn|ssn|dr|md|mr|mrs|ms|ln|loinc|snm|sct|cpt|icd|hl|orm|oru|adt|msh|pid|pv|obx|obr|nte|ce|cwe|cx|xpn|xad|xtn|hd|id|st|ts|dt|nm)$/i.test(m[1]!) && !/^(?:mrn|mr|ssn|ln|loinc|snm|sct|cpt|dr|md|hl|pi|pt|pn|an|ni|ss|dl|pe|ppn|mc|ma|mb|epi|fac|hosp|npi|dea|ext)$/i.test(m[2]!) && !/^(?:hosp|fac|epi|npi|dea)$/i.test(m[1]!) },
  // A person's name in a JSON or form payload: "name":"HAGENES,MAIJA".
  { rule: 'json-name', kind: 'NAME', words: wordGate('name patientname fullname given family first last'), re: /"(?:name|patient_?name|patientname|full_?name|fullname|first_?name|last_?name|given|family)"[ \t]*:[ \t]*"([^"\n]{2,60})"/gi, group: 1, priority: 6 },
  // An e-mail header's weekday before its date: "Date: Fri, 05 Feb 2016", "WED, 06 APR 2017".
  { rule: 'date-weekday', kind: 'DATE', words: WEEKDAY_WORDS, re: /\b(?:mon|tue|wed|thu|fri|sat|sun)(?=,[ \t]+\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ \t]+\d{4})/gi, priority: 5 },
  // Rural routes and highway contract boxes: "RR 1 Box 294", "HC 77 BOX 404", "Rural Route 3, Box 12".
  { rule: 'rural-route', kind: 'LOCATION', words: wordGate('box'), re: /\b(?:rr|r\.r\.|rural[ \t]+route|hc|star[ \t]+route|rfd)[ \t]*#?[ \t]*\d{1,3},?[ \t]+box[ \t]+#?\d{1,5}\b/gi, priority: 7 },
  // A card's last digits after its brand: "visa ending 6503", "Mastercard ending in 1486".
  { rule: 'card-brand-ending', kind: 'ACCOUNT', words: wordGate('ending'), re: /\b(?:visa|mastercard|master card|amex|american express|discover|debit|credit)(?:\s+card)?\s+ending\s+(?:in\s+|with\s+)?(\d{4})\b/gi, group: 1, priority: 7 },
  // Blood product donation numbers (ISBT 128): "W1234 23 123456", with the flags and check character a label prints
  // after them ("W9160 24 130697 00 T"), in any case ("a947725197554").
  { rule: 'isbt-din', kind: 'ID', re: /(?<![\w-])[A-Za-z]\d{4}[ \t]?\d{2}[ \t]?\d{6}(?:[ \t]?\d{2}(?:[ \t]?[A-Za-z0-9](?![\w-]))?)?(?![\w-])/g, priority: 7 },
  // Study and enrolment codes: "SUBJ-0042", "ENR-6526", "PT-004512".
  { rule: 'study-subject', kind: 'ID', re: /\b(?:SUBJ|SUBJECT|ENR|SCR|RND|RAND)[-_#]?\d{3,8}\b|\b(?:PT|PAT|SUB|SID|PID)[-_#]\d{4,8}\b(?![.,]\d)/g, priority: 6 },
  { rule: 'udi', kind: 'DEVICE', re: /\(01\)\d{14}(?:\(\d{2}\)[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*)*/g, priority: 8 },
  // Telephone numbers, North American and international, with extensions.
  {
    rule: 'phone',
    kind: 'PHONE',
    re: /(?<![\w/.])(?<!\d-)(?:\b(?:tel|callto|sms):)?(?:\+?1[\s.\-–]{0,2})?(?:\(\s*\d{3}\s*\)|\d{3})(?:[\s.\-–]{0,3}|\)\s?)\d{3}[\s.\-–]{0,3}\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w/]|\.\d)/gi,
    priority: 6,
    check: (m, text) => {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 10) return false;
      return phoneOrFax(m, text);
    },
  },
  { rule: 'phone-paren', kind: 'PHONE', re: /\(\d{3}\)?[\s/]?\d{3,7}-?\d{0,4}\)?/g, priority: 5, check: (m) => m[0].replace(/\D/g, '').length >= 10 },
  // A number in parentheses in three groups of the phone's shape, the last mistyped a digit long:
  // "(301 273 45166)". Lab values and ratios are not written three to a bracket without units.
  { rule: 'phone-paren', kind: 'PHONE', re: /\((\d{3}[ .-]\d{3}[ .-]\d{4,5})\)/g, group: 1, priority: 5 },
  // British mobiles: "07700 900123", "07700 900 123".
  { rule: 'phone-european', kind: 'PHONE', re: /(?<![\d.,/-])07\d{3}[ ]?\d{3}[ ]?\d{3}(?!\d|[.,/-]\d)/g, priority: 5 },
  { rule: 'phone-european', kind: 'PHONE', re: /(?<![\d.,/-])0\d{1,4}(?:[ .]\d{2,4}){2,4}(?![\d.,/]|-\d)/g, priority: 5, check: (m) => m[0].replace(/\D/g, '').length >= 9 && m[0].replace(/\D/g, '').length <= 12 },
  {
    rule: 'phone-cue',
    kind: 'PHONE',
    re: /\b(?:call\s+(?:me\s+)?(?:at|on)|answering\s+(?:at|on)|messages?\s+to|reach(?:ed)?\s+(?:me\s+)?at|text\s+(?:me\s+)?(?:at|on)|mobile|desk|office|cell|tel|telephone|phone(?:\s+number)?|contact\s+number|pager)\s*[:#]?\s*((?:\+|\(\d)?[\d(][\d\s().-]{5,20}\d)/gi,
    words: wordGate('call answering message messages reach reached text mobile desk office cell tel telephone phone contact pager'),
    group: 1,
    priority: 5,
    check: (m) => {
      const d = m[1]!.replace(/\D/g, '').length;
      return d >= 7 && d <= 15 && !/^\d{1,2}\/\d/.test(m[1]!);
    },
  },
  // Vanity numbers: "1-800-FLOWERS", "(888) GO-HEALTH", "877 CALL NOW".
  { rule: 'phone-vanity', kind: 'PHONE', re: /(?<![\w-])(?:1[-. ])?(?:\(8(?:00|88|77|66|55|44|33)\)[ ]?|8(?:00|88|77|66|55|44|33)[-.])(?=[A-Z0-9-]{0,4}[A-Z])[A-Z0-9]{2,4}-?[A-Z0-9]{3,7}\b/g, priority: 6, check: (m) => m[0].replace(/[^A-Z0-9]/g, '').length >= 10 && m[0].replace(/[^A-Z0-9]/g, '').length <= 12 },
  // The area code before a slash: "617/555-0123".
  { rule: 'phone', kind: 'PHONE', re: /\b\d{3}\/\d{3}-\d{4}(?![\w/]|\.\d)/g, priority: 6, check: (m, text) => !/[/.]/.test(text[m.index - 1] ?? '') },
  // Extensions and pager numbers on their own: "ext. 5512", "x4421", "page at 2-4455".
  { rule: 'phone-extension', kind: 'PHONE', words: wordGate('ext extension x'), re: /\b(?:ext\.?|extension)\s*#?\s*(\d-?\d{4}|\d{2,6})\b|(?<![\w/])x(\d{4,6}|\d-\d{4})\b(?!\s*(?:mg|mcg|ml|cc|units?|days?|hrs?|hours?|min|mins|doses?|times|weeks?)\b)/gi, priority: 5 },
  { rule: 'phone-pager', kind: 'PHONE', words: wordGate('page paged pager pgr beep beeped beeper'), re: /\b(?:page|paged|pager|pgr|beep|beeped|beeper)\s+(?:at|to|#|number|no\.?)?\s*#?\s*(\d-?\d{4,5})\b/gi, group: 1, priority: 5 },
  // "please page the reading room at 82262": whom to page, then the number.
  { rule: 'phone-pager', kind: 'PHONE', words: wordGate('page paged'), re: /\b(?:page|paged)\s+(?:the\s+|dr\.?\s+)?(?:[a-z'’-]+\s+){0,3}?at\s+#?\s*(\d-?\d{4,5})\b(?![.,/]\d|\s*(?:mg|ml|cc|units?|am|pm|hrs?|%))/gi, group: 1, priority: 5 },
  // European groupings: "01.84.17.61.18", "71-33-52-22" (four or more groups with one separator).
  { rule: 'phone-grouped', kind: 'PHONE', re: /(?<![\w.\-/:])\d{2,4}([.-])\d{2,4}(?:\1\d{2,4}){2,4}(?![\w/:]|[.-]\d)/g, priority: 5, check: (m) => { const d = m[0].replace(/\D/g, '').length; return d >= 8 && d <= 14; } },
  { rule: 'phone-intl', kind: 'PHONE', re: /(?<![\w+])\+(?:[1-9]\d{0,2})[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){2,5}\d{2,4}\b/g, priority: 6, check: (m, text) => m[0].replace(/\D/g, '').length >= 9 && phoneOrFax(m, text) },
  // "011-49-2688-737137": a number abroad dialled from the US with its exit code.
  { rule: 'phone-intl', kind: 'PHONE', re: /(?<![\w+.-])011[ .-]\d{1,3}[ .-](?:\d{1,5}[ .-]){0,3}\d{3,10}(?![\w-])/g, priority: 9, check: (m) => m[0].replace(/\D/g, '').length >= 11 },
  // Numbers in other countries' groupings next to a phone word: "registered 024 971 50 30", "668 5702 office",
  // "0961-7596216", "416 60 039 office".
  {
    rule: 'phone-cued',
    kind: 'PHONE',
    re: /(?<![\w.+/:-])\(?\d{2,5}\)?(?:[ .-]\(?\d{2,8}\)?){1,4}(?![\w/:%]|[.-]\d)/g,
    priority: 4,
    check: (m, text) => {
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < 7 || digits > 13) return false;
      const before = text.slice(Math.max(0, m.index - 28), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/\b(?:mg|mcg|ml|cc|units?|mmhg|bpm|kg|lbs?|cm|mm)\b/i.test(after)) return false;
      return /\b(?:phone|ph|tel|telephone|cell|mobile|office|fax|registered|number|no\.?|call|calls|reach|contact|whatsapp|text|sms|pager|home|work)\b[^\n\d]{0,14}$/i.test(before) || /^[ \t]*-?[ \t]*(?:office|fax|mobile|cell|home|work|phone|tel)\b/i.test(after);
    },
  },
  {
    rule: 'phone-local',
    kind: 'PHONE',
    re: /(?<![\w/.-])\d{3}[- ]\d{4}(?![\w/-]|\.\d)/g,
    priority: 4,
    // Seven digits alone are as often a range ("HR 100-1112"): a phone word must come first, or "(H)", "W:", "# IS";
    // with a space between the groups only right before them.
    check: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (/\((?:h|w|c|m|hm|wk|cell|home|work|mobile)\)\s*$|\b[hwcm]\s*[:#]\s*$|#\s*(?:is\s+)?$/i.test(before)) return true;
      if (m[0][3] === ' ') return /\b(?:call|phone|ph|tel|telephone|cell|mobile|pager|home|work|office|number|contact|reach|text|dial|at)\s*[:#]?\s*$/i.test(before);
      if (/\b(?:call(?:ed|s|ing)?|phone(?:d|s)?|ph|tel|telephone|cell|mobile|pager|pgr|beeper|dsn|home|work|office|number|contact(?:ed)?|reach(?:ed)?|text(?:ed)?|dial(?:l?ed)?|ext|fax(?:ed)?|line|vm|voicemail|message|msg)\b[^\n]{0,12}$/i.test(before)) return true;
      // "Intake line 914-1425 x7575": an extension after it makes it a phone.
      if (/^[ \t]*(?:x|ext\.?|extension)[ \t]*\d{2,6}\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return true;
      // "leave word with neighbor Alton at 706-5435": a person's word, then "at" and the number.
      if (m[0][3] === '-' && /^[2-9]/.test(m[0]) && /\bat[ \t]*$/i.test(before) && /\b(?:son|daughter|wife|husband|spouse|sister|brother|niece|nephew|friend|mother|father|mom|dad|neighbou?r|contact|cousin|aunt|uncle|guardian|landlord|landlady|pastor|store|leave[ \t]+word|message)\b[^\n\d]{0,36}$/i.test(text.slice(Math.max(0, m.index - 48), m.index))) return true;
      // "Dtr is Talon Urbański 948-2170": a relative and their name, then the number (no other number between).
      // (An exchange never starts with 0 or 1: "HR 100-1112" is a range.)
      return m[0][3] === '-' && /^[2-9]/.test(m[0]) && !/\b(?:given|gave|received|took|had|was|were|with|on|dose|bp|hr|rr|uo|u\/o)\b/i.test(text.slice(Math.max(0, m.index - 36), m.index)) && /\b(?:son|sons|dtr|daughter|wife|husband|spouse|hcp|proxy|sister|brother|niece|nephew|friend|mother|father|mom|dad|neighbou?r|contact|nok|grandson|granddaughter|grandchild|cousin|aunt|uncle|guardian|poa|vm|voicemail|liaison|coordinator|worker|director|navigator|representative|rep)\b[^\n\d]{0,36}$/i.test(text.slice(Math.max(0, m.index - 48), m.index));
    },
  },
  // Addresses and ZIP codes.
  // Secondary address units and military addresses: "Apt. 4B", "Suite 501", "PSC 1234, Box 5678", "USNS Mercy".
  // "4776 w church dr lot 61", "1 Elm St Trlr 4": a mobile home's lot or space after its street's kind.
  { rule: 'address-unit', kind: 'LOCATION', words: wordGate('lot trlr trailer space spc'), re: /(?<=\b(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|ct|court|blvd|boulevard|way|pike|pkwy|parkway|hwy|highway|cir|circle|pl|place|ter|terrace|trl|trail|loop|run|route)\.?[ \t]+)(?:lot|trlr|trailer|space|spc)[ \t]*#?[ \t]*\d{1,4}[a-z]?\b/gi, priority: 6 },
  { rule: 'address-unit', kind: 'LOCATION', words: wordGate('flat floor fl bldg building apt apartment suite ste'), re: /\b(?:Flat\s+\d{1,4}[A-Za-z]?|\d{1,2}(?:st|nd|rd|th)\s+Floor|(?:Floor|Fl\.?)\s+\d{1,2}|(?:Bldg\.?|Building)\s+[A-Z0-9]{1,3})(?=,\s*\d{1,6}[A-Za-z]?\s+[A-Z])|\b(?:apt|apartment|suite)\b\.?\s*(?:no\.?\s*:?\s*|#\s*)?\d{1,5}[A-Za-z]?\b|\bSte\.?\s*#?\s*\d{2,5}\b/gi, priority: 6 },
  { rule: 'address-military', kind: 'LOCATION', re: /\b(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{2,5}\b|\b(?:USNS|USS|USNV|USCGC)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/giu, words: wordGate('box usns uss usnv uscgc'), priority: 6 },
  { rule: 'zip-after-state', kind: 'ZIP', gate: FIVE_DIGITS, re: /\b(?:APO|FPO|DPO)\s+A[AEP]\s+(\d{5})\b/gi, group: 1, priority: 7 },
  // Street addresses in other countries' formats: "Rua das Flores 12", "Via dei Fiorentini 5", "ul. Chrzanowska 61",
  // "Loorenstrasse 12", "Populierenstraat 374", "Snellmaninkatu 55", "Søndergade 5".
  // "found at the corner of Elm St and 3rd Ave", "the corner of Dalbraut 99 and Frederikke Coves": an
  // intersection, each street with a capital or a number (not "the corner of the mouth and lips").
  { rule: 'place-corner', kind: 'LOCATION', re: /\b(?:the\s+)?corner\s+of\s+((?:[\p{L}\d.'’-]+\s+){0,4}?[\p{L}\d.'’-]+)\s+(?:and|&)\s+((?:[\p{L}\d.'’-]+\s+){0,3}?[\p{L}\d'’-]+)(?=\s*(?:[,;?!\n)]|\.(?:\s|$)|$)|\s+(?:in|on|at|near|by|for|is|was|when|where|and|with)\b)/giu, gate: /corner/i, priority: 6, check: (m) => [m[1]!, m[2]!].every((p) => /\d|(?:^|\s)(?!The\b)\p{Lu}/u.test(p)) && !/\b(?:mouth|eye|eyes|lip|lips|nail|nails|wound|incision|bed|room)\b/i.test(m[0]) },
  { rule: 'place-street-intl', kind: 'LOCATION', re: /(?:\b\d{1,5}\s+)?(?:\b(?:Rua|Rue|Via|Viale|Vicolo|Avenida|Avda\.|Av\.|Calle|Carrer|Carretera|Piazza|Piazzetta|Plaza|Praça|Praca|Largo|Corso|Rambla|Camino|Paseo|Travessa|Strada|Strasse|Straße|Chaussée|Chemin|Allée|Boulevard|Bd\.|ul\.|ulica|Ulica|Calea|Aleja|Al\.)\s+(?:(?:d[aeiou]s?|de|del|della|dei|degli|do|la|le|les|du|des|von|van|der|y|e)\s+){0,2}\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+(?:(?:d[aeiou]s?|de|del|della|dei|do|la|le|du|des)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}|\b\p{Lu}[\p{L}-]{2,}(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|straat|laan|gracht|plein|steeg|kade|vej|gade|stræde|torv|gatan|vägen|gränd|veien|veg|gata|gate|katu|tie|kuja|polku|utca|út|útja|cesta|ulice|iela|gatvė|tänav)|\b\p{Lu}\p{Ll}+\s+(?:utca|út|útja|tér|körút|cesta|ulica|náměstí|tänav|iela|[Ss]tra(?:ss|ß)e|Str\.|[Gg]asse|Weg|Platz|Allee|gate|gata|gatan|vej|tee|tie|katu))\s+\d{1,5}[A-Za-z]?(?:[,/-]\s?\d{1,4}[A-Za-z]?)?\b/gu, priority: 6 },
  // A street named before its house number and "St.": "Hoge Wei 32 St.", "Grössgstötten 50 street".
  { rule: 'place-street-intl', kind: 'LOCATION', words: wordGate('st street'), re: /\b\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2}[ \t]+\d{1,5}[A-Za-z]?(?=[ \t]+(?:St\.|[Ss]treet\b))/gu, priority: 5 },
  { rule: 'po-box', kind: 'LOCATION', re: /\b(?:P\.?\s?O\.?\s*Box|POB|Post\s+Office\s+Box|PMB|Private\s+Mail\s*box|General\s+Delivery(?:,?\s+Box)?)\s+#?\d+\b/gi, priority: 7 },
  // Street corners: "the corner of Main and 5th", "intersection of Elm St & Oak Ave", "the corner of ul. Jesionowa 127 and
  // Philip Bypass". Each side starts with a capital or a number ("the corner of his mouth and" is no place); only the streets are the identifier.
  { rule: 'place-corner', kind: 'LOCATION', re: /\b(?:the\s+)?(?:corner|intersection)\s+of\s+((?:(?:ul\.|C\/)\s*)?[\p{Lu}\d](?:[^\n.?!,;:]|\.(?=\S)|(?<=\b(?:ul|str|Str|St|Ave|Rd|Dr|u|rkp))\.(?=\s)){0,50}?\s(?:and|&)\s+(?:(?:ul\.|C\/)\s*)?[\p{Lu}\d][\p{L}\p{M}\d'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*|\d{1,5}|St\.|Str\.|u\.|Rd\.|Ave\.|Dr\.)){0,4})(?=[\s,.;:?!)]|$)/gu, group: 1, priority: 6, check: (m) => !/\b(?:the|his|her|their|my|your|its|a|an)\s/i.test(m[1]!.split(/\s(?:and|&)\s/)[0]!) },
  // Rural and highway contract routes: "Rural Route 3", "RR 2 Box 41" ("RR 16" alone is a respiratory rate).
  { rule: 'po-box', kind: 'LOCATION', re: /\b(?:Rural\s+Route|R\.R\.|Star\s+Route|HCR?)\s*#?\s*\d{1,3}(?:,?\s+Box\s+\d{1,5})?\b|\bRR\s*#?\s*\d{1,3},?\s+Box\s+\d{1,5}\b/g, priority: 7, check: (m) => !/^HC/.test(m[0]) || /Box/.test(m[0]) },
  // "rural route 2 box 15" in lower case; "the 3300 block of Greenmount": a block of a named street places a person.
  { rule: 'po-box', kind: 'LOCATION', re: /\brural\s+route\s*#?\s*\d{1,3}(?:,?\s+box\s+\d{1,5})?\b/gi, words: wordGate('rural'), priority: 7 },
  { rule: 'place-block', kind: 'LOCATION', re: /\b\d{1,3}00\s+block\s+of\s+(?!(?:the|a|an|this|that)\b)(?:[NSEW]\.?\s+|(?:north|south|east|west)\s+)?(?:[A-Z][a-z]+|[a-z]{4,})(?:\s+[A-Z][a-z]+)?(?:\s+(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|lane|ln|way|ct|court|pl|place|pkwy|parkway|hwy|highway)\b\.?)?/gi, words: wordGate('block'), priority: 7 },
  // Numbered roads as an address: "1895 Highway 54", "8290 County Road 55", "12 State Route 9A".
  { rule: 'place-street', kind: 'LOCATION', words: wordGate('highway hwy route rte road rd fm'), re: /\b[NSEW]?\d{1,6}[ \t]+(?:(?:[NSEW]\.?|North|South|East|West)[ \t]+)?(?:(?:State|County|US|U\.S\.|Interstate|Farm[ \t]+to[ \t]+Market|Old)[ \t]+)?(?:Highway|Hwy\.?|Route|Rte\.?|Road|Rd\.?|Fm)[ \t]+(?:\d{1,4}[A-Z]?|[A-Z]{1,2})\b/g, priority: 6, check: (m) => (/\b(?:Highway|Hwy|Route|Rte)\b|(?:State|County|Farm)/.test(m[0]) && (/\d[A-Z]?$/.test(m[0]) || /County|State/.test(m[0]))) },
  {
    rule: 'zip-after-state',
    kind: 'ZIP',
    gate: FIVE_DIGITS,
    re: /\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\.?,?\s{1,3}(\d{5}(?:-\d{4})?)\b/g,
    group: 1,
    priority: 7,
  },
  { rule: 'zip-labelled', kind: 'ZIP', re: /\b(?:zip|zip code|postal code|zipcode|zip\/postal(?: code)?)\s*[:#]?\s*(\d{5}(?:-\d{4})?)\b/gi, group: 1, priority: 8 },
  // A lower-case town and state code before a ZIP code: "millbrook wa 65193" (codes that are words, like "in" and "or", left out).
  { rule: 'zip-after-state', kind: 'ZIP', gate: FIVE_DIGITS, re: /\b[a-z]{3,}[ \t]*,?[ \t]+(?:ak|az|ar|ca|co|ct|dc|fl|ga|ia|il|ks|ky|ma|md|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy)\.?,?[ \t]+(\d{5}(?:-\d{4})?)\b(?![.,]\d|[ \t]*(?:mg|mcg|ml|cc|units?|%))/g, group: 1, priority: 7 },
  // "franklin, west virginia 43608", "KISSIEMAN, WISCONSIN 52254", "Troy, W.Va. 44325": a ZIP after a state's name in any
  // case or its newspaper abbreviation, and the town before them on the line.
  // "7683 S LIBERTY RD APT 24B (12769)", "3251 Liberty St. (97339)": a ZIP in brackets right after a street or its unit.
  { rule: 'zip-after-state', kind: 'ZIP', gate: FIVE_DIGITS, re: /\b\d{2,6}[ \t]+[^\n()\d]{2,40}?(?:\b(?:apt|unit|suite|ste|lot)\.?[ \t]*#?[\w-]{1,5}|#[ \t]?\d{1,5}|\b(?:st|rd|ave|dr|ln|ct|blvd|way|street|road|avenue|drive|lane|court|place|pl|cir|circle|hwy|highway|pike|trail|trl|ter|terrace|pkwy|parkway|loop|run|row)\.?)[ \t]*\((\d{5}(?:-\d{4})?)\)/gi, group: 1, priority: 7 },
  // "scranton, in 74818", "dothan, la 32767": a lower-case state's letters that are also a word, after a town and its
  // comma, before a ZIP that ends the line.
  { rule: 'zip-after-state', kind: 'ZIP', gate: FIVE_DIGITS, re: /\b[a-z]{3,}[ \t]*,[ \t]+(?:al|de|hi|id|in|la|me|ok|or)\.?[ \t]+(\d{5}(?:-\d{4})?)(?=[ \t]*(?:\r?\n|$))/g, group: 1, priority: 7 },
  { rule: 'zip-after-state', kind: 'ZIP', gate: FIVE_DIGITS, re: new RegExp(String.raw`\b(?:${STATE_NAMES_ANY})[ \t]*,?[ \t]{1,3}(\d{5}(?:-\d{4})?)\b(?![.,]\d|[ \t]*(?:mg|mcg|ml|units?|%))`, 'gi'), group: 1, priority: 7 },
  { rule: 'place-town-state', kind: 'LOCATION', gate: FIVE_DIGITS, re: new RegExp(String.raw`(?:^|\n|[,;:][ \t]*)[ \t]*(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2}),[ \t]*(?=(?:${STATE_NAMES_ANY})[ \t]*,?[ \t]{1,3}\d{5}(?:-\d{4})?\b)`, 'giu'), group: 1, priority: 6, check: (m) => !m[1]!.split(/[ \t]+/).some((w) => /^(?:the|of|and|in|at|to|for|with|from|apt|suite|ste|unit|po|box|street|st|ave|road|rd|drive|dr|lane|ln|blvd)$/i.test(w)) && !/\d/.test(m[1]!) },
  // Other countries' postal codes after a label ("ZIP: 394 13", "Postcode SW1A 1AA") and Canadian ones anywhere ("B0J 2C0").
  // A Dutch postcode after its label, its letters in capitals: "ZIP: 7412 SL" (the rule below would stop at the digits).
  { rule: 'zip-labelled', kind: 'ZIP', re: /\b(?:ZIP|Zip|zip|ZIP code|Zip code|zip code|Postcode|postcode|POSTCODE|Postal code|postal code|POSTAL CODE|Post code|post code)\s*[:#]?\s*(\d{4}\s?[A-Z]{2})(?![\w-])/g, group: 1, priority: 9 },
  { rule: 'zip-labelled', kind: 'ZIP', re: /\b(?:zip|zip code|postal code|postcode|post code|zipcode)\s*[:#]?\s*(\d{3,6}(?:[ -]\d{2,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\w-])/gi, group: 1, priority: 8 },
  { rule: 'zip-canada', kind: 'ZIP', re: /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b/g, priority: 6 },
  // Not the first two parts of an NDC ("00093-7424-56") nor a code after its system's name.
  { rule: 'zip-plus4', kind: 'ZIP', re: /\b\d{5}-\d{4}\b(?!-\d)/g, priority: 5, check: (m, text) => !CODE_SYSTEM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) },
  // Ages over 89.
  {
    rule: 'age-over-89',
    kind: 'AGE',
    re: /\b(9\d|1[0-2]\d)(?=\s*(?:-|\s)?\s*(?:years?|yrs?|y\/?o[mf]?\b|yo[mf]?\b|y\.o\.|y-o\b|year-old|yr-old|y\/o))/gi,
    priority: 6,
  },
  // Ages written out: "ninety-two year old", "aged one hundred and one".
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one\s+hundred(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?|a\s+hundred)(?=[-\s]*(?:years?|yrs?|y\/?o)\b|\s+(?:year|yr)s?[-\s]old)|(?<=\baged?\s+)(?:ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one\s+hundred(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)\b/gi, gate: /ninety|hundred/i, priority: 6 },
  // "Age: 94", "AGE|092" (a registry's zero-padded field).
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:age[ds]?|aged|age:)\s*(?:[|=]\s*)?(?:\((?:yrs?|years?|y)\)\s*:?\s*)?(?:of\s+)?(0?(?:9\d|1[0-2]\d))\b/gi, group: 1, priority: 6 },
  // "Age/Sex: 94/F", "A/S 91/M", and "94/F" alone: an age and a sex joined by a slash.
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:age\s*\/\s*(?:sex|gender)|a\/s)\s*:?\s*(9\d|1[0-2]\d)\s*\/?\s*[MFmf]\b/gi, group: 1, priority: 6 },
  { rule: 'age-over-89', kind: 'AGE', re: /(?<![\d/.])\b(9\d|1[0-2]\d)(?=\/[MF](?![\w/]))/g, priority: 6 },
  // "turned 95", "will be 101", "celebrated her 100th birthday".
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:turn(?:ed|s|ing)?|will\s+be|celebrated\s+(?:his|her|their))\s+((?:9\d|1[0-2]\d)(?:st|nd|rd|th)?)\b(?!\s*(?:%|mg|mcg|ml|cc|units?|kg|lbs?|bpm|mmhg|degrees?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|feet|ft|times|x\b|[/.]\d))/gi, group: 1, priority: 6 },
  // "94F", "91yoM"; not a temperature ("Temp 96F", "T 97.2F").
  { rule: 'age-over-89', kind: 'AGE', re: /(?<!\b(?:t|temp|temps|temperature|tmax|tm|tc|tcurrent|febrile\s+to|afebrile|axillary|oral|rectal)\s*[:=,]?\s*)\b(9\d|1[0-2]\d)(?:M|F|y\/?o?[MFmf]|Y\/?O?[MF])\b/gi, group: 1, priority: 5,
    check: (m) => /^\d+(?:[MF]|y)/i.test(m[0]) && (/[MF]$/.test(m[0]) || /y/i.test(m[0]) || /^\s*$|[.:;\n]\s*$|\b(?:a|an|is)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))) },
  // "in her late 90s", "(?:pt|she) is 101", "a nonagenarian".
  { rule: 'age-over-89', kind: 'AGE', re: /\bin\s+(?:his|her|their)\s+(?:early\s+|mid\s+|mid-|late\s+)?((?:9\d|1[0-2]\d)['’]?s?|nineties)\b/gi, group: 1, priority: 6 },
  // "my mom is 93 and needs her refills", "GRANDPA WAS 96": a relative's age after "is" or "was".
  { rule: 'age-over-89', kind: 'AGE', gate: /\b(?:is|was)\s+(?:now\s+)?(?:9\d|1[0-2]\d)/i, re: /\b(?:mom|mother|mum|dad|father|grand(?:ma|pa|mother|father|mom|dad)|nana|papa|husband|wife|spouse|aunt|uncle|gran)\s+(?:is|was)\s+(?:now\s+)?(9\d|1[0-2]\d)(?=\s*(?:[.,;)!]|$|\s+(?:and|but|with|who|now|today|years?|yrs?|yo|so|in)\b))/gi, group: 1, priority: 6 },
  { rule: 'age-over-89', kind: 'AGE', gate: /\bis\s+(?:now\s+)?(?:9\d|1[0-2]\d)/i, re: /\b(?:pt|patient|he|she)\s+is\s+(?:now\s+)?(9\d|1[0-2]\d)(?=\s*(?:[.,;)]|$|\s+(?:and|but|with|who|years?|yrs?|yo)\b))/gi, group: 1, priority: 6 },
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:nonagenarian|centenarian|supercentenarian)s?\b/gi, priority: 6 },
  // "Mr. John Smith, 92, ...": a bare number after a capitalized name, followed by a comma or a sex.
  { rule: 'age-over-89', kind: 'AGE', gate: /,\s(?:9\d|1[01]\d)/, re: /(?<=\b\p{Lu}[\p{Ll}'’-]+,\s)(9\d|1[01]\d)(?=\s*(?:,|;|\)|\s+(?:M|F|male|female|man|woman|yo|y\.o\.|w\/|with|who)\b))/gu, group: 1, priority: 5 },
  // Dates: every element but the year.
  // (21xx too: research extracts shift years a century ahead, "2101-02-14".)
  // "1950-Aug-23", "2019/MAR/07": a year, a month's abbreviation and a day.
  { rule: 'date-iso', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:19|20)\\d{2}([-/. ])(?:${MONTH_ABBR})\\1(?:0?[1-9]|[12]\\d|3[01])\\b`, 'gi'), priority: 7 },
  { rule: 'date-iso', kind: 'DATE', re: /\b(?:19|20|21)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?:[Tt ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?\b/g, priority: 7 },
  {
    rule: 'date-numeric',
    kind: 'DATE',
    re: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20|21)\d{2}|\d{2})(?:,?[ T@]+(?:at\s+)?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d:])|\s?@\s?(?:[01]\d|2[0-3])[0-5]\d(?!\d))?(?![\d/-]|\.\d)/g,
    priority: 7,
    check: (m, text) => plausibleMonthDay(Number(m[1]), Number(m[3])) && !(m[2] === '.' && /\d\.$/.test(text.slice(Math.max(0, m.index - 2), m.index))) && !/\b(?:psv?|peep|cpap|bipap|simv|imv|vent|settings?|ac|fio2|x)\W{0,3}$/i.test(text.slice(Math.max(0, m.index - 14), m.index)) && !/[%]/.test(text[m.index + m[0].length] ?? ''),
  },
  // "6/13/2020-11/21/2020", "11/05/2016–12/02/2016": two full dates joined by a hyphen or a dash, each a date.
  { rule: 'date-range-numeric', kind: 'DATE', gate: /\d[-–]\d{1,2}[/.]/, re: /(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(?:(?:19|20)\d{2}|\d{2})[-–](\d{1,2})([/.])(\d{1,2})\5(?:(?:19|20)\d{2}|\d{2})(?![\d/-]|\.\d)/g, priority: 7, check: (m) => plausibleMonthDay(Number(m[1]), Number(m[3])) && plausibleMonthDay(Number(m[4]), Number(m[6])) },
  // "3 / 14 / 2023", "03_14_2023": spaced or underscored separators, with a four-digit year.
  { rule: 'date-numeric', kind: 'DATE', re: /(?<![\d/.-])(\d{1,2})(?:\s+([/.-])\s+|(_))(\d{1,2})(?:\s+\2\s+|_)((?:19|20)\d{2})(?!\d)/g, priority: 7, check: (m) => plausibleMonthDay(Number(m[1]), Number(m[4])) },
  // "10OCT2022", "3Mar23".
  { rule: 'date-day-mon-year', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:0?[1-9]|[12]\\d|3[01])(?:${MONTH_ABBR}|${MONTH_FULL})(?:(?:19|20)\\d{2}|\\d{2})\\b`, 'gi'), priority: 8 },
  // Two-digit years with an apostrophe in a history list: "CVA 74'", "MI in '98" (the year goes too: it is bare).
  { rule: 'date-apostrophe-year', kind: 'DATE', re: /(?=['’]\d{2}|\d{2}['’])(?<=\b(?:in|since|of|from|[A-Z]{2,6})\s)(?<!\b(?:HOB|HR|RR|BP|SBP|MAP|SAT|SATS|TEMP|AMB|AMBULATED|WALKED|FEET|FT)\s)(?:['’]\d{2}|\d{2}['’])(?=[\s.,;:)]|$)(?![\s]*\d)/g, gate: /['’]/, priority: 4 },
  // "3\\14\\2023" and "03 14 2023": backslashes or bare spaces, with a four-digit year.
  { rule: 'date-numeric', kind: 'DATE', re: /(?<![\d\\/.-])(0?[1-9]|1[0-2])(?:\\|\s)(0?[1-9]|[12]\d|3[01])(?:\\|\s)((?:19|20)\d{2})(?![\d\\/-]|\.\d)/g, priority: 6 },
  // Two dates run together: "TREATMENTS 10/03/10/04".
  { rule: 'date-pair', kind: 'DATE', re: /(?<![\d/.])(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)/g, priority: 7 },
  // "20230304", and in device logs with its time: "20230304 14:22:01", "20230304T142201".
  { rule: 'date-compact', kind: 'DATE', re: /\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[ T_])(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|[T_](?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?\b/g, priority: 3 },
  // A quarter is finer than the year: "Q3 2021", "Q1-2019", "3Q2021" (the year stays).
  { rule: 'date-quarter', kind: 'DATE', re: /\b(Q[1-4]|[1-4]Q)(?:[ \t]+|[-/]|[ \t]+of[ \t]+|(?=(?:19|20)\d{2}\b))(?:FY[ \t]?)?(?:(?:19|20)\d{2}|'\d{2})\b(?![ \t]*(?:mg|mcg|ml|cc|units?|u\b|iu\b|%|[.,]\d))/gi, group: 1, priority: 6, check: (m) => /^(?:Q[1-4]|[1-4]Q)$/.test(m[1]!) },
  // "Tue 22/11", "Fri 03/05": a day before its month after a short weekday, where the month-day rules read m/d.
  { rule: 'date-weekday', kind: 'DATE', words: WEEKDAY_WORDS, re: /\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\.?,?[ \t]+(\d{1,2})\/(\d{1,2})(?![\d/%]|\.\d)/gi, priority: 6, check: (m) => plausibleMonthDay(Number(m[1]), Number(m[2])) },
  // "Tuesday the 17th": the weekday, "the" and the day are one date.
  { rule: 'date-ordinal', kind: 'DATE', words: WEEKDAY_WORDS, re: new RegExp(`\\b(?:${WEEKDAY}|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\\.?,?[ \\t]+the[ \\t]+(?:[12]?\\d|3[01])(?:st|nd|rd|th)\\b`, 'gi'), priority: 6 },
  {
    rule: 'date-written',
    kind: 'DATE',
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+${DAY}(?:\\s*(?:-|–|to|through)\\s*${DAY}(?![\\/.]\\d)|\\s+(?:and|&)\\s+${DAY}(?!\\s*(?:mg|mcg|ml|cc|units?|%|x\\b|hrs?|hours?|days?|weeks?|months?|years?|times|[ap]\\.?m\\b|[:./]\\d)))?(?:,?\\s+${YEAR})?|${DAY}(?:\\s+of)?\\s+${MONTH}(?!\\s+${DAY}\\b)(?:,?\\s+${YEAR})?)\\b`, 'gi'),
    words: MONTH_WORDS,
    priority: 7,
    check: (m, text) => {
      // "may 5" in lower case is usually "may" the verb followed by a number.
      const s = m[0];
      // A range of days after it ("away may 19-24.") is a date unless a dose or count follows ("may 1-2 tabs").
      if (/^may\s/.test(s) && !/[A-Z]/.test(s) && !/\d{4}/.test(s)) return mayDayRange(s, text.slice(m.index + s.length, m.index + s.length + 16));
      // "the 2nd may be given": a day before a lower-case "may" that a verb follows.
      if (/\smay$/.test(s) && /^\s+(?:be|have|need|not|also|require|help|benefit|cause|take|get|go|return|come|call|resume|stay|want|try|consider|use|receive|develop|experience)\b/i.test(text.slice(m.index + s.length, m.index + s.length + 14))) return false;
      // Lower-case "dec 2", "mar 3" are as often "decrease 2" and "mar"; the unambiguous abbreviations count before a day.
      // ...and after a word that dates what follows ("soc requested dec 28", "due mar 3").
      if (/^(?:mar|dec)\s+\d/i.test(s) && text[m.index + 3] !== '.' && !/^[A-Z]/.test(s)) return /\d{4}/.test(s) || /\b(?:on|since|until|by|from|due|requested|planned|scheduled|soc|dated|starting|effective|before|through|thru)\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
      if (/^(?:jan|jun|oct|sep|aug|apr|nov|feb|jul)\w*\s+\d/i.test(s) && !/^[A-Z]/.test(s)) return !/^\s*(?:mg|mcg|ml|cc|units?|%|x\b|hrs?|hours?|days?)/i.test(text.slice(m.index + s.length, m.index + s.length + 8));
      return true;
    },
  },
  { rule: 'date-day-mon-year', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:0?[1-9]|[12]\\d|3[01])(?:[-/ ]|\\.(?=[A-Za-z]))(?:${MONTH_ABBR}|${MONTH_FULL}|May)(?:\\.?[-/ ]|\\.|,\\s?)(?:(?:19|20)\\d{2}|\\d{2})\\b`, 'gi'), priority: 7 },
  // "INR 2.4 (2-14)", "POD #3 (2-14)": a month and day alone in parentheses (not a range of counts: "(1-2)").
  { rule: 'date-month-day-dash', kind: 'DATE', gate: /\(\d{1,2}-\d{1,2}\)/, re: /(?<=\()((0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01]))(?=\))/g, group: 1, priority: 5, check: (m) => !(Number(m[3]) > Number(m[2]) && Number(m[3]) - Number(m[2]) <= 6) },
  // "ct scan 2-14 @ 0800", "drawn 3-2 at 1400": a month and day before a clock time.
  { rule: 'date-month-day-dash', kind: 'DATE', re: /(?<![\d/.-])((0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01]))(?=\s*(?:@|at)\s*(?:[01]\d|2[0-3])[0-5]\d\b)/g, group: 1, priority: 5 },
  // "05may", "19sep", "22-sep": a day on a lower-case month ("3dec", "2-mar" are decreases and doses); "5May" in any case.
  { rule: 'date-day-mon', kind: 'DATE', words: MONTH_WORDS, re: /\b(?:0?[1-9]|[12]\d|3[01])(?:-?(?:jan|feb|apr|jun|jul|aug|sep|sept|oct|nov)|may|May|MAY)\b(?![-/]\d)/g, priority: 6 },
  // "14-Mar", "14MAR", "3-Dec" without a year: a day joined to a capitalized month ("3-dec" is decreased).
  { rule: 'date-day-mon', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:0?[1-9]|[12]\\d|3[01])-?(?:${MONTH_ABBR}|${MONTH_ABBR.toUpperCase()})\\b(?![-/]\\d)`, 'g'), priority: 6 },
  { rule: 'date-month-year', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)(?:,|\\s+of)?\\s+(?:(?:19|20)\\d{2}|'\\d{2})\\b`, 'g'), priority: 6 },
  // "Mar-14-2021", "MAR/14/21".
  { rule: 'date-mon-day-year', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:${MONTH_ABBR}|${MONTH_FULL})([-/])(?:0?[1-9]|[12]\\d|3[01])\\1(?:(?:19|20)\\d{2}|\\d{2})\\b`, 'gi'), priority: 7 },
  { rule: 'date-month-year', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(${MONTH_FULL.toUpperCase()}|(?:${MONTH_ABBR.toUpperCase()})\\.?)(?:,|\\s+OF)?\\s+(?:(?:19|20)\\d{2}|'\\d{2})\\b`, 'g'), priority: 6 },
  { rule: 'date-month-year', kind: 'DATE', re: /\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}\b/g, priority: 6 },
  // "exp 2026-03", "VALID THROUGH 2027-05": a year and its month the ISO way after an expiry or a term ends ("2010-12" alone
  // may be two years).
  { rule: 'date-month-year', kind: 'DATE', words: wordGate('exp expires expiry expiration through until thru'), re: /\b(?:exp(?:\.|ires|iry|iration)?(?:[ \t]+date)?|(?:valid|good)[ \t]+(?:through|until|thru))[ \t]*:?[ \t]*((?:19|20)\d{2}-(?:0[1-9]|1[0-2]))(?![\w-]|\.\d)/gi, group: 1, priority: 6 },
  // "last hospitalization june 2009": a full month name in lower case before a year ("may 2009" too: no verb takes a year).
  { rule: 'date-month-year', kind: 'DATE', words: MONTH_WORDS, re: /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:,|\s+of)?\s+(?:19|20)\d{2}\b(?![-/.]\d)/g, priority: 6 },
  // "last colonoscopy dec 2006": a month's abbreviation in lower case before a year.
  { rule: 'date-month-year', kind: 'DATE', words: MONTH_WORDS, re: /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s+(?:19|20)\d{2}\b(?![-/.]\d|\s*(?:mg|mcg|ml|cc|units?|g|mm|cm)\b)/g, priority: 6 },
  { rule: 'date-month-name', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:${MONTH_FULL.replace('May|', '')}|(?:${MONTH_ABBR.replace('Mar|', '')})\\.)(?![\\w'])`, 'g'), priority: 4 },
  { rule: 'date-month-name', kind: 'DATE', words: MONTH_WORDS, re: /\b(?:in|of|since|until|during|early|late|mid|by|last|next|this)\s+(May|March)\b/g, group: 1, priority: 4 },
  // In capitals or lower case "march" needs a time word before it ("SINCE MARCH", "died in march", "mid-march").
  { rule: 'date-month-name', kind: 'DATE', re: /\b(?:in|since|until|during|early|late|by|last|next|this|past)\s+(march)(?![\w'])/gi, group: 1, gate: /march/i, priority: 4 },
  { rule: 'date-month-name', kind: 'DATE', words: MONTH_WORDS, re: /\bmid-(march|may)\b/gi, group: 1, priority: 4 },
  // "since mid-Mar", "late May", "EARLY DEC": a short month or May after a part of the month.
  { rule: 'date-month-name', kind: 'DATE', words: MID_MONTH_WORDS, re: /\b(?:mid-?|early\s+|late\s+)(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?![\w'])/gi, group: 1, priority: 4, check: (m) => m[1] !== 'may' },
  { rule: 'date-month-name', kind: 'DATE', words: MONTH_WORDS, re: /\b(?:(?:in|of|since|until|during|early|late|mid|by|last|next|this|this\s+past|this\s+coming|since\s+early|since\s+late)\s+|mid-)((?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.|january|february|april|june|july|august|september|october|november|december)(?![\w'])/gi, group: 1, priority: 4 },
  // "since oct", "IN FEB", "back in aug": a short month without its period after a time word ("dec", "mar" and
  // "may" are words, left to the rules above).
  { rule: 'date-month-name', kind: 'DATE', words: MONTH_WORDS, re: /\b(?:in|since|until|during|early|late|mid|last|next|this|back\s+in)\s+(jan|feb|apr|jun|jul|aug|sept?|oct|nov)(?![\w'.])/gi, group: 1, priority: 4 },
  // "last admit june", "ADMITTED JULY W/ CHF": a month after admission or discharge, in any case.
  // "last admission Apr with pna": a capitalized month abbreviation no clinical word spells, without its period; in
  // capitals only those no test is called ("OCT" is a scan, "SEPT" a septum); never "Aug" (a balloon pump's augmentation).
  { rule: 'date-month-name', kind: 'DATE', words: MONTH_WORDS, re: /(?<![\p{L}\p{M}])(?:Apr|Jun|Jul|Sept?|Oct|Nov|APR|JUN|JUL|NOV)(?![\p{L}\p{M}\d'’.-]|\s*\d)/gu, priority: 4 },
  { rule: 'date-month-name', kind: 'DATE', words: MONTH_WORDS, re: /\b(?:admit|admitted|admission|discharged|dc'd|d\/c'd|hospitalized|diagnosed|dx'd|born)\s+(?:in\s+)?(january|february|april|june|july|august|september|october|november|december)(?![\w'])/gi, group: 1, priority: 4 },
  // "on Tues", "next Thu.", "by Fri": short weekdays after a word that sets a day.
  { rule: 'date-weekday', kind: 'DATE', words: WEEKDAY_WORDS, re: /\b(?:on|by|until|till|since|next|last|this|every|before|after|from|through|thru|and|or|to|each)\s((?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)(?![\w'])/gi, group: 1, priority: 4, check: (m, text) => /^[A-Z][a-z]+\.?$/.test(m[1]!) && !/^\s*(?:exposure|light|screen|damage|burn|[:=]?\s*\d|%|sats?\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) },
  // Short weekdays no English word spells, in any case: "echo tues", "ON THURS", "due weds".
  { rule: 'date-weekday', kind: 'DATE', re: /\b(?:tues|thurs?|weds)\b\.?/gi, words: wordGate('tues thur thurs weds'), priority: 4 },
  // "on tue", "BY FRI", "next thu": the short weekdays that are no words, after a word that sets a day, in any case.
  { rule: 'date-weekday', kind: 'DATE', words: WEEKDAY_WORDS, re: /\b(?:on|by|until|till|since|next|last|this|every|before|after|thru|starting|beginning|planned|scheduled|due|call|pass|communion)\s((?:tue|thu|fri)\.?)(?![\w'])/gi, group: 1, priority: 4 },
  // "since sun", "LAST SAT", "planned mon", "starting Sat", "call Sun 05:40": the short weekdays that are also words, after a word that sets a day, in any
  // case, closing a clause or before a word that follows a day ("sat up", "sat with family", "sun exposure" are no day).
  {
    rule: 'date-weekday',
    kind: 'DATE',
    words: wordGate('mon wed sat sun'),
    re: /\b(?:by|until|till|since|next|last|this|planned|scheduled|due|thru|starting|beginning|call|pass|communion|come[ \t]+in|in[ \t]+clinic)[ \t]+((?:mon|wed|sat|sun)\.?)(?![\w'])/gi,
    group: 1,
    priority: 4,
    check: (m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // ("burned by sun.")
      if (/^by/i.test(m[0]) && /^sun/i.test(m[1]!)) return false;
      const followers = /^sat/i.test(m[1]!) ? /^(?:[ \t]*(?:[.,;)]|\r?\n|$)|[ \t]+(?:am|pm|night|nite|eve|evening|morning|afternoon|noc|per|and|or|&|\d{1,2}:\d{2})\b)/i : /^(?:[ \t]*(?:[.,;)]|\r?\n|$)|[ \t]+(?:am|pm|night|nite|eve|evening|morning|afternoon|noc|per|and|or|&|for|when|at|w\/|with|after|before|\d{1,2}:\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b)/i;
      return followers.test(after);
    },
  },
  // "SAT AM", "wed night", "sun eve": a short weekday before a part of the day.
  { rule: 'date-weekday', kind: 'DATE', words: WEEKDAY_WORDS, re: /\b(?:mon|tue|wed|thu|fri|sat|sun)\.?(?=\s(?:am|pm|a\.m\.|p\.m\.|morning|night|nite|eve|evening|afternoon|noc)\b(?![\s:]*\d))/gi, priority: 4 },
  // "UNIT CLOSED THE FOURTH OF JULY": the article is part of the holiday's name.
  { rule: 'date-holiday', kind: 'DATE', words: wordGate('fourth'), re: /\bthe[ \t]+fourth[ \t]+of[ \t]+july\b/gi, priority: 7 },
  // "the fourth of March", "twenty-first of May".
  { rule: 'date-written', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:(?:twenty|thirty)[-\\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\\s+of\\s+(?:${MONTH_FULL})\\b`, 'gi'), priority: 7 },
  // "June twenty-third", "March the first, 2019": a month before its day in words ("May" only with "the": "may first try").
  { rule: 'date-written', kind: 'DATE', words: MONTH_WORDS, re: new RegExp(`\\b(?:(?:${MONTH_FULL.replace(/\|?May\b/, '')})\\s+(?:the\\s+)?|May\\s+the\\s+)(?:(?:twenty|thirty)[-\\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\\b(?!-)(?:,?\\s+(?:19|20)\\d{2}\\b)?`, 'gi'), priority: 7 },
  { rule: 'date-weekday', kind: 'DATE', words: WEEKDAY_WORDS, re: new RegExp(`\\b${WEEKDAY}s?\\b`, 'gi'), priority: 4 },
  // The number after a short weekday is a date's ("Sat 3/4", "Fri 12th", "Sun 4 May"), not a saturation ("Sat 95%").
  { rule: 'date-weekday', kind: 'DATE', words: WEEKDAY_WORDS, re: /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?=,?\s+(?:\d{1,2}(?:[/.-]\d{1,2}(?![\d%])|(?:st|nd|rd|th)\b|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))/g, priority: 4 },
  {
    rule: 'date-holiday',
    kind: 'DATE',
    re: /\b(?:X-?mas(?:\s+(?:Eve|Day))?|Christmas(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Halloween|Independence\s+Day|Fourth\s+of\s+July|July\s+4th|Memorial\s+Day|Labou?r\s+Day|Veterans'?\s+Day|Valentine'?s\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|Presidents'?\s+Day|Columbus\s+Day|Good\s+Friday|Mother'?s\s+Day|Father'?s\s+Day|Hanukkah|Kwanzaa|Ramadan|Yom\s+Kippur|Rosh\s+Hashanah|Passover|Diwali|Lunar\s+New\s+Year|(?:St\.?|Saint)\s+Patrick['’]?s\s+Day|Super\s+Bowl\s+Sunday|Cinco\s+de\s+Mayo|Juneteenth)\b(?![ \t]+(?:tree|trees|pattern|lights?|disease|factor|cactus|island|rose))(?:,?[ \t]+(?:19|20)\d{2}\b)?/gi,
    words: wordGate('xmas mas christmas thanksgiving easter halloween independence fourth july memorial labor labour veterans valentine valentines king mlk presidents columbus friday mother mothers father fathers hanukkah kwanzaa ramadan yom rosh passover diwali lunar patrick patricks super cinco juneteenth'),
    priority: 5,
  },
  // New Year's Day: both its words are everyday ones, so a phrase gate.
  { rule: 'date-holiday', kind: 'DATE', re: /\bNew\s+Year'?s(?:\s+(?:Eve|Day))?\b(?:,?[ \t]+(?:19|20)\d{2}\b)?/gi, gate: /new\s+year/i, priority: 5 },
  // Nursing shorthand drops the article ("extubated on 11th", "here since 3rd.", "d/c planned for 23rd"): only where the phrase ends after it,
  // since a noun there makes it a rank ("on 1st step mattress", "on 2nd pressor").
  { rule: 'date-ordinal', kind: 'DATE', words: ORDINAL_WORDS, re: /\b(?:on|since|until|till|(?:planned|scheduled|booked|slated|set\s+up|due)\s+for)\s+((?:[12]?\d|3[01])(?:st|nd|rd|th))(?=\s*(?:[.,;:)!?]|-\s|$)|\s+(?:and|at|am|pm|in|to|for|when|with|after|before|around|about|@|pt|patient|but|so|then|as|per|by|w\/)\b)/gim, group: 1, priority: 5 },
  {
    rule: 'date-ordinal',
    kind: 'DATE',
    re: /\b(?:starts?|starting|begins?|beginning|ends?|returns?|returning|arrives?|arriving|leaves?|effective|(?:drawn|done|seen|placed|removed|changed|collected|performed|obtained|sent|mailed|faxed)(?=\s+the\s+\d)|on|since|until|till|by|from|before|after|is|it's|its|was|of|for|due|around|about|lmp|lnmp|menses|period|(?:moved|changed|rescheduled|pushed|bumped|switched|postponed|delayed)(?:\s+(?:up|back|out|forward|over))?\s+(?:to|for|until)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s+(the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?!\s*(?:degree|floor|ics|intercostal|grade|rib|toe|finger|digit|time|dose|attempt|cycle|percentile|ventricle|nerve|space|trimester|day|week|month|year|line|generation|cranial|lumbar|thoracic|cervical|place|round|ave|avenue|street|st\b))/gi,
    words: ORDINAL_WORDS,
    group: 1,
    priority: 5,
    // After "of" a rank is as likely ("the time of the 1st surgery", "a branch of the 1st diagonal"): only where the
    // phrase ends at the day.
    check: (m, text) => !/^of\b/i.test(m[0]) || /^[ \t]*(?:[.,;:)!?]|\r?\n|$|(?:at|and|when|before|after|this|last|next)\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
  },
  // After what was done on a day ("PICC placed 11-28", "S/P CABG 10-02", "LAST BM 12-2") a small rising pair is a
  // count ("placed 2-3 drains"), not a date.
  { rule: 'date-month-day-dash', kind: 'DATE', re: /\b(?:on|since|until|till|from|dated?|admitted|admit|adm|readmitted|discharged|disch|d\/c|dc'd|seen|born|dob|s\/p(?:\s+[a-z]{2,12})?|post|starting|started|effective|through|thru|placed|inserted|removed|changed|drawn|obtained|performed|transfused|intubated|extubated|last\s+(?:bm|dose|void|stool|drink|use|etoh)(?:\s+of\s+[a-z]{3,15})?|(?:f\/u|follow[-\s]?up|appt|appointment|scheduled|planned|due)(?:\s+[a-z]{2,10}){0,3}?\s+on|due|scheduled\s+for(?:\s+[a-z]{2,6})?|planned\s+for|echo|cath|ct|cta|mri|eeg|egd|tte|tee|cxr|cx|bcx|ucx|cultures?|hospitali[sz]ed|last\s+seen(?:\s+by\s+[a-z]{2,10})?|tentative(?:\s+d\/c)?|transfer(?:red)?|fall|collected|resulted|received|presents|presented|neg|negative|pos|positive|us|gtt|ogtt|ed|er|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)[:.]?\s+((0?[1-9]|1[0-2])([-.])(0?[1-9]|[12]\d|3[01]))(?![\d-]|\.\d|\s*(?:mg|mcg|ml|cc|units?|%|hrs?|hours?|days?|times|x\b|liters?|l\b|lpm|beats?|cm|mm|in\b|inch|ft|kg|lbs?\b|g\b|gm|meq|mmol|mmhg|degrees?|cal|fr\b|french|ga\b|gauge|yrs?\b|years?|months?|mos?\b|weeks?|wks?\b|ago|colonies|cfu|organisms|drops?|tabs?|pills?|episodes?|stools?|pads?|voids?|wbc|rbc|\/?hpf|\/?lpf|of\b|out\b))/gi, group: 1, priority: 5,
    // A dot is a decimal point after "on" alone ("levo on 2.5") and after what measures ("since 1.5"): only a cue of
    // time or care takes "11.28" as a month and day.
    check: (m) => (m[3] !== '.' || /^(?:s\/p|since|until|till|dated?|admitted|admit|adm|readmitted|discharged|disch|d\/c|dc'd|seen|born|dob|placed|inserted|removed|changed|last\s|f\/u|follow|appt|appointment|scheduled|planned|due|echo|cath|ct|cta|mri|eeg|egd|tte|tee|cxr|cx|bcx|ucx|cultures?|hospitali[sz]ed|tentative)/i.test(m[0])) && (!/^(?:placed|inserted|removed|changed|drawn|obtained|performed|transfused|intubated|extubated|last\s|s\/p\s+[a-z])/i.test(m[0]) || m[3] === '.' || !(Number(m[4]) > Number(m[2]) && Number(m[4]) - Number(m[2]) <= 6)) },
  // "taken to Memorial Hospital", "AT UNIVERSITY HOSPITAL", "from Children's Hospital": after a movement word the
  // hospital's one-word name, whatever its case (the hospital word itself is left: it says nothing alone). "In general
  // hospital course" is the idiom.
  { rule: 'place-hospital-name', kind: 'LOCATION', re: /\b(?:to|from|at|in|of|into)\s+(?:the\s+)?((?:memorial|university|general|community|regional|children['’]s|presbyterian|methodist|baptist|lutheran|episcopal|adventist|mercy|veterans|shriners)(?:\s+(?:memorial|general|regional|community))?)(?=\s+(?:hospital|hosp\b|medical\s+cent(?:er|re)|med\.?\s+ctr))/gi, words: wordGate('memorial university general community regional children childrens presbyterian methodist baptist lutheran episcopal adventist mercy veterans shriners'), group: 1, priority: 5, check: (m) => !/^(?:in|of)\s+general\b/i.test(m[0]) },
  { rule: 'place-saint', kind: 'LOCATION', re: /\b(?:(?:St|Saint|Ste)\.?\s+[A-Z][a-z]+(?:['’]s)?|SAINT\s+[A-Z]{3,}(?:['’]S)?)(?!\w|['’]?s?\s+wort)/g, priority: 5 },
  // "Ft. Washington", "MT. SINAI", "Fort Meade", "Mount Airy": a fort's or a mount's name is a place (a town, a base,
  // a hospital). Not after a number ("5 Ft. Tall"); "Pt." and "Port" are the patient and the catheter.
  { rule: 'place-fort-mount', kind: 'LOCATION', re: /(?<!\d[ \t]?)\b(?:(?:Fort|Ft\.?|Mount|Mt\.?)[ \t]+[A-Z][a-z]{2,}(?:['’]s)?|(?:FORT|FT\.|MOUNT|MT\.)[ \t]+[A-Z]{3,}(?:['’]S)?)(?![\w-])/g, words: wordGate('fort ft mount mt'), priority: 5 },
  // "3/4-3/9 at OSH": a later day of the same month after the dash makes even a fraction's shape a date ("1/4-1/2
  // tab" falls, as fractions do).
  { rule: 'date-slash-range', kind: 'DATE', re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(?:\d{2}|\d{4}))?(?=\s*[-–]\s*(\d{1,2})\/(\d{1,2})(?![\d/.]))/g, priority: 6, check: (m, text) => slashDateCheck(m, text) || (m[3] === m[1] && Number(m[4]) > Number(m[2]) && Number(m[4]) <= 31 && Number(m[1]) <= 12 && rangeEndIsDay(text.slice(text.indexOf('/', m.index + m[0].length) + 1).replace(/^\d+/, '').slice(0, 14))) },
  { rule: 'date-range-end', kind: 'DATE', re: /(?<=\b\d{1,2}\/\d{1,2}\s*[-–]\s*)(\d{1,2})\/(\d{1,2})(?![\d/%]|\.\d)/g, gate: /\d\/\d{1,2}\s*[-–]\s*\d{1,2}\//, priority: 6, check: slashDateCheck },
  // "7/23-24", "7/23-25": a month's day and the last day of a range in it (the month-day rule takes "7/23").
  { rule: 'date-month-day', kind: 'DATE', re: /(?<![\d/.,]|\d:|\d-|\d[xX])(\d{1,2})\/(\d{1,2})-(\d{1,2})(?![\d/%]|\.\d|,\d|\s*(?:mg|mcg|ml|cc|units?|%|hrs?|hours?|min|x\b))/g, priority: 5, check: (m, text) => slashDateCheck(m, text) && Number(m[3]) > Number(m[2]) && Number(m[3]) <= 31 && Number(m[3]) - Number(m[2]) <= 14 },
  // "PICC PLACED 11/28/": a slash with no year after it ends the date; "11/28/20" is the numeric rule's.
  { rule: 'date-month-day', kind: 'DATE', re: /(?<![\d/.,]|\d:|\d-|\d[xX]|\b[CTLS])(\d{1,2})\/(\d{1,2})(?![\d%]|\/[\d/.]|\.\d|,\d)/g, priority: 5, check: (m, text) => slashDateCheck(m, text) && !ukDuration(m, text) },
  { rule: 'date-month-yy', kind: 'DATE', re: /(?<![\d/.,:])(?:0?[1-9]|1[0-2])\/(?:[4-9]\d|[0-3]\d(?=\b)|'\d{2})(?![\d/%]|\.\d)/g, priority: 4, check: (m, text) => !ukDuration(m, text) && /^\d{1,2}\/(?:[4-9]\d|'\d{2})/.test(m[0]) && !NOT_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) && !NOT_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) },
  // Other unique codes: long digit runs and letter-digit codes that are not measurements.
  { rule: 'long-number', kind: 'ID', re: /(?<![\d.,])\d{7,}(?![\d.,]\d)/g, priority: 3, check: (m, text) => !CODE_SYSTEM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !(/NCT$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && m[0].length === 8) && !/\berror[ \t]+code[ \t]+0x$/i.test(text.slice(Math.max(0, m.index - 14), m.index)) },
  {
    rule: 'code',
    kind: 'ID',
    re: /\b(?=[A-Z0-9-]{0,40}\d)(?=[A-Z0-9-]{0,40}[A-Z])[A-Z0-9]{2,40}(?:-[A-Z0-9]{2,20}){0,3}\b/g,
    // Level with long-number, so the whole code ("KN5652530") beats its digit run on length.
    priority: 3,
    check: (m) => {
      const s = m[0];
      const digits = (s.match(/\d/g) ?? []).length;
      if (digits < 5 || s.length < 6) return false;
      if (/[A-Z]{3,}/.test(s) && /-/.test(s)) return false;
      if (/^[A-Z]{1,3}(?:-\d{1,3})+$/.test(s)) return false; // "AC-350-40": settings, not a code
      if (/^G\d{1,2}P\d{1,4}$/.test(s)) return false; // "G2P1102": gravidity and parity
      if (/^NCT\d{8}$/.test(s)) return false; // a public trial's registry number names a study, not a person
      // Measurements and doses: 1000MG, 250ML, 10KG, and sequences like T10-L2.
      const letters = s.replace(/[\d-]/g, '');
      if ((/^\d/.test(s) && /^(?:MG|MCG|ML|CC|KG|G|L|MM|CM|MEQ|MMOL|U|IU|HR|HRS|MIN|X|PM|AM|S|TH|ST|ND|RD|MGX|CCX)$/.test(letters)) || (letters.length === 1 && digits < 6)) return false;
      return true;
    },
  },
];

// Rules that report a capture group need its offsets: compile those with the "d" (indices) flag. Each regex gate gets
// a number, so a gate shared by several rules is tested once per text.
/** Every pattern rule, in the order they run. */
const ALL_RULES: readonly PatternRule[] = [...RULES, ...FORM_RULES, ...DATE_CUE_RULES, ...PHARMACY_RULES, ...SPECIMEN_RULES, ...DIRECTION_RULES, ...TRAVEL_RULES, ...FIELD_RULES, ...CLAIM_RULES, ...SIGNER_RULES, ...SIGNER_ROW_RULES, ...KIND_FIRST_SITE_RULES, ...VESSEL_RULES, ...TELEHEALTH_RULES, ...DIVE_SITE_RULES, ...BLOOD_UNIT_RULES, ...GEAR_RULES, ...FIRM_RULES];
const REGEX_GATES = [...new Set(ALL_RULES.flatMap((r) => (r.gate ? [r.gate] : [])))];
const COMPILED = ALL_RULES.map((r) => ({
  ...r,
  re: r.group ? new RegExp(r.re.source, `${r.re.flags}d`) : r.re,
  gateIndex: r.gate ? REGEX_GATES.indexOf(r.gate) : -1,
  wordIndex: r.words ? r.words.index : -1,
}));

/** The patterns' gates, for the test that checks each gate passes every text its pattern matches. */
export const PATTERN_GATES: readonly RegExp[] = REGEX_GATES;
export const PATTERN_WORD_GATES: readonly WordGate[] = [...new Set(ALL_RULES.flatMap((r) => (r.words ? [r.words] : [])))];

const LABELLED_ID = COMPILED.find((r) => r.rule === 'labelled-id')!;
/** A code of one token with a lower-case letter and a digit ("g7266233", "pt-53323", "enc-0860-2891083"), or a blood
 * unit's groups ("w3616 64 954514"); not a dose or a size ("100mg"). */
const LOWER_CODE = /^(?=[^\s]*[a-z])(?=[^\s]*\d)[a-z0-9]+(?:-[a-z0-9]+)*$|^[a-z]\d{4} \d{2} \d{6}$/;
const MEASURE = /^\d+(?:\.\d+)?(?:mg|mcg|ml|cc|kg|g|mm|cm|hr|hrs|h|min|u|units?|mmhg|meq|l|x|yo|y|yr|yrs|wk|wks|d|mo|m|f)$/;

/** A lower-case code of three digits or more and a letter, as a whole token: a cheap first pass before the labels. */
const LOWER_CODE_TOKEN = /(?<![\w-])(?=[a-z0-9-]*[a-z])(?=(?:[a-z-]*\d){3})[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])/g;

/** "mr# g7266233", "medicaid #: ss75427238", "patient id: pt-53323": codes written in lower case after their label.
 * Around each lower-case code, the labelled-number rule reads the label before it with ASCII letters in capitals
 * (the offsets stay the same) and keeps the code when it is the value it finds. */
function lowerCaseLabelledIds(text: string): Candidate[] {
  const out: Candidate[] = [];
  LOWER_CODE_TOKEN.lastIndex = 0;
  for (let c = LOWER_CODE_TOKEN.exec(text); c !== null; c = LOWER_CODE_TOKEN.exec(text)) {
    if (MEASURE.test(c[0])) continue;
    // The window runs to the line's end: the rule reads a blood unit's groups after the first ("w3616 64 954514").
    const from = Math.max(0, c.index - 48);
    const lineEnd = text.indexOf('\n', c.index);
    const to = Math.min(lineEnd < 0 ? text.length : lineEnd, c.index + c[0].length + 16);
    const upper = text.slice(from, to).replace(/[a-z]+/g, (w) => w.toUpperCase());
    const re = new RegExp(LABELLED_ID.re.source, LABELLED_ID.re.flags);
    for (let m = re.exec(upper); m !== null; m = re.exec(upper)) {
      const span = m.indices?.[LABELLED_ID.group!];
      // The value may have taken a second label word before the code ("medicare mbi 7et6xy7xx25"): the code alone goes.
      if (!span || (span[0] + from !== c.index && !(span[0] + from < c.index && /^[A-Z]{2,5}[ -]$/.test(upper.slice(span[0], c.index - from))))) continue;
      let end = span[1] + from;
      while (end > c.index + 1 && /[./,:;-]/.test(text[end - 1]!)) end--;
      const value = text.slice(c.index, end);
      if (!LOWER_CODE.test(value) || MEASURE.test(value)) continue;
      const verdict = LABELLED_ID.check!(m, upper);
      if (verdict === false) continue;
      out.push({ start: c.index, end, kind: typeof verdict === 'string' ? verdict : LABELLED_ID.kind, rule: 'labelled-id', priority: LABELLED_ID.priority ?? 5 });
    }
  }
  return out;
}

/** A party's name, one or two words, in one of the cases names are written in. */
const PARTY = String.raw`(?:[A-Z][a-z'’-]+|[A-Z]{2,}|[a-z]{2,})`;
const CAPTION_LEFT = new RegExp(String.raw`${PARTY}(?:[ 	]+(?:[A-Z][a-z'’-]+|[A-Z]{2,}))?[ 	]+$`);
const CAPTION_RIGHT = new RegExp(String.raw`^${PARTY}(?:[ 	]+(?:[A-Z][a-z'’-]+|[A-Z]{2,}))?\b`);
const CAPTION_CUE = /\b(?:docket|court|case|matter|plaintiff|petitioner|caption(?:ed)?|re)\b/i;
/** Words a caption's side never is: the state's and the court's own. */
const NOT_PARTY = /^(?:state|people|commonwealth|united|states|usa|in|re|the|and|of|no|cv|cr)$/i;

/** "docket no. 1:20-CV-11177, Martins v. Melo", "(docket 21-6855) Best vs. Fee": a case's caption after its court or
 * docket. Read from each " v. " outwards (a regex anchored on the parties would try every word of every note). */
function caseCaptions(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /[ \t](?:v|vs|V|VS)\.?[ \t]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const left = CAPTION_LEFT.exec(text.slice(Math.max(0, m.index - 40), m.index + 1));
    const right = CAPTION_RIGHT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!left || !right) continue;
    const start = m.index + 1 - left[0].length;
    // The cue stands in the caption's line and sentence ("…, docket no. 21-6855, Best v. Fee", not "…. Compared CT v. MRI").
    let from = Math.max(text.lastIndexOf('\n', start) + 1, start - 80);
    const before = text.slice(from, start + 2);
    const sentences = [...before.matchAll(/[.!?][ \t]+(?=[A-Z][a-z])/g)];
    if (sentences.length > 0) from += sentences[sentences.length - 1]!.index + 1;
    if (!CAPTION_CUE.test(text.slice(from, start))) continue;
    const words = `${left[0]} ${right[0]}`.trim().split(/[ \t]+/);
    if (words.some((w) => NOT_PARTY.test(w))) continue;
    out.push({ start, end: m.index + m[0].length + right[0].length, kind: 'NAME', rule: 'case-caption', priority: 6 });
  }
  return out;
}

/** Units and stations of public-safety agencies, named after their town: "Bennington Medic 8", "BATH FIRE ENGINE 4",
 * "per dover pd officer", "troop b (cranston barracks)", "via Unity Fire." */
const AGENCY_KIND = /\b(?:fire|ladder|engine|medic|rescue|ambulance|pd|fd|police|barracks)\b/gi;
/** Kinds named with their unit's number; the rest name a station alone. */
const NUMBERED_KIND = /^(?:fire|ladder|engine|medic|rescue|ambulance)$/i;
/** Words that are no town's before an agency: cues, roles and kinds of call. */
const NOT_AGENCY_TOWN = /^(?:the|a|an|and|or|by|from|of|with|per|to|on|at|in|via|for|mutual|aid|called|call|local|city|town|county|state|pt|patient|ems|als|bls|arrived|responded|troop|police|fire|crew|dispatch|dispatched|structure|house|brush|car|vehicle|unit|assisted|plus|first|second|nearest|closest|area|department|dept|officer|officers|trooper|sgt|lt|capt|chief|by|both|no|not|notified|notify|aware|contacted|contact|report|reports|per|was|were|is|are|has|had|when|then|also|our|their|his|her|its|med|meds|code|engine|ladder|medic|rescue|ambulance|private|transport|transported|transferring|other|another|same|this|that|these|those|was|after|before|while|rehab|air|flight|ground|volunteer|paid|career|campus|hospital|university|school|airport|forest|park|military|tribal|transit|railroad)$/i;

function agencyTowns(text: string): Candidate[] {
  const out: Candidate[] = [];
  AGENCY_KIND.lastIndex = 0;
  for (let m = AGENCY_KIND.exec(text); m !== null; m = AGENCY_KIND.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // "via Unity Fire.", "(BATH FIRE, MEDIC 6)", "by Union Fire-Rescue to": a department named without a unit, after a cue.
    const unnumbered = NUMBERED_KIND.test(m[0]) && /^(?:[ \t-]*(?:rescue|dept\.?|department))?[ \t]*(?:[.,;)]|\r?\n|$|[ \t]+(?:to|responded|arrived|on[ \t]+scene|crew|and)\b)/i.test(after);
    if (NUMBERED_KIND.test(m[0]) ? !/^(?:[ \t]+(?:rescue|engine|ladder|dept|department))?[ \t]+#?\d{1,3}\b/i.test(after) && !unnumbered : /^pd$|^fd$/i.test(m[0]) ? false : !/^[ \t]*(?:\)|,|[ \t]+(?:dept|department|station|officer|barracks))/i.test(after) && !/^barracks$/i.test(m[0])) continue;
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    const mixed = /[a-z]/.test(line + m[0]) && /[A-Z]/.test(line + m[0]);
    const words = [...line.matchAll(/[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.-]*/g)];
    let k = words.length;
    let start = -1;
    while (k > 0 && words.length - k < 3) {
      const w = words[k - 1]!;
      const end = line.length - (w.index + w[0].length);
      // Words of one name, next to each other and to the kind.
      if (!/^[ \t]+$/.test(line.slice(w.index + w[0].length, k === words.length ? line.length : words[k]!.index)) || NOT_AGENCY_TOWN.test(w[0]) || w[0].length < 3 || (mixed && !/^[A-Z]/.test(w[0]))) break;
      start = m.index - end - w[0].length;
      k--;
    }
    if (start < 0) continue;
    if (unnumbered && !/\b(?:via|by|from|per|with|and|of|to)[ \t]+$|\([ \t]*$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    const span = text.slice(start, m.index).trimEnd();
    // "kulasberg pd", "Modesto PD": a police or fire department written by its letters is the town's department whole.
    const end = /^(?:pd|fd)$/i.test(m[0]) && !/^[-\d]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1)) ? m.index + m[0].length : start + span.length;
    out.push({ start, end, kind: 'LOCATION', rule: 'agency-town', priority: 5 });
  }
  return out;
}

/** A British postcode alone on its line: "EX8 1WG", "ba5 6uq". */
const UK_POSTCODE_LINE = /^[ \t]*([A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2})[ \t]*$/;

/** An address block closed by a British postcode on its own line: the postcode, and the one to four short lines above
 * it (house name, street, town, county) up to a line that holds a person, a label or a sentence. */
function postcodeBlocks(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!/\d[A-Za-z]{2}[ \t]*(?:\r?\n|$)/.test(text)) return out;
  const lines: { start: number; end: number; body: string }[] = [];
  let at = 0;
  for (const body of text.split('\n')) {
    lines.push({ start: at, end: at + body.length, body });
    at += body.length + 1;
  }
  lines.forEach((line, n) => {
    const m = UK_POSTCODE_LINE.exec(line.body);
    if (!m || !/[A-Za-z]/.test(m[1]!.slice(-2))) return;
    const lead = line.body.indexOf(m[1]!);
    out.push({ start: line.start + lead, end: line.start + lead + m[1]!.length, kind: 'ZIP', rule: 'uk-postcode-line', priority: 6 });
    for (let k = n - 1; k >= 0 && k >= n - 4; k--) {
      const b = lines[k]!.body;
      const words = b.trim().split(/\s+/);
      // A person ("Dr Z Denesik"), a label ("Re:"), a sentence or a practice's name ends the block upward.
      if (!b.trim() || words.length > 5 || /[:;]|\b(?:dr|mr|mrs|ms|miss|prof)\b\.?/i.test(b) || /\b(?:medical|health|surgery|practice|centre|center|hospital|clinic)\b/i.test(b) || /[.!?]$/.test(b.trim())) break;
      const trimmedStart = lines[k]!.start + b.search(/\S/);
      out.push({ start: trimmedStart, end: lines[k]!.start + b.trimEnd().length, kind: 'LOCATION', rule: 'uk-postcode-line', priority: 5 });
    }
  });
  return out;
}

/** options.openWords: openWordGates of the text, when the caller has its tokens already. */
export function patternCandidates(text: string, options: { readonly gates?: boolean; readonly openWords?: Uint8Array } = {}): Candidate[] {
  const out: Candidate[] = [];
  const gated = options.gates ?? true;
  const openWords = gated ? (options.openWords ?? openWordGates(text, tokenize(text))) : null;
  // 0: not tested yet, 1: open, 2: shut.
  const regexGates = new Uint8Array(REGEX_GATES.length);
  for (const r of COMPILED) {
    if (openWords && r.wordIndex >= 0 && openWords[r.wordIndex] === 0) continue;
    if (gated && r.gateIndex >= 0) {
      let state = regexGates[r.gateIndex]!;
      if (state === 0) regexGates[r.gateIndex] = state = r.gate!.test(text) ? 1 : 2;
      if (state === 2) continue;
    }
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m !== null; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      let kind = r.kind;
      if (r.check) {
        const verdict = r.check(m, text);
        if (verdict === false) continue;
        if (typeof verdict === 'string') kind = verdict;
      }
      const span: readonly [number, number] | undefined = r.group ? m.indices?.[r.group] : [m.index, m.index + m[0].length];
      if (!span) continue;
      let end = span[1];
      // A labelled value ends before trailing punctuation ("MRN: 8812345.").
      if (r.rule === 'labelled-id') while (end > span[0] + 1 && /[./,:;-]/.test(text[end - 1]!)) end--;
      if (r.rule === 'labelled-id' && text[end - 1] === ')' && !text.slice(span[0], end).includes('(')) end--;
      out.push({ start: span[0], end, kind, rule: r.rule, priority: r.priority ?? 5 });
    }
  }
  out.push(...lowerCaseLabelledIds(text));
  out.push(...caseCaptions(text));
  out.push(...agencyTowns(text));
  out.push(...postcodeBlocks(text));
  return out;
}
