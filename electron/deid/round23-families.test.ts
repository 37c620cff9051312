// Families that round 23 of issue 11 found in eye, sports, sexual health and dialysis records, and the look-alikes of
// hearing, wound, recovery and nutrition records. Each has examples written apart from any generator, and the text next
// to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round twenty-three families are found', () => {
  it.each([
    // A month and day before a word that only begins like a unit ("LEFT" is no "LE").
    ['CR 1.1 FROM 3/14. LEFT VOICEMAIL FOR ROSA', '3/14'],
    ['labs from 6/19. Left message with the daughter', '6/19'],
    // Equal month and day after the last time something happened, or after "on" before a bracket or an -ing word.
    ['Last exposure 3/3. Type: oral', '3/3'],
    ['OCCURRED AT A PARTY ON 2/2 (PARTNER UNKNOWN)', '2/2'],
    ['pt called on 4/4 asking about results', '4/4'],
    // Lower-case "may", "mar" and "dec" with a day after a verb of record work, and a span's second month and day.
    ['catheter registered may 7.', 'may 7'],
    ['first flush dec 12, no leak', 'dec 12'],
    ['specimen drawn may 30: no growth', 'may 30'],
    ['injection window mar 2 to mar 16. texts sent', 'mar 2'],
    ['injection window mar 2 to mar 16. texts sent', 'mar 16'],
    // Short weekdays: "tue", "thu", "fri" alone in any case; "Mon", "Wed", "Sat", "Sun" capitalized inside a sentence.
    ['asked to come in fri for an extra run', 'fri'],
    ['PM DONE THU; NO FAULTS', 'THU'],
    ['Missed Wed treatment (no ride).', 'Wed'],
    ['MISSED WED TREATMENT (NO RIDE).', 'WED'],
    ['form signed by the patient Mon and mailed', 'Mon'],
    ['Cloudy effluent Sat; cell count sent', 'Sat'],
    ['Reviewed with Dr. Ortiz Sun at rounds.', 'Sun'],
    // A name surname first in a person's field or a log row's cell, whose given name is an everyday word.
    ['patient: worth, hope   patient id: e9713642', 'worth'],
    ['patient: worth, hope   patient id: e9713642', 'hope'],
    ['subscriber: spinka, will.', 'will'],
    ['athlete: pereira, will   sport: soccer', 'will'],
    ['09/02/2017 | young, buck | baseball | r ankle', 'young'],
    ['09/02/2017 | young, buck | baseball | r ankle', 'buck'],
    ['pt: stark, peggy   ph: (748) 941-5126', 'stark'],
  ])('%s hides %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round twenty-three look-alikes survive', () => {
  it.each([
    ["Gleason's 3 + 2 = 5/10. Left base negative", '5/10'],
    ['right atrial pressure was 10/7 mmHg', '10/7'],
    ['Abg acceptable on 5/5. Waiting for him to wake', '5/5'],
    ['RESP: remained on 5/5, 40% till 4PM', '5/5'],
    ['strength 5/5 on the left', '5/5'],
    ['increased to may 3 to 4 tabs daily', 'may 3'],
    ['O2 Sat at 95% on RA', 'Sat'],
    ['RECENTLY WED. LIVES WITH HUSBAND', 'WED'],
    ['Pt: alert, oriented', 'alert'],
    ['| ice, compression | rest |', 'ice'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
