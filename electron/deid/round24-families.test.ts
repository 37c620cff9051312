// Families that round 24 of issue 11 found in hearing, wound, recovery and nutrition records, and the look-alikes of
// cardiology, dermatology, anaesthesia and school-health records. Each has examples written apart from any generator,
// and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round twenty-four families are found', () => {
  it.each([
    // Initials after more verbs of record work and "by", a date between them allowed; after a tester's word; in brackets
    // after an act is done.
    ['Swab taken by QR at the bedside.', 'QR'],
    ['Sample read by tlm at 1040 on 6/2.', 'tlm'],
    ['Line inserted by PWK, VA-BC.', 'PWK'],
    ['Catheter placed by HN.', 'HN'],
    ['Meter checked and cleared for discharge by JT.', 'JT'],
    ['Dose administered 4/9 by KLT; tolerated.', 'KLT'],
    ['Recorded by MJ', 'MJ'],
    ['Screen done, tester DWB. Unit S/N on file.', 'DWB'],
    ['Image uploaded (JRS).', 'JRS'],
    ['Dressing intact (MPL).', 'MPL'],
    // A log row opened by a month and day or an ISO date, its writer's initials in the last column.
    ['WEIGHTS\n03/02   61.4 kg   TRW\n03/09   61.9 kg   AB', 'TRW'],
    ['WEIGHTS\n03/02   61.4 kg   TRW\n03/09   61.9 kg   AB', 'AB'],
    ['2024-05-06  naltrexone 380 mg IM L gluteal  lot 55R12  KD', 'KD'],
    // A year and its month the ISO way after an expiry or a term's end.
    ['strip lot 7781 exp 2027-08, control in range', '2027-08'],
    ['Licence valid through 2026-11.', '2026-11'],
    // Places named before their kind: calibration firms, ear-mould labs, implant and burn centres, specialty practices,
    // agencies, probation offices, recovery residences, outreach stops, meal programs, food shelves, letterheads.
    ['Audiometer calibrated by Norrland Instrument Calibration, LLC last spring.', 'Norrland Instrument Calibration'],
    ['impressions mailed to kestrel earmold lab today', 'kestrel earmold lab'],
    ['Referred to the team at Tullamore Cochlear Implant Program for candidacy.', 'Tullamore Cochlear Implant Program'],
    ['Seen by Dr. Ames, Dunmore ENT & Allergy, last year.', 'Dunmore ENT & Allergy'],
    ['Transferred to Okafor Regional Burn Center by air.', 'Okafor Regional Burn Center'],
    ['Follow-up at Brannagh Heart and Vascular next month.', 'Brannagh Heart and Vascular'],
    ['Records from Castlebar Pediatrics were reviewed.', 'Castlebar Pediatrics'],
    ['VISIT NOTE - KILKENNY COUNTY HOME HEALTH AGENCY\nTime in 0900', 'KILKENNY COUNTY HOME HEALTH AGENCY'],
    ['Officer J. Reyes, Tipton County Probation Office, called.', 'Tipton County Probation Office'],
    ['counted as a violation per Wexford County Treatment Court rules', 'Wexford County Treatment Court'],
    ['dosing verified with Ballina Medical Group OTP by fax', 'Ballina Medical Group OTP'],
    ['Moved into Larkspur Sober Living last week.', 'Larkspur Sober Living'],
    ['Kits left at Kinsale Gas & Go on the corner.', 'Kinsale Gas & Go'],
    ['left a box behind sycamore laundromat', 'sycamore laundromat'],
    ['CLIENT OF ATHLONE SENIOR DINING SINCE SPRING', 'ATHLONE SENIOR DINING'],
    ['referred to carrick area food shelf for a box', 'carrick area food shelf'],
    ['Rosslare Center for Eating Disorders\nIntensive outpatient schedule', 'Rosslare Center for Eating Disorders'],
    ['Dr. Y. Oduya\nCLONMEL METABOLIC AND BARIATRIC SURGERY\n12 Main St', 'CLONMEL METABOLIC AND BARIATRIC SURGERY'],
    ['loaned to tralee school for the deaf this term', 'tralee school for the deaf'],
    // A name after more roles only a person holds: an intern, a captioner, an operator, a safety manager, a charge
    // nurse, a supervising officer, a nurse aide.
    ['Exam done with dietetic intern Hope Marsh: no edema.', 'Hope Marsh'],
    ['CAPTIONER FAITH OKORO (FOK@MAIL.COM) JOINED', 'FAITH OKORO'],
    ['chamber operator chip dunleavy, cht; physician present', 'chip dunleavy'],
    ['Report to safety manager Misty Kowal, by email.', 'Misty Kowal'],
    ['CHARGE NURSE DAWN WREN SHOWN THE NEW PUMP', 'DAWN WREN'],
    ['supervising officer Buck Ferreira. case no. 22-11', 'Buck Ferreira'],
    ['witnessed by cna grace nyland. nurse notified', 'grace nyland'],
    ['peer counselor sunny achebe texted the client at noon', 'sunny achebe'],
    ['Counselor Faith documented the call.', 'Faith'],
    // The last four of a social security number after a label that says so.
    ['Donor ID (last 4 SSN): 4417   Employer: none', '4417'],
    ['verified last four of social security: 0932', '0932'],
    // A day's ordinal after a start or an end; a month and day after a fill, a dose or a shipment, a second one after
    // "and".
    ['New job starts the 21st.', '21st'],
    ['Lease ends the 30th, moving after', '30th'],
    ['Filled 3/9 at the corner pharmacy.', '3/9'],
    ['steroid injected 4/11 and 5/2 without relief', '4/11'],
    ['steroid injected 4/11 and 5/2 without relief', '5/2'],
    ['Shipped 6/6 via courier.', '6/6'],
    // A course's certificate, a licensed trade's number, a parcel's tracking number, a compounder's and a checker's
    // initials.
    ['Certificate of completion no. 448120 sent to the court.', '448120'],
    ['IA Licensed Dietitian #3391', '3391'],
    ['Fitted by J. Oyelaran, BC-HIS, lic. HD 55102.', 'HD 55102'],
    ['returned via UPS 1Z999AA10123456784 on Friday', '1Z999AA10123456784'],
    ['Compounded 3/3/2024 JS/KLM  lot 44A', 'JS/KLM'],
    // An age between commas after a person's word; a rural grid address; a numbered street before a bracket.
    ['The resident, 97, eats alone.', '97'],
    ['Deliveries to W4412 County Rd QQ, Hollandale.', 'W4412 County Rd QQ'],
    ['Food pantry at 210 SE 4TH STREET (OPEN FRIDAYS)', '210 SE 4TH STREET'],
    // A chain store's town after its number; a Oxford house by its name; places by their trades.
    ['Picked up at CVS #1180, Ottumwa. Paid cash.', 'Ottumwa'],
    ['Now living at Oxford House Meadowlark with 7 others.', 'Oxford House Meadowlark'],
    ['Serviced by Ardmore Instrument Calibration, LLC yearly.', 'LLC'],
    ['left the aid in a Tulsa Yellow Cab last night', 'Tulsa Yellow Cab'],
    ['Driver for Okonkwo Ironworks, on days.', 'Okonkwo Ironworks'],
    ['Request sent to Vasquez Interpreting for Monday.', 'Vasquez Interpreting'],
    ['I authorize Brightwater Behavioral Health to release records.', 'Brightwater Behavioral Health'],
    ['Referred to Yakima Birth to Three for services.', 'Yakima Birth to Three'],
    // Names: in a numbered roster, a surname and an initial before a date, before a school role in brackets, after "Re:"
    // before a label of their records.
    ['CLASS ROSTER\n1. OYELOWO, MARGUERITE   MRN 5521093\n2. BIRCH, TOMAS   MRN 7781002', 'OYELOWO, MARGUERITE'],
    ['TICKET  WOJCIK, R   04/02/2023', 'WOJCIK'],
    ['Trained: Ilse Brandvold (classroom teacher), Orrin Kasprzak (bus driver).', 'Orrin Kasprzak'],
    ['Re: Dashiell Okafor, DOB 1/2/1990', 'Dashiell Okafor'],
    // Practices by their kind and the town after "of"; a DME by its town; more credentials of hearing, wound, recovery
    // and nutrition staff; more person fields.
    ['This is Better Hearing of Ottumwa with a reminder.', 'Better Hearing of Ottumwa'],
    ['Faxed to Advanced Wound Care of Keokuk today.', 'Advanced Wound Care of Keokuk'],
    ['Pump returned to Tacoma DME on Friday.', 'Tacoma DME'],
    ['Reviewed: Hollis Brandt, NHA, administrator.', 'Hollis Brandt'],
    ['CPA: Marisol Trevino   Category C1', 'Marisol Trevino'],
    ['Participant: Odalys Brenner   DOB 3/3/2019', 'Odalys Brenner'],
    // Names: the child a letter to parents names; between commas before an e-mail; a payer's agent after "per"; a
    // sponsor's given name; a patient on a label after the prescription's number; before a relative's word in brackets;
    // before an SSN's label; a sponsor after a comma.
    ['To the parents of Tobias Wren\n12 Elm St', 'Tobias Wren'],
    ['Registration done: ID 55, Marta Oyelaran, moy@mail.com.', 'Marta Oyelaran'],
    ['Approved per Brenda at Aetna, ref 5521.', 'Brenda'],
    ['Sponsor is Lucinda K., sober 9 years.', 'Lucinda'],
    ['RX# 5521093   WOZNIAK, TERESA', 'WOZNIAK, TERESA'],
    ['Visitor: Anselm Ochoa (stepfather), Sunday.', 'Anselm Ochoa'],
    ['Application for Priya Dandekar, SSN on file.', 'Priya Dandekar'],
    ['Has a sponsor, Ingrid Solheim (555 201 3344).', 'Ingrid Solheim'],
    // The town a clinician practises in, in brackets after the credential.
    ['PCP: Rosa Lind, NP (Decorah). Copy sent.', 'Decorah'],
    // Inside file names: the date after a name pair, a listed surname alone before the file's date.
    ['Saved as okafor_ruth_031522_sacrum.jpg for the clinic.', '031522'],
    ['Exported KOWALCZYK_20230114_TYMP.XML to the server.', 'KOWALCZYK'],
    ['Photo WND_55120044_2021-06-30_LLE.JPG uploaded', '2021-06-30'],
    // An employer in brackets after "at work", and its town after the comma; a practice of ear, nose and throat.
    ['Burn sustained at work (Dunmore Poultry, Ottumwa).', 'Dunmore Poultry'],
    ['Burn sustained at work (Dunmore Poultry, Ottumwa).', 'Ottumwa'],
    ['Referred to Keokuk Ear, Nose and Throat Clinic for tubes.', 'Keokuk Ear, Nose and Throat Clinic'],
    // A local meal program before the national name; a recovery residence opening a sentence about itself.
    ['Lakeside Meals on Wheels client #A-5521.', 'Lakeside Meals on Wheels'],
    ['Birchwood Sober Living is a certified recovery residence.', 'Birchwood Sober Living'],
    // A driver's licence of letters and digits; a school district's number; a child care centre in brackets.
    ['Commercial driver (CDL WDL4KQ9ZX1P2) for a hauler.', 'WDL4KQ9ZX1P2'],
    ['IEP with Ottumwa School District 411: plan renewed.', '411'],
    ['Daycare (Little Acorns Child Care) reports naps.', 'Little Acorns Child Care'],
    // Names: a drug-test employer's representative and collector by their fields, a person of a team in brackets.
    ['DER: Corwin Ashby, 555-201-9988', 'Corwin Ashby'],
    ['Collector: Imelda Strand', 'Imelda Strand'],
    ['Tablet enrolled by clinical informatics (Rosalind Meyer).', 'Rosalind Meyer'],
    // A dated row of cells opened by a day, a written month and a year; a surname-first pair in a file name whose
    // surname is an everyday word; a month and day opening a line; a month and day before "by dr."; dotted initials.
    ['2 MARCH 2024 | HEEL | STAGE 2 | KQ', 'KQ'],
    ['Saved as fox_gertrude_20210301_heel.jpg.', 'fox_gertrude'],
    ['june 3: wound bed clean, granulating', 'june 3'],
    ['graft to the hand 6/6 by dr. okafor', '6/6'],
    ['Kit 44 | Trained by J.R.', 'J.R.'],
    // A letter's writer after the closing's comma.
    ['Please call with questions.\nSincerely, Marisol', 'Marisol'],
    // More places by their kind: burn and reconstructive centres, senior living, hearing and sign-language services,
    // volunteer fire departments, a hearing practice by its founders, a pharmacy's second trade, a hearing chain's
    // store by its town.
    ['Sent to Tulsa Burn and Reconstructive Center today.', 'Tulsa Burn and Reconstructive Center'],
    ['Visit to Ottumwa Senior Living, room 12.', 'Ottumwa Senior Living'],
    ['Request sent to Keokuk Sign Language Services.', 'Keokuk Sign Language Services'],
    ['Past the Decorah Volunteer Fire Department, left.', 'Decorah Volunteer Fire Department'],
    ['This is Oyelaran & Brandt Hearing calling.', 'Oyelaran & Brandt Hearing'],
    ["Supplies from Wozniak's Pharmacy & Medical monthly.", "Wozniak's Pharmacy & Medical"],
    ['Aids from Miracle-Ear Ottumwa in 2020.', 'Ottumwa'],
  ])('%s hides %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round twenty-four look-alikes survive', () => {
  it.each([
    // Initials' look-alikes: teams, studies and units after "by", and rows that end with a rhythm.
    ['OGT placed by HO, cleared by GI.', 'HO'],
    ['Position confirmed by KUB and read by radiology.', 'KUB'],
    ['Line placed by VAT this morning.', 'VAT'],
    ['TELEMETRY\n12/02  HR 72  BP 118/70  NSR', 'NSR'],
    ['NA notified of the tray change; NA aware.', 'NA'],
    // An ISO year and month only after an expiry or a term, not a span of years.
    ['Worked there 2010-12 as a welder.', '2010-12'],
    // Kinds without names: a generic agency, care said of care, a combined conference, a kind of cardiology.
    ['Sent to the collection agency.', 'collection agency'],
    ['good home care', 'good'],
    ['To be discussed at Combined Cardiology/Cardiothoracic Surgery conference.', 'Combined'],
    ['Consult interventional cardiology today.', 'interventional'],
    ['needs sober living', 'needs'],
    ['the counselor will call', 'will call'],
    // Cardiology, dermatology, anaesthesia and school-health look-alikes.
    ['Diastolic rumble (Austin Flint murmur) at the apex.', 'Austin Flint'],
    ['CO by Fick 4.1 L/min; thermodilution and Fick agree.', 'Fick'],
    ["EF 45% by Simpson's biplane.", "Simpson's"],
    ['Cornell product elevated.', 'Cornell'],
    ['Melanoma, Breslow 1.2 mm, Clark level III.', 'Clark'],
    ["Beau's lines on the thumbnails.", "Beau's"],
    ['Closed along Langer lines.', 'Langer'],
    ['Patches in Finn Chambers for 48 h.', 'Finn Chambers'],
    ['Wash with Cetaphil or Dove daily.', 'Dove'],
    ['Restylane Lyft 1 mL to the cheeks.', 'Restylane Lyft'],
    ['Cricoid pressure (Sellick) held until cuff up.', 'Sellick'],
    ['7.0 ETT with a Murphy eye.', 'Murphy eye'],
    ['Pierre Robin sequence noted in chart.', 'Pierre Robin'],
    ['27 g Whitacre needle used.', 'Whitacre'],
    ['Aldrete 10/10 at discharge.', '10/10'],
    ['ASA code 00840 billed.', '00840'],
    ['Moved to Labor and Delivery for monitoring.', 'Labor and Delivery'],
    ['Seen at the campus health center yesterday.', 'campus health center'],
    ['Tanner stage 2 breast development.', 'Tanner'],
    ['Attended Head Start at age 4.', 'Head Start'],
    ['Logged in Infinite Campus.', 'Infinite Campus'],
    ['Gvoke HypoPen 1 mg in the nurse office.', 'Gvoke HypoPen'],
    ['Prescription sent to Walgreens.', 'Walgreens'],
    ['Zoll LifeVest worn since discharge.', 'LifeVest'],
    ['Vacationed in Canada in July.', 'Canada'],
    ['Trip to Mexico last winter, no illness.', 'Mexico'],
    ['Applied 1/2 of the tube to the area.', '1/2'],
    ['The job starts the 2nd week of June.', '2nd'],
    ['oxford house model of recovery', 'model'],
    ['Needs integrated behavioral health follow-up.', 'integrated'],
    ['Referred to medical interpreting.', 'medical'],
    ['Unit short with adequate staffing.', 'adequate'],
    ['I, Maren Fiske, authorize the release.', 'authorize'],
    ['Hearing aid center (Boise, ID) visit.', 'ID'],
    ['Reviewed with the school nurse (RN) and front office (secretary).', 'front office'],
    ['CVS #221, phone 555-0100', 'phone'],
    ['Approved per protocol at the bedside.', 'protocol'],
    ['Family of origin is supportive.', 'origin'],
    ['Jane Roe, MD (retired).', 'retired'],
    ['Seen by Amos Vik, NP (Ohio).', 'Ohio'],
    ['Patient needs wound care of the heel.', 'wound care'],
    ['Saved as report_20230114.pdf.', 'report'],
    ['Exported WOUND_20230114_AUD.XML today.', 'AUD'],
    ['Injured at work (lifting boxes, twisted).', 'twisted'],
    ['Seen at the ear, nose and throat clinic today.', 'ear, nose'],
    ['Referred to Meals on Wheels.', 'Meals on Wheels'],
    ['Needs sober living is an option.', 'Needs'],
    ['Driver license renewed last year.', 'renewed'],
    ['Glucose 180 mg/dL today.', 'dL'],
    ['Poor hearing at the court hearing.', 'court hearing'],
    ['She is hard of hearing.', 'hard of hearing'],
    ['Sincerely, the clinic team', 'clinic'],
    ['Miracle-Ear hearing aids, both ears.', 'hearing aids'],
    ['May I ask: any pain?', 'May'],
    ['Given 1/2 and 1/4 tab with food.', '1/4'],
    ['Given 1/2 and 1/4.', '1/2'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
