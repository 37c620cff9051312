// Families that round 20 of issue 11 found in long-term care, research and campus health records, and the chart words
// that round 19's rules read as names. Each has examples written apart from any generator, and the text next to them
// that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round twenty families are found', () => {
  it.each([
    // A correctional officer's "C.O." is a rank before a capitalized name that no English word spells.
    ['Escorted by C.O. Brennan to the exam room.', 'Brennan'],
    ['c.o. delgado #4417 remained at bedside', 'delgado'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round twenty look-alikes survive', () => {
  it.each([
    // "c.o." is "complains of" in a chart: what follows is a symptom, capitalized or not.
    ['pt c.o. Pain 7/10 in the lower back', 'Pain'],
    ['abd soft, c.o. Nausea overnight', 'Nausea'],
    ['C.O. Cramps since dinner', 'Cramps'],
    ['lower c.o. Maps 62-67 overnight', 'Maps'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
