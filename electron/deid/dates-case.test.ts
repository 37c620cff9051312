// Month names in capitals and lower case (issue 11, round 6): "SINCE MID-JUNE", "died in march".
// Case says nothing in one-case notes, so a time word before the month must.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { coverageOf, survives } from './deid-test-support';

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
