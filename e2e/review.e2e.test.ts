// End to end, the review workflow in the built renderer bound to the real services: a structured
// summary from the model appears as statements with provenance, an incomplete one cannot be signed,
// a planted fabrication shows its flag, selecting a statement highlights its evidence in the note,
// and signing waits for the check and every acknowledgement (main refuses too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Harness } from './harness';
import { launchInTempDir, type TempHarness } from './temp-harness';
import { ensureBenchModel } from '../electron/gguf/test-models';
import { dispatch } from '../electron/app/dispatch';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type StructuredSummary } from '../shared/summary-format';
import type { NoteListItem } from '../shared/contract/vault';
import { CLINICIAN, attr, loadModel, setupAsClinician, summarizeNote } from './flows';

const NOTE = `Follow-up of type 2 diabetes.
Reports good adherence to metformin 500 mg twice daily. No hypoglycaemia.
Exam: BP 132/84, weight stable. Foot exam normal.
Plan: continue metformin, HbA1c in 3 months.`;

// A clinician's edit with one faithful statement and one with a changed dose.
const EDITED: StructuredSummary = {
  format: SUMMARY_FORMAT,
  version: SUMMARY_FORMAT_VERSION,
  style: 'brief',
  sections: [
    {
      title: 'Summary',
      statements: [
        { text: 'Takes metformin 500 mg twice daily.', evidence: ['metformin 500 mg twice daily'] },
        { text: 'Takes metformin 1000 mg twice daily.', evidence: ['metformin 500 mg twice daily'] },
      ],
    },
  ],
};

let temp: TempHarness;
let h: Harness;
let modelSha: string;

beforeAll(async () => {
  const bench = await ensureBenchModel();
  modelSha = createHash('sha256').update(readFileSync(bench)).digest('hex');
  temp = await launchInTempDir('review-e2e', [bench]);
  ({ h } = temp);
}, 180_000);

afterAll(() => temp?.close());

