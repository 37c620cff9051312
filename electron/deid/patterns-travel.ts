// Travel as an exposure history writes it: the flight with its carrier's code ("flight UA 2456", "et2104"), the seat
// ("seat 27d"), the ship and cabin ("passenger on the Viking Star", "cabin 7200"), a hotel's room ("room 408" beside
// a hotel), and the legs of an itinerary ("WN 739  Mumbai -> Fort Lauderdale"). A flight, a seat and a date find one
// passenger, a cabin one household, so they go with the towns; an airline's name alone stays.
import type { PatternRule } from './patterns';
import { lineOf, wordGate } from './tokens';

/** A flight: a carrier's two-character code and one to four digits. */
const FLIGHT = String.raw`[A-Z][A-Z0-9]|[A-Z0-9][A-Z]`;
/** Lodging beside a room number: "Posada Colonial, room 408", "ROOM 324 OF THE UNITY MOTEL". */
const LODGING = /\b(?:hotel|motel|inn|suites|lodge|hostel|resort|b&b|airbnb|stayed|staying|cabins|guest[ \t]*house|casa|posada|hostal|riad|pension|pensión)\b/i;
/** A line of an itinerary: a flight's code, or a leg's arrow. */
const ITINERARY = /\b(?:itinerary|flights?|flew|flying|connection|layover|departed|arriving|returned)\b/i;

