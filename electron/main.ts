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

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/electron
const appRoot = path.resolve(here, '..', '..');

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

  const lockscribe = await createApp({
    dataDir: process.env.LOCKSCRIBE_DATA_DIR ?? path.join(app.getPath('userData'), 'vault'),
    // Installed, the app folder is read-only (asar): models go beside the user's data instead.
    modelsDir: process.env.LOCKSCRIBE_MODELS_DIR ?? (app.isPackaged ? path.join(app.getPath('userData'), 'models') : path.join(appRoot, 'models')),
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
