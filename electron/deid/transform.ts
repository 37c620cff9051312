// The two ways to de-identify a text once its identifiers are found.
//   redact:    each identifier becomes its kind in brackets. Dates keep their year ("[DATE] 2023"),
//              ZIP codes keep the three digits Safe Harbor allows ("[ZIP 021]", or 000 for the
//              sparsely populated areas HHS lists), ages over 89 become "[AGE 90+]".
//   surrogate: names and places become consistent fake ones, every date moves by the same number of
//              days (intervals and formats kept), numbers become random ones of the same shape.
//              Surrogates read naturally but are NOT Safe Harbor on their own: a real identifier the
//              engine missed is indistinguishable from the fakes around it.
import { hashString, mulberry32 } from '../base/seeded-random';
import { faker } from '@faker-js/faker/locale/en';
import type { DeidFinding, DeidKind } from './kinds';
import { foldForSearch } from './fold';

export const SURROGATE_NOTICE =
  'Surrogate mode replaces identifiers with realistic fakes and shifts dates; it is not Safe Harbor de-identification on its own (a missed identifier hides among the fakes).';

/** Three-digit ZIP prefixes of areas under 20,000 people (HHS Safe Harbor guidance): they become 000. */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set(['036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893']);

/** The Safe Harbor form of a ZIP code: its first three digits, or 000 where the area is too small. */
export function zip3(zip: string): string {
  // Only a US ZIP code (five digits, maybe plus four) has a prefix Safe Harbor lets stay.
  if (!/^\s*\d{5}(?:-\d{4})?\s*$/.test(zip)) return '000';
  const prefix = zip.replace(/\D/g, '').slice(0, 3);
  return prefix.length < 3 || RESTRICTED_ZIP3.has(prefix) ? '000' : prefix;
}

const FOUR_DIGIT_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/;

function redactionLabel(kind: DeidKind, original: string): string {
  if (kind === 'DATE') {
    const year = FOUR_DIGIT_YEAR.exec(original)?.[1];
    return year ? `[DATE] ${year}` : '[DATE]';
  }
  if (kind === 'ZIP') return `[ZIP ${zip3(original)}]`;
  if (kind === 'AGE') return '[AGE 90+]';
  return `[${kind}]`;
}

export interface RedactedSpan {
  /** Offsets into the output text. */
  readonly start: number;
  readonly end: number;
  readonly kind: DeidKind;
}

/** Redacts and says where each replacement sits in the output (for highlighting). */
export function redactWithSpans(text: string, findings: readonly DeidFinding[]): { text: string; spans: RedactedSpan[] } {
  const parts: string[] = [];
  const spans: RedactedSpan[] = [];
  let at = 0;
  let outLen = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue; // overlapping input: the first one wins
    parts.push(text.slice(at, f.start));
    outLen += f.start - at;
    const label = redactionLabel(f.kind, text.slice(f.start, f.end));
    parts.push(label);
    spans.push({ start: outLen, end: outLen + label.length, kind: f.kind });
    outLen += label.length;
    at = f.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), spans };
}

export function redact(text: string, findings: readonly DeidFinding[]): string {
  return redactWithSpans(text, findings).text;
}

// Same key, same surrogates: mulberry32 seeded with an FNV-1a hash of the key.
const seeded = (key: string): (() => number) => mulberry32(hashString(key) || 1);

export interface SurrogateResult {
  readonly text: string;
  /** Original → surrogate. It re-identifies the patient: keep it in the vault, never in a file. */
  readonly mapping: ReadonlyMap<string, string>;
  /** Days every date was moved by (never 0). */
  readonly dayShift: number;
  readonly notice: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model === model.toLowerCase()) return word.toLowerCase();
  return word;
}

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

function formatMonth(model: string, month: number): string {
  const full = MONTHS[month]!;
  const abbr = model.replace(/\.$/, '').length <= 4 && model.toLowerCase().replace(/\.$/, '') !== full;
  let word = abbr ? full.slice(0, model.replace(/\.$/, '').length === 4 && month === 8 ? 4 : 3) : full;
  word = word[0]!.toUpperCase() + word.slice(1);
  return matchCase(model, word) + (model.endsWith('.') ? '.' : '');
}

function pad(model: string, n: number): string {
  return model.length === 2 && model.startsWith('0') ? String(n).padStart(2, '0') : String(n);
}

