import { describe, expect, it } from 'vitest';
import { meterView } from './tokenMeter';

describe('token meter', () => {
  it('shows used / budget and ok level', () => {
    const v = meterView({ noteTokens: 1000, promptTokens: 1234, budget: 3500, fits: true });
    expect(v.label).toBe('1,234 / 3,500 tokens');
    expect(v.level).toBe('ok');
    expect(v.phrase).toBe('fits');
    expect(v.hint).toBeNull();
    expect(v.fraction).toBeCloseTo(1234 / 3500);
  });
  it('warns near the limit and says how long a note that does not fit is, and in how many parts', () => {
    const near = meterView({ noteTokens: 2800, promptTokens: 3000, budget: 3500, fits: true });
    expect(near.level).toBe('near');
    expect(near.phrase).toBe('near the limit');
    const over = meterView({ noteTokens: 4350, promptTokens: 4550, budget: 3500, fits: false });
    expect(over.level).toBe('over');
    expect(over.fraction).toBe(1);
    expect(over.phrase).toBe('too long by about 30%');
    expect(over.parts).toBe(2);
    expect(over.hint).toMatch(/about 2 parts/);
  });
});
