import { methods, METHOD_NAMES, type MethodName, type ParsedRequestOf, type ResponseOf, type EventName, type EventPayload } from '../../shared/contract/index';
import { err, ok, type Result } from '../../shared/errors';
import { SAFE_VALIDATION_MESSAGES } from '../../shared/settings-limits';
import { isAppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';

export type Handler<M extends MethodName> = (request: ParsedRequestOf<M>) => Promise<ResponseOf<M>>;
export type Handlers = { readonly [M in MethodName]: Handler<M> };

export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * The boundary: every request from the renderer passes here. It is validated against the contract
 * before any service sees it, and whatever happens comes back as a Result whose message is safe to show.
 */
export async function dispatch(handlers: Handlers, name: string, payload: unknown): Promise<Result<unknown>> {
  if (!isMethodName(name)) return err('INVALID_REQUEST');
  const parsed = methods[name].request.safeParse(payload ?? {});
  if (!parsed.success) {
    // A note or summary over the size limit gets the specific message, not a generic one.
    if (parsed.error.issues.some((i) => i.code === 'too_big' && (i.path[0] === 'text' || i.path[0] === 'summary'))) return err('NOTE_TOO_LARGE');
    // Our own range messages (settings bounds) say exactly what is allowed and carry no request data.
    const safe = [...new Set(parsed.error.issues.map((i) => i.message).filter((m) => SAFE_VALIDATION_MESSAGES.includes(m)))];
    if (safe.length > 0) return err('INVALID_REQUEST', safe.join(' '));
    // Name the fields only: values may be patient text.
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(request)'))].join(', ');
    return err('INVALID_REQUEST', `The request was not understood (${fields}).`);
  }
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (e) {
    if (isAppFailure(e)) return err(e.code, e.message);
    logEvent('error', 'internal-error', { method: name, kind: e instanceof Error ? e.name : typeof e });
    return err('INTERNAL');
  }
}
