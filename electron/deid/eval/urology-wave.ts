// A blind wave of urology and nephrology/dialysis-access clinic records, from practices, stone centres, surgery centres,
// mobile lithotripsy services and access centres of Minnesota, Wisconsin, Iowa, the Dakotas and Nebraska: urology
// office visit notes (the practice, the patient's header with DOB and MRN, the referring clinician and clinic, rooming
// initials, a physician assistant and the supervising urologist, interpreters with their ids, family and social
// history with relatives and towns, outside CT urograms with accessions, dictation and signature lines), cystoscopy
// reports (the surgeon, the assisting nurse, the cystoscope's serial, biopsies with accessions and the pathologist,
// TURBT bookings, BCG start days, surveillance due months), lithotripsy and ureteroscopy reports (the surgery centre and
// the mobile lithotripsy company, the lithotripter's serial and the trailer's VIN, the technician and CRNA, stents on a
// string pulled at home on a weekday, stent removals around holidays, drivers home with their phones, comparison KUBs
// and CTs, 24-hour urine kits and their tracking numbers), PSA tracking logs (dated rows, month-and-year trends, outside
// draws by town, fusion biopsies, ADT injection logs with lots and initials, tumour boards, radiation oncology
// referrals), catheter supply orders (ship-to addresses, order, account and NPI numbers, SSNs and Medicare numbers,
// local suppliers, home health agencies, suprapubic tube changes), stone analysis lab slips (accession, collection and
// receipt dates, the lab's CLIA number and director, requisitions, verifying initials), referral letters (address
// blocks, salutations, cc lists, letterheads with portal URLs, access referrals from nephrology, nurse navigators),
// prior authorizations (member and group ids, authorization numbers and their valid dates, peer-to-peer calls,
// appeal references, prescriber DEA and licence numbers, PA keys, TINs), voiding diaries and urodynamics (diary days
// by weekday, continence nurses, urodynamic system serials, bedwetting diaries kept by a parent, pelvic floor PT),
// patient portal messages (headers with e-mail and sent date, reports of symptoms since a weekday, nurse replies, audit
// lines with IP addresses and message ids, proxy access, video-visit links, address changes), dialysis access records
// (AV fistula operative notes, dialysis units and their charge nurses, fistulagrams at access centres with accessions,
// vein mapping, graft lots and serials, catheter exchanges with county transit, CKD notes with the county), implant
// records (artificial sphincter and sacral neuromodulator serials, the company representative), and the rest of a
// clinic's paper (billing statements, semen analysis drop-offs, subscribers and employers, emergency contacts, outside
// records, ED visits, nursing home residents, work notes, prostatectomy pathology), in mixed case, ALL CAPS and lower
// case. Dates are written in every form these records use ('03/04/2021', '3/4/21', '3-4-21', '4 March 2021',
// 'March 4, 2021', 'Mar 4, 2021', '2021-03-04', '04-MAR-2021', '3.4.2021', 'Mar 4', '3/4', 'Tuesday', 'Tue 3/4',
// 'the 4th', 'Labor Day', 'March 2026', '3/2026'); ages over 89, phones, faxes, e-mails, URLs and IPs are planted.
// Given names and surnames are often everyday words or words of the trade (Hope, Rocky, Will, Amber, Stone, Waters,
// Foley, Poole, Gage, Marshall) and towns are often everyday words (Welcome, Embarrass, Savage, Luck, Friendship,
// Early, Gravity, Superior, Faith, Zap). A list of look-alikes in the same style must not be touched. Written without
// reading the engine's rules or any gold data. `scoreUrologyWave`.
// Decisions: a person's given name and surname are planted each, a middle initial, a title ('Mr.', 'Dr.') and a
// credential ('MD', 'DO', 'PA-C', 'CNP', 'RN', 'CMA', 'CWOCN', 'RVT', 'CRNA', 'DPT') are not; initials that room a
// patient, sign a log, verify a result or type a dictation are planted; a urology practice, a stone centre, a hospital,
// a surgery centre, a mobile lithotripsy company, a dialysis unit, an access centre, a laboratory, an imaging centre, a
// home medical supplier, a home health agency, a care centre, a transit service and an employer are planted whole with
// their kind words ('Welcome Urology Associates', 'Red River Mobile Lithotripsy', 'Rice County Home Health'), while a
// maker, a national catheter supplier, a reference laboratory or a payer named alone ('Boston Scientific', 'Edgepark',
// 'Litholink', 'Labcorp', 'Medica') is kept; a town is planted, the state is kept; a county is planted without the word
// 'County'; a street address is planted from its number to its street type, a ZIP with its +4; a weekday naming one
// day ('since Tuesday') and a holiday that fixes a day ('the day after Labor Day') are planted; a weekday written with
// its date ('Tuesday, March 4', 'Tue 3/4') is planted as one part; a month with its year ('March 2026', '3/2026') is
// planted; an ordinal day ('the 14th') is planted; the time next to a date is neither planted nor a look-alike; an age
// over 89 is planted as its number; MRN, SSN, Medicare (MBI), member, group, authorization, appeal, PA key, order,
// account, requisition, accession, message, interpreter, NPI, DEA, licence, TIN and CLIA numbers are planted; a scope,
// lithotripter, urodynamic system, sphincter, neuromodulator and graft serial, a drug or implant lot, a trailer's VIN
// and a shipping tracking number are planted, a model ('CYF-VH', 'Delta III', 'AMS 800', 'InterStim Micro') is kept; a
// phone's leading '(' need not be covered; an e-mail and a URL are planted whole. Kept (look-alikes): eponyms (Foley,
// Coudé, Council, Malecot, Gleason, Bosniak, Fournier, Peyronie, Wilms, Randall, Mitrofanoff, Boari, Indiana pouch,
// Studer, Bricker, Anderson-Hynes, Whitaker, Burch, Marshall-Marchetti-Krantz, Credé, Gerota, Denonvilliers, Buck,
// Retzius, Santorini, Brödel, Skene, Cowper, Klinefelter, Kallmann, von Hippel-Lindau, Hinman, Young, Cohen,
// Politano-Leadbetter, Valsalva, Clavien-Dindo, Fuhrman, Wallace, Allen, Hasson, Pfannenstiel, Gibson, Prehn, Hunner,
// Ellik, Toomey, Dormia, Brescia-Cimino, Tenckhoff), scores and measures (IPSS, SHIM, PSA and its density, PI-RADS,
// Qmax, PVR, HU, RENAL score, TNM stages, Decipher, grade groups, KDIGO stages, supersaturation, shock counts, laser
// settings, stent sizes, BOOI), drugs and brands, device makers and models, stone compositions, CPT, HCPCS and ICD-10
// codes, cycles, days and intervals, everyday words that are also names or towns (stone, amber, gravity, superior,
// early, welcome, luck, friend), relations and roles without names, ages of 89 and under, years alone, generic places,
// states and countries, payers, national suppliers, reference labs and societies.
// Measured before rules: 0.930 recall on seeds 5, 11, 23 (5116/5499), 0.927 on fresh seeds 41, 42, 43 (5098/5500); 9/161
// look-alikes touched ("Randall's", "Wallace", "Toomey", "6 Fr x 26 cm", "Delta III", "Reliance", "stone clinic", "Denmark",
// "Medica") (engine at b1f152e).
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as en_in } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as nb } from '@faker-js/faker/locale/nb_NO';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, de, nb, sv, pl, mx, vi, en_in, ca];

