// A blind wave of billing, insurance and utilization-review documents from a clinic or hospital revenue cycle: prior
// authorization requests (the member, member and group numbers, the requesting clinician and the servicing facility
// with their NPIs and the facility's TIN and address, anticipated dates of service), pended and approved
// authorizations (auth numbers with their valid ranges, fax submissions, payer call logs with the representative and the
// call reference number), denials and appeals (denial letters with the plan's medical director, case numbers, appeal
// deadlines, first- and second-level appeal letters with their RE blocks, grievance coordinators, a patient's own
// letter about a bill, external review case numbers), peer-to-peer reviews (the reviewer, the ordering physician, the
// weekday and time), concurrent review and status changes (InterQual days, the UR nurse, retro authorization),
// explanation of benefits excerpts and member address blocks, CMS-1500 boxes and UB-04 form locators (spaced and compact
// dates, 'FL9b' towns, 'FL60' ids, 'FL63' auth codes, 'FL64' DCNs, the attending's NPI), 837P and 835 EDI segments
// ('NM1*IL*1*...', 'DMG*D8*19620314', 'CLP*...'), Medicare crossovers and ICNs, IVR claim status, timely filing proof
// (clearinghouse batch ids), corrected claims, ADR and RAC audit letters with certified mail numbers, coordination of
// benefits and Medicare secondary payer questionnaires (the subscriber, the employer, the birthday rule), workers'
// compensation claims (claim numbers, dates of injury, employers and their addresses, adjusters, nurse case managers),
// auto and PIP claims (policyholders, adjusters, VINs and plates, letters of protection from law firms, intersections
// and police report numbers), charity care and Medicaid applications (application numbers, SSNs, employers and pay stub
// dates, county caseworkers, Medicaid ids), statements, final notices, collection agencies, payment plans (card last
// four, plan ids, the draft day as an ordinal), refunds, returned mail, coding queries and their answers (query and
// encounter numbers, CDI specialists, the physician's initials), charge correction audits (user ids and workstation
// IPs), good faith estimates, No Surprises Act disputes, provider enrollment (PTAN, CAQH), DME and ambulance claims
// (device serials, pickup addresses, run numbers), ABNs, estates and bankruptcies, in mixed case, ALL CAPS and lower
// case. Dates are written in every form billing staff and forms use ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4,
// 2024', '2024-03-04', '04-MAR-2024', '03 04 2024', '030424', '20240304', 'Mar 4', '3/4', 'the 4th', 'Tuesday',
// 'March 2024', 'Christmas Eve'); ages over 89, phones, faxes and e-mails are planted. Given names and surnames are
// often everyday words (Hope, Rocky, Bill, Cash, Price, Stone) and towns are often everyday words (Mentor, Defiance,
// Liberty, Media, Economy, Paradise). A list of look-alikes in the same style must not be touched. Written without
// reading the engine's rules or any gold data. `scoreClaimsWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('MD', 'DO', 'RN, CCM',
// 'CCS', 'RHIA', 'CPC') are not; a call-center representative named by given name alone has it planted; initials that
// sign a query answer or a worklist line are planted; a clinic, hospital, surgery center, pharmacy, local employer, law
// firm and collection agency is planted whole with its kind words ('Mentor Orthopaedic Associates', 'Stone Machine &
// Tool, Inc.', 'Baker & Moss, LLP', 'Defiance Credit Bureau'); a payer, plan, national carrier, TPA, utilization vendor
// or clearinghouse named alone or with its plan ('Aetna Open Access PPO', 'Medicare Part B', 'Travelers', 'Sedgwick',
// 'eviCore', 'Availity') is kept; a town and a county's name are planted ('Summit' in 'Summit County Job and Family
// Services'), the state is kept; a street line is planted from its number through its type and any unit, a PO box
// whole, a ZIP with its +4 (or as nine digits in an 837 N4 segment); the two streets of an intersection are planted
// apart. Every identifying number is planted whole with any prefix or suffix it is written with, its label ('Member ID',
// 'Auth #', 'FL60', 'REF*G1') kept: member, group, claim, ICN, DCN, authorization, case, call reference, account and
// encounter numbers, MRN, Medicaid id, MBI, SSN, workers' comp and auto claim and policy numbers, police report, run,
// probate and bankruptcy case numbers, EFT traces, check numbers, confirmation numbers, batch ids, certified mail
// numbers, payment plan ids, application, estimate, query, GFE and IDR dispute numbers, the CoverMyMeds key, PTAN, CAQH
// id, a named clinician's or facility's NPI and TIN, a card's last four (its 'ending' kept), device serials, VINs and
// plates (their state kept), user ids and IPs; a URL and an e-mail are planted whole. Every date element but the year
// is planted as written: a range's two ends apart, a form's spaced or compact date ('03 04 2024', '030424'), an EDI
// date ('20240304'), a month with its year, a weekday naming one day, an ordinal draft day ('the 15th'), and a holiday
// that fixes a day ('Christmas Eve'); a time is kept. An age over 89 is planted as its number. A phone's leading '('
// need not be covered. Kept (look-alikes): CPT, HCPCS and ICD-10 codes, modifiers (-25, -59, -XS, RT), revenue codes,
// DRGs, POS, type of bill, condition, occurrence and value codes, CARC and RARC codes, NDCs, LCD and NCD numbers, HCCs,
// units, RVUs, dollar amounts, percentages and FPL, day counts and limits, form names and versions ('CMS-1500
// (02/12)', 'UB-04', '837P', 'CMS-R-131', 'C-9'), rules and laws (two-midnight rule, No Surprises Act, FDCPA), review
// criteria (InterQual, MCG), payers, plan types and carriers, eponyms, drugs and devices, everyday words that are also
// names (Bill, Will, Grace, Chase, Mark, Frank), relations and roles without names, generic places ('the clinic',
// 'billing office'), ages of 89 and under, years alone, times and states.
// Measured before rules: 0.865 recall on seeds 5, 11, 23 (5795/6696), 0.863 on fresh seeds 41, 42, 43 (5778/6696); 4/137
// look-alikes touched ('20610-RT', '29881-LT', "State Farm", the form version '02/12') (engine at 9083f0b).
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, inn, pl, gh, tr, vi, frca];

