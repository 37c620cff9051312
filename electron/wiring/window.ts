// The one window, hardened: isolated, sandboxed, no Node, no spellcheck (it would send words to the
// OS dictionary service), no navigation, no popups, no permissions, an in-memory session.
import { BrowserWindow, session, type Session } from 'electron';
import path from 'node:path';
import { APP_ORIGIN } from './app-protocol';

export const SESSION_PARTITION = 'lockscribe'; // no "persist:" prefix: nothing of the page is written to disk

export function hardenSession(s: Session): void {
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.setDevicePermissionHandler(() => false);
  s.setSpellCheckerEnabled(false);
  s.setDownloadPath('/nonexistent');
  s.on('will-download', (e) => e.preventDefault());
}

/** devTools comes from env-overrides.ts: never true in an installed app. */
export function createMainWindow(preloadDir: string, devTools = false): BrowserWindow {
  const s = session.fromPartition(SESSION_PARTITION);
  hardenSession(s);
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Lockscribe',
    backgroundColor: '#f7f8fa',
    webPreferences: {
      preload: path.join(preloadDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools,
      session: s,
    },
  });
  const wc = win.webContents;
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-navigate', (e, url) => {
    if (!url.startsWith(APP_ORIGIN)) e.preventDefault();
  });
  wc.on('will-redirect', (e) => e.preventDefault());
  wc.on('will-attach-webview', (e) => e.preventDefault());
  win.once('ready-to-show', () => win.show());
  return win;
}
