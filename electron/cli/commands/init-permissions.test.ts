// `lockscribe init` makes a folder it owns private, and makes an existing folder private too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run as init } from './init';
import { ADMIN_PASS, TEST_KDF, tempDir } from '../../vault/vault-test-support';

const mode = async (p: string) => (await stat(p)).mode & 0o777;
const deps = { out: () => undefined, err: () => undefined, kdf: TEST_KDF, readPassphrase: async () => ADMIN_PASS };
const printed = (argv: string[]) => [...argv, '--print-recovery-code'];

describe.runIf(process.platform !== 'win32')('init folder permissions', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir('lockscribe-init-perm-')));
  afterEach(async () => cleanup());

  it('creates a new vault folder, and corrects an empty existing one, as owner-only', async () => {
    const fresh = path.join(dir, 'nested', 'vault');
    expect(await init(printed(['--vault', fresh]), deps)).toBe(0);
    expect(await mode(fresh)).toBe(0o700);
    const empty = path.join(dir, 'empty');
    await mkdir(empty);
    await chmod(empty, 0o775);
    expect(await init(printed(['--vault', empty]), deps)).toBe(0);
    expect(await mode(empty)).toBe(0o700);
  });

  it('makes a folder that already existed, with other files in it, owner-only too', async () => {
    const shared = path.join(dir, 'shared');
    await mkdir(shared);
    await writeFile(path.join(shared, 'readme.txt'), 'other files');
    await chmod(shared, 0o755);
    expect(await init(printed(['--vault', shared]), deps)).toBe(0);
    expect(await mode(shared)).toBe(0o700);
  });
});
