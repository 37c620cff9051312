// The review and signing rules, enforced by the vault itself against a real SQLCipher store: only
// the latest, complete version, checked by the clinician, with every open flag acknowledged; the
// signature, acknowledgements and counts are stored, and the audit entry carries no text.
import { describe, expect, it } from 'vitest';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type StructuredSummary } from '../../shared/summary-format';
import { ADMIN_PASS, AUDITOR_PASS, CLIN_PASS, readAudit, failure, freshVaultEach } from './vault-test-support';

const NOTE = `Follow-up for type 2 diabetes.
Reports good adherence to metformin 500 mg twice daily. Denies chest pain.
Right knee pain for 3 weeks after a fall on 03/14/2024.
Plan: HbA1c in 3 months.`;
const CANARY = 'Quillfeather-7781';

const doc = (statements: { text: string; evidence: string[] }[]): StructuredSummary => ({
  format: SUMMARY_FORMAT,
  version: SUMMARY_FORMAT_VERSION,
  style: 'brief',
  sections: [{ title: 'Summary', statements }],
});

const FAITHFUL = doc([
  { text: 'Takes metformin 500 mg twice daily.', evidence: ['metformin 500 mg twice daily'] },
  { text: 'Right knee pain for three weeks after a fall.', evidence: ['Right knee pain for 3 weeks after a fall on 03/14/2024'] },
]);
const FABRICATED = doc([
  { text: 'Takes metformin 1000 mg twice daily.', evidence: ['metformin 500 mg twice daily'] },
  { text: `Left knee pain for 3 weeks ${CANARY}.`, evidence: ['Right knee pain for 3 weeks after a fall on 03/14/2024'] },
]);


