// The town and postcode after a street found, in any case and with the state written out: "1433 washington st, oshkosh,
// wisconsin 50994", "8169 N LAKESHORE DR, FREEDOM 52175", "3750 n main drive, runte bridge, ohio 54281". A street, a
// comma, one to three words and five digits (a state between, by name or code) are an address's tail in any sentence:
// the words are the town whatever they spell, and the digits its ZIP code. The state itself may stay (Safe Harbor).
// A town alone after the street's comma or "in" counts where the phrase ends or a date follows ("at 123 w mission ln,
// thielside; lives with", "AT 2833 N WALNUT ROAD IN FRIENDSHIP ON 2019-05-15").
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineNear } from './tokens';
import type { WordLists } from './wordlists';
import { STATE_OR_COUNTRY } from './town-country';

const TAIL = /^[ \t]*,[ \t]*(\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,2}?)(?:[ \t]*,[ \t]*(\p{L}[\p{L} .]{1,20}?))?,?[ \t]+(\d{5}(?:-\d{4})?)(?![\d-]|[ \t]*(?:mg|mcg|ml|units?|%))/u;

/** Five digits (and four) alone after a street's comma, before the phrase ends. */
const BARE_ZIP = /^[ \t]*,[ \t]*(\d{5}(?:-\d{4})?)(?=[ \t]*(?:[;.,)]|\r?\n|$))/;
/** A street's town alone after its comma, where the phrase ends: "at 123 w mission ln, thielside; lives with", "stay at
 * 402 n poplar st., findlay until", "of 6122 hope drive, joplin, telephone", "4940 s hope trail, reliance, vt, hereby",
 * a label's column ("4983 spring drive, concord  (472) 268-1387"). A state's two letters after it are a state's. */
