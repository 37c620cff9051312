// Families that round 16 of issue 11 found: a record field's abbreviation after a labelled name ("Cornelius
// Abernathy, MRN 004829", which once became a fake surname in a surrogate export), and the families below it.
// Each has examples written apart from any generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round sixteen families are found', () => {
  it.each([
    ['Patient: Cornelius Abernathy, MRN 00482913.', 'Cornelius Abernathy'],
    ['Patient: Abernathy, Cornelius MRN 00482913', 'Cornelius'],
    ['Pt: Fin Sullivan, DOB 1/2/1950', 'Fin Sullivan'],
    // An ordinal birthday over 89 is an age, suffix and all.
    ['very pleasant woman, celebrated 98th b-day last month', '98th'],
    ['celebrated her 101st birthday with family', '101st'],
    // A schedule in weekday letters, in the week's order.
    ['GU: oliguric, HD m-w-f via R IJ quinton', 'm-w-f'],
    ['Outpatient dialysis T/Th/Sat at DCI.', 'T/Th/Sat'],
    ['coumadin 5 mg M/W/F, 2.5 mg other days', 'M/W/F'],
    ['HD MWF at the unit in town', 'MWF'],
    // Short weekdays that are also words, after a word that sets a day.
    ['pt npo since sun for ?cath, case bumped x2', 'sun'],
    ['next HD planned mon, renal aware', 'mon'],
    ['PER BROTHER MORE CONFUSED SINCE LAST SAT, FELL AT HOME', 'SAT'],
    // The region after "VNA of" or "Hospice of", in any case.
    ['PLAN: HOME W/ VNA OF upper cape WHEN STABLE', 'upper cape'],
    ['plan: home w/ vna of outer cape when stable', 'outer cape'],
    ['vna of pioneer valley to follow', 'pioneer valley'],
    // Dates around their cues: registries, spreadsheets, month ranges, a span's second ordinal, weekdays in brackets.
    ['From state registry: Influenza Mar-21; Tdap Jan-21.', 'Mar-21'],
    ['4-May  WBC 3.1  ANC 1.8', '4-May'],
    ['- apr-jul 2020: carbo/pem + xrt', 'apr-jul 2020'],
    ['she required norepinephrine from the 3rd to the 8th, then was weaned', '8th'],
    ['plan for ex lap 04/26 (fri) with acute care surgery', 'fri'],
    ['PLAN FOR EX LAP 1/1 (WED) WITH ACUTE CARE SURGERY', '1/1'],
    ['Dr. Knight paged and aware this am (Sun); no new orders.', 'Sun'],
    ['POD#4 (1/1) S/P LAP CHOLE. TOLERATING CLEARS.', '1/1'],
    ['TMAX 38.9 YESTERDAY (1/4) AT 2200, NONE SINCE.', '1/4'],
    ['LMP 6-2, EDC 10-3 BY 8 WK US', '6-2'],
    ['LMP 12.20, EDC 7/27 by 11 wk US', '12.20'],
    ['Rh neg, Rhogam given 4-28 at 28 wks.', '4-28'],
    ['staples to be removed on or around 02-20 at your pcp office.', '02-20'],
    ['last dose of warfarin 12-15 per pt', '12-15'],
    // A day and month read apart from the same month's day after it: both go.
    ['SHINGRIX #1 JULY 15TH, #2 DUE NOVEMBER', 'JULY 15TH'],
    ['Shingrix #1 Dec 23rd, #2 due in May', 'Dec 23rd'],
    // Streets named without their number after a word that places something on them, cross streets, road exits.
    ['Pt found down in the parking lot on Daugherty Dr by a bystander.', 'Daugherty Dr'],
    ['pt found down in the parking lot on franklin st by a bystander', 'franklin st'],
    ['male down in front of the store on prospect road, unk if breathing', 'prospect road'],
    ['XST: High Ter / Porter Pl', 'High Ter / Porter Pl'],
    ['responded to route 1 & depot ave for a 2-car mvc', 'route 1 & depot ave'],
    ['dispatched for mvc with entrapment, rt 3 sb mm 58.4, vehicle vs guardrail', 'rt 3 sb mm 58.4'],
    ['MVC I-95 NB exit 12 with rollover', 'I-95 NB exit 12'],
    // Lodgings and bars with their kind; towns that name a public-safety unit or station.
    ["PT ASSAULTED OUTSIDE MURPHY'S PUB ON RAILROAD ST", "MURPHY'S PUB"],
    ['stays at the safe harbor shelter on depot ter', 'safe harbor shelter'],
    ['BATH FIRE ENGINE 4 ON SCENE PRIOR TO EMS ARRIVAL', 'BATH'],
    ['Bennington Medic 8 to St. Vincent Hospital, inbound', 'Bennington'],
    ['per dover pd officer on scene', 'dover'],
    ['troop b (cranston barracks), trooper on scene', 'cranston'],
    // A caller's field; a number after a person's name and "#".
    ['CALLER: WOLF, TRI   CALLBACK: 821.389.6439', 'WOLF, TRI'],
    ['Crew: EMT-B Anthony Abbott #A-73174', 'A-73174'],
    ['Trooper Dao #3697 on scene.', '3697'],
    // A name after a dietitian's, pharmacist's, wound nurse's, medical student's or medical assistant's role.
    ['rd aderonke recs nepro 1 can tid with meals.', 'aderonke'],
    ['Vanc trough 22; per PharmD Kwame, hold next dose.', 'Kwame'],
    ['WOCN Fatima Lane evaluated sacral wound: stage 3.', 'Fatima Lane'],
    ['sw meg to call family re: goals of care', 'meg'],
    // Where prescriptions are filled: a chain's store number, road, street, town; a pharmacist's pager; a PA key.
    ['CALLED WALMART #09361 (438-917-2881) TO VERIFY FILLS', '09361'],
    ['rx transferred from cvs #8251 to walgreens - us route 25 on 9/2.', 'us route 25'],
    ['Pharmacy: Walmart #17327, Chestnut Rd, Marion VT  NCPDP ID: 5314951', 'Chestnut Rd'],
    ['Pharmacy: Walmart #17327, Chestnut Rd, Marion VT  NCPDP ID: 5314951', 'Marion'],
    ['Rx transferred from Rite Aid - Rte. 3 to CVS #1221 (Shirley) on 03/02.', 'Shirley'],
    ['Please page Jesus Bins, PharmD at 93794 with questions.', '93794'],
    ['Submitted via CoverMyMeds, Key: KGGVBUSZ, on 17 April 2020', 'KGGVBUSZ'],
    ['Camila Rodriguez, 35 yo, seen today', 'Camila Rodriguez'],
    ['Seen at the Bangor office', 'Bangor'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round sixteen look-alikes survive', () => {
  it.each([
    ['Patient: Cornelius Abernathy, MRN 00482913.', 'MRN'],
    ['Patient: Abernathy, Cornelius MRN 00482913', 'MRN'],
    ['Patient: Cornelius Abernathy, CSN 8812345', 'CSN'],
    ['Pt: Fin Sullivan, DOB 1/2/1950', 'DOB'],
    ['Patient: ABERNATHY, CORNELIUS  SSN: 123-45-6789', 'SSN'],
    ['Name: Rosa Diaz, Age 54, Sex F', 'Age'],
    ['Muscle strength 5/5, S/P M/F repair', 'S/P'],
    ['grade A/B/C lesions', 'A/B/C'],
    ['pt last sat up in chair for 2 hours', 'sat'],
    ['last sat with family at lunch', 'sat'],
    ['avoid sun until healed', 'sun'],
    ['burned by sun.', 'sun'],
    ['on tele, mon shows NSR', 'mon'],
    ['pt on hospice of sorts', 'hospice'],
    ['VNA of choice when ready', 'choice'],
    ['age 45th percentile for weight', '45th'],
    ['last mammogram Nov-82, normal', '82'],
    ['signed this 1st day of December, 1966.', '1966'],
    ['since 2-3 days with cough', '2-3'],
    ['given 2-4 mg IV morphine', '2-4'],
    ['started 1-2 tabs q6h prn', '1-2'],
    ['LMP 12.5 weeks ago by dates', '12.5'],
    ['day 2 (1-2 episodes of emesis)', '1-2'],
    ['O2 (sat) probe on finger', 'sat'],
    ['on head CT, no bleed', 'head CT'],
    ['pt on call dr aware of labs', 'call dr'],
    ['walks up the road by herself', 'road'],
    ['went out on a test drive', 'test drive'],
    ['went to head ct / cxr this am', 'head ct'],
    ['lesion 5 mm from the margin', '5 mm'],
    ['called the fire department', 'fire'],
    ['Medic 12 arrived on scene', 'Medic 12'],
    ['house fire 2 alarms', 'house'],
    ['Dr. Smith #2 dose given', '#2'],
    ['REQUIRING 3RD URBC FOR HCT <30.', 'URBC'],
    ['rd aderonke recs nepro 1 can tid with meals.', 'recs nepro'],
    ['1200 Main Rd in town', 'in town'],
    ['Pharmacy: Walmart #17327, Chestnut Rd, Marion VT  NCPDP ID: 5314951', 'VT'],
    ['Fills at CVS, open 24 hours.', 'CVS'],
    ['paged at 2200 re K of 3.1', '2200'],
    ['target INR 2-3 on warfarin', 'target'],
    // Brands named like people before their dose, drug makers, eponyms and kinds of clinic.
    ['Dispensed ella 30 mg tablet x1 for emergency contraception.', 'ella'],
    ['Yasmin 28-day pack, 3 packs', 'Yasmin'],
    ['Camila 0.35 mg PO daily', 'Camila'],
    ['levothyroxine (Mylan)', 'Mylan'],
    ['Generic from Teva', 'Teva'],
    ['Unna boot applied to the left leg', 'Unna'],
    ['Follow up in the anticoagulation clinic.', 'anticoagulation'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
