// Entry point of the model host process (bundled to dist/electron/model-host.mjs). llama.cpp runs
// here, never in the app's main process: if native code crashes or hangs, only this process dies
// and the app restarts it. Requests are validated, answered by id, and failures cross as codes only.
import { AppFailure } from '../base/app-failure';
import { logEvent } from '../base/safe-log';
import { HostRequestSchema, TEST_HOOKS_ENV, type HostMessage, type HostRequest } from './host-protocol';
import { detectTransport } from './host-transport';
import { ModelRuntime, getHostLlama } from './model-runtime';
import { ChunkCoalescer } from './chunk-coalescer';
import { excludeMemoryFromCoreDumps } from '../platform/core-dumps';

// This process holds the note in the prompt and the KV cache: no memory in any core dump (Linux).
excludeMemoryFromCoreDumps();

const transport = detectTransport();
const runtime = new ModelRuntime();
const testHooks = process.env[TEST_HOOKS_ENV] === '1';
const send = (m: HostMessage) => transport.send(m);
let unresponsive = false;

// Load the native library in the background so the first model load does not pay for it.
void getHostLlama().catch(() => logEvent('error', 'llama-init-failed'));

function fail(id: number, e: unknown): void {
  const code = e instanceof AppFailure ? e.code : 'INTERNAL';
  if (!(e instanceof AppFailure)) logEvent('error', 'host-request-failed', { name: e instanceof Error ? e.name : 'unknown' });
  send({ type: 'error', id, code });
}

function runTestHook(action: 'crash' | 'exit' | 'hang'): void {
  logEvent('warn', 'host-test-hook', { action });
  if (action === 'crash') process.kill(process.pid, 'SIGKILL');
  else if (action === 'exit') process.exit(70);
  else for (;;) {
    // Spin forever: the event loop never runs again, like native code stuck in a loop.
  }
}

async function handle(req: HostRequest): Promise<void> {
  switch (req.type) {
    case 'ping':
      send({ type: 'pong', id: req.id });
      return;
    case 'info':
      send({ type: 'info', id: req.id, info: await runtime.info() });
      return;
    case 'load': {
      let last = -1;
      const info = await runtime.load({ path: req.path, contextSize: req.contextSize, threads: req.threads }, (p) => {
        // Whole percents only: progress fires per tensor and each message costs an IPC round.
        const pct = Math.floor(p * 100);
        if (pct === last) return;
        last = pct;
        send({ type: 'progress', id: req.id, progress: pct / 100 });
      });
      send({ type: 'info', id: req.id, info });
      return;
    }
    case 'unload':
      await runtime.unload();
      send({ type: 'done', id: req.id, value: true });
      return;
    case 'clear':
      await runtime.clear();
      send({ type: 'done', id: req.id, value: true });
      return;
    case 'countTokens':
      send({ type: 'tokenCount', id: req.id, count: runtime.countTokens(req.prompt, req.note) });
      return;
    case 'generate': {
      const coalescer = new ChunkCoalescer((text, tokens) => send({ type: 'chunk', id: req.id, text, tokens }));
      try {
        const result = await runtime.generate(req.id, req.prompt, req.sampling, (text, tokens) => coalescer.push(text, tokens), req.jsonSchema);
        coalescer.flush();
        send({ type: 'generated', id: req.id, result });
      } finally {
        coalescer.close();
      }
      return;
    }
    case 'cancel':
      send({ type: 'done', id: req.id, value: runtime.cancel(req.target) });
      return;
    case 'testHook':
      if (!testHooks) throw new AppFailure('FORBIDDEN');
      // From here on the host answers nothing, as if it had already died or hung; the
      // acknowledgement gets a moment to leave first.
      unresponsive = true;
      send({ type: 'done', id: req.id, value: true });
      setTimeout(() => runTestHook(req.action), 20);
      return;
  }
}

transport.onMessage((raw) => {
  if (unresponsive) return;
  const parsed = HostRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'number' ? raw.id : -1;
    logEvent('warn', 'host-bad-request');
    if (id >= 0) send({ type: 'error', id, code: 'INVALID_REQUEST' });
    return;
  }
  handle(parsed.data).catch((e: unknown) => fail(parsed.data.id, e));
});

send({ type: 'hello', pid: process.pid, testHooks });
logEvent('info', 'host-started', { transport: transport.kind, testHooks });
