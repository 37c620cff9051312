// A blind wave of physical, occupational and speech therapy and inpatient rehabilitation documents: PT, OT and SLP
// evaluations (referral, prior level of function, home set-up and who the patient lives with, onset on a weekday or a
// holiday, ages over 89), daily treatment notes (CPT units and minutes, the treating therapist and the PTA or COTA who
// signs with initials, state licence numbers, co-signatures, cancellations and no-shows called in by family), progress
// reports and re-evaluations, plans of care with the physician's certification signature, NPI, certification periods
// and recertification dates, prior authorizations and workers' compensation referrals (claim numbers, adjusters and
// case managers with phones and e-mails), home exercise program handouts (the therapist's phone, the program portal's
// address and access code, e-mailed programs), equipment (DME) orders, deliveries and vendor forms (vendors, order
// numbers, serials of power chairs, lifts, stimulators and speech-generating devices, Medicaid ids and SSNs on funding
// forms), wheelchair seating assessments (the ATP and their RESNA certificate, home doorway measurements at the home
// address), driving assessments (driver's licence numbers, vehicles with plates and VINs, on-road routes, DMV medical
// review case numbers), return-to-work notes and functional capacity evaluations (the employer planted whole, the
// supervisor), instrumental swallow studies (the radiology accession, the endoscope's serial), cognition and aphasia
// notes in which the patient states a date, an address or a phone, pediatric therapy (schools, teachers, early
// intervention ids, IEP meeting dates), team conference notes (physiatrist, therapists, case manager, the estimated
// discharge date), inpatient rehabilitation admissions and discharge summaries to home health, outpatient therapy or
// a skilled nursing facility, fax covers, e-signatures, telehealth connection logs and billing accounts, in mixed case,
// ALL CAPS and lower case. Dates are written in every form rehab notes use ('03/04/2021', '3/4/21', '4 March 2021',
// 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2019', 'Christmas Eve'). Given names and surnames are often everyday
// words (Hope, Rocky, Bill, Walker, Strong, Hand, Foote) and towns are often everyday words (Liberty, Independence,
// Reading, Normal, Walker, Bath). A list of look-alikes in the same style must not be touched. Written without reading
// the engine's rules or any gold data. `scoreRehabWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('PT, DPT', 'OTR/L',
// 'COTA/L', 'PTA', 'MS, CCC-SLP', 'ATP', 'CDRS', 'CLT', 'CHT', 'MD', 'DO') are not; initials that sign a treatment note
// are planted; a rehabilitation hospital, a therapy clinic, a hospital, a home health agency, a skilled nursing
// facility, a DME or orthotics vendor, a local employer, a school and a YMCA are planted whole with their kind words
// ('Liberty Rehabilitation Hospital', 'Walker Physical Therapy & Wellness', 'Reading Medical Supply', 'Bath Feed &
// Seed'), a leading 'The' is not ('The Pines at Normal' plants 'Pines at Normal'), while a national chain, maker or
// payer named alone ('Numotion', 'Hanger Clinic', 'Permobil', 'Medicare', 'Liberty Mutual') is kept; a town is planted,
// the state is kept; a street address is planted from its number to its street type, an apartment number is not, a ZIP
// (with its +4) is planted; a weekday naming one day ('fell Sunday') is planted, a standing schedule ('2x/week',
// 'M/W/F', 'Tuesdays and Thursdays') is kept; a holiday that fixes a day ('Christmas Eve') is planted, without 'the'; a
// month with a year ('March 2019') is planted; a time next to a date is kept; a weekday written with its date
// ('Tuesday, March 4') is planted as one part; a date the patient states in an orientation check is planted; an age
// over 89 is planted, one of 89 or under is kept; MRNs, billing accounts, MBIs, Medicaid and member ids, authorization,
// claim, order, DMV case and early intervention numbers, NPIs, therapist licence numbers, RESNA and ASHA certificate
// numbers, driver's licences, plates, VINs, device serials, program access codes, SSNs, URLs, IPs, e-mails, phones,
// faxes and extensions are planted whole; a device's maker and model ('Permobil M3 Corpus', 'Bioness L300 Go', 'Tobii
// Dynavox I-13') are kept; a phone's leading '(' need not be covered. Kept (look-alikes): eponyms and named tests (Berg
// Balance Scale, Romberg, Thomas test, Trendelenburg, Babinski, Hoffmann, Ober, Lachman, McMurray, Phalen, Tinel,
// Finkelstein, Spurling, Hawkins-Kennedy, Dix-Hallpike, Epley, Brandt-Daroff, Modified Ashworth, Brunnstrom, Rancho Los
// Amigos, Fugl-Meyer, Jebsen-Taylor, Purdue Pegboard, Jamar, Mendelsohn, Shaker, Masako, Passy-Muir, Frazier, Yale,
// Boston Naming Test, Western Aphasia Battery, Allen Cognitive Level, McKenzie, Otago, Cawthorne-Cooksey,
// Buerger-Allen, Frenkel, LSVT), scores and measures (FIM, Berg 41/56, TUG 14.2 s, Tinetti, DGI, FGA, 6MWT, 10MWT, MMT
// 4-/5, ROM in degrees, grip in pounds, pain 3/10, MoCA, SLUMS, PAS, IDDSI, FOIS, Oswestry, LEFS, QuickDASH, Section GG
// items), device and exercise brands (Theraband, Thera-putty, Hoyer, Rifton, Sara Stedy, NuStep, LiteGait, Roho, Jay,
// Quickie, Dycem, Kinesio, Graston, VitalStim, Saebo, Dynasplint, Tubigrip, Jobst, Miami J, Aspen, Bledsoe, Aircast),
// exercise names, CPT, HCPCS, modifiers and ICD-10 codes, units and minutes, visit counts and frequencies, Medicare
// therapy threshold amounts, generic places (the gym, the therapy room, the ADL kitchen, the parallel bars, the mat
// table, the rehab unit), roles without names, relations without names, ages of 89 and under, years alone, states,
// chains, makers and payers, and everyday words that are also names or towns (walker, reading, normal, independence,
// hope, will, bill, union, liberty, strong, hand, bath).
// Measured before rules (engine at 9083f0b): 0.914 recall on seeds 5, 11, 23 (3940/4311), 0.905 on fresh seeds 41, 42,
// 43 (3898/4309); 10/146 look-alikes touched ("Hawkins-Kennedy", "Jamar", "McKenzie", "Rifton", "Sara Stedy", "Jay J3",
// "M/W/F", "Tuesdays and Thursdays", "Numotion", "Hanger Clinic").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, gb, ie, inn, mx, pl, frca, gh, de, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Rocky', 'Bill', 'Will', 'Art', 'Chip', 'Sandy', 'Dusty', 'Rusty', 'Penny', 'Holly', 'Ivy', 'Iris', 'Rose', 'Daisy', 'Skip', 'Buddy', 'Sonny', 'Lucky', 'Angel', 'Destiny', 'Trinity', 'Melody', 'Carol', 'Frank', 'Earnest', 'Victor', 'Forrest', 'Sterling', 'Drew', 'Gene', 'Pat', 'Van', 'Les', 'Sunny', 'Summer', 'Willow'];
const WORD_SUR = ['Stone', 'Hill', 'Walker', 'Crane', 'Strong', 'Armstrong', 'Hand', 'Foote', 'Legg', 'Steady', 'Young', 'Short', 'Long', 'Little', 'Small', 'Moody', 'Bishop', 'Chambers', 'Ball', 'Bell', 'Carpenter', 'Mason', 'Fields', 'Woods', 'Marsh', 'Brooks', 'Snow', 'Rains', 'Knight', 'Rich', 'Sharp', 'Wise', 'Cross', 'Moss', 'Root', 'Stout', 'Gaines', 'Bolt', 'Swift', 'Bench'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Hope', 'Independence', 'Freedom', 'Victory', 'Harmony', 'Friendship', 'Energy', 'Strong', 'Bath', 'Walker', 'Reading', 'Normal', 'Commerce', 'Luck', 'Climax', 'Justice', 'Goshen', 'Canton', 'Warsaw', 'Milan', 'Lebanon', 'Salem', 'Marion', 'Stillwater', 'Plainview', 'Mount Pleasant', 'Fairmont', 'Bedford', 'Chester', 'Grafton', 'Union', 'Superior', 'Hazard', 'Cando'];
const REAL_TOWNS = ['Eau Claire', 'Wausau', 'Oshkosh', 'Mankato', 'Rochester', 'Duluth', 'Fargo', 'Bismarck', 'Sioux Falls', 'Rapid City', 'Grand Island', 'Kearney', 'Dubuque', 'Ames', 'Ottumwa', 'Joliet', 'Peoria', 'Kalamazoo', 'Saginaw', 'Traverse City', 'Scranton', 'Altoona', 'Bangor', 'Lewiston', 'Rutland', 'Pittsfield', 'Keene', 'Nashua', 'Billings', 'Missoula', 'Casper', 'Pocatello', 'Twin Falls', 'Yakima', 'Marshfield', 'Stevens Point'];
const STATES = ['WI', 'MN', 'IA', 'ND', 'SD', 'NE', 'IL', 'MI', 'PA', 'ME', 'VT', 'MA', 'NH', 'MT', 'WY', 'ID', 'WA', 'Minnesota', 'Wisconsin', 'Iowa'];
const STREET_WORDS = ['Main', 'Elm', 'Oak', 'Maple', 'Birch', 'Aspen', 'Prairie', 'River', 'Lake', 'Park', 'Hillcrest', 'Ridge', 'Orchard', 'Mill Pond', 'School', 'Second', 'Fifth', 'Grand', 'Willow Creek', 'Juniper', 'Pine Hollow', 'Cherry'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Court', 'Blvd', 'Way', 'Trail', 'Pkwy'];
const SAINTS = ['Luke', 'Mary', 'Cloud', 'Joseph', 'Francis', 'Elizabeth', 'Vincent', 'Anthony', 'Catherine', 'Michael', 'Agnes', 'Clare'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'Memorial Hospital', 'Community Hospital', 'General Hospital', 'Lutheran Hospital', 'Area Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'granddaughter', 'grandson', 'daughter-in-law', 'son-in-law', 'neighbor', 'friend', 'partner', 'mother', 'father', 'niece'];
/** Holidays that fix a day: the written text and the part (a leading 'the' is not planted). */
const HOLIDAYS: readonly (readonly [string, string])[] = [['Christmas Eve', 'Christmas Eve'], ['Christmas Day', 'Christmas Day'], ["New Year's Day", "New Year's Day"], ["New Year's Eve", "New Year's Eve"], ['the Fourth of July', 'Fourth of July'], ['Thanksgiving Day', 'Thanksgiving Day'], ['Memorial Day', 'Memorial Day'], ['Labor Day', 'Labor Day'], ['Easter Sunday', 'Easter Sunday'], ["Mother's Day", "Mother's Day"], ['Halloween', 'Halloween'], ["Valentine's Day", "Valentine's Day"]];
const PT_CREDS = ['PT', 'PT, DPT', 'DPT', 'MPT', 'PT, DPT, OCS', 'PT, DPT, NCS', 'PT, GCS'];
const OT_CREDS = ['OTR/L', 'OTR', 'MS, OTR/L', 'OTD, OTR/L', 'OTR/L, CHT'];
const SLP_CREDS = ['CCC-SLP', 'MS, CCC-SLP', 'MA, CCC-SLP', 'SLP', 'M.S., CCC-SLP'];
const ASSIST_CREDS = ['PTA', 'COTA/L', 'COTA', 'LPTA', 'SLPA'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
/** The characters of a VIN (no I, O or Q). */
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

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
    return this.pick(['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms']);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** An inpatient rehabilitation hospital or unit. */
  irf(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Rehabilitation Hospital`;
    if (k === 1) return `Encompass Health Rehabilitation Hospital of ${this.town()}`;
    if (k === 2) return `${this.town()} Regional Rehab Institute`;
    if (k === 3) return `St. ${this.pick(SAINTS)}'s Acute Rehabilitation Unit`;
    return `${this.sur()} Rehabilitation Center`;
  }
  /** An outpatient therapy clinic. */
  clinic(): string {
    const k = this.int(0, 6);
    if (k === 0) return `${this.town()} Physical Therapy`;
    if (k === 1) return `${this.town()} Sports & Spine`;
    if (k === 2) return `${this.sur()} Physical Therapy & Wellness`;
    if (k === 3) return `${this.town()} Hand & Upper Extremity Center`;
    if (k === 4) return `${this.town()} Speech and Language Clinic`;
    if (k === 5) return `${this.town()} Outpatient Rehab`;
    return `${this.sur()} Pediatric Therapy Services`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A DME, seating or orthotics vendor. */
  vendor(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.town()} Home Medical`;
    if (k === 2) return `${this.sur()} Mobility`;
    if (k === 3) return `${this.town()} Orthotics & Prosthetics`;
    return `${this.sur()} Home Medical Equipment`;
  }
  agency(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Home Health`;
    if (k === 1) return `${this.town()} Visiting Nurse Association`;
    if (k === 2) return `${this.sur()} Home Care`;
    return `Home Health of ${this.town()}`;
  }
  /** A skilled nursing facility: the text and the part (a leading 'The' is not planted). */
  snf(): readonly [string, string] {
    const k = this.int(0, 3);
    if (k === 1) {
      const n = `${this.pick(['Pines', 'Willows', 'Meadows', 'Gardens'])} at ${this.town()}`;
      return [`The ${n}`, n];
    }
    const n = k === 0 ? `${this.town()} Health & Rehab` : k === 2 ? `${this.town()} Care Center` : `${this.sur()} Manor Nursing Home`;
    return [n, n];
  }
  employer(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.sur()} Lumber`;
    if (k === 1) return `${this.town()} Feed & Seed`;
    if (k === 2) return `${this.sur()} Trucking`;
    if (k === 3) return `${this.sur()} & Sons Plumbing`;
    if (k === 4) return `${this.town()} Cheese Cooperative`;
    return `${this.town()} Community School District`;
  }
  school(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Elementary School`;
    if (k === 1) return `${this.sur()} Middle School`;
    return `${this.town()} Early Learning Center`;
  }
  street(): string {
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 99950)).padStart(5, '0');
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(7, 18))}${pad2(this.int(0, 59))}` : `${this.int(7, 12)}:${pad2(this.int(0, 59))} ${this.pick(['AM', 'PM', 'am', 'pm'])}`;
  }
  /** A full date in one of the forms therapy notes write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${pad2(m)}-${pad2(d)}-${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return this.r() < 0.7 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
  /** 'Mar 14', 'March 14' or '14 Mar'. */
  monDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 2);
    return k === 0 ? `${MON[m - 1]!} ${d}` : k === 1 ? `${MONTHS[m - 1]!} ${d}` : `${d} ${MON[m - 1]!}`;
  }
  monthYear(): string {
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.pick(MON)} ${this.year()}`;
  }
  weekday(): string {
    return this.r() < 0.85 ? this.pick(WEEKDAYS) : this.pick(['Mon', 'Tues', 'Wed', 'Thurs', 'Fri']);
  }
  /** A certification period of 60 to 90 days, both ends written alike ('03/04/2024', '06/01/2024'). */
  certPeriod(): readonly [string, string] {
    const [m, d] = this.md();
    const y = this.year();
    const m2 = m + this.int(2, 3);
    const [m3, y3] = m2 > 12 ? [m2 - 12, y + 1] : [m2, y];
    const d3 = Math.max(1, d - 1);
    return this.r() < 0.6 ? [`${pad2(m)}/${pad2(d)}/${y}`, `${pad2(m3)}/${pad2(d3)}/${y3}`] : [`${m}/${d}/${pad2(y % 100)}`, `${m3}/${d3}/${pad2(y3 % 100)}`];
  }
  holiday(): readonly [string, string] {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1928, hi = 2004): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 2);
    return k === 0 ? `00${this.digitString(6)}` : k === 1 ? this.digitString(this.int(7, 9)) : `M${this.digitString(7)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 11)) : `${this.pick(['A', 'V', 'HAR'])}${this.digitString(8)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town()) || 'union'}rehab.org`, 'gmail.com', 'yahoo.com', 'hotmail.com', `${asciiLetters(this.town()) || 'union'}pt.com`, 'icloud.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}`, `${a}${b.charAt(0)}${this.int(50, 99)}`]);
    return `${local}@${dom}`;
  }
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.digitString(2)}${this.letters(1)}${this.digitString(6)}`;
    if (k === 3) return `${this.letters(3)}-${this.digitString(5)}`;
    return `${this.digitString(4)}-${this.digitString(4)}-${this.letters(2)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 9)) : `${this.pick(['SO', 'WO', 'ORD'])}-${this.digitString(6)}`;
  }
  authNo(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(this.int(8, 11)) : k === 1 ? `${this.letters(1)}${this.digitString(9)}` : `${this.digitString(4)}-${this.digitString(6)}`;
  }
  claimNo(): string {
    const k = this.int(0, 2);
    return k === 0 ? `WC${this.digitString(8)}` : k === 1 ? `${this.digitString(3)}-${this.digitString(2)}-${this.digitString(6)}` : this.digitString(12);
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
    return k === 0 ? this.digitString(10) : k === 1 ? `${this.letters(2)}${this.digitString(8)}` : `${this.digitString(8)}${this.letters(1)}`;
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.digitString(9)}-${pad2(this.int(1, 4))}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A state therapy licence number. */
  licence(prefix: string): string {
    const k = this.int(0, 3);
    if (k === 0) return `${prefix}${this.digitString(6)}`;
    if (k === 1) return `${prefix}-${this.digitString(5)}`;
    if (k === 2) return `${this.digitString(4)}-${pad2(this.int(10, 99))}`;
    return `0${this.digitString(5)}`;
  }
  ssn(): string {
    return `${this.int(101, 665)}-${pad2(this.int(10, 99))}-${this.digitString(4)}`;
  }
  /** A driver's licence number in one of several states' shapes. */
  driversLicence(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(3)}-${this.digitString(4)}-${this.digitString(4)}-${pad2(this.int(10, 99))}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(12)}`;
    if (k === 2) return `${this.digitString(3)}${this.letters(2)}${this.digitString(4)}`;
    return this.digitString(9);
  }
  plate(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)} ${this.digitString(3)}`;
    if (k === 1) return `${this.digitString(3)}-${this.letters(3)}`;
    if (k === 2) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    return `${this.letters(2)}-${this.digitString(5)}`;
  }
  vin(): string {
    return `${this.pick(['1', '2', '3', '4', '5', 'J', 'K', 'W'])}${this.lettersOf(VIN_CHARS, 16)}`;
  }
  accessCode(): string {
    return this.r() < 0.5 ? `${this.letters(4)}${this.digitString(3)}${this.letters(1)}` : this.lettersOf('ABCDEFGHJKMNPQRSTUVWXYZ23456789', this.int(7, 8));
  }
  accession(): string {
    const k = this.int(0, 2);
    return k === 0 ? `RAD${this.digitString(8)}` : k === 1 ? `${pad2(this.int(15, 25))}-FL-${this.digitString(5)}` : this.digitString(10);
  }
  ip(): string {
    return this.pick([`${this.int(24, 99)}.${this.int(1, 254)}.${this.int(1, 254)}.${this.int(1, 254)}`, `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `${this.int(100, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  /** A physician: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    if (k === 3) return [`Dr. ${s}`, [s]];
    return [`${s}, ${g} ${this.mi()} MD`, [s, g]];
  }
  /** A therapist with a credential of `creds`: the text and its parts. */
  therapist(creds: readonly string[]): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    return this.r() < 0.8 ? [`${g} ${s}, ${this.pick(creds)}`, [g, s]] : [`${g} ${this.mi()} ${s}, ${this.pick(creds)}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // evaluations
  ['PT evaluation header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const c = d.clinic();
    return [`${c}\nPHYSICAL THERAPY INITIAL EVALUATION\nPatient: ${s}, ${g} ${d.mi()}   DOB: ${dob}   MRN: ${mrn}\nDate of service: ${dt}   CPT 97162 (moderate complexity)`, [c, s, g, dob, mrn, dt]];
  }],
  ['referral from surgeon after arthroplasty', (d) => {
    const [doc, p] = d.doctor(); const t = d.town(); const dt = d.date();
    return [`Referred by ${doc} (${t} Bone & Joint) s/p R TKA on ${dt}. Orders: evaluate and treat, WBAT, no ROM restrictions.`, [...p, `${t} Bone & Joint`, dt]];
  }],
  ['prior level of function lives with relative in town', (d) => {
    const rel = d.relation(); const g = d.given(); const t = d.town();
    return [`PLOF: independent without device, driving. Lives with ${rel} ${g} in a two-story home in ${t}; 3 steps to enter with R rail, bedroom and full bath upstairs.`, [g, t]];
  }],
  ['fall on weekday mechanism', (d) => {
    const w = d.weekday(); const rel = d.relation();
    return [`Pt reports a fall at home ${w} evening while reaching into a low cabinet; unable to rise for ~2 hours until her ${rel} arrived. No LOC.`, [w]];
  }],
  ['fall on holiday', (d) => {
    const [h, p] = d.holiday();
    return [`Onset: slipped on ice in the driveway on ${h}, sustaining a L distal radius fracture treated with ORIF; cast removed 6 weeks later.`, [p]];
  }],
  ['evaluation age over 89', (d) => {
    const n = d.ageOver89(); const sx = d.pick(['female', 'male', 'F', 'M', 'woman', 'man']);
    return [`${n} y/o ${sx} referred for gait and balance training after recurrent falls; Berg 34/56, TUG 21.6 s with a 4WW.`, [n]];
  }],
  ['hobby goal at local business', (d) => {
    const t = d.town(); const biz = `${t} ${d.pick(['Lanes', 'Golf Club', 'Curling Club', 'Senior Center'])}`;
    return [`Pt goal: "I want to get back to ${d.pick(['bowling', 'golf', 'curling', 'cards'])} at ${biz} with my friends." Requires improved standing balance and endurance.`, [biz]];
  }],
  ['vestibular onset referral ENT', (d) => {
    const w = d.weekday(); const s = d.sur(); const h = d.hospital();
    return [`Vertigo began ${w} on rolling to the R in bed. Referred by Dr. ${s}, ENT (${h}). R Dix-Hallpike positive with upbeating torsional nystagmus; Epley maneuver x2.`, [w, s, h]];
  }],
  ['OT evaluation lives alone street address', (d) => {
    const st = d.street(); const t = d.town(); const apt = `${d.int(1, 4)}${d.pick(['A', 'B', 'C', '0' + String(d.int(1, 9))])}`;
    return [`Lives alone at ${st}, Apt ${apt}, ${t}; elevator building, tub/shower combination with sliding doors, no grab bars.`, [st, t]];
  }],
  ['hand therapy referral from hand surgeon', (d) => {
    const [doc, p] = d.doctor(); const c = `${d.town()} Hand & Upper Extremity Center`; const md = d.slashMd();
    return [`Hand therapy referral from ${doc}, ${c}: s/p flexor tendon repair zone II, R index, on ${md}. Fabricate dorsal blocking orthosis; Duran protocol.`, [...p, c, md]];
  }],
  ['concussion school athletic trainer', (d) => {
    const sch = `${d.town()} High School`; const g = d.given(); const s = d.sur(); const md = d.monDay();
    return [`Concussion sustained during a football game for ${sch} on ${md}; school athletic trainer ${g} ${s}, ATC, removed him from play. Begin graded return-to-activity protocol.`, [sch, md, g, s]];
  }],
  // daily notes
  ['daily note CPT units and therapist licence', (d) => {
    const dt = d.mdy(); const [th, p] = d.therapist(PT_CREDS); const lic = d.licence('PT');
    return [`Treatment note ${dt}  Time in 0902 / out 0955 (53 min)\n97110 x2 units, 97530 x1 unit, 97116 x1 unit\nTherapist: ${th}  Lic # ${lic}`, [dt, ...p, lic]];
  }],
  ['assistant initials sign gym note', (d) => {
    const i = d.initials(); const g = d.given(); const s = d.sur();
    return [`Pt seen in the gym for gait training in the parallel bars 4 x 20 ft with min A, then NuStep level 3 x 10 min. Tolerated well. -- ${i}, ${d.pick(ASSIST_CREDS)}\nCo-signed: ${g} ${s}, ${d.pick(PT_CREDS)}`, [i, g, s]];
  }],
  ['PTA supervisory visit weekday date', (d) => {
    const [th, p] = d.therapist(PT_CREDS); const w = d.weekday(); const md = d.slashMd(); const g = d.given();
    return [`Supervisory visit completed by ${th} on ${w} ${md}; PTA ${g} present and following the plan of care.`, [...p, w, md, g]];
  }],
  ['cancellation called in by relative', (d) => {
    const w = d.weekday(); const md = d.monDay(); const rel = d.relation(); const g = d.given(); const [ph, p] = d.phone();
    return [`Pt cancelled ${w} ${md} appointment; ${rel} ${g} called from ${ph} stating pt has a cold. Rescheduled for next week.`, [w, md, g, p]];
  }],
  ['clinic closed holiday visit moved', (d) => {
    const [h, p] = d.holiday(); const md = d.slashMd();
    return [`Clinic closed ${h}; visit moved to ${md} at the same time. Pt aware.`, [p, md]];
  }],
  ['no-show policy letter', (d) => {
    const t = d.title(); const s = d.sur(); const dt = d.monDay(); const dt2 = d.date();
    return [`Dear ${t} ${s},\nOur records show you did not attend your therapy appointments on ${dt} and ${dt2}. Per clinic policy, after three missed visits your plan of care may be discharged.`, [s, dt, dt2]];
  }],
  ['ordinal date of flare', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`Pt reports a flare of low back pain after shoveling on the ${o}; pain 7/10 today, centralizes with repeated extension in lying.`, [o]];
  }],
  ['OT daily note signed with licence', (d) => {
    const [th, p] = d.therapist(OT_CREDS); const lic = d.licence('OT'); const dt = d.date();
    return [`Pt completed LB dressing with reacher and sock aid at mod I, seated on edge of mat table. 97535 x 2 units.\n${th}, license ${lic}, ${dt}`, [...p, lic, dt]];
  }],
  // progress reports, plans of care and certification
  ['progress report covering dates', (d) => {
    const dt = d.date(); const a = d.slashMd(); const b = d.slashMd();
    return [`PROGRESS REPORT (visit 10) - ${dt}\nReporting period ${a} through ${b}. LEFS 38/80 -> 57/80; goals 1 and 3 met, goal 2 progressing.`, [dt, a, b]];
  }],
  ['plan of care certification block', (d) => {
    const [a, b] = d.certPeriod(); const [doc, p] = d.doctor(); const npi = d.npi();
    return [`CERTIFICATION PERIOD: ${a} - ${b}\nI certify the need for these services furnished under this plan of treatment while under my care.\nPhysician: ${doc}   NPI: ${npi}\nSignature: ____________   Date: ______`, [a, b, ...p, npi]];
  }],
  ['recertification due partial date', (d) => {
    const md = d.monDay(); const s = d.sur();
    return [`Recert due ${md}; POC faxed to Dr. ${s}'s office for signature, awaiting return.`, [md, s]];
  }],
  ['physician signature date on returned POC', (d) => {
    const [doc, p] = d.doctor(); const dt = d.date();
    return [`Signed POC received: ${doc} signed ${dt}. Frequency 2x/week x 8 weeks, 16 visits.`, [...p, dt]];
  }],
  ['Medicare MBI and secondary member id', (d) => {
    const m = d.mbi(); const id = d.memberId();
    return [`Primary: Medicare Part B, MBI ${m}\nSecondary: ${d.pick(['Medica', 'BCBS', 'Wellmark', 'HealthPartners', 'AARP Supplement'])}, member ID ${id}\nKX modifier applied once the therapy threshold is reached.`, [m, id]];
  }],
  ['prior authorization with case manager', (d) => {
    const auth = d.authNo(); const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext();
    return [`Prior auth #${auth}: 12 PT visits approved through ${dt}. UM nurse ${g} ${s}, ${ph} x${e}. Request more visits 5 business days before expiry.`, [auth, dt, g, s, p, e]];
  }],
  ['workers compensation referral adjuster', (d) => {
    const claim = d.claimNo(); const g = d.given(); const s = d.sur(); const em = d.email(g, s); const doi = d.date();
    return [`Workers' comp: ${d.pick(['Liberty Mutual', 'Sentry', 'EMC', 'Travelers'])} claim # ${claim}, DOI ${doi}. Adjuster ${g} ${s} (${em}) requests progress notes every 30 days.`, [claim, doi, g, s, em]];
  }],
  ['month year prior episode', (d) => {
    const my = d.monthYear(); const c = d.clinic();
    return [`Prior episode of PT for the same knee in ${my} at ${c}; discharged with HEP, partial relief.`, [my, c]];
  }],
  // home exercise programs
  ['HEP handout header', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const [th, p] = d.therapist(PT_CREDS); const [ph, pp] = d.phone();
    return [`HOME EXERCISE PROGRAM\nPrepared for: ${g} ${s}   Date: ${dt}\nQuestions? Call ${th} at ${ph}.\n1. Heel slides 2 x 15\n2. Quad sets, hold 5 seconds x 10`, [g, s, dt, ...p, pp]];
  }],
  ['HEP portal url and access code', (d) => {
    const slug = asciiLetters(d.town()) || 'union'; const url = d.pick([`https://${slug}pt.medbridgego.com`, `https://www.${slug}rehab.org/hep`, `${slug}therapy.physiotec.ca/home`]); const code = d.accessCode();
    return [`View your exercises with videos at ${url}\nAccess code: ${code}\nTheraband: red for hip abduction, green for rows.`, [url, code]];
  }],
  ['HEP e-mailed to patient', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Updated HEP (clamshells, bird dog, dead bug, bridges) e-mailed to pt at ${em} per request; reviewed technique in clinic.`, [em]];
  }],
  // equipment
  ['DME order with ordering physician and vendor', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const v = d.vendor(); const [fx, pf] = d.phone();
    return [`DME ORDER: E0143 walker, folding, wheeled; E0165 3-in-1 commode. Dx Z96.651, R26.81.\nOrdering: ${doc}, NPI ${npi}\nSend to: ${v}, fax ${fx}`, [...p, npi, v, pf]];
  }],
  ['hospital bed delivery weekday order serial', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const v = d.vendor(); const o = d.orderNo(); const sn = d.serial();
    return [`Semi-electric hospital bed delivered ${w} ${md} by ${v}, order #${o}; bed S/N ${sn}. Set up in the living room per OT recommendation.`, [w, md, v, o, sn]];
  }],
  ['Hoyer lift serial and caregiver training', (d) => {
    const sn = d.serial(); const rel = d.relation(); const g = d.given();
    return [`Invacare Reliant 450 (Hoyer-type) lift, serial ${sn}, delivered with full-body sling size L. ${rel} ${g} return-demonstrated the transfer x2 safely.`, [sn, g]];
  }],
  ['power chair serial and delivery', (d) => {
    const sn = d.serial(); const dt = d.date(); const v = d.vendor();
    return [`Permobil M3 Corpus, S/N ${sn}, with power tilt and recline and Roho Hybrid Elite cushion, delivered ${dt} by ${v}. Fitting completed in clinic.`, [sn, dt, v]];
  }],
  ['seating assessment ATP RESNA number', (d) => {
    const g = d.given(); const s = d.sur(); const cert = `${d.pick(['', 'ATP#', 'ATP-'])}${d.digitString(d.int(4, 5))}`; const dt = d.date();
    return [`Seating and mobility evaluation ${dt} with ${g} ${s}, ATP (Numotion), RESNA certificate ${cert}. Recommend K0861 group 3 power chair.`, [dt, g, s, cert]];
  }],
  ['wheelchair home accessibility measurements', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Home accessibility check at ${st}, ${t}, ${d.state()} ${z}: front door 34 in, bathroom door 28 in (will need offset hinges), ramp needed for 3 steps.`, [st, t, z]];
  }],
  ['Medicaid funding form SSN', (d) => {
    const s = d.sur(); const g = d.given(); const ssn = d.ssn(); const mid = d.medicaidId(); const dob = d.dob();
    return [`MEDICAL ASSISTANCE PRIOR APPROVAL - DURABLE MEDICAL EQUIPMENT\nRecipient: ${s}, ${g}   DOB ${dob}\nSSN: ${ssn}   Medicaid ID: ${mid}\nItem: E1161 manual wheelchair with tilt in space`, [s, g, dob, ssn, mid]];
  }],
  ['functional electrical stimulation device serial', (d) => {
    const sn = d.serial(); const s = d.sur();
    return [`Bioness L300 Go trial for R foot drop; unit serial ${sn} loaned from the clinic. Pt ambulated 300 ft without toe catch. LOMN sent to Dr. ${s}.`, [sn, s]];
  }],
  ['prosthetist and socket', (d) => {
    const g = d.given(); const s = d.sur(); const v = `${d.town()} Orthotics & Prosthetics`; const sn = d.serial();
    return [`Prosthetist ${g} ${s}, CPO (${v}) adjusted the transtibial socket; pin-lock liner, knee unit S/N ${sn}. Gait training with the new limb 2x/week.`, [g, s, v, sn]];
  }],
  // driving
  ['driving evaluation licence and vehicle', (d) => {
    const dl = d.driversLicence(); const dt = d.mdy(); const pl = d.plate(); const vin = d.vin();
    return [`Driver's license #${dl}, class D, expires ${dt}.\nVehicle: ${d.int(2008, 2022)} ${d.pick(['Honda CR-V', 'Ford F-150', 'Toyota Camry', 'Chevrolet Equinox', 'Subaru Outback'])}, plate ${pl}, VIN ${vin}.`, [dl, dt, pl, vin]];
  }],
  ['on-road assessment route and evaluator', (d) => {
    const st = `${d.pick(STREET_WORDS)} ${d.pick(['Street', 'Avenue', 'Road'])}`; const t = d.town(); const g = d.given(); const s = d.sur();
    return [`On-road assessment: route from the clinic onto ${st} through downtown ${t}, 2-lane highway and 4-way stops. Evaluator ${g} ${s}, OTR/L, CDRS. Two critical errors (rolled a stop, lane drift).`, [st, t, g, s]];
  }],
  ['DMV medical review case number', (d) => {
    const cs = `${d.pick(['MR', 'DMV', ''])}${d.digitString(d.int(7, 9))}`; const dt = d.date();
    return [`Results forwarded to the state Medical Review Unit, case ${cs}, on ${dt}; recommend no driving until re-evaluated in 3 months.`, [cs, dt]];
  }],
  // return to work and FCE
  ['return-to-work note employer supervisor', (d) => {
    const e = d.employer(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`RETURN TO WORK: may return to ${e} on ${dt} with restrictions: no lifting > 25 lb, no ladders, 6-hour shifts x 2 weeks. Discussed with supervisor ${g} ${s}.`, [e, dt, g, s]];
  }],
  ['functional capacity evaluation claim', (d) => {
    const e = d.employer(); const claim = d.claimNo(); const md = d.monDay();
    return [`FCE performed ${md}: pt demonstrated the MEDIUM physical demand level (occasional 50 lb floor to waist). Job: yard associate at ${e}. Claim ${claim}.`, [md, e, claim]];
  }],
  // speech-language pathology
  ['bedside swallow evaluation header', (d) => {
    const [th, p] = d.therapist(SLP_CREDS); const asha = d.digitString(8); const dt = d.date();
    return [`CLINICAL SWALLOW EVALUATION ${dt}\nClinician: ${th}, ASHA #${asha}\nRecommend IDDSI level 5 minced and moist, mildly thick liquids, meds whole in puree.`, [dt, ...p, asha]];
  }],
  ['modified barium swallow accession', (d) => {
    const dt = d.date(); const h = d.hospital(); const acc = d.accession(); const s = d.sur();
    return [`MBSS ${dt} at ${h} radiology (accession ${acc}), read with Dr. ${s}: silent aspiration of thin liquids, PAS 8; chin tuck ineffective.`, [dt, h, acc, s]];
  }],
  ['FEES scope serial', (d) => {
    const sn = d.serial(); const md = d.slashMd();
    return [`FEES ${md} with Pentax FNL-10RP3 scope, serial ${sn}; moderate vallecular residue after puree, cleared with effortful swallow.`, [md, sn]];
  }],
  ['orientation stated date', (d) => {
    const h = d.irf(); const md = d.monDay(); const w = d.weekday();
    return [`Orientation: stated he is at "${h}" (correct); stated the date as ${md} and the day as ${w} (both incorrect). MoCA 17/30.`, [h, md, w]];
  }],
  ['aphasia recites address and phone', (d) => {
    const st = d.street(); const [ph, p] = d.phone(); const g = d.given();
    return [`Automatic speech: recited home address "${st}" with 1 phonemic paraphasia and phone number ${ph} with cues; named ${d.relation()} ${g} in a family photo.`, [st, p, g]];
  }],
  ['speech-generating device funding', (d) => {
    const sn = d.serial(); const mid = d.medicaidId(); const dt = d.mdy();
    return [`Tobii Dynavox I-13 with TD Snap, serial ${sn}, funded through Medicaid ID ${mid}; delivered ${dt}. Core vocabulary page set programmed.`, [sn, mid, dt]];
  }],
  ['pediatric IEP meeting school teacher', (d) => {
    const sch = d.school(); const g = d.given(); const s = d.sur(); const md = d.monDay();
    return [`IEP meeting at ${sch} scheduled ${md}; classroom teacher ${g} ${s} reports decreased intelligibility with unfamiliar peers.`, [sch, md, g, s]];
  }],
  ['early intervention id and coordinator', (d) => {
    const ei = `${d.pick(['EI', 'BTT', ''])}${d.digitString(d.int(6, 8))}`; const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Birth to Three referral, child ID ${ei}; service coordinator ${g} ${s}, ${ph}. Home visits for OT and SLP weekly.`, [ei, g, s, p]];
  }],
  // inpatient rehab and team conference
  ['IRF admission from acute hospital', (d) => {
    const irf = d.irf(); const h = d.hospital(); const dt = d.date();
    return [`Admitted to ${irf} from ${h} on ${dt} following L MCA ischemic stroke with R hemiparesis and expressive aphasia. Admission FIM motor 38/91, cognitive 19/35.`, [irf, h, dt]];
  }],
  ['team conference attendees', (d) => {
    const md = d.monDay(); const s = d.sur(); const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur();
    return [`TEAM CONFERENCE ${md}\nPresent: Dr. ${s} (PM&R); ${g1} ${s1}, PT; ${g2} ${s2}, OTR/L; ${g3} ${s3}, CCC-SLP; case manager; charge RN.`, [md, s, g1, s1, g2, s2, g3, s3]];
  }],
  ['estimated discharge to spouse', (d) => {
    const md = d.slashMd(); const rel = d.pick(['wife', 'husband', 'daughter', 'son']); const g = d.given();
    return [`ELOS 14 days; anticipated discharge ${md} to home with ${rel} ${g}, who can provide 24-hour supervision. Family training scheduled.`, [md, g]];
  }],
  ['weekend pass weekday', (d) => {
    const w = d.weekday(); const rel = d.relation(); const g = d.given(); const t = d.town();
    return [`Therapeutic day pass ${w} with ${rel} ${g} to the home in ${t}; car transfer and 4 steps practiced with CGA before leaving.`, [w, g, t]];
  }],
  ['case manager contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext();
    return [`Rehab case manager: ${g} ${s}, RN, CCM. Phone ${ph}, ext. ${e}. Insurance approved 7 more days.`, [g, s, p, e]];
  }],
  ['FIM table header with patient', (d) => {
    const s = d.sur(); const g = d.given(); const dt = d.mdy(); const acct = d.account();
    return [`FUNCTIONAL INDEPENDENCE MEASURE - ${s}, ${g}   Acct ${acct}   Assessed ${dt}\nEating 6  Grooming 5  Bathing 3  Toileting 4  Bed/chair transfer 4  Locomotion (W) 4  Stairs 1`, [s, g, acct, dt]];
  }],
  ['IRF age over 89', (d) => {
    const n = d.ageOver89();
    return [`Pt is a ${n}-year-old ${d.pick(['retired farmer', 'retired teacher', 'widow', 'veteran'])} admitted for debility after pneumonia; goal is supervision level for household ambulation.`, [n]];
  }],
  // discharge
  ['discharge to home health agency', (d) => {
    const dt = d.date(); const a = d.agency(); const md = d.slashMd(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`Discharged home ${dt}. Home health PT/OT/SLP referred to ${a}, phone ${ph}, fax ${fx}; SOC expected ${md}.`, [dt, a, p, pf, md]];
  }],
  ['discharge to SNF in town', (d) => {
    const [f, fp] = d.snf(); const t = d.town(); const w = d.weekday();
    return [`Discharged ${w} to ${f} in ${t} for continued skilled therapy; unable to manage stairs and family works full time.`, [w, fp, t]];
  }],
  ['follow-up with PCP after discharge', (d) => {
    const s = d.sur(); const c = `${d.town()} Family Medicine`; const [m, dd] = d.md(); const when = `${d.weekday()}, ${MONTHS[m - 1]!} ${dd}`;
    return [`Follow up with PCP Dr. ${s} at ${c} on ${when} at 10:15 AM; outpatient PT to begin the following week.`, [s, c, when]];
  }],
  ['outpatient therapy start at clinic', (d) => {
    const c = d.clinic(); const st = d.street(); const md = d.monDay();
    return [`Outpatient therapy arranged at ${c}, ${st}, starting ${md}; bring walker and gait belt.`, [c, st, md]];
  }],
  ['aquatic therapy at YMCA', (d) => {
    const y = `${d.town()} Family YMCA`; const g = d.given();
    return [`Aquatic therapy continues at the ${y} pool 2x/week; lifeguard ${g} notified of fall risk and pool lift use.`, [y, g]];
  }],
  // correspondence, signatures, billing, telehealth
  ['fax cover sheet', (d) => {
    const g = d.given(); const s = d.sur(); const [fx, pf] = d.phone(); const [th, p] = d.therapist(OT_CREDS); const [ph, pp] = d.phone();
    return [`FAX\nTo: ${g} ${s}   Fax: ${fx}\nFrom: ${th}   Phone: ${ph}\nPages: 4   RE: plan of care for signature`, [g, s, pf, ...p, pp]];
  }],
  ['clinic letterhead', (d) => {
    const c = d.clinic(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${c}\n${st} | ${t}, ${d.state()} ${z}\nTel ${ph} | Fax ${fx}`, [c, st, t, z, p, pf]];
  }],
  ['electronic signature line', (d) => {
    const [th, p] = d.therapist([...PT_CREDS, ...OT_CREDS, ...SLP_CREDS]); const dt = d.date(); const tm = d.time();
    return [`Electronically signed by ${th} on ${dt} at ${tm}.`, [...p, dt]];
  }],
  ['billing account and visit', (d) => {
    const acct = d.account(); const dt = d.mdy();
    return [`Account ${acct}   DOS ${dt}   97161 x1, 97110 x2, G0283 x1   Copay $40 collected.`, [acct, dt]];
  }],
  ['telehealth connection log', (d) => {
    const ip = d.ip(); const dt = d.date(); const [th, p] = d.therapist(SLP_CREDS);
    return [`Telehealth speech session ${dt}: patient joined from IP ${ip} on a home tablet; clinician ${th} verified identity and location at start of visit.`, [dt, ip, ...p]];
  }],
  ['home safety visit with relative', (d) => {
    const dt = d.date(); const rel = d.relation(); const g = d.given(); const t = d.town();
    return [`OT home safety visit ${dt} with pt and ${rel} ${g} at the home in ${t}: removed throw rugs, recommended tub transfer bench and raised toilet seat.`, [dt, g, t]];
  }],
  ['lymphedema garments vendor and therapist', (d) => {
    const g = d.given(); const s = d.sur(); const v = d.vendor(); const o = d.orderNo();
    return [`Lymphedema: CDT phase 1 complete; ${g} ${s}, OTR/L, CLT measured for Jobst flat-knit sleeve, ordered from ${v} (order ${o}).`, [g, s, v, o]];
  }],
  ['lower case quick note initials', (d) => {
    const i = d.initials().toLowerCase(); const w = d.weekday().toLowerCase(); const g = d.given().toLowerCase();
    return [`pt amb 150 ft w/ rw sba, 12 steps w/ rail cga. ${g} (dtr) here for training ${w}. - ${i}`, [g, w, i]];
  }],
];

