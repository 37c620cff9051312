// Where Lockscribe keeps its data on each OS, built with that OS's path rules so the Windows answer
// can be checked on any machine. The vault and the models live under one per-user folder.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Lockscribe';

export interface PlatformContext {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly homedir: string;
}

export function currentPlatform(): PlatformContext {
  return { platform: process.platform, env: process.env, homedir: os.homedir() };
}

/** The path module for the platform: win32 rules on Windows, POSIX everywhere else. */
export function pathFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** An environment folder is used only when it is an absolute path (XDG says relative ones are ignored). */
function absoluteEnv(p: path.PlatformPath, value: string | undefined): string | undefined {
  return value && p.isAbsolute(value) ? value : undefined;
}

/**
 * The per-user data folder: %APPDATA%\Lockscribe on Windows, ~/Library/Application Support/Lockscribe
 * on macOS, $XDG_CONFIG_HOME/Lockscribe (default ~/.config/Lockscribe) elsewhere. The same folder
 * Electron's userData names, so the app and the CLI agree.
 */
export function appDataDir(ctx: PlatformContext = currentPlatform()): string {
  const p = pathFor(ctx.platform);
  switch (ctx.platform) {
    case 'win32':
      return p.join(absoluteEnv(p, ctx.env.APPDATA) ?? p.join(ctx.homedir, 'AppData', 'Roaming'), APP_FOLDER);
    case 'darwin':
      return p.join(ctx.homedir, 'Library', 'Application Support', APP_FOLDER);
    default:
      return p.join(absoluteEnv(p, ctx.env.XDG_CONFIG_HOME) ?? p.join(ctx.homedir, '.config'), APP_FOLDER);
  }
}

/** The vault folder: LOCKSCRIBE_DATA_DIR when set, else `vault` in the data folder. */
export function vaultDir(ctx: PlatformContext = currentPlatform()): string {
  return ctx.env.LOCKSCRIBE_DATA_DIR || pathFor(ctx.platform).join(appDataDir(ctx), 'vault');
}

/**
 * The models folder: LOCKSCRIBE_MODELS_DIR when set; installed, `models` in the data folder (the app
 * folder is a read-only asar); run from a checkout, `models` in it.
 */
export function modelsDir(install: { readonly packaged: boolean; readonly appRoot: string }, ctx: PlatformContext = currentPlatform()): string {
  if (ctx.env.LOCKSCRIBE_MODELS_DIR) return ctx.env.LOCKSCRIBE_MODELS_DIR;
  const p = pathFor(ctx.platform);
  return install.packaged ? p.join(appDataDir(ctx), 'models') : p.join(install.appRoot, 'models');
}

/** Where crash dumps go (emptied at every start, never uploaded). */
export function crashDumpsDir(ctx: PlatformContext = currentPlatform()): string {
  return pathFor(ctx.platform).join(appDataDir(ctx), 'crash-dumps');
}
