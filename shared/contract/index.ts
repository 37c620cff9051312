import type { z } from 'zod';
import type { Result } from '../errors';
import type { EventSpec, MethodSpec } from './define';
import { modelEvents, modelMethods } from './model';
import { vaultEvents, vaultMethods } from './vault';
import { auditMethods } from './audit';
import { deidMethods } from './deid';
import { preferenceMethods } from './preferences';

export * from './model';
export * from './vault';
export * from './audit';
export * from './deid';
export * from './preferences';

/** The one contract between renderer and main. Adding a method here is the only way to add IPC. */
export const methods = { ...modelMethods, ...vaultMethods, ...auditMethods, ...deidMethods, ...preferenceMethods } as const;
export const events = { ...modelEvents, ...vaultEvents } as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type EventName = keyof typeof events;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

type SpecOf<M extends MethodName> = Methods[M];
type ReqSchemaOf<S> = S extends MethodSpec<infer R, unknown> ? R : never;
type ResOf<S> = S extends MethodSpec<z.ZodType, infer R> ? R : never;

/** What the renderer sends (defaults may be omitted). */
export type RequestOf<M extends MethodName> = z.input<ReqSchemaOf<SpecOf<M>>>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedRequestOf<M extends MethodName> = z.output<ReqSchemaOf<SpecOf<M>>>;
export type ResponseOf<M extends MethodName> = ResOf<SpecOf<M>>;
export type EventPayload<E extends EventName> = (typeof events)[E] extends EventSpec<infer P> ? P : never;

export type Unsubscribe = () => void;

/** The API the renderer sees as `window.lockscribe`. */
export type LockscribeApi = {
  readonly [M in MethodName]: (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
} & {
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => Unsubscribe;
};

export const IPC_PREFIX = 'lockscribe:';
export const ipcChannel = (name: MethodName | EventName): string => `${IPC_PREFIX}${name}`;
