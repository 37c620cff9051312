// Towns abroad named with their country after a comma: "deployed to Khost, Afghanistan", "combat tours in samarra and
// mosul, iraq", "born in Kumasi, Ghana". The country stays (a country is larger than a state); the town before it is
// smaller, whatever the word lists know of it. On a line of one case a cue word must come before the town.
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineOf } from './tokens';
import type { WordLists } from './wordlists';

const COUNTRY = String.raw`afghanistan|iraq|syria|kuwait|qatar|iran|jordan|saudi[ \t]+arabia|bahrain|oman|yemen|uae|united[ \t]+arab[ \t]+emirates|djibouti|somalia|egypt|libya|lebanon|israel|turkey|germany|italy|spain|portugal|france|belgium|netherlands|poland|ukraine|russia|greece|bosnia|kosovo|serbia|croatia|romania|hungary|ireland|england|scotland|wales|japan|korea|south[ \t]+korea|philippines|vietnam|cambodia|laos|thailand|myanmar|burma|china|taiwan|india|pakistan|bangladesh|nepal|sri[ \t]+lanka|indonesia|malaysia|mexico|canada|guatemala|honduras|el[ \t]+salvador|nicaragua|colombia|venezuela|ecuador|peru|brazil|chile|argentina|cuba|haiti|dominican[ \t]+republic|jamaica|nigeria|ghana|kenya|ethiopia|eritrea|sudan|liberia|sierra[ \t]+leone|cameroon|congo|uganda|tanzania|rwanda|burundi|senegal|south[ \t]+africa|zimbabwe|morocco|algeria|tunisia|australia|new[ \t]+zealand`;
const WORD = String.raw`\p{L}[\p{L}'’.-]*`;
const TOWN = String.raw`${WORD}(?:[ \t]+${WORD}){0,2}`;
const TOWN_COUNTRY = new RegExp(String.raw`(?<![\p{L}'’-])(${TOWN})(?:[ \t]+(?:and|&)[ \t]+(${TOWN}))?,[ \t]*(?:${COUNTRY})(?![\p{L}'’-])`, 'giu');
/** Words after which a town is named on a line of one case. */
const CUE = /(?:^|[\n:;(]|\b(?:in|to|from|near|at|of|outside|deployed|born|visited|stationed|tours?|lives|lived|moved|raised|grew[ \t]+up))[ \t]*$/i;
/** Words of a phrase that names no town: "the capital, Iraq", "his unit, Germany". */
const NOT_TOWN = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'capital', 'province', 'region', 'city', 'town', 'village', 'base', 'unit', 'deployment', 'tour', 'tours', 'combat', 'service', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'camp', 'fob', 'in', 'to', 'and', 'or']);

export function townsBeforeCountries(text: string, lists: WordLists): Candidate[] {
  if (!new RegExp(`,[ \\t]*(?:${COUNTRY})\\b`, 'i').test(text)) return [];
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
    const from = words.findIndex((_, i) => town(text.slice(words[i]!.at, words[words.length - 1]!.end), m.index));
    if (from < 0) continue;
    const start = words[from]!.at;
    const end = words[words.length - 1]!.end;
    if (!mixedOf(start) && !CUE.test(text.slice(Math.max(0, start - 24), start))) continue;
    out.push({ start, end, kind: 'LOCATION', rule: 'place-town-country', priority: 4 });
    const second = m[2];
    if (second !== undefined && town(second, start)) {
      const s2 = m.index + m[0].lastIndexOf(second, m[0].lastIndexOf(','));
      out.push({ start: s2, end: s2 + second.length, kind: 'LOCATION', rule: 'place-town-country', priority: 4 });
    }
  }
  return out;
}