const TOWN_END = /^(?:[ \t]*,|[ \t]+(?:in|above|below|near|outside))[ \t]+(\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*)?)(?=[ \t]*(?:[;.)(|]|\r?\n|$)|[ \t]{2,}\S|(?:[ \t]+on|[ \t]*,)[ \t]+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|[ \t]+(?:until|since|effective|telephone|tel|phone|while|during|through)\b|[ \t]+at[ \t]+\d{1,2}:\d{2}\b|[ \t]*,[ \t]+(?:telephone|tel|phone|cell|effective|hereby|as[ \t]+my|who|until|since)\b|[ \t]*,[ \t]*([A-Za-z]{2})\.?(?=[ \t]*[,;.)]|[ \t]*\r?\n|$))/iu;
/** A unit written after the street and before its comma: " apt 5b", " #9", " lot 61". */
const UNIT_AFTER = /^[ \t]*,?[ \t]+(?:(?:apt|apartment|unit|suite|ste|lot|trlr|trailer|space|spc)\.?[ \t]*#?[ \t]*|#[ \t]*)[A-Za-z0-9-]{1,6}\b/i;
/** Words after a street's comma that say where in the building, not which town: "12 main st, apt 4", ", upstairs." */
const NOT_TOWN = new Set(['apartment', 'apt', 'unit', 'suite', 'ste', 'floor', 'fl', 'basement', 'upstairs', 'downstairs', 'rear', 'front', 'back', 'side', 'room', 'rm', 'lot', 'trailer', 'building', 'bldg', 'house', 'home', 'first', 'second', 'third', 'ground', 'top', 'bottom', 'usa', 'us']);

export function townsAfterStreets(text: string, candidates: readonly Candidate[], lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const c of candidates) {
    if (c.kind !== 'LOCATION' || !(c.rule.startsWith('street') || c.rule === 'place-street')) continue;
    // The tail may come after the street's unit: "7075 commerce blvd apt 5b, concord, pennsylvania 52396".
    const unit = UNIT_AFTER.exec(text.slice(c.end, c.end + 24));
    const end = c.end + (unit?.[0].length ?? 0);
    // The unit is the address's too: "4271 N Quarry Blvd, Lot 83".
    if (unit) {
      const at = c.end + unit[0].search(/[A-Za-z#]/);
      out.push({ start: at, end, kind: 'LOCATION', rule: 'street-unit', priority: 5 });
    }
    const m = TAIL.exec(text.slice(end, end + 80));
    // "6611 E WASHINGTON DR, 04092;": a code straight after the street's comma, its town left out.
    const bare = m ? null : BARE_ZIP.exec(text.slice(end, end + 20));
    if (bare) {
      const zipStart = end + bare[0].length - bare[1]!.length;
      out.push({ start: zipStart, end: zipStart + bare[1]!.length, kind: 'ZIP', rule: 'zip-after-street', priority: 6 });
      continue;
    }
    if (!m) {
      const t = TOWN_END.exec(text.slice(end, end + 48));
      if (!t) continue;
      if (t[2] !== undefined && !lists.stateAbbr.has(t[2].toUpperCase())) continue;
      const words = t[1]!.split(/[ \t]+/);
      // (A bounded reach of the line: a text of one long line stays linear.)
      const mixed = bothCases(lineNear(text, c.end, 200));
      if (!words.every((w) => {
        const key = w.toLowerCase().replace(/[.'’]+$/, '');
        const f = factsOf(key);
        return !NOT_TOWN.has(key) && !f.fn && (!f.clinical || f.town || f.city) && !lists.states.has(key) && (!mixed || /^\p{Lu}/u.test(w));
      })) continue;
      const start = end + t[0].length - t[1]!.length;
      out.push({ start, end: start + t[1]!.length, kind: 'LOCATION', rule: 'place-street-town', priority: 5 });
      continue;
    }
    const [whole, town, state, zip] = m;
    // What stands between town and code is a state, by its name or its two letters.
    if (state !== undefined && !lists.states.has(state.toLowerCase().replace(/\.$/, '')) && !/^[A-Za-z]{2}\.?$/.test(state)) continue;
    // A town written as a state ("..., ohio 54281") is the state: only the code goes.
    const townIsState = state === undefined && lists.states.has(town!.toLowerCase());
    const townStart = end + whole.indexOf(town!);
    if (!townIsState) out.push({ start: townStart, end: townStart + town!.length, kind: 'LOCATION', rule: 'place-street-town', priority: 5 });
    const zipStart = end + whole.length - zip!.length;
    out.push({ start: zipStart, end: zipStart + zip!.length, kind: 'ZIP', rule: 'zip-after-street', priority: 6 });
  }
  return out;
}

/** A room's number after a residence hall found: "Fields House, room 910C", "PAGE HALL 131". */
const HALL_END = /(?:hall|commons|tower|towers|house|village|quad|dorm|apartments)$/i;
const ROOM_AFTER = /^(?:[ \t]*,?[ \t]*(?:room|rm\.?)[ \t]*#?[ \t]*|[ \t]+)(\d{1,4}[A-Za-z]?)(?![\w./-]|[ \t]*(?:mg|am|pm|hrs?|min|x)\b)/i;

export function roomsAfterHalls(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'LOCATION' || !HALL_END.test(text.slice(c.start, c.end))) continue;
    const m = ROOM_AFTER.exec(text.slice(c.end, c.end + 24));
    if (!m) continue;
    const start = c.end + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, kind: 'LOCATION', rule: 'room-after-hall', priority: 5 });
  }
  return out;
}

/** "ATENCIO FERTILITY INSTITUTE (CONCORD)", "Troy IVF (Ogden)": a site's town in brackets right after its name.
 * place-after.ts reads the same shape for the places the place rules mark on tokens ("the corner grill (willimantic)");
 * this one reads it after the sites the other modules find (practices, services, kind-named places), which the place
 * rules never see. */
const BRACKET_TOWN = /^[ \t]*\((\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,2})\)/u;

export function townsInBrackets(text: string, candidates: readonly Candidate[], lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const c of candidates) {
    if (c.kind !== 'LOCATION' || c.rule.startsWith('street') || !/\p{L}{3}/u.test(text.slice(c.start, c.end))) continue;
    const m = BRACKET_TOWN.exec(text.slice(c.end, c.end + 40));
    if (!m) continue;
    const words = m[1]!.split(/[ \t]+/);
    // A town's words, or words no list calls English; no state, no abbreviation of a unit or a kind.
    const whole = factsOf(m[1]!.toLowerCase());
    // ("in Cancun (Mexico)": a country in brackets is larger than a state, and stays.)
    if (lists.states.has(m[1]!.toLowerCase()) || STATE_OR_COUNTRY.test(m[1]!) || (!whole.town && !whole.city && !words.every((w) => {
      const f = factsOf(w.toLowerCase().replace(/[.]+$/, ''));
      return !f.fn && !f.clinical && w.length >= 3 && (f.town || f.city || !f.english);
    }))) continue;
    const start = c.end + m[0].length - 1 - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, kind: 'LOCATION', rule: 'place-bracket-town', priority: 5 });
  }
  return out;
}