/** Given names and surnames that are everyday words (several of them billing words). */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Charity', 'Mercy', 'Honor', 'Constance', 'Prudence', 'Penny', 'Ruby', 'Pearl', 'Amber', 'Crystal', 'Dawn', 'April', 'Summer', 'Holly', 'Ivy', 'Rocky', 'Rusty', 'Buck', 'Chip', 'Chase', 'Bill', 'Will', 'Mark', 'Frank', 'Grant', 'Sterling', 'Earnest', 'Royal', 'Duke', 'Hunter', 'Wade', 'Skip'];
const WORD_SUR = ['Price', 'Cash', 'Cost', 'Banks', 'Bond', 'Money', 'Penny', 'Payne', 'Law', 'Judge', 'Claim', 'Noble', 'Stone', 'Hill', 'Brook', 'Wood', 'Rivers', 'Marsh', 'Fields', 'Baker', 'Miller', 'Mason', 'Carpenter', 'Turner', 'Chandler', 'Sawyer', 'Shepherd', 'Fox', 'Wolfe', 'Crow', 'Hawk', 'Swan', 'Moss', 'Frost', 'Snow', 'Winter', 'Bright', 'Strong', 'Young', 'Good', 'Sharp', 'Small', 'Rich', 'Gold', 'Silver', 'Steel', 'Cross', 'Summit'];
/** Towns (Ohio, Pennsylvania, Indiana, Michigan) that are everyday words. */
const WORD_TOWNS = ['Mentor', 'Defiance', 'Liberty', 'Union', 'Hope', 'Harmony', 'Paradise', 'Economy', 'Media', 'Mars', 'Beaver', 'Butler', 'Brazil', 'Peru', 'Warsaw', 'Lima', 'Medina', 'Bath', 'Industry', 'Portage', 'Holland', 'Jackson', 'Marion', 'Sparta', 'Commerce', 'Concord', 'Independence', 'Wooster', 'Galion', 'Hazard', 'Canton', 'Dover', 'Lebanon', 'Orange', 'Milan'];
const REAL_TOWNS = ['Sandusky', 'Findlay', 'Piqua', 'Xenia', 'Celina', 'Zanesville', 'Chillicothe', 'Ashtabula', 'Marietta', 'Bellefontaine', 'Altoona', 'Johnstown', 'Williamsport', 'Hazleton', 'Meadville', 'Kalamazoo', 'Saginaw', 'Muskegon', 'Ypsilanti', 'Midland', 'Elkhart', 'Mishawaka', 'Valparaiso', 'Goshen', 'Kokomo', 'Muncie', 'Fort Wayne', 'Dubuque', 'Ottumwa', 'Muscatine'];
const STATES = ['OH', 'PA', 'MI', 'IN', 'IA', 'Ohio', 'Pennsylvania', 'Michigan'];
const COUNTIES = ['Summit', 'Lucas', 'Stark', 'Wayne', 'Allen', 'Clark', 'Greene', 'Lake', 'Erie', 'Cuyahoga', 'Montgomery', 'Lancaster', 'Berks', 'Blair', 'Centre', 'Kent', 'Ottawa', 'Washtenaw', 'Hamilton', 'Licking', 'Muskingum', 'Tuscarawas'];
const STREET_NAMES = ['Main', 'Market', 'Church', 'Mill', 'Spring', 'Walnut', 'Chestnut', 'Maple', 'Locust', 'Sycamore', 'Buckeye', 'Liberty', 'Commerce', 'Industrial', 'Canal', 'Lake', 'Ridge', 'Orchard', 'Cherry', 'Mulberry', 'County Line', 'Depot', 'Furnace', 'Plank'];
/** Numbered roads, written without a street type. */
const ROUTES = ['State Route 13', 'State Route 309', 'US Route 30', 'Township Road 211', 'County Road 12', 'SR 58', 'Old State Route 4'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Blvd', 'Pike', 'Ct', 'Pkwy', 'Ln'];
const SAINTS = ['Rita', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Charles', 'Clair'];
const HOSPITAL_SUFFIX = ['Medical Center', 'Regional Medical Center', 'Community Hospital', 'Memorial Hospital', 'General Hospital', 'Hospital'];
const CLINIC_KIND = ['Orthopaedic Associates', 'Family Medicine', 'Surgery Center', 'Imaging Center', 'Pain Management', 'Physical Therapy', 'Cardiology Associates', 'Urgent Care', 'Women\'s Health', 'Dermatology'];
const EMPLOYER_KIND = ['Machine & Tool, Inc.', 'Trucking LLC', 'Roofing Co.', 'Excavating', 'Metal Products', 'Farms', 'Plastics, Inc.', 'Masonry', 'Electric Co.', 'Auto Parts'];
const TOWN_EMPLOYER = ['City Schools', 'Glass Works', 'Foundry', 'Rubber Company', 'Cold Storage', 'Distribution Center', 'Township Fire Department', 'Public Library', 'Nursing and Rehabilitation', 'Savings Bank'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'Fourth of July', 'Independence Day', 'Veterans Day', 'Halloween'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'mother', 'father', 'spouse', 'partner', 'grandson', 'granddaughter'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.'];
const PLANS = ['Aetna Open Access PPO', 'Anthem Blue Access PPO', 'Humana Gold Plus HMO', 'UHC Choice Plus', 'Cigna LocalPlus', 'Medical Mutual SuperMed PPO', 'Highmark Community Blue', 'Priority Health HMO', 'CareSource Medicaid', 'Molina Marketplace', 'Medicare Part B', 'BCBS Federal Employee Program'];
const PAYERS = ['Aetna', 'Anthem', 'Humana', 'UnitedHealthcare', 'Cigna', 'Medical Mutual', 'Highmark', 'Priority Health', 'CareSource', 'Molina', 'Buckeye Health Plan', 'Paramount'];
const CARRIERS = ['Travelers', 'The Hartford', 'State Farm', 'Progressive', 'Erie Insurance', 'Auto-Owners', 'Nationwide', 'Allstate', 'GEICO'];
const TPAS = ['Sedgwick', 'Gallagher Bassett', 'CorVel', 'CompManagement', 'Broadspire'];
const UM_VENDORS = ['eviCore', 'Carelon', 'AIM Specialty Health', 'NIA', 'Cohere'];
const CLEARINGHOUSES = ['Availity', 'Waystar', 'Change Healthcare', 'Trizetto', 'Office Ally'];
const MAKES = [['Chevrolet', 'Malibu'], ['Ford', 'F-150'], ['Honda', 'Civic'], ['Toyota', 'Camry'], ['Jeep', 'Cherokee'], ['Dodge', 'Ram 1500'], ['Subaru', 'Outback'], ['Nissan', 'Altima']] as const;
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const KEY_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Letter pairs and triples that read as a credential or a billing word rather than someone's initials. */
const NOT_INITIALS = new Set(['MD', 'DO', 'RN', 'PA', 'NP', 'DR', 'ER', 'ED', 'MS', 'MR', 'ST', 'PT', 'RT', 'CM', 'CC', 'HR', 'DX', 'RX', 'TX', 'PM', 'AM', 'PR', 'CN', 'NA', 'DC', 'SN', 'LPN', 'CNA', 'DME', 'PPO', 'HMO', 'EPO', 'POS', 'DRG', 'NPI', 'TIN', 'EFT', 'ERA', 'DOS', 'MAC', 'RAC', 'ADR', 'ABN', 'COB', 'MSP', 'PIP', 'MVA', 'CDI', 'CCS', 'CPC', 'UM', 'UR', 'GA', 'KX', 'RR', 'LT', 'XS', 'CMS', 'SSN', 'DOB', 'MRN', 'FL', 'EOB', 'HSA', 'FSA', 'TPA', 'NCM', 'ALS', 'BLS', 'ID', 'MA']);

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  digits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  /** A clerk's or a physician's initials, never a credential or a billing abbreviation. */
  initials(): string {
    for (;;) {
      const i = this.letters(this.int(2, 3));
      if (!NOT_INITIALS.has(i)) return i;
    }
  }
  rel(): string {
    return this.pick(RELATIONS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  /** A town: an everyday word, a real Midwestern town, or (one time in ten) an American faker's. */
  town(): string {
    const x = this.r();
    return x < 0.48 ? this.pick(WORD_TOWNS) : x < 0.9 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A state's two-letter code, as a form's state box holds it. */
  stateCode(): string {
    return this.pick(['OH', 'PA', 'MI', 'IN', 'IA']);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  plan(): string {
    return this.pick(PLANS);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  clinic(): string {
    return this.r() < 0.7 ? `${this.town()} ${this.pick(CLINIC_KIND)}` : `${this.sur()} ${this.pick(CLINIC_KIND)}`;
  }
  employer(): string {
    return this.r() < 0.55 ? `${this.sur()} ${this.pick(EMPLOYER_KIND)}` : `${this.town()} ${this.pick(TOWN_EMPLOYER)}`;
  }
  firm(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} & ${this.sur()}, ${this.pick(['LLP', 'LLC', 'Co., L.P.A.', 'P.C.'])}`;
    if (k === 1) return `${this.sur()} Injury Law`;
    if (k === 2) return `${this.sur()} Law Group`;
    return `${this.town()} Legal Associates`;
  }
  agency(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Credit Bureau`;
    if (k === 1) return `${this.sur()} Recovery Services`;
    if (k === 2) return `${this.town()} Adjustment Bureau`;
    return `${this.sur()} & Associates Collections`;
  }
  pharmacy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.sur()}'s Drug Store`;
    return `${this.sur()} Apothecary`;
  }
  /** A street line: number, name, type and sometimes a unit (or a numbered road without a type). */
  street(): string {
    const x = this.r();
    if (x < 0.12) return us.location.streetAddress(this.r() < 0.3);
    if (x < 0.22) return `${this.int(100, 19999)} ${this.pick(ROUTES)}`;
    const unit = this.pick(['', '', '', ` Apt ${this.int(1, 24)}${this.pick(['', 'B', 'C'])}`, ` Suite ${this.int(100, 450)}`, ` Lot ${this.int(1, 88)}`, ` #${this.int(2, 9)}`]);
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_NAMES)} ${this.pick(STREET_TYPES)}${unit}`;
  }
  /** A street's name and type without a number (for an intersection). */
  streetName(): string {
    return this.r() < 0.25 ? this.pick(ROUTES) : `${this.pick(STREET_NAMES)} ${this.pick(STREET_TYPES)}`;
  }
  poBox(): string {
    return `${this.pick(['PO Box', 'P.O. Box', 'P O Box'])} ${this.int(1, 9999)}`;
  }
  zip5(): string {
    return String(this.pick([this.int(43001, 45999), this.int(15001, 19640), this.int(46001, 49971), this.int(50001, 52809)]));
  }
  zip(): string {
    const z = this.zip5();
    return this.r() < 0.25 ? `${z}-${this.digits(4)}` : z;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(216, 989));
    const b = String(this.int(200, 999));
    const c = this.digits(4);
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `1 (800) ${b}-${c}`]);
    return f.startsWith('1 (') ? [f, f.slice(3)] : [f, f];
  }
  ext(): string {
    return this.digits(this.r() < 0.8 ? 4 : 3);
  }
  /** A person's e-mail, its local part from a name of its own (not one planted beside it). */
  email(): string {
    const g = asciiLetters(this.faker().person.firstName()) || 'pat';
    const s = asciiLetters(this.faker().person.lastName()) || 'doe';
    const local = this.pick([`${g}.${s}`, `${g.charAt(0)}${s}${this.int(1, 99)}`, `${s}${g.charAt(0)}${this.int(1950, 2004)}`, `${g}${this.int(10, 999)}`]);
    return `${local}@${this.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'sbcglobal.net', 'icloud.com', 'hotmail.com'])}`;
  }
  /** A staff or company e-mail. */
  workEmail(): string {
    const g = asciiLetters(this.faker().person.firstName()) || 'kim';
    const s = asciiLetters(this.faker().person.lastName()) || 'lee';
    const dom = this.pick([`${asciiLetters(this.town()) || 'lima'}health.org`, `${this.pick(['sedgwick', 'corvel', 'gbtpa', 'compmgmt'])}.com`, `${asciiLetters(this.town()) || 'lima'}ortho.com`]);
    return `${this.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${s}.${g.charAt(0)}`])}@${dom}`;
  }
  /** The k-th of eleven ways billing staff write a full date. */
  private written(k: number, m: number, d: number, y: number): string {
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : k === 9 ? `${pad2(m)}-${pad2(d)}-${y}` : `${m}/${d}/${y}`);
  }
  /** A full date in one of the forms billing staff write. */
  date(): string {
    const [m, d] = this.md();
    return this.written(this.int(0, 10), m, d, this.year());
  }
  /** Two dates of one year written the same way, the second one to `gap` months later. */
  pair(gap = 11): readonly [string, string] {
    const k = this.int(0, 10);
    const y = this.year();
    const m = this.int(1, 11);
    return [this.written(k, m, this.int(1, 28), y), this.written(k, this.int(m + 1, Math.min(12, m + gap)), this.int(1, 28), y)];
  }
  /** '3/4' or '03/04'. */
  slashMd(): string {
    const [m, d] = this.md();
    return this.r() < 0.6 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
  /** '3/4/24'. */
  shortDate(): string {
    const [m, d] = this.md();
    return `${m}/${d}/${pad2(this.year() % 100)}`;
  }
  /** 'Mar 4', 'March 4' or 'March 4th'. */
  monDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 2);
    return k === 0 ? `${MON[m - 1]!} ${d}` : k === 1 ? `${MONTHS[m - 1]!} ${d}` : `${MONTHS[m - 1]!} ${ordinal(d)}`;
  }
  /** A CMS-1500 box date, spaced: '03 04 2024' or '03 04 24'. */
  spacedDate(y = this.year()): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${pad2(m)} ${pad2(d)} ${y}` : `${pad2(m)} ${pad2(d)} ${pad2(y % 100)}`;
  }
  /** A UB-04 date, 'MMDDYY'. */
  ubDate(y = this.year(), m = this.int(1, 12)): string {
    return `${pad2(m)}${pad2(this.int(1, 28))}${pad2(y % 100)}`;
  }
  /** An EDI date, 'CCYYMMDD'. */
  ediDate(y = this.year()): string {
    const [m, d] = this.md();
    return `${y}${pad2(m)}${pad2(d)}`;
  }
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    return this.pick([`${MONTHS[m - 1]!} ${y}`, `${MON[m - 1]!} ${y}`, `${pad2(m)}/${y}`, `${m}/${y}`]);
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1932, hi = 2004): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${m}/${d}/${pad2(y % 100)}`, `${y}-${pad2(m)}-${pad2(d)}`]);
  }
  /** A range of service or validity: the text and its two ends. */
  range(): readonly [string, string, string] {
    const [a, b] = this.pair();
    return [`${a}${this.pick([' - ', '-', ' to ', ' through ', ' thru '])}${b}`, a, b];
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    return this.r() < 0.3 ? `M${this.digits(8)}` : this.digitString(this.int(7, 9));
  }
  /** A commercial or Medicaid member id with its prefix or suffix. */
  memberId(): string {
    switch (this.int(0, 7)) {
      case 0: return `${this.letters(3)}${this.digitString(9)}`;
      case 1: return `W${this.digitString(9)}`;
      case 2: return `${this.digitString(9)}${this.pick(['00', '01', '02'])}`;
      case 3: return `U${this.digits(7)}${this.pick(['01', '02', '03'])}`;
      case 4: return `H${this.digitString(8)}`;
      case 5: return `1${this.digits(11)}`;
      case 6: return `${this.letters(2)}${this.digitString(7)}-${this.pick(['01', '02'])}`;
      default: return `${this.letters(3)}${this.letters(1)}${this.digitString(8)}`;
    }
  }
  group(): string {
    switch (this.int(0, 4)) {
      case 0: return this.digitString(6);
      case 1: return `${this.digitString(5)}-${this.digits(3)}`;
      case 2: return `GRP${this.digitString(5)}`;
      case 3: return `${this.letters(1)}${this.digitString(5)}`;
      default: return `${this.digitString(7)}${this.letters(1)}${this.digits(3)}`;
    }
  }
  claim(): string {
    switch (this.int(0, 4)) {
      case 0: return this.digitString(13);
      case 1: return `${this.letters(2)}${this.digitString(9)}`;
      case 2: return `CLM${this.digitString(9)}`;
      case 3: return `${this.digitString(4)}-${this.digits(7)}-${this.digits(2)}`;
      default: return `${this.year()}${this.digits(3)}${this.digitString(6)}`;
    }
  }
  auth(): string {
    switch (this.int(0, 5)) {
      case 0: return `A${this.digitString(9)}`;
      case 1: return this.digitString(9);
      case 2: return `UM${this.digitString(8)}`;
      case 3: return `${pad2(this.year() % 100)}${this.digits(3)}-${this.digitString(5)}`;
      case 4: return `PA-${this.digitString(7)}`;
      default: return `${this.letters(3)}${this.digitString(6)}`;
    }
  }
  /** A payer's case, appeal or review number. */
  caseNo(): string {
    switch (this.int(0, 3)) {
      case 0: return `CAS-${this.digitString(7)}`;
      case 1: return `${this.year()}-${this.digits(6)}`;
      case 2: return `${this.letters(2)}${this.digitString(8)}`;
      default: return this.digitString(11);
    }
  }
  /** A call reference number. */
  ref(): string {
    switch (this.int(0, 3)) {
      case 0: return `${this.letters(1)}${this.digits(11)}`;
      case 1: return this.digitString(12);
      case 2: return `REF${this.digitString(7)}`;
      default: return `${this.digitString(8)}-${this.digits(4)}`;
    }
  }
  /** A patient account or encounter number. */
  acct(): string {
    switch (this.int(0, 3)) {
      case 0: return this.digitString(8);
      case 1: return this.digitString(10);
      case 2: return `${this.letters(1)}${this.digits(9)}`;
      default: return `${this.digitString(6)}-${this.digits(2)}`;
    }
  }
  /** A Medicare internal control number (13 digits). */
  icn(): string {
    return `${this.pick(['02', '10', '21', '22', '40'])}${pad2(this.year() % 100)}${this.digits(9)}`;
  }
  dcn(): string {
    return this.r() < 0.6 ? this.digitString(14) : `${this.letters(1)}${this.digits(13)}`;
  }
  npi(): string {
    return `${this.pick(['1', '1', '2'])}${this.digits(9)}`;
  }
  tin(): string {
    return this.r() < 0.8 ? `${this.digitString(2)}-${this.digits(7)}` : this.digitString(9);
  }
  ssn(): string {
    const a = String(this.int(1, 899)).padStart(3, '0');
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  /** A Medicare Beneficiary Identifier, with dashes or without. */
  mbi(): string {
    const a = () => this.lettersOf(MBI_LETTERS, 1);
    const an = () => (this.r() < 0.5 ? a() : String(this.int(0, 9)));
    const n = () => String(this.int(0, 9));
    const p1 = `${this.int(1, 9)}${a()}${an()}${n()}`;
    const p2 = `${a()}${an()}${n()}`;
    const p3 = `${a()}${a()}${n()}${n()}`;
    return this.r() < 0.4 ? `${p1}-${p2}-${p3}` : `${p1}${p2}${p3}`;
  }
  medicaid(): string {
    return this.pick([`1${this.digits(11)}`, `${this.digitString(10)}`, `${this.letters(2)}${this.digitString(6)}${this.letters(1)}`]);
  }
  /** A workers' comp claim number. */
  wcClaim(): string {
    return this.pick([`${pad2(this.year() % 100)}-${this.digitString(6)}`, `WC${this.digitString(9)}`, `${this.digitString(3)}${this.letters(2)}${this.digits(6)}`, `${this.letters(2)}-${this.digitString(8)}`]);
  }
  /** An auto policy number. */
  policy(): string {
    return this.pick([`${this.digitString(3)} ${this.digits(4)}-${this.letters(1)}${this.digits(2)}-${this.digits(2)}`, this.digitString(10), `${this.letters(3)}${this.digitString(7)}`, `${this.digitString(2)}-${this.digits(5)}-${this.digits(3)}`]);
  }
  vin(): string {
    return `${this.pick(['1', '2', '3', '4', '5', 'J', 'K', 'W'])}${this.lettersOf(VIN_CHARS, 7)}${this.pick(['0', '1', '5', '9', 'X'])}${this.lettersOf(VIN_CHARS, 2)}${this.digits(6)}`;
  }
  plate(): string {
    return this.pick([`${this.letters(3)} ${this.digits(4)}`, `${this.letters(3)}-${this.digits(4)}`, `${this.digits(3)}${this.letters(3)}`, `${this.letters(2)}${this.digits(5)}`]);
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(2)}${this.digits(9)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(7)}`;
    if (k === 2) return `${this.digitString(4)}-${this.digits(5)}`;
    return `SN${this.digitString(8)}`;
  }
  /** An EFT trace or check number on an 835. */
  trace(): string {
    return this.pick([this.digitString(9), this.digitString(15), `${this.digitString(10)}${this.letters(2)}`]);
  }
  batch(): string {
    return this.pick([this.digitString(9), `B${this.digits(7)}-${this.digits(3)}`, `${this.letters(2)}${this.digitString(8)}`]);
  }
  /** A certified-mail tracking number in groups of four. */
  tracking(): string {
    return `${this.pick(['9407', '9589', '7022', '9214'])} ${this.digits(4)} ${this.digits(4)} ${this.digits(4)} ${this.digits(4)} ${this.digits(2)}`;
  }
  cmmKey(): string {
    return this.lettersOf(KEY_CHARS, 8);
  }
  conf(): string {
    return this.pick([`${this.letters(2)}${this.digitString(8)}`, this.digitString(12), `PMT-${this.digitString(6)}`]);
  }
  yearNo(width = 5): string {
    const y = this.year();
    return this.pick([`${y}-${this.digits(width)}`, `${pad2(y % 100)}-${this.digits(width)}`, `${pad2(y % 100)}${this.digits(width + 1)}`]);
  }
  ip(): string {
    return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`, `${this.int(24, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  url(): string {
    const t = asciiLetters(this.town()) || 'lima';
    return this.pick([`https://pay.${t}health.org`, `www.${t}medical.com/billpay`, `https://mychart.${t}health.org/guestpay`, `https://${t}ortho.com/pay-my-bill`]);
  }
  /** A clinician with a title or credential: the text and its planted parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g} ${this.mi()} DO`, [s, g]];
    if (k === 3) return [`${g} ${s}, ${this.pick(['FNP-C', 'PA-C', 'DPT', 'DPM'])}`, [g, s]];
    return [`${g} ${s}, M.D.`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // prior authorization and utilization review
  ['prior auth request header', (d) => {
    const s = d.sur(); const g = d.given(); const dob = d.dob(); const id = d.memberId(); const grp = d.group();
    return [`PRIOR AUTHORIZATION REQUEST\nMember: ${s}, ${g} ${d.mi()}   DOB: ${dob}\nMember ID: ${id}   Group #: ${grp}\nPlan: ${d.plan()}`, [s, g, dob, id, grp]];
  }],
  ['requesting and servicing provider', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const fac = d.clinic(); const st = d.street(); const t = d.town(); const z = d.zip(); const npi2 = d.npi(); const tin = d.tin();
    return [`Requesting provider: ${doc} (NPI ${npi})\nServicing facility: ${fac}, ${st}, ${t}, ${d.state()} ${z}\nFacility NPI: ${npi2}   TIN: ${tin}`, [...p, npi, fac, st, t, z, npi2, tin]];
  }],
  ['requested services and anticipated DOS', (d) => {
    const dt = d.date();
    return [`Requested: CPT 29881-RT x1, 20610-59 x1; ICD-10 S83.241A, M17.11. Anticipated DOS ${dt}. Place of service 22 (outpatient hospital).`, [dt]];
  }],
  ['auth approved with visit range', (d) => {
    const a = d.auth(); const [r, x, y] = d.range();
    return [`Authorization #${a} approved for 12 visits of physical therapy (97110, 97140, 97530), valid ${r}.`, [a, x, y]];
  }],
  ['clinicals faxed by coordinator', (d) => {
    const [fx, pf] = d.phone(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Clinicals faxed to ${d.payer()} UM at ${fx} on ${md} at 14:20; confirmation page scanned to media. Submitted by ${g} ${s}, prior auth coordinator.`, [pf, md, g, s]];
  }],
  ['payer call log pended', (d) => {
    const md = d.slashMd(); const [ph, p] = d.phone(); const g = d.given(); const ref = d.ref(); const w = d.weekday();
    return [`${md} 10:42 called ${d.payer()} provider line ${ph}, spoke w/ ${g} (rep). Ref# ${ref}. Case pended for clinicals; decision due by ${w}.`, [md, p, g, ref, w]];
  }],
  ['denial letter with medical director', (d) => {
    const s = d.sur(); const dt = d.date(); const g2 = d.given(); const s2 = d.sur();
    return [`Dear ${d.title()} ${s}:\nWe reviewed the request received ${dt} for MRI lumbar spine without contrast (CPT 72148). The request is denied as not medically necessary under our clinical policy.\nReviewer: ${g2} ${s2}, MD, Medical Director`, [s, dt, g2, s2]];
  }],
  ['denial case number and appeal rights', (d) => {
    const c = d.caseNo(); const dt = d.date(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`Case number: ${c}. You may request an appeal within 180 days of ${dt}. For an expedited appeal call ${ph} or fax ${fx}.`, [c, dt, p, pf]];
  }],
  ['peer to peer scheduled', (d) => {
    const w = d.weekday(); const md = d.monDay(); const s = d.sur(); const [ph, p] = d.phone(); const s2 = d.sur();
    return [`Peer-to-peer scheduled ${w} ${md} at 4:15 PM with Dr. ${s} (${d.pick(UM_VENDORS)} reviewer), ${ph}. Ordering physician Dr. ${s2} to call from clinic.`, [w, md, s, p, s2]];
  }],
  ['peer to peer overturned', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const a = d.auth();
    return [`P2P completed ${dt}. Dr. ${g} ${s} (plan medical director) overturned the denial after review of 6 weeks of failed conservative therapy; auth ${a} issued, valid 60 days.`, [dt, g, s, a]];
  }],
  ['concurrent review inpatient days', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur(); const md = d.slashMd(); const a = d.auth();
    return [`Concurrent review ${dt}: InterQual acute criteria met, day 3. ${d.payer()} reviewer ${g} ${s}, RN approved 2 additional days; next review ${md}. Auth ${a}.`, [dt, g, s, md, a]];
  }],
  ['inpatient changed to observation condition code 44', (d) => {
    const dt = d.date(); const w = d.weekday(); const i = d.initials();
    return [`Admitted inpatient ${dt} 22:10; ${w} morning the UR physician advisor determined outpatient observation appropriate before discharge. Condition code 44 applied, bill as 013x. UR RN: ${i}`, [dt, w, i]];
  }],
  ['retro authorization emergent admission', (d) => {
    const dt = d.date(); const h = d.hospital(); const ref = d.ref();
    return [`Retro authorization requested for emergent admission ${dt} at ${h}; payer notified within one business day (notification ref ${ref}).`, [dt, h, ref]];
  }],
  ['pharmacy prior auth key', (d) => {
    const k = d.cmmKey(); const [dt, dt2] = d.pair(); const ph = d.pharmacy(); const t = d.town();
    return [`CoverMyMeds key ${k} submitted for Ozempic 1 mg weekly (E11.65, A1c 8.4%). PA approved ${dt} through ${dt2}; filled at ${ph} in ${t}.`, [k, dt, dt2, ph, t]];
  }],
  ['external review case', (d) => {
    const dt = d.date(); const c = d.caseNo();
    return [`External review request filed with the Ohio Department of Insurance on ${dt}; IRO case ${c} assigned, decision expected within 45 days.`, [dt, c]];
  }],
  // explanation of benefits and claim status
  ['EOB line excerpt', (d) => {
    const c = d.claim(); const g = d.given(); const s = d.sur(); const dt = d.mdy();
    return [`EXPLANATION OF BENEFITS\nClaim #: ${c}   Patient: ${g} ${s}\nService date ${dt}  CPT 99214-25  Billed $245.00  Allowed $132.18  Deductible $0.00  Coins $26.44  Paid $105.74  CARC CO-45`, [c, g, s, dt]];
  }],
  ['EOB member address block', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const id = d.memberId(); const dt = d.date();
    return [`${g} ${s}\n${st}\n${t} ${d.state()} ${z}\n\nMember ID: ${id}   Statement date: ${dt}`, [g, s, st, t, z, id, dt]];
  }],
  ['denial worklist line', (d) => {
    const a = d.acct(); const dt = d.shortDate(); const i = d.initials();
    return [`Acct ${a} | ${d.payer()} | DOS ${dt} | CO-97 bundled into 29881 | $412.00 | assigned ${i}`, [a, dt, i]];
  }],
  ['Medicare crossover ICN', (d) => {
    const dt = d.mdy(); const icn = d.icn();
    return [`Medicare Part B processed DOS ${dt} under ICN ${icn}; crossed over to the Medigap carrier (MA18). Medicare paid 80% of allowed.`, [dt, icn]];
  }],
  ['claim status by IVR', (d) => {
    const md = d.slashMd(); const c = d.claim(); const dt = d.date(); const ref = d.ref();
    return [`Claim status via IVR ${md}: claim ${c} received ${dt}, in process, no additional information needed. Call reference ${ref}.`, [md, c, dt, ref]];
  }],
  ['timely filing proof', (d) => {
    const [dt2, dt] = d.pair(2); const b = d.batch();
    return [`Timely filing appeal: original claim accepted by ${d.pick(CLEARINGHOUSES)} on ${dt}, batch ID ${b}, within 90 days of DOS ${dt2}. Acceptance report attached.`, [dt, b, dt2]];
  }],
  ['corrected claim resubmitted', (d) => {
    const md = d.slashMd(); const c = d.claim();
    return [`Corrected claim (frequency code 7) resubmitted ${md} replacing original claim ${c}; modifier -59 changed to -XS on 97140.`, [md, c]];
  }],
  ['ADR letter and certified mail', (d) => {
    const dt = d.date(); const dcn = d.dcn(); const [r, a, b] = d.range(); const tk = d.tracking();
    return [`Additional Documentation Request dated ${dt}, DCN ${dcn}, for DOS ${r}. Records mailed to the MAC certified mail ${tk}.`, [dt, dcn, a, b, tk]];
  }],
  ['RAC review of inpatient claim', (d) => {
    const c = d.caseNo(); const g = d.given(); const s = d.sur(); const dt = d.date(); const g2 = d.given(); const s2 = d.sur();
    return [`RAC review ID ${c}: inpatient claim for ${g} ${s}, admitted ${dt}, MS-DRG 470. Assigned to ${g2} ${s2}, RHIA, CCS.`, [c, g, s, dt, g2, s2]];
  }],
  // claim forms and EDI
  ['CMS-1500 patient boxes', (d) => {
    const id = d.memberId(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.spacedDate(d.int(1935, 2003)); const st = d.street().toUpperCase(); const t = d.town().toUpperCase(); const z = d.zip();
    return [`1a. INSURED'S ID NUMBER ${id}\n2. PATIENT'S NAME ${s}, ${g}, ${d.mi().charAt(0)}\n3. PATIENT'S BIRTH DATE ${dob}  SEX F\n5. PATIENT'S ADDRESS ${st}  CITY ${t}  STATE ${d.stateCode()}  ZIP ${z}`, [id, s, g, dob, st, t, z]];
  }],
  ['CMS-1500 insured and group boxes', (d) => {
    const s = d.sur(); const g = d.given(); const grp = d.group(); const emp = d.employer();
    return [`4. INSURED'S NAME ${s}, ${g}\n6. PATIENT RELATIONSHIP TO INSURED: Spouse\n11. INSURED'S POLICY GROUP OR FECA NUMBER ${grp}\n11b. EMPLOYER'S NAME ${emp}`, [s, g, grp, emp]];
  }],
  ['CMS-1500 referring and service line', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const dt = d.spacedDate(); const npi2 = d.npi();
    return [`17. DN ${doc}   17b. NPI ${npi}\n24A. ${dt}  24B. 11  24D. 99213 25  24E. A  24F. 110 00  24G. 1  24J. ${npi2}`, [...p, npi, dt, npi2]];
  }],
  ['CMS-1500 tax id account and facility', (d) => {
    const tin = d.tin(); const a = d.acct(); const fac = d.clinic(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone();
    return [`25. FEDERAL TAX I.D. NUMBER ${tin} EIN\n26. PATIENT'S ACCOUNT NO. ${a}\n32. SERVICE FACILITY LOCATION ${fac}, ${st}, ${t} ${d.state()} ${z}\n33. BILLING PROVIDER INFO & PH # ${ph}`, [tin, a, fac, st, t, z, p]];
  }],
  ['UB-04 header locators', (d) => {
    const a = d.acct(); const mrn = d.mrn(); const tin = d.tin(); const y = d.year(); const m = d.int(1, 11); const f = d.ubDate(y, m); const t = d.ubDate(y, d.int(m + 1, 12));
    return [`FL3a PAT CNTL# ${a}  FL3b MED REC# ${mrn}  FL4 TOB 0111\nFL5 FED TAX NO ${tin}  FL6 STATEMENT COVERS PERIOD FROM ${f} THROUGH ${t}`, [a, mrn, tin, f, t]];
  }],
  ['UB-04 patient locators', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const st = d.street(); const t = d.town(); const z = d.zip(); const [m, dd] = d.md(); const b = `${pad2(m)}${pad2(dd)}${d.int(1930, 2003)}`; const adm = d.ubDate();
    return [`FL8b ${s} ${g}  FL9a ${st}  FL9b ${t}  FL9c ${d.stateCode()}  FL9d ${z}\nFL10 BIRTHDATE ${b}  FL11 SEX M  FL12 ADMISSION DATE ${adm}  FL13 HR 14  FL14 TYPE 1  FL15 SRC 7`, [s, g, st, t, z, b, adm]];
  }],
  ['UB-04 payer locators', (d) => {
    const npi = d.npi(); const s = d.sur(); const g = d.given(); const id = d.memberId(); const grp = d.group(); const a = d.auth(); const dcn = d.dcn();
    return [`FL50 ${d.payer().toUpperCase()}  FL56 NPI ${npi}\nFL58 INSURED ${s}, ${g}  FL59 REL 18  FL60 INSURED'S UNIQUE ID ${id}  FL62 GROUP NO ${grp}\nFL63 TREATMENT AUTH CODE ${a}  FL64 DOCUMENT CONTROL NUMBER ${dcn}`, [npi, s, g, id, grp, a, dcn]];
  }],
  ['UB-04 revenue line and attending', (d) => {
    const dt = d.ubDate(); const npi = d.npi(); const s = d.sur(); const g = d.given();
    return [`0450  EMERGENCY ROOM  99285  ${dt}  1  2,874.00\n0636  DRUGS/DETAIL CODE  J1100  ${d.int(1, 10)}  48.20\nFL76 ATTENDING NPI ${npi}  LAST ${s}  FIRST ${g}`, [dt, npi, s, g]];
  }],
  ['837P subscriber loop', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const id = d.memberId(); const st = d.street().toUpperCase(); const t = d.town().toUpperCase(); const z = `${d.zip5()}${d.digits(4)}`; const dob = d.ediDate(d.int(1935, 2003));
    return [`NM1*IL*1*${s}*${g}****MI*${id}~\nN3*${st}~\nN4*${t}*${d.stateCode()}*${z}~\nDMG*D8*${dob}*F~`, [s, g, id, st, t, z, dob]];
  }],
  ['837P claim and service segments', (d) => {
    const a = d.acct(); const dt = d.ediDate(); const au = d.auth();
    return [`CLM*${a}*385***11:B:1*Y*A*Y*Y~\nDTP*472*D8*${dt}~\nSV1*HC:20610:RT*385*UN*1***1~\nREF*G1*${au}~`, [a, dt, au]];
  }],
  ['835 remittance and EFT trace', (d) => {
    const dt = d.date(); const tr = d.trace(); const a = d.acct(); const icn = d.icn();
    return [`ERA received ${dt}: EFT trace ${tr}, ${d.payer()}, payment $3,412.56 for 14 claims.\nCLP*${a}*1*245*105.74*26.44*12*${icn}*11*1~`, [dt, tr, a, icn]];
  }],
  // appeals and grievances
  ['appeal letter RE block', (d) => {
    const g = d.given(); const s = d.sur(); const id = d.memberId(); const c = d.claim(); const [r, a, b] = d.range();
    return [`RE: First-level provider appeal\nPatient: ${g} ${s}\nMember ID: ${id}\nClaim #: ${c}\nDates of service: ${r}`, [g, s, id, c, a, b]];
  }],
  ['appeal letter body and signature', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const cl = d.clinic();
    return [`We are appealing the denial dated ${dt} of CPT 64483 (L4-5 transforaminal epidural steroid injection). The patient meets the LCD criteria, as the enclosed notes show.\nSincerely,\n${doc}\n${cl}`, [dt, ...p, cl]];
  }],
  ['second level appeal upheld', (d) => {
    const s = d.sur(); const g = d.given(); const md = d.monDay(); const g2 = d.given(); const s2 = d.sur(); const [ph, p] = d.phone(); const e = d.ext();
    return [`Second-level appeal for ${s}, ${g} upheld ${md}. Grievance coordinator ${g2} ${s2} can be reached at ${ph} ext ${e}.`, [s, g, md, g2, s2, p, e]];
  }],
  ['patient letter about bill', (d) => {
    const dt = d.date(); const a = d.acct(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`To the billing office: I am writing about the bill for my ${d.rel()}'s visit on ${dt}. The account number is ${a}. I will be away until ${w}; please call me at ${ph}.`, [dt, a, w, p]];
  }],
  // coordination of benefits
  ['COB subscriber through employer', (d) => {
    const g = d.given(); const s = d.sur(); const emp = d.employer(); const dob = d.dob(1950, 1995);
    return [`COB: patient is covered as a dependent on her ${d.pick(['father', 'mother', 'husband', 'wife'])} ${g} ${s}'s plan through ${emp}; subscriber DOB ${dob}. Birthday rule applied.`, [g, s, emp, dob]];
  }],
  ['COB primary and secondary order', (d) => {
    const id = d.memberId(); const grp = d.group(); const id2 = d.memberId(); const dt = d.date(); const i = d.initials();
    return [`Primary: ${d.plan()}, ID ${id}, group ${grp}\nSecondary: ${d.plan()}, ID ${id2}\nCOB updated ${dt} by ${i}`, [id, grp, id2, dt, i]];
  }],
  ['MSP questionnaire age over 89', (d) => {
    const dt = d.mdy(); const age = d.ageOver89(); const my = d.monthYear(); const emp = d.employer();
    return [`MSP questionnaire ${dt}: beneficiary age ${age}, retired ${my}; spouse still works at ${emp} (fewer than 20 employees), so Medicare is primary.`, [dt, age, my, emp]];
  }],
  ['eligibility check age over 89', (d) => {
    const dt = d.mdy(); const age = d.ageOver89(); const mbi = d.mbi();
    return [`270/271 eligibility ${dt}: Medicare Part A and B active, MBI ${mbi}; patient is ${age} years old with a Medigap Plan G supplement through ${d.payer()}.`, [dt, mbi, age]];
  }],
  // workers' compensation and auto
  ['workers comp claim header', (d) => {
    const wc = d.wcClaim(); const dt = d.date(); const emp = d.employer(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`WORKERS' COMPENSATION\nClaim #: ${wc}   DOI: ${dt}\nEmployer: ${emp}\nCarrier/TPA: ${d.pick([...CARRIERS, ...TPAS])}\nAdjuster: ${g} ${s}   Ph ${ph}   Fax ${fx}`, [wc, dt, emp, g, s, p, pf]];
  }],
  ['work injury at employer address', (d) => {
    const w = d.weekday(); const md = d.monDay(); const emp = d.employer(); const st = d.street(); const t = d.town(); const wc = d.wcClaim();
    return [`Injured ${w} ${md} lifting pallets at the ${emp} warehouse, ${st}, ${t}. FROI filed; BWC claim ${wc} allowed for lumbar sprain (S39.012A).`, [w, md, emp, st, t, wc]];
  }],
  ['nurse case manager email', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.workEmail();
    return [`NCM ${g} ${s}, RN, CCM (${d.pick(TPAS)}) requests the MEDCO-14 work status after each visit: ${em}.`, [g, s, em]];
  }],
  ['C-9 request for treatment', (d) => {
    const wc = d.wcClaim(); const dt = d.date(); const s = d.sur();
    return [`C-9 submitted for claim ${wc} on ${dt} requesting 8 PT visits (97110 x 2 units, 97140 x 1 unit); signed by Dr. ${s}.`, [wc, dt, s]];
  }],
  ['auto claim PIP', (d) => {
    const dt = d.date(); const c = d.claim(); const g = d.given(); const s = d.sur(); const pol = d.policy();
    return [`MVA ${dt}. Auto carrier: ${d.pick(CARRIERS)}; claim ${c}; policy ${pol}; policyholder ${g} ${s} (${d.rel()}). PIP limit $5,000; med-pay exhausted.`, [dt, c, pol, g, s]];
  }],
  ['auto adjuster and vehicle', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const [make, model] = d.pick(MAKES); const vin = d.vin(); const pl = d.plate();
    return [`Adjuster ${g} ${s}, ${ph}. Insured vehicle: ${d.int(2009, 2024)} ${make} ${model}, VIN ${vin}, plate ${pl} (${d.state()}).`, [g, s, p, vin, pl]];
  }],
  ['letter of protection from law firm', (d) => {
    const dt = d.date(); const f = d.firm(); const st = d.street(); const t = d.town(); const z = d.zip(); const a = d.acct();
    return [`Letter of protection received ${dt} from ${f}, ${st}, ${t}, ${d.state()} ${z}. Hold account ${a} from collections pending settlement.`, [dt, f, st, t, a, z]];
  }],
  ['accident questionnaire intersection', (d) => {
    const s1 = d.streetName(); const s2 = d.streetName(); const t = d.town(); const dt = d.date(); const rp = d.yearNo(6);
    return [`Accident questionnaire: collision at ${s1} and ${s2} in ${t} on ${dt}; police report #${rp}. Other driver's insurer to be billed first.`, [s1, s2, t, dt, rp]];
  }],
  // charity care and Medicaid
  ['financial assistance application', (d) => {
    const app = d.pick([`FA-${d.year()}-${d.digits(5)}`, d.digitString(8)]); const g = d.given(); const s = d.sur(); const ssn = d.ssn();
    return [`FINANCIAL ASSISTANCE APPLICATION #${app}\nApplicant: ${g} ${s}   SSN: ${ssn}\nHousehold size: 4   Annual income: $38,200 (182% FPL)`, [app, g, s, ssn]];
  }],
  ['charity employer and pay stubs', (d) => {
    const emp = d.employer(); const t = d.town(); const a = d.slashMd(); const b = d.slashMd(); const g = d.given(); const my = d.monthYear();
    return [`Employer: ${emp}, ${t}. Pay stubs dated ${a} and ${b} attached. ${d.pick(['Spouse', 'Partner'])} ${g} unemployed since ${my}.`, [emp, t, a, b, g, my]];
  }],
  ['charity care approval letter', (d) => {
    const g = d.given(); const s = d.sur(); const [dt2, dt] = d.pair(); const a = d.acct(); const a2 = d.acct();
    return [`Dear ${g} ${s},\nYour application received ${dt} is approved for a 100% discount on accounts ${a} and ${a2} for services on or after ${dt2}.`, [g, s, dt, a, a2, dt2]];
  }],
  ['financial counselor and county caseworker', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.ext(); const g2 = d.given(); const s2 = d.sur(); const c = d.county();
    return [`Met with financial counselor ${g} ${s} (ext ${e}); Medicaid application started with caseworker ${g2} ${s2} at ${c} County Job and Family Services.`, [g, s, e, g2, s2, c]];
  }],
  ['Medicaid approved retro', (d) => {
    const dt = d.date(); const id = d.medicaid(); const md = d.monDay(); const my = d.monthYear();
    return [`Medicaid approved ${dt}, ID ${id}; retro eligibility back to ${md}. MCO assignment (CareSource) effective ${my}. Rebill all open accounts.`, [dt, id, md, my]];
  }],
  // statements, collections and payments
  ['statement header with pay URL', (d) => {
    const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const a = d.acct(); const dt2 = d.date(); const u = d.url();
    return [`STATEMENT DATE ${dt}   GUARANTOR ${s}, ${g}   ACCOUNT # ${a}\nAMOUNT DUE $${d.int(20, 2400)}.${pad2(d.int(0, 99))}   PAY BY ${dt2}\nPay online: ${u}`, [dt, s, g, a, dt2, u]];
  }],
  ['final notice before agency', (d) => {
    const a = d.acct(); const dt = d.date(); const ag = d.agency();
    return [`FINAL NOTICE\nYour account ${a} is 120 days past due. If payment is not received by ${dt}, the balance will be referred to ${ag}.`, [a, dt, ag]];
  }],
  ['payment plan autopay', (d) => {
    const md = d.slashMd(); const o = ordinal(d.int(1, 28)); const l4 = d.digits(4); const pid = `PP-${d.digitString(6)}`; const g = d.given(); const s = d.sur();
    return [`Payment plan set up ${md}: $75.00/month drafted on the ${o} from card ending ${l4}. Plan ID ${pid}. Guarantor: ${g} ${s}.`, [md, o, l4, pid, g, s]];
  }],
  ['collection agency call', (d) => {
    const ag = d.agency(); const dt = d.date(); const g = d.given(); const s = d.sur(); const a = d.acct(); const g2 = d.given(); const [ph, p] = d.phone(); const ref = d.ref();
    return [`${ag} called ${dt} re: ${g} ${s}, placed acct ${a}. Collector ${g2}, ${ph}, agency ref ${ref}.`, [ag, dt, g, s, a, g2, p, ref]];
  }],
  ['payment received by portal', (d) => {
    const md = d.monDay(); const c = d.conf(); const em = d.email();
    return [`Payment of $250.00 received ${md} through the patient portal, confirmation ${c}; receipt e-mailed to ${em}.`, [md, c, em]];
  }],
  ['returned mail new address', (d) => {
    const md = d.slashMd(); const st = d.street(); const t = d.town(); const po = d.poBox(); const t2 = d.town(); const z = d.zip();
    return [`Statement returned ${md} "not deliverable as addressed" from ${st}, ${t}. New address per patient: ${po}, ${t2}, ${d.state()} ${z}.`, [md, st, t, po, t2, z]];
  }],
  ['refund check mailed', (d) => {
    const ck = d.digitString(6); const dt = d.date(); const g = d.given(); const s = d.sur(); const dt2 = d.shortDate();
    return [`Refund check #${ck} for $62.14 mailed ${dt} to ${g} ${s} for overpayment on DOS ${dt2} (secondary paid after patient).`, [ck, dt, g, s, dt2]];
  }],
  ['holiday closure draft date', (d) => {
    const h = d.holiday(); const [ph, p] = d.phone();
    return [`The billing office is closed ${h}; plan payments that fall that day draft the next business day. Questions: ${ph}.`, [h, p]];
  }],
  ['bankruptcy notice', (d) => {
    const dt = d.date(); const bk = d.pick([`${pad2(d.year() % 100)}-${d.digitString(5)}`, `${d.int(1, 5)}:${pad2(d.year() % 100)}-bk-${d.digits(5)}`]); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const a = d.acct();
    return [`Notice of Chapter 7 filing received ${dt}; case no. ${bk}. Debtor's attorney ${g} ${s}, ${ph}. Account ${a} placed on bankruptcy hold.`, [dt, bk, g, s, p, a]];
  }],
  ['estate claim for deceased patient', (d) => {
    const dt = d.date(); const c = d.county(); const dk = `${d.year()} ES ${d.digits(5)}`; const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town();
    return [`Patient expired ${dt}. Claim filed against the estate in ${c} County Probate Court, case ${dk}; executor ${g} ${s}, ${st}, ${t}.`, [dt, c, dk, g, s, st, t]];
  }],
  ['portal message about facility fee', (d) => {
    const md = d.monDay(); const a = d.acct(); const [ph, p] = d.phone(); const g = d.given();
    return [`Portal message ${md}: "Why was I charged a facility fee? My account is ${a}. I called ${ph} twice." Routed to ${g} in the billing office.`, [md, a, p, g]];
  }],
  // coding
  ['coding query to physician', (d) => {
    const q = `Q${d.digitString(6)}`; const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const e = d.acct(); const dt = d.date();
    return [`CODING QUERY #${q}\nTo: Dr. ${s}   From: ${g2} ${s2}, CCS, CDI specialist\nEncounter ${e}, admitted ${dt}: please clarify the type and acuity of heart failure (I50.23 vs I50.33).`, [q, s, g2, s2, e, dt]];
  }],
  ['coding query answered with initials', (d) => {
    const md = d.monDay(); const i = d.initials();
    return [`Query response ${md}: "acute on chronic diastolic CHF" -${i}. Code updated to I50.33; working DRG 292 changed to DRG 291.`, [md, i]];
  }],
  ['charge correction audit', (d) => {
    const dt = d.date(); const u = d.pick([`E${d.digits(6)}`, `${d.letters(1).toLowerCase()}${asciiLetters(d.sur()) || 'smith'}${d.int(1, 9)}`, `BILL${d.digits(4)}`]); const ip = d.ip(); const a = d.acct();
    return [`Charge correction ${dt} by user ${u} from workstation ${ip}: 99215 replaced with 99214 on account ${a}; reason code CC-04.`, [dt, u, ip, a]];
  }],
  ['coding manager guidance', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.workEmail();
    return [`Per ${g} ${s}, CPC, coding manager (${em}): append -25 only when a separately identifiable E/M is documented.`, [g, s, em]];
  }],
  // estimates, disputes, enrollment
  ['good faith estimate', (d) => {
    const gfe = `GFE-${d.digitString(7)}`; const g = d.given(); const s = d.sur(); const dt = d.date(); const cl = d.clinic(); const tin = d.tin();
    return [`GOOD FAITH ESTIMATE ${gfe}\nPatient: ${g} ${s}   Scheduled: ${dt}\nConvening provider: ${cl}, TIN ${tin}\nEstimated total $4,860.00`, [gfe, g, s, dt, cl, tin]];
  }],
  ['No Surprises Act dispute', (d) => {
    const disp = `DISP-${d.digitString(7)}`; const [dt2, dt] = d.pair(3); const c = d.claim();
    return [`IDR dispute ${disp} initiated ${dt} for out-of-network anesthesia claim ${c}; open negotiation began ${dt2}.`, [disp, dt, c, dt2]];
  }],
  ['price estimate by phone', (d) => {
    const o = ordinal(d.int(1, 31)); const est = `EST-${d.digitString(6)}`;
    return [`Pt called on the ${o} for a self-pay estimate for MRI knee without contrast (73721); quoted $650.00, estimate # ${est}.`, [o, est]];
  }],
  ['provider enrollment PTAN CAQH', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const ptan = d.pick([`${d.letters(1)}${d.digits(5)}`, d.digitString(6)]); const caqh = d.digitString(8); const dt = d.date();
    return [`Provider enrollment: ${g} ${s}, DO. NPI ${npi}, PTAN ${ptan}, CAQH ID ${caqh}; Medicare effective ${dt}.`, [g, s, npi, ptan, caqh, dt]];
  }],
  // DME, ambulance, ABN, cards
  ['DME CPAP rental serial', (d) => {
    const sn = d.serial(); const md = d.slashMd();
    return [`CPAP E0601 billed as monthly rental (RR, KX; month 4 of 13). Device serial ${sn}; compliance download ${md} shows 6.2 h/night.`, [sn, md]];
  }],
  ['ambulance claim pickup', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const h = d.hospital(); const run = d.yearNo();
    return [`Ambulance claim: A0427 ALS1 emergency + A0425 x 14 loaded miles. Pickup ${st}, ${t} ${z}; destination ${h}. Run #${run}.`, [st, t, z, h, run]];
  }],
  ['ABN signed with witness', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`ABN (CMS-R-131) signed ${dt} for screening colonoscopy G0121 (frequency limit); option 1 chosen, GA modifier. Witness: ${g} ${s}.`, [dt, g, s]];
  }],
  ['insurance card with PCP', (d) => {
    const s = d.sur(); const g = d.given(); const id = d.memberId(); const grp = d.group(); const s2 = d.sur(); const [ph, p] = d.phone();
    return [`Card scanned: ${d.plan()}. Member ${g} ${s}, ID ${id}, Grp ${grp}. PCP: Dr. ${s2} ${ph}. Copay $30/$60, ER $250.`, [g, s, id, grp, s2, p]];
  }],
  ['denials by clinic and month', (d) => {
    const cl = d.clinic(); const my = d.monthYear();
    return [`Denials report, ${cl}, ${my}: 18 CO-16 (missing information), 9 CO-197, 4 PR-204. Top payer ${d.payer()}.`, [cl, my]];
  }],
  ['lower case billing note', (d) => {
    const g = d.given().toLowerCase(); const s = d.sur().toLowerCase(); const md = d.slashMd(); const [ph, p] = d.phone();
    return [`lvm for pt ${g} ${s} ${md} re: bal after ins, asked to call ${ph}. will send to self-pay if no response in 30 days.`, [g, s, md, p]];
  }],
];

/** The names of the wave's frames. */
export const claimsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function claimsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10271, rounds);
}

