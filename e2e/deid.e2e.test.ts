// End to end: a clinician shares a saved note de-identified (sees the highlights, keeps one, marks a
// missed one, exports), and copying a summary that names someone goes through the identifier guard.
// The built renderer in Chromium over the real services, as in app.e2e.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Harness } from './harness';
import { launchInTempDir, type TempHarness } from './temp-harness';
import { dispatch } from '../electron/app/dispatch';
import { ensureTestModels } from '../electron/gguf/test-models';
import { readAudit } from '../electron/vault/vault-test-support';
import { ADMIN, attr, loadModel, signOut, setupAsClinician, summarizeNote } from './flows';

const KEPT = 'cabernathy@mailbox.org';
const ADDED = 'Bunny';
const PLANTED = ['Imogen Fairweather', 'Fairweather', 'Cornelius Abernathy', 'Abernathy', '00482913', '555-0143', '42 Larkspur Lane', '03/14', KEPT, ADDED];
const NOTE = `Dr. Imogen Fairweather reviewed Mr. Cornelius Abernathy in clinic.
MRN: 00482913. Phone (617) 555-0143. Email ${KEPT}.
Address: 42 Larkspur Lane. Seen 03/14/2024 for tremor.
Lives with his daughter; friends call him ${ADDED}.
History of Parkinson's disease; Foley catheter removed last week. BP 130/80.
Plan: continue carbidopa-levodopa, review in 3 months.`;
const SUMMARY = 'Mr. Abernathy, seen 03/14/2024 by Dr. Fairweather: Parkinson disease with stable tremor; continue carbidopa-levodopa.';

let temp: TempHarness;
let h: Harness;
let dir: string;

beforeAll(async () => {
  const { chatml } = await ensureTestModels();
  temp = await launchInTempDir('e2e-deid', [chatml]);
  ({ h, dir } = temp);
}, 180_000);

afterAll(() => temp?.close());

