// Towns on a journey, named where a traveller arrives, stays, sails, treks, is posted, leaves for or came back from:
// "arrives Freetown (Sierra Leone)", "then Cusco for 10 nights", "flies home from Leticia", "a cruise calling at Kigali
// and Puerto Viejo", "embarking in Chiang Mai", "trek begins in Lukla", "posted to Dakar", "I leave for Enugu on
// Christmas", "returned tuesday from rurrenabaque", "mission trip with Grace Fellowship to Ogbomosho". A town abroad is
// a place smaller than a state as a US town is; a country, a continent or a state after the cue stays. On a line of
// one case each word must be a listed town, a surname no common word spells, a place's article ("el nido") or no
// English word ("leaving for work" names none).
import type { Candidate } from './patterns';
import { COUNTRY_ONLY, NOT_SITE_TOWN, townEnd } from './town-country';
import { bothCases, factsMemo, lineOf, wordGate } from './tokens';
import type { WordLists } from './wordlists';

const RUN = String.raw`(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})`;
/** The cues of a journey's legs, each ending right before the town's run of words. */
const TRIP_CUE = new RegExp(String.raw`\b(?:arrives(?:[ \t]+(?:in|at))?|arrival[ \t]+(?:in|at)|(?:flies|fly|flying|flew|sails?|sailing|sailed|returns?|returning)[ \t]+(?:home[ \t]+|back[ \t]+)?from|staying[ \t]+(?:mostly[ \t]+|mainly[ \t]+|primarily[ \t]+|first[ \t]+)?(?:in|at)|stay(?:ing|s)?[ \t]+with\b[^\n.;:()]{1,40}?[ \t]in|calling[ \t]+at|(?:embark|disembark|depart|board)(?:s|ing|ed)?[ \t]+(?:in|at|from)|(?:trek|hike|climb|tour|trip|route|journey|cruise|safari|itinerary)[ \t]+(?:begins|starts|ends|finishes|began|started|ended)[ \t]+(?:in|at)|(?:departure|leave|leaves|leaving|heading|headed|bound)[ \t]+(?:for|to)|returned(?:[ \t]+[\p{L}'’.]+){0,4}?[ \t]+from|(?:posted|deployed|relocating|emigrating|emigrated)[ \t]+to|(?:trip|travel|traveling|travelling|mission|vacation|honeymoon|pilgrimage)(?:[ \t]*:)?(?:[ \t]+[^\s.;:]+){0,6}?[ \t]+to|(?:program|semester|posting|rotation|internship|fieldwork|located)[ \t]+in|in[ \t]+rural|\d[\d,]*[ \t]*(?:m|meters|metres|ft|feet)[ \t]+(?:at|in)|within[ \t]+\d+[ \t]*(?:h|hrs?|hours?|km|mi|miles?)[ \t]+of|then)[ \t]+${RUN}`, 'giu');
const TRIP_WORDS = wordGate('m meters metres ft feet boards disembarks disembarked arrives arrival flies fly flying flew sail sails sailing sailed return returns returning staying stay stays calling embark embarks embarking embarked disembark disembarking depart departs departing departed board boarding boarded trek hike climb tour trip route journey cruise safari itinerary departure leave leaves leaving heading headed bound returned posted deployed relocating emigrating emigrated travel traveling travelling mission vacation honeymoon pilgrimage program semester posting rotation internship fieldwork located rural within then');
/** "then Cusco for 10 nights": "then" names a leg only before its nights (or days and weeks on a journey's line). */
const NIGHTS_AFTER = /^[ \t]+for[ \t]+(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:nights?|days?|weeks?)\b/i;
/** A line about a journey, where "then X for 5 days" is a leg. */
const JOURNEY_LINE = /\b(?:itinerary|arrives|flies|flight|trip|travel\w*|cruise|trek|tour|visiting|vacation)\b/i;
/** A second town after "and": "calling at Kigali and Puerto Viejo". */
const AND_RUN = new RegExp(String.raw`^[ \t]+(?:and|&)[ \t]+${RUN}`, 'iu');
/** Larger than a state, or no place: continents, world regions, and words of a journey's kind. */
const NOT_TRIP_TOWN = /^(?:africa|asia|europe|america|americas|oceania|antarctica|caribbean|scandinavia|balkans|middle|far|latin|sub-saharan|the|home|work|school|church|camp|base|college|university|abroad|overseas|us|usa|u\.s\.|states|country|countryside|village|villages|areas?|regions?|parts?|sites?|places?|day|days|night|nights|week|weeks|month|months|year|years|ed|er|or|icu|clinic|hospital|hosp|rehab|facility|floor|unit|bed|surgery|cath|lab|radiology|pharmacy|mychart|portal|phone|room|rooms|stay|lobby|staff|booking|reservation|quarantine|isolation|course)$/i;

