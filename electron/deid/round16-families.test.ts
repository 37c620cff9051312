// Families that round 16 of issue 11 found: a record field's abbreviation after a labelled name ("Cornelius
// Abernathy, MRN 004829", which once became a fake surname in a surrogate export), and the families below it.
// Each has examples written apart from any generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round sixteen families are found', () => {
  it.each([
    ['Patient: Cornelius Abernathy, MRN 00482913.', 'Cornelius Abernathy'],
    ['Patient: Abernathy, Cornelius MRN 00482913', 'Cornelius'],
    ['Pt: Fin Sullivan, DOB 1/2/1950', 'Fin Sullivan'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round sixteen look-alikes survive', () => {
  it.each([
    ['Patient: Cornelius Abernathy, MRN 00482913.', 'MRN'],
    ['Patient: Abernathy, Cornelius MRN 00482913', 'MRN'],
    ['Patient: Cornelius Abernathy, CSN 8812345', 'CSN'],
    ['Pt: Fin Sullivan, DOB 1/2/1950', 'DOB'],
    ['Patient: ABERNATHY, CORNELIUS  SSN: 123-45-6789', 'SSN'],
    ['Name: Rosa Diaz, Age 54, Sex F', 'Age'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
