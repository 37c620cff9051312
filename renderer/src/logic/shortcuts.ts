// Workspace keyboard shortcuts: Ctrl/Cmd+Enter summarizes, Esc stops.

export type ShortcutAction = 'summarize' | 'stop';

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly isComposing?: boolean;
}

export function shortcutFor(e: KeyLike): ShortcutAction | null {
  if (e.isComposing) return null;
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) return 'summarize';
  if (e.key === 'Escape' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey) return 'stop';
  return null;
}

/** Text shown next to the Summarize button. */
export function summarizeShortcutLabel(platform: string): string {
  return /mac/i.test(platform) ? '⌘ Enter' : 'Ctrl+Enter';
}
