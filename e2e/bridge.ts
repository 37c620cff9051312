// Plays the preload's part in a plain Chromium page: builds window.lockscribe from the contract,
// sending each call through a Playwright binding to the real main-side services. Events from main
// arrive through window.__lockscribeDeliver.
import { createClient } from '../shared/contract/client';
import type { EventName, MethodName } from '../shared/contract/index';
import type { Result } from '../shared/errors';

interface BridgeWindow {
  __lockscribeInvoke(method: MethodName, request: unknown): Promise<Result<unknown>>;
  __lockscribeDeliver(event: EventName, payload: unknown): void;
}

const w = globalThis as unknown as BridgeWindow & { lockscribe: unknown };
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

w.__lockscribeDeliver = (event, payload) => {
  for (const l of listeners.get(event) ?? []) l(payload);
};

w.lockscribe = createClient({
  invoke: (method, request) => w.__lockscribeInvoke(method, request),
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
});
