import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls once with the last arguments after the delay', () => {
    const calls: string[] = [];
    const d = debounce((s: string) => calls.push(s), 300);
    d('a');
    vi.advanceTimersByTime(200);
    d('ab');
    vi.advanceTimersByTime(299);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['ab']);
  });

  it('cancel drops the pending call; flush runs it now', () => {
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 1500);
    d(1);
    d.cancel();
    vi.advanceTimersByTime(2000);
    expect(calls).toEqual([]);
    d(2);
    expect(d.pending()).toBe(true);
    d.flush();
    expect(calls).toEqual([2]);
    expect(d.pending()).toBe(false);
    d.flush();
    expect(calls).toEqual([2]);
  });
});
