// Postal address blocks: a street line found by the street rules is usually followed by more of the
// address ("Suite 413", "Warwick", ", CO", "Uruguay 64677"), on the same line or on short lines of their
// own, and sometimes preceded by a second number ("224 4966 Bond Street"). This grows each street span
// over those parts; the parts go out as 'place-address' spans, so a ZIP code inside keeps its own kind.
import type { Candidate } from './patterns';
import type { WordLists } from './wordlists';

/** Rules whose spans are the start of a postal address. */
const ANCHORS = new Set(['place-street', 'place-street-intl', 'address-military', 'po-box', 'address-unit', 'place-address', 'address-numbered']);

const UNIT = /^(?:Apt|Apartment|Suite|Ste|Unit|Flat|Box|Fl|Floor|Rm|Room|Bldg|Building|#)\.?\s*#?\s*[A-Za-z0-9-]{1,6}\b\.?/i;
const ZIP = /^(?:\d{4,6}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3} \d{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\d\w/-])/;
const MILITARY = /^(?:APO|FPO|DPO)\s+A[AEP]\b/;
// A state's postal code counts after a comma or before a ZIP code: "IN" and "OR" are words in capitals.
const STATE = /^[A-Z]{2}\b(?!-)/;
const STATE_ZIP = /^[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b/;
// Capitalized words (any script), with the particles of place names between them: "Mora de Rubielos".
// A state's code before a ZIP code is left to STATE_ZIP ("Springfield PA 19104": "PA" is a chart word too).
// A word ends at a letter's end ("Manchester M2 2JW": "M2" is a postcode's), and a unit word starts a unit ("Lakewood Unit 8").
const WORDS = /^\p{Lu}[\p{L}\p{M}'’.-]*(?![\p{L}\p{N}])(?:[ \t]+(?:(?:de|del|la|le|nad|am|an|der|di|du|des|da|do|sur|upon|on|en|y|i)[ \t]+)?(?![A-Z]{2}[ \t]+\d{5})(?!(?:Apt|Apartment|Suite|Ste|Unit|Flat|Box|Fl|Floor|Rm|Room|Bldg|Building)\b)\p{Lu}[\p{L}\p{M}'’.-]*(?![\p{L}\p{N}])){0,3}/u;
const HOUSE_STREET = /^\d{1,6}[A-Za-z]?[ \t]+((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3})(\p{L}+)\.?/u;
const SEPARATOR = /^[ \t]*(?:,|>|\?{3}|;)?[ \t]*/;

