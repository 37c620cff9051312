// Builds every part of the app: esbuild for the Node side (main, preload, model host, CLI, bench),
// Vite for the renderer. Type checking is `npm run lint`; this stays fast.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = (p) => path.join(root, 'dist', p);
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
  absWorkingDir: root,
  // ESM output still needs require() for CommonJS-only packages.
  banner: { js: "import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);" },
  format: 'esm',
};

await mkdir(out(''), { recursive: true });
const jobs = [];

if (want('node')) {
  jobs.push(
    esbuild({ ...nodeCommon, entryPoints: { main: 'electron/main.ts' }, outdir: out('electron'), outExtension: { '.js': '.mjs' } }),
    esbuild({ ...nodeCommon, entryPoints: { 'model-host': 'electron/model-host/host-process.ts' }, outdir: out('electron'), outExtension: { '.js': '.mjs' } }),
    esbuild({ ...nodeCommon, entryPoints: { 'vault-worker': 'electron/vault/vault-worker.ts' }, outdir: out('electron'), outExtension: { '.js': '.mjs' } }),
    esbuild({
      ...nodeCommon,
      entryPoints: { lockscribe: 'electron/cli/lockscribe.ts' },
      outdir: out('cli'),
      outExtension: { '.js': '.mjs' },
      banner: { js: `#!/usr/bin/env node\n${nodeCommon.banner.js}` },
    }).then(() => chmod(out('cli/lockscribe.mjs'), 0o755)),
    esbuild({ ...nodeCommon, entryPoints: { 'make-test-model': 'electron/cli/make-test-model.ts' }, outdir: out('cli'), outExtension: { '.js': '.mjs' } }),
    esbuild({ ...nodeCommon, entryPoints: { eval: 'electron/eval/eval-main.ts' }, outdir: out('cli'), outExtension: { '.js': '.mjs' } }),
    // A sandboxed preload must be a single CommonJS file that requires nothing but 'electron'.
    esbuild({
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['electron'],
      entryPoints: { preload: 'electron/preload.ts' },
      outdir: out('electron'),
      outExtension: { '.js': '.cjs' },
      logLevel: 'warning',
      absWorkingDir: root,
    }),
    // The e2e bridge plays the preload's part in a plain browser page.
    esbuild({ bundle: true, platform: 'browser', format: 'iife', entryPoints: { bridge: 'e2e/bridge.ts' }, outdir: out('e2e'), logLevel: 'warning', absWorkingDir: root }),
  );
  if (want('bench') || only.length === 0) {
    jobs.push(esbuild({ ...nodeCommon, entryPoints: { bench: 'bench/bench.ts' }, outdir: out('bench'), outExtension: { '.js': '.mjs' } }));
  }
}

if (want('eval')) {
  jobs.push(esbuild({ ...nodeCommon, entryPoints: { 'eval-deid': 'electron/deid/eval/eval-deid.ts' }, outdir: out('eval'), outExtension: { '.js': '.mjs' } }));
}

if (want('renderer')) {
  await rm(out('renderer'), { recursive: true, force: true });
  jobs.push(
    viteBuild({
      configFile: path.join(root, 'renderer/vite.config.ts'),
      logLevel: 'warn',
    }),
  );
}

await Promise.all(jobs);
console.log('build: ok');
