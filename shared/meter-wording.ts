// What the token meter says, in plain words, from a token count: "fits", "near the limit", or "too
// long by about 30%" with the number of parts a long note will be summarized in. Pure, shared by the
// renderer's meter and anything else that reports on a note's length.
import type { TokenCount } from './contract/model';

export type MeterWordingLevel = 'fits' | 'near' | 'over';

export interface MeterWording {
  readonly level: MeterWordingLevel;
  /** "fits", "near the limit", "too long by about 30%". */
  readonly phrase: string;
  /** Percent over the budget, rounded for people; null unless too long. */
  readonly overPercent: number | null;
  /** Parts a too-long note will be summarized in, about; null unless too long (or it cannot be split). */
  readonly parts: number | null;
  /** A sentence for the meter. */
  readonly sentence: string;
}

/** At or above this share of the budget the meter warns. */
export const NEAR_SHARE = 0.85;
/** Parts rarely pack full: sections and sentences are not cut, so a part holds a bit less than the budget. */
const PACKING = 0.85;

/** 3% stays 3%; 27% is "about 25%"; 137% is "about 140%". Never 0% when over. */
export function roundPercent(p: number): number {
  if (p < 10) return Math.max(1, Math.round(p));
  if (p < 100) return Math.round(p / 5) * 5;
  return Math.round(p / 10) * 10;
}

/** How many parts a note of this count will be split into, about; null when even an empty part would not fit. */
export function estimateParts(count: TokenCount): number | null {
  const overhead = Math.max(0, count.promptTokens - count.noteTokens);
  const perPart = count.budget - overhead;
  if (perPart <= 0) return null;
  return Math.max(2, Math.ceil(count.noteTokens / (perPart * PACKING)));
}

export function meterWording(count: TokenCount): MeterWording {
  const budget = Math.max(0, count.budget);
  if (count.fits) {
    const near = budget > 0 && count.promptTokens / budget >= NEAR_SHARE;
    return near
      ? { level: 'near', phrase: 'near the limit', overPercent: null, parts: null, sentence: 'Near the limit: the note still fits in one go.' }
      : { level: 'fits', phrase: 'fits', overPercent: null, parts: null, sentence: 'Fits: the note is summarized in one go.' };
  }
  const overPercent = budget === 0 ? null : roundPercent((count.promptTokens / budget - 1) * 100);
  const parts = estimateParts(count);
  const phrase = overPercent === null ? 'too long' : `too long by about ${overPercent}%`;
  const sentence =
    parts === null
      ? `Too long: this model's context has no room for the note beside the instructions. Load a model with a larger context.`
      : `${phrase[0]!.toUpperCase()}${phrase.slice(1)}: it will be summarized in about ${parts} parts, each drawn from its own sections.`;
  return { level: 'over', phrase, overPercent, parts, sentence };
}
