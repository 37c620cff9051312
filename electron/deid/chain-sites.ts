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
const CHAIN_AT = new RegExp(String.raw`(?<![\p{L}'’-])((?:the[ \t]+${W}|${W}(?:[ \t]+${W})?[ \t]+(?:${CHAIN_END}))[ \t]+at[ \t]+(${W}(?:[ \t]+${W})?))(?=[ \t]*(?:[;,.()\n]|$)|[ \t]+(?:admissions|and|for|on|in|with|via|to|was|is|accepted|declined|pending)\b)`, 'giu');
/** A referral, a bed or a discharge near the name. */
const PLACEMENT = /\b(?:referrals?|referred|sent|faxed|bed|offers?|accepted|discharged|discharge|admitted|transferred|placement|snf|rehab|facility|facilities|admissions|careport|choices?|options?)\b/i;
/** Words of a town's place that end the site: "at home", "at baseline", "at bedside". */
const NOT_SITE = new Set(['home', 'baseline', 'bedside', 'night', 'this', 'that', 'the', 'a', 'an', 'least', 'most', 'times', 'rest', 'risk', 'present', 'first', 'last', 'all', 'once', 'discharge', 'admission', 'time', 'work', 'school']);

export function chainSites(text: string, lists: WordLists): Candidate[] {
  if (!/\bat\b/i.test(text) || !PLACEMENT.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const CARE_KIND = new Set(['skilled', 'home', 'nursing', 'inpatient', 'outpatient', 'acute', 'long-term', 'short-term', 'memory', 'hospice', 'palliative', 'primary', 'urgent', 'intensive', 'respite', 'day']);
  for (const m of text.matchAll(CHAIN_AT)) {
    let whole = m[1]!;
    let start = m.index;
    // "TO THE OAKS AT FAITH": a function word the match began on is no part of the name.
    const lead = /^(\p{L}+)[ \t]+/u.exec(whole);
    if (lead && !/^the$/i.test(lead[1]!) && factsOf(lead[1]!.toLowerCase()).fn) {
      start += lead[0].length;
      whole = whole.slice(lead[0].length);
    }
    const site = m[2]!.split(/[ \t]+/);
    const words = whole.slice(0, whole.length - m[2]!.length).split(/[ \t]+/).filter((w) => w !== '' && !/^at$/i.test(w));
    const mixed = bothCases(lineOf(text, start));
    if (mixed && ![...words, ...site].every((w) => /^\p{Lu}/u.test(w))) continue;
    if (site.some((w) => NOT_SITE.has(w.toLowerCase()) || factsOf(w.toLowerCase()).fn || (factsOf(w.toLowerCase()).clinical && !factsOf(w.toLowerCase()).town))) continue;
    // "skilled nursing at home": a kind of care before "at" names no chain.
    const first = words[0]!.toLowerCase();
    if (CARE_KIND.has(first) || (first !== 'the' && factsOf(first).fn)) continue;
    if (!PLACEMENT.test(text.slice(Math.max(0, start - 120), start + whole.length + 40))) continue;
    out.push({ start, end: start + whole.length, kind: 'LOCATION', rule: 'place-chain-site', priority: 4 });
  }
  return out;
}
