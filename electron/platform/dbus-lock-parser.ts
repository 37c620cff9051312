// Reads `dbus-monitor` output (its default, one header line per message followed by indented argument
// lines) and picks out "the screen was locked": logind's Session.Lock on the system bus, and a screen
// saver's ActiveChanged(true) on the session bus (freedesktop for KDE and others, GNOME, MATE,
// Cinnamon). Pure: the listener in screen-lock-listener.ts feeds it chunks of text.

export const SCREENSAVER_INTERFACES = ['org.freedesktop.ScreenSaver', 'org.gnome.ScreenSaver', 'org.mate.ScreenSaver', 'org.cinnamon.ScreenSaver'] as const;
export const LOGIND_SESSION_INTERFACE = 'org.freedesktop.login1.Session';

export type LockSource = 'logind' | 'screensaver';

interface Header {
  readonly path: string;
  readonly iface: string;
  readonly member: string;
}

const HEADER = /^signal\b.*\bpath=([^;\s]+);\s*interface=([^;\s]+);\s*member=(\S+)/;

function parseHeader(line: string): Header | null {
  const m = HEADER.exec(line);
  return m ? { path: m[1]!, iface: m[2]!, member: m[3]! } : null;
}

/**
 * logind's object path for a session id (sd_bus_path_encode): every character outside [A-Za-z0-9], and
 * a leading digit, becomes _ and two hex digits. Session "2" is /org/freedesktop/login1/session/_32.
 */
export function logindSessionPath(sessionId: string): string {
  const encoded = [...sessionId]
    .map((c, i) => (/[A-Za-z]/.test(c) || (/[0-9]/.test(c) && i > 0) ? c : [...new TextEncoder().encode(c)].map((b) => `_${b.toString(16).padStart(2, '0')}`).join('')))
    .join('');
  return `/org/freedesktop/login1/session/${encoded === '' ? '_' : encoded}`;
}

export interface LockParserOptions {
  /** Only this logind session's Lock counts (from XDG_SESSION_ID); any session's when unknown. */
  readonly logindSessionPath?: string | null;
}

export interface LockSignalParser {
  /** Feeds output as it arrives (any chunking); returns the locks completed by this chunk. */
  push(chunk: string): LockSource[];
}

export function createLockSignalParser(options: LockParserOptions = {}): LockSignalParser {
  let partial = '';
  // A screensaver ActiveChanged header waits for its boolean argument on the next line.
  let awaitingActive = false;

  const line = (text: string): LockSource | null => {
    const header = parseHeader(text);
    if (header) {
      awaitingActive = false;
      if (header.iface === LOGIND_SESSION_INTERFACE && header.member === 'Lock') {
        const only = options.logindSessionPath;
        return !only || header.path === only ? 'logind' : null;
      }
      awaitingActive = header.member === 'ActiveChanged' && (SCREENSAVER_INTERFACES as readonly string[]).includes(header.iface);
      return null;
    }
    if (awaitingActive && text.trim() !== '') {
      awaitingActive = false;
      return /^\s+boolean\s+true\s*$/.test(text) ? 'screensaver' : null;
    }
    return null;
  };

  return {
    push(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      // Bound what an endless line could make us hold.
      if (partial.length > 4096) partial = '';
      return lines.map((l) => line(l.replace(/\r$/, ''))).filter((s): s is LockSource => s !== null);
    },
  };
}

/** dbus-monitor match rules, per bus: only the signals above are delivered to us. */
export function dbusMonitorArgs(bus: 'session' | 'system'): string[] {
  const rules =
    bus === 'system'
      ? [`type='signal',interface='${LOGIND_SESSION_INTERFACE}',member='Lock'`]
      : SCREENSAVER_INTERFACES.map((i) => `type='signal',interface='${i}',member='ActiveChanged'`);
  return [`--${bus}`, ...rules];
}
