// Sites written kind first, then their own name: a summer camp ("Camp Silver Lake — camper health form", "camp nurse
// mildred at camp lakeview (jasper, oh)") and a practice or a blood center named by its town after "of" ("allergy &
// asthma care of tyler", "Blood Center of Greeley", "Hospice & Palliative Care of Harmony", "neurology partners of
// toledo", "Child Advocacy Center of Saginaw"). "Summer camp", "camp nurse" and "the blood center of the
// hospital" stay: a camp's name is capitalized in text of both cases or stands where a camper's form puts it, and a
// town after "of" is one or two words closing the phrase.
import type { PatternRule } from './patterns';
import { bothCases, lineNear, wordGate } from './tokens';
import { TOWN_PREFIX } from './town-country';

/** Words after "camp" that say what of the camp, not which. */
const NOT_CAMP = String.raw`(?:counselors?|nurses?|director|staff|sessions?|fire|site|health|forms?|meeting|out|ground|grounds|bed|beds|stove|chair|physical|physicals|week|season|trip|program|activities|registration|and|or|the|a|for|at|in|on|this|last|next|was|is|will|has|had)`;
const WORD = String.raw`\p{L}[\p{L}'’-]*`;
/** Words after "of" that are no town ("blood center of the hospital", "hospice of choice"). */
const NOT_TOWN = String.raw`(?:the|our|this|that|america|excellence|choice|record|medicare|medicaid|care|stay|service|services|patients?|sorts?|kinds?|course|some|any|all|his|her|their|its|my|your|a|an|and|or|for|in|on|at|to|with|from|by|was|is|were|are|has|had|will)`;
/** Kinds written before their town: practices and blood centers, and from the pain, marrow, spine and vascular notes a
 * pharmacy, a treatment program, a family house, a senior residence and a practice ("Medicine Cabinet of Salt Lick",
 * "New Beginnings of Whitesburg", "Ronald McDonald House of Ann Arbor", "harbor senior living of eau claire", "Spine
 * Center of Joplin", "Vascular Surgery Associates of Liberty"). A residence's own word may stand before its kind. */
const KIND_FIRST = [
  String.raw`allergy[ \t]+(?:&|and)[ \t]+asthma[ \t]+care|blood[ \t]+(?:center|centre|services)|hospice(?:[ \t]+(?:&|and)[ \t]+palliative[ \t]+care)?`,
  String.raw`neurology[ \t]+(?:partners|associates)|child(?:ren)?(?:['’]s)?[ \t]+advocacy[ \t]+(?:center|centre)`,
  String.raw`medicine[ \t]+(?:cabinet|shoppe)|new[ \t]+beginnings|ronald[ \t]+mcdonald[ \t]+house|spine[ \t]+(?:center|centre|institute)`,
  String.raw`(?:(?!${NOT_TOWN}[ \t])${WORD}[ \t]+)?senior[ \t]+living|vascular[ \t]+surgery[ \t]+associates`,
  // From the dive, telepsychiatry and geriatrics notes (round 32): "Coastal Urology of Morgan City", "mobile crisis
  // response team of boone county", "Meals on Wheels of Lakeland".
  String.raw`coastal[ \t]+urology|mobile[ \t]+crisis[ \t]+response[ \t]+team|meals[ \t]+on[ \t]+wheels`,
].join('|');

export const KIND_FIRST_SITE_RULES: readonly PatternRule[] = [
  {
    rule: 'place-camp',
    kind: 'LOCATION',
    words: wordGate('camp'),
    re: new RegExp(String.raw`(?<![\p{L}\d'’-])camp[ \t]+(?!${NOT_CAMP}(?![\p{L}'’-]))${WORD}(?:[ \t]+(?!${NOT_CAMP}(?![\p{L}'’-]))${WORD}){0,2}?(?=[ \t]*(?:[,;:)(\n]|[—–]|[ \t]-[ \t]|$)|[ \t]+(?:on|in|at|for|from|to|and|where|with|this|last|next|called)\b)`, 'giu'),
    priority: 6,
    check: (m, text) => {
      const line = lineNear(text, m.index, 160);
      // In text of both cases a camp's words are capitalized; in one case the line must be about a camper.
      if (bothCases(line)) return m[0].split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w));
      return /\b(?:camper|cabin|counselor|camp[ \t]+nurse|session)\b/i.test(line);
    },
  },
  {
    rule: 'place-practice-kind',
    kind: 'LOCATION',
    words: wordGate('allergy blood hospice neurology child children medicine new ronald senior spine vascular urology crisis wheels'),
    re: new RegExp(String.raw`(?<![\p{L}'’-])(?:${KIND_FIRST})[ \t]+of[ \t]+${TOWN_PREFIX}(?!${NOT_TOWN}(?![\p{L}'’-]))${WORD}(?:[ \t]+(?!${NOT_TOWN}(?![\p{L}'’-]))${WORD}(?=[ \t]*(?:[,;:()\n]|\.(?:\s|$)|$)))?(?![\p{L}'’-])`, 'giu'),
    priority: 6,
    // In text of both cases every word of the town is capitalized.
    check: (m, text) => !bothCases(lineNear(text, m.index, 160)) || m[0].slice(m[0].search(/[ \t]of[ \t]/i) + 4).split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w)),
  },
];
