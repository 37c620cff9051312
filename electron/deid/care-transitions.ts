// Places as care-transition notes name them (social work, case management, discharge planning): a home-care agency
// named for a person ("Mraz Home Health", "Sauer & Sons Home Care"), a care site "of" its town ("Life Care Center of
// Quimper", "VNA of Cape Cod"), a chain and its town ("Kindred - Concord"), a named shelter or residence and its town
// ("staying at Shepherd's Place in Hope"), and a person "of" their town ("guardian, Ann Case of Auburn, who").
import { mark, type PlaceCtx } from './place-context';
import { adjacent } from './tokens';

/** Small words inside a town's name: "Elisa do Descoberto", "Stratford upon Avon". */
const PARTICLES = new Set(['do', 'da', 'dos', 'das', 'de', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'los', 'las', 'sur', 'upon', 'on', 'en', 'y', 'am', 'an', 'der']);
/** Words that open no agency's or site's name before its kind. */
const NOT_NAME_WORD = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'your', 'my', 'its', 'visiting', 'local', 'private', 'any', 'new', 'own', 'needs', 'need', 'refer', 'referred', 'referral', 'start', 'started', 'resume', 'resumed', 'home', 'skilled', 'continue', 'cont', 'arrange', 'arranged', 'set', 'setup', 'services', 'agency', 'pt', 'patient', 'family', 'hospice', 'inpatient', 'outpatient', 'palliative', 'certified', 'medicare', 'medicaid', 'accepting', 'accepted', 'declined', 'prefers', 'prefer', 'choice', 'daily', 'weekly', 'custodial', 'private-duty', 'duty', 'vna', 'hha', 'pca', 'sons', 'daughters', 'and', 'or', 'w', 'with']);

/** Departments and services, which follow "of" as a town does ("Dr. Y of Radiation Oncology"). */
const DEPARTMENT = /(?:ology|iatry|iatrics|surgery|medicine|services?|department|dept|team|unit|clinic|division|program)$/;

/** A word that may be part of a proper name here: capitalized on a mixed-case line; in one case no frequent word, or a
 * listed town or name. */
function nameWord(ctx: PlaceCtx, k: number): boolean {
  const t = ctx.tokens[k]!;
  const f = ctx.f[k]!;
  if (f.fn || f.clinical || f.eponym || /\d/.test(t.key) || t.end - t.start < 2 || NOT_NAME_WORD.has(t.key) || DEPARTMENT.test(t.key)) return false;
  if (t.lineCase === 'mixed') return t.cap && !t.allCaps;
  return !f.common || f.town || f.city || f.last || f.first;
}

/** Any word a region's name may hold, in any case: no clinical word, number, or word that opens no name. */
function looseNameWord(ctx: PlaceCtx, k: number): boolean {
  const t = ctx.tokens[k]!;
  const f = ctx.f[k]!;
  return !f.fn && (!f.clinical || REGION_LEADS.has(t.key)) && !/\d/.test(t.key) && t.end - t.start >= 2 && !NOT_NAME_WORD.has(t.key) && !DEPARTMENT.test(t.key);
}

/** Words that lead a region's name and are clinical words elsewhere ("upper cape", "lower valley"). */
const REGION_LEADS = new Set(['upper', 'lower', 'outer', 'inner', 'north', 'south', 'east', 'west', 'central', 'greater', 'mid']);

/** A town's words from token k on: one to three name words with particles between, ending at punctuation, the line's end
 * or a word no town holds. Returns the token indexes, or [] when the run is not a town's shape. */
function townAfter(ctx: PlaceCtx, k: number, stop: RegExp, loose = false): number[] {
  const { tokens, text } = ctx;
  // After "VNA of" and "Hospice of" the words to the clause's end are the region in any case ("vna of outer cape when").
  const wordOk = loose ? looseNameWord : nameWord;
  const run: number[] = [];
  for (let j = k; j < tokens.length && run.length < 5; j++) {
    if (j > k && !adjacent(text, tokens[j - 1]!, tokens[j]!)) break;
    if (run.length > 0 && PARTICLES.has(tokens[j]!.key) && j + 1 < tokens.length && wordOk(ctx, j + 1)) {
      run.push(j);
      continue;
    }
    if (!wordOk(ctx, j)) break;
    run.push(j);
  }
  while (run.length > 0 && PARTICLES.has(tokens[run[run.length - 1]!]!.key)) run.pop();
  if (run.length === 0) return [];
  const last = tokens[run[run.length - 1]!]!;
  return stop.test(text.slice(last.end, last.end + 24)) ? run : [];
}

