// A jail's or a prison's housing units by name: "housed Tubman Unit, D-pod", "pill line Juniper Pod:", "officer Rivers
// on Phoenix Building", "Housing: Redwood Cottage D-40", "logged on the Aspen Building observation sheet", "called out
// by the falcon dorm officer". A named unit narrows an inmate to a few dozen people, so it goes with the places; what a
// unit is for stays ("the medical unit", "segregation housing unit", "the step-down unit"). Looked for only in records
// that speak of custody.
import type { Candidate } from './patterns';
import { GENERIC } from './organizations';
import { bothCases, factsMemo, lineOf, touchesNext, wordsBefore } from './tokens';
import type { WordLists } from './wordlists';

/** A housing unit's kind, after its name. */
const UNIT = /(?<![\p{L}'’-])(?:housing[ \t]+unit|pod|building|bldg|dorm|dormitory|cottage|house|unit|hall|module)(?![\p{L}'’-])/giu;
/** Words of custody, without which a "unit" or a "house" is left to the other rules. */
const CUSTODY = /\b(?:inmates?|detainees?|jail|prison|correctional|incarcerat\w*|custody|booking|sick[ \t]+call|pill[ \t]+line|deputy|sgt|c\/o|grievance|housed|housing|cell)\b/i;
/** Words right before a unit's name: where one is housed, goes or is called out from. */
const CUE = /^(?:housed|housing|on|in|to|from|line|the|at|into|by|of|moved|transferred)$/;
/** Words that say what a unit is for or which one, not its name. */
const NOT_NAME = /^(?:medical|mental|health|psych|psychiatric|special|segregation|seg|restrictive|restricted|general|intake|booking|max|maximum|minimum|medium|administrative|protective|disciplinary|honor|honors|trustee|trustees|work|release|female|male|women['’]?s|men['’]?s|juvenile|north|south|east|west|main|new|old|same|other|another|this|that|each|every|his|her|our|their|your|detox|observation|infirmary|suicide|watch|isolation|quarantine|housing|care|nursing|living|rehab|step-down|stepdown|burn|dialysis|surgical|locked|open|closed|family|group|halfway|sober|safe|tiny|court|town|state|county|federal|city|sick|treatment|behavioral|crisis|acute|transitional|management|control|high|low|security|level|upper|lower|unit|pod|dorm|block|cell|control|orientation|receiving|reception|classification|mhu|shu|rhu|ad-seg|gp|population|hospital|clinic|nurse|nurses|residential|step|down|living|mother|baby|kitchen|laundry|school|program|programs|chapel|dining|visiting|visitation|lockdown|lock|day|night|weekend|full|whole|entire|any|own|one|two|three|both)$/i;

export function custodyHousing(text: string, lists: WordLists): Candidate[] {
  if (!CUSTODY.test(text)) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(UNIT)) {
    const words = wordsBefore(text, m.index, 48, /\p{L}[\p{L}'’-]*/gu);
    if (words.length === 0) continue;
    const mixed = bothCases(lineOf(text, m.index));
    // Walk left over the name's words (at most two) to a cue.
    let first = words.length;
    while (first > 0 && words.length - first < 2) {
      const w = words[first - 1]!;
      const key = w.word.toLowerCase();
      const f = factsOf(key);
      if (CUE.test(key) || NOT_NAME.test(key) || key.length < 3 || f.fn || (f.clinical && !f.town && !f.city && !f.last) || (GENERIC.has(key) && !f.last) || (mixed && !/^\p{Lu}/u.test(w.word))) break;
      // The words must touch: "Oak Hill Unit", not words across a mark.
      const next = first < words.length ? words[first]!.at : m.index;
      if (!touchesNext(text, w, next)) break;
      first--;
    }
    if (first === words.length) continue;
    const start = words[first]!.at;
    // What stands before the name: a cue word, a field's colon, an inmate number's columns, or the line's start.
    const lead = text.slice(Math.max(0, start - 24), start);
    const cue = first > 0 && CUE.test(words[first - 1]!.word.toLowerCase()) && /^[ \t]*:?[ \t]+$/.test(text.slice(words[first - 1]!.at + words[first - 1]!.word.length, start));
    if (!cue && !/(?:^|\n|:|\d[ \t]{2,})[ \t]*$/.test(lead)) continue;
    out.push({ start, end: m.index + m[0].length, kind: 'LOCATION', rule: 'place-custody-unit', priority: 4 });
  }
  return out;
}
