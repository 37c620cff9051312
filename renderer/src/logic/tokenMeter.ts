// Turns a countTokens answer into what the meter shows.
import type { TokenCount } from '../../../shared/contract/model';
import { meterWording } from '../../../shared/meter-wording';
import { formatTokens } from './format';

export type MeterLevel = 'ok' | 'near' | 'over';

export interface MeterView {
  readonly label: string;
  readonly level: MeterLevel;
  /** 0–1 fill fraction of the bar. */
  readonly fraction: number;
  /** Plain words: "fits", "near the limit", "too long by about 30%". */
  readonly phrase: string;
  readonly hint: string | null;
  /** Parts a too-long note will be summarized in, about. */
  readonly parts: number | null;
}

export function meterView(count: TokenCount): MeterView {
  const used = count.promptTokens;
  const budget = Math.max(0, count.budget);
  const fraction = budget === 0 ? 1 : Math.min(1, used / budget);
  const w = meterWording(count);
  const level: MeterLevel = w.level === 'fits' ? 'ok' : w.level;
  return { label: formatTokens(used, budget), level, fraction, phrase: w.phrase, hint: level === 'ok' ? null : w.sentence, parts: w.parts };
}
