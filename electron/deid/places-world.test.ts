// Places the word lists do not hold (issue 11): towns of many countries and invented towns after a cue of
// residence, origin or travel, in any case and of one to three words ("Ravne na Koroškem", "PORT VICTORIA",
// "north swaniawski w/ wife"), and a town's fire and rescue service at the start of a sentence.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';
import { scorePlaceWave } from './eval/places-wave';
import { findIdentifiers } from './index';

describe('places of many countries', () => {
  it.each([
    ['Lives in Ravne na Koroškem with her husband, independent in ADLs.', 'Ravne na Koroškem'],
    ['SOCIAL: PT LIVES IN PORT VICTORIA WITH SON.', 'PORT VICTORIA'],
    ['pt lives in north swaniawski w/ wife, retired.', 'north swaniawski'],
    ['Recently returned from a trip to Probolinggo; no sick contacts.', 'Probolinggo'],
    ['Pt is a resident of Baldone and works as a teacher.', 'Baldone'],
    ['She moved here from Kenyasi two years ago to be near family.', 'Kenyasi'],
    ['Born in Thanh Hóa, moved to the US in 2001.', 'Thanh Hóa'],
    ['Lives in An Nhơn with her husband.', 'An Nhơn'],
    ['Lives in Štore with her husband.', 'Štore'],
    ['Aizpute Fire and Rescue brought the patient in.', 'Aizpute'],
    ['Lake Nicklaus Fire and Rescue brought the patient in.', 'Lake Nicklaus'],
    ['Fort Christian EMS brought the patient in.', 'Fort Christian'],
    ['Seen at High Durgan Community Hospital ED last week.', 'High Durgan Community'],
    ['Kohler-on-Cremin Fire and Rescue brought the patient in.', 'Kohler-on-Cremin'],
    ['lives in sabile w/ daughter, walks with a cane.', 'sabile'],
    ['She moved here from New Amanfu two years ago to be near family.', 'New Amanfu'],
    ['SOCIAL: PT LIVES IN RAVNE NA KOROŠKEM WITH SON.', 'RAVNE NA KOROŠKEM'],
    ['Originally from Kefamenanu\nRetired teacher.', 'Kefamenanu'],
    ['Transferred from Zagorje ob Savi Memorial for care.', 'Zagorje ob Savi Memorial'],
    ['Plan: d/c to Nghi Sơn Community Hospital when bed available.', 'Nghi Sơn Community'],
  ])('finds the place in %j', (text, part) => expect(covered(text, part)).toBe(true));

  it.each([
    ['Lives in an apartment with her husband.', 'apartment'],
    ['Moved to the ICU for closer monitoring.', 'ICU'],
    ['Born in the hospital at term, no complications.', 'hospital'],
    ['Pt is a resident of the nursing home and ambulates with a walker.', 'nursing'],
    ['Returned from a trip to the bathroom, dizzy.', 'bathroom'],
    ['Lives in Normal Saline?', 'Saline'],
    ['Port was accessed; moved to Port flush protocol.', 'Port flush'],
    ['pt lives in assisted living w/ husband.', 'assisted living'],
    ['Fire and Rescue brought the patient in.', 'Fire'],
    ['The Fire Department arrived first.', 'The'],
    ['Brought In By County EMS.', 'County'],
    ['Per Local Police, found at home.', 'Local'],
    ['Attended Central High School until 10th grade.', 'High'],
    ['Moved to Bed 5 two days ago, then to the floor last week.', 'Bed'],
    ['Returned from Dialysis two hours ago.', 'Dialysis'],
  ])('leaves the words of %j', (text, part) => expect(survives(text, part)).toBe(true));

  // Seeds no rule was written against (rules were written against 5, 11 and 23, at 0.806 before them).
  it('covers at least 0.9 of the places wave on fresh seeds', () => {
    const s = scorePlaceWave((t) => findIdentifiers(t), [101, 202]);
    expect(s.found / s.total, s.misses.slice(0, 20).map((m) => `${m.frame}: ${m.part}`).join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
