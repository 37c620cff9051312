// Names written in another script inside an English note: "cherry li haoran (李浩然)", "Tamar Shapiro (תמר שפירא)",
// "spouse 司马伟", "patient מלאכי אבריאל". In brackets after a name's words the other script is the same name, and the
// words before it its transliteration; after a word that names a person it is that person's name.
import type { Candidate } from './patterns';
import { NAME_WORD, wordKey } from './name-words';
import { factsMemo, wordGate, wordsBefore } from './tokens';
import type { WordLists } from './wordlists';

/** A word of a script other than Latin (Han, Hebrew, Arabic, Cyrillic, Hangul, kana, Devanagari, Thai, ...). */
const OTHER = String.raw`(?:(?!\p{Script=Latin})\p{L})[\p{L}\p{M}'’״׳·-]*`;
const OTHER_RUN = String.raw`${OTHER}(?:[ \t]+${OTHER}){0,3}`;
/** A bracket that holds only another script's words, of two letters or more ("(李浩然)", not "(α)"). */
const BRACKETED = new RegExp(String.raw`\((${OTHER_RUN})\)`, 'gu');
/** After a word for a person: "spouse 司马伟", "patient: מלאכי אבריאל", "signed by Иван Петров". */
const AFTER_PERSON = new RegExp(String.raw`(?<![\p{L}\d])(?:patient|pt|spouse|husband|wife|partner|mother|father|son|daughter|brother|sister|parents?|guardian|donor|carrier|recipient|witness|interpreter|contact|name|named|signed|by|mr|mrs|ms|dr)\.?[ \t]*:?[ \t]+(${OTHER_RUN})(?![\p{L}\p{M}])`, 'giu');
/** Before a word that says it is one: "司马伟 (name on file in chinese only)". */
const BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}])(${OTHER_RUN})[ \t]*\((?:name|legal[ \t]+name|given[ \t]+name|surname|family[ \t]+name)\b`, 'giu');
const WORDS = new RegExp(NAME_WORD, 'gu');
const GATE = wordGate('patient pt spouse husband wife partner mother father son daughter brother sister parent parents guardian donor carrier recipient witness interpreter contact name named signed by mr mrs ms dr');

/** Whether a text holds any letter of another script: most notes hold none and are passed over. */
const ANY_OTHER = /(?:(?!\p{Script=Latin})\p{L})/u;

export function scriptNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!ANY_OTHER.test(text)) return [];
  const factsOf = factsMemo(lists);
  const out: Candidate[] = [];
  const push = (start: number, end: number): void => { out.push({ start, end, kind: 'NAME', rule: 'name-other-script', priority: 5 }); };
  for (const m of text.matchAll(BRACKETED)) {
    if ([...m[1]!].filter((c) => /\p{L}/u.test(c)).length < 2) continue;
    // The name's words before the bracket, up to three on its line: given names, surnames or words no dictionary lists.
    const before = wordsBefore(text, m.index, 120, WORDS);
    let cursor = m.index;
    let first = -1;
    for (let k = before.length - 1; k >= Math.max(0, before.length - 3); k--) {
      const w = before[k]!;
      // Each word touches the next across spaces alone (the bracket may follow with none).
      if (!/^[ \t]*$/.test(text.slice(w.at + w.word.length, cursor)) || (cursor !== m.index && w.at + w.word.length === cursor)) break;
      const f = factsOf(wordKey(w.word));
      if (f.fn || f.clinical || f.eponym || !(f.first || f.last || !f.english) || !/\p{Script=Latin}/u.test(w.word)) break;
      first = w.at;
      cursor = w.at;
    }
    if (first < 0) continue;
    push(first, m.index + m[0].length);
  }
  if (open[GATE.index]) for (const m of text.matchAll(AFTER_PERSON)) push(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
  for (const m of text.matchAll(BEFORE_NAME)) push(m.index, m.index + m[1]!.length);
  return out;
}
