// `lockscribe users` against real vaults: through run() with the cheap test KDF, and once through
// the built CLI as a real process (the registry, --help, pipes, files, exit codes).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { buildCliBundle } from '../../model-host/test-bundles';
import { run as users, parseRequest, type UsersDeps } from './users';
import { ADMIN_PASS, AUDITOR_PASS, CLIN_PASS, TEST_KDF, makeService, readAudit, tempDir } from '../../vault/vault-test-support';

const NEW_PASS = 'orange kettle whistles loudly';

function capture(passphrases: Record<string, string> = {}, terminal = true) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: { file: string | undefined; label: string | undefined; confirm: boolean }[] = [];
  const deps: Partial<UsersDeps> = {
    out: (t) => void out.push(t),
    err: (l) => void err.push(l),
    kdf: TEST_KDF,
    stdinIsTerminal: () => terminal,
    // Stands in for the terminal: the first question is the administrator's, later ones by label.
    readPassphrase: async (file, options = {}) => {
      asked.push({ file, label: options.label, confirm: options.confirm === true });
      const key = options.label ?? 'admin';
      const value = passphrases[key];
      if (value === undefined) throw new Error(`unexpected passphrase question: ${key}`);
      return value;
    },
  };
  return { out, err, asked, deps, text: () => out.join('') };
}

const admin = { admin: ADMIN_PASS };

