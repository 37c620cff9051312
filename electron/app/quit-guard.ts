// Quitting waits for the lock: the first quit request is held back while the app shuts down (vault
// locked and its audit entry written, clipboard cleared, model host stopped), then quit is asked for
// again and let through. A shutdown that fails or hangs still ends in a quit, after a time limit, so a
// stuck host can never keep the app (and its memory) alive.

export interface QuitEvent {
  preventDefault(): void;
}

export interface QuitGuardOptions {
  shutdown(): Promise<void>;
  /** Asks for the quit again (app.quit); the guard lets that one through. */
  quit(): void;
  /** How long to wait for shutdown before quitting anyway. */
  readonly timeoutMs?: number;
  onProblem?(problem: 'shutdown-failed' | 'shutdown-timed-out'): void;
}

export type QuitGuardState = 'running' | 'shutting-down' | 'done';

export interface QuitGuard {
  /** The before-quit handler. */
  beforeQuit(event: QuitEvent): void;
  readonly state: QuitGuardState;
  /** Settles once shutdown has finished (or given up) and quit was asked for again. */
  readonly finished: Promise<void>;
}

export const DEFAULT_QUIT_TIMEOUT_MS = 10_000;

export function createQuitGuard(o: QuitGuardOptions): QuitGuard {
  let state: QuitGuardState = 'running';
  let markFinished: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (markFinished = resolve));

  async function shutDownThenQuit(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), o.timeoutMs ?? DEFAULT_QUIT_TIMEOUT_MS)));
    try {
      const outcome = await Promise.race([o.shutdown().then(() => 'done' as const), timedOut]);
      if (outcome === 'timeout') o.onProblem?.('shutdown-timed-out');
    } catch {
      o.onProblem?.('shutdown-failed');
    } finally {
      clearTimeout(timer);
    }
    state = 'done';
    o.quit();
    markFinished();
  }

  return {
    beforeQuit(event) {
      if (state === 'done') return; // the second request, after shutdown: let it through
      event.preventDefault();
      if (state === 'shutting-down') return; // already waiting; a repeated Ctrl+Q changes nothing
      state = 'shutting-down';
      void shutDownThenQuit();
    },
    get state() {
      return state;
    },
    finished,
  };
}
