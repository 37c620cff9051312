// A blind wave of neurosurgery service and spine clinic records: operative notes (craniotomies in Mayfield pins with
// navigation, decompressive laminectomies with dural tears, instrumented fusions, VP shunts, bedside EVDs, the OR case
// and account line, time-outs with the circulating nurse, the scrub and the signer's initials, neuromonitoring by a
// local IONM company, the device rep and his cell, frozen sections with the pathology accession, the family called
// after the case), neuro checks flowsheets (rows with the nurse's initials, escalations, hourly tables, handoffs),
// ICP and EVD drain logs (drain rows, clamp trials, ICP monitors with transducer serials and lots, CSF samples with
// accessions, bedside monitor data exported to a workstation's IP), implant logs (pedicle screw, rod and set screw
// lots, interbody cages with serials and UDI strings, shunt valve implant records with serial, lot and initial
// setting, programmable valve reprogramming after an MRI, implant cards mailed home, allograft tissue and donor ids,
// recalls, bone growth stimulators, explants returned with a return authorization), consent forms (the patient's own,
// by surrogate by phone with a second physician, blood refusal, through an interpreter), pre-op clearance letters
// (the practice's letterhead with address, phone and fax, the body with the referring surgeon and the date of
// surgery, anticoagulation holds, signature blocks with NPI, fax covers), post-op clinic visits (headers, the very old
// after burr holes, plans with the next visit, staple removal, phone messages, portal messages, the practice's web
// page), imaging requests (MRI orders with order and accession numbers, outside images pushed to a PACS node's IP,
// shunt series, prior authorizations, CT myelograms), tumor board entries (case numbers, the patient's initials,
// pathology accessions, attendees, trial referrals), wound checks (flowsheets, home health calls, photo uploads,
// cultures), disability and return-to-work forms (FMLA, short-term disability with policy and SSN, return-to-work
// notes with the supervisor, workers' compensation with the adjuster, disabled parking placards with the plate, SSA
// records requests), family meeting notes (attendees, health care agents, POLST, an elder parent at a nursing
// facility) and transfer calls from outside hospitals (the transfer center log, the accepting surgeon, the aircraft's
// tail number, image-sharing links with access codes, declined transfers), with new-patient intake, insurance appeals,
// surgeon signatures with licence, DEA and NPI, discharges to rehab, school letters for shunted children and EMS
// scene addresses; in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24',
// '3-4-24', '4 March 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '03.04.2024', 'Mar 4',
// '3/4', 'Tuesday', 'the 4th', 'March 2024', '3/2024', holidays such as 'Christmas Eve' and 'Labor Day'); a UDI
// carries its expiry as YYMMDD. Given names and surnames of staff and families are often everyday words (Hope, Rocky,
// Will, Faith, Dawn, June; Stone, Hill, Fisher, Ward, Head, Root, Temple, Bolt, Cage, Crown, Hand, Bone, Willis,
// Wilson, Jackson, Gardner, Payne), several of them the eponyms and hardware of the specialty; towns are often
// everyday words (Liberty, Union, Hope, Commerce, Temple, Normal, Paradise, Welcome, Enterprise, Mobile). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreNeurosurgeryWave`.
// Decisions: every word of a person's name is planted as its own part (patients, relatives, surgeons, residents,
// PAs, nurses, scrub techs, reps, adjusters, supervisors, chaplains); a middle initial, a title ('Dr.') and a
// credential ('MD', 'PA-C', 'RN', 'CST', 'CNIM', 'FAANS') are not planted; a signer's initials and a patient's
// initials on the tumor board list are planted; a relation without a name ('wife', 'daughter'), a role without a name
// ('the on-call resident', 'the device rep', 'the neurointensivist') and an age of 89 or under are kept; a national
// device maker or brand ('Medtronic', 'Stryker', 'Globus Medical', 'Codman', 'Integra', 'Brainlab'), a valve model and
// its setting ('Strata II', 'performance level 1.5', 'setting 4', '10 cm H2O'), a national insurer or disability
// carrier ('Aetna', 'Unum', 'The Hartford'), a national tissue bank ('MTF Biologics') and a national body ('AANS',
// 'FDA', 'SSA', 'CMS') are kept; a hospital, an outside hospital, a surgery center, a neurosurgery or spine practice,
// a primary care or cardiology practice, an imaging center, a rehab hospital or nursing facility, a home health
// agency, a neuromonitoring company, a medical supply company, an employer and a school are planted whole with their
// kind words; a town is planted, a state is kept; a street address is planted from its number to its street type
// with its apartment when written after it; a ZIP is planted; a weekday naming one day is planted; 'the 4th' is
// planted as '4th'; a month with a year is planted; a holiday that fixes a day is planted; times, POD counts,
// durations and years alone are kept; implant serial and lot numbers, UDI strings (whole), allograft tissue and donor
// ids, return authorizations, MRNs, accounts, OR case numbers, CSNs, order, imaging and pathology accession numbers,
// tumor board case numbers, transfer center references, image-share access codes, prior authorization, claim,
// policy, member and group numbers, workers' compensation claims, SSNs, NPIs, DEA and licence numbers, parking placard
// and vehicle plate numbers and an aircraft's tail number are planted; spinal levels, CPT, HCPCS and ICD-10 codes,
// scales, scores and grades, doses and lab values are kept; a phone's leading '(' need not be covered, an extension is
// planted on its own; e-mails, URLs and IP addresses are planted whole; ages over 89 are planted as their number.
// Kept (look-alikes): eponyms of signs, malformations, grades, approaches, instruments and hardware (Hoffmann, Chiari,
// Hunt and Hess, Modified Fisher, Kocher's point, circle of Willis, Gardner-Wells, Jackson table, Wilson frame,
// Mayfield, Penfield, Kerrison, Smith-Robinson, Ommaya, Hakim), scales and scores, drugs and hemostatic products,
// device brands and models, procedures, spinal levels and codes, national bodies, forms and standards, generic places
// and roles, relations without names, ages of 89 and under, years alone, counts and durations, and everyday words
// that are also names or towns (root, head, temple, cage, bolt, hope, will, union, normal, mobile).
// Measured before rules: 0.956 recall on seeds 5, 11, 23 (6187/6470), 0.953 on fresh seeds 41, 42, 43 (6165/6472); 11/162
// look-alikes touched ("circle of Willis", "Foramen of Monro", "Jackson table", "Wilson frame", "Licox", "Hakim", "7/10",
// "DePuy Synthes", "Certas Plus", "CD Horizon Solera", "outside hospital") (engine at 74c774c).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as itl } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, ie, de, itl, pl, ind, ng, vi];

/** Given names that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Star', 'Ginger', 'Honey', 'Major', 'Penny', 'Rusty', 'Amber', 'Ivy', 'Iris', 'Robin', 'June', 'April', 'Pierce', 'Lance', 'Sterling', 'Royal', 'Gene', 'Sandy', 'Rose', 'Destiny', 'Trinity'];
/** Surnames that are everyday words, several of them the specialty's eponyms, anatomy and hardware. */
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Street', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Sweet', 'Noble', 'Ward', 'Head', 'Root', 'Temple', 'Bolt', 'Cage', 'Crown', 'Hand', 'Bell', 'Payne', 'Hardy', 'Moody', 'Marsh', 'Field', 'Bone', 'Willis', 'Wilson', 'Jackson', 'Cushing', 'Swallow', 'Lamb', 'Nunn'];

