// Where the harness gets the verifier: the built-in one (electron/verifier), or with `--verifier FILE`
// any ES module that exports verifySummary with the same signature (to compare verifiers).
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { UsageError } from '../cli/cli-command';
import type { VerifyFn } from './run-eval';

export async function loadBuiltInVerifier(): Promise<VerifyFn | null> {
  const { verifySummary } = await import('../verifier/verify-summary');
  return verifySummary;
}

export async function loadVerifierModule(file: string): Promise<VerifyFn> {
  const mod = (await import(pathToFileURL(path.resolve(file)).href)) as { verifySummary?: unknown };
  if (typeof mod.verifySummary !== 'function') throw new UsageError('the --verifier module does not export verifySummary');
  return mod.verifySummary as VerifyFn;
}
