// Environment switches for development and tests (where the vault and models live, DevTools, the model
// host's crash/hang hooks). An installed app ignores them all: anyone who can set a variable for the
// user's session could otherwise point the app at a vault of their choosing or open DevTools on a
// window that shows patient text.

export interface EnvOverrides {
  /** Replaces the vault folder inside the app's data folder; null means the default. */
  readonly dataDir: string | null;
  /** Replaces the models folder; null means the default. */
  readonly modelsDir: string | null;
  readonly devTools: boolean;
  /** The environment the model host's allow-list is taken from (test hooks removed when packaged). */
  readonly hostEnv: NodeJS.ProcessEnv;
}

/** Variables honoured only when running from the repository (`npm start`, the e2e tests). */
export const DEV_ONLY_VARIABLES = ['LOCKSCRIBE_DATA_DIR', 'LOCKSCRIBE_MODELS_DIR', 'LOCKSCRIBE_DEVTOOLS', 'LOCKSCRIBE_HOST_TEST_HOOKS'] as const;

const nonEmpty = (v: string | undefined): string | null => (v !== undefined && v.trim() !== '' ? v : null);

export function envOverrides({ isPackaged, env }: { readonly isPackaged: boolean; readonly env: NodeJS.ProcessEnv }): EnvOverrides {
  if (isPackaged) {
    const devOnly = new Set<string>(DEV_ONLY_VARIABLES);
    const hostEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(env).filter(([name]) => !devOnly.has(name)));
    return { dataDir: null, modelsDir: null, devTools: false, hostEnv };
  }
  return {
    dataDir: nonEmpty(env.LOCKSCRIBE_DATA_DIR),
    modelsDir: nonEmpty(env.LOCKSCRIBE_MODELS_DIR),
    devTools: env.LOCKSCRIBE_DEVTOOLS === '1',
    hostEnv: env,
  };
}

/** The names of dev-only variables that are set but ignored, to log once at start (names only). */
export function ignoredOverrides({ isPackaged, env }: { readonly isPackaged: boolean; readonly env: NodeJS.ProcessEnv }): string[] {
  return isPackaged ? DEV_ONLY_VARIABLES.filter((name) => env[name] !== undefined) : [];
}

/** Chromium and Node switches that open the app to a debugger (DevTools protocol, inspector). */
const DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk', 'inspect-port', 'debug', 'js-flags'];

/**
 * The debugging switches on a command line. An installed app refuses to start with any of them: the
 * fuses stop Node's own inspector flags, but Chromium's remote debugging port would expose the window.
 */
export function debuggingSwitches(argv: readonly string[]): string[] {
  const found = new Set<string>();
  for (const arg of argv) {
    const m = /^--?([a-z-]+)(?:=.*)?$/.exec(arg);
    if (m && DEBUGGING_SWITCHES.includes(m[1]!)) found.add(m[1]!);
  }
  return [...found];
}
