import { clipboard, dialog, type BrowserWindow } from 'electron';
import type { ClipboardPort, DialogPort } from '../app/ports';

export function electronDialogs(getWindow: () => BrowserWindow | null): DialogPort {
  return {
    async chooseModelFile() {
      const win = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Choose a GGUF model',
        properties: ['openFile'],
        filters: [{ name: 'GGUF models', extensions: ['gguf'] }],
      };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseOpenPath(title, extensions) {
      const win = getWindow();
      const options: Electron.OpenDialogOptions = { title, properties: ['openFile'], filters: [{ name: extensions.join(', '), extensions: [...extensions] }] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseSavePath(defaultName, extensions) {
      const win = getWindow();
      const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters: [{ name: extensions.join(', '), extensions: [...extensions] }] };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled ? null : (r.filePath ?? null);
    },
  };
}

export const electronClipboard: ClipboardPort = {
  writeText: (text) => clipboard.writeText(text),
  readText: () => clipboard.readText(),
  clear: () => clipboard.clear(),
};
