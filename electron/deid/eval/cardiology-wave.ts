// A blind wave of cardiology and cath-lab documents: cardiac catheterization and PCI reports (the patient's header, the
// hospital and its lab, primary operator, fellow, scrub and circulating staff with their initials, the referring
// physician and practice, stent, balloon and closure-device lots next to their kept catalog numbers, case numbers,
// prior interventions with their dates and hospitals, STEMI transfers by ambulance service or helicopter tail number,
// structural heart team conferences on a weekday, post-cath call-backs), echocardiogram, TEE and stress test reports
// (accessions, sonographers, the reading cardiologist's signature, comparisons with outside studies, the nuclear
// pharmacy's unit dose, Holter, Zio and event monitors with their serials, wear windows and enrollment ids), device
// clinic notes (generator and lead serials beside their kept models, implant dates, implanting physicians and hospitals,
// the vendor's representative, remote monitoring ids and bedside monitor serials, the home communicator's IP address,
// shocks on a weekday or a holiday in the patient's town, battery replacement dates, MRI clearance at a named imaging
// center, device ID cards, the device clinic's phone line, fax and shared inbox), cardiac rehabilitation progress notes
// (the program, the exercise physiologist, sessions, the patient's home address and walking route, graduation on a
// holiday), heart failure clinic letters (to the referring physician, CardioMEMS sensor serials and patient ids,
// wearable defibrillator serials and the vendor's patient advocate, prior authorizations and member ids, the specialty
// pharmacy, referral to an advanced heart failure center), anticoagulation clinic logs (INR rows with dates and the
// nurse's initials, home INR meters and their testing service, messages left with a relative, bridging around a named
// surgeon's procedure, the clinic pharmacist), telemetry handoffs (age over 89, runs of VT at a time and date, the
// monitor tech's initials, pagers, family contacts, transfers in by a named ambulance service with its run number), and
// referral letters between cardiology practices (letterheads with address, phone and fax, RE lines with DOB, MRN and
// SSN, cc lists with NPIs, records requests, appointment letters, portal links, commercial driver clearance with CDL,
// medical examiner certificate and registry numbers, the physician's licence number), in mixed case, ALL CAPS and lower
// case. Dates are written in every form these records use ('03/04/2022', '3/4/22', '4 March 2022', '2022-03-04',
// '04-MAR-2022', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2019', '3/2019', 'Christmas Eve'). Given names and
// surnames are often everyday words or eponyms (Hope, Duke, Rocky, Faith; Hart, Stone, Pace, Beck, Levine, Austin) and
// towns are often everyday words (Liberty, Harmony, Valentine, Loveland, Normal, Mobile). A list of look-alikes in the
// same style must not be touched. Written without reading the engine's rules or any gold data. `scoreCardiologyWave`.
// Decisions: a person's given name and surname are planted (patients, relatives, physicians, fellows, technologists,
// sonographers, nurses, exercise physiologists, pharmacists, vendor representatives), with or without a title, a title
// ('Dr.', 'Mrs.') and a credential ('MD', 'FACC', 'FSCAI', 'RCIS', 'RDCS', 'CCDS', 'CEP', 'PharmD', 'NP') are not, nor
// is a middle initial; staff initials that sign a log are planted; a role without a name ('the Abbott rep', 'the
// fellow') is kept; a hospital, a heart institute, a cardiology practice, a rehab program, an anticoagulation clinic, a
// monitoring company, an imaging center, a pharmacy and an ambulance service are planted whole with their kind words
// ('Liberty Heart Institute', 'Pace Cardiovascular Associates', 'Harmony Ambulance Service'), while a manufacturer or a
// payer named alone ('Medtronic', 'Boston Scientific', 'Zoll', 'iRhythm', 'Medica') is kept, as is a lab within the
// hospital ('Cath Lab 2', 'EP Lab 1'); a device's product and model ('Azure XT DR', 'W1DR01', 'CapSureFix 5076-58',
// 'Xience Sierra 3.0 x 23 mm', REF numbers) are kept, its serial is planted, and so is the lot of a stent, a balloon or a
// closure device; remote monitoring patient ids, bedside monitor serials, CardioMEMS and wearable defibrillator serials,
// Holter, Zio and event monitor serials and enrollment ids, home INR meter serials, IP addresses, case numbers,
// accessions, MRNs, account numbers, member and authorization numbers, MBIs, SSNs, NPIs, licence, CDL and certificate
// numbers, unit dose prescription numbers, ambulance run numbers and helicopter tail numbers are planted whole; a town
// is planted and a state is kept; a street address is planted from its number to its street type and a ZIP with its +4;
// every date element but the year is planted (a full date, a month and day, a month with a year, a weekday, an ordinal
// day, a holiday that fixes a day, a wear window's two ends), and a time beside a date is kept; ages over 89 are
// planted; phones, pagers and faxes are planted without a leading '(' or '+1'; e-mails and portal URLs are planted
// whole. Kept (look-alikes): eponyms (Bruce, Naughton, Judkins, Amplatz, Swan-Ganz, Brugada, Mobitz, Wenckebach, Holter,
// Doppler, Wolff-Parkinson-White, Duke treadmill score, Levine sign, Austin Flint, Graham Steell, Kussmaul, Beck's triad,
// Osborn, Wellens, de Winter, Sgarbossa, Fick, Gorlin, Simpson, Bernoulli, Kerley, Allen, Barbeau, Seldinger, Valsalva,
// Dressler, Marfan, Ebstein, Eisenmenger, Fallot, Takotsubo, Chagas, Bazett, Sokolow-Lyon, Cornell), device makers,
// products, models, lead types and pacing modes, stents, catheters and closure devices, scores and classes
// (CHA2DS2-VASc, HAS-BLED, TIMI, GRACE, HEART, SYNTAX, NYHA, Killip, CCS), measurements (EF 35%, 2/6 murmur, 120/80,
// LAD 70%, gradients, pressures, QTc, METs, INR), drugs and doses, CPT and ICD-10 codes, rehab session counts and
// schedules, labs and rooms within the hospital, generic places and roles, everyday words that are also names or towns,
// relations without names, ages of 89 and under, years alone, states, manufacturers and payers named alone.
// Measured before rules: 0.940 recall on seeds 5, 11, 23 (4085/4346), 0.940 on fresh seeds 41, 42, 43 (4097/4359); 8/149
// look-alikes touched ("Austin Flint", "Graham Steell", "Fick", "Simpson's", "Cornell", "Acticor 7 VR-T DX", "LifeVest",
// "Xience Sierra") (engine at 029ca6a).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as za } from '@faker-js/faker/locale/en_ZA';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as tr } from '@faker-js/faker/locale/tr';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, ie, inn, za, de, pl, es, tr, fi];