describe('de-identification where data leaves the vault', () => {
  it('saves a note with planted identifiers and signs a summary that names the patient', async () => {
    const p = h.page;
    await setupAsClinician(p);
    await loadModel(p, path.basename((await ensureTestModels()).chatml));
    await p.getByTestId('nav-workspace').click();
    await summarizeNote(p, NOTE);
    await p.getByTestId('save-button').click();
    await p.getByTestId('workspace-notice').waitFor({ state: 'visible' });

    // The clinician's own wording becomes version 2 (a plain-text edit, through the same contract method
    // the editor uses), then is signed in the review screen: checked, every open flag acknowledged.
    const list = (await dispatch(h.app.handlers, 'listNotes', {})) as { ok: true; value: readonly { id: string }[] };
    const edited = await dispatch(h.app.handlers, 'editSummary', { noteId: list.value[0]!.id, text: SUMMARY, structured: null });
    expect(edited).toMatchObject({ ok: true });
    await p.getByTestId('nav-history').click();
    await p.getByTestId('note-item').first().click();
    const v2 = p.locator('[data-testid="summary-version"][data-version="2"]');
    await v2.waitFor({ state: 'visible' });
    await v2.getByTestId('sign-checked').check();
    for (const box of await v2.getByTestId('flag-ack').all()) await box.check();
    await v2.getByTestId('version-sign').click();
    await attr(v2, 'data-signed', 'true');
  });

  it('shares the note de-identified: the clinician keeps one identifier, marks a missed one, and the file holds no other', async () => {
    const p = h.page;
    await p.getByTestId('share-deid-button').click();
    const noteText = p.getByTestId('deid-note-text');
    await noteText.waitFor({ state: 'visible' });
    const marked = await noteText.getByTestId('deid-mark').allInnerTexts();
    for (const id of PLANTED.filter((x) => x !== ADDED && x !== 'Fairweather' && x !== 'Abernathy')) {
      expect(marked.some((m) => m.includes(id)), `${id} highlighted`).toBe(true);
    }
    expect(marked.some((m) => /Parkinson|Foley|130\/80/.test(m))).toBe(false);
    expect(await p.getByTestId('deid-summary-text').getByTestId('deid-mark').count()).toBeGreaterThanOrEqual(3);
    const countsBefore = await p.getByTestId('deid-counts').innerText();
    expect(countsBefore).toMatch(/NAME \d+/);

    // Keep the e-mail address: click its highlight.
    await noteText.getByTestId('deid-mark').filter({ hasText: KEPT }).click();
    await noteText.getByTestId('deid-unmarked').filter({ hasText: KEPT }).waitFor({ state: 'visible' });
    // Mark the nickname the engine cannot know: select it and press Mark (kind NAME).
    // Runs in the page (as a string: this file is typed without the DOM library).
    await p.evaluate(`(() => {
      const el = document.querySelector('[data-testid="deid-note-text"]');
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent.indexOf(${JSON.stringify(ADDED)});
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + ${ADDED.length});
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        return;
      }
      throw new Error('word not on screen');
    })()`);
    await p.getByTestId('deid-mark-kind').selectOption('NAME');
    await p.getByTestId('deid-mark-button').click();
    await noteText.locator('[data-testid="deid-mark"][data-source="clinician"]').filter({ hasText: ADDED }).waitFor({ state: 'visible' });

    const out = path.join(dir, 'shared-note.txt');
    h.savePaths.push(out);
    await p.getByTestId('deid-export').click();
    await expect.poll(() => p.getByTestId('deid-result').innerText(), { timeout: 15_000 }).toContain(out);
    const file = readFileSync(out, 'utf8');
    expect(file.startsWith('De-identified (Safe Harbor, redaction)')).toBe(true);
    expect(PLANTED.filter((id) => file.includes(id))).toEqual([KEPT]);
    expect(file).toContain("Parkinson's disease");
    expect(file).toContain('carbidopa-levodopa');
    await p.getByTestId('deid-close').click();
  });

  it('guards a copy of a summary that names the patient: "Remove them and copy" puts the redacted text on the clipboard', async () => {
    const p = h.page;
    const v2 = p.locator('[data-testid="summary-version"][data-version="2"]');
    await v2.getByTestId('version-copy').click();
    const guard = p.getByTestId('deid-guard');
    await guard.waitFor({ state: 'visible' });
    const items = await guard.getByTestId('deid-guard-item').allInnerTexts();
    expect(items.some((t) => t.includes('NAME') && t.includes('Abernathy'))).toBe(true);
    await p.getByTestId('deid-guard-remove').click();
    await expect.poll(() => p.getByTestId('note-notice').innerText()).toMatch(/identifiers removed/);
    const copied = h.clipboard.readText();
    expect(copied).toContain('[NAME]');
    expect(copied).toContain('carbidopa-levodopa');
    for (const id of ['Abernathy', 'Fairweather', '03/14']) expect(copied).not.toContain(id);

    // Cancel copies nothing; "Copy as is" copies the text unchanged.
    h.clipboard.clear();
    await v2.getByTestId('version-copy').click();
    await p.getByTestId('deid-guard-cancel').click();
    expect(h.clipboard.readText()).toBe('');
    await v2.getByTestId('version-copy').click();
    await p.getByTestId('deid-guard-keep').click();
    await expect.poll(() => h.clipboard.readText()).toBe(SUMMARY);
  });

  it('audited the export and the guarded copies with counts by kind, and no identifier in the log', async () => {
    await signOut(h.page);
    const entries = await readAudit(path.join(dir, 'vault'), ADMIN.name, ADMIN.passphrase);
    const exports = entries.filter((e) => e.action === 'note.export-deidentified');
    expect(exports).toHaveLength(1);
    expect(exports[0]!.outcome).toBe('success');
    expect(exports[0]!.recordRef).toMatch(/^summary:[\w-]+:[\w-]+$/);
    expect(exports[0]!.reason).toMatch(/^mode redact: NAME \d+/);
    expect(exports[0]!.reason).not.toMatch(/EMAIL/);
    const copies = entries.filter((e) => e.action === 'summary.copy').map((e) => e.reason);
    expect(copies).toEqual([expect.stringMatching(/^identifiers removed: NAME/), expect.stringMatching(/^identifiers kept as is: NAME/)]);
    const log = JSON.stringify(entries);
    for (const id of PLANTED) expect(log, id).not.toContain(id);
  });
});
