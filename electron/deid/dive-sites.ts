// Dive sites named in dive medicine records: "two dives … at Casino Point", "off Molasses Reef", "dove Morrison
// Springs", a dive log's site cell ("2     2/3   Casino Point   62 ft"). A site's name is one to three words before a
// word of the seabed or the shore (a reef, springs, a point, a crater, a wall, a wreck, ledges, towers) and stands only
// where the text is about diving. "the coral reef", "a trigger point", "the wall of the chamber", "end point" stay.
// A trip's hotel named after its kind ("staying at hotel casa azul;") goes too; "stayed at the hotel" stays.
import type { PatternRule } from './patterns';
import { bothCases, lineNear, wordGate } from './tokens';

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
const FEATURE = String.raw`reefs?|springs?|point|crater|wall|towers|wreck|ledges?|rocks?|shoals?|caverns?|sinkhole|quarry|pinnacles?|canyon|grotto|arch|beach|alley|bank|knoll|hole`;
/** Words before a feature that say what kind, never which. */
const NOT_SITE = /^(?:the|a|an|this|that|these|those|coral|barrier|artificial|shallow|deep|deeper|outer|inner|local|nearby|fringing|patch|shore|shoreline|vertical|sheer|drop|decompression|safety|turning|entry|exit|boiling|freezing|end|starting|focal|trigger|pressure|set|data|check|break|mid|high|low|far|near|any|no|some|his|her|their|our|its|one|two|three|each|every|same|other|another|first|second|last|next|night|day|wreck|cave|reef|blood|tissue|cell|bone|sea|ocean|lake|river|rocky|sandy|muddy|quarry|dive|diving|boat|beach|and|or|of|at|to|in|on|off|from|with|by|for|was|is|at|pain|tender|tenderness|injection|access|insertion|pivot|sticking|melting|flash|saturation|equivalence|dew|cut|cutoff|cut-off|break-even|bullet|power|focus|match|needle|mirror|stone|brick|chamber|hull|retaining|sea-wall|abdominal|chest|cell|vessel|arterial)$/i;
/** Diving near the match. */
const DIVING = /\b(?:div(?:e|es|ed|ing|er|ers)|dove|fsw|msw|snorkel\w*|scuba|bt|max[ \t]+depth)\b/i;

export const DIVE_SITE_RULES: readonly PatternRule[] = [
  {
    rule: 'place-dive-site',
    kind: 'LOCATION',
    words: wordGate('dive dives dived dove diving diver divers fsw msw snorkeling scuba'),
    re: new RegExp(String.raw`(?:\b(?:at|to|off|near|dove|dived|visited)[ \t]+|(?<=[ \t]{2}|\t))(${WORD}(?:[ \t]+${WORD}){0,2}?[ \t]+(?:${FEATURE}))(?![\p{L}'’-])`, 'giu'),
    group: 1,
    priority: 5,
    check: (m, text) => {
      const words = m[1]!.split(/[ \t]+/);
      const name = words.slice(0, -1);
      if (name.some((w) => NOT_SITE.test(w))) return false;
      if (bothCases(lineNear(text, m.index, 160)) && !words.every((w) => /^\p{Lu}/u.test(w))) return false;
      return DIVING.test(text.slice(Math.max(0, m.index - 300), m.index + 300));
    },
  },
  {
    rule: 'place-hotel',
    kind: 'LOCATION',
    words: wordGate('hotel'),
    re: new RegExp(String.raw`\b(?:staying|stayed|stay|lodging|lodged|booked)[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(hotel[ \t]+${WORD}(?:[ \t]+${WORD}){0,2}?)(?=[ \t]*(?:[,;(]|\.(?:\s|$)|\r?\n|$)|[ \t]+(?:in|on|for|with|and|near|until|through)\b)`, 'giu'),
    group: 1,
    priority: 5,
    check: (m, text) => {
      const words = m[1]!.split(/[ \t]+/).slice(1);
      if (words.some((w) => /^(?:room|rooms|lobby|bar|pool|restaurant|shuttle|staff|bed|beds|nearby|near|the|a|an|and|or|for|with|was|is|had|has)$/i.test(w))) return false;
      return !bothCases(lineNear(text, m.index, 160)) || m[1]!.split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w));
    },
  },
];
