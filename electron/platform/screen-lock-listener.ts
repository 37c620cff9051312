// Hears the Linux screen lock over D-Bus by running `dbus-monitor` (one per bus, with match rules) and
// parsing its output: Electron's powerMonitor 'lock-screen' does not fire on many Linux desktops. No
// npm dependency. A missing dbus-monitor, or a bus we may not listen on, means no listener: reported
// to the caller, never fatal.
import { spawn, type ChildProcess } from 'node:child_process';
import { createLockSignalParser, dbusMonitorArgs, logindSessionPath, type LockSource } from './dbus-lock-parser';

export type Bus = 'session' | 'system';
export type UnavailableReason = 'not-found' | 'failed' | 'exited';

export interface ScreenLockListenerOptions {
  onLock(source: LockSource): void;
  onUnavailable?(bus: Bus, reason: UnavailableReason): void;
  readonly buses?: readonly Bus[];
  /** Where the bus addresses and PATH come from; dbus-monitor gets only those. */
  readonly env?: NodeJS.ProcessEnv;
  readonly command?: string;
}

export interface ScreenLockListener {
  stop(): void;
}

const PASSED = ['PATH', 'HOME', 'DBUS_SESSION_BUS_ADDRESS', 'DBUS_SYSTEM_BUS_ADDRESS', 'XDG_RUNTIME_DIR', 'DISPLAY'];

export function startScreenLockListener(o: ScreenLockListenerOptions): ScreenLockListener {
  const env = o.env ?? process.env;
  const childEnv = Object.fromEntries(PASSED.flatMap((n) => (env[n] !== undefined ? [[n, env[n]!]] : [])));
  const sessionId = env.XDG_SESSION_ID;
  const children: ChildProcess[] = [];
  let stopped = false;

  for (const bus of o.buses ?? (['session', 'system'] as const)) {
    const parser = createLockSignalParser({ logindSessionPath: sessionId ? logindSessionPath(sessionId) : null });
    const child = spawn(o.command ?? 'dbus-monitor', dbusMonitorArgs(bus), { stdio: ['ignore', 'pipe', 'ignore'], env: childEnv });
    let reported = false;
    const unavailable = (reason: UnavailableReason) => {
      if (stopped || reported) return;
      reported = true;
      o.onUnavailable?.(bus, reason);
    };
    child.on('error', (e: NodeJS.ErrnoException) => unavailable(e.code === 'ENOENT' ? 'not-found' : 'failed'));
    child.on('exit', (code) => unavailable(code === 0 || code === null ? 'exited' : 'failed'));
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      for (const source of parser.push(chunk)) o.onLock(source);
    });
    children.push(child);
  }

  return {
    stop() {
      stopped = true;
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill();
    },
  };
}
