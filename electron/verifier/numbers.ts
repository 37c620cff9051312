// Numbers as clinical notes write them ("10 mg", "10mg", "ten milligrams", "0.5", "1,000", "124/78",
// "2-3 days", "a week ago", "half a tablet") with the unit that follows, reduced to comparable values.
import type { NoteSpan } from '../../shared/summary-format';

export type UnitDimension = 'mass' | 'volume' | 'count' | 'time' | 'length' | 'temperature' | 'other';

export interface Unit {
  /** Canonical symbol: mg, mcg, ml, units, tab, h, d, wk... */
  readonly symbol: string;
  readonly dimension: UnitDimension;
  /** Factor to the dimension's base (mg, ml, mm, hours). */
  readonly factor: number;
  /** A dose unit: a changed value is a changed dose. */
  readonly dose: boolean;
}

export interface Quantity {
  readonly span: NoteSpan;
  readonly value: number;
  readonly unit: Unit | null;
  /** Written as a word ("two", "a") rather than digits. */
  readonly word: boolean;
  /** Without a unit, the word that directly follows ("3 fingerbreadths"): it counts something else. */
  readonly noun: string | null;
}

// Words after a bare number that do not say what it counts.
const NOT_NOUNS: ReadonlySet<string> = new Set(
  'and or to of in on at per with daily nightly weekly once twice a an the by for from x each every po iv im sq subq q qd bid tid qid prn hs am pm was is were are then plus minus over out'.split(' '),
);

function nounAfter(text: string, end: number): string | null {
  const m = /^[ \t]+([A-Za-z]{2,})\b/.exec(text.slice(end, end + 30));
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return NOT_NOUNS.has(w) ? null : w;
}

const u = (symbol: string, dimension: UnitDimension, factor = 1, dose = false): Unit => ({ symbol, dimension, factor, dose });

const UNITS: ReadonlyArray<readonly [RegExp, Unit]> = [
  [/^(?:mg|mgs|milligrams?)$/, u('mg', 'mass', 1, true)],
  [/^(?:mcg|mcgs|ug|µg|micrograms?)$/, u('mcg', 'mass', 0.001, true)],
  [/^(?:g|gm|gms|grams?)$/, u('g', 'mass', 1000, true)],
  [/^(?:kg|kgs|kilograms?|kilos?)$/, u('kg', 'mass', 1_000_000)],
  [/^(?:lb|lbs|pounds?)$/, u('lb', 'mass', 453_592)],
  [/^(?:oz|ounces?)$/, u('oz', 'mass', 28_350)],
  [/^(?:ml|mls|milliliters?|millilitres?|cc|ccs)$/, u('ml', 'volume', 1, true)],
  [/^(?:l|liters?|litres?)$/, u('l', 'volume', 1000)],
  [/^(?:units?|iu|u)$/, u('units', 'other', 1, true)],
  [/^(?:meq|mmol)$/, u('meq', 'other', 1, true)],
  [/^(?:tabs?|tablets?|pills?|caps?|capsules?)$/, u('tab', 'count', 1, true)],
  [/^(?:puffs?|inhalations?)$/, u('puff', 'count', 1, true)],
  [/^(?:sprays?)$/, u('spray', 'count', 1, true)],
  [/^(?:drops?|gtts?)$/, u('drop', 'count', 1, true)],
  [/^(?:patch|patches)$/, u('patch', 'count', 1, true)],
  [/^(?:%|percent)$/, u('%', 'other')],
  [/^(?:mmhg)$/, u('mmhg', 'other')],
  [/^(?:bpm)$/, u('bpm', 'other')],
  [/^(?:cm|centimeters?|centimetres?)$/, u('cm', 'length', 10)],
  [/^(?:mm|millimeters?|millimetres?)$/, u('mm', 'length', 1)],
  [/^(?:in|inch|inches)$/, u('in', 'length', 25.4)],
  [/^(?:ft|feet|foot)$/, u('ft', 'length', 304.8)],
  [/^(?:hours?|hrs?|h)$/, u('h', 'time', 1)],
  [/^(?:minutes?|mins?)$/, u('min', 'time', 1 / 60)],
  [/^(?:days?)$/, u('d', 'time', 24)],
  [/^(?:weeks?|wks?)$/, u('wk', 'time', 168)],
  [/^(?:months?|mos?)$/, u('mo', 'time', 730)],
  [/^(?:years?|yrs?|y|yo)$/, u('y', 'time', 8760)],
  [/^(?:times|x)$/, u('times', 'other')],
  [/^(?:packs?|ppd)$/, u('pack', 'other')],
  [/^(?:°f|degf)$/, u('degF', 'temperature')],
  [/^(?:°c|degc)$/, u('degC', 'temperature')],
  [/^(?:degrees?)$/, u('deg', 'temperature')],
];

