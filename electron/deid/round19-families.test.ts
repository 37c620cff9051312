// Families that round 19 of issue 11 found in correctional, ancillary (dental, eye, hearing, therapy, equipment) and
// dialysis and transplant records: a practice named before or after its kind, a clinician written as two words and a
// credential, an officer named by rank with a badge, and a record's number after "#" or after the word that names the
// record. Each has examples written apart from any generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round nineteen families are found', () => {
  it.each([
    // A practice named before its kind, after a cue, in any case.
    ['Impressions sent to Harbor Light Dental Lab for a night guard.', 'Harbor Light Dental Lab'],
    ['wheelchair seating eval at PINE CREST PHYSICAL THERAPY next week', 'PINE CREST PHYSICAL THERAPY'],
    ['concentrator serviced by merriman home medical yesterday', 'merriman home medical'],
    ['transferred care from Osgood Regional Dialysis last month', 'Osgood Regional Dialysis'],
    ['glasses ordered from Brightwater Optical', 'Brightwater Optical'],
    // A kind and the town after "of".
    ['Prior films from Dental Care of Amesbury reviewed.', 'Dental Care of Amesbury'],
    ['REFERRED TO ORAL SURGERY OF TEWKSBURY FOR EXTRACTIONS', 'ORAL SURGERY OF TEWKSBURY'],
    ['hearing aids fit at audiology of dracut in may', 'audiology of dracut'],
    ['seen at Oral & Maxillofacial Surgery of Lowell', 'Oral & Maxillofacial Surgery of Lowell'],
    // A place found takes the kind written after it, and a saint before it.
    ['Crown fabricated by Kowalski Dental Arts, delivered today.', 'Kowalski Dental Arts'],
    ['DONOR HOSPITAL: ST. JUDE\'S HOSPITAL, PADUCAH', "ST. JUDE'S HOSPITAL"],
    ['Backup chair at Fresenius Kidney Care Abernathy.', 'Fresenius Kidney Care'],
    ['BOOKED INTO NORFOLK HOUSE OF CORRECTION', 'NORFOLK HOUSE OF CORRECTION'],
    // Two words, a comma and a credential are a clinician, everyday words or not.
    ['Cleaning done by Summer Frost, RDH; next recall in 6 months.', 'Summer Frost'],
    ['socket fit by Rocky Hale, CPO, on the 3rd visit', 'Rocky Hale'],
    ['treatment by ivy north, l.ac.', 'ivy north'],
    ['AUDIOGRAM BY PATIENCE GROVE, AU.D., CCC-A', 'PATIENCE GROVE'],
    ['Needles placed by Crystal Marsh, CCHT, without difficulty.', 'Crystal Marsh'],
    ['present: faith lake, lcsw; charity wood, rd.', 'faith lake'],
    ['present: faith lake, lcsw; charity wood, rd.', 'charity wood'],
    ['Referred by Hope Jensen, OD, for raised pressures.', 'Hope Jensen'],
    // An officer by rank, and the badge after the name.
    ['Escorted by Sgt. Ostrowski and CO Delgado to the clinic.', 'Ostrowski'],
    ['Escorted by Sgt. Ostrowski and CO Delgado to the clinic.', 'Delgado'],
    ['witnessed by lt. rivers #4410', 'rivers'],
    ['witnessed by lt. rivers #4410', '4410'],
    ['CPL. FONTAINE (BADGE 2231) PRESENT FOR EXAM', 'FONTAINE'],
    ['accompanied by Deputy Nakamura #318 and Capt. Ruiz 5520.', '5520'],
    ['Appeal reviewed by Superintendent Okafor on the 12th.', 'Okafor'],
    ['C.O. Brennan, #0912, observed the dose.', '0912'],
    // A record's number after "#", and after the word that names the record.
    ['Grievance #19-4471 answered by the HSA.', '19-4471'],
    ['RMA #88-20417 issued for the hearing aid repair.', '88-20417'],
    ['license #KLM.0004512 on file', 'KLM.0004512'],
    ['Facility CCN 224517 on the run sheet', '224517'],
    ['pair id abc-40417 in the exchange', 'abc-40417'],
    ['Her waitlist ID is QRT5512.', 'QRT5512'],
    ['serum sample HLA21-33017 sent', 'HLA21-33017'],
    ['A#: A 214 556 078', 'A 214 556 078'],
    ['Lens serial 55129034.017 placed in the bag.', '55129034.017'],
    // A court named after a comma; a dialysis chain's unit by its site; a shelter one goes to.
    ['PO: Dana Fiske, Lowell District Court probation, 978-555-0142', 'Lowell District Court'],
    ['transferring from Fresenius Kidney Care Athol to our unit', 'Fresenius Kidney Care Athol'],
    ['DAVITA MILLBROOK DIALYSIS\n14 DEPOT ST', 'DAVITA MILLBROOK DIALYSIS'],
    ['PLANS TO GO TO FRIENDSHIP HOUSE ON RELEASE', 'FRIENDSHIP HOUSE'],
    // A role's field names the person after its colon, everyday words or not.
    ['PAROLE OFFICER: HOPE STANTON, 617-555-0100', 'HOPE STANTON'],
    ['re-entry caseworker: faith ober / 508-555-0111', 'faith ober'],
    ['Living donor: Rocky Amaral (brother), DOB 3/2/1970', 'Rocky Amaral'],
    ['student: june castellano   grade: 4', 'june castellano'],
    // Staff initials after "initiated by:", "terminated by:" and "Tech".
    ['INITIATED BY: KLW AT 06:10   TERMINATED BY: RB AT 10:05', 'KLW'],
    ['INITIATED BY: KLW AT 06:10   TERMINATED BY: RB AT 10:05', 'RB'],
    ['Crossmatch negative. Tech JM. Sample to freezer.', 'JM'],
    // A helper's role in brackets after their name.
    ['Oxygen delivered by Dusty (driver) at noon.', 'Dusty'],
    // A date after "on" and a verb that dates it, equal parts too; a hospital's word before its ER after a move.
    ['extubated on 8/11, reintubated on 10/10 for hypercarbia', '10/10'],
    ['Pt came from winthrop ED via ambulance', 'winthrop'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round nineteen look-alikes survive', () => {
  it.each([
    ['continue home physical therapy twice a week', 'physical'],
    ['returned to hemodialysis after the break', 'hemodialysis'],
    ['decrease ventilation and oxygen dependence', 'ventilation'],
    ['Level of care: routine home care', 'routine'],
    ['REFERRED TO DR. KAPLAN FOR EXTRACTIONS', 'DR'],
    ['CO 4.5, CI 2.3, CO improved after dobutamine', 'improved'],
    ['lt arm swollen, Lt. Arm elevated', 'Arm'],
    ['officer present at bedside throughout', 'present'],
    ['corporal bodies dilated with the Brooks dilator', 'bodies'],
    ['vision: dense cataract, OD clear', 'cataract'],
    ['Plan: continue lasix, MD aware', 'lasix'],
    ['spoke with charge nurse, RN', 'charge'],
    ['extract #1, #16, #17 and #32 under sedation', '16'],
    ['PIV #20g left forearm', '20g'],
    ['OMIM #113705 (BRCA1)', '113705'],
    ['IRB #2019-0442 approved the study', '2019-0442'],
    ['Stent REF 1012-34-500 placed', '1012-34-500'],
    ['report 2019-2020 school year', '2019-2020'],
    ['follow-up visit 10-14 days', '10-14'],
    ['call 1400 for the shift report', '1400'],
    ['RECIPIENT: HALE, CHASE   UNOS ID: 893482', 'UNOS'],
    ['Tech in room, tech at bedside', 'in'],
    ['observed by ofc. Grady', 'ofc'],
    ['BIMS 11/15, PHQ-9 4/27', '11/15'],
    ['Allen Cognitive Level 4.2', 'Allen'],
    ['Parkinson disease, Hoehn and Yahr stage 2', 'Hoehn'],
    ['IRB registration IRB00001234', 'IRB00001234'],
    ['IDE G210045 on file', 'G210045'],
    ['Study drug LY3298176 or placebo', 'LY3298176'],
    ['MedDRA PT 10028813', '10028813'],
    ['Item M0300B1 stage 2 ulcers: 1', 'M0300B1'],
    ['data entered in Medidata Rave', 'Medidata'],
    ['Supplies from Medline', 'Medline'],
    ['Retired from the union hall.', 'union'],
    ['Enrolled in Aetna Student Health.', 'Aetna'],
    ['Medrol Dosepak taper', 'Dosepak'],
    ['Fresenius Kidney Care unit on MWF', 'unit'],
    ['pain on 10/10 scale', '10/10'],
    ['strength 5/5 on exam', '5/5'],
    ['came from the outside ED via stretcher', 'outside'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
