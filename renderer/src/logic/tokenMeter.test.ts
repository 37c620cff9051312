import { describe, expect, it } from 'vitest';
import { meterView } from './tokenMeter';

describe('token meter', () => {
  it('shows used / budget and ok level', () => {
    const v = meterView({ noteTokens: 1000, promptTokens: 1234, budget: 3500, fits: true });
    expect(v.label).toBe('1,234 / 3,500 tokens');
    expect(v.level).toBe('ok');
    expect(v.hint).toBeNull();
    expect(v.fraction).toBeCloseTo(1234 / 3500);
  });
  it('warns near the limit and when it does not fit', () => {
    expect(meterView({ noteTokens: 3000, promptTokens: 3300, budget: 3500, fits: true }).level).toBe('near');
    const over = meterView({ noteTokens: 4000, promptTokens: 4200, budget: 3500, fits: false });
    expect(over.level).toBe('over');
    expect(over.fraction).toBe(1);
    expect(over.hint).toMatch(/Too long/);
  });
});
