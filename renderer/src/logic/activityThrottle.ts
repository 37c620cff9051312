// Reports user activity to main at most once per interval. The first activity in a quiet period is
// reported at once (so the idle timer resets promptly); activity inside the interval is folded into
// one trailing report at the end of the interval, so the idle timer never lags by more than that.

export const ACTIVITY_REPORT_INTERVAL_MS = 30_000;

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ActivityReporter {
  /** Call on every keydown / mousedown / mousemove. Cheap. */
  notify(): void;
  /** Stop any pending trailing report (on lock or unmount). */
  cancel(): void;
}

export function createActivityReporter(report: () => void, intervalMs: number, timers: Timers): ActivityReporter {
  let last = Number.NEGATIVE_INFINITY;
  let pending: unknown = null;

  const fire = (): void => {
    last = timers.now();
    report();
  };

  return {
    notify() {
      const elapsed = timers.now() - last;
      if (elapsed >= intervalMs) {
        fire();
        return;
      }
      if (pending !== null) return;
      pending = timers.setTimeout(() => {
        pending = null;
        fire();
      }, intervalMs - elapsed);
    },
    cancel() {
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
    },
  };
}

export const browserTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
};
