// A blind wave of occupational health and disability documentation: workers' compensation first reports of injury and
// progress notes (employer, job site address, supervisor, witness, claim numbers, carrier and adjuster with phone and
// e-mail, nurse case manager, date of injury and of hire, work status slips with return-to-work dates and restrictions,
// OSHA log case numbers, claimant's attorney and board hearings), fitness-for-duty and pre-placement exams (employee ids,
// badge numbers), DOT/CDL medical examinations (driver's licence number and state, examiner's National Registry number,
// medical certificate expiry, USDOT numbers, truck VINs and plates), respirator fit tests and hearing-conservation
// audiograms (instrument serials, baselines, threshold shift letters), drug and alcohol testing chain-of-custody forms
// (specimen ids, lab accessions, collectors, MROs, breath alcohol technicians and EBT serials), FMLA certifications and
// short-term disability forms (policy and claim numbers, NPI, fax), veterans' compensation and pension exams and
// military health records (service numbers, DoD ids, VA claim and C-file numbers, units, bases and posts, ships,
// deployment places and month-year dates, DD-214 separation dates, buddy statements, ages over 89), independent
// medical examinations (referring attorneys, records reviewed, MMI dates) and vocational rehabilitation (counselors,
// labor market surveys, job placements, claims portals), in mixed case, ALL CAPS and lower case. Given names, surnames
// and towns are often everyday words (Hope, Dawn, Payne, Burns, Walker; Bath, Liberty, Industry, Accident, Hazard).
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreOccupationalWave`.
// Decisions: the name of a local employer is planted (an employer with a small-town site identifies the worker): it is
// planted without its corporate suffix ('Church Brothers Excavation' of 'Church Brothers Excavation, LLC'; the 'LLC',
// 'Inc.' need not be covered), and so are its job site street address, town and ZIP, its USDOT number and its e-mail
// domain when written in an address; a national employer named without a site ('UPS', 'the Postal Service', 'the
// county') and an insurance carrier or third-party administrator ('Liberty Mutual', 'The Hartford', 'Sedgwick') are
// kept, while the adjuster, case manager and their phones and e-mails are planted. A military unit at brigade level or
// below ('2nd Battalion, 7th Marines', 'B Company, 1-502nd Infantry', 'VMFA-312', a ship 'USS Carl Vinson') is planted
// whole, and so is a base or post at home or abroad ('Fort Campbell', 'Camp Pendleton', 'Bagram Airfield'); a division
// or larger written alone ('the 82nd Airborne'), the branch ('US Army', 'Marine Corps'), a rank ('SSG', 'E-5') and an MOS
// ('11B', '88M') are kept; a deployment's country is kept ('Iraq', 'Afghanistan') and a foreign city or province is
// planted ('Fallujah', 'Helmand Province'). A month with a year ('March 2004') is a date and planted as written; a year
// alone or a range of years is kept. A weekday is a date element and planted. In 'LAST, FIRST M' the surname and the
// given name are planted, the middle initial is not; a credential ('MD', 'RN, CCM', 'CRC', 'C-MRO') and a rank are not
// parts. A clinic or VA facility is planted whole with its kind word ('Bath Occupational Health', 'Salem VA Medical
// Center'); a state is kept, whether beside a town or beside a driver's licence number. Claim, policy, group policy,
// service, C-file, DoD id, employee id, badge, specimen id, lab accession, OSHA case, National Registry, NPI and
// licence numbers are planted; an instrument, EBT or PortaCount serial, a VIN and a plate are planted; a device model
// and a form number ('MCSA-5876', 'WH-380-E', '21-526EZ') are kept. A phone's leading '(' need not be covered. Kept
// (look-alikes): eponyms and exam signs (Waddell, Spurling, Phalen, Tinel, Finkelstein, McMurray, Lachman, Jamar,
// Hoffmann, Romberg), scales and guides (AMA Guides 6th Edition, Oswestry, QuickDASH, PHQ-9, GAF), regulations and
// forms (49 CFR 391.41, 1910.134, 1910.95, MCSA-5876, CCF, WH-380-E, 38 CFR 4.71a, DC 5237), vision 20/40 and blood
// pressure 138/86, audiometric thresholds, dBA and NRR, fit factors, drug panels and cut-offs, specimen temperatures,
// BAC, restrictions in pounds and hours, DOT and O*NET occupation codes, MOS codes and ranks, ratings in percent, ICD
// codes, ages of 89 and under, years alone and year ranges, countries and states, carriers and national employers,
// generic places (the job site, the warehouse, the yard, the VA), and everyday words that are also names.
// Measured before rules (engine at 2e5a850): 0.853 recall on seeds 5, 11, 23 (3241/3798), 0.849 on fresh seeds 41, 42,
// 43 (3223/3798); 6/94 look-alikes touched ("Jamar", "Patrick" of the FABER test, "21-526EZ", "The Hartford", "UPS",
// "mason").
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, es, ca, gb, au, pl, it, vi, br];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'June', 'Dawn', 'Rusty', 'Sandy', 'Buck', 'Chip', 'Dusty', 'Hunter', 'Cash', 'Chase', 'Lane', 'Wade', 'Gale', 'Robin', 'Summer', 'Autumn', 'Ginger', 'Misty', 'Crystal', 'Lance', 'Duke', 'Sonny', 'Ray', 'Bud', 'Faye', 'Patience', 'Honor', 'Rocky', 'Brandy', 'Stormy', 'Destiny'];
const WORD_SUR = ['Price', 'Church', 'Bell', 'Hill', 'Cook', 'Baker', 'Mason', 'Carpenter', 'Porter', 'Fisher', 'Walker', 'Turner', 'Shepherd', 'Steel', 'Stone', 'Rivers', 'Banks', 'Wells', 'Lord', 'Marsh', 'Frost', 'Dean', 'Sargent', 'Gunn', 'Booth', 'Chambers', 'Parish', 'Graves', 'Burns', 'Payne', 'Hurt', 'Strong', 'Hardy', 'Noble', 'Friend', 'Goodman', 'Little', 'Short'];
/** Towns that are everyday words (many of them real mill, mine and rail towns). */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Unity', 'Freedom', 'Harmony', 'Justice', 'Independence', 'Commerce', 'Industry', 'Enterprise', 'Energy', 'Normal', 'Accident', 'Hazard', 'Defiance', 'Protection', 'Rescue', 'Welcome', 'Cement', 'Carbon', 'Boring', 'Eighty Four', 'Mechanic Falls', 'Oil City', 'Gas City', 'Coal City', 'Iron Mountain', 'Laurel', 'Canton', 'Dover', 'Marion', 'Palmer', 'Ware'];
const REAL_TOWNS = ['Steelton', 'Quarryville', 'Hazleton', 'Johnstown', 'Altoona', 'Wheeling', 'Beckley', 'Paintsville', 'Pikeville', 'Gary', 'Muncie', 'Kokomo', 'Decatur', 'Moline', 'Dubuque', 'Gillette', 'Elko', 'Odessa', 'Midland', 'Lufkin', 'Dothan', 'Gadsden', 'Rocky Mount', 'Lewiston', 'Rumford', 'Berlin', 'Barre', 'Bangor', 'Scranton', 'Youngstown'];
const STATES = ['PA', 'WV', 'KY', 'OH', 'IN', 'IL', 'TX', 'AL', 'ME', 'NH', 'Pennsylvania', 'West Virginia', 'Kentucky'];
const STREETS = ['Mill', 'Quarry', 'Depot', 'Foundry', 'Furnace', 'Railroad', 'River', 'Commerce', 'Industrial Park', 'Tannery', 'Kiln', 'Mine', 'Front', 'Water', 'Church', 'Main', 'Plant', 'Factory', 'Distribution', 'Warehouse'];
const STREET_KIND = ['Road', 'Street', 'Drive', 'Avenue', 'Way', 'Rd', 'St.', 'Dr', 'Pike', 'Lane'];
const TRADES = ['Roofing', 'Poultry', 'Paving', 'Lumber', 'Precast', 'Trucking', 'Manufacturing', 'Masonry', 'Excavation', 'Fabrication', 'Millwork', 'Hauling', 'Granite', 'Tool & Die', 'Plastics', 'Sheet Metal', 'Drywall', 'Steel Erectors', 'Well Drilling', 'Feed & Grain'];
const CORP = ['LLC', 'Inc.', 'Co.', 'Corp.', 'L.L.C.'];
const CARRIERS = ['Liberty Mutual', 'The Hartford', 'Travelers', 'Zurich', 'Sedgwick', 'Gallagher Bassett', 'CorVel', 'AmTrust', 'Employers Insurance', 'Berkshire Hathaway GUARD', 'State Fund'];
const CARRIER_DOMAINS = ['libertymutual.com', 'thehartford.com', 'travelers.com', 'sedgwick.com', 'gbtpa.com', 'corvel.com', 'amtrustgroup.com', 'guard.com'];
const BASES = ['Fort Campbell', 'Fort Bragg', 'Fort Liberty', 'Fort Hood', 'Fort Cavazos', 'Fort Drum', 'Fort Carson', 'Fort Riley', 'Fort Polk', 'Fort Stewart', 'Fort Bliss', 'Fort Benning', 'Fort Leonard Wood', 'Camp Pendleton', 'Camp Lejeune', 'Twentynine Palms', 'Joint Base Lewis-McChord', 'Schofield Barracks', 'Naval Station Norfolk', 'Naval Air Station Pensacola', 'Minot AFB', 'Whiteman AFB', 'Ramstein Air Base', 'Camp Humphreys', 'Bagram Airfield', 'Camp Arifjan', 'Kandahar Airfield', 'Al Asad Air Base', 'Camp Buehring'];
/** Deployment places smaller than a country, with their country. */
const DEPLOY_PLACES: readonly (readonly [string, string])[] = [['Iraq', 'Fallujah'], ['Iraq', 'Ramadi'], ['Iraq', 'Baqubah'], ['Iraq', 'Tikrit'], ['Iraq', 'Mosul'], ['Iraq', 'Kirkuk'], ['Iraq', 'Balad'], ['Iraq', 'Taji'], ['Iraq', 'Anbar Province'], ['Afghanistan', 'Kandahar'], ['Afghanistan', 'Jalalabad'], ['Afghanistan', 'Helmand Province'], ['Afghanistan', 'Kunar Province'], ['Afghanistan', 'Khost'], ['Afghanistan', 'Sangin'], ['Afghanistan', 'Marjah'], ['Kosovo', 'Pristina'], ['Syria', 'Deir ez-Zor'], ['Kuwait', 'Camp Arifjan']];
const SHIPS = ['Carl Vinson', 'Nimitz', 'Bataan', 'Kearsarge', 'Iwo Jima', 'Mesa Verde', 'Cole', 'Ronald Reagan', 'Enterprise', 'Theodore Roosevelt'];
const BRANCHES = ['US Army', 'U.S. Army', 'USMC', 'Marine Corps', 'US Navy', 'USAF', 'Air Force', 'Army National Guard', 'Army Reserve', 'Coast Guard'];
const RANKS = ['PFC', 'SPC', 'SGT', 'SSG', 'SFC', 'Cpl', 'LCpl', 'Sgt', 'HM3', 'PO2', 'SrA', 'TSgt'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'mother', 'fiancée', 'brother'];
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
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  street(): string {
    return this.r() < 0.7 ? `${this.int(1, 9899)} ${this.pick(STREETS)} ${this.pick(STREET_KIND)}` : `${this.int(10, 9899)} ${this.faker().location.street()}`;
  }
  zip(): string {
    return this.r() < 0.8 ? this.digitString(5) : `${this.digitString(5)}-${this.digitString(4)}`;
  }
  /** A local employer's name without its corporate suffix, and the suffix (maybe empty). */
  employer(): readonly [string, string] {
    const k = this.int(0, 3);
    const base = k === 0 ? `${this.sur()} Brothers ${this.pick(TRADES)}` : k === 1 ? `${this.town()} ${this.pick(TRADES)}` : k === 2 ? `${this.sur()} & Sons ${this.pick(TRADES)}` : `${this.sur()} ${this.pick(TRADES)}`;
    return [base, this.r() < 0.7 ? `, ${this.pick(CORP)}` : ''];
  }
  /** An occupational clinic named for its town. */
  clinic(): string {
    const t = this.town();
    return this.pick([`${t} Occupational Health`, `${t} Occupational Medicine`, `${t} Industrial Medicine Clinic`, `${t} WorkCare`, `${t} Urgent Care`]);
  }
  vaFacility(): string {
    const t = this.town();
    return this.pick([`${t} VA Medical Center`, `${t} VAMC`, `${t} CBOC`, `${t} VA Clinic`]);
  }
  override year(): number {
    return this.int(2014, 2025);
  }
  /** A full date in one of the ways forms and notes write it. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${pad2(m)}-${pad2(d)}-${y}`);
  }
  /** A month and day without the year ('3/14' or 'Mar 14'). */
  monthDay(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${m}/${d}` : `${this.pick(MON)} ${d}`;
  }
  monthYear(lo = 1990, hi = 2021): string {
    return this.monthYearOf(this.int(1, 12), this.int(lo, hi));
  }
  monthYearOf(m: number, y: number): string {
    return this.r() < 0.7 ? `${MONTHS[m - 1]!} ${y}` : `${MON[m - 1]!} ${y}`;
  }
  /** Two dates written the same way, the second after the first (same year unless `years` apart). */
  datePair(lo = 2014, hi = 2025, years = 0): readonly [string, string] {
    const k = this.int(0, 9);
    const y = this.int(lo, hi);
    const m = this.int(1, 11);
    const d = this.int(1, 28);
    const m2 = years === 0 ? this.int(m + 1, 12) : this.int(1, 12);
    const d2 = this.int(1, 28);
    const w = (mm: number, dd: number, yy: number): string => writtenDate(k, mm, dd, yy) ?? (k === 8 ? `${mm}/${dd}/${yy}` : `${pad2(mm)}-${pad2(dd)}-${yy}`);
    return [w(m, d, y), w(m2, d2, y + years)];
  }
  dob(lo = 1950, hi = 2002): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.int(4, 5));
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A workers' compensation or disability claim number. */
  claimNo(): string {
    const k = this.int(0, 5);
    if (k === 0) return `WC-${this.year()}-${String(this.int(1, 999999)).padStart(6, '0')}`;
    if (k === 1) return `${this.digitString(3)}-${this.digitString(4)}-${this.digitString(3)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(9)}`;
    if (k === 3) return `${pad2(this.int(14, 25))}-${this.digitString(6)}`;
    if (k === 4) return `${this.letters(3)}${this.digitString(7)}`;
    return this.digitString(this.int(9, 12));
  }
  policyNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `WC ${this.digitString(3)}-${this.digitString(6)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(8)}`;
    return this.digitString(this.int(6, 8));
  }
  employeeId(): string {
    return this.pick([`E${this.digitString(6)}`, this.digitString(this.int(5, 7)), `${this.letters(2)}-${this.digitString(5)}`]);
  }
  /** A driver's licence number in one of several states' shapes. */
  licence(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.letters(1)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(9);
    if (k === 2) return `${this.letters(1)}${this.digitString(3)}-${this.digitString(4)}-${this.digitString(4)}`;
    if (k === 3) return `${this.digitString(3)} ${this.digitString(3)} ${this.digitString(3)}`;
    if (k === 4) return `${this.letters(1)}${this.digitString(2)}-${this.digitString(2)}-${this.digitString(4)}`;
    return this.digitString(8);
  }
  /** A certified medical examiner's National Registry number (ten digits). */
  nrn(): string {
    return this.digitString(10);
  }
  npi(): string {
    return `1${this.digitString(9).slice(1)}${this.int(0, 9)}`;
  }
  specimenId(): string {
    return this.pick([this.digitString(7), `A${this.digitString(8)}`, this.digitString(10)]);
  }
  labAccession(): string {
    return this.pick([`${this.letters(2)}${this.digitString(8)}`, `${this.digitString(4)}-${this.digitString(6)}`, this.digitString(11)]);
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(6, 9));
    if (k === 2) return `${this.digitString(4)}${this.letters(1)}${this.digitString(4)}`;
    return `${this.letters(1)}-${this.digitString(5)}`;
  }
  vin(): string {
    let s = this.lettersOf(VIN_CHARS, 11);
    s += this.digitString(6);
    return s;
  }
  plate(): string {
    return this.pick([`${this.letters(3)}-${this.digitString(4)}`, `${this.letters(2)} ${this.digitString(5)}`, `${this.digitString(2)}${this.letters(3)}${this.digitString(2)}`]);
  }
  usdot(): string {
    return this.digitString(this.int(6, 7));
  }
  /** A military service number (older letter-prefixed or numeric) or a DoD id. */
  serviceNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['RA', 'US', 'ER', 'NG'])} ${this.digitString(2)} ${this.digitString(3)} ${this.digitString(3)}`;
    if (k === 1) return this.digitString(7);
    return `${this.pick(['RA', 'US'])}${this.digitString(8)}`;
  }
  dodId(): string {
    return this.digitString(10);
  }
  vaClaim(): string {
    return this.pick([`C-${this.digitString(8)}`, `C ${this.digitString(2)} ${this.digitString(3)} ${this.digitString(3)}`, this.digitString(this.int(8, 9)), `${this.digitString(3)} ${this.digitString(2)} ${this.digitString(4)}`]);
  }
  unit(): string {
    const k = this.int(0, 6);
    if (k === 0) return `${ordinal(this.int(1, 3))} Battalion, ${ordinal(this.int(1, 11))} Marines`;
    if (k === 1) return `${this.pick([...'ABCD'])} Company, ${this.int(1, 3)}-${ordinal(this.int(5, 506))} Infantry`;
    if (k === 2) return `${ordinal(this.int(1, 4))} Brigade Combat Team`;
    if (k === 3) return `${ordinal(this.int(10, 730))} ${this.pick(['Transportation Company', 'Military Police Company', 'Engineer Battalion', 'Combat Sustainment Support Battalion', 'Quartermaster Company'])}`;
    if (k === 4) return `${this.pick(['VMFA', 'HMLA', 'VMM'])}-${this.int(101, 775)}`;
    if (k === 5) return `${ordinal(this.int(2, 9))} ${this.pick(['Squadron', 'Battalion'])}, ${ordinal(this.int(1, 17))} Cavalry`;
    return `USS ${this.pick(SHIPS)}`;
  }
  base(): string {
    return this.pick(BASES);
  }
  /** An e-mail address made from a person's name (the name itself is not planted separately by the frame). */
  emailOf(g: string, s: string, domain: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    return this.pick([`${a}.${b}@${domain}`, `${a.charAt(0)}${b}@${domain}`, `${b}${a.charAt(0)}${this.int(1, 99)}@${domain}`]);
  }
  carrierDomain(): string {
    return this.pick(CARRIER_DOMAINS);
  }
  /** A company domain made from the employer's name. */
  domainOf(employer: string): string {
    return `${asciiLetters(employer).slice(0, 18) || 'company'}.${this.pick(['com', 'net', 'us'])}`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, DO, MPH`, [g, s]];
    if (k === 2) return [`${g} ${s}, M.D., FACOEM`, [g, s]];
    if (k === 3) return [`${g} ${s}, PA-C`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // workers' compensation: first reports of injury
  ['first report employee LAST, FIRST with claim and DOI', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const c = d.claimNo(); const doi = d.date();
    return [`EMPLOYER'S FIRST REPORT OF INJURY\nEmployee: ${s}, ${g} ${d.mi()}\nClaim No.: ${c}\nDate of Injury: ${doi}   Time: ${d.time()}`, [s, g, c, doi]];
  }],
  ['employer name and job site address', (d) => {
    const [e, suf] = d.employer(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Employer: ${e}${suf}\nLocation of accident (job site): ${st}, ${t}, ${d.state()} ${z}`, [e, st, t, z]];
  }],
  ['supervisor and phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Supervisor notified: ${g} ${s} (shift lead), ${ph}. Injury reported same day.`, [g, s, p]];
  }],
  ['employee SSN DOB and date of hire', (d) => {
    const ssn = d.ssn(); const dob = d.dob(); const doh = d.date();
    return [`SSN: ${ssn}   DOB: ${dob}   Date of hire: ${doh}   Occupation: forklift operator   Avg weekly wage: $842.00`, [ssn, dob, doh]];
  }],
  ['employee home address', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Employee address: ${st}, ${t}, ${d.state()} ${z}\nMarital status: M   Dependents: 2`, [st, t, z]];
  }],
  ['weekday of injury narrative at site', (d) => {
    const wd = d.pick(WEEKDAYS); const md = d.monthDay(); const t = d.town();
    return [`On ${wd}, ${md}, while unloading pallets from a trailer at the ${t} distribution center, he felt a pop in his low back.`, [wd, md, t]];
  }],
  ['witness statement name', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Witness: ${g} ${s}, coworker, states the ladder slipped on the wet floor and she fell approximately 6 feet.`, [g, s]];
  }],
  ['OSHA 300 log case number', (d) => {
    const n = `${d.year()}-${String(d.int(1, 999)).padStart(3, '0')}`; const dt = d.mdy();
    return [`OSHA 300 log case #${n}, recordable (days away), entered ${dt} by safety.`, [n, dt]];
  }],
  ['carrier adjuster with phone and email', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext(); const em = d.emailOf(d.given(), d.sur(), d.carrierDomain());
    return [`Carrier: ${d.pick(CARRIERS)}\nAdjuster: ${g} ${s}   Phone: ${ph} ext ${e}\nSend reports to: ${em}`, [g, s, p, e, em]];
  }],
  ['claim and policy numbers', (d) => {
    const c = d.claimNo(); const p = d.policyNo(); const dt = d.date();
    return [`WC claim #: ${c}   Policy #: ${p}   Policy period ends ${dt}`, [c, p, dt]];
  }],
  ['nurse case manager contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Nurse case manager ${g} ${s}, RN, CCM attended the visit and may be reached at ${ph}.`, [g, s, p]];
  }],
  ['case manager email only', (d) => {
    const em = d.emailOf(d.given(), d.sur(), d.pick(['corvel.com', 'genex.com', 'paradigmcorp.com', 'sedgwick.com']));
    return [`Please fax or e-mail work status to the field case manager (${em}) after each visit.`, [em]];
  }],
  ['employer HR contact with company email', (d) => {
    const [e] = d.employer(); const g = d.given(); const s = d.sur(); const em = d.emailOf(d.given(), d.sur(), d.domainOf(e));
    return [`HR contact: ${g} ${s}, benefits coordinator; light duty offers go through ${em}.`, [g, s, em]];
  }],
  ['claims portal URL', (d) => {
    const c = d.claimNo().replace(/\s/g, ''); const u = `https://${d.pick(['myclaim', 'claims', 'injuredworker'])}.${d.carrierDomain()}/claim/${c}`;
    return [`Injured worker may view claim status online at ${u} using the PIN mailed to the home.`, [u]];
  }],
  // workers' compensation: progress notes and work status
  ['work status modified duty range', (d) => {
    const [a, b] = d.datePair();
    return [`WORK STATUS: Modified duty from ${a} through ${b}. No lifting over 20 lb, no ladders, may sit/stand as needed.`, [a, b]];
  }],
  ['return to full duty date', (d) => {
    const dt = d.date(); const s = d.sur();
    return [`Released to full duty without restrictions effective ${dt}. Copy to employer and to Dr. ${s}.`, [dt, s]];
  }],
  ['next appointment weekday and time', (d) => {
    const wd = d.pick(WEEKDAYS); const dt = d.monthDay();
    return [`Recheck ${wd} ${dt} at 9:30 AM; off work until then.`, [wd, dt]];
  }],
  ['seen at occupational clinic in town by doctor', (d) => {
    const c = d.clinic(); const [doc, p] = d.doctor(); const dt = d.date();
    return [`Initially evaluated at ${c} by ${doc} on ${dt}; x-rays negative for fracture.`, [c, ...p, dt]];
  }],
  ['physical therapy visits with therapist', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town();
    return [`He has completed 9 of 12 authorized PT visits with ${g} ${s}, DPT, at the ${t} clinic; lifting tolerance now 35 lb floor to waist.`, [g, s, t]];
  }],
  ['claimant attorney and firm phone', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const [ph, p] = d.phone();
    return [`Claimant is represented by attorney ${g} ${s} of ${s2} Law Offices, ${ph}; all contact through counsel.`, [g, s, s2, p]];
  }],
  ['workers compensation board hearing', (d) => {
    const dt = d.date(); const s = d.sur(); const t = d.town();
    return [`Hearing before Workers' Compensation Judge ${s} set for ${dt} at the ${t} district office.`, [dt, s, t]];
  }],
  ['lower case progress note with employer and DOI', (d) => {
    const [e] = d.employer(); const [m, dd] = d.md(); const doi = `${m}/${dd}/${pad2(d.int(18, 25))}`;
    return [`pt is a 44 yo male laborer for ${e.toLowerCase()} injured at work ${doi} when struck by a falling form board.`, [e.toLowerCase(), doi]];
  }],
  // fitness for duty and pre-placement
  ['pre-placement exam for position at employer', (d) => {
    const s = d.sur(); const g = d.given(); const [e, suf] = d.employer(); const id = d.employeeId(); const dt = d.date();
    return [`PRE-PLACEMENT EXAMINATION\nCandidate: ${s}, ${g}\nPosition: Maintenance Mechanic, ${e}${suf}\nApplicant ID: ${id}\nExam date: ${dt}`, [s, g, e, id, dt]];
  }],
  ['fitness for duty referral by supervisor', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const dt = d.date();
    return [`Fitness-for-duty evaluation requested by ${g} ${s}, plant manager, after the employee (${s2}) was observed unsteady on the line on ${dt}.`, [g, s, s2, dt]];
  }],
  ['police officer badge number', (d) => {
    const b = d.digitString(d.int(3, 5)); const s = d.sur(); const t = d.town();
    return [`Officer ${s}, badge #${b}, ${t} Police Department, referred for return-to-duty evaluation after a shoulder injury.`, [s, b, t]];
  }],
  ['firefighter employee id and station', (d) => {
    const id = d.employeeId(); const t = d.town(); const n = d.int(1, 12);
    return [`NFPA 1582 annual exam. Employee #${id}, ${t} Fire Rescue, Station ${n}, Engine company.`, [id, t]];
  }],
  // DOT / CDL medical examinations
  ['DOT driver licence number and state', (d) => {
    const s = d.sur(); const g = d.given(); const l = d.licence(); const dob = d.dob();
    return [`DRIVER INFORMATION\nLast name: ${s}   First name: ${g}   DOB: ${dob}\nDriver's License Number: ${l}   Issuing State: ${d.state()}   CLP/CDL Applicant/Holder: Yes`, [s, g, dob, l]];
  }],
  ['medical examiner with National Registry number', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.nrn(); const dt = d.date();
    return [`Medical Examiner: ${g} ${s}, DC\nNational Registry Number: ${n}\nSignature date: ${dt}`, [g, s, n, dt]];
  }],
  ['medical certificate expiration date', (d) => {
    const dt = d.date();
    return [`Meets standards in 49 CFR 391.41; qualifies for 1-year certificate (hypertension). Medical certificate expiration date: ${dt}`, [dt]];
  }],
  ['CDL licence inline prose', (d) => {
    const l = d.licence();
    return [`Driver presented CDL class A ${l} (${d.state()}) with tanker and hazmat endorsements; photo ID verified.`, [l]];
  }],
  ['motor carrier USDOT and employer', (d) => {
    const [e, suf] = d.employer(); const n = d.usdot(); const [ph, p] = d.phone();
    return [`Motor carrier: ${e}${suf}   USDOT #${n}   Dispatch: ${ph}`, [e, n, p]];
  }],
  ['truck VIN and plate in accident', (d) => {
    const v = d.vin(); const pl = d.plate();
    return [`Post-accident exam: tractor VIN ${v}, plate ${pl}, rear-ended at low speed; driver restrained.`, [v, pl]];
  }],
  ['prior certificate by examiner in town', (d) => {
    const s = d.sur(); const t = d.town(); const my = d.monthYear(2020, 2024);
    return [`Prior 2-year card issued ${my} by Dr. ${s} in ${t}; sleep apnea history not disclosed at that time.`, [my, s, t]];
  }],
  // respirator and hearing conservation
  ['respirator fit test with tester and PortaCount serial', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const sn = d.serial();
    return [`Quantitative fit test ${dt}: 3M 7502 half-facepiece, size M, overall fit factor 1,450 (pass). Tester: ${g} ${s}. PortaCount 8048 S/N ${sn}.`, [dt, g, s, sn]];
  }],
  ['respirator medical clearance signed', (d) => {
    const [doc, p] = d.doctor(); const dt = d.mdy(); const id = d.employeeId();
    return [`OSHA 1910.134 respirator clearance, employee ID ${id}: cleared for PAPR and N95 without limitation.\nPLHCP: ${doc}   Date: ${dt}`, [id, ...p, dt]];
  }],
  ['audiogram audiometer serial and calibration', (d) => {
    const sn = d.serial(); const cal = d.date(); const base = d.date();
    return [`Audiometer: Benson CCA-200 S/N ${sn}, last calibrated ${cal}. Baseline audiogram dated ${base}.`, [sn, cal, base]];
  }],
  ['standard threshold shift letter mailed', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const dt = d.date();
    return [`STS notification letter mailed to ${g} ${s}, ${st}, ${t}, on ${dt} (within 21 days of determination).`, [g, s, st, t, dt]];
  }],
  ['audiologist review and dosimetry', (d) => {
    const g = d.given(); const s = d.sur(); const sn = d.serial();
    return [`Reviewed by ${g} ${s}, AuD, CCC-A. Noise dosimeter S/N ${sn} showed TWA 88 dBA in the press room.`, [g, s, sn]];
  }],
  // drug and alcohol testing
  ['CCF specimen id and collector', (d) => {
    const id = d.specimenId(); const g = d.given(); const s = d.sur(); const dt = d.mdy();
    return [`Federal Drug Testing Custody and Control Form\nSpecimen ID No. ${id}\nCollector: ${g} ${s}   Date of collection: ${dt}\nReason: Random   Temperature in range: Yes`, [id, g, s, dt]];
  }],
  ['donor id and employer on CCF', (d) => {
    const id = d.pick([d.ssn(), d.employeeId()]); const [e, suf] = d.employer(); const t = d.town();
    return [`Donor SSN or Employee ID No.: ${id}\nEmployer: ${e}${suf}, ${t}, ${d.state()}`, [id, e, t]];
  }],
  ['MRO verified result with phone', (d) => {
    const [doc, p] = d.doctor(); const [ph, pp] = d.phone(); const dt = d.date();
    return [`MRO: ${doc}, C-MRO   Phone: ${ph}\nVerified ${dt}: NEGATIVE (5-panel, DOT).`, [...p, pp, dt]];
  }],
  ['lab accession and collection site', (d) => {
    const a = d.labAccession(); const st = d.street(); const t = d.town();
    return [`Lab accession #${a}. Collection site: ${st}, ${t}. Split specimen bottle B sealed and initialed.`, [a, st, t]];
  }],
  ['breath alcohol technician and EBT serial', (d) => {
    const g = d.given(); const s = d.sur(); const sn = d.serial(); const wd = d.pick(WEEKDAYS);
    return [`Breath alcohol test (post-accident) ${wd}: screening 0.000. BAT: ${g} ${s}. EBT: Intoxilyzer 8000, serial ${sn}.`, [wd, g, s, sn]];
  }],
  ['donor initials on bottle seal', (d) => {
    const i = d.initials(); const dt = d.monthDay();
    return [`Donor initialed tamper-evident seals (${i}) on ${dt}; shy bladder procedure not required.`, [i, dt]];
  }],
  // FMLA and short-term disability
  ['FMLA certification employee and employer', (d) => {
    const s = d.sur(); const g = d.given(); const [e, suf] = d.employer(); const a = d.date();
    return [`CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (WH-380-E)\nEmployee: ${g} ${s}\nEmployer: ${e}${suf}\nCondition commenced: ${a}`, [g, s, e, a]];
  }],
  ['FMLA leave dates for family member', (d) => {
    const g = d.given(); const rel = d.pick(RELATIVES); const [a, b] = d.datePair();
    return [`Leave is needed to care for his ${rel}, ${g}, following surgery; continuous leave ${a} to ${b}, then intermittent.`, [g, a, b]];
  }],
  ['short-term disability claim and group policy', (d) => {
    const c = d.claimNo(); const p = d.policyNo(); const ld = d.date();
    return [`STD claim #${c}   Group policy: ${p}   Last day worked: ${ld}   Expected RTW: 6-8 weeks`, [c, p, ld]];
  }],
  ['attending physician statement with NPI and fax', (d) => {
    const [doc, p] = d.doctor(); const n = d.npi(); const [fx, pf] = d.phone();
    return [`ATTENDING PHYSICIAN STATEMENT\nPhysician: ${doc}   NPI: ${n}\nFax completed form to ${fx} (Attn: Disability Claims)`, [...p, n, pf]];
  }],
  ['disability specialist voicemail', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const ex = d.ext();
    return [`Voicemail from ${g} ${s}, disability specialist, requesting office notes since ${d.pick(MON)} ${d.year()}; callback ${ph} x${ex}.`, [g, s, p, ex]];
  }],
  // veterans' compensation and pension, military records
  ['C&P exam header with VA claim number', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const c = d.vaClaim(); const dt = d.date();
    return [`COMPENSATION AND PENSION EXAMINATION\nVeteran: ${s}, ${g} ${d.mi()}\nVA claim/C-file no.: ${c}\nDate of exam: ${dt}`, [s, g, c, dt]];
  }],
  ['service number branch and DoD id', (d) => {
    const sn = d.serviceNo(); const dod = d.dodId();
    return [`Branch: ${d.pick(BRANCHES)}   Service No.: ${sn}   DoD ID: ${dod}   Character of discharge: Honorable`, [sn, dod]];
  }],
  ['unit and base', (d) => {
    const u = d.unit(); const b = d.base();
    return [`He was assigned to ${u} at ${b} as an 11B infantryman.`, [u, b]];
  }],
  ['deployment place and month-year dates', (d) => {
    const [c, p] = d.pick(DEPLOY_PLACES); const m = d.int(1, 12); const y = d.int(2003, 2012); const len = d.int(7, 15);
    const a = d.monthYearOf(m, y); const b = d.monthYearOf(((m - 1 + len) % 12) + 1, y + Math.floor((m - 1 + len) / 12));
    return [`Deployed to ${c} (${p}) from ${a} to ${b}; exposed to IED blast x2 and burn pits.`, [p, a, b]];
  }],
  ['DD-214 entry and separation dates', (d) => {
    const [a, b] = d.datePair(1985, 2012, d.int(3, 8));
    return [`DD-214 reviewed: entered active duty ${a}, separated ${b}. MOS 88M motor transport operator.`, [a, b]];
  }],
  ['C&P examiner at VA facility', (d) => {
    const [doc, p] = d.doctor(); const f = d.vaFacility();
    return [`Examination conducted in person at the ${f} by ${doc}. VBMS records reviewed, including STRs.`, [f, ...p]];
  }],
  ['buddy statement from fellow soldier', (d) => {
    const r = d.pick(RANKS); const s = d.sur(); const g = d.given(); const b = d.base();
    return [`Lay statement from ${r} ${g} ${s}, who served with the veteran at ${b}, describes the 2006 rollover.`, [g, s, b]];
  }],
  ['rank and surname in service treatment record', (d) => {
    const r = d.pick(RANKS); const s = d.sur().toUpperCase(); const dt = d.date(); const u = d.unit();
    return [`STR sick call ${dt}: ${r} ${s}, ${u}, c/o L knee pain after ruck march.`, [dt, s, u]];
  }],
  ['ship and deployment port', (d) => {
    const s = `USS ${d.pick(SHIPS)}`; const my = d.monthYear(1985, 2015);
    return [`Served aboard the ${s} as a machinist's mate; deployed ${my} (Persian Gulf), noise exposure in the engine room.`, [s, my]];
  }],
  ['veteran over 89 pension exam', (d) => {
    const n = d.ageOver89(); const b = d.pick(BRANCHES);
    return [`Aid and Attendance exam: ${n}-year-old ${b} veteran of the Korean War, needs help with bathing and dressing.`, [n]];
  }],
  ['VA decision letter address', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\nDear Veteran: We made a decision on your VA benefits.`, [g, s, st, t, z]];
  }],
  // independent medical examinations
  ['IME requested by defense counsel', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const c = d.claimNo(); const dt = d.date();
    return [`INDEPENDENT MEDICAL EXAMINATION\nRequested by: ${g} ${s}, Esq., ${s2} & Associates\nRe: claim ${c}\nDate of examination: ${dt}`, [g, s, s2, c, dt]];
  }],
  ['records reviewed list with providers and dates', (d) => {
    const a = d.date(); const s = d.sur(); const c = d.clinic(); const b = d.date();
    return [`RECORDS REVIEWED:\n1. MRI lumbar spine ${a}, read by Dr. ${s}.\n2. ${c} notes, ${b}.`, [a, s, c, b]];
  }],
  ['MMI date and impairment rating', (d) => {
    const dt = d.date();
    return [`The claimant reached maximum medical improvement on ${dt}. Per the AMA Guides, 6th Edition, 8% whole person impairment.`, [dt]];
  }],
  ['IME interpreter name', (d) => {
    const g = d.given(); const s = d.sur();
    return [`A certified Spanish interpreter, ${g} ${s}, was present for the entire examination.`, [g, s]];
  }],
  // vocational rehabilitation
  ['vocational counselor with email', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.emailOf(d.given(), d.sur(), d.pick(['voc-rehab.com', 'vr.state.us', 'rehabworks.net']));
    return [`Vocational rehabilitation counselor: ${g} ${s}, CRC. Job leads and résumé drafts to ${em}.`, [g, s, em]];
  }],
  ['labor market survey employers in town', (d) => {
    const [e1] = d.employer(); const [e2] = d.employer(); const t = d.town();
    return [`Labor market survey (sedentary to light): openings for dispatcher at ${e1} and scale house clerk at ${e2}, both in ${t}.`, [e1, e2, t]];
  }],
  ['job interview placement date and address', (d) => {
    const st = d.street(); const wd = d.pick(WEEKDAYS); const dt = d.monthDay(); const g = d.given(); const s = d.sur();
    return [`Interview scheduled ${wd} ${dt} at ${st} with hiring manager ${g} ${s}.`, [wd, dt, st, g, s]];
  }],
  ['prior employment history at employer in town', (d) => {
    const [e] = d.employer(); const t = d.town();
    return [`Work history: 14 years as a heavy equipment operator for ${e} in ${t}; no transferable office skills.`, [e, t]];
  }],
  ['injury photo file name', (d) => {
    const s = asciiLetters(d.sur()) || 'lee'; const [m, dd] = d.md(); const dt = `${d.year()}${pad2(m)}${pad2(dd)}`; const c = d.claimNo().replace(/\s/g, '');
    return [`Photos uploaded: ${s}_${dt}_lhand.jpg, claim folder ${c}.`, [s, dt, c]];
  }],
  ['e-signature audit with IP', (d) => {
    const ip = `${d.int(23, 223)}.${d.int(0, 255)}.${d.int(0, 255)}.${d.int(1, 254)}`; const dt = d.mdy();
    return [`Electronically signed ${dt} ${d.time()} from IP ${ip} (DocuSign envelope).`, [dt, ip]];
  }],
];

/** The names of the wave's frames. */
export const occupationalFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function occupationalWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9733, rounds);
}

/** Look-alikes in occupational and disability documentation style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and exam signs
  ['Waddell signs 0/5.', 'Waddell'], ['Spurling test negative bilaterally.', 'Spurling'], ['Positive Phalen at 30 seconds.', 'Phalen'], ['Tinel sign over the cubital tunnel.', 'Tinel'],
  ['Finkelstein test positive on the right.', 'Finkelstein'], ['McMurray negative, Lachman 1A.', 'McMurray'], ['Lachman 1A, firm endpoint.', 'Lachman'], ['Jamar dynamometer grip 38 kg right, 22 kg left.', 'Jamar'],
  ['Hoffmann sign absent.', 'Hoffmann'], ['Romberg negative.', 'Romberg'], ['Straight leg raise positive at 45 degrees.', '45 degrees'], ['Patrick (FABER) test reproduces SI pain.', 'Patrick'],
  // scales, guides, questionnaires
  ['Per the AMA Guides, 6th Edition, 8% whole person impairment.', 'AMA Guides'], ['Oswestry Disability Index 42%.', 'Oswestry'], ['QuickDASH score 61.4.', 'QuickDASH'], ['PHQ-9 of 14.', 'PHQ-9'],
  ['PCL-5 score 52, consistent with PTSD.', 'PCL-5'], ['Rated 70% service connected for PTSD.', '70%'], ['Combined rating 90%.', '90%'], ['Functional capacity evaluation: medium physical demand level.', 'medium physical demand level'],
  // regulations and forms
  ['Meets standards in 49 CFR 391.41.', '49 CFR 391.41'], ['Qualified by operation of 49 CFR 391.64.', '391.64'], ['OSHA 1910.134 respirator standard.', '1910.134'], ['Hearing conservation under 29 CFR 1910.95.', '1910.95'],
  ['Form MCSA-5876 completed.', 'MCSA-5876'], ['Form MCSA-5875 reviewed with the driver.', 'MCSA-5875'], ['Copy 2 of the CCF sent to the MRO.', 'CCF'], ['Form WH-380-E returned to employer.', 'WH-380-E'],
  ['VA Form 21-526EZ filed.', '21-526EZ'], ['Rated under 38 CFR 4.71a, DC 5237.', 'DC 5237'], ['Form C-4 submitted to the Board.', 'C-4'], ['49 CFR Part 40 procedures followed.', 'Part 40'],
  // exam values that look like dates or numbers
  ['Vision 20/40 OU uncorrected.', '20/40'], ['Vision 20/20 corrected both eyes.', '20/20'], ['BP 138/86, pulse 72.', '138/86'], ['Urine SG 1.020, protein negative.', '1.020'],
  ['Forced whisper heard at 5 feet.', '5 feet'], ['Thresholds 25/30/45/60 dB at 2/3/4/6 kHz.', '25/30/45/60'], ['TWA 87 dBA over an 8-hour shift.', '87 dBA'], ['Foam plugs NRR 33.', 'NRR 33'],
  ['Overall fit factor 1,450.', '1,450'], ['STS of 10 dB average at 2000, 3000 and 4000 Hz.', '2000, 3000 and 4000 Hz'],
  // drug and alcohol testing values
  ['THC cutoff 50 ng/mL, confirmation 15 ng/mL.', '50 ng/mL'], ['Temperature 90-100 F within 4 minutes: yes.', '90-100 F'], ['Breath alcohol 0.000.', '0.000'], ['5-panel: THC, COC, OPI, AMP, PCP.', 'THC, COC, OPI, AMP, PCP'],
  ['Split specimen bottle B.', 'bottle B'], ['Confirmation test 0.042 at 15 minutes.', '0.042'],
  // restrictions and work schedules
  ['No lifting over 20 lb.', '20 lb'], ['Sit/stand as needed, max 4 hours per shift.', '4 hours'], ['Off work 2 weeks.', '2 weeks'], ['Light duty 40 hours per week.', '40 hours per week'],
  ['12 weeks of FMLA leave in a 12-month period.', '12 weeks'], ['Flare-ups 1-2 times per month lasting 1-3 days.', '1-2 times per month'],
  // occupation codes, military codes and ranks
  ['DOT code 905.663-014, tractor-trailer truck driver.', '905.663-014'], ['O*NET 53-3032.00 heavy truck driver.', '53-3032.00'], ['MOS 11B infantryman.', '11B'], ['MOS 88M motor transport operator.', '88M'],
  ['Rank at discharge E-5.', 'E-5'], ['SSG (retired).', 'SSG'], ['CDL class A with hazmat endorsement.', 'class A'], ['ICD-10 S39.012A low back strain.', 'S39.012A'],
  // ages, years, ranges
  ['A 58-year-old welder.', '58'], ['An 89-year-old Korean War veteran.', '89'], ['Served 2004-2008.', '2004-2008'], ['Injured at work in 2019.', '2019'],
  ['Gulf War veteran, 1990-1991.', '1990-1991'], ['Operation Iraqi Freedom deployment.', 'Operation Iraqi Freedom'],
  // countries, states, branches, divisions
  ['Deployed twice to Afghanistan.', 'Afghanistan'], ['Served in Vietnam with the Army.', 'Vietnam'], ['Licensed in Pennsylvania.', 'Pennsylvania'], ['Licence issued by the state of Ohio.', 'Ohio'],
  ['He served in the Army with the 82nd Airborne.', '82nd Airborne'], ['Marine Corps infantry, two tours.', 'Marine Corps'], ['Agent Orange exposure presumed.', 'Agent Orange'], ['Enrolled in the burn pit registry.', 'burn pit registry'],
  // carriers and national employers, generic places
  ['Carrier: Liberty Mutual.', 'Liberty Mutual'], ['Carrier: The Hartford.', 'The Hartford'], ['TPA: Sedgwick.', 'Sedgwick'], ['Works for UPS as a package handler.', 'UPS'],
  ['Carrier for the Postal Service.', 'Postal Service'], ['Injured at the job site.', 'the job site'], ['Returned to the warehouse on light duty.', 'the warehouse'], ['Seen at the VA for a hearing test.', 'the VA'],
  ['Struck by a forklift in the yard.', 'the yard'], ['Department of Labor guidelines.', 'Department of Labor'],
  // everyday words that are also names
  ['Patient has hope of returning to work.', 'hope'], ['Burns to the dorsal hand from hot tar.', 'Burns'], ['Uses a walker for long distances.', 'walker'], ['Pain is worse at the end of the shift.', 'Pain'],
  ['Works as a mason and a carpenter.', 'mason'], ['Describes the accident as no fault of his own.', 'accident'], ['Hazard communication training completed.', 'Hazard'], ['Fall protection harness was worn.', 'Fall'],
];

export const occupationalKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedOccupationalKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(occupationalKeepCases(), find);

export function scoreOccupationalWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => occupationalWaveCases(seed)), find);
}
