import { describe, expect, it } from 'vitest';
import { estimateParts, meterWording, roundPercent } from './meter-wording';

const count = (noteTokens: number, promptTokens: number, budget: number) => ({ noteTokens, promptTokens, budget, fits: promptTokens <= budget });

describe('meter wording', () => {
  it('says "fits" below 85% of the budget and "near the limit" from there', () => {
    expect(meterWording(count(500, 700, 1000)).phrase).toBe('fits');
    expect(meterWording(count(600, 849, 1000)).level).toBe('fits');
    expect(meterWording(count(650, 850, 1000)).phrase).toBe('near the limit');
    expect(meterWording(count(800, 1000, 1000))).toMatchObject({ level: 'near', overPercent: null, parts: null });
  });

  it('says how much too long, rounded for people', () => {
    expect(meterWording(count(1100, 1300, 1000)).phrase).toBe('too long by about 30%');
    expect(meterWording(count(1070, 1270, 1000)).phrase).toBe('too long by about 25%');
    expect(meterWording(count(830, 1030, 1000)).phrase).toBe('too long by about 3%');
    expect(meterWording(count(801, 1001, 1000)).overPercent).toBe(1);
    expect(meterWording(count(4800, 5000, 1000)).phrase).toBe('too long by about 400%');
  });

  it('rounds small percents to the unit, middling to 5, large to 10', () => {
    expect([0.2, 4.4, 9.6, 12, 13, 99, 137, 451].map(roundPercent)).toEqual([1, 4, 10, 10, 15, 100, 140, 450]);
  });

  it('estimates the parts from the room a part leaves for the note', () => {
    // 200 tokens of instructions; 800 left for note text per part, about 680 packed.
    const c = count(4000, 4200, 1000);
    expect(estimateParts(c)).toBe(Math.ceil(4000 / 680));
    const w = meterWording(c);
    expect(w.parts).toBe(6);
    expect(w.sentence).toBe('Too long by about 320%: it will be summarized in about 6 parts, each drawn from its own sections.');
    // Just over: at least two parts.
    expect(estimateParts(count(810, 1010, 1000))).toBe(2);
  });

  it('says when the instructions alone fill the context', () => {
    const w = meterWording(count(100, 1100, 900));
    expect(w.parts).toBeNull();
    expect(w.sentence).toMatch(/no room/);
    expect(meterWording({ noteTokens: 10, promptTokens: 20, budget: 0, fits: false }).phrase).toBe('too long');
  });
});
