// Dates as running clinical text writes them around their cues, written against the timeline wave's read seeds
// (eval/timeline-wave.ts): registries' "Mar-21", spreadsheets' "4-May", month ranges before a year, the second of two
// ordinals ("from the 3rd to the 8th"), a weekday in brackets beside a date, a date in brackets after a day count
// ("POD#4 (1/1)") or a word for a day ("yesterday (1/4)"), and a month and day with a dash or a dot after the words
// obstetrics, medication histories and discharge instructions date things with ("LMP 6-2", "given 4-28").
import type { PatternRule } from './patterns';
import { wordGate } from './tokens';

const MON = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTH_LONG = 'january|february|march|april|june|july|august|september|october|november|december';
const MONTH_GATE = wordGate(`${MON.split('|').join(' ')} ${MONTH_LONG.split('|').join(' ')}`);
const SHORT_DAYS = 'mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun';

/** Month 1-12 and day 1-31. */
const monthDay = (a: string, b: string): boolean => Number(a) >= 1 && Number(a) <= 12 && Number(b) >= 1 && Number(b) <= 31;

/** What follows a count or a measure rather than a date ("6-8 weeks", "2-3 tabs", "12.5 mg"). */
const NOT_AFTER_DATE = /^[ \t]*(?:%|x\b|mg|mcg|ml|cc|l\b|lpm|units?|kg|lbs?|cm|mm|hrs?|hours?|h\b|min|mins|minutes|days?|d\b|wks?|weeks?|months?|mos?\b|yrs?|years?|times|tabs?|caps?|puffs?|drops?|beats?|episodes?|occasions?|cm\b|fingerbreadths?|fb\b|\/|-\d|\.\d|[:]\d)/i;

/** Measures, scores and settings a falling number ("dec 20") follows, and words a verb "may" follows. */
const NOT_BEFORE_MONTH_DAY = /^(?:rate|rates|sats?|spo2|sao2|temp|temps|pulse|output|intake|volume|vol|drip|gtt|map|cvp|glucose|sugar|sugars|fsbs|level|levels|count|counts|score|scores|gcs|rass|cpot|ciwa|cows|pain|dose|doses|dosing|weight|appetite|peep|fio2|flow|pressure|pressures|wbc|hgb|hct|plt|plts|inr|ptt|creat|bun|lytes|lactate|lact|tidal|minute|volumes|requirement|requirements|needs|pressor|pressors|levo|neo|insulin|heparin|lasix|mmhg|urine|stool|drainage|ooze|secretions|sputum|edema|swelling|tone|strength|movement|movements|activity|rhythm|ectopy|pvcs|bp|hr|rr|uop|which|that|this|these|those|there|here|they|what|when|where|who|whom|will|would|could|should|must|might|shall|cannot|also|then|still|only|just|never|always|often|usually|sometimes)$/i;

/** Words that date the month and day after them in obstetric, medication and discharge notes. */
const DASH_CUE = /\b(?:lmp|edc|edd|lnmp|given|on\s+or\s+around|on\s+or\s+about|around|starting|started|stopped|held|restarted|resumed|last\s+dose(?:\s+of\s+[a-z]+)?|last\s+taken|last\s+filled|filled|refilled|picked\s+up|due|dated|since|until|thru|through|removed|placed|done)[ \t]*:?[ \t]*$/i;

/** What happened on a day a home-care or hospital note dates with a bare month and day: "referral rec'd 4/4", "d/c'd home
 * 8/8", "records scanned 8/8" (a day equal to its month reads as a fraction elsewhere). */
const EVENT_SLASH = /\b(?:rec['’]?d|received|d\/c['’]?d(?:[ \t]+home)?|discharged(?:[ \t]+home)?|admitted|scanned|faxed|delivered|visited|called|signed|issued|scheduled|mailed|shipped|implanted|explanted|repaired|last[ \t]+contact)[ \t]+(?:on[ \t]+)?((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\d/%]|\.\d)/gi;