/** Look-alikes in billing, insurance and utilization-review style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // CPT and HCPCS codes with modifiers and units
  ['CPT 99214-25 billed with 20610', '99214-25'], ['Modifier -59 appended to 97140.', '-59'], ['20610-RT, 1 unit', '20610-RT'], ['97110 x 4 units (60 min)', '4 units'],
  ['Changed -59 to -XS per NCCI.', '-XS'], ['GA modifier: ABN on file', 'GA modifier'], ['KX modifier, therapy threshold exceeded', 'KX'], ['29881-LT arthroscopy, left knee', '29881-LT'],
  ['HCPCS J1100 dexamethasone 1 mg x 10 units', 'J1100'], ['J0897 Prolia 60 mg, 60 units', 'J0897'], ['E0601 CPAP device, rental month 4 of 13', 'E0601'], ['A0427 ALS1 emergency transport', 'A0427'],
  ['G0439 annual wellness visit, subsequent', 'G0439'], ['L3908 wrist-hand orthosis, prefabricated', 'L3908'], ['A0425 ground mileage x 14', 'A0425'], ['99285 level 5 ED visit', '99285'],
  // diagnosis codes
  ['ICD-10 M54.16 radiculopathy, lumbar region', 'M54.16'], ['S83.241A tear of medial meniscus, right knee', 'S83.241A'], ['Z51.11 encounter for antineoplastic chemotherapy', 'Z51.11'],
  ['E11.65 type 2 diabetes with hyperglycemia', 'E11.65'], ['I50.33 acute on chronic diastolic heart failure', 'I50.33'], ['S39.012A strain of muscle of lower back', 'S39.012A'], ['Z00.00 routine adult exam', 'Z00.00'],
  // institutional codes
  ['Revenue code 0450 emergency room', '0450'], ['Rev code 0360 operating room services', '0360'], ['0636 drugs requiring detailed coding', '0636'], ['Revenue code 0424 physical therapy evaluation', '0424'],
  ['MS-DRG 470 major joint replacement', 'DRG 470'], ['POS 22 on-campus outpatient hospital', 'POS 22'], ['Type of bill 0131', '0131'], ['Condition code 44 applied.', 'Condition code 44'],
  ['Occurrence code 11, onset of symptoms', 'Occurrence code 11'], ['Value code 80, covered days 3', 'Value code 80'], ['Frequency code 7 replacement claim', 'Frequency code 7'], ['Patient status 01, discharged home', 'Patient status 01'],
  // adjustment and remark codes
  ['CARC CO-45 charge exceeds fee schedule', 'CO-45'], ['PR-1 deductible amount $1,250.00', 'PR-1'], ['CO-197 precertification absent', 'CO-197'], ['RARC N130', 'N130'],
  ['MA18 claim crossed over to the supplemental insurer', 'MA18'], ['CO-16 missing information', 'CO-16'], ['PR-204 not covered under the plan', 'PR-204'],
  // other public codes and references
  ['NDC 55513-0710-01', '55513-0710-01'], ['LCD L33822 facet joint interventions', 'L33822'], ['NCD 240.4 CPAP for obstructive sleep apnea', 'NCD 240.4'], ['NCCI edit: 97140 bundles into 97530', '97530'],
  ['work RVU 1.92', '1.92'], ['Anesthesia 01400, 4 base units + 9 time units', '9 time units'], ['HCC 37 diabetes with chronic complications', 'HCC 37'], ['Box 24J rendering NPI', 'Box 24J'], ['FL 44 HCPCS/rates', 'FL 44'],
  // payers, plans and vendors
  ['Aetna Open Access PPO', 'PPO'], ['Humana Gold Plus HMO', 'Humana Gold Plus'], ['Medicare Part B deductible met', 'Medicare Part B'], ['Medicare Advantage plan', 'Medicare Advantage'],
  ['Medigap Plan G supplement', 'Plan G'], ['HDHP with HSA', 'HDHP'], ['EPO, no out-of-network benefits', 'EPO'], ['CareSource Medicaid managed care', 'CareSource'], ['TRICARE For Life secondary', 'TRICARE For Life'],
  ['Filed with UnitedHealthcare.', 'UnitedHealthcare'], ['eviCore denied the imaging request.', 'eviCore'], ['Submitted through Availity.', 'Availity'], ['Waystar rejected the batch.', 'Waystar'],
  ['Carrier: Travelers', 'Travelers'], ['State Farm auto policy', 'State Farm'], ['Liberty Mutual workers comp', 'Liberty Mutual'], ['TPA: Sedgwick', 'Sedgwick'], ['Medical Mutual of Ohio', 'Medical Mutual'],
  // dollar amounts, percentages, counts and limits
  ['Billed $1,245.00; allowed $612.38', '$612.38'], ['Coinsurance 20% after deductible', '20%'], ['Copay $30/$60, ER $250', '$30/$60'], ['Out-of-pocket max $8,700 met', '$8,700'],
  ['Balance $3,412.56 after insurance', '$3,412.56'], ['$75.00 per month for 12 months', '12 months'], ['Household size 4, 182% FPL', '182% FPL'], ['Timely filing limit 90 days from DOS', '90 days'],
  ['Appeal within 180 days', '180 days'], ['12 visits approved', '12 visits'], ['3 inpatient days approved, LOS 5', 'LOS 5'], ['120 days past due', '120 days'], ['Level 4 E/M', 'Level 4'],
  // forms, transactions and rules
  ['CMS-1500 (02/12) claim form', '02/12'], ['UB-04 claim', 'UB-04'], ['837P and 835 transactions', '837P'], ['270/271 eligibility inquiry', '270/271'], ['HIPAA 5010 format', '5010'],
  ['ABN form CMS-R-131', 'CMS-R-131'], ['W-9 on file', 'W-9'], ['two-midnight rule', 'two-midnight'], ['InterQual criteria met', 'InterQual'], ['MCG guidelines', 'MCG'],
  ['No Surprises Act notice given', 'No Surprises Act'], ['FDCPA validation notice', 'FDCPA'], ['First-level appeal', 'First-level'], ['Chapter 7 bankruptcy', 'Chapter 7'], ['Form C-9 request for treatment', 'C-9'],
  ['MEDCO-14 physician work status', 'MEDCO-14'],
  // eponyms, drugs and devices
  ['Mohs surgery, 2 stages', 'Mohs'], ['Whipple procedure', 'Whipple'], ['Nissen fundoplication', 'Nissen'], ["Baker's cyst aspiration", "Baker's"], ["Crohn's disease, K50.90", "Crohn's"],
  ["Bell's palsy", "Bell's"], ['Dupuytren contracture release', 'Dupuytren'], ['Lisfranc fracture', 'Lisfranc'], ['Colles fracture', 'Colles'], ['Holter monitor 93224', 'Holter'], ['Foley catheter A4338', 'Foley'],
  ['Ozempic 1 mg weekly', 'Ozempic'], ['Humira 40 mg every 14 days', 'Humira'], ['Dexcom G7 sensors', 'Dexcom G7'], ['ResMed AirSense 11', 'AirSense 11'],
  // everyday words that are also names or towns
  ['Will bill the secondary.', 'Will'], ['Bill the secondary payer.', 'Bill'], ['Grace period ends this month.', 'Grace'], ['Hope to resolve on appeal.', 'Hope'], ['Chase the claim with the payer.', 'Chase'],
  ['Mark the account as bad debt.', 'Mark'], ['Frank hematuria documented.', 'Frank'], ['The price of the MRI was quoted.', 'price'], ['Cash price applies to self-pay.', 'Cash'], ['Union dues deducted from pay.', 'Union'],
  // relations, roles, generic places, ages, years, times and states
  ['Billing office will call the patient.', 'Billing office'], ['Seen at the clinic.', 'the clinic'], ['Sent to the collection agency.', 'collection agency'], ['Covered through her husband.', 'husband'],
  ['The subscriber is her father.', 'father'], ['The adjuster called back.', 'adjuster'], ['A facility fee for a hospital-based clinic', 'facility fee'], ['Patient is 67 and Medicare eligible.', '67'],
  ['85-year-old beneficiary', '85'], ['Tax year 2023 returns', '2023'], ['Called at 14:20.', '14:20'], ['Licensed in Ohio.', 'Ohio'], ['Pennsylvania Medicaid', 'Pennsylvania'],
  ['External review by the state Department of Insurance', 'Department of Insurance'],
];

export const claimsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedClaimsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(claimsKeepCases(), find);

export function scoreClaimsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => claimsWaveCases(seed)), find);
}
