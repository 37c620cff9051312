// The town a person lives in, named right after "lives in" and closed where a place's name closes, whatever word spells
// it: "pt married, lives in federal, husband did not come", "resides in Normal with her son". One or two words that are
// no word of housing, care or feeling ("lives in senior housing", "lives in fear") and no function or clinical word.
import type { Candidate } from './patterns';
import { factsMemo } from './tokens';
import type { WordLists } from './wordlists';

const LIVES_IN = /\b(?:lives|living|lived|resides|residing|resided|relocated|moved|moving)[ \t]+in[ \t]+(\p{L}[\p{L}'’.-]+(?:[ \t]+\p{L}[\p{L}'’.-]+)?)(?=[ \t]*(?:[,.;:)\n]|$|[ \t]+(?:with|w\/|alone|and|since|for|near|area|but|where|who|while|until|now|currently|independently|by)\b))/giu;
/** Words after "lives in" that say how or what kind, not where. */
const NOT_TOWN = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'our', 'my', 'own', 'same', 'this', 'that', 'home', 'house', 'houses', 'apartment', 'apt', 'apts', 'condo', 'condominium', 'housing', 'senior', 'elderly', 'assisted', 'group', 'shelter', 'shelters', 'area', 'town', 'city', 'state', 'country', 'county', 'nh', 'snf', 'ltc', 'rehab', 'facility', 'community', 'building', 'trailer', 'basement', 'floor', 'room', 'fear', 'pain', 'denial', 'poverty', 'squalor', 'isolation', 'filth', 'clutter', 'comfort', 'peace', 'harmony', 'hope', 'family', 'families', 'two', 'one', 'multi', 'single', 'first', 'second', 'third', 'mobile', 'public', 'private', 'subsidized', 'section', 'independent', 'retirement', 'nursing', 'dorm', 'dormitory', 'dorms', 'barracks', 'camp', 'tent', 'car', 'van', 'truck', 'rv', 'motel', 'hotel', 'hotels', 'motels', 'boarding', 'rooming', 'halfway', 'sober', 'foster', 'care', 'custody', 'jail', 'prison', 'tx', 'us', 'usa', 'america', 'states', 'suburbs', 'suburb', 'countryside', 'rural', 'urban', 'north', 'south', 'east', 'west', 'central', 'downtown', 'upstairs', 'downstairs', 'it', 'there', 'here', 'hospital', 'hospitals', 'institution', 'institutions', 'residence', 'residential', 'place', 'places', 'unit', 'units']);

export function livesInTowns(text: string, lists: WordLists): Candidate[] {
  if (!/\b(?:lives|living|lived|resides|residing|resided|relocated|moved|moving)[ \t]+in\b/i.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(LIVES_IN)) {
    const words = m[1]!.split(/[ \t]+/);
    const ok = words.every((w) => {
      const key = w.toLowerCase().replace(/[.'’]+$/, '');
      if (NOT_TOWN.has(key) || key.length < 3 || /\d/.test(key)) return false;
      const f = factsOf(key);
      return !f.fn && (!f.clinical || f.town || f.city) && !lists.states.has(key);
    });
    if (!ok) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, kind: 'LOCATION', rule: 'place-lives-in', priority: 4 });
  }
  return out;
}
