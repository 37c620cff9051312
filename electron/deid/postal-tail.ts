// Addresses read back from where they end: a region's code and its postal code ("ottawa on k1a 6h0", "Fitzroy VIC
// 3065", "bristol bs8 5bd", "barrowsport mt 37003") close an address in any casing, and they are formats no sentence
// makes. The town before them, and a street before the town (after a comma on the same line, or a line above that
// opens with a house number), are the address whatever their words: "78596 barrett forks", "9301 ONIE CROSSROAD".
import type { Candidate } from './patterns';
import type { WordLists } from './wordlists';

const CANADA = String.raw`(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\.?,?[ \t]+[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d`;
const AUSTRALIA = String.raw`(?:NSW|VIC|QLD|TAS|SA|WA|NT|ACT)[ \t]+\d{4}`;
// A British postcode's inward part never uses C, I, K, M, O or V; "c5 6th" is a spine's level and an ordinal.
// Its outward part opens with one of the postal areas' letters (no spine's "C3" or "T2").
const UK_AREAS = 'AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|FK|FY|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|ME|MK|ML|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE|B|E|G|L|M|N|S|W';
const BRITAIN = String.raw`(?:${UK_AREAS})\d[A-Z\d]?[ \t]\d(?!st|nd|rd|th)[ABD-HJLNP-UW-Z]{2}`;
const US = String.raw`[A-Z]{2}\.?,?[ \t]+\d{5}(?:-\d{4})?`;
// The region and code end their line or their part of it (a letterhead's cell too); one or two spaces or a comma sit before them.
const TAIL = new RegExp(String.raw`(?:,[ \t]*|[ \t]{1,2})(?:(${CANADA})|(${AUSTRALIA})|(${BRITAIN})|(${US}))(?=[ \t]*(?:\r?\n|$|[,;|]|[ \t]{2}))`, 'gim');
const GATE = /\d[A-Z]{0,2}[ \t]*(?:\r?\n|$|[,;|])/im;

// Words that end a town's run to the left: the sentence or field around the address.
const NOT_TOWN = new Set(['in', 'at', 'to', 'from', 'of', 'and', 'or', 'the', 'a', 'an', 'is', 'was', 'lives', 'living', 'resides', 'near', 'address', 'addr', 'residential', 'mail', 'city', 'town', 'office', 'home', 'work', 'phone', 'fax', 'tel', 'suite', 'ste', 'apt', 'unit', 'floor', 'box', 'po', 'street', 'st', 'avenue', 'ave', 'road', 'rd']);
// States whose codes are words in lower case ("in 12345"): only after a comma.
const WORD_STATES = /^(?:in|or|me|ok|hi|oh|de|id|ma|pa|la|al|co|mo|ne)\b/;
const TOWN_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
const HOUSE_FIRST = /^\d{1,6}[A-Za-z]?[ \t]+\p{L}/u;
// "12 mg", "3 wks": counts and doses open no street.
const NOT_HOUSE = /^\d+[ \t]+(?:mg|mcg|ml|cc|units?|tabs?|days?|wks?|weeks?|mos?|months?|yrs?|years?|hrs?|hours?|x|times|pts?|patients?|beds?)\b/i;

