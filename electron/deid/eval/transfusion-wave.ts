// A blind wave of blood bank and transfusion medicine records: type and screen results (the patient listed as 'SURNAME,
// Given', date of birth, MRN, the blood bank armband number, the specimen accession and the phlebotomist's initials,
// rejected mislabeled specimens, historical types from other hospitals, antibody identification panels with the reagent
// lot, DAT and eluate workups sent to a reference laboratory with its case number, prenatal titers with the obstetric
// practice, Rh immune globulin with its lot, cord blood workups of a baby listed by the mother's surname), crossmatch and
// product requests (request numbers, the ordering physician and pager, verbal orders read back, pre-operative type and
// screen on the date of surgery, antigen-negative units ordered from the local blood supplier, emergency release
// of uncrossmatched units), unit tags and inventory rows with ISBT 128 donation identification numbers (the DIN written
// spaced 'W0412 24 123456', run together 'W041224123456' or dashed, sometimes followed by its flag characters) next to
// product codes, ABO/Rh and expiration dates, irradiated and pooled units, issue and return records with the cooler's
// number, transfusion administration records with two-person bedside verification and the signers' names or initials,
// consents signed by proxies with witnesses, blood warmers by serial number and asset tag, home and infusion-center
// transfusions, transfusion reaction workups (report numbers, clerical checks, TRALI and TACO notices to the supplier,
// the medical director's interpretation, hemovigilance event ids, outside records faxed), apheresis procedure notes
// (plasma exchange with the device's serial number and the albumin lot, photopheresis, stem cell collections,
// plateletpheresis donors), massive transfusion protocol logs (activation by a named physician, cooler rows with the
// runner's first name, deactivation, debriefs on holidays), donor center deferral letters (the blood center's letterhead
// with its street and ZIP, the donor's name, donor ID, the deferral's end as month and year, the center's phone and
// web page, mobile drives at schools, churches and employers), directed donation forms naming the donors, their
// relationship and phones, autologous units, courier and transport logs between hospitals (driver, plate, driver's
// license, cooler, invoice, tracking numbers), lookback notification letters (the recipient's address, the transfusing
// hospital, the donor's donations by DIN, the physician notified by certified mail), patient antibody wallet cards and
// registry look-ups, Jehovah's Witness refusal forms with two witnesses, the health care agent and the local
// congregation's elder, billing lines with account, claim and member numbers, and LIS downtime notes with the
// interface's IP address, in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024', '3/4/24',
// '4 March 2024', '04-MAR-2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', holidays such as 'Christmas Eve');
// ages over 89, phones, pagers, fax numbers, e-mails, URLs and IP addresses are planted. Given names and surnames are
// often everyday words (Hope, Ruby, Scarlett, Rocky, Will, Drew, Sterling, Stone, Hill, Banks, Cross, Sample, Marsh);
// towns are often everyday words (Liberty, Union, Hope, Commerce, Temperance, Bountiful, Providence, Red Bank, Many).
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreTransfusionWave`.
// Decisions: every word of a person's name is planted as its own part (given names, each of two Spanish surnames), a
// middle initial, a title ('Dr.', 'Mr.') and a credential ('RN', 'MT(ASCP)', 'SBB', 'MD') are not planted; a signer's
// or technologist's initials are planted; a runner's first name alone is planted; a relation without a name ('her
// daughter', 'the brother'), a role without a name ('the medical director', 'the runner', 'the courier', 'the elders')
// and an age of 89 or under are kept; the ISBT 128 donation identification number is planted as written (spaced, run
// together or dashed) because it identifies the donor and the donation, while the flag characters and check character
// after it, the product code alone ('E0382', 'E0336V00'), ABO/Rh, product types and the blood group code are kept; a
// pool number is a DIN and is planted; the donor ID, blood bank armband number, specimen accession, crossmatch or
// product request number, supplier order number, reference laboratory case number, reaction report and hemovigilance
// event ids, lookback case number, the reagent, albumin and Rh immune globulin lot numbers, apheresis device, blood
// warmer and irradiator serial numbers, asset tags, cooler numbers, courier invoices and tracking numbers, a driver's
// license and a vehicle's plate, MRNs, accounts, claims and member ids, and an interface's IP address are planted; a
// national body, a national blood supplier and a national device or reagent maker named alone ('AABB', 'FDA', 'CBER',
// 'ICCBBA', 'American Red Cross', 'Vitalant', 'America's Blood Centers', 'Terumo BCT', 'Haemonetics', 'Immucor') is
// kept, while a local blood center, a reference laboratory, a hospital, an obstetric or medical practice, an infusion
// center, a courier company, a school, church or employer hosting a drive are planted whole with their kind words
// ('Liberty Community Blood Center', 'St. Jude's Hospital', 'Union OB/GYN Associates', 'Banks Express Courier LLC');
// a Jehovah's Witness congregation is named by its town, and the town is planted ('Kingdom Hall' and the religion are
// kept); a town is planted, a US state and a region word alone are kept; a street address is planted from its number
// to its street type with a suite after it; a ZIP is planted; a weekday naming one day is planted; a month with a year
// is planted; 'the 4th' is planted; a holiday that fixes a day is planted; a unit's expiration date and a collection
// date are planted like any date; the time next to a date is kept, and so are durations, volumes, temperatures, rates,
// counts, titers and scores; a phone's leading '(' need not be covered; e-mails and URLs are planted whole; ages over
// 89 are planted as their number. Kept (look-alikes): ABO/Rh types, blood group system and antibody names that are
// eponyms or read as names (anti-Kell, Duffy, Kidd, Lewis, Lutheran, Diego, Colton, Cartwright, Dombrock, Knops, Vel,
// Gerbich, Scianna, Bombay, McLeod), test names (Coombs, Kleihauer-Betke, Donath-Landsteiner), product types and
// modifications (PRBC, FFP, cryo, PF24, irradiated, leukoreduced, pathogen-reduced), product codes and blood group
// codes alone, volumes, temperatures, counts, titers and lab values, reaction categories and severity or imputability
// grades, trauma and bleeding scores, standards and regulations (AABB Standards, 21 CFR 606.170, CAP TRM checklist,
// ISBT 128), national bodies, suppliers and makers, apheresis devices, warmers and analyzers, drugs and brands,
// procedures, generic places (the blood bank, the donor center, the reference lab, Kingdom Hall), relations and roles
// without names, ages of 89 and under, years alone, and everyday words that are also names or towns.
// Measured before rules: 0.902 recall on seeds 5, 11, 23 (5616/6226), 0.907 on fresh seeds 41, 42, 43 (5653/6233); 15/167
// look-alikes touched ("5100", "Duffy", "Kidd", "Lewis", "Diego", "Colton", "Cartwright", "E0382", "E0336V00", "Post-transfusion
// purpura", "America's Blood Centers", "Spectra Optia", "Trima Accel", "Kingdom Hall", "Drew") (engine at adb265f).
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, gh, fr, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Ruby', 'Scarlett', 'Rose', 'Cherry', 'Crystal', 'Dawn', 'Summer', 'Rocky', 'Will', 'Bill', 'Mark', 'Chase', 'Hunter', 'Drew', 'Sterling', 'Rusty', 'Red', 'Sunny', 'Penny', 'Ginger', 'Major', 'Duke', 'Precious', 'Blessing', 'Mercy', 'Patience', 'Honor', 'Amber', 'Violet', 'Jewel', 'Skip', 'Buddy'];
const WORD_SUR = ['Stone', 'Hill', 'Banks', 'Cross', 'Sample', 'Marsh', 'Bloodworth', 'Wells', 'Price', 'Cook', 'Baker', 'Fox', 'Rivers', 'Brooks', 'Lane', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Love', 'Noble', 'Sweet', 'Savage', 'Lamb', 'Bell', 'Redd', 'Coldwater', 'Hale', 'Steel'];
const ES_SUR = ['Flores', 'Campos', 'Ramos', 'Cruz', 'Luna', 'Vega', 'Ríos', 'Montes', 'Toro', 'Delgado', 'Moreno', 'Blanco', 'Rubio', 'León', 'Sangre', 'Iglesias', 'Castillo', 'Guerra', 'Soto', 'Salinas', 'Fuentes', 'Sierra', 'Cordero', 'Peña', 'Hernández', 'García', 'López', 'Martínez'];

/** Towns that are everyday words, and ordinary towns. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Midway', 'Friendship', 'Fairview', 'Eden', 'Normal', 'Paradise', 'Welcome', 'Harmony', 'Unity', 'Golden', 'Sandy', 'Temperance', 'Bountiful', 'Providence', 'Red Bank', 'Many', 'Plain City', 'Hazard', 'Chance', 'Red Oak', 'Pleasant Hill', 'Story City'];
const REAL_TOWNS = ['Lewiston', 'Lowell', 'Framingham', 'St. Cloud', 'Willmar', 'Faribault', 'Utica', 'Burlington', 'Manchester', 'Bowling Green', 'Fort Wayne', 'Amarillo', 'Boise', 'Twin Falls', 'Owatonna', 'Lancaster', 'Erie', 'Harrisonburg', 'Marshalltown', 'Dodge City', 'Greeley', 'Everett', 'Quincy', 'Davenport', 'Rock Island', 'Moline', 'Muncie', 'Kokomo', 'Tupelo', 'Hattiesburg', 'Lufkin', 'Abilene', 'Cheyenne', 'Casper', 'Missoula', 'Bangor', 'Rutland', 'Scranton', 'Wausau', 'Eau Claire', 'Mankato', 'Joplin', 'Paducah'];
const STATES = ['MN', 'ME', 'MA', 'NY', 'OH', 'KY', 'ID', 'WA', 'IA', 'KS', 'TX', 'MS', 'IN', 'WY', 'MT', 'VT', 'PA', 'WI', 'MO', 'NJ', 'Iowa', 'Texas', 'Ohio'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Birch', 'Canal', 'Walnut', 'Medical Center', 'Donor', 'Red Cross'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Pl'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Catherine'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Hospital'];
const REGION_WORDS = ['Heartland', 'Tri-County', 'Gulf Coast', 'Mississippi Valley', 'Blue Ridge', 'Big Sky', 'Lakeshore', 'Prairie', 'High Plains', 'Three Rivers', 'Coastal Bend', 'North Country'];
/** National suppliers, bodies and makers named alone (kept). */
const NATIONAL_SUPPLIERS = ['American Red Cross', 'Vitalant', 'the national rare donor program'];
const COURIERS_NATIONAL = ['FedEx', 'UPS'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Halloween', "Valentine's Day", 'Labor Day', 'Memorial Day'];
/** Relations a name follows (without a sex, since the names are drawn without one). */
const RELATIONS = ['sibling', 'cousin', 'friend', 'neighbor', 'coworker', 'spouse', 'partner', 'adult child', 'parent', 'in-law', 'roommate', 'church member'];
const ABO = ['O POS', 'O NEG', 'A POS', 'A NEG', 'B POS', 'B NEG', 'AB POS', 'AB NEG', 'O+', 'A+', 'O-', 'B+'];
const PRODUCTS: readonly (readonly [string, string])[] = [['E0382V00', 'LR RBC AS-1'], ['E0336V00', 'RBC AS-3'], ['E7644V00', 'FFP'], ['E3083V00', 'Apheresis PLT'], ['E5165V00', 'Cryo pooled'], ['E0869V00', 'Irradiated LR RBC'], ['E2555V00', 'Thawed plasma'], ['E4553V00', 'PF24']];
const ANTIBODIES = ['anti-K', 'anti-E', 'anti-c', 'anti-Fya', 'anti-Jka', 'anti-Jkb', 'anti-S', 'anti-D', 'anti-M', 'anti-Lea', 'anti-C', 'anti-Kpa'];
const PROCEDURES = ['total hip arthroplasty', 'CABG', 'liver resection', 'cesarean delivery', 'spinal fusion T10-pelvis', 'Whipple procedure', 'aortic valve replacement', 'hysterectomy', 'nephrectomy'];
const UNITS = ['4 West', '5 North', 'MICU', 'SICU', 'L&D', 'PACU', 'OR 7', 'ED Trauma Bay 2', 'Oncology Infusion', 'CVICU'];

/** A person: every name word is planted. */
interface Person {
  readonly given: string;
  readonly mid: string;
  readonly surs: readonly string[];
}
const written = (p: Person): string => [p.given, ...(p.mid ? [p.mid] : []), ...p.surs].join(' ');
const listed = (p: Person): string => `${p.surs.join(' ')}, ${p.given}${p.mid ? ` ${p.mid}` : ''}`;
const nameParts = (p: Person): string[] => [p.given, ...p.surs];
/** A faker name's first word of two letters or more. */
const firstWord = (s: string): string => s.split(/\s/).find((w) => /^\p{Lu}/u.test(w) && w.length > 1) ?? s.split(/\s/)[0]!;

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    const g = this.givenOf(WORD_GIVEN);
    return firstWord(g);
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
  abo(): string {
    return this.pick(ABO);
  }
  product(): readonly [string, string] {
    return this.pick(PRODUCTS);
  }
  antibody(): string {
    return this.pick(ANTIBODIES);
  }
  /** A person: a middle initial four times in ten, two Spanish surnames now and then. */
  person(): Person {
    const mid = this.r() < 0.4 ? this.mi() : '';
    if (this.r() < 0.12) {
      const g = firstWord(mx.person.firstName());
      return { given: g, mid: '', surs: this.r() < 0.6 ? [this.pick(ES_SUR), this.pick(ES_SUR)] : [this.pick(ES_SUR)] };
    }
    return { given: this.given(), mid, surs: [this.sur()] };
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
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Lowell' ? 'Lewiston' : 'Lowell';
  }
  state(): string {
    return this.pick(STATES);
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s Hospital`;
    if (x < 0.3) return `${this.sur()} Memorial Hospital`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  otherHospital(h: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.hospital();
      if (u !== h && !u.includes(h) && !h.includes(u)) return u;
    }
    return h === 'Lowell General Hospital' ? 'Tupelo Medical Center' : 'Lowell General Hospital';
  }
  /** A local blood center (planted whole). */
  bloodCenter(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Community Blood Center`;
    if (k === 1) return `${this.town()} Regional Blood Services`;
    if (k === 2) return `Blood Center of ${this.town()}`;
    if (k === 3) return `${this.pick(REGION_WORDS)} Blood Alliance`;
    if (k === 4) return `${this.pick(REGION_WORDS)} Regional Blood Center`;
    return `${this.town()} Blood Bank & Donor Center`;
  }
  /** A local immunohematology reference laboratory. */
  refLab(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(REGION_WORDS)} Immunohematology Reference Laboratory`;
    if (k === 1) return `${this.town()} Reference Laboratory`;
    return `${this.pick(REGION_WORDS)} IRL`;
  }
  practice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} OB/GYN Associates`;
    if (k === 1) return `${this.sur()} Family Medicine`;
    if (k === 2) return `${this.town()} Hematology & Oncology`;
    if (k === 3) return `${this.town()} Women's Health`;
    return `${this.sur()} & ${this.sur()} Internal Medicine`;
  }
  infusionCenter(): string {
    return this.r() < 0.5 ? `${this.town()} Infusion Center` : `${this.town()} Cancer Center`;
  }
  courier(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Medical Courier`;
    if (k === 1) return `${this.sur()} Express Courier LLC`;
    return `${this.pick(REGION_WORDS)} Lab Logistics`;
  }
  driveHost(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} High School`;
    if (k === 1) return `${this.pick(STREET_WORDS.slice(0, 20))} Elementary School`;
    if (k === 2) return `First Baptist Church of ${this.town()}`;
    if (k === 3) return `${this.town()} Fire Department`;
    return `${this.sur()} Manufacturing`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  streetSuite(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st}, Suite ${this.int(100, 450)}`;
    if (a === 1) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B'])}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${this.pick([':', ''])}${pad2(this.int(0, 59))}`;
  }
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
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  ord(): string {
    return ordinal(this.int(1, 28));
  }
  dob(lo = 1935, hi = 2010): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  /** A unit's expiration date as tags print it ('14-MAR-2025' or '03/14/2025'). */
  expiry(): string {
    const [m, d] = this.md();
    const y = this.year();
    return this.r() < 0.5 ? `${pad2(d)}-${MON[m - 1]!.toUpperCase()}-${y}` : `${pad2(m)}/${pad2(d)}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** An ISBT 128 donation identification number: facility, year and sequence, spaced, run together or dashed. */
  din(): string {
    const fin = `${this.r() < 0.85 ? 'W' : this.pick(['A', 'G', 'J'])}${this.anyDigits(4)}`;
    const yy = pad2(this.int(15, 25));
    const seq = this.anyDigits(6);
    const k = this.int(0, 5);
    if (k <= 2) return `${fin} ${yy} ${seq}`;
    if (k <= 4) return `${fin}${yy}${seq}`;
    return `${fin}-${yy}-${seq}`;
  }
  /** A DIN with its flag characters (not planted) after it, and the DIN. */
  dinFlagged(): readonly [string, string] {
    const n = this.din();
    return this.r() < 0.4 ? [`${n} ${this.pick(['00', '01', '0'])}${this.r() < 0.5 ? ` ${this.pick([...'ABCDEFGHJKLMNPRSTVWXYZ'])}` : ''}`, n] : [n, n];
  }
  donorId(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `D${this.digitString(8)}`;
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  band(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(4)}`;
    if (k === 1) return `BB-${this.digitString(6)}`;
    return this.digitString(7);
  }
  accession(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(8)}`;
    if (k === 1) return `${pad2(this.int(18, 25))}-${this.pick(['BB', 'TS', 'BK'])}-${this.digitString(5)}`;
    return this.digitString(10);
  }
  request(): string {
    return this.r() < 0.5 ? `BPR-${this.digitString(6)}` : this.digitString(8);
  }
  caseNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(this.int(18, 25))}-${this.digitString(4)}`;
    if (k === 1) return `IRL${this.digitString(6)}`;
    return this.digitString(6);
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(4)}`;
    if (k === 1) return this.digitString(6);
    if (k === 2) return `${this.letters(2)}${this.digitString(5)}`;
    return `${this.digitString(3)}${this.letters(1)}${this.digitString(3)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(1)}${this.letters(1)}${this.digitString(5)}`;
    if (k === 1) return this.digitString(7);
    if (k === 2) return `${this.letters(2)}-${this.digitString(5)}`;
    return this.digitString(8);
  }
  asset(): string {
    return this.r() < 0.5 ? `BE-${this.digitString(5)}` : `${this.digitString(6)}`;
  }
  cooler(): string {
    return this.r() < 0.5 ? `C-${this.digitString(3)}` : `${this.letters(2)}${this.digitString(4)}`;
  }
  reportNo(): string {
    return this.r() < 0.5 ? `TRX-${pad2(this.int(18, 25))}-${this.digitString(3)}` : `SR${this.digitString(7)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  license(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(7)}`;
    if (k === 1) return `${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
    return `${this.letters(1)}${this.digitString(3)}-${this.digitString(4)}-${this.digitString(4)}`;
  }
  tracking(): string {
    return this.r() < 0.5 ? `9407 ${this.digitString(4)} ${this.digitString(4)} ${this.digitString(4)} ${this.digitString(4)} ${this.digitString(2)}` : `70${this.digitString(18)}`;
  }
  invoice(): string {
    return this.r() < 0.5 ? `INV-${this.digitString(6)}` : this.digitString(7);
  }
  account(): string {
    return this.digitString(this.int(8, 10));
  }
  claim(): string {
    return this.r() < 0.5 ? `${this.digitString(4)}${this.letters(2)}${this.digitString(5)}` : this.digitString(12);
  }
  member(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.digitString(9)}${this.pick(['01', '02', 'A'])}`;
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
    const dom = this.pick([`${asciiLetters(this.town())}blood.org`, 'gmail.com', 'yahoo.com', `${asciiLetters(this.town())}health.org`, 'outlook.com', 'aol.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(50, 99)}`]);
    return `${local}@${dom}`;
  }
  /** A blood center's or hospital's web page, or the regional antibody registry's when `registry`. */
  url(registry = false): string {
    const t = asciiLetters(this.town());
    if (registry) return this.pick([`https://www.${t}blood.org/antibody-registry`, `https://abregistry.${t}health.org/lookup`, `www.${t}blood.org/registry`]);
    return this.pick([`https://www.${t}blood.org/donor-eligibility`, `www.${t}bloodcenter.org`, `https://${t}blood.org/lookback`, `https://donate.${t}blood.org/appointments`, `http://www.${t}health.org/transfusion-services`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // type and screen
  ['type and screen result header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dob = d.dob(); const acc = d.accession(); const dt = d.date(); const ini = d.initials();
    return [`TYPE AND SCREEN\nPatient: ${listed(p)}   MRN ${mrn}   DOB ${dob}\nSpecimen ${acc} collected ${dt} ${d.time()} by ${ini}\nABO/Rh: ${d.abo()}   Antibody screen: NEGATIVE`, [...nameParts(p), mrn, dob, acc, dt, ini]];
  }],
  ['specimen rejected mislabeled', (d) => {
    const acc = d.accession(); const band = d.band(); const g = d.given(); const s = d.sur();
    return [`Specimen ${acc} rejected: armband number ${band} did not match the tube label. Phlebotomist ${g} ${s} notified at ${d.time()}; recollect requested per policy.`, [acc, band, g, s]];
  }],
  ['historical type from another hospital', (d) => {
    const h = d.hospital(); const my = d.monthYear(); const dt = d.date(); const ini = d.initials();
    return [`Historical type on file from ${h} (${my}): ${d.abo()}. Second sample drawn ${dt} by ${ini} confirms; eligible for electronic crossmatch.`, [h, my, dt, ini]];
  }],
  ['blood bank armband applied', (d) => {
    const band = d.band(); const dt = d.date(); const [n, ps] = d.staff();
    return [`Blood bank ID band ${band} applied ${dt} by ${n}, PCT. Band must remain on until 72 hours after the last transfusion.`, [band, dt, ...ps]];
  }],
  ['antibody identification panel', (d) => {
    const ab = d.antibody(); const lot = d.lot(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Antibody ID: ${ab} identified (panel lot ${lot}, ${d.int(11, 16)} cells, rule-outs complete). Reviewed by Dr. ${g} ${s}, Medical Director, ${dt}.`, [lot, g, s, dt]];
  }],
  ['DAT positive sent to reference lab', (d) => {
    const acc = d.accession(); const lab = d.refLab(); const cs = d.caseNo();
    return [`DAT positive (IgG 2+, C3 negative) on specimen ${acc}. Eluate and adsorptions sent to ${lab}, case #${cs}; results expected in 48 hours.`, [acc, lab, cs]];
  }],
  ['reference lab letterhead', (d) => {
    const lab = d.refLab(); const st = d.streetSuite(); const t = d.town(); const z = d.zip(); const p = d.person(); const dob = d.dob(); const h = d.hospital();
    return [`${lab}\n${st}\n${t}, ${d.state()} ${z}\n\nPatient: ${listed(p)}   DOB: ${dob}\nSubmitted by: ${h} Transfusion Service`, [lab, st, t, z, ...nameParts(p), dob, h]];
  }],
  ['prenatal antibody titer', (d) => {
    const dt = d.date(); const md = d.slashMd(); const s = d.sur(); const pr = d.practice(); const [ph, pp] = d.phone();
    return [`Anti-D titer 1:16 on ${dt} (1:8 on ${md}). OB Dr. ${s} at ${pr} notified by phone ${ph}; MCA Dopplers ordered.`, [dt, md, s, pr, pp]];
  }],
  ['Rh immune globulin given', (d) => {
    const p = d.person(); const lot = d.lot(); const dt = d.date();
    return [`RhIG 300 mcg IM (RhoGAM lot ${lot}) given to ${written(p)} on ${dt}; Kleihauer-Betke 0.2%, one vial sufficient.`, [...nameParts(p), lot, dt]];
  }],
  ['cord blood workup', (d) => {
    const s = d.sur(); const mg = d.given(); const mrn = d.mrn(); const dt = d.date();
    return [`Cord blood, BABY GIRL ${s}: O POS, DAT 1+ (IgG). Mother ${mg}, MRN ${mrn}, A NEG, anti-D from RhIG given ${dt}.`, [s, mg, mrn, dt]];
  }],
  // crossmatch requests
  ['blood product request form', (d) => {
    const rq = d.request(); const p = d.person(); const mrn = d.mrn(); const g = d.given(); const s = d.sur(); const [pg, pp] = d.phone();
    return [`BLOOD PRODUCT REQUEST   Request # ${rq}\nPatient: ${listed(p)}   MRN: ${mrn}   Location: ${d.pick(UNITS)}\nProduct: PRBC x ${d.int(1, 4)}, crossmatch   Indication: Hgb ${d.int(5, 7)}.${d.int(0, 9)} g/dL\nOrdering: Dr. ${g} ${s}   Pager: ${pg}`, [rq, ...nameParts(p), mrn, g, s, pp]];
  }],
  ['verbal order read back', (d) => {
    const s = d.sur(); const dt = d.date(); const [n, ps] = d.staff();
    return [`Verbal order from Dr. ${s} at ${d.time()} on ${dt} for 2 units FFP; read back and verified by ${n}, MLS(ASCP).`, [s, dt, ...ps]];
  }],
  ['pre-op type and screen for surgery', (d) => {
    const o = d.ord(); const g = d.given(); const s = d.sur();
    return [`Pre-op T&S for ${d.pick(PROCEDURES)} on the ${o}; per MSBOS type and screen only. Surgeon: Dr. ${g} ${s}.`, [o, g, s]];
  }],
  ['antigen-negative units ordered from supplier', (d) => {
    const bc = d.bloodCenter(); const ord = d.digitString(7); const w = d.weekday(); const g = d.given(); const [ph, pp] = d.phone();
    return [`Requested 2 E-neg, K-neg, Jka-neg units from ${bc} (order ${ord}); ETA ${w}. Contact ${g} in hospital services, ${ph}.`, [bc, ord, w, g, pp]];
  }],
  ['emergency release uncrossmatched', (d) => {
    const a = d.din(); const b = d.din(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`EMERGENCY RELEASE: 2 units O NEG RBC issued uncrossmatched at ${d.time()} to Trauma Bay 2, DINs ${a} and ${b}. Signed by Dr. ${g} ${s} on ${dt}.`, [a, b, g, s, dt]];
  }],
  ['electronic crossmatch note', (d) => {
    const p = d.person(); const dn = d.din(); const ini = d.initials();
    return [`Electronic crossmatch compatible for ${written(p)}: unit ${dn} (${d.abo()}) allocated, tech ${ini}.`, [...nameParts(p), dn, ini]];
  }],
  // unit tags
  ['transfusion tag', (d) => {
    const p = d.person(); const mrn = d.mrn(); const band = d.band(); const [dt, dn] = d.dinFlagged(); const [pc, pn] = d.product(); const ex = d.expiry(); const ini = d.initials(); const dd = d.date();
    return [`TRANSFUSION TAG\nPatient: ${listed(p)}\nMRN: ${mrn}   BB ID: ${band}\nDIN: ${dt}\nProduct: ${pc} ${pn}   ABO/Rh: ${d.abo()}\nExp: ${ex} 2359\nCrossmatch: compatible   Tech: ${ini}   ${dd}`, [...nameParts(p), mrn, band, dn, ex, ini, dd]];
  }],
  ['inventory row', (d) => {
    const dn = d.din(); const [pc] = d.product(); const ex = d.expiry(); const ini = d.initials();
    return [`${dn} | ${pc} | ${d.abo()} | exp ${ex} | quarantined: no | ${ini}`, [dn, ex, ini]];
  }],
  ['scanned barcode DIN', (d) => {
    const fin = `W${d.anyDigits(4)}`; const dn = `${fin}${pad2(d.int(15, 25))}${d.anyDigits(6)}`; const [pc] = d.product();
    return [`Scanned: DIN ${dn} (flags 00), product ${pc}, blood group 5100. Label matches tag.`, [dn]];
  }],
  ['irradiated unit label', (d) => {
    const dt = d.date(); const h = d.hospital(); const sn = d.serial(); const dn = d.din();
    return [`IRRADIATED 25 Gy on ${dt} at ${h} (irradiator serial ${sn}); unit ${dn}, new expiry 28 days from irradiation or original, whichever first.`, [dt, h, sn, dn]];
  }],
  ['pooled platelets', (d) => {
    const pool = d.din(); const a = d.din(); const b = d.din(); const c = d.din();
    return [`Pooled platelets, pool number ${pool}, from whole blood units ${a}, ${b} and ${c} (+1); volume 310 mL.`, [pool, a, b, c]];
  }],
  ['unit issue record', (d) => {
    const dt = d.date(); const [n, ps] = d.staff(); const dn = d.din(); const cl = d.cooler();
    return [`Issued ${dt} ${d.time()} to ${n}, RN, for ${d.pick(UNITS)}; unit ${dn} in cooler ${cl}, visual inspection OK.`, [dt, ...ps, dn, cl]];
  }],
  ['unit returned unused', (d) => {
    const dn = d.din(); const ini = d.initials(); const md = d.monDay();
    return [`Unit ${dn} returned unused ${md} at ${d.time()}, temperature 5.8 °C by indicator; returned to inventory by ${ini}.`, [dn, md, ini]];
  }],
  ['directed unit tag', (d) => {
    const dn = d.person(); const rc = d.person(); const din = d.din();
    return [`DIRECTED DONATION — FOR ${listed(rc)} ONLY\nDonor: ${written(dn)}\nDIN: ${din}`, [...nameParts(rc), ...nameParts(dn), din]];
  }],
  // administration records
  ['two-person bedside verification', (d) => {
    const dob = d.dob(); const mrn = d.mrn(); const dn = d.din(); const a = d.person(); const b = d.person(); const dt = d.date();
    return [`Bedside verification: name, DOB ${dob}, MRN ${mrn} and DIN ${dn} checked against the tag and armband.\nVerifier 1: ${written(a)}, RN   Verifier 2: ${written(b)}, RN   ${dt} ${d.time()}`, [dob, mrn, dn, ...nameParts(a), ...nameParts(b), dt]];
  }],
  ['administration flowsheet row', (d) => {
    const md = d.slashMd(); const a = d.initials(); const b = d.initials();
    return [`${md} ${d.time()} | unit 1 started | 120 mL/h | T 36.8 HR 84 BP 128/70 | no reaction | ${a}/${b}`, [md, a, b]];
  }],
  ['two signer e-signatures', (d) => {
    const a = d.person(); const b = d.person(); const dt = d.date();
    return [`Electronically signed: ${written(a)}, RN (transfusionist) ${dt} ${d.time()}\nCo-signed: ${written(b)}, RN (independent verifier)`, [...nameParts(a), dt, ...nameParts(b)]];
  }],
  ['transfusion consent by proxy', (d) => {
    const dt = d.date(); const p = d.person(); const g = d.given(); const s = d.sur();
    return [`Consent for blood transfusion signed ${dt} by the patient's ${d.relation()} ${written(p)}, health care proxy; witness ${g} ${s}, RN.`, [dt, ...nameParts(p), g, s]];
  }],
  ['outpatient infusion center transfusion', (d) => {
    const p = d.person(); const c = d.infusionCenter(); const w = d.weekday(); const md = d.monDay();
    return [`${written(p)} transfused 2 units at ${c} on ${w}; next CBC ${md}, transfuse if Hgb < 7.`, [...nameParts(p), c, w, md]];
  }],
  ['blood warmer serial and asset', (d) => {
    const sn = d.serial(); const a = d.asset(); const dn = d.din();
    return [`Ranger warmer serial ${sn}, asset tag ${a}, used for unit ${dn}; set at 41 °C, functioning.`, [sn, a, dn]];
  }],
  ['home transfusion over 89', (d) => {
    const n = d.ageOver89(); const st = d.street(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`${n}-year-old woman received 1 unit RBC at home, ${st}, ${t}; home infusion nurse ${g} ${s} stayed 60 minutes after.`, [n, st, t, g, s]];
  }],
  ['nurse handoff second unit', (d) => {
    const g = d.given(); const dn = d.din();
    return [`Report given to ${g} at ${d.time()}; second unit (${dn}) hanging at 150 mL/h, due to finish within 4 hours.`, [g, dn]];
  }],
  // transfusion reaction workups
  ['reaction investigation header', (d) => {
    const rp = d.reportNo(); const dt = d.date(); const p = d.person(); const mrn = d.mrn(); const dn = d.din();
    return [`TRANSFUSION REACTION INVESTIGATION\nReport # ${rp}   Date: ${dt}\nPatient: ${listed(p)}   MRN: ${mrn}\nUnit: ${dn}   Product: E0382 RBC\nSigns: fever 39.1 °C, rigors, BP 92/50`, [rp, dt, ...nameParts(p), mrn, dn]];
  }],
  ['clerical check and post specimen', (d) => {
    const band = d.band(); const acc = d.accession(); const ini = d.initials();
    return [`Clerical check: tag, label and band ${band} agree. Post-reaction specimen ${acc}: DAT negative, no hemolysis, repeat ABO concordant. Tech ${ini}.`, [band, acc, ini]];
  }],
  ['TRALI notice to supplier', (d) => {
    const bc = d.bloodCenter(); const dt = d.date(); const dn = d.din(); const cs = d.caseNo();
    return [`Suspected TRALI reported to ${bc} on ${dt}; donor of ${dn} to be tested for HLA class I/II and HNA antibodies, supplier case ${cs}.`, [bc, dt, dn, cs]];
  }],
  ['medical director interpretation', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Interpretation: febrile non-hemolytic transfusion reaction, severity non-severe, imputability probable.\n${g} ${s}, MD, Medical Director, Transfusion Service   ${dt}`, [g, s, dt]];
  }],
  ['hemovigilance event id', (d) => {
    const ev = d.digitString(9); const dt = d.date();
    return [`Entered in the NHSN Hemovigilance Module, event ID ${ev}, on ${dt}; not reportable to FDA under 21 CFR 606.170(b).`, [ev, dt]];
  }],
  ['delayed hemolytic reaction outside records', (d) => {
    const h = d.hospital(); const my = d.monthYear(); const [fx, fp] = d.phone();
    return [`New anti-Jkb 10 days after transfusion at ${h} in ${my}; outside blood bank records faxed from ${fx}. DHTR suspected.`, [h, my, fp]];
  }],
  ['allergic reaction phone message', (d) => {
    const dt = d.date(); const p = d.person(); const [ph, pp] = d.phone(); const c = d.infusionCenter();
    return [`Phone message ${dt} ${d.time()}: ${written(p)} (patient's ${d.relation()}) called from ${ph}; hives after yesterday's platelets at ${c}. Please call back.`, [dt, ...nameParts(p), pp, c]];
  }],
  ['TACO bedside note', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`Dyspnea and SpO2 86% after 2nd unit on ${w}; BNP 1,240. Transfusion stopped, furosemide 40 mg IV. Dr. ${g} ${s} at bedside; TACO criteria met.`, [w, g, s]];
  }],
  // apheresis
  ['plasma exchange note header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dob = d.dob(); const dt = d.date(); const sn = d.serial(); const [n, ps] = d.staff();
    return [`THERAPEUTIC PLASMA EXCHANGE #${d.int(1, 5)} of 5\nPatient: ${listed(p)}   MRN ${mrn}   DOB ${dob}\nDate: ${dt}\nDevice: Spectra Optia, serial ${sn}\nOperator: ${n}, RN`, [...nameParts(p), mrn, dob, dt, sn, ...ps]];
  }],
  ['albumin replacement lot', (d) => {
    const lot = d.lot(); const lot2 = d.lot();
    return [`Replacement: 5% albumin, lot ${lot}, 3,000 mL; 1.0 plasma volume exchanged. ACD-A lot ${lot2}. Calcium gluconate 2 g infused.`, [lot, lot2]];
  }],
  ['photopheresis schedule', (d) => {
    const sn = d.serial(); const w = d.weekday(); const md = d.monDay();
    return [`ECP (Cellex, serial ${sn}) completed ${w}; UVADEX given. Next cycle ${md}, two consecutive days.`, [sn, w, md]];
  }],
  ['stem cell collection', (d) => {
    const dt = d.date(); const dn = d.din(); const g = d.given(); const s = d.sur();
    return [`Autologous PBSC collection day 2, ${dt}. Product ${dn}, CD34+ 3.1 x10^6/kg cumulative. Collected by ${g} ${s}, apheresis RN.`, [dt, dn, g, s]];
  }],
  ['plateletpheresis donor', (d) => {
    const id = d.donorId(); const p = d.person(); const bc = d.bloodCenter();
    return [`Plateletpheresis donor ${id}, ${written(p)}, HLA-matched for the recipient; collected at ${bc}, double product.`, [id, ...nameParts(p), bc]];
  }],
  ['apheresis unit contact', (d) => {
    const h = d.hospital(); const [ph, pp] = d.phone(); const [fx, fp] = d.phone();
    return [`Apheresis unit, ${h}\nPhone ${ph}   Fax ${fx}\nRBC exchange scheduled; HbS target < 30%.`, [h, pp, fp]];
  }],
  // massive transfusion protocol logs
  ['MTP activation log', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const mrn = d.mrn();
    return [`MASSIVE TRANSFUSION PROTOCOL ACTIVATED\nDate: ${dt}   Time: ${d.time()}\nActivated by: Dr. ${g} ${s} (Trauma Surgery)\nPatient MRN: ${mrn}   ABC score 3, shock index 1.6`, [dt, g, s, mrn]];
  }],
  ['MTP cooler row', (d) => {
    const cl = d.cooler(); const g = d.given(); const ini = d.initials();
    return [`Cooler ${d.int(1, 6)} (${cl}) | ${d.time()} | 6 RBC, 6 plasma, 1 apheresis PLT | runner ${g} | ${ini}`, [cl, g, ini]];
  }],
  ['MTP deactivation', (d) => {
    const w = d.weekday(); const [n, ps] = d.staff();
    return [`MTP deactivated at ${d.time()} on ${w} by ${n}; totals 14 RBC, 12 plasma, 2 PLT, 2 cryo pools. Unused coolers returned within 30 minutes.`, [w, ...ps]];
  }],
  ['MTP debrief holiday', (d) => {
    const hd = d.holiday(); const g = d.given(); const s = d.sur();
    return [`MTP activated on ${hd} night; debrief led by ${g} ${s}, transfusion safety officer. 1:1:1 ratio maintained, TXA within 3 hours.`, [hd, g, s]];
  }],
  // donor center
  ['deferral letter heading', (d) => {
    const bc = d.bloodCenter(); const st = d.streetSuite(); const t = d.town(); const z = d.zip(); const dt = d.date(); const p = d.person();
    return [`${bc}\n${st}\n${t}, ${d.state()} ${z}\n\n${dt}\n\nDear ${written(p)}:`, [bc, st, t, z, dt, ...nameParts(p)]];
  }],
  ['deferral letter body', (d) => {
    const dt = d.date(); const id = d.donorId(); const my = d.monthYear(); const [ph, pp] = d.phone(); const u = d.url();
    return [`Thank you for your donation on ${dt} (donor ID ${id}). A screening test was reactive, and you are deferred until ${my}. Questions: ${ph} or ${u}.`, [dt, id, my, pp, u]];
  }],
  ['donor reentry e-mail', (d) => {
    const p = d.person(); const dob = d.dob(1950, 2005); const dt = d.date(); const em = d.email(p.given, p.surs[0]!);
    return [`Donor ${written(p)} (DOB ${dob}) eligible for reentry per the FDA algorithm after the ${dt} retest; notice sent to ${em}.`, [...nameParts(p), dob, dt, em]];
  }],
  ['mobile blood drive', (d) => {
    const host = d.driveHost(); const w = d.weekday(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Mobile drive at ${host} on ${w} ${md}: donor ${g} ${s} deferred for hemoglobin 12.1 g/dL (minimum 12.5).`, [host, w, md, g, s]];
  }],
  ['donor reaction report', (d) => {
    const id = d.donorId(); const bc = d.bloodCenter(); const dt = d.date(); const ini = d.initials();
    return [`Donor ${id} had a vasovagal reaction with brief loss of consciousness at ${bc} on ${dt}; juice given, released after 30 min. Staff ${ini}.`, [id, bc, dt, ini]];
  }],
  ['donor center signature', (d) => {
    const g = d.given(); const s = d.sur(); const bc = d.bloodCenter(); const [ph, pp] = d.phone(); const em = d.email(g, s);
    return [`Sincerely,\n\n${g} ${s}, MD\nMedical Director, ${bc}\n${ph} | ${em}`, [g, s, bc, pp, em]];
  }],
  // directed donation
  ['directed donation request form', (d) => {
    const rc = d.person(); const dob = d.dob(); const mrn = d.mrn(); const a = d.person(); const [ph, pp] = d.phone(); const b = d.person(); const [ph2, pp2] = d.phone();
    return [`DIRECTED DONATION REQUEST\nRecipient: ${listed(rc)}   DOB ${dob}   MRN ${mrn}\nDonor 1: ${written(a)} (${d.relation()})   ${ph}\nDonor 2: ${written(b)} (${d.relation()})   ${ph2}`, [...nameParts(rc), dob, mrn, ...nameParts(a), pp, ...nameParts(b), pp2]];
  }],
  ['directed donor ineligible', (d) => {
    const g = d.given(); const s = d.sur(); const id = d.donorId();
    return [`Directed donor ${g} ${s} (donor #${id}) is ABO-incompatible with the recipient; the unit will be released to general inventory.`, [g, s, id]];
  }],
  ['directed units arrival', (d) => {
    const bc = d.bloodCenter(); const dt = d.date(); const dn = d.din(); const p = d.person();
    return [`Directed units from ${bc} received ${dt}: ${dn} (donor ${written(p)}), irradiated as required for blood relatives.`, [bc, dt, dn, ...nameParts(p)]];
  }],
  ['autologous donation', (d) => {
    const dn = d.din(); const dt = d.date(); const bc = d.bloodCenter(); const o = d.ord();
    return [`Autologous unit ${dn} collected ${dt} at ${bc} for surgery on the ${o}; FOR AUTOLOGOUS USE ONLY label verified.`, [dn, dt, bc, o]];
  }],
  // courier and transport
  ['courier log row', (d) => {
    const dt = d.mdy(); const a = d.hospital(); const b = d.otherHospital(a); const cl = d.cooler(); const g = d.given(); const s = d.sur(); const pl = d.plate();
    return [`${dt} ${d.time()} | ${a} -> ${b} | cooler ${cl} | driver ${g} ${s} | plate ${pl}`, [dt, a, b, cl, g, s, pl]];
  }],
  ['interfacility transfer with unit hanging', (d) => {
    const h = d.hospital(); const dn = d.din(); const [ph, pp] = d.phone();
    return [`Transferred to ${h} by critical care transport with 1 unit hanging (DIN ${dn}); receiving blood bank called at ${ph}.`, [h, dn, pp]];
  }],
  ['courier driver license', (d) => {
    const co = d.courier(); const p = d.person(); const dl = d.license(); const pl = d.plate();
    return [`Courier: ${co}. Driver ${written(p)}, driver's license ${dl}, vehicle plate ${pl}; validated shipper, cooler sealed.`, [co, ...nameParts(p), dl, pl]];
  }],
  ['shipping record', (d) => {
    const bc = d.bloodCenter(); const st = d.street(); const t = d.town(); const z = d.zip(); const inv = d.invoice(); const ini = d.initials();
    return [`Shipped from ${bc}, ${st}, ${t} ${z}; invoice ${inv}. Received by ${ini}, 4.2 °C on arrival, ${d.int(4, 24)} units.`, [bc, st, t, z, inv, ini]];
  }],
  ['rare unit shipped by national courier', (d) => {
    const tr = d.tracking(); const lab = d.refLab(); const dn = d.din();
    return [`Rare unit ${dn} (Vel-negative) from ${lab} via ${d.pick(COURIERS_NATIONAL)}, tracking ${tr}; ${d.pick(NATIONAL_SUPPLIERS)} program notified.`, [dn, lab, tr]];
  }],
  // lookback
  ['lookback letter address block', (d) => {
    const dt = d.date(); const p = d.person(); const st = d.streetSuite(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${written(p)}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: Important information about a past blood transfusion`, [dt, ...nameParts(p), st, t, z]];
  }],
  ['lookback letter body', (d) => {
    const h = d.hospital(); const dt = d.date(); const [ph, pp] = d.phone();
    return [`Dear Patient:\nOur records show that you received a blood transfusion at ${h} on ${dt}. A donor of that blood later tested positive for hepatitis C. Please call ${ph} to arrange free testing.`, [h, dt, pp]];
  }],
  ['lookback case record', (d) => {
    const cs = d.caseNo(); const id = d.donorId(); const dt = d.date(); const dn = d.din(); const my = d.monthYear(); const mrn = d.mrn();
    return [`Lookback case ${cs}: donor ${id} HCV NAT reactive on ${dt}. Prior donation ${dn} (collected ${my}) transfused to recipient MRN ${mrn}.`, [cs, id, dt, dn, my, mrn]];
  }],
  ['lookback physician notified', (d) => {
    const s = d.sur(); const pr = d.practice(); const tr = d.tracking(); const dt = d.date();
    return [`Recipient's physician Dr. ${s} (${pr}) notified by certified mail ${tr} on ${dt}; 3 attempts required per 21 CFR 610.47.`, [s, pr, tr, dt]];
  }],
  // antibody cards
  ['antibody wallet card', (d) => {
    const p = d.person(); const dob = d.dob(); const h = d.hospital(); const dt = d.date(); const [ph, pp] = d.phone();
    return [`ANTIBODY WALLET CARD\nName: ${listed(p)}\nDOB: ${dob}\nBlood type: ${d.abo()}\nAntibodies: ${d.antibody()}, anti-Fya\nIssued by: ${h} Blood Bank, ${dt}\nQuestions: ${ph}`, [...nameParts(p), dob, h, dt, pp]];
  }],
  ['antibody registry lookup', (d) => {
    const u = d.url(true); const id = d.digitString(7); const h = d.hospital();
    return [`Found in the regional antibody registry (${u}), record ${id}: anti-Jkb first identified at ${h}, now evanescent.`, [u, id, h]];
  }],
  ['antibody card mailed', (d) => {
    const st = d.streetSuite(); const t = d.town(); const z = d.zip(); const ini = d.initials(); const md = d.slashMd();
    return [`Antibody card and letter mailed ${md} to ${st}, ${t} ${z} by ${ini}; patient asked to show it before any surgery.`, [md, st, t, z, ini]];
  }],
  // Jehovah's Witness refusal forms
  ['refusal of blood form header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date();
    return [`REFUSAL OF BLOOD AND BLOOD PRODUCTS\nPatient: ${listed(p)}   DOB ${dob}   MRN ${mrn}\nDate: ${dt}\nI decline red cells, white cells, platelets and plasma, including in an emergency.`, [...nameParts(p), dob, mrn, dt]];
  }],
  ['refusal witnesses', (d) => {
    const a = d.person(); const b = d.person(); const dt = d.date();
    return [`Witness 1: ${written(a)}   Date: ${dt}\nWitness 2: ${written(b)}\n(Witnesses attest only to the patient's signature.)`, [...nameParts(a), dt, ...nameParts(b)]];
  }],
  ['acceptable fractions and elder', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const [ph, pp] = d.phone();
    return [`Accepts albumin, cell salvage in continuity and fractions per conscience. Elder ${g} ${s} of the ${t} congregation present; Hospital Liaison Committee at ${ph}.`, [g, s, t, pp]];
  }],
  ['advance directive card agent', (d) => {
    const dt = d.date(); const p = d.person(); const [ph, pp] = d.phone();
    return [`Carries a No Blood advance directive card dated ${dt}; health care agent ${written(p)}, ${ph}. Copy scanned to Media.`, [dt, ...nameParts(p), pp]];
  }],
  // billing and systems
  ['transfusion billing line', (d) => {
    const ac = d.account(); const cl = d.claim(); const mb = d.member(); const dt = d.date();
    return [`Account ${ac}, claim ${cl}, DOS ${dt}: CPT 36430 x1, 86900, 86901, 86850, P9016 x2. Member ID ${mb}.`, [ac, cl, dt, mb]];
  }],
  ['LIS downtime interface IP', (d) => {
    const h = d.hospital(); const ip = d.ip(); const ini = d.initials(); const md = d.monDay();
    return [`${md}: interface from ${h} LIS (host ${ip}) down 2 hours; downtime requisitions and manual tags used. Reconciled by ${ini}.`, [md, h, ip, ini]];
  }],
];

/** The names of the wave's frames. */
export const transfusionFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function transfusionWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11273, rounds);
}

