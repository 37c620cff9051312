// `npm start` needs the SQLCipher driver (better-sqlite3-multiple-ciphers, a V8 addon) built for
// Electron's ABI, while tests and the CLI keep using the Node-ABI build in node_modules. This builds a
// second copy out of tree (dist/native-build/) with node-gyp against Electron's headers and puts the
// result at dist/native/electron/better_sqlite3.node, once per Electron and driver version (a stamp).
// Installers do not use it: electron-builder rebuilds node_modules for Electron when packaging.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MODULE = 'better-sqlite3-multiple-ciphers';
export const BINARY = 'better_sqlite3.node';
export const HEADERS_URL = 'https://electronjs.org/headers';

/** Where things go, relative to the repository root; electron/db/native-binding.ts reads OUT_FILE. */
export function layout(root) {
  const outDir = path.join(root, 'dist', 'native', 'electron');
  return {
    moduleDir: path.join(root, 'node_modules', MODULE),
    electronPackage: path.join(root, 'node_modules', 'electron', 'package.json'),
    buildDir: path.join(root, 'dist', 'native-build', MODULE),
    logFile: path.join(root, 'dist', 'native-build', 'build.log'),
    outDir,
    outFile: path.join(outDir, BINARY),
    stampFile: path.join(outDir, 'stamp.json'),
  };
}

/** What the built file is for; any difference means a rebuild. */
export function stampFor({ electronVersion, moduleVersion, platform, arch }) {
  return { electron: electronVersion, module: `${MODULE}@${moduleVersion}`, platform, arch };
}

export function isUpToDate(stampText, binaryExists, wanted) {
  if (!binaryExists || stampText === null) return false;
  try {
    const stamp = JSON.parse(stampText);
    return Object.keys(wanted).every((k) => stamp[k] === wanted[k]) && Object.keys(stamp).length === Object.keys(wanted).length;
  } catch {
    return false;
  }
}

/** node-gyp's arguments for a release build against Electron's headers. */
export function gypArgs({ electronVersion, arch }) {
  return ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${HEADERS_URL}`];
}

/**
 * node-gyp's script: the one npm hands to scripts it runs (npm_config_node_gyp), a copy in the project,
 * or the one inside the npm that runs us or that ships beside this Node.
 */
export function findNodeGyp({ env, execPath, root, exists = existsSync, resolveFrom = defaultResolve }) {
  const candidates = [];
  if (env.npm_config_node_gyp) candidates.push(env.npm_config_node_gyp);
  const local = resolveFrom(root, 'node-gyp/bin/node-gyp.js');
  if (local) candidates.push(local);
  if (env.npm_execpath) candidates.push(path.join(path.dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const nodeDir = path.dirname(execPath);
  // Unix installs keep npm in ../lib/node_modules; the Windows installer puts it beside node.exe.
  candidates.push(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((c) => exists(c));
}

function defaultResolve(root, request) {
  try {
    return createRequire(path.join(root, 'package.json')).resolve(request);
  } catch {
    return undefined;
  }
}

// What node-gyp prints when it cannot download the headers (DNS, refused, timed out, proxy, HTTP error);
// "rolling back install" is its own line for any failed header download.
const OFFLINE = /install got an error, rolling back install|related to network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|FetchError|request to \S+ failed|socket hang up|\b\d{3} +(?:response|status code) downloading/i;

export function isHeadersFailure(output) {
  return OFFLINE.test(output);
}

export function offlineMessage(electronVersion) {
  return (
    `electron-native: Electron ${electronVersion}'s headers could not be downloaded from ${HEADERS_URL}, so the database driver cannot be built for Electron. ` +
    'Connect to the internet once and run `npm start` again (the build is kept in dist/native/), ' +
    `or set npm_config_nodedir to a folder holding Electron ${electronVersion}'s headers (node-v${electronVersion}-headers.tar.gz unpacked).`
  );
}

/** Runs a program without a shell, collecting its output; resolves with the exit code. */
export function runProcess(file, args, { cwd, env }) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ code: 1, output: `${output}\n${e.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function readOrNull(file) {
  return readFile(file, 'utf8').catch(() => null);
}

/**
 * Builds when needed. Returns the exit code; `log` receives each failure as one line (stderr), `info`
 * the progress lines (stdout). Injected: the
 * process runner, environment and platform facts, so tests can drive it without Electron's headers.
 */
export async function buildElectronNative({
  root,
  run = runProcess,
  log = (line) => console.error(line),
  info = (line) => console.log(line),
  env = process.env,
  execPath = process.execPath,
  platform = process.platform,
  arch = process.arch,
  findGyp = findNodeGyp,
}) {
  const where = layout(root);
  const electronText = await readOrNull(where.electronPackage);
  const moduleText = await readOrNull(path.join(where.moduleDir, 'package.json'));
  if (electronText === null || moduleText === null) {
    log(`electron-native: ${electronText === null ? 'electron' : MODULE} is not installed; run \`npm ci\` first.`);
    return 1;
  }
  const electronVersion = JSON.parse(electronText).version;
  const wanted = stampFor({ electronVersion, moduleVersion: JSON.parse(moduleText).version, platform, arch });
  if (isUpToDate(await readOrNull(where.stampFile), existsSync(where.outFile), wanted)) return 0;

  const gyp = findGyp({ env, execPath, root });
  if (!gyp) {
    log('electron-native: node-gyp was not found (it ships with npm); run this through `npm start` or install npm with Node.');
    return 1;
  }
  info(`electron-native: building ${MODULE} for Electron ${electronVersion} (once; about a minute or two)...`);
  // A fresh copy of the sources, so the Node-ABI build in node_modules is never touched.
  await rm(where.buildDir, { recursive: true, force: true });
  await mkdir(path.dirname(where.buildDir), { recursive: true });
  // The real folder: a linked package (pnpm, npm link) would otherwise be copied as a link.
  const sources = await realpath(where.moduleDir);
  await cp(sources, where.buildDir, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(sources, src).split(path.sep)[0];
      return rel !== 'build' && rel !== 'node_modules';
    },
  });
  const { code, output } = await run(execPath, [gyp, ...gypArgs({ electronVersion, arch })], { cwd: where.buildDir, env });
  await writeFile(where.logFile, output).catch(() => undefined);
  if (code !== 0) {
    log(isHeadersFailure(output) ? offlineMessage(electronVersion) : `electron-native: node-gyp failed (exit ${code}); its output is in ${where.logFile}. Building needs Python 3 and a C++ toolchain (Visual Studio Build Tools on Windows).`);
    return 1;
  }
  const built = path.join(where.buildDir, 'build', 'Release', BINARY);
  if (!existsSync(built)) {
    log(`electron-native: node-gyp finished but ${BINARY} is missing; see ${where.logFile}.`);
    return 1;
  }
  await mkdir(where.outDir, { recursive: true });
  await copyFile(built, where.outFile);
  await writeFile(where.stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
  info(`electron-native: built ${path.relative(root, where.outFile)}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  process.exitCode = await buildElectronNative({ root });
}
