// The POSIX branch runs for real here; the Windows branch is checked by the exact argv it would run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { icaclsArgs, restrictDir, restrictFile, systemSeams, windowsAccount, type PermissionSeams } from './file-permissions';

const mode = async (p: string) => (await stat(p)).mode & 0o777;
const posix = process.platform !== 'win32';

describe.runIf(posix)('owner-only permissions on POSIX', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'ls-perm-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('creates a missing folder (and its parents) as 0700', async () => {
    const target = path.join(dir, 'a', 'b', 'vault');
    await restrictDir(target);
    expect(await mode(target)).toBe(0o700);
  });

  it('corrects an existing folder and file that others could read', async () => {
    const folder = path.join(dir, 'open');
    await mkdir(folder, { mode: 0o755 });
    await chmod(folder, 0o777);
    const file = path.join(folder, 'keyring.json');
    await writeFile(file, '{}');
    await chmod(file, 0o644);
    await restrictDir(folder);
    await restrictFile(file);
    expect([await mode(folder), await mode(file)]).toEqual([0o700, 0o600]);
  });

  it('fails with a safe message, not the path, when the file is missing', async () => {
    const missing = path.join(dir, 'patient-smith.txt');
    const error = await restrictFile(missing).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'IO_ERROR', message: 'The file could not be made private to this user.' });
    expect(String((error as Error).message)).not.toContain('smith');
  });
});

describe('owner-only permissions on Windows (icacls, no shell)', () => {
  function windows(fail = false) {
    const runs: { file: string; args: readonly string[] }[] = [];
    const chmods: string[] = [];
    const seams: PermissionSeams = {
      platform: 'win32',
      run: async (file, args) => {
        runs.push({ file, args });
        if (fail) throw new Error('icacls: Access is denied.');
      },
      chmod: async (p) => void chmods.push(p),
      mkdir: async () => undefined,
      account: () => 'CLINIC\\jdoe',
    };
    return { runs, chmods, seams };
  }

  it('grants the folder to the current account alone, inherited by what is created inside', async () => {
    const w = windows();
    await restrictDir('C:\\Users\\jdoe\\AppData\\Roaming\\Lockscribe\\vault', w.seams);
    expect(w.runs).toEqual([
      { file: 'icacls', args: ['C:\\Users\\jdoe\\AppData\\Roaming\\Lockscribe\\vault', '/inheritance:r', '/grant:r', 'CLINIC\\jdoe:(OI)(CI)F'] },
    ]);
    expect(w.chmods).toEqual([]);
  });

  it('grants a file without the inheritance flags', async () => {
    const w = windows();
    await restrictFile('C:\\data\\vault.keyring.json', w.seams);
    expect(w.runs[0]!.args).toEqual(['C:\\data\\vault.keyring.json', '/inheritance:r', '/grant:r', 'CLINIC\\jdoe:F']);
  });

  it('keeps a path with spaces as one argument (no shell quoting involved)', () => {
    expect(icaclsArgs('C:\\Program Data\\Lock scribe', 'dir', 'jdoe')[0]).toBe('C:\\Program Data\\Lock scribe');
  });

  it('reports a failed icacls as one safe failure', async () => {
    const w = windows(true);
    await expect(restrictDir('C:\\x', w.seams)).rejects.toMatchObject({ code: 'IO_ERROR', message: 'The folder could not be made private to this user.' });
  });

  it('names the account as DOMAIN\\user when the domain is known', () => {
    expect(windowsAccount({ USERNAME: 'jdoe', USERDOMAIN: 'CLINIC' }, 'fallback')).toBe('CLINIC\\jdoe');
    expect(windowsAccount({ USERNAME: 'jdoe' }, 'fallback')).toBe('jdoe');
    expect(windowsAccount({}, 'fallback')).toBe('fallback');
  });

  it('uses the real platform by default', () => {
    expect(systemSeams.platform).toBe(process.platform);
  });
});
