// The app's side of the model host: sends typed requests to the host process, streams results
// back, and keeps the host alive. If the process exits while in use, every in-flight request fails
// with HOST_CRASHED; if it stops answering heartbeats it is killed and requests fail with
// HOST_TIMEOUT. Either way a new process is started and the last model reloaded automatically.
import type { ModelStatus } from '../../shared/contract/model';
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { HostMessageSchema, type HostGenerateResult, type HostInfo, type HostMessage, type HostRequest, type HostTokenCount, type PromptSpec, type TestHookAction } from './host-protocol';
import type { HostChannel } from './host-channel';
import type { Sampling } from './model-runtime';
import { TypedEvents } from './typed-events';

export { forkHostChannel, defaultHostScript, type HostChannel, type ForkOptions } from './host-channel';
export type { PromptSpec, HostTokenCount, TestHookAction } from './host-protocol';
export type { Sampling } from './model-runtime';

export type RestartReason = 'crashed' | 'timeout';

export interface ModelHostOptions {
  /** Starts a host process; called again for every restart. */
  readonly channel: () => HostChannel;
  /** How often the host is pinged. */
  readonly heartbeatIntervalMs?: number;
  /** Silence longer than this (no message of any kind) means the host hung. */
  readonly heartbeatTimeoutMs?: number;
  /** Context size asked of every model load (the host caps it at the trained context). */
  readonly contextSize?: number;
  readonly threads?: number;
  /** More restarts than this within a minute: restart the process but stop reloading the model. */
  readonly maxRestartsPerMinute?: number;
}

export interface GenerateConstraints {
  /** A JSON schema (node-llama-cpp's supported subset) the output must follow. */
  readonly jsonSchema?: Readonly<Record<string, unknown>>;
}

export interface GenerateOutcome extends HostGenerateResult {
  /** Measured here, in the parent, so they include IPC and streaming. */
  readonly client: {
    readonly totalMs: number;
    readonly firstChunkMs: number | null;
    /** Tokens per second between the first and the last streamed chunk arriving. */
    readonly streamedTokensPerSecond: number | null;
  };
}

interface Pending {
  readonly type: HostRequest['type'];
  resolve(message: HostMessage): void;
  reject(error: AppFailure): void;
  onProgress?(progress: number): void;
  onChunk?(text: string, tokens: number): void;
}

interface LoadRequest {
  readonly path: string;
  readonly contextSize?: number;
  readonly threads?: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const EMPTY_STATUS: ModelStatus = { state: 'none', model: null, gpu: null, threads: null, contextSize: null, loadProgress: null };

export class ModelHost extends TypedEvents<{ restarted: [RestartReason]; status: [ModelStatus] }> {
  private channel: HostChannel | null = null;
  private readonly pending = new Map<number, Pending>();
  /** Running generations by the caller's request id: the host's id, and whether it was sent yet. */
  private readonly generations = new Map<string, { id: number; sent: boolean; cancelled: boolean }>();
  private nextId = 1;
  private current: ModelStatus = EMPTY_STATUS;
  private lastLoad: LoadRequest | null = null;
  private starting: Promise<void> | null = null;
  private recovering: Promise<void> | null = null;
  private recoveryEpoch = 0;
  private restarts: number[] = [];
  private disposed = false;
  private hung = false;
  private helloSeen = false;
  private heartbeat: NodeJS.Timeout | null = null;
  private heard = true;
  private silentTicks = 0;
  private exitWaiters: (() => void)[] = [];

  constructor(private readonly options: ModelHostOptions) {
    super();
  }

  status(): ModelStatus {
    return this.current;
  }

  /** Starts the host process (the other methods call this on first use). */
  start(): Promise<void> {
    if (this.disposed) return Promise.reject(new AppFailure('INTERNAL'));
    this.starting ??= this.spawn().finally(() => (this.starting = null));
    return this.starting;
  }

