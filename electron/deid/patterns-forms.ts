// Identifiers in the shapes of documents other than notes: e-prescriptions, EMS run sheets, registries,
// consent forms, device logs, portal messages, and the numbers and dates of other countries. Written
// against the sixth formats wave (eval/formats.ts), which was measured before any of these existed.
import type { PatternRule } from './patterns';
import { wordGate } from './tokens';

const MONTHS_ABROAD =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|' +
  'januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|dezember|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro';
/** Weekdays in Spanish, Portuguese and French, before a date written in those languages. */
const WEEKDAYS_ABROAD = 'lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda|ter[çc]a|quarta|quinta|sexta|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const MONTH_WORD = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Letters of a cue in either case, leaving the rest of the pattern case-sensitive ("MVC at Elm", not "mvc at elm"). */
function ci(source: string): string {
  return source.replace(/(\\.)|([a-z])/g, (all, esc: string | undefined, ch: string | undefined) => esc ?? `[${ch}${ch!.toUpperCase()}]`);
}
/** What follows a slash and is no one's initials: units, routes, frequencies and "and/or". */
const NOT_INITIALS = /^(?:kg|hr|hrs|min|day|dl|ml|mg|mcg|wk|mo|yr|or|and|po|iv|im|sq|sc|pr|prn|bid|tid|qid|qd|hs|ac|pc|cc|mm|cm|in|ft|lb|lbs|oz|nd|rd|th|st|ng|og|gt|neb|sec|ms|hpf|lpf|ul|mmol|meq|mol|dose|amp|tab|cap|gtt|per|sat|bpm|rr|hr|bp|sob|cp|cx|hx|dx|tx|rx|sx|fx|lt|rt|sp|pt|yo|ea)$/;
/** What nurses write negated after a dash: "-BM", "-SOB", "-CP", "-HA". */
const NEGATED_SIGNS = /^(?:bm|bs|cp|ha|nv|sob|hr|bp|rr|le|ue|dm|mi|pe|uti|gi|gu|ns|loc|doe|pnd|fev|chf|dvt|edema|flatus|void|sz|st|vt|af|pvc|pac|rub|gag|cough|pain|rash|fx|bleed)$/;
/** Months in the languages above, as their words are keyed (marks folded: "février" is "fevrier"), and in English. */
const MONTH_WORDS_ABROAD = wordGate(
  `${MONTHS_ABROAD.replace(/\[([^\]]+)\]/g, (_all, set: string) => set[1] ?? '').replace(/[éèê]/g, 'e').replace(/[äà]/g, 'a').replace(/[ûù]/g, 'u').replace(/ç/g, 'c').split('|').join(' ')} ${MONTH_WORD.toLowerCase().split('|').join(' ')}`,
);
/** "fingerprint", "palm vein", "face-scan": the second word alone or written onto the first. */
const BIOMETRIC_SECOND = ['vein', 'print', 'scan', 'geometry', 'template', 'signature', 'pattern'];
const BIOMETRIC_WORDS = wordGate(
  [...BIOMETRIC_SECOND, ...['palm', 'finger', 'hand', 'retina', 'retinal', 'iris', 'face', 'facial', 'voice', 'gait', 'vein'].flatMap((a) => BIOMETRIC_SECOND.map((b) => a + b))].join(' '),
);
const ROMAN_MONTH = 'XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I';

/** One gate for the rules led by labels that notes rarely use: a note without any of these words skips them all (each
 * label is a whole word in its rule, so a word gate is exact; "RegNo" is written as one word). */
const RARE_LABELS = wordGate('aadhaar aadhar uid uidai medicare hcn phn ohip ramq card carte immatriculation kennzeichen matricula targa reg registration regno registrationno user username login screen handle');

const DENOMINATION = 'Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal|Adventist|Congregational|Apostolic|Evangelical|A\\.?M\\.?E\\.?(?:\\s+Zion)?|Orthodox|Catholic|Reformed';
const CHURCH_WORDS = wordGate('church chapel cathedral tabernacle temple synagogue mosque parish ministries baptist methodist lutheran presbyterian episcopal pentecostal adventist ame');
/** One to three capitalized words, then a denomination and a church word, or a church word, or a denomination that a
 * person attends (the name's own words are checked against CHURCH_NOT_NAME). */
