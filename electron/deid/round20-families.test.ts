// Families that round 20 of issue 11 found in long-term care, research and campus health records, and the chart words
// that round 19's rules read as names. Each has examples written apart from any generator, and the text next to them
// that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round twenty families are found', () => {
  it.each([
    // A correctional officer's "C.O." is a rank before a capitalized name that no English word spells.
    ['Escorted by C.O. Brennan to the exam room.', 'Brennan'],
    ['c.o. delgado #4417 remained at bedside', 'delgado'],
    // A person after the role that brings them in, or after a verb and "by", in one case too.
    ['grievance official tobias wise replaced the glasses', 'tobias wise'],
    ['FUNERAL DIRECTOR DUSTY MOSS. BELONGINGS GIVEN TO FAMILY.', 'DUSTY MOSS'],
    ['destruction witnessed by grace perrin.', 'grace perrin'],
    ['reset monday by rocky kohler at the front desk', 'rocky kohler'],
    ['consent by lar pearl huels (niece), poa on file', 'pearl huels'],
    ['secretary: buck shepherd   treasurer: none', 'buck shepherd'],
    ['walked in with the ra, bill ball, after vomiting', 'bill ball'],
    ['inventory checked by bill hernández, social services.', 'bill hernández'],
    // A name, a comma and a role or department, after a listed given name.
    ['plan signed june walczak, administrator, license on file', 'june walczak'],
    ['report called to summer lake, rn at 1900', 'summer lake'],
    ['0900 metoprolol 25 mg PO given - DKW', 'DKW'],
    ['- RAY KILBACK, HOUSEKEEPING, SIGNED 8/8.', 'RAY KILBACK'],
    ['records requests: june jha, medical records, fax below', 'june jha'],
    ['LETTER FROM MERCY WELCH, SENIOR CRA, RECEIVED', 'MERCY WELCH'],
    // Pharmacies, transport services, banks, churches and senior communities named with their kind.
    ['pharmacy: union long-term care pharmacy   fax on file', 'union long-term care pharmacy'],
    ['records received from hoppe pharmacy in muncie', 'hoppe pharmacy'],
    ['TRANSFERRED VIA ALPENA AMBULANCE SERVICE AT 2011', 'ALPENA AMBULANCE SERVICE'],
    ['transported by Ames Fire-Rescue to the ED', 'Ames Fire-Rescue'],
    ['by College Station Rescue Squad.', 'College Station Rescue Squad'],
    ['SPEND-DOWN: TRAVERSE CITY SAVINGS BANK CHECKING', 'TRAVERSE CITY SAVINGS BANK'],
    ['checking at First National Bank of Mankato', 'First National Bank of Mankato'],
    ['Volunteers from First Baptist Church of Comfort visited', 'First Baptist Church of Comfort'],
    ['hospice: visiting nurses of findlay, medical director aware', 'visiting nurses of findlay'],
    ['moving from holwinde senior living community to live with son', 'holwinde senior living community'],
    ['discharged with Fairview Hospice and Home Care; start of care', 'Fairview Hospice and Home Care'],
    // Staff initials that close a medication line, hand over a count, or follow a verb and "by".
    ['0800: metformin 500 mg PO given - KLT', 'KLT'],
    ['1600: oxycodone 5 mg PO PRN, effective at 1700 - rb', 'rb'],
    ['NARC COUNT OK. OFF-GOING: JT   ON-COMING: MBW', 'JT'],
    ['NARC COUNT OK. OFF-GOING: JT   ON-COMING: MBW', 'MBW'],
    ['data entered by pkl 03/14/2022; qc by dm 03/20/2022', 'pkl'],
    ['data entered by pkl 03/14/2022; qc by dm 03/20/2022', 'dm'],
    ['vial quarantined by TW pending assessment', 'TW'],
    // A study's numbers after the word that names them, and the codes listed after it.
    ['source verified for subjects 102-004 and 117-019 today', '117-019'],
    ['SUBJ 2207-0031 | ICF SIGNED', '2207-0031'],
    ['kits assigned: 510982, 7741-002', '7741-002'],
    ['screen failed as 311-S042 in march', '311-S042'],
    ['dispensed bottle c448120 (60 capsules)', 'c448120'],
    ['airbill 7741 2209 8831 sent; requisition rq-7781203', 'rq-7781203'],
    // A day after "LMP the".
    ['LMP the 14th, cycles regular', '14th'],
    // A given name before a surname found alone, in its case.
    ['NOTICE GIVEN TO DUSTY KOWALCZYK (NEPHEW) ON FILE', 'DUSTY KOWALCZYK'],
    ['notice given to hazel abernathy (sister) today', 'hazel abernathy'],
    // A market, a newspaper, a hall or a venue named before its kind, and a room after a hall.
    ['Outing to the Greenfield farmers market on the van', 'Greenfield farmers market'],
    ['obituary in the dubuque herald gives the date of death', 'dubuque herald'],
    ['found asleep in the Okafor Hall lounge', 'Okafor Hall'],
    ['wellness check at tran commons overnight', 'tran commons'],
    ['Lives on campus in Whitaker House, room 212B', '212B'],
    ['injured on the field at oduya stadium', 'oduya stadium'],
    ['practice at Lindqvist Ice Center', 'Lindqvist Ice Center'],
    // The town and ZIP after a street, the state written out.
    ['mailing address 22 birch lane, orchard falls, vermont 05061', 'orchard falls'],
    ['mailing address 22 birch lane, orchard falls, vermont 05061', '05061'],
    ['LETTER SENT TO 410 S RIVER RD, LIBERTY 64068.', 'LIBERTY'],
    // A name before a record's label or an age; a contact's word before their e-mail; a person's field.
    ['clinic list: okonjo, faith  mrn 5512093  dob on file', 'okonjo, faith'],
    ['NGUYEN, TRUNG | SUBJ 3302-0117 | ICF SIGNED', 'NGUYEN, TRUNG'],
    ['assent obtained from Jubilee (age 12) today', 'Jubilee'],
    ['For questions contact Marisol at mcruz@example.org.', 'Marisol'],
    ['ALTERNATE CONTACT (COUSIN): RUBY FROST, (617) 555-0143', 'RUBY FROST'],
    ['Athlete: Storm Delacroix   Sport: lacrosse', 'Storm Delacroix'],
    // A study's date with its day unknown; a log row's codes and initials.
    ['onset UNK-FEB-2021, resolved', 'FEB-2021'],
    ['SCR-0442 | T-L-W | 03/02/2023 | screen fail', 'T-L-W'],
    ['04/11/2022 | k310-022 | v3 | $50.00 | mq', 'k310-022'],
    ['04/11/2022 | k310-022 | v3 | $50.00 | mq', 'mq'],
    // A signature block's site between the signer and "electronically signed"; initials after "given <date> by".
    ['Ada Osei, FNP-BC\nRiverbend Wellness Center\nElectronically signed 5/2/2022', 'Riverbend Wellness Center'],
    ['flu vaccine lot ab123, given 10/2 by kt. vis given.', 'kt'],
    // The town after "lives in", whatever word spells it; a person after "spoke with" and their two names.
    ['pt married, lives in federal, husband at bedside', 'federal'],
    ['resides in normal with her son', 'normal'],
    ['lives in New Bedford with daughter', 'New Bedford'],
    ['spoke with hope north regarding discharge', 'hope north'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round twenty look-alikes survive', () => {
  it.each([
    // "c.o." is "complains of" in a chart: what follows is a symptom, capitalized or not.
    ['pt c.o. Pain 7/10 in the lower back', 'Pain'],
    ['abd soft, c.o. Nausea overnight', 'Nausea'],
    ['C.O. Cramps since dinner', 'Cramps'],
    ['lower c.o. Maps 62-67 overnight', 'Maps'],
    // Public programs and bodies, campaigns and units of service, devices and their makers, a chain as a workplace.
    ['IM from Medicare signed; Important Message from Medicare copy given', 'Medicare'],
    ['Barthel 85/100 on admission', '85/100'],
    ['ride home arranged with Lyft Healthcare', 'Lyft'],
    ['winter coat from the Salvation Army', 'Salvation'],
    ['applied for charity care at registration', 'charity'],
    ['device check: Medtronic Azure XT DR MRI, RV lead 5076', 'Azure'],
    ['BIOTRONIK EVITY 8 DR-T INTERROGATED', 'EVITY'],
    ['transmission via CareLink overnight', 'CareLink'],
    ['sensor: Dexcom G7, site R arm', 'Dexcom'],
    ['see labeling at www.bostonscientific.com/mri', 'bostonscientific'],
    ['records sent to the VAMC for review', 'VAMC'],
    ['eligible through the Indian Health Service', 'Indian'],
    ['served in Operation Iraqi Freedom 2004-2005', 'Iraqi'],
    ['retired as Command Sergeant Major', 'Major'],
    ['deployed with 1/5 Cavalry', '1/5'],
    ['member of the Southern Cheyenne', 'Cheyenne'],
    ['a chinook wind melted the snow', 'chinook'],
    ['spoke with the foreman about light duty', 'foreman'],
    ['husband works at Home Depot', 'Depot'],
    ['given by mouth twice daily', 'mouth'],
    ['witnessed by the charge nurse.', 'charge'],
    ['reviewed by grace alone.', 'grace'],
    ['followed by rest and ice', 'rest'],
    ['Spoke with pharmacy, administrator aware.', 'pharmacy'],
    ['picked up at the campus pharmacy', 'campus'],
    ['refills via mail order pharmacy', 'mail'],
    ['transport via ambulance service', 'ambulance'],
    ['returning to the community after rehab', 'community'],
    ['deposit at the bank', 'bank'],
    ['came from the nursing home', 'nursing'],
    ['insulin given - see MAR', 'see'],
    ['tylenol 650 mg given - RN', 'RN'],
    ['senna 2 tabs given - prn', 'prn'],
    ['heparin held - per MD', 'per'],
    ['drawn by IV 3 ml', 'IV'],
    ['2 samples and 3 kits given', '3'],
    ['kits 2 and 3 opened', '2'],
    ['bottles 30, 60 counted', '30'],
    ['in the dining hall after lunch', 'dining'],
    ['walked in the hall x2', 'hall'],
    ['presented to the Bariatric Center for evaluation', 'Bariatric'],
    ['at the student center', 'student'],
    ['went to the farmers market', 'farmers'],
    ['bad news given to the family', 'news'],
    ['| Na | 140 | 12/3/2020 | 135-145 |', '135-145'],
    ['son (age 14) at bedside', 'son'],
    ['contact pharmacy at rx@example.org', 'pharmacy'],
    ['client: stanley walker (sid 5255776), sophomore', 'sid'],
    ['Jo Park, FNP-BC', 'FNP'],
    ['lives in senior housing with wife', 'senior'],
    ['lives in fear of falling', 'fear'],
    ['lives in the area', 'area'],
    ['lives in own home with wife', 'own'],
    ['spoke with wound care today', 'wound'],
    ['discussed with team leader', 'team'],
    ['met with art therapy', 'art'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});

describe('round twenty look-alikes leave the names beside them', () => {
  it.each([
    ['Seen by Dr. Abbott in device clinic.', 'Abbott'],
    ['Spoke with Greg Abbott, RN', 'Abbott'],
    ['Lives at 12 Azure Lane', 'Azure'],
    ['moved from Byram, NJ last spring', 'Byram'],
    ['works at Target in Salem', 'Salem'],
    ['Visit at Regional Hospital of Salem', 'Salem'],
    ['e-mail j.roe@va.gov for the records', 'j.roe@va.gov'],
    ['portal at www.myhealth.va.gov', 'myhealth'],
    ['Referred to the Salem Vet Center', 'Salem'],
    ['transferred to St. Jude Medical Center', 'Jude'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});
