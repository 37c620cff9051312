// The town a person moved to, after the place they moved from: "moved from oak park to ashland in september 2016",
// "MOVED FROM ALLENTOWN TO LAKINFURT IN JUL 2018". A move within a hospital or a home ("moved from bed to chair",
// "from the ICU to the floor", "from home to assisted living") names no town: the word after "to" is capitalized on a
// line of both cases, and in one-case text no everyday English word.
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineNear } from './tokens';
import { COUNTRY, STATE_NAMES_ANY } from './town-country';
import type { WordLists } from './wordlists';

const MOVED = /\bmoved[ \t]+(?:here[ \t]+|back[ \t]+)?from[ \t]+[^\n,;.]{1,40}?[ \t]+to[ \t]+((?:(?:new|north|south|east|west|lake|port|fort|mount|st\.?|san|santa|el|la|los|las)[ \t]+)?\p{L}[\p{L}'’-]+)(?=[ \t]+(?:in|on|at|last|when|after|before|about|around|for|with|and)\b|[ \t]*(?:[,.;)]|\r?\n|$))/giu;

/** Where a patient is moved within care, never a town. */
const WITHIN = /^(?:floor|unit|room|bed|chair|ward|icu|ccu|picu|nicu|er|ed|or|pacu|hospice|home|rehab|nursing|assisted|the|a|an|his|her|their|our|my|another|hallway|bathroom|stretcher|tele|telemetry|stepdown|step-down|wheelchair|recliner|couch)$/i;

/** A state or a country is larger than Safe Harbor asks to remove ("moved from Florida to Georgia"). */
const STATE_OR_COUNTRY = new RegExp(String.raw`^(?:${STATE_NAMES_ANY}|${COUNTRY})$`, 'i');

export function movedTowns(text: string, lists: WordLists): Candidate[] {
  if (!/\bmoved\b/i.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
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