/** Moves one date by `shift` days in its own format; null when the text is not a date it can read. */
export function shiftDate(original: string, shift: number): string | null {
  const ymd = (y: number, month: number, day: number): Date => new Date(Date.UTC(y, month, day) + shift * DAY_MS);
  let m = /^((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/.exec(original);
  if (m) {
    const d = ymd(Number(m[1]), Number(m[3]) - 1, Number(m[4]));
    return `${d.getUTCFullYear()}${m[2]}${pad(m[3]!, d.getUTCMonth() + 1)}${m[2]}${pad(m[4]!, d.getUTCDate())}${m[5]}`;
  }
  m = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(original);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12;
    const month = (dayFirst ? b : a) - 1;
    const day = dayFirst ? a : b;
    const yy = m[4];
    const year = yy === undefined ? 2000 : yy.length === 4 ? Number(yy) : Number(yy) + (Number(yy) > 40 ? 1900 : 2000);
    const d = ymd(year, month, day);
    const [p1, p2] = dayFirst ? [pad(m[1]!, d.getUTCDate()), pad(m[3]!, d.getUTCMonth() + 1)] : [pad(m[1]!, d.getUTCMonth() + 1), pad(m[3]!, d.getUTCDate())];
    const y = yy === undefined ? '' : `${m[2]}${yy.length === 4 ? d.getUTCFullYear() : String(d.getUTCFullYear() % 100).padStart(2, '0')}`;
    return `${p1}${m[2]}${p2}${y}`;
  }
  // "March 14, 2023", "Mar 14th", "14 March 2023", "Tuesday, March 14".
  m = /^(?:([A-Za-z]+day),?\s+)?([A-Za-z]+\.?)\s+(\d{1,2})(st|nd|rd|th)?(,?\s+)?((?:19|20)\d{2})?$/.exec(original);
  if (m && monthIndex(m[2]!) >= 0) {
    const d = ymd(m[6] ? Number(m[6]) : 2000, monthIndex(m[2]!), Number(m[3]));
    const wd = m[1] ? `${matchCase(m[1], WEEKDAYS[d.getUTCDay()]![0]!.toUpperCase() + WEEKDAYS[d.getUTCDay()]!.slice(1))}, ` : '';
    const suffix = m[4] ? ordinalSuffix(d.getUTCDate()) : '';
    return `${wd}${formatMonth(m[2]!, d.getUTCMonth())} ${d.getUTCDate()}${suffix}${m[6] ? `${m[5] ?? ' '}${d.getUTCFullYear()}` : ''}`;
  }
  m = /^(\d{1,2})(st|nd|rd|th)?(\s+of)?\s+([A-Za-z]+\.?)(,?\s+)?((?:19|20)\d{2})?$/.exec(original);
  if (m && monthIndex(m[4]!) >= 0) {
    const d = ymd(m[6] ? Number(m[6]) : 2000, monthIndex(m[4]!), Number(m[1]));
    return `${d.getUTCDate()}${m[2] ? ordinalSuffix(d.getUTCDate()) : ''}${m[3] ?? ''} ${formatMonth(m[4]!, d.getUTCMonth())}${m[6] ? `${m[5] ?? ' '}${d.getUTCFullYear()}` : ''}`;
  }
  // "December 2023", "March": the middle of the month moves, so the month shown is the one the shift lands in.
  m = /^([A-Za-z]+\.?)(,?\s+(?:of\s+)?)?((?:19|20)\d{2})?$/.exec(original);
  if (m && monthIndex(m[1]!) >= 0 && (m[3] !== undefined || m[1]!.length >= 3) && !/day$/i.test(m[1]!)) {
    const d = ymd(m[3] ? Number(m[3]) : 2001, monthIndex(m[1]!), 15);
    return `${formatMonth(m[1]!, d.getUTCMonth())}${m[3] ? `${m[2] ?? ' '}${d.getUTCFullYear()}` : ''}`;
  }
  // A weekday alone moves by the same shift.
  const wd = WEEKDAYS.indexOf(original.toLowerCase().replace(/s$/, ''));
  if (wd >= 0) {
    const name = WEEKDAYS[(((wd + shift) % 7) + 7) % 7]!;
    return matchCase(original, name[0]!.toUpperCase() + name.slice(1)) + (/s$/i.test(original) ? 's' : '');
  }
  return null;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/**
 * Replaces identifiers with consistent surrogates. `key` should be a secret kept per patient in the
 * vault: the same key gives the same fake names and the same date shift for every note of that
 * patient, so intervals between notes survive too.
 */
export function surrogate(text: string, findings: readonly DeidFinding[], key: string): SurrogateResult {
  const rand = seeded(key);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Thirty days to eleven months: a shift near a whole year would hand back a birthday's month and day.
  const magnitude = 30 + Math.floor(rand() * 306);
  const dayShift = rand() < 0.5 ? -magnitude : magnitude;
  const defs = faker.rawDefinitions;
  const firstNames = defs.person?.first_name?.generic ?? ['Alex'];
  const lastNames = defs.person?.last_name?.generic ?? ['Morgan'];
  const cities = (defs.location?.city_name ?? ['Springfield']).filter((c) => !c.includes(' '));
  const streets = defs.location?.street_name ?? ['Oak'];
  const mapping = new Map<string, string>();
  // No fake word may be a word of any real identifier in the text: "Smith" must never stand in for
  // "Smith", nor for "Jones" when a real Smith is in the same note.
  const real = new Set<string>();
  for (const f of findings) for (const w of text.slice(f.start, f.end).toLowerCase().match(/[a-z][a-z'’.-]*/g) ?? []) real.add(w);
  const used = new Set<string>(real);
  const unique = (make: () => string): string => {
    for (let i = 0; i < 50; i++) {
      const s = make();
      if (!used.has(s.toLowerCase())) {
        used.add(s.toLowerCase());
        return s;
      }
    }
    return make();
  };
  // A drawn surrogate that happens to equal its original (a ZIP's last two digits, a short ID) is
  // drawn again: the export must never carry the real value by chance.
  const differing = (original: string, make: () => string, fallback: () => string): string => {
    for (let i = 0; i < 20; i++) {
      const s = make();
      if (s.toLowerCase() !== original.toLowerCase()) return s;
    }
    return fallback();
  };
  const memo = (k: string, make: () => string): string => {
    const hit = mapping.get(k);
    if (hit !== undefined) return hit;
    const s = make();
    mapping.set(k, s);
    return s;
  };
  const shape = (original: string): string =>
    original.replace(/[0-9]/g, () => String(Math.floor(rand() * 10))).replace(/[A-Za-z]/g, (c) => {
      const l = String.fromCharCode(97 + Math.floor(rand() * 26));
      return c === c.toUpperCase() ? l.toUpperCase() : l;
    });

  const surrogateFor = (f: DeidFinding, original: string): string => {
    switch (f.kind) {
      case 'NAME':
        // Word by word, so "Marcela Carlson" and a later "Carlson" stay the same person.
        return original.replace(/[A-Za-z][A-Za-z'’-]*/g, (w) => {
          if (w.length === 1) return memo(`initial:${w.toUpperCase()}`, () => String.fromCharCode(65 + ((w.toUpperCase().charCodeAt(0) - 65 + 1 + Math.floor(rand() * 25)) % 26)));
          const base = w.replace(/['’]s$/i, '');
          const poss = w.slice(base.length);
          const fake = memo(`name:${base.toLowerCase()}`, () => unique(() => pick(rand() < 0.5 ? lastNames : firstNames)));
          return matchCase(base, fake) + poss;
        });
      case 'LOCATION':
        if (/\d/.test(original)) {
          const street = () => `${1 + Math.floor(rand() * 9899)} ${pick(streets)} ${pick(['Street', 'Avenue', 'Road', 'Lane', 'Drive'])}`;
          return memo(`street:${original.toLowerCase()}`, () => differing(original, street, () => redactionLabel('LOCATION', original)));
        }
        return original.replace(/[A-Za-z][A-Za-z'’.-]*/g, (w) => matchCase(w, memo(`place:${w.toLowerCase()}`, () => unique(() => pick(cities)))));
      case 'DATE':
        return shiftDate(original, dayShift) ?? redactionLabel('DATE', original);
      case 'AGE':
        return '90';
      case 'ZIP':
        return memo(`zip:${original}`, () => differing(original, () => `${zip3(original)}${shape(original).slice(3)}`, () => redactionLabel('ZIP', original)));
      case 'EMAIL':
        return memo(`email:${original.toLowerCase()}`, () => differing(original, () => `${shape(original.split('@')[0]!).toLowerCase()}@example.org`, () => redactionLabel('EMAIL', original)));
      case 'URL':
        return memo(`url:${original.toLowerCase()}`, () => `https://example.org/${shape('xxxxxx')}`);
      case 'IP':
        return memo(`ip:${original}`, () =>
          differing(original, () => (original.includes(':') ? `2001:db8::${Math.floor(rand() * 65535).toString(16)}` : `192.0.2.${1 + Math.floor(rand() * 254)}`), () => redactionLabel('IP', original)));
      default:
        return memo(`${f.kind}:${original}`, () => differing(original, () => shape(original), () => redactionLabel(f.kind, original)));
    }
  };

  const parts: string[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    // A disguised identifier ("J\u200Bohn", full-width digits) is replaced as what it shows, so none of it survives.
    const original = text.slice(f.start, f.end);
    parts.push(text.slice(at, f.start), surrogateFor(f, foldForSearch(original)?.text ?? original));
    at = f.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), mapping, dayShift, notice: SURROGATE_NOTICE };
}