describe('signing a summary', () => {
  const fx = freshVaultEach(async (h) => {
    await h.service.setup('root', ADMIN_PASS);
    await h.service.addUser('carol', 'clinician', CLIN_PASS);
    await h.service.addUser('audrey', 'auditor', AUDITOR_PASS);
    await h.service.lock();
    await h.service.unlock('carol', CLIN_PASS);
  });

  it('stores a structured summary and reports its flags against the note on every read', async () => {
    const { noteId } = await fx.h.service.saveNote(NOTE, 'text', 'brief', null, { structured: FABRICATED, generatedSha256: null, incomplete: false });
    const [v1] = (await fx.h.service.getNote(noteId)).versions;
    expect(v1!.structured).toEqual(FABRICATED);
    // The text is rendered from the statements, whatever text came with them.
    expect(v1!.text).toBe(`- Takes metformin 1000 mg twice daily.\n- Left knee pain for 3 weeks ${CANARY}.`);
    expect(v1!.report.counts).toEqual({ statements: 2, supported: 0, flagged: 2 });
    expect(v1!.report.statements[0]!.flags.map((f) => f.kind)).toContain('dose-mismatch');
    expect(v1!.report.statements[1]!.flags.map((f) => f.kind)).toContain('laterality-mismatch');
    // The quote resolves to its place in the note.
    const span = v1!.report.statements[0]!.quotes[0]!.span!;
    expect(NOTE.slice(span.start, span.end)).toBe('metformin 500 mg twice daily');
  });

  it('refuses until the clinician checked it and acknowledged every flag, then stores what they accepted', async () => {
    const { noteId, versionId } = await fx.h.service.saveNote(NOTE, 'text', 'brief', null, { structured: FABRICATED, generatedSha256: null, incomplete: false });
    expect((await failure(fx.h.service.signSummary(noteId, versionId, { checked: false, acknowledgements: [] }))).message).toMatch(/checked/);
    const one = { checked: true, acknowledgements: [{ statement: 0, kind: 'dose-mismatch' as const }] };
    expect((await failure(fx.h.service.signSummary(noteId, versionId, one))).message).toMatch(/not acknowledged/);
    const version = (await fx.h.service.getNote(noteId)).versions[0]!;
    const all = version.report.statements.flatMap((st, i) => st.flags.map((f) => ({ statement: i, kind: f.kind })));
    // An acknowledgement of a flag that is not there is not recorded as accepted.
    const signed = await fx.h.service.signSummary(noteId, versionId, { checked: true, acknowledgements: [...all, { statement: 9, kind: 'unit-mismatch' }] });
    expect(signed.signedAt).not.toBeNull();
    expect(signed.signature).toEqual({ checked: true, acknowledgements: expect.arrayContaining(all.slice(0, 1)), counts: { statements: 2, supported: 0, flagged: 2 } });
    expect(signed.signature!.acknowledgements.some((a) => a.statement === 9)).toBe(false);
    const stored = (await fx.h.service.getNote(noteId)).versions[0]!;
    expect(stored.signature).toEqual(signed.signature);

    await fx.h.service.lock();
    await fx.h.service.unlock('audrey', AUDITOR_PASS);
    await fx.h.service.lock();
    const entries = await readAudit(fx.dir, 'audrey', AUDITOR_PASS);
    const sign = entries.filter((e) => e.action === 'summary.sign');
    expect(sign.map((e) => e.outcome)).toEqual(['success']);
    // Counts and acknowledged flag kinds only: no statement or note text.
    expect(sign[0]!.reason).toMatch(/^checked; \d+ statements, \d+ supported, \d+ flagged(; acknowledged [\d: a-z-]+)?$/);
    expect(JSON.stringify(entries)).not.toContain(CANARY);
  });

  it('signs a faithful summary with no flags once checked', async () => {
    const { noteId, versionId } = await fx.h.service.saveNote(NOTE, 'text', 'brief', null, { structured: FAITHFUL, generatedSha256: null, incomplete: false });
    const v = (await fx.h.service.getNote(noteId)).versions[0]!;
    expect(v.report.counts).toEqual({ statements: 2, supported: 2, flagged: 0 });
    const signed = await fx.h.service.signSummary(noteId, versionId, { checked: true, acknowledgements: [] });
    expect(signed.signature?.acknowledgements).toEqual([]);
  });

  it('refuses an incomplete summary until it is edited, and an older version always', async () => {
    const { noteId, versionId } = await fx.h.service.saveNote(NOTE, 'text', 'brief', null, { structured: FAITHFUL, generatedSha256: 'ab'.repeat(32), incomplete: true });
    expect((await failure(fx.h.service.signSummary(noteId, versionId, { checked: true, acknowledgements: [] }))).message).toMatch(/incomplete/);
    const edited = await fx.h.service.editSummary(noteId, 'ignored', FAITHFUL);
    expect(edited).toMatchObject({ version: 2, incomplete: false, provenance: null, generatedSha256: null });
    expect(edited.text).toBe('- Takes metformin 500 mg twice daily.\n- Right knee pain for three weeks after a fall.');
    expect((await failure(fx.h.service.signSummary(noteId, versionId, { checked: true, acknowledgements: [] }))).message).toMatch(/latest/);
    expect((await fx.h.service.signSummary(noteId, edited.id, { checked: true, acknowledgements: [] })).signedAt).not.toBeNull();
  });

  it('reads a plain-text version as statements without evidence', async () => {
    const { noteId } = await fx.h.service.saveNote(NOTE, 'Started warfarin 5 mg daily.', 'brief', null);
    const v = (await fx.h.service.getNote(noteId)).versions[0]!;
    expect(v.structured).toBeNull();
    expect(v.report.statements[0]!.flags.map((f) => f.kind)).toEqual(expect.arrayContaining(['medication-not-in-note', 'unsupported-claim']));
  });

  it('refuses a structured summary that is not in the format', async () => {
    const bad = { ...FAITHFUL, format: 'other' } as unknown as StructuredSummary;
    expect((await failure(fx.h.service.saveNote(NOTE, 'x', 'brief', null, { structured: bad, generatedSha256: null, incomplete: false }))).code).toBe('INVALID_REQUEST');
  });
});
