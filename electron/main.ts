// Electron entry: wires the plain-Node app (electron/app) to a hardened window, IPC, the
// utilityProcess model host, OS lock/sleep events, dialogs and the clipboard. Nothing else lives here.
import { app, crashReporter, powerMonitor, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './app/create-app';
import { logEvent } from './base/safe-log';
import { registerAppScheme, serveRenderer, APP_ORIGIN } from './wiring/app-protocol';
import { createMainWindow, SESSION_PARTITION } from './wiring/window';
import { disableNetworkingSwitches, guardSessionNetwork } from './wiring/network-guard';
import { registerIpc, windowEventSink } from './wiring/ipc';
import { electronClipboard, electronDialogs } from './wiring/desktop-ports';
import { utilityHostChannel } from './wiring/utility-host-channel';
import { appDataDir, modelsDir, vaultDir } from './platform/paths';
import { restrictDir } from './platform/file-permissions';

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/electron
const appRoot = path.resolve(here, '..', '..');

// The data folder is named the same on every OS and by the CLI and README, whatever the package name
// (an explicit --user-data-dir still wins).
if (!app.commandLine.hasSwitch('user-data-dir')) app.setPath('userData', appDataDir());

// One instance per user: a second one would open the same vault. Exit at once, before touching files.
if (!app.requestSingleInstanceLock()) app.exit(0);

// Crash dumps can hold process memory, so patient text: keep them in a folder we empty at start
// and never upload (crashReporter is never started with a submit URL).
const crashDir = path.join(app.getPath('userData'), 'crash-dumps');
app.setPath('crashDumps', crashDir);
rmSync(crashDir, { recursive: true, force: true });
crashReporter.start({ uploadToServer: false, compress: true });

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
  const lockscribe = await createApp({
    dataDir: vaultDir(),
    // Installed, the app folder is read-only (asar): models go beside the user's data instead.
    modelsDir: modelsDir({ packaged: app.isPackaged, appRoot }),
    hostChannel: () => utilityHostChannel(path.join(here, 'model-host.mjs')),
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

  win = createMainWindow(here);
  win.on('closed', () => (win = null));
  await win.loadURL(`${APP_ORIGIN}index.html`);

  app.on('before-quit', () => void lockscribe.shutdown());
  app.on('second-instance', () => win?.focus());
  logEvent('info', 'app-started');
});

app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (e) => e.preventDefault());
});

app.on('window-all-closed', () => app.quit());
