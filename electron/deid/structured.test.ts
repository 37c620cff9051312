// Structured text pasted into a note (issue 11, wave 6): HL7 v2 segments and exported tables carry identifiers
// by position, with no words around them; prose with commas must not be read as a table.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';
import { findIdentifiers } from './index';

describe('HL7 v2 segments', () => {
  const pid = 'PID|1||332626^^^MRN||NGUYEN^KENJI^C||19610412|F|||12 Elm St^^Towson^MD^21204||(410)555-0134';
  it.each([['332626'], ['NGUYEN^KENJI^C'], ['12 Elm St'], ['Towson'], ['21204'], ['(410)555-0134']])('redacts %s in a PID segment', (part) => {
    expect(covered(pid, part)).toBe(true);
  });
  it('keeps the type code of an identifier and the state of an address', () => {
    expect(survives(pid, 'MRN')).toBe(true);
    expect(survives(pid, '^MD^')).toBe(true);
  });
  it('finds a next of kin and a segment pasted after a label', () => {
    const text = 'triage: NK1|1|OKAFOR^ADAEZE|DAU|4 Oak Rd^^Dundalk^MD^21222|(443)555-0188';
    expect(covered(text, 'OKAFOR^ADAEZE')).toBe(true);
    expect(covered(text, '4 Oak Rd')).toBe(true);
  });
});

describe('tables under a header row', () => {
  it.each([
    ['last,first,dx\nOkafor,Siobhan,CHF\nSmith,John,COPD', ['Okafor', 'Siobhan', 'Smith', 'John']],
    ['city,state,zip\nBrookhaven,CA,38283', ['Brookhaven', '38283']],
    ['age_years,sex\n97,F\n45,M', ['97']],
    ['Patient Name\tDOB\tMRN\nJane Doe\t01/02/1950\t12345', ['Jane Doe', '01/02/1950', '12345']],
    ['billing note: city,state,zip\nLakewood,MA,77779 resubmitted to payer', ['Lakewood', '77779']],
  ])('redacts the identifying columns of %j', (text, parts) => {
    for (const p of parts) expect(covered(text, p), p).toBe(true);
  });
  it('leaves other columns and young ages', () => {
    expect(survives('age_years,sex\n97,F\n45,M', '45')).toBe(true);
    expect(survives('last,first,dx\nOkafor,Siobhan,CHF', 'CHF')).toBe(true);
  });
  it.each([
    ['Address, phone and email verified.\nPt lives alone, independent', 'lives alone'],
    ['Pt seen. Plan: name, dob, mrn verified\nLasix, Coumadin, Heparin', 'Coumadin'],
    ['PMH: HTN,DM,MI\nPSH: CABG,AVR,PPM', 'PPM'],
    ['NEURO,RESP,CV\nA&O,CLEAR,NSR', 'CLEAR'],
  ])('reads no table in prose: %j', (text, part) => {
    expect(findIdentifiers(text).some((f) => f.rule === 'table-column')).toBe(false);
    expect(survives(text, part)).toBe(true);
  });
});
