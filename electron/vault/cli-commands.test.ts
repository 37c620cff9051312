// `lockscribe init` and `lockscribe notes` through their run() functions (the registry adds nothing).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { run as init } from '../cli/commands/init';
import { run as notesCmd } from '../cli/commands/notes';
import { run as backupCmd } from '../cli/commands/backup';
import { run as restoreCmd } from '../cli/commands/restore';
import { CLIN_PASS, ADMIN_PASS, TEST_KDF, makeService, tempDir } from './vault-test-support';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, deps: { out: (t: string) => void out.push(t), err: (l: string) => void err.push(l), kdf: TEST_KDF } };
}

describe('vault CLI commands', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('lockscribe-cli-')));
  afterEach(async () => cleanup());

  it('init creates the vault once and prints the recovery code with a warning', async () => {
    const vaultDir = path.join(dir, 'v');
    const c = capture();
    const code = await init(['--vault', vaultDir, '--user', 'root', '--print-recovery-code'], { ...c.deps, readPassphrase: async () => ADMIN_PASS });
    expect({ code, err: c.err }).toEqual({ code: 0, err: [] });
    const text = c.out.join('');
    expect(text).toMatch(/RECOVERY CODE/);
    expect(text).toMatch(/shown only this once/);
    const recovery = text.match(/[0-9A-Z]{5}(?:-[0-9A-Z]{5}){5}/)![0];
    expect(text).not.toContain(ADMIN_PASS);
    const again = capture();
    expect(await init(['--vault', vaultDir, '--print-recovery-code'], { ...again.deps, readPassphrase: async () => ADMIN_PASS })).toBe(1);
    expect(again.err).toEqual(['lockscribe: A vault already exists here.']);
    // The code works for emergency access.
    const { service } = makeService(vaultDir);
    await service.unlock('root', ADMIN_PASS);
    expect((await service.breakGlass(recovery, 'checking the printed code')).breakGlass).not.toBeNull();
    await service.lock();
  });

  it('init reports weak passphrases and usage errors', async () => {
    const c = capture();
    expect(await init(['--vault', path.join(dir, 'w'), '--print-recovery-code'], { ...c.deps, readPassphrase: async () => 'password12345' })).toBe(1);
    expect(c.err[0]).toMatch(/^lockscribe: The passphrase is too easy to guess\. It is a common password/);
    const u = capture();
    expect(await init(['--user', 'x'], { ...u.deps, readPassphrase: async () => ADMIN_PASS })).toBe(2);
    expect(u.err[0]).toMatch(/^lockscribe: --vault is required/);
    expect(await init(['--vault', dir, '--bogus'], { ...u.deps, readPassphrase: async () => ADMIN_PASS })).toBe(2);
  });

  it('notes list and show print what the user may read, with one-line errors', async () => {
    const { service } = makeService(dir);
    await service.setup('root', ADMIN_PASS);
    await service.addUser('carol', 'clinician', CLIN_PASS);
    await service.lock();
    await service.unlock('carol', CLIN_PASS);
    const { noteId } = await service.saveNote('Knee pain after a fall.\nX-ray normal.', 'Knee contusion.', 'brief', null);
    await service.saveNote('Sore throat.', 'Pharyngitis.', 'brief', null);
    await service.lock();

    const asCarol = { readPassphrase: async () => CLIN_PASS };
    let c = capture();
    expect(await notesCmd(['list', '--vault', dir, '--user', 'carol'], { ...c.deps, ...asCarol })).toBe(0);
    expect(c.out.join('').trim().split('\n')).toHaveLength(2);
    c = capture();
    expect(await notesCmd(['list', '--vault', dir, '--user', 'carol', '--query', 'knee'], { ...c.deps, ...asCarol })).toBe(0);
    expect(c.out.join('')).toMatch(new RegExp(`^${noteId}\\t.*\\tv1\\tunsigned\\tKnee pain after a fall\\.\\n$`));
    c = capture();
    expect(await notesCmd(['show', noteId, '--vault', dir, '--user', 'carol'], { ...c.deps, ...asCarol })).toBe(0);
    expect(c.out.join('')).toContain('X-ray normal.');
    expect(c.out.join('')).toContain('--- Summary v1 (brief');

    c = capture();
    expect(await notesCmd(['show', noteId, '--vault', dir, '--user', 'root'], { ...c.deps, readPassphrase: async () => ADMIN_PASS })).toBe(1);
    expect(c.err).toEqual(['lockscribe: You do not have permission to do that.']);
    c = capture();
    expect(await notesCmd(['list', '--vault', dir, '--user', 'carol'], { ...c.deps, readPassphrase: async () => 'wrong passphrase here' })).toBe(1);
    expect(c.err).toEqual(['lockscribe: The user name or passphrase is not correct.']);
    c = capture();
    expect(await notesCmd(['show', '--vault', dir, '--user', 'carol'], { ...c.deps, ...asCarol })).toBe(2);
    expect(await notesCmd(['frobnicate', '--vault', dir, '--user', 'carol'], { ...c.deps, ...asCarol })).toBe(2);
  });

  it('backup and restore: an admin backs up; a later note is gone after restore; a new folder takes the backup', async () => {
    const live = path.join(dir, 'live');
    const { service } = makeService(live);
    await service.setup('root', ADMIN_PASS);
    await service.addUser('carol', 'clinician', CLIN_PASS);
    await service.lock();
    await service.unlock('carol', CLIN_PASS);
    await service.saveNote('Before the backup: ankle sprain.', 'Ankle sprain.', 'brief', null);
    await service.lock();

    const file = path.join(dir, 'nightly.lsvault');
    let c = capture();
    expect(await backupCmd(['--vault', live, '--user', 'carol', '--out', file], { ...c.deps, readPassphrase: async () => CLIN_PASS })).toBe(1);
    expect(c.err).toEqual(['lockscribe: You do not have permission to do that.']);
    c = capture();
    expect(await backupCmd(['--vault', live, '--user', 'root', '--out', file], { ...c.deps, readPassphrase: async () => ADMIN_PASS })).toBe(0);
    expect(c.out.join('')).toContain(file);

    await service.unlock('carol', CLIN_PASS);
    await service.saveNote('After the backup: wrist fracture.', 'Wrist fracture.', 'brief', null);
    await service.lock();

    c = capture();
    expect(await restoreCmd(['--vault', live, '--from', file], { ...c.deps, readPassphrase: async () => ADMIN_PASS })).toBe(2);
    c = capture();
    expect([await restoreCmd(['--vault', live, '--from', file, '--user', 'root'], { ...c.deps, readPassphrase: async () => ADMIN_PASS }), c.err]).toEqual([0, []]);
    const list = capture();
    expect(await notesCmd(['list', '--vault', live, '--user', 'carol'], { ...list.deps, readPassphrase: async () => CLIN_PASS })).toBe(0);
    expect(list.err).toEqual([]);
    expect(list.out.join('')).toContain('ankle sprain');
    expect(list.out.join('')).not.toContain('wrist');

    // A new computer: an empty folder takes the backup without signing in; the passphrases are the backup's.
    const fresh = path.join(dir, 'fresh');
    c = capture();
    expect([await restoreCmd(['--vault', fresh, '--from', file], { ...c.deps, readPassphrase: async () => 'unused' }), c.err]).toEqual([0, []]);
    const again = capture();
    expect([await notesCmd(['list', '--vault', fresh, '--user', 'carol'], { ...again.deps, readPassphrase: async () => CLIN_PASS }), again.err]).toEqual([0, []]);
    expect(again.out.join('')).toContain('ankle sprain');

    // Not a backup: a clean one-line error, the vault untouched.
    const junk = path.join(dir, 'junk.lsvault');
    await writeFile(junk, 'not a database at all');
    c = capture();
    expect(await restoreCmd(['--vault', live, '--from', junk, '--user', 'root'], { ...c.deps, readPassphrase: async () => ADMIN_PASS })).toBe(1);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/^lockscribe: /);
  });
});
