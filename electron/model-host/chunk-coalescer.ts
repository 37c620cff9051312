// Batches streamed text so the host sends one IPC message per ~20 ms instead of one per token.
// The first chunk goes out at once: the user sees the summary start without delay, and the
// receiver can time decoding from it without a coalescing offset.

export const COALESCE_MS = 20;

export class ChunkCoalescer {
  private text = '';
  private tokens = 0;
  private timer: NodeJS.Timeout | null = null;
  private sentAny = false;

  constructor(
    private readonly emit: (text: string, tokens: number) => void,
    private readonly intervalMs = COALESCE_MS,
  ) {}

  push(text: string, tokens: number): void {
    this.text += text;
    this.tokens = tokens;
    if (!this.sentAny) {
      this.flush();
      return;
    }
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.text === '') return;
    const text = this.text;
    this.text = '';
    this.sentAny = true;
    this.emit(text, this.tokens);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
