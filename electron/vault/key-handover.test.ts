// A passphrase change that stops part-way keeps the account whole: stopped after the notes store was
// re-keyed and before the keyring and directory were saved, the next sign-in with the new passphrase
// takes up the pending keyring, reads the notes, and escrows the notes key afresh for emergency access.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFile, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { vaultPaths } from './vault-paths';
import { pendingKeyringPath } from './dir-rotation';
import { ADMIN_PASS, CLIN_PASS, makeService, tempDir } from './vault-test-support';

const NEW_PASS = 'lilac ferry summit ninety';
let t: { dir: string; cleanup: () => Promise<void> } | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

/** The directory's files (the database and any WAL beside it), copied to or from `to`. */
async function copyDirectory(from: string, to: string): Promise<void> {
  const base = path.basename(from);
  for (const f of await readdir(path.dirname(from))) {
    if (f.startsWith(base)) await copyFile(path.join(path.dirname(from), f), path.join(to, f));
  }
}

describe('a passphrase change that stops part-way', () => {
  it('is taken up at the next sign-in with the new passphrase, and emergency access still opens the notes', async () => {
    t = await tempDir('lockscribe-handover-');
    const p = vaultPaths(t.dir);
    const h = makeService(t.dir);
    const { recoveryCode } = await h.service.setup('root', ADMIN_PASS);
    await h.service.addUser('carol', 'clinician', CLIN_PASS);
    await h.service.lock();
    await h.service.unlock('carol', CLIN_PASS);
    await h.service.saveNote('Cough for three days, no fever.', 'Cough, afebrile.', 'brief', null);
    await h.service.lock();
    // The directory and keyring as they were before the change.
    const before = await tempDir('lockscribe-handover-before-');
    await copyDirectory(p.db, before.dir);
    await copyFile(p.keyring, path.join(before.dir, 'keyring.json'));

    await h.service.unlock('carol', CLIN_PASS);
    await h.service.changePassphrase(CLIN_PASS, NEW_PASS);
    await h.service.lock();
    // Now as if it had stopped after the re-key: the new keyring only pending, the old one and the old
    // directory in place, the notes store already under its new key.
    await rename(p.keyring, pendingKeyringPath(t.dir));
    await copyFile(path.join(before.dir, 'keyring.json'), p.keyring);
    await copyDirectory(path.join(before.dir, path.basename(p.db)), path.dirname(p.db));
    await before.cleanup();

    const again = makeService(t.dir);
    expect((await again.service.unlock('carol', NEW_PASS)).user?.name).toBe('carol');
    expect((await again.service.listNotes()).map((n) => n.title)).toEqual([expect.stringContaining('Cough')]);
    await again.service.lock();
    expect((await again.service.unlock('carol', NEW_PASS)).user?.name).toBe('carol');
    await again.service.lock();
    await again.service.unlock('root', ADMIN_PASS);
    await again.service.breakGlass(recoveryCode, 'checking escrow after a stopped change');
    expect((await again.service.listNotes()).some((n) => n.title.includes('Cough'))).toBe(true);
    await again.service.lock();
  });
});