describe('lockscribe users', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('lockscribe-users-'));
    const { service } = makeService(dir);
    await service.setup('root', ADMIN_PASS);
    await service.addUser('carol', 'clinician', CLIN_PASS);
    await service.addUser('audrey', 'auditor', AUDITOR_PASS);
    await service.lock();
  });
  afterEach(async () => cleanup());

  const vaultArgs = () => ['--vault', dir, '--user', 'root'];

  it('lists users as a table and as JSON', async () => {
    let c = capture(admin);
    expect(await users(['list', ...vaultArgs()], c.deps)).toBe(0);
    const lines = c.text().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+ROLE\s+STATUS\s+CREATED\s+PASSPHRASE$/);
    // The administrator chose carol's and audrey's; root chose their own at setup.
    expect(lines.find((l) => l.startsWith('root'))).toMatch(/\sown$/);
    expect(lines.find((l) => l.startsWith('carol'))).toMatch(/set by an administrator$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 3))).toEqual(
      expect.arrayContaining([
        ['root', 'admin', 'enabled'],
        ['carol', 'clinician', 'enabled'],
        ['audrey', 'auditor', 'enabled'],
      ]),
    );
    expect(lines).toHaveLength(4);
    c = capture(admin);
    expect(await users(['list', '--json', ...vaultArgs()], c.deps)).toBe(0);
    const parsed = JSON.parse(c.text()) as { name: string; role: string; disabled: boolean; createdAt: string; id: string; passphraseSetByAdmin: boolean }[];
    expect(parsed.map((u) => u.name).sort()).toEqual(['audrey', 'carol', 'root']);
    expect(Object.fromEntries(parsed.map((u) => [u.name, u.passphraseSetByAdmin]))).toEqual({ root: false, carol: true, audrey: true });
    for (const u of parsed) {
      expect(u.disabled).toBe(false);
      expect(Number.isNaN(Date.parse(u.createdAt))).toBe(false);
      expect(u.id).toMatch(/^u/);
    }
  });

  it('adds a user who can then sign in, asking for the new passphrase twice after the admin signs in', async () => {
    const c = capture({ ...admin, 'New passphrase for dave': NEW_PASS });
    expect(await users(['add', 'dave', '--role', 'clinician', ...vaultArgs()], c.deps)).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.text()).toBe('Added clinician "dave".\n');
    expect(c.asked).toEqual([
      { file: undefined, label: undefined, confirm: false },
      { file: undefined, label: 'New passphrase for dave', confirm: true },
    ]);
    const { service } = makeService(dir);
    expect((await service.unlock('dave', NEW_PASS)).user).toMatchObject({ name: 'dave', role: 'clinician' });
    await service.lock();
    const daveId = (await service.unlock('root', ADMIN_PASS).then(() => service.listUsers())).find((u) => u.name === 'dave')!.id;
    await service.lock();
    const entries = await readAudit(dir, 'root', ADMIN_PASS);
    expect(entries.filter((e) => e.action === 'user.create' && e.recordRef === `user:${daveId}`).map((e) => e.outcome)).toEqual(['success']);
  });

  it('reads the new passphrase from --new-passphrase-file and applies the passphrase policy with its message', async () => {
    const file = path.join(dir, 'new.txt');
    let c = capture({ ...admin, 'New passphrase for erin': 'password12345' });
    expect(await users(['add', 'erin', '--role', 'auditor', '--new-passphrase-file', file, ...vaultArgs()], c.deps)).toBe(1);
    expect(c.asked[1]!.file).toBe(file);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/^lockscribe: The passphrase is too easy to guess/);
    expect(c.err[0]).not.toContain('password12345');
    c = capture({ ...admin, 'New passphrase for erin': 'erin erin erin erin' });
    expect(await users(['add', 'erin', '--role', 'auditor', ...vaultArgs()], c.deps)).toBe(1);
    expect(c.err[0]).toMatch(/^lockscribe: /);
    c = capture(admin);
    expect(await users(['list', ...vaultArgs()], c.deps)).toBe(0);
    expect(c.text()).not.toContain('erin');
  });

  it('refuses a name that exists before asking for a passphrase, and a pipe asked for two passphrases', async () => {
    let c = capture(admin);
    expect(await users(['add', 'carol', '--role', 'admin', ...vaultArgs()], c.deps)).toBe(1);
    expect(c.err).toEqual(['lockscribe: A user with that name already exists.']);
    expect(c.asked).toHaveLength(1);
    c = capture(admin, false);
    expect(await users(['add', 'frank', '--role', 'clinician', ...vaultArgs()], c.deps)).toBe(2);
    expect(c.err[0]).toMatch(/^lockscribe: standard input can carry one passphrase only/);
    expect(c.asked).toHaveLength(0);
    // With the admin's passphrase from a file, the pipe may carry the new one.
    c = capture({ ...admin, 'New passphrase for frank': NEW_PASS }, false);
    expect(await users(['add', 'frank', '--role', 'clinician', ...vaultArgs(), '--passphrase-file', path.join(dir, 'p')], c.deps)).toBe(0);
  });

  it('disables and enables by name: a disabled user cannot sign in; each change is audited once', async () => {
    let c = capture(admin);
    expect(await users(['disable', 'carol', ...vaultArgs()], c.deps)).toBe(0);
    expect(c.text()).toBe('"carol" is now disabled.\n');
    const { service } = makeService(dir);
    await expect(service.unlock('carol', CLIN_PASS)).rejects.toMatchObject({ code: 'USER_DISABLED' });
    c = capture(admin);
    expect(await users(['disable', 'carol', ...vaultArgs()], c.deps)).toBe(0);
    expect(c.text()).toBe('"carol" was already disabled.\n');
    c = capture(admin);
    expect(await users(['list', '--json', ...vaultArgs()], c.deps)).toBe(0);
    expect((JSON.parse(c.text()) as { name: string; disabled: boolean }[]).find((u) => u.name === 'carol')!.disabled).toBe(true);
    c = capture(admin);
    expect(await users(['enable', 'carol', ...vaultArgs()], c.deps)).toBe(0);
    expect(c.text()).toBe('"carol" is now enabled.\n');
    expect((await service.unlock('carol', CLIN_PASS)).user?.name).toBe('carol');
    await service.lock();
    const actions = (await readAudit(dir, 'root', ADMIN_PASS)).map((e) => e.action);
    expect(actions.filter((a) => a === 'user.disable')).toHaveLength(1);
    expect(actions.filter((a) => a === 'user.enable')).toHaveLength(1);
  });

  it('changes roles, keeps one administrator, and refuses non-administrators', async () => {
    let c = capture(admin);
    expect(await users(['role', 'audrey', 'admin', ...vaultArgs()], c.deps)).toBe(0);
    expect(c.text()).toBe('"audrey" is now admin.\n');
    // audrey, now an administrator, demotes root; then root cannot administer.
    c = capture({ admin: AUDITOR_PASS });
    expect(await users(['role', 'root', 'clinician', '--vault', dir, '--user', 'audrey'], c.deps)).toBe(0);
    c = capture(admin);
    expect(await users(['list', ...vaultArgs()], c.deps)).toBe(1);
    expect(c.err).toEqual(['lockscribe: You do not have permission to do that.']);
    // The last enabled administrator stays one.
    c = capture({ admin: AUDITOR_PASS });
    expect(await users(['role', 'audrey', 'auditor', '--vault', dir, '--user', 'audrey'], c.deps)).toBe(1);
    expect(c.err).toEqual(['lockscribe: At least one administrator must stay enabled.']);
    c = capture({ admin: CLIN_PASS });
    expect(await users(['disable', 'root', '--vault', dir, '--user', 'carol'], c.deps)).toBe(1);
    expect(c.err).toEqual(['lockscribe: You do not have permission to do that.']);
    const changes = (await readAudit(dir, 'audrey', AUDITOR_PASS)).filter((e) => e.action === 'user.role-change');
    expect(changes.map((e) => e.outcome)).toEqual(['success', 'success']);
  });

  it('reports unknown users, wrong passphrases and usage errors on one line with the right exit code', async () => {
    let c = capture(admin);
    expect(await users(['enable', 'nobody', ...vaultArgs()], c.deps)).toBe(1);
    expect(c.err).toEqual(['lockscribe: There is no user with that name.']);
    c = capture({ admin: 'not the right passphrase' });
    expect(await users(['list', ...vaultArgs()], c.deps)).toBe(1);
    expect(c.err).toEqual(['lockscribe: The user name or passphrase is not correct.']);
    c = capture(admin);
    expect(await users(['list', '--vault', path.join(dir, 'missing'), '--user', 'root'], c.deps)).toBe(1);
    expect(c.err).toEqual(['lockscribe: No vault was found.']);
    for (const argv of [
      [],
      ['frobnicate'],
      ['add', 'x'],
      ['add', 'x', '--role', 'surgeon'],
      ['add', 'bad name', '--role', 'admin'],
      ['role', 'carol'],
      ['role', 'carol', 'boss'],
      ['disable'],
      ['disable', 'carol', 'extra'],
      ['list', '--role', 'admin'],
      ['enable', 'carol', '--json'],
      ['list', '--bogus'],
    ]) {
      c = capture(admin);
      expect(await users([...argv, ...vaultArgs()], c.deps), argv.join(' ')).toBe(2);
      expect(c.err[0], argv.join(' ')).toMatch(/^lockscribe: [^\n]+\nusage: lockscribe users/);
      expect(c.asked, argv.join(' ')).toHaveLength(0);
    }
    c = capture(admin);
    expect(await users(['list', '--vault', dir], c.deps)).toBe(2);
  });

  it('parses requests into checked values', () => {
    expect(parseRequest(['role', 'carol', 'auditor'], {})).toEqual({ sub: 'role', name: 'carol', role: 'auditor' });
    expect(parseRequest(['add', 'n.o-r_m'], { role: 'admin', 'new-passphrase-file': 'f' })).toEqual({
      sub: 'add',
      name: 'n.o-r_m',
      role: 'admin',
      newPassphraseFile: 'f',
    });
    expect(parseRequest(['list'], { json: true })).toEqual({ sub: 'list', json: true });
    expect(() => parseRequest(['add', 'x'.repeat(65)], { role: 'admin' })).toThrow(/user name/);
  });

  it('runs as a real process: registered, passphrases from a pipe or files, one line on error', async () => {
    const cli = await buildCliBundle();
    const exec = (args: string[], input = '') => {
      const r = spawnSync(process.execPath, [cli, 'users', ...args], { input, env: { ...process.env, LOCKSCRIBE_LOG: '' }, encoding: 'utf8', timeout: 60_000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const top = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(top.stdout).toMatch(/\n {2}users {7}/);
    expect(exec(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage: lockscribe users list/) as unknown });

    let r = exec(['list', '--json', ...vaultArgs()], `${ADMIN_PASS}\n`);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { name: string }[]).map((u) => u.name).sort()).toEqual(['audrey', 'carol', 'root']);

    r = exec(['add', 'dave', '--role', 'clinician', ...vaultArgs()], `${ADMIN_PASS}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^lockscribe: standard input can carry one passphrase only/);

    const adminFile = path.join(dir, 'admin-pass.txt');
    const newFile = path.join(dir, 'dave-pass.txt');
    await writeFile(adminFile, `${ADMIN_PASS}\n`, { mode: 0o600 });
    await writeFile(newFile, `${NEW_PASS}\n`, { mode: 0o600 });
    r = exec(['add', 'dave', '--role', 'clinician', ...vaultArgs(), '--passphrase-file', adminFile, '--new-passphrase-file', newFile]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'Added clinician "dave".\n', '']);
    const { service } = makeService(dir);
    expect((await service.unlock('dave', NEW_PASS)).user?.role).toBe('clinician');
    await service.lock();

    r = exec(['disable', 'nobody', ...vaultArgs(), '--passphrase-file', adminFile]);
    expect([r.code, r.stderr]).toEqual([1, 'lockscribe: There is no user with that name.\n']);
    r = exec(['promote', 'carol', ...vaultArgs(), '--passphrase-file', adminFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lockscribe: give a subcommand/);
  });
});
