import type { z } from 'zod';

/**
 * A method of the renderer/main contract: a zod schema for the request (validated in main before
 * any service sees it) and a phantom type for the response.
 */
export interface MethodSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  /** Phantom: carries the response type only; never read at run time. */
  readonly response?: Res;
}

export function method<Res>() {
  return <Req extends z.ZodType>(request: Req): MethodSpec<Req, Res> => ({ request });
}

/** An event pushed from main to the renderer; the payload is typed, not validated (main is trusted). */
export interface EventSpec<Payload> {
  readonly payload?: Payload;
}

export function event<Payload>(): EventSpec<Payload> {
  return {};
}
