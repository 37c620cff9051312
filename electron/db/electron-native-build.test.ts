// build/electron-native.mjs, driven with an injected node-gyp runner: Electron's headers cannot be
// fetched here, so the runner plays node-gyp (writing the .node file, or failing as it does offline).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  buildElectronNative,
  findNodeGyp,
  gypArgs,
  isHeadersFailure,
  isUpToDate,
  layout,
  offlineMessage,
  stampFor,
  type ProcessRunner,
} from '../../build/electron-native.mjs';

// node-gyp 12.4's real output on this machine, which has no network.
const OFFLINE_OUTPUT = `gyp info it worked if it ends with ok
gyp info using node-gyp@12.4.0
gyp info using node@20.20.2 | linux | x64
gyp info find Python using Python version 3.11.7 found at "/root/.pyenv/versions/3.11.7/bin/python3"

gyp http GET https://electronjs.org/headers/v39.8.10/node-v39.8.10-headers.tar.gz
gyp WARN install got an error, rolling back install
gyp ERR! configure error 
gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and
gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy or have bad
gyp ERR! stack network settings.
gyp ERR! stack at go (/work/main/node_modules/node-gyp/lib/install.js:244:21)
gyp ERR! stack at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
gyp ERR! stack at async install (/work/main/node_modules/node-gyp/lib/install.js:63:18)
gyp ERR! stack at async getNodeDir (/work/main/node_modules/node-gyp/lib/configure.js:79:7)
gyp ERR! stack at async run (/work/main/node_modules/node-gyp/bin/node-gyp.js:81:18)
gyp ERR! System Linux 6.18.44-fc-v1252
gyp ERR! command "/usr/bin/node" "/work/main/node_modules/node-gyp/bin/node-gyp.js" "rebuild" "--release" "--runtime=electron" "--target=39.8.10" "--arch=x64" "--dist-url=https://electronjs.org/headers"
gyp ERR! cwd /work/wt/users/dist/native-build/better-sqlite3-multiple-ciphers
gyp ERR! node -v v20.20.2
gyp ERR! node-gyp -v v12.4.0
gyp ERR! not ok`;

