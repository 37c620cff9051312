// Towns named by what stands beside them, whatever the word lists know of them: a town abroad with its country after a
// comma ("deployed to Khost, Afghanistan", "combat tours in samarra and mosul, iraq"; the country stays, being larger
// than a state; on a line of one case a cue word must come before the town), and a town a distance and a direction
// away ("14 MI E OF WINNER", "21 miles north of wall", "12 mi s of medicine bow").
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineOf, wordGate, type TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

/** States by name in any case, and their newspaper abbreviations with periods ("W.Va.", "Calif.", "N.Y."). */
export const STATE_NAMES_ANY = String.raw`alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new[ \t]+hampshire|new[ \t]+jersey|new[ \t]+mexico|new[ \t]+york|north[ \t]+carolina|north[ \t]+dakota|ohio|oklahoma|oregon|pennsylvania|rhode[ \t]+island|south[ \t]+carolina|south[ \t]+dakota|tennessee|texas|utah|vermont|virginia|washington|west[ \t]+virginia|wisconsin|wyoming|ala\.|ariz\.|ark\.|calif\.|colo\.|conn\.|del\.|fla\.|ga\.|ill\.|ind\.|kan\.|kans\.|ky\.|la\.|md\.|mass\.|mich\.|minn\.|miss\.|mo\.|mont\.|neb\.|nebr\.|nev\.|n\.[ \t]?h\.|n\.[ \t]?j\.|n\.[ \t]?m\.|n\.[ \t]?y\.|n\.[ \t]?c\.|n\.[ \t]?d\.|okla\.|ore\.|oreg\.|pa\.|penn\.|r\.[ \t]?i\.|s\.[ \t]?c\.|s\.[ \t]?d\.|tenn\.|tex\.|vt\.|va\.|wash\.|w\.[ \t]?va\.|wis\.|wisc\.|wyo\.`;

export const COUNTRY = String.raw`afghanistan|iraq|syria|kuwait|qatar|iran|jordan|saudi[ \t]+arabia|bahrain|oman|yemen|uae|united[ \t]+arab[ \t]+emirates|djibouti|somalia|egypt|libya|lebanon|israel|turkey|germany|italy|spain|portugal|france|belgium|netherlands|poland|ukraine|russia|greece|bosnia|kosovo|serbia|croatia|romania|hungary|ireland|england|scotland|wales|japan|korea|south[ \t]+korea|philippines|vietnam|cambodia|laos|thailand|myanmar|burma|china|taiwan|india|pakistan|bangladesh|nepal|sri[ \t]+lanka|indonesia|malaysia|mexico|canada|guatemala|honduras|el[ \t]+salvador|nicaragua|colombia|venezuela|ecuador|peru|brazil|chile|argentina|cuba|haiti|dominican[ \t]+republic|jamaica|nigeria|ghana|kenya|ethiopia|eritrea|sudan|liberia|sierra[ \t]+leone|cameroon|congo|uganda|tanzania|rwanda|burundi|senegal|south[ \t]+africa|zimbabwe|morocco|algeria|tunisia|australia|new[ \t]+zealand|denmark|sweden|norway|finland|iceland|switzerland|austria|czech[ \t]+republic|czechia|slovakia|slovenia|bulgaria|albania|lithuania|latvia|estonia|belarus|moldova|georgia[ \t]+\(country\)|armenia|azerbaijan|kazakhstan|uzbekistan|mongolia|singapore|botswana|namibia|zambia|malawi|mozambique|madagascar|angola|mali|niger|chad|benin|togo|guinea|gambia|ivory[ \t]+coast|burkina[ \t]+faso|bolivia|paraguay|uruguay|panama|costa[ \t]+rica|belize|trinidad|barbados|bahamas|fiji|papua[ \t]+new[ \t]+guinea|cura[cç]ao|aruba|bonaire|(?:the[ \t]+)?cayman[ \t]+islands|grand[ \t]+cayman|turks[ \t]+and[ \t]+caicos|british[ \t]+virgin[ \t]+islands|st\.?[ \t]+lucia|antigua|maldives|bermuda|sint[ \t]+maarten|martinique|guadeloupe`;
const WORD = String.raw`\p{L}[\p{L}'’.-]*`;
const TOWN = String.raw`${WORD}(?:[ \t]+${WORD}){0,2}`;
const TOWN_COUNTRY = new RegExp(String.raw`(?<![\p{L}'’-])(${TOWN})(?:[ \t]+(?:and|&)[ \t]+(${TOWN}))?,[ \t]*(?:${COUNTRY})(?![\p{L}'’-])`, 'giu');
/** A comma and a country, the cheap test before the rule. */
const COMMA_COUNTRY = new RegExp(`,[ \\t]*(?:${COUNTRY})\\b`, 'i');
/** The first words of the countries, whose gate opens the rule. */
const COUNTRY_WORDS = wordGate([...new Set(COUNTRY.split('|').map((c) => c.split('[')[0]!))].join(' '));
/** Words after which a town is named on a line of one case. */
const CUE = /(?:^|[\n:;(]|\b(?:in|to|from|near|at|of|outside|between|deployed|born|visited|stationed|tours?|lives|lived|moved|raised|grew[ \t]+up))[ \t]*$/i;
/** Words of a phrase that names no town: "the capital, Iraq", "his unit, Germany". */
const NOT_TOWN = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'capital', 'province', 'region', 'city', 'town', 'village', 'base', 'unit', 'deployment', 'tour', 'tours', 'combat', 'service', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'camp', 'fob', 'in', 'to', 'and', 'or']);

