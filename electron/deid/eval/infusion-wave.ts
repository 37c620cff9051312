// A blind wave of home infusion therapy and outpatient infusion pharmacy records: OPAT (outpatient parenteral
// antibiotic therapy) referrals from the discharging hospital and the infectious disease practice (the patient listed
// as 'SURNAME, Given', date of birth, MRN, start and stop dates, the ID physician's fax), weekly OPAT lab orders and
// results tables, vancomycin trough calls, PICC, midline and port line care visits by infusion nurses (insertion
// records with the catheter's lot number, Huber needle lots, dressing-change log rows with the nurse's initials,
// alteplase for occlusions, line removals, missed visits with the neighbor's name, nurse signature blocks with
// e-mail), TPN compounding tickets and labels (Rx numbers, batch lots, beyond-use dates, the compounding technician's
// initials and the verifying pharmacist with a license number, compounder serials, clean-room certifiers), pump
// programming logs (CADD, Curlin and Sapphire pump serial numbers, cassette and elastomeric lot numbers, asset tags,
// a remote monitoring gateway's IP address), delivery driver manifests and delivery tickets (route stops with the
// patient's address and phone, the driver's name and van plate, temperature logger serials, who signed), insurance
// benefits verification and prior authorizations (Medicare MBIs, member ids, authorization numbers and their windows,
// plan reviewers with extensions, claims, patient accounts, copay card ids), infusion-suite chair schedules and
// IVIG/biologic infusion-center flowsheets (product lot numbers, reactions with the physician called), after-hours
// on-call pharmacist messages (caregivers calling about alarms, answering-service tickets, voicemails, e-mails, fax
// cover sheets, DEA numbers on PCA orders), and caregiver teaching sign-off sheets (spouses, daughters and
// grandchildren named, teach-back dated), in mixed case, ALL CAPS and lower case. Dates are written every way
// ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024',
// '03.04.2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', '3/2024', holidays such as 'Christmas Eve' and
// 'Thanksgiving Day'); ages over 89, phones, fax numbers, extensions, e-mails, URLs and IP addresses are planted. Given
// names and surnames are often everyday words (Hope, Rocky, Will, Faith, Dusty, Ivy, Stone, Hill, Banks, Wells,
// Flowers, Price, Cook, Baker, Shepherd, Nurse, Driver, Porter); towns are often everyday words (Liberty, Union, Hope,
// Commerce, Concord, Harmony, Eden, Normal, Welcome, Golden, Sandy, Loyal, Bountiful), and many facilities carry them.
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreInfusionWave`.
// Decisions: every word of a person's name is planted as its own part (patients, caregivers, relatives, neighbors,
// nurses, pharmacists, technicians, drivers, plan reviewers and physicians, a full middle name included), a hyphenated
// surname is one part; a middle initial, a title ('Dr.', 'Mr.', 'Mrs.') and a credential ('RN', 'CRNI', 'VA-BC',
// 'PharmD', 'RPh', 'CPhT', 'RD', 'MD') are not planted; a signer's or a technician's initials are planted; a first
// name alone is planted; a relation without a name ('daughter', 'the caregiver'), a role without a name ('the infusion
// nurse', 'the on-call pharmacist', 'the driver') and an age of 89 or under are kept; a home infusion pharmacy, an
// infusion center or suite, a hospital, an infectious disease practice, a home health agency, a laboratory, a skilled
// nursing facility and a clean-room certifier named locally are planted whole with their kind words ('Liberty Home
// Infusion', 'Keystone Infusion Pharmacy', 'Union Infectious Disease Associates', 'St. Jude's Hospital'), while a
// national company, lab or body named alone ('Option Care', 'Quest', 'LabCorp', 'FedEx', 'ACHC', 'URAC', 'INS', 'ASHP',
// 'IDSA', 'CMS') is kept; a town is planted, a state is kept; a street address is planted from its number to its street
// type, with its apartment or suite when written after it; a ZIP is planted; a weekday naming one day is planted, a
// standing schedule ('every Monday', 'Monday, Wednesday and Friday') is kept; a month with a day, 'the 4th', a month
// with a year and a holiday that fixes a day are planted; the time next to a date is kept, and so are infusion rates,
// durations, doses, dwell times, chair and stop numbers; MRNs, Rx numbers, batch and product lot numbers, pump,
// compounder and logger serial numbers, cassette and catheter lot numbers, asset tags, delivery ticket, manifest and
// route-sheet numbers, authorization, claim, account, member, Medicare (MBI), Medicaid and copay card numbers,
// answering-service tickets, pharmacist and nurse license numbers, pharmacy permit numbers, DEA numbers, lab accession
// numbers and a van's plate are planted; a phone's leading '(' need not be covered, an extension is planted alone; an
// e-mail, a URL and an IP address are planted whole; an age over 89 is planted as its number. Kept (look-alikes): drug
// names and brands (vancomycin, daptomycin, Gamunex-C, Privigen, Remicade, Clinimix E, SMOFlipid, Cathflo Activase),
// pumps, catheters and supplies (CADD-Solis, Curlin 6000, Homepump Eclipse, PowerPICC, Groshong, Hickman, Broviac,
// Huber needle, Tegaderm CHG, Curos), techniques (SASH, push-pause, Modified Seldinger, Valsalva, Trendelenburg,
// ANTT), scales and scores (VIP score, phlebitis and infiltration grades, Braden, Morse, CTCAE), lab values and TPN
// formula terms, HCPCS, CPT and ICD-10 codes and an NDC, denial reason codes, national companies, labs, carriers and
// bodies, standards (USP <797>, USP <800>, ISO Class 5), roles and relations without names, ages of 89 and under,
// years alone, durations, rates, counts, generic places (the infusion suite, the clean room, the anteroom, OPAT
// clinic) and everyday words that are also names or towns (hope, union, nonunion, rocky, stone, will, grace, chase).
// Measured before rules: 0.935 recall on seeds 5, 11, 23 (4759/5091), 0.931 on fresh seeds 41, 42, 43 (4748/5100); 2/166
// look-alikes touched ("cavoatrial junction", "OPAT clinic") (engine at 6d111ff).
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, gb, ind, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Mercy', 'Charity', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Star', 'Penny', 'Ginger', 'Honey', 'Major', 'Rusty', 'Bud', 'Pearl', 'Ruby', 'Ivy', 'Holly', 'June', 'April', 'Wade', 'Cliff', 'Glen', 'Dale', 'Forrest', 'Sterling', 'Destiny', 'Harmony', 'Liberty', 'Brandy', 'Candy'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Street', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Noble', 'Sweet', 'Flowers', 'Nurse', 'Driver', 'Pickens', 'Bell', 'Carter', 'Chambers', 'Glass', 'Hart', 'Small', 'Little', 'Short', 'Ward', 'Wood', 'Field', 'Marsh', 'Moody', 'Swift', 'Free', 'Hope', 'Salt', 'Vance'];

/** Towns that are everyday words, and real towns of the regions home infusion pharmacies serve. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Harmony', 'Eden', 'Paradise', 'Friendship', 'Fairview', 'Normal', 'Welcome', 'Golden', 'Sandy', 'Loyal', 'Bountiful', 'Plain City', 'Pleasant Grove', 'Midway', 'Unity', 'Reading', 'Orange', 'Surprise', 'Mechanicsville', 'Goshen', 'Sublimity', 'Hazard', 'Energy', 'Eureka'];
const REAL_TOWNS = ['Lancaster', 'Hagerstown', 'Altoona', 'Frederick', 'Zanesville', 'Muncie', 'Kokomo', 'Joplin', 'Salina', 'Bismarck', 'Rapid City', 'Billings', 'Casper', 'Pueblo', 'Yakima', 'Medford', 'Redding', 'Visalia', 'Tyler', 'Lufkin', 'Dothan', 'Tupelo', 'Asheville', 'Roanoke', 'Lynchburg', 'Bangor', 'Rutland', 'Keene', 'Pittsfield', 'Danbury', 'Elmira', 'Scranton', 'Wheeling', 'Paducah', 'Owensboro', 'Evansville', 'Dubuque', 'Mankato', 'Eau Claire', 'Marquette', 'Bozeman', 'Missoula', 'Grand Junction', 'Sioux Falls'];
const STATES = ['PA', 'OH', 'IN', 'MO', 'KS', 'ND', 'SD', 'MT', 'WY', 'CO', 'WA', 'OR', 'CA', 'TX', 'AL', 'MS', 'NC', 'VA', 'ME', 'VT', 'NH', 'MA', 'CT', 'NY', 'WV', 'KY', 'IA', 'MN', 'WI', 'MI', 'UT', 'Utah', 'Ohio', 'Kentucky'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Oak', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Mill', 'Church', 'Prospect', 'Franklin', 'Ridge', 'Hickory', 'Walnut', 'Chestnut', 'Orchard', 'Meadow', 'Spring', 'Quarry'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pike', 'Cir', 'Pl'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Catherine', 'Alphonsus'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Regional Hospital'];
/** Words local infusion pharmacies, agencies and centers take their names from. */
const BRAND_WORDS = ['Keystone', 'Cornerstone', 'Blue Heron', 'Summit', 'Riverbend', 'Prairie', 'Lakeshore', 'Pinnacle', 'Evergreen', 'Northwind', 'Harbor', 'Meridian', 'Bluegrass', 'Heartland', 'Cardinal', 'Stillwater', 'Twin Rivers', 'Red Oak', 'Piedmont', 'Tri-County', 'Valley', 'Clearwater', 'Sagebrush', 'Mountain View'];
/** Drugs by therapy (kept; they set the scene). */
const ANTIBIOTICS = ['vancomycin 1.25 g IV q12h', 'cefazolin 2 g IV q8h', 'ceftriaxone 2 g IV q24h', 'daptomycin 8 mg/kg IV q24h', 'ertapenem 1 g IV q24h', 'nafcillin 12 g/24 h continuous', 'cefepime 2 g IV q8h', 'penicillin G 24 million units/24 h continuous', 'micafungin 100 mg IV q24h', 'meropenem 1 g IV q8h'];
const INDICATIONS = ['vertebral osteomyelitis', 'MSSA bacteremia', 'prosthetic joint infection, left knee', 'diabetic foot osteomyelitis', 'endocarditis', 'septic arthritis, right shoulder', 'epidural abscess', 'Lyme meningitis', 'pyelonephritis with ESBL E. coli', 'candidemia'];
const BIOLOGICS = ['Privigen', 'Gamunex-C', 'Octagam 10%', 'Gammagard Liquid', 'Panzyga', 'infliximab', 'Ocrevus', 'Entyvio', 'Tysabri', 'Soliris', 'Reclast', 'Venofer'];
const PUMPS = ['CADD-Solis', 'CADD-Prizm', 'Curlin 6000', 'Sapphire', 'CADD Solis VIP'];
const CATHETERS = ['4 Fr single-lumen PowerPICC', '5 Fr double-lumen PICC', '4 Fr midline', '5 Fr Groshong PICC', '3 Fr single-lumen PICC'];
const ALARMS = ['downstream occlusion', 'upstream occlusion', 'air in line', 'low battery', 'reservoir volume low', 'cassette not latched'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Memorial Day', 'Labor Day', 'Halloween', 'Easter Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Relations a name follows (kept). */
const RELATIONS = ['daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew', 'granddaughter', 'grandson', 'neighbor', 'friend', 'partner', 'son-in-law', 'daughter-in-law'];
const NURSE_CREDS = ['RN', 'RN, CRNI', 'RN, VA-BC', 'BSN, RN', 'LPN', 'RN, OCN'];
const RPH_CREDS = ['PharmD', 'RPh', 'PharmD, BCSCP', 'PharmD, BCIDP', 'RPh, BCNSP'];
const PLANS = ['Medicare Advantage', 'commercial PPO', 'BCBS', 'Medicaid managed care', 'Tricare', 'workers\' comp'];
/** Letters an MBI may use (no S, L, O, I, B or Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

/** A person: the given name, a full middle name (planted) or an initial (not), and the surname. */
interface Person {
  readonly given: string;
  readonly middle: string | undefined;
  readonly mi: string | undefined;
  readonly sur: string;
}
const written = (p: Person): string => [p.given, p.middle ?? p.mi, p.sur].filter((w) => w !== undefined).join(' ');
const listed = (p: Person): string => `${p.sur}, ${[p.given, p.middle ?? p.mi].filter((w) => w !== undefined).join(' ')}`;
const nameParts = (p: Person): string[] => [p.given, ...(p.middle === undefined ? [] : [p.middle]), p.sur];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A patient or relative: sometimes a full middle name, sometimes an initial, sometimes a hyphenated surname. */
  person(): Person {
    const given = this.given();
    const x = this.r();
    const middle = x < 0.2 ? this.given() : undefined;
    const mi = x >= 0.2 && x < 0.45 ? this.mi() : undefined;
    const sur = this.r() < 0.1 ? `${this.sur()}-${this.sur()}` : this.sur();
    return { given, middle, mi, sur };
  }
  /** A staff member's name written the ways notes write them, with its parts. */
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
  nurseCred(): string {
    return this.pick(NURSE_CREDS);
  }
  rphCred(): string {
    return this.pick(RPH_CREDS);
  }
  antibiotic(): string {
    return this.pick(ANTIBIOTICS);
  }
  indication(): string {
    return this.pick(INDICATIONS);
  }
  biologic(): string {
    return this.pick(BIOLOGICS);
  }
  pump(): string {
    return this.pick(PUMPS);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  /** A town other than `t`. */
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Tyler' ? 'Joplin' : 'Tyler';
  }
  state(): string {
    return this.pick(STATES);
  }
  brand(): string {
    return this.pick(BRAND_WORDS);
  }
  /** A home infusion pharmacy named locally. */
  pharmacy(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Home Infusion`;
    if (k === 1) return `${this.brand()} Infusion Pharmacy`;
    if (k === 2) return `${this.sur()} Specialty Pharmacy`;
    if (k === 3) return `${this.town()} Infusion Services, LLC`;
    return `${this.brand()} Home Infusion & Nutrition`;
  }
  /** An infusion center or suite. */
  center(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Infusion Center`;
    if (k === 1) return `${this.brand()} Infusion Suites`;
    if (k === 2) return `${this.town()} Ambulatory Infusion Center`;
    return `${this.brand()} Infusion Clinic`;
  }
  hospital(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Hospital`;
    if (k === 1) return `${this.sur()} Memorial Hospital`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** An infectious disease practice. */
  idPractice(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Infectious Disease Associates`;
    if (k === 1) return `${this.brand()} ID Consultants`;
    return `${this.sur()} & ${this.sur()} Infectious Diseases, PC`;
  }
  /** A home health agency. */
  agency(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Visiting Nurse Association`;
    if (k === 1) return `${this.brand()} Home Health`;
    return `${this.town()} Home Care Services`;
  }
  lab(): string {
    return this.r() < 0.5 ? `${this.town()} Regional Laboratory` : `${this.brand()} Clinical Labs`;
  }
  snf(): string {
    return this.r() < 0.5 ? `${this.town()} Rehabilitation & Nursing Center` : `${this.brand()} Care Center`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its apartment or lot, written the ways intake clerks write them. */
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 4);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B', 'C'])}`;
    if (a === 1) return `${st} #${this.int(101, 420)}`;
    if (a === 2) return `${st}, Lot ${this.int(1, 90)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${this.pick([':', ''])}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms infusion records write (in year `y` when given). */
  date(y: number = this.year()): string {
    const [m, d] = this.md();
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
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  /** A day of the month as an ordinal ('4th'), which the frame writes after 'the'. */
  nth(): string {
    return ordinal(this.int(1, 28));
  }
  dob(lo = 1932, hi = 2006): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  rx(): string {
    return this.r() < 0.6 ? this.digitString(7) : `${this.digitString(3)}-${this.digitString(5)}`;
  }
  /** A compounding batch, a drug or a device lot. */
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(4)}${this.letters(1)}${this.int(10, 99)}`;
    if (k === 1) return this.digitString(7);
    if (k === 2) return `${pad2(this.int(18, 25))}${this.letters(2)}${this.digitString(4)}`;
    return `${this.letters(3)}${this.digitString(5)}`;
  }
  /** A pump, compounder or logger serial number. */
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(8);
    if (k === 1) return `${this.digitString(2)}-${this.digitString(6)}`;
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    return `${this.digitString(4)}${this.letters(1)}${this.digitString(4)}`;
  }
  asset(): string {
    return this.r() < 0.5 ? `BIO-${this.digitString(5)}` : `P${this.digitString(6)}`;
  }
  ticket(): string {
    return this.r() < 0.5 ? `DT-${this.digitString(6)}` : this.digitString(8);
  }
  auth(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PA${this.digitString(9)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(10)}`;
    return `${this.digitString(4)}-${this.digitString(6)}`;
  }
  claim(): string {
    return this.r() < 0.5 ? this.digitString(13) : `${this.digitString(2)}${this.letters(1)}${this.digitString(9)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(8) : `HI-${this.digitString(6)}`;
  }
  member(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `${this.digitString(9)}${pad2(this.int(1, 4))}`;
    return `W${this.digitString(8)}`;
  }
  /** A Medicare Beneficiary Identifier, dashed or not. */
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const A = () => (this.r() < 0.5 ? L() : String(this.int(0, 9)));
    const s = `${this.int(1, 9)}${L()}${A()}${this.int(0, 9)}${L()}${A()}${this.int(0, 9)}${L()}${L()}${this.int(0, 9)}${this.int(0, 9)}`;
    return this.r() < 0.5 ? s : `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}`;
  }
  medicaid(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 12)) : `${this.letters(2)}${this.digitString(5)}${this.letters(1)}`;
  }
  /** A pharmacist's, nurse's or pharmacy's license or permit number. */
  license(kind: 'rph' | 'rn' | 'permit'): string {
    if (kind === 'rph') return this.pick([`RPH.${this.digitString(7)}`, `PH${this.digitString(5)}`, `${this.digitString(5)}`]);
    if (kind === 'rn') return this.pick([`RN${this.digitString(6)}`, `${this.digitString(7)}`, `R${this.digitString(6)}`]);
    return this.pick([`PHY-${this.digitString(5)}`, `${this.letters(2)}${this.digitString(6)}`, `${this.digitString(6)}`]);
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  accession(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${pad2(this.int(18, 25))}-${this.digitString(6)}` : this.digitString(10);
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}infusion.com`, 'gmail.com', 'yahoo.com', 'aol.com', `${asciiLetters(this.brand())}rx.com`, 'outlook.com', 'comcast.net']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}`, `${a}${this.int(50, 99)}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const t = asciiLetters(this.r() < 0.5 ? this.town() : this.brand()) || 'union';
    return this.pick([`https://www.${t}infusion.com/patients`, `https://portal.${t}homeinfusion.com/login`, `www.${t}rx.com/teaching/picc-care`, `https://${t}infusion.org/ivig-schedule`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // OPAT referrals and intake
  ['OPAT referral header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const h = d.hospital(); const dc = d.date();
    return [`OPAT REFERRAL\nPatient: ${listed(p)}\nDOB: ${dob}   MRN: ${mrn}\nReferring facility: ${h}\nAnticipated discharge: ${dc}\nDiagnosis: ${d.indication()}`, [...nameParts(p), dob, mrn, h, dc]];
  }],
  ['OPAT order with start and stop dates', (d) => {
    const a = d.date(); const b = d.date();
    return [`Order: ${d.antibiotic()} via PICC. Start ${a}; anticipated stop ${b} (6 weeks from first negative culture).`, [a, b]];
  }],
  ['referring ID physician and practice fax', (d) => {
    const [n, np] = d.staff(); const pr = d.idPractice(); const [fx, p] = d.phone();
    return [`Referred by Dr. ${n}, ${pr}; weekly labs to be faxed to ${fx}.`, [...np, pr, p]];
  }],
  ['intake address and phones', (d) => {
    const st = d.streetApt(); const t = d.town(); const z = d.zip(); const [h, hp] = d.phone(); const [c, cp] = d.phone();
    return [`Address: ${st}, ${t}, ${d.state()} ${z}\nHome: ${h}   Cell: ${c}`, [st, t, z, hp, cp]];
  }],
  ['intake caregiver and emergency contact', (d) => {
    const c = d.person(); const [ph, p] = d.phone();
    return [`Primary caregiver / emergency contact: ${written(c)} (${d.relation()}), ${ph}. Lives in the home; available for teaching.`, [...nameParts(c), p]];
  }],
  ['OPAT clinic follow-up', (d) => {
    const md = d.monDay(); const s = d.sur(); const pr = d.idPractice();
    return [`Seen in OPAT clinic ${md} by Dr. ${s} (${pr}); wound improving, continue current regimen.`, [md, s, pr]];
  }],
  ['weekly OPAT labs order', (d) => {
    const lab = d.lab(); const [fx, p] = d.phone(); const s = d.sur();
    return [`Weekly OPAT labs every Monday: CBC w/diff, BMP, ESR, CRP${d.pick(['', ', CK', ', vanc trough'])}. Draw from PICC, send to ${lab}, results to Dr. ${s}, fax ${fx}.`, [lab, s, p]];
  }],
  ['OPAT lab results table', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const c = d.slashMd();
    return [`Date    WBC   Cr    ESR  CRP\n${a}    ${d.int(4, 14)}.${d.int(0, 9)}   0.${d.int(7, 9)}   ${d.int(40, 99)}   ${d.int(3, 12)}.${d.int(0, 9)}\n${b}    ${d.int(4, 14)}.${d.int(0, 9)}   1.${d.int(0, 3)}   ${d.int(20, 60)}   ${d.int(1, 6)}.${d.int(0, 9)}\n${c}    ${d.int(4, 14)}.${d.int(0, 9)}   1.${d.int(0, 3)}   ${d.int(8, 30)}   0.${d.int(3, 9)}`, [a, b, c]];
  }],
  ['lab draw with accession', (d) => {
    const dt = d.date(); const ini = d.initials(); const lab = d.lab(); const acc = d.accession();
    return [`Labs drawn from PICC ${dt}, 10 mL discard; drawn by ${ini}. Couriered to ${lab}, accession ${acc}.`, [dt, ini, lab, acc]];
  }],
  ['vancomycin trough call', (d) => {
    const w = d.weekday(); const s = d.sur(); const [ph, p] = d.phone(); const g = d.given();
    return [`Vanc trough 22.4 drawn ${w}; called Dr. ${s} at ${ph}. New order: 1 g q12h, recheck trough in 3 doses. Pharmacist ${g} updated the label.`, [w, s, p, g]];
  }],
  ['readmission notice', (d) => {
    const p = d.person(); const h = d.hospital(); const dt = d.date(); const ph = d.pharmacy();
    return [`${written(p)} readmitted to ${h} on ${dt} with fever; PICC pulled there. ${ph} placed deliveries on hold.`, [...nameParts(p), h, dt, ph]];
  }],
  ['age over 89 on referral', (d) => {
    const n = d.ageOver89(); const t = d.town();
    return [`${n} y/o ${d.pick(['female', 'male'])} from ${t} with ${d.indication()}; lives alone, ${d.relation()} checks in daily.`, [n, t]];
  }],
  // line care visits
  ['skilled nursing visit header', (d) => {
    const dt = d.date(); const p = d.person(); const [n, np] = d.staff(); const ag = d.agency();
    return [`SKILLED NURSING VISIT - HOME INFUSION\nDate: ${dt}   Time in: ${d.time()}   Time out: ${d.time()}\nPatient: ${listed(p)}\nNurse: ${n}, ${d.nurseCred()}\nAgency: ${ag}`, [dt, ...nameParts(p), ...np, ag]];
  }],
  ['PICC insertion record with lot', (d) => {
    const dt = d.date(); const h = d.hospital(); const g = d.given(); const s = d.sur(); const lot = d.lot();
    return [`PICC placed ${dt} at ${h} by ${g} ${s}, RN, VA-BC: ${d.pick(CATHETERS)}, right basilic, lot ${lot}. Tip at the cavoatrial junction per ECG; external length 0 cm, arm circumference ${d.int(24, 38)} cm.`, [dt, h, g, s, lot]];
  }],
  ['port access with Huber needle lot', (d) => {
    const lot = d.lot(); const w = d.weekday(); const ini = d.initials();
    return [`Port accessed with 20 g x 3/4 in Huber needle, lot #${lot}; brisk blood return. Needle change due ${w}. ${ini}`, [lot, w, ini]];
  }],
  ['midline placed and dressed', (d) => {
    const md = d.monDay(); const g = d.given();
    return [`Midline placed ${md} in the left cephalic; Tegaderm CHG applied, StatLock in place. Nurse ${g} to reassess at next visit.`, [md, g]];
  }],
  ['dressing-change log row', (d) => {
    const dt = d.mdy(); const ini = d.initials();
    return [`${dt} | CHG/transparent | site clean, no redness | ext 0 cm | caps changed | ${ini}`, [dt, ini]];
  }],
  ['dressing change by caregiver on the nth', (d) => {
    const g = d.given(); const n = d.nth();
    return [`Dressing changed by ${d.relation()} ${g} under supervision on the ${n}; technique correct, sterile field kept.`, [g, n]];
  }],
  ['alteplase for occlusion', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`PICC sluggish, no blood return ${dt}. Cathflo 2 mg instilled, dwell 2 h, patency restored. Discussed with pharmacist ${g} ${s} at ${ph}.`, [dt, g, s, p]];
  }],
  ['line complication sent to ED on holiday', (d) => {
    const h = d.hospital(); const hd = d.holiday();
    return [`Pt sent to ${h} ED on ${hd} for right arm swelling; upper extremity DVT on ultrasound, PICC left in place, anticoagulation started.`, [h, hd]];
  }],
  ['next visit schedule', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const g = d.given();
    return [`Next SN visit ${w} ${md}; nurse ${g} will draw labs and change the dressing.`, [w, md, g]];
  }],
  ['missed visit and neighbor', (d) => {
    const dt = d.date(); const [ph, p] = d.phone(); const g = d.given(); const t = d.town();
    return [`Pt not home at ${d.time()} on ${dt}. Left voicemail at ${ph}. Neighbor ${g} said pt is staying with family in ${t}.`, [dt, p, g, t]];
  }],
  ['line removal', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`PICC removed ${dt} per order, catheter intact, measured length matches insertion record. Pressure held 5 min; removed by ${g} ${s}, ${d.nurseCred()}.`, [dt, g, s]];
  }],
  ['nurse signature block', (d) => {
    const p = d.person(); const ag = d.agency(); const [ph, pp] = d.phone(); const em = d.email(p.given, p.sur);
    return [`${written(p)}, ${d.nurseCred()}\nInfusion Nurse, ${ag}\nCell ${ph} | ${em}`, [...nameParts(p), ag, pp, em]];
  }],
  ['nurse license on visit note', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.license('rn'); const dt = d.mdy();
    return [`Electronically signed: ${g} ${s}, RN (license ${lic}) ${dt} ${d.time()}`, [g, s, lic, dt]];
  }],
  ['home health agency coordination', (d) => {
    const ag = d.agency(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const x = d.ext();
    return [`Coordinated with ${ag}; intake coordinator ${g} ${s}, ${ph} ext. ${x}, will cover wound care; infusion nursing stays with us.`, [ag, g, s, p, x]];
  }],
  ['port placed by IR', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital(); const sn = d.serial();
    return [`Port placed ${dt} by Dr. ${s} (IR, ${h}); patient carries the implant card, PowerPort serial ${sn}. Power injectable.`, [dt, s, h, sn]];
  }],
  // TPN compounding and pharmacy
  ['TPN compounding ticket', (d) => {
    const p = d.person(); const rx = d.rx(); const dt = d.date(); const lot = d.lot(); const bud = d.mdy(); const ini = d.initials(); const [n, np] = d.staff();
    return [`PARENTERAL NUTRITION - COMPOUNDING RECORD\nPatient: ${listed(p)}   Rx# ${rx}\nCompounded: ${dt}   Batch: ${lot}   BUD: ${bud}\nCompounded by: ${ini}   Verified: ${n}, ${d.rphCred()}`, [...nameParts(p), rx, dt, lot, bud, ini, ...np]];
  }],
  ['TPN bag label', (d) => {
    const p = d.person(); const rx = d.rx(); const ph = d.pharmacy(); const [tel, tp] = d.phone(); const exp = d.mdy();
    return [`${written(p)}   Rx ${rx}\nDextrose 20% / Amino acids 5% / Lipids 20% - 1,800 mL\nInfuse over 12 h (cycled). Refrigerate. Exp ${exp}\n${ph}  ${tel}`, [...nameParts(p), rx, exp, ph, tp]];
  }],
  ['compounder run log', (d) => {
    const dt = d.date(); const sn = d.serial(); const lot = d.lot(); const ini = d.initials();
    return [`ExactaMix 2400 run ${dt}, compounder SN ${sn}; source container lot ${lot}; gravimetric check passed; tech ${ini}.`, [dt, sn, lot, ini]];
  }],
  ['clean room certification', (d) => {
    const co = `${d.brand()} Cleanroom Certification, Inc.`; const my = d.monthYear(); const g = d.given(); const s = d.sur();
    return [`ISO Class 5 hood and buffer room certified by ${co} ${my}; technician ${g} ${s}. Viable air sampling within limits.`, [co, my, g, s]];
  }],
  ['dietitian TPN note', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const ds = d.sur();
    return [`Triglycerides 410 on ${dt}; SMOFlipid reduced to 3x/week. ${g} ${s}, RD, CNSC, to review with Dr. ${ds} on rounds.`, [dt, g, s, ds]];
  }],
  ['IV antibiotic label', (d) => {
    const p = d.person(); const rx = d.rx(); const ph = d.pharmacy(); const st = d.street(); const t = d.town(); const [tel, tp] = d.phone();
    return [`${ph}\n${st}, ${t}  ${tel}\nRx# ${rx}   ${written(p)}\n${d.antibiotic()}\nKeep refrigerated. Warm to room temperature 1 hour before use.`, [ph, st, t, tp, rx, ...nameParts(p)]];
  }],
  ['pharmacist verification and license', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.license('rph'); const dt = d.mdy();
    return [`Order verified and clinical review done by ${g} ${s}, ${d.rphCred()} (lic. #${lic}) on ${dt}; renal dosing checked.`, [g, s, lic, dt]];
  }],
  ['pharmacy permit on letterhead', (d) => {
    const ph = d.pharmacy(); const st = d.street(); const t = d.town(); const z = d.zip(); const per = d.license('permit'); const [fx, fp] = d.phone();
    return [`${ph} | ${st} | ${t}, ${d.state()} ${z} | Pharmacy permit ${per} | Fax ${fx}`, [ph, st, t, z, per, fp]];
  }],
  ['PCA order with DEA number', (d) => {
    const s = d.sur(); const dea = d.dea(); const w = d.weekday();
    return [`Hydromorphone PCA via CADD-Solis: basal 0.2 mg/h, bolus 0.2 mg q15min. Prescriber Dr. ${s}, DEA ${dea}. Hard copy received ${w}.`, [s, dea, w]];
  }],
  // pump programming
  ['pump programming log', (d) => {
    const pu = d.pump(); const sn = d.serial(); const lot = d.lot(); const dt = d.date(); const ini = d.initials();
    return [`PUMP PROGRAMMING LOG\nPump: ${pu}   Serial: ${sn}\nCassette lot: ${lot}\nProgrammed: ${dt} ${d.time()}   By: ${ini}\nRate ${d.int(20, 250)} mL/h, KVO 0.1 mL/h`, [sn, lot, dt, ini]];
  }],
  ['pump swap after alarm', (d) => {
    const a = d.serial(); const b = d.serial(); const ph = d.pharmacy(); const t = d.ticket();
    return [`Pump ${a} alarming "${d.pick(ALARMS)}" repeatedly; swapped for ${b}. Old pump returned to ${ph} biomed, ticket ${t}.`, [a, b, ph, t]];
  }],
  ['elastomeric pump lot and expiry', (d) => {
    const lot = d.lot(); const my = d.monthYear();
    return [`Homepump Eclipse 100 mL, lot ${lot}, exp ${my}; infuse over 30 min, ball deflates when done.`, [lot, my]];
  }],
  ['pump preventive maintenance', (d) => {
    const a = d.asset(); const sn = d.serial(); const my = d.monthYear();
    return [`Asset tag ${a} (serial ${sn}) passed preventive maintenance; next PM due ${my}.`, [a, sn, my]];
  }],
  ['remote pump monitoring gateway', (d) => {
    const ip = d.ip(); const sn = d.serial();
    return [`Remote pump monitoring: gateway at ${ip} stopped reporting for pump ${sn}; patient asked to restart the hub.`, [ip, sn]];
  }],
  // delivery
  ['driver manifest row', (d) => {
    const p = d.person(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone();
    return [`Stop ${d.int(1, 14)} | ${listed(p)} | ${st}, ${t} ${z} | ${ph} | cooler x${d.int(1, 3)} | sig req`, [...nameParts(p), st, t, z, pp]];
  }],
  ['delivery ticket', (d) => {
    const t = d.ticket(); const p = d.person(); const st = d.street(); const town = d.town(); const dt = d.date(); const g = d.given(); const s = d.sur(); const pl = d.plate();
    return [`DELIVERY TICKET #${t}\nDeliver to: ${written(p)}, ${st}, ${town}\nDelivery date: ${dt}\nItems: 7 x antibiotic bags, flushes, caps, pump\nDriver: ${g} ${s}   Van plate: ${pl}`, [t, ...nameParts(p), st, town, dt, g, s, pl]];
  }],
  ['route manifest header', (d) => {
    const m = d.digitString(6); const dt = d.date(); const g = d.given(); const s = d.sur(); const ph = d.pharmacy();
    return [`ROUTE MANIFEST ${m}   ${dt}   Driver: ${s}, ${g}   Origin: ${ph}   Stops: ${d.int(6, 18)}`, [m, dt, s, g, ph]];
  }],
  ['delivery left with neighbor', (d) => {
    const g = d.given(); const w = d.weekday(); const g2 = d.given(); const st = d.street();
    return [`Driver ${g} could not reach pt ${w}; cooler left with neighbor ${g2} at ${st} per pt's verbal OK.`, [g, w, g2, st]];
  }],
  ['cold chain temperature logger', (d) => {
    const sn = d.serial(); const md = d.monDay();
    return [`Temp logger ${sn} read 2-8 C for the whole route; delivered ${md}, IVIG placed in pt's refrigerator.`, [sn, md]];
  }],
  ['delivery received signature', (d) => {
    const p = d.person(); const dt = d.mdy();
    return [`Received by: ${written(p)} (${d.relation()})   Date: ${dt}   Time: ${d.time()}`, [...nameParts(p), dt]];
  }],
  ['supplies shipped while traveling', (d) => {
    const t = d.town(); const hd = d.holiday(); const st = d.street(); const z = d.zip();
    return [`Pt visiting family in ${t}, ${d.state()} over ${hd}; 7-day supply shipped overnight to ${st}, ${z}.`, [t, hd, st, z]];
  }],
  // insurance
  ['benefits verification', (d) => {
    const mbi = d.mbi(); const mem = d.member();
    return [`Benefits verified: Medicare MBI ${mbi}; secondary ${d.pick(PLANS)} member ID ${mem}. Home infusion drug under Part B DME, nursing not covered.`, [mbi, mem]];
  }],
  ['prior authorization approved', (d) => {
    const a = d.auth(); const y = d.year(); const from = d.date(y); const to = d.date(y); const g = d.given(); const s = d.sur(); const x = d.ext();
    return [`Prior auth approved, auth #${a}, valid ${from} through ${to}, 42 units. Plan reviewer ${g} ${s}, ext. ${x}.`, [a, from, to, g, s, x]];
  }],
  ['prior authorization denied and peer-to-peer', (d) => {
    const w = d.weekday(); const s = d.sur(); const [ph, p] = d.phone(); const a = d.auth();
    return [`IVIG PA denied (ref ${a}); peer-to-peer set for ${w} with the plan's medical director Dr. ${s}, ${ph}.`, [a, w, s, p]];
  }],
  ['Medicaid and claim', (d) => {
    const mcd = d.medicaid(); const c = d.claim(); const dt = d.date();
    return [`Medicaid ID ${mcd}. Claim ${c} for S9500 per diem x 14 days, DOS from ${dt}, denied CO-197; resubmitted with auth.`, [mcd, c, dt]];
  }],
  ['patient account statement', (d) => {
    const p = d.person(); const acct = d.account(); const dt = d.date();
    return [`Statement for ${written(p)}, account #${acct}, dated ${dt}: patient responsibility $${d.int(20, 900)}.${pad2(d.int(0, 99))}.`, [...nameParts(p), acct, dt]];
  }],
  ['copay card enrollment', (d) => {
    const id = d.digitString(11); const my = d.monthYear();
    return [`Enrolled in manufacturer copay program, card ID ${id}, BIN 610020, renews ${my}.`, [id, my]];
  }],
  // infusion suite and center
  ['chair schedule row', (d) => {
    const p = d.person(); const g = d.given(); const mrn = d.mrn();
    return [`${d.time()} | Chair ${d.int(1, 14)} | ${listed(p)} | MRN ${mrn} | ${d.biologic()} | RN ${g}`, [...nameParts(p), mrn, g]];
  }],
  ['infusion center flowsheet header', (d) => {
    const c = d.center(); const dt = d.date(); const p = d.person(); const mrn = d.mrn(); const lot = d.lot();
    return [`${c.toUpperCase()} - INFUSION FLOWSHEET\nDate: ${dt}\nPatient: ${listed(p)}   MRN: ${mrn}\nProduct: ${d.biologic()}   Lot: ${lot}\nWeight ${d.int(45, 130)} kg   Dose ${d.int(20, 90)} g`, [c.toUpperCase(), dt, ...nameParts(p), mrn, lot]];
  }],
  ['IVIG vial lots', (d) => {
    const a = d.lot(); const b = d.lot();
    return [`${d.pick(['Gamunex-C', 'Privigen', 'Gammagard Liquid'])} 10 g vials: lot ${a} x3, lot ${b} x1. Pooled; no visible particulates.`, [a, b]];
  }],
  ['infusion reaction and physician called', (d) => {
    const s = d.sur(); const [ph, p] = d.phone(); const g = d.given();
    return [`At 200 mL/h pt had chills and BP 168/94; infusion stopped, diphenhydramine given. Dr. ${s} notified at ${ph}; resumed at 50 mL/h. RN ${g} at chairside.`, [s, p, g]];
  }],
  ['biologic next dose', (d) => {
    const my = d.monthYear(); const md = d.monDay();
    return [`Infliximab 5 mg/kg, dose 4 of maintenance; next infusion week of ${md}, then every 8 weeks (due again ${my}).`, [md, my]];
  }],
  ['infusion center address', (d) => {
    const c = d.center(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Your infusion is at ${c}, ${st}, Suite ${d.int(100, 450)}, ${t}, ${d.state()} ${z}. Park in the garage, level 2.`, [c, st, t, z]];
  }],
  ['reschedule around holiday', (d) => {
    const hd = d.holiday(); const w = d.weekday(); const g = d.given();
    return [`Center closed ${hd}; pt moved to ${w} at 0800. Scheduler ${g} confirmed by phone.`, [hd, w, g]];
  }],
  ['transfer to SNF', (d) => {
    const snf = d.snf(); const dt = d.date(); const g = d.given(); const s = d.sur(); const [fx, p] = d.phone();
    return [`Pt discharged to ${snf} ${dt}; SNF will give the remaining doses. Report called to ${g} ${s}, RN; MAR faxed to ${fx}.`, [snf, dt, g, s, p]];
  }],
  // after-hours and messages
  ['after-hours on-call pharmacist message', (d) => {
    const dt = d.date(); const c = d.person(); const [ph, p] = d.phone(); const g = d.given();
    return [`ON-CALL ${dt} ${d.time()}: ${d.relation()} ${written(c)} called from ${ph}, pump showing "${d.pick(ALARMS)}". Walked through troubleshooting; resolved. RPh ${g}`, [dt, ...nameParts(c), p, g]];
  }],
  ['answering service ticket', (d) => {
    const t = d.digitString(7); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Answering service msg #${t}: caller ${g} ${s}, ${ph}, says the bag is leaking at the spike. On-call RN dispatched.`, [t, g, s, p]];
  }],
  ['voicemail from son about delivery', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`VM from pt's ${d.relation()} ${g}, call back at ${ph}: can the ${w} delivery come after 3 pm? Called back, driver notified.`, [g, p, w]];
  }],
  ['e-mail from caregiver', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const md = d.slashMd();
    return [`E-mail from ${em} (${g} ${s}, caregiver) on ${md}: requests more 10 mL flushes and alcohol caps.`, [em, g, s, md]];
  }],
  ['fax cover sheet', (d) => {
    const s = d.sur(); const [fx, fp] = d.phone(); const ph = d.pharmacy(); const [tel, tp] = d.phone(); const dt = d.date();
    return [`FAX\nTo: Dr. ${s}   Fax: ${fx}\nFrom: ${ph}   Phone: ${tel}\nDate: ${dt}   Pages: ${d.int(2, 9)}\nRe: weekly OPAT labs`, [s, fp, ph, tp, dt]];
  }],
  ['patient portal and teaching video', (d) => {
    const url = d.url();
    return [`Teaching videos and your delivery schedule are at ${url}; call us with questions.`, [url]];
  }],
  // caregiver teaching
  ['caregiver teaching sign-off sheet', (d) => {
    const c = d.person(); const [n, np] = d.staff(); const dt = d.mdy();
    return [`CAREGIVER TEACHING CHECKLIST\n[x] Hand hygiene  [x] Scrub the hub  [x] SASH flush  [x] Pump start/stop  [x] When to call\nCaregiver: ${written(c)} (${d.relation()})\nInstructor: ${n}, ${d.nurseCred()}\nDate: ${dt}`, [...nameParts(c), ...np, dt]];
  }],
  ['teach-back narrative', (d) => {
    const g = d.given(); const w = d.weekday();
    return [`${d.relation().replace(/^./, (x) => x.toUpperCase())} ${g} demonstrated the SASH flush 3 times without cues; independent with pump disconnect as of ${w}.`, [g, w]];
  }],
  ['grandchild taught elastomeric disconnect', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Granddaughter ${g} ${s}, age ${d.int(18, 34)}, taught to disconnect the Homepump and flush; return demo correct on ${dt}.`, [g, s, dt]];
  }],
  ['discharge from home infusion service', (d) => {
    const dt = d.date(); const sn = d.serial(); const ph = d.pharmacy();
    return [`Discharged from home infusion services ${dt}, therapy complete. Pump ${sn} and sharps container picked up, returned to ${ph}.`, [dt, sn, ph]];
  }],
  ['SOC visit at patient home with directions', (d) => {
    const st = d.streetApt(); const t = d.town(); const w = d.weekday();
    return [`Start of care ${w}: ${st}, ${t}. Gravel drive past the church, blue mailbox; small dog, friendly.`, [w, st, t]];
  }],
];

/** The names of the wave's frames. */
export const infusionFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function infusionWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 17683, rounds);
}

/** Look-alikes in home infusion style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // drugs and biologics
  ['Vancomycin 1.25 g IV q12h via PICC.', 'Vancomycin'], ['Ceftriaxone 2 g IV daily x 6 weeks.', 'Ceftriaxone'], ['Daptomycin 8 mg/kg IV q24h; CK weekly.', 'Daptomycin'],
  ['Ertapenem 1 g IV daily.', 'Ertapenem'], ['Cefazolin via elastomeric pump.', 'Cefazolin'], ['Nafcillin continuous infusion over 24 hours.', 'Nafcillin'],
  ['Micafungin 100 mg daily.', 'Micafungin'], ['Dalbavancin single dose in the infusion suite.', 'Dalbavancin'], ['Gamunex-C 40 g given today.', 'Gamunex-C'],
  ['Privigen infused without reaction.', 'Privigen'], ['Octagam 10% premedication given.', 'Octagam'], ['Infliximab (Remicade) 5 mg/kg.', 'Remicade'],
  ['Ocrevus 600 mg every 6 months.', 'Ocrevus'], ['Entyvio 300 mg at week 6.', 'Entyvio'], ['Hizentra subcutaneous weekly.', 'Hizentra'],
  ['Clinimix E 2.75/5 with lipids.', 'Clinimix E'], ['SMOFlipid held for triglycerides.', 'SMOFlipid'], ['Intralipid 20% 250 mL.', 'Intralipid'],
  ['Heparin lock flush 10 units/mL, 5 mL.', 'Heparin lock flush'], ['Normal saline 10 mL pre-filled syringe.', 'Normal saline'], ['Cathflo Activase 2 mg instilled.', 'Cathflo Activase'],
  ['Diphenhydramine 25 mg PO premed.', 'Diphenhydramine'], ['Solu-Medrol 125 mg IV for the reaction.', 'Solu-Medrol'], ['Infuvite Adult added to the bag.', 'Infuvite'],
 
  // pumps, catheters and supplies
  ['CADD-Solis pump programmed.', 'CADD-Solis'], ['CADD-Prizm PCS II in use.', 'CADD-Prizm'], ['Curlin 6000 CMS pump.', 'Curlin 6000'], ['Sapphire pump alarm: air in line.', 'Sapphire'],
  ['Homepump Eclipse 100 mL.', 'Homepump Eclipse'], ['SmartDose gravity set.', 'SmartDose'], ['Freedom60 syringe driver for Hizentra.', 'Freedom60'],
  ['PowerPICC 4 Fr single lumen.', 'PowerPICC'], ['Groshong catheter, valved.', 'Groshong'], ['Hickman catheter, double lumen.', 'Hickman'],
  ['Broviac line in place since infancy.', 'Broviac'], ['PowerPort accessed.', 'PowerPort'], ['Huber needle 20 g x 3/4 inch.', 'Huber needle'],
  ['Biopatch applied at the insertion site.', 'Biopatch'], ['Tegaderm CHG dressing.', 'Tegaderm CHG'], ['StatLock replaced.', 'StatLock'], ['Curos caps on all hubs.', 'Curos'],
  ['ChloraPrep scrub 30 seconds.', 'ChloraPrep'], ['ExactaMix compounder calibrated.', 'ExactaMix'], ['Sherlock 3CG tip confirmation.', 'Sherlock 3CG'],
  ['Vein finder (AccuVein) used.', 'AccuVein'], ['MicroClave connector changed.', 'MicroClave'], ['Cook Medical catheter kit.', 'Cook Medical'],
  // techniques and anatomy
  ['SASH flush taught.', 'SASH'], ['Turbulent push-pause flush.', 'push-pause'], ['Blood return brisk.', 'Blood return'], ['Scrub the hub for 15 seconds.', 'Scrub the hub'],
  ['Modified Seldinger technique.', 'Modified Seldinger'], ['Valsalva maneuver during the cap change.', 'Valsalva'], ['Trendelenburg for the line removal.', 'Trendelenburg'],
  ['Aseptic non-touch technique (ANTT).', 'ANTT'], ['Tip at the cavoatrial junction.', 'cavoatrial junction'], ['Placed in the basilic vein under ultrasound.', 'basilic vein'],
  ['Upper arm circumference 29 cm.', '29 cm'],
  // scales and scores
  ['VIP score 0.', 'VIP score 0'], ['Phlebitis grade 2 (INS scale).', 'Phlebitis grade 2'], ['Infiltration grade 1.', 'Infiltration grade 1'], ['Braden 18.', 'Braden 18'],
  ['Morse fall score 45.', 'Morse fall score 45'], ['Karnofsky 70.', 'Karnofsky 70'], ['NRS-2002 score 4.', 'NRS-2002'], ['Pain 3/10 at the site.', '3/10'],
  ['CTCAE grade 2 infusion reaction.', 'CTCAE grade 2'],
  // lab values and TPN terms
  ['ESR 48 mm/h.', '48 mm/h'], ['CRP 6.2 mg/dL.', '6.2 mg/dL'], ['Vanc trough 17.8.', '17.8'], ['AUC 520 by Bayesian dosing.', 'AUC 520'], ['CK 312 U/L.', '312 U/L'],
  ['Creatinine 1.4, up from 0.9.', '1.4'], ['WBC 3.1 with ANC 1,400.', 'ANC 1,400'], ['Triglycerides 410 mg/dL.', '410 mg/dL'], ['Prealbumin 12 mg/dL.', 'Prealbumin'],
  ['Eosinophils 9% on daptomycin.', '9%'], ['Glucose 212 on TPN.', '212'],
  ['Dextrose 20%, amino acids 5%.', 'Dextrose 20%'], ['GIR 4.2 mg/kg/min.', '4.2 mg/kg/min'], ['Total volume 1,800 mL over 12 hours (cycled).', '1,800 mL'],
  ['Taper up 1 hour, taper down 1 hour.', 'Taper up 1 hour'], ['Sodium acetate 60 mEq/day.', '60 mEq/day'], ['1,650 kcal/day.', '1,650 kcal/day'],
  // codes
  ['HCPCS S9500 per diem.', 'S9500'], ['S9365 TPN per diem.', 'S9365'], ['J3370 vancomycin 500 mg units.', 'J3370'], ['J1569 Gammagard 500 mg.', 'J1569'],
  ['E0781 ambulatory infusion pump.', 'E0781'], ['CPT 99601 home infusion visit.', '99601'], ['CPT 36573 PICC insertion.', '36573'],
  ['M86.171 acute osteomyelitis, right tibia.', 'M86.171'], ['Z45.2 encounter for VAD adjustment.', 'Z45.2'], ['Z79.2 long-term antibiotics.', 'Z79.2'],
  ['T82.7XXA infection due to a vascular device.', 'T82.7XXA'], ['NDC 0338-0049-04 sodium chloride.', '0338-0049-04'],
  ['Denied CO-197: precertification absent.', 'CO-197'],
  // national bodies, standards, companies and carriers
  ['Compounded per USP <797>.', 'USP <797>'], ['USP <800> hazardous drug handling.', 'USP <800>'], ['INS Standards of Practice.', 'INS Standards of Practice'],
  ['ASHP guidelines followed.', 'ASHP'], ['ASPEN guidelines for PN.', 'ASPEN'], ['IDSA OPAT guidelines.', 'IDSA'], ['Accredited by ACHC.', 'ACHC'],
  ['URAC specialty pharmacy accreditation.', 'URAC'], ['The Joint Commission survey passed.', 'The Joint Commission'], ['Medicare Part B DME benefit.', 'Medicare Part B'],
  ['Part D covers the drug.', 'Part D'], ['CMS home infusion therapy benefit.', 'CMS'], ['ISO Class 5 hood.', 'ISO Class 5'],
  ['FDA MedWatch report filed.', 'MedWatch'], ['Labs sent to Quest.', 'Quest'], ['LabCorp draw station closed.', 'LabCorp'],
  ['Option Care national formulary.', 'Option Care'], ['FedEx Priority Overnight.', 'FedEx'],
  ['ICU Medical tubing set.', 'ICU Medical'], ['BD Nexiva catheter.', 'BD Nexiva'],
  // roles and relations without names
  ['The infusion nurse will call.', 'infusion nurse'], ['On-call pharmacist paged.', 'On-call pharmacist'], ['Courier delivered the cooler.', 'Courier'],
  ['Caregiver demonstrated the flush.', 'Caregiver'], ['Daughter at bedside for teaching.', 'Daughter'], ['Husband does the dressing changes.', 'Husband'],
  ['ID physician reviewed the labs.', 'ID physician'], ['Intake coordinator verified benefits.', 'Intake coordinator'], ['The driver rang twice.', 'driver'],
  ['Registered dietitian adjusted the PN.', 'Registered dietitian'],
  // ages, years, durations, rates and counts
  ['67-year-old man with vertebral osteomyelitis.', '67'], ['Age 89, lives with her son.', '89'], ['PICC from 2023 was removed.', '2023'], ['6 weeks of IV therapy.', '6 weeks'],
  ['Infuse over 30 minutes.', '30 minutes'], ['Every 8 hours.', 'Every 8 hours'], ['Day 14 of 42.', 'Day 14 of 42'], ['Dose 3 of 5.', 'Dose 3 of 5'], ['Chair 7.', 'Chair 7'],
  ['Stop 4 of 11 on the route.', 'Stop 4 of 11'], ['2 bags delivered, 7 days supply.', '7 days supply'], ['Rate 125 mL/h.', '125 mL/h'], ['Dwell time 2 hours.', 'Dwell time 2 hours'],
  ['Labs weekly on Mondays.', 'weekly on Mondays'], ['Visits Monday, Wednesday and Friday.', 'Monday, Wednesday and Friday'],
  // generic places
  ['Seen in the infusion suite.', 'infusion suite'], ['Compounded in the clean room.', 'clean room'], ['Anteroom garbing completed.', 'Anteroom'],
  ['Returned to the pharmacy.', 'the pharmacy'], ['Sent to the emergency department.', 'emergency department'], ['Followed in OPAT clinic.', 'OPAT clinic'],
  ['Stored in the refrigerator, away from the door.', 'refrigerator'], ['Left at the front porch in a cooler.', 'front porch'],
  // everyday words that are also names or towns
  ['Expresses hope that the line comes out soon.', 'hope'], ['Bone union on the x-ray.', 'union'], ['Nonunion of the tibia.', 'Nonunion'],
  ['Rocky course after the port infection.', 'Rocky'], ['History of a kidney stone.', 'stone'], ['Walks up the hill to the mailbox.', 'hill'], ['Will call tomorrow.', 'Will'],
  ['Grace period on the authorization.', 'Grace period'], ['Patience needed with the pump alarms.', 'Patience'], ['Mark the external length.', 'Mark'],
  ['Chase the infusion with a saline flush.', 'Chase'], ['Faith community brings meals.', 'Faith'], ['Dawn phenomenon on TPN cycling.', 'Dawn'],
  ['Asked about the price of IVIG.', 'price'], ['Young adult with cystic fibrosis.', 'Young'], ['Normal sinus rhythm during the infusion.', 'Normal'],
];

export const infusionKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedInfusionKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(infusionKeepCases(), find);

export function scoreInfusionWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => infusionWaveCases(seed)), find);
}
