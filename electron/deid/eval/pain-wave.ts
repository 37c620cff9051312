// A blind wave of an interventional pain management clinic and its opioid stewardship records: new-patient intake
// questionnaires (the patient listed as 'SURNAME, Given', date of birth, MRN, the referring physician and practice,
// address, phones and e-mail, the emergency contact, prior pain care, risk tools scored and reviewed, the preferred
// pharmacy, plan, Medicare and Medicaid ids, prior authorizations, portal invitations), controlled-substance agreements
// (signature blocks with the designated pharmacy and the witness's initials, renewals, violation and discharge letters,
// pharmacy changes, the driver's licence checked at a paper script's pickup), urine drug screen logs (rows with the
// specimen id and the collector's initials, confirmation results with the lab's accession, chain-of-custody forms,
// cup lots, the toxicologist's call, random call-ins), PDMP check notes (report numbers and query ids, delegate
// accounts, fill tables with pharmacies, outside prescribers, the workstation's IP address, overdose flags),
// procedure notes for epidural steroid injections, medial branch blocks, radiofrequency ablation, genicular blocks and
// sacroiliac injections (fluoroscopy time and dose, needle and contrast lots, generator and C-arm serials, the RT and
// CRNA, the driver, the time-out, anticoagulation holds, outside imaging with its accession, prior authorizations,
// discharge instructions from the surgery center), spinal cord stimulator trials and implants (lead lots, IPG serials,
// device reps' names, cells and vendor badges, the psychological clearance, remote programming sessions, implant
// registration and the device card mailed home), pill counts (counts with the counter's and witness's initials, Rx
// numbers, stolen medications with the police report), pharmacy call-backs (pharmacists by name, faxed
// clarifications, DEA, NPI and licence numbers, EPCS token serials), workers' compensation and attorney letters (claim
// numbers, dates of injury, employers, adjusters' phones and e-mails, nurse case managers, records requests with case
// numbers, IMEs, depositions, motor vehicle collisions with report numbers and plates, work status notes), physical
// therapy referrals and progress reports, naloxone teaching and reversals, pain diaries, portal and phone messages,
// in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24', '3-4-24',
// '4 March 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '03.04.2024', 'Mar 4', '3/4',
// 'Tuesday', 'the 4th', 'March 2024', '3/2024', holidays such as 'Christmas Eve', 'Thanksgiving' and 'Fourth of
// July'); ages over 89 (kyphoplasty after a fall), phones, fax numbers, e-mails, URLs and IP addresses are planted.
// Given names and surnames are often everyday words (Hope, Faith, Rocky, Dusty, Will, Cash, Colt, Payne, Hurt, Sharp,
// Stone, Hill, Steele, Burns, Bone, Strong, Wise); towns are often everyday words (Hazard, Relief, Hurricane, Liberty,
// Union, Hope, Justice, Comfort, Harmony, Normal, Energy, Wise, Salt Lick) among real towns of Appalachian Kentucky,
// Ohio, West Virginia, Tennessee and Virginia. A list of look-alikes in the same style must not be touched. Written
// without reading the engine's rules or any gold data. `scorePainWave`.
// Decisions: every word of a person's name is planted as its own part (given name, surname; a middle initial, a title
// such as 'Mr.' or 'Dr.' and a credential such as 'MD', 'APRN', 'PA-C', 'RT(R)', 'CRNA', 'DPT', 'PharmD', 'PsyD',
// 'Esq.' are not), a signer's or collector's initials are planted, a pharmacist's or rep's first name alone is planted;
// a relation without a name, a role without a name ('the rep', 'the adjuster', 'the nurse case manager') and an age of
// 89 or under are kept; a local pharmacy, surgery center, pain practice, hospital, imaging center, physical therapy
// clinic, behavioral health practice, primary care practice, recovery center, law firm, court reporting firm, employer,
// county EMS, police department and YMCA are planted whole with their kind words ('Hazard Family Pharmacy', 'Big Sandy
// Spine & Pain', 'Payne & Hill, PLLC', 'Perry County EMS'), while a national chain, lab, payer, carrier, device maker,
// PDMP program or body named alone ('Walgreens', 'Quest Diagnostics', 'Liberty Mutual', 'Medtronic', 'KASPER', 'OARRS',
// 'NarxCare', 'DEA') is kept; a town is planted, a US state and a region are kept; a street address is planted from
// its number to its street type with its apartment when written after it; a ZIP is planted; a weekday naming one day
// is planted, a standing schedule ('Tuesday and Thursday mornings') is kept; a day written 'the 4th' is planted as
// '4th'; a month with a year is planted; a holiday that fixes a day is planted; times, durations, fluoroscopy times
// and doses, temperatures, counts of tablets, MME and scores are kept; MRNs, account numbers, SSNs, Medicare MBIs,
// Medicaid and member ids, prior authorization numbers, specimen, accession and chain-of-custody numbers, PDMP report
// and query ids and delegate user ids, Rx numbers, lot numbers, serial numbers of generators, C-arms, IPGs and EPCS
// tokens, vendor badge numbers, implant registration numbers, remote programming session ids, DEA, NPI and state
// licence numbers, driver's licence numbers, workers' compensation claim numbers, court case numbers, police report
// numbers and vehicle plates are planted; a phone's leading '(' need not be covered; e-mails, URLs and IP addresses are
// planted whole; ages over 89 are planted as their number. Kept (look-alikes): opioids, adjuvants, steroids, contrast,
// reversal agents and their brands, devices by maker and model (model numbers are not serials), procedures and
// levels, eponymous signs, tests and syndromes, scores and screening tools, urine drug testing terms and cutoffs, MME
// and guideline numbers, CPT, HCPCS, ICD-10 and NDC codes, national PDMP programs, labs, chains, payers, carriers,
// bodies, laws and standards, generic places (the ASC, the procedure suite, the pharmacy, the ED), relations and roles
// without names, ages of 89 and under, years alone, durations, standing schedules, and everyday words that are also
// names or towns (relief, hazard, hope, faith, sharp, hurt, bone, stone, will, union, justice, comfort).
// Measured before rules: 0.935 recall on seeds 5, 11, 23 (5400/5778), 0.937 on fresh seeds 41, 42, 43 (5410/5775); 8/160
// look-alikes touched ("Senza HFX", "Patrick's", "Schober", "KASPER", "Millennium Health", "Sedgwick", "Spine Intervention
// Society", "Dusty") (engine at 74c774c).
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as italian } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, us, mx, mx, pl, italian, ie];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Charity', 'Destiny', 'Crystal', 'Amber', 'Ruby', 'Pearl', 'Misty', 'Dawn', 'Brandy', 'Sunny', 'Star', 'Summer', 'Autumn', 'Rocky', 'Dusty', 'Will', 'Bill', 'Mark', 'Chase', 'Hunter', 'Cash', 'Colt', 'Buck', 'Skip', 'Buddy', 'Sonny', 'Rusty', 'Penny', 'Dallas', 'Austin', 'Lucky', 'Harley'];
const WORD_SUR = ['Payne', 'Hurt', 'Sharp', 'Stone', 'Hill', 'Steele', 'Burns', 'Bone', 'Strong', 'Wise', 'Price', 'Cook', 'Baker', 'Banks', 'Brooks', 'Wells', 'Lane', 'Church', 'King', 'Bishop', 'Mullins', 'Slone', 'Combs', 'Hall', 'Little', 'Short', 'Long', 'Young', 'Gentry', 'Pike', 'Bolt', 'Knott', 'Moody', 'Hardy', 'Swift', 'Rich', 'Sparks', 'Fields', 'Bush', 'Frost'];

