// Staff named where a report or a call passes between them: "flight nurse gave report to Ivy at the helipad", "questions
// to hồng fried, ext. 9532", "call from sunny (charge rn) at the unit", "Dale from the microbiology lab called Sunday".
// A given name there is often an everyday word ("Ivy", "Sunny", "Dale"), so the frame must be one only a person fills:
// a report handed to someone, an extension after them, their role in brackets, or the lab they called from.
import type { Candidate } from './patterns';
import { givenWord, groupAt, surnameWord } from './name-words';
import { bothCases, factsMemo, lineNear, wordGate } from './tokens';
import type { WordLists } from './wordlists';

const W = String.raw`\p{L}[\p{L}'’-]*`;
const ROLE = String.raw`(?:charge[ \t]+)?(?:rn|nurse|np|md|ma|lpn|lvn|pharmacist|tech|coordinator|sw|rt|pa)`;
const FRAMES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:gave|give|gives|giving|called|phoned)[ \t]+report[ \t]+to[ \t]+(${W})(?:[ \t]+(${W}))?(?=[ \t]*(?:[,.;]|\r?\n|$)|[ \t]+(?:at|on|in|by)\b)`, 'dgiu'),
  new RegExp(String.raw`\b(?:questions|calls|callbacks?|concerns)[ \t]+to[ \t]+(${W})(?:[ \t]+(${W}))?,?[ \t]*(?:ext\.?|x)[ \t]*\d`, 'dgiu'),
  new RegExp(String.raw`\b(?:call|message|msg|tc|voicemail|page)[ \t]+from[ \t]+(${W})(?:[ \t]+(${W}))?[ \t]*\(${ROLE}\)`, 'dgiu'),
  // "that autumn iyer, your donor sibling, moved": a name set off before who the person is to the patient.
  new RegExp(String.raw`(?<![\p{L}'’-])(${W})[ \t]+(${W}),[ \t]+(?:your|his|her|their|our|the[ \t]+patient['’]s|pt['’]s)[ \t]+(?:donor[ \t]+|adult[ \t]+)?(?:sibling|sister|brother|son|daughter|child|mother|father|wife|husband|spouse|partner|caregiver|cousin|aunt|uncle|niece|nephew|friend|neighbou?r|guardian|parent)\b`, 'dgiu'),
  // "MSG: ROCKY BAKER MUST RETURN TO WORK": a message's caller named first, before what they must or want.
  new RegExp(String.raw`\b(?:msg|message|phone[ \t]+msg|tc|vm|voicemail)[ \t]*:[ \t]*(${W})[ \t]+(${W})[ \t]+(?:must|needs|wants|is|was|called|states|reports|asks|requests|would|will|can|cannot|has|had)\b`, 'dgiu'),
  // "ime by dr. dallas sharp on 3 march", "DR. MOZELL STRONG ON", "dr. virginia strong (pgy-2)": a doctor's given name
  // and a surname that is also a word, where the phrase goes on as after a person.
  new RegExp(String.raw`\bdr\.?[ \t]+(${W})[ \t]+(${W})(?=[ \t]*(?:[,.;)(]|\r?\n|$)|[ \t]+(?:on|at|set|is|was|to|for|and|with|recommends|assisting|notified|called|agrees|placed|reviewed|signed|at[ \t]+bedside)\b)`, 'dgiu'),
  new RegExp(String.raw`(?<![\p{L}'’-])(${W})(?:[ \t]+(${W}))?[ \t]+from[ \t]+the[ \t]+(?:micro(?:biology)?[ \t]+lab|lab|laboratory|pharmacy|blood[ \t]+bank|cath[ \t]+lab|radiology|pathology)[ \t]+(?:called|phoned|paged)\b`, 'dgiu'),
];
const GATE = wordGate('report ext x rn nurse np md ma lpn lvn pharmacist tech coordinator sw rt pa called phoned paged dr your his her their our msg message tc vm voicemail');
/** A service's word after a doctor's name ("Dr. Patel Cardiology"). */
const SERVICE_WORD = /(?:ology|ologists?|iatry|iatrics|surgery|medicine|ics|clinic|service|services|team|group|associates)$/i;
/** Words in these frames that are no one's name. */
const NOT_NAME = /^(?:the|a|an|his|her|their|our|my|me|him|them|us|you|someone|staff|nursing|pharmacy|lab|oncoming|incoming|receiving|floor|unit|icu|er|ed|or|pacu|charge|primary|night|day|team|family|patient|pt|dr|doctor|and|was|is|who|this|that|results?|critical|value|values|pt's)$/i;

export function handoffNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[GATE.index]) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const re of FRAMES) {
    for (const m of text.matchAll(re)) {
      const given = m[1]!;
      const sur = m[2];
      if (NOT_NAME.test(given) || (sur !== undefined && NOT_NAME.test(sur))) continue;
      const fg = factsOf(given.toLowerCase());
      const fs = sur === undefined ? undefined : factsOf(sur.toLowerCase());
      if (!givenWord(fg, given.toLowerCase()) || (fs && !surnameWord(fs)) || (sur !== undefined && SERVICE_WORD.test(sur))) continue;
      const mixed = bothCases(lineNear(text, m.index, 160));
      if (mixed && !(/^\p{Lu}/u.test(given) && (sur === undefined || /^\p{Lu}/u.test(sur)))) continue;
      const start = groupAt(m, 1);
      const end = sur === undefined ? start + given.length : groupAt(m, 2) + sur.length;
      out.push({ start, end, kind: 'NAME', rule: 'name-handoff', priority: 4 });
    }
  }
  return out;
}
