import { describe, expect, it } from 'vitest';
import { shortcutFor, summarizeShortcutLabel } from './shortcuts';

const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {}) => ({
  key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

describe('shortcuts', () => {
  it('Ctrl/Cmd+Enter summarizes', () => {
    expect(shortcutFor(k('Enter', { ctrlKey: true }))).toBe('summarize');
    expect(shortcutFor(k('Enter', { metaKey: true }))).toBe('summarize');
    expect(shortcutFor(k('Enter'))).toBeNull();
    expect(shortcutFor(k('Enter', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
  it('Esc stops', () => {
    expect(shortcutFor(k('Escape'))).toBe('stop');
    expect(shortcutFor(k('Escape', { isComposing: true }))).toBeNull();
  });
  it('labels by platform', () => {
    expect(summarizeShortcutLabel('MacIntel')).toBe('⌘ Enter');
    expect(summarizeShortcutLabel('Linux x86_64')).toBe('Ctrl+Enter');
  });
});
