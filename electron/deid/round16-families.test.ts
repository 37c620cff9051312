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
    // An ordinal birthday over 89 is an age, suffix and all.
    ['very pleasant woman, celebrated 98th b-day last month', '98th'],
    ['celebrated her 101st birthday with family', '101st'],
    // A schedule in weekday letters, in the week's order.
    ['GU: oliguric, HD m-w-f via R IJ quinton', 'm-w-f'],
    ['Outpatient dialysis T/Th/Sat at DCI.', 'T/Th/Sat'],
    ['coumadin 5 mg M/W/F, 2.5 mg other days', 'M/W/F'],
    ['HD MWF at the unit in town', 'MWF'],
    // Short weekdays that are also words, after a word that sets a day.
    ['pt npo since sun for ?cath, case bumped x2', 'sun'],
    ['next HD planned mon, renal aware', 'mon'],
    ['PER BROTHER MORE CONFUSED SINCE LAST SAT, FELL AT HOME', 'SAT'],
    // The region after "VNA of" or "Hospice of", in any case.
    ['PLAN: HOME W/ VNA OF upper cape WHEN STABLE', 'upper cape'],
    ['plan: home w/ vna of outer cape when stable', 'outer cape'],
    ['vna of pioneer valley to follow', 'pioneer valley'],
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
    ['Muscle strength 5/5, S/P M/F repair', 'S/P'],
    ['grade A/B/C lesions', 'A/B/C'],
    ['pt last sat up in chair for 2 hours', 'sat'],
    ['last sat with family at lunch', 'sat'],
    ['avoid sun until healed', 'sun'],
    ['burned by sun.', 'sun'],
    ['on tele, mon shows NSR', 'mon'],
    ['pt on hospice of sorts', 'hospice'],
    ['VNA of choice when ready', 'choice'],
    ['age 45th percentile for weight', '45th'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
