// The narrow bridge: exactly one function per contract method plus typed event subscription.
// No ipcRenderer, no generic send/invoke reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createClient } from '../shared/contract/client';
import { ipcChannel } from '../shared/contract/index';
import { err, type Result } from '../shared/errors';

const api = createClient({
  async invoke(method, request) {
    try {
      return (await ipcRenderer.invoke(ipcChannel(method), request)) as Result<unknown>;
    } catch {
      // Electron wraps main-side throws with their message; we never pass that on.
      return err('INTERNAL');
    }
  },
  subscribe(event, listener) {
    const channel = ipcChannel(event);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('lockscribe', api);
