// What the blind waves of clinical frames share: a seeded draw, the frames' casings, the loop that plants each frame's
// parts (redrawn until every part occurs once in its text) and the look-alikes a finding must not touch.
import type { Faker } from '@faker-js/faker';
import { mulberry32 } from '../../base/seeded-random';
import type { DeidFinding } from '../kinds';
import type { WaveCase } from './wave-score';

/** Draws for one case, from one seeded stream and the wave's fakers; each wave adds its own names, places and numbers. */
export class WaveDraw {
  constructor(
    readonly r: () => number,
    private readonly fakers: readonly Faker[],
  ) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  protected faker(): Faker {
    return this.pick(this.fakers);
  }
  /** A given name: an everyday word from `words` three times in ten, else one of a faker locale's (its first part). */
  protected givenOf(words: readonly string[]): string {
    return this.r() < 0.3 ? this.pick(words) : this.faker().person.firstName().split(/[\s-]/)[0]!;
  }
  /** n digits, the first not a zero. */
  digitString(n: number): string {
    let s = String(this.int(1, 9));
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  /** Capitals for initials and codes: no I, O, Q or U by default, which read as digits or as each other. */
  protected readonly capitals: string = 'ABCDEFGHJKLMNPRSTVWXYZ';
  /** A middle initial, with its full stop or without. */
  mi(): string {
    return this.pick([...this.capitals]) + this.pick(['', '.']);
  }
  /** n capitals. */
  letters(n: number): string {
    return this.lettersOf(this.capitals, n);
  }
  /** n letters drawn from `alphabet`. */
  protected lettersOf(alphabet: string, n: number): string {
    let s = '';
    while (s.length < n) s += this.pick([...alphabet]);
    return s;
  }
  /** A surname: an everyday word from `words` three times in ten, else a faker locale's without its particle. */
  protected surnameOf(words: readonly string[]): string {
    return this.r() < 0.3 ? this.pick(words) : this.particleFreeSurname();
  }
  /** A year of the last decade (a wave may draw from another span). */
  year(): number {
    return this.int(2015, 2025);
  }
  /** mm/dd/yyyy. */
  mdy(): string {
    const [m, d] = this.md();
    return `${pad2(m)}/${pad2(d)}/${this.year()}`;
  }
  /** A month and a day that every month has. */
  md(): readonly [number, number] {
    return [this.int(1, 12), this.int(1, 28)];
  }
  /** A surname: an everyday word from `words` three times in ten, else a faker locale's without its particle, capitalized. */
  protected capitalizedSurnameOf(words: readonly string[]): string {
    return this.r() < 0.3 ? this.pick(words) : this.capitalizedSurname();
  }
  /** A faker surname without its particle, capitalized ('van der Berg' gives 'Berg'). */
  protected capitalizedSurname(): string {
    const w = this.particleFreeSurname();
    return w.charAt(0).toUpperCase() + w.slice(1);
  }
  /** A faker surname without a particle ('da Silva' gives 'Silva'): its first capitalized word of three letters or more. */
  protected particleFreeSurname(): string {
    const words = this.faker().person.lastName().split(/\s/);
    return words.find((w) => /^\p{Lu}/u.test(w) && w.length > 2) ?? words[words.length - 1]!;
  }
}

/** A frame: a fragment and the parts that must be covered (each must occur once in the fragment). */
export type Frame<D> = (d: D) => readonly [string, readonly string[]];

export type Casing = 'mixed' | 'upper' | 'lower';

/** Each frame in one of the three casings, evenly. */
export const evenCasing = (r: () => number): Casing => (['mixed', 'upper', 'lower'] as const)[Math.floor(r() * 3)]!;
const cased = (s: string, c: Casing): string => (c === 'upper' ? s.toUpperCase() : c === 'lower' ? s.toLowerCase() : s);
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/** A number in two digits ("07"). */
export const pad2 = (n: number): string => String(n).padStart(2, '0');
/** A name's letters without accents, in lower case (for e-mail addresses and handles). */
export const asciiLetters = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The k-th of eight ways reports and forms write a full date (0 to 7: "03/04/2021", "3/4/21", "3-4-21", "4 March 2021",
 * "March 4, 2021", "Mar 4, 2021", "2021-03-04", "04-MAR-2021"); undefined for any other k, which a wave writes its own way. */
export function writtenDate(k: number, m: number, d: number, y: number): string | undefined {
  const yy = pad2(y % 100);
  switch (k) {
    case 0: return `${pad2(m)}/${pad2(d)}/${y}`;
    case 1: return `${m}/${d}/${yy}`;
    case 2: return `${m}-${d}-${yy}`;
    case 3: return `${d} ${MONTH_NAMES[m - 1]!} ${y}`;
    case 4: return `${MONTH_NAMES[m - 1]!} ${d}, ${y}`;
    case 5: return `${MONTH_SHORT[m - 1]!} ${d}, ${y}`;
    case 6: return `${y}-${pad2(m)}-${pad2(d)}`;
    case 7: return `${pad2(d)}-${MONTH_SHORT[m - 1]!.toUpperCase()}-${y}`;
    default: return undefined;
  }
}

export const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** Every frame `rounds` times in the casing `casing()` draws for it; a frame is redrawn (up to 20 times) when a casing
 * or a draw makes a part occur twice (a name that is also a word of the frame, or two equal draws). */
export function plantFrames<D>(frames: readonly (readonly [string, Frame<D>])[], d: D, rounds: number, casing: () => Casing): WaveCase[] {
  const out: WaveCase[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [frame, make] of frames) {
      const c = casing();
      for (let tries = 0; tries < 20; tries++) {
        const [raw, rawParts] = make(d);
        const text = cased(raw, c);
        const parts = rawParts.map((p) => cased(p, c));
        if (parts.some((p) => p.trim() === '' || occurrences(text, p) !== 1)) continue;
        for (const part of parts) out.push({ frame, text, part });
        break;
      }
    }
  }
  return out;
}

/** A wave's cases for one seed: one seeded stream draws the parts and the casings, and the wave's fakers are seeded from
 * the seed by the wave's own multiplier (so two waves never draw the same names). */
export function seededWave<D>(frames: readonly (readonly [string, Frame<D>])[], fakers: readonly Faker[], makeDraw: (r: () => number) => D, seed: number, multiplier: number, rounds: number, casing: (r: () => number) => Casing = evenCasing): WaveCase[] {
  const r = mulberry32(seed);
  fakers.forEach((f, k) => f.seed(seed * multiplier + k));
  return plantFrames(frames, makeDraw(r), rounds, () => casing(r));
}

/** Look-alikes as cases: `part` must not be touched by any finding. */
export const lookAlikes = (keep: readonly (readonly [string, string])[]): WaveCase[] => keep.map(([text, part]) => ({ frame: 'look-alike', text, part }));

/** The look-alikes some finding overlaps. */
export function touchedBy(keeps: readonly WaveCase[], find: (text: string) => readonly DeidFinding[]): WaveCase[] {
  return keeps.filter((c) => {
    const at = c.text.indexOf(c.part);
    return find(c.text).some((f) => f.start < at + c.part.length && at < f.end);
  });
}
