// Round-7 rules (issue 11), driven by the strict surrogate swap (eval:deid --strict) so no bundled list can
// help: a hospital's abbreviation in capitals after a movement cue whatever letter it ends in, and an
// everyday word right after a kin word in one-case text when what follows is something people do.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, survives } from './deid-test-support';

function found(text: string, part: string, kind: string): boolean {
  const c = coverageOf(text, findIdentifiers(text), part);
  return c.all && c.kinds.has(kind as never);
}

describe('hospital abbreviations after a movement cue', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['Pt transferred to RH for cath.', 'RH'],
    ['REFERRED TO SDDC FOR EVAL.', 'SDDC'],
    ['pt was transfered to TK from Providence Hospital', 'TK'],
    ['s/p medflight to CH for emergent cath', 'CH'],
    ['Pt admitted from ML Hospital at 1900.', 'ML'],
    ['Sister lives in WC, will visit.', 'WC'],
    ['BROUGHT TO QMH ER FOR MI.', 'QMH'],
  ];
  for (const [text, part] of FOUND) it(`finds "${part}" in: ${text}`, () => expect(found(text, part, 'LOCATION')).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['Pt transferred to CCU overnight.', 'CCU'],
    ['PT SENT TO CT AT 1400.', 'CT'],
    ['Pt taken to OR for ex lap.', 'OR'],
    ['referred to ENT for follow up.', 'ENT'],
    ['Blood clot drawn and sent to BB for type and cross.', 'BB'],
    ['RETURNED TO AV PACED 75.', 'AV'],
    ['ulceration seen at GE junction.', 'GE'],
    ['transferred from OH for card cath.', 'OH'],
    ['Pt transferred to SDU today.', 'SDU'],
    ['Pt transferred to MSICU.', 'MSICU'],
    ['pt sent to IR for picc placement.', 'IR'],
    ['TRANSFERRED TO NH IN 2/2010.', 'NH'],
    ['Admitted to Medicine, NS at 75 cc/hr.', 'NS'],
    ['Pt transferred to floor on heparin.', 'floor'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
  it('keeps a month before a day a date, not a ward', () => {
    const text = 'on Oct 7 rn noted rash.';
    expect(coverageOf(text, findIdentifiers(text), 'Oct 7').kinds).toEqual(new Set(['DATE']));
  });
});

describe('everyday-word names after a kin word in one-case text', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['social- son snow in to visit.', 'snow'],
    ['family in to visit, son sharp was updated on his progress.', 'sharp'],
    ['social- family in to visit, son hill consented for peg placement.', 'hill'],
    ['his son, short, called twice.', 'short'],
    ['SOCIAL: DTR HOPE CALLED AND WAS UPDATED.', 'HOPE'],
    ['wife rose visited this evening.', 'rose'],
  ];
  for (const [text, part] of FOUND) it(`finds "${part}" in: ${text}`, () => expect(found(text, part, 'NAME')).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['son also called, updated on plan.', 'also'],
    ['son later called for update.', 'later'],
    ['wife here visited pt.', 'here'],
    ['son present at bedside.', 'present'],
    ['daughter finally consented to dnr.', 'finally'],
    ['son visiting, updated by md.', 'visiting'],
    ['wife tearful, updated by team.', 'tearful'],
    ['son in law called.', 'law'],
    ['daughters both visited today.', 'both'],
    ['son again called re plan.', 'again'],
    ['WIFE UPSET, SPOKE WITH SW.', 'UPSET'],
    ['Son Parkinson stated pt ok.', 'Parkinson'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
  it('keeps a month before a day a date, not a ward', () => {
    const text = 'on Oct 7 rn noted rash.';
    expect(coverageOf(text, findIdentifiers(text), 'Oct 7').kinds).toEqual(new Set(['DATE']));
  });
});

describe('an initial and an everyday-word surname among people words in one-case text', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['PT GIVEN MG. W. SNOW AWARE. PT GIVEN CA.', 'W. SNOW'],
    ['MILRINONE OFF AS PER W. SNOW. GU: GOOD U/O.', 'W. SNOW'],
    ['BP 80S, D. BELL NOTIFIED.', 'D. BELL'],
  ];
  for (const [text, part] of FOUND) it(`finds "${part}" in: ${text}`, () => expect(found(text, part, 'NAME')).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['PT IN A. FIB, MD AWARE.', 'FIB'],
    ['ABG PER A. LINE OK.', 'LINE'],
    ['V. TACH RUN, MD AWARE.', 'TACH'],
    ['SPUTUM GREW S. AUREUS, MD AWARE.', 'S.'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
  it('keeps a month before a day a date, not a ward', () => {
    const text = 'on Oct 7 rn noted rash.';
    expect(coverageOf(text, findIdentifiers(text), 'Oct 7').kinds).toEqual(new Set(['DATE']));
  });
});

describe('an ordinal day without its article in nursing shorthand', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['extubated on 11th, tolerating well.', '11th'],
    ['PT EXTUBATED ON 11TH. TOL PO.', '11TH'],
    ['afebrile since 3rd.', '3rd'],
    ['npo until 15th when ercp planned.', '15th'],
  ];
  for (const [text, part] of FOUND) it(`finds "${part}" in: ${text}`, () => expect(found(text, part, 'DATE')).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['pt remains on 1st step mattress.', '1st'],
    ['now on 2nd dose of vanc.', '2nd'],
    ['transferred on 3rd floor bed.', '3rd'],
    ['ON 2ND PRESSOR, MAP 60S.', '2ND'],
    ['on 4th liter of NS.', '4th'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
  it('keeps a month before a day a date, not a ward', () => {
    const text = 'on Oct 7 rn noted rash.';
    expect(coverageOf(text, findIdentifiers(text), 'Oct 7').kinds).toEqual(new Set(['DATE']));
  });
});

describe('a numbered ward named by an unlisted word', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['PT TO FELDBERG 7 TODAY.', 'FELDBERG'],
    ['report called to feldberg 7 rn.', 'feldberg'],
    ['Awaiting bed on Feldberg 7 when bed available.', 'Feldberg'],
    ['plan call out to zalinski 4 tonight', 'zalinski'],
    ['pt to go to ORTLEB 3 pending bed.', 'ORTLEB'],
  ];
  for (const [text, part] of FOUND) it(`finds "${part}" in: ${text}`, () => expect(found(text, part, 'LOCATION')).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['ON VASO 2 PENDING ABG.', 'VASO'],
    ['on dilt 10 since 3am, hr 90s.', 'dilt'],
    ['pt on cvvhd 2 since noon.', 'cvvhd'],
    ['changed to dilt 10 today.', 'dilt'],
    ['weaned to cpap 5 this am.', 'cpap'],
    ['Pt to Parkinson 2 clinic.', 'Parkinson'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
  it('keeps a month before a day a date, not a ward', () => {
    const text = 'on Oct 7 rn noted rash.';
    expect(coverageOf(text, findIdentifiers(text), 'Oct 7').kinds).toEqual(new Set(['DATE']));
  });
});