export function townsBeforeCountries(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[COUNTRY_WORDS.index] || !COMMA_COUNTRY.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const mixedOf = (at: number): boolean => bothCases(lineOf(text, at));
  const town = (words: string, at: number): boolean => {
    const parts = words.split(/[ \t]+/);
    const mixed = mixedOf(at);
    return parts.every((w) => {
      const key = w.toLowerCase().replace(/[.'’]+$/, '');
      const f = factsOf(key);
      if (NOT_TOWN.has(key) || key.length < 2 || lists.states.has(key) || f.fn || (f.clinical && !f.town && !f.city)) return false;
      return !mixed || /^\p{Lu}/u.test(w);
    });
  };
  for (const m of text.matchAll(TOWN_COUNTRY)) {
    // The town is the last words before the comma that read as one: "combat tours in tikrit" gives "tikrit".
    const words = [...m[1]!.matchAll(/\S+/g)].map((w) => ({ at: m.index + w.index, end: m.index + w.index + w[0].length }));
    const end = words[words.length - 1]!.end;
    // The longest run of words that reads as a town and, in one case, follows a cue.
    const from = words.findIndex((w) => town(text.slice(w.at, end), m.index) && (mixedOf(w.at) || CUE.test(text.slice(Math.max(0, w.at - 24), w.at))));
    if (from < 0) continue;
    const start = words[from]!.at;
    out.push({ start, end, kind: 'LOCATION', rule: 'place-town-country', priority: 4 });
    const second = m[2];
    if (second !== undefined && town(second, start)) {
      const s2 = m.index + m[0].lastIndexOf(second, m[0].lastIndexOf(','));
      out.push({ start: s2, end: s2 + second.length, kind: 'LOCATION', rule: 'place-town-country', priority: 4 });
    }
  }
  return out;
}

/** "14 MI E OF", "21 miles north of", "30 km outside of", "130 MILES OUT ON MT 200 PAST": a distance, a direction and the town. */
const DISTANCE_WORDS = wordGate('mi mile miles km kilometers kilometer');
const DISTANCE_OF = /\b\d+(?:\.\d+)?[ \t]*(?:mi|miles?|km|kilometers?)\.?[ \t]+(?:out[ \t]+on[ \t]+(?:hwy|highway|route|rte|us|sr|[a-z]{2})[ \t-]?\d{1,4}[ \t]+)?(?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west|northeast|northwest|southeast|southwest)[ \t]+of|outside(?:[ \t]+of)?|past|from)[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})/giu;
/** Words after which the town's name has ended: "of shiprock on the highway", "of town in good weather". */
const AFTER_TOWN = new Set(['on', 'in', 'at', 'by', 'to', 'for', 'and', 'or', 'with', 'near', 'off', 'along', 'via', 'the', 'past', 'where', 'when', 'but', 'county', 'co', 'twp', 'township', 'city']);
/** What a distance is from that names no town: "5 miles from home", "5 miles from the hospital". */
const NOT_DISTANCE_TOWN = new Set(['home', 'here', 'there', 'town', 'work', 'school', 'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'clinic', 'hospital', 'campus', 'base', 'camp', 'village', 'ranch', 'farm', 'highway', 'hwy', 'road', 'shore', 'coast', 'border', 'city', 'downtown', 'baseline', 'onset', 'arrival', 'injury', 'dinner', 'lunch', 'breakfast', 'meals', 'dose', 'last', 'each', 'every', 'that', 'this', 'it', 'him', 'them', 'me', 'us', 'now', 'then', 'start', 'nearest', 'closest']);

/** Particles inside a town's name in Spanish, Portuguese, French and Dutch. */
const TOWN_PARTICLE = /^(?:del|de|la|los|las|du|des|le|di|da|do|dos|das)$/;

/** Where the town after a cue ends (its start when no town stands there): up to three words, each no function, chart or
 * state word, capitalized on a line of both cases, stopping at a mark or a word that goes on the sentence. */
export function townEnd(text: string, base: number, run: string, lists: WordLists, factsOf: (key: string) => TokenFacts): number {
  const mixed = bothCases(lineOf(text, base));
  let end = base;
  for (const w of run.matchAll(/\S+/g)) {
    const raw = w[0].replace(/[.,;:)]+$/, '');
    const key = raw.toLowerCase();
    const f = factsOf(key);
    if (end > base && AFTER_TOWN.has(key)) break;
    // ("Playa del Carmen", "Vila do Conde": a particle inside a town's name, never at its start or its end.)
    if (end > base && TOWN_PARTICLE.test(key) && raw.length === w[0].length) continue;
    if (NOT_DISTANCE_TOWN.has(key) || f.fn || (f.clinical && !f.town && !f.city) || lists.states.has(key) || (mixed && !/^\p{Lu}/u.test(raw))) break;
    end = base + w.index + raw.length;
    if (raw.length < w[0].length) break;
  }
  return end;
}

/** The towns after a cue's matches (the cue's last group is the run of words after it). */
function townsAfter(text: string, re: RegExp, rule: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(re)) {
    const run = m[1]!;
    const base = m.index + m[0].length - run.length;
    const end = townEnd(text, base, run, lists, factsOf);
    if (end > base) out.push({ start: base, end, kind: 'LOCATION', rule, priority: 4 });
  }
  return out;
}

