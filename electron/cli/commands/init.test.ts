// Where `lockscribe init` shows the recovery code: the terminal, never a redirected standard output
// unless asked, and nothing created when there is no terminal to show it on.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run as init, type Terminal } from './init';
import { buildCliBundle } from '../../model-host/test-bundles';
import { ADMIN_PASS, TEST_KDF, tempDir } from '../../vault/vault-test-support';

const CODE = /[0-9A-Z]{5}(?:-[0-9A-Z]{5}){5}/;

function capture(terminal: Terminal | null, stdoutIsTerminal = false) {
  const out: string[] = [];
  const err: string[] = [];
  const deps = {
    out: (t: string) => void out.push(t),
    err: (l: string) => void err.push(l),
    kdf: TEST_KDF,
    readPassphrase: async () => ADMIN_PASS,
    stdoutIsTerminal,
    openTerminal: () => terminal,
  };
  return { out, err, deps };
}

function fakeTerminal() {
  const shown: string[] = [];
  let closed = false;
  return { shown, closed: () => closed, terminal: { write: (t: string) => void shown.push(t), close: () => void (closed = true) } };
}

describe('init recovery code', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('lockscribe-init-')));
  afterEach(async () => cleanup());

  it('goes to the terminal when standard output is redirected', async () => {
    const t = fakeTerminal();
    const c = capture(t.terminal);
    expect(await init(['--vault', path.join(dir, 'v')], c.deps)).toBe(0);
    expect(t.shown.join('')).toMatch(CODE);
    expect(c.out.join('')).not.toMatch(CODE);
    expect(c.out.join('')).toContain('shown on the terminal');
    expect(t.closed()).toBe(true);
  });

  it('goes to standard output when that is the terminal, or when asked', async () => {
    const a = capture(null, true);
    expect(await init(['--vault', path.join(dir, 'a')], a.deps)).toBe(0);
    expect(a.out.join('')).toMatch(CODE);
    const t = fakeTerminal();
    const b = capture(t.terminal);
    expect(await init(['--vault', path.join(dir, 'b'), '--print-recovery-code'], b.deps)).toBe(0);
    expect(b.out.join('')).toMatch(CODE);
    expect(t.shown).toEqual([]);
  });

  it('creates nothing when there is no terminal and no flag', async () => {
    const c = capture(null);
    const vault = path.join(dir, 'none');
    expect(await init(['--vault', vault], c.deps)).toBe(1);
    expect(c.err).toEqual(['lockscribe: No terminal to show the recovery code on: run init at a terminal, or give --print-recovery-code to print it on standard output.']);
    expect(existsSync(vault)).toBe(false);
  });
});

const hasTools = process.platform === 'linux' && spawnSync('sh', ['-c', 'command -v setsid && command -v script']).status === 0;
if (!hasTools) console.log('init.test: skipped the built-CLI runs (needs Linux with setsid and script)');

describe.runIf(hasTools)('the built CLI', () => {
  let cli: string;
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => void (cli = await buildCliBundle()));
  beforeEach(async () => ({ dir, cleanup } = await tempDir('lockscribe-init-cli-')));
  afterEach(async () => cleanup());

  it('refuses without a controlling terminal and writes no vault', () => {
    const pass = path.join(dir, 'pass');
    writeFileSync(pass, ADMIN_PASS);
    const vault = path.join(dir, 'v');
    const r = spawnSync('setsid', ['-w', process.execPath, cli, 'init', '--vault', vault, '--passphrase-file', pass], { encoding: 'utf8', env: { ...process.env, LOCKSCRIBE_LOG: '' } });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lockscribe: No terminal to show the recovery code on/)]);
    expect(existsSync(vault)).toBe(false);
  });

  it('shows the code on the terminal and keeps it out of a redirected stdout', () => {
    const pass = path.join(dir, 'pass');
    const outFile = path.join(dir, 'stdout.txt');
    writeFileSync(pass, ADMIN_PASS);
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = `${q(process.execPath)} ${q(cli)} init --vault ${q(path.join(dir, 'v'))} --passphrase-file ${q(pass)} > ${q(outFile)}`;
    // script(1) gives the command a real pseudo-terminal; what it shows there comes back on our stdout.
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, LOCKSCRIBE_LOG: '' }, timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(CODE);
    const redirected = readFileSync(outFile, 'utf8');
    expect(redirected).toContain('Vault created');
    expect(redirected).not.toMatch(CODE);
  });
});