/** The endings of procedures, studies and specialties. */
const PROCEDURE = /(?:graphy|scopy|logy|gram|ectomy|otomy|ostomy|itis|pathy|therapy|plasty|lysis|centesis|iatry|ics)$/i;
/** Months and weekdays, where a town's run of words ends. */
const DATE_WORD = /(?:^|[ \t])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|today|tonight|tomorrow|yesterday|now)\.?(?![\p{L}])/iu;
/** The articles and kinds that open towns' names in many languages ("el nido", "san ignacio", "puerto viejo"). */
const PLACE_ARTICLE = /^(?:el|la|le|les|los|las|al|san|santa|sao|são|st|saint|port|puerto|porto|cape|new|fort|mount|lake|ban|ko|da|de|do|dos|das|del|di)$/;

/** Where the town after a cue ends, or its start when the words there name no town. */
function tripTownEnd(text: string, base: number, run: string, lists: WordLists, factsOf: ReturnType<typeof factsMemo>): number {
  // "Huaraz Oct 12", "Lukla May 14": the date after a town is no part of it.
  const dated = DATE_WORD.exec(run);
  let end = townEnd(text, base, dated ? run.slice(0, dated.index) : run, lists, factsOf);
  if (end <= base) return base;
  // "Cebu City", "stone town": a town's own word closes its name.
  const own = /^[ \t]+(?:city|town)(?![\p{L}'’-])/iu.exec(text.slice(end, end + 8));
  if (own) end += own[0].length;
  const town = text.slice(base, end);
  const words = town.split(/[ \t]+/);
  if (COUNTRY_ONLY.test(town) || words.some((w, k) => (NOT_SITE_TOWN.test(w) && !(k > 0 && /^(?:city|town)$/i.test(w))) || NOT_TRIP_TOWN.test(w.replace(/[.'’]+$/, '')))) return base;
  // Two letters name no town; nor do a chart's capitals on a line of both cases ("returned from EP", "arriving in CCU").
  if (town.length < 3 || (bothCases(lineOf(text, base)) && words.length === 1 && /^\p{Lu}{2,4}$/u.test(town))) return base;
  // A procedure or a study names no town ("returned from Angiography", "back from Thoracoscopy").
  if (words.some((w) => PROCEDURE.test(w))) return base;
  // A product's inner capital names a brand, not a town ("posted to MyChart").
  if (words.some((w) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) || /^\p{L}\.\p{L}/u.test(w))) return base;
  if (!bothCases(lineOf(text, base)) && !words.every((w, k) => {
    if (k > 0 && /^(?:city|town)$/i.test(w)) return true;
    const key = w.toLowerCase().replace(/[.'’]+$/, '');
    const f = factsOf(key);
    return f.town || f.city || !f.english || (f.last && !f.common) || PLACE_ARTICLE.test(key);
  })) return base;
  return end;
}

/** A place abroad named after its kind, as its own language writes it: "Hotel Lotus", "Casa Nash", "Clínica Jaimes",
 * "Hospital Regional de Musanze", "hôpital de la Paix", "Chùa Bảo Quang". */
const KIND_FIRST = new RegExp(String.raw`(?<![\p{L}'’-])((?:hotel|casa|posada|hostal|pension|pensión|riad|clínica|clinica|policlínica|policlinica|clinique|hôpital|hopital|hospital|klinikum|krankenhaus|adipositaszentrum|sanatorio|centro[ \t]+de[ \t]+salud|centre[ \t]+de[ \t]+santé|chùa|chua|église|eglise|iglesia|masjid|mezquita|gurdwara|templo)(?:[ \t]+(?:regional|general|central|provincial|municipal|universitario|universitaire|distrital|district|nacional|national|san|santa|são))*(?:[ \t]+(?:de|del|da|do|di|des|du)(?:[ \t]+(?:la|las|los|l['’]))?)?)[ \t]+${RUN}`, 'giu');
const KIND_FIRST_WORDS = wordGate('hotel casa posada hostal pension riad clinica policlinica clinique hopital hospital klinikum krankenhaus adipositaszentrum sanatorio centro centre');
/** Places of worship named kind first ("Chùa Quan Am", "Église Baptiste Shalom", "Masjid Al-Huda"), whose marked
 * letters no ASCII word gate sees. */
const WORSHIP_FIRST = /\b(?:ch[ùu]a|[ée]glise|iglesia|masjid|mezquita|gurdwara|templo)\b|(?:^|[^\p{L}])[ÉéEe]glise/iu;
/** The kinds of KIND_FIRST that are English words too, which name a place only with a foreign word after them
 * ("hospital de Thiès", "Hotel Lotus"; not "hospital day 3" or "hospital Monday"). */
const ENGLISH_KIND = /^(?:hotel|hospital|pension|centre)$/i;

export function placesKindFirst(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[KIND_FIRST_WORDS.index] && !WORSHIP_FIRST.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(KIND_FIRST)) {
    const kind = m[1]!;
    const run = m[2]!;
    const base = m.index + m[0].length - run.length;
    const end = tripTownEnd(text, base, run, lists, factsOf);
    if (end <= base) continue;
    const name = text.slice(base, end).split(/[ \t]+/);
    const mixed = bothCases(lineOf(text, m.index));
    if (mixed && !/^\p{Lu}/u.test(kind)) continue;
    // An English kind names a place abroad only with its linking words ("hospital regional de Thiès"; not "hospital
    // Smith"); a hotel before a capitalized name on a line of both cases, or before a name no English word spells.
    // ("Hospital Ángeles Guadalajara": a first word in another language's letters names the place too.)
    if (ENGLISH_KIND.test(kind) && !/[^ -~]/.test(name[0]!) && (/^hotel$/i.test(kind) ? !mixed && !name.every((w) => !factsOf(w.toLowerCase()).english) : true)) continue;
    out.push({ start: m.index, end, kind: 'LOCATION', rule: 'place-kind-first', priority: 4 });
  }
  return out;
}

export function tripTowns(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[TRIP_WORDS.index]) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(TRIP_CUE)) {
    const run = m[1]!;
    const base = m.index + m[0].length - run.length;
    const end = tripTownEnd(text, base, run, lists, factsOf);
    if (end <= base) continue;
    // "then Cusco for 10 nights"; days or weeks only on a journey's line ("then Tylenol for 3 days" is a dose).
    if (/^then\b/i.test(m[0])) {
      const nights = NIGHTS_AFTER.exec(text.slice(end, end + 24));
      if (!nights || (!/nights?\b/i.test(nights[0]) && !JOURNEY_LINE.test(lineOf(text, base)))) continue;
    }
    out.push({ start: base, end, kind: 'LOCATION', rule: 'place-trip', priority: 4 });
    const second = AND_RUN.exec(text.slice(end, end + 60));
    if (!second) continue;
    const base2 = end + second[0].length - second[1]!.length;
    const end2 = tripTownEnd(text, base2, second[1]!, lists, factsOf);
    if (end2 > base2) out.push({ start: base2, end: end2, kind: 'LOCATION', rule: 'place-trip', priority: 4 });
  }
  return out;
}
