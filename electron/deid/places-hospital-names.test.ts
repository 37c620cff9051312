// Session 18 place rules (issue 11): a person's home after "pt is from", "DAUGHTER FROM", "wife here from"; a
// hospital's own name in "University of ..." and before "Hospital" ("taken to Memorial Hospital"); and an
// organization's "Health" after its name.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, survives } from './deid-test-support';

const FOUND: readonly (readonly [string, string])[] = [
  // Where a person comes from, in any case, whatever the word (not every town is listed).
  ['PT IS FROM QUONSET, LIVES WITH WIFE.', 'QUONSET'],
  ['pt is from quonset, lives with wife.', 'quonset'],
  ['FAMILY DRIVING IN FROM QUONSET.', 'QUONSET'],
  ['DAUGHTER FROM KELSEYVILLE CALLED FOR UPDATE', 'KELSEYVILLE'],
  ['wife here from brantwood, staying at hotel', 'brantwood'],
  ['Daughter from Kelseyville visited this afternoon.', 'Kelseyville'],
  ['SON AND DAUGHTER BOTH FROM MILLERSPORT', 'MILLERSPORT'],
  // "University of" belongs to the place it names.
  ['ADMITTED TO UNIVERSITY OF MARYLAND MEDICAL CENTER ON 3/4.', 'UNIVERSITY OF MARYLAND'],
  ['transferred from university of maryland hospital.', 'university of maryland'],
  ['Seen at the University of Quonset last year.', 'University of Quonset'],
  // A hospital named by a word that is otherwise generic, before "Hospital".
  ['Pt was taken to Memorial Hospital by ambulance.', 'Memorial'],
  ['AND TAKEN TO MEMORIAL HOSPITAL.', 'MEMORIAL'],
  ['She is at University Hospital now.', 'University'],
  ["transferred from Children's Hospital for cath", "Children's"],
  ['pt came from mercy medical center', 'mercy'],
  // Where something was done, before its year, in any case.
  ['h/o cabg at lahey 2001', 'lahey'],
  ['MI AT FAIRVIEW 1998, STENT X2', 'FAIRVIEW'],
  // An organization's "Health" after its name.
  ['Followed by Partners Health for PCP care.', 'Partners Health'],
];

const SURVIVE: readonly (readonly [string, string])[] = [
  ['We began to wean the patient from cardiopulmonary bypass.', 'cardiopulmonary'],
  ['pt weaned the patient from bipap this am', 'bipap'],
  ['pt is from home, lives alone.', 'home'],
  ['pt is from rehab, here for w/u.', 'rehab'],
  ['family from work visited', 'work'],
  ['son from out of town called', 'out'],
  ['Pain is from incision, well controlled.', 'incision'],
  ['PT IS FROM OSH FOR CATH.', 'OSH'],
  ['followed in the community health center', 'community'],
  ['admitted to general medicine service', 'general'],
  ['General appearance: NAD.', 'General'],
  ['In general hospital course was uneventful.', 'general'],
  ['extubated at aprox 2030, tolerating well', 'aprox'],
  ['MI AT FAIRVIEW 1998, STENT X2', '1998'],
  ['seen at clinic 2019 for f/u', 'clinic'],
];

describe('places after a person from, and hospitals by name: found', () => {
  it.each(FOUND)('%s', (text, part) => {
    expect(coverageOf(text, findIdentifiers(text), part).all, `"${part}" missed in: ${text}`).toBe(true);
  });
});

describe('places after a person from, and hospitals by name: look-alikes survive', () => {
  it.each(SURVIVE)('%s', (text, part) => {
    expect(survives(text, part), `"${part}" must survive in: ${text}`).toBe(true);
  });
});
