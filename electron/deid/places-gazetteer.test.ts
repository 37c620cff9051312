// Round-4 place rules (issue 11): US post-office towns from the zipcodes list, a street without a house
// number, prefixes that join a place ("New Conroe"). Towns that are words or names need a place's context;
// eponyms and instruments named after towns ("Sims position", "Pomeroy technique") must survive.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { survives } from './deid-test-support';
import { wordLists } from './wordlists';

function covered(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`test case does not contain its word: ${part}`);
  const found = findIdentifiers(text);
  for (let i = at; i < at + part.length; i++) if (/[\p{L}\p{N}]/u.test(text[i]!) && !found.some((f) => f.start <= i && i < f.end)) return false;
  return true;
}

describe('the US town gazetteer', () => {
  it('holds post-office towns, single and multi-word, and no firm names', () => {
    const { towns } = wordLists();
    expect(towns.size).toBeGreaterThan(15000);
    for (const t of ['marblehead', 'wapakoneta', 'chillicothe', 'north attleboro', 'fall river', 'quincy']) expect(towns.has(t)).toBe(true);
    for (const t of ['at&t', 'shell oil box 150', '115 firms']) expect(towns.has(t)).toBe(false);
  });

  const FOUND: readonly (readonly [string, string])[] = [
    // After a place preposition, written as a name; given names only after from/in/near.
    ['Pt grew up in Chillicothe and worked in Wapakoneta.', 'Chillicothe'],
    ['Pt grew up in Chillicothe and worked in Wapakoneta.', 'Wapakoneta'],
    ['Family in Chillicothe aware of the plan.', 'Chillicothe'],
    ['Son drove down from Quincy this morning.', 'Quincy'],
    ['Her sister is near Punxsutawney, will visit.', 'Punxsutawney'],
    ['LIVES IN FRAMINGHAM WITH WIFE', 'FRAMINGHAM'],
    ['transferred from framingham for cath', 'framingham'],
    // Multi-word towns, in any case after a cue.
    ['son from north attleboro visiting today', 'north attleboro'],
    ['PRESENTED TO NORTH ATTLEBORO ER', 'NORTH ATTLEBORO'],
    ['seen in Fall River ED last week', 'Fall River'],
    // Alone, when the town is no word, given or family name.
    ['Daughter Amy (Wapakoneta) called twice.', 'Wapakoneta'],
    ['The Framingham team will follow her.', 'Framingham'],
    // Everyday-word towns with a state after them.
    ['Pt was in Normal, IL for the summer.', 'Normal'],
    // A prefix joins the place after it.
    ['Pt is a 83 y.o. female admitted from New Conroe for cath.', 'New Conroe'],
    ['son lives in West Framingham with his kids', 'West Framingham'],
    // A street without a house number after a place preposition.
    ['Husband just started a new job in Westview St. and pt lives alone.', 'Westview St'],
    ['She lives on Larkmoor Street with her son.', 'Larkmoor Street'],
    // A town at the end of its line after a place preposition, in a lower-case note.
    ['plan is today after dr v meeting at rhome\ngi/gu--no issues', 'rhome'],
    // A lower-case ward after "transfer to" in a mixed-case line, when it is a town or no word.
    ['Plan: transfer to highland 2, ? CT removal today.', 'highland'],
  ];
  for (const [text, part] of FOUND) it(`finds "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    // Eponyms and instruments that are also towns.
    ['Pt placed in Sims position for the exam.', 'Sims'],
    ['A Sims retractor was placed into the vagina.', 'Sims'],
    ['A modified Pomeroy technique was completed bilaterally.', 'Pomeroy'],
    ['Drain placed in Morrison\'s pouch lateral to the gallbladder.', 'Morrison'],
    ['Dissection to the level of the node of Cloquet distally.', 'Cloquet'],
    ['A transverse or Kerr incision was made.', 'Kerr'],
    ['Lens cracked with McPherson forceps.', 'McPherson'],
    ['Single-chamber pacemaker Altura 60, serial number 123456.', 'Altura'],
    // A word the note also writes in lower case is a word there.
    ['PREOPERATIVE DIAGNOSIS:, Cataract, right eye. Plan cataract surgery.', 'Cataract'],
    // Towns that are everyday words or clinical words, with no place context.
    ['She has hope for recovery and is in good spirits.', 'hope'],
    ['Normal saline at 100 ml/h. Mercy was shown by the team.', 'Normal'],
    ['Foley catheter placed. Bell\'s palsy resolved. Apgar 9 and 9.', 'Foley'],
    ['Parkinson disease, on Sinemet. Florence nightingale lamp.', 'Parkinson'],
    ['Plan: transfer to level 2 when stable.', 'level'],
    ['pt given at midodrine\nnext dose at noon', 'midodrine'],
    ['pain at rest\nat night worse', 'rest'],
    ['Pt went to St. Mary\'s and then home.', 'and then'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

describe('a place found once, named again', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['Pt from Harbor. Harbor records requested.', 'Harbor records'],
    ['Transferred from Harbor, Harbor team aware.', 'Harbor team'],
  ];
  for (const [text, part] of FOUND) {
    it(`finds "${part}" in: ${text}`, () => {
      // The second naming, where the cue is gone: its word must lie inside a finding.
      const at = text.indexOf(part);
      expect(findIdentifiers(text).some((f) => f.start <= at && at < f.end)).toBe(true);
    });
  }
  it('leaves the word alone where the note never named it a place', () => {
    expect(survives('Boats in the harbor. Harbor records requested.', 'Harbor records')).toBe(true);
  });
});

describe('towns in capitals or lower case without a cue', () => {
  it('finds a long town name no list knows as a word or a name', () => {
    expect(covered('FAMILY MEETING: WAPAKONETA RELATIVES AWARE.', 'WAPAKONETA')).toBe(true);
    expect(covered('son called, chillicothe relatives aware of plan', 'chillicothe')).toBe(true);
  });
  it('leaves anatomy, and words after an article or adjective', () => {
    expect(survives('THE INCISION WAS CARRIED DOWN TO THE TUNICA VAGINALIS.', 'TUNICA')).toBe(true);
    expect(survives('soft and flat anterior fontanelle.', 'fontanelle')).toBe(true);
    expect(survives('PULMONARY VENOUS CONFLUENCE WITH TWO VEINS.', 'CONFLUENCE')).toBe(true);
  });
});
