// Crash safety with real processes: SIGKILL in the middle of writes, and a disk that fills up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { buildTestBundle } from '../model-host/test-bundles';
import { ADMIN_PASS, CLIN_PASS, makeService, readAudit, readNoteIds, tempDir } from './vault-test-support';
import { vaultPaths } from './vault-paths';

let childScript: string;

beforeAll(async () => {
  childScript = await buildTestBundle('electron/vault/crash-child.ts', 'vault-crash-child.mjs');
});

interface Run {
  readonly child: ChildProcess;
  readonly acks: string[];
  readonly lines: string[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(line: (l: string) => boolean): Promise<void>;
}

function run(cmd: string, args: string[]): Run {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOCKSCRIBE_LOG: '0' } });
  const acks: string[] = [];
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: () => void }[] = [];
  let buffer = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      if (line.startsWith('ack ')) acks.push(line.slice(4));
      for (const w of [...waiters]) if (w.test(line)) w.resolve();
    }
  });
  child.stderr!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    acks,
    lines,
    exited,
    waitFor: (test) =>
      new Promise<void>((resolve, reject) => {
        if (lines.some(test)) return resolve();
        waiters.push({ test, resolve });
        void exited.then(() => (lines.some(test) ? resolve() : reject(new Error(`child exited; output: ${lines.slice(-5).join(' | ')}`))));
      }),
  };
}

async function newVault(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const t = await tempDir('lockscribe-crash-');
  const { service } = makeService(t.dir);
  await service.setup('root', ADMIN_PASS);
  await service.addUser('carol', 'clinician', CLIN_PASS);
  await service.lock();
  return t;
}

/** Unlocks in this process (integrity checks run at unlock), then reads the id of every saved note. */
async function savedIds(dir: string): Promise<Set<string>> {
  const { service } = makeService(dir);
  await service.unlock('carol', CLIN_PASS);
  await service.lock();
  return readNoteIds(dir, 'carol', CLIN_PASS);
}

describe('crash safety', () => {
  let vault: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => (vault = await newVault()));
  afterAll(async () => vault.cleanup());

  it('keeps every acknowledged save through SIGKILL at random moments', async () => {
    let total = 0;
    const acked: string[] = [];
    for (let round = 0; round < 4; round++) {
      const r = run(process.execPath, [childScript, vault.dir, 'carol', CLIN_PASS, 'loop']);
      await r.waitFor((l) => l === 'ready');
      await new Promise((res) => setTimeout(res, 30 + Math.floor(Math.random() * 150)));
      r.child.kill('SIGKILL');
      const { signal } = await r.exited;
      expect(signal).toBe('SIGKILL');
      total += r.acks.length;
      acked.push(...r.acks);
      const ids = await savedIds(vault.dir);
      const missing = r.acks.filter((id) => !ids.has(id));
      expect({ round, missing }).toEqual({ round, missing: [] });
    }
    expect(total).toBeGreaterThan(0);
    // The audit chain survived the kills too.
    const entries = await readAudit(vault.dir, 'root', ADMIN_PASS);
    expect(entries.filter((e) => e.action === 'note.create').length).toBeGreaterThanOrEqual(total);
    // Each acknowledged save has its own entry (its directory commit did not wait for the disk).
    const created = new Set(entries.filter((e) => e.action === 'note.create').map((e) => e.recordRef));
    expect(acked.filter((id) => !created.has(`note:${id}`))).toEqual([]);
  });

  it('reports DISK_FULL when the vault cannot grow, and loses nothing saved before', async () => {
    const { db } = vaultPaths(vault.dir);
    const before = await savedIds(vault.dir);
    // RLIMIT_FSIZE (ulimit -f, in KiB) stops any file from growing past the limit: the WAL fills up.
    const limitKiB = Math.ceil((await stat(db)).size / 1024) + 400;
    const r = run('bash', ['-c', `ulimit -f ${limitKiB} && exec "$0" "$@"`, process.execPath, childScript, vault.dir, 'carol', CLIN_PASS, 'fill']);
    await r.waitFor((l) => l === 'done');
    const { code } = await r.exited;
    expect(code).toBe(0);
    expect(r.lines.filter((l) => l.startsWith("fail"))).toEqual(["fail DISK_FULL"]);
    expect(r.acks.length).toBeGreaterThan(0);
    const after = await savedIds(vault.dir);
    for (const id of [...before, ...r.acks]) expect(after.has(id)).toBe(true);
    // And the vault still takes writes once there is room.
    const { service } = makeService(vault.dir);
    await service.unlock('carol', CLIN_PASS);
    await service.saveNote('After the disk was freed.', 'Fine.', 'brief', null);
    await service.lock();
  });
});
