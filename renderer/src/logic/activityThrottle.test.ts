import { describe, expect, it } from 'vitest';
import { createActivityReporter, type Timers } from './activityThrottle';

function fakeTimers() {
  let t = 0;
  let nextId = 1;
  const queue = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    now: () => t,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      queue.set(id, { at: t + ms, fn });
      return id;
    },
    clearTimeout: (h) => {
      queue.delete(h as number);
    },
  };
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      const due = [...queue.entries()].filter(([, v]) => v.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      queue.delete(due[0]);
      t = due[1].at;
      due[1].fn();
    }
    t = end;
  };
  return { timers, advance, pending: () => queue.size };
}

describe('activity reporter', () => {
  it('reports the first activity at once', () => {
    const f = fakeTimers();
    let n = 0;
    const r = createActivityReporter(() => n++, 30_000, f.timers);
    r.notify();
    expect(n).toBe(1);
  });

  it('reports at most once per interval, with one trailing report', () => {
    const f = fakeTimers();
    const at: number[] = [];
    const r = createActivityReporter(() => at.push(f.timers.now()), 30_000, f.timers);
    r.notify();
    for (let i = 0; i < 100; i++) {
      f.advance(100);
      r.notify();
    }
    expect(at).toEqual([0]);
    f.advance(30_000);
    expect(at).toEqual([0, 30_000]);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(30_000);
  });

  it('fires immediately again after a quiet interval', () => {
    const f = fakeTimers();
    let n = 0;
    const r = createActivityReporter(() => n++, 30_000, f.timers);
    r.notify();
    f.advance(45_000);
    r.notify();
    expect(n).toBe(2);
    expect(f.pending()).toBe(0);
  });

  it('cancel drops a pending trailing report', () => {
    const f = fakeTimers();
    let n = 0;
    const r = createActivityReporter(() => n++, 30_000, f.timers);
    r.notify();
    f.advance(1000);
    r.notify();
    r.cancel();
    f.advance(60_000);
    expect(n).toBe(1);
  });
});
