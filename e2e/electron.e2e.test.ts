// The same flows through the real Electron app, via Playwright's _electron, where an Electron
// binary is installed. CI installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (no internet), so there
// this file reports its tests as skipped, never as passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ensureTestModels } from '../electron/gguf/test-models';
import { METHOD_NAMES } from '../shared/contract/index';
import { ROOT } from './harness';
import { loadModel, setupAsClinician, summarizeNote } from './flows';

function electronBinary(): string | null {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) console.log('electron.e2e: skipped — no Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD); the Chromium run covers the flows.');

describe.skipIf(!binary)('Lockscribe in Electron', () => {
  let app: ElectronApplication;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lockscribe-electron-'));
    const modelsDir = path.join(dir, 'models');
    mkdirSync(modelsDir);
    const { chatml } = await ensureTestModels();
    copyFileSync(chatml, path.join(modelsDir, path.basename(chatml)));
    app = await electron.launch({
      executablePath: binary!,
      args: [ROOT, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, LOCKSCRIBE_DATA_DIR: path.join(dir, 'vault'), LOCKSCRIBE_MODELS_DIR: modelsDir, LOCKSCRIBE_LOG: '0' },
    });
    page = await app.firstWindow();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exposes exactly the contract to a sandboxed page with no Node', async () => {
    const facts = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      return { require: typeof g.require, process: typeof g.process, api: Object.keys((g.lockscribe ?? {}) as object).sort() };
    });
    expect(facts.require).toBe('undefined');
    expect(facts.process).toBe('undefined');
    expect(facts.api).toEqual([...METHOD_NAMES, 'on'].sort());
  });

  it('refuses navigation and new windows', async () => {
    const before = page.url();
    await page.evaluate(() => {
      const g = globalThis as unknown as { open(url: string): unknown; location: { href: string } };
      g.open('https://example.invalid/');
      g.location.href = 'https://example.invalid/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows().length).toBe(1);
  });

  it('sets up, summarizes and locks', async () => {
    await setupAsClinician(page);
    await loadModel(page, path.basename((await ensureTestModels()).chatml));
    await page.getByTestId('nav-workspace').click();
    await summarizeNote(page, 'Patient seen for cough. Chest clear. Plan: fluids and rest.');
    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-form').waitFor({ state: 'visible' });
  });
});
