// Dosing frequencies written as Latin abbreviations or in words ("bid", "twice daily", "q8h",
// "every 8 hours", "at bedtime") reduced to one canonical form, so a faithful paraphrase compares equal.
import type { NoteSpan } from '../../shared/summary-format';

export interface FrequencyFact {
  readonly span: NoteSpan;
  readonly text: string;
  /** Canonical: "1/d", "2/d", "q8h", "qhs", "prn", "1/wk"... */
  readonly value: string;
}

const WORD_NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, twelve: 12, twenty: 20, 'twenty-four': 24, once: 1, twice: 2 };

function count(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return WORD_NUMBERS[w] ?? null;
}

const NUM = '(\\d+|one|two|three|four|five|six|eight|twelve|twenty-four|twenty)';

interface Rule {
  readonly re: RegExp;
  readonly value: (m: RegExpMatchArray) => string | null;
}

const RULES: readonly Rule[] = [
  { re: /\bq\.?\s?(\d+)(?:\s?-\s?(\d+))?\s?(?:h|hr|hrs|hours?)\b\.?/gi, value: (m) => (m[2] ? `q${m[1]}-${m[2]}h` : `q${m[1]}h`) },
  { re: new RegExp(`\\bevery\\s+${NUM}(?:\\s*(?:-|to)\\s*${NUM})?\\s+(?:hours?|hrs?|h)\\b`, 'gi'), value: (m) => (m[2] ? `q${count(m[1]!)}-${count(m[2])}h` : `q${count(m[1]!)}h`) },
  { re: /\bevery\s+(?:other\s+day)\b|\bq\.?o\.?d\.?(?![a-z])/gi, value: () => 'qod' },
  { re: /\b(?:b\.?\s?i\.?\s?d\.?|bid)(?![a-z])|\btwice\s+(?:a\s+|per\s+|each\s+)?(?:daily|day)\b|\b(?:2|two)\s+times\s+(?:a\s+|per\s+|each\s+)?(?:daily|day)\b/gi, value: () => '2/d' },
  { re: /\b(?:t\.?\s?i\.?\s?d\.?|tid)(?![a-z])|\b(?:3|three)\s+times\s+(?:a\s+|per\s+|each\s+)?(?:daily|day)\b/gi, value: () => '3/d' },
  { re: /\b(?:q\.?\s?i\.?\s?d\.?|qid)(?![a-z])|\b(?:4|four)\s+times\s+(?:a\s+|per\s+|each\s+)?(?:daily|day)\b/gi, value: () => '4/d' },
  { re: /\bq\.?\s?h\.?\s?s\.?(?![a-z])|\bat\s+bedtime\b|\bnightly\b|\bat\s+night\b|\bevery\s+night\b|\bh\.?s\.?(?![a-z])/gi, value: () => 'qhs' },
  { re: /\bp\.?\s?r\.?\s?n\.?(?![a-z])|\bas\s+needed\b/gi, value: () => 'prn' },
  { re: /\bonce\s+(?:a\s+|per\s+|each\s+)?week(?:ly)?\b|\bweekly\b|\bq\.?\s?(?:wk|week)\b/gi, value: () => '1/wk' },
  { re: /\bonce\s+(?:a\s+|per\s+|each\s+)?month(?:ly)?\b|\bmonthly\b/gi, value: () => '1/mo' },
  {
    re: /\bq\.?\s?a\.?\s?m\.?(?![a-z])|\bevery\s+morning\b|\bin\s+the\s+morning\b|\bdaily\s+in\s+the\s+morning\b/gi,
    value: () => 'qam',
  },
  {
    re: /\bq\.?\s?d\.?(?![a-z])|\bonce\s+(?:a\s+|per\s+|each\s+)?(?:daily|day)\b|\b(?:1|one)\s+times?\s+(?:a\s+|per\s+)?day\b|\bdaily\b|\bevery\s+day\b|\bper\s+day\b|\ba\s+day\b/gi,
    value: () => '1/d',
  },
];

export function extractFrequencies(text: string): FrequencyFact[] {
  const out: FrequencyFact[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (out.some((f) => span.start < f.span.end && f.span.start < span.end)) continue;
      const value = rule.value(m);
      if (value !== null && !value.includes('null')) out.push({ span, text: m[0], value });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

// Intervals that are the same count per day ("q12h" is "twice daily").
const PER_DAY: Readonly<Record<string, string>> = { q24h: '1/d', q12h: '2/d', q8h: '3/d', q6h: '4/d', qhs: '1/d', qam: '1/d' };
const TIME_OF_DAY: ReadonlySet<string> = new Set(['qam', 'qhs']);

const isInterval = (f: string) => /^q\d/.test(f);

/**
 * True when the evidence states the claimed frequency: the same form, or the same count per day
 * ("q12h" and "twice daily", "at bedtime" and "daily") when the evidence gives no interval of its own
 * (then "every 8 hours" must match an interval: "every 6 hours ... 3 times daily" does not).
 */
export function frequencySupported(claim: string, evidence: readonly string[]): boolean {
  if (evidence.includes(claim)) return true;
  if (isInterval(claim) && evidence.some(isInterval)) return false;
  // "in the morning" is not "at bedtime".
  if (TIME_OF_DAY.has(claim) && evidence.some((e) => TIME_OF_DAY.has(e))) return false;
  return evidence.some((e) => (PER_DAY[claim] ?? claim) === (PER_DAY[e] ?? e));
}