/** The names of the wave's frames. */
export const rehabFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function rehabWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10333, rounds);
}

/** Look-alikes in therapy and rehabilitation style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and named tests
  ['Berg Balance Scale 41/56, moderate fall risk.', 'Berg'], ['Romberg negative; sharpened Romberg positive at 8 seconds.', 'Romberg'], ['Thomas test positive on the R (hip flexor tightness).', 'Thomas'],
  ['Trendelenburg sign positive on L single-leg stance.', 'Trendelenburg'], ['Babinski downgoing bilaterally.', 'Babinski'], ["Hoffmann's sign absent.", "Hoffmann's"], ['Ober test positive R.', 'Ober'],
  ['Lachman 1+ with firm end point.', 'Lachman'], ['McMurray negative medially.', 'McMurray'], ['Phalen positive at 30 seconds, Tinel positive at the carpal tunnel.', 'Tinel'], ['Finkelstein positive R.', 'Finkelstein'],
  ['Spurling negative bilaterally.', 'Spurling'], ['Hawkins-Kennedy and Neer impingement tests positive.', 'Hawkins-Kennedy'], ['R Dix-Hallpike positive; Epley maneuver performed x2.', 'Epley'],
  ['Brandt-Daroff exercises added to HEP.', 'Brandt-Daroff'], ['Modified Ashworth 1+ in the elbow flexors.', 'Ashworth'], ['Brunnstrom stage 3 in the RUE.', 'Brunnstrom'], ['Rancho Los Amigos level VI.', 'Rancho Los Amigos'],
  ['Fugl-Meyer UE 34/66.', 'Fugl-Meyer'], ['Jebsen-Taylor hand function test: writing 48 s.', 'Jebsen-Taylor'], ['Purdue Pegboard R 11, L 9.', 'Purdue'], ['Jamar grip R 42 lb, L 18 lb.', 'Jamar'],
  ['Mendelsohn maneuver taught with sEMG biofeedback.', 'Mendelsohn'], ['Shaker exercise 3 x 60 s holds.', 'Shaker'], ['Masako maneuver 10 reps.', 'Masako'], ['Trialed Passy-Muir valve for 20 minutes.', 'Passy-Muir'],
  ['Frazier free water protocol in place.', 'Frazier'], ['Passed the Yale swallow protocol.', 'Yale'], ['Boston Naming Test 38/60.', 'Boston Naming Test'], ['Western Aphasia Battery AQ 62.4', 'Western Aphasia Battery'],
  ['Allen Cognitive Level 4.4', 'Allen'], ['McKenzie press-ups 10 reps every 2 hours.', 'McKenzie'], ['Otago exercise program level B.', 'Otago'], ['Cawthorne-Cooksey exercises for gaze stability.', 'Cawthorne-Cooksey'],
  ['Buerger-Allen exercises for circulation.', 'Buerger-Allen'], ['Frenkel exercises for ataxia.', 'Frenkel'], ['LSVT BIG and LOUD programs recommended.', 'LSVT'], ['Duran protocol week 2.', 'Duran'],
  // scores and measures
  ['FIM motor 52/91, cognitive 28/35', '52/91'], ['TUG 14.2 seconds with single-point cane', '14.2 seconds'], ['Tinetti 19/28', '19/28'], ['Dynamic Gait Index 16/24', '16/24'], ['FGA 18/30', '18/30'],
  ['6MWT 240 m with 2 standing rests', '240 m'], ['10MWT gait speed 0.62 m/s', '0.62 m/s'], ['MMT hip abduction 4-/5 R, 5/5 L', '4-/5'], ['Knee AROM 5-112 degrees', '5-112 degrees'],
  ['Pain 3/10 at rest, 6/10 with stairs', '3/10'], ['MoCA 22/30', '22/30'], ['SLUMS 19/30', '19/30'], ['PAS 7 with thin liquids', 'PAS 7'], ['IDDSI level 4 pureed', 'IDDSI level 4'], ['FOIS level 5', 'FOIS level 5'],
  ['Oswestry 42% disability', '42%'], ['LEFS 38/80', '38/80'], ['QuickDASH 47.7', '47.7'], ['GG0170I walk 10 feet: 03 partial/moderate assistance', 'GG0170I'], ['ABC scale 54%', '54%'],
  ['SpO2 92% on RA after 3 min, HR 104, RPE 13/20', '13/20'], ['Vitals: BP 138/76 pre, 152/80 post', '138/76'], ['5x sit to stand 18.3 s', '18.3 s'], ['Grip 22 lb', '22 lb'],
  // device, exercise and product brands
  ['Theraband red for hip abduction', 'Theraband'], ['green Thera-putty for grip', 'Thera-putty'], ['Hoyer lift for all transfers', 'Hoyer'], ['Rifton gait trainer in the classroom', 'Rifton'],
  ['Sara Stedy for sit to stand', 'Sara Stedy'], ['NuStep level 4 x 10 min', 'NuStep'], ['LiteGait with 30% BWS', 'LiteGait'], ['Roho high-profile cushion', 'Roho'], ['Jay J3 back', 'Jay J3'],
  ['Quickie Nitro ultralight chair', 'Quickie'], ['Dycem under the plate', 'Dycem'], ['Kinesio tape to the R patella', 'Kinesio'], ['Graston technique to the IT band', 'Graston'], ['VitalStim NMES 30 min', 'VitalStim'],
  ['Saebo MAS for the R arm', 'Saebo'], ['Dynasplint for elbow extension', 'Dynasplint'], ['Tubigrip size D', 'Tubigrip'], ['Miami J collar at all times', 'Miami J'], ['Aspen LSO when up', 'Aspen'],
  ['Bledsoe brace locked 0-90', 'Bledsoe'], ['Aircast walking boot', 'Aircast'], ['Permobil M3 Corpus with power tilt', 'Permobil'], ['Bioness L300 Go', 'L300 Go'], ['Tobii Dynavox I-13', 'I-13'],
  // exercise names
  ['Clamshells 2 x 15 with band', 'Clamshells'], ['Bird dog 10 each side', 'Bird dog'], ['Wall slides 3 x 10', 'Wall slides'], ['SLR 3 x 10, TKE with band', 'TKE'], ['Tandem stance 30 s x 3', 'Tandem stance'],
  ['Codman pendulums 1 min each direction', 'Codman'], ['Chin tucks 10 x 5 s holds', 'Chin tucks'], ['Superman holds on the mat', 'Superman'], ['PNF D2 flexion pattern', 'D2 flexion'],
  // codes and units
  ['97110 x 2 units', '97110'], ['97530 therapeutic activities 23 min', '97530'], ['92526 treatment of swallowing dysfunction', '92526'], ['97165 OT eval low complexity', '97165'],
  ['GP modifier', 'GP'], ['KX modifier applied', 'KX'], ['HCPCS K0823 group 2 power chair', 'K0823'], ['E0143 walker', 'E0143'], ['ICD-10 R26.81 unsteadiness on feet', 'R26.81'], ['I69.351 hemiplegia following stroke', 'I69.351'],
  ['8-minute rule applied', '8-minute'], ['Therapy threshold $2,410 reached', '$2,410'], ['Visit 6 of 12', 'Visit 6 of 12'], ['Frequency 2x/week x 6 weeks', '2x/week'], ['Seen M/W/F in the gym', 'M/W/F'],
  ['Treats on Tuesdays and Thursdays', 'Tuesdays and Thursdays'], ['POD 14 today', 'POD 14'], ['Week 3 of the protocol', 'Week 3'],
  // generic places
  ['Pt seen in the gym.', 'the gym'], ['Session held in therapy room 3.', 'therapy room 3'], ['Meal prep in the ADL kitchen.', 'ADL kitchen'], ['Ambulated in the parallel bars.', 'parallel bars'],
  ['Supine exercises on the mat table.', 'mat table'], ['Returned to the rehab unit.', 'rehab unit'], ['Car transfer practiced on the car simulator.', 'car simulator'], ['Stairs: 12 steps with a rail.', '12 steps'],
  // roles, relations, chains, payers, ages, years, states
  ['Discussed with the treating therapist.', 'treating therapist'], ['PTA notified.', 'PTA'], ['Case manager aware.', 'Case manager'], ['Daughter present for training.', 'Daughter'],
  ['Referred to Numotion for the power chair.', 'Numotion'], ['Prosthesis from Hanger Clinic.', 'Hanger Clinic'], ['Workers comp carrier is Liberty Mutual.', 'Liberty Mutual'], ['Medicare Part B', 'Medicare'],
  ['The patient is an 84-year-old man.', '84'], ['History of R TKA in 2016.', '2016'], ['Moved here from Minnesota.', 'Minnesota'],
  // everyday words that are also names or towns
  ['Uses a front-wheeled walker.', 'walker'], ['Reading comprehension 80% at the paragraph level.', 'Reading'], ['Normal gait pattern on level surfaces.', 'Normal'], ['Independence with ADLs is the goal.', 'Independence'],
  ['Pt has hope of returning to work.', 'hope'], ['Will progress to a cane.', 'Will'], ['Bill for 3 units.', 'Bill'], ['Radiographs show bony union.', 'union'], ['Sense of liberty once driving again.', 'liberty'],
  ['Strong hip extension on the L.', 'Strong'], ['Dominant hand: right.', 'hand'], ['Tub bath with bench.', 'bath'], ['Pt is steady on her feet.', 'steady'], ['Step length short on the R.', 'short'],
];

export const rehabKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedRehabKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(rehabKeepCases(), find);

export function scoreRehabWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => rehabWaveCases(seed)), find);
}