/** Towns that are everyday words, and real towns of the region. */
const WORD_TOWNS = ['Hazard', 'Relief', 'Hurricane', 'Liberty', 'Union', 'Hope', 'Justice', 'Comfort', 'Harmony', 'Independence', 'Friendship', 'Normal', 'Eden', 'Paradise', 'Welcome', 'Energy', 'Wise', 'Salt Lick', 'Beauty', 'Concord', 'Commerce', 'London', 'Jackson', 'Sandy Hook', 'Royalty', 'Nitro'];
const REAL_TOWNS = ['Pikeville', 'Prestonsburg', 'Paintsville', 'Whitesburg', 'Hindman', 'Harlan', 'Corbin', 'Middlesboro', 'Somerset', 'Morehead', 'Ashland', 'Portsmouth', 'Chillicothe', 'Ironton', 'Gallipolis', 'Athens', 'Marietta', 'Zanesville', 'Huntington', 'Beckley', 'Bluefield', 'Williamson', 'Logan', 'Charleston', 'Parkersburg', 'Welch', 'Kingsport', 'Johnson City', 'Bristol', 'Abingdon', 'Norton', 'Grundy', 'Jellico', 'Manchester', 'Inez', 'Martin'];
const STATES = ['KY', 'OH', 'WV', 'TN', 'VA', 'Kentucky', 'Ohio', 'West Virginia'];
const COUNTIES = ['Perry', 'Pike', 'Floyd', 'Knott', 'Letcher', 'Harlan', 'Scioto', 'Lawrence', 'Cabell', 'Mingo', 'Boone', 'Raleigh', 'Clay', 'Bell', 'Laurel', 'Johnson', 'Martin', 'Breathitt', 'Magoffin', 'Wayne', 'Gallia', 'Athens', 'Wise', 'Buchanan'];
/** Area words local practices take their names from. */
const AREAS = ['Bluegrass', 'Tri-State', 'Big Sandy', 'Cumberland', 'Mountain', 'Ohio Valley', 'Kanawha', 'Appalachian', 'Riverbend', 'Tug Valley', 'Blue Ridge', 'Three Rivers', 'Pine Mountain', 'Kentucky River', 'Hocking Hills', 'New River'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Walnut', 'Church', 'College', 'High', 'Court', 'Water', 'Mill', 'Railroad', 'Poplar', 'Hickory', 'Chestnut', 'Lincoln', 'Jefferson', 'Broadway', 'Liberty', 'Hope', 'Union', 'Hospital', 'Mayo', 'Coal Branch', 'Caney Fork', 'Big Creek', 'Hollow', 'Ridge'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pike', 'Hwy', 'Branch Rd'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'Memorial Hospital', 'Community Hospital', 'General Hospital', 'ARH Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Eve", "New Year's Day", 'Thanksgiving Day', 'Thanksgiving', 'Memorial Day', 'Labor Day', 'Easter Sunday', 'Halloween', "Valentine's Day", "Mother's Day", 'Fourth of July'];
/** Relations a name follows (without a sex, since the names are drawn without one). */
const RELATIONS = ['spouse', 'partner', 'adult child', 'sibling', 'cousin', 'neighbor', 'friend', 'roommate', 'caregiver', 'grandchild', 'parent', 'in-law'];
/** National chains, labs, payers, carriers, device makers and PDMP programs, named alone (kept). */
const CHAINS = ['Walgreens', 'CVS', 'Kroger Pharmacy', 'Walmart Pharmacy', 'Rite Aid'];
const LABS = ['Quest Diagnostics', 'LabCorp', 'Millennium Health', 'Aegis Sciences'];
const PAYERS = ['Humana', 'Anthem', 'Aetna', 'UnitedHealthcare', 'WellCare', 'Passport Health Plan', 'CareSource'];
const CARRIERS = ['Liberty Mutual', 'Travelers', 'The Hartford', 'Sedgwick', 'Gallagher Bassett', 'Zurich', 'AmTrust'];
const MAKERS = ['Medtronic', 'Boston Scientific', 'Abbott', 'Nevro', 'Saluda'];
const PDMPS = ['KASPER', 'OARRS', 'the WV CSMP', 'CSMD', 'the Virginia PMP', 'PMP AWARxE'];
const NCM_FIRMS = ['CorVel', 'Genex', 'Paradigm', 'Coventry'];
const OPIOIDS = ['oxycodone 10 mg', 'hydrocodone/APAP 10/325', 'morphine ER 15 mg', 'tapentadol 50 mg', 'tramadol 50 mg', 'oxycodone/APAP 5/325', 'hydromorphone 2 mg', 'buprenorphine 150 mcg buccal'];
const PROCEDURES = ['L4-L5 interlaminar ESI', 'right L5-S1 transforaminal ESI', 'bilateral L4-L5 and L5-S1 facet injections', 'caudal ESI', 'left SI joint injection', 'C7-T1 interlaminar ESI', 'bilateral L3-L5 medial branch blocks', 'right genicular nerve block', 'left stellate ganglion block', 'T10 vertebral augmentation'];
const CREDS = ['MD', 'DO', 'APRN', 'PA-C', 'FNP-C'];

interface Person {
  readonly given: string;
  readonly sur: string;
  readonly mi: string;
}
/** 'Given M. Sur' or 'Given Sur'. */
const written = (p: Person): string => `${p.given} ${p.mi ? `${p.mi} ` : ''}${p.sur}`;
/** 'SUR, Given M.' as headers list a patient. */
const listed = (p: Person): string => `${p.sur}, ${p.given}${p.mi ? ` ${p.mi}` : ''}`;
const nameParts = (p: Person): string[] => [p.given, p.sur];
/** A name word's letters without accents, in lower case and without its last letter (for handles beside the name). */
const clip = (w: string): string => {
  const a = asciiLetters(w);
  return a.length > 2 ? a.slice(0, a.length - 1) : a.charAt(0);
};

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  person(): Person {
    return { given: this.given(), sur: this.sur(), mi: this.r() < 0.4 ? this.mi() : '' };
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
  cred(): string {
    return this.pick(CREDS);
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  area(): string {
    return this.pick(AREAS);
  }
  chain(): string {
    return this.pick(CHAINS);
  }
  lab(): string {
    return this.pick(LABS);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  carrier(): string {
    return this.pick(CARRIERS);
  }
  maker(): string {
    return this.pick(MAKERS);
  }
  pdmp(): string {
    return this.pick(PDMPS);
  }
  opioid(): string {
    return this.pick(OPIOIDS);
  }
  procedure(): string {
    return this.pick(PROCEDURES);
  }
  // places named locally (planted whole)
  pharmacy(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Drug`;
    if (k === 1) return `${this.sur()} Family Pharmacy`;
    if (k === 2) return `${this.town()} Apothecary`;
    if (k === 3) return `${this.sur()}'s Pharmacy`;
    if (k === 4) return `${this.area()} Pharmacy`;
    return `Medicine Cabinet of ${this.town()}`;
  }
  /** A local pharmacy other than `p`. */
  otherPharmacy(p: string): string {
    for (let k = 0; k < 10; k++) {
      const q = this.pharmacy();
      if (q !== p && !q.includes(p) && !p.includes(q)) return q;
    }
    return p === 'Tug Valley Pharmacy' ? 'Hazard Drug' : 'Tug Valley Pharmacy';
  }
  /** A surgery center or pain practice. */
  asc(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Surgery Center`;
    if (k === 1) return `${this.area()} Spine & Pain`;
    if (k === 2) return `${this.town()} Interventional Pain Associates`;
    if (k === 3) return `${this.area()} Pain Management Center`;
    return `${this.town()} Pain & Spine Institute`;
  }
  hospital(): string {
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  imaging(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Open MRI`;
    if (k === 1) return `${this.area()} Imaging`;
    return `${this.town()} Diagnostic Center`;
  }
  ptClinic(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Physical Therapy`;
    if (k === 1) return `${this.area()} Rehab & Sports Medicine`;
    if (k === 2) return `${this.sur()} Physical Therapy`;
    return `${this.town()} Spine & Sport PT`;
  }
  psych(): string {
    return this.r() < 0.5 ? `${this.area()} Behavioral Health` : `${this.sur()} Psychological Associates`;
  }
  pcp(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.area()} Primary Care`;
    return `${this.sur()} Family Practice`;
  }
  recovery(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.area()} Recovery Center`;
    if (k === 1) return `New Beginnings of ${this.town()}`;
    return `${this.town()} Comprehensive Care`;
  }
  lawFirm(): string {
    const a = this.sur();
    const k = this.int(0, 2);
    if (k === 0) return `${a} & ${this.sur()}, PLLC`;
    if (k === 1) return `Law Office of ${this.given()} ${a}`;
    return `${a} Injury Law`;
  }
  courtReporter(): string {
    return this.r() < 0.5 ? `${this.area()} Court Reporting` : `${this.sur()} Reporting Services`;
  }
  employer(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Coal Company`;
    if (k === 1) return `${this.sur()} Trucking`;
    if (k === 2) return `${this.area()} Distribution Center`;
    if (k === 3) return `${this.town()} Lumber`;
    if (k === 4) return `${this.sur()} Construction, Inc.`;
    return `${this.town()} Nursing & Rehab`;
  }
  ems(): string {
    return `${this.county()} County EMS`;
  }
  police(): string {
    return this.r() < 0.5 ? `${this.town()} Police Department` : `${this.county()} County Sheriff's Office`;
  }
  ymca(): string {
    return `${this.town()} Family YMCA`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B'])}`;
    if (a === 1) return `${st} Lot ${this.int(1, 60)}`;
    if (a === 2) return `${st}, Unit ${this.int(1, 24)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(24001, 45999));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  // dates
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(6, 18))}${pad2(this.int(0, 59))}` : `${this.int(7, 11)}:${pad2(this.int(0, 59))} ${this.pick(['am', 'AM'])}`;
  }
  /** A full date in one of the forms clinics write. */
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
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** Two different weekdays. */
  twoWeekdays(): readonly [string, string] {
    const a = this.int(0, 6);
    return [WEEKDAYS[a]!, WEEKDAYS[(a + this.int(1, 6)) % 7]!];
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  /** A day written as an ordinal ('14th'), which the notes write after 'the'. */
  dayOrdinal(): string {
    return ordinal(this.int(1, 28));
  }
  dob(lo = 1940, hi = 2002): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  age(): number {
    return this.int(24, 84);
  }
  // contacts
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.pick([606, 859, 502, 270, 304, 681, 740, 614, 937, 423, 865, 276, 540]));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  /** An e-mail address made from a name: its handle clips each name word (drops its last letter), so the name written
   * beside it still occurs once in every casing. */
  email(g: string, s: string): string {
    const dom = this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'windstream.net', 'att.net', 'icloud.com', `${asciiLetters(this.area())}pain.com`, `${asciiLetters(this.sur())}law.com`]);
    const a = clip(g) || 'pat';
    const b = clip(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${b.charAt(0)}${this.int(60, 99)}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const t = asciiLetters(this.town()) || 'hazard';
    const a = asciiLetters(this.area()) || 'bluegrass';
    return this.pick([`https://portal.${a}spine.com/login`, `www.${t}painclinic.com`, `https://${t}pain.org/forms/intake.pdf`, `https://www.${a}painmanagement.com/patient-portal`, `${t}spineandpain.com/new-patients`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  // numbers
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(10) : `${this.letters(1)}${this.digitString(8)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  medicaid(): string {
    return this.r() < 0.5 ? this.digitString(10) : `${this.digitString(8)}${this.letters(1)}`;
  }
  /** A Medicare beneficiary identifier ('1EG4-TE5-MK72'), dashed or not. */
  mbi(): string {
    const L = 'ACDEFGHJKMNPQRTUVWXY';
    const l = () => this.lettersOf(L, 1);
    const x = () => (this.r() < 0.5 ? l() : String(this.int(0, 9)));
    const n = () => String(this.int(0, 9));
    const a = `${this.int(1, 9)}${l()}${x()}${n()}`;
    const b = `${l()}${x()}${n()}`;
    const c = `${l()}${l()}${n()}${n()}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.letters(1)}${this.digitString(8)}0${this.int(1, 4)}`;
  }
  priorAuth(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PA${this.digitString(8)}`;
    if (k === 1) return `${this.digitString(3)}${this.letters(2)}${this.digitString(5)}`;
    return this.digitString(9);
  }
  rxNo(): string {
    return this.r() < 0.6 ? this.digitString(7) : `${this.digitString(1)}-${this.digitString(6)}`;
  }
  specimen(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return `S${this.digitString(8)}`;
    return this.digitString(10);
  }
  accession(): string {
    return this.r() < 0.5 ? `${pad2(this.int(18, 25))}-TX-${this.digitString(6)}` : `${this.letters(2)}${this.digitString(8)}`;
  }
  ccf(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `${this.letters(1)}${this.digitString(7)}`;
  }
  pdmpReport(): string {
    return this.r() < 0.5 ? this.digitString(9) : `R-${this.digitString(8)}`;
  }
  queryId(): string {
    return this.r() < 0.5 ? `${this.letters(2)}-${this.digitString(7)}` : this.digitString(11);
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 2) return `${pad2(this.int(18, 25))}${this.letters(1)}${this.digitString(4)}`;
    return `${this.digitString(4)}${this.letters(2)}${this.digitString(2)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(8, 10));
    return `${this.letters(2)}-${this.digitString(6)}`;
  }
  badge(): string {
    return this.r() < 0.5 ? this.digitString(6) : `VM${this.digitString(7)}`;
  }
  /** A DEA registration: two letters (the second the surname's initial) and seven digits. */
  dea(s: string): string {
    const c = (asciiLetters(s).charAt(0) || 'x').toUpperCase();
    return `${this.pick(['A', 'B', 'F', 'M'])}${c}${this.digitString(7)}`;
  }
  npi(): string {
    return `1${this.anyDigits(9)}`;
  }
  license(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(5);
    if (k === 1) return `MD.${this.digitString(6)}`;
    return `${this.letters(1)}${this.digitString(5)}`;
  }
  dl(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(8)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(6)}`;
    return `${this.letters(1)}${this.digitString(2)}-${this.anyDigits(3)}-${this.anyDigits(3)}`;
  }
  claim(): string {
    const k = this.int(0, 2);
    if (k === 0) return `WC${this.digitString(9)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(7)}`;
    return `${this.digitString(3)}-${this.anyDigits(2)}-${this.anyDigits(6)}`;
  }
  caseNo(): string {
    return this.r() < 0.5 ? `${pad2(this.int(18, 25))}-CI-${this.anyDigits(5)}` : `CV-${this.year()}-${this.anyDigits(6)}`;
  }
  policeReport(): string {
    return this.r() < 0.5 ? `${pad2(this.int(18, 25))}-${this.digitString(6)}` : `RPT${this.digitString(7)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(3)} ${this.letters(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(1)}${this.digitString(2)}-${this.letters(1)}${this.digitString(2)}`;
  }
  token(): string {
    return this.r() < 0.5 ? this.digitString(10) : `${this.letters(4)}${this.digitString(8)}`;
  }
  regNo(): string {
    return this.digitString(8);
  }
  session(): string {
    return this.r() < 0.5 ? `${this.letters(3)}-${this.digitString(6)}` : this.digitString(9);
  }
  userId(g: string, s: string): string {
    return this.r() < 0.5 ? `${(asciiLetters(g).charAt(0) || 'x')}${clip(s) || 'doe'}${this.int(1, 99)}` : `D${this.digitString(6)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // intake questionnaires
  ['new patient intake header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const rs = d.sur(); const pr = d.pcp(); const dt = d.date();
    return [`NEW PATIENT PAIN INTAKE\nName: ${listed(p)}\nDOB: ${dob}   MRN: ${mrn}\nReferred by: Dr. ${rs}, ${pr}\nVisit date: ${dt}`, [...nameParts(p), dob, mrn, rs, pr, dt]];
  }],
  ['intake address and contact', (d) => {
    const st = d.streetApt(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Address: ${st}\n         ${t}, ${d.state()} ${z}\nCell: ${ph}\nE-mail: ${em}\nOK to leave a message: yes`, [st, t, z, p, em]];
  }],
  ['pain history narrative with employer', (d) => {
    const dt = d.date(); const e = d.employer(); const t = d.town();
    return [`Pt is a ${d.age()}-year-old with low back pain radiating to the left leg since a lifting injury on ${dt} while working for ${e} in ${t}. Pain 7/10, worse with sitting.`, [dt, e, t]];
  }],
  ['elder over 89 compression fracture', (d) => {
    const n = d.ageOver89(); const h = d.holiday(); const g = d.given(); const t = d.town();
    return [`${n}-year-old woman with an acute T12 compression fracture after a fall at home on ${h}; lives with her daughter ${g} in ${t}. Referred for kyphoplasty evaluation.`, [n, h, g, t]];
  }],
  ['emergency contact on intake', (d) => {
    const c = d.person(); const [ph, p] = d.phone();
    return [`Emergency contact: ${written(c)} (${d.relation()})  Phone: ${ph}`, [...nameParts(c), p]];
  }],
  ['risk tools reviewed by counselor', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`ORT 6 (moderate risk), SOAPP-R 19, PHQ-9 12. Reviewed with the patient by ${g} ${s}, LPC, on ${w}; no current SUD.`, [g, s, w]];
  }],
  ['prior pain care list', (d) => {
    const a = d.asc(); const s = d.sur(); const pt = d.ptClinic(); const my = d.monthYear();
    return [`Prior pain care: ${a} (Dr. ${s}), 3 ESIs without lasting relief; ${pt}, 12 visits ending ${my}; chiropractic x2 years.`, [a, s, pt, my]];
  }],
  ['primary care and preferred pharmacy', (d) => {
    const [who, wp] = d.staff(); const pr = d.pcp(); const [fx, f] = d.phone(); const ph = d.pharmacy(); const st = d.street(); const t = d.town();
    return [`PCP: ${who}, ${d.cred()} (${pr}), fax ${fx}\nPreferred pharmacy: ${ph}, ${st}, ${t}`, [...wp, pr, f, ph, st, t]];
  }],
  ['insurance ids on intake', (d) => {
    const mbi = d.mbi(); const mcd = d.medicaid(); const mem = d.memberId();
    return [`Primary: Medicare, MBI ${mbi}. Secondary: ${d.payer()} Medicaid MCO, member ID ${mem}; state Medicaid ID ${mcd}.`, [mbi, mem, mcd]];
  }],
  ['portal invitation with URL', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const url = d.url();
    return [`Portal invite sent to ${em}. Pt to complete the pain questionnaire at ${url} before the visit.`, [em, url]];
  }],
  ['SSN and account on registration', (d) => {
    const ssn = d.ssn(); const acct = d.account(); const mrn = d.mrn();
    return [`Registration: SSN ${ssn}; guarantor account ${acct}; MRN ${mrn}. Photo ID and insurance card scanned.`, [ssn, acct, mrn]];
  }],
  // controlled-substance agreements
  ['controlled substance agreement signature block', (d) => {
    const p = d.person(); const dob = d.dob(); const ph = d.pharmacy(); const [tel, tp] = d.phone(); const dt = d.date(); const [who, wp] = d.staff(); const ini = d.initials();
    return [`CONTROLLED SUBSTANCE AGREEMENT\nPatient: ${written(p)}   DOB: ${dob}\nDesignated pharmacy: ${ph}   Phone: ${tel}\nPatient signature: ________   Date: ${dt}\nProvider: ${who}, ${d.cred()}   Witness: ${ini}`, [...nameParts(p), dob, ph, tp, dt, ...wp, ini]];
  }],
  ['agreement renewal with spouse present', (d) => {
    const my = d.monthYear(); const g = d.given();
    return [`Opioid agreement renewed ${my}; random pill counts and UDS reviewed again. Pt's ${d.relation()} ${g} present and verbalized understanding.`, [my, g]];
  }],
  ['agreement violation letter', (d) => {
    const s = d.sur(); const dt = d.date(); const dt2 = d.date(); const [who, wp] = d.staff();
    return [`Dear ${d.pick(['Mr.', 'Ms.', 'Mrs.'])} ${s}:\nYour urine drug screen collected on ${dt} did not contain your prescribed medication. As outlined in the agreement you signed on ${dt2}, this is a violation.\nSincerely,\n${who}, ${d.cred()}`, [s, dt, dt2, ...wp]];
  }],
  ['discharge from opioid prescribing', (d) => {
    const dt = d.date(); const rc = d.recovery(); const [ph, p] = d.phone();
    return [`Discharged from opioid prescribing ${dt} (pill count short 22 tablets, second violation). 30-day taper given; referred to ${rc}, ${ph}, for MOUD.`, [dt, rc, p]];
  }],
  ['designated pharmacy change', (d) => {
    const a = d.pharmacy(); const b = d.otherPharmacy(a); const md = d.monDay(); const [fx, f] = d.phone();
    return [`Designated pharmacy changed from ${a} to ${b} at pt request on ${md}; both notified by fax (${fx}).`, [a, b, md, f]];
  }],
  ['licence checked at script pickup', (d) => {
    const dl = d.dl(); const ini = d.initials(); const md = d.slashMd();
    return [`Paper script for ${d.opioid()} #60 picked up by pt ${md}; ID checked: ${d.pick(['KY', 'OH', 'WV'])} DL ${dl}; signed out by ${ini}.`, [md, dl, ini]];
  }],
  // urine drug screen logs
  ['UDS log row', (d) => {
    const dt = d.mdy(); const sp = d.specimen(); const ini = d.initials();
    return [`${dt} | specimen ${sp} | observed: Y | temp 94 F | collector ${ini} | sent to ${d.lab()}`, [dt, sp, ini]];
  }],
  ['UDS confirmation result', (d) => {
    const acc = d.accession(); const dt = d.date();
    return [`${d.lab()} LC-MS/MS confirmation, accession ${acc}, collected ${dt}: oxycodone 1,240 ng/mL, noroxycodone 2,310 ng/mL; consistent with prescribed therapy.`, [acc, dt]];
  }],
  ['unexpected UDS discussed with family', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`UDS ${dt} positive for fentanyl, not prescribed. Discussed with pt and ${d.relation()} ${g}; pt denies use. Dr. ${s} notified; naloxone re-prescribed.`, [dt, g, s]];
  }],
  ['chain of custody form', (d) => {
    const c = d.ccf(); const mrn = d.mrn(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Chain of custody form #${c}: donor ID ${mrn}; collector ${g} ${s}, CMA; collected ${dt} ${d.time()}; split specimen sealed.`, [c, mrn, g, s, dt]];
  }],
  ['point-of-care cup lot', (d) => {
    const lot = d.lot(); const my = d.monthYear(); const g = d.given(); const s = d.sur();
    return [`POC 12-panel cup, lot ${lot}, exp ${my}; read at 5 minutes by ${g} ${s}, MA. BUP negative, OXY positive.`, [lot, my, g, s]];
  }],
  ['toxicologist call about specimen', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur(); const sp = d.specimen(); const [ph, p] = d.phone();
    return [`${d.lab()} toxicologist ${g} ${s}, PhD, called ${w} re: specimen ${sp}: creatinine 14 mg/dL, dilute. Callback ${ph}.`, [g, s, w, sp, p]];
  }],
  ['random UDS call-in', (d) => {
    const w = d.weekday(); const [ph, p] = d.phone(); const ini = d.initials();
    return [`Random UDS call placed ${w} 0815 to cell ${ph}; pt must present by 1700. Arrived 1440, observed collection. Called by ${ini}.`, [w, p, ini]];
  }],
  // PDMP checks
  ['PDMP check note', (d) => {
    const rep = d.pdmpReport(); const dt = d.date(); const [who, wp] = d.staff(); const md = d.slashMd();
    return [`${d.pdmp()} report #${rep} reviewed ${dt} by ${who}: 1 prescriber, 1 pharmacy, last fill ${md}, 45 MME/day. No red flags.`, [rep, dt, ...wp, md]];
  }],
  ['PDMP outside prescriber', (d) => {
    const dt = d.date(); const ph = d.pharmacy(); const s = d.sur(); const pr = d.pcp();
    return [`${d.pdmp()} shows alprazolam 1 mg #30 filled ${dt} at ${ph}, prescriber Dr. ${s} (${pr}); not disclosed at intake.`, [dt, ph, s, pr]];
  }],
  ['PDMP delegate account', (d) => {
    const g = d.given(); const s = d.sur(); const u = d.userId(g, s); const my = d.monthYear();
    return [`PDMP delegate account for ${g} ${s}, MA, user ID ${u}, approved ${my}; supervising prescriber on file.`, [g, s, u, my]];
  }],
  ['PDMP fill table', (d) => {
    const a = d.mdy(); const b = d.mdy(); const pa = d.pharmacy(); const pb = d.otherPharmacy(pa);
    return [`Fill date   Drug                     Qty  MME  Pharmacy\n${a}  hydrocodone/APAP 10/325   120   40  ${pa}\n${b}  gabapentin 600 mg          90    -  ${pb}`, [a, pa, b, pb]];
  }],
  ['PDMP interstate query with IP', (d) => {
    const q = d.queryId(); const ip = d.ip();
    return [`NarxCare interstate query ${q} at ${d.time()} from workstation ${ip}: Narx score 410/330/210, ORS 520; records from ${d.state()} included.`, [q, ip]];
  }],
  ['PDMP overdose flag', (d) => {
    const h = d.hospital(); const dt = d.date();
    return [`PDMP flags a prior nonfatal overdose: ED visit at ${h} on ${dt}. Naloxone co-prescribed, MME lowered to 50/day.`, [h, dt]];
  }],
  // procedure notes
  ['procedure note header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dos = d.date(); const [who, wp] = d.staff(); const a = d.asc();
    return [`PROCEDURE NOTE\nPatient: ${listed(p)}   MRN: ${mrn}   DOS: ${dos}\nProcedure: ${d.procedure()}\nPhysician: ${who}, ${d.pick(['MD', 'DO'])}\nLocation: ${a}`, [...nameParts(p), mrn, dos, ...wp, a]];
  }],
  ['transforaminal ESI with fluoroscopy time', (d) => {
    const g = d.given(); const s = d.sur(); const sn = d.serial();
    return [`Right L5-S1 TFESI under fluoroscopy (OEC 9900 C-arm, SN ${sn}); Omnipaque 180 1 mL, dexamethasone 10 mg. Fluoroscopy time 18.4 s, 3.1 mGy. Assisted by ${g} ${s}, RT(R).`, [sn, g, s]];
  }],
  ['medial branch block and RFA booking', (d) => {
    const dt = d.date(); const w = d.weekday(); const md = d.monDay();
    return [`Bilateral L3-L5 MBB on ${dt}; pain diary shows 80% relief for 6 hours. RFA scheduled ${w}, ${md}.`, [dt, w, md]];
  }],
  ['RFA note with lots and generator serial', (d) => {
    const lot = d.lot(); const sn = d.serial(); const s = d.sur();
    return [`RFA of right L3, L4 medial branches and L5 dorsal ramus, 80 C x 90 s per lesion. RF cannula lot ${lot}; generator SN ${sn}. Fluoroscopy time 64 s. Dr. ${s}.`, [lot, sn, s]];
  }],
  ['cervical ESI with CRNA and driver', (d) => {
    const g = d.given(); const s = d.sur(); const dg = d.given(); const [ph, p] = d.phone();
    return [`C7-T1 ILESI under MAC by ${g} ${s}, CRNA. Driver: pt's ${d.relation()} ${dg}, ${ph}. Tolerated well.`, [g, s, dg, p]];
  }],
  ['fluoroscopy log row', (d) => {
    const dt = d.mdy(); const mrn = d.mrn(); const ini = d.initials();
    return [`${dt} | Rm 2 | MRN ${mrn} | caudal ESI | 22.6 s | 4.2 mGy | tech ${ini}`, [dt, mrn, ini]];
  }],
  ['procedure time-out', (d) => {
    const p = d.person(); const dob = d.dob(); const dt = d.date(); const w = d.weekday();
    return [`Time-out at ${d.time()} on ${dt}: correct patient (${written(p)}, DOB ${dob}), correct side and level, consent signed; apixaban held since ${w}.`, [dt, ...nameParts(p), dob, w]];
  }],
  ['anticoagulation hold clearance', (d) => {
    const s = d.sur(); const pr = d.pcp(); const md = d.slashMd(); const [fx, f] = d.phone();
    return [`Eliquis to be held 3 days before procedure per Dr. ${s} at ${pr}; clearance faxed ${md} from ${fx}.`, [s, pr, md, f]];
  }],
  ['genicular block and RFA booking', (d) => {
    const a = d.asc(); const dt = d.date();
    return [`Left genicular nerve block gave 60% relief. Genicular RFA booked at ${a} on ${dt}.`, [a, dt]];
  }],
  ['post-procedure call', (d) => {
    const w = d.weekday(); const g = d.given(); const [ph, p] = d.phone();
    return [`Post-procedure call ${w}: spoke with pt's ${d.relation()} ${g} at ${ph}; no fever, no new weakness, site clean.`, [w, g, p]];
  }],
  ['SI joint injection with outside MRI', (d) => {
    const im = d.imaging(); const dt = d.date(); const acc = d.accession();
    return [`Left SIJ injection. MRI L-spine from ${im} dated ${dt} (accession ${acc}) reviewed: L4-L5 disc bulge, no stenosis.`, [im, dt, acc]];
  }],
  ['prior authorization approval', (d) => {
    const pa = d.priorAuth(); const a = d.date(); const b = d.date();
    return [`Prior auth ${pa} approved by ${d.payer()} for CPT 64483 x1, valid ${a} through ${b}.`, [pa, a, b]];
  }],
  ['surgery center discharge instructions', (d) => {
    const a = d.asc(); const st = d.street(); const t = d.town(); const [ph, p] = d.phone(); const o = d.dayOrdinal();
    return [`Discharged from ${a}, ${st}, ${t}. Call ${ph} for fever, new numbness or severe headache. Follow-up visit on the ${o}.`, [a, st, t, p, o]];
  }],
  ['PACS upload of fluoroscopy images', (d) => {
    const ip = d.ip(); const acc = d.accession(); const md = d.monDay();
    return [`Saved fluoroscopy images sent to PACS node ${ip}, accession ${acc}, on ${md}; dose report attached.`, [ip, acc, md]];
  }],
  // spinal cord stimulator trials and implants
  ['SCS trial placement with lead lots', (d) => {
    const l1 = d.lot(); const l2 = d.lot(); const g = d.given(); const s = d.sur(); const m = d.maker();
    return [`Percutaneous SCS trial: two 8-contact leads at T8-T9, lead lots ${l1} and ${l2}. ${m} rep ${g} ${s} present for programming.`, [l1, l2, g, s]];
  }],
  ['SCS trial diary', (d) => {
    const [w1, w2] = d.twoWeekdays(); const o = d.dayOrdinal(); const t = d.town();
    return [`Trial day 3 (${w1}): pain 3/10, walked the track in ${t} for the first time in a year. Day 5 (${w2}): 70% relief. Leads out on the ${o}.`, [w1, t, w2, o]];
  }],
  ['device rep visit log', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const b = d.badge(); const dt = d.date();
    return [`Vendor sign-in: ${g} ${s}, ${d.maker()}, cell ${ph}, badge #${b}, ${dt} ${d.time()}, procedure room 1.`, [g, s, p, b, dt]];
  }],
  ['psychological clearance for SCS', (d) => {
    const g = d.given(); const s = d.sur(); const ps = d.psych(); const dt = d.date();
    return [`Pre-implant psychological evaluation by ${g} ${s}, PsyD (${ps}) on ${dt}: cleared for SCS; MMPI-2-RF valid.`, [g, s, ps, dt]];
  }],
  ['permanent implant with IPG serial', (d) => {
    const sn = d.serial(); const dt = d.date(); const h = d.hospital();
    return [`Permanent SCS implanted ${dt} at ${h}: rechargeable IPG, SN ${sn}, right buttock pocket; paddle lead at T9.`, [dt, h, sn]];
  }],
  ['remote programming session', (d) => {
    const ses = d.session(); const md = d.monDay(); const g = d.given();
    return [`Remote programming session ${ses} on ${md} with rep ${g}; switched to program 4, amplitude 2.1 mA.`, [ses, md, g]];
  }],
  ['device card mailed home', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const reg = d.regNo();
    return [`Device ID card and MRI-conditional letter mailed to ${st}, ${t}, ${d.state()} ${z}; implant registration #${reg}.`, [st, t, z, reg]];
  }],
  // pill counts
  ['pill count record', (d) => {
    const dt = d.date(); const md = d.slashMd(); const a = d.initials(); const b = d.initials();
    return [`PILL COUNT\nDate: ${dt}\nMedication: ${d.opioid()}, filled ${md}, #90\nExpected: 42   Counted: 41\nCounted by: ${a}   Witness: ${b}`, [dt, md, a, b]];
  }],
  ['random pill count call', (d) => {
    const w = d.weekday(); const ph = d.pharmacy(); const rx = d.rxNo();
    return [`Called for random pill count ${w}; pt came in the next morning with the bottle from ${ph}, Rx #${rx}. Count correct.`, [w, ph, rx]];
  }],
  ['stolen medication police report', (d) => {
    const dt = d.date(); const t = d.town(); const pd = d.police(); const rep = d.policeReport(); const s = d.sur();
    return [`Pt reports medications stolen from truck on ${dt} in ${t}. Report #${rep} from ${pd}, Officer ${s}. Per agreement, no early refill.`, [dt, t, rep, pd, s]];
  }],
  ['pharmacy fill history', (d) => {
    const ph = d.pharmacy(); const rx = d.rxNo(); const a = d.mdy(); const b = d.mdy();
    return [`Fill history from ${ph}: Rx #${rx} filled ${a} and ${b}, 30-day supply each.`, [ph, rx, a, b]];
  }],
  // pharmacy call-backs
  ['pharmacist callback message', (d) => {
    const g = d.given(); const ph = d.pharmacy(); const rx = d.rxNo(); const [tel, p] = d.phone();
    return [`Pharmacist ${g} at ${ph} called re: Rx #${rx}, asking to verify the quantity (#84). Callback ${tel}.`, [g, ph, rx, p]];
  }],
  ['pharmacy fax clarification', (d) => {
    const ph = d.pharmacy(); const [fx, f] = d.phone(); const a = d.asc(); const p = d.person(); const dob = d.dob();
    return [`FAX TO: ${ph}\nFAX: ${fx}\nFROM: ${a}\nRE: ${listed(p)}   DOB ${dob}\nClarification: 30-day supply, do not fill before 28 days.`, [ph, f, a, ...nameParts(p), dob]];
  }],
  ['chain out of stock and transfer', (d) => {
    const c = d.chain(); const st = d.street(); const ph = d.pharmacy(); const g = d.given(); const s = d.sur(); const lic = d.license();
    return [`${c} on ${st} out of stock; Rx transferred to ${ph}, pharmacist ${g} ${s}, RPh, license #${lic}.`, [st, ph, g, s, lic]];
  }],
  ['prescriber DEA and NPI', (d) => {
    const g = d.given(); const s = d.sur(); const dea = d.dea(s); const npi = d.npi(); const lic = d.license();
    return [`Prescriber: ${g} ${s}, ${d.cred()}\nDEA ${dea}   NPI ${npi}\nState license ${lic}`, [g, s, dea, npi, lic]];
  }],
  ['EPCS token reissued', (d) => {
    const tk = d.token(); const s = d.sur(); const my = d.monthYear();
    return [`EPCS hard token serial ${tk} for Dr. ${s} re-issued ${my} after the old token was lost; two-factor re-verified.`, [tk, s, my]];
  }],
  ['holiday early refill request', (d) => {
    const h = d.holiday(); const ph = d.pharmacy();
    return [`Pt asks to fill 2 days early because ${ph} is closed for ${h}. Approved once; PDMP rechecked.`, [ph, h]];
  }],
  // workers' compensation and attorney letters
  ['workers comp claim and adjuster', (d) => {
    const cl = d.claim(); const doi = d.date(); const e = d.employer(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const em = d.email(g, s);
    return [`WC claim #${cl}, DOI ${doi}, employer ${e}. Adjuster ${g} ${s} (${d.carrier()}), ${ph}, ${em}.`, [cl, doi, e, g, s, p, em]];
  }],
  ['nurse case manager at visit', (d) => {
    const g = d.given(); const s = d.sur(); const [fx, f] = d.phone();
    return [`NCM ${g} ${s}, RN (${d.pick(NCM_FIRMS)}), attended the visit; requests notes faxed to ${fx} within 48 hours.`, [g, s, f]];
  }],
  ['attorney records request letter', (d) => {
    const firm = d.lawFirm(); const st = d.street(); const t = d.town(); const z = d.zip(); const p = d.person(); const doi = d.date(); const cn = d.caseNo();
    return [`${firm}\n${st}\n${t}, ${d.state()} ${z}\n\nRe: Our client ${written(p)}\n    Date of injury: ${doi}\n    Case No. ${cn}\nPlease forward all records and billing.`, [firm, st, t, z, ...nameParts(p), doi, cn]];
  }],
  ['IME and maximum medical improvement', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`IME by Dr. ${g} ${s} on ${dt} placed pt at MMI with 13% whole person impairment per the AMA Guides, 6th edition.`, [g, s, dt]];
  }],
  ['deposition scheduling', (d) => {
    const s = d.sur(); const w = d.weekday(); const dt = d.date(); const firm = d.lawFirm(); const cr = d.courtReporter();
    return [`Deposition of Dr. ${s} set for ${w}, ${dt}, at the offices of ${firm}; court reporter ${cr}. Fee schedule sent.`, [s, w, dt, firm, cr]];
  }],
  ['motor vehicle collision letter', (d) => {
    const dt = d.date(); const t = d.town(); const rep = d.policeReport(); const pl = d.plate(); const firm = d.lawFirm();
    return [`Our client was rear-ended on ${dt} on US-23 in ${t}; police report ${rep}; other driver's plate ${pl}. Please direct bills to ${firm}.`, [dt, t, rep, pl, firm]];
  }],
  ['work status note to employer', (d) => {
    const dt = d.date(); const e = d.employer(); const g = d.given(); const s = d.sur(); const [fx, f] = d.phone();
    return [`Work status: light duty, no lifting over 20 lb, no ladders, through ${dt}. To: ${e} HR, attn ${g} ${s}, fax ${fx}.`, [dt, e, g, s, f]];
  }],
  ['attorney e-mail and firm website', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const url = `www.${asciiLetters(d.sur()) || 'combs'}${d.pick(['injurylaw', 'law', 'legal'])}.com`;
    return [`Records release signed; attorney ${g} ${s}, Esq., ${em}, ${url}. Letter of protection on file.`, [g, s, em, url]];
  }],
  // physical therapy referrals
  ['physical therapy referral', (d) => {
    const pt = d.ptClinic(); const t = d.town(); const g = d.given(); const s = d.sur(); const [fx, f] = d.phone();
    return [`Referral to ${pt}, ${t}: lumbar stabilization and McKenzie, 2x/week x 6 weeks. Therapist ${g} ${s}, DPT; fax ${fx}.`, [pt, t, g, s, f]];
  }],
  ['physical therapy progress report', (d) => {
    const g = d.given(); const s = d.sur(); const pt = d.ptClinic(); const md = d.monDay();
    return [`PT progress from ${g} ${s}, PT (${pt}): 8 of 12 visits, ODI 42% to 30%, last seen ${md}.`, [g, s, pt, md]];
  }],
  ['aquatic therapy at the YMCA', (d) => {
    const y = d.ymca(); const [w1, w2] = d.twoWeekdays(); const my = d.monthYear();
    return [`Aquatic therapy at the ${y} started ${my}; pt went ${w1} and ${w2} this week and tolerated 30 minutes.`, [y, my, w1, w2]];
  }],
  // naloxone
  ['naloxone teaching', (d) => {
    const g = d.given(); const dt = d.date(); const lot = d.lot(); const ex = d.mdy();
    return [`Naloxone teaching done with pt and ${d.relation()} ${g} on ${dt}; Narcan 4 mg nasal spray kit dispensed, lot ${lot}, exp ${ex}. Teach-back 3/3.`, [g, dt, lot, ex]];
  }],
  ['naloxone at pharmacy', (d) => {
    const ph = d.pharmacy(); const g = d.given(); const md = d.slashMd();
    return [`Naloxone filled under the standing order at ${ph}; confirmed by phone with pharmacist ${g} on ${md}.`, [ph, g, md]];
  }],
  ['overdose reversal report', (d) => {
    const g = d.given(); const h = d.holiday(); const st = d.street(); const ems = d.ems(); const hosp = d.hospital();
    return [`Pt's ${d.relation()} ${g} gave Narcan on ${h} at home on ${st}; ${ems} transported to ${hosp}. Opioids held pending visit.`, [g, h, st, ems, hosp]];
  }],
  // pain diaries and messages
  ['pain diary entries', (d) => {
    const [w1, w2] = d.twoWeekdays(); const md = d.monDay(); const t = d.town();
    return [`Pain diary:\n${w1} - 7/10, could not sleep\n${w2} - 5/10 after ice and stretching\n${md} - flare after mowing at my sister's in ${t}`, [w1, w2, md, t]];
  }],
  ['pain diary monthly summary', (d) => {
    const my = d.monthYear(); const h = d.holiday();
    return [`${my} diary: average NRS 6, worst days around ${h} (travel, long car ride). PEG 6.3.`, [my, h]];
  }],
  ['portal message about a flare', (d) => {
    const dt = d.date(); const g = d.given(); const t = d.town(); const o = d.dayOrdinal();
    return [`Portal message ${dt}: "my back went out at my grandson ${g}'s ballgame in ${t} on the ${o}, can I get in sooner?"`, [dt, g, t, o]];
  }],
  ['phone message form', (d) => {
    const s = d.sur(); const p = d.person(); const [ph, pp] = d.phone(); const md = d.slashMd(); const ini = d.initials();
    return [`PHONE MESSAGE\nTo: Dr. ${s}   From: ${written(p)}\nPhone: ${ph}   Date: ${md}   Time: ${d.time()}\nMessage: wants to discuss increasing dose; told no changes by phone.\nTaken by: ${ini}`, [s, ...nameParts(p), pp, md, ini]];
  }],
  ['no-show letter with appointment', (d) => {
    const p = d.person(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const dt = d.date();
    return [`${written(p)}\n${st}\n${t}, ${d.state()} ${z}\n\nYou missed your appointment on ${dt}. Two missed visits end controlled prescribing per your agreement.`, [...nameParts(p), st, t, z, dt]];
  }],
];

