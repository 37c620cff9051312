// One note, several summaries: with no model loaded a clinician pastes a note, gets an extractive
// summary whose statements link to their evidence, and saves it with a label and note type; then
// loads the generated test model and saves a SOAP summary of the same note, which becomes version 2
// of that note (and pasting the note again later finds it too). The history shows one note with its
// label, type, date, both style badges, and a snippet with the search words marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Harness } from './harness';
import { launchInTempDir, type TempHarness } from './temp-harness';
import { ensureTestModels } from '../electron/gguf/test-models';
import { attr, loadModel, setupAsClinician, summarizeNote } from './flows';

const NOTE = `SUBJECTIVE:
Cough for one week with fever. No chest pain.

MEDICATIONS: Lisinopril 10 mg daily. Albuterol inhaler 2 puffs every 4 hours as needed.

ALLERGIES: Penicillin (rash).

VITAL SIGNS: Temperature 38.1 C, blood pressure 128/82, pulse 96.

ASSESSMENT: Community-acquired pneumonia, right lower lobe.

PLAN: Start azithromycin 500 mg daily for 3 days. Follow up in 1 week.`;

// A second note that opens with the same heading: before labels, the list showed two "SUBJECTIVE:".
const OTHER = `SUBJECTIVE:
Follow-up of type 2 diabetes. Takes metformin 500 mg twice daily.

PLAN: HbA1c in 3 months.`;

const LABEL = 'Bed 12 / J.D. follow-up';

let temp: TempHarness;
let h: Harness;
let modelFile: string;

beforeAll(async () => {
  const { chatml } = await ensureTestModels();
  modelFile = path.basename(chatml);
  temp = await launchInTempDir('versions-e2e', [chatml]);
  ({ h } = temp);
}, 180_000);

afterAll(() => temp?.close());