describe('reviewing and signing a summary', () => {
  it('shows a structured summary with its provenance, marked incomplete at the length limit', { timeout: 240_000 }, async () => {
    const p = h.page;
    await setupAsClinician(p);
    await loadModel(p, path.basename(await ensureBenchModel()));
    await p.getByTestId('nav-workspace').click();
    await summarizeNote(p, NOTE, 180_000);
    // The bench model (random weights) always runs to the length limit under the grammar.
    expect(await p.getByTestId('summary-status').getAttribute('data-incomplete')).toBe('true');
    expect(await p.getByTestId('summary-status').innerText()).toMatch(/^Incomplete/);
    expect(await p.getByTestId('summary-sections').innerText()).toContain('Summary');
    expect(await p.getByTestId('statement').count()).toBeGreaterThan(0);
    expect(await p.getByTestId('summary-output').innerText()).not.toContain('"sections"');
    expect(await p.getByTestId('review-counts').innerText()).toMatch(/^\d+ statements?, \d+ supported, \d+ flagged$/);
    await p.getByTestId('ai-draft-badge').waitFor({ state: 'visible' });
    expect(await p.getByTestId('provenance-sha256').innerText()).toBe(modelSha);
    expect(await p.getByTestId('provenance-line').innerText()).toMatch(/bench-chatml\.v1\.gguf.*Q8_0.*Brief.*prompt summary-v\d/s);

    await p.getByTestId('save-button').click();
    await expect.poll(() => p.getByTestId('summary-status').innerText()).toBe('Saved to the vault.');
    await p.getByTestId('note-input').press('End');
    await p.getByTestId('note-input').pressSequentially(' Addendum.');
    await expect.poll(() => p.getByTestId('summary-status').innerText()).toMatch(/changed since saved/);
  });

  it('refuses to sign the incomplete version, in the screen and in main', async () => {
    const p = h.page;
    await p.getByTestId('nav-history').click();
    await p.getByTestId('note-item').first().click();
    const v1 = p.locator('[data-testid="summary-version"][data-version="1"]');
    await v1.waitFor({ state: 'visible' });
    await v1.getByTestId('incomplete-badge').waitFor({ state: 'visible' });
    await v1.getByTestId('ai-draft-badge').waitFor({ state: 'visible' });
    expect(await v1.getByTestId('provenance-sha256').innerText()).toBe(modelSha);
    await v1.getByTestId('sign-checked').check();
    for (const box of await v1.getByTestId('flag-ack').all()) await box.check();
    expect(await v1.getByTestId('version-sign').isDisabled()).toBe(true);
    expect(await v1.getByTestId('sign-blockers').innerText()).toMatch(/Incomplete/);

    const list = await dispatch(h.app.handlers, 'listNotes', {});
    const noteId = (list as { ok: true; value: readonly NoteListItem[] }).value[0]!.id;
    const note = await dispatch(h.app.handlers, 'getNote', { noteId });
    if (!note.ok) throw new Error('note not readable');
    const version = (note.value as { versions: readonly { id: string; report: { statements: readonly { flags: readonly { kind: string }[] }[] } }[] }).versions[0]!;
    const acknowledgements = version.report.statements.flatMap((st, i) => st.flags.map((f) => ({ statement: i, kind: f.kind })));
    const refused = await dispatch(h.app.handlers, 'signSummary', { noteId, versionId: version.id, checked: true, acknowledgements });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(JSON.stringify(refused)).toMatch(/incomplete/);

    // The clinician's edit with a planted wrong dose, as the editor would save it.
    const edited = await dispatch(h.app.handlers, 'editSummary', { noteId, text: 'edit', structured: EDITED });
    expect(edited.ok).toBe(true);
  });

  it('flags the changed dose, highlights evidence, shows the edit and signs only after the acknowledgement', async () => {
    const p = h.page;
    // Open the note again to read the new version.
    await p.getByTestId('nav-workspace').click();
    await p.getByTestId('nav-history').click();
    await p.getByTestId('note-item').first().click();
    const v2 = p.locator('[data-testid="summary-version"][data-version="2"]');
    await v2.waitFor({ state: 'visible' });
    expect(await v2.getByTestId('edited-by').innerText()).toBe(`edited by ${CLINICIAN.name}`);
    expect(await v2.getByTestId('ai-draft-badge').count()).toBe(0);
    expect(await v2.getByTestId('diff-added').count()).toBeGreaterThan(0);
    expect((await v2.getByTestId('diff-added').allInnerTexts()).join(' ')).toContain('1000');
    expect(await v2.getByTestId('review-counts').innerText()).toBe('2 statements, 1 supported, 1 flagged');
    const fabricated = v2.locator('[data-testid="statement"][data-index="1"]');
    expect(await fabricated.getAttribute('data-flagged')).toBe('true');
    await fabricated.locator('[data-testid="statement-flag"][data-kind="dose-mismatch"]').waitFor({ state: 'visible' });
    const faithful = v2.locator('[data-testid="statement"][data-index="0"]');
    expect(await faithful.getAttribute('data-flagged')).toBe('false');
    // Hover shows the quote; selecting shows it in the note.
    expect(await faithful.getByTestId('statement-select').getAttribute('title')).toContain('metformin 500 mg twice daily');
    await faithful.getByTestId('statement-select').click();
    await expect.poll(() => p.getByTestId('evidence-highlight').allInnerTexts()).toEqual(['metformin 500 mg twice daily']);

    // Only the latest version has a Sign button.
    expect(await p.locator('[data-testid="summary-version"][data-version="1"]').getByTestId('version-sign').count()).toBe(0);
    await v2.getByTestId('sign-checked').check();
    expect(await v2.getByTestId('version-sign').isDisabled()).toBe(true);
    expect(await v2.getByTestId('sign-blockers').innerText()).toContain('1 flag to acknowledge');
    const detail = await dispatch(h.app.handlers, 'listNotes', {});
    const noteId = (detail as { ok: true; value: readonly NoteListItem[] }).value[0]!.id;
    const note = await dispatch(h.app.handlers, 'getNote', { noteId });
    const versionId = (note as { ok: true; value: { versions: readonly { id: string; version: number }[] } }).value.versions.find((v) => v.version === 2)!.id;
    expect(await dispatch(h.app.handlers, 'signSummary', { noteId, versionId, checked: true, acknowledgements: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });

    await fabricated.getByTestId('flag-ack').check();
    expect(await v2.getByTestId('version-sign').isDisabled()).toBe(false);
    await v2.getByTestId('version-sign').click();
    await attr(p.locator('[data-testid="summary-version"][data-version="2"]'), 'data-signed', 'true');
    expect(await p.locator('[data-testid="summary-version"][data-version="2"]').getByTestId('signed-badge').innerText()).toContain('1 flag acknowledged');
  });

  it('edits a flagged statement in the screen: the new version has no flag, shows the diff and signs once checked', async () => {
    const p = h.page;
    const knee = `Second visit: knee pain.\n${NOTE}`;
    const saved = await dispatch(h.app.handlers, 'saveNote', { text: knee, summary: 'edit', style: 'brief', requestId: null, structured: EDITED });
    expect(saved.ok).toBe(true);
    await p.getByTestId('nav-workspace').click();
    await p.getByTestId('nav-history').click();
    await p.getByTestId('note-item').filter({ hasText: 'Second visit: knee pain.' }).click();
    const v1 = p.locator('[data-testid="summary-version"][data-version="1"]');
    await v1.waitFor({ state: 'visible' });
    // Saved without a generation behind it: the clinician's own, no AI badge.
    expect(await v1.getByTestId('edited-by').innerText()).toBe(`written by ${CLINICIAN.name}`);
    expect(await v1.getByTestId('review-counts').innerText()).toBe('2 statements, 1 supported, 1 flagged');
    await v1.getByTestId('version-edit').click();
    const inputs = v1.getByTestId('statement-edit-input');
    expect(await inputs.count()).toBe(2);
    await inputs.nth(1).fill('Metformin dose is 500 mg twice daily.');
    await v1.getByTestId('version-edit-save').click();
    const v2 = p.locator('[data-testid="summary-version"][data-version="2"]');
    await v2.waitFor({ state: 'visible' });
    expect(await v2.getByTestId('review-counts').innerText()).toBe('2 statements, 2 supported, 0 flagged');
    expect(await v2.getByTestId('diff-removed').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('1000')]));
    expect(await v2.getByTestId('diff-added').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('500')]));
    // The evidence came with the edited statement.
    await v2.locator('[data-testid="statement"][data-index="1"]').getByTestId('statement-select').click();
    await expect.poll(() => p.getByTestId('evidence-highlight').allInnerTexts()).toEqual(['metformin 500 mg twice daily']);
    expect(await v2.getByTestId('version-sign').isDisabled()).toBe(true);
    await v2.getByTestId('sign-checked').check();
    await v2.getByTestId('version-sign').click();
    await attr(p.locator('[data-testid="summary-version"][data-version="2"]'), 'data-signed', 'true');
  });
});