export function townsPastDistances(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  return open[DISTANCE_WORDS.index] ? townsAfter(text, DISTANCE_OF, 'place-distance', lists) : [];
}

/** "itinerant podiatry out of belcourt", "flies out of Bethel", "based out of Lander": where a visiting clinician or a
 * service comes from. */
const OUT_OF = /\b(?:based|works?|working|practices?|practicing|itinerant(?:[ \t]+\p{L}+){0,2}|comes?|coming|flies|flying|drives?|operates?|operating|runs?)[ \t]+out[ \t]+of[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})/giu;
const OUT_WORDS = wordGate('out');

export function townsOutOf(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  return open[OUT_WORDS.index] ? townsAfter(text, OUT_OF, 'place-out-of', lists) : [];
}

/** "the outpatient lab in muncie", "walks at the mall in Vienna", "while mowing in LEONBERG", "drove in from naples",
 * "(cardiology, Harmony)": a town after a site of daily life or a pastime and "in", after "drove in from", or after a
 * clinician's specialty and a comma in brackets. In one case each word must be a listed town or no English word. */
const SITE_IN = new RegExp(String.raw`\b(?:lab|laboratory|mall|ed|er|clinic|hospital|parlou?r|salon|spa|studio|shop|store|pharmacy|plant|factory|hotel|motel|shelter|gym|library|restaurant|diner|farm|rink|branch|mowing|hiking|hunting|fishing|camping|farming|vacationing|shopping|skiing|boating|golfing|diving|snorkeling|snorkelling|biking|service[ \t]+cent(?:er|re)|(?<=#[ \t]?)\d{2,6}|store[ \t]+#?\d{2,6})[ \t]+(?:in|near)[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})|\b(?:drove|came|flew|driven|driving|coming)[ \t]+in[ \t]+from[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})|\((?:\p{L}+(?:ology|iatry|metry|istry|ics|ery)|(?:family|internal|sports)[ \t]+medicine|pediatrics|nephrology),[ \t]*(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})(?=\))|\b(?:county|tour|trip|village|camp|resort|lodge|sanctuary|reserve|preserve|park|forest|falls|beach|hotel|hostel|guesthouse)[ \t]+near[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})`, 'giu');
/** "a trek near Pokhara (Nepal)": a town before its country in brackets, looked for only where such a bracket stands. */
const BEFORE_COUNTRY_BRACKET = new RegExp(String.raw`\b(?:near|in|from|to|outside|visited)[ \t]+(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})(?=[ \t]*\((?:${COUNTRY})\))`, 'giu');
const COUNTRY_BRACKET = new RegExp(String.raw`\((?:${COUNTRY})\)`, 'i');
const SITE_WORDS = wordGate('diving snorkeling snorkelling sanctuary reserve preserve park forest falls beach hostel guesthouse service store county tour trip village camp resort lodge near lab laboratory mall ed er clinic hospital parlour parlor salon spa studio shop store pharmacy plant factory hotel motel shelter gym library restaurant diner farm rink branch mowing hiking hunting fishing camping farming vacationing shopping skiing boating golfing biking drove came flew driven driving coming');
/** Words after "lab in", "ED in" that say how or what, not where: "in critical condition", "in process". */
export const NOT_SITE_TOWN = /^(?:severe|mild|moderate|extreme|acute|active|respiratory|cardiac|arrest|shock|agony|critical|stable|fair|good|poor|serious|satisfactory|guarded|condition|no|process|progress|place|transit|route|error|house|person|private|public|general|tears|pain|distress|custody|restraints|line|order|charge|use|session|service|labor|triage|isolation|quarantine|recovery|bed|room|hall|lobby|town|city|state|county|area|region|back|front|front|time|season|stock)$/i;
export const COUNTRY_ONLY = new RegExp(`^(?:${COUNTRY})$`, 'i');
/** A state or a country written out: larger than the units Safe Harbor asks to remove ("moved from Florida to Georgia"). */
export const STATE_OR_COUNTRY = new RegExp(String.raw`^(?:${STATE_NAMES_ANY}|${COUNTRY})$`, 'i');
/** Words a town's name may open with before its own ("New", "North", "Lake", "Fort", "St.", "San", "Los"). */
export const TOWN_PREFIX = String.raw`(?:(?:new|north|south|east|west|lake|port|fort|mount|st\.?|san|santa|el|la|los|las)[ \t]+)?`;

export function townsAfterSites(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[SITE_WORDS.index] && !text.includes('(') && !text.includes('#')) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const matches = [...text.matchAll(SITE_IN), ...(text.includes('(') && COUNTRY_BRACKET.test(text) ? text.matchAll(BEFORE_COUNTRY_BRACKET) : [])];
  for (const m of matches) {
    const run = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const base = m.index + m[0].length - run.length;
    const end = townEnd(text, base, run, lists, factsOf);
    if (end <= base) continue;
    const town = text.slice(base, end);
    if (COUNTRY_ONLY.test(town) || town.split(/[ \t]+/).some((w) => NOT_SITE_TOWN.test(w))) continue;
    // In one case an everyday word is no town unless a list holds it as one ("lab in process").
    if (!bothCases(lineOf(text, base)) && !town.split(/[ \t]+/).every((w) => { const f = factsOf(w.toLowerCase()); return f.town || f.city || !f.english; })) continue;
    out.push({ start: base, end, kind: 'LOCATION', rule: 'place-after-site', priority: 4 });
  }
  return out;
}
