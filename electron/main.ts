// Electron entry: wires the plain-Node app (electron/app) to a hardened window, IPC, the
// utilityProcess model host, OS lock/sleep events, dialogs and the clipboard. Nothing else lives here.
import { app, powerMonitor, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './app/create-app';
import { debuggingSwitches, envOverrides, ignoredOverrides } from './app/env-overrides';
import { createQuitGuard } from './app/quit-guard';
import { excludeMemoryFromCoreDumps } from './platform/core-dumps';
import { logEvent } from './base/safe-log';
import { registerAppScheme, serveRenderer, APP_ORIGIN } from './wiring/app-protocol';
import { createMainWindow, SESSION_PARTITION } from './wiring/window';
import { disableNetworkingSwitches, guardSessionNetwork } from './wiring/network-guard';
import { registerIpc, windowEventSink } from './wiring/ipc';
import { electronClipboard, electronDialogs } from './wiring/desktop-ports';
import { utilityHostChannel } from './wiring/utility-host-channel';
import { appDataDir } from './platform/paths';
import { restrictDir } from './platform/file-permissions';
import { osDeviceKey } from './wiring/device-key';
import { watchLinuxScreenLock } from './wiring/screen-lock-signals';

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/electron
const appRoot = path.resolve(here, '..', '..');

// The data folder is named the same on every OS and by the CLI and README, whatever the package name
// (an explicit --user-data-dir still wins).
if (!app.commandLine.hasSwitch('user-data-dir')) app.setPath('userData', appDataDir());

// Core dumps would hold process memory, so patient text and keys: on Linux this process and every
// child started from it leave all memory out of any core (see platform/core-dumps.ts).
logEvent('info', 'core-dumps', { outcome: excludeMemoryFromCoreDumps() });

// An installed app opens no debugger and takes no data-folder or DevTools switches from its environment.
if (app.isPackaged && debuggingSwitches(process.argv).length > 0) {
  logEvent('error', 'debugging-switch-refused', { switches: debuggingSwitches(process.argv).join(',') });
  app.exit(1);
}
const overrides = envOverrides({ isPackaged: app.isPackaged, env: process.env });
for (const name of ignoredOverrides({ isPackaged: app.isPackaged, env: process.env })) logEvent('warn', 'env-override-ignored', { name });

// One instance per user: a second one would open the same vault. Exit at once, before touching files.
if (!app.requestSingleInstanceLock()) app.exit(0);

// Crash dumps can hold process memory, so patient text: crashReporter is never started (no crashpad
// handler, nothing collected or uploaded), and the crash-dump folder is pointed at one emptied here.
const crashDir = path.join(app.getPath('userData'), 'crash-dumps');
app.setPath('crashDumps', crashDir);
rmSync(crashDir, { recursive: true, force: true });
app.commandLine.appendSwitch('disable-crash-reporter');

disableNetworkingSwitches();
registerAppScheme();
app.enableSandbox();

let win: BrowserWindow | null = null;
const getWindow = () => win;

void app.whenReady().then(async () => {
  const s = session.fromPartition(SESSION_PARTITION);
  serveRenderer(path.join(appRoot, 'dist', 'renderer'), s);

  // Vault, models and crash dumps live under it: owner-only (0700, or an ACL on Windows).
  await restrictDir(app.getPath('userData'));
  const deviceKey = osDeviceKey(app.getPath('userData'));
  const lockscribe = await createApp({
    ...(deviceKey ? { deviceKey } : {}),
    dataDir: overrides.dataDir ?? path.join(app.getPath('userData'), 'vault'),
    // Installed, the app folder is read-only (asar): models go beside the user's data instead.
    modelsDir: overrides.modelsDir ?? (app.isPackaged ? path.join(app.getPath('userData'), 'models') : path.join(appRoot, 'models')),
    hostChannel: () => utilityHostChannel(path.join(here, 'model-host.mjs'), overrides.hostEnv),
    vaultWorkerScript: path.join(here, 'vault-worker.mjs'),
    dialogs: electronDialogs(getWindow),
    clipboard: electronClipboard,
    events: windowEventSink(getWindow),
  });
  guardSessionNetwork(s, (scheme) => lockscribe.networkBlocked(scheme));
  guardSessionNetwork(session.defaultSession, (scheme) => lockscribe.networkBlocked(scheme));

  registerIpc(lockscribe.handlers, getWindow);
  powerMonitor.on('lock-screen', () => void lockscribe.osLock('os-lock'));
  powerMonitor.on('suspend', () => void lockscribe.osLock('sleep'));
  const screenLock = watchLinuxScreenLock(() => void lockscribe.osLock('os-lock'));

  // Quitting waits for the lock (entry written, clipboard cleared, host stopped), then quits for real.
  const quitGuard = createQuitGuard({
    shutdown: async () => {
      screenLock.stop();
      await lockscribe.shutdown();
    },
    quit: () => app.quit(),
    onProblem: (problem) => logEvent('warn', 'quit-shutdown', { problem }),
  });
  app.on('before-quit', (e) => quitGuard.beforeQuit(e));

  win = createMainWindow(here, overrides.devTools);
  win.on('closed', () => (win = null));
  await win.loadURL(`${APP_ORIGIN}index.html`);

  app.on('second-instance', () => win?.focus());
  logEvent('info', 'app-started');
});

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

app.on('window-all-closed', () => app.quit());