/** Towns that are everyday words, and real towns with a regional neurosurgery referral base. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Harmony', 'Normal', 'Paradise', 'Eden', 'Surprise', 'Welcome', 'Friendship', 'Fairview', 'Midway', 'Reading', 'Orange', 'Golden', 'Sandy', 'Unity', 'Temple', 'Hazard', 'Marshall', 'Tyler', 'Paris', 'Florence', 'Athens', 'Lebanon', 'Canton', 'Troy', 'Mobile', 'Bountiful', 'Enterprise', 'Victoria', 'Carthage'];
const REAL_TOWNS = ['Danville', 'Lufkin', 'Tupelo', 'Kingsport', 'Johnson City', 'Paducah', 'Bowling Green', 'Dothan', 'Hattiesburg', 'Meridian', 'Lake Charles', 'Texarkana', 'Abilene', 'Wichita Falls', 'San Angelo', 'Joplin', 'Cape Girardeau', 'Rapid City', 'Bismarck', 'Billings', 'Missoula', 'Casper', 'Grand Junction', 'Pueblo', 'Yakima', 'Wenatchee', 'Eau Claire', 'La Crosse', 'Dubuque', 'Mankato', 'Altoona', 'Johnstown', 'Wilkes-Barre', 'Bangor', 'Rutland', 'Keene', 'Elmira', 'Lynchburg', 'Roanoke', 'Greenville'];
const STATES = ['TX', 'TN', 'KY', 'MS', 'AL', 'LA', 'MO', 'SD', 'ND', 'MT', 'WY', 'CO', 'WA', 'WI', 'IA', 'MN', 'PA', 'ME', 'VT', 'NH', 'NY', 'VA', 'SC', 'Texas', 'Kentucky', 'Pennsylvania'];
const COUNTY_WORDS = ['Franklin', 'Madison', 'Marion', 'Washington', 'Union', 'Clay', 'Polk', 'Warren', 'Hardin', 'Pike', 'Wayne', 'Lincoln', 'Jefferson', 'Grant', 'Boone'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Hickory', 'Dogwood', 'Magnolia', 'Ridge', 'Spring', 'Oak Hollow'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pike', 'Hwy', 'Trail', 'Cir'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Dominic', 'Bernard'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Regional Hospital'];
const AGENCY_WORDS = ['Summit', 'Keystone', 'Compass', 'Lighthouse', 'Cornerstone', 'Harbor', 'Pinnacle', 'Northstar', 'Heartland', 'Bluegrass', 'Prairie', 'Magnolia', 'Lone Star', 'Evergreen', 'Blue Ridge'];

/** National device makers (kept). */
const VENDORS = ['Medtronic', 'Stryker', 'Globus Medical', 'NuVasive', 'DePuy Synthes', 'Zimmer Biomet', 'Orthofix', 'Alphatec', 'SeaSpine', 'Aesculap'];
/** Shunt valves (kept) and a setting each is written with (kept). */
const VALVES: readonly (readonly [string, readonly string[]])[] = [
  ['Medtronic Strata II', ['performance level 0.5', 'performance level 1.0', 'performance level 1.5', 'performance level 2.0', 'performance level 2.5']],
  ['Strata NSC', ['performance level 1.0', 'performance level 1.5', 'performance level 2.0']],
  ['Codman Certas Plus', ['setting 3', 'setting 4', 'setting 5', 'setting 6']],
  ['Codman Hakim programmable', ['110 mm H2O', '120 mm H2O', '140 mm H2O', '160 mm H2O']],
  ['Aesculap proGAV 2.0', ['5 cm H2O', '8 cm H2O', '10 cm H2O', '12 cm H2O']],
  ['Sophysa Polaris', ['setting 1', 'setting 2', 'setting 3']],
];
/** National disability carriers and health insurers (kept). */
const CARRIERS = ['Unum', 'MetLife', 'Lincoln Financial', 'The Hartford', 'Aflac', 'Prudential', 'Sedgwick', 'Guardian'];
const INSURERS = ['Aetna', 'Cigna', 'UnitedHealthcare', 'Humana', 'Medicare', 'Blue Cross Blue Shield', 'Medicaid'];
/** Procedures (kept). */
const PROCEDURES = ['L4-5 TLIF', 'L4-5 decompressive laminectomy', 'C5-6 ACDF', 'C3-6 laminoplasty', 'right pterional craniotomy for aneurysm clipping', 'left frontal craniotomy for tumor resection', 'right VP shunt placement', 'VP shunt revision', 'bilateral burr holes for chronic SDH', 'T12 kyphoplasty', 'L5-S1 microdiscectomy', 'suboccipital decompression for Chiari I malformation', 'posterior spinal fusion T10-pelvis', 'endoscopic third ventriculostomy', 'awake craniotomy with language mapping', 'L3-S1 posterior fusion'];
const LEVELS = ['L3-4', 'L4-5', 'L2-3', 'L3-5', 'L4-S1', 'L2-4'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Labor Day', 'Memorial Day', 'Halloween', "Valentine's Day", 'Easter Sunday'];
/** Relations a name follows (without a sex, since the names are drawn without one). */
const RELATIONS = ['spouse', 'partner', 'adult child', 'sibling', 'parent', 'grandchild', 'cousin', 'friend', 'neighbor', 'roommate', 'in-law'];

/** A person: given name, a middle initial (not planted) or none, and a surname. */
interface Person {
  readonly given: string;
  readonly mi: string;
  readonly sur: string;
}
const written = (p: Person): string => (p.mi ? `${p.given} ${p.mi} ${p.sur}` : `${p.given} ${p.sur}`);
const listed = (p: Person): string => `${p.sur}, ${p.given}${p.mi ? ` ${p.mi}` : ''}`;
const nameParts = (p: Person): string[] => [p.given, p.sur];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  person(): Person {
    return { given: this.given(), mi: this.r() < 0.3 ? this.mi() : '', sur: this.sur() };
  }
  /** A staff member's name written four ways, with its parts. */
  staff(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  sex(): string {
    return this.pick(['man', 'woman']);
  }
  /** An age of 89 or under (kept). */
  age(lo = 19, hi = 89): number {
    return this.int(lo, hi);
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  vendor(): string {
    return this.pick(VENDORS);
  }
  valve(): readonly [string, string] {
    const [v, settings] = this.pick(VALVES);
    return [v, this.pick(settings)];
  }
  procedure(): string {
    return this.pick(PROCEDURES);
  }
  level(): string {
    return this.pick(LEVELS);
  }
  carrier(): string {
    return this.pick(CARRIERS);
  }
  insurer(): string {
    return this.pick(INSURERS);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  /** A town other than `t`. */
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t && !u.includes(t) && !t.includes(u)) return u;
    }
    return t === 'Tupelo' ? 'Dothan' : 'Tupelo';
  }
  state(): string {
    return this.pick(STATES);
  }
  hospital(): string {
    const k = this.int(0, 5);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Hospital`;
    if (k === 1) return `${this.pick(COUNTY_WORDS)} County Hospital`;
    if (k === 2) return `St. ${this.pick(SAINTS)} Regional Medical Center`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A neurosurgery or spine practice. */
  practice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Neurosurgery & Spine`;
    if (k === 1) return `${this.sur()} Spine Institute`;
    if (k === 2) return `${this.town()} Brain & Spine Center`;
    if (k === 3) return `${this.sur()} Neurosurgical Associates`;
    if (k === 4) return `${this.town()} Orthopedic & Spine Clinic`;
    return `Spine Center of ${this.town()}`;
  }
  /** A primary care practice. */
  pcp(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.town()} Internal Medicine Associates`;
    if (k === 2) return `${this.sur()} Family Practice`;
    return `${this.town()} Primary Care`;
  }
  cardiology(): string {
    return this.r() < 0.5 ? `${this.town()} Heart & Vascular` : `${this.pick(AGENCY_WORDS)} Cardiology Associates`;
  }
  surgeryCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Surgery Center`;
    if (k === 1) return `${this.town()} Spine Surgery Center`;
    return `${this.pick(AGENCY_WORDS)} Surgical Hospital`;
  }
  imaging(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Open MRI`;
    if (k === 1) return `${this.town()} Imaging Center`;
    if (k === 2) return `${this.pick(AGENCY_WORDS)} Diagnostic Imaging`;
    return `${this.town()} Radiology Associates`;
  }
  rehab(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Rehabilitation Hospital`;
    if (k === 1) return `Encompass Health Rehabilitation Hospital of ${this.town()}`;
    if (k === 2) return `${this.pick(AGENCY_WORDS)} Acute Rehab`;
    return `St. ${this.pick(SAINTS)} Rehabilitation Institute`;
  }
  nursingFacility(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Health & Rehab`;
    if (k === 1) return `${this.pick(AGENCY_WORDS)} Senior Living of ${this.town()}`;
    return `${this.town()} Nursing and Rehabilitation Center`;
  }
  homeHealth(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Home Health`;
    if (k === 1) return `${this.pick(AGENCY_WORDS)} Home Care`;
    return `${this.sur()} Visiting Nurses`;
  }
  monitoringCompany(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(AGENCY_WORDS)} Neuromonitoring, LLC`;
    if (k === 1) return `${this.town()} Neurodiagnostics`;
    return `${this.pick(AGENCY_WORDS)} IONM Services`;
  }
  supplier(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.pick(AGENCY_WORDS)} Home Medical Equipment`;
    return `${this.sur()} Orthotics & Prosthetics`;
  }
  employer(): string {
    const k = this.int(0, 6);
    if (k === 0) return `${this.town()} Poultry`;
    if (k === 1) return `${this.sur()} Trucking`;
    if (k === 2) return `${this.town()} Unified School District`;
    if (k === 3) return `${this.sur()} Roofing & Construction`;
    if (k === 4) return `${this.town()} Distribution Center`;
    if (k === 5) return `${this.town()} Public Works Department`;
    return `${this.sur()} & Sons Lumber`;
  }
  school(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(STREET_WORDS)} Elementary School`;
    if (k === 1) return `${this.town()} Middle School`;
    return `${this.town()} High School`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B', 'C'])}`;
    if (a === 1) return `${st} #${this.int(101, 420)}`;
    if (a === 2) return `${st}, Lot ${this.int(1, 80)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}` : `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms notes write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  dob(lo = 1935, hi = 2005): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
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
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  /** '4th', as in 'the 4th'. */
  nth(): string {
    return ordinal(this.int(1, 28));
  }
  /** Two digits of a year, for numbers that carry one. */
  yy(): string {
    return pad2(this.year() % 100);
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 11)) : `${this.pick(['H', 'V', 'A'])}${this.digitString(9)}`;
  }
  csn(): string {
    return this.digitString(10);
  }
  orCase(): string {
    const k = this.int(0, 2);
    if (k === 0) return `OR-${this.yy()}-${this.digitString(5)}`;
    if (k === 1) return this.digitString(7);
    return `${this.letters(2)}${this.yy()}-${this.digitString(4)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(9) : `ORD${this.digitString(7)}`;
  }
  accession(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['CT', 'MR', 'XR', 'RAD'])}${this.yy()}-${this.digitString(6)}`;
    if (k === 1) return this.digitString(8);
    return `A${this.digitString(7)}`;
  }
  labAccession(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(8)}` : `${this.yy()}-${this.digitString(3)}-${this.digitString(4)}`;
  }
  pathAccession(): string {
    return `${this.pick(['S', 'NS', 'SP', 'SN'])}${this.yy()}-${this.int(100, 39999)}`;
  }
  tumorBoardCase(): string {
    return this.r() < 0.5 ? `NTB-${this.yy()}-${this.digitString(3)}` : `${this.digitString(4)}`;
  }
  transferRef(): string {
    return this.r() < 0.5 ? `TC-${this.digitString(6)}` : `${this.yy()}${this.digitString(6)}`;
  }
  accessCode(): string {
    return this.r() < 0.5 ? `${this.letters(4)}-${this.digitString(4)}` : `${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
  }
  authNo(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(9)}` : this.digitString(11);
  }
  claimNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(10);
    if (k === 1) return `CLM-${this.digitString(8)}`;
    return `${this.letters(2)}${this.digitString(8)}`;
  }
  policyNo(): string {
    return this.r() < 0.5 ? `${this.digitString(6)}-${this.digitString(3)}` : `GLT${this.digitString(6)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    return this.digitString(11);
  }
  groupNo(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.digitString(5)}-${pad2(this.int(1, 99))}`;
  }
  wcClaim(): string {
    return this.r() < 0.5 ? `WC${this.yy()}-${this.digitString(6)}` : `${this.digitString(3)}-${this.digitString(5)}-${this.letters(2)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  npi(): string {
    return `${this.pick(['1', '2'])}${this.digitString(9)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  licence(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['G', 'H', 'K', 'M', 'N', 'P'])}${this.digitString(4)}`;
    if (k === 1) return `MD${this.digitString(6)}`;
    return `${this.digitString(2)}-${this.digitString(5)}`;
  }
  placard(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(6)}` : this.digitString(8);
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  /** An aircraft's registration ('N412LF', 'N37123'). */
  tail(): string {
    return this.r() < 0.6 ? `N${this.digitString(this.int(2, 3))}${this.letters(2)}` : `N${this.digitString(5)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(8);
    if (k === 2) return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
    return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(7);
    if (k === 2) return `${this.letters(2)}${this.digitString(4)}${this.letters(1)}`;
    return `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`;
  }
  /** A GS1 UDI string: device identifier, expiry, lot and serial (planted whole). */
  udi(): string {
    const [m, d] = this.md();
    return `(01)00${this.digitString(12)}(17)${pad2(this.int(26, 31))}${pad2(m)}${pad2(d)}(10)${this.lot()}(21)${this.serial()}`;
  }
  tissueId(): string {
    return this.r() < 0.5 ? `${this.digitString(4)}-${this.digitString(4)}-${this.digitString(3)}` : `${this.digitString(9)}${this.letters(1)}`;
  }
  donorId(): string {
    return `${this.letters(1)}${this.digitString(7)}`;
  }
  returnAuth(): string {
    return this.digitString(this.int(6, 8));
  }
  ext(): string {
    return this.digitString(4);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const t = asciiLetters(this.town()) || 'union';
    const dom = this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', `${t}spine.com`, `${t}health.org`, `${t}neurosurgery.com`, 'icloud.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(60, 99)}`]);
    return `${local}@${dom}`;
  }
  /** A department's mailbox. */
  deptEmail(): string {
    const t = asciiLetters(this.town()) || 'union';
    return `${this.pick(['neuro.trials', 'braintumor.research', 'neuroonc.studies', 'nsgy.research'])}@${this.pick([`${t}health.org`, `${t}rmc.org`, `${t}neuro.com`])}`;
  }
  url(): string {
    const t = asciiLetters(this.town()) || 'union';
    return this.pick([
      `https://www.${t}spine.com/patients`, `https://${t}neurosurgery.org/wound-photos`, `https://portal.${t}health.org`, `www.${t}brainandspine.com/forms`,
      `https://share.${t}rmc.org/img/${this.letters(4).toLowerCase()}${this.digitString(4)}`, `http://${t}neuro.com/upload`,
    ]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // operative notes
  ['operative report header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dt = d.date(); const [s1, p1] = d.staff(); const [s2, p2] = d.staff(); const a = d.sur();
    return [`OPERATIVE REPORT\nPatient: ${listed(p)}   MRN: ${mrn}\nDate of surgery: ${dt}\nSurgeon: ${s1}, MD   Assistant: ${s2}, PA-C\nAnesthesia: general endotracheal, Dr. ${a}`, [...nameParts(p), mrn, dt, ...p1, ...p2, a]];
  }],
  ['craniotomy narrative with resident', (d) => {
    const h = d.hospital(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`The patient was brought to OR ${d.int(2, 18)} at ${h} and the head fixed in Mayfield pins. Brainlab navigation registered. A ${d.pick(['right', 'left'])} pterional craniotomy was turned by Dr. ${s} with Dr. ${g2} ${s2} (PGY-${d.int(2, 7)}) assisting.`, [h, s, g2, s2]];
  }],
  ['laminectomy with dural tear', (d) => {
    const dt = d.date(); const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`${d.level()} decompressive laminectomy performed on ${dt}. Severe stenosis with redundant ligamentum flavum. Incidental durotomy repaired primarily by Dr. ${s}; DuraSeal applied. Resident ${g} ${s2} closed in layers.`, [dt, s, g, s2]];
  }],
  ['pedicle screw and rod lots', (d) => {
    const l1 = d.lot(); const l2 = d.lot(); const l3 = d.lot();
    return [`Implants: ${d.vendor()} pedicle screws 6.5 x 45 mm x4 (lot ${l1}) and 6.5 x 50 mm x2 (lot ${l2}); rods 5.5 mm titanium, lot ${l3}. O-arm spin confirmed placement.`, [l1, l2, l3]];
  }],
  ['VP shunt operative note', (d) => {
    const [v, set] = d.valve(); const sn = d.serial(); const lot = d.lot(); const s = d.sur(); const md = d.monDay();
    return [`Right frontal VP shunt placed. Valve: ${v} (S/N ${sn}), set to ${set}; peritoneal catheter lot ${lot}. Spontaneous CSF flow confirmed by Dr. ${s} on ${md}.`, [sn, lot, s, md]];
  }],
  ['bedside EVD procedure note', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const s2 = d.sur(); const lot = d.lot();
    return [`PROCEDURE NOTE - EXTERNAL VENTRICULAR DRAIN\nDate: ${dt}   Time: ${d.time()}\nPerformed by: ${g} ${s}, MD (resident)\nSupervised by: Dr. ${s2}\nSite: right Kocher's point, ${d.int(1, 3)} pass(es), opening pressure ${d.int(18, 40)} cm H2O. Catheter lot ${lot}.`, [dt, g, s, s2, lot]];
  }],
  ['intraoperative neuromonitoring', (d) => {
    const g = d.given(); const s = d.sur(); const co = d.monitoringCompany(); const s2 = d.sur();
    return [`IONM by ${g} ${s}, CNIM (${co}); remote oversight by Dr. ${s2}. Baseline SSEPs and MEPs obtained; no alerts during decompression.`, [g, s, co, s2]];
  }],
  ['device rep and loaner sets', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const c = d.surgeryCenter(); const w = d.weekday();
    return [`${d.vendor()} representative ${g} ${s} (cell ${ph}) present for the case; loaner sets checked in at ${c} on ${w}.`, [g, s, p, c, w]];
  }],
  ['frozen section called to the room', (d) => {
    const pa = d.pathAccession(); const s = d.sur();
    return [`Specimen: "${d.pick(['right frontal mass', 'left temporal mass', 'cerebellar lesion', 'epidural mass T8'])}" to pathology, accession ${pa}. Frozen section called to the room by Dr. ${s} at ${d.time()}: high-grade glioma.`, [pa, s]];
  }],
  ['time-out and counts', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const ini = d.initials();
    return [`Time-out at ${d.time()} led by circulating nurse ${g} ${s}, RN; scrub ${g2} ${s2}, CST. Counts correct x2. Documented by ${ini}.`, [g, s, g2, s2, ini]];
  }],
  ['family called after the case', (d) => {
    const s = d.sur(); const g = d.given(); const [ph, p] = d.phone();
    return [`To neuro ICU intubated. Dr. ${s} spoke with the patient's ${d.relation()} ${g} by phone at ${ph} after the case.`, [s, g, p]];
  }],
  ['OR case and account line', (d) => {
    const c = d.orCase(); const a = d.account(); const dt = d.date();
    return [`Case #${c} | Acct ${a} | DOS ${dt} | Room ${d.int(1, 20)} | ${d.procedure()}`, [c, a, dt]];
  }],
  // neuro checks flowsheets
  ['neuro check flowsheet row', (d) => {
    const dt = d.mdy(); const ini = d.initials();
    return [`${dt} ${d.time()} | GCS ${d.int(13, 15)} (E4V${d.int(4, 5)}M6) | Pupils 3/3 brisk | RUE 5/5 LUE 5/5 | ${ini}`, [dt, ini]];
  }],
  ['neuro check escalation', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const md = d.slashMd();
    return [`At ${d.time()} ${g} ${s}, RN, noted new left pronator drift and GCS drop from 15 to 13; Dr. ${s2} notified and STAT CT head ordered ${md}.`, [g, s, s2, md]];
  }],
  ['hourly neuro checks table', (d) => {
    const dt = d.date(); const i1 = d.initials(); const i2 = d.initials();
    return [`NEURO CHECKS q1h - ${dt}\n0800  GCS 15  PERRL  MAE  ${i1}\n0900  GCS 14  PERRL  weak L grip  ${i2}`, [dt, i1, i2]];
  }],
  ['neuro handoff', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`Handoff ${w} night: NIHSS ${d.int(0, 4)}, pupils equal, EVD at 10. Report given by ${g} ${s}, RN to ${g2} ${s2}, RN.`, [w, g, s, g2, s2]];
  }],
  // ICP and EVD drain logs
  ['EVD drain log row', (d) => {
    const md = d.slashMd(); const ini = d.initials();
    return [`${md} ${d.time()} | EVD level 10 cm H2O | ICP ${d.int(4, 24)} | output ${d.int(2, 20)} mL | CSF clear yellow | ${ini}`, [md, ini]];
  }],
  ['EVD clamp trial', (d) => {
    const w = d.weekday(); const n = d.nth(); const s = d.sur();
    return [`EVD clamped ${w} at 0800 and tolerated 24 h; CT head on the ${n} showed stable ventricles; drain removed by Dr. ${s}, stitch placed.`, [w, n, s]];
  }],
  ['ICP monitor serial and lot', (d) => {
    const sn = d.serial(); const lot = d.lot(); const mrn = d.mrn();
    return [`Camino ICP monitor (Integra) placed right frontal; transducer S/N ${sn}, lot ${lot}. Zeroed before insertion. MRN ${mrn}.`, [sn, lot, mrn]];
  }],
  ['CSF sample with accession', (d) => {
    const dt = d.date(); const acc = d.labAccession(); const ini = d.initials();
    return [`CSF from EVD sent ${dt} for cell count, glucose, protein and culture - accession ${acc}. Collected by ${ini}.`, [dt, acc, ini]];
  }],
  ['ICP data export to workstation IP', (d) => {
    const ip = d.ip(); const g = d.given(); const s = d.sur(); const x = d.ext();
    return [`Bedside monitor data exported to the ICM+ workstation at ${ip} (bed ${d.int(1, 24)}). Questions to ${g} ${s}, ext. ${x}.`, [ip, g, s, x]];
  }],
  // implant logs
  ['implant log table', (d) => {
    const l1 = d.lot(); const l2 = d.lot(); const sn = d.serial(); const l3 = d.lot();
    return [`IMPLANT LOG\nItem                          Lot          Serial\nPedicle screw 6.5 x 45 mm    ${l1}      -\nInterbody cage 10 mm 8 deg   ${l2}      ${sn}\nSet screw                     ${l3}      -`, [l1, l2, sn, l3]];
  }],
  ['cage UDI recorded', (d) => {
    const u = d.udi(); const g = d.given(); const s = d.sur();
    return [`${d.vendor()} interbody cage implanted, UDI ${u}. Scanned by ${g} ${s}, RN.`, [u, g, s]];
  }],
  ['shunt valve implant record', (d) => {
    const p = d.person(); const dob = d.dob(1940, 2022); const [v, set] = d.valve(); const sn = d.serial(); const lot = d.lot(); const dt = d.date();
    return [`SHUNT VALVE IMPLANT RECORD\nPatient: ${listed(p)}   DOB ${dob}\nValve: ${v}   Serial: ${sn}   Lot: ${lot}\nInitial setting: ${set}\nImplant date: ${dt}`, [...nameParts(p), dob, sn, lot, dt]];
  }],
  ['programmable valve reprogrammed', (d) => {
    const [v, set] = d.valve(); const md = d.monDay(); const sn = d.serial();
    return [`${v} valve confirmed and reset to ${set} after MRI on ${md}; x-ray confirmed. Serial ${sn} matches the implant card.`, [md, sn]];
  }],
  ['implant card mailed home', (d) => {
    const [v] = d.valve(); const sn = d.serial(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Implant card for ${v} valve (S/N ${sn}) mailed to ${st}, ${t}, ${d.state()} ${z}.`, [sn, st, t, z]];
  }],
  ['allograft tissue record', (d) => {
    const tid = d.tissueId(); const dn = d.donorId(); const lot = d.lot();
    return [`Allograft: cancellous chips 30 cc, MTF Biologics, tissue ID ${tid}, donor ${dn}, lot ${lot}. Rehydrated per IFU.`, [tid, dn, lot]];
  }],
  ['implant recall call', (d) => {
    const lot = d.lot(); const my = d.monthYear(); const [ph, p] = d.phone(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`FDA class II recall, ${d.vendor()} screw lot ${lot}. Patient implanted ${my}; called at ${ph} on ${md} by ${g} ${s}, RN. No symptoms.`, [lot, my, p, md, g, s]];
  }],
  ['bone growth stimulator order', (d) => {
    const sup = d.supplier(); const sn = d.serial(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Bone growth stimulator (HCPCS E0748) ordered through ${sup}; device serial ${sn}, fitted by ${g} ${s} on ${dt}.`, [sup, sn, g, s, dt]];
  }],
  ['explant returned to manufacturer', (d) => {
    const sn = d.serial(); const ra = d.returnAuth(); const dt = d.date();
    return [`Explanted valve (S/N ${sn}) cleaned and returned to manufacturer under return authorization ${ra} on ${dt}.`, [sn, ra, dt]];
  }],
  // consent forms
  ['surgical consent form', (d) => {
    const p = d.person(); const s = d.sur(); const dt = d.mdy(); const g = d.given(); const s2 = d.sur();
    return [`CONSENT FOR SURGERY\nI, ${written(p)}, consent to ${d.procedure()} by Dr. ${s} and assistants.\nRisks discussed: infection, CSF leak, paralysis, stroke, death.\nPatient signature: ________   Date: ${dt}   Time: ${d.time()}\nWitness: ${g} ${s2}, RN`, [...nameParts(p), s, dt, g, s2]];
  }],
  ['emergent consent by surrogate', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const wg = d.given(); const ws = d.sur(); const s3 = d.sur();
    return [`Emergent craniotomy; patient unable to consent (GCS 7). Consent by phone from ${d.relation()} ${g} ${s} (${ph}), witnessed by ${wg} ${ws}, RN. Second physician: Dr. ${s3}.`, [g, s, p, wg, ws, s3]];
  }],
  ['blood refusal', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Patient is a Jehovah's Witness and declines transfusion; cell saver acceptable. Advance directive on file dated ${dt}. Witness: ${g} ${s}.`, [dt, g, s]];
  }],
  ['consent through interpreter', (d) => {
    const g = d.given(); const id = d.digitString(d.int(5, 6)); const w = d.weekday(); const g2 = d.given();
    return [`Consent obtained in Spanish through interpreter ${g} (ID ${id}) on ${w}; the patient's ${d.relation()} ${g2} was present.`, [g, id, w, g2]];
  }],
  // pre-op clearance letters
  ['clearance letterhead', (d) => {
    const pc = d.pcp(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p1] = d.phone(); const [fx, p2] = d.phone(); const dt = d.date();
    return [`${pc}\n${st}\n${t}, ${d.state()} ${z}\nPhone ${ph}   Fax ${fx}\n\n${dt}`, [pc, st, t, z, p1, p2, dt]];
  }],
  ['clearance letter body', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const dob = d.dob(); const w = d.weekday(); const md = d.monDay(); const h = d.hospital();
    return [`Dear Dr. ${s},\nThank you for referring ${g} ${s2} (DOB ${dob}) for preoperative evaluation before ${d.procedure()} scheduled for ${w}, ${md} at ${h}. RCRI 1; METs > 4. Acceptable risk.`, [s, g, s2, dob, w, md, h]];
  }],
  ['anticoagulation hold', (d) => {
    const n = d.nth(); const w = d.weekday(); const s = d.sur();
    return [`Hold Eliquis starting the evening of the ${n}; last dose ${w}. Resume 72 h after surgery if cleared by Dr. ${s}. Bridging not needed.`, [n, w, s]];
  }],
  ['clearance signature with NPI', (d) => {
    const g = d.given(); const s = d.sur(); const pc = d.pcp(); const npi = d.npi();
    return [`Sincerely,\n\n${g} ${d.mi()} ${s}, MD\nInternal Medicine\n${pc}\nNPI ${npi}`, [g, s, pc, npi]];
  }],
  ['cardiology clearance fax cover', (d) => {
    const dt = d.date(); const pr = d.practice(); const g = d.given(); const [fx, pf] = d.phone(); const c = d.cardiology(); const p = d.person(); const dob = d.dob();
    return [`FAX - ${dt}\nTo: ${pr} (Attn: surgery scheduler ${g})\nFax: ${fx}\nFrom: ${c}\nRe: ${listed(p)}, DOB ${dob}\nPages: ${d.int(2, 9)}`, [dt, pr, g, pf, c, ...nameParts(p), dob]];
  }],
  // post-op clinic visits
  ['post-op visit header', (d) => {
    const dt = d.date(); const p = d.person(); const mrn = d.mrn(); const dt2 = d.date(); const g = d.given(); const s = d.sur();
    return [`NEUROSURGERY CLINIC - POST-OP VISIT\nVisit: ${dt}\nPatient: ${listed(p)}   MRN ${mrn}\nSurgery: ${d.procedure()} on ${dt2} (POD ${d.int(10, 90)})\nProvider: ${g} ${s}, PA-C`, [dt, ...nameParts(p), mrn, dt2, g, s]];
  }],
  ['very old patient after burr holes', (d) => {
    const a = d.ageOver89(); const h = d.hospital(); const g = d.given(); const t = d.town();
    return [`${a}-year-old ${d.sex()} seen 2 weeks after bilateral burr holes for chronic SDH at ${h}; lives with ${d.relation()} ${g} in ${t}.`, [a, h, g, t]];
  }],
  ['post-op plan and next visit', (d) => {
    const w = d.weekday(); const md = d.monDay(); const s = d.sur();
    return [`Plan: upright x-rays at 6 weeks, walking program, no lifting over 10 lb. Return ${w} ${md} to see Dr. ${s}; sooner for fever or drainage.`, [w, md, s]];
  }],
  ['staple removal', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`Incision clean, dry and intact; ${d.int(14, 30)} staples removed by ${g} ${s}, MA, on ${md}. Steri-Strips applied.`, [g, s, md]];
  }],
  ['phone message about drainage', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const w = d.weekday(); const ini = d.initials();
    return [`PHONE MESSAGE ${dt} ${d.time()}\nCaller: ${g} ${s} (${d.relation()})\nCallback: ${ph}\nRe: clear drainage from the incision since ${w}. Routed to ${ini}.`, [dt, g, s, p, w, ini]];
  }],
  ['portal message', (d) => {
    const g0 = d.given(); const s0 = d.sur(); const em = d.email(g0, s0); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`MyChart message from ${em}: "Is it OK to drive yet? Surgery was ${md}." Reply sent by ${g} ${s}, RN.`, [em, md, g, s]];
  }],
  ['practice contact and web page', (d) => {
    const pr = d.practice(); const [ph, p] = d.phone(); const u = d.url();
    return [`Questions after surgery? Call ${pr} at ${ph} or visit ${u}.`, [pr, p, u]];
  }],
  // imaging requests
  ['MRI order', (d) => {
    const o = d.orderNo(); const acc = d.accession(); const p = d.person(); const dob = d.dob(); const dt = d.date(); const im = d.imaging(); const [fx, pf] = d.phone();
    return [`IMAGING REQUEST\nExam: MRI lumbar spine w/o and w/ contrast\nOrder #: ${o}   Accession: ${acc}\nPatient: ${listed(p)}   DOB: ${dob}\nScheduled: ${dt} at ${im}\nResults fax: ${fx}`, [o, acc, ...nameParts(p), dob, dt, im, pf]];
  }],
  ['outside images pushed to PACS node', (d) => {
    const h = d.hospital(); const ip = d.ip(); const acc = d.accession();
    return [`Please push CT head and CTA from ${h} to our PACS node ${ip}, port 104. Outside accession ${acc}.`, [h, ip, acc]];
  }],
  ['shunt series request', (d) => {
    const my = d.monthYear(); const im = d.imaging(); const g = d.given(); const s = d.sur();
    return [`Shunt series and rapid MRI brain today to confirm valve setting; prior shunt series ${my} at ${im}. Ordered by ${g} ${s}, NP.`, [my, im, g, s]];
  }],
  ['MRI prior authorization', (d) => {
    const a = d.authNo(); const m = d.memberId(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Prior auth for MRI C-spine approved by ${d.insurer()}: auth #${a}, member ID ${m}, valid through ${dt}. Reviewer ${g} ${s}.`, [a, m, dt, g, s]];
  }],
  ['CT myelogram scheduled', (d) => {
    const w = d.weekday(); const n = d.nth(); const h = d.hospital(); const g = d.given(); const s = d.sur();
    return [`CT myelogram booked for ${w} the ${n} at ${h} radiology; hold metformin 48 h after. Driver ${g} ${s} confirmed.`, [w, n, h, g, s]];
  }],
  // tumor board entries
  ['tumor board header', (d) => {
    const dt = d.date(); const c = d.tumorBoardCase(); const ini = d.initials(); const mrn = d.mrn(); const s = d.sur();
    return [`NEURO-ONCOLOGY TUMOR BOARD - ${dt}\nCase ${c}: ${ini}, ${d.age(24, 86)}${d.pick(['F', 'M'])}, MRN ${mrn}\nPresenter: Dr. ${s}`, [dt, c, ini, mrn, s]];
  }],
  ['tumor board pathology and plan', (d) => {
    const pa = d.pathAccession(); const s = d.sur(); const s2 = d.sur();
    return [`Path (${pa}): glioblastoma, IDH-wildtype, MGMT unmethylated; reviewed by neuropathologist Dr. ${s}. Radiation oncologist Dr. ${s2} recommends 60 Gy in 30 fractions with temozolomide.`, [pa, s, s2]];
  }],
  ['tumor board attendees', (d) => {
    const a = [d.given(), d.sur(), d.given(), d.sur(), d.given(), d.sur(), d.given(), d.sur()];
    return [`Attendees: ${a[0]} ${a[1]} (neurosurgery), ${a[2]} ${a[3]} (neuro-oncology), ${a[4]} ${a[5]} (radiation oncology), ${a[6]} ${a[7]} (neuroradiology).`, a];
  }],
  ['tumor board trial referral', (d) => {
    const h = d.hospital(); const g = d.given(); const s = d.sur(); const em = d.deptEmail(); const my = d.monthYear();
    return [`Refer to ${h} for trial screening; research coordinator ${g} ${s}, ${em}. Re-present ${my} after the first MRI.`, [h, g, s, em, my]];
  }],
  // wound checks
  ['wound check flowsheet', (d) => {
    const md = d.slashMd(); const ini = d.initials();
    return [`WOUND CHECK ${md}\nSite: posterior lumbar incision\nEdges approximated, no erythema, scant serous drainage.\nPhoto taken: yes\nNurse: ${ini}`, [md, ini]];
  }],
  ['home health wound call', (d) => {
    const hh = d.homeHealth(); const g = d.given(); const s = d.sur(); const w = d.weekday(); const st = d.streetApt();
    return [`${hh} nurse ${g} ${s} called ${w} from the home at ${st}: 1 cm dehiscence at the inferior incision, no purulence.`, [hh, g, s, w, st]];
  }],
  ['wound photo upload', (d) => {
    const u = d.url(); const md = d.monDay(); const s = d.sur();
    return [`Patient uploaded wound photos via ${u} on ${md}; reviewed by Dr. ${s}, no signs of infection.`, [u, md, s]];
  }],
  ['wound culture', (d) => {
    const dt = d.date(); const acc = d.labAccession(); const [ph, p] = d.phone();
    return [`Wound culture sent ${dt}, accession ${acc}: MSSA. Cephalexin started; patient called at ${ph}.`, [dt, acc, p]];
  }],
  // disability and return-to-work forms
  ['FMLA certification', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.employer(); const a = d.date(); const b = d.date(); const ini = d.initials();
    return [`FMLA CERTIFICATION (Form WH-380-E)\nEmployee: ${g} ${s}\nEmployer: ${e}\nIncapacity: ${a} through ${b}\nCompleted by: ${ini}`, [g, s, e, a, b, ini]];
  }],
  ['short-term disability claim', (d) => {
    const c = d.claimNo(); const pol = d.policyNo(); const ssn = d.ssn(); const md = d.monDay();
    return [`Short-term disability claim ${c} (policy ${pol}), ${d.carrier()}. Claimant SSN ${ssn}. Last day worked ${md}.`, [c, pol, ssn, md]];
  }],
  ['return-to-work note', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.employer(); const dt = d.date(); const g2 = d.given(); const s2 = d.sur(); const [fx, pf] = d.phone();
    return [`RETURN TO WORK\n${g} ${s} may return to work at ${e} on ${dt} with restrictions: no lifting > 10 lb, no bending or twisting, 4-hour shifts.\nSupervisor: ${g2} ${s2}, fax ${fx}`, [g, s, e, dt, g2, s2, pf]];
  }],
  ['workers compensation claim', (d) => {
    const wc = d.wcClaim(); const doi = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const x = d.ext(); const e = d.employer();
    return [`Workers' comp claim ${wc}; date of injury ${doi}. Adjuster ${g} ${s}, ${ph} ext ${x}. Employer: ${e}.`, [wc, doi, g, s, p, x, e]];
  }],
  ['disabled parking placard', (d) => {
    const pl = d.placard(); const plate = d.plate();
    return [`Disabled parking placard application signed; placard #${pl}, vehicle plate ${plate}. Valid 6 months.`, [pl, plate]];
  }],
  ['SSA records request', (d) => {
    const g = d.given(); const s = d.sur(); const ssn = d.ssn(); const dt = d.date();
    return [`Records request from SSA for an SSDI claim: claimant ${g} ${s}, SSN ${ssn}, alleged onset ${dt}. Form SSA-827 on file.`, [g, s, ssn, dt]];
  }],
  // family meeting notes
  ['family meeting attendees', (d) => {
    const dt = d.date(); const g1 = d.given(); const s = d.sur(); const g2 = d.given(); const g3 = d.given(); const s3 = d.sur(); const g4 = d.given(); const s4 = d.sur(); const s5 = d.sur();
    return [`FAMILY MEETING ${dt}\nPresent: ${d.relation()} ${g1} ${s}; ${d.relation()} ${g2}; Chaplain ${g3} ${s3}; SW ${g4} ${s4}; Dr. ${s5} (neurosurgery)`, [dt, g1, s, g2, g3, s3, g4, s4, s5]];
  }],
  ['family meeting narrative', (d) => {
    const t = d.town(); const w = d.weekday(); const g = d.given(); const [ph, p] = d.phone();
    return [`Family drove in from ${t} on ${w}. The patient's ${d.relation()} ${g} is the health care agent; best number ${ph}. Discussed the poor prognosis of the ${d.int(3, 7)} cm ICH.`, [t, w, g, p]];
  }],
  ['goals of care and POLST', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.monDay(); const g2 = d.given(); const s2 = d.sur();
    return [`After discussion the family chose DNR/DNI and comfort-focused care; ${d.relation()} ${g} ${s} signed the POLST on ${md}. Palliative NP ${g2} ${s2} to follow.`, [g, s, md, g2, s2]];
  }],
  ['elder parent joins by video', (d) => {
    const a = d.ageOver89(); const nf = d.nursingFacility();
    return [`The patient's mother, age ${a}, joined by video from ${nf}; she agrees with the plan.`, [a, nf]];
  }],
  // transfer calls from outside hospitals
  ['transfer center call log', (d) => {
    const dt = d.mdy(); const h = d.hospital(); const t = d.town(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const ref = d.transferRef();
    return [`TRANSFER CENTER CALL\nDate/time: ${dt} ${d.time()}\nReferring facility: ${h}, ${t}, ${d.state()}\nReferring MD: Dr. ${g} ${s}\nCallback: ${ph}\nReference #: ${ref}`, [dt, h, t, g, s, p, ref]];
  }],
  ['transfer narrative on a holiday', (d) => {
    const hd = d.holiday(); const h = d.hospital(); const s = d.sur();
    return [`${d.age(60, 89)}yo on warfarin, fall on ${hd}; CT at ${h} shows a 1.8 cm left SDH with 6 mm shift. Accepted by Dr. ${s} to the neuro ICU.`, [hd, h, s]];
  }],
  ['flight transfer with tail number', (d) => {
    const tl = d.tail(); const g = d.given(); const s = d.sur(); const g2 = d.given();
    return [`Rotor wing transport, aircraft ${tl}, ETA ${d.int(15, 55)} min. Flight nurse ${g} ${s} gave report to ${g2} at the helipad.`, [tl, g, s, g2]];
  }],
  ['outside images share link', (d) => {
    const u = d.url(); const c = d.accessCode(); const s = d.sur();
    return [`OSH images shared via ${u}; access code ${c}. Viewed by Dr. ${s} at ${d.time()}.`, [u, c, s]];
  }],
  ['transfer declined', (d) => {
    const md = d.slashMd(); const h = d.hospital(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Transfer declined ${md}: no surgical lesion; recommend admission at ${h} with repeat CT in 6 h. Discussed with hospitalist Dr. ${s} at ${ph}.`, [md, h, s, p]];
  }],
  // intake, insurance, signatures, discharge, school, scene
  ['new spine patient intake', (d) => {
    const p = d.person(); const dob = d.dob(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone(); const em = d.email(d.given(), d.sur()); const pc = d.pcp();
    return [`NEW PATIENT - SPINE\nName: ${listed(p)}\nDOB: ${dob}\nAddress: ${st}, ${t}, ${d.state()} ${z}\nCell: ${ph}   E-mail: ${em}\nReferred by: ${pc}`, [...nameParts(p), dob, st, t, z, pp, em, pc]];
  }],
  ['fusion denial appeal', (d) => {
    const c = d.claimNo(); const m = d.memberId(); const gr = d.groupNo(); const s = d.sur(); const w = d.weekday();
    return [`Appeal of ${d.insurer()} denial for L4-5 fusion: claim ${c}, member ${m}, group ${gr}. Peer-to-peer with medical director Dr. ${s} set for ${w} at ${d.time()}.`, [c, m, gr, s, w]];
  }],
  ['surgeon signature with licence', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const lic = d.licence(); const dea = d.dea(); const npi = d.npi(); const dt = d.date();
    return [`Electronically signed: ${g} ${s}, MD, FAANS\n${pr}\nLicense ${lic}   DEA ${dea}   NPI ${npi}\n${dt} ${d.time()}`, [g, s, pr, lic, dea, npi, dt]];
  }],
  ['discharge to rehab', (d) => {
    const dt = d.date(); const r = d.rehab(); const st = d.street(); const t = d.town(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Discharged ${dt} to ${r}, ${st}, ${t}. Report called to ${g} ${s}, RN, at ${ph}.`, [dt, r, st, t, g, s, p]];
  }],
  ['school letter for shunted child', (d) => {
    const sc = d.school(); const g = d.given(); const [ph, p] = d.phone(); const s = d.sur(); const md = d.monDay();
    return [`To the school nurse at ${sc}: ${g} has a programmable VP shunt. For headache, vomiting or sleepiness call the family at ${ph} and 911. Dr. ${s}, ${md}.`, [sc, g, p, s, md]];
  }],
  ['EMS scene address', (d) => {
    const st = d.street(); const t = d.town(); const my = d.monthYear();
    return [`EMS found the patient at the bottom of the stairs at ${st}, ${t}; GCS 13 on arrival. Prior fall ${my}.`, [st, t, my]];
  }],
];

