// Families that round 17 of issue 11 found in consult letters: practices named for a place or a word before what they
// treat, clubs, employers a letter is addressed to, and the people a letter's fixed sentences name even when their names
// are everyday words. Each has examples written apart from any generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round seventeen families are found', () => {
  it.each([
    // A practice named for a place or a word, before what it treats: the kind goes with the name.
    ['Seen at Kennebec Dermatology last spring for a biopsy.', 'Kennebec Dermatology'],
    ['CC: Coastal Allergy & Asthma, fax 207-555-0182', 'Coastal Allergy & Asthma'],
    ['COLONOSCOPY 2019 AT SEBAGO GASTROENTEROLOGY ASSOCIATES', 'SEBAGO GASTROENTEROLOGY ASSOCIATES'],
    ['glasses updated at pinewood eye care in march', 'pinewood eye care'],
    ['Audiology: hearing aids fit at Merrimack Hearing & Balance Center', 'Merrimack Hearing & Balance Center'],
    ['CT abdomen at Beverly Diagnostic Imaging showed no stone.', 'Beverly Diagnostic Imaging'],
    ['dialysis TTS at the Lewiston Dialysis Center', 'Lewiston Dialysis Center'],
    ['MOUNTAIN VIEW RHEUMATOLOGY\n41 Birch Lane, Suite 2', 'MOUNTAIN VIEW RHEUMATOLOGY'],
    // A practice named by its kind after its town: the kind is part of the name.
    ['Kira Olsen, MD\nGorham Internal Medicine\n12 School St', 'Gorham Internal Medicine'],
    ['PCP: Dr. Ruth Amaro, Standish Primary Care  Tel (207) 555-0143', 'Standish Primary Care'],
    ['cc: Dr. Lowe, Bridgton Family Practice', 'Bridgton Family Practice'],
    // Clubs of a sport, in any case, their names everyday words; a town's YMCA.
    ['walks 18 holes at bear brook golf club on weekends', 'bear brook golf club'],
    ['Member of Willow Bend Country Club, plays tennis there.', 'Willow Bend Country Club'],
    ['SWIMS AT THE BRUNSWICK YMCA MOST MORNINGS', 'BRUNSWICK YMCA'],
    ['She volunteers at st. anne\'s parish on sundays', 'st. anne'],
    // The employer a letter is addressed to, and one after "works as a ... at".
    ['To whom it may concern at Bath Iron Works:\n\nMr. Oakes may return on Monday.', 'Bath Iron Works'],
    ['TO WHOM IT MAY CONCERN AT SHAW\'S:\n', 'SHAW'],
    ['She works as a cashier at pine tree market in norway and stands all day.', 'pine tree market'],
    ['He works as a line cook at Lobster Shack in Wells, on his feet all shift.', 'Lobster Shack'],
    ['Employer: Hayes - Kuhlman', 'Kuhlman'],
    // People a letter's fixed sentences name, even when their names are words.
    ['Faith tells me the headaches come mostly in the morning.', 'Faith'],
    ['Thank you for asking me to see Ivy regarding her rash.', 'Ivy'],
    ['THANK YOU FOR ASKING ME TO SEE DAWN AGAIN.', 'DAWN'],
    ['Please excuse Rose Hill from gym class through 12/20.', 'Rose Hill'],
    ['MAY FIELD WAS SEEN IN MY OFFICE ON 3/2/2021.', 'MAY FIELD'],
    ['june castle needs intermittent leave to care for her father.', 'june castle'],
    ['Amber Stone may return to work without restrictions on Monday.', 'Amber Stone'],
    ['marisol quiñonez presents for a second opinion about her thyroid nodule.', 'marisol quiñonez'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round seventeen look-alikes survive', () => {
  it.each([
    ['Referred to Pediatric Dermatology for the birthmark.', 'Pediatric Dermatology'],
    ['Follow up with Cardiology in 3 months.', 'Cardiology'],
    ['Consult Dermatology re: rash.', 'Dermatology'],
    ['seen by dermatology and urology this admission', 'dermatology and urology'],
    ['Allergy & Asthma evaluation pending.', 'Allergy & Asthma'],
    ['goes to the YMCA 3x/week for water aerobics', 'YMCA'],
    ['member of the country club, golfs weekly', 'country club'],
    ['works as a nurse at night', 'night'],
    ['To whom it may concern:\n\nThe patient was seen today.', 'concern'],
    ['Please excuse the student from gym this week.', 'student'],
    ['Thank you for asking me to see your patient.', 'patient'],
    ['Nursing tells me he slept well.', 'Nursing'],
    ['Pain tells me little about the cause.', 'Pain'],
    ['Chest pain presents with radiation to the arm.', 'Chest'],
    ['Dialysis unit aware of the potassium.', 'Dialysis'],
    ['Sleep medicine consult for possible OSA.', 'Sleep'],
    ['Eye care: artificial tears QID.', 'Eye care'],
    ['Open MRI recommended for claustrophobia.', 'Open MRI'],
    ['Primary care to follow the lipids.', 'Primary care'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
