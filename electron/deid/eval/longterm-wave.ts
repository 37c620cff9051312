// A blind wave of nursing home, skilled nursing, assisted living and long-term care documents: admission agreements and
// face sheets (the resident's name, DOB, SSN, record number, prior residence and ZIP, responsible party and alternate
// contacts with phones, Medicare, Medicaid and plan numbers, the attending and the long-term care pharmacy with its fax,
// the trust account), MDS 3.0 assessments and care plan conferences (assessment reference dates, the MDS coordinator,
// social services, target dates, those present and the family on the phone), incident and fall reports (report numbers,
// the date and weekday, the aide who found the resident, witnesses' statements, the NP notified, the hospital the
// resident went to, facility-reported incidents with the state intake number, elopements with the alarm bracelet's
// serial and the street where the resident was found), resident council and family council minutes and grievances
// (officers, the chair's e-mail, grievance numbers), state survey, complaint and ombudsman contacts (event ids, intake
// numbers, surveyors, the county ombudsman and her phone, plans of correction signed by the administrator with her
// licence number, the facility's CMS certification number, state licence and address), physician and NP visit notes in
// the facility (providers and credentials, ages over 89, telephone orders with the nurse's initials), INTERACT-style
// SBAR change-in-condition and hospital transfer forms (the ambulance service, the ED nurse called, POLST signers, the
// health care representative, bed-hold notices, readmissions), medication administration record notes with nurse
// initials (PRN effects, refusals, narcotic counts, the consultant pharmacist's regimen review, emergency-kit seals),
// therapy screens (PT, OT and speech, power wheelchair serials and the supplier), activity notes (holidays, visiting
// schools and churches, birthdays past ninety, outings on the facility van with its plate), dietary notes (the
// dietitian, weights, the relative who brings food on a given day), guardianship and POA paperwork (probate court case
// numbers, recorded instrument numbers, guardians and agents with addresses, public guardians' e-mails), Medicaid pending
// and approval letters (county offices, case numbers, caseworkers with extensions, Medicaid ids, the bank and account of
// a spend-down), discharge to the community with a home care agency (the home address, the agency, its contact, the
// follow-up clinic), telehealth visits (the cart's serial and the session's IP), the family portal URL, and death in
// the facility (who pronounced, the family present, the funeral home, its director, the death certificate number), in
// mixed case, ALL CAPS and lower case. Dates are written in every form these records use ('03/04/2021', '3/4/21',
// '4 March 2021', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2019', holidays such as 'Christmas Eve' and 'the Fourth
// of July'). Given names and surnames are often everyday words (Hope, Faith, Pearl, Stone, Price, Church) and towns are
// often everyday words (Liberty, Union, Harmony, Eden). A list of look-alikes in the same style must not be touched.
// Written without reading the engine's rules or any gold data. `scoreLongtermWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a title ('Mrs.', 'Dr.') and a
// credential ('RN', 'LPN', 'CNA', 'APRN', 'NHA', 'RD, LD', 'CCC-SLP', 'RAC-CT') are not; initials that sign a MAR, a
// narcotic count or a telephone order are planted; a nursing home, an assisted living community, a hospital, a home care
// agency, a pharmacy, a funeral home, a bank, a clinic, a medical supplier, an ambulance service, a school and a church
// are planted whole with their kind words ('Maple Grove Nursing and Rehabilitation Center', 'Visiting Nurses of Union',
// 'Stone & Sons Funeral Home'); a chain or a vendor named alone ('Omnicare', 'PointClickCare', 'Medline') is kept; a
// town is planted, the state is kept; a county is planted as its name, the word 'County' is not; a street address is
// planted from its number to its street type, a ZIP (with its +4) is planted; a room and bed ('Room 214-B') and a hall or
// unit are not planted; a weekday naming one day ('found on the floor Tuesday') is planted, a standing day ('Mass on
// Sundays') is kept; a holiday that fixes a day ('Christmas Eve') is planted, without 'the'; a month with a year ('March
// 2019') is planted; a time next to a date is kept; an age over 89 is planted, also as a birthday ordinal ('her 100th
// birthday'), an age of 89 or under is kept; SSNs, record numbers, MBIs, Medicaid ids and case numbers, plan member ids,
// trust and bank accounts, incident, grievance, intake and survey event numbers, CMS certification numbers, state
// facility licences, administrator's licences, probate case and recorded instrument numbers, emergency-kit seals, death
// certificate numbers, device serials, van plates, IPs, URLs, e-mails, phones, faxes and extensions are planted whole;
// MDS item codes, F-tags, CMS form numbers, CPT and ICD-10 codes, scores and scales are look-alikes; a phone's leading
// '(' need not be covered. Kept (look-alikes): eponyms (Alzheimer's, Parkinson's, Lewy body, Huntington's, Hoyer lift,
// Foley, Trendelenburg, Heimlich, Babinski, Romberg, Kegel), scales and scores (BIMS, PHQ-9, Braden, Morse, MMSE,
// SLUMS, Katz, Barthel, Tinetti, Timed Up and Go, Allen Cognitive Level, FAST, PAINAD), MDS sections and items, PDPM
// and RUG groups, F-tags, CMS forms, drugs, brands and supplements (Seroquel, Depakote, Ensure, Boost, Thick-It,
// WanderGuard, Broda, Geri-chair, Roho, Tubigrip), codes, vitals and weights, Medicare days ('day 21 of 100'), ages of
// 89 and under, years alone, states, payers and programs (Medicare Part A, Medicaid, PACE, INTERACT, POLST), relations
// without names, everyday words that are also names or towns (hope, faith, grace, joy, will, bill, union, liberty,
// harmony) and generic places (the facility, the nursing home, the dining room, the chapel, the courtyard, the ER).
// Measured before rules (engine at 5c84fdd): 0.900 recall on seeds 5, 11, 23 (4310/4788), 0.893 on fresh seeds 41, 42, 43
// (4274/4788); 8/105 look-alikes touched ("BIMS 11/15", "Allen Cognitive Level 4.2", "M0300B1", "Medline", "Sundays",
// "Tue/Fri", "every Monday", "union").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, gb, frca, mx, de, inn, gh, pl, vi, nl];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Mercy', 'Patience', 'Charity', 'Pearl', 'Opal', 'Ruby', 'Rose', 'Violet', 'Hazel', 'Iris', 'Fern', 'June', 'May', 'Dawn', 'Bill', 'Art', 'Guy', 'Earl', 'Buck', 'Rocky', 'Bud', 'Sonny', 'Royal', 'Major', 'Virgil', 'Ray', 'Dale', 'Glen', 'Wade', 'Lavern', 'Chester'];
const WORD_SUR = ['Stone', 'Price', 'Church', 'Hill', 'Wood', 'Hall', 'Moss', 'Fields', 'Cook', 'Baker', 'Miller', 'Gardner', 'Shepherd', 'Noble', 'King', 'Young', 'Strong', 'Long', 'Short', 'Little', 'Love', 'Sweet', 'Good', 'Wise', 'Rich', 'Bell', 'Bush', 'Frost', 'Snow', 'Winter', 'Summers', 'Brooks', 'Rivers', 'Lake', 'Pond', 'Ford', 'Banks', 'Graves', 'Savage', 'Hardy', 'Nurse', 'Lamb'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Union', 'Harmony', 'Concord', 'Eden', 'Paradise', 'Hope', 'Friendship', 'Comfort', 'Plainview', 'Fairview', 'Pleasant Hill', 'Mount Pleasant', 'Greenville', 'Bethel', 'Shiloh', 'Salem', 'Jasper', 'Marion', 'Florence', 'Warren', 'Clinton', 'Franklin', 'Athens', 'Sparta', 'Lebanon', 'Canton', 'Dover', 'Bath', 'Normal', 'Goshen', 'Eureka', 'Welcome', 'Gentry', 'Beloit'];
const REAL_TOWNS = ['Zanesville', 'Chillicothe', 'Marietta', 'Findlay', 'Mansfield', 'Sandusky', 'Elkhart', 'Kokomo', 'Vincennes', 'Danville', 'Galesburg', 'Quincy', 'Ottumwa', 'Dubuque', 'Mankato', 'Eau Claire', 'Wausau', 'Oshkosh', 'Saginaw', 'Alpena', 'Traverse City', 'Bluefield', 'Beckley', 'Altoona', 'Johnstown', 'Williamsport', 'Hagerstown', 'Cumberland'];
const COUNTIES = ['Clay', 'Pike', 'Union', 'Grant', 'Hardin', 'Warren', 'Boone', 'Logan', 'Marion', 'Carroll', 'Lee', 'Cherokee', 'Vigo', 'Wayne', 'Shelby', 'Bell', 'Floyd', 'Hart', 'Christian', 'Muskingum', 'Ross', 'Stark', 'Licking', 'Tippecanoe', 'Allegany', 'Blair', 'Lycoming', 'Eau Claire'];
const STATES = ['OH', 'IN', 'IL', 'IA', 'MN', 'WI', 'MI', 'WV', 'PA', 'MD', 'Ohio', 'Indiana', 'Michigan', 'Pennsylvania'];
const STREET_WORDS = ['Main', 'Church', 'Mill', 'Spring', 'Walnut', 'Maple', 'Elm', 'Oak', 'Chestnut', 'Depot', 'College', 'Liberty', 'Hickory', 'Orchard', 'Meadow', 'Sunset', 'Pleasant', 'Water', 'School', 'Cemetery', 'Quarry', 'Old Mill', 'County Line'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Lane', 'Ln', 'Dr', 'Drive', 'Ct', 'Court', 'Pike', 'Way', 'Blvd'];
const TREES = ['Maple', 'Oak', 'Willow', 'Cedar', 'Magnolia', 'Aspen', 'Pine', 'Birch', 'Hickory', 'Dogwood', 'Sycamore', 'Laurel', 'Elm', 'Juniper'];
const LANDS = ['Grove', 'Ridge', 'Meadows', 'Hills', 'Creek', 'Crossing', 'Terrace', 'Glen', 'Park', 'Point', 'Springs', 'Woods'];
const SAINTS = ['Anne', 'Joseph', 'Francis', 'Elizabeth', 'Mary', 'Luke', 'Vincent', 'Catherine', 'Benedict', 'Clare', 'Teresa'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix one day of a year. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'Thanksgiving Day', 'Fourth of July', "Valentine's Day", 'Halloween', "Mother's Day", "Father's Day", 'Memorial Day', 'Labor Day', 'Easter Sunday', "St. Patrick's Day", 'Veterans Day'];
const RELATIONS = ['daughter', 'son', 'wife', 'husband', 'niece', 'nephew', 'granddaughter', 'grandson', 'sister', 'brother', 'daughter-in-law', 'son-in-law', 'stepdaughter', 'friend', 'neighbor'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Miss'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A nursing home, skilled nursing facility or assisted living community, named whole. */
  facility(): string {
    const k = this.int(0, 9);
    const t = this.town();
    const tree = this.pick(TREES);
    const land = this.pick(LANDS);
    if (k === 0) return `${tree} ${land} Nursing and Rehabilitation Center`;
    if (k === 1) return `${t} Health and Rehab`;
    if (k === 2) return `The Gardens at ${t}`;
    if (k === 3) return `${tree} Manor`;
    if (k === 4) return `${t} Care Center`;
    if (k === 5) return `${tree} ${land} Assisted Living`;
    if (k === 6) return `St. ${this.pick(SAINTS)}'s Villa`;
    if (k === 7) return `${t} Senior Living Community`;
    if (k === 8) return `${t} Veterans Home`;
    return `${tree} ${land} Health Campus`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A home health or home care agency. */
  agency(): string {
    const t = this.town();
    const k = this.int(0, 4);
    if (k === 0) return `${t} Home Health`;
    if (k === 1) return `Visiting Nurses of ${t}`;
    if (k === 2) return `${this.pick(TREES)} Home Care Services`;
    if (k === 3) return `${t} Hospice and Home Care`;
    return `Helping Hands Home Care of ${t}`;
  }
  funeralHome(): string {
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return `${s} Funeral Home`;
    if (k === 1) return `${s} & Sons Funeral Home`;
    if (k === 2) return `${s}-${this.sur()} Funeral Chapel`;
    return `${this.town()} Memorial Chapel`;
  }
  pharmacy(): string {
    return this.r() < 0.5 ? `${this.town()} Long-Term Care Pharmacy` : `${this.sur()} Institutional Pharmacy`;
  }
  bank(): string {
    const t = this.town();
    const k = this.int(0, 2);
    return k === 0 ? `First National Bank of ${t}` : k === 1 ? `${t} Savings Bank` : `${t} Community Credit Union`;
  }
  clinic(): string {
    return this.r() < 0.5 ? `${this.town()} Family Medicine` : `${this.sur()} Internal Medicine Associates`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(15001, 56999));
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  yy(): string {
    return pad2(this.int(12, 25));
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms facilities write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return `${this.pick(MONTHS)} ${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1922, hi = 1950): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 2);
    return k === 0 ? `00${this.digitString(5)}` : k === 1 ? this.digitString(this.int(6, 8)) : `${this.letters(1)}${this.digitString(6)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${this.digitString(2)}-${this.digitString(4)}`;
  }
  ext(): string {
    return this.digitString(this.int(3, 4));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(216, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  /** An e-mail for someone not otherwise named in the frame. */
  email(): string {
    const g = asciiLetters(this.given()) || 'pat';
    const s = asciiLetters(this.sur()) || 'doe';
    const dom = this.pick(['gmail.com', 'yahoo.com', 'aol.com', 'outlook.com', `${asciiLetters(this.town()) || 'union'}seniorliving.com`, `${asciiLetters(this.pick(TREES))}manor.org`]);
    const local = this.pick([`${g}.${s}`, `${g.charAt(0)}${s}${this.int(1, 99)}`, `${s}${g.charAt(0)}`, `${g}${s.charAt(0)}${this.int(40, 99)}`]);
    return `${local}@${dom}`;
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const N = () => String(this.int(0, 9));
    const A = () => (this.r() < 0.5 ? L() : N());
    const a = `${this.int(1, 9)}${L()}${A()}${N()}`;
    const b = `${L()}${A()}${N()}`;
    const c = `${L()}${L()}${N()}${N()}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  medicaidId(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(12) : k === 1 ? `${this.letters(2)}${this.digitString(8)}` : `${this.digitString(9)}${this.letters(1)}`;
  }
  caseNo(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(10);
    if (k === 1) return `MA-${this.yy()}-${this.digitString(6)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(7)}`;
    return `${this.digitString(4)}-${this.digitString(6)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `H${this.digitString(8)}`;
    return `${this.digitString(9)}${this.pick(['01', '02'])}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 12)) : `${this.digitString(4)}-${this.digitString(6)}`;
  }
  incidentNo(): string {
    const k = this.int(0, 2);
    return k === 0 ? `IR-${this.year()}-${this.digitString(4)}` : k === 1 ? this.digitString(6) : `${this.yy()}-${this.digitString(3)}`;
  }
  intakeNo(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(8)}` : this.digitString(this.int(7, 9));
  }
  /** A survey event id ('KX4L11'). */
  eventId(): string {
    return `${this.letters(2)}${this.int(1, 9)}${this.letters(1)}${this.int(10, 99)}`;
  }
  ccn(): string {
    return `${pad2(this.int(10, 52))}${this.int(5, 6)}${this.digitString(3)}`;
  }
  licence(prefix: string): string {
    return this.r() < 0.5 ? `${prefix}${this.digitString(6)}` : `${prefix}-${this.digitString(this.int(5, 7))}`;
  }
  courtCase(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.year()}-GD-${this.digitString(5)}`;
    if (k === 1) return `${this.yy()}PR${this.digitString(6)}`;
    return `GA-${this.year()}-${this.digitString(4)}`;
  }
  instrument(): string {
    return `${this.year()}${this.digitString(7)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.letters(3)}${this.digitString(6)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  plate(): string {
    return this.r() < 0.5 ? `${this.letters(3)}-${this.digitString(4)}` : `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
  }
  ip(): string {
    return `${this.int(24, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  certNo(): string {
    return this.r() < 0.5 ? `${this.year()}-${this.digitString(6)}` : this.digitString(this.int(9, 11));
  }
  /** A provider seen in the facility: the text and its parts. */
  provider(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, APRN, FNP-C`, [g, s]];
    if (k === 3) return [`${g} ${s}, DO, CMD`, [g, s]];
    return [`${g} ${s}, PA-C`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // admission agreements and face sheets
  ['face sheet header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dt = d.mdy(); const dob = d.dob(); const ssn = d.ssn(); const mrn = d.mrn();
    return [`RESIDENT FACE SHEET\nName: ${s}, ${g} ${d.mi()}   Room: ${d.int(100, 399)}-${d.pick(['A', 'B'])}   Admit Date: ${dt}\nDOB: ${dob}   SSN: ${ssn}   Resident #: ${mrn}`, [s, g, dt, dob, ssn, mrn]];
  }],
  ['face sheet responsible party and alternate', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const g2 = d.given(); const s2 = d.sur(); const [ph2, p2] = d.phone();
    return [`Responsible Party: ${g} ${s} (${d.relation()})   Home: ${ph}\nAlternate Contact: ${g2} ${s2} (${d.relation()})   Cell: ${ph2}`, [g, s, p, g2, s2, p2]];
  }],
  ['face sheet payers', (d) => {
    const m = d.mbi(); const id = d.memberId(); const mid = d.medicaidId();
    return [`Primary Payer: Medicare Part A   MBI: ${m}\nSecondary: ${d.pick(['AARP Supplement Plan G', 'Humana Gold Plus', 'Anthem Medigap', 'UHC Dual Complete'])}   Member ID: ${id}\nMedicaid #: ${mid} (pending)`, [m, id, mid]];
  }],
  ['face sheet prior residence', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Admitted from: home   Prior address: ${st}, ${t}, ${d.state()} ${z}   Lived alone; son checked in daily.`, [st, t, z]];
  }],
  ['face sheet attending and pharmacy fax', (d) => {
    const [doc, p] = d.provider(); const ph = d.pharmacy(); const [fx, pf] = d.phone();
    return [`Attending Physician: ${doc}\nPharmacy: ${ph}   Fax: ${fx}`, [...p, ph, pf]];
  }],
  ['admission agreement signed by POA', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`Admission Agreement reviewed and signed ${dt} by the resident's representative ${g} ${s}, POA. Witness: ${g2} ${s2}, Admissions Coordinator.`, [dt, g, s, g2, s2]];
  }],
  ['admitted from hospital with qualifying stay', (d) => {
    const h = d.hospital(); const a = d.slashMd(); const b = d.slashMd();
    return [`Admitted for skilled rehab from ${h} after a qualifying inpatient stay ${a} through ${b} for L hip ORIF; Medicare day 1 of 100.`, [h, a, b]];
  }],
  ['trust account opened', (d) => {
    const acct = d.account(); const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Resident trust account #${acct} opened; personal needs allowance deposited ${w}. Business office: ${g} ${s}.`, [acct, w, g, s]];
  }],
  // MDS and care plans
  ['MDS assessment reference date and coordinator', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`MDS 3.0 ${d.pick(['5-Day PPS', 'Quarterly', 'Annual', 'Significant Change in Status', 'Discharge - Return Anticipated'])} assessment, ARD ${dt} (A0310). Completed by ${g} ${s}, RN, RAC-CT, MDS Coordinator.`, [dt, g, s]];
  }],
  ['MDS section C interview', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Section C interview ${md} by ${g} ${s}, LSW, Social Services: BIMS 11/15, no signs of delirium; PHQ-9 score 4.`, [md, g, s]];
  }],
  ['care plan conference attendees', (d) => {
    const dt = d.date(); const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur(); const g3 = d.given(); const [ph, p] = d.phone();
    return [`Care plan conference held ${dt}. Present: ${g1} ${s1}, DON; ${g2} ${s2}, Activities Director; resident; ${d.relation()} ${g3} by phone at ${ph}.`, [dt, g1, s1, g2, s2, g3, p]];
  }],
  ['care plan goal target date', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Focus: at risk for falls r/t impaired balance and psychotropic use. Goal: will have no fall with major injury through the target date ${dt}. Intervention: low bed, floor mats; PT referral per ${g} ${s}, PT.`, [dt, g, s]];
  }],
  ['quarterly review age over 89 resident since', (d) => {
    const n = d.ageOver89(); const my = d.monthYear();
    return [`Quarterly review: ${n} y/o ${d.pick(['female', 'male'])}, long-term care resident since ${my}, dx vascular dementia, CHF, OA. Weight stable, no falls this quarter.`, [n, my]];
  }],
  // incident and fall reports
  ['incident report header', (d) => {
    const no = d.incidentNo(); const dt = d.mdy(); const g = d.given(); const s = d.sur();
    return [`INCIDENT/ACCIDENT REPORT #${no}\nDate of occurrence: ${dt}   Time: ${d.time()}   Location: resident room\nType: fall, unwitnessed   Reported by: ${g} ${s}, CNA`, [no, dt, g, s]];
  }],
  ['found on floor weekday family notified', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday(); const g2 = d.given(); const [ph, p] = d.phone();
    return [`Resident found sitting on floor beside bed by ${g} ${s}, CNA, at 0310 ${w}. No apparent injury, ROM WNL. Notified ${d.relation()} ${g2} at ${ph}.`, [g, s, w, g2, p]];
  }],
  ['NP notified sent to ER', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`Notified ${g} ${s}, APRN, at 0345; new order to send resident to ${h} ED for x-ray of L hip. Neuro checks started per protocol.`, [g, s, h]];
  }],
  ['witness statement signed', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`Witness statement: "I saw her reach for the walker and slide down to the floor. She did not hit her head." - ${g} ${s}, housekeeping, signed ${md}.`, [g, s, md]];
  }],
  ['resident altercation reported to state', (d) => {
    const g = d.given(); const s = d.sur(); const no = d.intakeNo(); const g2 = d.given(); const s2 = d.sur();
    return [`Resident-to-resident altercation in the dining room: ${g} ${s} struck tablemate on the forearm. Facility-reported incident submitted to the state agency within 2 hours, intake #${no}. Administrator ${g2} ${s2} notified.`, [g, s, no, g2, s2]];
  }],
  ['elopement found on street with bracelet serial', (d) => {
    const st = d.street(); const g = d.given(); const s = d.sur(); const sn = d.serial();
    return [`Door alarm sounded at 1922. Resident located at ${st} by ${g} ${s} (maintenance) and escorted back without injury. WanderGuard bracelet S/N ${sn} tested and functioning.`, [st, g, s, sn]];
  }],
  ['post-fall huddle ordinal', (d) => {
    const o = ordinal(d.int(1, 28)); const g = d.given(); const s = d.sur();
    return [`Post-fall huddle on the ${o} with nurse ${g} ${s}: root cause - resident attempting to toilet without calling. Added scheduled toileting q2h.`, [o, g, s]];
  }],
  // resident and family council, grievances
  ['resident council minutes', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur();
    return [`RESIDENT COUNCIL MINUTES - ${md}\nPresident: ${g} ${s}   Secretary: ${g2} ${s2}\nOld business: cold breakfast trays on 2 West; response from Dietary Manager ${g3} ${s3}: heated carts ordered.`, [md, g, s, g2, s2, g3, s3]];
  }],
  ['family council chair e-mail', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur(); const em = d.email();
    return [`Family council met ${w} evening in the chapel; ${g} ${s} (whose mother lives on the memory care unit) elected chair. Questions to ${em}.`, [w, g, s, em]];
  }],
  ['grievance filed and resolved', (d) => {
    const no = `G-${d.yy()}-${d.digitString(3)}`; const dt = d.date(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`Grievance ${no} filed ${dt} by ${g} ${s} regarding missing hearing aids. Grievance official ${g2} ${s2} replaced them at facility expense; resolved within 5 days.`, [no, dt, g, s, g2, s2]];
  }],
  // state survey and ombudsman
  ['survey entrance event id', (d) => {
    const dt = d.date(); const id = d.eventId(); const g = d.given(); const s = d.sur();
    return [`State survey team entered ${dt} at 0800 for the annual recertification survey, Event ID ${id}. Team leader: ${g} ${s}, RN, Health Facility Surveyor.`, [dt, id, g, s]];
  }],
  ['complaint intake investigated', (d) => {
    const no = d.intakeNo(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Complaint intake ${no} (staffing on nights) investigated onsite ${md} by surveyor ${g} ${s}; unsubstantiated, no deficiencies cited.`, [no, md, g, s]];
  }],
  ['ombudsman visit', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.county(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`Long-term care ombudsman ${g} ${s} (${c} County Ombudsman Program, ${ph}) visited ${w} at the resident's request regarding a room change.`, [g, s, c, p, w]];
  }],
  ['plan of correction administrator licence', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const lic = d.licence('NHA');
    return [`Plan of Correction, F689 (accidents/supervision): completion date ${dt}. Signed ${g} ${s}, Administrator, NHA license ${lic}.`, [dt, g, s, lic]];
  }],
  ['facility letterhead CCN licence address', (d) => {
    const f = d.facility(); const c = d.ccn(); const lic = d.licence('LTC'); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${f}\nCCN ${c}   State License ${lic}\n${st}, ${t}, ${d.state()} ${z}`, [f, c, lic, st, t, z]];
  }],
  // physician and NP visits
  ['NP visit note header', (d) => {
    const dt = d.date(); const [doc, p] = d.provider(); const f = d.facility();
    return [`NURSING FACILITY SUBSEQUENT VISIT (99309) - ${dt}\nProvider: ${doc}\nFacility: ${f}, Room ${d.int(100, 299)}`, [dt, ...p, f]];
  }],
  ['regulatory visit age over 89', (d) => {
    const t = d.title(); const s = d.sur(); const n = d.ageOver89();
    return [`Seen for 60-day regulatory visit. ${t} ${s} is a ${n}-year-old with advanced Alzheimer's dementia (FAST 7a), dysphagia and recurrent UTIs; comfort-focused care per family.`, [s, n]];
  }],
  ['telephone order read back', (d) => {
    const s = d.sur(); const i = d.initials(); const md = d.slashMd();
    return [`T.O. Dr. ${s} / ${i}, LPN  ${md} ${d.time()}: Start cephalexin 500 mg PO QID x 7 days for UTI. Read back and verified.`, [s, i, md]];
  }],
  ['hospice medical director', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.agency(); const dt = d.date();
    return [`Hospice election signed ${dt}; ${a} medical director ${g} ${s}, MD, certified terminal prognosis (PPS 30%).`, [dt, a, g, s]];
  }],
  // SBAR and hospital transfer
  ['SBAR change in condition header', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const dt = d.mdy();
    return [`SBAR COMMUNICATION FORM - CHANGE IN CONDITION\nResident: ${g} ${s}   DOB: ${dob}   Date: ${dt}\nS: new onset confusion, T 101.2, SpO2 88% on RA.`, [g, s, dob, dt]];
  }],
  ['transfer by ambulance report called', (d) => {
    const h = d.hospital(); const t = d.town(); const tm = d.time(); const dt = d.date(); const g = d.given(); const [ph, p] = d.phone();
    return [`Transferred to ${h} ED via ${t} Ambulance Service at ${tm} on ${dt}. Report called to ${g}, RN, at ${ph}. Transfer form, MAR and POLST sent.`, [h, `${t} Ambulance Service`, dt, g, p]];
  }],
  ['POLST and health care representative', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const [ph, p] = d.phone();
    return [`Code status: DNR, limited interventions per POLST signed ${dt} by Dr. ${g} ${s}. Health care representative: ${d.relation()} ${g2} ${s2}, ${ph}.`, [dt, g, s, g2, s2, p]];
  }],
  ['bed hold notice', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday(); const md = d.slashMd();
    return [`Bed-hold notice given to ${g} ${s} (${d.relation()}) ${w} ${md}; elects to hold the bed at the private daily rate.`, [g, s, w, md]];
  }],
  ['readmission from hospital', (d) => {
    const h = d.hospital(); const md = d.monDay();
    return [`Readmitted from ${h} on ${md} after a 4-day stay for urosepsis; new orders reconciled with the hospital discharge summary.`, [h, md]];
  }],
  // MAR and pharmacy
  ['MAR entries with initials', (d) => {
    const a = d.initials(); const b = d.initials();
    return [`MAR 0900: donepezil 10 mg PO given - ${a}\n1300: acetaminophen 650 mg PO PRN for knee pain 6/10, effective at 1400 (2/10) - ${b}`, [a, b]];
  }],
  ['MAR refusal nurse signed', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const md = d.slashMd();
    return [`Resident refused 2100 quetiapine; reapproached x2 by ${g} ${s}, LPN, still refused. Dr. ${s2} notified ${md}; no new orders.`, [g, s, s2, md]];
  }],
  ['narcotic count initials', (d) => {
    const md = d.slashMd(); const a = d.initials(); const b = d.initials();
    return [`Controlled substance count correct at shift change ${md} 0645. Off-going: ${a}   On-coming: ${b}`, [md, a, b]];
  }],
  ['consultant pharmacist regimen review', (d) => {
    const g = d.given(); const s = d.sur(); const my = d.monthYear();
    return [`Consultant pharmacist ${g} ${s}, PharmD, monthly medication regimen review ${my}: recommend gradual dose reduction of sertraline 100 mg to 75 mg.`, [g, s, my]];
  }],
  ['emergency kit seal pharmacy phone', (d) => {
    const dt = d.date(); const seal = d.digitString(d.int(6, 8)); const ph = d.pharmacy(); const [pn, p] = d.phone();
    return [`Emergency kit opened ${dt} for ceftriaxone 1 g; seal #${seal}. ${ph} notified at ${pn} for replacement.`, [dt, seal, ph, p]];
  }],
  // therapy
  ['therapy screen', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Therapy screen ${dt} by ${g} ${s}, PT, DPT: decline in transfers and gait since last quarter; recommend PT 5x/wk x 4 wks, Tinetti 14/28.`, [dt, g, s]];
  }],
  ['speech therapy swallow study', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd(); const h = d.hospital();
    return [`Speech therapy (${g} ${s}, MS, CCC-SLP): bedside swallow ${md}; refer for modified barium swallow at ${h}. Continue IDDSI level 5 minced and moist.`, [g, s, md, h]];
  }],
  ['power wheelchair serial and supplier', (d) => {
    const sn = d.serial(); const t = d.town(); const md = d.monDay();
    return [`OT: power wheelchair (Quantum Q6 Edge) S/N ${sn} delivered by ${t} Medical Supply on ${md}; seating assessment with ROHO cushion completed.`, [sn, `${t} Medical Supply`, md]];
  }],
  ['hearing aid serial lost', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`Left hearing aid (Phonak Audeo) serial ${sn} reported missing; inventory sheet checked by ${g} ${s}, Social Services.`, [sn, g, s]];
  }],
  // activities
  ['activity note holiday and school', (d) => {
    const t = d.town(); const hol = d.holiday();
    return [`Resident attended bingo, hymn sing and the ${t} Elementary School choir on ${hol}; smiled and sang along.`, [`${t} Elementary School`, hol]];
  }],
  ['birthday past ninety', (d) => {
    const o = ordinal(d.int(90, 105)); const g = d.given();
    return [`Celebrated her ${o} birthday in the activity room with ${d.relation()} ${g} and three great-grandchildren; cake per mechanical soft diet.`, [o, g]];
  }],
  ['church group visit', (d) => {
    const t = d.town(); const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Volunteers from First Baptist Church of ${t} visited ${w}; Pastor ${g} ${s} led a short service in the chapel.`, [`First Baptist Church of ${t}`, w, g, s]];
  }],
  ['outing on facility van plate', (d) => {
    const p = d.plate(); const t = d.town(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Outing to the ${t} farmers market ${md} on facility van (plate ${p}); driver ${g} ${s}. Resident tolerated 2 h in wheelchair.`, [t, md, p, g, s]];
  }],
  // dietary
  ['dietitian weight loss note', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`Dietary note (${g} ${s}, RD, LD) ${md}: weight 112.4 lb, down 5.2% in 30 days; add Ensure Plus BID and fortified cereal at breakfast.`, [g, s, md]];
  }],
  ['relative brings food on weekday', (d) => {
    const g = d.given(); const w = d.weekday(); const md = d.monDay();
    return [`Food preferences updated ${md}: dislikes fish; ${d.relation()} ${g} brought homemade chicken soup ${w}, stored labeled and dated in the nourishment room.`, [md, g, w]];
  }],
  // guardianship and POA
  ['letters of guardianship', (d) => {
    const c = d.county(); const no = d.courtCase(); const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Letters of Guardianship issued by the ${c} County Probate Court, case no. ${no}, on ${dt}. Guardian of the person: ${g} ${s}, ${ph}.`, [c, no, dt, g, s, p]];
  }],
  ['durable POA recorded', (d) => {
    const dt = d.date(); const inst = d.instrument(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town();
    return [`Durable power of attorney for health care executed ${dt}, recorded as instrument #${inst}. Agent: ${g} ${s}, ${st}, ${t}.`, [dt, inst, g, s, st, t]];
  }],
  ['public guardian e-mail', (d) => {
    const c = d.county(); const g = d.given(); const s = d.sur(); const em = d.email();
    return [`${c} County Public Guardian's office: case worker ${g} ${s}; send consents and care plan invitations to ${em}.`, [c, g, s, em]];
  }],
  // Medicaid
  ['Medicaid pending application', (d) => {
    const c = d.county(); const no = d.caseNo(); const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext();
    return [`Medicaid long-term care application pending with ${c} County Job and Family Services, case #${no}, filed ${dt}. Caseworker ${g} ${s}, ${ph} ext. ${e}.`, [c, no, dt, g, s, p, e]];
  }],
  ['Medicaid approval letter', (d) => {
    const md = d.monDay(); const mid = d.medicaidId();
    return [`Medicaid nursing facility coverage approved effective ${md}; Medicaid ID ${mid}; patient liability $1,142.00 per month.`, [md, mid]];
  }],
  ['spend down bank account', (d) => {
    const b = d.bank(); const acct = d.account(); const dt = d.mdy();
    return [`Spend-down verification: ${b} checking account #${acct}, balance $1,870.12 as of ${dt}; irrevocable funeral trust on file.`, [b, acct, dt]];
  }],
  // discharge to the community
  ['discharge home with agency', (d) => {
    const dt = d.date(); const st = d.street(); const t = d.town(); const a = d.agency(); const w = d.weekday();
    return [`Discharged home ${dt} to ${st}, ${t} with ${a}; start of care visit ${w}. Walker and shower chair delivered.`, [dt, st, t, a, w]];
  }],
  ['agency contact and follow-up clinic', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const c = d.clinic(); const md = d.monDay();
    return [`Home health intake nurse: ${g} ${s}, ${ph}. PCP follow-up at ${c} on ${md} at 10:15; med list and discharge summary faxed.`, [g, s, p, c, md]];
  }],
  ['assisted living move out', (d) => {
    const f = d.facility(); const t = d.town(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`30-day notice received; resident moving from ${f} to live with ${d.relation()} in ${t} on ${dt}. Records release signed by ${g} ${s}.`, [f, t, dt, g, s]];
  }],
  // telehealth and portals
  ['telehealth cart serial and IP', (d) => {
    const sn = d.serial(); const ip = d.ip(); const [doc, p] = d.provider();
    return [`After-hours telehealth visit with ${doc} via cart S/N ${sn}; session connected from ${ip}, video and audio adequate.`, [...p, sn, ip]];
  }],
  ['family portal URL', (d) => {
    const f = d.facility(); const url = `https://www.${asciiLetters(d.town()) || 'union'}${d.pick(['seniorliving', 'carecenter', 'rehab'])}.com/family`; const [ph, p] = d.phone();
    return [`${f} family portal: ${url}. For a login call the front desk at ${ph}.`, [f, url, p]];
  }],
  ['medical records request e-mail and fax', (d) => {
    const em = d.email(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Records requests: ${g} ${s}, Medical Records, ${em}; fax ${fx}.`, [g, s, em, p]];
  }],
  // death in the facility
  ['death pronouncement family present', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const g2 = d.given();
    return [`Resident expired ${dt} at 0422. Pronounced by ${g} ${s}, RN, per facility policy; no respirations or apical pulse x 1 min. Family (${d.relation()} ${g2}) at bedside.`, [dt, g, s, g2]];
  }],
  ['released to funeral home', (d) => {
    const fh = d.funeralHome(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Body released at 0710 to ${fh} (${ph}); funeral director ${g} ${s}. Personal belongings inventoried and given to family.`, [fh, p, g, s]];
  }],
  ['death certificate signed', (d) => {
    const no = d.certNo(); const s = d.sur(); const md = d.slashMd();
    return [`Death certificate #${no} signed electronically by Dr. ${s} on ${md}; cause: end-stage dementia. Hospice and ombudsman notified.`, [no, s, md]];
  }],
];

