// The vault service against a real SQLCipher file and the real audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { AuditEntry } from '../../shared/contract/audit';
import type { SummaryProvenance } from '../../shared/contract/model';
import { ADMIN_PASS, AUDITOR_PASS, CLIN_PASS, makeService, readAudit, tempDir, type Harness, failure } from './vault-test-support';
import type { VaultService } from './vault-service';
import { vaultPaths } from './vault-paths';
import { readKeyring } from './keyring';

const CLIN2_PASS = 'orange piano glacier whisper';


const provenance: SummaryProvenance = {
  model: { fileName: 'm.gguf', sha256: 'ab'.repeat(32), quantization: 'Q4_K_M', architecture: 'llama' },
  backend: 'cpu',
  threads: 2,
  promptVersion: 'p1',
  chatWrapper: 'general',
  style: 'brief',
  sampling: { temperature: 0, seed: 1, topK: 1, topP: 1, maxTokens: 100 },
  tokens: { prompt: 10, note: 5, generated: 7, contextSize: 2048 },
  timings: { totalMs: 10, firstTokenMs: 1, decodeTokensPerSecond: 50 },
  stopReason: 'eos',
  createdAt: '2026-01-01T08:00:00.000Z',
};

/** Reads the audit log the way an auditor would: verified in the app, then read straight from the files. */
async function auditEntries(dir: string, h: Harness): Promise<AuditEntry[]> {
  await h.service.lock();
  const s = await h.service.unlock('audrey', AUDITOR_PASS);
  expect(s.user?.role).toBe('auditor');
  const report = await h.service.verifyAudit();
  expect(report.detail).toContain('All');
  expect(report.ok).toBe(true);
  await h.service.lock();
  return readAudit(dir, 'audrey', AUDITOR_PASS);
}

