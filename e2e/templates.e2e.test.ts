// Styles are templates: a clinician sets a default style on the Account screen, the workspace starts
// with it (after signing in again too), and a patient-friendly summary shows its measured reading
// level against the grade-8 target. No model: the extractive engine writes the summaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { launchInTempDir, type TempHarness } from './temp-harness';
import { CLINICIAN, attr, signIn, signOut, setupAsClinician, summarizeNote } from './flows';

const NOTE = `CHIEF COMPLAINT: Cough for one week.

MEDICATIONS: Lisinopril 10 mg daily.

ALLERGIES: Penicillin (rash).

ASSESSMENT: Community-acquired pneumonia, right lower lobe.

PLAN: Start azithromycin 500 mg daily for 3 days. Return if short of breath.`;

let temp: TempHarness;
let h: Harness;

beforeAll(async () => {
  temp = await launchInTempDir('templates-e2e', []);
  ({ h } = temp);
}, 180_000);

afterAll(() => temp?.close());

describe('summary styles as templates', () => {
  it("starts the workspace with the default style and shows a patient summary's reading level", async () => {
    const p = h.page;
    await setupAsClinician(p);
    await p.getByTestId('nav-workspace').click();
    expect(await p.getByTestId('style-select').locator('option').count()).toBe(7);
    expect(await p.getByTestId('style-select').inputValue()).toBe('brief');

    await p.getByTestId('nav-account').click();
    await p.getByTestId('default-style-select').selectOption('patient');
    await p.getByTestId('default-style-saved').waitFor({ state: 'visible' });
    await p.getByTestId('nav-workspace').click();
    await expect.poll(() => p.getByTestId('style-select').inputValue()).toBe('patient');

    await summarizeNote(p, NOTE);
    const badge = p.getByTestId('reading-level');
    await badge.waitFor({ state: 'visible' });
    expect(await badge.getAttribute('data-target')).toBe('8');
    expect(Number(await badge.getAttribute('data-grade'))).toBeGreaterThan(0);
    expect(['true', 'false']).toContain(await badge.getAttribute('data-meets'));
    expect(await badge.innerText()).toMatch(/Reading level: grade \d+\.\d \((meets|above) the target of 8 or below\)/);
    expect(await p.getByTestId('provenance-line').innerText()).toMatch(/template patient v\d+/);

    // Another style for this note only: no reading-level target, no badge.
    await p.getByTestId('style-select').selectOption('soap');
    await p.getByTestId('summarize-button').click();
    await attr(p.getByTestId('summary-status'), 'data-status', 'done', 60_000);
    expect(await p.getByTestId('reading-level').count()).toBe(0);

    // A new note, and the next sign-in, start with the default again.
    await p.getByTestId('new-note-button').click();
    await expect.poll(() => p.getByTestId('style-select').inputValue()).toBe('patient');
    await signOut(p);
    await signIn(p, CLINICIAN);
    await p.getByTestId('nav-workspace').click();
    await expect.poll(() => p.getByTestId('style-select').inputValue()).toBe('patient');
  });
});
