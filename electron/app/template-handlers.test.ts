// Styles as templates through the app as the renderer reaches it (dispatch over the real handlers,
// vault and model host): every template with no model (extractive) and with the generated model, the
// template's id and version in provenance, a clinician's default style, and a note refused at the
// boundary recorded as a failed generation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './app-test-support';
import { ensureTestModels } from '../gguf/test-models';
import { AUDITOR_PASS, CLIN_PASS } from '../vault/vault-test-support';
import { SUMMARY_TEMPLATES, TEMPLATE_IDS } from '../../shared/summary-templates';
import { reservedTokens } from '../summarizer/summarizer';
import type { AuditEntryView } from '../../shared/contract/audit';
import type { ModelStatus, SummaryResult, TokenCount } from '../../shared/contract/model';

const NOTE = `CHIEF COMPLAINT: Cough for one week.
MEDICATIONS: Lisinopril 10 mg daily.
ALLERGIES: Penicillin (rash).
ASSESSMENT: Community-acquired pneumonia, right lower lobe.
PLAN: Start azithromycin 500 mg daily for 3 days. Follow up in 1 week.`;

let t: TestApp;
const value = <T>(method: string, request: unknown = {}) => t.value<T>(method, request);
const code = (method: string, request: unknown = {}) => t.code(method, request);
let n = 0;
const requestId = () => `6f1c1a52-4b3e-4d7a-9a7e-${String(++n).padStart(12, '0')}`;

beforeAll(async () => {
  t = await startTestApp('templates');
  await value('addUser', { name: 'carol', role: 'clinician', passphrase: CLIN_PASS });
  await value('addUser', { name: 'audit.kim', role: 'auditor', passphrase: AUDITOR_PASS });
  // Roles that keep no preferences read the defaults and may set none.
  expect(await value('getPreferences')).toEqual({ defaultStyle: 'brief' });
  expect(await code('setPreferences', { defaultStyle: 'soap' })).toBe('FORBIDDEN');
  await value('signOut');
  await value('unlock', { userName: 'carol', passphrase: CLIN_PASS });
}, 180_000);

afterAll(() => t?.close());

describe('styles as templates, through the handlers', () => {
  it('a clinician sets a default style, kept across sign-ins; the contract refuses unknown styles', async () => {
    expect(await value('getPreferences')).toEqual({ defaultStyle: 'brief' });
    expect(await value('setPreferences', { defaultStyle: 'discharge' })).toEqual({ defaultStyle: 'discharge' });
    expect(await code('setPreferences', { defaultStyle: 'haiku' })).toBe('INVALID_REQUEST');
    await value('lock');
    await value('unlock', { userName: 'carol', passphrase: CLIN_PASS });
    expect(await value('getPreferences')).toEqual({ defaultStyle: 'discharge' });
  });

  it.each(TEMPLATE_IDS)('%s with no model: the extractive engine writes the template\'s sections; provenance names the template', async (id) => {
    const t = SUMMARY_TEMPLATES[id];
    const r = await value<SummaryResult>('summarize', { requestId: requestId(), text: NOTE, style: id });
    expect(r.structured!.summary.style).toBe(id);
    expect(r.structured!.summary.sections.map((s) => s.title)).toEqual(t.sections.map((s) => s.title));
    expect(r.provenance).toMatchObject({ style: id, template: { id, version: t.version }, engine: { id: 'extractive', template: { id, version: t.version } } });
    expect(r.report).toBeDefined();
  });

  it('a note refused at the boundary is never summarized, and the attempt is recorded as a failure', async () => {
    const id = requestId();
    expect(await code('summarize', { requestId: id, text: 'PK\u0003\u0004\u0000\u0000 garbage \u0000', style: 'soap' })).toBe('NOTE_NOT_TEXT');
    expect(await code('summarize', { requestId: requestId(), text: ' \n ', style: 'soap' })).toBe('NOTE_EMPTY');
    expect(await code('countTokens', { text: ' \n ', style: 'soap' })).toBe('NOTE_EMPTY');
    await value('lock');
    await value('unlock', { userName: 'audit.kim', passphrase: AUDITOR_PASS });
    const { entries } = await value<{ entries: AuditEntryView[] }>('queryAudit', { filter: {}, sortDir: 'asc', limit: 1000 });
    expect(entries.filter((e) => e.action === 'summary.generate' && e.recordRef === `request:${id}`).map((e) => e.outcome)).toEqual(['failure']);
    await value('lock');
    await value('unlock', { userName: 'carol', passphrase: CLIN_PASS });
  });

  it('with a model: the room for the summary follows the template, and provenance records its id and version', async () => {
    const models = await ensureTestModels();
    await value('loadModel', { path: models.chatml });
    const soap = await value<TokenCount>('countTokens', { text: NOTE, style: 'soap' });
    const discharge = await value<TokenCount>('countTokens', { text: NOTE, style: 'discharge' });
    const context = (await value<ModelStatus>('getModelStatus')).contextSize!;
    expect(soap.budget).toBe(context - reservedTokens('soap', true, context));
    expect(discharge.budget).toBe(context - reservedTokens('discharge', true, context));
    expect(discharge.budget).toBeLessThan(soap.budget);
    // The discharge instructions name seven sections: a longer prompt for the same note.
    expect(discharge.promptTokens).toBeGreaterThan(soap.promptTokens);
    expect(discharge.noteTokens).toBe(soap.noteTokens);

    const r = await value<SummaryResult>('summarize', { requestId: requestId(), text: NOTE, style: 'brief' });
    expect(r.provenance).toMatchObject({ style: 'brief', template: { id: 'brief', version: SUMMARY_TEMPLATES.brief.version }, promptVersion: 'summary-v3' });
    expect(r.provenance.engine).toBeUndefined();
    expect(r.structured!.summary.sections.map((s) => s.title)).toEqual(SUMMARY_TEMPLATES.brief.sections.map((s) => s.title));
    expect(r.report).toBeDefined();
  });
});
