import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { layout } from '../../build/electron-native.mjs';
import { ELECTRON_BINDING, isPackaged, nativeBindingPath } from './native-binding';

const checkout = '/home/jdoe/lockscribe';
const bundleUrl = pathToFileURL(path.join(checkout, 'dist', 'electron', 'main.mjs')).href;
const files = (...present: string[]) => (f: string) => present.includes(f);

describe('nativeBindingPath', () => {
  it('is undefined in plain Node, whatever is on disk', () => {
    expect(nativeBindingPath({ electronVersion: undefined, moduleUrl: bundleUrl, exists: () => true })).toBeUndefined();
    expect(nativeBindingPath()).toBeUndefined(); // vitest runs in Node
  });

  it('in Electron from a checkout, is the file build/electron-native.mjs writes', () => {
    const want = path.join(checkout, ELECTRON_BINDING);
    expect(want).toBe(layout(checkout).outFile);
    const exists = files(path.join(checkout, 'package.json'), want);
    expect(nativeBindingPath({ electronVersion: '39.8.10', moduleUrl: bundleUrl, exists })).toBe(want);
    // From a worker bundle in another dist folder, too.
    const workerUrl = pathToFileURL(path.join(checkout, 'dist', 'electron', 'workers', 'vault-worker.mjs')).href;
    expect(nativeBindingPath({ electronVersion: '39.8.10', moduleUrl: workerUrl, exists })).toBe(want);
  });

  it('in Electron from a checkout without the build, says how to make it', () => {
    const exists = files(path.join(checkout, 'package.json'));
    expect(() => nativeBindingPath({ electronVersion: '39.8.10', moduleUrl: bundleUrl, exists })).toThrow(/node build\/electron-native\.mjs/);
  });

  it('in the packaged app (inside app.asar), leaves the rebuilt node_modules to the default lookup', () => {
    const packaged = pathToFileURL('/opt/Lockscribe/resources/app.asar/dist/electron/main.mjs').href;
    expect(nativeBindingPath({ electronVersion: '39.8.10', moduleUrl: packaged, exists: () => true })).toBeUndefined();
    expect(isPackaged('C:\\Users\\jdoe\\AppData\\Local\\Programs\\Lockscribe\\resources\\app.asar\\dist\\electron\\main.mjs')).toBe(true);
    expect(isPackaged('/home/jdoe/app.asarx/dist/electron/main.mjs')).toBe(false);
    expect(isPackaged('/home/jdoe/lockscribe/dist/electron/main.mjs')).toBe(false);
  });
});
