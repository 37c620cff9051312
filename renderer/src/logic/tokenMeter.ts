// Turns a countTokens answer into what the meter shows.
import type { TokenCount } from '../../../shared/contract/model';
import { formatTokens } from './format';

export type MeterLevel = 'ok' | 'near' | 'over';

export interface MeterView {
  readonly label: string;
  readonly level: MeterLevel;
  /** 0–1 fill fraction of the bar. */
  readonly fraction: number;
  readonly hint: string | null;
}

const NEAR_FRACTION = 0.9;

export function meterView(count: TokenCount): MeterView {
  const used = count.promptTokens;
  const budget = Math.max(0, count.budget);
  const fraction = budget === 0 ? 1 : Math.min(1, used / budget);
  const level: MeterLevel = !count.fits ? 'over' : fraction >= NEAR_FRACTION ? 'near' : 'ok';
  const hint =
    level === 'over'
      ? "Too long for this model's context. Shorten the note or load a model with a larger context."
      : level === 'near'
        ? 'Close to the limit for this model.'
        : null;
  return { label: formatTokens(used, budget), level, fraction, hint };
}
