import { describe, expect, it } from 'vitest';
import { allowedScreen, defaultScreen, screensFor } from './navigation';

describe('navigation by role', () => {
  it('hides note screens from admins and auditors', () => {
    expect(screensFor('admin')).not.toContain('workspace');
    expect(screensFor('admin')).not.toContain('history');
    expect(screensFor('admin')).toContain('models');
    expect(screensFor('auditor')).toEqual(['audit', 'account']);
    expect(screensFor('clinician')).toEqual(['workspace', 'history', 'models', 'account']);
  });
  it('falls back to the default screen', () => {
    expect(defaultScreen('clinician')).toBe('workspace');
    expect(allowedScreen('admin', 'history')).toBe('admin');
    expect(allowedScreen('clinician', 'history')).toBe('history');
  });
});
