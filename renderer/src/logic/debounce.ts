// A trailing-edge debounce with cancel and flush, used for the token meter and draft autosave.

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  /** Run the pending call now, if there is one. */
  flush(): void;
  pending(): boolean;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, delayMs: number): Debounced<A> {
  let handle: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: A | null = null;

  const run = (): void => {
    handle = null;
    const args = lastArgs;
    lastArgs = null;
    if (args) fn(...args);
  };

  const debounced = ((...args: A) => {
    lastArgs = args;
    if (handle !== null) clearTimeout(handle);
    handle = setTimeout(run, delayMs);
  }) as Debounced<A>;

  debounced.cancel = () => {
    if (handle !== null) clearTimeout(handle);
    handle = null;
    lastArgs = null;
  };
  debounced.flush = () => {
    if (handle === null) return;
    clearTimeout(handle);
    run();
  };
  debounced.pending = () => handle !== null;
  return debounced;
}