  async loadModel(path: string, onProgress?: (progress: number) => void): Promise<ModelStatus> {
    await this.ready();
    if (this.generations.size > 0) throw new AppFailure('MODEL_BUSY');
    const load: LoadRequest = { path, contextSize: this.options.contextSize, threads: this.options.threads };
    this.setStatus({ ...this.current, state: 'loading', loadProgress: 0 });
    try {
      const info = await this.sendLoad(load, onProgress);
      this.lastLoad = load;
      return this.setStatus(statusFromInfo(info));
    } catch (e) {
      // A failed check leaves the previous model loaded; ask the host what it has now.
      const info = await this.request({ type: 'info' }).catch(() => null);
      const model = info?.type === 'info' ? info.info : null;
      if (model?.model) this.setStatus(statusFromInfo(model));
      else {
        this.lastLoad = null;
        this.setStatus({ ...EMPTY_STATUS, state: 'error', gpu: model?.gpu ?? null });
      }
      throw e;
    }
  }

  async unloadModel(): Promise<void> {
    await this.ready();
    this.lastLoad = null;
    await this.request({ type: 'unload' });
    this.setStatus({ ...EMPTY_STATUS, gpu: this.current.gpu });
  }

  /** Empties the model's context (the vault locked): the last note leaves the host's memory. */
  async clearContext(): Promise<void> {
    if (this.current.state !== 'ready') return;
    await this.request({ type: 'clear' });
  }

  /** Host facts (backend, devices) even when no model is loaded. */
  async info(): Promise<HostInfo> {
    await this.ready();
    const m = await this.request({ type: 'info' });
    if (m.type !== 'info') throw new AppFailure('INTERNAL');
    return m.info;
  }

  async countTokens(prompt: PromptSpec, note: string): Promise<HostTokenCount> {
    await this.ready();
    const m = await this.request({ type: 'countTokens', prompt, note });
    if (m.type !== 'tokenCount') throw new AppFailure('INTERNAL');
    return m.count;
  }

  /**
   * Streams text to onChunk as it is generated. One generation at a time: MODEL_BUSY otherwise.
   * With `jsonSchema`, a grammar makes the output follow that schema whatever the prompt says.
   */
  async generate(
    requestId: string,
    prompt: PromptSpec,
    sampling: Sampling,
    onChunk: (text: string) => void = () => undefined,
    constraints: GenerateConstraints = {},
  ): Promise<GenerateOutcome> {
    if (this.generations.size > 0) throw new AppFailure('MODEL_BUSY');
    const id = this.nextId++;
    const gen = { id, sent: false, cancelled: false };
    this.generations.set(requestId, gen);
    try {
      await this.ready();
      // Stopped while waiting for a (re)starting host: never start it.
      if (gen.cancelled) throw new AppFailure('CANCELLED');
      gen.sent = true;
      const sent = performance.now();
      let firstChunkAt: number | null = null;
      let firstChunkTokens = 0;
      const m = await this.request(
        constraints.jsonSchema === undefined ? { type: 'generate', prompt, sampling } : { type: 'generate', prompt, sampling, jsonSchema: JSON.stringify(constraints.jsonSchema) },
        {
          onChunk: (text, tokens) => {
            if (firstChunkAt === null) {
              firstChunkAt = performance.now();
              firstChunkTokens = tokens;
            }
            onChunk(text);
          },
        },
        id,
      );
      const end = performance.now();
      if (m.type !== 'generated') throw new AppFailure('INTERNAL');
      const r = m.result;
      const streamed = r.generatedTokens - firstChunkTokens;
      const window = firstChunkAt === null ? 0 : end - firstChunkAt;
      return {
        ...r,
        client: {
          totalMs: end - sent,
          firstChunkMs: firstChunkAt === null ? null : firstChunkAt - sent,
          streamedTokensPerSecond: streamed > 0 && window > 0 ? (streamed * 1000) / window : null,
        },
      };
    } finally {
      this.generations.delete(requestId);
    }
  }

