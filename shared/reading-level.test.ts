import { describe, expect, it } from 'vitest';
import { countSyllables, readingLevel } from './reading-level';

describe('countSyllables', () => {
  it('is close to a dictionary on common words', () => {
    const words: Record<string, number> = { cat: 1, make: 1, table: 2, needed: 2, walked: 1, water: 2, medicine: 3, hypertension: 4, bacteria: 4, every: 3, blood: 1, pressure: 2, radio: 3 };
    let off = 0;
    for (const [w, n] of Object.entries(words)) off += Math.abs(countSyllables(w) - n);
    expect(off).toBeLessThanOrEqual(3);
  });
});

describe('readingLevel', () => {
  it('scores plain language well below clinical prose', () => {
    const plain = readingLevel('You have a cold. Drink lots of water. Rest at home. Call us if you get worse.');
    const clinical = readingLevel(
      'The patient is a 58-year-old gentleman with a past medical history significant for congestive heart failure and hypertension, who presents with progressive exertional dyspnea, orthopnea and bilateral lower extremity edema.',
    );
    expect(plain.grade).toBeLessThan(4);
    expect(clinical.grade).toBeGreaterThan(14);
    expect(plain.sentences).toBe(4);
  });

  it('is zero for no words', () => {
    expect(readingLevel('  12 / 80 ').grade).toBe(0);
  });
});
