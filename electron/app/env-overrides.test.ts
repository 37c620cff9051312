import { describe, expect, it } from 'vitest';
import { debuggingSwitches, envOverrides, ignoredOverrides } from './env-overrides';

const env = {
  PATH: '/usr/bin',
  LOCKSCRIBE_DATA_DIR: '/tmp/other-vault',
  LOCKSCRIBE_MODELS_DIR: '/tmp/models',
  LOCKSCRIBE_DEVTOOLS: '1',
  LOCKSCRIBE_HOST_TEST_HOOKS: '1',
  LOCKSCRIBE_THREADS: '4',
};

describe('environment overrides', () => {
  it('are honoured when running from the repository', () => {
    const o = envOverrides({ isPackaged: false, env });
    expect(o).toMatchObject({ dataDir: '/tmp/other-vault', modelsDir: '/tmp/models', devTools: true });
    expect(o.hostEnv.LOCKSCRIBE_HOST_TEST_HOOKS).toBe('1');
    expect(ignoredOverrides({ isPackaged: false, env })).toEqual([]);
  });

  it('are all ignored by an installed app', () => {
    const o = envOverrides({ isPackaged: true, env });
    expect(o).toMatchObject({ dataDir: null, modelsDir: null, devTools: false });
    expect(o.hostEnv.LOCKSCRIBE_HOST_TEST_HOOKS).toBeUndefined();
    expect(o.hostEnv.LOCKSCRIBE_DATA_DIR).toBeUndefined();
    // Tuning that is not a security switch still reaches the model host.
    expect(o.hostEnv.LOCKSCRIBE_THREADS).toBe('4');
    expect(ignoredOverrides({ isPackaged: true, env })).toEqual(['LOCKSCRIBE_DATA_DIR', 'LOCKSCRIBE_MODELS_DIR', 'LOCKSCRIBE_DEVTOOLS', 'LOCKSCRIBE_HOST_TEST_HOOKS']);
  });

  it('treat empty values and other DevTools values as unset', () => {
    const o = envOverrides({ isPackaged: false, env: { LOCKSCRIBE_DATA_DIR: ' ', LOCKSCRIBE_DEVTOOLS: 'true' } });
    expect(o).toMatchObject({ dataDir: null, modelsDir: null, devTools: false });
  });
});

describe('debugging switches', () => {
  it('are found on a command line, with or without values', () => {
    expect(debuggingSwitches(['/opt/Lockscribe/lockscribe', '--remote-debugging-port=9222', '--inspect', '--no-sandbox'])).toEqual(['remote-debugging-port', 'inspect']);
    expect(debuggingSwitches(['/opt/Lockscribe/lockscribe', '--remote-debugging-pipe'])).toEqual(['remote-debugging-pipe']);
  });
  it('leave ordinary arguments alone', () => {
    expect(debuggingSwitches(['/opt/Lockscribe/lockscribe', '--enable-logging', 'inspect', '--remote-debugging-port-x'])).toEqual([]);
  });
});
