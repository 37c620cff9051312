// More places staff initials stand, read from radiation, blood bank and ENT records: a pair closing a row of columns
// ("fx 18/27   200 cgy   trilogy   cbct   vk/awc", "| no reaction | jt/fs"), a role straight before them ("Therapists
// VRD/NGV.", "STAFF GXG.", "tech jzv.", "rph mh"), a hand's act and "by" ("reinforced by HST on Monday", "CUT 5/10/2022
// BY XVG", "approved by zrm before beam on"), a date closing a line ("TMs intact after. 09/04/2023 NEB") and a dash
// after a sentence ("to reschedule Saturday's shot visit. -HW"). The letters must pass the older signer test: no word,
// no unit, no study, and capitals on a line written in both cases.
import type { PatternRule } from './patterns';
import { NOT_INITIALS } from './patterns-specimens';
import { bothCases, lineNear, wordGate } from './tokens';

/** Letters that are a unit, a service, a body, a route or a short word after these cues, never a signer. */
const NOT_SIGNER = /^(?:was|has|had|did|can|may|not|now|saw|got|put|let|are|how|why|any|its|she|he|we|you|out|off|up|too|yet|but|so|if|go|get|set|day|pm|am|hr|hrs|min|mg|ml|mcg|kg|cm|mm|gy|cgy|mu|kv|mv|wk|mo|yr|iv|im|po|sc|sq|prn|bid|tid|qid|qd|neg|pos|nil|wnl|nad|ok|dc|fda|cdc|cms|nih|irb|who|aha|acs|pcr|hsv|cmv|ebv|dvt|mi|chf|tka|tha|fna|dxa|ir|id|pcp|slp|dme|rrt|cna|pct|lpn|ma|cma|ems|fse|bb|tx|rx|dx|hx|sx|fx|bx|pet|mr|cbct|igrt|imrt|vmat|sbrt|srs|ptv|gtv|ctv|oar|mlc|kvp|dnr|vs|bp|bm|bs|cc|cp|ha|nv|sob|doe|pnd|gu|rr|lot|exp|qty|ref|inv|na|all|one|two|and|the|for|per|via|see|yes|no|nor|own|raw|new|old|hot|ice|tap|bag|box|pad|gel|pen|kit|tag)$/i;

/** Whether letters may be a signer's here. */
function signer(v: string, text: string, at: number): boolean {
  if (NOT_INITIALS.has(v.toLowerCase()) || NOT_SIGNER.test(v)) return false;
  return (v === v.toUpperCase() || v === v.toLowerCase()) && (v === v.toUpperCase() || !mixedLine(text, at));
}
/** Whether the line around `at` (its first letter aside) is written in both cases, read a bounded reach either side. */
function mixedLine(text: string, at: number): boolean {
  const line = lineNear(text, at, 160);
  return /[a-z]/.test(line) && /[A-Z]/.test(line.replace(/^\W*\w/, ''));
}
const pair = (v: string, text: string, at: number): boolean => {
  const parts = v.split(/[ \t]*\/[ \t]*/);
  return parts.every((p) => signer(p, text, at)) && parts.every((p) => (p === p.toUpperCase()) === (parts[0] === parts[0]!.toUpperCase()));
};

/** What may follow a signer's letters: a mark, a column gap, a line's end, or a word that goes on the clause. */
const END = String.raw`(?=[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]{2,}|[ \t]+(?:and|at|on|before|after|to|for|in|with|confirms?|agree|aware)\b|[ \t]+\()`;
/** A hand's acts a signer's "by" may follow, a few words later. */
const ACT = 'reinforced|made|cut|returned|mailed|marked|molded|moulded|fabricated|poured|mixed|approved|treated|tx|delivered|shipped|released|irradiated|issued|allocated|pooled|aliquoted|crossmatched|typed|planned|contoured|calculated|imported|installed|serviced|repaired|tattooed|fit|mapped|paired|refilled|rechecked|drawn|picked|cleaned|wrapped|taped|set|spun|split|relabeled|relabelled|quarantined|discarded|wasted|received|inspected';

