// Growing delay after failed unlocks, per user name. The first few mistakes are free (typos); after
// that each failure doubles the wait, capped so a real user is never locked out for long.

export const FREE_FAILURES = 3;
const FIRST_DELAY_S = 5;
export const MAX_DELAY_S = 15 * 60;

export interface FailureRecord {
  readonly failures: number;
  /** Epoch ms of the last failure. */
  readonly lastAt: number;
}

export function delaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_FAILURES));
}

/** Seconds still to wait before another attempt is allowed (0: go ahead). */
export function secondsToWait(record: FailureRecord | undefined, nowMs: number): number {
  if (!record) return 0;
  const until = record.lastAt + delaySeconds(record.failures) * 1000;
  return Math.max(0, Math.ceil((until - nowMs) / 1000));
}

export function throttledMessage(seconds: number): string {
  return `Too many failed attempts. Wait ${seconds} second${seconds === 1 ? '' : 's'} before trying again.`;
}