const HOME_CARE_KIND = /^[ \t]+(?:home[ \t]+health(?:[ \t]*care)?|home[ \t]*care|homecare|home[ \t]+services|in-?home[ \t]+care|hospice(?![ \t]+(?:care|eval|evaluation|consult|referral|team|nurse|rn|services|benefit|discussion))|visiting[ \t]+nurses?)\b/i;

/** "Mraz Home Health to provide HHA", "Sauer & Sons Home Care": the agency's one or two name words before its kind. */
function homeCareRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/home|hospice|visiting/i.test(text)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap first: the next word opens a kind of home care.
    if (!/^(?:home|homecare|hospice|visiting|in-home|inhome|in)$/.test(tokens[i + 1]!.key) || !HOME_CARE_KIND.test(text.slice(t.end, t.end + 36))) continue;
    let k = i;
    // "Sauer & Sons": the family's name before "& Sons".
    if (t.key === 'sons' && k > 0 && /^[ \t]*(?:&|and)[ \t]*$/i.test(text.slice(tokens[k - 1]!.end, t.start))) k--;
    else if (!nameWord(ctx, k)) continue;
    const words = [k];
    if (k > 0 && adjacent(text, tokens[k - 1]!, tokens[k]!) && nameWord(ctx, k - 1) && !ctx.f[k - 1]!.common) words.unshift(k - 1);
    // One everyday word alone is no agency ("good home care").
    if (words.length === 1 && tokens[k]!.lineCase !== 'mixed' && ctx.f[k]!.english && (ctx.f[k]!.common || !ctx.f[k]!.last)) continue;
    if (!nameWord(ctx, k)) continue;
    for (const w of words) mark(ctx, w, 'place-facility');
  }
}

/** The kinds of site that end "of" a town: "Life Care Center of", "Rehab and Nursing Center of", "VNA of". */
const OF_HEADS = new Set(['center', 'centre', 'home', 'village', 'manor', 'hospital', 'rehab', 'rehabilitation', 'nursing', 'healthcare', 'house', 'vna', 'hospice', 'association', 'residence', 'commons', 'gardens', 'living', 'services']);
/** A site word before the head, so "center of mass" or "home of her son" names no site. */
const SITE_WORDS = /\b(?:care|nursing|rehab|rehabilitation|health|healthcare|hospice|living|senior|skilled|vna|visiting|nurse|hospital|medical|life)\b/i;
const TOWN_END = /^(?:[ \t]*(?:[,.;:)(\n]|$)|[ \t]+(?:for|vs\.?|or|and|with|w\/|on|in|to|at|when|once|who|which|screening|ltach|snf|tcu|alf|facility|\d))/i;

function ofTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.key !== 'of' || !OF_HEADS.has(tokens[i - 1]!.key) || !adjacent(text, tokens[i - 1]!, tokens[i]!)) continue;
    const head = tokens[i - 1]!;
    if (head.lineCase === 'mixed' && !head.cap) continue;
    const lead = text.slice(Math.max(0, tokens[Math.max(0, i - 5)]!.start), head.end);
    if (head.key !== 'vna' && head.key !== 'hospice' && !SITE_WORDS.test(lead.slice(0, lead.length - (head.end - head.start)))) continue;
    if (!adjacent(text, tokens[i]!, tokens[i + 1]!)) continue;
    const loose = head.key === 'vna' || head.key === 'hospice';
    // "Hospice of the North Shore": the article before the region's name.
    const from = loose && tokens[i + 1]!.key === 'the' && i + 2 < tokens.length ? i + 2 : i + 1;
    const town = townAfter(ctx, from, TOWN_END, loose);
    // One everyday word is no region ("hospice of sorts", "VNA of choice").
    if (town.length === 1 && ctx.f[town[0]!]!.english && !ctx.f[town[0]!]!.town && !ctx.f[town[0]!]!.city && !tokens[town[0]!]!.cap) continue;
    for (const w of town) mark(ctx, w, 'place-facility');
  }
}