export const SIGNER_ROW_RULES: readonly PatternRule[] = [
  // "06/06/2016   fx 18/27   200 cgy   trilogy   cbct   vk/awc", "… | no reaction | jt/fs": a pair of hands closing a row.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /[A-Za-z]{2,3}[ \t]*\/[ \t]*[A-Za-z]{2,3}[ \t]*$/m,
    // (Looked back for, not read forward: a line of spaces would be read again from each of them.)
    re: /(?:(?<=[ \t][ \t])|(?<=\t)|(?<=\|[ \t]{0,3}))([A-Za-z]{2,3}[ \t]*\/[ \t]*[A-Za-z]{2,3})[ \t]*$/gm,
    group: 1,
    priority: 6,
    check: (m, text) => {
      const line = lineNear(text, m.index + m[0].length - 1, 200);
      const columns = (line.match(/\S(?:[ \t]{2,}|\t)(?=\S)/g) ?? []).length >= 3 || (line.match(/\|/g) ?? []).length >= 3;
      return columns && pair(m[1]!, text, m.index + m[0].length - 1);
    },
  },
  // "Therapists VRD/NGV.", "STAFF GXG.", "tech jzv.", "rph mh", "Technician: wg   Last …": a role, then its hand.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate('therapists therapist staff tech techs rph technician technologist dosimetrist physicist'),
    re: new RegExp(String.raw`\b(?:therapists?|staff|techs?|rph|technician|technologist|dosimetrist|physicist)[ \t]*:?[ \t]+([A-Za-z]{2,3}(?:[ \t]*\/[ \t]*[A-Za-z]{2,3})?)${END}`, 'gi'),
    group: 1,
    priority: 6,
    // One set of letters with a vowel may spell a word or a unit ("staff aware", "TECH SAW") unless they are capitals on
    // a line written in both cases; two joined by a slash are two hands ("therapists asj/att").
    check: (m, text) => pair(m[1]!, text, m.index) && (m[1]!.includes('/') || !/[aeiouy]/i.test(m[1]!) || (m[1] === m[1]!.toUpperCase() && bothCases(lineNear(text, m.index, 160)))),
  },
  // "Sharpie marks reinforced by HST on Monday", "CUT 5/10/2022 BY XVG", "reviewed and approved by zrm before beam on".
  // (Beside signer-initials.ts's record verbs, not merged with them: these acts' letters may also close before a column
  // gap or a word that goes on, which the older verbs' rule never read.)
  {
    rule: 'signer-initials',
    kind: 'NAME',
    words: wordGate(ACT.replace(/\|/g, ' ')),
    re: new RegExp(String.raw`\b(?:${ACT})\b(?:[^\n.;]|\.(?=[ \t]*\d)){0,50}?\bby[ \t]+([A-Za-z]{2,3})${END}`, 'gi'),
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index + m[0].length - 1),
  },
  // "TMS INTACT AFTER. 09/20/2015 KBD": a date and the writer's letters closing a line after a sentence.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /\d[ \t]+[A-Za-z]{2,3}[ \t]*$/m,
    re: /[.;][ \t]+(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|(?:19|20)\d{2}-\d{2}-\d{2})[ \t]+([A-Z]{2,3}|[a-z]{2,3})[ \t]*$/gm,
    group: 1,
    priority: 6,
    check: (m, text) => signer(m[1]!, text, m.index + m[0].length - 1),
  },
  // "… to reschedule Saturday's shot visit. -HW", "no bleeding. callback 661-598-2212. -kr": a dash and the writer's
  // letters after a closed sentence, ending the line.
  {
    rule: 'signer-initials',
    kind: 'NAME',
    gate: /[.!?)][ \t]+[-–—][ \t]?[A-Za-z]{2,3}[ \t]*$/m,
    re: /[.!?)][ \t]+[-–—][ \t]?([A-Z]{2,3}|[a-z]{2,3})[ \t]*$/gm,
    group: 1,
    priority: 6,
    // A dash also lists what is denied ("LS clear. -SOB"): letters with a vowel may be a symptom's.
    check: (m, text) => !/[aeiouy]/i.test(m[1]!) && signer(m[1]!, text, m.index + m[0].length - 1),
  },
];
