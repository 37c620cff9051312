// Families that round 31 of issue 11 found in pain clinic, neurosurgery, marrow transplant and vascular records. Each
// has examples written apart from any generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round thirty-one families are found', () => {
  it.each([
    // Kinds only a named site has, named by a town's, a region's or a surname's words.
    ['Seen before at Clearwater Spine & Pain (Dr. Oduya).', 'Clearwater Spine & Pain'],
    ['PT at Gorski Physical Therapy, 10 visits.', 'Gorski Physical Therapy'],
    ['referred to maplewood comprehensive care for moud', 'maplewood comprehensive care'],
    ['EVAL BY J. PIKE, PSYD (OHIO VALLEY BEHAVIORAL HEALTH)', 'OHIO VALLEY BEHAVIORAL HEALTH'],
    ['MRI from Blue Ridge Imaging reviewed.', 'Blue Ridge Imaging'],
    ['court reporter Kowalczyk Reporting Services attended', 'Kowalczyk Reporting Services'],
    ['unit shipped by Tacoma Public Cord Blood Program', 'Tacoma Public Cord Blood Program'],
    ['HLA TYPING - ROCHESTER HLA & TRANSPLANT IMMUNOLOGY LAB', 'ROCHESTER HLA & TRANSPLANT IMMUNOLOGY LAB'],
    ['collected at Fargo Apheresis Center on day 5', 'Fargo Apheresis Center'],
    ['stays at birchwood crossing apartments with her son', 'birchwood crossing apartments'],
    ['IONM by K. Dorsey, CNIM (Summit Neuromonitoring, LLC)', 'Summit Neuromonitoring, LLC'],
    ['Discharged to Sequoia Acute Rehab today.', 'Sequoia Acute Rehab'],
    ['Fax from: Lakeland Renal Care', 'Lakeland Renal Care'],
    ['Ride booked with Meridian Wheelchair Van Service, trip 4411.', 'Meridian Wheelchair Van Service'],
    ['Stockings fitted at Alder Mobility & Medical.', 'Alder Mobility & Medical'],
    ['cc: Bellweather Cancer Care, PLLC', 'Bellweather Cancer Care, PLLC'],
    ['employer: Hazard Coal Company', 'Hazard Coal Company'],
    // Kinds written before their town, the town of one or two words.
    ['filled at Medicine Shoppe of Cedar Rapids, Rx 1234567', 'Medicine Shoppe of Cedar Rapids'],
    ['referred to new beginnings of morgantown for moud', 'new beginnings of morgantown'],
    ['Lodging at Ronald McDonald House of Sioux Falls (first week).', 'Ronald McDonald House of Sioux Falls'],
    ['mother joined from aspen senior living of fort collins; agrees', 'aspen senior living of fort collins'],
    // Shops named by a town's everyday word or an owner's possessive.
    ['Refills go to Harmony Drug on Main.', 'Harmony Drug'],
    ['picked up at Kowalski\'s Pharmacy yesterday', 'Kowalski\'s Pharmacy'],
    ['because Little\'s Pharmacy closes early', 'Little\'s Pharmacy'],
    ['09/02/2021  oxycodone 5 mg   60   30  hurricane apothecary', 'hurricane apothecary'],
    // Signers after acts of record work.
    ['Script signed out by QRT at the desk.', 'QRT'],
    ['Thaw witnessed; second check JLM.', 'JLM'],
    ['photo uploaded to the chart by kvt.', 'kvt'],
    ['Question routed to PDW.', 'PDW'],
    ['RSK/tln\nD: 03/02/2024 10:11\nT: 03/02/2024 14:40', 'RSK/tln'],
    ['1000  GCS 15  PERRL  MAE  BHW', 'BHW'],
    ['Operator: KZ', 'KZ'],
    // Relatives' given names that are also everyday words.
    ['HIS COUSIN WILL DROVE HIM HOME.', 'WILL'],
    ['spoke with pt\'s neighbor skip at 555-201-3344', 'skip'],
    ['the patient\'s niece honey was present', 'honey'],
    ['Pt\'s parent Penny gave the dose.', 'Penny'],
    ['mother mabel, 96, in quincy; cannot help', '96'],
    ['mother mabel, 96, in quincy; cannot help', 'quincy'],
    // Meeting attendees with their service.
    ['Attendees: Ravi Okonkwo (Neurosurgery), Ella Brandt (Neuro-oncology).', 'Ravi Okonkwo'],
    ['PRESENT: TOMAS REYES (PATHOLOGY), JUNE PARK (RADIATION ONCOLOGY)', 'JUNE PARK'],
    ['Case 3321: QLT, 61M, MRN 0099123', 'QLT'],
    ['Case NTB-22-045: RP, 48F', 'NTB-22-045'],
    // Records' numbers.
    ['ITEM                 LOT        SERIAL\nscrew 5.5 x 40 mm    K88213     -', 'K88213'],
    ['lead lots 4411ab72 and 88c1290 implanted', '88c1290'],
    ['node biopsy sp-448120 pending', 'sp-448120'],
    ['EEG EEG-902117 showed no seizures', 'EEG-902117'],
    ['referral REF4417702 sent by eFax', 'REF4417702'],
    ['CBU 4410-2231-7 released', '4410-2231-7'],
    ['(grid 9921 0031 5521 4410 722)', '9921 0031 5521 4410 722'],
    // Addresses and ZIPs.
    ['Family leased 77 Ash St Apt 3 (04412) for the summer.', '04412'],
    ['bangor, me 04401\nphone 207 555 0101', '04401'],
    ['caregiver rotation\n  week of apr 12   rosa', 'apr 12'],
    ['PICKUP AT 12 ELM ST APT 4, BARTLESVILLE AT 07:15 MONDAY', 'BARTLESVILLE'],
    // Towns where an event in the story happened.
    ['truck broken into on 3/2/2024 in wheeling.', 'wheeling'],
    ['rear-ended on route 9 in Saratoga; police report filed', 'Saratoga'],
    ['knee gave out at my brother\'s in Cheyenne last week', 'Cheyenne'],
    ['told us the city (Tulsa) and the year', 'Tulsa'],
    ['your donor sibling moved to spokane.', 'spokane'],
    // People after roles, surname first, with a middle initial.
    ['Courier Imani Okafor collected the product.', 'Imani Okafor'],
    ['RE: OUR CLIENT DARNELL PRICE', 'DARNELL PRICE'],
    ['Okoro, Adaeze   acc# 55102   collected 2/2', 'Okoro'],
    ['coordinator mwangi, faith, 555-201-9911', 'mwangi'],
    ['Study for Rusty T. Whitfield: right GSV reflux', 'Rusty T. Whitfield'],
    ['Reviewed: Ines Carvalho', 'Ines Carvalho'],
    ['verified by ned oyelaran and autumn kessler.', 'autumn kessler'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round thirty-one look-alikes survive', () => {
  it.each([
    ['Plan: continue physical therapy twice weekly.', 'physical therapy'],
    ['Fluoroscopic imaging confirmed the level.', 'Fluoroscopic imaging'],
    ['Outside imaging reviewed.', 'Outside imaging'],
    ['He was on a study drug.', 'study drug'],
    ['avoid street drugs; gateway drug counseling given', 'gateway drug'],
    ['goes by wheelchair van service to dialysis', 'wheelchair van service'],
    ['His son will call back tomorrow.', 'will'],
    ['The daughter will be present at 3.', 'will'],
    ['Son will at times visit.', 'will'],
    ['the blood center of the hospital', 'blood center'],
    ['Patient was in pain.', 'pain'],
    ['He works in energy.', 'energy'],
    ['She lives in hope of a cure.', 'hope'],
    ['Remains in A-fib on amiodarone.', 'A-fib'],
    ['Seen both in AP and lateral planes.', 'AP'],
    ['moved to the floor, then moved to icu.', 'floor'],
    ['Plan, discussed: continue.', 'Plan'],
    ['Skin, intact', 'Skin'],
    ['given 15 mil k phosphate', 'phosphate'],
    ['culture ng12345 pending', 'culture'],
    ['case 12: the 45 yo', '45'],
    ['Regimen: ABVD (oncology protocol)', 'ABVD'],
    ['the caregiver will call back', 'caregiver will'],
    ['no wheelchair van service available', 'wheelchair van service'],
    ['baseline ionm services were stable', 'ionm services'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});