const CHURCH_RE = new RegExp(
  `\\b((?:(?:St|Mt)\\.?\\s+)?\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}'’]+){0,2}?)\\s+(?:(?:(?:Missionary\\s+)?(?:${DENOMINATION})\\s+)?(?:Church|Chapel|Cathedral|Tabernacle|Temple|Synagogue|Mosque|Parish|Ministries)\\b|(?:Missionary\\s+)?(?:${DENOMINATION})(?=\\s+(?:church|congregation|pastor|minister|members?|community)\\b|\\s*[.,;)]|\\s*$))`,
  'gu',
);
/** Words that make the run before a church word no congregation's name: denominations, articles, places in general. */
const CHURCH_NOT_NAME = /^(?:The|A|An|His|Her|Their|Our|My|Local|Nearby|Attends|Attended|Member|Pastor|Every|Each|This|That|Same|Catholic|Roman|Southern|United|American|Greek|Russian|Free|Black|National|Independent|Evangelical|Reformed|Primitive|Missionary|Christian|Jewish|Muslim|Hindu|Buddhist|Sikh|Mormon|Goes|Went|Church|No|Any|Some|In|At|To|From|Of|And|Or)(?:\s|$)|^(?:\p{Lu}[\p{L}'’]+\s+)*(?:Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal|Catholic|Orthodox|Christian|Hospital|Medical|Hospice)$/u;

const NATIONAL_ID_WORDS = wordGate('sin nas cpf curp rfc dni nie nif rut run cuit cuil personnummer fodselsnummer henkilotunnus hetu bsn pesel codice nino ni pps ppsn cnp egn oib amka tc');

/** Short words a board's staff cell holds that are no one's initials. */
const NOT_STAFF_INITIALS = /^(?:to|at|on|in|is|pt|ok|pm|am|iv|po|er|ed|or|no|by|na|yes|per|see|tbd|unk|and|the|off|out|rn|md|np|pa)$/i;

export const FORM_RULES: readonly PatternRule[] = [
  // Dates.
  // "signed this 15th day of December, 1949": the day and month of a deed's date.
  { rule: 'date-day-of', kind: 'DATE', re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+day\\s+of\\s+(?:${MONTH_WORD})\\b`, 'gi'), gate: /day\s+of/i, priority: 7 },
  // "your letter of the 20th inst.": this month's (ult. last month's, prox. next month's) 20th.
  { rule: 'date-inst', kind: 'DATE', re: /\b\d{1,2}(?:st|nd|rd|th)\s+(?:inst|ult|prox)\b\.?/gi, words: wordGate('inst ult prox'), priority: 7 },
  // "Julian date 1970-251", "(YYYY-DDD) 1973-113": the day of the year goes, the year stays.
  { rule: 'date-julian', kind: 'DATE', re: /\b(?:julian|ordinal|yyyy-?ddd|day\s+of\s+(?:the\s+)?year|doy|jd)\b[^\n\d]{0,20}(?:19|20)\d{2}-?(\d{3})\b/gi, group: 1, words: wordGate('julian ordinal yyyy yyyyddd doy jd year'), priority: 7, check: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 366 },
  // "seen week 47 of 1994": a week of a year is finer than the year.
  { rule: 'date-week-of', kind: 'DATE', re: /\b(?:week|wk)\s*#?\s*\d{1,2}(?=\s+(?:of|in)\s+(?:19|20)\d{2}\b)/gi, gate: /w(?:ee)?k/i, priority: 7 },
  // "14 de marzo 1982", "3. September 1942", "le 3 mars", "am 3. März": dates in Spanish, French, German,
  // Italian and Portuguese (and an English month after a German day's period).
  // A weekday before ("viernes 13 de marzo", "sexta-feira, 4 de março") and a year after ("21 de dezembro de 2015") go with it.
  { rule: 'date-abroad', kind: 'DATE', words: MONTH_WORDS_ABROAD, re: new RegExp(`(?:\\b(?:${WEEKDAYS_ABROAD})(?:-feira)?,?\\s+(?:el\\s+|le\\s+)?)?\\b\\d{1,2}(?:\\.|º|er)?\\s+(?:de\\s+)?(?:${MONTHS_ABROAD}|${MONTH_WORD})(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(?:19|20)\\d{2}\\b)?`, 'giu'), priority: 7, check: (m) => Number(/\d+/.exec(m[0])![0]) >= 1 && Number(/\d+/.exec(m[0])![0]) <= 31 },
  // "12.X.2010", "5-IV-1988": a day and a month in Roman numerals; the year stays.
  { rule: 'date-roman', kind: 'DATE', re: new RegExp(`\\b(\\d{1,2}[./-](?:${ROMAN_MONTH}))(?=[./-](?:19|20)?\\d{2}\\b)`, 'g'), group: 1, priority: 7, check: (m) => Number(m[1]!.split(/[./-]/)[0]) >= 1 && Number(m[1]!.split(/[./-]/)[0]) <= 31 },
  // "last mammogram Aug-93", "NOV-50": a month is finer than the year written with it.
  { rule: 'date-mon-yy', kind: 'DATE', words: wordGate('jan feb mar apr may jun jul aug sep sept oct nov dec'), re: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)(?=[-'’](?:\d{2}|(?:19|20)\d{2})\b(?![-/.]\d))/g, group: 1, priority: 6 },

  // 'goes by "Red"', 'answers to "Doc"', 'child "emma"', 'aka "Bubba"': a nickname in quotes after the words that say one is
  // given, whatever word spells it.
  {
    rule: 'name-nickname',
    kind: 'NAME',
    words: wordGate('goes answers nicknamed nickname aka child prefers preferred'),
    re: /\b(?:goes[ \t]+by|answers[ \t]+to|nicknamed|nick-?name(?:[ \t]+is)?|a\.?k\.?a\.?|child|prefers[ \t]+to[ \t]+be[ \t]+called|preferred[ \t]+name(?:[ \t]+is)?)[ \t]*:?[ \t]*["“]([\p{L}][\p{L}'’.-]*(?:[ \t]+[\p{L}][\p{L}'’.-]*)?)["”]/giu,
    group: 1,
    priority: 6,
    // After "child" a quote of several words is what the child said.
    check: (m) => !/^child/i.test(m[0]) || !/\s/.test(m[1]!),
  },
  // "seen the 3rd of this month": a day of a month named by when it is.
  { rule: 'date-ordinal', kind: 'DATE', re: /\b(the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th))\s+of\s+(?:this|last|next|that|the\s+(?:same|previous|following))\s+month\b/gi, group: 1, words: wordGate('month'), priority: 6 },
  // "ISO week 2021-W09-3": a week and weekday of a year are finer than the year, which stays.
  { rule: 'date-week-of', kind: 'DATE', re: /\b(?:19|20)\d{2}-?(W[0-5]\d(?:-?[1-7])?)\b/g, group: 1, priority: 8 },

  // Ages over 89.
  // "Pt age 99Y M", "101Y F", "93 y F": triage shorthand.
  { rule: 'age-over-89', kind: 'AGE', re: /\b(9\d|1[0-4]\d)\s?(?:Y|y|yrs?|YRS?)\.?(?=\s*\/?\s*(?:[MF]\b|male|female|man|woman|old\b|o\b))/g, priority: 6, check: (m, text) => !/[\d.,/-]/.test(text[m.index - 1] ?? '') },
  // "born 1921", "DOB: 1931", "YOB 1928": a birth year alone is kept unless it says the person is over 89 (Safe Harbor
  // folds such years into "90 or older"); judged against this year, so an old note may lose a year it could keep.
  { rule: 'age-birth-year', kind: 'AGE', re: /\b(?:born(?:\s+(?:in|on))?|b\.|dob|d\.o\.b\.?|date\s+of\s+birth|year\s+of\s+birth|birth\s*year|yob)[ \t]*[:#-]?[ \t]*((?:18|19|20)\d\d)(?![\d/.-]\d|['’]?s\b)/gi, words: wordGate('born b dob d o date year birth birthyear yob'), group: 1, priority: 6, check: (m) => Number(m[1]) <= new Date().getUTCFullYear() - 90 },
  // "pt, 92, lives alone", "her mother, 94, ...": an age set off by commas after a person.
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:pt|patient|he|she|who|mother|father|mom|dad|husband|wife|spouse|aunt|uncle|grandmother|grandfather|widow|widower|resident|client|participant|member|veteran|gentleman|lady|woman|man|diner|guest)\s*,\s*(9\d|1[0-2]\d)\s*,/gi, group: 1, priority: 6 },
  // "PT IS NINETY-TWO", "she turned ninety": a spelled age said of a person.
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:pt|patient|he|she|who)\s+(?:is|was|turned|turns|turning|will\s+be)\s+(ninety(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one\s+hundred(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?|a\s+hundred)\b/gi, words: wordGate('ninety hundred'), group: 1, priority: 6 },
  // "ages 90 and 92", "aged 91 and 95": every age of the list. "90+ yo": an age given as at least.
  { rule: 'age-over-89', kind: 'AGE', re: /(?<=\bages?\s+(?:\d{1,3}\s*(?:,|and|&)\s*)+)(9\d|1[0-2]\d)\b/gi, words: wordGate('age ages'), group: 1, priority: 6 },
  { rule: 'age-over-89', kind: 'AGE', re: /\b(9\d|1[0-2]\d)\+\s*(?:yo\b|y\/o|y\.o\.|years?\b|yrs?\b)/gi, group: 1, priority: 6 },
  // "celebrated her 100th birthday": an ordinal birthday over 89.
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:9\d|1[0-2]\d)(?:st|nd|rd|th)(?=\s+birthday\b)/gi, words: wordGate('birthday'), priority: 6 },
  // "Father (92) lives with her": a relative's age in parentheses.
  { rule: 'age-over-89', kind: 'AGE', re: /\b(?:mother|father|mom|dad|aunt|uncle|grandmother|grandfather|grandma|grandpa|husband|wife|spouse|partner|sister|brother|son|daughter|friend|neighbou?r|mil|fil)\s*\((9\d|1[0-4]\d)\)/gi, gate: /\((?:9\d|1[0-4]\d)\)/, group: 1, priority: 6 },
  // "92 años", "94 Jahre alt", "96 ans", "edad: 93": ages written in Spanish, Portuguese, French, German, Italian, Dutch.
  { rule: 'age-over-89', kind: 'AGE', re: /\b(9\d|1[0-2]\d)(?=\s+(?:años|anos|ans|jahre|jahren|anni|jaar)(?![\p{L}]))|(?<=\b(?:edad|idade|alter|âge|età|leeftijd)\s*[:|=]?\s*)(9\d|1[0-2]\d)\b/giu, gate: /años|anos|ans\b|jahre|anni|jaar|edad|idade|alter|âge|età|leeftijd/i, priority: 6 },
  // "a woman of 102", "died at 96", "passed away aged 97": an age with no unit after a person or a death.
  { rule: 'age-over-89', kind: 'AGE', re: /(?<=\b(?:(?:a|an|the)\s+(?:\w+\s+)?(?:woman|man|lady|gentleman|female|male|widow|widower|veteran|resident|patient|grandmother|grandfather)\s+of|(?:died|passed(?:\s+away)?|deceased|expired)\s+(?:at|aged?|at\s+age)|at\s+the\s+age\s+of)\s+)(9\d|1[0-2]\d)\b(?!\s*(?:%|mg|mcg|ml|cc|units?|kg|lbs?|bpm|mmhg|degrees?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|feet|ft|cm|mm|[:/.]\d))/gi, words: wordGate('of died passed deceased expired'), priority: 6 },

  // "resident: wm woods, 90f, rm 230b": an age over 89 written with the sex's letter after a name (not a temperature).
  { rule: 'age-over-89', kind: 'AGE', gate: /,[ \t]*(?:9\d|1[01]\d)[ \t]?[mf]\b/i, re: /(?<=[\p{L}.)],[ \t]*)(9\d|1[01]\d)[ \t]?[mf](?![\p{L}\d°])/giu, group: 1, priority: 6, check: (m, text) => !/\b(?:temp|tmax|tcurrent|t|fever|febrile|afebrile|spiked|to)\b[^\n,]{0,6},?[ \t]*$/i.test(text.slice(Math.max(0, m.index - 24), m.index)) },
  // "security officers Bird and Collier responded": two officers named together.
  { rule: 'name-officers', kind: 'NAME', words: wordGate('officers guards'), re: /\b(?:officers|guards)[ \t]+([\p{L}][\p{L}'’-]+[ \t]+(?:and|&)[ \t]+[\p{L}][\p{L}'’-]+)(?=[ \t]+(?:responded|arrived|present|assisted|were|at|to|notified|on[ \t]+scene)\b)/giu, group: 1, priority: 5 },
  // "ME wolf declined jurisdiction": the medical examiner by name.
  { rule: 'name-examiner', kind: 'NAME', gate: /\bME[ \t]/, re: /\bME[ \t]+((?!(?:office|notified|aware|case|called|contacted|declined|accepted|to|will|was|is|has)\b)[\p{L}][\p{L}'’-]+)(?=[ \t]+(?:declined|accepted|notified|aware|took|released|called|will|to)\b)/gu, group: 1, priority: 5 },
  // "REGISTERED UNDER TRAUMA ALIAS TRAUMA, COBALT": an unknown patient's alias.
  { rule: 'name-trauma-alias', kind: 'NAME', words: wordGate('alias registered'), re: /\b(?:alias|registered[ \t]+(?:as|under))[ \t]+(?:trauma[ \t]+alias[ \t]+)?(trauma,[ \t]*[A-Za-z]+(?:[ \t]+\d{2,5})?)\b/gi, group: 1, priority: 6 },
  // A tracking board's row: "braga, lora | 64m", "h3  sav, gi  49m": "last, first" before the age and sex.
  { rule: 'name-board-row', kind: 'NAME', gate: /,[^\n]{1,30}(?:\||[ \t]{2})[ \t]*\d{1,3}[ \t]?[mf]\b/i, re: /(?<=(?:^|\||[ \t]{2})[ \t]*)([\p{L}][\p{L}'’-]+,[ \t]*[\p{L}][\p{L}'’-]+)(?=[ \t]*(?:\||[ \t]{2})[ \t]*\d{1,3}[ \t]?[mfMF]\b)/gmu, group: 1, priority: 6 },
  // A board's or a stamp's staff initials: "| rn shd |", "Triage RN: MVR", "RN:CS" at a row's end.
  { rule: 'name-initials-sign', kind: 'NAME', words: wordGate('rn md np pa tech'), re: /\|[ \t]*(?:rn|md|np|pa|tech)[ \t]+([A-Za-z]{2,3})(?=[ \t]*\|)/gi, group: 1, priority: 5, check: (m) => !NOT_STAFF_INITIALS.test(m[1]!) },
  { rule: 'name-initials-sign', kind: 'NAME', words: wordGate('rn md np pa tech'), re: /\b(?:rn|md|np|pa|tech)[ \t]*:[ \t]*([A-Za-z]{2,3})(?=[ \t]*(?:$|\r?\n|\|))/gim, group: 1, priority: 5, check: (m) => !NOT_STAFF_INITIALS.test(m[1]!) },
  // "USDOT #760485", "Service No.: NG 81 107 168", "C-file no.: C 25 703 710": a carrier's, a service member's and a VA file's number.
  { rule: 'service-number', kind: 'ID', words: wordGate('usdot dot service file'), re: /\b(?:us[ \t]?dot|service[ \t]+(?:no|number|#)|c-?file(?:[ \t]+(?:no|number|#))?)\.?[ \t]*[#:]?[ \t]*([A-Z]{0,2}[ \t]?\d[\d \t-]{3,14}\d)\b/gi, group: 1, priority: 6 },
  // "617th military police company", "b company, 3-334th infantry", "3rd Brigade Combat Team": a unit at brigade level or below.
  { rule: 'military-unit', kind: 'ID', words: wordGate('company battalion squadron brigade regiment detachment battery infantry'), re: /\b(?:\d{1,4}(?:st|nd|rd|th)[ \t]+(?:[a-z]+[ \t]+){0,3}(?:company|battalion|squadron|brigade(?:[ \t]+combat[ \t]+team)?|regiment|detachment|battery)|[a-h][ \t]+(?:company|co\.?|battery|troop),[ \t]*\d-\d{1,4}(?:st|nd|rd|th)[ \t]+[a-z]+)\b/gi, priority: 5 },
  // "covering tonight is Dr. Barros, p21685", "Dr. Saraiva, P6-6336": a clinician's pager after their name.
  { rule: 'pager-after-name', kind: 'PHONE', re: /(?<=,[ \t]*)p[ \t]?#?[ \t]?(\d{1,2}-\d{4}|\d{5,6})(?![\d-])/gi, group: 1, gate: /,[ \t]*p[ \t]?#?[ \t]?\d/i, priority: 6, check: (m, text) => /\b(?:dr|md|np|pa|rn|do|covering|float|fellow|resident|intern|attending|hospitalist)\b\.?[^\n]{0,30}$/i.test(text.slice(Math.max(0, m.index - 40), m.index)) },
  // "NAME ALERT: pt w/ same last name (wise) in rm 6": the other patient's name that a name alert warns of.
  { rule: 'name-alert', kind: 'NAME', re: /\b(?:same|similar|sound[ \t-]?alike|look[ \t-]?alike)[ \t]+(?:last[ \t]+|first[ \t]+|sur)?names?[ \t]*\(([\p{L}][\p{L}'’-]+(?:[ \t]+[\p{L}][\p{L}'’-]+)?)\)/giu, group: 1, gate: /name/i, priority: 6 },
  // Initials that sign: "reviewed /ck.", "thanks -- D.W.", transcription lines "DD: 3/4 DT: 3/5 AC/dk".
  // Slash initials end their line or follow a signing word ("reviewed /ck"); mid-line a slash is shorthand ("d5 /ns").
  { rule: 'name-initials-sign', kind: 'NAME', re: /\/([a-z]{2,3})\b(?=[.;,|"')]?(?:\s|$|"|\|))/gm, group: 1, gate: /\/[a-z]/i, priority: 6, check: (m, text) => (m.index === 0 || /[\s"'(:]/.test(text[m.index - 1]!)) && !NOT_INITIALS.test(m[1]!) && (/^[.;,|"')]?\s*(?:$|\n|["|])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || /\b(?:reviewed|signed|cosigned|co-signed|entered|noted|dictated|transcribed|verified|seen|approved|by|per|thanks)\.?,?\s{1,3}$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) },
  // "PT RESTING COMFORTABLY. -HB": a nurse's initials after a dash end the note. Elsewhere a dash before letters
  // is a negative ("-BM", "-SOB", "-N/V"), and so are those abbreviations even at the end.
  { rule: 'name-initials-sign', kind: 'NAME', re: /(?<=[.;!]\s{1,3}|^)-\s?([A-Z]{2,3}|[a-z]{2,3})\s*$/g, group: 1, gate: /-\s?[A-Za-z]{2,3}\s*$/, priority: 6, check: (m) => !NEGATED_SIGNS.test(m[1]!.toLowerCase()) },
  { rule: 'name-initials-sign', kind: 'NAME', re: /(?<=\s|^)(?:--|—|–)\s*((?:[A-Z]\.\s?){2,3})(?=[.;,|]?(?:\s|$|"|\|))/g, group: 1, gate: /--|—|–/, priority: 6 },
  { rule: 'name-initials-sign', kind: 'NAME', re: /\b([A-Z]{2,3}\/[a-z]{2,3})\b(?=[.;,"|]?(?:\s|$|\|))/g, gate: /[A-Z]\/[a-z]/, priority: 6, check: (m, text) => /\b(?:DD|DT|D|T|cc)\s*:/.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)) },

  // "s/w gene following for placement": the social worker's name after the abbreviation, before what they do.
  { rule: 'name-role', kind: 'NAME', re: /\b[Ss]\/[Ww]\s+([A-Z][a-z]+|[A-Z]{2,}|[a-z]{3,})(?=\s+(?:following|FOLLOWING|aware|AWARE|to\s+follow|TO\s+FOLLOW|notified|NOTIFIED|consulted|CONSULTED|spoke|SPOKE|met|MET|called|CALLED|in\s+to|IN\s+TO|saw|SAW|updated|UPDATED)\b)/g, group: 1, gate: /[Ss]\/[Ww]/, priority: 5, check: (m) => !/^(?:following|aware|consult|consulted|notified|team|dept|department|eval|note|services?|involved|is|was|has|will|to|and|rn|md)$/i.test(m[1]!) },
  // "intubated mar 11", "SINCE OCT 3": a short month and day in one case after a word that dates ("dec" is decreased).
  { rule: 'date-month-day', kind: 'DATE', words: wordGate('jan feb mar apr jun jul aug sep sept oct nov'), re: /\b(?:since|on|until|from|by|due|dated|last|next|intubated|extubated|admitted|discharged|started|stopped|placed|removed|changed|seen|done|born)\s+((?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV)\.?\s+(?:[12]?\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH)?)\b(?!\s*(?:mg|mcg|ml|cc|units?|%|hrs?|days?|x\b))/g, group: 1, priority: 5 },

  // Numbers of records, cases and people.
  // A member ID with its dependant suffix: "YNM91928319*02".
  { rule: 'member-suffix', kind: 'HEALTH_PLAN', re: /\b[A-Z]{2,4}\d{6,12}\*\d{2}\b/g, gate: /\*/, priority: 8 },
  // "user moyelaran67", "portal user: sokafor66", "login ID ebrennan26": a user name with a digit or a separator in it.
  { rule: 'username', kind: 'ID', re: /\b(?:user(?:\s*name)?|login(?:\s+id)?|portal\s+user|user\s+id|screen\s+name|handle)\b\s*[:#=]?\s*((?=[a-z0-9._-]*(?:\d|[._][a-z]))[a-z][a-z0-9._-]{2,31})(?![\w@])/gi, group: 1, words: RARE_LABELS, priority: 6 },
  // FHIR references: "Patient/62d0e1e7-962c-2e1c".
  { rule: 'fhir-reference', kind: 'ID', re: /\b(?:Patient|Person|RelatedPerson|Practitioner|Encounter|Account|Coverage|EpisodeOfCare)\/[A-Za-z0-9][A-Za-z0-9.-]{0,63}\b/g, gate: /\//, priority: 7, check: (m) => /\d/.test(m[0]) },
  // Federal court dockets: "4:75-cv-85280".
  { rule: 'court-docket', kind: 'ID', re: /\b\d:\d{2}-(?:cv|cr|mc|mj|bk|ap|md|po)-\d{3,6}(?:-[A-Z]{2,4})?\b/gi, priority: 7 },
  // An age at death over 89 as pedigrees and histories write it: "d. 2015 at 94", "died in 2009 at age 103", "passed away at 91".
  { rule: 'age-over-89', kind: 'AGE', words: wordGate('d died death deceased passed'), re: /\b(?:d\.|died|deceased|passed(?:[ \t]+away)?)[ \t]+(?:in[ \t]+)?(?:(?:19|20)\d{2}[ \t]+|of[ \t]+[a-z ]{3,30}?[ \t]+)?(?:at|aged?)[ \t]+(?:the[ \t]+)?(?:age[ \t]+(?:of[ \t]+)?)?(9\d|1[0-2]\d)\b(?![.\d%])/gi, group: 1, priority: 6 },
  // A surname named as one: "share the surname Hill", "the FROST surname appears", "maiden name Brown", "née Carpenter".
  { rule: 'name-surname-cue', kind: 'NAME', words: wordGate('surname maiden nee n'), re: /\b(?:surname|maiden[ \t]+name|née|nee)[ \t]+(?:is[ \t]+|was[ \t]+)?([\p{L}][\p{L}'’-]+)/giu, group: 1, priority: 6, check: (m) => !/^(?:is|was|of|and|the|unknown|same|not|changed|different|on|in|at|as|appears|appeared|appear|from|listed|given|spelled|spelling|unchanged|only|also|for|with)$/i.test(m[1]!) },
  { rule: 'name-surname-cue', kind: 'NAME', words: wordGate('surname'), re: /\bthe[ \t]+([\p{L}][\p{L}'’-]+)[ \t]+(?:surname|family[ \t]+name)\b/giu, group: 1, priority: 6, check: (m) => !/^(?:same|family|common|patient['’]?s|father['’]?s|mother['’]?s|husband['’]?s|maiden|married|legal|new|old|original|birth)$/i.test(m[1]!) },
  // A death certificate's age item: "4a. AGE-Last Birthday (Years): 98".
  { rule: 'age-over-89', kind: 'AGE', words: wordGate('age'), re: /\bage(?:[ \t]*-[ \t]*last[ \t]+birthday)?(?:[ \t]*\((?:years|yrs)\))?[ \t]*:[ \t]*(9\d|1[0-4]\d)\b(?![.\d])/gi, group: 1, priority: 6 },
  // Names a tattoo or an engraving carries: 'the names "Ansel" and "Buck"', 'engraved "MAJOR & SUMMER 1965"', 'in loving
  // memory constance 1950-2013'.
  { rule: 'name-inscribed', kind: 'NAME', words: wordGate('names name'), re: /\bthe[ \t]+names?[ \t]+["“]([\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+)?)["”]/giu, group: 1, priority: 6 },
  { rule: 'name-inscribed', kind: 'NAME', words: wordGate('names name'), re: /\bthe[ \t]+names?[ \t]+["“][^"”\n]{1,30}["”][ \t]*(?:and|&|,)[ \t]*["“]([\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+)?)["”]/giu, group: 1, priority: 6 },
  { rule: 'name-inscribed', kind: 'NAME', words: wordGate('engraved inscribed reading'), re: /\b(?:engraved|inscribed|reading)[ \t]+["“](?:in[ \t]+loving[ \t]+memory[ \t]+(?:of[ \t]+)?)?([\p{L}'’-]+(?:[ \t]*(?:&|and|\+)[ \t]*[\p{L}'’-]+)?)(?=[ \t]+(?:19|20)\d{2}|["”])/giu, group: 1, priority: 6, check: (m) => !/^(?:mom|dad|love|forever|faith|hope|rip|mother|father|always|family)$/i.test(m[1]!) },
  { rule: 'name-inscribed', kind: 'NAME', words: wordGate('memory'), re: /\bin[ \t]+loving[ \t]+memory[ \t]+(?:of[ \t]+)?([\p{L}'’-]{2,}(?:[ \t]+[\p{L}'’-]{2,})?)(?=[ \t]+(?:19|20)\d{2}|["”])/giu, group: 1, priority: 6 },
  // A child-protection or court file by its year and serial: "CPS case 2012-657254", "intake #2014-459388".
  { rule: 'case-year-serial', kind: 'ID', words: wordGate('case intake referral report complaint investigation petition cps dcf dss'), re: /\b(?:case|intake|referral|report|complaint|investigation|petition)[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*((?:19|20)\d{2}-\d{4,8})(?![\w-])/gi, group: 1, priority: 7, check: (m) => !/-(?:19|20)\d{2}$/.test(m[1]!) },
  // Labels of numbers that name one prescription, report, run or meeting: "prescription # 39-335781",
  // "RPT# 22-477723", "PD case 69-815150", "PCR# 1997-689960", "Run # 2016-932376", "ACC# RAD93-2506029",
  // "Webex #199 6770 7695", "Member: CYB80458492*02".
  { rule: 'labelled-record', kind: 'ID', re: /\b(?:rx|prescription|script|rpt|report|pd\s+case|police\s+(?:case|report)|pcr|run|incident|acc|accession|webex|zoom|teams|meeting(?:\s+id)?|conference\s+id|member|mem|claim|icn|dcn|tcn)\s*(?:no\.?|number|id|#)?\s*[:#]?\s*(\d{3,4}(?:\s\d{3,4}){1,3}(?![\w-])|(?=[A-Z0-9*-]*\d)[A-Z]{0,5}\d[\dA-Z]*(?:[-*][\dA-Z]+){0,3}(?:\s\d{2}(?=\s*(?:[.,;|]|$)))?(?![\w-]))/gim, group: 1, priority: 6, check: (m) => (m[1]!.match(/\d/g) ?? []).length >= 5 && !/^\d{1,2}[-/]\d{1,2}$/.test(m[1]!) && !/^(?:19|20)\d{2}-(?:19|20)?\d{2}$/.test(m[1]!) },

  // National identifiers of other countries.
  // Australian Medicare "6582 59134 5", Canadian health cards "9815 552 813" (BC PHN, OHIP, HCN) after their label.
  { rule: 'health-card', kind: 'HEALTH_PLAN', re: /\b(?:medicare|hcn|phn|ohip|ramq|health\s+card|carte\s+soleil)\b\s*(?:card|no\.?|number|#)?\s*[:#]?\s*(\d{4}\s?\d{5}\s?\d(?:\s?\d)?|\d{4}[\s-]?\d{3}[\s-]?\d{3}(?:[\s-]?[A-Z]{2})?)\b/gi, group: 1, words: RARE_LABELS, priority: 7 },
  // Aadhaar "4441 5619 3456" after its label.
  { rule: 'aadhaar', kind: 'SSN', re: /\b(?:aadhaa?r|uid(?:ai)?)\b\s*(?:no\.?|number|#)?\s*[:#]?\s*(\d{4}\s?\d{4}\s?\d{4})\b/gi, group: 1, words: RARE_LABELS, priority: 7 },
  // UK National Insurance numbers: two letters, six digits in pairs, a letter A-D ("QQ 12 34 56 C").
  { rule: 'uk-nino', kind: 'SSN', re: /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g, priority: 7 },
  // A card's last four after its masked digits: "Visa ****1031", "MC xxxx1234", "HSA card ending ••••4421".
  { rule: 'card-last-four', kind: 'ACCOUNT', re: /\b(?:visa|mastercard|mc|amex|discover|card|hsa|fsa|debit|credit)\b[^\n\d*•x]{0,12}(?:[*•xX]{2,}[\s-]?){1,3}(\d{4})\b/gi, group: 1, gate: /[*•]{2}|xx/i, priority: 7 },
  // A professional licence written "RN.796269", "MD.340161".
  { rule: 'licence-dotted', kind: 'LICENSE', re: /\b(?:RN|LPN|LVN|MD|DO|PA|NP|APRN|CNA|RPH|DDS|DMD|DPM|LCSW|LICSW|PT|OT)\.\d{5,8}\b/g, priority: 7 },

  // Biometric templates named with a hyphen or none: "palm-vein template J297-C4CCE7", "fingerprint ID FP-0042".
  { rule: 'biometric-template', kind: 'BIOMETRIC', re: /\b(?:palm|finger|hand|retina|retinal|iris|face|facial|voice|gait|vein)[- ]?(?:vein|print|scan|geometry|template|signature|pattern)\b(?:\s+(?:template|scan|profile|id|no\.?|#))*\s*[:#]?\s*((?=[A-Z0-9-]*\d)[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){0,3})\b/gi, group: 1, words: BIOMETRIC_WORDS, priority: 7 },

  // Telephone numbers after other languages' labels, in their national forms: "tél. 0161 842 1293",
  // "Telefon: 030/4969159", "teléfono 91 123 45 67".
  { rule: 'phone-abroad', kind: 'PHONE', re: /\b(?:t[ée]l[ée]?(?:phone|fono|efon|efone)?|telefon|tlf|fon)\.?\s*[:#]?\s*(\+?\(?\d[\d /().-]{6,18}\d)(?!\d)/gi, group: 1, words: wordGate('tel tele telphone telfono telefon telefone telephone telefono teleefon teleefone tlf fon'), priority: 5, check: (m) => { const d = m[1]!.replace(/\D/g, '').length; return d >= 7 && d <= 15; } },

  // Devices.
  // Cisco's dotted MAC address "848d.1b56.6b14".
  { rule: 'mac-address', kind: 'DEVICE', re: /\b[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\b(?!\.\w)/g, gate: /\.[0-9a-fA-F]{4}\./, priority: 8, check: (m, text) => /[a-fA-F]/.test(m[0]) && text[m.index - 1] !== '.' },
  // IMEI written in its groups: "69 570093 296187 5".
  { rule: 'imei', kind: 'DEVICE', re: /\b\d{2}[\s-]\d{6}[\s-]\d{6}[\s-]\d{1,2}(?!\d|\.\d)/g, priority: 8, check: (m, text) => text[m.index - 1] !== '.' },
  // The first groups of a UUID in capitals or lower case: "FD2260C4-3AEA-1B27".
  { rule: 'uuid-part', kind: 'DEVICE', re: /\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}\b/g, gate: /-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}\b/, priority: 6, check: (m) => /[A-Fa-f]/.test(m[0]) && /\d/.test(m[0]) },

  // Vehicles of other countries after their labels: "immatriculation ADKW 127", "reg. no. B-TK 1806", "XK-883-MH"
  // (not "plaque", a plate in French and a lesion in English).
  { rule: 'plate-abroad', kind: 'VEHICLE', re: /\b(?:(?:immatriculation|kennzeichen|matr[ií]cula|targa)\b|reg(?:istration)?\.?\s*(?:no\.?|#))\s*[:#]?\s*((?=[A-Z0-9 -]{0,10}\d)(?=[A-Z0-9 -]{0,10}[A-Z])[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){1,2})\b/gi, group: 1, words: RARE_LABELS, priority: 7 },

  // Places.
  // "MVC I-95 MM 94", "Rt 9 mile marker 71": a highway's mile marker.
  // An aircraft's tail number ("tail number N512RJ", "N-number N12345") names its owner as a plate does.
  { rule: 'tail-number', kind: 'VEHICLE', re: /\b(?:tail\s*(?:number|no\.?|#)|n-number|aircraft\s+(?:reg(?:istration)?|number|no\.?))\s*[:#]?\s*(N[1-9]\d{0,4}[A-Z]{0,2})\b/gi, group: 1, words: wordGate('tail number aircraft'), priority: 7 },
  // "IG: jane.doe.rn", "Skype: john_smith42", "snapchat: kowal_ski", "discord kowalski#1234", "MyChart login: mkowalski":
  // after a platform's or a portal's name, the account name is the person's, whatever letters it has.
  { rule: 'handle', kind: 'URL', re: /\b(?:instagram|insta|ig|skype|snapchat|snap|discord|tiktok|telegram|wechat|kik|twitter|threads|reddit|github|gamertag|xbox|psn|steam|mychart(?:\s+(?:login|username|user|id))?|portal\s+(?:login|username|id))\s*(?:handle|id|user(?:name)?|name)?\s*[:=]?\s*@?((?=[A-Za-z0-9._#-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9._#-]{2,31}[A-Za-z0-9])(?![\w@-])/gi, group: 1, words: wordGate('instagram insta ig skype snapchat snap discord tiktok telegram wechat kik twitter threads reddit github gamertag xbox psn steam mychart portal'), priority: 6, check: (m, text) => /[\d_.#]/.test(m[1]!) || (/^(?:instagram|skype|snapchat|discord|tiktok|telegram|wechat|twitter|reddit|github|gamertag|mychart)/i.test(m[0]) && /[:=]\s*@?$/.test(text.slice(m.index, m.index + m[0].length - m[1]!.length)) && !/^(?:none|n\/a|na|unknown|declined|done|yes|no)$/i.test(m[1]!)) },
  // "my email is JDoe@gmail": an address cut short of its domain's ending.
  { rule: 'email-partial', kind: 'EMAIL', re: /\b[A-Za-z][A-Za-z0-9._%+-]{1,40}@(?:gmail|yahoo|hotmail|outlook|aol|icloud|comcast|verizon|msn|live|proton(?:mail)?)\b(?!\.[a-z])/gi, words: wordGate('gmail yahoo hotmail outlook aol icloud comcast verizon msn live proton protonmail'), priority: 6 },
  // A payment app's handle, hyphens and all: "Venmo @jane-doe-12", "Cash App $JaneDoe12".
  { rule: 'handle', kind: 'ACCOUNT', re: /\b(?:venmo|cash\s*app|cashapp|zelle)\s*(?:handle|id|user(?:name)?)?\s*[:#]?\s*([@$]?[A-Za-z][A-Za-z0-9_.-]{2,30}[A-Za-z0-9])(?![\w@-])/gi, group: 1, words: wordGate('venmo cash cashapp zelle'), priority: 7, check: (m) => /[@$\d_.-]/.test(m[1]!) },
  // "Calvary Baptist Church", "St. Mark's Episcopal", "Zion Hill A.M.E.": a congregation's name is where someone is found
  // every week. A denomination alone ("Southern Baptist", "Roman Catholic") or "the local church" is no place.
  { rule: 'place-church', kind: 'LOCATION', words: CHURCH_WORDS, re: CHURCH_RE, priority: 5, check: (m) => !CHURCH_NOT_NAME.test(m[1]!) },
  // "Heritage House Healthcare", "Brightview Gardens Senior Living": a name and a residence's word before a kind of care
  // are a care home's name wherever they stand (the kind of care stays, as "Nursing Home" does elsewhere).
  { rule: 'place-care-home', kind: 'LOCATION', words: wordGate('healthcare health nursing rehab rehabilitation senior assisted care memory retirement skilled'), re: /\b(?!(?:The|A|An|Our|His|Her|Their|Local|Nearby|Same|New|Old|Group|Private|Public|Halfway|Sober|Open|Safe)\s)(\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+)?\s+(?:House|Gardens|Garden|Place|Manor|Village|Commons|Court|Terrace|Pointe?|Crossing|Lodge|Hall|Haven|Glen|Ridge|Oaks|Pines|Meadows?|Springs|Hills?|Park|Woods))(?=\s+(?:Healthcare|Health\s+Care|Nursing(?:\s+(?:Home|Center|Centre|Facility))?|Rehab(?:ilitation)?|Senior\s+Living|Assisted\s+Living|Care\s+Cent(?:er|re)|Memory\s+Care|Retirement|Skilled\s+Nursing)\b)/gu, group: 1, priority: 5 },
  // "census tract 2704.01": a tract is a few thousand people, finer than a county.
  { rule: 'census-tract', kind: 'LOCATION', words: wordGate('tract'), re: /\bcensus\s+tract\s*(?:#|no\.?|number)?\s*:?\s*(\d{1,4}(?:\.\d{2})?)\b/gi, group: 1, priority: 7 },
  // "39°17'N 76°36'W", "39° 17′ 26″ N, 76° 36′ 45″ W": coordinates in degrees and minutes.
  { rule: 'gps', kind: 'LOCATION', gate: /°/, re: /\b\d{1,2}°\s?\d{1,2}['′’](?:\s?\d{1,2}(?:\.\d+)?(?:["″”]|''))?\s?[NS],?\s*\d{1,3}°\s?\d{1,2}['′’](?:\s?\d{1,2}(?:\.\d+)?(?:["″”]|''))?\s?[EW]\b/g, priority: 7 },
  // Spelled-out names: "spells surname K-O-W-A-L-S-K-I", "name spelled B-R-Y-N" (not a drug's spelling).
  { rule: 'name-spelled', kind: 'NAME', words: wordGate('spell spells spelled spelling spelt'), re: /(?<=\bspell(?:s|ed|ing|t)?\b[^.\n]{0,30}?)\b(?:[A-Za-z][-. ]){2,}[A-Za-z]\b/g, priority: 6,
    check: (m, text) => /name|spell(?:s|ed|t)?\s*(?:it\s+)?(?:as|:)?\s*$/i.test(text.slice(Math.max(0, m.index - 40), m.index)) },
  // National identity numbers of other countries after their names: "SIN 046 454 286", "CPF 123.456.789-09", "RUT
  // 12.345.678-5", "personnummer 19121212-1212", "PESEL 44051401359" (the whole number, its dots and dashes too).
  { rule: 'national-id', kind: 'SSN', words: NATIONAL_ID_WORDS, re: /\b(?:SIN|NAS|CPF|CURP|RFC|DNI|NIE|NIF|RUT|RUN|CUIT|CUIL|personnummer|f[øo]dselsnummer|henkil[öo]tunnus|HETU|BSN|PESEL|codice\s+fiscale|NINO|NI\s+(?:no|number)|PPSN?|CNP|EGN|OIB|AMKA|TC\s+Kimlik)(?![A-Za-z0-9])\.?\s*(?:no\.?|number|#)?\s*[:#=]?\s*([A-Z0-9](?:[A-Z0-9]|[.-](?=[A-Z0-9])|(?<=\d) (?=\d)){5,22})/gi, group: 1, priority: 8, check: (m) => (m[1]!.match(/\d/g) ?? []).length >= 5 },
  // "C:\\Users\\jsmith\\Desktop", "/home/maria.lopez/scans": the account folder of a file path is its user's name.
  { rule: 'path-user', kind: 'NAME', gate: /(?:users|home|documents and settings)[\\/]/i, re: /(?<=(?:^|[\s"'(=:>]|file:\/\/\/?)(?:[A-Za-z]:)?[\\/](?:Users|home|Documents and Settings)[\\/])(?!(?:Public|Shared|Default|All Users|admin|administrator|root|user|guest|Guest)[\\/])[^\\/\s"'<>|:*?]{2,40}(?=[\\/])/gi, priority: 7 },
  // Wallets: Bitcoin (bech32 "bc1...", base58 "1..."/"3..."), Ethereum ("0x" and 40 hex digits).
  { rule: 'crypto-wallet', kind: 'ACCOUNT', re: /\b(?:bc1[ac-hj-np-z02-9]{25,87}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40})\b/g, priority: 8, check: (m) => m[0].startsWith('bc1') || m[0].startsWith('0x') || (/[a-z]/.test(m[0]) && /[A-Z]/.test(m[0]) && /\d.*\d/.test(m[0].slice(1))) },
  // "$jdoe88": a payment app's cashtag (a ticker is in capitals; an amount starts with a digit).
  { rule: 'handle', kind: 'ACCOUNT', gate: /\$[A-Za-z]/, re: /(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{2,19}\b(?![.(])/g, priority: 6, check: (m) => /[a-z]/.test(m[0]) && !/^\$(?:amount|value|total|cost|price|home|path|user|var|env)$/i.test(m[0]) },
  // "ZIP 2 1 2 0 1": a ZIP code read out digit by digit.
  { rule: 'zip-spaced', kind: 'ZIP', words: wordGate('zip zipcode postal postcode'), re: /\b(?:zip(?:\s*code)?|postal\s*code|postcode)\s*[:#]?\s*(\d(?: \d){4}(?: ?- ?\d(?: \d){3})?)(?! ?\d)/gi, group: 1, priority: 7 },
  // "Cessna 172 N12345", "the Piper N4471Q": an aircraft's registration after its maker and model.
  { rule: 'tail-number', kind: 'VEHICLE', words: wordGate('cessna piper beech beechcraft cirrus mooney bell robinson diamond grumman learjet gulfstream embraer airbus boeing helicopter plane airplane aircraft jet glider'), re: /\b(?:Cessna|Piper|Beech(?:craft)?|Cirrus|Mooney|Bell|Robinson|Diamond|Grumman|Learjet|Gulfstream|Embraer|Airbus|Boeing|[Hh]elicopter|[Pp]lane|[Aa]irplane|[Aa]ircraft|[Jj]et|[Gg]lider)(?:\s+[A-Z]?[\w-]{1,8}){0,2}?\s+(N[1-9]\d{0,4}[A-Z]{0,2})\b/g, group: 1, priority: 7, check: (m) => m[1]!.length >= 4 },
  { rule: 'mile-marker', kind: 'LOCATION', re: /\b(?:(?:I|US|SR|Rt|Rte|Route|Hwy|Highway)[- .]?\d{1,3}[A-Z]?\s+(?:(?:[NSEW]B|north|south|east|west)(?:bound)?\s+(?:at\s+)?)?)?(?:MM|mile\s*marker|mi\.?\s*marker)\s*#?\s*\d{1,3}(?:\.\d)?\b/gi, words: wordGate('mm marker milemarker mimarker'), priority: 6, check: (m) => !/^mm\s*\d/i.test(m[0]) || /^\s*(?:I|US|SR|Rt|Rte|Route|Hwy)/i.test(m[0]) },
  // Codes that open a patient's home: "keypad 1-9-8-0", "lockbox on back door, code *2534", "gate code #3822", "buzz unit 344".
  { rule: 'home-code', kind: 'ID', words: wordGate('keypad lockbox lock box key safe keysafe gate door entry garage alarm buzz buzzer'), re: /\b(?:keypad|lock[ \t]?box|key[ \t]?safe|(?:gate|door|entry|garage|alarm|lockbox|keypad)[ \t]+code)\b[^.;\n\d#*]{0,24}?[#*]?[ \t]*(\*?\d(?:[ -]?\d){2,7}#?)(?![\d.:/])/gi, group: 1, priority: 6 },
  { rule: 'home-code', kind: 'ID', words: wordGate('buzz buzzer'), re: /\bbuzz(?:er)?[ \t]+(?:unit|apt|#|no\.?)?[ \t]*#?(\d{1,4}[a-z]?)\b/gi, group: 1, priority: 6 },
  // "I-95 NB exit 12", "rt 3 sb exit 4a": an exit of a road with its direction.
  { rule: 'mile-marker', kind: 'LOCATION', re: /\b(?:I|US|SR|Rt|Rte|Route|Hwy|Highway)[- .]?\d{1,3}[A-Z]?\s+(?:[NSEW]B|north|south|east|west)(?:bound)?\s+(?:at\s+)?exit\s*#?\s*\d{1,3}[A-Z]?\b/gi, words: wordGate('exit'), priority: 6 },
  // GPS coordinates "39.7438, -100.8037" after a location word, or with a negative longitude.
  { rule: 'gps', kind: 'LOCATION', re: /-?\b\d{1,2}\.\d{3,7}°?\s*[NS]?,\s*-?\d{1,3}\.\d{3,7}°?\s*[EW]?(?!\d|\.\d)/g, priority: 7, check: (m, text) => !/[\d.]/.test(text[m.index - 1] ?? '') && (/-\d/.test(m[0]) || /[NSEW]/.test(m[0]) || /\b(?:coords?|coordinates|lat|long|lng|gps|location|loc|position)\b/i.test(text.slice(Math.max(0, m.index - 24), m.index))) },
  // Cross streets: "x-streets Water and Chestnut", "MVC at Elm and Main".
  { rule: 'cross-streets', kind: 'LOCATION', re: new RegExp(`\\b(?:${ci('x-?streets?|cross[- ]streets?|intersection\\s+of|(?:mvc|mva|accident|collision|crash|found|picked\\s+up|located|struck|fall|fell|hit|injured)\\s+(?:at|on|near)')})\\s+(\\p{Lu}[\\p{L}'’.]*(?:\\s+\\p{Lu}[\\p{L}'’.]*)?\\s+(?:and|&|\\/)\\s+(?:\\p{Lu}[\\p{L}'’.]*|\\d{1,3}(?:st|nd|rd|th))(?:\\s+\\p{Lu}[\\p{L}'’.]*)?)`, 'gu'), group: 1, priority: 6 },
  // Dutch postcodes and the town after them: "5102 VL Amsterdam".
  { rule: 'postcode-nl', kind: 'LOCATION', re: /\b[1-9]\d{3}\s?(?!SS|SA|SD)[A-Z]{2}\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+)?\b/gu, priority: 6 },
  // The file name of a face's or a patient's photograph: "Full-face photo on file: PHOTO-6435584.png", "Patient photo file
  // IMG_20160207_1045.jpg". It points to the one record Safe Harbor names outright; a wound's or a scan's stays.
  { rule: 'photo-file', kind: 'ID', words: wordGate('face facial portrait headshot selfie mugshot mug photo photograph picture pic image'), re: /\b(?:(?:full[- ]?)?face|facial\s+(?:photo(?:graph)?|image|picture)|portrait|head\s*shot|selfie|mug\s*shot|(?:patient|pt|id|identification|identity|profile|registration)\s+(?:photo(?:graph)?|picture|image|pic))s?\b[^\n]{0,40}?(?<![\w.-])([\w-]+\.(?:jpe?g|png|heic|gif|bmp|tiff?|webp))\b/gi, group: 1, priority: 6 },
  // Postcodes after an Australian state, an Indian PIN label or the Japanese postal mark: "NSW 2487", "PIN 233561", "〒100-0001".
  { rule: 'postcode-abroad', kind: 'LOCATION', re: /\b(?:NSW|VIC|QLD|TAS|ACT)\s+(\d{4})\b/g, group: 1, priority: 6 },
  { rule: 'postcode-abroad', kind: 'LOCATION', re: /\bPIN(?:\s*code)?\s*[:#]?\s*(\d{3}\s?\d{3})\b/g, group: 1, priority: 6 },
  { rule: 'postcode-abroad', kind: 'LOCATION', re: /〒\s?(\d{3}-?\d{4})/g, group: 1, gate: /〒/, priority: 6 },
];