/** Where the town before a region and postcode starts, or -1: one to three words back to a comma, a colon or the line's start. */
function townStart(text: string, end: number, lists: WordLists): number {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const words = [...text.slice(lineStart, end).matchAll(/[^\s,:;()]+/g)];
  const last = words[words.length - 1];
  // "run sheet: NSW 2638": a field's label, not a town, when a colon stands between.
  if (!last || /[:;()]/.test(text.slice(lineStart + last.index + last[0].length, end))) return -1;
  let start = -1;
  for (let k = words.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const w = words[k]!;
    const key = w[0].toLowerCase().replace(/[.'’]+$/, '');
    if (!TOWN_WORD.test(w[0]) || NOT_TOWN.has(key) || lists.clinical.has(key) || lists.states.has(key)) break;
    start = lineStart + w.index;
    // A comma or colon before this word closes the town.
    if (/[,:;(][ \t]*$/.test(text.slice(lineStart, start))) break;
  }
  return start;
}

/** The street before a town: the comma-separated parts before it on its line (after a label's colon), or the line above,
 * when they open with a house number. */
function streetStart(text: string, town: number): number {
  const lineStart = text.lastIndexOf('\n', town - 1) + 1;
  const before = text.slice(lineStart, town);
  if (/,[ \t]*$/.test(before)) {
    const label = /^[^\n:]{0,40}:[ \t]*/.exec(before);
    const from = label && !/\d/.test(label[0]) ? label[0].length : 0;
    const street = before.slice(from);
    if (HOUSE_FIRST.test(street) && !NOT_HOUSE.test(street) && street.length <= 80) return lineStart + from;
    return -1;
  }
  if (before.trim() !== '' || lineStart === 0) return -1;
  const above = text.lastIndexOf('\n', lineStart - 2) + 1;
  const line = text.slice(above, lineStart - 1).replace(/\r$/, '');
  const label = /^[^\n:]{0,40}:[ \t]*/.exec(line);
  const from = label && !/\d/.test(label[0]) ? label[0].length : 0;
  const street = line.slice(from);
  return HOUSE_FIRST.test(street) && !NOT_HOUSE.test(street) && street.length <= 64 && !/^\d{1,2}[.)]/.test(street) ? above + from : -1;
}

// "(BOURNE, MAINE)", "(tirora, maine)", "received from St. Agnes's Hospital, PORTLAND, MAINE, on", "| READING, KENTUCKY
// 68968 |": a town before a state
// named in full, or before its postal code inside brackets, is the town in any case.
const TOWN_STATE = /(?:^|[(,;:|][ \t]*|\b(?:in|from|of|at|near|IN|FROM|OF|AT|NEAR)[ \t]+)(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2}),[ \t]*(\p{L}[\p{L}]*(?:[ \t]+\p{L}+)?)(?=[ \t]*[),.;|]|[ \t]*\r?\n|$|[ \t]+\d{5}(?:-\d{4})?(?![\d-]))/gmu;

function townStateCandidates(text: string, lists: WordLists, out: Candidate[]): void {
  TOWN_STATE.lastIndex = 0;
  for (let m = TOWN_STATE.exec(text); m !== null; m = TOWN_STATE.exec(text)) {
    const state = m[2]!;
    const inBrackets = /\([ \t]*$/.test(m[0].slice(0, m[0].indexOf(m[1]!)));
    const named = lists.states.has(state.toLowerCase()) && state.length > 2;
    // A state's code only inside brackets: "pain, MI, DVT" and "ABD SOFT, NT, ND" list findings.
    const code = inBrackets && /^[A-Za-z]{2}$/.test(state) && lists.stateAbbr.has(state.toUpperCase()) && /\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const words = m[1]!.toLowerCase().split(/[ \t]+/);
    // Not a sentence's words before a state ("pain, Maine"): no function, clinical or state words in the town. A match
    // refused is tried again from its next character ("HOSPITAL, PORTLAND, MAINE": the town is the second part).
    if ((!named && !code) || words.some((w) => lists.functionWords.has(w) || lists.clinical.has(w) || lists.states.has(w))) {
      TOWN_STATE.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, kind: 'LOCATION', rule: 'place-city-state', priority: 4 });
  }
}

export function postalTailCandidates(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes(',')) townStateCandidates(text, lists, out);
  if (!GATE.test(text)) return out;
  TAIL.lastIndex = 0;
  for (let m = TAIL.exec(text); m !== null; m = TAIL.exec(text)) {
    const code = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    // A region's code is in one case with its line's letters around it; a US state must be one.
    if (m[4] !== undefined && (!lists.stateAbbr.has(code.slice(0, 2).toUpperCase()) || (WORD_STATES.test(code) && !m[0].startsWith(',')))) continue;
    // Lower-case "wa 2000" or "sa 3000" may be words; only the longer Australian codes count in lower case.
    if (m[2] !== undefined && /^(?:sa|wa|nt|act)\b/.test(code)) continue;
    const town = townStart(text, m.index, lists);
    if (town < 0) continue;
    const street = streetStart(text, town);
    const start = street >= 0 ? street : town;
    out.push({ start, end: m.index, kind: 'LOCATION', rule: 'place-address', priority: 3 });
    // A postcode abroad names a few streets (a British one a few houses): all of it goes.
    const postcode = m[1] !== undefined ? /[A-Z]\d[A-Z][ \t]?\d[A-Z]\d$/i.exec(code)?.[0] : m[2] !== undefined ? /\d{4}$/.exec(code)?.[0] : m[3];
    if (postcode !== undefined) out.push({ start: m.index + m[0].length - postcode.length, end: m.index + m[0].length, kind: 'ZIP', rule: 'zip-abroad', priority: 6 });
  }
  return out;
}