/** "Kindred - Concord", "Brookdale – New Bedford": a site found already, a dash, and its town. */
function dashTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/ [-–—] /.test(text)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ctx.isPlace[i] || ctx.isPlace[i + 1] || !/^[ \t]+[-–—][ \t]+$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) continue;
    const town = townAfter(ctx, i + 1, TOWN_END);
    for (const w of town) mark(ctx, w, 'place-cue');
  }
}

/** Words of a site's kind, which follow a chain's name as its town does ("Brookdale Senior Living"). */
const SITE_KIND_WORDS = new Set(['senior', 'living', 'care', 'center', 'centre', 'nursing', 'rehab', 'rehabilitation', 'hospital', 'health', 'healthcare', 'home', 'homes', 'village', 'manor', 'assisted', 'skilled', 'gardens', 'place', 'residence', 'residences', 'commons', 'court', 'suites', 'specialty', 'transitional', 'subacute', 'acute', 'long', 'term', 'memory', 'hospice', 'at', 'of']);
const CHAIN_TOWN_END = /^(?:[ \t]*(?:[,.;(]|\r?\n|$)|[ \t]+(?:screening|ltach|ltac|snf|tcu|alf|for|vs\.?|or|and|\d))/i;

/** "KINDRED READING", "Atria West Marquardtham screening", "Spaulding Hospital North Zoeton (LTACH)": a chain found by
 * name, its "Hospital" if any, and the town its site is in. */
function chainTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ctx.isPlace[i] || ctx.isPlace[i + 1]) continue;
    let k = i + 1;
    const kind = /^(?:hospital|rehab)$/.test(tokens[k]!.key) && adjacent(text, tokens[i]!, tokens[k]!);
    // A site found by its kind ("SPAULDING HOSPITAL") needs that kind before the town; a chain found by name does not.
    if (kind) k++;
    else if (ctx.rules[i] !== 'place-institution') continue;
    if (k >= tokens.length || !adjacent(text, tokens[k - 1]!, tokens[k]!) || SITE_KIND_WORDS.has(tokens[k]!.key)) continue;
    const town = townAfter(ctx, k, CHAIN_TOWN_END).filter((w) => !SITE_KIND_WORDS.has(tokens[w]!.key));
    if (town.length > 0 && town[0] === k) for (const w of town) mark(ctx, w, 'place-cue');
  }
}

/** "currently staying at Shepherd's Place in Hope", "lives at bethany house in athol": a named residence between "at"
 * and "in", and the town after it. */
const STAYING_AT = /\b(?:staying|stays|stayed|lives|living|resides|residing|reside)[ \t]+at[ \t]+$/i;

function stayingAtRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/\bat\b/i.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.key !== 'at' || !STAYING_AT.test(text.slice(Math.max(0, tokens[i]!.start - 16), tokens[i]!.start))) continue;
    const words: number[] = [];
    let j = i;
    for (; j < tokens.length && words.length < 4; j++) {
      if (j > i && !adjacent(text, tokens[j - 1]!, tokens[j]!)) break;
      if (tokens[j]!.key === 'in') break;
      const f = ctx.f[j]!;
      if (f.clinical || /\d/.test(tokens[j]!.key) || (f.fn && !/^(?:of|the)$/.test(tokens[j]!.key)) || (j === i && NOT_NAME_WORD.has(tokens[j]!.key))) break;
      if (tokens[j]!.lineCase === 'mixed' && !tokens[j]!.cap && !/^(?:of|the)$/.test(tokens[j]!.key)) break;
      words.push(j);
    }
    if (words.length === 0 || j >= tokens.length || tokens[j]!.key !== 'in' || !adjacent(text, tokens[j - 1]!, tokens[j]!)) continue;
    const town = townAfter(ctx, j + 1, TOWN_END);
    if (town.length === 0) continue;
    for (const w of [...words, ...town]) mark(ctx, w, 'place-cue');
  }
}