describe('summarizing the same note again', () => {
  it('saves an extractive summary, then a SOAP summary from the model as version 2 of the same note', { timeout: 240_000 }, async () => {
    const p = h.page;
    await setupAsClinician(p);
    await p.getByTestId('nav-workspace').click();

    // No model: the extractive engine, each statement linked to the note's words it rests on.
    await summarizeNote(p, NOTE);
    expect(await p.getByTestId('provenance-line').getAttribute('data-engine')).toBe('extractive');
    expect(await p.getByTestId('review-counts').innerText()).toMatch(/^\d+ statements, \d+ supported, 0 flagged$/);
    const statements = p.getByTestId('statement');
    expect(await statements.count()).toBeGreaterThan(0);
    const picks: string[] = [];
    for (const i of [0, (await statements.count()) - 1]) {
      await statements.nth(i).getByTestId('statement-select').click();
      // Following the link selects the evidence in the note itself.
      const picked = await p.getByTestId('note-input').evaluate((el) => {
        const box = el as unknown as { value: string; selectionStart: number; selectionEnd: number };
        return box.value.slice(box.selectionStart, box.selectionEnd);
      });
      expect(picked.length).toBeGreaterThan(3);
      expect(NOTE).toContain(picked);
      picks.push(picked);
    }
    // Each statement links to its own words.
    if (await statements.count() > 1) expect(picks[0]).not.toBe(picks[1]);
    await p.getByTestId('note-label-input').fill(LABEL);
    await p.getByTestId('note-type-select').selectOption('clinic');
    await p.getByTestId('save-button').click();
    await expect.poll(() => p.getByTestId('workspace-notice').innerText()).toBe('Note and summary saved to the vault.');

    // Then a model, and a SOAP summary of the same note: a version of it, not a second note.
    await loadModel(p, modelFile);
    await p.getByTestId('nav-workspace').click();
    expect(await p.getByTestId('note-input').inputValue()).toBe(NOTE);
    await p.getByTestId('style-select').selectOption('soap');
    await p.getByTestId('summarize-button').click();
    await attr(p.getByTestId('summary-status'), 'data-status', 'done', 120_000);
    expect(await p.getByTestId('provenance-model').innerText()).toBe(modelFile);
    await p.getByTestId('save-button').click();
    await expect.poll(() => p.getByTestId('workspace-notice').innerText()).toBe('Summary saved as version 2 of this note.');

    // Another note with the same heading pasted over it: the first note's label does not follow it.
    await p.getByTestId('note-input').fill(OTHER);
    expect(await p.getByTestId('note-label-input').inputValue()).toBe('');
    expect(await p.getByTestId('note-type-select').inputValue()).toBe('');
    expect(await p.getByTestId('workspace-notice').innerText()).toMatch(/saved as a new note: its label and type were cleared/);
    await p.getByTestId('style-select').selectOption('brief');
    await p.getByTestId('summarize-button').click();
    await attr(p.getByTestId('summary-status'), 'data-status', 'done', 120_000);
    await p.getByTestId('save-button').click();
    await expect.poll(() => p.getByTestId('workspace-notice').innerText()).toBe('Note and summary saved to the vault.');

    // The first note pasted again after "New note": the vault finds it by its text.
    await p.getByTestId('new-note-button').click();
    await summarizeNote(p, `${NOTE}\n`, 120_000);
    await p.getByTestId('save-button').click();
    await expect.poll(() => p.getByTestId('workspace-notice').innerText()).toBe('Summary saved as version 3 of this note.');

    await p.getByTestId('nav-history').click();
    const items = p.getByTestId('note-item');
    await expect.poll(() => items.count()).toBe(2);
    const labelled = p.locator('[data-testid="note-item"]', { has: p.locator('[data-testid="note-item-label"][data-has-label="true"]') });
    expect(await labelled.count()).toBe(1);
    expect(await labelled.getByTestId('note-item-label').innerText()).toBe(LABEL);
    expect(await labelled.getByTestId('note-item-type').innerText()).toBe('Clinic visit');
    expect(await labelled.getByTestId('note-item-date').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await labelled.getByTestId('note-style-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-style')))).toEqual(['brief', 'soap']);
    expect(await labelled.getByTestId('note-snippet').innerText()).toMatch(/^Cough for one week/);
    // The unlabelled one is named by its first line, and its snippet tells it apart.
    const plain = items.filter({ hasNot: p.locator('[data-testid="note-item-label"][data-has-label="true"]') });
    expect(await plain.getByTestId('note-item-label').innerText()).toBe('SUBJECTIVE:');
    expect(await plain.getByTestId('note-snippet').innerText()).toMatch(/^Follow-up of type 2 diabetes/);

    // A search marks the words it found in the snippet.
    await p.getByTestId('history-search').fill('azithro lobe');
    await expect.poll(() => items.count()).toBe(1);
    await expect.poll(() => p.getByTestId('snippet-mark').allInnerTexts()).toEqual(['lobe', 'azithromycin']);
    expect(await p.getByTestId('note-snippet').innerText()).toContain('azithromycin 500 mg');

    // One note, three versions: brief (extractive), SOAP (model), brief (model).
    await items.first().click();
    await p.locator('[data-testid="summary-version"][data-version="3"]').waitFor({ state: 'visible' });
    expect(await p.getByTestId('summary-version').count()).toBe(3);
    expect(await p.getByTestId('note-detail-label').innerText()).toBe(LABEL);
    expect(await p.locator('[data-testid="summary-version"][data-version="1"]').getByTestId('provenance-line').getAttribute('data-engine')).toBe('extractive');
    expect(await p.locator('[data-testid="summary-version"][data-version="2"]').getByTestId('provenance-model').innerText()).toBe(modelFile);

    // The label can be corrected later; the list follows.
    const detail = p.getByTestId('note-detail');
    await detail.getByTestId('note-meta-edit').click();
    await detail.getByTestId('note-label-input').fill('Bed 14 / J.D. follow-up');
    await detail.getByTestId('note-meta-save').click();
    await expect.poll(() => detail.getByTestId('note-detail-label').innerText()).toBe('Bed 14 / J.D. follow-up');
    await expect.poll(() => items.first().getByTestId('note-item-label').innerText()).toBe('Bed 14 / J.D. follow-up');
  });
});
