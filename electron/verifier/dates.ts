// Dates in the forms clinical notes use (03/15/2024, 3/15/24, 2024-03-15, March 15, 2024, 15 Mar 2024,
// March 2024, a bare year) reduced to comparable parts; a missing part matches anything.
import type { NoteSpan } from '../../shared/summary-format';

export interface DateFact {
  readonly span: NoteSpan;
  readonly text: string;
  /** Readings of the date (numeric forms can be month/day or day/month). */
  readonly readings: readonly DateParts[];
}

export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** 0 (Sunday) to 6, for "last Tuesday". */
  readonly weekday?: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function year(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

function valid(p: DateParts): boolean {
  return (p.month === null || (p.month >= 1 && p.month <= 12)) && (p.day === null || (p.day >= 1 && p.day <= 31));
}

interface Pattern {
  readonly re: RegExp;
  readonly read: (m: RegExpMatchArray) => DateParts[];
}

const PATTERNS: readonly Pattern[] = [
  // 2024-03-15
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, read: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }] },
  // 03/15/2024, 15.03.2024, 3-15-24
  {
    re: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g,
    read: (m) => [
      { year: year(m[3]!), month: Number(m[1]), day: Number(m[2]) },
      { year: year(m[3]!), month: Number(m[2]), day: Number(m[1]) },
    ],
  },
  // March 15, 2024 / March 15th / March 2024
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    read: (m) => [{ year: m[3] ? Number(m[3]) : null, month: MONTHS[m[1]!.toLowerCase()]!, day: Number(m[2]) }],
  },
  // 15 March 2024 / 15th of March
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    read: (m) => [{ year: m[3] ? Number(m[3]) : null, month: MONTHS[m[2]!.toLowerCase()]!, day: Number(m[1]) }],
  },
  // March 2024 / March of 2024
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'),
    read: (m) => [{ year: Number(m[2]), month: MONTHS[m[1]!.toLowerCase()]!, day: null }],
  },
  // A month alone after a preposition ("in March", "since early April"); "may" needs the preposition.
  {
    re: new RegExp(`\\b(?:in|since|during|until|till|through|of|last|early|late|mid|mid-)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_RE}(?![\\w])`, 'gi'),
    read: (m) => [{ year: null, month: MONTHS[m[1]!.toLowerCase()]!, day: null }],
  },
  // Days of the week.
  {
    re: /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)day\b/gi,
    read: (m) => [{ year: null, month: null, day: null, weekday: WEEKDAYS.indexOf(m[1]!.slice(0, 3).toLowerCase()) }],
  },
  // A bare year, 1900-2099, not part of a larger number or quantity.
  { re: /(?<![\d.,/-])\b(19\d\d|20\d\d)\b(?![.,/-]?\d)(?!\s*(?:mg|mcg|ml|units?|cc|g)\b)/gi, read: (m) => [{ year: Number(m[1]), month: null, day: null }] },
];

// "May" is also a verb: only read it as a month beside a day or year, which the patterns require.
export function extractDates(text: string): DateFact[] {
  const out: DateFact[] = [];
  const taken: NoteSpan[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      const readings = p.read(m).filter(valid);
      if (readings.length === 0) continue;
      taken.push(span);
      out.push({ span, text: m[0], readings });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function partsAgree(a: DateParts, b: DateParts): boolean {
  // A weekday compares only with a weekday.
  if ((a.weekday === undefined) !== (b.weekday === undefined)) return false;
  if (a.weekday !== undefined) return a.weekday === b.weekday;
  const same = (x: number | null, y: number | null) => x === null || y === null || x === y;
  return same(a.year, b.year) && same(a.month, b.month) && same(a.day, b.day);
}

/** True when some reading of `a` agrees with some reading of `b` (missing parts match anything). */
export function datesAgree(a: DateFact, b: DateFact): boolean {
  return a.readings.some((x) => b.readings.some((y) => partsAgree(x, y)));
}
