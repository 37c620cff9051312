import { describe, expect, it } from 'vitest';
import { formatBytes, formatClock, formatDateTime, formatParams, formatPercent, formatTokens, lockedReasonText, shortHash } from './format';

describe('format', () => {
  it('formats the token meter with grouping', () => {
    expect(formatTokens(1234, 3500)).toBe('1,234 / 3,500 tokens');
    expect(formatTokens(0, 0)).toBe('0 / 0 tokens');
  });
  it('formats bytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(700 * 1024 * 1024)).toBe('700 MB');
    expect(formatBytes(4.2 * 1024 ** 3)).toBe('4.2 GB');
  });
  it('formats parameter counts', () => {
    expect(formatParams(1_100_000_000)).toBe('1.1B');
    expect(formatParams(135_000_000)).toBe('135M');
    expect(formatParams(7_000_000_000)).toBe('7B');
    expect(formatParams(null)).toBe('unknown');
  });
  it('shortens hashes', () => {
    expect(shortHash('abcdef0123456789abcdef')).toBe('abcdef012345');
  });
  it('formats local times', () => {
    const d = new Date(2025, 0, 5, 9, 7, 3);
    expect(formatClock(d.toISOString())).toBe('09:07');
    expect(formatDateTime(d.toISOString())).toBe('2025-01-05 09:07');
    expect(formatClock('nope')).toBe('');
  });
  it('explains lock reasons', () => {
    expect(lockedReasonText('idle')).toMatch(/inactivity/);
    expect(lockedReasonText('os-lock')).toMatch(/computer was locked/);
    expect(lockedReasonText('sleep')).toMatch(/sleep/);
    expect(lockedReasonText('break-glass-expired')).toMatch(/emergency/i);
    expect(lockedReasonText(null)).toBeNull();
  });
  it('formats progress from either scale', () => {
    expect(formatPercent(0.425)).toBe('43%');
    expect(formatPercent(42)).toBe('42%');
    expect(formatPercent(null)).toBe('');
  });
});