/** The names of the wave's frames. */
export const painFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function painWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11411, rounds);
}

/** Look-alikes in pain clinic style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // opioids, adjuvants and their brands
  ['Oxycodone 10 mg q6h prn, #120.', 'Oxycodone'], ['Percocet 5/325 for breakthrough.', 'Percocet'], ['Norco 10/325 TID.', 'Norco'],
  ['MS Contin 15 mg q12h.', 'MS Contin'], ['Nucynta ER 100 mg BID.', 'Nucynta ER'], ['Tramadol 50 mg, max 4/day.', 'Tramadol'],
  ['Butrans 10 mcg/hr patch weekly.', 'Butrans'], ['Belbuca 300 mcg buccal film.', 'Belbuca'], ['Suboxone 8/2 mg daily.', 'Suboxone'],
  ['Methadone 5 mg TID, QTc 438.', 'Methadone'], ['Duragesic 25 mcg/hr.', 'Duragesic'], ['Gabapentin 600 mg TID.', 'Gabapentin'],
  ['Lyrica 75 mg BID.', 'Lyrica'], ['Cymbalta 60 mg daily.', 'Cymbalta'], ['Flexeril 10 mg qhs.', 'Flexeril'], ['Tizanidine 4 mg qhs.', 'Tizanidine'],
  ['Lidoderm 5% patch, 12 hours on.', 'Lidoderm'], ['Toradol 30 mg IM given.', 'Toradol'],
  ['Narcan 4 mg nasal spray.', 'Narcan'], ['Eliquis held 3 days.', 'Eliquis'],
  // steroids, contrast and local anesthetics
  ['Depo-Medrol 80 mg.', 'Depo-Medrol'], ['Kenalog 40 mg.', 'Kenalog'], ['Dexamethasone 10 mg (particulate-free).', 'Dexamethasone'],
  ['Omnipaque 240, 2 mL.', 'Omnipaque 240'], ['Isovue-M 200 used.', 'Isovue-M 200'], ['Lidocaine 1% for skin wheal.', 'Lidocaine 1%'],
  ['Bupivacaine 0.25%, 3 mL.', 'Bupivacaine 0.25%'],
  // devices by maker and model
  ['Medtronic Intellis trial.', 'Medtronic Intellis'], ['Boston Scientific WaveWriter Alpha.', 'WaveWriter Alpha'], ['Abbott Proclaim XR.', 'Proclaim XR'],
  ['Nevro Senza HFX, 10 kHz.', 'Senza HFX'], ['SPRINT PNS system, 60-day therapy.', 'SPRINT PNS'], ['Coolief cooled RF.', 'Coolief'],
  ['Intracept basivertebral nerve ablation.', 'Intracept'], ['OEC 9900 Elite C-arm.', 'OEC 9900 Elite'], ['22-gauge Quincke needle.', 'Quincke'],
  ['18-gauge Tuohy needle, loss of resistance.', 'Tuohy'], ['IPG model 97715.', '97715'], ['Vertos mild procedure.', 'mild procedure'],
  // procedures and levels
  ['Transforaminal epidural steroid injection.', 'Transforaminal epidural steroid injection'], ['Medial branch block x2.', 'Medial branch block'],
  ['Radiofrequency ablation, 80 C for 90 seconds.', '80 C for 90 seconds'], ['Kyphoplasty at T12.', 'T12'], ['L4-L5 disc bulge.', 'L4-L5'],
  ['C5-C6 foraminal stenosis.', 'C5-C6'], ['S1 radiculopathy.', 'S1'], ['Stellate ganglion block.', 'Stellate ganglion block'],
  ['Intrathecal pump refill.', 'Intrathecal pump'], ['SI joint fusion considered.', 'SI joint fusion'],
  // eponymous signs, tests and syndromes
  ["Spurling's test negative.", "Spurling's"], ["Patrick's (FABER) positive on the left.", "Patrick's"], ["Gaenslen's test positive.", "Gaenslen's"],
  ['Waddell signs 1/5.', 'Waddell'], ['Lasègue sign at 40 degrees.', 'Lasègue'], ["Tinel's at the tarsal tunnel.", "Tinel's"],
  ['Modified Schober 3 cm.', 'Schober'], ['Hoffmann sign absent.', 'Hoffmann'], ['Babinski downgoing.', 'Babinski'],
  ['Tarlov cyst at S2, incidental.', 'Tarlov'], ['Modic type 1 changes at L5-S1.', 'Modic'], ['Bertolotti syndrome.', 'Bertolotti'],
  ["Baastrup's disease.", "Baastrup's"], ["Scheuermann's kyphosis.", "Scheuermann's"],
  // scores and screening tools
  ['ORT 4, low risk.', 'ORT 4'], ['SOAPP-R 22.', 'SOAPP-R 22'], ['COMM 9.', 'COMM 9'], ['DIRE score 17.', 'DIRE score 17'],
  ['PEG 6.7.', 'PEG 6.7'], ['NRS 7/10.', '7/10'], ['ODI 38%.', 'ODI 38%'], ['PHQ-9 of 14.', 'PHQ-9 of 14'],
  ['PROMIS pain interference T-score 64.', 'T-score 64'], ['DN4 5/10, neuropathic.', 'DN4'],
  ['Brief Pain Inventory completed.', 'Brief Pain Inventory'], ['STarT Back high risk.', 'STarT Back'],
  ['MMPI-2-RF valid profile.', 'MMPI-2-RF'],
  // urine drug testing terms
  ['Opiate cutoff 300 ng/mL.', '300 ng/mL'], ['LC-MS/MS confirmation.', 'LC-MS/MS'], ['6-MAM negative.', '6-MAM'], ['EtG positive at 500 ng/mL.', 'EtG'],
  ['Creatinine 18 mg/dL.', '18 mg/dL'], ['Specific gravity 1.002, dilute.', '1.002'], ['12-panel cup.', '12-panel'],
  ['Norfentanyl detected.', 'Norfentanyl'], ['Xylazine not detected.', 'Xylazine'],
  // MME, guidelines, codes
  ['Total 90 MME/day.', '90 MME/day'], ['Per the CDC 2022 guideline.', 'CDC 2022'], ['CPT 64483.', '64483'], ['CPT 64635 x2.', '64635'],
  ['CPT 63650 for trial leads.', '63650'], ['CPT 62323.', '62323'], ['HCPCS J1030.', 'J1030'], ['ICD-10 M54.16.', 'M54.16'],
  ['M47.816 lumbar spondylosis.', 'M47.816'], ['G89.4 chronic pain syndrome.', 'G89.4'], ['F11.20 opioid use disorder.', 'F11.20'],
  ['Z79.891 long-term opioid use.', 'Z79.891'], ['NDC 69547-353-02.', '69547-353-02'],
  // PDMP programs, labs, chains, payers, carriers and bodies named alone
  ['KASPER reviewed.', 'KASPER'], ['OARRS checked.', 'OARRS'], ['NarxCare report.', 'NarxCare'], ['PMP InterConnect.', 'PMP InterConnect'],
  ['Sent to Quest Diagnostics.', 'Quest Diagnostics'], ['LabCorp confirm.', 'LabCorp'],
  ['Millennium Health result.', 'Millennium Health'], ['Filled at Walgreens.', 'Walgreens'], ['CVS declined the early fill.', 'CVS'],
  ['Carrier: Liberty Mutual.', 'Liberty Mutual'], ['Travelers adjuster.', 'Travelers'],
  ['Sedgwick TPA.', 'Sedgwick'], ['Humana Gold Plus.', 'Humana'], ['Medicare Part D.', 'Medicare Part D'],
  ['DEA Form 106 filed.', 'DEA Form 106'], ['FDA REMS program.', 'REMS'], ['SAMHSA hotline.', 'SAMHSA'], ['ASIPP guidelines.', 'ASIPP'],
  ['Spine Intervention Society practice guidelines.', 'Spine Intervention Society'], ['The Joint Commission.', 'Joint Commission'],
  ['42 CFR Part 2 applies.', '42 CFR Part 2'], ['AMA Guides, 6th edition.', 'AMA Guides'], ['ODG treatment guidelines.', 'ODG'],
  // generic places, schedules, relations and roles without names
  ['Seen at the ASC.', 'the ASC'], ['Called the pharmacy.', 'the pharmacy'], ['Sent to the ED.', 'the ED'],
  ['Procedures Tuesday and Thursday mornings.', 'Tuesday and Thursday mornings'],
  ['Clinic hours Monday through Friday, 8 to 4:30.', 'Monday through Friday'], ['Her husband drove her.', 'husband'], ['The rep adjusted the program.', 'rep'],
  ['The adjuster will call.', 'adjuster'], ['Nurse case manager attended.', 'Nurse case manager'], ['Defense attorney requested records.', 'Defense attorney'],
  ['The pharmacist called back.', 'pharmacist'], ['Lives in eastern Kentucky.', 'eastern Kentucky'], ['Moved from West Virginia.', 'West Virginia'],
  // ages, years, counts and durations
  ['67-year-old man.', '67'], ['89-year-old woman.', '89'], ['Back pain since 2016.', '2016'], ['#90 tablets, 30-day supply.', '30-day supply'],
  ['Fluoroscopy time 34.2 seconds.', '34.2 seconds'], ['Dose 4.6 mGy.', '4.6 mGy'], ['7-day trial.', '7-day trial'], ['PT 2x/week for 6 weeks.', '6 weeks'],
  ['Fentanyl 50 mcg/hr.', '50 mcg/hr'], ['Trial day 5 of 7.', 'day 5 of 7'],
  // everyday words that are also names or towns
  ['Good relief after the block.', 'relief'], ['Fall hazard in the home.', 'hazard'], ['Expressed hope for the trial.', 'hope'],
  ['Faith community is a support.', 'Faith'], ['Sharp pain down the leg.', 'Sharp'], ['Hurt his back lifting.', 'Hurt'], ['Bone scan negative.', 'Bone'],
  ['Kidney stone history.', 'stone'], ['Will call with results.', 'Will'], ['Union steward present for the work status talk.', 'Union'],
  ['No justice system involvement.', 'justice'], ['Comfort measures discussed.', 'Comfort'], ['Normal gait.', 'Normal'], ['Grace period of two days.', 'Grace'],
  ['Dusty work site.', 'Dusty'], ['Pain is in the lower back.', 'Pain'],
];

export const painKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPainKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(painKeepCases(), find);

export function scorePainWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => painWaveCases(seed)), find);
}
