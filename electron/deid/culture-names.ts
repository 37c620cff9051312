// Names a naming custom marks, in any case: a Nepali name's "Bahadur" or "Kumari" between a given name and a surname
// ("ram bahadur thapa"), a Russian patronymic with the given name before it and the surname after it ("NADEZHDA
// IVANOVNA ZAITSEVA"), a nickname in quotes between a given name and a surname ('DIVINA "DODONG" MACAPAGAL'), and a
// household table's rows, whose first column is a person's name before their place in the household ("Hala   spouse").
import type { Candidate } from './patterns';
import { NAME_WORD as WORD, nameWord, wordKey as keyOf } from './name-words';
import { factsMemo, wordGate } from './tokens';
import type { WordLists } from './wordlists';

/** The middle words Nepali names carry: the name runs from the word before to the word after. */
const NEPALI = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD})[ \t]+(?:bahadur|kumari)[ \t]+(${WORD})`, 'giu');
const NEPALI_WORDS = wordGate('bahadur kumari');
/** A Russian or Ukrainian patronymic ("Ivanovna", "Sergeyevich"). */
const PATRONYMIC = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])\p{L}+(?:ovna|evna|yevna|ievna|ovich|evich|yevich|ievich|ichna)(?![\p{L}\p{M}'’-])`, 'giu');
/** A Slavic surname's endings: the word after a patronymic that has one is the surname. */
const SLAVIC_SURNAME = /(?:ov|ova|ev|eva|yev|yeva|in|ina|yn|yna|sky|skaya|ski|ska|enko|uk|chuk|yuk|ich|vich|ko|ak)$/i;
/** A quoted nickname between two names. */
const NICKNAME = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${WORD})[ \t]+["“'‘](${WORD}(?:[ \t-]${WORD})?)["”'’][ \t]+(${WORD})`, 'gu');
/** Endings of terms no list holds ("discolorations"), which no surname has. */
const TERM_ENDING = /(?:ions|ities|osis|itis|emia|ectomy|otomy|ology|ness|ment|ings|ers)$/i;
/** A household table's row: a name, a column gap, the person's place in the household, a column gap. */
const HOUSEHOLD_ROW = new RegExp(String.raw`^[ \t]*(${WORD}(?:[ \t]${WORD}){0,2})(?=[ \t]{2,}(?:spouse|wife|husband|partner|child|son|daughter|stepchild|stepson|stepdaughter|mother|father|parent|sibling|brother|sister|grandmother|grandfather|grandchild|niece|nephew|aunt|uncle|cousin|self|head|dependent)[ \t]{2,}\S)`, 'gimu');
const HOUSEHOLD_WORDS = wordGate('spouse wife husband partner child son daughter stepchild stepson stepdaughter mother father parent sibling brother sister grandmother grandfather grandchild niece nephew aunt uncle cousin self head dependent');

export function cultureNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  const push = (start: number, end: number): void => void out.push({ start, end, kind: 'NAME', rule: 'name-custom', priority: 5 });
  if (open[NEPALI_WORDS.index]) {
    for (const m of text.matchAll(NEPALI)) {
      if (nameWord(factsOf(keyOf(m[1]!))) && nameWord(factsOf(keyOf(m[2]!)))) push(m.index, m.index + m[0].length);
    }
  }
  if (/(?:ovna|evna|ovich|evich|ichna)(?![\p{L}])/iu.test(text)) {
    for (const m of text.matchAll(PATRONYMIC)) {
      const f = factsOf(keyOf(m[0]));
      if (f.english || f.fn) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      // The given name right before, and a surname right after in the same case.
      const before = /(\p{L}[\p{L}\p{M}'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 32), start));
      if (before && nameWord(factsOf(keyOf(before[1]!))) && sameCase(before[1]!, m[0])) start -= before[0].length;
      const after = /^[ \t]+(\p{L}[\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 32));
      if (after && sameCase(after[1]!, m[0])) {
        const af = factsOf(keyOf(after[1]!));
        if (nameWord(af) && (SLAVIC_SURNAME.test(after[1]!) || af.last || !af.english)) end += after[0].length;
      }
      push(start, end);
    }
  }
  if (/["“'‘]/.test(text)) {
    for (const m of text.matchAll(NICKNAME)) {
      const [a, b] = [factsOf(keyOf(m[1]!)), factsOf(keyOf(m[3]!))];
      // Both sides are names a list knows or no word at all, written alike ("the "new" policy" is no name).
      if (!nameWord(a) || !nameWord(b) || a.common || b.common || !sameCase(m[1]!, m[3]!) || !(a.first || (!a.english && m[1]!.length >= 3)) || !(b.last || (!b.english && m[3]!.length >= 3 && !TERM_ENDING.test(m[3]!)))) continue;
      push(m.index, m.index + m[0].length);
    }
  }
  if (open[HOUSEHOLD_WORDS.index]) {
    for (const m of text.matchAll(HOUSEHOLD_ROW)) {
      const words = m[1]!.split(/[ \t]/);
      if (!words.every((w) => nameWord(factsOf(keyOf(w))))) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      push(start, start + m[1]!.length);
    }
  }
  return out;
}

/** Two words written in the same case: both capitalized, both in capitals or both in lower case. */
function sameCase(a: string, b: string): boolean {
  const shape = (w: string): number => (w === w.toUpperCase() ? 2 : w === w.toLowerCase() ? 0 : 1);
  const [x, y] = [shape(a), shape(b)];
  return x === y || (x >= 1 && y >= 1 && (x === 1 || y === 1));
}
