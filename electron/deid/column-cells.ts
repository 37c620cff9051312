// Tables laid out with spaces: a header line of three cells or more, two spaces or more apart, and the rows under it.
// Under a header that names a person ("NAME", "RESIDENT", "PATIENT") a cell of name words is that person's name; under
// one that names an id ("EMBRYO ID", "TRACKING #", "TAG NO.") a cell of a code is that id:
//   ROOM  RESIDENT        LAST PODIATRY          EMBRYO ID      DAY  GRADE
//   157   CASH, AYDEN     11/22/25               E208909-4      D5   5AA
// Tables of bars are read the same way (an "Age" column's ages over 89 too), and a unit's room board ("RM 12  BANKS
// 0800") names the patient between the room and the time.
import type { Candidate } from './patterns';
import { groupAt, listedOrUnknown, wordKey } from './name-words';
import { factsMemo, type TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

const GAP = /[ \t]{2,}|\t/;
const PERSON_HEADER = /^(?:(?:patient|pt|resident|client|evacuee|donor|recipient|member|student|participant|subject|guest|inmate)(?:[ \t]+name)?|(?:full[ \t]+|last[ \t]+|family[ \t]+)?name(?:[ \t]*\(.*\))?)$/i;
const ID_HEADER = /^(?:[\p{L}-]+[ \t]+)?(?:id|#|no\.?|number)$|^(?:mrn|tag|wristband|tracking|accession|specimen|sample|lot|serial|sn|s\/n|udi)$/iu;
/** A code: digits with letters, dashes or dots, four characters or more, not a date, a time or a plain small count. */
const CODE = /^(?=.*\d)[A-Za-z]{0,5}[-.]?\d[\dA-Za-z]*(?:[-.][\dA-Za-z]+){0,3}$/;
const NOT_CODE = /^(?:\d{1,3}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|[dD]\d{1,2}|\d[A-Za-z]{2})$/;

interface Cell { readonly value: string; readonly start: number }

/** A line's cells, two spaces or more apart, with where each starts; in a row of bars, the cells between the bars
 * (an empty one kept, so a row that leaves the date to the row above still lines up). */
function cellsOf(line: string, at: number): Cell[] {
  const out: Cell[] = [];
  if (PIPE_ROW.test(line)) {
    let from = 0;
    for (const part of line.split('|')) {
      const lead = part.length - part.trimStart().length;
      out.push({ value: part.trim(), start: at + from + lead });
      from += part.length + 1;
    }
    return out;
  }
  const re = /\S+(?:[ \t]\S+)*/g;
  for (const m of line.matchAll(re)) out.push({ value: m[0], start: at + m.index });
  return out;
}

/** A row of three cells or more between bars. */
const PIPE_ROW = /^[^|\n]*\|[^|\n]*\|/;
const AGE_HEADER = /^age$/i;
/** "RM 12  BANKS  0800", "rm 14  johns  0900": a unit's board, a room, the patient and the time. */
const ROOM_ROW = /^[ \t]*(?:rm|room|bed)\.?[ \t]*\d{1,4}[a-z]?[ \t]{2,}(\p{L}[\p{L}\p{M}'’.-]*(?:,?[ \t]\p{L}[\p{L}\p{M}'’.-]*)?)[ \t]{2,}(?:\d{4}|\d{1,2}:\d{2})\b/diu;

export function columnCells(text: string, lists: WordLists): Candidate[] {
  if (!/\S(?:[ \t]{2,}|\t)\S[^\n]*(?:[ \t]{2,}|\t)\S|\|[^|\n]*\|/.test(text)) return [];
  const factsOf = factsMemo(lists);
  const out: Candidate[] = [];
  const lines = text.split('\n');
  let at = 0;
  let header: { kinds: Array<'NAME' | 'ID' | 'AGE' | null>; width: number } | null = null;
  for (const line of lines) {
    const lineAt = at;
    at += line.length + 1;
    if (!line.trim()) { header = null; continue; }
    const room = ROOM_ROW.exec(line);
    if (room && nameCell(room[1]!, factsOf)) {
      const start = lineAt + groupAt(room, 1);
      out.push({ start, end: start + room[1]!.length, kind: 'NAME', rule: 'column-name', priority: 5 });
    }
    const cells = cellsOf(line, lineAt);
    if (cells.length >= 3 && (GAP.test(line.trim()) || PIPE_ROW.test(line))) {
      const kinds = cells.map((c) => (PERSON_HEADER.test(c.value) ? 'NAME' : ID_HEADER.test(c.value) ? 'ID' : AGE_HEADER.test(c.value) ? 'AGE' : null));
      // A header's cells are words with no digit; its marked columns are what rows are read by.
      // (A unit's digits may stand in a header, "TNC X10^7/KG"; a number or a date never.)
      if (kinds.some((k) => k !== null) && cells.every((c) => !/^[\d(]/.test(c.value) && !/\d{3}|\d[/.-]\d/.test(c.value.replace(/\^\d+\/|x10/gi, '')))) { header = { kinds, width: cells.length }; continue; }
    }
    if (!header) continue;
    if (cells.length !== header.width) continue;
    cells.forEach((c, i) => {
      const kind = header!.kinds[i];
      if (kind === 'ID' && CODE.test(c.value) && !NOT_CODE.test(c.value)) out.push({ start: c.start, end: c.start + c.value.length, kind: 'ID', rule: 'column-id', priority: 5 });
      if (kind === 'NAME' && nameCell(c.value, factsOf)) out.push({ start: c.start, end: c.start + c.value.length, kind: 'NAME', rule: 'column-name', priority: 5 });
      // ("| 98 |" under "Age": an age over 89.)
      if (kind === 'AGE' && /^(?:9\d|1[01]\d|12[0-5])$/.test(c.value)) out.push({ start: c.start, end: c.start + c.value.length, kind: 'AGE', rule: 'column-age', priority: 5 });
    });
  }
  return out;
}

/** A cell of one to four name words, each a listed name or no dictionary word. */
function nameCell(value: string, factsOf: (key: string) => TokenFacts): boolean {
  const words = value.split(/[ \t,]+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w) && listedOrUnknown(factsOf(wordKey(w))));
}