/** The names of the wave's frames. */
export const neurosurgeryFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function neurosurgeryWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 13463, rounds);
}

/** Look-alikes in neurosurgery and spine clinic style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms of signs, malformations and grades
  ['Positive Hoffmann sign on the right.', 'Hoffmann'], ['Babinski upgoing on the left.', 'Babinski'], ['Romberg positive.', 'Romberg'],
  ['Spurling maneuver reproduces right arm pain.', 'Spurling'], ["Lhermitte's sign with neck flexion.", "Lhermitte's"], ['Chiari I malformation, 9 mm tonsillar descent.', 'Chiari I'],
  ['Dandy-Walker variant on the prior MRI.', 'Dandy-Walker'], ['Hunt and Hess grade 3.', 'Hunt and Hess'], ['Modified Fisher grade 3.', 'Modified Fisher'],
  ['Spetzler-Martin grade II AVM.', 'Spetzler-Martin'], ["Cushing's triad absent.", "Cushing's triad"], ['Brown-Séquard syndrome after the stab wound.', 'Brown-Séquard'],
  ['Horner syndrome on the left.', 'Horner'], ["Entry at Kocher's point.", "Kocher's point"],
  ['Aneurysm on the circle of Willis.', 'circle of Willis'], ['Foramen of Monro obstructed by the colloid cyst.', 'Foramen of Monro'], ['Artery of Adamkiewicz at T10 on CTA.', 'Adamkiewicz'],
  ['Sylvian fissure split widely.', 'Sylvian fissure'], ['Monro-Kellie doctrine explained to the family.', 'Monro-Kellie'],
  // eponyms of approaches, instruments and hardware
  ['Gardner-Wells tongs applied, 10 lb.', 'Gardner-Wells'], ['Positioned prone on a Jackson table.', 'Jackson table'], ['Wilson frame for the microdiscectomy.', 'Wilson frame'],
  ['Head fixed in Mayfield pins.', 'Mayfield'], ['Penfield 4 used to develop the plane.', 'Penfield 4'], ['Kerrison rongeur, 3 mm.', 'Kerrison'],
  ['Leksell rongeur to remove the spinous process.', 'Leksell'], ['Cobb elevator for subperiosteal dissection.', 'Cobb elevator'], ['Smith-Robinson approach to C5-6.', 'Smith-Robinson'],
  ['Wiltse paraspinal approach.', 'Wiltse'], ['Yasargil clip across the neck.', 'Yasargil'],
  ['Jamshidi needle for the kyphoplasty.', 'Jamshidi'], ['Ommaya reservoir tapped.', 'Ommaya'], ['Rickham reservoir pumps and refills briskly.', 'Rickham'],
  ['Camino bolt in the right frontal region.', 'Camino bolt'], ['Licox PbtO2 probe placed.', 'Licox'], ['Codman Hakim programmable valve.', 'Hakim'],
  ['Harrington rods from a 1984 scoliosis fusion.', 'Harrington rods'],
  // scales, scores, grades and values
  ['GCS 14 (E4V4M6).', 'E4V4M6'], ['GCS 15 on arrival.', 'GCS 15'], ['NIHSS 3.', 'NIHSS 3'], ['Oswestry Disability Index 46%.', 'Oswestry Disability Index'],
  ['ODI 38% at 6 weeks.', 'ODI 38%'], ['VAS back 7/10, leg 3/10.', '7/10'], ['mJOA 12.', 'mJOA 12'], ['Nurick grade 3.', 'Nurick grade 3'],
  ['Meyerding grade II spondylolisthesis at L4-5.', 'Meyerding grade II'], ['Cobb angle 42 degrees.', 'Cobb angle'], ['ASIA impairment scale C.', 'ASIA impairment scale C'],
  ['Simpson grade II resection.', 'Simpson grade II'], ['modified Rankin Scale 2.', 'modified Rankin Scale 2'],
  ['WHO grade 4 glioblastoma, IDH-wildtype.', 'WHO grade 4'], ['IDH1 R132H negative.', 'R132H'], ['MGMT promoter methylated.', 'MGMT'], ['Ki-67 index 25%.', 'Ki-67'], ['ASA III.', 'ASA III'], ['RCRI 1 point.', 'RCRI 1'], ['Pupils 3 mm, brisk, equal.', '3 mm'], ['ICP 18 mmHg, CPP 64.', '18 mmHg'],
  ['EVD open at 10 cm H2O above the tragus.', '10 cm H2O'], ['EVD output 9 mL/hr.', '9 mL/hr'], ['Na 147 on 3% saline.', 'Na 147'],
  ['Strata II valve at performance level 1.5.', 'performance level 1.5'], ['Certas Plus at setting 4.', 'setting 4'], ['Strength 4+/5 in the right EHL.', '4+/5'],
  // drugs and hemostatic products
  ['Dexamethasone (Decadron) 4 mg q6h.', 'Decadron'], ['Levetiracetam (Keppra) 500 mg BID.', 'Keppra'], ['Nimodipine 60 mg q4h x 21 days.', 'Nimodipine'], ['Vancomycin powder in the wound.', 'Vancomycin powder'], ['Cefazolin 2 g before incision.', 'Cefazolin'],
  ['Temozolomide (Temodar) with radiation.', 'Temodar'], ['Bevacizumab (Avastin) at recurrence.', 'Avastin'], ['Kcentra given at the outside hospital.', 'Kcentra'],
  ['Andexxa for apixaban reversal.', 'Andexxa'], ['Hold Eliquis 48 hours before surgery.', 'Eliquis'],
  ['DuraSeal over the closure.', 'DuraSeal'], ['Surgicel and Gelfoam for hemostasis.', 'Gelfoam'],
  ['Infuse bone graft (rhBMP-2), small kit.', 'rhBMP-2'], ['Gliolan (5-ALA) given preoperatively.', 'Gliolan'],
  // device brands and models
  ['Medtronic Strata II valve.', 'Medtronic'], ['Stryker navigation.', 'Stryker'], ['Globus ExcelsiusGPS robot.', 'ExcelsiusGPS'], ['NuVasive XLIF retractor.', 'NuVasive'],
  ['DePuy Synthes Expedium screws.', 'DePuy Synthes'], ['Codman Certas Plus valve.', 'Certas Plus'], ['Integra Camino monitor.', 'Integra'], ['Aesculap proGAV 2.0.', 'proGAV 2.0'],
  ['Brainlab Curve navigation.', 'Brainlab'], ['O-arm spin confirmed screw placement.', 'O-arm'], ['CD Horizon Solera 5.5/6.0 system.', 'CD Horizon Solera'],
  ['PEEK cage, 10 mm, 8 degrees lordotic.', 'PEEK cage'], ['Sophysa Polaris valve.', 'Polaris'],
  // procedures
  ['Right frontotemporal craniotomy for clipping.', 'frontotemporal craniotomy'], ['L4-5 TLIF.', 'TLIF'], ['ACDF at C5-6.', 'ACDF'],
  ['Ventriculoperitoneal shunt placement.', 'Ventriculoperitoneal shunt'], ['Bilateral burr holes for chronic SDH.', 'burr holes'], ['Endoscopic third ventriculostomy.', 'third ventriculostomy'],
  ['Suboccipital decompression with duraplasty.', 'Suboccipital decompression'],
  ['Awake craniotomy with language mapping.', 'Awake craniotomy'], ['Posterior spinal fusion T10-pelvis.', 'T10-pelvis'],
  // spinal levels and codes
  ['Levels: L4-5 and L5-S1.', 'L5-S1'], ['C5-6 disc herniation.', 'C5-6'], ['M48.062 lumbar stenosis with neurogenic claudication.', 'M48.062'], ['CPT 22633.', '22633'],
  ['CPT 63047 x2.', '63047'], ['CPT 62223 for the shunt.', '62223'], ['ICD-10 S06.5X0A.', 'S06.5X0A'], ['G91.1 obstructive hydrocephalus.', 'G91.1'], ['DRG 460.', 'DRG 460'], ['HCPCS E0748 bone growth stimulator.', 'E0748'],
  // national bodies, forms and standards
  ['Per AANS guidelines.', 'AANS'], ['NASS coverage criteria met.', 'NASS'], ['Brain Trauma Foundation guidelines.', 'Brain Trauma Foundation'],
  ['Joint Commission universal protocol.', 'Joint Commission'], ['FDA class II recall.', 'FDA'], ['CMS criteria for lumbar fusion.', 'CMS'],
  ['SSA disability determination pending.', 'SSA'], ['FMLA certification, Form WH-380-E.', 'WH-380-E'], ['AMA Guides, 6th edition.', 'AMA Guides'],
  ['MR Conditional at 3 T.', 'MR Conditional'], ['ASTM F2503 labeling.', 'ASTM F2503'], ['MTF Biologics allograft.', 'MTF Biologics'], ['Form SSA-827 signed.', 'SSA-827'], ['Claim filed with Unum.', 'Unum'],
  // generic places and roles
  ['Admitted to the neuro ICU.', 'neuro ICU'], ['Seen in the spine clinic.', 'spine clinic'], ['Transferred from the outside hospital.', 'outside hospital'],
  ['Called the transfer center.', 'transfer center'], ['Flight crew at the bedside.', 'Flight crew'], ['The on-call resident placed the EVD.', 'on-call resident'],
  ['Neurointensivist aware.', 'Neurointensivist'], ['Chaplain joined the family meeting.', 'Chaplain'], ['The device rep brought the loaner sets.', 'device rep'],
  ['Tumor board recommends chemoradiation.', 'Tumor board'], ['Interventional radiology consulted.', 'Interventional radiology'],
  // relations without names, ages of 89 and under, years, counts and durations
  ['His wife was at the bedside.', 'wife'], ['Her daughter is the health care agent.', 'daughter'], ['82-year-old man with chronic SDH.', '82'],
  ['89-year-old woman, fall at home.', '89'], ['Prior fusion in 2016.', '2016'], ['POD 3, ambulating.', 'POD 3'], ['Six weeks post-op.', 'Six weeks'],
  ['Staples x 24 removed.', '24'], ['Shunt revised twice since 2011.', '2011'], ['Light duty 4 hours a day.', '4 hours'],
  // everyday words that are also names or towns
  ['Nerve root decompressed.', 'root'], ['Head of bed at 30 degrees.', 'Head'], ['Tender over the left temple.', 'temple'], ['Interbody cage packed with autograft.', 'cage'],
  ['Bolt secured at the skin.', 'Bolt'], ['Crown of the head shaved.', 'Crown'], ['Hand grip 5/5.', 'Hand'], ['Ward bed requested.', 'Ward'],
  ['Expressed hope for recovery.', 'hope'], ['Patient will call if drainage increases.', 'will'], ['Stone in the left kidney on the CT.', 'Stone'],
  ['Solid union across L4-5.', 'union'], ['Normal gait.', 'Normal'], ['Bone wax to the edges.', 'Bone'], ['Mobile x-ray at the bedside.', 'Mobile'],
  ['Orange drainage on the dressing.', 'Orange'], ['Faith community visiting.', 'Faith'],
];

export const neurosurgeryKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedNeurosurgeryKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(neurosurgeryKeepCases(), find);

export function scoreNeurosurgeryWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => neurosurgeryWaveCases(seed)), find);
}