export const TRAVEL_RULES: readonly PatternRule[] = [
  // "flight UA 2456", "FLT# DL 1123", "american flight et2104".
  { rule: 'travel-flight', kind: 'ID', words: wordGate('flight flt flights'), re: new RegExp(String.raw`\b(?:flight|flt|flights)[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*((?:${FLIGHT})[ \t]?\d{1,4})\b`, 'gi'), group: 1, priority: 6, check: (m) => /\d/.test(m[1]!) && /[a-z]/i.test(m[1]!.slice(0, 2)) },
  // An itinerary's leg: "September 11  WN 739  Mumbai -> Fort Lauderdale", "NOV 22  LH2322  (CONNECTION)".
  { rule: 'travel-flight', kind: 'ID', gate: /->|→|itinerary/i, re: new RegExp(String.raw`(?<=[ \t]{2,}|^|\t)((?:${FLIGHT})[ \t]?\d{2,4})(?=[ \t]{2,}|\t)`, 'gim'), group: 1, priority: 6, check: (m, text) => ITINERARY.test(text.slice(Math.max(0, m.index - 200), m.index + 80)) && /(?:->|→|\(connection\))/i.test(lineOf(text, m.index)) },
  // The towns of an itinerary's legs: "Mumbai -> Fort Lauderdale", "(CONNECTION) -> PROVIDENCE".
  { rule: 'travel-leg', kind: 'LOCATION', gate: /->|→/, re: /(?:->|→)[ \t]*(\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2})[ \t]*$/gmu, group: 1, priority: 5, check: (m, text) => ITINERARY.test(text.slice(Math.max(0, m.index - 200), m.index)) },
  { rule: 'travel-leg', kind: 'LOCATION', gate: /->|→/, re: /(?<=(?:^|[ \t]{2}|\t))(\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2})[ \t]*(?:->|→)/gmu, group: 1, priority: 5, check: (m, text) => ITINERARY.test(text.slice(Math.max(0, m.index - 200), m.index + 80)) && !/^(?:connection|layover|stop|transfer)$/i.test(m[1]!) },
  // "seat 4E", "SEAT 27D", "seat #43c".
  { rule: 'travel-seat', kind: 'ID', words: wordGate('seat seats'), re: /\bseats?[ \t]*#?[ \t]*:?[ \t]*(\d{1,2}[A-K])\b/gi, group: 1, priority: 6 },
  // "cabin 7200", "stateroom 11253", "cabin A138".
  { rule: 'travel-cabin', kind: 'ID', words: wordGate('cabin stateroom'), re: /\b(?:cabin|stateroom)[ \t]*#?[ \t]*:?[ \t]*(\d{3,5}[A-Z]?|[A-Z]\d{3,4})\b/gi, group: 1, priority: 6 },
  // "sailing on the MS Ocean Explorer,", "aboard the mv star serenade": a ship by its prefix, after a word of sailing.
  { rule: 'travel-ship', kind: 'VEHICLE', words: wordGate('sailing sailed sails cruising aboard board ship vessel cruise embarking'), re: /\b(?:sailing|sailed|sails|cruising|aboard|on[ \t]+board|ship|vessel|cruise|embarking)\b[^\n.;]{0,16}?\b((?:ms|mv|m\/s|m\/v|ss)[ \t]+[A-Za-z][A-Za-z'’]+(?:[ \t]+[A-Za-z][A-Za-z'’]+){0,2})(?=[ \t]*[,.;(]|[ \t]+(?:from|to|in|out|for|on|with|when)\b)/gi, group: 1, priority: 6 },
  // "Avianca AV 1759 dep 22NOV", "KLM KL 752 on 2015-04-10": a flight after its airline, the code's first letter the airline's.
  { rule: 'travel-flight', kind: 'ID', words: wordGate('dep departs departing seat passenger passengers locator booking boarding itinerary flight flights arr'), re: /\b(\p{L}[\p{L}'’&.-]+)(?:[ \t]+(?:airlines|airways|air[ \t]+lines|airline))?[ \t]+([A-Z0-9]{2}[ \t]?\d{2,4})\b/giu, group: 2, priority: 6, check: (m, text) => m[1]![0]!.toLowerCase() === m[2]![0]!.toLowerCase() && /[a-z]/i.test(m[2]!.slice(0, 2)) && /\b(?:dep|departs|departing|seat|passengers?|locator|booking|boarding|itinerary|flights?|arr)\b/i.test(text.slice(m.index, m.index + m[0].length + 60)) },
  // "aircraft 5Y-MEA", "tail number N123AB": an aircraft's registration.
  { rule: 'travel-aircraft', kind: 'VEHICLE', words: wordGate('aircraft tail registration'), re: /\b(?:aircraft|tail[ \t]+(?:number|no\.?|#)|registration)[ \t]*(?:reg(?:istration)?\.?)?[ \t]*:?[ \t]*([A-Z0-9]{1,2}-[A-Z]{3,4}|N\d{1,5}[A-Z]{0,2})\b/gi, group: 1, priority: 6, check: (m) => /\d/.test(m[1]!) || /-/.test(m[1]!) },
  // "Uniform stamp 31495", "stamp yf-xb-9333": a vaccinating centre's stamp on a certificate.
  { rule: 'travel-stamp', kind: 'ID', words: wordGate('stamp'), re: /\bstamp[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*([A-Z]{1,3}-[A-Z]{1,3}-\d{3,6}|[A-Z]{0,3}-?\d{4,6})\b(?![/.-]\d)/gi, group: 1, priority: 6 },
  // "KIOSK KSK-5226", "video cart 77j645439": a kiosk's, a tablet's or a cart's number.
  { rule: 'travel-kiosk', kind: 'DEVICE', words: wordGate('kiosk tablet terminal cart'), re: /\b(?:kiosk|tablet|terminal|cart)[ \t]*(?:#|no\.?|id)?[ \t]*:?[ \t]*([A-Z]{2,4}-?\d{2,6}|[A-Z]-\d{3,6}|\d{1,4}[A-Z]\d{3,8}|\d{5,})\b/gi, group: 1, priority: 6 },
  // "dates 13-24 March", "7-11 JULY": a range of days before their month.
  { rule: 'date-day-range', kind: 'DATE', words: wordGate('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'), re: /(?<![\d./-])(\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december))\b\.?/gi, group: 1, priority: 6, check: (m) => { const [a, b] = m[1]!.split(/[ \t]*[-–][ \t]*/).map((x) => parseInt(x, 10)); return a! >= 1 && b! <= 31 && a! < b!; } },
  // "Posada Colonial, room 408", "ROOM 213 OF THE GRIMES'S CABINS": a lodging's room.
  { rule: 'travel-room', kind: 'ID', words: wordGate('room rm'), re: /\b(?:room|rm)\.?[ \t]*#?[ \t]*(\d{2,4}[A-Z]?)\b/gi, group: 1, priority: 5, check: (m, text) => LODGING.test(text.slice(Math.max(0, m.index - 48), m.index + m[0].length + 40)) && !/\b(?:hospital|unit|icu|floor|ward|er|ed|exam|trauma|bed)\b[^\n]{0,12}$/i.test(text.slice(Math.max(0, m.index - 24), m.index)) },
  // "passenger on the Viking Star (sailing", "aboard the CORAL PRINCESS", "cruise on the Norwegian Joy": the ship.
  { rule: 'travel-ship', kind: 'VEHICLE', words: wordGate('passenger passengers aboard cruise'), re: /\b(?:passengers?[ \t]+(?:on|aboard)|aboard|cruise[ \t]+(?:on|aboard)|cruise[ \t]+ship)[ \t]+(?:the[ \t]+)?((?:[A-Za-z][A-Za-z'’]+)(?:[ \t]+[A-Za-z][A-Za-z'’]+){0,2})(?=[ \t]*(?:\(|,|;|\.|\n|$|[ \t]+(?:from|to|in|sailing|cruise|out|for|on|with|when|where)\b))/gi, group: 1, priority: 5, check: (m) => !/^(?:ship|ships|vessel|boat|a|an|his|her|their|cruise|plane|flight|bus|train|same|whole|entire|the)\b/i.test(m[1]!) },
];