describe('electron-native build', () => {
  let root: string;
  let calls: { file: string; args: string[]; cwd: string }[];
  let lines: string[];
  let progress: string[];

  async function fakeCheckout(electron = '39.8.10', driver = '12.11.1') {
    await mkdir(path.join(root, 'node_modules', 'electron'), { recursive: true });
    await writeFile(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: electron }));
    const mod = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
    await mkdir(path.join(mod, 'src'), { recursive: true });
    await mkdir(path.join(mod, 'build', 'Release'), { recursive: true });
    await writeFile(path.join(mod, 'package.json'), JSON.stringify({ version: driver }));
    await writeFile(path.join(mod, 'binding.gyp'), '{}');
    await writeFile(path.join(mod, 'src', 'better_sqlite3.cpp'), '// source');
    await writeFile(path.join(mod, 'build', 'Release', 'better_sqlite3.node'), 'NODE-ABI BUILD');
  }

  // Plays node-gyp: checks it runs in the copy, then writes the Electron build there.
  const gypThatBuilds: ProcessRunner = async (file, args, { cwd }) => {
    calls.push({ file, args, cwd });
    expect(existsSync(path.join(cwd, 'binding.gyp'))).toBe(true);
    expect(existsSync(path.join(cwd, 'build'))).toBe(false); // the Node build is not copied
    await mkdir(path.join(cwd, 'build', 'Release'), { recursive: true });
    await writeFile(path.join(cwd, 'build', 'Release', 'better_sqlite3.node'), `ELECTRON BUILD ${args.find((a) => a.startsWith('--target='))}`);
    return { code: 0, output: 'gyp info ok' };
  };

  const options = (run: ProcessRunner) => ({
    root,
    run,
    log: (l: string) => void lines.push(l),
    info: (l: string) => void progress.push(l),
    env: {},
    execPath: '/usr/bin/node',
    platform: 'linux',
    arch: 'x64',
    findGyp: () => '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  });

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ls-native-'));
    calls = [];
    lines = [];
    progress = [];
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('builds out of tree for the installed Electron, then skips until a version changes', async () => {
    await fakeCheckout();
    const where = layout(root);
    expect(await buildElectronNative(options(gypThatBuilds))).toBe(0);
    expect(calls).toEqual([
      {
        file: '/usr/bin/node',
        args: ['/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js', 'rebuild', '--release', '--runtime=electron', '--target=39.8.10', '--arch=x64', '--dist-url=https://electronjs.org/headers'],
        cwd: where.buildDir,
      },
    ]);
    expect(await readFile(where.outFile, 'utf8')).toBe('ELECTRON BUILD --target=39.8.10');
    expect([lines, progress.length]).toEqual([[], 2]);
    // The Node-ABI build that tests and the CLI load is untouched.
    expect(await readFile(path.join(where.moduleDir, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('NODE-ABI BUILD');

    const before = (await stat(where.outFile)).mtimeMs;
    expect(await buildElectronNative(options(gypThatBuilds))).toBe(0);
    expect(calls).toHaveLength(1);
    expect((await stat(where.outFile)).mtimeMs).toBe(before);

    await fakeCheckout('40.1.0');
    expect(await buildElectronNative(options(gypThatBuilds))).toBe(0);
    expect(calls).toHaveLength(2);
    expect(await readFile(where.outFile, 'utf8')).toBe('ELECTRON BUILD --target=40.1.0');
    await fakeCheckout('40.1.0', '12.12.0');
    expect(await buildElectronNative(options(gypThatBuilds))).toBe(0);
    expect(calls).toHaveLength(3);
    // A lost binary with a stamp left behind is rebuilt too.
    await rm(where.outFile);
    expect(await buildElectronNative(options(gypThatBuilds))).toBe(0);
    expect(calls).toHaveLength(4);
  });

  it('offline: one clear message naming both ways out, and a non-zero exit', async () => {
    await fakeCheckout();
    const offline: ProcessRunner = async () => ({ code: 1, output: OFFLINE_OUTPUT });
    expect(await buildElectronNative(options(offline))).toBe(1);
    expect(lines).toEqual([offlineMessage('39.8.10')]);
    expect(lines[0]).toMatch(/Connect to the internet once/);
    expect(lines[0]).toMatch(/npm_config_nodedir/);
    expect(existsSync(layout(root).outFile)).toBe(false);
    expect(existsSync(layout(root).stampFile)).toBe(false);
  });

  it('other node-gyp failures point at the saved log and the toolchain', async () => {
    await fakeCheckout();
    const broken: ProcessRunner = async () => ({ code: 1, output: "gyp ERR! stack Error: not found: make\nfatal error: 'sqlite3.h' file not found" });
    expect(await buildElectronNative(options(broken))).toBe(1);
    expect(lines.at(-1)).toMatch(/node-gyp failed \(exit 1\); its output is in .*build\.log\. .*Visual Studio Build Tools/);
    expect(await readFile(layout(root).logFile, 'utf8')).toContain('not found: make');
  });

  it('says what to do when electron, the driver or node-gyp is missing', async () => {
    expect(await buildElectronNative(options(gypThatBuilds))).toBe(1);
    expect(lines).toEqual(['electron-native: electron is not installed; run `npm ci` first.']);
    await fakeCheckout();
    lines = [];
    expect(await buildElectronNative({ ...options(gypThatBuilds), findGyp: () => undefined })).toBe(1);
    expect(lines[0]).toMatch(/node-gyp was not found/);
    expect(calls).toHaveLength(0);
  });

  it('recognises header download failures and nothing else as offline', () => {
    expect(isHeadersFailure(OFFLINE_OUTPUT)).toBe(true);
    expect(isHeadersFailure('gyp ERR! stack FetchError: request to https://electronjs.org/headers/v39.8.10/SHASUMS256.txt failed, reason: getaddrinfo ENOTFOUND')).toBe(true);
    expect(isHeadersFailure('gyp ERR! stack Error: connect ECONNREFUSED 127.0.0.1:3128')).toBe(true);
    expect(isHeadersFailure('gyp ERR! stack Error: getaddrinfo EAI_AGAIN electronjs.org')).toBe(true);
    expect(isHeadersFailure('gyp ERR! stack Error: 404 response downloading https://electronjs.org/headers/v1/node-v1-headers.tar.gz')).toBe(true);
    expect(isHeadersFailure('gyp ERR! stack Error: 407 status code downloading SHASUMS256.txt')).toBe(true);
    expect(isHeadersFailure('error: no member named "foo" in "v8::Isolate"\nmake: *** [Release/obj.target] Error 1')).toBe(false);
  });

  it('compares stamps exactly', () => {
    const want = stampFor({ electronVersion: '39.8.10', moduleVersion: '12.11.1', platform: 'linux', arch: 'x64' });
    expect(isUpToDate(JSON.stringify(want), true, want)).toBe(true);
    expect(isUpToDate(JSON.stringify(want), false, want)).toBe(false);
    expect(isUpToDate(null, true, want)).toBe(false);
    expect(isUpToDate('{not json', true, want)).toBe(false);
    expect(isUpToDate(JSON.stringify({ ...want, arch: 'arm64' }), true, want)).toBe(false);
    expect(isUpToDate(JSON.stringify({ ...want, extra: 1 }), true, want)).toBe(false);
    expect(gypArgs({ electronVersion: '39.8.10', arch: 'arm64' })).toContain('--arch=arm64');
  });

  it('finds node-gyp: npm_config_node_gyp first, then the project, npm_execpath, and the npm beside node', () => {
    const all = (file: string) => file.endsWith('node-gyp.js');
    const none = () => undefined;
    expect(findNodeGyp({ env: { npm_config_node_gyp: '/x/node-gyp.js' }, execPath: '/usr/bin/node', root, exists: all, resolveFrom: () => '/p/node-gyp.js' })).toBe('/x/node-gyp.js');
    expect(findNodeGyp({ env: {}, execPath: '/usr/bin/node', root, exists: all, resolveFrom: () => '/p/node-gyp.js' })).toBe('/p/node-gyp.js');
    expect(findNodeGyp({ env: { npm_execpath: '/opt/npm/bin/npm-cli.js' }, execPath: '/usr/bin/node', root, exists: all, resolveFrom: none })).toBe(
      path.join('/opt/npm/node_modules/node-gyp/bin/node-gyp.js'),
    );
    expect(findNodeGyp({ env: {}, execPath: '/usr/local/bin/node', root, exists: all, resolveFrom: none })).toBe('/usr/local/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js');
    const windowsLayout = (file: string) => file === path.join('/nodejs', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    expect(findNodeGyp({ env: {}, execPath: '/nodejs/node.exe', root, exists: windowsLayout, resolveFrom: none })).toBe(path.join('/nodejs/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'));
    expect(findNodeGyp({ env: {}, execPath: '/usr/bin/node', root, exists: () => false, resolveFrom: none })).toBeUndefined();
    // On this machine one is found for real.
    expect(findNodeGyp({ env: process.env, execPath: process.execPath, root: process.cwd() })).toMatch(/node-gyp\.js$/);
  });
});
