import { describe, expect, it } from 'vitest';
import { createLockSignalParser, dbusMonitorArgs, logindSessionPath } from './dbus-lock-parser';

// Captured from dbus-monitor 1.14 (dbus-run-session, signals sent with dbus-send).
const CAPTURED = `signal time=1796361962.516888 sender=org.freedesktop.DBus -> destination=:1.0 serial=2 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameAcquired
   string ":1.0"
signal time=1796361962.516957 sender=org.freedesktop.DBus -> destination=:1.0 serial=4 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameLost
   string ":1.0"
signal time=1796361963.057001 sender=:1.1 -> destination=(null destination) serial=2 path=/org/freedesktop/ScreenSaver; interface=org.freedesktop.ScreenSaver; member=ActiveChanged
   boolean true
signal time=1796361963.075636 sender=:1.2 -> destination=(null destination) serial=2 path=/org/gnome/ScreenSaver; interface=org.gnome.ScreenSaver; member=ActiveChanged
   boolean false
signal time=1796361963.106473 sender=:1.3 -> destination=(null destination) serial=2 path=/org/gnome/ScreenSaver; interface=org.gnome.ScreenSaver; member=ActiveChanged
   boolean true
signal time=1796361963.113051 sender=:1.4 -> destination=(null destination) serial=2 path=/org/freedesktop/login1/session/_32; interface=org.freedesktop.login1.Session; member=Lock
signal time=1796361963.120000 sender=:1.4 -> destination=(null destination) serial=3 path=/org/freedesktop/login1/session/c7; interface=org.freedesktop.login1.Session; member=Lock
signal time=1796361963.130000 sender=:1.4 -> destination=(null destination) serial=4 path=/org/freedesktop/login1/session/_32; interface=org.freedesktop.login1.Session; member=Unlock
signal time=1796361963.140000 sender=:1.5 -> destination=(null destination) serial=2 path=/org/example/Other; interface=org.example.Other; member=ActiveChanged
   boolean true
`;

describe('dbus-monitor lock parser', () => {
  it('finds screen saver activations and logind locks in captured output', () => {
    expect(createLockSignalParser().push(CAPTURED)).toEqual(['screensaver', 'screensaver', 'logind', 'logind']);
  });

  it('counts only our own logind session when it is known', () => {
    expect(createLockSignalParser({ logindSessionPath: logindSessionPath('2') }).push(CAPTURED)).toEqual(['screensaver', 'screensaver', 'logind']);
    expect(createLockSignalParser({ logindSessionPath: logindSessionPath('c7') }).push(CAPTURED)).toEqual(['screensaver', 'screensaver', 'logind']);
  });

  it('gives the same answer however the output is chunked', () => {
    for (const size of [1, 7, 64, 333]) {
      const parser = createLockSignalParser();
      const found: string[] = [];
      for (let i = 0; i < CAPTURED.length; i += size) found.push(...parser.push(CAPTURED.slice(i, i + size)));
      expect(found, `chunks of ${size}`).toEqual(['screensaver', 'screensaver', 'logind', 'logind']);
    }
  });

  it('does not take a deactivation or an unrelated argument for a lock', () => {
    const parser = createLockSignalParser();
    const header = 'signal time=1 sender=:1.1 -> destination=(null destination) serial=2 path=/org/freedesktop/ScreenSaver; interface=org.freedesktop.ScreenSaver; member=ActiveChanged\n';
    expect(parser.push(`${header}   boolean false\n`)).toEqual([]);
    expect(parser.push(`${header}signal time=2 sender=:1.1 -> destination=(null destination) serial=3 path=/a; interface=b.C; member=D\n   boolean true\n`)).toEqual([]);
  });

  it('encodes logind session paths as systemd does', () => {
    expect(logindSessionPath('2')).toBe('/org/freedesktop/login1/session/_32');
    expect(logindSessionPath('c7')).toBe('/org/freedesktop/login1/session/c7');
    expect(logindSessionPath('12')).toBe('/org/freedesktop/login1/session/_312');
    expect(logindSessionPath('a-b')).toBe('/org/freedesktop/login1/session/a_2db');
  });

  it('builds match rules per bus', () => {
    expect(dbusMonitorArgs('system')).toEqual(['--system', "type='signal',interface='org.freedesktop.login1.Session',member='Lock'"]);
    expect(dbusMonitorArgs('session')[0]).toBe('--session');
    expect(dbusMonitorArgs('session')).toContain("type='signal',interface='org.gnome.ScreenSaver',member='ActiveChanged'");
  });
});
