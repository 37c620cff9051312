// The host's side of the message channel. The same bundle runs as a Node child
// (child_process.fork: process.send / process.on('message')) and as an Electron utilityProcess
// (process.parentPort); which one is detected at run time so this file never imports electron.

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface HostTransport {
  readonly kind: 'electron-utility' | 'node-fork';
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

export function detectTransport(): HostTransport {
  const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      kind: 'electron-utility',
      send: (m) => parentPort.postMessage(m),
      onMessage: (listener) => parentPort.on('message', (e) => listener(e.data)),
    };
  }
  if (typeof process.send === 'function') {
    // The parent went away: nothing left to serve, and an orphan would hold the model in memory.
    process.on('disconnect', () => process.exit(0));
    return {
      kind: 'node-fork',
      send: (m) => {
        if (process.connected) process.send!(m);
      },
      onMessage: (listener) => process.on('message', (m: unknown) => listener(m)),
    };
  }
  throw new Error('model host: no parent channel (start it with fork or utilityProcess)');
}