  /** Stops a running generation at once; its generate() resolves with stopReason 'cancelled'. */
  async cancel(requestId: string): Promise<boolean> {
    const gen = this.generations.get(requestId);
    if (!gen) return false;
    if (!gen.sent) {
      gen.cancelled = true;
      return true;
    }
    // IPC keeps order, so the host has seen the generate request before this cancel.
    const m = await this.request({ type: 'cancel', target: gen.id }).catch(() => null);
    return m?.type === 'done' && m.value;
  }

  /** Test only: makes the host crash, exit or hang (the host refuses unless started with test hooks). */
  async testHook(action: TestHookAction): Promise<void> {
    await this.ready();
    await this.request({ type: 'testHook', action });
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.stopHeartbeat();
    this.rejectAll(new AppFailure('CANCELLED'));
    const ch = this.channel;
    if (!ch) return;
    const exited = new Promise<void>((resolve) => this.exitWaiters.push(resolve));
    ch.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
    this.channel = null;
  }

  // ---- process lifecycle ----

  /** Waits for a running start or restart; starts the host if it never was. */
  private async ready(): Promise<void> {
    for (;;) {
      if (this.disposed) throw new AppFailure('INTERNAL');
      if (this.recovering) await this.recovering;
      else if (!this.channel || this.starting) await this.start();
      else return;
    }
  }

  private spawn(): Promise<void> {
    const ch = this.options.channel();
    this.channel = ch;
    this.hung = false;
    this.helloSeen = false;
    const hello = new Promise<void>((resolve, reject) => {
      const waiter: Pending = { type: 'ping', resolve: () => resolve(), reject };
      this.pending.set(0, waiter);
    });
    ch.onMessage((m) => this.onMessage(ch, m));
    ch.onExit((code) => this.onExit(ch, code));
    this.startHeartbeat(ch);
    return hello;
  }

  private onExit(ch: HostChannel, code: number | null): void {
    const waiters = this.exitWaiters;
    this.exitWaiters = [];
    for (const w of waiters) w();
    if (ch !== this.channel) return;
    this.channel = null;
    this.stopHeartbeat();
    const reason: RestartReason = this.hung ? 'timeout' : 'crashed';
    this.rejectAll(new AppFailure(reason === 'timeout' ? 'HOST_TIMEOUT' : 'HOST_CRASHED'));
    if (this.disposed) return;
    if (!this.helloSeen) {
      // It never started (missing bundle, broken install): restarting would only loop. The next
      // call tries once more.
      logEvent('error', 'model-host-start-failed', { code });
      this.lastLoad = null;
      this.setStatus({ ...EMPTY_STATUS, state: 'error' });
      return;
    }
    logEvent('error', 'model-host-exited', { code, reason });
    const epoch = ++this.recoveryEpoch;
    const recovery = this.recover(reason, epoch);
    this.recovering = recovery;
    void recovery.finally(() => {
      if (this.recovering === recovery) this.recovering = null;
    });
  }

  private async recover(reason: RestartReason, epoch: number): Promise<void> {
    const now = Date.now();
    this.restarts = [...this.restarts.filter((t) => now - t < 60_000), now];
    const reload = this.lastLoad !== null && this.restarts.length <= (this.options.maxRestartsPerMinute ?? 3);
    if (this.lastLoad && !reload) logEvent('error', 'model-host-crash-loop');
    this.setStatus({ ...this.current, state: 'restarting', loadProgress: null });
    try {
      await this.spawn();
    } catch {
      return; // onExit has recorded the failure
    }
    if (epoch !== this.recoveryEpoch) return;
    logEvent('warn', 'model-host-restarted', { reason });
    if (reload && this.lastLoad) {
      this.setStatus({ ...this.current, state: 'loading', loadProgress: 0 });
      try {
        this.setStatus(statusFromInfo(await this.sendLoad(this.lastLoad)));
      } catch {
        if (epoch !== this.recoveryEpoch) return;
        this.lastLoad = null;
        this.setStatus({ ...EMPTY_STATUS, state: 'error' });
      }
    } else {
      // Nothing to reload, or a crash loop: the model stays unloaded until the user loads one.
      const state = this.lastLoad ? 'error' : 'none';
      this.lastLoad = null;
      this.setStatus({ ...EMPTY_STATUS, state });
    }
    if (epoch === this.recoveryEpoch) this.emit('restarted', reason);
  }

