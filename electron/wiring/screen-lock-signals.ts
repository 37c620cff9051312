// The Linux screen lock heard over D-Bus (logind's Session.Lock, the desktop's screen saver), beside
// powerMonitor's 'lock-screen', which many Linux desktops never send. Both lead to the same lock.
import { logEvent } from '../base/safe-log';
import { startScreenLockListener } from '../platform/screen-lock-listener';

export function watchLinuxScreenLock(onLock: () => void): { stop(): void } {
  if (process.platform !== 'linux') return { stop: () => undefined };
  let missingLogged = false;
  return startScreenLockListener({
    onLock: (source) => {
      logEvent('info', 'screen-lock-signal', { source });
      onLock();
    },
    onUnavailable: (bus, reason) => {
      if (reason !== 'not-found') logEvent('warn', 'screen-lock-listener-unavailable', { bus, reason });
      else if (!missingLogged) {
        missingLogged = true;
        logEvent('warn', 'screen-lock-listener-unavailable', { reason: 'dbus-monitor-not-found' });
      }
    },
  });
}
