// What the blind waves of clinical frames share: a seeded draw, the frames' casings, the loop that plants each frame's
// parts (redrawn until every part occurs once in its text) and the look-alikes a finding must not touch.
import type { Faker } from '@faker-js/faker';
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
}

/** A frame: a fragment and the parts that must be covered (each must occur once in the fragment). */
export type Frame<D> = (d: D) => readonly [string, readonly string[]];

export type Casing = 'mixed' | 'upper' | 'lower';
const cased = (s: string, c: Casing): string => (c === 'upper' ? s.toUpperCase() : c === 'lower' ? s.toLowerCase() : s);
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/** A number in two digits ("07"). */
export const pad2 = (n: number): string => String(n).padStart(2, '0');
/** A name's letters without accents, in lower case (for e-mail addresses and handles). */
export const asciiLetters = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

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

/** Look-alikes as cases: `part` must not be touched by any finding. */
export const lookAlikes = (keep: readonly (readonly [string, string])[]): WaveCase[] => keep.map(([text, part]) => ({ frame: 'look-alike', text, part }));

/** The look-alikes some finding overlaps. */
export function touchedBy(keeps: readonly WaveCase[], find: (text: string) => readonly DeidFinding[]): WaveCase[] {
  return keeps.filter((c) => {
    const at = c.text.indexOf(c.part);
    return find(c.text).some((f) => f.start < at + c.part.length && at < f.end);
  });
}
