// A signature's shape (word, initial, word, comma, credential at the line's end) is a name even when
// its words are everyday ones ("MEYER C. COUSIN, RRT"); look-alikes must survive.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, survives } from './deid-test-support';

describe('signature lines', () => {
  it.each([
    ["ALBUTEROL MDI'S GIVEN. MEYER C. COUSIN, RRT", 'MEYER C. COUSIN'],
    ['Will cont to monitor.\nRose B. Carpenter, RN', 'Rose B. Carpenter'],
    ['Family updated. Hope A. Summers, LICSW', 'Hope A. Summers'],
    ['SEE FLOWSHEET. GRACE T. BAKER, RN', 'GRACE T. BAKER'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true);
  });
  it.each([
    // The credential must end the line, and the words must be no clinical words.
    ['Due for Hep B. Vaccine, MD aware', 'Vaccine'],
    ['Given Vitamin K. Repletion, RN', 'Vitamin'],
    ['Labs: Hep B. Surface Ag neg, MD', 'neg'],
  ])('%s keeps its words', (text, part) => {
    expect(survives(text, part)).toBe(true);
  });
});

describe('census surnames that are words, after a clinician cue', () => {
  it.each([
    ['MD (STONE) AWARE.', 'STONE'],
    ['NOTIFIED HOUSE OFFICER (BRIGHT).', 'BRIGHT'],
    ['SPOKE WITH WOOD, RN FROM CCU.', 'WOOD'],
    ['paged Love, NP re: K 3.1', 'Love'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true);
  });
  it.each([
    ['MD (AWARE) NOTIFIED.', 'AWARE'],
    ['RN (CHARGE) AWARE.', 'CHARGE'],
    ['MD (NIGHT) PAGED.', 'NIGHT'],
    ['HO (COVERING) AWARE.', 'COVERING'],
    ['OUTPUT GOOD, MD AWARE.', 'GOOD'],
    ['Pt seen by renal, MD aware.', 'renal'],
  ])('%s keeps its words', (text, part) => {
    expect(survives(text, part)).toBe(true);
  });
});
