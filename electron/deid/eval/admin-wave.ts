// A blind wave of the administrative parts of a chart as they are pasted into notes: registration and face sheets
// (name, DOB, address blocks with apartments, PO boxes and rural routes, ZIP and ZIP+4, SSNs in full, spaced and as a
// last four, photo IDs with drivers' licences in several states' formats and passports, FIN/CSN/HAR numbers, e-mail,
// preferred pharmacy), insurance verification and prior authorization notes (member IDs with prefixes, group and RxGrp
// numbers, Medicare MBIs, Medicaid IDs, eligibility and call reference numbers, auth numbers with their valid ranges,
// card expiry 'exp 08/27', coordination of benefits through a spouse's employer), billing and claims (claim and ICN
// numbers, DOS ranges, CMS-1500 and UB-04 boxes, statements with pay-online URLs, refund checks, card last four, a
// clinician's and a practice's NPI and TIN), release of information and records requests (authorizations to an
// attorney, expiry dates, SSA/DDS case numbers, subpoenas with docket numbers, fax cover sheets and their footers),
// consents and advance directives (health care proxy agents with address and phone, POA with a notary and commission
// expiry, guardianship decrees and counsel's BBO number, witnesses, interpreters' IDs, MOLST), research consents (subject,
// randomization and stipend card numbers), workers' comp and disability forms (claim numbers, DOI, employers, adjusters,
// FMLA ranges, STD claims and employee IDs), MVC, police and EMS run reports (run and incident numbers, plates with a
// state, VINs, intersections, report and badge numbers, other drivers' licences and policies, crew licence numbers),
// employer and school notes, death and birth certificates and autopsy requests (certificate and ME case numbers,
// funeral homes, ages over 89), patient portal URLs and user names, access logs with IP addresses, and device serials;
// in mixed case, ALL CAPS and lower case. A list of look-alikes in the same style must not be touched. Written without
// reading the engine's rules or any gold data. `scoreAdminWave`.
// Decisions: in 'LAST, FIRST M' the surname and the given name are planted, a middle initial is not; a credential (MD,
// NP, RN, Esq., CRC, EMT-B) is not; a street line is planted whole with its number, suffix and apartment ('12 Church
// St Apt 3B'), as are 'PO Box 412' and 'RR 2 Box 118'; the town and the ZIP (with its +4) are planted, the state is
// kept; a county in a court's name is planted alone ('Essex'), the court's kind words are kept; a hospital, clinic,
// school, local employer, funeral home or law office is planted whole ('Liberty Roofing LLC', 'Salem Family
// Medicine'); a payer or national carrier named in its plan (Blue Cross PPO, MassHealth Standard, Liberty Mutual,
// GEICO, Unum) is kept; every identifying number is planted whole with any letter prefix or suffix it is written with
// ('XYZ123456789', 'W123456789-01', MBI '1EG4-TE5-MK72'), its label ('Member ID', 'Auth #', 'FIN') is kept; an SSN
// last four and a card's last four are planted (the 'xxx-xx-' mask is kept); a driver's licence is planted, its state
// kept; the NPI of a named clinician and the NPI and TIN of a practice are planted (they point at a named person or a
// place smaller than a state); a plate is planted without its state, a VIN whole, a vehicle's year and make kept, the two streets of a crash's
// intersection planted ('Elm St', 'Route 9'); every
// date element is planted as written, including month/year effective dates ('03/2019'), card expiry ('exp 08/27'),
// each end of a range, a weekday, and compact UB-04 dates ('030424'); a time is kept; an age over 89 is planted as its
// number; a URL is planted whole, a user name and an IP planted; a phone's leading '(' need not be covered. Kept
// (look-alikes): CPT, HCPCS, ICD-10, NDC, DRG, revenue, POS, type-of-bill, condition and occurrence codes, CARC/RARC,
// modifiers (-25, -59), units, dollar amounts, percentages, BIN/PCN of a pharmacy processor, an NCT number of a
// public trial, plan and payer names, form names (CMS-1500, UB-04, W-9, SSA-827, WH-380-E), statute sections (45 CFR
// 164.508, 42 CFR Part 2, Section 12), page and version numbers, box and field numbers, years alone, states,
// generic agencies (the DMV, the county court, Social Security), relations without names, everyday words that are also
// names, eponyms and scales, ages of 89 and under, times.
// Measured before rules: 0.815 recall on seeds 5, 11, 23 (4036/4950), 0.811 on fresh seeds 41, 42, 43 (4012/4950); 7/85
// look-alikes touched (revenue codes '0450' and '0636', "Liberty Mutual", "NCT04280705", "Registry of Motor Vehicles",
// "Department of Industrial Accidents", "Miranda").
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as pt } from '@faker-js/faker/locale/pt_PT';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, gb, ie, ca, mx, frca, br, pt, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Charity', 'Patience', 'Joy', 'May', 'June', 'Autumn', 'Summer', 'Rose', 'Daisy', 'Fern', 'Pearl', 'Ruby', 'Crystal', 'Misty', 'Dusty', 'Buck', 'Bud', 'Cash', 'Chase', 'Hunter', 'Mark', 'Bill', 'Sue', 'Guy', 'Art', 'Les', 'Dean', 'Royal', 'King', 'Major', 'Precious', 'Destiny', 'Harmony', 'Blessing'];
const WORD_SUR = ['Price', 'Church', 'Bank', 'Banks', 'Cash', 'Money', 'Law', 'Judge', 'Bond', 'Sheriff', 'Notary', 'Clerk', 'Warden', 'Street', 'Lane', 'Road', 'House', 'Hall', 'Wall', 'Stone', 'Ward', 'Case', 'Fee', 'Payne', 'Cost', 'Good', 'Best', 'Fair', 'Lawless', 'Worthy', 'Carr', 'Driver', 'Walker', 'Miles', 'Paige', 'Fields', 'Gates', 'Wells', 'Foster', 'Sexton', 'Parish', 'Post'];
/** Towns that are everyday words, names, states' or countries' names. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Harmony', 'Concord', 'Canaan', 'Paris', 'Peru', 'Mexico', 'Poland', 'Lebanon', 'Athens', 'Berlin', 'Madison', 'Jackson', 'Franklin', 'Lincoln', 'Orange', 'Ware', 'Dover', 'Sharon', 'Milton', 'Sterling', 'Florida', 'Mansfield', 'Easton', 'Lee', 'Hull', 'Bolton', 'Clinton', 'Holden', 'Wayland', 'Sutton', 'Richmond', 'Readfield', 'Industry', 'Freedom', 'Unity', 'Carmel'];
const REAL_TOWNS = ['Athol', 'Palmer', 'Monson', 'Barre', 'Petersham', 'Templeton', 'Winchendon', 'Ashburnham', 'Rindge', 'Jaffrey', 'Peterborough', 'Claremont', 'Littleton', 'Lancaster', 'St. Johnsbury', 'Bellows Falls', 'Skowhegan', 'Dexter', 'Millinocket', 'Presque Isle', 'Caribou', 'Houlton', 'Machias', 'Rumford', 'Farmington', 'Norwich', 'Putnam', 'Willimantic', 'Westerly', 'Woonsocket', 'Gardner', 'Southbridge', 'Webster', 'Leominster', 'Lowell', 'Haverhill', 'Chicopee', 'Holyoke'];
const COUNTIES = ['Essex', 'Middlesex', 'Worcester', 'Hampden', 'Berkshire', 'Bristol', 'Plymouth', 'Barnstable', 'Norfolk', 'Suffolk', 'Hampshire', 'Cheshire', 'Grafton', 'Coos', 'Aroostook', 'Penobscot', 'Windsor', 'Kennebec', 'Androscoggin', 'Hillsborough'];
const STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'NY'];
const STREET_NAMES = ['Elm', 'Maple', 'Oak', 'Main', 'Church', 'Pleasant', 'Liberty', 'Union', 'Prospect', 'Summer', 'Winter', 'Water', 'Mill', 'High', 'School', 'Park', 'Washington', 'Chestnut', 'Pine', 'Spring', 'Hope', 'Old County', 'Pond', 'Depot', 'Bridge', 'Green', 'Cherry', 'Orchard', 'North', 'Federal', 'Court', 'Grove', 'Highland', 'Sunset', 'Birch'];
const STREET_SUFFIX = ['St', 'Street', 'Rd', 'Road', 'Ave', 'Avenue', 'Ln', 'Lane', 'Dr', 'Drive', 'Way', 'Ct', 'Circle', 'Terrace', 'Hwy', 'Pkwy', 'Pl'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital'];
const SAINTS = ['Agnes', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Jude'];
const CLINIC_KIND = ['Family Medicine', 'Family Practice', 'Pediatrics', 'Internal Medicine', 'Primary Care', 'Health Center', 'Orthopedics', 'Urgent Care', 'Community Health Center'];
const EMPLOYER_KIND = ['Roofing', 'Landscaping', 'Construction', 'Trucking', 'Plumbing & Heating', 'Auto Body', 'Dairy Farm', 'Lumber', 'Tire & Auto', 'Electric', 'Paving'];
const TOWN_EMPLOYER = ['Paper Company', 'Public Schools', 'Housing Authority', 'Savings Bank', 'Nursing & Rehabilitation Center', 'Highway Department', 'Fire Department', 'Country Club', 'Mill Works', 'Cooperative Bank'];
const SCHOOL_KIND = ['Elementary School', 'Middle School', 'Regional High School', 'High School', 'Memorial School', 'Academy'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'niece', 'nephew', 'sister', 'brother', 'partner', 'granddaughter', 'mother', 'father'];
const PLANS = ['Blue Cross Blue Shield PPO', 'Harvard Pilgrim HMO', 'Tufts Health Plan', 'Aetna Choice POS II', 'UnitedHealthcare Choice Plus', 'Cigna Open Access Plus', 'Anthem Blue Cross', 'Fallon Health', 'Martin\'s Point Generations Advantage', 'BCBS Federal Employee Program'];
const PAYERS = ['Aetna', 'Cigna', 'UnitedHealthcare', 'Humana', 'Anthem', 'Tufts', 'BCBSMA', 'Harvard Pilgrim'];
const LANGUAGES = ['Spanish', 'Portuguese', 'Haitian Creole', 'Vietnamese', 'Khmer', 'Arabic', 'Cape Verdean Creole', 'Nepali'];
/** Letters an MBI may hold (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

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
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  rel(): string {
    return this.pick(RELATIVES);
  }
  plan(): string {
    return this.pick(PLANS);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  clinic(): string {
    return this.r() < 0.7 ? `${this.town()} ${this.pick(CLINIC_KIND)}` : `${this.sur()} ${this.pick(CLINIC_KIND)}`;
  }
  employer(): string {
    return this.r() < 0.55 ? `${this.sur()} ${this.pick(EMPLOYER_KIND)}${this.pick(['', ' LLC', ', Inc.', ' Co.'])}` : `${this.town()} ${this.pick(TOWN_EMPLOYER)}`;
  }
  school(): string {
    return `${this.r() < 0.6 ? this.town() : this.sur()} ${this.pick(SCHOOL_KIND)}`;
  }
  /** A street line: number, name, suffix and sometimes an apartment or unit. */
  street(): string {
    if (this.r() < 0.2) return this.faker().location.streetAddress();
    const apt = this.pick(['', '', '', ` Apt ${this.int(1, 12)}${this.pick(['', 'A', 'B', 'C'])}`, `, Apt. ${this.int(1, 40)}`, ` #${this.int(1, 9)}`, ` Unit ${this.int(101, 412)}`, `, Fl ${this.int(1, 3)}`]);
    return `${this.int(1, 2999)} ${this.pick(STREET_NAMES)} ${this.pick(STREET_SUFFIX)}${apt}`;
  }
  poBox(): string {
    return `${this.pick(['PO Box', 'P.O. Box', 'P O Box', 'POB'])} ${this.int(1, 9999)}`;
  }
  ruralRoute(): string {
    const k = this.int(0, 2);
    if (k === 0) return `RR ${this.int(1, 9)} Box ${this.int(1, 399)}`;
    if (k === 1) return `Rural Route ${this.int(1, 9)}, Box ${this.int(1, 399)}`;
    return `HC ${this.int(30, 89)} Box ${this.int(1, 999)}`;
  }
  /** A ZIP: five digits (New England's start with 0 often), or ZIP+4. */
  zip(plus4 = this.r() < 0.3): string {
    const z = this.r() < 0.6 ? `0${this.int(1000, 5999)}` : this.digitString(5);
    return plus4 ? `${z}-${this.digits(4)}` : z;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = this.digits(4);
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const local = this.pick([`${asciiLetters(g)}.${asciiLetters(s)}`, `${asciiLetters(g).charAt(0)}${asciiLetters(s)}${this.int(1, 99)}`, `${asciiLetters(s)}${asciiLetters(g)}${this.int(1950, 2005)}`]);
    return `${local}@${this.pick(['gmail.com', 'yahoo.com', 'comcast.net', 'aol.com', 'hotmail.com', 'icloud.com', 'charter.net'])}`;
  }
  /** A full date in one of the forms administrative notes use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 10);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}-${pad2(d)}-${y}` : k === 9 ? `${m}.${d}.${y}` : `${m}/${d}/${y}`);
  }
  /** mm/dd/yyyy. */
  /** A date of birth (numeric), born between `lo` and `hi`. */
  dob(lo = 1930, hi = 2005): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${y}-${pad2(m)}-${pad2(d)}`, `${pad2(m)}-${pad2(d)}-${y}`]);
  }
  /** A month with its year ('03/2019', 'March 2019', '3/1/2019'). */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.int(2005, 2025);
    return this.pick([`${pad2(m)}/${y}`, `${MONTHS[m - 1]!} ${y}`, `${m}/1/${y}`, `${MON[m - 1]!} ${y}`]);
  }
  /** A card's expiry ('08/27', '8/2027', '08/31/2027'). */
  exp(): string {
    const m = this.int(1, 12);
    const y = this.int(2025, 2031);
    return this.pick([`${pad2(m)}/${pad2(y % 100)}`, `${m}/${y}`, `${pad2(m)}/${pad2(this.int(1, 28))}/${y}`]);
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  ssn(): string {
    const a = String(this.int(1, 899)).padStart(3, '0');
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  last4(): string {
    return this.digits(4);
  }
  /** A commercial member ID with its prefix or suffix. */
  memberId(): string {
    switch (this.int(0, 6)) {
      case 0: return `${this.letters(3)}${this.digitString(9)}`;
      case 1: return `W${this.digitString(9)}${this.pick(['', '-01', '-02'])}`;
      case 2: return `${this.letters(3)}${this.letters(1)}${this.digitString(8)}`;
      case 3: return `${this.digitString(9)}${this.pick(['00', '01', '02'])}`;
      case 4: return `H${this.digitString(8)}`;
      case 5: return `${this.letters(2)}${this.digitString(7)}`;
      default: return `${this.letters(3)}-${this.digitString(3)}-${this.digits(6)}`;
    }
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
    const k = this.int(0, 2);
    if (k === 0) return `100${this.digitString(9)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(5)}${this.letters(1)}`;
    return `${this.digitString(8)}${this.letters(1)}`;
  }
  group(): string {
    switch (this.int(0, 4)) {
      case 0: return this.digits(7);
      case 1: return `${this.digitString(6)}-${this.digits(3)}`;
      case 2: return `GRP${this.digitString(6)}`;
      case 3: return `${this.letters(1)}${this.digitString(5)}`;
      default: return this.digitString(8);
    }
  }
  claim(): string {
    switch (this.int(0, 3)) {
      case 0: return this.digitString(13);
      case 1: return `CLM-${this.digitString(8)}`;
      case 2: return `E${this.digitString(10)}`;
      default: return `${this.year()}${this.digits(3)}${this.digitString(6)}`;
    }
  }
  auth(): string {
    switch (this.int(0, 4)) {
      case 0: return `A${this.digitString(9)}`;
      case 1: return `PA${this.digitString(10)}`;
      case 2: return `UM-${this.year()}-${this.digits(6)}`;
      case 3: return this.digitString(9);
      default: return `${this.letters(3)}-${this.digitString(6)}`;
    }
  }
  /** An encounter or account number (FIN, CSN, HAR, guarantor account). */
  acct(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(10);
    if (k === 1) return `${this.letters(1)}${this.digits(9)}`;
    if (k === 2) return this.digitString(9);
    return `${this.digitString(4)}-${this.digits(6)}`;
  }
  npi(): string {
    return `${this.int(1, 2)}${this.digits(9)}`;
  }
  tin(): string {
    return `${this.digitString(2)}-${this.digits(7)}`;
  }
  /** A driver's licence in one state's format: the state (kept) and the number (planted). */
  licence(): readonly [string, string] {
    switch (this.int(0, 9)) {
      case 0: return ['MA', `S${this.digits(8)}`];
      case 1: return ['NH', `${this.digits(2)}${this.letters(3)}${this.digits(5)}`];
      case 2: return ['NY', this.r() < 0.5 ? `${this.digitString(3)} ${this.digits(3)} ${this.digits(3)}` : this.digitString(9)];
      case 3: return ['CA', `${this.letters(1)}${this.digits(7)}`];
      case 4: return ['FL', `${this.letters(1)}${this.digits(3)}-${this.digits(3)}-${this.digits(2)}-${this.digits(3)}-${this.digits(1)}`];
      case 5: return ['IL', `${this.letters(1)}${this.digits(3)}-${this.digits(4)}-${this.digits(4)}`];
      case 6: return ['PA', `${this.digits(2)} ${this.digits(3)} ${this.digits(3)}`];
      case 7: return ['NJ', `${this.letters(1)}${this.digits(4)} ${this.digits(5)} ${this.digits(5)}`];
      case 8: return ['WA', `WDL${this.lettersOf(VIN_CHARS, 9)}`];
      default: return ['ME', this.digitString(7)];
    }
  }
  passport(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(9);
    if (k === 1) return `${this.letters(1)}${this.digits(8)}`;
    return `${this.letters(2)}${this.digits(7)}`;
  }
  vin(): string {
    const s = `${this.pick(['1', '2', '3', '4', '5', 'J', 'K', 'W'])}${this.lettersOf(VIN_CHARS, 7)}${this.pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'])}${this.lettersOf(VIN_CHARS, 2)}${this.digits(6)}`;
    return s;
  }
  plate(): string {
    switch (this.int(0, 3)) {
      case 0: return `${this.int(1, 9)}${this.letters(2)} ${this.digits(3)}`;
      case 1: return `${this.int(1, 9)}${this.letters(3)}${this.digits(3)}`;
      case 2: return `${this.letters(3)}-${this.digits(4)}`;
      default: return `${this.digits(3)} ${this.letters(3)}`;
    }
  }
  /** A run, incident, report or docket style number with a year. */
  yearNumber(width = 6): string {
    const y = this.year();
    return this.pick([`${y}-${this.digits(width)}`, `${pad2(y % 100)}-${this.digits(width)}`, `${pad2(y % 100)}${this.digits(width)}`]);
  }
  /** A Massachusetts-style court docket number. */
  docket(): string {
    const yy = pad2(this.year() % 100);
    return this.pick([`${this.letters(2)}${yy}P${this.digits(4)}${this.pick(['GD', 'PM', 'EA'])}`, `${yy}${this.digits(2)}CV${this.digits(6)}`, `1:${yy}-cv-${this.digits(5)}`, `${yy}-${this.digits(4)}`]);
  }
  /** A workers' comp claim number. */
  wcClaim(): string {
    return this.pick([`WC-${this.digitString(10)}`, `${this.digitString(3)}-${this.digits(2)}-${this.digits(6)}`, `${this.letters(2)}${this.digits(9)}`, `${this.year()}WC${this.digits(6)}`]);
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(8, 11));
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    return `${this.digitString(4)}-${this.digits(5)}`;
  }
  ip(): string {
    return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`, `${this.int(24, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  /** A staff user name in an access log ('JSMITH2', 'e123456'). */
  userId(g: string, s: string): string {
    return this.pick([`${asciiLetters(g).charAt(0)}${asciiLetters(s)}${this.int(1, 9)}`, `e${this.digits(6)}`, `${asciiLetters(s).slice(0, 5)}${asciiLetters(g).slice(0, 2)}`]);
  }
  /** 'First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g} ${this.mi()} (MD)`, [s, g]];
    return [`${g} ${s}, M.D.`, [g, s]];
  }
  /** A range of service or validity: the text and its two ends. */
  range(): readonly [string, string, string] {
    const a = this.mdy();
    const b = this.mdy();
    const sep = this.pick([' - ', '-', ' to ', ' through ', ' thru ']);
    return [`${a}${sep}${b}`, a, b];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // registration and face sheets
  ['face sheet name dob mrn', (d) => { const s = d.sur(); const g = d.given(); const dob = d.dob(); const mrn = d.mrn(); return [`PATIENT: ${s}, ${g} ${d.mi()}\nDOB: ${dob}   SEX: F   MRN: ${mrn}\nPCP: on file`, [s, g, dob, mrn]]; }],
  ['face sheet address block', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [h, ph] = d.phone(); const [c, pc] = d.phone();
    return [`Address: ${st}\n         ${t}, ${d.state()} ${z}\nHome: ${h}   Cell: ${c}`, [st, t, z, ph, pc]];
  }],
  ['mailing PO box and physical rural route', (d) => {
    const pb = d.poBox(); const t = d.town(); const z = d.zip(); const rr = d.ruralRoute();
    return [`Mailing address: ${pb}, ${t}, ${d.state()} ${z}\nPhysical address (911): ${rr}`, [pb, t, z, rr]];
  }],
  ['registration SSN', (d) => { const ssn = d.ssn(); return [`SSN: ${ssn}    Marital status: Married    Preferred language: English    Religion: Catholic`, [ssn]]; }],
  ['identity check SSN last four', (d) => { const l4 = d.last4(); const dob = d.dob(); return [`Two identifiers verified at check-in: DOB ${dob} and SSN ending xxx-xx-${l4}.`, [dob, l4]]; }],
  ['emergency contact', (d) => {
    const g = d.given(); const s = d.sur(); const [a, pa] = d.phone(); const [b, pb] = d.phone();
    return [`EMERGENCY CONTACT: ${g} ${s} (${d.rel()})   Ph: ${a}   Alt: ${b}`, [g, s, pa, pb]];
  }],
  ['guarantor and employer', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.employer(); const st = d.street(); const t = d.town();
    return [`Guarantor: ${s}, ${g}   Relationship to patient: Spouse\nGuarantor employer: ${e}, ${st}, ${t}`, [g, s, e, st, t]];
  }],
  ['encounter numbers FIN CSN HAR', (d) => { const f = d.acct(); const c = `1${d.digits(9)}`; const h = d.acct(); const dt = d.date(); return [`FIN: ${f}   CSN: ${c}   HAR: ${h}   Admit: ${dt} 07:42`, [f, c, h, dt]]; }],
  ['face sheet age over 89', (d) => { const a = d.ageOver89(); const dt = d.mdy(); return [`Age/Sex: ${a}Y/M   Admit date: ${dt}   Admit type: Emergency`, [a, dt]]; }],
  ['photo ID driver licence', (d) => { const [st, dl] = d.licence(); const e = d.exp(); return [`Photo ID scanned: ${st} driver's license #${dl}, exp ${e}. Copy in media tab.`, [dl, e]]; }],
  ['passport of visiting patient', (d) => { const p = d.passport(); const dt = d.date(); return [`ID presented: passport no. ${p} (Brazil), issued ${dt}; self-pay deposit collected.`, [p, dt]]; }],
  ['preferred pharmacy', (d) => {
    const s = d.sur(); const st = d.street(); const t = d.town(); const [ph, p] = d.phone();
    return [`Preferred pharmacy: ${s} Drug, ${st}, ${t} (${ph})`, [s, st, t, p]];
  }],
  ['email and text contact', (d) => { const g = d.given(); const s = d.sur(); const e = d.email(g, s); const [ph, p] = d.phone(); return [`Email: ${e}   Preferred contact: text to ${ph}`, [e, p]]; }],
  // insurance verification and prior authorization
  ['insurance card primary', (d) => {
    const m = d.memberId(); const gr = d.group(); const s = d.sur(); const g = d.given(); const dt = d.date();
    return [`Primary Ins: ${d.plan()}\nMember ID: ${m}   Group #: ${gr}\nSubscriber: ${s}, ${g}   Rel: Self   Eff: ${dt}`, [m, gr, s, g, dt]];
  }],
  ['Medicare MBI with effective dates', (d) => { const m = d.mbi(); const a = d.monthYear(); const b = d.monthYear(); return [`Medicare Part A/B   MBI: ${m}   Part A eff ${a}   Part B eff ${b}`, [m, a, b]]; }],
  ['Medicaid secondary', (d) => { const id = d.medicaid(); const dt = d.date(); return [`Secondary: MassHealth Standard, ID ${id} (verified via EVS on ${dt}).`, [id, dt]]; }],
  ['eligibility check reference', (d) => {
    const dt = d.date(); const ref = `${d.letters(2)}${d.digitString(9)}`; const [, a, b] = d.range();
    return [`Eligibility verified via Availity ${dt}, ref # ${ref}. Coverage active ${a} through ${b}. Copay $40; deductible $1,500 (met $312.40).`, [dt, ref, a, b]];
  }],
  ['payer representative call', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const ref = d.digitString(d.int(9, 12));
    return [`Called ${d.pick(PAYERS)} provider services at ${ph}; spoke with ${g}, call reference ${ref}. No referral required for in-network specialist.`, [p, g, ref]];
  }],
  ['prior auth approved', (d) => { const a = d.auth(); const [r, x, y] = d.range(); return [`Prior authorization APPROVED. Auth #: ${a}   Valid ${r}   12 visits (CPT 97110, 97140).`, [a, x, y]]; }],
  ['prior auth denied peer to peer', (d) => {
    const a = d.auth(); const dt = d.date(); const s = d.sur(); const w = d.weekday();
    return [`PA request ${a} denied ${dt} (not medically necessary). Peer-to-peer with Dr. ${s}, medical director, set for ${w} at 2:15 pm.`, [a, dt, s, w]];
  }],
  ['pharmacy benefit card', (d) => { const dob = d.dob(); const e = d.exp(); const rg = `RX${d.digitString(4)}`; return [`Subscriber DOB ${dob}; card exp ${e}. RxBIN 610014  RxPCN MEDDPRIME  RxGrp ${rg}`, [dob, e, rg]]; }],
  ['coordination of benefits via spouse', (d) => {
    const e = d.employer(); const pol = d.memberId(); const g = d.given(); const s = d.sur(); const dob = d.dob(1950, 1995);
    return [`COB: secondary coverage through spouse's employer (${e}); policy ${pol}, policyholder ${g} ${s}, DOB ${dob}.`, [e, pol, g, s, dob]];
  }],
  // billing and claims
  ['claim denied for DOS range', (d) => { const c = d.claim(); const [r, a, b] = d.range(); return [`Claim #${c} for DOS ${r} denied CO-197 (precertification absent). Appeal within 180 days.`, [c, a, b]]; }],
  ['CMS-1500 boxes', (d) => {
    const s = d.sur(); const g = d.given(); const st = d.street(); const t = d.town(); const z = d.zip(true); const dob = d.mdy();
    return [`CMS-1500  Box 2: ${s}, ${g}, ${d.mi()}\nBox 3: ${dob}  F\nBox 5: ${st}, ${t} ${d.state()} ${z}`, [s, g, dob, st, t, z]];
  }],
  ['UB-04 form locators', (d) => {
    const a = d.acct(); const m = d.mrn(); const [m1, d1] = d.md(); const [m2, d2] = d.md(); const yy = pad2(d.int(18, 25));
    const f = `${pad2(m1)}${pad2(d1)}${yy}`; const t = `${pad2(m2)}${pad2(d2)}${yy}`;
    return [`UB-04  FL3a PAT CNTL #: ${a}  FL3b MED REC #: ${m}  FL4 TOB: 0111  FL6 STATEMENT PERIOD FROM ${f} THROUGH ${t}`, [a, m, f, t]];
  }],
  ['patient statement and pay online URL', (d) => {
    const dt = d.date(); const a = d.acct(); const g = d.digitString(8); const u = `https://${d.pick(['pay', 'billing', 'mybill'])}.${asciiLetters(d.town())}health.org/guest?gid=${g}`;
    return [`Statement date ${dt}. Account ${a}. Balance due $${d.int(20, 900)}.${pad2(d.int(0, 99))}. Pay online at ${u}`, [dt, a, u]];
  }],
  ['payment plan card last four', (d) => {
    const g = d.given(); const s = d.sur(); const l4 = d.last4(); const dt = d.date();
    return [`Payment plan set up with guarantor ${g} ${s}: $50/month on Visa ending ${l4}, first draft ${dt}.`, [g, s, l4, dt]];
  }],
  ['remittance line', (d) => {
    const dt = d.date(); const icn = d.digitString(13); const s = d.sur(); const g = d.given();
    return [`ERA ${dt}: ICN ${icn}  ${s}, ${g}  billed $245.00 allowed $112.37 paid $89.90 PR-2 $22.47`, [dt, icn, s, g]];
  }],
  ['refund check mailed', (d) => {
    const c = d.digitString(6); const dt = d.date(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Credit balance refunded: check #${c} mailed ${dt} to ${st}, ${t}, ${d.state()} ${z}.`, [c, dt, st, t, z]];
  }],
  ['rendering and billing NPI and TIN', (d) => {
    const g = d.given(); const s = d.sur(); const n1 = d.npi(); const c = d.clinic(); const tin = d.tin(); const n2 = d.npi();
    return [`Rendering provider: ${g} ${s}, NP   NPI ${n1}\nBilling provider: ${c}   TIN ${tin}   NPI ${n2}`, [g, s, n1, c, tin, n2]];
  }],
  // release of information and records requests
  ['ROI authorization to attorney', (d) => {
    const h = d.hospital(); const g = d.given(); const s = d.sur(); const firm = `${d.sur()} Law Offices`; const st = d.street(); const t = d.town(); const z = d.zip(); const [fx, pf] = d.phone();
    return [`I authorize ${h} to release my records to: ${g} ${s}, Esq., ${firm}, ${st}, ${t}, ${d.state()} ${z}. Fax ${fx}.`, [h, g, s, firm, st, t, z, pf]];
  }],
  ['ROI expiration and signature', (d) => {
    const e = d.date(); const g = d.given(); const s = d.sur(); const sd = d.mdy();
    return [`This authorization expires on ${e} or one year from signature, whichever is sooner.\nSignature: ${g} ${s}     Date: ${sd}`, [e, g, s, sd]];
  }],
  ['disability determination request', (d) => {
    const s = d.sur(); const g = d.given(); const ssn = d.ssn(); const c = `${d.letters(1)}${d.digitString(7)}`; const dt = d.date();
    return [`Request from Disability Determination Services re: claimant ${s}, ${g}; SSN ${ssn}; DDS case # ${c}; SSA-827 signed ${dt} enclosed.`, [s, g, ssn, c, dt]];
  }],
  ['subpoena with docket', (d) => {
    const dt = d.date(); const co = d.county(); const k = d.docket(); const s1 = d.sur(); const s2 = d.sur();
    return [`Subpoena duces tecum received ${dt} from ${co} County Superior Court, Docket No. ${k}, ${s1} v. ${s2}. Forwarded to HIM.`, [dt, co, k, s1, s2]];
  }],
  ['records released log', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const n = `ROI-${d.digitString(7)}`;
    return [`Released 47 pages (office notes, labs) to ${g} ${s} (patient) via secure e-mail on ${dt}; request # ${n}.`, [g, s, dt, n]];
  }],
  ['fax cover sheet', (d) => {
    const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur(); const [fx, pf] = d.phone(); const [ph, pp] = d.phone(); const dt = d.date();
    return [`FAX\nTo: ${g1} ${s1}, Medical Records\nFrom: ${g2} ${s2}, RN\nFax: ${fx}   Phone: ${ph}\nPages: 6 (including cover)\nDate: ${dt}`, [g1, s1, g2, s2, pf, pp, dt]];
  }],
  ['fax confidentiality footer', (d) => {
    const c = d.clinic(); const [ph, p] = d.phone();
    return [`CONFIDENTIAL: If you received this fax in error, notify ${c} at ${ph} and destroy all copies. Redisclosure prohibited by 42 CFR Part 2.`, [c, p]];
  }],
  // consents, advance directives, POA and guardianship
  ['health care proxy agent and alternate', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const g2 = d.given(); const s2 = d.sur();
    return [`Health Care Proxy on file. Agent: ${g} ${s} (${d.rel()}), ${st}, ${t}, ${d.state()} ${z}; tel ${ph}. Alternate agent: ${g2} ${s2}.`, [g, s, st, t, z, p, g2, s2]];
  }],
  ['durable POA and notary', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const e = d.date();
    return [`Durable Power of Attorney executed ${dt}; attorney-in-fact ${g} ${s}. Acknowledged before ${g2} ${s2}, Notary Public; my commission expires ${e}.`, [dt, g, s, g2, s2, e]];
  }],
  ['guardianship decree', (d) => {
    const co = d.county(); const k = d.docket(); const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Guardian appointed by ${co} Probate and Family Court (docket ${k}) on ${dt}: ${g} ${s}, ${ph}. Copy of decree scanned to chart.`, [co, k, dt, g, s, p]];
  }],
  ['counsel for petitioner BBO', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.digitString(6); const [ph, p] = d.phone();
    return [`Counsel for petitioner: ${g} ${s}, Esq. (BBO# ${b}), ${ph}. Rogers authority not requested.`, [g, s, b, p]];
  }],
  ['consent witnesses', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const dt = d.mdy();
    return [`Witness 1: ${g} ${s}     Witness 2: ${g2} ${s2}     Date/Time: ${dt} 14:05`, [g, s, g2, s2, dt]];
  }],
  ['consent via interpreter ID', (d) => {
    const g = d.given(); const id = d.digitString(d.int(5, 6)); const dt = d.date();
    return [`Informed consent obtained via ${d.pick(LANGUAGES)} video interpreter ${g} (ID #${id}) on ${dt}; teach-back done.`, [g, id, dt]];
  }],
  ['MOLST signed by agent', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const g = d.given();
    return [`MOLST completed ${dt}, signed by ${doc} and by the patient's ${d.rel()} ${g} as health care agent. DNR/DNI, no dialysis.`, [dt, ...p, g]];
  }],
  // research consent
  ['research consent subject ID', (d) => {
    const sid = `${d.letters(3)}-${d.digits(3)}-${d.digits(4)}`; const rnd = `R${d.digitString(5)}`; const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Study subject ID: ${sid}; randomization # ${rnd}; consent (version 4.2) signed ${dt}, obtained by ${g} ${s}, CRC.`, [sid, rnd, dt, g, s]];
  }],
  ['research stipend card', (d) => {
    const c = d.digitString(16).replace(/(\d{4})(?=\d)/g, '$1 '); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Participant payment: ClinCard ${c} issued to ${g} ${s}; W-9 on file; mail to ${st}, ${t} ${z}.`, [c, g, s, st, t, z]];
  }],
  // workers' comp and disability
  ['workers comp claim header', (d) => {
    const c = d.wcClaim(); const doi = d.date(); const e = d.employer(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`WORKERS' COMPENSATION\nClaim #: ${c}\nDOI: ${doi}\nEmployer: ${e}\nAdjuster: ${g} ${s} (Liberty Mutual) ${ph}`, [c, doi, e, g, s, p]];
  }],
  ['work injury narrative', (d) => {
    const doi = `${d.pick(MONTHS)} ${ordinal(d.int(1, 28))}`; const e = d.employer(); const t = d.town();
    return [`Pt states that on ${doi}, while working at ${e} in ${t}, he fell about 8 feet from a ladder onto his right side.`, [doi, e, t]];
  }],
  ['FMLA incapacity range', (d) => {
    const [, a, b] = d.range(); const rtw = d.date();
    return [`FMLA (WH-380-E): continuous incapacity from ${a} to ${b}; may return to work ${rtw} without restrictions.`, [a, b, rtw]];
  }],
  ['short-term disability claim', (d) => {
    const c = `${d.digitString(8)}`; const ldw = d.date(); const eid = `${d.letters(1)}${d.digitString(6)}`;
    return [`Unum STD claim ${c}: last day worked ${ldw}; employee ID ${eid}; attending physician statement faxed.`, [c, ldw, eid]];
  }],
  // MVC, police and EMS
  ['EMS run report header', (d) => {
    const run = d.yearNumber(6); const inc = `${d.letters(1)}${d.digitString(7)}`; const dt = d.mdy(); const st = d.street(); const t = d.town();
    return [`EMS Run #: ${run}   Incident #: ${inc}\nUnit: Medic 4   Dispatched: ${dt} 02:14\nPickup location: ${st}, ${t}`, [run, inc, dt, st, t]];
  }],
  ['MVC vehicle plate and VIN', (d) => {
    const pl = d.plate(); const v = d.vin(); const a = `${d.pick(STREET_NAMES)} ${d.pick(['St', 'Street', 'Rd'])}`; const b = `Route ${d.int(2, 202)}`;
    return [`Restrained driver of a 2016 Honda Civic, ${d.state()} plate ${pl}, VIN ${v}, T-boned at ${a} and ${b} at approx 35 mph.`, [pl, v, a, b]];
  }],
  ['police report and officer badge', (d) => {
    const t = d.town(); const r = d.yearNumber(5); const s = d.sur(); const b = String(d.int(100, 9999));
    return [`${t} Police Department report # ${r}; Officer ${s}, badge ${b}, requested blood alcohol (declined).`, [t, r, s, b]];
  }],
  ['other driver licence and policy', (d) => {
    const g = d.given(); const s = d.sur(); const [st, dl] = d.licence(); const pol = `${d.digitString(4)}-${d.digits(2)}-${d.digits(2)}-${d.digits(2)}`;
    return [`Other driver: ${g} ${s}, DL ${dl} (${st}), insured by GEICO policy ${pol}.`, [g, s, dl, pol]];
  }],
  ['EMS crew licences', (d) => {
    const g = d.given(); const s = d.sur(); const l = `P${d.digitString(6)}`; const g2 = d.given(); const s2 = d.sur();
    return [`Crew: ${g} ${s}, Paramedic (lic. ${l}); ${g2} ${s2}, EMT-B. Care transferred to ED RN at 03:02.`, [g, s, l, g2, s2]];
  }],
  // employer and school notes
  ['return to work note', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const e = d.employer(); const rtw = d.date();
    return [`To Whom It May Concern:\n${g} ${s} was seen in our office on ${dt} and may return to work at ${e} on ${rtw} with no lifting over 20 lb.`, [g, s, dt, e, rtw]];
  }],
  ['school excuse note', (d) => {
    const g = d.given(); const sc = d.school(); const a = `${d.int(1, 12)}/${d.int(1, 28)}`; const b = `${d.int(1, 12)}/${d.int(1, 28)}`; const pg = d.given(); const s = d.sur();
    return [`Please excuse ${g} from ${sc} on ${a} and ${b} for illness. Parent/guardian: ${pg} ${s}.`, [g, sc, a, b, pg, s]];
  }],
  ['school nurse fax student ID', (d) => {
    const g = d.given(); const s = d.sur(); const id = d.digitString(d.int(6, 8)); const sc = d.school(); const g2 = d.given(); const s2 = d.sur(); const [fx, p] = d.phone();
    return [`Student: ${g} ${s}, Grade 4, Student ID ${id}, ${sc}. School nurse ${g2} ${s2}, RN, fax ${fx}.`, [g, s, id, sc, g2, s2, p]];
  }],
  // death and birth certificates, autopsy
  ['death certificate', (d) => {
    const c = `${d.year()}-${d.digits(6)}`; const g = d.given(); const s = d.sur(); const dt = d.date(); const a = d.ageOver89(); const h = d.hospital(); const t = d.town();
    return [`Certificate of Death, State File No. ${c}. Decedent: ${g} ${d.mi()} ${s}. Date of death: ${dt}. Age: ${a} years. Place of death: ${h}, ${t}.`, [c, g, s, dt, a, h, t]];
  }],
  ['autopsy request and funeral home', (d) => {
    const g = d.given(); const s = d.sur(); const me = `ME${d.yearNumber(4)}`; const fh = `${d.sur()} ${d.pick(['Funeral Home', '& Sons Funeral Home', 'Memorial Chapel'])}`; const t = d.town(); const dt = d.date();
    return [`Autopsy requested by ${d.rel()} ${g} ${s}; OCME case # ${me}; body released to ${fh}, ${t}, on ${dt}.`, [g, s, me, fh, t, dt]];
  }],
  ['birth certificate worksheet', (d) => {
    const s = d.sur(); const dt = d.date(); const h = d.hospital(); const g = d.given(); const s2 = d.sur(); const c = `${d.digitString(3)}-${d.year()}-${d.digits(6)}`;
    return [`Birth certificate worksheet: infant ${s}, born ${dt} at 04:51 at ${h}; mother ${g} (maiden name ${s2}); certificate # ${c}.`, [s, dt, h, g, s2, c]];
  }],
  // portal, access logs and devices
  ['portal URL and username', (d) => {
    const t = asciiLetters(d.town()); const u = `https://mychart.${t}health.org/MyChart/Signup?code=${d.letters(5)}-${d.letters(5)}`; const g = d.given(); const s = d.sur(); const un = `${asciiLetters(g)}${asciiLetters(s).slice(0, 4)}${d.int(1, 99)}`;
    return [`Portal activation: ${u}\nUsername: ${un}`, [u, un]];
  }],
  ['access audit log with IP', (d) => {
    const [m, dd] = d.md(); const iso = `${d.year()}-${pad2(m)}-${pad2(dd)}`; const g = d.given(); const s = d.sur(); const u = d.userId(g, s); const mrn = d.mrn(); const ip = d.ip();
    return [`${iso} 14:22:07 USER=${u} ACTION=VIEW CHART MRN=${mrn} SRC=${ip} WORKSTATION=ED-12`, [iso, u, mrn, ip]];
  }],
  ['device serial registration', (d) => {
    const sn = d.serial(); const tx = `${d.digitString(1)}${d.letters(5)}`; const g = d.given(); const s = d.sur(); const e = d.email(g, s);
    return [`Insulin pump (Medtronic 780G) SN ${sn}; CGM transmitter ID ${tx}; CareLink account ${e}.`, [sn, tx, e]];
  }],
  ['patient portal message with IP and date', (d) => {
    const dt = `${d.weekday()}, ${d.pick(MON)} ${d.int(1, 28)}`; const ip = d.ip();
    return [`Proxy access granted to the patient's daughter; first login ${dt} from IP ${ip}.`, [dt, ip]];
  }],
];

