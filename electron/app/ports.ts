// What the services need from the desktop shell. Electron implements these in electron/wiring/;
// the CLI and the end-to-end harness implement them without Electron.

export interface DialogPort {
  /** Asks the user for a .gguf file; null when cancelled. */
  chooseModelFile(): Promise<string | null>;
  /** Asks where to save a file; null when cancelled. */
  chooseSavePath(defaultName: string, extensions: readonly string[]): Promise<string | null>;
  /** Asks for an existing file to open (a backup); null when cancelled. */
  chooseOpenPath(title: string, extensions: readonly string[]): Promise<string | null>;
}

export interface ClipboardPort {
  writeText(text: string): void;
  readText(): string;
  clear(): void;
}

/** An in-memory clipboard for the CLI and tests. */
export class MemoryClipboard implements ClipboardPort {
  private text = '';
  writeText(text: string): void {
    this.text = text;
  }
  readText(): string {
    return this.text;
  }
  clear(): void {
    this.text = '';
  }
}
