// Tables laid out with spaces: a header line of three cells or more, two spaces or more apart, and the rows under it.
// Under a header that names a person ("NAME", "RESIDENT", "PATIENT") a cell of name words is that person's name; under
// one that names an id ("EMBRYO ID", "TRACKING #", "TAG NO.") a cell of a code is that id:
//   ROOM  RESIDENT        LAST PODIATRY          EMBRYO ID      DAY  GRADE
//   157   CASH, AYDEN     11/22/25               E208909-4      D5   5AA
import type { Candidate } from './patterns';
import { listedOrUnknown, wordKey } from './name-words';
import { factsMemo } from './tokens';
import type { WordLists } from './wordlists';

const GAP = /[ \t]{2,}|\t/;
const PERSON_HEADER = /^(?:(?:patient|pt|resident|client|evacuee|donor|recipient|member|student|participant|subject|guest|inmate)(?:[ \t]+name)?|(?:full[ \t]+|last[ \t]+|family[ \t]+)?name(?:[ \t]*\(.*\))?)$/i;
const ID_HEADER = /^(?:[\p{L}-]+[ \t]+)?(?:id|#|no\.?|number)$|^(?:mrn|tag|wristband|tracking|accession|specimen|sample|lot|serial|sn|s\/n|udi)$/iu;
/** A code: digits with letters, dashes or dots, four characters or more, not a date, a time or a plain small count. */
const CODE = /^(?=.*\d)[A-Za-z]{0,5}[-.]?\d[\dA-Za-z]*(?:[-.][\dA-Za-z]+){0,3}$/;
const NOT_CODE = /^(?:\d{1,3}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|[dD]\d{1,2}|\d[A-Za-z]{2})$/;

interface Cell { readonly value: string; readonly start: number }

/** A line's cells, two spaces or more apart, with where each starts. */
function cellsOf(line: string, at: number): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?:[ \t]\S+)*/g;
  for (const m of line.matchAll(re)) out.push({ value: m[0], start: at + m.index });
  return out;
}

export function columnCells(text: string, lists: WordLists): Candidate[] {
  if (!/\S(?:[ \t]{2,}|\t)\S[^\n]*(?:[ \t]{2,}|\t)\S/.test(text)) return [];
  const factsOf = factsMemo(lists);
  const out: Candidate[] = [];
  const lines = text.split('\n');
  let at = 0;
  let header: { kinds: Array<'NAME' | 'ID' | null>; width: number } | null = null;
  for (const line of lines) {
    const lineAt = at;
    at += line.length + 1;
    if (!line.trim()) { header = null; continue; }
    const cells = cellsOf(line, lineAt);
    if (cells.length >= 3 && GAP.test(line.trim())) {
      const kinds = cells.map((c) => (PERSON_HEADER.test(c.value) ? 'NAME' : ID_HEADER.test(c.value) ? 'ID' : null));
      // A header's cells are words with no digit; its marked columns are what rows are read by.
      // (A unit's digits may stand in a header, "TNC X10^7/KG"; a number or a date never.)
      if (kinds.some((k) => k !== null) && cells.every((c) => !/^[\d(]/.test(c.value) && !/\d{3}|\d[/.-]\d/.test(c.value.replace(/\^\d+\/|x10/gi, '')))) { header = { kinds, width: cells.length }; continue; }
    }
    if (!header) continue;
    if (cells.length !== header.width) continue;
    cells.forEach((c, i) => {
      const kind = header!.kinds[i];
      if (kind === 'ID' && CODE.test(c.value) && !NOT_CODE.test(c.value)) out.push({ start: c.start, end: c.start + c.value.length, kind: 'ID', rule: 'column-id', priority: 5 });
      if (kind === 'NAME') {
        const words = c.value.split(/[ \t,]+/).filter(Boolean);
        if (words.length >= 1 && words.length <= 4 && words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w) && listedOrUnknown(factsOf(wordKey(w))))) out.push({ start: c.start, end: c.start + c.value.length, kind: 'NAME', rule: 'column-name', priority: 5 });
      }
    });
  }
  return out;
}