/** The names of the wave's frames. */
export const adminFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function adminWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 109, rounds);
}

/** Look-alikes in registration, insurance, billing and legal style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // procedure, diagnosis, drug and grouping codes
  ['CPT 99214-25 established patient visit', '99214'], ['Modifier -25 appended to E/M', '-25'], ['97140-59 x 2 units', '97140-59'], ['CPT 72148 MRI lumbar spine w/o contrast', '72148'],
  ['HCPCS J1885 ketorolac 15 mg', 'J1885'], ['G0439 annual wellness visit', 'G0439'], ['E0601 CPAP device rental', 'E0601'], ['ICD-10 M54.50 low back pain, unspecified', 'M54.50'],
  ['S06.0X0A concussion without LOC, initial encounter', 'S06.0X0A'], ['V43.52XA car driver injured in collision with car in traffic accident', 'V43.52XA'], ['W11.XXXA fall from ladder', 'W11.XXXA'],
  ['Z51.81 therapeutic drug level monitoring', 'Z51.81'], ['NDC 0002-8215-01 Humalog', '0002-8215-01'], ['MS-DRG 470 major joint replacement', 'DRG 470'], ['Revenue code 0450 emergency room', '0450'],
  ['Rev code 0636 drugs requiring detailed coding', '0636'], ['POS 11 (office)', 'POS 11'], ['Type of bill 0131', '0131'], ['Condition code 44 applied', 'Condition code 44'], ['Occurrence code 11: onset of symptoms', 'Occurrence code 11'],
  ['Denied CARC CO-45, RARC N130', 'CO-45'], ['PR-3 copay applied', 'PR-3'], ['Units: 4 (15-minute units)', 'Units: 4'], ['Place of service 22 outpatient hospital', '22'],
  // money, percentages, plan terms
  ['Billed $1,245.00; allowed $412.87', '$1,245.00'], ['Coinsurance 20% after deductible', '20%'], ['Out-of-pocket maximum $6,350', '$6,350'], ['Copay $25 for PCP, $50 specialist', '$25'], ['Timely filing limit 365 days', '365 days'],
  ['RxBIN 004336 RxPCN ADV', '004336'], ['Tier 2 preferred brand', 'Tier 2'], ['Coverage level: Employee + Spouse', 'Employee + Spouse'], ['Grace period of 31 days for premium payment', 'Grace period'],
  // plans and payers
  ['Medicare Part B covers 80% of the allowed amount', 'Medicare Part B'], ['MassHealth Standard is secondary', 'MassHealth Standard'], ['Blue Cross PPO requires no referral', 'Blue Cross PPO'],
  ['Harvard Pilgrim HMO, in-network', 'Harvard Pilgrim'], ['Workers comp carrier: Liberty Mutual', 'Liberty Mutual'], ['Auto PIP through GEICO', 'GEICO'], ['Short-term disability through Unum', 'Unum'], ['Medicare Advantage (Part C) plan', 'Part C'],
  // forms, statutes, pages, versions
  ['Claim submitted on CMS-1500 (02/12)', 'CMS-1500'], ['Facility claim on UB-04', 'UB-04'], ['W-9 on file for stipend', 'W-9'], ['Signed SSA-827 enclosed', 'SSA-827'], ['Form WH-380-E completed', 'WH-380-E'],
  ['Authorization meets 45 CFR 164.508', '45 CFR 164.508'], ['Substance use records protected by 42 CFR Part 2', '42 CFR Part 2'], ['Placed on Section 12 by ED physician', 'Section 12'], ['Page 2 of 4', 'Page 2 of 4'],
  ['Consent form version 4.2', 'version 4.2'], ['See Box 24J for rendering NPI', 'Box 24J'], ['FL 42 revenue code lines', 'FL 42'], ['Trial NCT04280705, phase 3', 'NCT04280705'],
  // years, states, generic agencies and places, relations
  ['Covered since 2019', '2019'], ['Moved from New Hampshire last year', 'New Hampshire'], ['License suspended by the DMV', 'the DMV'], ['Petition filed in the county court', 'the county court'],
  ['Benefits through Social Security Administration', 'Social Security Administration'], ['Report filed with the Registry of Motor Vehicles', 'Registry of Motor Vehicles'], ['Claim forwarded to the Department of Industrial Accidents', 'Department of Industrial Accidents'],
  ['Records sent to medical records department', 'medical records'], ['Health care agent is the patient\'s daughter', 'daughter'], ['Guardian present at bedside', 'Guardian'], ['Notary public present for signing', 'Notary public'],
  ['Taken by ambulance to the ED', 'the ED'],
  // everyday words that are names, eponyms, scales
  ['We hope to hear back from the payer soon', 'hope'], ['Will call back with the auth decision', 'Will'], ['Patient Bill of Rights reviewed', 'Bill'], ['Frank discussion of costs held', 'Frank'],
  ['Price estimate given for MRI', 'Price'], ['Patience requested while claim reprocessed', 'Patience'], ['Foley catheter supplies billed', 'Foley'], ['Glasgow Coma Scale 14 at scene', 'Glasgow'],
  ['Parkinson disease, on carbidopa-levodopa', 'Parkinson'], ['Apgar 8 and 9', 'Apgar'], ['Miranda rights read by officer', 'Miranda'], ['Sheriff\'s deputy accompanied the patient', 'Sheriff'],
  // ages, times, measures
  ['An 89-year-old widow', '89'], ['67 y/o male restrained driver', '67'], ['Dispatched at 02:14, on scene 02:23', '02:14'], ['Speed approx 35 mph', '35 mph'], ['No lifting over 20 lb', '20 lb'],
  ['BAC 0.12 g/dL', '0.12 g/dL'], ['12 PT visits approved', '12 PT visits'],
];

export const adminKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedAdminKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(adminKeepCases(), find);

export function scoreAdminWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => adminWaveCases(seed)), find);
}