  private startHeartbeat(ch: HostChannel): void {
    this.stopHeartbeat();
    const interval = this.options.heartbeatIntervalMs ?? 2000;
    const timeout = this.options.heartbeatTimeoutMs ?? 30_000;
    this.heard = true;
    this.silentTicks = 0;
    // Counting silent ticks (not wall time) means a stall of our own event loop is not mistaken
    // for a hung host: no ticks run while we are stalled.
    this.heartbeat = setInterval(() => {
      if (ch !== this.channel) return;
      this.silentTicks = this.heard ? 0 : this.silentTicks + 1;
      this.heard = false;
      if (this.silentTicks * interval >= timeout) {
        logEvent('error', 'model-host-hung', { silentMs: this.silentTicks * interval });
        this.hung = true;
        this.stopHeartbeat();
        ch.kill();
        return;
      }
      ch.send({ type: 'ping', id: this.nextId++ } satisfies HostRequest);
    }, interval);
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  // ---- requests ----

  private sendLoad(load: LoadRequest, onProgress?: (p: number) => void): Promise<HostInfo> {
    return this.request(
      { type: 'load', path: load.path, contextSize: load.contextSize, threads: load.threads },
      {
        onProgress: (p) => {
          this.setStatus({ ...this.current, loadProgress: p });
          onProgress?.(p);
        },
      },
    ).then((m) => {
      if (m.type !== 'info') throw new AppFailure('INTERNAL');
      return m.info;
    });
  }

  private request(req: DistributiveOmit<HostRequest, 'id'>, hooks: Pick<Pending, 'onProgress' | 'onChunk'> = {}, id = this.nextId++): Promise<HostMessage> {
    const ch = this.channel;
    if (!ch) return Promise.reject(new AppFailure('HOST_CRASHED'));
    return new Promise<HostMessage>((resolve, reject) => {
      this.pending.set(id, { type: req.type, resolve, reject, ...hooks });
      ch.send({ ...req, id });
    });
  }

  private onMessage(ch: HostChannel, raw: unknown): void {
    if (ch !== this.channel) return;
    this.heard = true;
    const parsed = HostMessageSchema.safeParse(raw);
    if (!parsed.success) {
      logEvent('warn', 'model-host-bad-message');
      return;
    }
    const m = parsed.data;
    if (m.type === 'hello') {
      this.helloSeen = true;
      const w = this.pending.get(0);
      this.pending.delete(0);
      w?.resolve(m);
      return;
    }
    const p = this.pending.get(m.id);
    if (!p) return; // pongs and answers to requests we gave up on
    if (m.type === 'progress') return p.onProgress?.(m.progress);
    if (m.type === 'chunk') return p.onChunk?.(m.text, m.tokens);
    this.pending.delete(m.id);
    if (m.type === 'error') p.reject(new AppFailure(m.code));
    else p.resolve(m);
  }

  private rejectAll(error: AppFailure): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }

  private setStatus(next: ModelStatus): ModelStatus {
    this.current = next;
    this.emit('status', next);
    return next;
  }
}

function statusFromInfo(info: HostInfo): ModelStatus {
  return {
    state: info.model ? 'ready' : 'none',
    model: info.model,
    gpu: info.gpu,
    threads: info.threads,
    contextSize: info.contextSize,
    loadProgress: info.model ? 1 : null,
  };
}
