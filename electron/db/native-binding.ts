// Which compiled SQLite addon to load. Plain Node (tests, CLI) uses node_modules' own build; the
// Electron app run from the source tree (`npm start`) needs a build for Electron's ABI, which
// build/electron-native.mjs puts under dist/native/electron; a packaged app's node_modules was already
// rebuilt for Electron by electron-builder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function nativeBindingPath(): string | undefined {
  if (!process.versions.electron) return undefined;
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (here.includes('app.asar')) return undefined;
  const candidate = path.resolve(here, '..', 'native', 'electron', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
