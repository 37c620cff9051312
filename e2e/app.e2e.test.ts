// End to end: the built renderer in Debian's Chromium, bound to the real services (SQLCipher vault,
// audit log, node-llama-cpp in its own process) through page.exposeBinding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchHarness, type Harness } from './harness';
import { ensureBenchModel, ensureTestModels } from '../electron/gguf/test-models';
import { TEST_KDF } from '../electron/vault/vault-test-support';
import { dispatch } from '../electron/app/dispatch';
import { ADMIN, AUDITOR, CLINICIAN, addUser, attr, loadModel, setupVault, signIn, signOut } from './flows';

const CANARY = 'ZEBRA-CANARY-7781 Mrs Quillfeather';
const NOTE = `Patient ${CANARY} seen today for follow-up of type 2 diabetes.
Reports good adherence to metformin 500 mg twice daily. No hypoglycaemia.
Exam: BP 132/84, weight stable. Foot exam normal.
Plan: continue metformin, HbA1c in 3 months, annual eye exam referral.`;

let h: Harness;
let dir: string;
let modelsDir: string;
let recoveryCode: string;
const AUDITOR_NEW_PASSPHRASE = 'amber violin glacier 64';

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lockscribe-e2e-'));
  modelsDir = path.join(dir, 'models');
  mkdirSync(modelsDir);
  const { chatml } = await ensureTestModels();
  const bench = await ensureBenchModel();
  for (const f of [chatml, bench]) {
    copyFileSync(f, path.join(modelsDir, path.basename(f)));
  }
  writeFileSync(path.join(modelsDir, 'broken.gguf'), Buffer.from('GGUF\x03\x00\x00\x00 truncated header'));
  h = await launchHarness({ dataDir: path.join(dir, 'vault'), modelsDir, kdf: TEST_KDF });
}, 180_000);

afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Lockscribe in the browser', () => {
  it('sets up a vault, adds a clinician and an auditor', async () => {
    recoveryCode = await setupVault(h.page);
    expect(recoveryCode).toMatch(/[A-Z0-9]{4,}/);
    await addUser(h.page, CLINICIAN, 'clinician');
    await addUser(h.page, AUDITOR, 'auditor');
    await signOut(h.page);
  });

  it('shows a clear error for a damaged model file, without a stack trace', async () => {
    await signIn(h.page, CLINICIAN);
    await h.page.getByTestId('nav-models').click();
    await h.page.locator('[data-testid="model-candidate"][data-file="broken.gguf"]').getByTestId('model-load-button').click();
    const error = h.page.getByTestId('model-error');
    await error.waitFor({ state: 'visible' });
    const text = await error.innerText();
    expect(text).toMatch(/damaged|incomplete|not a GGUF/i);
    expect(text).not.toMatch(/at .*\.(m?js|ts):\d+|Error:/);
  });

  it('summarizes a pasted note with the summary streaming in', async () => {
    const p = h.page;
    // Brought in with "Choose file…" from outside the models folder: recorded as a model import.
    h.modelPicks.push((await ensureTestModels()).chatml);
    await p.getByTestId('nav-models').click();
    await p.getByTestId('model-choose-file').click();
    await attr(p.getByTestId('status-model'), 'data-state', 'ready', 60_000);
    await p.getByTestId('nav-workspace').click();
    await p.getByTestId('note-input').fill(NOTE);
    await expect.poll(() => p.getByTestId('token-meter-label').innerText(), { timeout: 15_000 }).toMatch(/\d+\s*\/\s*[\d,]+/);
    const chunksBefore = h.events.filter((e) => e === 'summaryChunk').length;
    await p.getByTestId('summarize-button').click();
    await attr(p.getByTestId('summary-status'), 'data-status', 'done', 60_000);
    expect(h.events.filter((e) => e === 'summaryChunk').length).toBeGreaterThan(chunksBefore);
    const summary = await p.getByTestId('summary-output').innerText();
    expect(summary.length).toBeGreaterThan(0);
    await p.getByTestId('save-button').click();
    await p.getByTestId('workspace-notice').waitFor({ state: 'visible' });
  });

  it('stops a running summary with Esc and keeps the note', async () => {
    const p = h.page;
    await loadModel(p, path.basename(await ensureBenchModel()));
    await p.getByTestId('nav-workspace').click();
    await p.getByTestId('note-input').fill(`${NOTE}\nSecond visit note.`);
    await p.getByTestId('style-select').selectOption('soap');
    await p.getByTestId('note-input').press('Control+Enter');
    // Text on screen while the summary is still running: it streams.
    // (The output holds a placeholder when idle or failed, so the status is read with it; a failure shows its code.)
    const streaming = async () => {
      const status = await p.getByTestId('summary-status').getAttribute('data-status');
      if (status === 'error') return `error ${await p.getByTestId('summary-error').getAttribute('data-code')}`;
      return `${status} ${(await p.getByTestId('summary-output').innerText()) !== '' ? 'with text' : 'empty'}`;
    };
    await expect.poll(streaming, { timeout: 60_000 }).toBe('running with text');
    await p.keyboard.press('Escape');
    await attr(p.getByTestId('summary-status'), 'data-status', 'stopped', 30_000);
    expect(await p.getByTestId('note-input').inputValue()).toContain('Second visit note.');
  });

  it('refuses a 20 MB paste and binary garbage with a clear message, keeping the text and sending nothing', { timeout: 240_000 }, async () => {
    const p = h.page;
    const input = p.getByTestId('note-input');
    const huge = `${CANARY} `.repeat(Math.ceil((20 * 1024 * 1024) / (CANARY.length + 1)));
    // Set the value the way a paste does (fill() would type 20 MB through the input pipeline).
    await input.evaluate((el, value) => {
      // React listens for input events and reads the value through the prototype's setter.
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!;
      setter.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, huge);
    const problem = p.getByTestId('note-problem');
    // Laying out 20 MB of text takes Chromium a while on a small machine.
    await problem.waitFor({ state: 'visible', timeout: 90_000 });
    await expect.poll(() => problem.innerText(), { timeout: 30_000 }).toMatch(/too large to process \(20\.\d MB; the limit is 2\.0 MB\)/);
    expect(await problem.innerText()).not.toContain(CANARY);
    expect(await p.getByTestId('summarize-button').isDisabled()).toBe(true);
    expect(await input.evaluate((el) => (el as unknown as { value: string }).value.length)).toBe(huge.length);
    // Main refuses it by itself too, with the same specific code, whatever a renderer sends.
    const direct = await dispatch(h.app.handlers, 'countTokens', { text: huge, style: 'brief' });
    expect(direct).toMatchObject({ ok: false, error: { code: 'NOTE_TOO_LARGE' } });

    await input.fill('PK\u0003\u0004\u0000\u0000\u0001\u0002\u0003 garbage \u0000\u0000');
    await expect.poll(() => problem.innerText()).toMatch(/binary data/);
    expect(await p.getByTestId('summarize-button').isDisabled()).toBe(true);
  });

  it('locks: note text leaves the page and the database closes; unlocking brings the draft back', async () => {
    const p = h.page;
    await p.getByTestId('note-input').fill(`${NOTE}\nDraft in progress.`);
    // The draft autosaves 1.5 s after typing stops; give it that, then check it said so.
    await p.waitForTimeout(2500);
    await expect.poll(() => p.getByTestId('draft-status').innerText(), { timeout: 15_000 }).toMatch(/saved/i);
    await p.getByTestId('lock-button').click();
    await p.getByTestId('unlock-form').waitFor({ state: 'visible' });
    expect(await p.content()).not.toContain(CANARY);
    expect((await h.app.vault.getSession()).vault).toBe('locked');
    await signIn(p, CLINICIAN);
    await p.getByTestId('nav-workspace').click();
    await expect.poll(() => p.getByTestId('note-input').inputValue(), { timeout: 15_000 }).toContain('Draft in progress.');
  });

  it('finds the saved note in history with full-text search', async () => {
    const p = h.page;
    await p.getByTestId('nav-history').click();
    // A word that is in no note empties the list, so the search really ran before the next one.
    await p.getByTestId('history-search').fill('haemoptysis');
    await p.getByTestId('history-empty').waitFor({ state: 'visible' });
    await p.getByTestId('history-search').fill('metformin');
    await p.getByTestId('note-item').first().waitFor({ state: 'visible' });
    await p.getByTestId('note-item').first().click();
    await expect.poll(() => p.getByTestId('note-text').textContent()).toContain(CANARY);
    await signOut(p);
  });

  it("lets the auditor verify the log, and the log holds no note text", async () => {
    const p = h.page;
    await signIn(p, AUDITOR);
    await p.getByTestId('nav-audit').click();
    await p.getByTestId('audit-row').first().waitFor({ state: 'visible' });
    await p.getByTestId('audit-verify').click();
    await attr(p.getByTestId('audit-verify-result'), 'data-ok', 'true');
    const out = path.join(dir, 'audit.json');
    h.savePaths.push(out);
    await p.getByTestId('audit-export-json').click();
    await p.getByTestId('audit-export-result').waitFor({ state: 'visible' });
    const exported = readFileSync(out, 'utf8');
    for (const action of ['summary.generate', 'note.create', 'note.view', 'summary.view', 'note.search', 'model.import', 'model.select']) expect(exported, action).toContain(`"${action}"`);
    expect(exported).not.toContain('ZEBRA-CANARY');
    expect(exported).not.toContain('metformin');
  });

  it('changes a passphrase from the account screen: the old one stops working', async () => {
    const p = h.page;
    const next = AUDITOR_NEW_PASSPHRASE;
    // The administrator chose this account's passphrase: the app says so, and leads to the form.
    await p.getByTestId('own-passphrase-notice').waitFor({ state: 'visible' });
    await p.getByTestId('own-passphrase-choose').click();
    await p.getByTestId('change-pass-form').waitFor({ state: 'visible' });
    // The same policy main enforces, shown before anything is sent.
    await p.getByTestId('change-pass-current').fill(AUDITOR.passphrase);
    await p.getByTestId('change-pass-passphrase').fill('P@ssw0rd-P@ssw0rd');
    await p.getByTestId('change-pass-confirm').fill('P@ssw0rd-P@ssw0rd');
    expect(await p.getByTestId('change-pass-submit').isDisabled()).toBe(true);
    // A wrong current passphrase is refused with a message, not a stack.
    await p.getByTestId('change-pass-current').fill('not my passphrase at all');
    await p.getByTestId('change-pass-passphrase').fill(next);
    await p.getByTestId('change-pass-confirm').fill(next);
    await p.getByTestId('change-pass-submit').click();
    await p.getByTestId('change-pass-error').waitFor({ state: 'visible' });
    expect(await p.getByTestId('change-pass-error').innerText()).not.toMatch(/\bat .*:\d+|Error:/);
    await p.getByTestId('change-pass-current').fill(AUDITOR.passphrase);
    await p.getByTestId('change-pass-submit').click();
    await p.getByTestId('change-pass-done').waitFor({ state: 'visible' });
    await signOut(p);
    await p.getByTestId('unlock-name').fill(AUDITOR.name);
    await p.getByTestId('unlock-passphrase').fill(AUDITOR.passphrase);
    await p.getByTestId('unlock-submit').click();
    await p.getByTestId('unlock-error').waitFor({ state: 'visible' });
    await signIn(p, { name: AUDITOR.name, passphrase: next });
    await attr(p.getByTestId('app-shell'), 'data-role', 'auditor');
    // Their own passphrase now: no notice.
    await p.getByTestId('audit-verify').waitFor({ state: 'visible' });
    expect(await p.getByTestId('own-passphrase-notice').count()).toBe(0);
  });

  it('opens emergency access under a banner, and the auditor reviews it', async () => {
    const p = h.page;
    await signOut(p);
    // Emergency access is opened by a person who signed in as themselves; the code alone opens nothing.
    expect(await p.getByTestId('breakglass-open').count()).toBe(0);
    await signIn(p, CLINICIAN);
    await p.getByTestId('breakglass-open').click();
    await p.getByTestId('breakglass-code').fill(recoveryCode);
    await p.getByTestId('breakglass-reason').fill('Patient unresponsive in ED, need allergy history');
    await p.getByTestId('breakglass-submit').click();
    await p.getByTestId('breakglass-banner').waitFor({ state: 'visible' });
    expect(await p.getByTestId('breakglass-countdown').innerText()).toMatch(/^\d+:\d\d$/);
    expect(await p.getByTestId('breakglass-banner').innerText()).toContain('read-only');
    await p.getByTestId('nav-history').click();
    await p.getByTestId('note-item').first().waitFor({ state: 'visible' });
    await signOut(p);

    await signIn(p, { name: AUDITOR.name, passphrase: AUDITOR_NEW_PASSPHRASE });
    const row = p.locator(`[data-testid="break-glass-row"][data-user-name="${CLINICIAN.name}"]`);
    await row.waitFor({ state: 'visible' });
    expect(await p.getByTestId('break-glass-waiting').innerText()).toMatch(/^1 to review$/);
    // "Show events" narrows the log to what happened under the emergency session.
    await row.getByTestId('break-glass-show-events').click();
    // Filtered when the auditor's own rows (their sign-in is the newest entry) are gone.
    await expect.poll(() => p.getByTestId('audit-table').innerText()).not.toContain('auditor');
    await expect.poll(() => p.getByTestId('audit-table').innerText()).toContain('break-glass.start');
    const during = await p.getByTestId('audit-table').innerText();
    expect(during).toContain('break-glass.end');
    expect(during).toContain(CLINICIAN.name); // names shown beside the ids the log keeps
    expect(during).not.toContain('auth.passphrase-change');
    await row.getByTestId('break-glass-review').click();
    await attr(row, 'data-reviewed', 'true');
    expect(await p.getByTestId('break-glass-waiting').count()).toBe(0);
  });

  it('backs up the vault and restores it: later changes are gone, the session ends', async () => {
    const p = h.page;
    await signOut(p);
    await signIn(p, ADMIN);
    await p.getByTestId('nav-admin').click();
    const backupFile = path.join(dir, 'backup.lsvault');
    h.savePaths.push(backupFile);
    await p.getByTestId('backup-button').click();
    await expect.poll(() => p.getByTestId('backup-result').innerText()).toContain(backupFile);
    expect(readFileSync(backupFile).includes(Buffer.from('ZEBRA-CANARY'))).toBe(false);
    await addUser(p, { name: 'after.backup', passphrase: 'walnut ferry citadel 19' }, 'clinician');

    h.openPaths.push(backupFile);
    await p.getByTestId('restore-button').click();
    await p.getByTestId('restore-confirm').waitFor({ state: 'visible' });
    await p.getByTestId('restore-go').click();
    await p.getByTestId('unlock-form').waitFor({ state: 'visible' });
    await signIn(p, ADMIN);
    await p.getByTestId('nav-admin').click();
    await p.locator(`[data-testid="user-row"][data-user-name="${CLINICIAN.name}"]`).waitFor({ state: 'visible' });
    expect(await p.locator('[data-testid="user-row"][data-user-name="after.backup"]').count()).toBe(0);
  });

  it('made no network request and wrote no patient text outside the vault', () => {
    expect(h.blockedRequests).toEqual([]);
    const files = (readdirSync(path.join(dir, 'vault'), { recursive: true }) as string[]).map((f) => path.join(dir, 'vault', f)).filter((f) => statSync(f).isFile());
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(readFileSync(f).includes(Buffer.from('ZEBRA-CANARY')), f).toBe(false);
  });
});
