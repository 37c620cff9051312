// Names an e-mail address spells back: "sent by hà đoàn <ha79@yahoo.com>", "the reunification lead trang ávila at
// avilat6050@icloud.com", "DUTY OFFICER ĐỨC NGUYỄN, NGUYENU2096@GMAIL.COM". The words just before an address, when one of
// them is written again in the address's local part, are the name of whoever owns it, whatever words spell it.
import type { Candidate } from './patterns';
import { NAME_WORD, wordKey } from './name-words';
import { factsMemo, fold, wordsBefore, type TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

const EMAIL = /[\p{L}\d][\p{L}\d._%+-]*@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
/** What stands between a name and its address: a bracket, a comma, a colon or "at"/"via"/"e-mail". */
const JOIN = /^[ \t]*(?:[<([,:;–-][ \t]*|(?:at|via|e-?mail(?:ed)?|email)[ \t]+)*$/i;
/** Roles written before a name, which the lists may not call everyday words. */
const ROLE = /^(?:coordinator|lead|manager|officer|director|nurse|specialist|supervisor|contact|chair|chief|clerk|secretary|scheduler|navigator|liaison|counselor|counsellor|worker|assistant|administrator|representative|rep|agent|advocate|planner|dispatcher|volunteer|chaplain|pastor|team)$/i;
const WORDS = new RegExp(NAME_WORD, 'gu');

/** Letters without marks, lower case: "Ávila" and "avila", "Đoàn" and "doan" are one word here. */
const plain = (w: string): string => fold(w).replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z]/g, '');

/** A word that may belong to a name: no function word, no clinical one, no everyday word but a given name ("Hope"); an
 * everyday surname ("Wells", not "Officer") only where the address spells it. */
function nameLike(f: TokenFacts, echoed: boolean): boolean {
  return !f.fn && !f.clinical && !f.eponym && (f.first || !f.english || !f.common || (echoed && f.last));
}

/** Whether a word is written again in an address's local part: a surname ("avilat6050"), a given name ("ha79"). */
function echoes(word: string, local: string): boolean {
  const p = plain(word);
  return (p.length >= 3 && local.includes(p)) || (p.length === 2 && local.startsWith(p));
}

/** Whether a given name's initial stands next to the surname after it in the local part ("phuongm", "mphuong"). */
function initialBeside(given: string, surname: string, local: string): boolean {
  const g = plain(given);
  const s = plain(surname);
  return g.length > 0 && s.length >= 3 && (local.includes(s + g[0]) || local.includes(g[0] + s));
}

export function emailNames(text: string, lists: WordLists): Candidate[] {
  if (!text.includes('@')) return [];
  const factsOf = factsMemo(lists);
  const out: Candidate[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const local = plain(m[0].slice(0, m[0].indexOf('@')));
    if (local.length < 2) continue;
    // Walk left from the address over the join and then up to four words of a name on the same line.
    // (A name stands within a short reach of its address: the walk never reads more than a line's last 120 characters.)
    const reach = Math.max(0, m.index - 120);
    const lineStart = reach + text.slice(reach, m.index).lastIndexOf('\n') + 1;
    let end = m.index;
    const joint = /[ \t<([,:;–-]*(?:(?:at|via|e-?mail(?:ed)?|email)[ \t]+[ \t<([,:;–-]*)?$/i.exec(text.slice(lineStart, end));
    if (joint) end -= joint[0].length;
    if (!JOIN.test(text.slice(end, m.index))) continue;
    const words: { at: number; word: string }[] = [];
    const before = wordsBefore(text, end, end - lineStart, WORDS);
    let cursor = end;
    for (let k = before.length - 1; k >= 0 && words.length < 4; k--) {
      const w = before[k]!;
      // Each word touches the next across spaces alone.
      if (!/^[ \t]*$/.test(text.slice(w.at + w.word.length, cursor)) || (cursor !== end && w.at + w.word.length === cursor)) break;
      const f = factsOf(wordKey(w.word));
      // "mai phương at phuongm22@…": a given name the address keeps as an initial beside the surname.
      const initialled = words.length > 0 && !f.fn && initialBeside(w.word, words[0]!.word, local);
      if (ROLE.test(w.word) || (!initialled && !nameLike(f, echoes(w.word, local)))) break;
      words.unshift(w);
      cursor = w.at;
      if (initialled) break;
    }
    if (words.length === 0) continue;
    if (!words.some(({ word }) => echoes(word, local))) continue;
    const last = words[words.length - 1]!;
    out.push({ start: words[0]!.at, end: last.at + last.word.length, kind: 'NAME', rule: 'name-email-echo', priority: 5 });
  }
  return out;
}
