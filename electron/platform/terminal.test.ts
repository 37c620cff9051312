import { describe, expect, it } from 'vitest';
import { terminalDevice } from './terminal';

describe('terminalDevice', () => {
  it('is /dev/tty on POSIX systems and the console input buffer on Windows', () => {
    for (const p of ['linux', 'darwin', 'freebsd'] as const) expect(terminalDevice(p)).toEqual({ path: '/dev/tty', flags: 'r' });
    expect(terminalDevice('win32')).toEqual({ path: 'CONIN$', flags: 'r+' });
  });
});