/** Given names and surnames that are everyday words or words of the trade. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Amber', 'Ruby', 'Crystal', 'Jewel', 'Candy', 'Brandy', 'Misty', 'Sunny', 'Dawn', 'April', 'June', 'Robin', 'Rocky', 'Will', 'Bill', 'Pat', 'Rusty', 'Dusty', 'Sandy', 'Clay', 'Flint', 'Chip', 'Buck', 'Chase', 'Hunter', 'Sterling', 'Penny', 'Colby', 'Lance', 'Cliff', 'Dale', 'Major', 'Earl'];
const WORD_SUR = ['Stone', 'Waters', 'Poole', 'Wells', 'Rivers', 'Brooks', 'Marsh', 'Flood', 'Fountain', 'Foley', 'Gage', 'Marshall', 'Cannon', 'Flowers', 'Fuller', 'Burns', 'Payne', 'Bowman', 'Young', 'Small', 'Long', 'Little', 'Best', 'Frost', 'Love', 'Hale', 'Moody', 'Strain', 'Drain', 'Potts', 'Cook', 'Bell', 'Valentine', 'Hunter', 'Allen', 'Gentry', 'Keen', 'Sterling', 'Cope'];
/** Towns of the region that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Welcome', 'Embarrass', 'Savage', 'Motley', 'Harmony', 'Cosmos', 'Sleepy Eye', 'Blue Earth', 'Darling', 'Luck', 'Friendship', 'Denmark', 'Fence', 'Random Lake', 'Early', 'Gravity', 'Defiance', 'Mystic', 'Diagonal', 'What Cheer', 'Lone Tree', 'Superior', 'Valentine', 'Friend', 'Broken Bow', 'Faith', 'Mission', 'Reliance', 'Zap', 'Killdeer', 'Marshall', 'Warren', 'Hastings', 'Mentor', 'Garrison', 'Tenstrike', 'Balsam', 'Plato', 'Granite Falls', 'Bird Island', 'Hope', 'Story City', 'Long Prairie'];
const REAL_TOWNS = ['Mankato', 'Rochester', 'Brainerd', 'Bemidji', 'Willmar', 'Owatonna', 'Albert Lea', 'Fergus Falls', 'Alexandria', 'Worthington', 'Eau Claire', 'Wausau', 'La Crosse', 'Rhinelander', 'Oshkosh', 'Marshfield', 'Dubuque', 'Ottumwa', 'Mason City', 'Spencer', 'Decorah', 'Sioux Falls', 'Aberdeen', 'Mitchell', 'Rapid City', 'Watertown', 'Minot', 'Bismarck', 'Fargo', 'Jamestown', 'Dickinson', 'Kearney', 'Grand Island', 'Norfolk', 'Hastings', 'Scottsbluff'];
const STATES = ['MN', 'WI', 'IA', 'ND', 'SD', 'NE', 'Minnesota', 'Wisconsin', 'Iowa', 'North Dakota', 'South Dakota', 'Nebraska'];
/** Counties of the region, many of them everyday words. */
const COUNTIES = ['Blue Earth', 'Stearns', 'Otter Tail', 'Crow Wing', 'Lac qui Parle', 'Yellow Medicine', 'Big Stone', 'Brown', 'Rice', 'Pine', 'Lake', 'Cook', 'Clay', 'Polk', 'Marathon', 'Door', 'Green', 'Rock', 'Iron', 'Sioux', 'Story', 'Buffalo', 'Lincoln', 'Douglas', 'Grant', 'Pipestone', 'Winnebago', 'Burleigh', 'Minnehaha', 'Hall'];
const STREET_WORDS = ['Main', 'Broadway', 'Lake', 'Prairie', 'Elm', 'Oak', 'Birch', 'Pine', 'Railroad', 'Depot', 'Mill', 'Church', 'College', 'Park', 'Hillcrest', 'Lakeshore', 'County Road 12', 'Section Line', 'Sunrise', 'Willow'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Blvd', 'Ct', 'Trail', 'Way'];
const SAINTS = ['Mary', 'Joseph', 'Gabriel', 'Luke', 'Francis', 'Elizabeth', 'Anne', 'Olaf', 'Benedict', 'Michael', 'Catherine'];
const HOSPITAL_KIND = ['Medical Center', 'Regional Medical Center', 'Regional Hospital', 'Area Hospital', 'Community Hospital', 'Memorial Hospital', 'Health Center', 'Lutheran Hospital'];
const REGIONS = ['North Star', 'Red River', 'Prairie', 'Heartland', 'Great Plains', 'Lakes Area', 'Northland', 'Tri-State', 'Upper Valley', 'Missouri Valley', 'Headwaters', 'Driftless'];
const PAYERS = ['Medica', 'HealthPartners', 'UCare', 'Blue Cross', 'Wellmark', 'Sanford Health Plan', 'Aetna', 'UnitedHealthcare', 'Humana', 'Medicaid'];
const SUPPLIERS = ['Edgepark', 'Byram', 'Shield HealthCare', 'Liberator Medical', 'Aeroflow Urology'];
const LANGUAGES = ['Hmong', 'Somali', 'Spanish', 'Karen', 'Vietnamese', 'Oromo', 'Arabic', 'Amharic'];
const JOBS = ['dairy farmer', 'machinist', 'long-haul trucker', 'school bus driver', 'house painter', 'welder', 'grain elevator operator', 'teacher', 'meat packer', 'electrician'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WKD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Independence Day', 'Thanksgiving', 'Memorial Day', 'Labor Day', 'Veterans Day', "Valentine's Day"];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'partner', 'neighbor', 'friend', 'son-in-law', 'granddaughter'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.'];
/** Area codes of the region, and toll-free lines. */
const AREA_CODES = ['218', '320', '507', '612', '651', '763', '952', '262', '414', '608', '715', '920', '319', '515', '563', '641', '712', '701', '605', '308', '402', '531', '800', '888'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
/** The characters of a vehicle identification number (no I, O, Q). */
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
    return this.pick(TITLES);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  state(): string {
    return this.pick(STATES);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  /** A urology practice or stone centre. */
  clinic(): string {
    const t = this.town();
    const k = this.int(0, 6);
    if (k === 0) return `${t} Urology`;
    if (k === 1) return `${t} Urology Associates`;
    if (k === 2) return `Urology Associates of ${t}`;
    if (k === 3) return `${t} Kidney Stone Center`;
    if (k === 4) return `${t} Men's Health & Urology`;
    if (k === 5) return `${this.pick(REGIONS)} Urology`;
    return `${this.sur()} & ${this.sur()} Urology`;
  }
  nephClinic(): string {
    const t = this.town();
    const k = this.int(0, 2);
    return k === 0 ? `${t} Nephrology` : k === 1 ? `${t} Kidney Specialists` : `Nephrology Associates of ${t}`;
  }
  /** A primary care clinic. */
  pcp(): string {
    const t = this.town();
    return this.pick([`${t} Family Medicine`, `${t} Clinic`, `${t} Family Practice`, `${t} Rural Health Clinic`, `${t} Community Health Center`]);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_KIND)}`;
  }
  asc(): string {
    return `${this.town()} ${this.pick(['Surgery Center', 'Ambulatory Surgery Center', 'Outpatient Surgery Center', 'Surgical Suites', 'Day Surgery Center'])}`;
  }
  unit(): string {
    const t = this.town();
    const k = this.int(0, 3);
    return k === 0 ? `${t} Dialysis` : k === 1 ? `DaVita ${t} Dialysis` : k === 2 ? `Fresenius Kidney Care ${t}` : `${t} Kidney Center`;
  }
  accessCenter(): string {
    return `${this.town()} ${this.pick(['Vascular Access Center', 'Access Care', 'Vein & Vascular', 'Interventional Radiology'])}`;
  }
  lab(): string {
    return `${this.town()} ${this.pick(['Regional Laboratory', 'Clinical Lab', 'Medical Laboratory', 'Pathology Associates'])}`;
  }
  imaging(): string {
    return `${this.town()} ${this.pick(['Imaging Center', 'Radiology', 'Diagnostic Imaging', 'Open MRI'])}`;
  }
  /** A local home medical supplier, without a town. */
  dme(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.sur()} Home Medical`;
    if (k === 1) return `${this.pick(REGIONS)} Medical Supply`;
    return `${this.sur()} Drug & Home Health`;
  }
  litho(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(REGIONS)} Lithotripsy`;
    if (k === 1) return `${this.pick(REGIONS)} Mobile Lithotripsy`;
    return `${this.pick(REGIONS)} Lithotripsy Partners`;
  }
  radOnc(): string {
    return `${this.town()} ${this.pick(['Cancer Center', 'Radiation Oncology', 'Cancer Institute'])}`;
  }
  ptClinic(): string {
    return `${this.town()} ${this.pick(['Pelvic Health PT', 'Physical Therapy', 'Rehab & Pelvic Health'])}`;
  }
  /** A care centre or nursing home. */
  ltc(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.town()} Care Center` : k === 1 ? `${this.town()} Senior Living` : `St. ${this.pick(SAINTS)}'s Manor`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Cooperative Creamery`;
    if (k === 1) return `${this.sur()} Trucking`;
    if (k === 2) return `${this.town()} Public Schools`;
    return `${this.sur()} Implement`;
  }
  street(): string {
    return `${this.int(12, 39899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(50001, 58856));
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2011, 2025);
  }
  time(): string {
    return `${pad2(this.int(6, 19))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms these records use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}.${d}.${y}` : `${m}/${d}/${y}`);
  }
  /** A date of year y in one of the forms. */
  dateIn(y: number): string {
    const [m, d] = this.md();
    const f = this.int(0, 9);
    return writtenDate(f, m, d, y) ?? (f === 8 ? `${m}.${d}.${y}` : `${pad2(m)}/${pad2(d)}/${y}`);
  }
  /** Three dates of one patient's log, a year apart and in order. */
  threeDates(): readonly [string, string, string] {
    const y = this.int(2011, 2022);
    return [this.dateIn(y), this.dateIn(y + 1), this.dateIn(y + 2)];
  }
  /** A month with its year after month m of year y ('Aug 2016', '5/2017'), and that month and year. */
  private monthAfter(m: number, y: number): readonly [string, number, number] {
    let m2 = m + this.int(4, 9);
    let y2 = y;
    if (m2 > 12) {
      m2 -= 12;
      y2++;
    }
    return [this.r() < 0.65 ? `${this.pick([MONTHS[m2 - 1]!, MON[m2 - 1]!])} ${y2}` : `${m2}/${y2}`, m2, y2];
  }
  /** Three months with their years, in order. */
  threeMonthYears(): readonly [string, string, string] {
    const [a, m1, y1] = this.monthAfter(this.int(1, 12), this.int(2010, 2020));
    const [b, m2, y2] = this.monthAfter(m1, y1);
    const [c] = this.monthAfter(m2, y2);
    return [a, b, c];
  }
  /** A span of a few weeks or months as two dates: 'mm/dd/yyyy' each, or 'm/d' each. */
  span(full: boolean): readonly [string, string] {
    const [m, d] = this.md();
    const y = this.year();
    const m2 = Math.min(12, m + this.int(0, 5));
    const d2 = m2 === m ? Math.min(28, d + this.int(3, 20)) : this.int(1, 28);
    return full ? [`${pad2(m)}/${pad2(d)}/${y}`, `${pad2(m2)}/${pad2(d2)}/${y}`] : [`${m}/${d}`, `${m2}/${d2}`];
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  /** 'March 2026', 'Mar 2026' or '3/2026'. */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    return this.r() < 0.65 ? `${this.pick([MONTHS[m - 1]!, MON[m - 1]!])} ${y}` : `${m}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** 'Tuesday, March 4' or 'Tue 3/4': one part. */
  weekdayDate(): string {
    const [m, d] = this.md();
    const w = this.int(0, 6);
    return this.r() < 0.55 ? `${WEEKDAYS[w]!}, ${MONTHS[m - 1]!} ${d}` : `${WKD[w]!} ${m}/${d}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1928, hi = 1992): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 3);
    return k === 0 ? `00${this.digitString(6)}` : k === 1 ? `U${this.digitString(7)}` : this.digitString(this.int(7, 9));
  }
  account(): string {
    return this.r() < 0.6 ? this.digitString(this.int(8, 11)) : `A${this.digitString(8)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = this.pick(AREA_CODES);
    const b = String(this.int(201, 989));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const t = asciiLetters(this.town()) || 'prairie';
    const dom = this.pick([`${t}urology.com`, 'gmail.com', 'yahoo.com', `${t}health.org`, 'hotmail.com', 'outlook.com', 'icloud.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    // Clipped, so that a name planted beside its address still occurs once in lower case.
    const a2 = a.slice(0, Math.max(2, a.length - 1));
    const b2 = b.slice(0, Math.max(2, b.length - 1));
    const local = this.pick([`${a.charAt(0)}.${b2}`, `${a.charAt(0)}${b2}${this.int(1, 99)}`, `${b2}${a.charAt(0)}${this.int(10, 999)}`, `${a2}_${b.charAt(0)}${this.int(50, 99)}`]);
    return `${local}@${dom}`;
  }
  /** A site of the practice or the health system: portal, payments, video visits. */
  url(): string {
    const t = asciiLetters(this.town()) || 'prairie';
    const k = this.int(0, 4);
    if (k === 0) return `https://mychart.${t}health.org`;
    if (k === 1) return `https://www.${t}urology.com`;
    if (k === 2) return `https://${t}urology.com/pay`;
    if (k === 3) return `https://video.${t}health.org/v/${this.letters(3).toLowerCase()}${this.digitString(5)}`;
    return `www.${t}kidneystone.com/patients`;
  }
  ip(): string {
    return this.r() < 0.5 ? `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}` : `10.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(2, 254)}`;
  }
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return this.digitString(this.int(7, 10));
    if (k === 1) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 2) return `SN${this.digitString(8)}`;
    if (k === 3) return `${this.letters(1)}${this.digitString(6)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(7, 9));
    if (k === 1) return `${this.letters(2)}${this.digitString(5)}`;
    return `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`;
  }
  vin(): string {
    return `${this.pick(['1UY', '1JJ', '5V8', '1GR', '4V4', '3H3'])}${this.lettersOf(VIN_CHARS, 14)}`;
  }
  tracking(): string {
    return this.r() < 0.5 ? `1Z${this.lettersOf('0123456789ABCDEFGHJKLMNPRSTVWXY', 16)}` : this.digitString(12);
  }
  accession(): string {
    const yy = pad2(this.int(12, 25));
    const k = this.int(0, 4);
    if (k === 0) return `S${yy}-${this.digitString(5)}`;
    if (k === 1) return `SA${yy}-${this.digitString(5)}`;
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 3) return `RAD${this.digitString(8)}`;
    return this.digitString(10);
  }
  requisition(): string {
    return this.r() < 0.5 ? this.digitString(8) : `R${this.digitString(7)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `SO-${this.digitString(7)}`;
  }
  authNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PA${this.year()}${this.digitString(6)}`;
    if (k === 1) return this.digitString(10);
    return `${this.letters(1)}${this.digitString(8)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return this.digitString(11);
    return `W${this.digitString(9)}`;
  }
  groupNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(5, 7)) : `${this.letters(1)}${this.digitString(5)}`;
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
  ssn(): string {
    const a = String(this.int(100, 665));
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.r() < 0.8 ? `${a}-${b}-${c}` : `${a} ${b} ${c}`;
  }
  npi(): string {
    return `${this.int(1, 2)}${this.digitString(9)}`;
  }
  /** A DEA registration number with a valid check digit; the second letter is the registrant's surname initial. */
  dea(surname: string): string {
    const first = this.pick(['A', 'B', 'F', 'M']);
    const second = (asciiLetters(surname).charAt(0) || 'x').toUpperCase();
    const ds = [this.int(0, 9), this.int(0, 9), this.int(0, 9), this.int(0, 9), this.int(0, 9), this.int(0, 9)];
    const check = (ds[0]! + ds[2]! + ds[4]! + 2 * (ds[1]! + ds[3]! + ds[5]!)) % 10;
    return `${first}${second}${ds.join('')}${check}`;
  }
  license(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(5);
    if (k === 1) return `${this.pick(['MD', 'DO', 'PA'])}${this.digitString(5)}`;
    return `${this.digitString(2)}-${this.digitString(5)}`;
  }
  tin(): string {
    return `${this.digitString(2)}-${this.digitString(7)}`;
  }
  clia(): string {
    return `${pad2(this.int(1, 52))}D${this.digitString(7)}`;
  }
  /** A CoverMyMeds-style PA key. */
  paKey(): string {
    return this.lettersOf('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', this.int(6, 8));
  }
  /** A surgeon: the text and the parts. */
  surgeon(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO, FACS`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
  /** A clinician as written in a note: the text and the parts (given name and surname, or the surname alone). */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 5);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    if (k === 3) return [`${g} ${s}, PA-C`, [g, s]];
    if (k === 4) return [`${g} ${s}, CNP`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // urology office visit notes
  ['office visit header practice patient DOB MRN', (d) => {
    const c = d.clinic(); const dt = d.date(); const s = d.sur(); const g = d.given(); const dob = d.dob(); const mrn = d.mrn();
    return [`${c}\nOFFICE VISIT   Date of service: ${dt}\nPatient: ${s}, ${g} ${d.mi()}   DOB: ${dob}   MRN: ${mrn}`, [c, dt, s, g, dob, mrn]];
  }],
  ['referred by primary care clinician', (d) => {
    const [doc, p] = d.doctor(); const pc = d.pcp();
    return [`Referred by ${doc} at ${pc} for microscopic hematuria (8-10 RBC/hpf on two UAs) in a former smoker.`, [...p, pc]];
  }],
  ['chronic Foley age over 89 home health nurse', (d) => {
    const n = d.ageOver89(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`${n}-year-old ${d.pick(['man', 'woman'])} from ${t} with a chronic indwelling Foley for urinary retention; catheter changed monthly by home health nurse ${g} ${s}, RN.`, [n, t, g, s]];
  }],
  ['stone passed on a weekday after ED visit', (d) => {
    const w = d.weekday(); const h = d.hospital(); const md = d.slashMd();
    return [`Seen in the ${h} ED on ${md} for right renal colic; reports passing a small stone ${w} night and brought it in a strainer for analysis.`, [h, md, w]];
  }],
  ['social history job town and relative', (d) => {
    const t = d.town(); const g = d.given();
    return [`Social: retired ${d.pick(JOBS)} in ${t}; lives with ${d.relation()} ${g}. Former smoker, 40 pack-years, quit 2009.`, [t, g]];
  }],
  ['rooming initials and bladder scan', (d) => {
    const i = d.initials();
    return [`Roomed by ${i}, CMA. BP 138/84, HR 72, BMI 31.4. Bladder scan PVR 164 mL. UA dip: 2+ blood, nitrite negative.`, [i]];
  }],
  ['physician assistant with supervising urologist', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`Patient seen by ${g} ${s}, PA-C, and discussed with supervising urologist Dr. ${s2}, who agrees with the plan for cystoscopy.`, [g, s, s2]];
  }],
  ['return to clinic weekday and date with clinician', (d) => {
    const w = d.weekday(); const md = d.monDay(); const [doc, p] = d.doctor();
    return [`RTC ${w} ${md} with ${doc} for cysto; UA and culture one week before.`, [w, md, ...p]];
  }],
  ['interpreter with id', (d) => {
    const g = d.given(); const s = d.sur(); const id = d.digitString(d.int(5, 6));
    return [`${d.pick(LANGUAGES)} interpreter ${g} ${s} (ID ${id}) present by video for the whole visit; teach-back done.`, [g, s, id]];
  }],
  ['signature and dictation initials', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const a = d.letters(d.int(2, 3)); const b = d.letters(2).toLowerCase();
    return [`Electronically signed by ${g} ${s}, MD on ${dt} ${d.time()}\nDictated but not read. ${a}/${b}`, [g, s, dt, a, b]];
  }],
  ['CT urogram at outside imaging with accession', (d) => {
    const dt = d.date(); const im = d.imaging(); const acc = d.accession();
    return [`CT urogram ${dt} at ${im} (acc ${acc}): no upper tract filling defect; 4 mm nonobstructing left lower pole stone.`, [dt, im, acc]];
  }],
  ['family history brother over 89', (d) => {
    const g = d.given(); const n = d.ageOver89();
    return [`FHx: father with prostate cancer at 71; brother ${g}, now ${n}, had radiation for prostate cancer. No family history of kidney stones.`, [g, n]];
  }],
  // cystoscopy reports
  ['cystoscopy report header surgeon and assistant', (d) => {
    const dt = d.date(); const c = d.clinic(); const [doc, p] = d.surgeon(); const g = d.given(); const s = d.sur();
    return [`PROCEDURE: FLEXIBLE CYSTOSCOPY\nDate: ${dt}   Location: ${c}\nSurgeon: ${doc}   Assistant: ${g} ${s}, RN`, [dt, c, ...p, g, s]];
  }],
  ['cystoscope serial and reprocessing initials', (d) => {
    const sn = d.serial(); const i = d.initials();
    return [`Scope: Olympus CYF-VH flexible cystoscope, S/N ${sn}. High-level disinfection logged by ${i}.`, [sn, i]];
  }],
  ['bladder biopsy accession and pathologist', (d) => {
    const acc = d.accession(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Cold cup biopsy of a 1 cm papillary lesion on the left lateral wall sent as ${acc}; read ${md} by ${g} ${s}, MD: low-grade Ta urothelial carcinoma.`, [acc, md, g, s]];
  }],
  ['TURBT booked weekday with date at hospital', (d) => {
    const wd = d.weekdayDate(); const h = d.hospital();
    return [`TURBT with possible mitomycin instillation scheduled ${wd} at ${h}, main OR; hold aspirin 5 days.`, [wd, h]];
  }],
  ['BCG induction starting an ordinal day', (d) => {
    const o = ordinal(d.int(1, 28)); const c = d.clinic();
    return [`BCG (TICE) induction weekly x 6 at ${c} to start on the ${o}; hold for gross hematuria, fever or UTI.`, [c, o]];
  }],
  ['surveillance cystoscopy due month and year', (d) => {
    const my = d.monthYear(); const c = d.clinic();
    return [`Next surveillance cystoscopy due ${my} at ${c} (every 3 months for 2 years, then every 6 months).`, [my, c]];
  }],
  // lithotripsy and ureteroscopy
  ['ESWL report header facility and mobile service', (d) => {
    const dt = d.date(); const a = d.asc(); const l = d.litho();
    return [`EXTRACORPOREAL SHOCK WAVE LITHOTRIPSY\nDate: ${dt}   Facility: ${a}\nMobile service: ${l}`, [dt, a, l]];
  }],
  ['lithotripter serial and trailer VIN', (d) => {
    const sn = d.serial(); const vin = d.vin();
    return [`Lithotripter: Dornier Compact Delta III, S/N ${sn}. Mobile trailer VIN ${vin} at the east dock.`, [sn, vin]];
  }],
  ['lithotripsy technician and CRNA', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`Technician: ${g} ${s}, CLT. Anesthesia: ${g2} ${s2}, CRNA (MAC). 3000 shocks at 90/min, ramped to power level 6.`, [g, s, g2, s2]];
  }],
  ['stent on a string pulled at home on a weekday', (d) => {
    const g = d.given(); const w = d.weekday();
    return [`Left ureteroscopy, holmium laser lithotripsy, 6 Fr x 24 cm stent on a string. Patient's ${d.relation()} ${g} to pull the stent at home ${w} morning.`, [g, w]];
  }],
  ['stent removal around a holiday', (d) => {
    const h = d.holiday(); const c = d.clinic();
    return [`Stent removal in office the day after ${h}; ${c} is closed that day, so the stent will stay 8 days.`, [h, c]];
  }],
  ['driver home after lithotripsy', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Discharged home with ${d.relation()} ${g} ${s} driving, cell ${ph}. Strain all urine; call for fever over 101.`, [g, s, p]];
  }],
  ['KUB compared with outside CT', (d) => {
    const md = d.slashMd(); const dt = d.date(); const im = d.imaging();
    return [`KUB ${md}: 9 mm right renal pelvis stone, unchanged from CT of ${dt} at ${im}.`, [md, dt, im]];
  }],
  ['post-procedure call weekday nurse', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Post-op call ${w}: ${g} ${s}, RN spoke with the patient; passing fragments, pain controlled with ketorolac, no fever.`, [w, g, s]];
  }],
  ['24-hour urine kit tracking number', (d) => {
    const md = d.slashMd(); const trk = d.tracking();
    return [`Litholink 24-hour urine kit mailed ${md}, UPS tracking ${trk}; collect on a typical weekday.`, [md, trk]];
  }],
  // PSA tracking logs
  ['PSA log dated rows', (d) => {
    const s = d.sur(); const g = d.given(); const mrn = d.mrn(); const [a, b, c] = d.threeDates();
    return [`PSA TRACKING - ${s}, ${g}   MRN ${mrn}\n${a}    3.9 ng/mL\n${b}    4.6 ng/mL\n${c}    6.1 ng/mL  (free 11%)`, [s, g, mrn, a, b, c]];
  }],
  ['PSA trend by month and year', (d) => {
    const [a, b, c] = d.threeMonthYears();
    return [`PSA trend: ${a} 2.8 -> ${b} 3.7 -> ${c} 5.2 (velocity 1.2 ng/mL/yr). MRI prostate ordered.`, [a, b, c]];
  }],
  ['PSA drawn at outside draw site in town', (d) => {
    const md = d.monDay(); const t = d.town();
    return [`PSA 7.2 ng/mL drawn ${md} at the ${d.pick(['Labcorp', 'Quest'])} patient service center in ${t}; repeat with free PSA.`, [md, t]];
  }],
  ['fusion biopsy date surgery centre accession', (d) => {
    const dt = d.date(); const a = d.asc(); const acc = d.accession();
    return [`MRI-fusion transperineal biopsy ${dt} at ${a}: 14 cores, Gleason 3+4 in 3 cores at the PI-RADS 4 target. Path ${acc}.`, [dt, a, acc]];
  }],
  ['ADT injection log lot initials next due', (d) => {
    const md = d.slashMd(); const lot = d.lot(); const i = d.initials(); const my = d.monthYear();
    return [`Eligard 45 mg SQ given ${md} in the L abdomen, lot ${lot}, by ${i}. Next injection due ${my}.`, [md, lot, i, my]];
  }],
  ['GU tumor board weekday date', (d) => {
    const h = d.hospital(); const wd = d.weekdayDate();
    return [`Presented at the ${h} GU tumor board ${wd}; consensus for radical prostatectomy vs. radiation with 6 months ADT.`, [h, wd]];
  }],
  ['radiation oncology referral and fax', (d) => {
    const ro = d.radOnc(); const s = d.sur(); const [fx, p] = d.phone();
    return [`Referral sent to ${ro}, attention Dr. ${s}, for consideration of SBRT; records faxed to ${fx}.`, [ro, s, p]];
  }],
  ['PSA result phoned to patient', (d) => {
    const [ph, p] = d.phone(); const md = d.slashMd();
    return [`Called pt at ${ph} on ${md} with PSA <0.02 (undetectable). Next PSA in 6 months.`, [p, md]];
  }],
  // catheter supply orders
  ['catheter order header ship-to address', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1935, 2012); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`INTERMITTENT CATHETER ORDER\nPatient: ${g} ${s}   DOB ${dob}\nShip to: ${st}, ${t}, ${d.state()} ${z}`, [g, s, dob, st, t, z]];
  }],
  ['catheter order HCPCS lines and order number', (d) => {
    const o = d.orderNo();
    return [`Order #${o}: A4351 hydrophilic straight 14 Fr x 200/month; A4402 lubricant x 4. Dx N31.9 neurogenic bladder; cath 6-7x daily.`, [o]];
  }],
  ['supplier account and next shipment', (d) => {
    const acct = d.account(); const w = d.weekday(); const md = d.slashMd();
    return [`${d.pick(SUPPLIERS)} account ${acct}; next shipment leaves ${w} ${md}, signature required.`, [acct, w, md]];
  }],
  ['ordering physician NPI and signature date', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const dt = d.mdy();
    return [`Ordering physician: ${g} ${s}, MD   NPI ${npi}   Date signed ${dt}`, [g, s, npi, dt]];
  }],
  ['intake SSN Medicare and secondary member id', (d) => {
    const ssn = d.ssn(); const mbi = d.mbi(); const m = d.memberId();
    return [`SSN: ${ssn}   Medicare (MBI): ${mbi}   Secondary: ${d.payer()} ID ${m}`, [ssn, mbi, m]];
  }],
  ['local home medical supplier street phone fax', (d) => {
    const dm = d.dme(); const st = d.street(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`Local supplier: ${dm}, ${st}; ph ${ph}, fax ${fx}. Leg bags and overnight drainage bags only.`, [dm, st, p, pf]];
  }],
  ['home health Foley change', (d) => {
    const ag = `${d.county()} County Home Health`; const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`${ag} changes 16 Fr Foley every 30 days; last change ${md} by ${g} ${s}, RN. Urine clear.`, [ag, md, g, s]];
  }],
  ['suprapubic tube exchange lot and initials', (d) => {
    const dt = d.date(); const lot = d.lot(); const i = d.initials();
    return [`SPT exchange ${dt}: 18 Fr silicone catheter, 10 mL sterile water in balloon, lot ${lot}. Done by ${i} without difficulty.`, [dt, lot, i]];
  }],
  // stone analysis lab slips
  ['stone analysis slip header', (d) => {
    const acc = d.accession(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const c = d.date(); const r = d.date();
    return [`STONE ANALYSIS   Accession: ${acc}\nPatient: ${s}, ${g}   DOB: ${dob}\nCollected: ${c}   Received: ${r}`, [acc, s, g, dob, c, r]];
  }],
  ['lab CLIA number and director', (d) => {
    const l = d.lab(); const clia = d.clia(); const g = d.given(); const s = d.sur();
    return [`${l} | CLIA ${clia} | Laboratory Director: ${g} ${s}, MD, PhD`, [l, clia, g, s]];
  }],
  ['stone composition verified with initials', (d) => {
    const md = d.slashMd(); const i = d.initials();
    return [`Composition (FTIR): calcium oxalate monohydrate 70%, calcium phosphate (apatite) 30%. Verified ${md} ${d.time()} ${i}.`, [md, i]];
  }],
  ['requisition ordering clinician and results fax', (d) => {
    const req = d.requisition(); const [doc, p] = d.doctor(); const c = d.clinic(); const [fx, pf] = d.phone();
    return [`Req #${req}   Ordering: ${doc}, ${c}   Fax results to ${fx}`, [req, ...p, c, pf]];
  }],
  ['24-hour urine results reviewed weekday', (d) => {
    const md = d.monDay(); const w = d.weekday();
    return [`24-h urine (collected ${md}): volume 1.2 L, oxalate 52 mg, citrate 180 mg, SS CaOx 9.8. Reviewed with the patient by phone ${w}.`, [md, w]];
  }],
  // referral letters
  ['referral letter address block', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const pc = d.pcp(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${g} ${s}, MD\n${pc}\n${st}\n${t}, ${d.state()} ${z}`, [dt, g, s, pc, st, t, z]];
  }],
  ['letter salutation and visit date', (d) => {
    const s = d.sur(); const ps = d.sur(); const md = d.monDay();
    return [`Dear Dr. ${s},\nThank you for referring ${d.title()} ${ps}, whom I saw on ${md} for recurrent calcium oxalate stones.`, [s, ps, md]];
  }],
  ['letter cc line', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.nephClinic();
    return [`cc: ${g} ${s}, CNP; ${n}; patient (via portal)`, [g, s, n]];
  }],
  ['practice letterhead address phone fax url', (d) => {
    const c = d.clinic(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone(); const u = d.url();
    return [`${c}\n${st} | ${t}, ${d.state()} ${z}\nTel ${ph} | Fax ${fx} | ${u}`, [c, st, t, z, p, pf, u]];
  }],
  ['nephrology referral for access planning', (d) => {
    const [doc, p] = d.doctor(); const n = d.nephClinic();
    return [`Referred by ${doc} (${n}) for AV fistula planning; eGFR 13, expected to start hemodialysis within 6 months.`, [...p, n]];
  }],
  ['nurse navigator contact in letter', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const em = d.email(g, s);
    return [`Questions? Contact our nurse navigator, ${g} ${s}, RN, at ${ph} or ${em}.`, [g, s, p, em]];
  }],
  // prior authorizations
  ['prior auth request member and group', (d) => {
    const g = d.given(); const s = d.sur(); const m = d.memberId(); const grp = d.groupNo();
    return [`PRIOR AUTHORIZATION REQUEST - ${d.payer()}\nMember: ${g} ${s}   ID: ${m}   Group: ${grp}\nService: CPT 52441, prostatic urethral lift, 4 implants`, [g, s, m, grp]];
  }],
  ['auth approved number and valid dates', (d) => {
    const a = d.authNo(); const [d1, d2] = d.span(true); const asc = d.asc();
    return [`Approved: auth #${a}, valid ${d1} through ${d2}, place of service ${asc}.`, [a, d1, d2, asc]];
  }],
  ['peer to peer with plan medical director', (d) => {
    const wd = d.weekdayDate(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Peer-to-peer ${wd} at 2:30 PM with the ${d.payer()} medical director, Dr. ${g} ${s} (${ph}); denial overturned.`, [wd, g, s, p]];
  }],
  ['appeal reference and filing date', (d) => {
    const dt = d.date(); const ref = `APL${d.digitString(7)}`;
    return [`Level 1 appeal filed ${dt}, reference ${ref}; letter of medical necessity and voiding diary attached.`, [dt, ref]];
  }],
  ['testosterone prescriber DEA and licence', (d) => {
    const g = d.given(); const s = d.sur(); const dea = d.dea(s); const lic = d.license();
    return [`Testosterone cypionate 200 mg/mL, 1 mL IM every 14 days (C-III).\nPrescriber: ${g} ${s}, MD   DEA ${dea}   ${d.pick(['MN', 'WI', 'IA'])} Lic ${lic}`, [g, s, dea, lic]];
  }],
  ['pharmacy PA key and submission date', (d) => {
    const k = d.paKey(); const md = d.slashMd();
    return [`CoverMyMeds key ${k} submitted ${md} for Myrbetriq 50 mg after failed trials of oxybutynin and trospium.`, [k, md]];
  }],
  ['billing provider TIN and NPI', (d) => {
    const c = d.clinic(); const tin = d.tin(); const npi = d.npi();
    return [`Billing provider: ${c}   TIN ${tin}   Group NPI ${npi}`, [c, tin, npi]];
  }],
  // voiding diaries and urodynamics
  ['bladder diary header name and start date', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`3-DAY BLADDER DIARY\nName: ${g} ${s}   Start date: ${md}\nRecord every void (mL), leak and pad change.`, [g, s, md]];
  }],
  ['bladder diary day row by weekday', (d) => {
    const w = d.weekday();
    return [`Day 1 (${w}): 06:10 void 420 mL; 09:30 void 180 mL, urge 3; 11:00 small leak, changed pad; 2 cups coffee.`, [w]];
  }],
  ['diary reviewed by continence nurse', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Diary reviewed ${md} by ${g} ${s}, RN, CWOCN: frequency 14/day, nocturia x3, max voided volume 280 mL.`, [md, g, s]];
  }],
  ['urodynamics date system serial and examiner', (d) => {
    const dt = d.date(); const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`Urodynamics ${dt}: Laborie Aquarius system S/N ${sn}; study by ${g} ${s}, CUDS. Detrusor overactivity at 180 mL.`, [dt, sn, g, s]];
  }],
  ['bedwetting diary kept by a parent', (d) => {
    const g = d.given(); const c = d.given(); const md = d.monDay();
    return [`Bedwetting diary kept by ${d.pick(['mother', 'father', 'grandmother'])} ${g} for ${c}, age 7: wet 9 of 14 nights. Alarm started ${md}.`, [g, c, md]];
  }],
  ['pelvic floor PT referral', (d) => {
    const pt = d.ptClinic(); const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`Referral to ${pt} for pelvic floor therapy with ${g} ${s}, DPT; first visit ${md}.`, [pt, g, s, md]];
  }],
  // patient portal messages
  ['portal message header', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const c = d.clinic(); const wd = d.weekdayDate();
    return [`From: ${g} ${s} <${em}>\nTo: ${c} Nurse Line\nSent: ${wd} ${d.time()}\nSubject: Blood in urine`, [g, s, em, c, wd]];
  }],
  ['portal symptoms since a weekday', (d) => {
    const g = d.given(); const w = d.weekday(); const o = ordinal(d.int(1, 28));
    return [`Hi, this is ${g}. I've had pink urine since ${w} and some burning. My catheter was changed on the ${o}. Should I come in?`, [g, w, o]];
  }],
  ['portal reply signed by nurse', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`Thank you for your message. I spoke with Dr. ${s}, who would like a urine culture at the lab today.\n- ${g} ${s2}, RN`, [s, g, s2]];
  }],
  ['portal audit message id and IP', (d) => {
    const id = d.digitString(9); const dt = d.mdy(); const ip = d.ip(); const g = d.given();
    return [`Audit: message ${id} read ${dt} ${d.time()} from IP ${ip} (proxy user: ${d.relation()} ${g}).`, [id, dt, ip, g]];
  }],
  ['portal proxy access invitation and link', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const u = d.url();
    return [`Proxy access granted to ${d.relation()} ${g} ${s}; invitation sent to ${em}. Log in at ${u}.`, [g, s, em, u]];
  }],
  ['portal stone caught drop-off', (d) => {
    const w = d.weekday(); const c = d.clinic();
    return [`I caught the stone ${w}! Can I drop it off at the ${c} front desk, or do I mail it to the lab?`, [w, c]];
  }],
  ['video visit link', (d) => {
    const [doc, p] = d.doctor(); const wd = d.weekdayDate(); const u = d.url();
    return [`Your video visit with ${doc} is ${wd} at 10:20 AM. Join from your phone: ${u}`, [...p, wd, u]];
  }],
  ['portal address and phone change', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone();
    return [`Please update my address to ${st}, ${t}, ${d.state()} ${z}. My new cell is ${ph}. Thanks!`, [st, t, z, p]];
  }],
  // dialysis access
  ['AV fistula operative note header', (d) => {
    const dt = d.date(); const h = d.hospital(); const [doc, p] = d.surgeon();
    return [`OPERATIVE NOTE   ${dt}\n${h}\nProcedure: left radiocephalic arteriovenous fistula creation\nSurgeon: ${doc}`, [dt, h, ...p]];
  }],
  ['dialysis unit charge nurse access concern', (d) => {
    const u = d.unit(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`${u} reports prolonged bleeding after needle removal x3 runs; charge nurse ${g} ${s} (${ph}) requests a fistulagram this week.`, [u, g, s, p]];
  }],
  ['fistulagram accession at access centre', (d) => {
    const md = d.slashMd(); const ac = d.accessCenter(); const acc = d.accession();
    return [`Fistulagram ${md} at ${ac}, accession ${acc}: 70% juxta-anastomotic stenosis, PTA to 6 mm with good thrill after.`, [md, ac, acc]];
  }],
  ['vein mapping sonographer initials', (d) => {
    const dt = d.date(); const i = d.initials();
    return [`Vein mapping ${dt}: L cephalic 3.1 mm at the wrist, 3.8 mm at the antecubital fossa; radial artery 2.4 mm. Sonographer ${i}, RVT.`, [dt, i]];
  }],
  ['graft lot and outflow component serial', (d) => {
    const lot = d.lot(); const sn = d.serial();
    return [`Implant: GORE PROPATEN 6 mm x 40 cm graft, lot ${lot}; HeRO venous outflow component S/N ${sn}.`, [lot, sn]];
  }],
  ['catheter exchange with county transit', (d) => {
    const w = d.weekday(); const tr = `${d.county()} County Transit`; const u = d.unit();
    return [`Tunneled HD catheter exchanged over a wire in IR ${w}; ${tr} to take the patient back to ${u} for 2nd shift.`, [w, tr, u]];
  }],
  ['CKD note county of residence', (d) => {
    const c = d.county();
    return [`CKD G4 A3 from diabetic nephropathy. Lives on a farm in ${c} County, ${d.state()}, 70 miles from the nearest unit; prefers home PD.`, [c]];
  }],
  // implants
  ['artificial urinary sphincter implant record', (d) => {
    const a = d.serial(); const b = d.serial(); const dt = d.date(); const h = d.hospital();
    return [`AMS 800 record: 4.5 cm cuff S/N ${a}; pump S/N ${b}; PRB 61-70 cmH2O. Implanted ${dt} at ${h}; activate at 6 weeks.`, [a, b, dt, h]];
  }],
  ['sacral neuromodulator serial and company rep', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`InterStim Micro INS S/N ${sn} reprogrammed by Medtronic representative ${g} ${s}; program 2 at 1.2 mA.`, [sn, g, s]];
  }],
  // the rest of a clinic's paper
  ['billing statement account and pay link', (d) => {
    const dt = d.mdy(); const acct = d.account(); const u = d.url();
    return [`Statement date ${dt}   Account ${acct}   Amount due $${d.int(20, 900)}.${pad2(d.int(0, 99))}\nPay online: ${u}`, [dt, acct, u]];
  }],
  ['semen analysis drop-off after vasectomy', (d) => {
    const l = d.lab(); const w = d.weekday(); const md = d.slashMd();
    return [`Post-vasectomy semen analysis: bring the specimen to ${l} within 1 hour, ${w} ${md} before noon.`, [l, w, md]];
  }],
  ['vasectomy consult partner and date', (d) => {
    const g = d.given(); const wd = d.weekdayDate();
    return [`Vasectomy consult; ${d.pick(['wife', 'partner'])} ${g} present and in agreement. Procedure booked ${wd} in the office with oral diazepam.`, [g, wd]];
  }],
  ['insurance subscriber and employer', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const e = d.employer();
    return [`Subscriber: ${d.relation()} ${g} ${s}, DOB ${dob}; employer ${e}.`, [g, s, dob, e]];
  }],
  ['emergency contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Emergency contact: ${g} ${s} (${d.relation()}) ${ph}`, [g, s, p]];
  }],
  ['outside records faxed and scanned', (d) => {
    const h = d.hospital(); const dt = d.mdy(); const i = d.initials();
    return [`Outside records from ${h} received by fax ${dt} (${d.int(4, 40)} pages), scanned to media by ${i}.`, [h, dt, i]];
  }],
  ['ED visit for renal colic', (d) => {
    const h = d.hospital(); const md = d.monDay();
    return [`Seen at ${h} ED ${md} for renal colic; CT showed a 5 mm right UVJ stone with mild hydronephrosis.`, [h, md]];
  }],
  ['nursing home resident over 89 with SPT', (d) => {
    const n = d.ageOver89(); const l = d.ltc(); const g = d.given(); const s = d.sur();
    return [`${n} y/o resident of ${l} with a suprapubic tube; facility nurse ${g} ${s} calls about leakage around the tube.`, [n, l, g, s]];
  }],
  ['work note dates and employer fax', (d) => {
    const [a, b] = d.span(false); const e = d.employer(); const [fx, p] = d.phone();
    return [`Work note: off work ${a} through ${b}, no lifting over 10 lb; faxed to ${e} HR at ${fx}.`, [a, b, e, p]];
  }],
  ['prostatectomy pathology date hospital accession', (d) => {
    const dt = d.date(); const h = d.hospital(); const acc = d.accession();
    return [`Robotic radical prostatectomy ${dt} at ${h}; surgical pathology ${acc}: pT2 N0, margins negative, Grade Group 2.`, [dt, h, acc]];
  }],
];

