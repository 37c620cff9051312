// What `npm start` and the installers load must be what the build writes: package.json's entry
// points, the preload and model host main.ts names, and the electron-builder file list.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  build: {
    files: string[];
    asarUnpack: string[];
    electronFuses: Record<string, boolean>;
    win?: { target: ({ target: string; arch?: string[] } | string)[] };
    nsis?: Record<string, boolean>;
  };
};
const built = (rel: string) => existsSync(path.join(root, rel));

describe('packaging', () => {
  it('points main and bin at files the build writes (run after `npm run build`)', () => {
    expect(built(pkg.main), pkg.main).toBe(true);
    for (const bin of Object.values(pkg.bin)) expect(built(bin), bin).toBe(true);
    // main.ts loads these by name from its own folder.
    const mainDir = path.dirname(pkg.main);
    for (const f of ['preload.cjs', 'model-host.mjs', 'vault-worker.mjs']) expect(built(path.join(mainDir, f)), f).toBe(true);
    expect(built('dist/renderer/index.html')).toBe(true);
  });

  it('ships the built app only, with native code unpacked and Electron hardened', () => {
    const files = pkg.build.files.filter((f) => !f.startsWith('!'));
    const covered = (rel: string) => files.some((f) => f === rel || (f.endsWith('/**') && rel.startsWith(f.slice(0, -2))));
    for (const rel of [pkg.main, 'dist/electron/preload.cjs', 'dist/electron/model-host.mjs', 'dist/renderer/index.html']) expect(covered(rel), rel).toBe(true);
    // Sources, tests, the bench model and patient-free fixtures stay out of the installer.
    for (const rel of ['electron/main.ts', 'e2e/harness.ts', 'dist/test', 'models/generated']) expect(covered(rel), rel).toBe(false);
    expect(pkg.build.asarUnpack).toEqual(expect.arrayContaining(['node_modules/@node-llama-cpp/**']));
    // The installed binary cannot be turned into a plain Node runtime or opened for a debugger.
    expect(pkg.build.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
    // Pages come from app://, so file:// pages get no more than a browser would give them.
    expect(pkg.build.electronFuses).toMatchObject({ grantFileProtocolExtraPrivileges: false });
  });

  it('offers a per-user NSIS installer on Windows that keeps the vault on uninstall', () => {
    const targets = (pkg.build.win?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
    expect(targets).toContain('nsis');
    expect(pkg.build.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false });
  });

  it('unpacks every native driver from the asar and serves no page with file:// privileges', () => {
    const unpacked = pkg.build.asarUnpack;
    // A .node file inside the asar cannot be loaded: each native dependency must match a pattern.
    for (const native of ['node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node', 'node_modules/@journeyapps/sqlcipher/lib/binding/napi-v6-win32-unknown-x64/node_sqlite3.node']) {
      expect(
        unpacked.some((glob) => path.matchesGlob(native, glob)),
        native,
      ).toBe(true);
    }
    expect(pkg.build.electronFuses).toMatchObject({ grantFileProtocolExtraPrivileges: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('npm start builds the Electron-ABI driver before launching', () => {
    expect(pkg.scripts.start).toMatch(/npm run build && node build\/electron-native\.mjs && electron \./);
    expect(built('build/electron-native.mjs')).toBe(true);
  });
});
