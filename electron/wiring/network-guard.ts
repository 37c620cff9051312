// The app runs with networking disabled: every request that is not for the app's own files is
// cancelled and reported (the audit log records it as network.blocked).
import { app, type Session } from 'electron';
import { APP_SCHEME } from './app-protocol';

/** Chromium switches that stop background traffic before any window exists. Run before 'ready'. */
export function disableNetworkingSwitches(): void {
  const cl = app.commandLine;
  cl.appendSwitch('disable-background-networking');
  cl.appendSwitch('disable-component-update');
  cl.appendSwitch('disable-sync');
  cl.appendSwitch('disable-domain-reliability');
  cl.appendSwitch('no-pings');
  cl.appendSwitch('disable-features', 'AutofillServerCommunication,MediaRouter,OptimizationHints,NetworkPrediction');
  // Resolve every host name to nothing, and refuse proxies, as a second wall.
  cl.appendSwitch('host-resolver-rules', 'MAP * ~NOTFOUND');
  cl.appendSwitch('no-proxy-server');
  cl.appendSwitch('disk-cache-size', '0');
}

export function guardSessionNetwork(s: Session, onBlocked: (scheme: string) => void): void {
  s.webRequest.onBeforeRequest((details, callback) => {
    const scheme = details.url.split(':', 1)[0] ?? '';
    if (scheme === APP_SCHEME || scheme === 'devtools') return callback({});
    onBlocked(scheme);
    callback({ cancel: true });
  });
}
