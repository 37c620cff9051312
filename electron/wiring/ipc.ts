// One ipcMain handler per contract method. The sender frame is checked (only our own page, main
// frame), then the request goes through dispatch(), which validates it before any service runs.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, ipcChannel, type EventName, type EventPayload } from '../../shared/contract/index';
import { err } from '../../shared/errors';
import { dispatch, type EventSink, type Handlers } from '../app/dispatch';
import { APP_ORIGIN } from './app-protocol';

function isTrustedSender(e: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  const frame = e.senderFrame;
  if (!win || !frame || e.sender !== win.webContents) return false;
  if (frame !== win.webContents.mainFrame) return false;
  return frame.url.startsWith(APP_ORIGIN);
}

export function registerIpc(handlers: Handlers, getWindow: () => BrowserWindow | null): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(name), async (e, payload: unknown) => {
      if (!isTrustedSender(e, getWindow())) return err('FORBIDDEN');
      return dispatch(handlers, name, payload);
    });
  }
}

export function windowEventSink(getWindow: () => BrowserWindow | null): EventSink {
  return {
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      const win = getWindow();
      if (win && !win.isDestroyed()) win.webContents.send(ipcChannel(event), payload);
    },
  };
}
