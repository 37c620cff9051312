// The town a person moved to, after the place they moved from: "moved from oak park to ashland in september 2016",
// "MOVED FROM ALLENTOWN TO LAKINFURT IN JUL 2018", and the town a history's opening names ("97-year-old woman from
// Friendship with …"). A move within a hospital or a home ("moved from bed to chair",
// "from the ICU to the floor", "from home to assisted living") names no town: the word after "to" is capitalized on a
// line of both cases, and in one-case text no everyday English word.
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineNear } from './tokens';
import { STATE_OR_COUNTRY, TOWN_PREFIX } from './town-country';
import type { WordLists } from './wordlists';

const MOVED = new RegExp(String.raw`\bmoved[ \t]+(?:here[ \t]+|back[ \t]+)?from[ \t]+[^\n,;.]{1,40}?[ \t]+to[ \t]+(${TOWN_PREFIX}\p{L}[\p{L}'’-]+)(?=[ \t]+(?:in|on|at|last|when|after|before|about|around|for|with|and)\b|[ \t]*(?:[,.;)]|\r?\n|$))`, 'giu');

/** "97-year-old woman from Friendship with new-onset seizures": the town a history's opening says the patient is from. */
const AGED_FROM = new RegExp(String.raw`\b\d{1,3}[ \t-]*(?:year|yr|y\/o|yo)s?[ \t-]*(?:old[ \t]+)?(?:[a-z-]+[ \t]+){0,2}(?:man|woman|male|female|boy|girl|gentleman|lady|patient|veteran|resident|farmer|retiree)[ \t]+from[ \t]+(${TOWN_PREFIX}\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+)?)(?=[ \t]+(?:with|who|presenting|presents|presented|admitted|referred|is|was|has|had|and|here)\b|[ \t]*[,.;])`, 'giu');

/** Where a patient is moved within care, never a town. */
const WITHIN = /^(?:floor|unit|room|bed|chair|ward|icu|ccu|picu|nicu|er|ed|or|pacu|hospice|home|rehab|nursing|assisted|the|a|an|his|her|their|our|my|another|hallway|bathroom|stretcher|tele|telemetry|stepdown|step-down|wheelchair|recliner|couch)$/i;

/** Where a patient comes from that is no town: a kind of care or lodging, a region's word. */
const NOT_FROM = /^(?:osh|outside|another|an?|the|home|nursing|skilled|assisted|group|jail|prison|shelter|work|school|rehab|hospice|clinic|abroad|overseas|out|state|town|country|area|local|rural|urban)\b/i;


export function movedTowns(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  if (/\bfrom\b/i.test(text)) for (const m of text.matchAll(AGED_FROM)) {
    const town = m[1]!;
    const words = town.split(/[ \t]+/);
    const facts = words.map((w) => factsOf(w.toLowerCase()));
    if (facts.some((f) => f.fn || (f.clinical && !f.town && !f.city)) || WITHIN.test(words[0]!) || STATE_OR_COUNTRY.test(town) || NOT_FROM.test(town)) continue;
    // On a line of both cases a town is capitalized; in one case no everyday English word unless a town's.
    if (bothCases(lineNear(text, m.index, 160)) ? !words.every((w) => /^\p{Lu}/u.test(w)) : !facts.every((f) => f.town || f.city || !f.english)) continue;
    const start = m.index + m[0].length - town.length;
    out.push({ start, end: start + town.length, kind: 'LOCATION', rule: 'place-from', priority: 4 });
  }
  if (!/\bmoved\b/i.test(text)) return out;
  for (const m of text.matchAll(MOVED)) {
    const town = m[1]!;
    const last = town.split(/[ \t]+/).pop()!;
    const f = factsOf(last.toLowerCase());
    if (f.fn || f.clinical || WITHIN.test(town.split(/[ \t]+/)[0]!) || STATE_OR_COUNTRY.test(town)) continue;
    if (bothCases(lineNear(text, m.index, 160)) ? !/^\p{Lu}/u.test(town) : f.english && !f.town && !f.city) continue;
    const start = m.index + m[0].length - town.length;
    out.push({ start, end: start + town.length, kind: 'LOCATION', rule: 'place-moved-to', priority: 4 });
  }
  return out;
}