/** Verbs of a fill, a dose or a shipment a month and day may follow: "FILLED 2/2", "injected 4/11 and 5/2". */
const DOSE_VERB = String.raw`(?:filled|refilled|applied|installed|given|administered|injected|infused|dispensed|picked[ \t]+up|mailed|faxed|shipped|placed|submitted|lodged|started|read|collected)`;
const DOSE_GATE = wordGate('filled refilled applied installed given administered injected infused dispensed picked mailed faxed shipped placed submitted lodged started read collected');
/** "1/2", "3/4", "3/8": a small rising pair that reads as a fraction. */
const smallFraction = (x: string): boolean => { const [mo, d] = x.split('/').map(Number) as [number, number]; return mo < d && d <= 8; };

export const DATE_CUE_RULES: readonly PatternRule[] = [
  // "started dec 5", "recheck mar 23", "received may 8", "replaced FEB 24": a month's abbreviation and a day in any case
  // after a verb or word that dates what follows; a dose or a count after it ("dec 5 mg") is no day.
  {
    rule: 'date-cued-month-day',
    kind: 'DATE',
    words: wordGate('jan feb mar apr may jun jul aug sep sept oct nov dec'),
    re: /\b(?:[a-z]{2,}(?:ed|ing)|flush|window|draw|drawn|taken|appt|on|since|started|starting|recheck|rechecked|received|delivered|completed|ceremony|until|till|by|from|through|thru|due|dated|placed|sent|shipped|returned|filed|replaced|seen|visit|effective|expires|expired|signed|approved|mailed|scheduled|booked|after|before|back[ \t]+to|moved[ \t]+to|week[ \t]+of)[ \t]+((?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[ \t]+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)(?![\d/]|[.:]\d|[ \t]*(?:mg|mcg|ml|cc|units?|%|x\b|lpm|l\b|kg|lbs?|mm|cm|mmhg|hours?|hrs?|days?|weeks?|wks?|min|tabs?|tablets?|pills?|caps?|capsules?|doses?|puffs?|drops?|sprays?|times|patch(?:es)?|bottles?|cups?|glasses|drinks?|beers?|cigarettes?|packs?|servings?|more|of|or|to(?![ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b)|-))/gi,
    group: 1,
    priority: 5,
  },
  // "right heart catheterization dec 20 via r ij", "letter given to patient dec 5;", "deadline mar 21.": a month's
  // abbreviation and a day after a word of the record, where its clause ends or a preposition follows. After a measure
  // "dec" is a fall ("hr dec 20, bp stable"), "mar" a record and "may" a verb, so those words never stand before it.
  {
    rule: 'date-month-day-clause',
    kind: 'DATE',
    words: wordGate('jan feb mar apr may jun jul aug sep sept oct nov dec'),
    re: /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[ \t]+(?:0?[1-9]|[12]\d|3[01]))(?=[ \t]*[,;:](?:[ \t]|\r?\n|$)|[ \t]*\.(?:[ \t]|\r?\n|$)|[ \t]*(?:\r?\n|$)|[ \t]+(?:via|with|at|in|for|and|then|per|by)\b(?![ \t]+(?:\d|mouth|mg)))/gi,
    group: 1,
    priority: 5,
    // The word before is read in code: a regex opening on any word would be tried at every word of the text.
    check: (m, text) => {
      const w = /(?:^|[^a-z])([a-z]{3,})[ \t]+$/i.exec(text.slice(Math.max(0, m.index - 24), m.index));
      return !!w && !NOT_BEFORE_MONTH_DAY.test(w[1]!) && !(/^may\b/i.test(m[1]!) && /^(?:you|she|he|they|we|it|pt|patient|who|which|that|this|and|or|but|also|not)$/i.test(w[1]!));
    },
  },
  // "window mar 4 to mar 17": a span's second month and day after its first.
  {
    rule: 'date-range-end',
    kind: 'DATE',
    words: wordGate('mar may dec'),
    re: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?[ \t]+(?:0?[1-9]|[12]\d|3[01])[ \t]*(?:to|through|thru|until|-|–)[ \t]*((?:mar|may|dec)\.?[ \t]+(?:0?[1-9]|[12]\d|3[01]))\b(?![.:]\d|[ \t]*(?:mg|mcg|ml|units?|%|x\b|hours?|hrs?|days?|weeks?|times|doses?))/gi,
    group: 1,
    priority: 5,
  },
  // "team conference 15 may": a day before a lower-case May where the phrase ends ("15 may be due" is a verb).
  { rule: 'date-written', kind: 'DATE', words: wordGate('may'), re: /\b(?:0?[1-9]|[12]\d|3[01])[ \t]+may(?=[ \t]*(?:[.,;:)]|\r?\n|$))/gi, priority: 5 },
  // "SIGNED MAY. 2, 2020": May written with a period, as other months' abbreviations are, before its day and year.
  { rule: 'date-written', kind: 'DATE', words: wordGate('may'), re: /\bmay\.[ \t]+(?:0?[1-9]|[12]\d|3[01]),?[ \t]+(?:19|20)\d{2}\b/gi, priority: 6 },
  // "reporting period 12/3 through 5/4": a span's second month and day after a word that opens a span.
  {
    rule: 'date-range-end',
    kind: 'DATE',
    words: wordGate('period from dates date between dos covering span stay respite coverage valid effective'),
    re: /\b(?:period|from|dates?|between|dos|covering|span|stay|respite|coverage|valid|effective)[ \t:]+(?:of[ \t]+)?(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])[ \t]+(?:through|thru|until|to|and|-)[ \t]+((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\d/])/gi,
    group: 1,
    priority: 6,
  },
  // "separation date 1987 08 01": a year, month and day spaced as forms print them.
  { rule: 'date-spaced', kind: 'DATE', re: /(?<![\d.,:/-][ \t]?|\d)(?:19|20)\d{2}[ \t](?:0[1-9]|1[0-2])[ \t](?:0[1-9]|[12]\d|3[01])(?![ \t]?[\d.,:/-]?\d)/g, priority: 5 },
  // "111441Z DEC 03", "020827ZJUN06": a military date-time group (day, hour and minute, zone, month, year).
  { rule: 'date-time-group', kind: 'DATE', words: MONTH_GATE, re: new RegExp(`\\b(?:0[1-9]|[12]\\d|3[01])(?:[01]\\d|2[0-3])[0-5]\\d[A-Z][ \\t]?(?:${MON})[ \\t]?\\d{2}(?:\\d{2})?\\b`, 'gi'), priority: 6 },
  // "dob: dec 7,1930": a written date whose year follows the comma without a space.
  { rule: 'date-written', kind: 'DATE', words: MONTH_GATE, re: new RegExp(`\\b(?:${MON}|${MONTH_LONG})\\.?[ \\t]+(?:0?[1-9]|[12]\\d|3[01]),(?:19|20)\\d{2}\\b`, 'gi'), priority: 7 },
  // "communion on flag day": a holiday that fixes its day, in any case.
  { rule: 'date-holiday', kind: 'DATE', words: wordGate('flag'), re: /\bflag[ \t]+day\b/gi, priority: 5 },
  // "meet the family SAT AT 2 PM", "wed at 1400": a short weekday before the hour of a meeting ("sat" and "sun" only before
  // a clock's am or pm, since "sat at 1400" is a saturation).
  { rule: 'date-weekday', kind: 'DATE', words: wordGate(SHORT_DAYS.split('|').join(' ')), re: new RegExp(`\\b(${SHORT_DAYS})\\.?(?=[ \\t]+at[ \\t]+(?:\\d{1,2}(?::\\d{2})?[ \\t]*(?:am|pm|a\\.m\\.|p\\.m\\.)|([01]\\d|2[0-3])[0-5]\\d)\\b)`, 'gi'), group: 1, priority: 5, check: (m) => m[2] === undefined || !/^(?:sat|sun)$/i.test(m[1]!) },
  // "come in fri for an extra run", "PM COMPLETED THU": the short weekdays no word spells, standing alone in any case.
  { rule: 'date-weekday', kind: 'DATE', words: wordGate('tue thu fri'), re: /\b(?:tue|thu|fri)\.?(?![\p{L}\d_'’/&-])/giu, priority: 4, check: (m, text) => !/[\p{L}\d_/&.-]/u.test(text[m.index - 1] ?? ' ') },
  // "Missed Wed treatment", "signed by the patient Mon and mailed": "Mon" and "Wed" capitalized inside a sentence, and
  // in a line of capitals ("MISSED WED TREATMENT", "MISSED SAT TREATMENT"; "NEWLY WED" is a marriage).
  { rule: 'date-weekday', kind: 'DATE', words: wordGate('mon wed'), re: /\b(?:Mon|Wed)\.?(?![\p{L}\d_'’/&-])/gu, priority: 4, check: (m, text) => /[a-z,;][ \t]+$/.test(text.slice(Math.max(0, m.index - 4), m.index)) },
  {
    rule: 'date-weekday',
    kind: 'DATE',
    words: wordGate('mon wed sat'),
    re: /\b(?:MON|WED|SAT)\.?(?![\p{L}\d_'’/&-])/gu,
    priority: 4,
    // ("SAT" only before a word of a day's business: "O2 SAT 95", "PASSED SAT AND SBT" are a saturation and a trial.)
    check: (m, text) => /[A-Z,;][ \t]+$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/[a-z]/.test(text.slice(Math.max(0, m.index - 24), m.index + 24)) && !/\b(?:NEWLY|RECENTLY|JUST|GOT|BE|GET|GETTING)[ \t]+$/.test(text.slice(Math.max(0, m.index - 12), m.index)) && (!m[0].startsWith('SAT') || (/^[ \t]+(?:TREATMENT|RUN|SHIFT|AT[ \t]+ROUNDS|AND[ \t]+MAILED|MORNING|NIGHT|AFTERNOON|EVENING)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)) && !/\b(?:O2|SPO2|PULSE|PASSED|FAILED|DID|DAILY|SBT|ART|DESAT)[ \t]+$/.test(text.slice(Math.max(0, m.index - 10), m.index)))),
  },
  // "Cloudy effluent Sat; cell count", "reviewed with Dr. Woods Sat at rounds": "Sat" and "Sun" capitalized inside a
  // sentence where a clause ends or a time word follows ("O2 Sat 95%" is a saturation).
  { rule: 'date-weekday', kind: 'DATE', words: wordGate('sat sun'), re: /\b(?:Sat|Sun)(?![\p{L}\d])\.?(?=[ \t]*(?:[,;)]|\.(?![ \t]*\d)|\r?\n|$)|[ \t]+(?:at|and|for|when|after|before|morning|night|evening|afternoon|am|pm)\b(?![ \t]*\d))/gu, priority: 4, check: (m, text) => /[a-z,][ \t]+$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/\b(?:o2|spo2|pulse|ox|oxygen|sats?|saturation|desat\w*)\b[^\n]{0,12}$/i.test(text.slice(Math.max(0, m.index - 20), m.index)) },
  // "LAST HD FRI PER PT", "next dialysis sat": the weekday of a session last or next held, in any case.
  { rule: 'date-weekday', kind: 'DATE', words: wordGate(SHORT_DAYS.split('|').join(' ')), re: new RegExp(`\\b(?:last|next|prior|previous)[ \\t]+(?:hd|dialysis|hemodialysis|session|run|visit|appt|appointment|infusion|chemo)[ \\t]+(${SHORT_DAYS})\\.?(?![\\w'])`, 'gi'), group: 1, priority: 5 },
  // "wound RN to see pt wed", "PT to see patient THU": the weekday of a visit to the patient, after it.
  { rule: 'date-weekday', kind: 'DATE', words: wordGate(SHORT_DAYS.split('|').join(' ')), re: new RegExp(`\\bto[ \\t]+(?:see|visit|eval(?:uate)?)[ \\t]+(?:pt|patient|him|her)[ \\t]+(${SHORT_DAYS})\\.?(?![\\w'])`, 'gi'), group: 1, priority: 5 },
  // "soc visit sun 12/28/24", "WED 3/4/2021": a short weekday before a date with its year.
  { rule: 'date-weekday', kind: 'DATE', words: wordGate(SHORT_DAYS.split('|').join(' ')), re: new RegExp(`\\b(${SHORT_DAYS})\\.?,?[ \\t]+(?=(?:0?[1-9]|1[0-2])\\/(?:0?[1-9]|[12]\\d|3[01])\\/(?:\\d{2}|\\d{4})\\b)`, 'gi'), group: 1, priority: 5 },
  // "family driving from the south shore fri to see pt": a short weekday before a visit to the patient.
  { rule: 'date-weekday', kind: 'DATE', words: wordGate(SHORT_DAYS.split('|').join(' ')), re: new RegExp(`\\b(${SHORT_DAYS})\\.?(?=[ \\t]+to[ \\t]+(?:see|visit)[ \\t]+(?:pt|patient|him|her|them|mom|dad|mother|father)\\b)`, 'gi'), group: 1, priority: 5 },
  // "C2D1 2/22", "C1D8 9/21": the day a chemotherapy cycle's day falls on.
  { rule: 'date-cycle-day', kind: 'DATE', re: /\bC\d{1,2}D\d{1,2}[ \t]*[:=-]?[ \t]*((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\d/%]|\.\d)/gi, gate: /c\d{1,2}d\d/i, group: 1, priority: 6 },
  { rule: 'date-event-slash', kind: 'DATE', words: wordGate('rec recd received d discharged admitted scanned faxed delivered visited called signed issued scheduled mailed shipped implanted explanted repaired contact'), re: EVENT_SLASH, group: 1, priority: 5, check: (m, text) => !NOT_AFTER_DATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !/^[ \t]+(?:of|strength|in\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) },
  // "Influenza Mar-21", "TDAP AUG-15": a month and two digits joined by a hyphen may be a day or a year; both go
  // ("Nov-82" is a year's, and only the month goes).
  { rule: 'date-mon-dd', kind: 'DATE', words: MONTH_GATE, re: new RegExp(`\\b(?:${MON})-(?:0[1-9]|[12]\\d|3[01])\\b(?![-/.]\\d)`, 'gi'), priority: 7 },
  // "4-May  WBC 3.1": a spreadsheet's day and month ("3-dec dose" in lower case decreases it).
  { rule: 'date-dd-mon', kind: 'DATE', words: MONTH_GATE, re: new RegExp(`(?<![\\w/.-])(?:0?[1-9]|[12]\\d|3[01])-(?:${MON})\\b(?![-/.]?\\d)`, 'gi'), priority: 6, check: (m) => !/-(?:dec|mar|may)$/.test(m[0]) },
  // "onset UNK-NOV-2023", "UK/Mar/2019": a study's date with its day unknown keeps its month (and the year stays).
  { rule: 'date-unknown-day', kind: 'DATE', words: MONTH_GATE, re: new RegExp(`\\b(?:unk|un|uk|xx|nk|ND)[-/ ]((?:${MON})[-/ ](?:19|20)\\d{2})\\b`, 'gi'), group: 1, priority: 7 },
  // "Apr-Jul 2020", "feb - may 2017", "April-July 2021": a range of months before its year.
  { rule: 'date-month-range', kind: 'DATE', words: MONTH_GATE, re: new RegExp(`\\b(?:${MONTH_LONG}|${MON})\\.?[ \\t]*[-–/][ \\t]*(?:${MONTH_LONG}|${MON})\\.?,?[ \\t]+(?:19|20)\\d{2}\\b`, 'gi'), priority: 7 },
  // "from the 3rd to the 8th": the second ordinal of a span of days.
  {
    rule: 'date-ordinal',
    kind: 'DATE',
    words: wordGate('st nd rd th'),
    re: /\bfrom[ \t]+the[ \t]+(?:[12]?\d|3[01])(?:st|nd|rd|th)[ \t]+(?:to|until|till|through|thru)[ \t]+(the[ \t]+(?:[12]?\d|3[01])(?:st|nd|rd|th))\b/gi,
    group: 1,
    priority: 6,
  },
  // "ex lap 04/26 (fri)", "this am (Sun)": a short weekday alone in brackets.
  // ("SpO2 (sat)" is a saturation: "sat" only after a date or a part of the day.)
  {
    rule: 'date-weekday',
    kind: 'DATE',
    words: wordGate(SHORT_DAYS.split('|').join(' ')),
    re: new RegExp(`(?<=\\()(?:${SHORT_DAYS})\\.?(?=\\))`, 'gi'),
    priority: 5,
    check: (m, text) => !/^sat/i.test(m[0]) || /(?:\d{1,2}[/-]\d{1,2}|\b(?:am|pm|morning|evening|night|today|yesterday|tomorrow|tonight|overnight))[ \t]*\($/i.test(text.slice(Math.max(0, m.index - 16), m.index)),
  },
  // "1/1 (WED)", "08-08 (mon)": the month and day before a weekday in brackets.
  {
    rule: 'date-before-weekday',
    kind: 'DATE',
    words: wordGate(SHORT_DAYS.split('|').join(' ')),
    re: new RegExp(`(?<![\\w/.-])(\\d{1,2})[/-](\\d{1,2})(?:[/-](?:19|20)?\\d{2})?(?=[ \\t]*\\((?:${SHORT_DAYS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?\\))`, 'gi'),
    priority: 6,
    check: (m) => monthDay(m[1]!, m[2]!),
  },
  // "POD#4 (1/1)", "HD #3 (2-14)", "TMAX 38.9 YESTERDAY (1/4)": a date in brackets after a day's count or name.
  {
    rule: 'date-in-brackets',
    kind: 'DATE',
    gate: /\(\d{1,2}[/-]\d{1,2}\)/,
    re: /\b(?:pod|hd|ppd|dol|hospital[ \t]+day|day|yesterday|today|tonight|tomorrow|overnight|last[ \t]+night|this[ \t]+(?:am|pm|morning|evening|afternoon))[ \t]*#?[ \t]*\d{0,3}[ \t]*\((\d{1,2}[/-]\d{1,2})\)/gi,
    group: 1,
    priority: 6,
    check: (m) => monthDay(...(m[1]!.split(/[/-]/) as [string, string])),
  },
  // "last saw him on may 18,", "died at home on may 23": a lower-case "may" and its day after a word that dates it.
  {
    rule: 'date-written',
    kind: 'DATE',
    words: wordGate('may'),
    re: /\b(?:on|since|until|till|by|before|after|from|through|thru)[ \t]+(may[ \t]+(?:[12]?\d|3[01])(?:st|nd|rd|th)?)\b/g,
    group: 1,
    priority: 6,
    check: (m, text) => !NOT_AFTER_DATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)),
  },
  // "LMP 6-2, EDC 10-3", "rhogam given 4-28", "removed on or around 02-20", "LMP 12.20": a month and day with a dash or
  // a dot after a word that dates it, where no count or measure follows.
  {
    rule: 'date-month-day-cue',
    kind: 'DATE',
    gate: /\d[.-]\d/,
    re: /(?<![\w/.-])(\d{1,2})([.-])(\d{1,2})(?![\w/]|[.-]\d)/g,
    priority: 5,
    check: (m, text) => {
      if (!monthDay(m[1]!, m[3]!)) return false;
      const before = text.slice(Math.max(0, m.index - 48), m.index);
      if (!DASH_CUE.test(before) || NOT_AFTER_DATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return false;
      // A dot reads as a decimal but for the strongest cues; a rising pair of small numbers is a range ("since 2-3").
      if (m[2] === '.') return /\b(?:lmp|edc|edd|lnmp|on\s+or\s+around|on\s+or\s+about|dated)[ \t]*:?[ \t]*$/i.test(before) && m[3]!.length === 2;
      return !(Number(m[1]) <= 9 && Number(m[3]) > Number(m[1]) && Number(m[3]) - Number(m[1]) <= 4 && !/\b(?:lmp|edc|edd|lnmp)[ \t]*:?[ \t]*$/i.test(before));
    },
  },
  // "FILLED 2/2 AT WALGREENS", "given 2/4 and 3/19": a month and day after what was done on a day, before the phrase
  // goes on to where, by whom or another date. A pair of small rising numbers alone reads as a fraction ("applied 1/2 to the
  // area"); beside another date it is one too.
  {
    rule: 'date-month-day',
    kind: 'DATE',
    words: DOSE_GATE,
    re: new RegExp(String.raw`\b${DOSE_VERB}[ \t]+(\d{1,2}\/\d{1,2})(?![\d/])(?:[ \t]+and[ \t]+(\d{1,2}\/\d{1,2})(?![\d/]))?(?=[ \t]+(?:at|by|and|in|per|from|to|via|with)\b|[ \t]*[;,](?:[ \t]|$)|[ \t]*\.(?:[ \t]|$)|[ \t]*(?:\r?\n|$)|[ \t]+\((?:day|lot|dose|week|wk|cycle|c\d)\b)`, 'gi'),
    group: 1,
    priority: 5,
    check: (m, text) => {
      const days = [m[1]!, m[2]].filter((x): x is string => x !== undefined);
      if (!days.every((x) => { const [mo, d] = x.split('/').map(Number) as [number, number]; return mo >= 1 && mo <= 12 && d >= 1 && d <= 31; })) return false;
      // "collected 2/4 at 07:30": a clock time after it makes a small pair a day, unless it is a half, a third or a quarter.
      if (days.length === 1 && !/^(?:1\/[2348]|2\/3|3\/4)$/.test(days[0]!) && /^[ \t]+at[ \t]+\d{1,2}:?\d{2}\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
      return days.length === 2 ? !days.every(smallFraction) : !smallFraction(days[0]!);
    },
  },
  // "HUS 6/2: grade III IVH", "echo 7/7: PDA closed": a study, its month and day, and the colon its findings follow.
  { rule: 'date-month-day', kind: 'DATE', words: wordGate('hus cus us echo eeg mri cxr kub ct ua abr rop eye exam xr mra'), re: /\b(?:hus|cus|head[ \t]+us|echo|eeg|mri|mra|cxr|kub|ct|xr|ua|abr|rop[ \t]+exam|eye[ \t]+exam)[ \t]+((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?=[ \t]*:)/gi, group: 1, priority: 5 },
  // The second of such a pair ("given 2/4 and 3/19"), unless a dose's unit follows or both read as fractions.
  { rule: 'date-month-day', kind: 'DATE', words: DOSE_GATE, re: new RegExp(String.raw`\b${DOSE_VERB}[ \t]+(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])[ \t]+and[ \t]+((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\d/])(?![ \t]*(?:tabs?|tablets?|pills?|mg|mcg|ml|units?|caps?|capsules?|doses?|of|strength|inch|in)\b)`, 'gi'), group: 1, priority: 5, check: (m) => !m[0].match(/\d{1,2}\/\d{1,2}/g)!.every(smallFraction) },
  // "may 10: l heel dtpi has evolved", "APRIL 15: ...": a month and day opening a line before its colon, in any case.
  { rule: 'date-month-day', kind: 'DATE', words: wordGate('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'), re: /(?:^|\n)[ \t]*((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)[ \t]*:/gi, group: 1, priority: 5 },
  // "stsg to r hand 8/8 by dr. funk": a month and day before who did it.
  { rule: 'date-month-day', kind: 'DATE', words: wordGate('dr drs'), re: /(?<![\d/.])((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))[ \t]+by[ \t]+drs?\b/gi, group: 1, priority: 5 },
];