/** Look-alikes in blood bank style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // ABO/Rh types
  ['ABO/Rh: O NEG.', 'O NEG'], ['Type: A POS, antibody screen negative.', 'A POS'], ['Recipient AB+, universal plasma donor type.', 'AB+'],
  ['Historical type B negative.', 'B negative'], ['Weak D positive, treat as Rh-positive.', 'Weak D'], ['Blood group 5100 on the label.', '5100'],
  // blood group systems and antibodies read as names
  ['Antibody screen positive: anti-Kell.', 'anti-Kell'], ['Kell-negative units requested.', 'Kell'], ['Anti-Fya (Duffy) identified.', 'Duffy'],
  ['Duffy-null phenotype, Fy(a-b-).', 'Duffy-null'], ['Anti-Jka (Kidd) is known for evanescence.', 'Kidd'], ['Kidd antibodies cause delayed hemolysis.', 'Kidd antibodies'],
  ['Anti-Lea (Lewis), clinically insignificant.', 'Lewis'], ['Anti-Lua, Lutheran system.', 'Lutheran'], ['Anti-Dia (Diego) in a patient of Asian descent.', 'Diego'],
  ['Anti-Coa (Colton) suspected.', 'Colton'], ['Anti-Yta (Cartwright) is usually benign.', 'Cartwright'], ['Dombrock typing by genotype.', 'Dombrock'],
  ['Knops antibodies, HTLA pattern.', 'Knops'], ['Vel-negative blood is rare.', 'Vel'], ['Gerbich-negative phenotype.', 'Gerbich'], ['Scianna antigens tested.', 'Scianna'],
  ['Bombay phenotype (Oh); only Oh units compatible.', 'Bombay'], ['McLeod phenotype, weak Kell antigens.', 'McLeod'], ['Anti-K, anti-E and anti-c.', 'anti-c'],
  ['Anti-M reactive at room temperature only.', 'Anti-M'], ['Anti-P1, cold-reactive.', 'Anti-P1'], ['Rh(D) negative mother.', 'Rh(D)'], ['Jk(a-b-) red cells.', 'Jk(a-b-)'],
  ['Fy(a+b-) phenotype.', 'Fy(a+b-)'], ['Anti-Kpa (Kell system).', 'Anti-Kpa'],
  // test names that are eponyms
  ['Direct Coombs test positive.', 'Coombs'], ['Indirect antiglobulin test (IAT) negative.', 'IAT'], ['Kleihauer-Betke 0.3% fetal cells.', 'Kleihauer-Betke'],
  ['Donath-Landsteiner test positive, PCH.', 'Donath-Landsteiner'], ['Elution with Gamma ELU-KIT.', 'ELU-KIT'],
  ['PEG adsorption done.', 'PEG adsorption'],
  // product types and modifications
  ['PRBC x2 ordered.', 'PRBC'], ['FFP 4 units thawed.', 'FFP'], ['Cryo pooled, 5 units.', 'Cryo'], ['Cryoprecipitated AHF for fibrinogen 98.', 'Cryoprecipitated AHF'],
  ['Apheresis platelets, 1 dose.', 'Apheresis platelets'], ['Leukoreduced, irradiated RBC.', 'Leukoreduced'], ['CMV-safe units only.', 'CMV-safe'],
  ['Pathogen-reduced platelets (INTERCEPT).', 'INTERCEPT'], ['Low-titer O whole blood.', 'Low-titer O whole blood'], ['PF24 thawed.', 'PF24'],
  ['Liquid plasma for trauma.', 'Liquid plasma'], ['Washed RBC for IgA deficiency.', 'Washed RBC'], ['HLA-matched platelets.', 'HLA-matched'], ['Hemoglobin S-negative units.', 'Hemoglobin S-negative'],
  // product codes alone
  ['Product code E0382.', 'E0382'], ['E0336V00 RBC AS-3.', 'E0336V00'], ['E7644 FFP.', 'E7644'], ['E3083 apheresis PLT.', 'E3083'],
  ['ISBT 128 product code with division.', 'ISBT 128'],
  // volumes, temperatures, counts, lab values
  ['Unit volume 350 mL.', '350 mL'], ['Stored at 1-6 °C.', '1-6 °C'], ['Platelets at 20-24 °C with agitation.', '20-24 °C'], ['Returned at 9.8 °C, discarded.', '9.8 °C'],
  ['2 units given.', '2 units'], ['10 units in 4 hours.', '10 units in 4 hours'], ['Infuse within 4 hours of spike.', 'within 4 hours'],
  ['Hgb 6.8 g/dL.', '6.8 g/dL'], ['INR 2.1, fibrinogen 98 mg/dL.', '98 mg/dL'], ['Platelets 18,000/µL.', '18,000/µL'], ['CCI 4,200 at 1 hour.', '4,200'],
  ['Titer 1:32.', '1:32'], ['Reactivity 2+ at AHG.', '2+'], ['IgG and C3d on the DAT.', 'C3d'], ['1:1:1 ratio.', '1:1:1'], ['Rate 120 mL/h.', '120 mL/h'], ['25 Gy irradiation.', '25 Gy'],
  // reaction categories and grades, scores
  ['TRALI excluded.', 'TRALI'], ['TACO suspected.', 'TACO'], ['FNHTR, grade 1.', 'FNHTR'], ['AHTR due to ABO error.', 'AHTR'], ['DHTR day 9.', 'DHTR'],
  ['TA-GVHD risk; irradiate.', 'TA-GVHD'], ['Post-transfusion purpura.', 'Post-transfusion purpura'], ['Severity: non-severe; imputability: probable.', 'imputability: probable'],
  ['ABC score 3.', 'ABC score 3'], ['Shock index 1.4.', 'Shock index 1.4'], ['TASH score 16.', 'TASH score 16'], ['Injury Severity Score 34.', 'Injury Severity Score 34'],
  ['GCS 14.', 'GCS 14'], ['Grade 3 allergic reaction (anaphylaxis).', 'Grade 3'],
  // standards, regulations and national bodies
  ['Per AABB Standards for Blood Banks and Transfusion Services.', 'AABB'], ['FDA-licensed facility.', 'FDA'], ['CBER guidance on Zika.', 'CBER'],
  ['21 CFR 606.170 fatality reporting.', '21 CFR 606.170'], ['21 CFR 610.47 lookback.', '21 CFR 610.47'], ['CAP TRM.40670.', 'TRM.40670'],
  ['The Joint Commission standard.', 'The Joint Commission'], ['ICCBBA labeling.', 'ICCBBA'], ['NHSN Hemovigilance Module.', 'NHSN Hemovigilance Module'],
  ["America's Blood Centers member.", "America's Blood Centers"], ['Supplied by the American Red Cross.', 'American Red Cross'], ['Vitalant supplies our platelets.', 'Vitalant'],
  ['American Rare Donor Program.', 'American Rare Donor Program'], ['MSBOS for the procedure.', 'MSBOS'], ['Circular of Information.', 'Circular of Information'],
  // devices, analyzers, makers
  ['Spectra Optia apheresis system.', 'Spectra Optia'], ['Trima Accel collection.', 'Trima Accel'], ['Amicus separator.', 'Amicus'], ['Terumo BCT device.', 'Terumo BCT'],
  ['Cellex photopheresis.', 'Cellex'], ['Level 1 rapid infuser.', 'Level 1'], ['Belmont Rapid Infuser.', 'Belmont'], ['Ranger blood warmer.', 'Ranger'],
  ['Cell Saver Elite.', 'Cell Saver'], ['Haemonetics PCS2.', 'Haemonetics'], ['ORTHO VISION analyzer.', 'ORTHO VISION'], ['Immucor Echo Lumena.', 'Echo Lumena'],
  ['Typenex band system.', 'Typenex'], ['BloodTrack kiosk.', 'BloodTrack'],
  // drugs and brands
  ['RhoGAM 300 mcg.', 'RhoGAM'], ['WinRho SDF.', 'WinRho'], ['Rhophylac IV.', 'Rhophylac'], ['IVIG (Gamunex-C).', 'Gamunex-C'], ['Kcentra 50 units/kg.', 'Kcentra'],
  ['Tranexamic acid 1 g.', 'Tranexamic acid'], ['NovoSeven given.', 'NovoSeven'], ['Diphenhydramine 25 mg premed.', 'Diphenhydramine'],
  ['Acetaminophen 650 mg.', 'Acetaminophen'], ['Furosemide 20 mg between units.', 'Furosemide'], ['Retacrit weekly.', 'Retacrit'],
  ['RiaSTAP fibrinogen concentrate.', 'RiaSTAP'], ['Desmopressin (DDAVP).', 'DDAVP'],
  // procedures
  ['Therapeutic plasma exchange.', 'Therapeutic plasma exchange'], ['Red cell exchange for ACS.', 'Red cell exchange'], ['Extracorporeal photopheresis.', 'Extracorporeal photopheresis'],
  ['Leukapheresis for hyperleukocytosis.', 'Leukapheresis'], ['Intraoperative cell salvage.', 'cell salvage'], ['Acute normovolemic hemodilution.', 'normovolemic hemodilution'],
  // generic places, relations and roles
  ['Sent to the blood bank.', 'the blood bank'], ['Call the transfusion service.', 'transfusion service'], ['Seen at the donor center.', 'the donor center'],
  ['Sent to the reference lab.', 'the reference lab'], ['Meets at the Kingdom Hall.', 'Kingdom Hall'], ['Patient is a Jehovah\'s Witness.', "Jehovah's Witness"],
  ['Hospital Liaison Committee contacted.', 'Hospital Liaison Committee'], ['The courier arrived.', 'The courier'], ['The medical director reviewed.', 'medical director'],
  ['Runner sent to the blood bank.', 'Runner'], ['Her daughter is the health care proxy.', 'daughter'], ['Two elders visited.', 'elders'],
  ['Directed donor: the brother.', 'brother'], ['The recipient was notified.', 'recipient'],
  // ages, years, durations
  ['78-year-old man with MDS.', '78'], ['Transfused in 2019.', '2019'], ['89-year-old woman, symptomatic anemia.', '89'], ['Deferred for 12 months.', '12 months'],
  ['Indefinite deferral.', 'Indefinite deferral'], ['56-day interval between whole blood donations.', '56-day'], ['Lookback period 10 years.', '10 years'],
  // everyday words that are also names or towns
  ['There is hope the counts will recover.', 'hope'], ['Will recheck Hgb in the morning.', 'Will'], ['Units held in the blood banks of the region.', 'banks'],
  ['Crossmatch compatible.', 'Crossmatch'], ['Sample sent to the lab.', 'Sample'], ['Ruby-red urine after the reaction.', 'Ruby'], ['Rocky course after surgery.', 'Rocky'],
  ['Stone in the left kidney.', 'Stone'], ['Drew a second sample.', 'Drew'], ['Union of the fracture.', 'Union'], ['Sterling response to IVIG.', 'Sterling'],
];

export const transfusionKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedTransfusionKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(transfusionKeepCases(), find);

export function scoreTransfusionWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => transfusionWaveCases(seed)), find);
}
