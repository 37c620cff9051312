// A child process for the crash and full-disk tests (bundled by vault-crash.test.ts): it unlocks a
// vault and saves notes in a loop, printing "ack <noteId>" only after each save has returned.
//   node crash-child.mjs DIR USER PASSPHRASE loop|fill
import { multipleCiphersDriver } from '../db/multiple-ciphers-driver';
import { systemClock } from '../base/clock';
import { openAuditLog } from '../audit/audit-log';
import { isAppFailure } from '../base/app-failure';
import { setLogSink } from '../base/safe-log';
import { VaultService } from './vault-service';
import { TEST_KDF } from './vault-test-support';

async function main(): Promise<void> {
  const [dir, user, passphrase, mode] = process.argv.slice(2);
  if (!dir || !user || !passphrase || (mode !== 'loop' && mode !== 'fill')) throw new Error('usage: DIR USER PASSPHRASE loop|fill');
  setLogSink(null);
  const vault = new VaultService({ dir, driver: multipleCiphersDriver, clock: systemClock, openAudit: openAuditLog, kdf: TEST_KDF });
  await vault.unlock(user, passphrase);
  process.stdout.write('ready\n');
  // 'fill' writes big notes to reach the file-size limit quickly; 'loop' small ones, many commits.
  const body = mode === 'fill' ? 'x'.repeat(40_000) : 'Patient seen today.';
  for (let i = 0; ; i++) {
    try {
      // The run's pid keeps texts distinct across runs (the same text again would be a new version, not a new note).
      const { noteId } = await vault.saveNote(`${body} run ${process.pid} #${i}`, `Summary ${i}`, 'brief', null);
      process.stdout.write(`ack ${noteId}\n`);
    } catch (e) {
      process.stdout.write(`fail ${isAppFailure(e) ? e.code : 'UNEXPECTED'}\n`);
      await vault.lock().catch(() => undefined);
      process.stdout.write('done\n');
      return;
    }
  }
}

main().catch((e: unknown) => {
  process.stdout.write(`fail ${isAppFailure(e) ? e.code : 'UNEXPECTED'}\n`);
  process.exitCode = 1;
});
