// Session 19: well-known hospitals by the short names written without a head word ("from Mayo", "at Dana-Farber"),
// and the instruments named for the same people, which must survive ("Mayo scissors", "a Lahey clamp").
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, survives } from './deid-test-support';
import { INSTITUTIONS } from './institutions';

const FOUND: readonly (readonly [string, string])[] = [
  ["transferred from Brigham and Women's for TAVR", "Brigham and Women's"],
  ['TX FROM BRIGHAM & WOMENS', 'BRIGHAM & WOMENS'],
  ['followed at Dana-Farber for AML', 'Dana-Farber'],
  ['hx at Sloan Kettering, s/p chemo', 'Sloan Kettering'],
  ['transferred to Mayo in 2019 for eval', 'Mayo'],
  ['from Cedars-Sinai via ambulance', 'Cedars-Sinai'],
  ['from UCSF with records', 'UCSF'],
  ['seen at Mass Eye and Ear last month', 'Mass Eye and Ear'],
  ['seen at nyu langone in the past', 'nyu langone'],
  ['PT FROM CHOP, 16 YO', 'CHOP'],
];

const SURVIVE: readonly (readonly [string, string])[] = [
  ['incision extended with Mayo scissors', 'Mayo'],
  ['suspended from Mayo stand', 'Mayo'],
  ['cervix grasped with a Lahey clamp', 'Lahey'],
  ['clamped with a straight Ochsner forceps', 'Ochsner'],
  ['CHOP MEDS AND GIVE VIA PEG', 'CHOP'],
  ['MUSC: OOB to chair', 'MUSC'],
  ['turkey sandwich with mayo', 'mayo'],
];

describe('well-known hospitals by short name: found', () => {
  it.each(FOUND)('%s', (text, part) => expect(coverageOf(text, findIdentifiers(text), part).all, `"${part}" missed in: ${text}`).toBe(true));
});

describe('well-known hospitals by short name: instruments and words survive', () => {
  it.each(SURVIVE)('%s', (text, part) => expect(survives(text, part), `"${part}" must survive in: ${text}`).toBe(true));
});

describe('the institution list', () => {
  it('holds lower-case phrases (a single word only hyphened), longest first per first word', () => {
    for (const [first, list] of INSTITUTIONS.multi) {
      for (const words of list) {
        expect(words[0]).toBe(first);
        expect(words.length > 1 || words[0]!.includes('-')).toBe(true);
        expect(words.join(' ')).toBe(words.join(' ').toLowerCase());
      }
      for (let k = 1; k < list.length; k++) expect(list[k - 1]!.length).toBeGreaterThanOrEqual(list[k]!.length);
    }
  });
});
