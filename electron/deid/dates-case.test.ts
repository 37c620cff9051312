// Month names in capitals and lower case (issue 11, round 6): "SINCE MID-JUNE", "died in march".
// Case says nothing in one-case notes, so a time word before the month must.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, covered, survives } from './deid-test-support';

describe('month names in one-case text', () => {
  it.each([
    ['HAS BEEN CONFUSED SINCE MID-JUNE.', 'JUNE'],
    ['confused since mid-june per family.', 'june'],
    ['HUSBAND DIED IN MARCH.', 'MARCH'],
    ['husband died in march, lives alone since.', 'march'],
    ['sx began mid-may.', 'may'],
    ['Symptoms since mid-October.', 'October'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true);
  });
  it.each([
    ['pts march in the parade.', 'march'],
    ['will march in step with PT.', 'march'],
    ['pt may need mid-dose adjustment.', 'may'],
    ['The march of time.', 'march'],
  ])('%s keeps the word', (text, part) => {
    expect(survives(text, part)).toBe(true);
  });
});

// Session 17: short weekdays and months as nurses write them, in any case.
describe('short weekdays and months in nursing shorthand', () => {
  it.each([
    ['plan for echo tues', 'tues'],
    ['SCHEDULED FOR OR ON THURS.', 'THURS'],
    ['dialysis due weds', 'weds'],
    ['NEXT DIALYSIS SAT AM', 'SAT'],
    ['family to visit wed night', 'wed'],
    ['ON FRI PT WENT TO CT', 'FRI'],
    ['extubated since oct, trach changed', 'oct'],
    ['ADMITTED IN FEB W/ PNA', 'FEB'],
    ['last admit june for chf', 'june'],
    ['PT DISCHARGED JULY TO REHAB', 'JULY'],
    // A word ending in "x" is no "x" (times): "tx 8/1/03", "hx 8/1/03".
    ['tx 8/1/03 at osh, tol well', '8/1/03'],
    ['hx 8/1/03 cabg x3', '8/1/03'],
    ['at osh 7/23-24 for chf', '7/23-24'],
    ['family mtg planned for the 24th.', '24th'],
    ['FAMILY MTG PLANNED FOR THE 8TH.', '8TH'],
    ['PMH: S/P CABG 3/03, DM2, HTN.', '3/03'],
    ['LAST BM 2/4, ON 3/11 AT 0400 PT PULLED OUT NGT.', '2/4'],
    ['c/o wt loss since mid-Mar.', 'Mar'],
    ['trach change due 9/9', '9/9'],
    ['intubated mar 11, trach planned.', 'mar 11'],
  ])('%s', (text, part) => {
    expect(covered(text, part)).toBe(true);
  });
  it.each([
    ['O2 SAT AM 95% on 2L', 'SAT'],
    ['RR 22-24, Sat 97-99%. Fair cough', 'Sat'],
    ['pt sat in chair for 2 hrs', 'sat'],
    ['dec in uo since am', 'dec'],
    ['married: wed 1962, wife at bedside', 'wed'],
    ['mar 2+ edema noted', 'mar'],
    ['PEEP 5/10/15 trial, tol well', '5/10/15'],
    ['ps 10/5-8 overnight', '10/5-8'],
    ['1/2-1 tab q4h prn', '1/2-1'],
    ['extubated for the 2nd time', '2nd'],
    ['moved to the 5th floor', '5th'],
    ['drain brought out through the 4th arm port', '4th'],
    ['late may be better for the family', 'may'],
    ['ps 10 peep 5, dec 11 over the shift', 'dec'],
  ])('%s keeps the word', (text, part) => {
    expect(survives(text, part)).toBe(true);
  });
});

