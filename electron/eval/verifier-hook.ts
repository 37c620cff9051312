// Where the harness gets the verifier. The verifier (electron/verifier/verify-summary.ts) is built on
// another branch; once merged, the lead replaces the body below with:
//   const { verifySummary } = await import('../verifier/verify-summary'); return verifySummary;
// Until then `--verifier FILE` loads any ES module that exports verifySummary with the same signature.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { UsageError } from '../cli/cli-command';
import type { VerifyFn } from './run-eval';

export function loadBuiltInVerifier(): Promise<VerifyFn | null> {
  return Promise.resolve(null);
}

export async function loadVerifierModule(file: string): Promise<VerifyFn> {
  const mod = (await import(pathToFileURL(path.resolve(file)).href)) as { verifySummary?: unknown };
  if (typeof mod.verifySummary !== 'function') throw new UsageError('the --verifier module does not export verifySummary');
  return mod.verifySummary as VerifyFn;
}