/** The names of the wave's frames. */
export const urologyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function urologyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 6007, rounds);
}

/** Look-alikes in urology and access-clinic style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms, anatomy and devices named for people
  ['Foley catheter 16 Fr, 10 mL balloon, draining clear yellow urine.', 'Foley'], ['Coudé-tip catheter needed to pass the prostatic urethra.', 'Coudé'],
  ['Council-tip catheter placed over a wire.', 'Council-tip'], ['Malecot nephrostomy tube to gravity drainage.', 'Malecot'],
  ['Gleason 3+4=7 (Grade Group 2) in 3 of 12 cores.', '3+4=7'], ['Bosniak IIF cyst of the left kidney, follow with MRI.', 'Bosniak IIF'],
  ["No crepitus; Fournier's gangrene ruled out.", "Fournier's"], ["Peyronie's disease with 40 degree dorsal curvature.", "Peyronie's"],
  ['Wilms tumor as a child, s/p right nephrectomy.', 'Wilms'], ["Randall's plaques seen on the papillae.", "Randall's"],
  ['Mitrofanoff appendicovesicostomy catheterized every 4 hours.', 'Mitrofanoff'], ['Boari flap with psoas hitch.', 'Boari'],
  ['Indiana pouch catheterized four times a day.', 'Indiana pouch'], ['Studer neobladder, voids by Valsalva.', 'Studer'],
  ['Bricker ileal conduit since 2014.', 'Bricker'], ['Anderson-Hynes dismembered pyeloplasty.', 'Anderson-Hynes'],
  ['Whitaker test negative for obstruction.', 'Whitaker'], ['Burch colposuspension remotely.', 'Burch'],
  ['History of Marshall-Marchetti-Krantz procedure.', 'Marshall-Marchetti-Krantz'], ['Empties by Credé maneuver.', 'Credé'],
  ["Gerota's fascia intact on CT.", "Gerota's"], ["Denonvilliers' fascia preserved.", "Denonvilliers'"], ["Incised Buck's fascia.", "Buck's"],
  ['Dissection into the space of Retzius.', 'Retzius'], ['Santorini plexus ligated.', 'Santorini'], ["Access along Brödel's line.", "Brödel's"],
  ["Skene's gland cyst, 1 cm.", "Skene's"], ["Cowper's duct cyst on urethrogram.", "Cowper's"], ['Klinefelter syndrome (47,XXY).', 'Klinefelter'],
  ['Kallmann syndrome on hCG.', 'Kallmann'], ['von Hippel-Lindau disease with bilateral renal masses.', 'Hippel-Lindau'],
  ['Hinman syndrome (non-neurogenic neurogenic bladder).', 'Hinman'], ['Young syndrome with obstructive azoospermia.', 'Young'],
  ['Cohen cross-trigonal reimplant at age 4.', 'Cohen'], ['Politano-Leadbetter reimplantation.', 'Politano-Leadbetter'],
  ['Valsalva leak point pressure 65 cmH2O.', 'Valsalva'], ['Clavien-Dindo grade II complication.', 'Clavien-Dindo'],
  ['Fuhrman grade 2 clear cell RCC.', 'Fuhrman'], ['Wallace uretero-ileal anastomosis.', 'Wallace'], ['Allen test normal at the left wrist.', 'Allen'],
  ['Hasson trocar at the umbilicus.', 'Hasson'], ['Pfannenstiel incision healing well.', 'Pfannenstiel'], ['Gibson incision for the transplant kidney.', 'Gibson'],
  ['Prehn sign negative; cremasteric reflex present.', 'Prehn'], ['Hunner lesions seen on hydrodistension.', 'Hunner'],
  ['Chips evacuated with the Ellik.', 'Ellik'], ['Clots irrigated with a Toomey syringe.', 'Toomey'], ['Fragments extracted with a Dormia basket.', 'Dormia'],
  ['Brescia-Cimino fistula, left wrist.', 'Brescia-Cimino'], ['Tenckhoff catheter exit site clean.', 'Tenckhoff'], ['Bell clapper deformity fixed bilaterally.', 'Bell clapper'],
  // scores and measures
  ['IPSS 19, QoL 4.', 'IPSS 19'], ['SHIM 14.', 'SHIM 14'], ['PSA 6.8 ng/mL.', '6.8 ng/mL'], ['PSA density 0.18.', '0.18'], ['PI-RADS 4 lesion, left peripheral zone.', 'PI-RADS 4'],
  ['Prostate volume 52 cc on TRUS.', '52 cc'], ['Qmax 8 mL/s, voided volume 210 mL.', 'Qmax 8 mL/s'], ['PVR 240 mL by bladder scan.', 'PVR 240 mL'],
  ['Stone 7 x 5 mm, 1100 HU.', '1100 HU'], ['RENAL nephrometry score 8a.', '8a'], ['Clinical stage cT1c N0 M0.', 'cT1c'], ['pT2a NX, margins negative.', 'pT2a'],
  ['Decipher 0.41 (low risk).', 'Decipher 0.41'], ['CKD G3b A2.', 'G3b A2'], ['UACR 420 mg/g.', '420 mg/g'], ['Urine citrate 210 mg/day.', '210 mg/day'],
  ['Supersaturation CaOx 9.8.', '9.8'], ['3000 shocks at 90 per minute.', '3000 shocks'], ['Holmium 0.4 J x 60 Hz.', '0.4 J x 60 Hz'],
  ['6 Fr x 26 cm double-J stent.', '6 Fr x 26 cm'], ['BOOI 52, BCI 98.', 'BOOI 52'], ['Access flow 650 mL/min.', '650 mL/min'], ['Cephalic vein 3.2 mm.', '3.2 mm'],
  ['Nocturia x3 per night.', 'x3'], ['12-core systematic biopsy.', '12-core'],
  // drugs and brands
  ['tamsulosin 0.4 mg nightly (Flomax)', 'Flomax'], ['finasteride 5 mg (Proscar)', 'Proscar'], ['Myrbetriq 50 mg daily', 'Myrbetriq'], ['Gemtesa 75 mg', 'Gemtesa'],
  ['Lupron Depot 22.5 mg every 3 months', 'Lupron Depot'], ['Firmagon 240 mg loading dose', 'Firmagon'], ['Xtandi 160 mg daily', 'Xtandi'], ['Zytiga with prednisone 5 mg', 'Zytiga'],
  ['BCG TICE strain, 6-week induction', 'TICE'], ['mitomycin C 40 mg instillation', 'mitomycin C'], ['Urocit-K 15 mEq twice daily', 'Urocit-K'],
  ['Macrobid 100 mg BID x 5 days', 'Macrobid'], ['Botox 100 units intradetrusor', 'Botox'], ['Pyridium 200 mg TID x 2 days', 'Pyridium'], ['Cialis 5 mg daily', 'Cialis'],
  ['Xiaflex cycle 2 of 4', 'Xiaflex'], ['Jelmyto for upper tract disease', 'Jelmyto'],
  // device makers and models
  ['UroLift, 4 implants', 'UroLift'], ['Rezum water vapor therapy', 'Rezum'], ['AMS 800 artificial urinary sphincter', 'AMS 800'], ['Coloplast Titan penile prosthesis', 'Coloplast Titan'],
  ['InterStim Micro', 'InterStim Micro'], ['SpaceOAR hydrogel placed', 'SpaceOAR'], ['SpeediCath Compact 12 Fr', 'SpeediCath'], ['LoFric Origo catheters', 'LoFric'],
  ['Dornier Delta III lithotripter', 'Delta III'], ['Olympus CYF-VH cystoscope', 'CYF-VH'], ['LithoVue single-use ureteroscope', 'LithoVue'],
  ['Stent from Boston Scientific', 'Boston Scientific'], ['Gore Acuseal graft', 'Acuseal'], ['WavelinQ endovascular fistula', 'WavelinQ'],
  // stone compositions
  ['Calcium oxalate monohydrate (whewellite) 80%', 'whewellite'], ['Struvite (magnesium ammonium phosphate)', 'Struvite'], ['Cystine 100%', 'Cystine 100%'], ['Uric acid 90%', 'Uric acid 90%'],
  ['Brushite 60%', 'Brushite'],
  // codes
  ['CPT 52000 cystourethroscopy', '52000'], ['CPT 50590 lithotripsy', '50590'], ['CPT 52356', '52356'], ['CPT 55700 prostate biopsy', '55700'], ['HCPCS A4351 x 200/month', 'A4351'],
  ['A4352 coudé catheters', 'A4352'], ['J9217 leuprolide 7.5 mg', 'J9217'], ['ICD-10 N20.0 calculus of kidney', 'N20.0'], ['N40.1 BPH with LUTS', 'N40.1'], ['C61 prostate cancer', 'C61'],
  ['R31.0 gross hematuria', 'R31.0'], ['Z87.442 history of urinary calculi', 'Z87.442'],
  // cycles, days and intervals
  ['Stent on a string: remove in 5 days.', '5 days'], ['POD 1 after PCNL.', 'POD 1'], ['Day 2 of the diary.', 'Day 2'], ['Self-cath every 4 hours while awake.', 'every 4 hours'],
  ['Cycle 3 of BCG maintenance.', 'Cycle 3'], ['3-month PSA recheck.', '3-month'], ['Second stent this year; 3rd episode of pyelonephritis.', '3rd episode'],
  // everyday words that are also names or towns
  ['Strain all urine to catch the stone.', 'stone'], ['Amber urine in the morning, clear by noon.', 'Amber'], ['Drain bag by gravity overnight.', 'gravity'],
  ['Superior pole of the left kidney.', 'Superior'], ['Early morning voids are the largest.', 'Early'], ['Welcome to the stone clinic!', 'Welcome'],
  ['Good luck with your procedure tomorrow.', 'luck'], ['A friend drove him home.', 'friend'], ['Will return in 3 months.', 'Will'], ['Reliance on pads has decreased.', 'Reliance'],
  ['Faith is very important to her.', 'Faith'], ['Urine flow is weak, with a long drain time.', 'drain'],
  // relations, roles, ages, years, generic places, states, payers, suppliers, labs and societies
  ['His wife drove him home.', 'wife'], ['The patient is an 88-year-old man.', '88'], ['Diagnosed with prostate cancer in 2016.', '2016'],
  ['Seen in the urology clinic today.', 'urology clinic'], ['Referred to the stone clinic.', 'stone clinic'], ['Back to the dialysis unit for 2nd shift.', 'dialysis unit'],
  ['Recently moved from Minnesota.', 'Minnesota'], ['Recently returned from Denmark.', 'Denmark'], ['Medicare Part B covers the catheters.', 'Medicare'], ['Medica denied the first request.', 'Medica'],
  ['Blue Cross requires prior authorization.', 'Blue Cross'], ['24-hour urine through Litholink.', 'Litholink'], ['Catheters ship from Edgepark.', 'Edgepark'], ['PSA drawn at Labcorp.', 'Labcorp'],
  ['Per AUA guideline on microhematuria.', 'AUA'], ['NCCN very low risk.', 'NCCN'], ['The charge nurse called.', 'charge nurse'], ['Our nurse navigator will call.', 'nurse navigator'],
];

export const urologyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedUrologyKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(urologyKeepCases(), find);

export function scoreUrologyWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => urologyWaveCases(seed)), find);
}
