// Types for build/electron-native.mjs, so its tests are typechecked.
export declare const MODULE: string;
export declare const BINARY: string;
export declare const HEADERS_URL: string;

export interface NativeLayout {
  readonly moduleDir: string;
  readonly electronPackage: string;
  readonly buildDir: string;
  readonly logFile: string;
  readonly outDir: string;
  readonly outFile: string;
  readonly stampFile: string;
}
export declare function layout(root: string): NativeLayout;

export interface NativeStamp {
  readonly electron: string;
  readonly module: string;
  readonly platform: string;
  readonly arch: string;
}
export declare function stampFor(facts: { electronVersion: string; moduleVersion: string; platform: string; arch: string }): NativeStamp;
export declare function isUpToDate(stampText: string | null, binaryExists: boolean, wanted: NativeStamp): boolean;
export declare function gypArgs(facts: { electronVersion: string; arch: string }): string[];

export interface FindGypOptions {
  env: NodeJS.ProcessEnv;
  execPath: string;
  root: string;
  exists?: (file: string) => boolean;
  resolveFrom?: (root: string, request: string) => string | undefined;
}
export declare function findNodeGyp(options: FindGypOptions): string | undefined;
export declare function isHeadersFailure(output: string): boolean;
export declare function offlineMessage(electronVersion: string): string;

export interface RunResult {
  readonly code: number;
  readonly output: string;
}
export type ProcessRunner = (file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<RunResult>;
export declare const runProcess: ProcessRunner;

export declare function buildElectronNative(options: {
  root: string;
  run?: ProcessRunner;
  log?: (line: string) => void;
  info?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  execPath?: string;
  platform?: string;
  arch?: string;
  findGyp?: (options: FindGypOptions) => string | undefined;
}): Promise<number>;