const KIN_BEFORE = new Set(['daughter', 'dtr', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew', 'mother', 'father', 'cousin', 'aunt', 'uncle', 'friend', 'neighbor', 'neighbour', 'guardian', 'grandson', 'granddaughter']);

/** "guardian, Ann Case of Auburn, who must sign", "DEEVAKAR BAKER OF KURTISFURT,": a person found, "of", and their town. */
function personOfTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    // A full name before "of" (a lone surname may be an anatomical part's: "the Hood of Hamate").
    // ("daughter Gianpaolo of Mercy": a relative's given name after their kin word will do.)
    if (tokens[i]!.key !== 'of' || i < 2 || !ctx.isName.has(i - 1) || !(ctx.isName.has(i - 2) || KIN_BEFORE.has(tokens[i - 2]!.key)) || !adjacent(text, tokens[i - 1]!, tokens[i]!) || !adjacent(text, tokens[i]!, tokens[i + 1]!)) continue;
    const town = townAfter(ctx, i + 1, /^(?:[ \t]*(?:,|;|\.(?:\s|$)|\)|\n|$)|[ \t]+(?:visited|visiting|called|calling|came|is|was|who|here|and)\b)/i);
    for (const w of town) mark(ctx, w, 'place-cue');
  }
}

/** "OSH MRN 46582051 (BMGH)", "records from osh (swdh)": an outside hospital's initials in brackets, ending as hospitals'
 * initials do ("H", "MC", "HC"), on a line about an outside hospital. */
const OSH_LINE = /\b(?:osh|outside\s+hosp(?:ital)?|transferr?ed\s+from|transfer\s+from|records\s+(?:from|requested)|referring\s+hosp(?:ital)?)\b/i;

function outsideInitialsRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  if (!/\(/.test(text) || !OSH_LINE.test(text)) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (text[t.start - 1] !== '(' || text[t.end] !== ')' || !/^[a-z]{1,3}(?:h|mc|hc|mh|gh)$/.test(t.key) || ctx.f[i]!.clinical || ctx.f[i]!.english) continue;
    const lineStart = text.lastIndexOf('\n', t.start) + 1;
    const lineEnd = text.indexOf('\n', t.end);
    if (OSH_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) mark(ctx, i, 'place-hospital-abbr');
  }
}

/** Pharmacy and grocery chains, whose stores are named by their town: "rite aid ikoga called", "WALGREENS ATHENS CALLED". */
const PHARMACY_CHAINS = new Set(['cvs', 'walgreens', 'walgreen', 'walmart', 'costco', 'kroger', 'publix', 'safeway', 'osco', 'wegmans', 'meijer', 'heb', 'albertsons', 'hannaford', 'shaws', "shaw's", 'giant', 'aid', 'reade']);
const STORE_TOWN_END = /^(?:[ \t]*(?:[,.;(]|\r?\n|$)|[ \t]+(?:called|calling|calls|pharmacy|store|location|branch|says|said|faxed|re:?|about|regarding|is|has)\b)/i;

function storeTownRule(ctx: PlaceCtx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const key = tokens[i]!.key;
    if (!PHARMACY_CHAINS.has(key) || ctx.isPlace[i + 1] || !adjacent(text, tokens[i]!, tokens[i + 1]!)) continue;
    if ((key === 'aid' && tokens[i - 1]?.key !== 'rite') || (key === 'reade' && tokens[i - 1]?.key !== 'duane') || (key === 'giant' && tokens[i + 1]!.key !== 'eagle')) continue;
    const k = key === 'giant' ? i + 2 : i + 1;
    if (k >= tokens.length || /^(?:pharmacy|pharmacies|store|stores|on|in|at|near|by|and|or|the|minute|clinic|eagle)$/.test(tokens[k]!.key)) continue;
    const town = townAfter(ctx, k, STORE_TOWN_END);
    for (const w of town) mark(ctx, w, 'place-cue');
  }
}

export function careTransitionRules(ctx: PlaceCtx): void {
  outsideInitialsRule(ctx);
  homeCareRule(ctx);
  ofTownRule(ctx);
  stayingAtRule(ctx);
  personOfTownRule(ctx);
  dashTownRule(ctx);
  chainTownRule(ctx);
  storeTownRule(ctx);
}
