// With no model loaded, Summarize still helps: the extractive engine's statements, each a verbatim
// quote of the note, arrive in the same review screen, checked by the verifier, with provenance that
// names the engine; selecting one highlights its evidence. Then it is saved like any summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { launchInTempDir, type TempHarness } from './temp-harness';
import { setupAsClinician, summarizeNote } from './flows';

const NOTE = `CHIEF COMPLAINT: Cough for one week.

MEDICATIONS: Lisinopril 10 mg daily. Albuterol inhaler 2 puffs every 4 hours as needed.

ALLERGIES: Penicillin (rash).

VITAL SIGNS: Temperature 38.1 C, blood pressure 128/82, pulse 96.

ASSESSMENT: Community-acquired pneumonia, right lower lobe.

PLAN: Start azithromycin 500 mg daily for 3 days. Follow up in 1 week.`;

let temp: TempHarness;
let h: Harness;

beforeAll(async () => {
  temp = await launchInTempDir('extractive-e2e', []);
  ({ h } = temp);
}, 180_000);

afterAll(() => temp?.close());

describe('summarizing with no model loaded', () => {
  it('gives an extractive summary with evidence links and the engine in its provenance, and saves it', async () => {
    const p = h.page;
    await setupAsClinician(p);
    await p.getByTestId('nav-workspace').click();
    await summarizeNote(p, NOTE);
    const statements = await p.getByTestId('statement').allInnerTexts();
    expect(statements.join('\n')).toMatch(/Lisinopril 10 mg daily/);
    expect(statements.join('\n')).toMatch(/Penicillin/);
    // Every statement is the note's own words: the verifier flags none.
    expect(await p.getByTestId('review-counts').innerText()).toMatch(/^\d+ statements, \d+ supported, 0 flagged$/);
    expect(await p.getByTestId('provenance-line').getAttribute('data-engine')).toBe('extractive');
    expect(await p.getByTestId('provenance-line').innerText()).toMatch(/Extractive engine v\d+.*template brief v\d+/s);
    await p.getByTestId('save-button').click();
    await p.getByTestId('workspace-notice').waitFor({ state: 'visible' });
    await p.getByTestId('nav-history').click();
    await p.getByTestId('note-item').first().click();
    const v1 = p.locator('[data-testid="summary-version"][data-version="1"]');
    await v1.waitFor({ state: 'visible' });
    const first = v1.locator('[data-testid="statement"][data-index="0"]');
    await first.getByTestId('statement-select').click();
    const highlighted = await p.getByTestId('evidence-highlight').allInnerTexts();
    expect(highlighted.length).toBeGreaterThan(0);
    for (const quote of highlighted) expect(NOTE).toContain(quote);
    expect(await v1.getByTestId('provenance-line').getAttribute('data-engine')).toBe('extractive');
  });
});
