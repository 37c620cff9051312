// Where a patient fills prescriptions, as pharmacy records write it, written against the pharmacy wave's read seeds
// (eval/pharmacy-wave.ts): a chain's store number ("CVS #4471"), the road, street and town after a chain ("Walgreens -
// US Route 25", "Walmart #17327, Chestnut Rd, Marion VT", "CVS #1221 (Shirley)"), a pharmacist's pager ("page ...,
// PharmD at 93794") and a prior authorization's key. The chain's brand stays: it names no place on its own.
import type { PatternRule } from './patterns';
import { wordGate } from './tokens';

const CHAINS = String.raw`(?:cvs|walgreens|walmart|wal-mart|rite[ \t]+aid|kroger|costco|target|safeway|publix|hannaford|shaw['’]?s|stop[ \t]*&[ \t]*shop|market[ \t]+basket|wegmans|h-e-b|heb|meijer|giant(?:[ \t]+eagle)?|albertsons|duane[ \t]+reade|osco|sam['’]?s[ \t]+club|price[ \t]+chopper|big[ \t]+y|walgreen|winn-dixie|food[ \t]+lion|harris[ \t]+teeter|fred[ \t]+meyer|vons|jewel-osco|hy-vee|kinney[ \t]+drugs|brooks|eckerd|longs)`;
const CHAIN_GATE = wordGate('cvs walgreens walmart wal mart rite aid kroger costco target safeway publix hannaford shaw shaws stop shop market basket wegmans heb meijer giant albertsons duane reade osco sam sams price chopper big walgreen winn dixie food lion harris teeter fred meyer vons jewel hy vee kinney brooks eckerd longs');
/** A store's number after the chain, "pharmacy" maybe between. */
const STORE = String.raw`${CHAINS}(?:[ \t]+(?:pharmacy|drug|drugs|store))?[ \t]*(?:#|no\.?|store)[ \t]*(\d{3,6})\b`;
/** The kinds of a street named without a number. */
const STREET_KIND = String.raw`(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|way|pike)\.?`;
/** A road by its number: "Route 9", "US Rte. 1A", "Hwy 52". */
const ROAD = String.raw`(?:us[ \t]+|state[ \t]+)?(?:route|rte|rt|hwy|highway)\.?[ \t]*\d{1,3}[a-z]?\b`;
const STATES = String.raw`(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|new[ \t]+hampshire|maine|vermont|massachusetts|connecticut|rhode[ \t]+island|new[ \t]+york)`;
const WORD = String.raw`[a-z\u00c0-\u024f][a-z\u00c0-\u024f'’.-]*`;
/** "CVS #1221, Chestnut Rd, Marion VT": a store, its street and its town before the state. */
const STORE_STREET_TOWN = new RegExp(String.raw`${STORE},[ \t]*(${WORD}(?:[ \t]+${WORD}){0,2}[ \t]+${STREET_KIND}),[ \t]*(${WORD}(?:[ \t]+${WORD}){0,2}?)[ \t]+${STATES}\b`, 'gi');

export const PHARMACY_RULES: readonly PatternRule[] = [
  // "CVS #4471", "RITE AID PHARMACY #2357", "walmart #09361": the store's number.
  { rule: 'pharmacy-store', kind: 'LOCATION', words: CHAIN_GATE, re: new RegExp(STORE, 'gi'), group: 1, priority: 6 },
  // "Walgreens - US Route 25", "CVS - Rte 1A", "WALMART - ROUTE 4": the road a chain's store stands on.
  { rule: 'pharmacy-store', kind: 'LOCATION', words: CHAIN_GATE, re: new RegExp(String.raw`${CHAINS}(?:[ \t]+pharmacy)?[ \t]*[-–/][ \t]*(${ROAD})`, 'gi'), group: 1, priority: 6 },
  // "CVS #1221 (Shirley)", "WALGREENS #5672 (PORT PRESTON)": the town in brackets after a store.
  { rule: 'pharmacy-store', kind: 'LOCATION', words: CHAIN_GATE, re: new RegExp(String.raw`${STORE}[ \t]*\((${WORD}(?:[ \t]+${WORD}){0,2})\)`, 'gi'), group: 2, priority: 6, check: (m) => !/^\d|^(?:ph|phone|tel|fax|open|closed|24|hrs?)\b/i.test(m[2]!) },
  { rule: 'pharmacy-store', kind: 'LOCATION', words: CHAIN_GATE, re: STORE_STREET_TOWN, group: 2, priority: 6 },
  // "WALGREENS #3099, PARADISE. WILL DISCUSS", "CVS #221, Marion;": a town alone after a store's number, where its phrase
  // ends.
  { rule: 'pharmacy-store', kind: 'LOCATION', words: CHAIN_GATE, re: new RegExp(String.raw`${STORE},[ \t]*(${WORD}(?:[ \t]+${WORD})?)(?=[ \t]*(?:[.;)]|\r?\n|$|,[ \t]*${STATES}\b))`, 'gi'), group: 2, priority: 6, check: (m) => !/^(?:ph|phone|tel|fax|open|closed|hrs?|store|pharmacy|same|main|downtown|the|a|an|and|or|on|at|in|by|via|per)\b/i.test(m[2]!) },
  { rule: 'pharmacy-store', kind: 'LOCATION', words: CHAIN_GATE, re: new RegExp(STORE_STREET_TOWN.source, 'gi'), group: 3, priority: 6 },
  // "page Jesus Bins, PharmD at 93794": a five-digit pager after "page ... at".
  { rule: 'pager-at', kind: 'PHONE', words: wordGate('page paged pager'), re: /\bpage[dr]?\b[^.\n]{0,40}?\bat[ \t]+#?(\d{5})\b(?![ \t]*(?:mg|mcg|units?|ml|%))/gi, group: 1, priority: 5 },
  // "Submitted via CoverMyMeds, Key: KGGVBUSZ": a prior authorization's key.
  { rule: 'pa-key', kind: 'ID', words: wordGate('covermymeds cmm'), re: /\b(?:covermymeds|cmm)\b[^.\n]{0,24}?\bkey[ \t]*[:#]?[ \t]*([A-Za-z0-9]{6,12})\b/gi, group: 1, priority: 6 },
];