// Round 9: a month and day with a dash after what was done on that day, and a course's day count after a date.
describe('dates after what was done on them', () => {
  it.each([
    ['abx started 11/28, day 3', '11/28'],
    ['PICC placed 11-28', '11-28'],
    ['S/P CABG 10-02, EF 40%', '10-02'],
    ['LAST BM 12-2.', '12-2'],
    ['PICC PLACED 11/28/ IN L ARM', '11/28'],
  ])('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all, `"${part}" missed in: ${text}`).toBe(true);
  });
  it.each([
    ['placed 2-3 drains', '2-3'],
    ['removed 1-2 cm of tissue', '1-2'],
    ['s/p 2-3 liters of ns', '2-3'],
    ['CPAP/PS 5/5/.40, then 10/5/.30', '10/5'],
  ])('%s keeps the count', (text, part) => {
    expect(survives(text, part)).toBe(true);
  });
});

// Session 19: a range whose end is a later day of the same month, and birth years that say the person is over 89.
describe('date ranges in fractions shape, and birth years over 89', () => {
  it.each([
    ['3/4-3/9 at osh for pna', '3/4'],
    ['abx 1/2-1/9, then po', '1/2'],
    ['pt born 1912, lives with niece', '1912'],
    ['WWII veteran born in 1921.', '1921'],
    ['DOB: 1931', '1931'],
    ['YOB 1928, widowed', '1928'],
    ['celebrated her 100th birthday last week', '100th'],
    ['d/c planned for 23rd', '23rd'],
    ['OR SCHEDULED FOR 3RD, NPO AFTER MN', '3RD'],
    ['away between the 3rd and 5th of March', '3rd'],
    ['inpatient 14th-16th March at OSH', '14th'],
    ['could come the 2nd, 3rd or 4th of June', '2nd'],
  ])('covers %s', (text, part) => expect(covered(text, part)).toBe(true));
  it.each([
    ['1/4-1/2 tab po q6h prn', '1/4'],
    ['give 1/2-1/3 of the dose', '1/2'],
    ['2/3-2/5 cm wound', '2/3'],
    ['born 1990, lives with parents', '1990'],
    ['born in the 1930s', '1930'],
    ['celebrated his 50th birthday', '50th'],
    ['2 units ordered, waiting for 2nd.', '2nd'],
    ['planned for 2nd dose at 1800', '2nd'],
    ['1st and 2nd may be given together', '2nd'],
    ['2nd and 3rd degree burns in March', '2nd'],
  ])('leaves %s', (text, part) => expect(survives(text, part)).toBe(true));
});

// Session 19: ages over 89 set off by commas, spelled after "is", in lists and as "90+".
describe('ages over 89 in more shapes', () => {
  it.each([
    ['PT IS NINETY-TWO AND LIVES ALONE', 'NINETY-TWO'],
    ['pt, 92, lives alone', '92'],
    ['her mother, 94, is her caregiver', '94'],
    ['parents ages 90 and 92', '92'],
    ['90+ yo F from NH', '90'],
  ])('covers %s', (text, part) => expect(covered(text, part)).toBe(true));
  it.each([
    ['sats, 92, on 2L', '92'],
    ['HR IS NINETY', 'NINETY'],
    ['children ages 3 and 5', '5'],
  ])('leaves %s', (text, part) => expect(survives(text, part)).toBe(true));
});

// Session 19: settings, scores and blood gases that look like dates or addresses.
describe('ventilator settings after a changed mode, pain scores after their complaint, blood gases', () => {
  it.each([
    ['cpap/ps mode decreased to 8/5 c good pt tol', '8/5'],
    ['ON BIPAP OVERNIGHT 10/5 FIO2 65%', '10/5'],
    ['experiencing CP 4/10. Was there but not', '4/10'],
    ['chest pressure 6/10. EKG ST elevations', '6/10'],
    ['PT STATED HE HAD 3/10 INCISIONAL PAIN.', '3/10'],
    ['abg on these settings: 80/48/7.45.34.7. he continued', '7.45.34.7'],
  ])('leaves %s', (text, part) => expect(survives(text, part)).toBe(true));
  it.each([
    ['seen on 5/10 by dr', '5/10'],
    ['last seen 3/10 with mild pain', '3/10'],
    ['pain 4/10 since 3/10', '3/10'],
    ['server at 10.0.0.12 logged it', '10.0.0.12'],
  ])('covers %s', (text, part) => expect(covered(text, part)).toBe(true));
});