const unitCache = new Map<string, Unit | null>();

export function parseUnit(word: string): Unit | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const cached = unitCache.get(w);
  if (cached !== undefined) return cached;
  let found: Unit | null = null;
  for (const [re, unit] of UNITS) {
    if (re.test(w)) {
      found = unit;
      break;
    }
  }
  if (unitCache.size < 10_000) unitCache.set(w, found);
  return found;
}

const ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twice: 2, once: 1, single: 1,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const WORD_NUMBER_RE = new RegExp(
  `\\b(?:(${Object.keys(TENS).join('|')})(?:[\\s-](${Object.keys(ONES).slice(1, 10).join('|')}))?|(${Object.keys(ONES).join('|')})|(half|a|an))(?:\\s+hundred)?\\b`,
  'gi',
);
// Not inside a word ("B12", "q6h", "L4"), except after "x" ("x3 days").
const DIGIT_RE = /(?<![A-WYZa-wyz0-9_.]|[A-Za-z]x)(\d{1,3}(?:,\d{3})+|\d*\.\d+|\d+)(?![\d])/g;
// What may follow a number as its unit: the next word, or letters glued to it ("10mg").
const UNIT_AFTER = /^\s*-?\s*(%|°\s?[fc]\b|[a-zµ]+(?:\/[a-z]+)?)\.?/i;
const TIME_WORD = /^\s+(?:hours?|days?|weeks?|months?|years?|minutes?|week|tablets?|pills?|capsules?|dozen)\b/i;

const VAGUE_WORDS: ReadonlySet<string> = new Set(['one', 'once', 'single', 'twice']);

function overlaps(span: NoteSpan, taken: readonly NoteSpan[]): boolean {
  return taken.some((t) => span.start < t.end && t.start < span.end);
}

const DEG_F = u('degF', 'temperature');
const DEG_C = u('degC', 'temperature');

function unitAt(text: string, end: number, value = Number.NaN): { unit: Unit | null; end: number } {
  const m = UNIT_AFTER.exec(text.slice(end, end + 24));
  if (!m) return { unit: null, end };
  const word = m[1]!.replace(/\s/g, '').split('/')[0]!;
  // A bare F or C is a temperature only in a body-temperature range ("98.6 F", not "58F" for female).
  if (/^[fc]$/i.test(word)) {
    const isTemp = word.toLowerCase() === 'f' ? value >= 90 && value <= 110 : value >= 34 && value <= 43;
    return isTemp ? { unit: word.toLowerCase() === 'f' ? DEG_F : DEG_C, end: end + m[0].length } : { unit: null, end };
  }
  // "year-old", "years old" → years
  const unit = parseUnit(word);
  return unit ? { unit, end: end + m[0].length } : { unit: null, end };
}

