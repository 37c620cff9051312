// A minimal typed event emitter (Node's EventEmitter types its payloads loosely).

export class TypedEvents<Events extends Record<string, readonly unknown[]>> {
  private listeners: { [K in keyof Events]?: ((...args: Events[K]) => void)[] } = {};

  on<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): () => void {
    (this.listeners[event] ??= []).push(listener);
    return () => {
      this.listeners[event] = this.listeners[event]?.filter((l) => l !== listener);
    };
  }

  protected emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    for (const l of this.listeners[event] ?? []) {
      try {
        l(...args);
      } catch {
        // A listener's bug must not break the host's bookkeeping.
      }
    }
  }
}
