import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScreenLockListener, type UnavailableReason } from './screen-lock-listener';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const canRun = process.platform === 'linux' && has('dbus-daemon') && has('dbus-monitor') && has('dbus-send');
if (!canRun) console.log('screen-lock-listener: skipped the live bus test (needs Linux with dbus-daemon, dbus-monitor and dbus-send)');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(canRun)('screen lock listener on a private session bus', () => {
  let daemon: ChildProcess;
  let address = '';

  beforeAll(async () => {
    daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
    address = await new Promise<string>((resolve) => daemon.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  });
  afterAll(() => void daemon.kill());

  const send = (path: string, signal: string, ...args: string[]) =>
    spawnSync('dbus-send', ['--session', '--type=signal', path, signal, ...args], { env: { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: address } });

  it('locks on a screen saver activation, not on a deactivation', async () => {
    const locks: string[] = [];
    const listener = startScreenLockListener({ buses: ['session'], env: { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: address }, onLock: (s) => locks.push(s) });
    try {
      // dbus-monitor needs a moment to register its match rules; send until heard.
      for (let i = 0; i < 50 && locks.length === 0; i++) {
        send('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver.ActiveChanged', 'boolean:false');
        send('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver.ActiveChanged', 'boolean:true');
        await sleep(100);
      }
      expect(locks.length).toBeGreaterThan(0);
      expect(new Set(locks)).toEqual(new Set(['screensaver']));
    } finally {
      listener.stop();
    }
  });
});

describe('screen lock listener without dbus-monitor', () => {
  it('reports that there is no listener and never throws', async () => {
    const reasons: UnavailableReason[] = [];
    const listener = startScreenLockListener({ command: 'lockscribe-no-such-dbus-monitor', onLock: () => undefined, onUnavailable: (_bus, r) => reasons.push(r) });
    for (let i = 0; i < 50 && reasons.length < 2; i++) await sleep(20);
    listener.stop();
    expect(reasons).toEqual(['not-found', 'not-found']);
  });
});