/** Given names and surnames that are everyday words, or eponyms the wave also keeps. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Charity', 'Constance', 'Patience', 'Destiny', 'Ruby', 'Pearl', 'Opal', 'Ginger', 'Candy', 'Dawn', 'April', 'June', 'Rose', 'Iris', 'Duke', 'Rocky', 'Bill', 'Art', 'Chip', 'Buck', 'Rusty', 'Dusty', 'Gene', 'Earl', 'Major', 'Sonny', 'Chance', 'Lance', 'Austin', 'Wade', 'Miles'];
const WORD_SUR = ['Hart', 'Stone', 'Hill', 'Pace', 'Sparks', 'Flowers', 'Valentine', 'Strong', 'Swift', 'Rush', 'Love', 'Young', 'Wells', 'Banks', 'Bishop', 'Church', 'Cross', 'Frost', 'Glass', 'Hale', 'Hardy', 'Little', 'Long', 'Moody', 'Rich', 'Root', 'Sharp', 'Short', 'Steele', 'Temple', 'Ward', 'West', 'Wise', 'Beck', 'Graham', 'Levine', 'Austin', 'Fallon', 'Bruce', 'Fisher', 'Mercer'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Hope', 'Harmony', 'Concord', 'Valentine', 'Loveland', 'Paradise', 'Eden', 'Independence', 'Union', 'Commerce', 'Friendship', 'Normal', 'Bath', 'Reading', 'Dover', 'Marion', 'Florence', 'Warren', 'Jasper', 'Canton', 'Sparta', 'Athens', 'Cairo', 'Lebanon', 'Temple', 'Tyler', 'Troy', 'Salem', 'Milan', 'Vienna', 'Mobile', 'Enterprise', 'Beloit', 'Plainview', 'Fairmont', 'Mankato', 'Pipestone'];
const REAL_TOWNS = ['Rochester', 'Sioux Falls', 'Fargo', 'Bismarck', 'Grand Island', 'Kearney', 'Salina', 'Hutchinson', 'Joplin', 'Peoria', 'Quincy', 'Dubuque', 'Waterloo', 'Ames', 'Eau Claire', 'La Crosse', 'Wausau', 'Duluth', 'Marquette', 'Aberdeen', 'Mitchell', 'Norfolk', 'Hastings', 'Ottumwa', 'Mason City', 'St. Cloud', 'Minot', 'Rapid City'];
const STATES = ['MN', 'IA', 'NE', 'KS', 'SD', 'ND', 'WI', 'MO', 'IL', 'Iowa', 'Minnesota', 'Nebraska', 'Wisconsin'];
const STREET_WORDS = ['Main', 'Prairie', 'Elm', 'Oak', 'Cottonwood', 'Linden', 'Willow', 'Birch', 'Lincoln', 'Jefferson', 'Second', 'Fourth', 'Lakeshore', 'Bluff', 'Ridgeview', 'Harvest', 'Meadowlark', 'Sunrise', 'Aspen', 'Cedar Creek'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Blvd', 'Ct', 'Pl', 'Way', 'Trail'];
const SAINTS = ['Luke', 'Mary', 'Joseph', 'Cloud', 'Francis', 'Gabriel', 'Elizabeth', 'Anthony', 'Catherine', 'Alexius', 'Michael', 'Benedict'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'Heart Hospital', 'Memorial Hospital', 'Community Hospital', 'Lutheran Hospital', 'Methodist Hospital', 'Regional Health'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WKD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'son-in-law', 'daughter-in-law', 'granddaughter', 'grandson', 'niece', 'nephew', 'neighbor', 'partner'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Miss'];
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Independence Day', 'Thanksgiving Day', "Valentine's Day", 'Halloween', 'Veterans Day', "St. Patrick's Day", 'Labor Day', 'Memorial Day'];
const CREDENTIALS = ['MD', 'MD, FACC', 'DO, FACC', 'MD, FSCAI', 'MD, FHRS', 'DO'];
const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'outlook.com', 'msn.com', 'charter.net', 'aol.com'];
/** Generators with their maker and model code (kept); the serial is drawn in the maker's style (planted). */
const GENERATORS: readonly (readonly [string, string, string])[] = [
  ['Medtronic', 'Azure XT DR MRI SureScan', 'W1DR01'], ['Medtronic', 'Percepta Quad CRT-P MRI', 'W4TR04'], ['Medtronic', 'Visia AF MRI VR', 'DVFB1D4'], ['Medtronic', 'Claria MRI Quad CRT-D', 'DTMA1QQ'],
  ['Boston Scientific', 'Accolade MRI DR', 'L311'], ['Boston Scientific', 'Dynagen Mini ICD', 'D020'], ['Boston Scientific', 'Resonate X4 CRT-D', 'G447'],
  ['Abbott', 'Assurity MRI DR', 'PM2272'], ['Abbott', 'Ellipse VR', 'CD1411-36Q'], ['Abbott', 'Quadra Assura MP', 'CD3371-40Q'],
  ['Biotronik', 'Enitra 8 DR-T', '407137'], ['Biotronik', 'Acticor 7 VR-T DX', '429534'],
];
const LEAD_MODELS = ['CapSureFix Novus 5076-52 cm', 'CapSureFix Novus 5076-58 cm', 'SelectSecure 3830-59 cm', 'Sprint Quattro Secure 6947M-65 cm', 'Attain Stability Quad 4798-88 cm', 'Fineline II 4456-52 cm', 'Reliance 4-Front 0692-59 cm', 'Tendril MRI LPA1200M-58 cm', 'Durata 7122Q-58 cm', 'Solia S 53 cm', 'Plexa ProMRI S DF-1 65 cm'];
const STENTS = ['Xience Sierra 3.0 x 23 mm', 'Xience Skypoint 2.75 x 18 mm', 'Synergy XD 3.5 x 28 mm', 'Resolute Onyx 2.5 x 15 mm', 'Resolute Onyx 4.0 x 12 mm', 'Onyx Frontier 3.0 x 30 mm', 'Synergy Megatron 4.5 x 20 mm'];
const BALLOONS = ['Emerge 2.0 x 15 mm', 'NC Trek 3.5 x 12 mm', 'NC Euphora 4.0 x 8 mm', 'Sprinter Legend 2.5 x 20 mm', 'NC Emerge 3.25 x 12 mm', 'Wolverine cutting balloon 3.0 x 10 mm'];
const CLOSURES = ['Angio-Seal VIP 6F', 'Perclose ProGlide', 'MynxGrip 6F/7F', 'TR Band (regular)', 'Vascade MVP'];
const CONTRAST = ['Omnipaque 350', 'Visipaque 320', 'Isovue 370'];
const PAYERS = ['Medica', 'HealthPartners', 'Wellmark BCBS', 'UnitedHealthcare', 'Humana Gold Plus', 'Aetna', 'Sanford Health Plan', 'Medicare Advantage'];
const HF_DRUGS = ['Entresto 49/51 mg BID', 'Farxiga 10 mg daily', 'Jardiance 10 mg daily', 'Verquvo 2.5 mg daily', 'Corlanor 5 mg BID'];

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
  cred(): string {
    return this.pick(CREDENTIALS);
  }
  /** 'Dr. Stone', 'Dr. Faith Stone', 'Faith Stone, MD' or 'Faith R. Stone, MD, FACC', and the planted parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`Dr. ${s}`, [s]];
    if (k === 1) return [`Dr. ${g} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, ${this.cred()}`, [g, s]];
    return [`${g} ${this.mi()} ${s}, ${this.cred()}`, [g, s]];
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Heart Center'])}`;
    if (x < 0.28) return `${this.sur()} Memorial Hospital`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A cardiology practice or heart institute. */
  practice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Heart Institute`;
    if (k === 1) return `${this.town()} Cardiology Associates`;
    if (k === 2) return `${this.sur()} Cardiovascular Associates`;
    if (k === 3) return `${this.town()} Heart & Vascular Clinic`;
    if (k === 4) return `${this.town()} Valley Cardiology, P.A.`;
    return `Prairie ${this.sur()} Heart Center`;
  }
  /** A primary care or family practice that refers. */
  primaryCare(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.town()} Family Physicians`;
    if (k === 2) return `${this.sur()} Family Practice Clinic`;
    return `${this.town()} Internal Medicine Associates`;
  }
  rehabProgram(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Cardiac Rehabilitation`;
    if (k === 1) return `${this.town()} Cardiopulmonary Rehab Center`;
    return `${this.town()} Heart Fitness Center`;
  }
  anticoagClinic(): string {
    return this.r() < 0.5 ? `${this.town()} Anticoagulation Clinic` : `${this.town()} Coumadin Clinic`;
  }
  imaging(): string {
    return this.r() < 0.5 ? `${this.town()} Imaging Center` : `${this.town()} Diagnostic Imaging`;
  }
  ambulance(): string {
    return this.r() < 0.6 ? `${this.town()} Ambulance Service` : `${this.town()} Area EMS`;
  }
  pharmacy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Drug`;
    if (k === 1) return `${this.sur()} Family Pharmacy`;
    return `${this.town()} Specialty Pharmacy`;
  }
  monitoringCo(): string {
    return this.r() < 0.5 ? `${this.town()} Cardiac Monitoring` : `${this.town()} Heart Monitoring Services`;
  }
  street(): string {
    const name = this.r() < 0.75 ? this.pick(STREET_WORDS) : this.sur();
    return `${this.int(2, 9989)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}${name} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(50001, 68999));
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2010, 2025);
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${this.r() < 0.6 ? ':' : ''}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms these records write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}.${d}.${y}` : `${m}/${d}/${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return this.r() < 0.8 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return this.r() < 0.65 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.r() < 0.8 ? this.pick(WEEKDAYS) : this.pick(WKD);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1926, hi = 1990): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.6 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const x = this.r();
    return x < 0.25 ? `00${this.digitString(6)}` : x < 0.4 ? `E${this.digitString(7)}` : this.digitString(this.int(7, 9));
  }
  account(): string {
    return this.digitString(this.int(9, 11));
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(10, 99))}-${this.digitString(4)}`;
  }
  /** A Medicare Beneficiary Identifier. */
  mbi(): string {
    const L = 'ACDEFGHJKMNPQRTUVWXY';
    const a = (): string => this.lettersOf(L, 1);
    const n = (): string => String(this.int(0, 9));
    const x = (): string => (this.r() < 0.5 ? a() : n());
    return `${this.int(1, 9)}${a()}${x()}${n()}${a()}${x()}${n()}${a()}${a()}${n()}${n()}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return this.digitString(this.int(9, 11));
    return `${this.letters(1)}${this.digitString(8)}${pad2(this.int(1, 3))}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' or '+1 ' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(218, 952));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    const k = this.int(0, 5);
    if (k === 0) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    if (k === 1) return [`+1 ${a} ${b} ${c}`, `${a} ${b} ${c}`];
    if (k === 2) return [`1-${a}-${b}-${c}`, `1-${a}-${b}-${c}`];
    if (k === 3) return [`${a}.${b}.${c}`, `${a}.${b}.${c}`];
    return [`${a}-${b}-${c}`, `${a}-${b}-${c}`];
  }
  ext(): string {
    return this.digitString(this.r() < 0.7 ? 4 : 5);
  }
  pager(): string {
    return this.r() < 0.5 ? this.digitString(4) : `${this.digitString(3)}-${this.digitString(4)}`;
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(40, 99)}`, `${a}${b.charAt(0)}${this.int(1950, 2001)}`]);
    return `${local}@${this.pick(MAIL_HOSTS)}`;
  }
  /** A clinic's shared inbox, its local part one of `boxes`. */
  clinicEmail(boxes: readonly string[]): string {
    const t = asciiLetters(this.town()) || 'liberty';
    return `${this.pick(boxes)}@${t}${this.pick(['heart.org', 'health.org', 'cardiology.com', 'medical.org'])}`;
  }
  /** A window of `lo` to `hi` days, both ends written in one form (with the year or as 'm/d'). */
  span(lo: number, hi: number, withYear: boolean): readonly [string, string] {
    const [m, d] = this.md();
    const start = new Date(Date.UTC(this.year(), m - 1, d));
    const end = new Date(start.getTime() + this.int(lo, hi) * 86400000);
    const k = this.int(0, 7);
    const f = (t: Date): string => (withYear ? writtenDate(k, t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCFullYear())! : `${t.getUTCMonth() + 1}/${t.getUTCDate()}`);
    return [f(start), f(end)];
  }
  portalUrl(): string {
    const t = asciiLetters(this.town()) || 'hope';
    const k = this.int(0, 3);
    if (k === 0) return `https://mychart.${t}health.org`;
    if (k === 1) return `https://www.${t}heart.com/portal/login`;
    if (k === 2) return `https://${t}cardiology.patientportal.net/?id=${this.digitString(6)}`;
    return `www.${t}heartinstitute.org/referrals`;
  }
  ip(): string {
    return this.r() < 0.6 ? `192.168.${this.int(0, 9)}.${this.int(2, 254)}` : `${this.int(24, 99)}.${this.int(10, 250)}.${this.int(0, 255)}.${this.int(2, 254)}`;
  }
  /** A generator drawn as maker, product, model and serial. */
  generator(): readonly [string, string, string, string] {
    const [maker, product, model] = this.pick(GENERATORS);
    let sn: string;
    if (maker === 'Medtronic') sn = `${this.pick(['RNJ', 'PJN', 'BLF', 'RPN', 'NWG'])}${this.digitString(6)}${this.pick(['H', 'S', 'G'])}`;
    else if (maker === 'Boston Scientific') sn = this.digitString(6);
    else if (maker === 'Abbott') sn = this.digitString(this.int(7, 8));
    else sn = this.digitString(8);
    return [maker, product, model, sn];
  }
  leadModel(): string {
    return this.pick(LEAD_MODELS);
  }
  leadSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['PJN', 'BBL', 'LFF', 'TDG'])}${this.digitString(7)}${this.r() < 0.5 ? 'V' : ''}`;
    if (k === 1) return this.digitString(this.int(6, 8));
    return `${this.letters(3)}${this.digitString(6)}`;
  }
  /** A lot number of a stent, balloon or closure device. */
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `00${this.digitString(8)}`;
    return `${this.letters(1)}${this.digitString(6)}`;
  }
  stent(): string {
    return this.pick(STENTS);
  }
  balloon(): string {
    return this.pick(BALLOONS);
  }
  closure(): string {
    return this.pick(CLOSURES);
  }
  contrast(): string {
    return this.pick(CONTRAST);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  hfDrug(): string {
    return this.pick(HF_DRUGS);
  }
  /** A cath lab case number. */
  caseNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `CL-${this.digitString(6)}`;
    if (k === 1) return `${pad2(this.int(15, 25))}-${this.digitString(5)}`;
    return `HC${this.digitString(7)}`;
  }
  accession(): string {
    const k = this.int(0, 2);
    if (k === 0) return `ECH${this.digitString(7)}`;
    if (k === 1) return this.digitString(this.int(8, 10));
    return `${this.letters(2)}-${this.digitString(6)}`;
  }
  remoteId(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(7, 9));
    if (k === 1) return `${this.letters(2)}${this.digitString(6)}`;
    return `${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
  }
  monitorSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(6, 9));
    return `${this.letters(1)}${this.digitString(8)}`;
  }
  authNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `PA${this.digitString(8)}`;
  }
  tailNumber(): string {
    return `N${this.int(100, 999)}${this.letters(2)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // cath lab and PCI
  ['cath report header', (d) => {
    const g = d.given(); const s = d.sur(); const mrn = d.mrn(); const dob = d.dob(); const dt = d.date(); const h = d.hospital();
    return [`CARDIAC CATHETERIZATION REPORT\nPatient: ${s}, ${g}   MRN: ${mrn}   DOB: ${dob}\nProcedure date: ${dt}   Location: Cath Lab ${d.int(1, 4)}, ${h}`, [s, g, mrn, dob, dt, h]];
  }],
  ['cath operators and staff', (d) => {
    const [doc, p] = d.doctor(); const fs = d.sur(); const g = d.given(); const s = d.sur(); const i = d.initials();
    return [`Primary operator: ${doc}\nFellow: Dr. ${fs}\nScrub: ${g} ${s}, RCIS   Circulating RN: ${i}`, [...p, fs, g, s, i]];
  }],
  ['stent lot in implant log', (d) => {
    const st = d.stent(); const lot = d.lot(); const i = d.initials();
    return [`Implant log: ${st} deployed in mid LAD at 14 atm; REF ${d.digitString(7)}-${d.int(12, 38)}, lot ${lot}; recorded by ${i}.`, [lot, i]];
  }],
  ['balloon and closure lots', (d) => {
    const b = d.balloon(); const l1 = d.lot(); const c = d.closure(); const l2 = d.lot();
    return [`Post-dilation with ${b} (lot #${l1}). Access closed with ${c}, lot ${l2}; hemostasis achieved.`, [l1, l2]];
  }],
  ['referring physician and practice', (d) => {
    const g = d.given(); const s = d.sur(); const pc = d.primaryCare(); const t = d.town();
    return [`Referring physician: ${g} ${s}, DO, ${pc}, ${t}, ${d.state()}. Indication: NSTEMI, troponin peak 4.8 ng/mL.`, [g, s, pc, t]];
  }],
  ['STEMI transfer by helicopter', (d) => {
    const h = d.hospital(); const tn = d.tailNumber(); const dt = d.slashMd();
    return [`Inferior STEMI transferred from ${h} by air ambulance (tail ${tn}) on ${dt}; door-in-door-out 48 min, first device time 22 min after arrival.`, [h, tn, dt]];
  }],
  ['STEMI transfer by ambulance run', (d) => {
    const a = d.ambulance(); const run = d.digitString(d.int(6, 8)); const t = d.town(); const i = d.initials();
    return [`Arrived via ${a} (run #${run}) from the ED in ${t}; ASA 324 mg and heparin 4000 units given en route. Cath lab activated by ${i}.`, [a, run, t, i]];
  }],
  ['prior PCI date and hospital', (d) => {
    const dt = d.date(); const h = d.hospital(); const s = d.sur();
    return [`History: PCI to proximal RCA with a 3.5 x 18 mm DES on ${dt} at ${h} (Dr. ${s}); CABG x3 declined at that time.`, [dt, h, s]];
  }],
  ['cath case number and account', (d) => {
    const c = d.caseNo(); const a = d.account(); const t = d.time();
    return [`Case #: ${c}   Encounter/FIN: ${a}   Time out ${t}, all team members in agreement.`, [c, a]];
  }],
  ['right heart cath operator and date', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Right heart catheterization ${md} via R IJ with a 7F Swan-Ganz catheter by ${g} ${s}, NP under supervision: RA 12, PA 58/26 (mean 38), PCWP 24, CO by Fick 3.9 L/min.`, [md, g, s]];
  }],
  ['structural heart team conference', (d) => {
    const w = d.weekday(); const s1 = d.sur(); const s2 = d.sur(); const md = d.slashMd();
    return [`Discussed at the structural heart team conference ${w}: Dr. ${s1} (CT surgery) and Dr. ${s2} (interventional) agree on TAVR, STS PROM 6.2%. CTA booked ${md}.`, [w, s1, s2, md]];
  }],
  ['post-cath call back', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.monDay();
    return [`Post-procedure call ${md}: spoke with pt, R radial site soft, no bleeding. Call ${g} ${s}, RN at ${ph} with any swelling or numbness.`, [md, g, s, p]];
  }],
  ['radiation and contrast log with tech initials', (d) => {
    const i = d.initials(); const dt = d.mdy();
    return [`Fluoro 11.6 min, Air kerma 842 mGy, DAP 61.3 Gy·cm². Contrast: ${d.contrast()} 135 mL. Logged ${dt} by ${i}.`, [dt, i]];
  }],
  // echo and stress testing
  ['echo report header with accession', (d) => {
    const s = d.sur(); const g = d.given(); const acc = d.accession(); const dt = d.date(); const sg = d.given(); const ss = d.sur();
    return [`TRANSTHORACIC ECHOCARDIOGRAM\nName: ${s}, ${g}   Accession: ${acc}   Study date: ${dt}\nSonographer: ${sg} ${ss}, RDCS`, [s, g, acc, dt, sg, ss]];
  }],
  ['echo reader signature', (d) => {
    const [doc, p] = d.doctor(); const dt = d.date();
    return [`Interpreted by ${doc}\nElectronically signed ${dt} ${d.time()}\nLVEF 35-40% by Simpson's biplane; grade II diastolic dysfunction.`, [...p, dt]];
  }],
  ['echo comparison outside study', (d) => {
    const h = d.hospital(); const my = d.monthYear();
    return [`Comparison: outside echo from ${h} dated ${my} (images reviewed on PACS), EF then 55%. Now moderate MR with a posteriorly directed jet.`, [h, my]];
  }],
  ['treadmill stress supervising and date', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Exercise treadmill test ${dt}, Bruce protocol, 8:30 min, 10.1 METs, 91% MPHR. Duke treadmill score +6. Supervised by ${g} ${s}, CEP.`, [dt, g, s]];
  }],
  ['nuclear stress unit dose from pharmacy', (d) => {
    const ph = d.pharmacy(); const rx = d.digitString(d.int(7, 9)); const md = d.slashMd();
    return [`Regadenoson SPECT ${md}: Tc-99m tetrofosmin 10.4 mCi rest / 31.2 mCi stress, unit dose from ${ph}, Rx ${rx}. Small fixed inferior defect.`, [md, ph, rx]];
  }],
  ['TEE with anesthesia', (d) => {
    const dt = d.date(); const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`TEE ${dt} prior to DCCV: no LAA thrombus, LAA velocity 48 cm/s. MAC by Dr. ${s}; probe cleaned and logged by ${g} ${s2}.`, [dt, s, g, s2]];
  }],
  ['Zio patch serial and wear window', (d) => {
    const sn = d.monitorSerial(); const [a, b] = d.span(3, 14, false);
    return [`Zio XT patch applied in clinic, serial ${sn}. Worn ${a} through ${b}; report pending from iRhythm.`, [sn, a, b]];
  }],
  ['Holter recorder serial', (d) => {
    const sn = d.monitorSerial(); const dt = d.date(); const i = d.initials();
    return [`48-hour Holter hooked up ${dt}, recorder S/N ${sn}, by ${i}. Diary given; return the recorder to the front desk.`, [dt, sn, i]];
  }],
  ['event monitor enrollment', (d) => {
    const co = d.monitoringCo(); const id = d.remoteId(); const [ph, p] = d.phone();
    return [`30-day event monitor enrolled with ${co}, enrollment ID ${id}. Patient to call ${ph} for symptom transmissions.`, [co, id, p]];
  }],
  ['echo age over 89', (d) => {
    const n = d.ageOver89();
    return [`Indication: ${n} yo ${d.pick(['female', 'male'])} with a 3/6 systolic ejection murmur at the RUSB and presyncope. AVA 0.7 cm², mean gradient 46 mmHg.`, [n]];
  }],
  // device clinic
  ['device interrogation header with serial', (d) => {
    const [maker, product, model, sn] = d.generator(); const dt = d.date(); const [doc, p] = d.doctor(); const h = d.hospital();
    return [`DEVICE: ${maker} ${product} (model ${model}), SN ${sn}\nImplanted ${dt} by ${doc} at ${h}`, [sn, dt, ...p, h]];
  }],
  ['lead models and serials', (d) => {
    const m1 = d.leadModel(); const s1 = d.leadSerial(); const m2 = d.leadModel(); const s2 = d.leadSerial(); const my = d.monthYear();
    return [`RA lead: ${m1}, serial ${s1}\nRV lead: ${m2}, serial ${s2} (implanted ${my}); RV threshold 0.75 V @ 0.4 ms, impedance 520 ohms.`, [s1, s2, my]];
  }],
  ['vendor rep present at interrogation', (d) => {
    const [maker] = d.generator(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`In-person check with ${maker} representative ${g} ${s} present (cell ${ph}); AT/AF burden < 1%, no VT/VF episodes.`, [g, s, p]];
  }],
  ['remote monitoring id and monitor serial', (d) => {
    const id = d.remoteId(); const ms = d.monitorSerial(); const md = d.monDay();
    return [`Remote: CareLink patient ID ${id}; MyCareLink monitor serial ${ms}. Last transmission ${md}, next scheduled in 91 days.`, [id, ms, md]];
  }],
  ['LATITUDE communicator IP', (d) => {
    const ip = d.ip(); const ms = d.monitorSerial(); const dt = d.mdy();
    return [`LATITUDE communicator ${ms} last connected ${dt} 02:14 from IP ${ip}; cellular adapter recommended.`, [ms, dt, ip]];
  }],
  ['missed transmission call', (d) => {
    const w = d.weekday(); const [ph, p] = d.phone(); const g = d.given();
    return [`Missed remote transmission. Called home ${ph} on ${w}, left message with ${d.relation()} ${g} to plug the monitor back in.`, [p, w, g]];
  }],
  ['ICD shock on weekday in town', (d) => {
    const w = d.weekday(); const t = d.town(); const h = d.hospital();
    return [`Received one 35 J shock ${w} evening while mowing in ${t}; seen at ${h} ED. Interrogation: appropriate shock for VF, CL 210 ms.`, [w, t, h]];
  }],
  ['ICD shock on holiday', (d) => {
    const hol = d.holiday(); const s = d.sur();
    return [`Patient reports a shock on ${hol} at a family gathering; transmission reviewed by Dr. ${s}: ATP x2 failed, 1 shock for fast VT.`, [hol, s]];
  }],
  ['battery ERI and generator change', (d) => {
    const md = d.monDay(); const h = d.hospital(); const s = d.sur();
    return [`Battery at ERI (2.62 V). Generator change scheduled ${md} at ${h} with Dr. ${s}; patient not pacer dependent (underlying rhythm SR 62).`, [md, h, s]];
  }],
  ['MRI clearance at imaging center', (d) => {
    const im = d.imaging(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`MR-conditional system confirmed. Device to be programmed to SureScan for lumbar MRI at ${im} on ${dt}; rep ${g} ${s} to attend.`, [im, dt, g, s]];
  }],
  ['device ID card', (d) => {
    const g = d.given(); const s = d.sur(); const [, product, model, sn] = d.generator(); const dt = d.mdy(); const [ph, p] = d.phone();
    return [`IMPLANTED DEVICE IDENTIFICATION\n${g} ${s}\n${product} ${model}  SN ${sn}\nImplant date ${dt}\nFollowing clinic: ${ph}`, [g, s, sn, dt, p]];
  }],
  ['device clinic contact lines', (d) => {
    const [ph, p] = d.phone(); const e = d.ext(); const [fx, pf] = d.phone(); const em = d.clinicEmail(['deviceclinic', 'ep.remote', 'crm.remotes', 'pacer.clinic']);
    return [`Device Clinic: ${ph} ext ${e} (M-F 8-4:30). Fax ${fx}. Remote alerts: ${em}.`, [p, e, pf, em]];
  }],
  ['device check nurse initials', (d) => {
    const i = d.initials(); const md = d.slashMd();
    return [`DDDR 60/130, AV delay 180/150. Battery 9.5 yrs. Checked ${md} - ${i}`, [md, i]];
  }],
  // cardiac rehab
  ['rehab progress note physiologist', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`Phase II cardiac rehab session 14 of 36 (${md}). NuStep 22 min level 6, RPE 13, peak HR 112. ${g} ${s}, MS, ACSM-CEP`, [md, g, s]];
  }],
  ['rehab referral to program', (d) => {
    const [doc, p] = d.doctor(); const rp = d.rehabProgram(); const dt = d.date();
    return [`Referred by ${doc} to ${rp} after CABG x3; orientation ${dt}. Goals: walk 30 min daily, return to work.`, [...p, rp, dt]];
  }],
  ['rehab home address and walking route', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const em = d.email(d.given(), d.sur());
    return [`Lives at ${st}, ${t} ${z}; walks the river trail on non-rehab days. Home exercise log e-mailed weekly from ${em}.`, [st, t, z, em]];
  }],
  ['rehab graduation on holiday', (d) => {
    const hol = d.holiday(); const g = d.given();
    return [`${g} graduated from phase II the day before ${hol}; METs improved from 3.8 to 7.2. Enrolled in phase III maintenance.`, [g, hol]];
  }],
  ['rehab walking in mall in town', (d) => {
    const t = d.town(); const w = d.weekday(); const g = d.given();
    return [`Home exercise: walks at the mall in ${t} with ${d.relation()} ${g}, missed ${w} due to weather. Encouraged pedometer log.`, [t, w, g]];
  }],
  ['rehab age over 89', (d) => {
    const n = d.ageOver89(); const s = d.sur();
    return [`${n}-year-old ${d.pick(['man', 'woman'])} s/p TAVR, started on modified protocol per Dr. ${s}; telemetry monitored, seated warm-up.`, [n, s]];
  }],
  // heart failure clinic
  ['HF clinic letter to referring physician', (d) => {
    const s = d.sur(); const t = d.title(); const g = d.given(); const s2 = d.sur(); const dt = d.date();
    return [`Dear Dr. ${s},\nI saw your patient ${t} ${g} ${s2} in the Heart Failure Clinic on ${dt}. The patient remains NYHA class II-III on ${d.hfDrug()}.`, [s, g, s2, dt]];
  }],
  ['CardioMEMS sensor and patient id', (d) => {
    const sn = d.monitorSerial(); const id = d.remoteId(); const md = d.monDay();
    return [`CardioMEMS sensor SN ${sn} (Merlin.net patient ID ${id}). PA diastolic 24 mmHg on ${md}, above goal 18; furosemide increased.`, [sn, id, md]];
  }],
  ['wearable defibrillator serial and advocate', (d) => {
    const sn = d.monitorSerial(); const g = d.given(); const s = d.sur(); const dt = d.slashMd();
    return [`Zoll LifeVest fitted ${dt}, monitor serial ${sn}; patient advocate ${g} ${s} reviewed alarms with patient and wife. Wear time 22.8 h/day.`, [dt, sn, g, s]];
  }],
  ['HF nurse navigator contacts', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const em = d.clinicEmail(['hfclinic', 'heartfailure.rn', 'hf.navigator', 'cardiology.nurses']);
    return [`Call your heart failure nurse ${g} ${s} at ${ph} or e-mail ${em} if weight goes up 3 lbs in a day or 5 lbs in a week.`, [g, s, p, em]];
  }],
  ['daily weight log weekday', (d) => {
    const w1 = d.weekday(); const w2 = d.weekday();
    return [`Weights: ${w1} 212.4 lb, ${w2} 216.0 lb (+3.6). Extra furosemide 40 mg taken once. Edema 1+ bilateral.`, [w1, w2]];
  }],
  ['prior authorization and member id', (d) => {
    const py = d.payer(); const id = d.memberId(); const auth = d.authNo(); const dt = d.mdy();
    return [`${py} member ID ${id}. Prior authorization ${auth} approved for sacubitril-valsartan through ${dt}.`, [id, auth, dt]];
  }],
  ['specialty pharmacy fill', (d) => {
    const ph = d.pharmacy(); const t = d.town(); const [fx, p] = d.phone();
    return [`Entresto filled at ${ph} in ${t}; copay card applied. Refill requests may be faxed to ${fx}.`, [ph, t, p]];
  }],
  ['referral to advanced HF center', (d) => {
    const pr = d.practice(); const g = d.given(); const s = d.sur(); const md = d.monDay();
    return [`Referred to ${pr} for advanced therapies evaluation (LVAD vs transplant); coordinator ${g} ${s} will call with a date, tentatively ${md}.`, [pr, g, s, md]];
  }],
  // anticoagulation clinic
  ['INR log row', (d) => {
    const dt = d.mdy(); const i = d.initials();
    return [`${dt} | INR 3.4 | warfarin 5 mg daily except 2.5 mg Mon/Fri | hold x1, recheck 1 wk | ${i}`, [dt, i]];
  }],
  ['home INR meter serial and testing service', (d) => {
    const sn = d.monitorSerial(); const co = d.monitoringCo(); const id = d.remoteId();
    return [`Home INR: CoaguChek INRange meter SN ${sn}; results called in through ${co} (patient ID ${id}) weekly.`, [sn, co, id]];
  }],
  ['message left with relative about dose', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`INR 1.7. Spoke with ${d.relation()} ${g} at ${ph}: take 7.5 mg tonight, then resume usual dose; recheck ${w}.`, [g, p, w]];
  }],
  ['bridging around procedure with surgeon', (d) => {
    const md = d.slashMd(); const s = d.sur(); const o = ordinal(d.int(1, 28));
    return [`Colonoscopy ${md} with Dr. ${s}. Last warfarin dose on the ${o}; enoxaparin 1 mg/kg BID bridge per CHA2DS2-VASc 5.`, [md, s, o]];
  }],
  ['anticoag clinic pharmacist', (d) => {
    const ac = d.anticoagClinic(); const g = d.given(); const s = d.sur();
    return [`${ac} visit with ${g} ${s}, PharmD, CACP. Time in therapeutic range 68%. HAS-BLED 3; fall risk discussed.`, [ac, g, s]];
  }],
  ['DOAC switch letter address block', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nRe: Change from warfarin to apixaban (Eliquis) 5 mg twice daily`, [dt, g, s, st, t, z]];
  }],
  // telemetry handoff
  ['telemetry SBAR with age', (d) => {
    const n = d.ageOver89(); const s = d.sur(); const g = d.given();
    return [`SBAR: ${g} ${s}, ${n} y/o, admitted with new AF with RVR, rate 140s on arrival, now 90s on diltiazem drip 10 mg/h.`, [g, s, n]];
  }],
  ['telemetry VT run paged', (d) => {
    const md = d.slashMd(); const s = d.sur(); const pg = d.pager();
    return [`Tele: 14-beat run of NSVT at 0312 on ${md}, asymptomatic. Paged Dr. ${s} (pager ${pg}); K 3.3, Mg 1.6 - replaced.`, [md, s, pg]];
  }],
  ['monitor tech and nurses handoff', (d) => {
    const i = d.initials(); const g1 = d.given(); const g2 = d.given();
    return [`Monitor tech ${i} reports pauses up to 3.2 s overnight (Mobitz II). Handoff from ${g1} to ${g2}, RN; pacer pads on, cardiology aware.`, [i, g1, g2]];
  }],
  ['family contact on telemetry', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Emergency contact: ${g} ${s} (${d.relation()}), ${ph}. Updated at bedside re: plan for pacemaker tomorrow.`, [g, s, p]];
  }],
  ['transfer in from outside hospital', (d) => {
    const h = d.hospital(); const t = d.town(); const dt = d.date(); const s = d.sur();
    return [`Transferred from ${h} in ${t} on ${dt} for complete heart block; accepting cardiologist Dr. ${s}. Transvenous pacer not required.`, [h, t, dt, s]];
  }],
  // referral letters between practices
  ['practice letterhead', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${pr}\n${st} | ${t}, ${d.state()} ${z}\nTel ${ph} | Fax ${fx}`, [pr, st, t, z, p, pf]];
  }],
  ['referral RE line with DOB and MRN', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const mrn = d.mrn();
    return [`RE: ${s}, ${g}   DOB ${dob}   MRN ${mrn}\nReason for referral: symptomatic WPW pattern, request EP study and ablation.`, [s, g, dob, mrn]];
  }],
  ['referral to EP at institute', (d) => {
    const [doc, p] = d.doctor(); const pr = d.practice(); const w = d.weekday(); const md = d.monDay();
    return [`We are referring this patient to ${doc} at ${pr} for ablation; the first opening is ${w}, ${md}.`, [...p, pr, w, md]];
  }],
  ['cc list with NPI', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const pc = d.primaryCare();
    return [`cc: ${g} ${s}, MD (NPI ${npi}), ${pc}\n    Medical Records`, [g, s, npi, pc]];
  }],
  ['face sheet SSN MBI and plan', (d) => {
    const ssn = d.ssn(); const mbi = d.mbi(); const py = d.payer(); const id = d.memberId();
    return [`SSN: ${ssn}   Medicare MBI: ${mbi}\nSecondary: ${py}, ID ${id}`, [ssn, mbi, id]];
  }],
  ['appointment letter with address', (d) => {
    const [m, dd] = d.md(); const when = `${d.pick(WEEKDAYS)}, ${MONTHS[m - 1]!} ${dd}`; const pr = d.practice(); const st = d.street(); const t = d.town();
    return [`Your stress echocardiogram is scheduled for ${when} at 8:15 AM at ${pr}, ${st}, ${t}. Nothing to eat after midnight; hold metoprolol that morning.`, [when, pr, st, t]];
  }],
  ['portal link in letter', (d) => {
    const url = d.portalUrl(); const [ph, p] = d.phone();
    return [`Your echo and monitor results will be released to ${url}. For portal help, call ${ph}.`, [url, p]];
  }],
  ['records request with fax and date range', (d) => {
    const h = d.hospital(); const [a, b] = d.span(2, 40, true); const [fx, p] = d.phone();
    return [`Please send cath films and reports from ${h} for ${a} to ${b} to our office, fax ${fx}. Signed release attached.`, [h, a, b, p]];
  }],
  ['CDL driver clearance letter', (d) => {
    const cdl = `${d.letters(1)}${d.digitString(8)}`; const g = d.given(); const s = d.sur(); const reg = d.digitString(10); const cert = d.digitString(d.int(6, 8));
    return [`Re: ${g} ${s}, CDL #${cdl}. From a cardiac standpoint he may return to commercial driving (EF 50%, no ischemia). Medical examiner certificate ${cert}; examiner National Registry #${reg}.`, [g, s, cdl, cert, reg]];
  }],
  ['physician licence in signature', (d) => {
    const g = d.given(); const s = d.sur(); const lic = `${d.pick(['', 'MD', 'A'])}${d.digitString(d.int(5, 6))}`; const dt = d.date();
    return [`${g} ${s}, MD, FACC, FSCAI\n${d.state()} license ${lic}\nDictated ${dt}, not proofread`, [g, s, lic, dt]];
  }],
  ['ablation date ordinal and month', (d) => {
    const [m, dd] = d.md(); const dm = `${MONTHS[m - 1]!} ${ordinal(dd)}`; const s = d.sur();
    return [`She underwent pulmonary vein isolation with Dr. ${s} on ${dm} and remains in sinus rhythm off Multaq.`, [s, dm]];
  }],
];

