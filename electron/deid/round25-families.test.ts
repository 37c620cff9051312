// Families that round 25 of issue 11 found in cardiology, dermatology, anaesthesia and school-health records, and the
// look-alikes of urology, rheumatology, travel-medicine and correctional records. Each has examples written apart from
// any generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round twenty-five families are found', () => {
  it.each([
    // Signers' initials: after a verb of record work with words between it and "by", a second signer after "and", a
    // role, a relief's hand-over, a time and a comma, a dash after a date, a log cell, a counted pair, a dose, a trainee.
    ['Rapid response activated by kmt.', 'kmt'],
    ['Telemetry box applied 3/14, lead II, box 22, by RWD.', 'RWD'],
    ['Narcotic count verified by JPL and KS.', 'KS'],
    ['Cytotech DLM. Slides reviewed.', 'DLM'],
    ['(fellow TRH) placed the line', 'TRH'],
    ['Lunch relief: Ana Ruiz, RN in; BKT out.', 'BKT'],
    ['Crash cart checked 07:45, wpr.', 'wpr'],
    ['Pacer thresholds stable. Checked 11/2 - LMQ', 'LMQ'],
    ['07/02/2024 | punch bx | S24-1190 | called 7/9 RDK', 'RDK'],
    ['Needle count correct x2 (AB/CDE) at closure.', 'AB/CDE'],
    ['0915  naloxone 0.4 mg iv (jkl).', 'jkl'],
    ['Seen with resident Dr. Amundsen (TKA) today.', 'TKA'],
    ['cannulated by resident dr. boyle (p.q.r.) at 0800', 'p.q.r.'],
    ['Visit 4  03/02/2021  UVB 800 mJ  tolerated  MNB', 'MNB'],
    // People by role: a circulator, a representative, a paraprofessional, a manager, a sonographer, a principal, a coach,
    // a clinic's nurse, an esthetician; a name before an age; a log row's name after its time; a marked given name.
    ['Time out called by circulator Hazel Brandt.', 'Hazel Brandt'],
    ['Interrogated with the Abbott representative Iris Kowalczyk present.', 'Iris Kowalczyk'],
    ['observed by para Lorna Vance, no injury', 'Lorna Vance'],
    ['Kitchen manager Darla Finch reviewed the menu.', 'Darla Finch'],
    ['Sonographer: Gerald Oyelowo, RDCS', 'Gerald Oyelowo'],
    ['Present: principal Okonkwo; counselor', 'Okonkwo'],
    ['Cleared by the team (coach Halvorsen) for practice.', 'Halvorsen'],
    ['Questions? Call my nurse, Greta Lindqvist, at the office.', 'Greta Lindqvist'],
    ['Esthetician Marisol Quintero applied the peel.', 'Marisol Quintero'],
    ['HANDOFF: MARTHA GREENE, 91 Y/O, FALL AT HOME', 'MARTHA GREENE'],
    ['10:05  OKAFOR, Chinedu  ID 55102993  Gr 3  c/o cough', 'OKAFOR, Chinedu'],
    ['Identity confirmed (THẢO NGUYỄN, DOB 02/03/1961).', 'THẢO NGUYỄN'],
    // Places named before their kind: a regional health system, a monitoring service, surgical suites, spas, salons and
    // parlours, a specialty pharmacy, daycares, museums, universities, campus buildings, surgery centers.
    ['Transferred from Kilgore Regional Health overnight.', 'Kilgore Regional Health'],
    ['Enrolled with Brandvold Cardiac Monitoring for 30 days.', 'Brandvold Cardiac Monitoring'],
    ['Moved to Ostrander Surgical Suites for the case.', 'Ostrander Surgical Suites'],
    ['Had a peel at Lumière Med Spa last month.', 'Lumière Med Spa'],
    ['Tattooed at Ironclad Ink Tattoo Parlour in 2019.', 'Ironclad Ink Tattoo Parlour'],
    ['Works at Vasquez Hair Studio three days a week.', 'Vasquez Hair Studio'],
    ['Shipped by Ferrante Specialty Rx on Monday.', 'Ferrante Specialty Rx'],
    ['Two cases at Lindqvist Kids Daycare this week.', 'Lindqvist Kids Daycare'],
    ['Field trip to the Wexler Science Center.', 'Wexler Science Center'],
    ['Student Health, University of Dunmore', 'University of Dunmore'],
    ['Clinic moved to the Abernethy Fine Arts Building.', 'Abernethy Fine Arts Building'],
    ['Scheduled at Carrow Same Day Surgery Center.', 'Carrow Same Day Surgery Center'],
    ['Laboratory: Brightwater Dermatopathology', 'Brightwater Dermatopathology'],
    ['Sent to Halloran Skin Pathology Lab for review.', 'Halloran Skin Pathology Lab'],
    ['Previously at Sunkissed Tanning of Kenosha.', 'Sunkissed Tanning of Kenosha'],
    ['Referred to Dunmore Valley Cardiology, P.A. for ablation.', 'P.A.'],
    // Towns after a site of daily life or a pastime, after "drove in from", after a specialty in brackets, before a
    // country in brackets; streets of a letterhead before a bar or a column's phone.
    ['Labs drawn at the outpatient lab in Kenosha today.', 'Kenosha'],
    ['Fell while hunting in Aitkin last fall.', 'Aitkin'],
    ['Drove in from Ottumwa this morning.', 'Ottumwa'],
    ['Letter from Dr. Lee (nephrology, Kearney) on file.', 'Kearney'],
    ['Bitten on a trek near Pokhara (Nepal) in March.', 'Pokhara'],
    ['412 N ORCHARD DR | SALINA, KS 67401', '412 N ORCHARD DR'],
    ['2201 w meadow lane   phone 555-201-3344', '2201 w meadow lane'],
    // Dates: a month's abbreviation and a day closing a clause.
    ['Holter placed; monitor returned sep 14.', 'sep 14'],
    ['stress test oct 3 via treadmill', 'oct 3'],
    // Numbers of gear, photos, sessions and routes; an interpreter's id; a UUID in mixed case; a year-first accession;
    // UPS numbers of letters; an old relative's age.
    ['Insulin via pump T71234 overnight.', 'T71234'],
    ['Home INR meter 88123-4 issued.', '88123-4'],
    ['Baseline photos SKN-448812 stored.', 'SKN-448812'],
    ['Mapping session 2024-11873 complete.', '2024-11873'],
    ['Video interpreter ID 4471 used.', '4471'],
    ['Rides bus 14 (route N-7) home.', '14'],
    ['Rides bus 14 (route N-7) home.', 'N-7'],
    ['Device ID 3F2A9C1D-77aa-4B1E-9c0D-11E2F3A4B5C6 paired.', '3F2A9C1D-77aa-4B1E-9c0D-11E2F3A4B5C6'],
    ['Outside slides 19-sp-55120 requested.', '19-sp-55120'],
    ['Certified letter 1ZXKQWPLMRTNVBSD9A mailed.', '1ZXKQWPLMRTNVBSD9A'],
    ['Grandfather still alive at 97.', '97'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round twenty-five look-alikes survive', () => {
  it.each([
    ['Randall’s plaques noted at ureteroscopy.', 'Randall'],
    ['Irrigated with a Toomey syringe.', 'Toomey'],
    ['Schober test 4 cm.', 'Schober'],
    ['De Quervain’s tenosynovitis on the right.', 'Quervain'],
    ['Kyasanur Forest disease is not a concern.', 'Forest'],
    ['Lake Louise score 2 at altitude.', 'Louise'],
    ['Lithotripsy on the Dornier Delta II unit.', 'Delta II'],
    ['Humira Pen 40 mg every other week.', 'Humira Pen'],
    ['14 Fr x 20 cm catheter exchanged.', 'Fr'],
    ['Medica approved the infusion.', 'Medica'],
    ['Labs drawn at Quest today.', 'Quest'],
    ['Flew Ethiopian Airlines both ways.', 'Ethiopian Airlines'],
    ['Given the Lupus Foundation of America handout.', 'Lupus Foundation of America'],
    ['RAPID3 9/30 today.', '9/30'],
    ['Swollen joint count 4/28.', '4/28'],
    ['Methotrexate weekly on Fridays.', 'Fridays'],
    ['Returned to 6 West telemetry.', '6 West'],
    ['Referred to the stone clinic.', 'stone clinic'],
    ['Family lives in Ethiopia.', 'Ethiopia'],
    ['Malaria is common in sub-Saharan Africa.', 'Africa'],
    ['Randomized to ABT-199 400 mg daily.', 'ABT-199'],
    ['Graded by the University of Texas classification.', 'Texas'],
    ['Arrived at the airport febrile.', 'febrile'],
    ['Was in the ED in Severe distress.', 'Severe'],
    ['Phase ii cardiac rehabilitation started.', 'cardiac rehabilitation'],
    ['PRINCIPAL DIAGNOSIS: sepsis', 'DIAGNOSIS'],
    ['HR dec 20, BP stable.', 'dec 20'],
    ['Sent from cath lab in critical condition.', 'critical'],
    ['Route of administration: IV.', 'IV'],
    ['Vitals by RN and MD.', 'MD'],
    ['Pump 2 restarted at 50 ml/h.', '2'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
