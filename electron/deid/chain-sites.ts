// A chain's home or rehab named by its site's town after "at": "Accordius Health at Goldsboro", "The Oaks at Marion",
// "faxed to THE OAKS AT FAITH admissions", "brookdale senior living at kings mountain". The chain's words are a kind of
// care or "The" and one word; the town after "at" is the site, so the whole names one facility. Only where a referral,
// a bed or a discharge is written about, since "at" joins many phrases.
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineOf } from './tokens';
import type { WordLists } from './wordlists';

const W = String.raw`\p{L}[\p{L}'’-]*`;
/** The chain's last word: a kind of care or of residence ("Health", "Living", "Oaks"). */
const CHAIN_END = String.raw`health|healthcare|care|living|rehab|rehabilitation|nursing|manor|place|village|gardens|oaks|pines|meadows|commons|residence|residences|terrace|pointe|landing|springs|glen|house|lodge|center|centre`;
/** The chain's words right before " at ": "Accordius Health", "The Oaks" (found by their end, so only each " at " is read). */
const CHAIN_BEFORE = new RegExp(String.raw`(?<![\p{L}'’-])(?:the[ \t]+${W}|${W}(?:[ \t]+${W})?[ \t]+(?:${CHAIN_END}))$`, 'iu');
/** The site's town after " at ", closed where a name would close. */
const SITE_AFTER = new RegExp(String.raw`^(${W}(?:[ \t]+${W})?)(?=[ \t]*(?:[;,.()\n]|$)|[ \t]+(?:admissions|and|for|on|in|with|via|to|was|is|accepted|declined|pending)\b)`, 'iu');
/** A referral, a bed or a discharge near the name. */
const PLACEMENT = /\b(?:referrals?|referred|sent|faxed|bed|offers?|accepted|discharged|discharge|admitted|transferred|placement|snf|rehab|facility|facilities|admissions|careport|choices?|options?)\b/i;
/** Words of a town's place that end the site: "at home", "at baseline", "at bedside". */
const NOT_SITE = new Set(['home', 'baseline', 'bedside', 'night', 'this', 'that', 'the', 'a', 'an', 'least', 'most', 'times', 'rest', 'risk', 'present', 'first', 'last', 'all', 'once', 'discharge', 'admission', 'time', 'work', 'school']);

/** Kinds of care before "at" that name no chain: "skilled nursing at home". */
const CARE_KIND = new Set(['skilled', 'home', 'nursing', 'inpatient', 'outpatient', 'acute', 'long-term', 'short-term', 'memory', 'hospice', 'palliative', 'primary', 'urgent', 'intensive', 'respite', 'day']);

export function chainSites(text: string, lists: WordLists): Candidate[] {
  if (!/\bat\b/i.test(text) || !PLACEMENT.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const at of text.matchAll(/[ \t]+at[ \t]+/gi)) {
    let from = Math.max(0, at.index - 72);
    // Look back from a word's start.
    while (from > 0 && from < at.index && !/\s/.test(text[from - 1]!)) from++;
    const chain = CHAIN_BEFORE.exec(text.slice(from, at.index));
    const siteMatch = chain ? SITE_AFTER.exec(text.slice(at.index + at[0].length, at.index + at[0].length + 60)) : null;
    if (!chain || !siteMatch) continue;
    let start = from + chain.index;
    let chainText = chain[0];
    // "TO THE OAKS AT FAITH": a function word the match began on is no part of the name.
    const lead = /^(\p{L}+)[ \t]+/u.exec(chainText);
    if (lead && !/^the$/i.test(lead[1]!) && factsOf(lead[1]!.toLowerCase()).fn) {
      start += lead[0].length;
      chainText = chainText.slice(lead[0].length);
    }
    const end = at.index + at[0].length + siteMatch[1]!.length;
    const words = chainText.split(/[ \t]+/);
    const site = siteMatch[1]!.split(/[ \t]+/);
    const mixed = bothCases(lineOf(text, start));
    if (mixed && ![...words, ...site].every((w) => /^\p{Lu}/u.test(w))) continue;
    if (site.some((w) => NOT_SITE.has(w.toLowerCase()) || factsOf(w.toLowerCase()).fn || (factsOf(w.toLowerCase()).clinical && !factsOf(w.toLowerCase()).town))) continue;
    const first = words[0]!.toLowerCase();
    if (CARE_KIND.has(first) || (first !== 'the' && factsOf(first).fn)) continue;
    if (!PLACEMENT.test(text.slice(Math.max(0, start - 120), end + 40))) continue;
    out.push({ start, end, kind: 'LOCATION', rule: 'place-chain-site', priority: 4 });
  }
  return out;
}

/** Dialysis and vascular-access chains, whose units are named by the chain and the unit's town: "U.S. Renal Care
 * Hagerstown", "Fresenius Kidney Care Lebanon", "Dialysis Clinic, Inc. - Wheeling", "DaVita The Villages Dialysis",
 * "American Renal Farrellton", "Azura Vascular Care Huntingdon". The chain alone ("the DaVita policy", "Fresenius 2008T")
 * names no one's unit and stays. */
const RENAL_CHAIN = /\b(?:u\.?s\.?[ \t]+renal[ \t]+care|fresenius[ \t]+(?:kidney|medical)[ \t]+care|dialysis[ \t]+clinic,?[ \t]+inc\.?|davita|american[ \t]+renal(?:[ \t]+associates)?|azura[ \t]+vascular[ \t]+care|satellite[ \t]+healthcare|innovative[ \t]+renal[ \t]+care)(?:[ \t]+-|[ \t]*–)?[ \t]+((?:the[ \t]+)?\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2}?)(?:[ \t]+((?:home[ \t]+)?dialysis(?:[ \t]+(?:center|unit|program))?|kidney[ \t]+center|home[ \t]+program))?(?=[ \t]*(?:[,;:.()\n]|$)|[ \t]{2,}|[ \t]+(?:faxed|accepted|declined|sent|called|reports?|at|in|on|for|to|and|with|via|is|was|will|has|unit|center|attn|pages|re)\b)/giu;
/** Words after a chain that say what of it, not where: "DaVita policy", "Fresenius machine". */
const NOT_UNIT_TOWN = /^(?:policy|policies|machine|machines|protocol|protocols|machine|supply|supplies|rep|representative|staff|nurse|unit|units|center|centers|program|programs|clinic|clinics|home|pharmacy|rx|lab|labs|laboratory|guidelines|guideline|form|forms|system|systems|corporate|corporation|inc|llc|network|portal|app|website|hotline|line|number|patients?|the|a|an|and|or|of|for|in|on|at|to|with|machine|cycler|dialyzer|bath|and)$/i;

export function renalChainSites(text: string, lists: WordLists): Candidate[] {
  if (!/renal|kidney|medical care|dialysis clinic|davita|vascular care|satellite|healthcare/i.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(RENAL_CHAIN)) {
    const town = m[1]!.split(/[ \t]+/).filter((w) => !/^the$/i.test(w));
    if (town.length === 0 || town.some((w) => NOT_UNIT_TOWN.test(w) || /\d/.test(w))) continue;
    const f = town.map((w) => factsOf(w.toLowerCase().replace(/[.]$/, '')));
    if (f.some((x) => x.fn || (x.clinical && !x.town && !x.city))) continue;
    // On a line of both cases the town is capitalized.
    if (bothCases(lineOf(text, m.index)) && !town.every((w) => /^\p{Lu}/u.test(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION', rule: 'place-chain-site', priority: 4 });
  }
  return out;
}