/** The names of the wave's frames. */
export const cardiologyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function cardiologyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10859, rounds);
}

/** Look-alikes in cardiology style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms, protocols and signs
  ['Exercise stress test per Bruce protocol, stage 4.', 'Bruce'], ['Modified Naughton protocol for deconditioning.', 'Naughton'], ['Left coronary engaged with a 6F Judkins left 4.', 'Judkins'],
  ['Amplatz left 1 used for the anomalous RCA.', 'Amplatz'], ['Swan-Ganz catheter floated to the PA.', 'Swan-Ganz'], ['Type 1 Brugada pattern in V1-V2.', 'Brugada'],
  ['Mobitz I second-degree AV block at night.', 'Mobitz'], ['Wenckebach periodicity on telemetry.', 'Wenckebach'], ['24-hour Holter ordered.', 'Holter'], ['Doppler shows E/A reversal.', 'Doppler'],
  ['Wolff-Parkinson-White pattern with a short PR.', 'Wolff-Parkinson-White'], ['Duke treadmill score of +7 (low risk).', 'Duke'], ['Positive Levine sign with chest pain.', 'Levine'],
  ['Austin Flint murmur heard at the apex.', 'Austin Flint'], ['Graham Steell murmur of pulmonic regurgitation.', 'Graham Steell'], ["Kussmaul's sign present.", "Kussmaul's"],
  ["Beck's triad was absent.", "Beck's"], ['Osborn waves with hypothermia.', 'Osborn'], ['Wellens pattern in V2-V3.', 'Wellens'], ['de Winter T waves noted.', 'de Winter'],
  ['Sgarbossa criteria negative.', 'Sgarbossa'], ['Cardiac output by thermodilution and Fick.', 'Fick'], ['AVA by Gorlin formula 0.8 cm2.', 'Gorlin'], ["LVEF by Simpson's biplane 40%.", "Simpson's"],
  ['Peak gradient by modified Bernoulli 64 mmHg.', 'Bernoulli'], ['Kerley B lines on CXR.', 'Kerley'], ['Allen test normal before radial access.', 'Allen'], ['Barbeau type A waveform.', 'Barbeau'],
  ['Access by modified Seldinger technique.', 'Seldinger'], ['Murmur increases with Valsalva.', 'Valsalva'], ["Dressler's syndrome suspected.", "Dressler's"], ['Marfan syndrome with aortic root 4.6 cm.', 'Marfan'],
  ["Ebstein's anomaly, mild.", "Ebstein's"], ['Eisenmenger physiology.', 'Eisenmenger'], ['Repaired tetralogy of Fallot.', 'Fallot'], ['Takotsubo cardiomyopathy with apical ballooning.', 'Takotsubo'],
  ['Chagas serology sent.', 'Chagas'], ['QTc (Bazett) 478 ms.', 'Bazett'], ['LVH by Sokolow-Lyon criteria.', 'Sokolow-Lyon'], ['Cornell voltage 30 mm.', 'Cornell'], ['Lown-Ganong-Levine suspected.', 'Lown-Ganong-Levine'],
  // devices, makers, products, models, lead types and modes
  ['Medtronic Azure XT DR MRI dual-chamber pacemaker.', 'Azure XT DR MRI'], ['Model W1DR01.', 'W1DR01'], ['Boston Scientific Accolade MRI.', 'Boston Scientific'], ['Abbott Assurity MRI PM2272.', 'PM2272'],
  ['Biotronik Acticor 7 VR-T DX.', 'Acticor 7 VR-T DX'], ['CapSureFix Novus 5076-52 cm active-fixation lead.', '5076-52'], ['Bipolar active fixation RV lead at the septum.', 'Bipolar'], ['Quadripolar LV lead in a lateral branch.', 'Quadripolar'],
  ['Programmed DDDR 60/130.', 'DDDR 60/130'], ['VVI 40 backup.', 'VVI 40'], ['MRI SureScan mode on.', 'SureScan'], ['Remote monitoring via CareLink.', 'CareLink'], ['LATITUDE NXT transmission received.', 'LATITUDE NXT'],
  ['Merlin.net alert for AT/AF.', 'Merlin.net'], ['CardioMEMS HF System.', 'CardioMEMS'], ['Zoll LifeVest.', 'LifeVest'], ['Zio XT patch for 14 days.', 'Zio XT'], ['Watchman FLX 27 mm.', 'Watchman FLX 27 mm'],
  ['MitraClip XTW x2.', 'MitraClip'], ['Impella CP placed for support.', 'Impella CP'], ['Sapien 3 Ultra 26 mm.', 'Sapien 3 Ultra'], ['Evolut FX 29 mm.', 'Evolut FX'], ['Xience Sierra 3.0 x 23 mm.', 'Xience Sierra'],
  ['Resolute Onyx 2.5 x 15 mm.', 'Resolute Onyx'], ['Angio-Seal VIP 6F.', 'Angio-Seal'], ['TR Band applied, 13 mL air.', 'TR Band'], ['6F EBU 3.5 guide.', 'EBU 3.5'], ['Runthrough NS wire.', 'Runthrough'],
  // scores and classes
  ['CHA2DS2-VASc 4.', 'CHA2DS2-VASc 4'], ['HAS-BLED 2.', 'HAS-BLED 2'], ['TIMI 3 flow restored.', 'TIMI 3'], ['TIMI risk score 4.', 'TIMI'], ['GRACE score 142.', 'GRACE'], ['HEART score 5.', 'HEART'],
  ['SYNTAX score 28.', 'SYNTAX'], ['NYHA class III.', 'NYHA class III'], ['Killip class II.', 'Killip'], ['CCS class II angina.', 'CCS class II'], ['STS PROM 4.1%.', 'STS PROM'],
  // measurements
  ['EF 35%.', 'EF 35%'], ['2/6 systolic murmur.', '2/6'], ['BP 120/80.', '120/80'], ['LAD 70% stenosis.', 'LAD 70%'], ['RCA 100% occluded with left-to-right collaterals.', 'RCA 100%'],
  ['LVEDP 22 mmHg.', '22 mmHg'], ['PA 45/20, PCWP 18.', '45/20'], ['AVA 0.8 cm2, mean gradient 42 mmHg.', '0.8 cm2'], ['TAPSE 1.4 cm.', '1.4 cm'], ["E/e' 15.", "E/e' 15"],
  ['10.1 METs, 85% MPHR.', '10.1 METs'], ['QTc 480 ms.', '480 ms'], ['PR 220 ms.', 'PR 220 ms'], ['INR 2.4 today.', 'INR 2.4'], ['BNP 1,240 pg/mL.', '1,240 pg/mL'], ['hs-troponin 48 ng/L.', '48 ng/L'],
  ['Fluoro 11.6 min, 842 mGy.', '842 mGy'], ['Lead impedance 520 ohms.', '520 ohms'], ['Threshold 0.75 V @ 0.4 ms.', '0.75 V @ 0.4 ms'], ['Battery 2.78 V, 9.5 years.', '2.78 V'],
  // drugs and doses
  ['Entresto 49/51 mg BID.', 'Entresto 49/51 mg'], ['Eliquis 5 mg BID.', 'Eliquis'], ['Xarelto 20 mg with supper.', 'Xarelto'], ['Coumadin 5 mg.', 'Coumadin'], ['Jantoven 2.5 mg.', 'Jantoven'],
  ['Brilinta 90 mg BID.', 'Brilinta'], ['Plavix 75 mg daily.', 'Plavix'], ['Farxiga 10 mg.', 'Farxiga'], ['Toprol XL 50 mg.', 'Toprol XL'], ['Multaq 400 mg BID.', 'Multaq'], ['Tikosyn 500 mcg BID.', 'Tikosyn'],
  ['Repatha 140 mg every 2 weeks.', 'Repatha'], ['Lasix 40 mg IV.', 'Lasix'], ['Coreg 12.5 mg BID.', 'Coreg'], ['Amiodarone 400 mg BID load.', '400 mg'],
  // codes, schedules and places within the hospital
  ['ICD-10 I48.91.', 'I48.91'], ['I25.10 CAD.', 'I25.10'], ['I50.22 chronic systolic HF.', 'I50.22'], ['CPT 93458.', '93458'], ['CPT 93306.', '93306'], ['CPT 33208.', '33208'],
  ['Phase II rehab 3x/week.', '3x/week'], ['Session 12 of 36.', 'Session 12 of 36'], ['Remote checks every 91 days.', 'every 91 days'], ['Moved to Cath Lab 2.', 'Cath Lab 2'], ['EP Lab 1 for ablation.', 'EP Lab 1'],
  ['Admitted to the telemetry unit.', 'telemetry unit'], ['Seen in the device clinic.', 'device clinic'], ['Follow up in the heart failure clinic.', 'heart failure clinic'],
  // everyday words that are also names or towns
  ['Heart rate and rhythm regular.', 'rhythm'], ['Will pace at 70 if the rate drops.', 'pace'], ['Stone-like calcification of the annulus.', 'Stone'], ['Walks up one hill without stopping.', 'hill'],
  ['Patient has hope of returning to work.', 'hope'], ['Faith community visits weekly.', 'Faith'], ['Strong radial pulse.', 'Strong'], ['Short PR interval.', 'Short'], ['Normal sinus rhythm.', 'Normal'],
  ['Mobile cardiac telemetry ordered.', 'Mobile'], ['Will follow up in 3 months.', 'Will'], ['Young adult with congenital heart disease.', 'Young'],
  // relations, ages, years, states, manufacturers and payers alone
  ['His wife drove him in.', 'wife'], ['The patient is an 86-year-old woman.', '86'], ['PCI in 2019.', '2019'], ['Recently moved from Nebraska.', 'Nebraska'],
  ['Spoke with the Medtronic rep.', 'Medtronic'], ['Report from iRhythm.', 'iRhythm'], ['Covered by Medica.', 'Medica'], ['Medicare covers phase II rehab.', 'Medicare'],
];

export const cardiologyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedCardiologyKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(cardiologyKeepCases(), find);

export function scoreCardiologyWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => cardiologyWaveCases(seed)), find);
}