/** Every quantity in `text`, skipping the spans already read as dates or frequencies. */
export function extractQuantities(text: string, skip: readonly NoteSpan[] = []): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(DIGIT_RE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, skip)) continue;
    // Digits glued to letters on the left are names, not values ("B12", "L4", "COVID-19" handled as words).
    if (m.index > 0 && /[A-WYZa-wyz]/.test(text[m.index - 1]!)) continue;
    if (m.index > 1 && text[m.index - 1] === '-' && /[A-Za-z]/.test(text[m.index - 2]!)) continue;
    const value = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const { unit } = unitAt(text, span.end, value);
    out.push({ span, value, unit, word: false, noun: unit ? null : nounAfter(text, span.end) });
    // Fractions such as 1/2 also stand for their value ("half a tablet").
    const frac = /^\/(\d)(?!\d)/.exec(text.slice(span.end, span.end + 3));
    if (frac && value < Number(frac[1]) && value > 0) out.push({ span, value: value / Number(frac[1]), unit: null, word: false, noun: null });
  }
  for (const m of text.matchAll(WORD_NUMBER_RE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, skip)) continue;
    let value: number;
    if (m[1]) value = TENS[m[1].toLowerCase()]! + (m[2] ? ONES[m[2].toLowerCase()]! : 0);
    else if (m[3]) value = ONES[m[3].toLowerCase()]!;
    else {
      // "a"/"an"/"half" count only before a unit of time or a dose form ("a week ago", "half a tablet").
      const rest = text.slice(span.end, span.end + 16);
      if (m[4]!.toLowerCase() === 'half') value = 0.5;
      else if (TIME_WORD.test(rest)) value = 1;
      else continue;
    }
    if (/\s+hundred$/i.test(m[0])) value *= 100;
    const { unit } = unitAt(text, span.end);
    // "one of", "no one", "seen once": a pronoun or a manner, not a count, unless a unit follows.
    if (m[3] && VAGUE_WORDS.has(m[3].toLowerCase()) && !unit) continue;
    out.push({ span, value, unit, word: true, noun: unit ? null : nounAfter(text, span.end) });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function toF(celsius: number): number {
  return (celsius * 9) / 5 + 32;
}

/** Same value in a compatible unit (or either side without one); converts mass and volume. */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  // "3 mL" is not "3 fingerbreadths"; a number with neither unit nor noun matches either.
  if ((a.unit && !b.unit && b.noun) || (b.unit && !a.unit && a.noun)) return false;
  if (!a.unit || !b.unit) return close(a.value, b.value);
  if (a.unit.symbol === b.unit.symbol) return close(a.value, b.value);
  if (a.unit.dimension === 'temperature' && b.unit.dimension === 'temperature') {
    // "degrees" alone is either scale; Celsius and Fahrenheit convert (38.5 C is 101.3 F).
    if (a.unit.symbol === 'deg' || b.unit.symbol === 'deg') return close(a.value, b.value) || Math.abs(toF(a.value) - b.value) <= 0.2 || Math.abs(a.value - toF(b.value)) <= 0.2;
    const af = a.unit.symbol === 'degC' ? toF(a.value) : a.value;
    const bf = b.unit.symbol === 'degC' ? toF(b.value) : b.value;
    return Math.abs(af - bf) <= 0.2;
  }
  // Durations in other units: "3 weeks" is "21 days", "12 months" is "a year" (months are uneven: 10%).
  if (a.unit.dimension === 'time' && b.unit.dimension === 'time') {
    return Math.abs(a.value * a.unit.factor - b.value * b.unit.factor) <= 0.1 * Math.abs(a.value * a.unit.factor);
  }
  if (a.unit.dimension === b.unit.dimension && (a.unit.dimension === 'mass' || a.unit.dimension === 'volume' || a.unit.dimension === 'length')) {
    return Math.abs(a.value * a.unit.factor - b.value * b.unit.factor) <= 0.02 * Math.abs(a.value * a.unit.factor);
  }
  return false;
}

/** Same number written with a unit that cannot be the same thing (5 mg vs 5 mcg). */
export function unitsConflict(a: Quantity, b: Quantity): boolean {
  return a.value === b.value && a.unit !== null && b.unit !== null && a.unit.symbol !== b.unit.symbol;
}
