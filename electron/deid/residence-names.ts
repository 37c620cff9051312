// A senior residence or a care community named for its grounds and its town: "wandered from the primrose hill at
// augusttown", "RESPITE STAY AT THE PINECREST AT BENNINGTON", "To: The Orchard View at Punta Gorda, attn …",
// "celebrated her 93rd birthday … at The Briarwood at Bountiful". The name's last word is a word of grounds (a crest, a
// wood, a bend, a view, a creek, a grove, oaks, acres, a ridge) and the town after "at" is a listed town's or a word no
// dictionary holds (capitalized on a line of both cases). "the view at home", "the wood at the bedside" stay.
import type { Candidate } from './patterns';
import { groupAt } from './name-words';
import { bothCases, factsMemo, lineNear, wordGate } from './tokens';
import { TOWN_PREFIX } from './town-country';
import type { WordLists } from './wordlists';

/** The name's last word ends in a word of grounds ("pinecrest", "Orchard View", "shady oaks"). */
const GROUNDS = /(?:crest|wood|woods|bend|view|creek|hill|hills|birch|run|pond|oaks|leaves|grove|acres|ridge|heritage|gardens|pines|meadow|meadows|village|terrace|manor|commons|pointe|landing|springs|glen|haven|brook|field|fields|shores|harbor|vista|estates)$/i;
// (The grounds are tested on the words a match holds, not in the pattern: a suffix tried at every "the" costs a scan.)
const RESIDENCE = new RegExp(String.raw`\bthe[ \t]+((?:\p{L}+[ \t]+)?\p{L}+)[ \t]+at[ \t]+(${TOWN_PREFIX}\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?)`, 'dgiu');
const GATE = wordGate('at');
/** Words before the grounds' word that say what, never which ("the back yard", "the nursing home"). */
const NOT_NAME = /^(?:back|front|side|rear|big|small|old|new|same|other|nursing|care|patient|first|second|last|next|this|that|his|her|their|our|a|an|and|or|of|in|on|to)$/i;

/** Words after "at" that say where in general ("the view at home", "the pond at night"). */
const NOT_TOWN = /^(?:home|work|school|church|night|bedside|rest|times|least|first|once|sea|dusk|dawn|noon|midnight|baseline|present|length|random|all|large)$/i;

export function residenceNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[GATE.index] || !/\bthe[ \t]/i.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  // (A failed match resumes after its "the": "interview the patient at The Hillcrest at Harmony" holds one further on.)
  const re = new RegExp(RESIDENCE);
  for (let m = re.exec(text); m; re.lastIndex = m.index + 4, m = re.exec(text)) {
    const name = m[1]!.split(/[ \t]+/);
    if (!GROUNDS.test(name[name.length - 1]!) || name.some((w) => NOT_NAME.test(w) || factsOf(w.toLowerCase()).clinical)) continue;
    const mixed = bothCases(lineNear(text, m.index, 160));
    // The town: up to two words, the second only if it is a town's too ("Punta Gorda", not "Bountiful with").
    let town = m[2]!;
    const words = town.split(/[ \t]+/);
    const isTown = (w: string): boolean => {
      const f = factsOf(w.toLowerCase());
      if (f.fn || NOT_TOWN.test(w) || (f.clinical && !f.town && !f.city) || (mixed && !/^\p{Lu}/u.test(w))) return false;
      return f.town || f.city || !f.english;
    };
    if (words.length > 1 && !isTown(words[words.length - 1]!)) town = words.slice(0, -1).join(' ');
    if (!town.split(/[ \t]+/).every((w) => isTown(w) || /^(?:new|north|south|east|west|lake|port|fort|mount|st\.?|san|santa|el|la|los|las)$/i.test(w))) continue;
    if (mixed && !name.every((w) => /^\p{Lu}/u.test(w))) continue;
    out.push({ start: m.index, end: groupAt(m, 2) + town.length, kind: 'LOCATION', rule: 'place-residence', priority: 5 });
  }
  return out;
}
