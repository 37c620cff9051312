// Runs the model host in an Electron utilityProcess: a crash in llama.cpp's native code ends that
// process only, never the window or the vault.
import { utilityProcess } from 'electron';
import type { HostChannel } from '../model-host/host-channel';
import { hostEnvironment } from '../model-host/host-env';

export function utilityHostChannel(scriptPath: string, env: NodeJS.ProcessEnv = process.env): HostChannel {
  const child = utilityProcess.fork(scriptPath, [], { serviceName: 'Lockscribe model host', stdio: 'ignore', env: hostEnvironment(env) });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => {
      child.on('message', (message: unknown) => listener(message));
    },
    onExit: (listener) => {
      child.on('exit', (code: number) => listener(code));
    },
    kill: () => {
      child.kill();
    },
  };
}