function wordsOk(run: string, lists: WordLists): boolean {
  for (const w of run.split(/[ \t]+/)) {
    const key = w.toLowerCase().replace(/[.'’]+$/, '');
    // Not the start of the next sentence or a chart heading: "Wife", "Phone", "Plan".
    if (lists.functionWords.has(key) || lists.clinical.has(key) || STOP_WORDS.has(key)) return false;
  }
  return true;
}

const STOP_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight', 'pls', 'plz', 'please', 'update', 'walk-up', 'walkup', 'no', 'elevator', 'stairs', 'steps', 'phone', 'tel', 'telephone', 'cell', 'mobile', 'fax', 'email', 'e-mail', 'dob', 'mrn', 'ssn', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'sister', 'brother', 'patient', 'pt', 'plan', 'dear', 'sincerely', 'regards', 'thanks', 'thank', 'please', 'call', 'contact', 'insurance', 'i', 'we', 'he', 'she', 'they', 'it', 'this', 'that', 'the', 'a', 'an', 'and', 'or', 'but', 'if', 'for', 'with', 'from', 'to', 'at', 'in', 'on', 'by', 'of', 'is', 'was', 'will', 'can', 'could', 'would', 'should', 'my', 'your', 'his', 'her', 'our', 'their']);

/** How far the address goes on from `end`: units, places, states, ZIP codes, one segment per line at most. */
function extendRight(text: string, end: number, lists: WordLists): number {
  let at = end;
  for (let segments = 0; segments < 8 && at - end < 160; segments++) {
    let pos = at;
    const rest = text.slice(pos, pos + 80);
    // A new line continues the address only when the whole line is address parts.
    const lineBreak = /^[ \t]*,?[ \t]*\r?\n[ \t]*/.exec(rest);
    if (lineBreak) {
      const lineEnd = text.indexOf('\n', pos + lineBreak[0].length);
      const line = text.slice(pos + lineBreak[0].length, lineEnd < 0 ? text.length : lineEnd);
      const n = consumeLine(line.slice(0, 80), lists);
      const whole = line.trim().length > 0 && line.length <= 48 && n === line.replace(/[\s,.]+$/, '').length;
      // A line whose address parts end in a ZIP code may go on with the sentence: "Ashford, NY 20228; vitals stable".
      const zipThenText = n > 0 && /(?:^|[\s,])\d{5}(?:-\d{4})?$/.test(line.slice(0, n));
      if (!whole && !zipThenText) break;
      at = pos + lineBreak[0].length + (whole ? line.replace(/[\s,.]+$/, '').length : n);
      if (zipThenText) break;
      continue;
    }
    const sep = SEPARATOR.exec(rest)![0];
    pos += sep.length;
    const n = segment(text.slice(pos, pos + 80), lists, sep.includes(','));
    if (n === 0) break;
    at = pos + n;
  }
  return at;
}

/** Length of one address part at the start of s, or 0. */
function segment(s: string, lists: WordLists, afterComma: boolean): number {
  const m = MILITARY.exec(s) ?? STATE_ZIP.exec(s) ?? UNIT.exec(s) ?? ZIP.exec(s) ?? (afterComma ? STATE.exec(s) : null);
  if (m) return m[0].length;
  // "Flat 9, 112 Station Street": the street after a unit, its last word a street suffix.
  const street = HOUSE_STREET.exec(s);
  if (street && lists.streetSuffixes.has(street[2]!.toLowerCase()) && wordsOk(street[1]!.trim(), lists)) return street[0].length;
  if (/^nan\b/.test(s)) return 3; // an empty field printed by the generator of some test sets
  // A house number after the street's name, before more of the address: "Skogstien 106 ASKER".
  const house = /^\d{1,5}[A-Za-z]?(?=[ \t]+(?:\p{Lu}|nan\b))/u.exec(s);
  if (house) return house[0].length;
  const w = WORDS.exec(s);
  if (w && wordsOk(w[0], lists)) return w[0].replace(/[.]$/, '').length;
  return 0;
}

/** How much of a line is address parts, from its start. */
function consumeLine(line: string, lists: WordLists): number {
  let at = 0;
  while (at < line.length) {
    const sep = SEPARATOR.exec(line.slice(at))![0];
    const n = segment(line.slice(at + sep.length), lists, at === 0 || sep.includes(','));
    if (n === 0) break;
    at += sep.length + n;
  }
  return at;
}

// "6750 Koskikatu 25 Apt. 864", "19 Allika 46 Suite 501": a number, a name, a house number and a unit.
// "5586 Þórunnarstræti 31, Arnsdorf" and "27534 Þorsteinsgata 63" on a line of its own need the line start or a
// lead-in ("at", "to", "is", ":") and a comma or line end after them.
const NUMBERED = /(?<![\w.,/-])\d{1,6}[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){1,4}\d{1,5}[A-Za-z]?\.?,?\s+(?=(?:Apt|Suite|Unit|Ste)\b)|(?=\d)(?<=^|[:>][ \t]*|\b(?:at|to|in|is|of)[ \t]+)\d{1,6}[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){1,3}\d{1,5}[A-Za-z]?(?=[ \t]*(?:,|\n|$))/gmu;

// "3606 S. Oakridge Way", "12 Cedar Hollow Way": streets named "Way", which the place rules' street list leaves out
// ("by the way"); the words before it must be capitalized names.
const WAY_STREET = /(?<![\w.,/-])\d{1,6}[A-Z]?(?:[ \t]+1\/2)?[ \t]+(?:(?:[NSEW]|North|South|East|West|N\.?E|N\.?W|S\.?E|S\.?W)\.?[ \t]+)?((?:\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+){1,3})Way\b/gu;

// "48 Piazza Ines, Suite 214\nSesto Altea, VA 95190", "684 HEINRICH-LÜBKE-STR\nALT JAYDEN, MD 70023": a line that opens
// with a house number, above a line of a town, a state's code and its ZIP code, is a street whatever its words.
const STREET_ABOVE_TOWN = /[ \t]*(\d{1,6}[A-Za-z]?[ \t]+(?:\p{L}[\p{L}\p{M}'’.-]*[ \t]+){0,4}\p{L}[\p{L}\p{M}'’.-]*)(?=(?:,?[ \t]+(?:Suite|SUITE|Ste|STE|Apt|APT|Unit|UNIT|Fl|FL|Floor|FLOOR|#)\.?[^\n]{0,12})?[ \t]*\r?\n[ \t]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,3},?[ \t]+[A-Z]{2}[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)[ \t]*(?:\r?\n|$))/uy;

// "City: East Kasandrafield    State: VA", "county: harford": a form's field for a town or county, up to the next
// field, a wide gap or the line's end.
const CITY_FIELD = /\b(?:city|town|municipality|county|city\/town|residence|(?:city|town|place)[ \t]+of[ \t]+residence|home[ \t]*town)[ \t]*:[ \t]*(\p{L}[\p{L}\p{M}'’.-]*(?:[ ]\p{L}[\p{L}\p{M}'’.-]*){0,3}?)(?=[ \t]*(?:\r?\n|$)|[ \t]{2,}|\t|[ \t]*[,;|]|[ \t]+(?:state|st|zip|postcode|postal|province|county|country)\b)/giu;
/** What a residence field says of the kind of home, not its town: "Residence: nursing home", "assisted living". */
const RESIDENCE_KIND = /^(?:lives|live|living|alone|resides|stays|staying|w|home|homes|nursing|assisted|living|group|shelter|house|apartment|apt|alf|snf|nh|ltc|homeless|facility|senior|independent|private|own|family|street|car|rehab|hospice|condo|trailer|dorm|jail|prison|community|rural|urban|local)$/i;
const NO_CITY_GIVEN = /^(?:n\/?a|none|unknown|unk|same|see|pending|not|other|tbd)\b/i;

// A street named without a house number after a verb of living or being found: "lives on Maple Drive", "found on
// Willow Bend Lane", "moved off Elm St.". The last word must be a street word, the ones before capitalized names.
const STREET_NO_NUMBER = /\b(?:lives|living|lived|resides|residing|resided|moved|moving|located|stays|staying|found|collapsed|struck|walking|driving|house|home|apartment)[ \t]+(?:on|off|at|to)[ \t]+((?:\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+){1,3})(\p{Lu}\p{Ll}*)\b\.?/gu;
// "Rx sent to Rite Aid on Union Avenue in Brockton", "rx sent to cvs on colleen lane": a street named without a number after
// "on", in any case, when its kind is a word no other phrase ends with and the place goes on ("in", a comma, the end).
const STREET_AFTER_ON = /\b(?:on|ON|On)[ \t]+((?:\p{L}[\p{L}'’.-]*[ \t]+){1,3})(street|avenue|road|boulevard|blvd|parkway|highway|STREET|AVENUE|ROAD|BOULEVARD|BLVD|PARKWAY|HIGHWAY|Street|Avenue|Road|Boulevard|Parkway|Highway|Lane|LANE|lane|Ave|AVE|ave|Rd|RD|rd)\b\.?(?=[ \t]*(?:[,;)]|\.(?:\s|$)|$|\n)|[ \t]+(?:in|near|IN|NEAR|by|BY)\b)/gu;
// "send to Walgreens on Tommie Coves in Jamaica Plain", "the lab on Jovanny Pass in Dedham": a street of any kind after
// "on" and the town after "in", in any case.
const STREET_ON_IN = /\b(?:on|ON|On)[ \t]+((?:[\p{L}'’.-]+[ \t]+){0,3}?)(\p{L}+)[ \t]+(?:in|IN|In)[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2}?)(?=[ \t]*(?:[,.;!?)]|\r?\n|$)|[ \t]+(?:yesterday|today|tomorrow|is|was|and|but|for|to|this|last|next|so|pls|please|YESTERDAY|TODAY|IS|WAS|AND|FOR|TO|THIS)\b)/gu;

/** The words of a street or town here must be names: no function, clinical or eponym word, no digit but an ordinal's. */
function placeWords(run: string, lists: WordLists): boolean {
  const words = run.trim().split(/[ \t]+/).map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
  return words.length > 0 && words.every((w) => w !== '' && (lists.streetSuffixes.has(w) || (!lists.functionWords.has(w) && !lists.clinical.has(w) && !lists.eponyms.has(w) && (!/\d/.test(w) || /^\d{1,3}(?:st|nd|rd|th)$/.test(w)))));
}

function streetOnInCandidates(text: string, lists: WordLists, out: Candidate[]): void {
  STREET_ON_IN.lastIndex = 0;
  for (let m = STREET_ON_IN.exec(text); m !== null; m = STREET_ON_IN.exec(text)) {
    if (!lists.streetSuffixes.has(m[2]!.toLowerCase()) || m[1]!.trim() === '' || !placeWords(m[1]! + m[2]!, lists) || !placeWords(m[3]!, lists)) continue;
    const street = m.index + m[0].indexOf(m[1]!, 2);
    out.push({ start: street, end: street + m[1]!.length + m[2]!.length, kind: 'LOCATION', rule: 'place-street', priority: 6 });
    const town = m.index + m[0].length - m[3]!.length;
    out.push({ start: town, end: m.index + m[0].length, kind: 'LOCATION', rule: 'place-address', priority: 5 });
  }
}

// "i did the bloodwork at the carver lab on abby run yesterday": a site's street after "on", whatever its kind's word,
// when the place names a building and the street ends where the sentence goes on.
const SITE_BEFORE_ON = /\b(?:lab|labs|office|clinic|store|pharmacy|house|apartment|building|bank|school|church|station|shop|restaurant|cvs|walgreens|walmart|aid)[ \t]+$/i;
const SITE_ON_STREET = /\b(?:on|ON|On)[ \t]+((?:[\p{L}'’.-]+[ \t]+){0,3}?)(\p{L}+)(?=[ \t]*(?:[,.;!?)]|\r?\n|$)|[ \t]+(?:yesterday|today|tomorrow|this|last|next|in|near|by|and|is|was|YESTERDAY|TODAY|IN|NEAR|IS)\b)/gu;

function siteOnStreetCandidates(text: string, lists: WordLists, out: Candidate[]): void {
  SITE_ON_STREET.lastIndex = 0;
  for (let m = SITE_ON_STREET.exec(text); m !== null; m = SITE_ON_STREET.exec(text)) {
    if (!lists.streetSuffixes.has(m[2]!.toLowerCase()) || m[1]!.trim() === '' || !SITE_BEFORE_ON.test(text.slice(Math.max(0, m.index - 14), m.index)) || !placeWords(m[1]! + m[2]!, lists)) continue;
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    out.push({ start, end: m.index + m[0].length, kind: 'LOCATION', rule: 'place-street', priority: 6 });
  }
}

// "the cvs at the corner of anderson court and kuhic falls", "at the intersection of Elm and Main": both streets.
const CORNER_OF = /\b(?:corner|intersection|CORNER|INTERSECTION)[ \t]+(?:of|OF)[ \t]+((?:[\p{L}\d'’.-]+[ \t]+){0,3}?[\p{L}\d'’.-]+)[ \t]+(?:and|AND|&|\/)[ \t]+((?:[\p{L}\d'’.-]+[ \t]+){0,3}?[\p{L}\d'’.-]+?)(?=[ \t]*(?:[,.;!?)]|\r?\n|$)|[ \t]+(?:is|was|in|near|by|where|when|today|yesterday|has|IS|WAS|IN|NEAR|BY)\b)/gu;

function cornerCandidates(text: string, lists: WordLists, out: Candidate[]): void {
  CORNER_OF.lastIndex = 0;
  for (let m = CORNER_OF.exec(text); m !== null; m = CORNER_OF.exec(text)) {
    // Compass letters open streets ("e 3rd st"): they are no function words there.
    const a = m[1]!.replace(/^(?:[NSEWnsew]\.?|north|south|east|west)[ \t]+/i, '');
    const b = m[2]!.replace(/^(?:[NSEWnsew]\.?|north|south|east|west)[ \t]+/i, '');
    if (!placeWords(a, lists) || !placeWords(b, lists)) continue;
    const first = m.index + m[0].indexOf(m[1]!);
    const second = m.index + m[0].length - m[2]!.length;
    out.push({ start: first, end: first + m[1]!.length, kind: 'LOCATION', rule: 'place-street', priority: 6 });
    out.push({ start: second, end: second + m[2]!.length, kind: 'LOCATION', rule: 'place-street', priority: 6 });
  }
}

const STREET_WORD = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct', 'place', 'pl', 'terrace', 'ter', 'circle', 'cir', 'way', 'parkway', 'pkwy', 'highway', 'hwy', 'trail', 'trl', 'crescent', 'close', 'row', 'square', 'sq', 'alley', 'pike', 'turnpike']);

/** Place rules after whose span a bare number is the postal code: "in Bjert 6091", "Costamezzana 43015". */
const PLACE_BEFORE_CODE = new Set(['place-cue', 'place-near', 'place-city', 'place-city-state', 'place-address']);

// "in Costamezzana 43015", "in ÖVERTURINGEN 840 24", "ANA BRUEN OF INDEPENDENCE 96317": a place cue, capitalized words
// and a postal code.
const TOWN_AND_CODE = /\b(?:[Ii]n|[Ff]rom|[Aa]t|[Tt]o|[Nn]ear|[Oo]f|IN|FROM|AT|TO|NEAR|OF)[ \t]+((?:\p{Lu}[\p{L}\p{M}'’.-]+[ \t]+){1,3})(\d{5}(?:-\d{3,4})?|\d{4}-\d{3}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}(?=[ \t]+(?:in|for|to|and|is|was|where)\b))(?![\w/:%-]|\.\d|[ \t]*(?:mg|mcg|ml|cc|units?)\b)/gu;
const NOT_TOWN = new Set(['clinic', 'hospital', 'ward', 'icu', 'lab', 'office', 'room', 'rm', 'bed', 'unit', 'suite', 'floor', 'building', 'bldg', 'box', 'apt', 'ward', 'bay', 'pod', 'lot', 'area', 'zone', 'station', 'extension', 'ext']);

export function addressBlocks(text: string, candidates: readonly Candidate[], lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  TOWN_AND_CODE.lastIndex = 0;
  for (let m = TOWN_AND_CODE.exec(text); m !== null; m = TOWN_AND_CODE.exec(text)) {
    const words = m[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    if (words.some((w) => NOT_TOWN.has(w) || lists.functionWords.has(w) || lists.clinical.has(w) || lists.eponyms.has(w))) continue;
    // Four digits alone are a postcode only when they cannot be a clock time or a year ("in ARENDAL 4844 in", not "in ICU 1400").
    if (/^\d{4}$/.test(m[2]!) && ((Number(m[2]!.slice(0, 2)) <= 23 && Number(m[2]!.slice(2)) <= 59) || /^(?:19|20)/.test(m[2]!))) continue;
    const townStart = m.index + m[0].indexOf(m[1]!);
    const codeStart = m.index + m[0].length - m[2]!.length;
    out.push({ start: townStart, end: townStart + m[1]!.trimEnd().length, kind: 'LOCATION', rule: 'place-town-code', priority: 4 });
    out.push({ start: codeStart, end: codeStart + m[2]!.length, kind: 'ZIP', rule: 'zip-after-place', priority: 5 });
  }
  for (const c of candidates) {
    if (c.kind !== 'LOCATION' || !PLACE_BEFORE_CODE.has(c.rule)) continue;
    // Five or six digits, "53-320", "340 12", or four digits that cannot be a clock time (0700, 1400) or a year.
    const m = /^[ \t]+(\d{5,6}|\d{3}[ -]\d{2,3}|\d{2}-\d{3}|\d{4}(?:-\d{3})?)(?![\w:/.%-]|[ \t]*(?:mg|mcg|ml|cc|units?|hrs?|am|pm|h)\b)/i.exec(text.slice(c.end, c.end + 16));
    if (!m) continue;
    const code = m[1]!;
    // Nor a year ("MI AT FAIRVIEW 1998").
    if (/^\d{4}$/.test(code) && ((Number(code.slice(0, 2)) <= 23 && Number(code.slice(2)) <= 59) || /^(?:19|20)\d\d$/.test(code))) continue;
    const start = c.end + m[0].length - code.length;
    out.push({ start, end: start + code.length, kind: 'ZIP', rule: 'zip-after-place', priority: 5 });
  }
  CITY_FIELD.lastIndex = 0;
  for (let m = CITY_FIELD.exec(text); m !== null; m = CITY_FIELD.exec(text)) {
    if (NO_CITY_GIVEN.test(m[1]!) || m[1]!.split(/\s+/).some((w) => lists.clinical.has(w.toLowerCase()) || lists.functionWords.has(w.toLowerCase()) || NOT_TOWN.has(w.toLowerCase()) || RESIDENCE_KIND.test(w))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: m.index + m[0].length, kind: 'LOCATION', rule: 'place-city-field', priority: 4 });
  }
  STREET_NO_NUMBER.lastIndex = 0;
  for (let m = STREET_NO_NUMBER.exec(text); m !== null; m = STREET_NO_NUMBER.exec(text)) {
    if (!STREET_WORD.has(m[2]!.toLowerCase())) continue;
    const words = m[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    if (words.some((w) => lists.functionWords.has(w) || lists.clinical.has(w) || lists.eponyms.has(w))) continue;
    const start = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length;
    out.push({ start, end: m.index + m[0].length - (m[0].endsWith('.') && !/^(?:st|ave|rd|ln|dr|blvd|ct|pl|ter|cir|pkwy|hwy|trl|sq)$/i.test(m[2]!) ? 1 : 0), kind: 'LOCATION', rule: 'place-street', priority: 6 });
  }
  STREET_AFTER_ON.lastIndex = 0;
  for (let m = STREET_AFTER_ON.exec(text); m !== null; m = STREET_AFTER_ON.exec(text)) {
    const words = m[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    if (words.some((w) => lists.functionWords.has(w) || lists.clinical.has(w) || lists.eponyms.has(w) || /\d/.test(w))) continue;
    // Everyday words before the kind ("on memory lane") need the place to go on: "on Union Avenue in Brockton".
    if (words.every((w) => lists.english.has(w)) && !/^[ \t]+(?:in|near|by)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    const start = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length;
    out.push({ start, end: start + m[1]!.length + m[2]!.length, kind: 'LOCATION', rule: 'place-street', priority: 6 });
  }
  if (/\b(?:on|ON|On)[ \t]/.test(text)) {
    streetOnInCandidates(text, lists, out);
    siteOnStreetCandidates(text, lists, out);
  }
  if (/\b(?:corner|intersection|CORNER|INTERSECTION)\s/.test(text)) cornerCandidates(text, lists, out);
  WAY_STREET.lastIndex = 0;
  for (let m = WAY_STREET.exec(text); m !== null; m = WAY_STREET.exec(text)) {
    const words = m[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
    if (words.some((w) => lists.functionWords.has(w) || lists.clinical.has(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION', rule: 'place-street', priority: 6 });
  }
  // Tried only where a line opens with a digit (a sticky pattern from each line's start).
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    let d = at;
    while (text[d] === ' ' || text[d] === '\t') d++;
    const c = text.charCodeAt(d);
    if (c < 48 || c > 57) continue;
    STREET_ABOVE_TOWN.lastIndex = at;
    const m = STREET_ABOVE_TOWN.exec(text);
    if (!m) continue;
    const words = m[1]!.replace(/^\d+[A-Za-z]?\s+/, '').split(/\s+/).map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
    if (words.some((w) => lists.clinical.has(w) || lists.functionWords.has(w))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: m.index + m[0].length, kind: 'LOCATION', rule: 'place-street', priority: 6 });
  }
  NUMBERED.lastIndex = 0;
  for (let m = NUMBERED.exec(text); m !== null; m = NUMBERED.exec(text)) {
    // "at 1400 Lasix 40": drugs, chart words and plain English between the numbers make no street.
    const words = m[0].replace(/^\d+\s+/, '').replace(/\s+\d[\s\S]*$/, '').split(/\s+/).map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
    if (words.some((w) => lists.clinical.has(w) || lists.eponyms.has(w) || lists.functionWords.has(w)) || words.every((w) => lists.english.has(w) && !lists.streetSuffixes.has(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].trimEnd().replace(/,$/, '').trimEnd().length, kind: 'LOCATION', rule: 'address-numbered', priority: 6 });
  }
  const losesTo = strongerOverlap(candidates);
  for (const c of [...candidates, ...out]) {
    if (c.kind !== 'LOCATION' || !ANCHORS.has(c.rule)) continue;
    // A street that loses to a stronger span ("account no. 7781-220-4419\nDear Dr.") starts no address.
    if (losesTo(c)) continue;
    let start = c.start;
    // "224 4966 Bond Street", "Suite 541 6343 Skogstien": a number right before the street's own; "866 1/2 Oak Lane".
    const before = /(?<![\w.,/-])\d{1,6}[ \t]+(?:\d\/)?$/.exec(text.slice(Math.max(0, c.start - 10), c.start));
    // "87818 Dalmatinova 68": a number before a street named before its own house number.
    if (before && (/^\d/.test(text.slice(c.start, c.start + 1)) || (c.rule === 'place-street-intl' && !/\//.test(before[0])))) start = c.start - before[0].length;
    const end = extendRight(text, c.end, lists);
    if (start < c.start || end > c.end) out.push({ start, end, kind: 'LOCATION', rule: 'place-address', priority: 3 });
  }
  return out;
}

/** Whether a candidate overlaps one of another kind with a higher priority. Answered from intervals sorted by start with
 * their running furthest end, built once per priority asked about: a scan of every candidate per street was quadratic
 * on a long paste of address-like lines. */
function strongerOverlap(candidates: readonly Candidate[]): (c: Candidate) => boolean {
  const byPriority = new Map<number, { starts: number[]; reach: number[] }>();
  const table = (p: number): { starts: number[]; reach: number[] } => {
    let t = byPriority.get(p);
    if (t) return t;
    const spans = candidates.filter((o) => o.kind !== 'LOCATION' && o.priority > p).sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const o of spans) reach.push(Math.max(o.end, reach.length > 0 ? reach[reach.length - 1]! : -1));
    t = { starts: spans.map((o) => o.start), reach };
    byPriority.set(p, t);
    return t;
  };
  return (c) => {
    const { starts, reach } = table(c.priority);
    // The last span starting before c ends; any span up to it reaching past c's start overlaps c.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < c.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > c.start;
  };
}
