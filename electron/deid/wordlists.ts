// Word lists the name and place rules consult, built once on first use from packages bundled with
// the app (nothing is fetched): @zxcvbn-ts/language-en (MIT; US census first and last names, an
// OpenSubtitles word-frequency list, a Wikipedia word list) and @faker-js/faker's English locale
// (MIT; first and last names, US cities, counties, street suffixes, English words); zipcodes by Dav Glass
// (BSD; the town of every US ZIP code, about 19,000 post-office towns).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dictionary } from '@zxcvbn-ts/language-en';
import { faker } from '@faker-js/faker/locale/en';
import { otherLocaleNames } from './locale-names';
import { CLINICAL_WORDS, ENGLISH_NAMES, EPONYMS, FUNCTION_WORDS } from './vocabulary';

export interface WordLists {
  /** Lower-case given names. */
  readonly first: ReadonlySet<string>;
  /** Given names that are English words by the subtitle list only because films use them as names:
   * the census ranks them higher as names than the subtitles rank them as words ("caitlin", "agnes"). */
  readonly nameFirst: ReadonlySet<string>;
  /** Lower-case family names (the full census list: many are also English words). */
  readonly last: ReadonlySet<string>;
  /** Lower-case family names common enough to count as names first (census rank under 5,000). */
  readonly commonLast: ReadonlySet<string>;
  /** Lower-case English words, names excluded unless they are everyday words too ("will", "brown"). */
  readonly english: ReadonlySet<string>;
  /** The 12,000 most frequent English words (by subtitles), names excluded as for `english`. */
  readonly common: ReadonlySet<string>;
  /** Clinical vocabulary and eponyms that must never be taken for a name or place on their own. */
  readonly clinical: ReadonlySet<string>;
  readonly eponyms: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  /** Lower-case city names (single and multi-word). */
  readonly cities: ReadonlySet<string>;
  /** Lower-case US post-office towns (single and multi-word), many of them also words or names
   * ("hope", "florence"): the place rules ask for a place's context or a name's capitals as well. */
  readonly towns: ReadonlySet<string>;
  /** Lower-case street suffixes, with common abbreviations. */
  readonly streetSuffixes: ReadonlySet<string>;
  /** Lower-case US state names and postal abbreviations (upper case). */
  readonly states: ReadonlySet<string>;
  readonly stateAbbr: ReadonlySet<string>;
  /** Lower-case county names without the word "county". */
  readonly counties: ReadonlySet<string>;
}

const STREET_ABBR = ['st', 'ave', 'rd', 'blvd', 'dr', 'ln', 'ct', 'pl', 'ter', 'terr', 'cir', 'pkwy', 'hwy', 'sq', 'trl', 'pk', 'cres', 'bldg', 'aly', 'expy', 'fwy', 'tpke', 'wy', 'plz', 'cv', 'xing', 'rte', 'rt', 'boulevard', 'close', 'mews', 'gardens', 'crescent'];

let cached: WordLists | null = null;

const load = createRequire(import.meta.url);

/** Every town of the ZIP code list, read from the table's text: evaluating the 5 MB module would take
 * several times longer and keep 42,000 objects alive; only the names are needed. */
