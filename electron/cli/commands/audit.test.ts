import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { multipleCiphersDriver } from '../../db/multiple-ciphers-driver';
import { AppFailure } from '../../base/app-failure';
import { TickingClock, openTestLog, sampleEvent, tamper, tempDir } from '../../audit/audit-test-support';
import { ADMIN_PASS, AUDITOR_PASS, CLIN_PASS, makeService } from '../../vault/vault-test-support';
import { run, type AuditCommandDeps, type OpenAuditVault } from './audit';

const key = randomBytes(32);
const clock = new TickingClock();
let dir: string;
let cleanup: () => Promise<void>;
let vaultFile: string;

// Stands in for the vault service: 'ada' (auditor) and 'clara' (clinician) with passphrase 'pw'.
const openVault: OpenAuditVault = async (vaultDir, userName, passphrase) => {
  if (passphrase !== 'pw') throw Object.assign(new Error('x'), { name: 'AppFailure' });
  const db = await multipleCiphersDriver.open(path.join(vaultDir, 'vault.db'), key);
  const log = await openTestLog(db, key, clock);
  const actor = { userId: `id-${userName}`, role: userName === 'ada' ? 'auditor' : 'clinician', sessionId: 'cli' };
  const deny = async (action: 'audit.verify' | 'audit.export'): Promise<never> => {
    await log.appendNow({ ...actor, action, recordRef: null, outcome: 'denied' });
    throw new AppFailure('FORBIDDEN');
  };
  return {
    verify: async (options) => {
      if (actor.role !== 'auditor') return deny('audit.verify');
      const report = await log.verify(options);
      await log.appendNow({ ...actor, action: 'audit.verify', recordRef: null, outcome: report.ok ? 'success' : 'failure' });
      return report;
    },
    exportTo: async (file, format, filter) => (actor.role === 'auditor' ? log.exportTo(file, format, filter, actor) : deny('audit.export')),
    close: () => db.close(),
  };
};

function harness() {
  const out: string[] = [];
  const err: string[] = [];
  const deps: { -readonly [K in keyof AuditCommandDeps]?: AuditCommandDeps[K] } = { openVault, readPassphrase: async () => 'pw', out: (l) => out.push(l), err: (l) => err.push(l) };
  return { out, err, deps };
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  vaultFile = path.join(dir, 'vault.db');
  const db = await multipleCiphersDriver.open(vaultFile, key, { create: true });
  const log = await openTestLog(db, key, clock);
  await db.transaction(async (tx) => {
    for (let i = 0; i < 50; i++) await log.append(tx, sampleEvent(i));
  });
  await db.close();
});
afterAll(() => cleanup());

describe('lockscribe audit', () => {
  it('verifies, exports, and records both', async () => {
    const h = harness();
    expect(await run(['verify', '--vault', dir, '--user', 'ada'], h.deps)).toBe(0);
    expect(h.out[0]).toMatch(/^OK: Anchored to setup key [0-9A-F]{4}(-[0-9A-F]{4}){3} \(.*\)\. All 50 entries/);
    const out = path.join(dir, 'out.csv');
    expect(await run(['export', '--vault', dir, '--user', 'ada', '--format', 'csv', '--out', out, '--action', 'audit.verify'], h.deps)).toBe(0);
    expect(h.out[1]).toBe('Exported 1 entries.');
    expect(await readFile(out, 'utf8')).toContain(',id-ada,auditor,audit.verify,,success,,cli');
  });

  it('exits 3 and names the damage', async () => {
    // The copy holds the 50 events plus the verify and export entries of the test above.
    const copyDir = path.join(dir, 'damaged');
    await mkdir(copyDir);
    await copyFile(vaultFile, path.join(copyDir, 'vault.db'));
    await tamper(path.join(copyDir, 'vault.db'), key, [`UPDATE audit_log SET outcome = 'failure' WHERE seq = 7`]);
    const h = harness();
    expect(await run(['verify', '--vault', copyDir, '--user', 'ada'], h.deps)).toBe(3);
    expect(h.out[0]).toMatch(/^DAMAGED: changed at entry 7 \(5\d entries, 0 checkpoints\)$/);
  });

  it('refuses a clinician, with exit 1 and one line', async () => {
    const h = harness();
    expect(await run(['verify', '--vault', dir, '--user', 'clara'], h.deps)).toBe(1);
    expect(h.err).toEqual(['lockscribe: You do not have permission to do that.']);
  });

  it('prints usage with exit 2 on bad arguments, and hides unexpected errors', async () => {
    const h = harness();
    expect(await run(['verify', '--vault', dir], h.deps)).toBe(2);
    expect(await run(['export', '--vault', dir, '--user', 'ada', '--format', 'xml', '--out', 'x'], h.deps)).toBe(2);
    expect(await run(['frobnicate'], h.deps)).toBe(2);
    expect(await run(['verify', '--nope'], h.deps)).toBe(2);
    expect(h.err[0]).toMatch(/^lockscribe: --user is required\nusage: lockscribe audit verify/);
    const bad = harness();
    bad.deps.readPassphrase = async () => 'wrong';
    expect(await run(['verify', '--vault', dir, '--user', 'ada'], bad.deps)).toBe(1);
    expect(bad.err).toEqual(['lockscribe: Something went wrong. Nothing was lost. Try again.']);
  });

  it('reads the passphrase from a file', async () => {
    const file = path.join(dir, 'pass.txt');
    await writeFile(file, 'pw\n');
    const h = harness();
    delete h.deps.readPassphrase;
    expect(await run(['verify', '--vault', dir, '--user', 'ada', '--passphrase-file', file], h.deps)).toBe(0);
  });
});

describe('lockscribe audit on a real vault', () => {
  it('signs in through the vault service, checks the role and audits the command', async () => {
    const vaultDir = path.join(dir, 'real');
    await mkdir(vaultDir);
    const { service } = makeService(vaultDir);
    await service.setup('root', ADMIN_PASS);
    await service.addUser('ada', 'auditor', AUDITOR_PASS);
    await service.addUser('clara', 'clinician', CLIN_PASS);
    await service.signOut();

    const out: string[] = [];
    const err: string[] = [];
    const io = (pass: string): Partial<AuditCommandDeps> => ({ readPassphrase: async () => pass, out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(await run(['verify', '--vault', vaultDir, '--user', 'ada'], io(AUDITOR_PASS))).toBe(0);
    expect(out[0]).toMatch(/^OK: Anchored to setup key .* All \d+ entries verified against \d+ signed checkpoints?/);
    expect(await run(['verify', '--vault', vaultDir, '--user', 'clara'], io(CLIN_PASS))).toBe(1);
    expect(await run(['verify', '--vault', vaultDir, '--user', 'ada'], io('not the passphrase'))).toBe(1);
    expect(err).toEqual(['lockscribe: You do not have permission to do that.', 'lockscribe: The user name or passphrase is not correct.']);

    const file = path.join(dir, 'real.json');
    expect(await run(['export', '--vault', vaultDir, '--user', 'ada', '--format', 'json', '--out', file], io(AUDITOR_PASS))).toBe(0);
    const actions = (JSON.parse(await readFile(file, 'utf8')) as { entries: { action: string; outcome: string }[] }).entries.map((e) => `${e.action}/${e.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['auth.sign-in/success', 'audit.verify/success', 'audit.verify/denied', 'auth.sign-out/success']));
  });
});
