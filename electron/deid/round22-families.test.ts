// Families that round 22 of issue 11 found in dental, rehabilitation, billing and hospice records, and the look-alikes
// of eye, sports, sexual health and dialysis records. Each has examples written apart from any generator, and the text
// next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round twenty-two families are found', () => {
  it.each([
    // X12 claim segments: the field says what it holds, whatever word spells it.
    ['NM1*IL*1*MEADOW*ROSALIND*K***MI*ZQX4410982~', 'MEADOW'],
    ['NM1*IL*1*MEADOW*ROSALIND*K***MI*ZQX4410982~', 'ROSALIND'],
    ['NM1*IL*1*MEADOW*ROSALIND*K***MI*ZQX4410982~', 'ZQX4410982'],
    ['nm1*qc*1*fields*tobias****mi*77120441~', 'fields'],
    ['NM1*85*2*LAKESIDE FAMILY PRACTICE*****XX*1457702214~', 'LAKESIDE FAMILY PRACTICE'],
    ['N3*88 HOLLOW BROOK RD*UNIT 4~', '88 HOLLOW BROOK RD'],
    ['N3*88 HOLLOW BROOK RD*UNIT 4~', 'UNIT 4'],
    ['N4*MARS*PA*160461122~', 'MARS'],
    ['N4*MARS*PA*160461122~', '160461122'],
    ['DMG*D8*19610914*M~', '19610914'],
    ['DTP*434*RD8*20230102-20230109~', '20230102'],
    ['DTP*434*RD8*20230102-20230109~', '20230109'],
    ['REF*EA*MR55120~', 'MR55120'],
    ['CLM*PC771203*240***11:B:1*Y*A*Y*Y~', 'PC771203'],
    ['PER*IC*DORA WEBB*TE*4125550187~', 'DORA WEBB'],
    // UB-04 form locators.
    ['FL8B  GOODE FELIX  FL9A 17 ORCHARD WAY  FL9B HOPE  FL9C ND  FL9D 58046', 'GOODE FELIX'],
    ['FL8B  GOODE FELIX  FL9A 17 ORCHARD WAY  FL9B HOPE  FL9C ND  FL9D 58046', '17 ORCHARD WAY'],
    ['FL8B  GOODE FELIX  FL9A 17 ORCHARD WAY  FL9B HOPE  FL9C ND  FL9D 58046', 'HOPE'],
    ['FL8B  GOODE FELIX  FL9A 17 ORCHARD WAY  FL9B HOPE  FL9C ND  FL9D 58046', '58046'],
    ['fl10 birthdate 07041951  fl12 admission date 112223  fl13 hr 02', '07041951'],
    ['fl10 birthdate 07041951  fl12 admission date 112223  fl13 hr 02', '112223'],
    ['FL6 STATEMENT COVERS PERIOD FROM 010524 THROUGH 013124', '010524'],
    ['FL6 STATEMENT COVERS PERIOD FROM 010524 THROUGH 013124', '013124'],
    ['FL58 INSURED GOODE, MARTHA  FL59 REL 01', 'GOODE, MARTHA'],
    ['FL65 EMPLOYER NAME DAKOTA GRAIN COOPERATIVE', 'DAKOTA GRAIN COOPERATIVE'],
    ['FL77 OPERATING NPI 1730221455  LAST SUMMERS  FIRST GALE', 'SUMMERS'],
    ['FL77 OPERATING NPI 1730221455  LAST SUMMERS  FIRST GALE', 'GALE'],
    ['0320  DX X-RAY  71046  032124  1  212.00', '032124'],
    // CMS-1500 items.
    ["3. PATIENT'S BIRTH DATE 11 02 58  SEX M", '11 02 58'],
    ["5. patient's address 40 tern ln  city harmony  state mn  zip 55939", 'harmony'],
    ["11b. employer's name Lakeside Tool & Die", 'Lakeside Tool & Die'],
    ['17. DK Wren Castellano, NP   17b. NPI 1649920031', 'Wren Castellano'],
    ['24A. 02 14 2024  24B. 11  24D. 99214', '02 14 2024'],
    // Trades named before their kind, after a cue, a comma, a bracket or on their own line.
    ['account sent to Tri-County Credit Bureau after 120 days', 'Tri-County Credit Bureau'],
    ['Ostrowski Recovery Services left a voicemail re: the balance', 'Ostrowski Recovery Services'],
    ['lien letter from Hale Injury Law received', 'Hale Injury Law'],
    ['walker delivered by Kowalczyk Mobility on Friday', 'Kowalczyk Mobility'],
    ['post-op visit with Dr. Ames (Northfield Bone & Joint) in 2 weeks', 'Northfield Bone & Joint'],
    ['cc: dr. ortiz, red mesa oral surgery', 'red mesa oral surgery'],
    ['referred out to Juniper Endodontics for the retreatment', 'Juniper Endodontics'],
    ['respite stay at Orchard Lane Memory Care next week', 'Orchard Lane Memory Care'],
    ['body released to Whitcomb Cremation Services at 0300', 'Whitcomb Cremation Services'],
    // People after roles that name only people, with credentials of billing, coding, dental, therapy and hospice work.
    ['Spoke to adjuster Skip Nowicki at the carrier', 'Skip Nowicki'],
    ['grievance coordinator chance oyelaran returned the call', 'chance oyelaran'],
    ['WITNESS: DUKE ABERNATHY-LOPE', 'DUKE ABERNATHY-LOPE'],
    ['coding question sent to Marisol Quist, CPC, for review', 'Marisol Quist'],
    ['retro review assigned to dawn pietsch, rhit', 'dawn pietsch'],
    ['Bite registration taken, assisted by Brook Halvorsen, RDA.', 'Brook Halvorsen'],
    ['Sunny Castellanos, MDiv\nChaplain', 'Sunny Castellanos'],
    // Initials that sign a line or a worker's action.
    ['Temp crown cemented with TempBond.\n-- KLM', 'KLM'],
    ['Answer: "sepsis due to UTI, present on admission" -QRT. DRG updated.', 'QRT'],
    ['Eligibility re-verified 3/2 by JWD\nnext', 'JWD'],
    ['aide: mn   next visit friday', 'mn'],
    // Dates, numbers, streets and counties of billing letters.
    ['Dates of service: 3/02/2021-4/18/2021', '3/02/2021'],
    ['Dates of service: 3/02/2021-4/18/2021', '4/18/2021'],
    ['approved for visits 01.10.22–02.28.22 only', '02.28.22'],
    ['DEAR WINSTON OKAFOR,\nWE RECEIVED YOUR REQUEST', 'WINSTON OKAFOR'],
    ['dear hope little,\nthank you for your payment', 'hope little'],
    ['IDR case IDR-4471902 opened', 'IDR-4471902'],
    ['estimate gfe-0093157 sent to the patient', 'gfe-0093157'],
    ['appeal sent certified mail 7019 2280 0001 5524 8812', '7019 2280 0001 5524 8812'],
    ['new address: 88 quarry rd lot 14, then the bridge', '88 quarry rd lot 14'],
    ['applied for benefits at Centre County Assistance Office', 'Centre'],
    ['MOVED TO CUYAHOGA COUNTY LAST YEAR', 'CUYAHOGA COUNTY'],
    ['referred to Nayar & Associates Collections.', 'Nayar & Associates Collections'],
    ['coverage through Harmon Distribution Center; subscriber DOB on file', 'Harmon Distribution Center'],
    ['DENIALS REPORT, DUBUQUE PHYSICAL THERAPY, MAY 2017', 'DUBUQUE PHYSICAL THERAPY'],
    ['Collector Sterling, 1-339-603-8616, called back', 'Sterling'],
    ['lifeguard Guy notified of the seizure plan', 'Guy'],
    // Short weekdays after a word that starts or sets a day.
    ['aide visits go to 3x/week starting Sat; bath days M/W/F', 'Sat'],
    ['on-call nurse paged after a call Sun 04:10 from the wife', 'Sun'],
    ['day pass mon with her son to the house', 'mon'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round twenty-two look-alikes survive', () => {
  it.each([
    // Eponyms with their noun, drugs, lenses, devices and dialyzers.
    ['Near add read at 40 cm (Jaeger)', 'Jaeger'],
    ['Refraction refined with Jackson cross cylinder', 'Jackson'],
    ['Maddox rod shows 4 PD esophoria', 'Maddox'],
    ['Angle Van Herick grade 3 OD', 'Van Herick'],
    ['Positive Marcus Gunn pupil on the right', 'Marcus Gunn'],
    ['s/p Tommy John surgery as a sophomore', 'Tommy John'],
    ['Hutchinson teeth not seen', 'Hutchinson'],
    ['serum and urine Bence Jones protein pending', 'Bence Jones'],
    ['eGFR and Cockcroft-Gault clearance both below 20', 'Cockcroft-Gault'],
    ['Pred Forte 1% four times daily', 'Pred Forte'],
    ['Diamox Sequels 500 mg twice daily', 'Diamox'],
    ['Trial of Acuvue Oasys lenses', 'Acuvue Oasys'],
    ['Reads mail with OrCam MyEye at home', 'OrCam MyEye'],
    ['Ahmed valve tube in good position', 'Ahmed'],
    ['New Riddell SpeedFlex fitted', 'Riddell SpeedFlex'],
    ['Dialyzer Elisio-19H today', 'Elisio-19H'],
    ['Conductivity checked with the Myron L meter', 'Myron L'],
    // Chains, suppliers and programs named alone; a country of birth.
    ['Bought frames at LensCrafters', 'LensCrafters'],
    ['Exam covered by VSP this year', 'VSP'],
    ['Works out at Planet Fitness 3x/week', 'Planet Fitness'],
    ['Eligible for Ryan White Part A', 'Ryan White'],
    ['Seen at a Title X clinic before', 'Title X'],
    ['Copay help through Advancing Access', 'Advancing Access'],
    ['PD supplies ordered from Baxter', 'Baxter'],
    ['Eyeglasses donated by the Lions Club', 'Lions Club'],
    ['Born in Jamaica, moved here at 12', 'Jamaica'],
    ['born in Haiti; speaks Kreyol', 'Haiti'],
    // Trade numbers that read as dates or codes.
    ['Fixation losses 3/15, false positives 2%', '3/15'],
    ['Disease code 300 entered', '300'],
    ['Injured in the 3rd quarter', '3rd quarter'],
    ['Cramped at mile 18 of the marathon', 'mile 18'],
    // Kinds that are plain words: no trade there.
    ['Improving bed mobility with min assist', 'bed mobility'],
    ['denies illicit drug. ', 'illicit drug'],
    ['recommend outpatient pain management and PT', 'pain management'],
    ['placed the Pain-Buster Pain Management System', 'Pain Management'],
    ['back to the field house after practice', 'field house'],
    ['chair side commode at bedside', 'side commode'],
    ['Exam covered by VSP', 'VSP'],
    ['transported by car\nhome', 'car'],
    ['pt sat up in chair, starting sat up exercises', 'sat up'],
    ['Dear colleague,\nthank you for the referral', 'colleague'],
    ['Dear Sir or Madam:\nEnclosed are the records', 'Sir or Madam'],
    ['lives in the county, out of county placement denied', 'county'],
    ['billed CPT-99213 and ICD-10 codes', 'CPT-99213'],
    ['Dx: knee pain, outpatient physical therapy', 'outpatient physical therapy'],
    ['the collector tube was spun down', 'collector'],
    ['BP 120/80-130/90 today', '120/80-130/90'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});

describe('round twenty-two look-alikes leave the names that share their words', () => {
  it.each([
    ['Seen by Dr. Jackson today', 'Jackson'],
    ['Message left for Dr. Baxter.', 'Baxter'],
    ['Pt Ahmed Karimi, 44, here for follow-up', 'Ahmed Karimi'],
    ['Called Cooper Lindqvist, the father', 'Cooper Lindqvist'],
    ['proceeds to the Hope Lions Club fund', 'Hope'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});
