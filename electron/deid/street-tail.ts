// The town and postcode after a street found, in any case and with the state written out: "1433 washington st, oshkosh,
// wisconsin 50994", "8169 N LAKESHORE DR, FREEDOM 52175", "3750 n main drive, runte bridge, ohio 54281". A street, a
// comma, one to three words and five digits (a state between, by name or code) are an address's tail in any sentence:
// the words are the town whatever they spell, and the digits its ZIP code. The state itself may stay (Safe Harbor).
import type { Candidate } from './patterns';
import type { WordLists } from './wordlists';

const TAIL = /^[ \t]*,[ \t]*(\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,2}?)(?:[ \t]*,[ \t]*(\p{L}[\p{L} .]{1,20}?))?,?[ \t]+(\d{5}(?:-\d{4})?)(?![\d-]|[ \t]*(?:mg|mcg|ml|units?|%))/u;

export function townsAfterStreets(text: string, candidates: readonly Candidate[], lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'LOCATION' || !c.rule.startsWith('street')) continue;
    const m = TAIL.exec(text.slice(c.end, c.end + 80));
    if (!m) continue;
    const [whole, town, state, zip] = m;
    // What stands between town and code is a state, by its name or its two letters.
    if (state !== undefined && !lists.states.has(state.toLowerCase().replace(/\.$/, '')) && !/^[A-Za-z]{2}\.?$/.test(state)) continue;
    // A town written as a state ("..., ohio 54281") is the state: only the code goes.
    const townIsState = state === undefined && lists.states.has(town!.toLowerCase());
    const townStart = c.end + whole.indexOf(town!);
    if (!townIsState) out.push({ start: townStart, end: townStart + town!.length, kind: 'LOCATION', rule: 'place-street-town', priority: 5 });
    const zipStart = c.end + whole.length - zip!.length;
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