describe('VaultService', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let h: Harness;
  let vault: VaultService;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    h = makeService(dir);
    vault = h.service;
  });
  afterEach(async () => {
    await vault.lock().catch(() => undefined);
    await cleanup();
  });

  async function setupTeam(): Promise<{ adminId: string; clinId: string; clin2Id: string; auditorId: string; code: string }> {
    const { session, recoveryCode } = await vault.setup('root', ADMIN_PASS);
    const clin = await vault.addUser('carol', 'clinician', CLIN_PASS);
    const clin2 = await vault.addUser('dave', 'clinician', CLIN2_PASS);
    const auditor = await vault.addUser('audrey', 'auditor', AUDITOR_PASS);
    return { adminId: session.user!.id, clinId: clin.id, clin2Id: clin2.id, auditorId: auditor.id, code: recoveryCode };
  }

  it('starts absent, sets up an admin and shows the recovery code once', async () => {
    expect((await vault.getSession()).vault).toBe('absent');
    const { session, recoveryCode } = await vault.setup('root', ADMIN_PASS);
    expect(session).toMatchObject({ vault: 'unlocked', user: { name: 'root', role: 'admin' }, breakGlass: null, idleLockMinutes: 10 });
    expect(recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$/);
    expect((await failure(vault.setup('root2', ADMIN_PASS))).code).toBe('VAULT_EXISTS');
    const keyringText = await readFile(vaultPaths(dir).keyring, 'utf8');
    expect(keyringText).not.toContain(recoveryCode);
    expect(keyringText).not.toContain(recoveryCode.replace(/-/g, ''));
    expect(keyringText).not.toContain(ADMIN_PASS);
    const locked = await vault.lock();
    expect(locked).toMatchObject({ vault: 'locked', user: { name: 'root' }, sessionId: null, lockedReason: 'manual' });
    expect(h.locks).toEqual(['manual']);
    expect(h.sessions.at(-1)?.vault).toBe('locked');
    // A second service on the same directory (an app restart) sees a locked vault.
    expect((await makeService(dir).service.getSession()).vault).toBe('locked');
  });

  it('refuses weak passphrases with a specific reason', async () => {
    const e = await failure(vault.setup('root', 'password1234'));
    expect(e.code).toBe('WEAK_PASSPHRASE');
    expect(e.message).toContain('password');
    expect((await vault.getSession()).vault).toBe('absent');
  });

  it('gives the same answer for a wrong passphrase and an unknown user, and throttles with a growing delay', async () => {
    await setupTeam();
    await vault.lock();
    const wrong = await failure(vault.unlock('carol', 'not the passphrase at all'));
    const unknown = await failure(vault.unlock('nobody', 'not the passphrase at all'));
    expect(wrong.code).toBe('BAD_CREDENTIALS');
    expect(unknown.code).toBe('BAD_CREDENTIALS');
    expect(wrong.message).toBe(unknown.message);
    await failure(vault.unlock('carol', 'wrong again, still wrong'));
    await failure(vault.unlock('carol', 'wrong a third time here'));
    const throttled = await failure(vault.unlock('carol', CLIN_PASS));
    expect(throttled.code).toBe('THROTTLED');
    expect(throttled.message).toMatch(/Wait 5 seconds/);
    // A restart does not reset the counter.
    const restarted = makeService(dir, h.clock);
    expect((await failure(restarted.service.unlock('carol', CLIN_PASS))).code).toBe('THROTTLED');
    h.clock.advance(5_000);
    expect((await failure(vault.unlock('carol', 'fourth wrong passphrase'))).code).toBe('BAD_CREDENTIALS');
    expect((await failure(vault.unlock('carol', CLIN_PASS))).message).toMatch(/Wait 10 seconds/);
    h.clock.advance(10_000);
    expect((await vault.unlock('carol', CLIN_PASS)).user?.name).toBe('carol');
    await vault.lock();
    // Success reset the counter.
    await failure(vault.unlock('carol', 'one more wrong try'));
    expect((await vault.unlock('carol', CLIN_PASS)).vault).toBe('unlocked');

    const entries = await auditEntries(dir, h);
    const failed = entries.filter((e) => e.action === 'auth.sign-in-failed');
    expect(failed.length).toBe(6);
    expect(failed.filter((e) => e.userId === null)).toHaveLength(1);
    expect(failed.every((e) => /^sign-in:\d+$/.test(e.recordRef ?? ''))).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('nobody');
    expect(JSON.stringify(entries)).not.toContain('wrong');
  });

  it('refuses a disabled user, removes their wrap, and restores it when re-enabled', async () => {
    const { clinId, adminId } = await setupTeam();
    const before = await readKeyring(vaultPaths(dir).keyring);
    await vault.setUserDisabled(clinId, true);
    const keyring = await readKeyring(vaultPaths(dir).keyring);
    // Nothing of theirs stays in the keyring, and the directory key moved on.
    expect(keyring.users.find((u) => u.userId === clinId)).toMatchObject({ disabled: true, publicKey: null, privateKeyWrap: null, grants: {} });
    expect(keyring.dirEpoch).toBe(before.dirEpoch + 1);
    expect((await failure(vault.setUserDisabled(adminId, true))).code).toBe('FORBIDDEN');
    expect((await failure(vault.setUserRole(adminId, 'clinician'))).message).toContain('administrator');
    await vault.lock();
    expect((await failure(vault.unlock('carol', CLIN_PASS))).code).toBe('USER_DISABLED');
    await vault.unlock('root', ADMIN_PASS);
    await vault.setUserDisabled(clinId, false);
    await vault.lock();
    expect((await vault.unlock('carol', CLIN_PASS)).user?.id).toBe(clinId);
  });

  it('keeps the last enabled admin and lets a second admin take over', async () => {
    const { clinId, adminId } = await setupTeam();
    await vault.setUserRole(clinId, 'admin');
    expect((await vault.listUsers()).filter((u) => u.role === 'admin')).toHaveLength(2);
    await vault.setUserRole(adminId, 'clinician');
    expect(h.sessions.at(-1)?.user?.role).toBe('clinician');
    expect((await failure(vault.listUsers())).code).toBe('FORBIDDEN');
  });

  it('enforces roles: clinicians see their own notes, admins and auditors see none', async () => {
    const { clinId } = await setupTeam();
    // The admin creates users but cannot write or read notes.
    expect((await failure(vault.saveNote('x', 'y', 'brief', null))).code).toBe('FORBIDDEN');
    await vault.lock();
    await vault.unlock('carol', CLIN_PASS);
    const { noteId } = await vault.saveNote('Pt seen for cough.\nDetails follow.', 'Cough, improving.', 'brief', provenance);
    expect((await vault.listNotes()).map((n) => n.id)).toEqual([noteId]);
    expect((await failure(vault.listUsers())).code).toBe('FORBIDDEN');
    expect((await failure(vault.getSettings())).code).toBe('FORBIDDEN');
    await vault.lock();

    await vault.unlock('dave', CLIN2_PASS);
    expect(await vault.listNotes()).toEqual([]);
    expect((await failure(vault.getNote(noteId))).code).toBe('FORBIDDEN');
    expect((await failure(vault.editSummary(noteId, 'tampered'))).code).toBe('FORBIDDEN');
    await vault.lock();

    await vault.unlock('root', ADMIN_PASS);
    expect((await failure(vault.listNotes())).code).toBe('FORBIDDEN');
    expect((await failure(vault.getNote(noteId))).code).toBe('FORBIDDEN');
    expect(await vault.getDraft()).toBeNull();
    await vault.lock();

    await vault.unlock('audrey', AUDITOR_PASS);
    expect((await failure(vault.listNotes('cough'))).code).toBe('FORBIDDEN');
    expect((await failure(vault.getNote(noteId))).code).toBe('FORBIDDEN');
    expect((await failure(vault.addUser('eve', 'admin', 'eve is a long passphrase ok'))).code).toBe('FORBIDDEN');

    const entries = await auditEntries(dir, h);
    const denied = entries.filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => e.action)).toEqual(
      expect.arrayContaining(['note.create', 'note.view', 'summary.edit', 'note.search', 'user.create']),
    );
    expect(entries.find((e) => e.action === 'note.create' && e.outcome === 'success')).toMatchObject({ userId: clinId, recordRef: `note:${noteId}`, outcome: 'success' });
  });

  it('versions summaries, freezes signed ones and refuses deletion', async () => {
    await setupTeam();
    await vault.lock();
    await vault.unlock('carol', CLIN_PASS);
    const { noteId, versionId } = await vault.saveNote('Follow-up visit for hypertension.', 'BP controlled.', 'soap', provenance);
    const v2 = await vault.editSummary(noteId, 'BP controlled on lisinopril.');
    expect(v2).toMatchObject({ version: 2, style: 'soap', provenance: null, signedAt: null });
    // Every open flag acknowledged (the note never names lisinopril), after checking it.
    const review = { checked: true, acknowledgements: v2.report.statements.flatMap((st, i) => st.flags.map((f) => ({ statement: i, kind: f.kind }))) };
    expect((await failure(vault.signSummary(noteId, versionId, review))).code).toBe('INVALID_REQUEST');
    const signed = await vault.signSummary(noteId, v2.id, review);
    expect(signed.signedBy).toBe(signed.authorId);
    expect(await vault.signSummary(noteId, v2.id, review)).toEqual(signed);
    const v3 = await vault.editSummary(noteId, 'Addendum: recheck in 3 months.');
    expect(v3.version).toBe(3);
    const detail = await vault.getNote(noteId);
    expect(detail.versions.map((v) => [v.version, v.signedAt !== null])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(detail.versions[0]!.provenance).toEqual(provenance);
    expect(detail.title).toBe('Follow-up visit for hypertension.');
    expect(await vault.deleteNote(noteId)).toEqual({ deleted: false });
    expect((await vault.getNote(noteId)).versions).toHaveLength(3);
    const [item] = await vault.listNotes();
    expect(item).toMatchObject({ id: noteId, latestVersion: 3, signed: false });

    const entries = await auditEntries(dir, h);
    expect(entries.find((e) => e.action === 'note.delete-attempt')).toMatchObject({ outcome: 'denied', recordRef: `note:${noteId}` });
    expect(entries.filter((e) => e.action === 'summary.edit')).toHaveLength(2);
    expect(entries.find((e) => e.action === 'summary.sign')?.recordRef).toBe(`summary:${noteId}:${v2.id}`);
  });

  it('searches notes and summaries with FTS5, never recording the search text', async () => {
    await setupTeam();
    await vault.lock();
    await vault.unlock('carol', CLIN_PASS);
    const a = await vault.saveNote('Patient with pneumonia, started amoxicillin.', 'Pneumonia; antibiotics.', 'brief', null);
    const b = await vault.saveNote('Ankle sprain after football.', 'Sprain; RICE.', 'brief', null);
    await vault.saveNote('Routine check.', 'Normal exam.', 'brief', null);
    expect((await vault.listNotes('pneumo')).map((n) => n.id)).toEqual([a.noteId]);
    expect((await vault.listNotes('RICE')).map((n) => n.id)).toEqual([b.noteId]);
    expect((await vault.listNotes('ankle football')).map((n) => n.id)).toEqual([b.noteId]);
    await vault.editSummary(b.noteId, 'Sprain; physiotherapy referral.');
    expect((await vault.listNotes('physiotherapy')).map((n) => n.id)).toEqual([b.noteId]);
    // FTS5 syntax in the query is just text.
    expect(await vault.listNotes('"unbalanced AND (NOT')).toEqual([]);
    expect(await vault.listNotes('xyzzy')).toEqual([]);
    expect((await vault.listNotes('   ')).length).toBe(3);
    await vault.lock();
    await vault.unlock('dave', CLIN2_PASS);
    expect(await vault.listNotes('pneumonia')).toEqual([]);

    const entries = await auditEntries(dir, h);
    const searches = entries.filter((e) => e.action === 'note.search');
    expect(searches.length).toBe(7);
    expect(searches.every((e) => e.recordRef === null && e.reason === null)).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/pneumo|ankle|xyzzy|physio/i);
  });

  it('opens a time-limited, read-only, loudly audited emergency session for a signed-in user with the recovery code', async () => {
    const { code, clinId, clin2Id } = await setupTeam();
    await vault.lock();
    await vault.unlock('carol', CLIN_PASS);
    const { noteId } = await vault.saveNote('Allergy to penicillin.', 'Penicillin allergy.', 'brief', null);
    await vault.lock();
    // Signed in first, as themselves; the recovery code alone opens nothing.
    expect((await failure(vault.breakGlass(code, 'patient unconscious in ER'))).code).toBe('LOCKED');
    await vault.unlock('dave', CLIN2_PASS);
    expect((await failure(vault.breakGlass('AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', 'patient unconscious in ER'))).code).toBe('BAD_RECOVERY_CODE');
    expect((await failure(vault.breakGlass(code, 'short'))).code).toBe('INVALID_REQUEST');
    const s = await vault.breakGlass(code.toLowerCase(), 'patient unconscious in ER');
    expect(s.user?.id).toBe(clin2Id);
    expect(s.breakGlass).toEqual({ until: new Date(h.clock.now().getTime() + 60 * 60_000).toISOString(), reason: 'patient unconscious in ER' });
    // Emergency access reads every author's notes, but changes nothing, not even the operator's own.
    expect((await vault.listNotes()).map((n) => n.id)).toEqual([noteId]);
    expect((await vault.getNote(noteId)).authorId).toBe(clinId);
    expect((await failure(vault.editSummary(noteId, 'changed'))).code).toBe('FORBIDDEN');
    expect((await failure(vault.saveNote('new', 'new', 'brief', null))).code).toBe('FORBIDDEN');
    expect((await failure(vault.changePassphrase(CLIN2_PASS, 'another long passphrase here'))).code).toBe('FORBIDDEN');
    // Keep the idle timer from firing first.
    for (let i = 0; i < 7; i++) {
      h.clock.advance(9 * 60_000);
      await vault.reportActivity();
    }
    h.clock.advance(60 * 60_000);
    await vault.getSession();
    await new Promise((r) => setTimeout(r, 50));
    const after = await vault.getSession();
    expect(after).toMatchObject({ vault: 'locked', lockedReason: 'break-glass-expired', breakGlass: null });
    expect(h.locks).toContain('break-glass-expired');

    const entries = await auditEntries(dir, h);
    const start = entries.find((e) => e.action === 'break-glass.start' && e.outcome === 'success')!;
    expect(start).toMatchObject({ reason: 'patient unconscious in ER', userId: clin2Id });
    expect(entries.filter((e) => e.action === 'break-glass.start' && e.outcome === 'failure')).toHaveLength(1);
    expect(entries.find((e) => e.action === 'break-glass.end')?.reason).toContain('expired');
    expect(entries.find((e) => e.action === 'note.view' && e.sessionId === start.sessionId)).toMatchObject({ recordRef: `note:${noteId}`, userId: clin2Id });
    // The session waits for review.
    await vault.unlock('audrey', AUDITOR_PASS);
    expect((await vault.listBreakGlass(true)).map((r) => [r.userId, r.endReason, r.reviewedAt])).toEqual([[clin2Id, 'expired', null]]);
  });

  it('keeps emergency sessions in a review queue that an auditor clears, never for their own', async () => {
    const { code, clin2Id } = await setupTeam();
    expect((await failure(vault.listBreakGlass(false))).code).toBe('FORBIDDEN'); // admins do not review
    await vault.lock();
    await vault.unlock('dave', CLIN2_PASS);
    await vault.breakGlass(code, 'patient unconscious in ER');
    await vault.listNotes();
    await vault.lock();
    // Auditors review emergency access; they cannot open it.
    await vault.unlock('audrey', AUDITOR_PASS);
    expect((await failure(vault.breakGlass(code, 'checking the procedure works'))).code).toBe('FORBIDDEN');
    await vault.lock();
    await vault.unlock('root', ADMIN_PASS);
    await vault.breakGlass(code, 'checking the procedure works');
    await vault.lock();

    await vault.unlock('audrey', AUDITOR_PASS);
    const queue = await vault.listBreakGlass(true);
    expect(queue.map((r) => [r.userName, r.reason, r.endReason, r.reviewedAt])).toEqual([
      ['root', 'checking the procedure works', 'manual', null],
      ['dave', 'patient unconscious in ER', 'manual', null],
    ]);
    const daves = queue.find((r) => r.userId === clin2Id)!;
    expect(daves.events).toBeGreaterThanOrEqual(3); // start, search, end at least
    const roots = queue.find((r) => r.userName === 'root')!;
    const reviewed = await vault.reviewBreakGlass(daves.id);
    expect(reviewed.reviewedAt).toBe(h.clock.now().toISOString());
    expect((await vault.listBreakGlass(true)).map((r) => r.id)).toEqual([roots.id]);
    expect((await vault.listBreakGlass(false))).toHaveLength(2);
    expect((await failure(vault.reviewBreakGlass('bg_nope'))).code).toBe('NOT_FOUND');

    // An emergency session still running (here, on a second instance) cannot be signed off yet.
    await vault.lock();
    const other = makeService(dir, h.clock).service;
    await other.unlock('carol', CLIN_PASS);
    await other.breakGlass(code, 'second emergency, still open');
    await vault.unlock('audrey', AUDITOR_PASS);
    const running = (await vault.listBreakGlass(true)).find((r) => r.userName === 'carol')!;
    expect(running.endedAt).toBeNull();
    expect(await failure(vault.reviewBreakGlass(running.id))).toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringMatching(/still open/) });
    await other.lock();
    await vault.lock();
    // An auditor who is also... never the operator: an admin who opened one cannot review it either.
    await vault.unlock('root', ADMIN_PASS);
    expect((await failure(vault.reviewBreakGlass(roots.id))).code).toBe('FORBIDDEN');
    await vault.lock();
    const entries = await auditEntries(dir, h);
    expect(entries.filter((e) => e.action === 'break-glass.review').map((e) => [e.recordRef, e.outcome])).toEqual([
      [`break-glass:${daves.id}`, 'success'],
      [`break-glass:${roots.id}`, 'denied'],
    ]);
  });

  it('locks after the idle time, clears on lock, and keeps the draft for the next unlock', async () => {
    await setupTeam();
    await vault.updateSettings({ idleLockMinutes: 5 });
    await vault.lock();
    await vault.unlock('carol', CLIN_PASS);
    expect((await vault.getSession()).idleLockMinutes).toBe(5);
    await vault.saveDraft('Half-written note about a rash', 'soap');
    h.clock.advance(4 * 60_000);
    const { idleLockAt } = await vault.reportActivity();
    expect(idleLockAt).toBe(new Date(h.clock.now().getTime() + 5 * 60_000).toISOString());
    h.clock.advance(4 * 60_000);
    expect((await vault.getSession()).vault).toBe('unlocked');
    h.clock.advance(61_000);
    await new Promise((r) => setTimeout(r, 50));
    const locked = await vault.getSession();
    expect(locked).toMatchObject({ vault: 'locked', lockedReason: 'idle', user: { name: 'carol' } });
    expect(h.locks.at(-1)).toBe('idle');
    expect((await failure(vault.getDraft())).code).toBe('LOCKED');
    expect(await vault.reportActivity()).toEqual({ idleLockAt: null });
    await vault.unlock('carol', CLIN_PASS);
    expect(await vault.getDraft()).toMatchObject({ text: 'Half-written note about a rash', style: 'soap' });
    // OS lock and sleep come from the wiring.
    await vault.lock('os-lock');
    expect((await vault.getSession()).lockedReason).toBe('os-lock');
    await vault.unlock('carol', CLIN_PASS);
    await vault.saveNote('Rash note, complete.', 'Rash.', 'soap', null);
    expect(await vault.getDraft()).toBeNull();
    await vault.signOut();
    expect(await vault.getSession()).toMatchObject({ vault: 'locked', user: null, lockedReason: null });
    expect(h.locks.at(-1)).toBe('sign-out');

    const entries = await auditEntries(dir, h);
    expect(entries.filter((e) => e.action === 'auth.lock').map((e) => e.recordRef)).toEqual(
      expect.arrayContaining(['lock:idle', 'lock:os-lock']),
    );
    expect(entries.some((e) => e.action === 'auth.unlock')).toBe(true);
    expect(entries.some((e) => e.action === 'auth.sign-out')).toBe(true);
  });

  it('changes a passphrase by re-wrapping the private key: the old passphrase opens nothing', async () => {
    await setupTeam();
    await vault.lock();
    await vault.unlock('carol', CLIN_PASS);
    await vault.saveNote('Some note text for the hash check.', 'Summary.', 'brief', null);
    await vault.lock();
    const before = await readKeyring(vaultPaths(dir).keyring);
    await vault.unlock('carol', CLIN_PASS);
    expect((await failure(vault.changePassphrase('wrong current passphrase', 'a brand new passphrase'))).code).toBe('BAD_CREDENTIALS');
    expect((await failure(vault.changePassphrase(CLIN_PASS, 'carol carol carol 123'))).code).toBe('WEAK_PASSPHRASE');
    // An administrator chose carol's passphrase; the session says so until she chooses her own.
    expect((await vault.getSession()).passphraseSetByAdmin).toBe(true);
    await vault.changePassphrase(CLIN_PASS, 'a brand new passphrase');
    expect((await vault.getSession()).passphraseSetByAdmin).toBe(false);
    await vault.lock();
    expect((await failure(vault.unlock('carol', CLIN_PASS))).code).toBe('BAD_CREDENTIALS');
    expect((await vault.unlock('carol', 'a brand new passphrase')).user?.name).toBe('carol');
    expect(await vault.listNotes()).toHaveLength(1);
    await vault.lock();
    const after = await readKeyring(vaultPaths(dir).keyring);
    const carolBefore = before.users.find((u) => u.name === 'carol')!;
    const carolAfter = after.users.find((u) => u.name === 'carol')!;
    expect(carolAfter.privateKeyWrap!.ct).not.toBe(carolBefore.privateKeyWrap!.ct);
    // A new key pair, not the old one re-wrapped (key-handover.ts).
    expect(carolAfter.publicKey).not.toBe(carolBefore.publicKey);
    expect(after.users.find((u) => u.name === 'root')!.privateKeyWrap).toEqual(before.users.find((u) => u.name === 'root')!.privateKeyWrap);
  });

  it('rotates the recovery code after re-entering the passphrase', async () => {
    const { code } = await setupTeam();
    expect((await failure(vault.rotateRecoveryCode('not my passphrase'))).code).toBe('BAD_CREDENTIALS');
    const { recoveryCode } = await vault.rotateRecoveryCode(ADMIN_PASS);
    expect(recoveryCode).not.toBe(code);
    expect((await failure(vault.breakGlass(code, 'testing the old code'))).code).toBe('BAD_RECOVERY_CODE');
    expect((await vault.breakGlass(recoveryCode, 'testing the new code')).breakGlass).not.toBeNull();
  });

  it('keeps settings across restarts', async () => {
    await setupTeam();
    expect(await vault.getSettings()).toEqual({ idleLockMinutes: 10, breakGlassMinutes: 60 });
    expect(await vault.updateSettings({ breakGlassMinutes: 30 })).toEqual({ idleLockMinutes: 10, breakGlassMinutes: 30 });
    await vault.lock();
    const restarted = makeService(dir, h.clock).service;
    await restarted.unlock('root', ADMIN_PASS);
    expect(await restarted.getSettings()).toEqual({ idleLockMinutes: 10, breakGlassMinutes: 30 });
    await restarted.lock();
  });

  it('serves the other services: actor checks, audit access and recorded events, queued while locked', async () => {
    const { adminId } = await setupTeam();
    expect(await vault.requireActor(['admin'])).toMatchObject({ userId: adminId, role: 'admin' });
    expect((await failure(vault.requireActor(['clinician']))).code).toBe('FORBIDDEN');
    await vault.record('model.select', 'model:abc123', 'success');
    const { actor } = await vault.auditAccess(['auditor', 'admin']);
    expect(actor.userId).toBe(adminId);
    // Admins read the log but cannot verify it: only auditors hold the chain's first key.
    expect((await failure(vault.verifyAudit())).code).toBe('FORBIDDEN');
    const page = await vault.queryAudit({ filter: { action: 'model.select' }, sortBy: 'seq', sortDir: 'asc', limit: 10, offset: 0 });
    expect(page.entries.map((e) => [e.action, e.userName])).toEqual([['model.select', 'root']]);
    await vault.recordSystemEvent('network.blocked', 'scheme:https', 'denied');
    await vault.lock();
    expect((await failure(vault.requireActor(['admin']))).code).toBe('LOCKED');
    await vault.recordSystemEvent('network.blocked', 'scheme:http', 'denied');
    await vault.unlock('carol', CLIN_PASS);
    expect((await failure(vault.auditAccess(['auditor']))).code).toBe('FORBIDDEN');
    expect((await failure(vault.queryAudit({ filter: {}, sortBy: 'seq', sortDir: 'asc', limit: 10, offset: 0 }))).code).toBe('FORBIDDEN');
    expect((await failure(vault.getNote('../../etc'))).code).toBe('NOT_FOUND');
    expect((await failure(vault.getNote('n_doesnotexist'))).code).toBe('FORBIDDEN');
    const entries = await auditEntries(dir, h);
    expect(entries.filter((e) => e.action === 'network.blocked').map((e) => e.recordRef?.split(':')[0])).toEqual(['scheme', 'network']);
    expect(entries.find((e) => e.action === 'model.select')).toMatchObject({ userId: adminId, recordRef: 'model:abc123' });
    expect(entries.filter((e) => e.action === 'audit.view').map((e) => [e.role, e.outcome])).toEqual([
      ['admin', 'success'],
      ['clinician', 'denied'],
      ['clinician', 'denied'],
    ]);
    expect(entries.filter((e) => e.action === 'audit.verify').map((e) => [e.role, e.outcome])).toEqual([
      ['admin', 'denied'],
      ['auditor', 'success'],
    ]);
  });
});
