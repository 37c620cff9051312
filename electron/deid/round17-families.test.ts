// Families that round 17 of issue 11 found in consult letters and behavioral-health notes: practices named for a place or
// a word before what they treat, clubs, employers a letter is addressed to, the people a letter's fixed sentences name
// even when their names are everyday words, courts, schools and residences named before their kind, a town's VA. Each has examples written apart from any generator, and the text next to them that must survive.
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
    // Courts, schools and residences named by the words before their kind, in any case, the words everyday ones.
    ['case heard in hampden county juvenile court last month', 'hampden county juvenile court'],
    ['ARRAIGNED AT QUINCY DISTRICT COURT ON THE 3RD', 'QUINCY DISTRICT COURT'],
    ['Petition filed in Worcester Probate and Family Court.', 'Worcester Probate and Family Court'],
    ['she attended pleasant street elementary school until 4th grade', 'pleasant street elementary school'],
    ['LEFT GRANITE VOCATIONAL TECHNICAL HIGH SCHOOL IN 10TH GRADE', 'GRANITE VOCATIONAL TECHNICAL HIGH SCHOOL'],
    ['moved into beacon house on 3/2 after detox', 'beacon house'],
    ['Staying at Harbor Light Shelter since the fire.', 'Harbor Light Shelter'],
    // A town's VA, a town's area office, holidays that name one day, commitment and docket numbers.
    ['Gets his meds at the Bedford VA pharmacy.', 'Bedford'],
    ['DCF worker from the Pittsfield Area Office visited.', 'Pittsfield'],
    ['relapsed on st. patrick\'s day after a fight', "st. patrick's day"],
    ['Last drink on Super Bowl Sunday.', 'Super Bowl Sunday'],
    ['released from the house of correction; commitment #W18274', 'W18274'],
    ['docket no21p0412ea, hearing pending', 'no21p0412ea'],
    // Names after more roles: a prescriber, a sponsor, an officer.
    ['suboxone 8 mg bid, prescriber kemal ostrowski, np', 'kemal ostrowski'],
    ['Sponsor Dariusz Pawlak checks in daily.', 'Dariusz Pawlak'],
    // Specimens, blood units and bands: accession numbers, ISBT donation numbers, armbands, codes with letters glued on.
    ['Final pathology (S-2023-118402) shows clear margins.', 'S-2023-118402'],
    ['FROZEN SECTION SP24-00917: NEGATIVE', 'SP24-00917'],
    ['Unit W0421 25 004715 00 B transfused over 2 h, no reaction.', 'W0421 25 004715 00 B'],
    ['2 units (e115223041172, plasma) hung at 10:40', 'e115223041172'],
    ['Blood bank armband JK 448120 on left wrist.', 'JK 448120'],
    ['outside block smh2230118 reviewed', 'smh2230118'],
    ['UDI (01)00643169007222(17)280131(21)4471-22 logged', '(01)00643169007222(17)280131(21)4471-22'],
    // Initials that sign a log or a sticker; names written surname first before a credential; a consent's signer.
    ['Reprocessing log initialed TBW at 14:10.', 'TBW'],
    ['implant stickers applied by jr.', 'jr'],
    ['Narcotic waste co-signed: MLK', 'MLK'],
    ['Scrub: Hunter, Faith CST', 'Hunter, Faith'],
    ['verified by Brook, Summer RN and Mae Ito, RN', 'Brook, Summer'],
    ['I, Grace Church, hereby consent to the procedure described above.', 'Grace Church'],
    ['TIME-OUT: PATIENT HOPE WARD, DOB 2/2/1950, RIGHT HIP', 'HOPE WARD'],
    ['Technician: Patience', 'Patience'],
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
    ['graduated from high school, some college', 'high school'],
    ['bullied in middle school, no IEP', 'middle school'],
    ['court date next month at district court', 'district court'],
    ['Went to drug court for 18 months.', 'drug court'],
    ['lives at home with her husband', 'home'],
    ['moved into her mother\'s house after the eviction', "mother's house"],
    ['moved into a sober house in june', 'sober house'],
    ['staying at the shelter for now', 'shelter'],
    ['on probation through the county court', 'probation through'],
    ['Snellen VA 20/40 OD, near VA J1', 'Snellen'],
    ['Distance VA stable since last visit.', 'Distance'],
    ['seen at the VA last year', 'VA'],
    ['the area office will call back', 'area office'],
    ['Pastor Rocky Parish visits weekly.', 'visits'],
    ['ETT position verified by CXR.', 'CXR'],
    ['checked by the charge nurse', 'the'],
    ['ICD-10-CM code F32.1', 'ICD-10'],
    ['On MAR-21-2020 she was seen.', 'seen'],
    ['c/o pain, nausea RN aware', 'nausea'],
    ['Card on file: MC xxxx4107', 'xxxx'],
    ['MRN12345678', 'MRN'],
    ['Sarah Lee, RN, BSN, CCRN', 'CCRN'],
    ['Participants: Fox, Federica CRNA', 'CRNA'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
