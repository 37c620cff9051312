import type { Result } from '../errors';
import { EVENT_NAMES, METHOD_NAMES, type EventName, type LockscribeApi, type MethodName, type Unsubscribe } from './index';

/** How a client reaches main: Electron's preload and the e2e bridge each provide one. */
export interface ContractTransport {
  invoke(method: MethodName, request: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

/** Builds the typed API object with exactly one function per contract method and nothing else. */
export function createClient(transport: ContractTransport): LockscribeApi {
  const api: Record<string, unknown> = {};
  for (const name of METHOD_NAMES) {
    api[name] = (request: unknown) => transport.invoke(name, request ?? {});
  }
  api.on = (event: EventName, listener: (payload: unknown) => void): Unsubscribe => {
    if (!EVENT_NAMES.includes(event)) throw new Error('unknown event');
    return transport.subscribe(event, listener);
  };
  return Object.freeze(api) as unknown as LockscribeApi;
}
