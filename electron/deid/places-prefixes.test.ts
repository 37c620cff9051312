// Session 19 place rules (issue 11): forts and mounts by their abbreviations ("Ft. Washington", "MT. SINAI"), a
// county hospital's name past its county ("Howard County General"), and a small particle inside a town's name
// ("Havre de Grace").
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, survives } from './deid-test-support';

const FOUND: readonly (readonly [string, string])[] = [
  ['home in Ft. Washington with wife', 'Ft. Washington'],
  ['LIVES IN FT. WASHINGTON', 'FT. WASHINGTON'],
  ['stationed at Ft Detrick until 2019', 'Ft Detrick'],
  ['wife drove from Ft. Myers today', 'Ft. Myers'],
  ['son lives in Mt. Vernon, NY', 'Mt. Vernon'],
  ['TRANSFERRED FROM MT. SINAI FOR CATH', 'MT. SINAI'],
  ['Retired from Fort Meade in 2001.', 'Fort Meade'],
  ['OSH: Howard County General', 'Howard County General'],
  ['TX FROM CARROLL COUNTY MEMORIAL WITH STEMI', 'CARROLL COUNTY MEMORIAL'],
  ['from harford county general hosp', 'harford county general'],
  ['pt from Havre de Grace, lives alone', 'Havre de Grace'],
  ['Mr. Silva flew to Reguengos de Monsaraz on Tuesday.', 'Reguengos de Monsaraz'],
];

const SURVIVE: readonly (readonly [string, string])[] = [
  ['Pt is 5 Ft. Tall and 60 kg.', 'Tall'],
  ['AMBULATED 50 FT. TOLERATED WELL', 'TOLERATED'],
  ['CT/MT REMOVAL PLANNED', 'REMOVAL'],
  ['Port Placed in IR, accessed.', 'Placed'],
  ['lives in Howard County generally with family', 'generally'],
  ['transferred from Bayview on Monday for cath', 'on'],
];

describe('fort, mount, county hospital and particle places: found', () => {
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true));
});

describe('fort, mount, county hospital and particle places: look-alikes survive', () => {
  for (const [text, part] of SURVIVE) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

describe('a place suffix takes the capitalized words before it', () => {
  it.each([
    ['lives at Oak Crest Village with wife', 'Oak Crest Village'],
    ['She likes Deep Creek Lake in summer', 'Deep Creek Lake'],
  ])('%s', (text, part) => expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true));
  it.each([['Wife Lake Village resident, visits daily', 'Wife']])('%s', (text, part) => expect(survives(text, part)).toBe(true));
});

describe('numbered wards after a move, with a unit or at the phrase end', () => {
  it.each([
    ['ACCEPTED TO ORTEGA 3 CCU', 'ORTEGA'],
    ['bed on stoneman 9 tomorrow', 'stoneman'],
    ['CALL OUT TO REISNER 2', 'REISNER'],
    ['PT TO GO TO FELDSTEIN 5.', 'FELDSTEIN'],
  ])('%s', (text, part) => expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true));
  it.each([
    ['pt to dilt 10.', 'dilt'],
    ['transfer to zyprexa 5, then', 'zyprexa'],
    ['titrated to levo 8.', 'levo'],
  ])('%s', (text, part) => expect(survives(text, part)).toBe(true));
});

describe('apartment complexes and senior-living residences', () => {
  it.each([
    ['moved into Sunrise Senior Living last year', 'Sunrise'],
    ['home: Maple Court Apts #4B', 'Maple Court'],
    ['LIVES IN PARKVIEW APARTMENTS', 'PARKVIEW'],
  ])('%s', (text, part) => expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true));
  it.each([
    ['lives in senior apartments', 'senior'],
    ['lives in Section 8 apartments', 'Section'],
    ['LIVES IN SECTION 8 HOUSING', 'SECTION'],
  ])('%s', (text, part) => expect(survives(text, part)).toBe(true));
});

describe('medical words after a movement cue are no places', () => {
  it.each([
    ['The patient was returned to the supine position, awakened.', 'supine'],
    ['taken to the postanesthesia care unit in stable condition', 'postanesthesia'],
    ['was transferred to Postanesthesia Care Unit in stable condition.', 'Postanesthesia'],
    ['incision was formed and taken down to the fascia.', 'fascia'],
    ['transferred back to the Pediatric intensive care unit', 'Pediatric'],
    ['biopsy was taken from the dysplastic area', 'dysplastic'],
    ['She was seen in the preoperative holding area', 'preoperative'],
  ])('%s', (text, part) => expect(survives(text, part)).toBe(true));
  it.each([
    ['transferred to Quartermain for rehab', 'Quartermain'],
    ['pt from Columbia, lives with son', 'Columbia'],
    ['TRANSFERRED FROM KESSLER', 'KESSLER'],
  ])('%s', (text, part) => expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true));
});

describe('a clinic named for its specialty is no place', () => {
  it.each([
    ['seen in the Pediatric Surgery Clinic', 'Surgery'],
    ['in the Podiatry Clinic for dressing change', 'Podiatry'],
    ['Enrollment in Device Clinic.', 'Device'],
    ['follow up in Pediatric Urology Clinic', 'Urology'],
    ['lysis of adhesions; adhesions were taken down from the abdominal wall', 'adhesions'],
  ])('%s', (text, part) => expect(survives(text, part)).toBe(true));
  it.each([['seen at Towson Urology Clinic', 'Towson']])('%s', (text, part) => expect(coverageOf(text, findIdentifiers(text), part).all).toBe(true));
});
