import { describe, expect, it } from 'vitest';
import { createQuitGuard, type QuitEvent } from './quit-guard';

/** A stand-in for Electron's app: quit() emits before-quit and quits unless a handler prevented it. */
function fakeApp() {
  const handlers: ((e: QuitEvent) => void)[] = [];
  const app = { quits: 0, requests: 0 };
  const quit = () => {
    app.requests++;
    let prevented = false;
    for (const h of handlers) h({ preventDefault: () => (prevented = true) });
    if (!prevented) app.quits++;
  };
  return { app, quit, onBeforeQuit: (h: (e: QuitEvent) => void) => handlers.push(h) };
}

describe('quit guard', () => {
  it('holds the quit until shutdown has finished, then quits once', async () => {
    const { app, quit, onBeforeQuit } = fakeApp();
    const steps: string[] = [];
    let release: () => void = () => undefined;
    const guard = createQuitGuard({
      shutdown: () => new Promise<void>((r) => (release = () => (steps.push('locked'), r()))),
      quit: () => {
        steps.push('quit');
        quit();
      },
    });
    onBeforeQuit((e) => guard.beforeQuit(e));
    quit();
    expect(app.quits).toBe(0);
    expect(guard.state).toBe('shutting-down');
    quit(); // pressed again while locking: still held, no second shutdown
    expect(app.quits).toBe(0);
    release();
    await guard.finished;
    expect(steps).toEqual(['locked', 'quit']);
    expect(app.quits).toBe(1);
    expect(guard.state).toBe('done');
    expect(app.requests).toBe(3);
  });

  it('calls shutdown only once however often quit is asked for', async () => {
    const { app, quit, onBeforeQuit } = fakeApp();
    let calls = 0;
    const guard = createQuitGuard({ shutdown: async () => void calls++, quit });
    onBeforeQuit((e) => guard.beforeQuit(e));
    quit();
    quit();
    quit();
    await guard.finished;
    expect(calls).toBe(1);
    expect(app.quits).toBe(1);
  });

  it('still quits when shutdown fails', async () => {
    const { app, quit, onBeforeQuit } = fakeApp();
    const problems: string[] = [];
    const guard = createQuitGuard({ shutdown: () => Promise.reject(new Error('x')), quit, onProblem: (p) => problems.push(p) });
    onBeforeQuit((e) => guard.beforeQuit(e));
    quit();
    await guard.finished;
    expect(problems).toEqual(['shutdown-failed']);
    expect(app.quits).toBe(1);
  });

  it('still quits when shutdown hangs, after the time limit', async () => {
    const { app, quit, onBeforeQuit } = fakeApp();
    const problems: string[] = [];
    const guard = createQuitGuard({ shutdown: () => new Promise<void>(() => undefined), quit, timeoutMs: 30, onProblem: (p) => problems.push(p) });
    onBeforeQuit((e) => guard.beforeQuit(e));
    const started = Date.now();
    quit();
    await guard.finished;
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(problems).toEqual(['shutdown-timed-out']);
    expect(app.quits).toBe(1);
  });
});
