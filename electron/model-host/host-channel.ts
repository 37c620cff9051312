// The parent's handle on a model host process. Two implementations: forkHostChannel (Node child,
// used by the CLI, tests and the e2e harness) and the Electron utilityProcess one in electron/wiring/.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { repoRoot } from '../gguf/repo-root';
import { hostEnvironment } from './host-env';

export interface HostChannel {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process ends; code is null when it was killed by a signal. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/**
 * The host bundle beside the running bundle (dist/cli/x.mjs → dist/electron/model-host.mjs, and the
 * same inside dist/test/), else the repository's dist/electron/model-host.mjs (running from source).
 */
export function defaultHostScript(): string {
  const beside = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'model-host.mjs');
  return existsSync(beside) ? beside : path.join(repoRoot(), 'dist', 'electron', 'model-host.mjs');
}

export interface ForkOptions {
  /** The environment the host's allow-list is taken from (process.env by default); see host-env.ts. */
  readonly env?: NodeJS.ProcessEnv;
  /** 'ignore' (default) keeps llama.cpp's and the host's own output off the parent's terminal. */
  readonly stdio?: 'ignore' | 'inherit';
}

export function forkHostChannel(scriptPath: string = defaultHostScript(), options: ForkOptions = {}): HostChannel {
  const stdio = options.stdio ?? 'ignore';
  const child = fork(scriptPath, [], {
    env: hostEnvironment(options.env ?? process.env),
    stdio: ['ignore', stdio, stdio, 'ipc'],
    serialization: 'advanced',
  });
  // An IPC write to a process that just died raises EPIPE here; the exit handler deals with it.
  child.on('error', () => undefined);
  return {
    send: (message) => {
      if (child.connected) child.send(message as object, (e) => void e);
    },
    onMessage: (listener) => {
      child.on('message', (m: unknown) => listener(m));
    },
    onExit: (listener) => {
      child.once('exit', (code) => listener(code));
    },
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
