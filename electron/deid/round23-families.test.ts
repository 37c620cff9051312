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
    // Initials of whoever operated, photographed, counselled, closed or filed, or timed an assessment in brackets.
    ['IOLMaster biometry done. Operator KRT.', 'KRT'],
    ['OPERATOR: LGC   FIXATION LOSSES 2/14', 'LGC'],
    ['Photographer: DNN   Optomap af OU', 'DNN'],
    ['REMOVED FROM PLAY BY FHA (AT). SCAT5 SCORE 22', 'FHA'],
    ['DISPOSITION A. CLOSED BY DIS VL.', 'VL'],
    ['06/23/2024 | ANON-9701 | NR | counselor BDL', 'BDL'],
    ['Reminder text to the patient. Sent by FNS.', 'FNS'],
    ['PRE-TX ASSESSMENT 06:10 (XF): LUNGS CLEAR', 'XF'],
    ['HEPLISAV-B DOSE 2 GIVEN, L DELTOID (KY).', 'KY'],
    ['INCIDENT REPORT FILED (MH).', 'MH'],
    ['D: 9/2  T: 9/7  SVM', 'SVM'],
    ['RTP STAGE 5 5/14 - ASYMPTOMATIC   JSR, LAT', 'JSR'],
    ['aug 12, 2021 | os | lucentis 0.5 mg | lot 38480569 | ze', 'ze'],
    // Names after a role only a person holds, or before a credential of eye care and athletic training.
    ['ROCKY STOKES, ABOC, LDO #OPT-2434.', 'ROCKY STOKES'],
    ['training completed with rose wills, ncle. pt and mother', 'rose wills'],
    ['work-up by autumn parks, cot.', 'autumn parks'],
    ['ASSESSOR JOY FROST, ATC. ATHLETE ID 4888455.', 'JOY FROST'],
    ['MAC with topical lidocaine. CRNA Will Glass; midazolam 1 mg IV.', 'Will Glass'],
    ['HOLD LIFTED BY ATHLETIC DIRECTOR SKIP SERRATO.', 'SKIP SERRATO'],
    ['DCO: BROOK GRAY.', 'BROOK GRAY'],
    ['coach fox informed after practice', 'fox'],
    ['Coach Swift (coach@school.org) asked for an update', 'Swift'],
    ['CHAPERONE SONNY MOSS KEPT THE ATHLETE IN VIEW', 'SONNY MOSS'],
    // Dialysis and vascular-access chains named with their unit's town.
    ['u.s. renal care hagerstown\nin-center hemodialysis run sheet', 'u.s. renal care hagerstown'],
    ['Requested guest unit: American Renal Farrellton, Tue/Thu/Sat.', 'American Renal Farrellton'],
    ['go to Dialysis Clinic, Inc. - Lewistown, 16394 N Laurel Pike', 'Dialysis Clinic, Inc. - Lewistown'],
    ['davita the villages dialysis faxed 6 treatment records', 'davita the villages dialysis'],
    ['Fistulagram at Azura Vascular Care Huntingdon: 70% stenosis', 'Azura Vascular Care Huntingdon'],
    // Practices, banks, clubs, parks, teams and shops named before their kind.
    ['FACILITY: NORTHERN LIGHTS SURGERY CENTER', 'NORTHERN LIGHTS SURGERY CENTER'],
    ['reordered from Gutmann Contact Lens Lab, order YZ385195', 'Gutmann Contact Lens Lab'],
    ['SMITH OPTICAL - INVOICE 1198995 - 12-NOV-2023', 'SMITH OPTICAL'],
    ['donor tissue from sparta eye bank, ecd 2,750', 'sparta eye bank'],
    ['referred to dr. jimoh at concord sports medicine institute concussion clinic', 'concord sports medicine institute'],
    ['INCIDENT REPORT - Liberty Athletic Club', 'Liberty Athletic Club'],
    ['often parked behind The Garage Tavern on weekends', 'The Garage Tavern'],
    ['TEAM: NORTH ZOLAFURT BEARS', 'NORTH ZOLAFURT BEARS'],
    ['VOLLEYBALL VS BRISTOL FALCONS AT MCLAUGHLIN ARENA', 'BRISTOL FALCONS'],
    ['INJURED AT PRACTICE ON STAMM FIELD SATURDAY', 'STAMM FIELD'],
    ['mounted at the Major Park main entrance', 'Major Park'],
    ['referral faxed to nephrology associates of waynesburg, fax 304-318-6060', 'nephrology associates of waynesburg'],
    ['WORKS A MONITOR FOR ONDRUŠ FOUNDRY IN HORSEHEADS', 'ONDRUŠ FOUNDRY'],
    ['sent to cumberland vascular access center for thrombectomy', 'cumberland vascular access center'],
    ['referred by a therapist of GREEN BAY CENTER FOR THE BLIND (CASE 24-226304)', 'GREEN BAY CENTER FOR THE BLIND'],
    // A ZIP after a state's name in any case or its newspaper abbreviation, and the town before them.
    ['Troy, W.Va. 44325', 'Troy'],
    ['Troy, W.Va. 44325', '44325'],
    ['16029 e pike way, south jaycee, w.va. 19552. supplies stored', 'south jaycee'],
    ['franklin, west virginia 43608', '43608'],
    ['KISSIEMAN, WISCONSIN 52254', 'KISSIEMAN'],
    // A licence in brackets ends at its bracket; the date after it is whole.
    ['SIGNED: DAISY VERMA, RN (LIC. 068309) 07/01/2020 07:02', '068309'],
    ['SIGNED: DAISY VERMA, RN (LIC. 068309) 07/01/2020 07:02', '07/01/2020'],
    // DICOM keywords, bibs, test ids, asset tags and dotted licences.
    ['(0018,1000) deviceserialnumber: 178237', '178237'],
    ['studyinstanceuid: 1.2.276.0.75.2.3.83.67381494477638.718155', '1.2.276.0.75.2.3.83.67381494477638.718155'],
    ['(0010,0020) patientid: e3332226', 'e3332226'],
    ['Bib #619   Name: Victory Quigley', '619'],
    ['Emergency contact per back of bib 1920: Danyka (husband)', '1920'],
    ['machine: fresenius 2008t   s/n 8349232   asset bm7858', 'bm7858'],
    ['LICENSE NO. OE.623620   PHONE 774.798.8196', 'OE.623620'],
    // ("Thu" in "Thuột" is no weekday: the town stays whole.)
    ['Buôn Ma Thuột Fire and Rescue brought the patient in.', 'Buôn Ma Thuột'],
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
    ['given 0.5 ml L deltoid (IM).', 'IM'],
    ['01/02/2020 | BP 120/80 | AVF', 'AVF'],
    ['the coordinator will call you tomorrow', 'will'],
    ['signed by hope and glory', 'hope'],
    ['Pt seen. Patient stable, RN aware.', 'Patient stable'],
    ['per the DaVita policy on missed runs', 'policy'],
    ['Fresenius Kidney Care staff called', 'staff'],
    ['at the salad bar', 'salad'],
    ['AT THE SALAD BAR', 'SALAD'],
    ['pt w/areas of ecchymosis over body', 'body'],
    ['HUMPHREY FIELD TESTING REPEATED', 'FIELD'],
    ['parked in the car park', 'car park'],
    ['stress test id pending', 'pending'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
