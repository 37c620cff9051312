// The renderer's only way to main: window.lockscribe, built by the preload from shared/contract.
import type { EventName, EventPayload, LockscribeApi, MethodName, RequestOf, ResponseOf, Unsubscribe } from '../../shared/contract/index';
import { err, type Result } from '../../shared/errors';

declare global {
  interface Window {
    lockscribe: LockscribeApi;
  }
}

type Caller<M extends MethodName> = (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;

/** Calls one contract method. A transport failure becomes INTERNAL with the user-safe message. */
export async function call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Result<ResponseOf<M>>> {
  try {
    const fn = window.lockscribe[method] as unknown as Caller<M>;
    return await fn(request);
  } catch {
    return err('INTERNAL');
  }
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe {
  return window.lockscribe.on(event, listener);
}
