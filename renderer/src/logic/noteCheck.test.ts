import { describe, expect, it } from 'vitest';
import { noteProblem } from './noteCheck';

describe('noteProblem', () => {
  it('accepts ordinary notes and leaves an empty one to the buttons', () => {
    expect(noteProblem('')).toBeNull();
    expect(noteProblem('BP 120/80. Plan: fluids.')).toBeNull();
  });
  it('names the size and the limit for a 20 MB paste, without quoting it', () => {
    const huge = 'Patient ZEBRA-CANARY '.repeat(1_000_000);
    const msg = noteProblem(huge)!;
    expect(msg).toMatch(/too large .*20\.\d MB; the limit is 2\.0 MB/);
    expect(msg).not.toContain('ZEBRA');
  });
  it('flags binary garbage', () => {
    expect(noteProblem('\u0000\u0001\u0002PK\u0003\u0004')).toMatch(/binary data/);
  });
});
