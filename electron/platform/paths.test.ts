import { describe, expect, it } from 'vitest';
import { appDataDir, crashDumpsDir, currentPlatform, modelsDir, vaultDir, type PlatformContext } from './paths';

const win = (env: NodeJS.ProcessEnv = {}): PlatformContext => ({ platform: 'win32', env, homedir: 'C:\\Users\\jdoe' });
const mac = (env: NodeJS.ProcessEnv = {}): PlatformContext => ({ platform: 'darwin', env, homedir: '/Users/jdoe' });
const linux = (env: NodeJS.ProcessEnv = {}): PlatformContext => ({ platform: 'linux', env, homedir: '/home/jdoe' });

describe('data folders per platform', () => {
  it('Windows: %APPDATA%\\Lockscribe, with backslashes, falling back to the roaming profile folder', () => {
    expect(appDataDir(win({ APPDATA: 'D:\\Profiles\\jdoe\\AppData\\Roaming' }))).toBe('D:\\Profiles\\jdoe\\AppData\\Roaming\\Lockscribe');
    expect(appDataDir(win())).toBe('C:\\Users\\jdoe\\AppData\\Roaming\\Lockscribe');
    expect(appDataDir(win({ APPDATA: 'relative\\dir' }))).toBe('C:\\Users\\jdoe\\AppData\\Roaming\\Lockscribe');
    expect(vaultDir(win())).toBe('C:\\Users\\jdoe\\AppData\\Roaming\\Lockscribe\\vault');
    expect(modelsDir({ packaged: true, appRoot: 'C:\\Program Files\\Lockscribe' }, win())).toBe('C:\\Users\\jdoe\\AppData\\Roaming\\Lockscribe\\models');
    expect(crashDumpsDir(win())).toBe('C:\\Users\\jdoe\\AppData\\Roaming\\Lockscribe\\crash-dumps');
  });

  it('macOS: ~/Library/Application Support/Lockscribe, whatever XDG says', () => {
    expect(appDataDir(mac({ XDG_CONFIG_HOME: '/tmp/x' }))).toBe('/Users/jdoe/Library/Application Support/Lockscribe');
    expect(vaultDir(mac())).toBe('/Users/jdoe/Library/Application Support/Lockscribe/vault');
  });

  it('Linux and others: $XDG_CONFIG_HOME/Lockscribe when absolute, else ~/.config/Lockscribe', () => {
    expect(appDataDir(linux({ XDG_CONFIG_HOME: '/srv/cfg' }))).toBe('/srv/cfg/Lockscribe');
    expect(appDataDir(linux({ XDG_CONFIG_HOME: 'cfg' }))).toBe('/home/jdoe/.config/Lockscribe');
    expect(appDataDir(linux({ XDG_CONFIG_HOME: '' }))).toBe('/home/jdoe/.config/Lockscribe');
    expect(appDataDir({ ...linux(), platform: 'freebsd' })).toBe('/home/jdoe/.config/Lockscribe');
  });

  it('honours LOCKSCRIBE_DATA_DIR and LOCKSCRIBE_MODELS_DIR, and a checkout keeps its own models folder', () => {
    expect(vaultDir(linux({ LOCKSCRIBE_DATA_DIR: '/secure/vault' }))).toBe('/secure/vault');
    expect(modelsDir({ packaged: true, appRoot: 'C:\\x' }, win({ LOCKSCRIBE_MODELS_DIR: 'E:\\models' }))).toBe('E:\\models');
    expect(modelsDir({ packaged: false, appRoot: '/home/jdoe/lockscribe' }, linux())).toBe('/home/jdoe/lockscribe/models');
    expect(modelsDir({ packaged: true, appRoot: '/opt/Lockscribe' }, linux())).toBe('/home/jdoe/.config/Lockscribe/models');
  });

  it('reads the real platform by default', () => {
    expect(currentPlatform().platform).toBe(process.platform);
    expect(appDataDir()).toMatch(/Lockscribe$/);
  });
});
