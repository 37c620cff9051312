// A log's row written with bars: "SCR-0327 | R-K-C | 12/10/2022 | Screen fail", "07/18/2018 | s402-015 | v5 | $100.00 |
// clincard id 678723378 | bl". In a row that holds a date, a cell that is only a code (three digits or more with
// letters or a dash, or five digits) is a subject's or a record's number, and a cell of hyphenated letters, or of two or
// three letters closing the row, is the initials of a person.
import type { Candidate } from './patterns';
import { NOT_INITIALS } from './patterns-specimens';

const DATE_CELL = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[-/ ]?[A-Za-z]{3}[-/ ]?\d{2,4})$/;
const CODE = /^(?=[A-Za-z-]*\d)[A-Za-z]{0,5}-?\d[\dA-Za-z]*(?:-[\dA-Za-z]+){0,3}$/;
const HYPHEN_INITIALS = /^[A-Za-z](?:-[A-Za-z]){1,3}$/;
const INITIALS = /^[A-Za-z]{2,3}$/;
/** A study's visit or cycle, not a record: "v5", "C1D1", "W12". */
const VISIT = /^(?:v|visit|c\d+d|w|wk|d|day|m|cycle)\d{1,3}$/i;

/** A reference range, low before high ("135-145", "3.5-5.0"), not a code ("448-081"). */
function isRange(v: string): boolean {
  const m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(v);
  return m !== null && !/^0\d/.test(m[2]!) && Number(m[1]) < Number(m[2]);
}

export function tableCells(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!/\|[^\n|]*\|[^\n|]*\|/.test(text)) return out;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const at = lineStart;
    lineStart += line.length + 1;
    if ((line.match(/\|/g) ?? []).length < 3) continue;
    const cells: Array<{ value: string; start: number }> = [];
    let pos = 0;
    for (const raw of line.split('|')) {
      const lead = raw.length - raw.trimStart().length;
      cells.push({ value: raw.trim(), start: at + pos + lead });
      pos += raw.length + 1;
    }
    if (!cells.some((c) => DATE_CELL.test(c.value))) continue;
    const filled = cells.filter((c) => c.value.length > 0);
    const last = filled[filled.length - 1];
    for (const c of filled) {
      const v = c.value;
      const digits = v.replace(/\D/g, '').length;
      const code = CODE.test(v) && !VISIT.test(v) && !DATE_CELL.test(v) && !isRange(v) && (/[A-Za-z-]/.test(v) ? digits >= 3 : digits >= 5);
      const initials = HYPHEN_INITIALS.test(v) || (c === last && INITIALS.test(v) && !NOT_INITIALS.has(v.toLowerCase()));
      if (code) out.push({ start: c.start, end: c.start + v.length, kind: 'ID', rule: 'table-code', priority: 5 });
      else if (initials) out.push({ start: c.start, end: c.start + v.length, kind: 'NAME', rule: 'table-initials', priority: 5 });
    }
  }
  return out;
}
