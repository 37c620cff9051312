// Which compiled SQLCipher driver (better-sqlite3-multiple-ciphers) to load. Plain Node (tests, the
// CLI) and the installed app use the one in node_modules: npm built it for Node, electron-builder
// rebuilt it for Electron when packaging. Only `npm start` differs: Electron runs from the checkout,
// where node_modules holds the Node build, so build/electron-native.mjs writes an Electron one to
// dist/native/electron/. The driver passes the result as better-sqlite3's `nativeBinding` option.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Relative to the repository root; build/electron-native.mjs writes it. */
export const ELECTRON_BINDING = path.join('dist', 'native', 'electron', 'better_sqlite3.node');

export interface BindingContext {
  /** process.versions.electron: set inside Electron (main process and its worker threads). */
  readonly electronVersion: string | undefined;
  /** Where this code runs from (import.meta.url of the bundle). */
  readonly moduleUrl: string;
  readonly exists: (file: string) => boolean;
}

function currentContext(): BindingContext {
  return { electronVersion: process.versions.electron, moduleUrl: import.meta.url, exists: existsSync };
}

/** Inside an asar the app was packaged, and electron-builder already rebuilt node_modules for Electron. */
export function isPackaged(moduleFile: string): boolean {
  return /[\\/]app\.asar(?:[\\/]|$)/.test(moduleFile);
}

/** The nearest folder above `from` holding package.json: the checkout root, from a source or a bundle. */
function appRoot(from: string, exists: (file: string) => boolean): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (exists(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The Electron-ABI driver's path when running unpackaged inside Electron; undefined in plain Node and
 * in the installed app (the default lookup is right there). Throws when it has not been built, since
 * loading the Node build would fail later with an obscure ABI message.
 */
export function nativeBindingPath(ctx: BindingContext = currentContext()): string | undefined {
  if (!ctx.electronVersion) return undefined;
  const moduleFile = fileURLToPath(ctx.moduleUrl);
  if (isPackaged(moduleFile)) return undefined;
  const root = appRoot(path.dirname(moduleFile), ctx.exists);
  const file = root === undefined ? undefined : path.join(root, ELECTRON_BINDING);
  if (file === undefined || !ctx.exists(file)) {
    throw new Error('The database driver has not been built for Electron: run `node build/electron-native.mjs` (npm start does).');
  }
  return file;
}