/** The names of the wave's frames. */
export const longtermFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function longtermWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10007, rounds);
}

/** Look-alikes in long-term care style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and diseases
  ["Advanced Alzheimer's dementia, FAST 7a.", "Alzheimer's"], ["Parkinson's disease with freezing of gait", "Parkinson's"], ['Dementia with Lewy bodies', 'Lewy'], ["Huntington's chorea", "Huntington's"],
  ['Two-person assist with Hoyer lift for all transfers.', 'Hoyer'], ['Foley catheter 16 Fr changed monthly', 'Foley'], ['Heimlich maneuver performed by staff', 'Heimlich'], ['Romberg positive', 'Romberg'],
  ['Babinski downgoing bilaterally', 'Babinski'], ['Kegel exercises taught for urge incontinence', 'Kegel'], ['Trendelenburg gait noted', 'Trendelenburg'], ['Stevens-Johnson history with sulfa', 'Stevens-Johnson'],
  // scales and scores
  ['BIMS 11/15', 'BIMS 11/15'], ['PHQ-9 score 4', 'PHQ-9'], ['Braden score 14, moderate risk', 'Braden'], ['Morse Fall Scale 55', 'Morse'], ['MMSE 18/30', '18/30'], ['SLUMS 19', 'SLUMS'],
  ['Katz ADL index 2/6', 'Katz'], ['Barthel index 35', 'Barthel'], ['Tinetti 14/28', 'Tinetti'], ['Timed Up and Go 24 seconds', 'Timed Up and Go'], ['Allen Cognitive Level 4.2', 'Allen Cognitive Level 4.2'],
  ['PAINAD 3', 'PAINAD 3'], ['PPS 30%', 'PPS 30%'], ['Norton scale 12', 'Norton'], ['GDS-15 score 6', 'GDS-15'],
  // MDS, PDPM, F-tags and forms
  ['MDS Section GG self-care scores', 'Section GG'], ['A0310A = 02 (quarterly)', 'A0310A'], ['Item M0300B1 stage 2 ulcers: 1', 'M0300B1'], ['PDPM nursing component ES2', 'ES2'], ['RUG IV group RVB', 'RVB'],
  ['5-Day PPS assessment', '5-Day PPS'], ['Cited at F689 and F880', 'F689'], ['CMS-2567 statement of deficiencies', 'CMS-2567'], ['CMS-672 resident census', 'CMS-672'], ['Form CMS-10055 (SNF ABN) signed', 'CMS-10055'],
  ['Scope and severity level D', 'level D'], ['Five-Star rating 3 overall', 'Five-Star'], ['Medicare day 21 of 100', 'day 21 of 100'], ['3-midnight qualifying stay met', '3-midnight'],
  // drugs, brands and supplies
  ['quetiapine (Seroquel) 25 mg QHS', 'Seroquel'], ['Depakote sprinkles 125 mg BID', 'Depakote'], ['Ensure Plus 240 mL BID', 'Ensure Plus'], ['Boost Breeze with lunch', 'Boost Breeze'], ['Thick-It nectar consistency', 'Thick-It'],
  ['WanderGuard bracelet in place', 'WanderGuard'], ['Broda chair for positioning', 'Broda'], ['Up in Geri-chair for meals', 'Geri-chair'], ['ROHO cushion on wheelchair', 'ROHO'], ['Tubigrip to BLE', 'Tubigrip'],
  ['Prevalon heel boots at night', 'Prevalon'], ['donepezil 10 mg daily', '10 mg'], ['Eliquis 2.5 mg BID', 'Eliquis 2.5 mg'], ['Senna-S 2 tabs HS', 'Senna-S'], ['Med Pass 2.0 60 mL TID', 'Med Pass 2.0'],
  // codes, vitals, weights
  ['ICD-10 F03.90', 'F03.90'], ['Z74.01 bed confinement status', 'Z74.01'], ['CPT 99309', '99309'], ['CPT 99497 advance care planning', '99497'], ['BP 132/78, HR 76, T 98.1', '132/78'],
  ['Weight 112.4 lb, down 5.2%', '112.4 lb'], ['SpO2 92% on 2 L NC', '2 L'], ['IDDSI level 5 minced and moist', 'IDDSI level 5'], ['Stage 3 pressure injury, sacrum, 2.1 x 1.4 cm', '2.1 x 1.4 cm'],
  // ages, years, states, relations
  ['The resident is an 87-year-old widow.', '87'], ['Age 89 on admission', '89'], ['Widowed since 2009.', '2009'], ['Moved from Ohio to be near family.', 'Ohio'], ['Her daughter visits most evenings.', 'daughter'],
  ['Son is the POA for health care.', 'Son'], ['The family requested a care conference.', 'The family'],
  // payers, programs and vendors named alone
  ['Medicare Part A skilled stay', 'Medicare Part A'], ['Medicaid pending', 'Medicaid'], ['Enrolled in PACE', 'PACE'], ['INTERACT stop and watch tool', 'INTERACT'], ['POLST on file', 'POLST'],
  ['Pharmacy: Omnicare', 'Omnicare'], ['Charted in PointClickCare', 'PointClickCare'], ['Supplies from Medline', 'Medline'], ['Ombudsman program notified', 'Ombudsman'],
  // schedules and standing days
  ['Attends Mass on Sundays', 'Sundays'], ['Showers Tue/Fri on day shift', 'Tue/Fri'], ['Weekly weights every Monday', 'every Monday'], ['Care plan reviewed quarterly', 'quarterly'],
  // everyday words that are names or towns
  ['Resident expressed hope of going home.', 'hope'], ['Finds comfort in her faith.', 'faith'], ['Said grace before lunch.', 'grace'], ['Brings her joy to see the birds.', 'joy'], ['Will continue current plan.', 'Will'],
  ['Daughter asked about the bill for the private room.', 'bill'], ['Retired from the union hall.', 'union'], ['Values his liberty to smoke in the designated area.', 'liberty'], ['Sang in harmony with the choir.', 'harmony'],
  ['Enjoys the rose garden.', 'rose'], ['Dressed in a violet sweater.', 'violet'], ['Hard of hearing, needs patience during care.', 'patience'],
  // generic places and roles without names
  ['Returned to the facility from the ER.', 'the facility'], ['Ate 75% in the dining room.', 'dining room'], ['Sat in the courtyard after lunch.', 'courtyard'], ['Attended service in the chapel.', 'chapel'],
  ['Transferred to the nursing home from hospital.', 'nursing home'], ['Notified the DON and the administrator.', 'administrator'], ['Seen by the attending physician.', 'attending physician'], ['Memory care unit, secured.', 'Memory care unit'],
];

export const longtermKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedLongtermKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(longtermKeepCases(), find);

export function scoreLongtermWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => longtermWaveCases(seed)), find);
}
