// Steps a clinician, an admin or an auditor takes, written once for the browser and Electron runs.
import type { Locator, Page } from 'playwright';
import { expect } from 'vitest';

const visible = (l: Locator, timeout = 15_000) => l.waitFor({ state: 'visible', timeout });
export const attr = (l: Locator, name: string, value: string, timeout = 15_000) =>
  expect.poll(() => l.getAttribute(name), { timeout }).toBe(value);

export const ADMIN = { name: 'ada.admin', passphrase: 'copper kettle orchard 51' };
export const CLINICIAN = { name: 'dr.lee', passphrase: 'silver maple harbor 27' };
export const AUDITOR = { name: 'audit.kim', passphrase: 'quiet lantern meadow 88' };

export async function setupVault(page: Page): Promise<string> {
  await page.getByTestId('setup-name').fill(ADMIN.name);
  await page.getByTestId('setup-passphrase').fill(ADMIN.passphrase);
  await page.getByTestId('setup-confirm').fill(ADMIN.passphrase);
  await page.getByTestId('setup-submit').click();
  const code = (await page.getByTestId('recovery-code').innerText()).trim();
  // The audit log's fingerprint is shown with the code, to be written down together.
  if (!/[0-9A-F]{4}(-[0-9A-F]{4}){3}/.test(await page.getByTestId('audit-anchor').innerText())) throw new Error('no audit fingerprint at setup');
  await page.getByTestId('recovery-ack').check();
  await page.getByTestId('recovery-continue').click();
  await attr(page.getByTestId('app-shell'), 'data-role', 'admin');
  return code;
}

export async function addUser(page: Page, user: { name: string; passphrase: string }, role: 'clinician' | 'admin' | 'auditor'): Promise<void> {
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('add-user-name').fill(user.name);
  await page.getByTestId('add-user-role').selectOption(role);
  await page.getByTestId('add-user-passphrase').fill(user.passphrase);
  await page.getByTestId('add-user-confirm').fill(user.passphrase);
  await page.getByTestId('add-user-submit').click();
  await visible(page.locator(`[data-testid="user-row"][data-user-name="${user.name}"]`));
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('signout-button').click();
  await visible(page.getByTestId('unlock-form'));
}

export async function signIn(page: Page, user: { name: string; passphrase: string }): Promise<void> {
  await page.getByTestId('unlock-name').fill(user.name);
  await page.getByTestId('unlock-passphrase').fill(user.passphrase);
  await page.getByTestId('unlock-submit').click();
  await visible(page.getByTestId('app-shell'));
}

export async function loadModel(page: Page, fileName: string): Promise<void> {
  await page.getByTestId('nav-models').click();
  await page.locator(`[data-testid="model-candidate"][data-file="${fileName}"]`).getByTestId('model-load-button').click();
  // Wait for this file to be the one ready: right after the click the previous model may still read "ready".
  const status = page.locator(`[data-testid="status-model"][data-state="ready"][data-file="${fileName}"]`);
  await status.waitFor({ state: 'attached', timeout: 60_000 });
}

/** Pastes a note into the workspace and summarizes it (with the loaded model, or extractively with none), until done. */
export async function summarizeNote(page: Page, note: string, timeout = 60_000): Promise<void> {
  await page.getByTestId('note-input').fill(note);
  await page.getByTestId('summarize-button').click();
  await attr(page.getByTestId('summary-status'), 'data-status', 'done', timeout);
}

/** A fresh vault with one clinician (CLINICIAN), signed in as them: the start of most clinical flows. */
export async function setupAsClinician(page: Page): Promise<string> {
  const recoveryCode = await setupVault(page);
  await addUser(page, CLINICIAN, 'clinician');
  await signOut(page);
  await signIn(page, CLINICIAN);
  return recoveryCode;
}
