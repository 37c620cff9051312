// A harness over a fresh temporary folder: the vault in vault/, the given model files copied into
// models/ (as a hospital places them), everything removed on close.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchHarness, type Harness, type HarnessOptions } from './harness';
import { TEST_KDF } from '../electron/vault/vault-test-support';

export interface TempHarness {
  readonly h: Harness;
  readonly dir: string;
  readonly modelsDir: string;
  close(): Promise<void>;
}

export async function launchInTempDir(prefix: string, models: readonly string[] = [], options: Partial<HarnessOptions> = {}): Promise<TempHarness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `lockscribe-${prefix}-`));
  const modelsDir = path.join(dir, 'models');
  mkdirSync(modelsDir);
  for (const file of models) copyFileSync(file, path.join(modelsDir, path.basename(file)));
  const h = await launchHarness({ dataDir: path.join(dir, 'vault'), modelsDir, kdf: TEST_KDF, ...options });
  return {
    h,
    dir,
    modelsDir,
    async close() {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
