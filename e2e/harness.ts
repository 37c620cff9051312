// Loads the built renderer in Debian's Chromium and binds the contract to the real main-side
// services with page.exposeBinding: no server, no socket. The page is served from an in-process
// route on a reserved origin (file:// cannot load module scripts), and every other request is
// refused and counted, as the network guard does in the app.
import { chromium, type Browser, type Page } from 'playwright';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../electron/app/dispatch';
import { createApp, type LockscribeApp, type AppOptions } from '../electron/app/create-app';
import { forkHostChannel } from '../electron/model-host/host-channel';
import { MemoryClipboard } from '../electron/app/ports';
import { CSP } from './csp';
import type { EventName, EventPayload } from '../shared/contract/index';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ORIGIN = 'https://lockscribe.invalid/';
const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');
const BRIDGE = path.join(ROOT, 'dist', 'e2e', 'bridge.js');

export const CHROMIUM_PATH = process.env.LOCKSCRIBE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Harness {
  readonly browser: Browser;
  readonly page: Page;
  readonly app: LockscribeApp;
  readonly clipboard: MemoryClipboard;
  /** URLs the page tried to reach outside the app. */
  readonly blockedRequests: string[];
  /** Paths the save dialog will answer with, in order. */
  readonly savePaths: string[];
  /** Paths the open dialog (restore) will answer with, in order. */
  readonly openPaths: string[];
  /** Paths the model file picker will answer with, in order. */
  readonly modelPicks: (string | null)[];
  /** Names of the events main pushed to the page, in order. */
  readonly events: EventName[];
  close(): Promise<void>;
}

export interface HarnessOptions extends Partial<Pick<AppOptions, 'clock' | 'kdf'>> {
  readonly dataDir: string;
  readonly modelsDir: string;
  /** Context size for the forked model host (env LOCKSCRIBE_CONTEXT_SIZE), to make a long note overflow a small model. */
  readonly contextSize?: number;
}

export async function launchHarness(options: HarnessOptions): Promise<Harness> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html')) || !existsSync(BRIDGE)) {
    throw new Error('Build first: npm run build');
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const clipboard = new MemoryClipboard();
  const blockedRequests: string[] = [];
  const savePaths: string[] = [];
  const openPaths: string[] = [];
  const modelPicks: (string | null)[] = [];
  const events: EventName[] = [];

  let pageReady = false;
  const pending: [EventName, unknown][] = [];
  const deliver = (event: EventName, payload: unknown) =>
    page.evaluate(([e, p]) => (globalThis as unknown as { __lockscribeDeliver(e: string, p: unknown): void }).__lockscribeDeliver(e, p), [event, payload] as const).catch(() => undefined);

  const app = await createApp({
    dataDir: options.dataDir,
    modelsDir: options.modelsDir,
    hostChannel: () => forkHostChannel(undefined, options.contextSize ? { env: { ...process.env, LOCKSCRIBE_CONTEXT_SIZE: String(options.contextSize) } } : {}),
    // The vault on its own thread, as in the app.
    vaultWorkerScript: path.join(ROOT, 'dist', 'electron', 'vault-worker.mjs'),
    dialogs: {
      chooseModelFile: async () => modelPicks.shift() ?? null,
      chooseSavePath: async () => savePaths.shift() ?? null,
      chooseOpenPath: async () => openPaths.shift() ?? null,
    },
    clipboard,
    events: {
      emit<E extends EventName>(event: E, payload: EventPayload<E>) {
        events.push(event);
        if (!pageReady) pending.push([event, payload]);
        else void deliver(event, payload);
      },
    },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.kdf ? { kdf: options.kdf } : {}),
  });

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(ORIGIN)) {
      blockedRequests.push(url);
      app.networkBlocked(url.split(':', 1)[0] ?? '');
      return route.abort('blockedbyclient');
    }
    const rel = decodeURIComponent(new URL(url).pathname);
    const file = path.resolve(RENDERER_DIR, `.${rel === '/' ? '/index.html' : rel}`);
    if (!file.startsWith(RENDERER_DIR + path.sep) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: await readFile(file),
      headers: { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP },
    });
  });

  // The sender check of the app's IPC: only our own page's main frame may call.
  await page.exposeBinding('__lockscribeInvoke', async (source, method: string, request: unknown) => {
    if (source.frame !== page.mainFrame() || !source.frame.url().startsWith(ORIGIN)) return { ok: false, error: { code: 'FORBIDDEN', message: 'Forbidden.' } };
    return dispatch(app.handlers, method, request);
  });
  await page.addInitScript({ path: BRIDGE });
  await page.goto(`${ORIGIN}index.html`);
  pageReady = true;
  for (const [e, p] of pending.splice(0)) void deliver(e, p);

  return {
    browser,
    page,
    app,
    clipboard,
    blockedRequests,
    savePaths,
    openPaths,
    modelPicks,
    events,
    async close() {
      await app.shutdown();
      await browser.close();
    },
  };
}
