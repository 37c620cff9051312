// Test support: bundles the host process and the CLI the way build/build.mjs does, into
// dist/test/ (same layout as dist/, so the CLI finds ../electron/model-host.mjs). Tests run the
// code they are testing, never a stale build, and do not depend on the rest of the app building.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../gguf/repo-root';

const banner = "import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);";

async function bundle(entry: string, outFile: string, shebang = false): Promise<string> {
  const root = repoRoot();
  const out = path.join(root, 'dist', 'test', outFile);
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    format: 'esm',
    logLevel: 'warning',
    absWorkingDir: root,
    banner: { js: shebang ? `#!/usr/bin/env node\n${banner}` : banner },
    entryPoints: [path.join(root, entry)],
    outfile: out,
  });
  if (shebang) await chmod(out, 0o755);
  return out;
}

/** Any entry point, bundled into dist/test/<outFile> (vault worker, crash child, ...). */
export function buildTestBundle(entry: string, outFile: string): Promise<string> {
  return bundle(entry, outFile);
}

export function buildHostBundle(): Promise<string> {
  return bundle('electron/model-host/host-process.ts', 'electron/model-host.mjs');
}

/** The benchmarks and the host they fork; returns the bench path. */
export async function buildBenchBundle(): Promise<string> {
  await buildHostBundle();
  return bundle('bench/bench.ts', 'bench/bench.mjs');
}

/** The CLI and the host it forks; returns the CLI path. */
export async function buildCliBundle(): Promise<string> {
  await buildHostBundle();
  return bundle('electron/cli/lockscribe.ts', 'cli/lockscribe.mjs', true);
}
