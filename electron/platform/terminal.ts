// The console to ask a passphrase on when standard input carries something else (a note): the
// controlling terminal on POSIX, the console input buffer on Windows (read-write, so raw mode can be set).
export interface TerminalDevice {
  readonly path: string;
  readonly flags: 'r' | 'r+';
}

export function terminalDevice(platform: NodeJS.Platform = process.platform): TerminalDevice {
  return platform === 'win32' ? { path: 'CONIN$', flags: 'r+' } : { path: '/dev/tty', flags: 'r' };
}