function usTowns(): Set<string> {
  const source = readFileSync(load.resolve('zipcodes/lib/codes.js'), 'utf8');
  const towns = new Set<string>();
  const city = /"city":"([^"]*)"/g;
  for (let m = city.exec(source); m !== null; m = city.exec(source)) {
    const name = m[1]!.toLowerCase();
    // Business and military ZIP codes carry firm names ("Shell Oil Box 150", "AT&T"): letters and spaces only.
    if (/^[a-z][a-z' -]*[a-z]$/.test(name) && !/\b(?:box|firms?|station|co|inc|corp|company|mail|service|services|university|bank)\b/.test(name)) towns.add(name);
  }
  return towns;
}

const lower = (xs: Iterable<string>): string[] => Array.from(xs, (x) => x.toLowerCase());

export function wordLists(): WordLists {
  if (cached) return cached;
  const defs = faker.rawDefinitions;
  const person = defs.person;
  const fakerFirst = person?.first_name ? Object.values(person.first_name).flat() : [];
  const fakerLast = person?.last_name ? Object.values(person.last_name).flat() : [];
  // Everyday words that are also names stay English; every other name leaves the English list, so
  // "healey" or "logan" is never waved through as a word because a subtitle used it.
  const everyday = new Set<string>(ENGLISH_NAMES);
  for (const list of Object.values(defs.word ?? {}) as readonly (readonly string[])[]) for (const w of list) everyday.add(w.toLowerCase());
  for (const w of defs.color?.human ?? []) everyday.add(w.toLowerCase());
  // Patients and staff come from everywhere: given and family names of other Latin-script locales count
  // as names too (only as listed names: they leave the English list only when the subtitles rarely use them).
  // A foreign name that is also an everyday or frequent English word, a US place or an abbreviation
  // ("vital", "said", "washington") stays out.
  const subtitleRank = new Map(dictionary['commonWords-en'].map((w, i) => [w, i] as const));
  const usPlaces = new Set([...lower(defs.location?.city_name ?? []), ...lower(defs.location?.state ?? [])]);
  const clinicalWords = new Set(CLINICAL_WORDS);
  const foreignOk = (w: string) => {
    const rank = subtitleRank.get(w);
    return !clinicalWords.has(w) && !everyday.has(w) && !usPlaces.has(w) && (rank === undefined || rank > 1500);
  };
  const other = otherLocaleNames();
  const first = new Set([...dictionary['firstnames-en'], ...lower(fakerFirst), ...[...other.first].filter(foreignOk)]);
  const censusLast = dictionary['lastnames-en'];
  // Foreign family names that are also English words ("Signs", "Vital") are no evidence of a name.
  const last = new Set([...censusLast, ...lower(fakerLast), ...[...other.last].filter((w) => foreignOk(w) && !subtitleRank.has(w))]);
  const commonLast = new Set([...censusLast.slice(0, 5000), ...lower(fakerLast)]);

  const english = new Set<string>();
  const censusRank = new Map<string, number>();
  censusLast.forEach((w, i) => censusRank.set(w, i));
  // Subtitles use names too. A listed given name is a word only when it is an everyday word or the
  // word is far more common than the name ("trace", "brain"); a surname is a name when the census
  // ranks it far higher than the subtitles do ("smith", "healey", "logan").
  const fakerFirstSet = new Set(lower(fakerFirst));
  const firstRank = new Map(dictionary['firstnames-en'].map((w, i) => [w, i] as const));
  const nameFirst = new Set<string>();
  dictionary['commonWords-en'].slice(0, 40000).forEach((w, rank) => {
    const fr = firstRank.get(w);
    if (fr !== undefined && fr < rank && w.length >= 3 && !everyday.has(w)) nameFirst.add(w);
    if (everyday.has(w)) return english.add(w);
    if (fakerFirstSet.has(w) || (first.has(w) && rank > 15000)) return;
    const census = censusRank.get(w);
    if (census !== undefined && census * 4 < rank) return;
    english.add(w);
  });
  everyday.forEach((w) => english.add(w));
  const common = new Set(dictionary['commonWords-en'].slice(0, 12000).filter((w) => english.has(w)));
  for (const key of ['cardinalNumbers-en', 'ordinalNumbers-en', 'daysOfWeek-en', 'months-en', 'seasons-en', 'timePeriods-en', 'directions-en'] as const) {
    for (const w of dictionary[key]) english.add(w);
  }
  CLINICAL_WORDS.forEach((w) => english.add(w));

  const loc = defs.location;
  const cities = new Set(lower(loc?.city_name ?? []));
  const streetSuffixes = new Set([...lower(loc?.street_suffix ?? []), ...STREET_ABBR]);
  const states = new Set(lower(loc?.state ?? []));
  const stateAbbr = new Set(loc?.state_abbr ?? []);
  const counties = new Set(lower(loc?.county ?? []).map((c) => c.replace(/\s+(county|parish|borough)$/, '')));

  for (const w of [...states, ...cities]) nameFirst.delete(w);
  cached = {
    first,
    nameFirst,
    last,
    commonLast,
    english,
    common,
    clinical: new Set(CLINICAL_WORDS),
    eponyms: new Set(EPONYMS),
    functionWords: new Set(FUNCTION_WORDS),
    cities,
    towns: usTowns(),
    streetSuffixes,
    states,
    stateAbbr,
    counties,
  };
  return cached;
}
