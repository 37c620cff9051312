// A blind wave of bariatric surgery and medical weight-management program records: program intake forms (the patient
// listed as 'SURNAME, Given', date of birth, MRN, the referring primary care physician and practice, the program's own
// name), insurance verification and pre-authorization (member ids, group numbers, the subscriber and their date of
// birth, the payer representative's first name and call reference, prior-authorization numbers approved or denied, the
// peer-to-peer on a weekday, appeal references), the insurer's 6-month supervised diet visits (tables of visit dates,
// the supervising provider, letters of medical necessity with the PCP's NPI), psychological evaluations (the evaluator
// and licence, the husband, daughter, sister and support persons by name, a mother who died in a month and year, a
// grandmother over 89 in her town), dietitian visits (the RD, food logs e-mailed, the pre-op liquid diet starting on a
// weekday, holiday meal coaching, vitamin labs), support-group sign-in sheets and attendance logs (first names with a
// last initial, the facilitator, meetings at the town library, the virtual group's link), operative notes for sleeve
// gastrectomy, Roux-en-Y gastric bypass and gastric band (surgeon, assistant, anesthesiologist and CRNA, stapler and
// reload lot numbers, band and access-port serial numbers, circular stapler lot and anvil serial, pathology accession,
// dictation stamps with job numbers, case numbers), band adjustment logs and fills, band ID cards, bands placed in
// Mexico and sleeves done in Germany (with the hospital abroad, the surgeon and the patient number), post-op phone
// calls and messages (family members by name, answering-service messages, outside ED visits, texts), GLP-1
// prescriptions and pharmacy records (prescriber with NPI and DEA numbers, Rx numbers, local pharmacies with address,
// CoverMyMeds keys and plan case ids, savings card ids, shortages), gym, trainer and employer letters (member numbers,
// employee ids, FMLA claims with HR contacts), weights with dates, letters to referring primary care practices with
// their addresses and suites, fax cover sheets, registration (address, cell, e-mail, SSN, driver's licence, emergency
// contact), self-pay accounts, a UK transfer with an NHS number and GP surgery, telehealth audit lines with IP
// addresses, sleep studies with CPAP serials, discharge summaries, readmissions by ambulance with run numbers and
// parking passes with plates, in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024',
// '3/4/24', '4 March 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th',
// 'March 2024', '3/2024', German '04.03.2024', holidays such as 'Thanksgiving Day'); ages over 89, phones, fax numbers,
// extensions, e-mails, URLs and IP addresses are planted. Given names and surnames are often everyday words (Hope, Joy,
// Rocky, Will, Bill, Chip, April, June, Stone, Hill, Small, Little, Short, Long, Lean, Fuller, Sugar, Salt, Bacon,
// Sweet), some of them words of the domain itself; towns are often everyday words (Liberty, Union, Hope, Bountiful,
// Comfort, Energy, Sweet Home, Sugar Land, Marathon, Gainesville, Ninety Six), and so are some English towns (Sale,
// Street, Ware, Diss, Eye, Bury, Stone). A list of look-alikes in the same style must not be touched. Written without
// reading the engine's rules or any gold data. `scoreBariatricWave`.
// Decisions: every word of a person's name is planted as its own part (given names, each of two Spanish surnames), a
// middle initial, a title ('Dr.', 'Mr.') and a credential ('MD', 'PA-C', 'RD, LD', 'PsyD', 'CBN', 'NASM-CPT') are not
// planted; a support-group member's last initial after her first name is not planted, her first name is; a signer's or
// clerk's initials are planted; a relation without a name and a role without a name ('the dietitian', 'her husband',
// 'the facilitator') and an age of 89 or under are kept; a payer, a national pharmacy or gym chain, a national body or
// a device maker named alone ('Aetna', 'Blue Cross Blue Shield', 'Medicare', 'Planet Fitness', 'YMCA', 'ASMBS',
// 'MBSAQIP', 'Ethicon', 'Medtronic', 'CoverMyMeds') is kept, while a bariatric program, a medical weight-management
// clinic, a primary care or cardiology practice, a hospital, a sleep center, an endoscopy center, a lab, a DME supplier,
// a local pharmacy, a local gym or YMCA branch, a public library, a park, a local ambulance service, an employer, a
// hospital abroad and a GP surgery in England are planted whole with their kind words ('Liberty Bariatric & Metabolic
// Institute', 'Comfort Family Medicine', 'Stone Drug', 'Hope Family YMCA', 'Hospital Ángeles Tijuana', 'Klinikum
// Hildesheim', 'Riverside Surgery'); a town at home, a town in England and a city abroad are planted, a country, a US
// state and a region are kept; a street address is planted from its number to its street type, with its suite when
// written after it; a ZIP is planted; a weekday naming one day is planted, a standing schedule ('meets the first Tuesday
// of every month') is kept; a month with a year is planted; a holiday that fixes a day is planted; an ordinal day ('the
// 18th') is planted; the time next to a date is kept, and so are durations, counts of visits and post-op days; MRNs,
// member, group, prior-authorization, call-reference, appeal, claim, plan-case, account, application, employee, gym
// member, savings card, Rx and case numbers, stapler, reload and band lot numbers and device serials, pathology
// accessions, dictation job and document numbers, NPI and DEA numbers, psychologist and driver's licences, answering
// service message numbers, telehealth session ids, NHS numbers, SSNs, a German patient number, an ambulance run number
// and a vehicle's plate are planted; a device's catalogue (REF) number and model are kept; a phone's leading '(' need not
// be covered; e-mails and URLs (with a meeting id) are planted whole; ages over 89 are planted as their number. Kept
// (look-alikes): procedures and their names and codes (sleeve gastrectomy, Roux-en-Y gastric bypass, SADI-S, duodenal
// switch, LAP-BAND, CPT 43775, 43644, 43771, S2083, ICD-10 E66.01, Z68.41), eponyms (Roux, Petersen's, Treitz,
// Trendelenburg, Veress, Hasson, Wernicke's, Nissen), scores and scales (BMI, %EWL, EOSS, BES, MMPI-3, PHQ-9, STOP-BANG,
// Epworth, AHI, Mallampati, ASA, Caprini), drugs and brands (semaglutide, Wegovy, Ozempic, tirzepatide, Zepbound,
// Mounjaro, Saxenda, phentermine, Qsymia, Contrave, ursodiol, enoxaparin), devices and their makers (Echelon Flex,
// Signia, Endo GIA, Tri-Staple, Seamguard, Huber needle, bougie sizes, REF numbers), supplements and apps (Bariatric
// Advantage, Unjury, Premier Protein, Baritastic, MyFitnessPal), payers and national bodies, diet stages, weights,
// doses, volumes, lab values, limb lengths, generic places (the bariatric clinic, the support group, the gym, the
// pharmacy, PACU, the surgical floor), relations and roles without names, ages of 89 and under, years alone, and
// everyday words that are also names or towns (hope, grace, will, lean, sweet, sugar, salt, light, comfort, energy).
// Measured before rules: 0.954 recall on seeds 5, 11, 23 (6302/6604), 0.951 on fresh seeds 41, 42, 43 (6270/6595); 2/169
// look-alikes touched ("Alli", "the first Tuesday of every month") (engine at 034a3eb).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, us, mx, mx, gb, ie, de, it];

/** Given names and surnames that are everyday words (some of them words of weight management itself). */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Star', 'Brandy', 'Candy', 'Ginger', 'Honey', 'Penny', 'Amber', 'Ruby', 'Pearl', 'Destiny', 'Heather', 'Holly', 'Ivy', 'Sage', 'River', 'Rusty', 'Chip', 'Pat', 'Sandy', 'Rose', 'Violet', 'Carol', 'Frank', 'Guy', 'April', 'June', 'Cookie', 'Precious', 'Harmony'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Friend', 'Noble', 'Sweet', 'Small', 'Little', 'Short', 'Long', 'Light', 'Lean', 'Fuller', 'Gross', 'Hardy', 'Stout', 'Rice', 'Bacon', 'Sugar', 'Salt', 'Pepper', 'Butcher', 'Weaver', 'Best', 'Goodman', 'Swift', 'Moody', 'Hale'];
const ES_GIVEN = ['Esperanza', 'Luz', 'Rocío', 'Dolores', 'Consuelo', 'Socorro', 'Soledad', 'Milagros', 'Rosario', 'Blanca', 'Reina', 'Estrella', 'Paloma', 'Ángel', 'Jesús', 'Guadalupe', 'Marisol', 'Yesenia'];
const ES_SUR = ['Flores', 'Campos', 'Ramos', 'Cruz', 'Luna', 'Vega', 'Ríos', 'Montes', 'Toro', 'Delgado', 'Moreno', 'Blanco', 'Rubio', 'León', 'Iglesias', 'Castillo', 'Guerra', 'Soto', 'Fuentes', 'Sierra', 'Cordero', 'Peña', 'Gordillo', 'Delgadillo'];

/** Towns at home that are everyday words, and real towns with bariatric programs and clinics. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Midway', 'Friendship', 'Fairview', 'Eden', 'Normal', 'Paradise', 'Welcome', 'Harmony', 'Unity', 'Golden', 'Sandy', 'Bountiful', 'Comfort', 'Energy', 'Protection', 'Sweet Home', 'Sugar Land', 'Loveland', 'Bath', 'Reading', 'Marathon', 'Plain City', 'Ninety Six', 'Gainesville', 'Mechanicsburg', 'Plentywood'];
const REAL_TOWNS = ['Lancaster', 'Erie', 'Scranton', 'Akron', 'Dayton', 'Toledo', 'Fort Wayne', 'Muncie', 'Peoria', 'Rockford', 'Joliet', 'Kalamazoo', 'Lansing', 'Saginaw', 'Green Bay', 'Eau Claire', 'Sioux Falls', 'Fargo', 'Cedar Rapids', 'Davenport', 'Springfield', 'Joplin', 'Tulsa', 'Lubbock', 'Waco', 'Tyler', 'Shreveport', 'Huntsville', 'Chattanooga', 'Knoxville', 'Asheville', 'Greenville', 'Macon', 'Ocala', 'Lakeland', 'Boise', 'Spokane', 'Yakima', 'Bakersfield', 'Fresno', 'Modesto'];
const STATES = ['PA', 'OH', 'IN', 'IL', 'MI', 'WI', 'SD', 'ND', 'IA', 'MO', 'OK', 'TX', 'LA', 'AL', 'TN', 'NC', 'SC', 'GA', 'FL', 'ID', 'WA', 'CA', 'UT', 'OR', 'Ohio', 'Texas', 'Utah'];
const COUNTY_WORDS = ['Franklin', 'Lancaster', 'Erie', 'Montgomery', 'Marion', 'Douglas', 'Washington', 'Union', 'Polk', 'Lake', 'Clay', 'Madison', 'Jefferson', 'Summit', 'Butler', 'Warren', 'Greene', 'Hamilton'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Orchard', 'Meadow', 'Market', 'Spring', 'Walnut', 'Chestnut', 'Highland', 'Sugar Creek'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Pl'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Luke', 'Elizabeth', 'Vincent', 'Catherine', 'Michael', 'Anthony', 'Clare', 'Jude'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Surgical Hospital'];
/** Words local businesses and practices take for their names. */
const BUSINESS_WORDS = ['New Horizons', 'Fresh Start', 'Lighter Living', 'Summit', 'True North', 'Cornerstone', 'Keystone', 'Pathways', 'Harbor', 'Crossroads', 'Blue Ridge', 'Prairie', 'Heartland', 'Riverbend', 'Lakeshore', 'Valley', 'Northstar', 'Evergreen', 'Pinnacle', 'Red Oak'];
/** Towns in England that are everyday words, and others. */
const UK_TOWNS = ['Sale', 'Street', 'Ware', 'Diss', 'Eye', 'Bury', 'Stone', 'Leek', 'Looe', 'Hope', 'Reading', 'Bath', 'Wigan', 'Crewe', 'Stockport', 'Bolton', 'Luton', 'Swindon', 'Telford', 'Stevenage', 'Grantham', 'Barnsley'];
const UK_SURGERY_WORDS = ['Riverside', 'The Elms', 'Parkview', 'Church View', 'Market Street', 'Orchard', 'The Willows', 'Beech House', 'Greenfields', 'Abbey'];
/** Mexican cities where bands and sleeves are placed (planted). */
const MX_CITIES = ['Tijuana', 'Ciudad Juárez', 'Monterrey', 'Guadalajara', 'Cancún', 'Mexicali', 'Puerto Vallarta', 'Nuevo Laredo', 'Reynosa', 'Hermosillo', 'Matamoros'];
const MX_HOSPITAL_WORDS = ['Ángeles', 'Del Prado', 'San Javier', 'Santa Fe', 'La Esperanza', 'Galenia', 'Del Mar', 'Guadalupe'];
const PAYERS = ['Aetna', 'Cigna', 'UnitedHealthcare', 'Humana', 'Blue Cross Blue Shield', 'Anthem', 'Highmark', 'Medicare', 'Ohio Medicaid', 'Tricare', 'Ambetter', 'Molina'];
const STAPLERS = ['Echelon Flex 60', 'Signia', 'Endo GIA', 'Echelon 3000'];
const RELATIONS = ['husband', 'wife', 'daughter', 'son', 'sister', 'brother', 'mother', 'niece', 'best friend', 'neighbor', 'partner', 'roommate'];
const PROCEDURES = ['Laparoscopic sleeve gastrectomy', 'Robotic sleeve gastrectomy', 'Laparoscopic Roux-en-Y gastric bypass', 'Robotic Roux-en-Y gastric bypass', 'Conversion of sleeve to Roux-en-Y gastric bypass', 'Laparoscopic adjustable gastric band removal', 'SADI-S'];
const CREDENTIALS = ['MD', 'DO', 'NP', 'PA-C', 'RN', 'RD, LD', 'RN, CBN', 'MD, FACS, FASMBS'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Thanksgiving Day', 'Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Halloween', "Valentine's Day", 'Easter Sunday', "Mother's Day", 'Memorial Day', 'Labor Day'];

/** A person: every name word is planted. */
interface Person {
  readonly given: string;
  readonly surs: readonly string[];
}
const written = (p: Person): string => [p.given, ...p.surs].join(' ');
const listed = (p: Person): string => `${p.surs.join(' ')}, ${p.given}`;
const nameParts = (p: Person): string[] => [p.given, ...p.surs];
/** A faker name's first word of two letters or more. */
const firstWord = (s: string): string => s.split(/[\s-]/).find((w) => /^\p{Lu}/u.test(w) && w.length > 1) ?? s.split(/\s/)[0]!;

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A patient or relative: mostly an everyday or faker name, sometimes a Spanish one with one or two surnames. */
  person(): Person {
    if (this.r() < 0.15) {
      const g = this.r() < 0.4 ? firstWord(mx.person.firstName()) : this.pick(ES_GIVEN);
      const s1 = this.r() < 0.4 ? firstWord(mx.person.lastName()) : this.pick(ES_SUR);
      return { given: g, surs: this.r() < 0.5 ? [s1, this.pick(ES_SUR)] : [s1] };
    }
    return { given: this.given(), surs: [this.sur()] };
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  credential(): string {
    return this.pick(CREDENTIALS);
  }
  payer(): string {
    return this.pick(PAYERS);
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
    return t === 'Akron' ? 'Dayton' : 'Akron';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  word(): string {
    return this.pick(BUSINESS_WORDS);
  }
  ukTown(): string {
    return this.r() < 0.7 ? this.pick(UK_TOWNS) : gb.location.city();
  }
  mxCity(): string {
    return this.pick(MX_CITIES);
  }
  /** The bariatric program or weight-management clinic. */
  program(): string {
    const t = this.town();
    const k = this.int(0, 4);
    if (k === 0) return `${t} Bariatric & Metabolic Institute`;
    if (k === 1) return `${t} Weight Loss Surgery Center`;
    if (k === 2) return `${this.word()} Bariatrics`;
    if (k === 3) return `${t} Medical Weight Management Clinic`;
    return `Center for Surgical Weight Loss at St. ${this.pick(SAINTS)}'s`;
  }
  practice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.sur()} Internal Medicine Associates`;
    if (k === 2) return `${this.word()} Primary Care`;
    if (k === 3) return `${this.town()} Family Practice, PC`;
    return `Family Health Partners of ${this.town()}`;
  }
  cardiology(): string {
    return this.r() < 0.5 ? `${this.town()} Heart & Vascular` : `${this.word()} Cardiology Associates`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  gym(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Fitness Center`;
    if (k === 1) return `${this.word()} Athletic Club`;
    if (k === 2) return `${this.sur()}'s Gym`;
    if (k === 3) return `${this.town()} Family YMCA`;
    return `Iron ${this.pick(['Valley', 'Prairie', 'Summit', 'Horse', 'Works'])} Fitness`;
  }
  pharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.sur()} Drug`;
    if (k === 2) return `${this.word()} Apothecary`;
    return `${this.town()} Community Pharmacy`;
  }
  employer(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Unified School District`;
    if (k === 1) return `${this.sur()} Trucking`;
    if (k === 2) return `${this.word()} Manufacturing`;
    if (k === 3) return `${this.county()} County Sheriff's Office`;
    return `${this.town()} Poultry`;
  }
  sleepCenter(): string {
    return this.r() < 0.5 ? `${this.town()} Sleep Disorders Center` : `${this.word()} Sleep Lab`;
  }
  dme(): string {
    return this.r() < 0.5 ? `${this.word()} Home Medical` : `${this.town()} Medical Supply`;
  }
  endoCenter(): string {
    return this.r() < 0.5 ? `${this.town()} Endoscopy Center` : `${this.word()} GI Associates`;
  }
  lab(): string {
    return this.r() < 0.5 ? `${this.town()} Medical Laboratory` : `${this.word()} Diagnostic Lab`;
  }
  library(): string {
    return this.r() < 0.6 ? `${this.town()} Public Library` : `${this.town()} Community Center`;
  }
  park(): string {
    return this.r() < 0.5 ? `${this.pick(STREET_WORDS)} Park` : `${this.town()} Rail Trail`;
  }
  ambulance(): string {
    return this.r() < 0.5 ? `${this.town()} EMS` : `${this.county()} County Ambulance`;
  }
  weightClinic(): string {
    return this.r() < 0.5 ? `${this.town()} Weight Loss Clinic` : `${this.word()} Medical Weight Loss`;
  }
  ukSurgery(): string {
    return this.r() < 0.5 ? `${this.pick(UK_SURGERY_WORDS)} Surgery` : `${this.ukTown()} Medical Centre`;
  }
  mxHospital(c: string): string {
    return this.r() < 0.6 ? `Hospital ${this.pick(MX_HOSPITAL_WORDS)} ${c}` : `Clínica ${this.pick(MX_HOSPITAL_WORDS)}`;
  }
  deHospital(): string {
    const c = de.location.city();
    return this.pick([`Klinikum ${c}`, `Städtisches Klinikum ${c}`, `Adipositaszentrum ${c}`]);
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its suite, as practices write their addresses. */
  streetSuite(): string {
    const st = this.street();
    const k = this.int(0, 3);
    if (k === 0) return `${st}, Suite ${this.int(100, 450)}`;
    if (k === 1) return `${st} Ste ${this.int(1, 30)}${this.pick(['', 'A', 'B'])}`;
    if (k === 2) return `${st}, #${this.int(101, 420)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}` : `${this.int(1, 12)}:${pad2(this.int(0, 59))} ${this.pick(['am', 'pm', 'AM', 'PM'])}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  /** m/d/yy, as hand-kept logs write it. */
  shortDate(): string {
    const [m, d] = this.md();
    return `${m}/${d}/${pad2(this.year() % 100)}`;
  }
  /** dd.mm.yyyy, as German records write it. */
  germanDate(): string {
    const [m, d] = this.md();
    return `${pad2(d)}.${pad2(m)}.${this.year()}`;
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
  dob(lo = 1950, hi = 2006): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  weight(): string {
    return `${this.int(180, 420)}${this.r() < 0.5 ? `.${this.int(0, 9)}` : ''}`;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
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
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}bariatrics.com`, 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', `${asciiLetters(this.word())}health.org`, 'aol.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(60, 99)}`, `${a}${b}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const k = this.int(0, 2);
    if (k === 0) return `https://us0${this.int(2, 6)}web.zoom.us/j/${this.digitString(11)}`;
    if (k === 1) return `https://www.${asciiLetters(this.town())}bariatrics.com/support-group`;
    return `${asciiLetters(this.word())}weightloss.org/groups/${this.digitString(4)}`;
  }
  memberId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    if (k === 2) return `${this.digitString(9)}-0${this.int(1, 4)}`;
    return `${this.letters(1)}${this.digitString(8)}`;
  }
  groupNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(6);
    if (k === 1) return `${this.digitString(7)}-${this.anyDigits(3)}`;
    return `${this.letters(2)}${this.digitString(5)}`;
  }
  priorAuth(): string {
    const k = this.int(0, 3);
    if (k === 0) return `PA${this.digitString(9)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(9)}`;
    if (k === 2) return `${this.year()}${this.anyDigits(6)}`;
    return `AUTH-${this.digitString(7)}`;
  }
  callRef(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `${this.letters(2)}-${this.digitString(7)}`;
  }
  /** A stapler reload's or band's lot number. */
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(4)}${this.letters(1)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(4)}`;
    if (k === 2) return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
    return `${this.digitString(8)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(8);
    if (k === 1) return `SN${this.digitString(7)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(7)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  npi(): string {
    return `${this.int(1, 2)}${this.anyDigits(9)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  psychLicense(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PSY ${this.digitString(5)}`;
    if (k === 1) return `LP${this.digitString(4)}`;
    return this.digitString(6);
  }
  rxNo(): string {
    return this.r() < 0.6 ? this.digitString(7) : `${this.digitString(7)}-${this.anyDigits(5)}`;
  }
  /** A CoverMyMeds key: eight capitals and digits. */
  cmmKey(): string {
    let s = '';
    while (s.length < 8) s += this.r() < 0.6 ? this.pick([...this.capitals]) : String(this.int(2, 9));
    return /\d/.test(s) ? s : `${s.slice(0, 7)}7`;
  }
  planCase(): string {
    return this.r() < 0.5 ? this.digitString(8) : `${this.letters(2)}-${this.digitString(7)}`;
  }
  ticket(): string {
    return this.r() < 0.5 ? this.digitString(6) : `AS-${this.digitString(7)}`;
  }
  job(): string {
    return this.digitString(this.int(6, 8));
  }
  accession(): string {
    const yy = pad2(this.year() % 100);
    return this.r() < 0.5 ? `S${yy}-${this.digitString(5)}` : `SP-${yy}-${this.digitString(6)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `${this.letters(2)}${this.digitString(8)}`;
  }
  employeeId(): string {
    return this.r() < 0.5 ? `E${this.digitString(6)}` : this.digitString(this.int(5, 7));
  }
  gymMember(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `${this.letters(2)}${this.digitString(6)}`;
  }
  claimNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(10);
    if (k === 1) return `${this.digitString(11)}-0001`;
    return `${this.letters(1)}${this.digitString(11)}`;
  }
  caseNo(): string {
    return this.r() < 0.5 ? this.digitString(7) : `OR-${this.digitString(6)}`;
  }
  nhs(): string {
    return `${this.digitString(3)} ${this.anyDigits(3)} ${this.anyDigits(4)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  driversLicense(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(9);
    return `${this.letters(1)}${this.digitString(3)}-${this.digitString(4)}-${this.digitString(4)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  sessionId(): string {
    return this.r() < 0.5 ? this.digitString(10) : `${this.letters(2)}${this.digitString(7)}`;
  }
  runNo(): string {
    return `${this.year()}-${this.digitString(5)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // program intake and insurance
  ['program intake header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const pg = d.given(); const ps = d.sur(); const pr = d.practice(); const prog = d.program();
    return [`${prog}\nNEW PATIENT INTAKE - BARIATRIC SURGERY\nPatient: ${listed(p)}   DOB: ${dob}   MRN: ${mrn}\nIntake date: ${dt}\nReferring PCP: Dr. ${pg} ${ps}, ${pr}`, [prog, ...nameParts(p), dob, mrn, dt, pg, ps, pr]];
  }],
  ['weight history at intake', (d) => {
    const my = d.monthYear(); const dt = d.date();
    return [`Highest adult weight ${d.weight()} lb (${my}); intake weight ${d.weight()} lb on ${dt}, BMI ${d.int(35, 68)}.${d.int(0, 9)}. Prior attempts: ${d.pick(['Weight Watchers', 'Noom', 'Optifast', 'phentermine', 'keto'])} since ${d.year()}.`, [my, dt]];
  }],
  ['insurance verification', (d) => {
    const mem = d.memberId(); const grp = d.groupNo(); const sub = d.person(); const dob = d.dob(1950, 1998); const dt = d.date(); const ini = d.initials(); const rep = d.given(); const ref = d.callRef();
    return [`INSURANCE VERIFICATION\nPayer: ${d.payer()}   Member ID: ${mem}   Group #: ${grp}\nSubscriber: ${written(sub)} (${d.pick(['spouse', 'self', 'parent'])})   Subscriber DOB: ${dob}\nBariatric benefit: covered with 6-month supervised diet.\nVerified ${dt} by ${ini}; rep ${rep}, call ref ${ref}.`, [mem, grp, ...nameParts(sub), dob, dt, ini, rep, ref]];
  }],
  ['prior authorization approved', (d) => {
    const pa = d.priorAuth(); const h = d.hospital(); const a = d.date(); const b = d.date(); const s = d.sur();
    return [`Prior authorization ${pa} APPROVED for CPT 43775 (laparoscopic sleeve gastrectomy) at ${h}; valid ${a} through ${b}. Reviewed by medical director Dr. ${s}.`, [pa, h, a, b, s]];
  }],
  ['prior auth denial and peer-to-peer', (d) => {
    const pa = d.priorAuth(); const dt = d.date(); const g = d.given(); const s = d.sur(); const wd = d.weekday(); const ref = d.callRef();
    return [`${d.payer()} denied request ${pa} on ${dt} (supervised diet visits not consecutive). Peer-to-peer with Dr. ${g} ${s} set for ${wd} at ${d.time()}; appeal reference ${ref}.`, [pa, dt, g, s, wd, ref]];
  }],
  ['supervised diet visit table', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.shortDate(); const b = d.shortDate(); const c = d.shortDate(); const e = d.shortDate();
    return [`SUPERVISED WEIGHT MANAGEMENT - 6 MONTH DOCUMENTATION\nSupervising provider: ${g} ${s}, ${d.pick(['NP', 'MD', 'PA-C', 'DO'])}\nVisit 1   ${a}   ${d.weight()} lb\nVisit 2   ${b}   ${d.weight()} lb\nVisit 3   ${c}   ${d.weight()} lb\nVisit 4   ${e}   ${d.weight()} lb`, [g, s, a, b, c, e]];
  }],
  ['supervised diet visit narrative', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const dt = d.date(); const md = d.monDay();
    return [`Monthly supervised diet visit ${d.int(2, 6)} of 6 with ${g} ${s}, NP, at ${pr} on ${dt}; next visit ${md}. Down ${d.int(2, 9)} lb, walking 20 min daily.`, [g, s, pr, dt, md]];
  }],
  ['letter of medical necessity', (d) => {
    const p = d.person(); const dob = d.dob(); const pr = d.practice(); const my = d.monthYear(); const pg = d.given(); const ps = d.sur(); const npi = d.npi();
    return [`To ${d.payer()} Utilization Review:\nI have followed ${written(p)} (DOB ${dob}) at ${pr} since ${my} for class III obesity with OSA and type 2 diabetes and support bariatric surgery.\n${pg} ${ps}, MD   NPI ${npi}`, [...nameParts(p), dob, pr, my, pg, ps, npi]];
  }],
  ['employer work letter', (d) => {
    const dt = d.date(); const emp = d.employer(); const p = d.person(); const eid = d.employeeId(); const dt2 = d.date();
    return [`${dt}\nTo: Human Resources, ${emp}\nRe: ${written(p)}, employee ID ${eid}\nThe above employee is scheduled for surgery on ${dt2} and will be unable to work for 4 weeks, then light duty (no lifting over 15 lb) for 2 weeks.`, [dt, emp, ...nameParts(p), eid, dt2]];
  }],
  ['gym membership letter', (d) => {
    const p = d.person(); const gym = d.gym(); const num = d.gymMember(); const my = d.monthYear(); const mg = d.given(); const ms = d.sur(); const [ph, pp] = d.phone();
    return [`To whom it may concern: ${written(p)} has been a member of ${gym} (member #${num}) since ${my} and checked in ${d.int(30, 90)} times in the last 6 months.\n${mg} ${ms}, General Manager   ${ph}`, [...nameParts(p), gym, num, my, mg, ms, pp]];
  }],
  ['PCP letter address block', (d) => {
    const pg = d.given(); const ps = d.sur(); const pr = d.practice(); const st = d.streetSuite(); const t = d.town(); const z = d.zip(); const p = d.person(); const dob = d.dob();
    return [`${pg} ${ps}, MD\n${pr}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: ${written(p)}   DOB: ${dob}`, [pg, ps, pr, st, t, z, ...nameParts(p), dob]];
  }],
  ['PCP letter body', (d) => {
    const ps = d.sur(); const g = d.given(); const s = d.sur(); const dt = d.date(); const dt2 = d.date();
    return [`Dear Dr. ${ps},\nThank you for referring ${g} ${s}, whom we saw in the bariatric clinic on ${dt}. She underwent laparoscopic Roux-en-Y gastric bypass on ${dt2} without complication and is now 32 lb down.`, [ps, g, s, dt, dt2]];
  }],
  ['fax cover sheet', (d) => {
    const pr = d.practice(); const [fx, fp] = d.phone(); const g = d.given(); const prog = d.program(); const [ph, pp] = d.phone(); const ext = d.ext();
    return [`FAX\nTo: ${pr}   Fax: ${fx}\nAttn: ${g}, referral coordinator\nFrom: ${prog}   Phone: ${ph} ext. ${ext}\nPages: ${d.int(2, 9)}   Re: post-op visit note`, [pr, fp, g, prog, pp, ext]];
  }],
  ['cardiology clearance request', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.cardiology(); const md = d.slashMd(); const [fx, fp] = d.phone(); const dt = d.date();
    return [`Cardiac clearance requested from Dr. ${g} ${s} at ${c}; faxed ${md} to ${fx}. Echo ${dt}: EF 60%, no wall motion abnormality.`, [g, s, c, md, fp, dt]];
  }],
  // psychological evaluation
  ['psych eval header', (d) => {
    const p = d.person(); const dob = d.dob(); const dt = d.date(); const eg = d.given(); const es = d.sur(); const lic = d.psychLicense(); const cg = d.given();
    return [`PRE-SURGICAL PSYCHOLOGICAL EVALUATION\nPatient: ${written(p)}   DOB: ${dob}   Age: ${d.int(19, 68)}\nDate of evaluation: ${dt}\nEvaluator: ${eg} ${es}, PsyD   License ${lic}\nCollateral: ${d.relation()} ${cg} (by phone)`, [...nameParts(p), dob, dt, eg, es, lic, cg]];
  }],
  ['psych household and support persons', (d) => {
    const t = d.town(); const h = d.given(); const dg = d.given(); const sg = d.given(); const ss = d.sur();
    return [`Lives in ${t} with her husband ${h} and daughter ${dg} (${d.int(9, 17)}); her sister ${sg} ${ss} will stay with her the first week after surgery.`, [t, h, dg, sg, ss]];
  }],
  ['psych family history and elder over 89', (d) => {
    const mg = d.given(); const my = d.monthYear(); const age = d.ageOver89(); const t = d.town();
    return [`Emotional eating worsened after her mother ${mg} died in ${my}. She also helps care for her grandmother, ${age}, who lives alone in ${t}.`, [mg, my, age, t]];
  }],
  ['psych testing and clearance signature', (d) => {
    const eg = d.given(); const es = d.sur(); const dt = d.date(); const lic = d.psychLicense();
    return [`MMPI-3 valid profile; BES ${d.int(8, 17)} (no binge eating); PHQ-9 ${d.int(2, 9)}. Psychologically cleared for surgery.\n${eg} ${es}, PhD, licensed psychologist #${lic}\n${dt}`, [eg, es, lic, dt]];
  }],
  ['psych support person interview', (d) => {
    const g = d.given(); const s = d.sur(); const wd = d.weekday(); const [ph, pp] = d.phone(); const hd = d.holiday();
    return [`Support person ${g} ${s} (${d.relation()}) interviewed ${wd}, reachable at ${ph}; confirms patient has had no soda since ${hd}.`, [g, s, wd, pp, hd]];
  }],
  // dietitian
  ['dietitian visit header', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const p = d.person(); const mrn = d.mrn();
    return [`NUTRITION VISIT - BARIATRIC\nDate: ${dt}   RD: ${g} ${s}, RD, LD\nPatient: ${listed(p)}   MRN ${mrn}\nWt ${d.weight()} lb   BMI ${d.int(33, 61)}.${d.int(0, 9)}   Stage 3 pureed diet`, [dt, g, s, ...nameParts(p), mrn]];
  }],
  ['dietitian food log by e-mail', (d) => {
    const wd = d.weekday(); const md = d.monDay(); const p = d.person(); const em = d.email(p.given, p.surs[0]!);
    return [`Next RD visit ${wd} ${md}. Patient to keep a food log in Baritastic and e-mail it beforehand to ${em}; goal 60-80 g protein per day.`, [wd, md, em]];
  }],
  ['pre-op liquid diet start', (d) => {
    const wd = d.weekday(); const md = d.monDay(); const o = ordinal(d.int(1, 28)); const g = d.given();
    return [`Begin the 2-week pre-op liquid diet ${wd}, ${md}; surgery is on the ${o}. Samples of Unjury and Premier Protein given by ${g}, RD.`, [wd, md, o, g]];
  }],
  ['holiday meal coaching', (d) => {
    const hd = d.holiday(); const g = d.given(); const t = d.town();
    return [`Discussed ${hd} meal planning: will bring her own protein dish to her ${d.relation()} ${g}'s house in ${t}, small plate, no grazing.`, [hd, g, t]];
  }],
  ['micronutrient labs and recheck', (d) => {
    const dt = d.date(); const my = d.monthYear(); const lab = d.lab();
    return [`Labs ${dt} at ${lab}: B12 ${d.int(180, 900)} pg/mL, vitamin D ${d.int(9, 45)} ng/mL, ferritin ${d.int(4, 90)}. Started Bariatric Advantage chewable; recheck ${my}.`, [dt, lab, my]];
  }],
  // support group
  ['support group sign-in sheet', (d) => {
    const dt = d.date(); const fg = d.given(); const fs = d.sur(); const a = d.given(); const b = d.given(); const c = d.given();
    return [`BARIATRIC SUPPORT GROUP - SIGN-IN   ${dt}\nFacilitator: ${fg} ${fs}, LCSW\n1. ${a} ${d.letters(1)}.   pre-op\n2. ${b} ${d.letters(1)}.   post-op 1 yr\n3. ${c}   post-op 3 mo`, [dt, fg, fs, a, b, c]];
  }],
  ['support group attendance log', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const c = d.slashMd(); const ini = d.initials();
    return [`Support group attendance: ${a} (virtual), ${b}, ${c}; requirement of 3 met. Verified by ${ini}.`, [a, b, c, ini]];
  }],
  ['support group meeting notice', (d) => {
    const wd = d.weekday(); const md = d.monDay(); const lib = d.library(); const st = d.street(); const g = d.given(); const em = d.email(d.given(), d.sur());
    return [`Next meeting: ${wd}, ${md}, 6:30 pm at ${lib}, ${st}. RSVP to ${g} at ${em}.`, [wd, md, lib, st, g, em]];
  }],
  ['support group peer narrative', (d) => {
    const a = d.given(); const pk = d.park();
    return [`At group she connected with ${a} (sleeve ${d.int(1, 5)} years ago), who now walks with her at ${pk} on weekend mornings.`, [a, pk]];
  }],
  ['virtual support group link', (d) => {
    const u = d.url(); const g = d.given(); const s = d.sur();
    return [`Virtual support group link: ${u} (passcode sent by text). Host: ${g} ${s}, RN, CBN.`, [u, g, s]];
  }],
  // operative notes
  ['operative report header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dt = d.date(); const sg = d.given(); const ss = d.sur(); const ag = d.given(); const as = d.sur(); const ng = d.given(); const ns = d.sur();
    return [`OPERATIVE REPORT\nPatient: ${listed(p)}   MRN: ${mrn}   DOS: ${dt}\nSurgeon: ${sg} ${ss}, MD, FACS\nAssistant: ${ag} ${as}, PA-C\nAnesthesia: ${ng} ${ns}, MD\nProcedure: ${d.pick(PROCEDURES)}`, [...nameParts(p), mrn, dt, sg, ss, ag, as, ng, ns]];
  }],
  ['operative staff sentence', (d) => {
    const ss = d.sur(); const ag = d.given(); const as = d.sur(); const ns = d.sur(); const cg = d.given(); const cs = d.sur();
    return [`Dr. ${ss} performed the Roux-en-Y gastric bypass with ${ag} ${as}, PA-C, assisting; general anesthesia by Dr. ${ns} with CRNA ${cg} ${cs}.`, [ss, ag, as, ns, cg, cs]];
  }],
  ['stapler loads and lot numbers', (d) => {
    const a = d.lot(); const b = d.lot(); const c = d.lot(); const e = d.lot();
    return [`Sleeve created over a 36 Fr bougie with ${d.pick(STAPLERS)} stapler (lot ${a}); reloads: black x1 (lot ${b}), green x4 (lot ${c}), gold x1 (lot ${e}). Staple line reinforced with Seamguard.`, [a, b, c, e]];
  }],
  ['gastric band implant record', (d) => {
    const lot = d.lot(); const sn = d.serial(); const psn = d.serial(); const dt = d.date(); const sg = d.given(); const ss = d.sur();
    return [`IMPLANT RECORD\nDevice: LAP-BAND AP Large   REF B-2260\nLot: ${lot}   Serial: ${sn}\nAccess port serial: ${psn}\nImplanted ${dt} by ${sg} ${ss}, MD`, [lot, sn, psn, dt, sg, ss]];
  }],
  ['circular stapler lot and anvil serial', (d) => {
    const lot = d.lot(); const sn = d.serial();
    return [`Gastrojejunostomy with 25 mm EEA circular stapler, lot ${lot}; OrVil anvil passed transorally (serial ${sn}). Petersen's space and the jejunojejunostomy defect closed.`, [lot, sn]];
  }],
  ['specimen and pathology accession', (d) => {
    const acc = d.accession(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Specimen: greater curvature of stomach. Pathology accession ${acc}, received ${dt}; ${g} ${s}, MD: chronic inactive gastritis, no H. pylori.`, [acc, dt, g, s]];
  }],
  ['op note dictation stamp', (d) => {
    const sg = d.given(); const ss = d.sur(); const a = d.mdy(); const b = d.mdy(); const job = d.job(); const doc = d.digitString(9);
    return [`Dictated by: ${sg} ${ss}, MD\nD: ${a} ${d.time()}   T: ${b} ${d.time()}\nJob #: ${job}   Doc ID: ${doc}`, [sg, ss, a, b, job, doc]];
  }],
  ['surgery scheduling confirmation', (d) => {
    const wd = d.weekday(); const dt = d.date(); const h = d.hospital(); const cn = d.caseNo(); const [ph, pp] = d.phone();
    return [`Surgery confirmed for ${wd}, ${dt} at ${h}, case #${cn}; arrive 2 hours early at the surgical admissions desk. Call ${ph} if ill.`, [wd, dt, h, cn, pp]];
  }],
  ['anesthesia record', (d) => {
    const ng = d.given(); const ns = d.sur(); const ini = d.initials();
    return [`ANESTHESIA: ${ng} ${ns}, MD. ASA 3, Mallampati IV, STOP-BANG 6. Video laryngoscope used, ramped position. CRNA ${ini}.`, [ng, ns, ini]];
  }],
  // band adjustments
  ['band adjustment log row', (d) => {
    const dt = d.date(); const ini = d.initials(); const x = d.int(1, 10) / 10;
    return [`${dt} | +${x.toFixed(1)} mL | total ${d.int(4, 9)}.${d.int(0, 9)} mL | restriction good | ${ini}`, [dt, ini]];
  }],
  ['band fill note', (d) => {
    const g = d.given(); const s = d.sur(); const wd = d.weekday(); const md = d.monDay();
    return [`Band fill under fluoroscopy by ${g} ${s}, NP: port accessed with a 20G Huber needle, 0.${d.int(2, 9)} mL added. Next adjustment ${wd} ${md}.`, [g, s, wd, md]];
  }],
  ['band patient ID card', (d) => {
    const p = d.person(); const dt = d.date(); const sn = d.serial(); const s = d.sur(); const [ph, pp] = d.phone(); const h = d.hospital();
    return [`LAP-BAND PATIENT ID CARD\nName: ${written(p)}\nImplant date: ${dt}   Band serial: ${sn}\nSurgeon: Dr. ${s}   Phone: ${ph}\nHospital: ${h}`, [...nameParts(p), dt, sn, s, pp, h]];
  }],
  ['band placed in Mexico', (d) => {
    const c = d.mxCity(); const h = d.mxHospital(c); const g = firstWord(mx.person.firstName()); const s = firstWord(mx.person.lastName()); const my = d.monthYear(); const em = `expedientes${d.int(1, 99)}@${asciiLetters(d.pick(MX_HOSPITAL_WORDS))}.com.mx`;
    return [`Band placed in ${c} at ${h} by Dr. ${g} ${s} in ${my}; no operative report available, records requested from ${em}.`, h.includes(c) ? [h, g, s, my, em] : [c, h, g, s, my, em]];
  }],
  // post-op phone calls
  ['post-op day phone call', (d) => {
    const [ph, pp] = d.phone(); const g = d.given(); const rg = d.given(); const rs = d.sur();
    return [`POD ${d.int(1, 7)} phone call to patient at ${ph}: sipping 1 oz every 15 min, walking hourly, JP drain output 40 mL. Also spoke with her ${d.relation()} ${g}.\n${rg} ${rs}, RN`, [pp, g, rg, rs]];
  }],
  ['family phone message', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const wd = d.weekday(); const md = d.slashMd();
    return [`Message from ${d.relation()} ${g} ${s} (${ph}) ${wd} ${d.time()}: patient vomiting after every meal since ${md}. Advised ED if unable to keep liquids down.`, [g, s, pp, wd, md]];
  }],
  ['answering service message', (d) => {
    const t = d.ticket(); const p = d.person(); const [ph, pp] = d.phone(); const s = d.sur();
    return [`ANSWERING SERVICE   Msg #${t}\nCaller: ${written(p)}\nCallback: ${ph}\nReason: fever 101.2 and left shoulder pain\nOn call: Dr. ${s} paged ${d.time()}`, [t, ...nameParts(p), pp, s]];
  }],
  ['outside ED visit', (d) => {
    const h = d.hospital(); const dt = d.date(); const [fx, fp] = d.phone();
    return [`Patient seen at ${h} ED ${dt} for dehydration, 2 L IV fluids given; records received by fax from ${fx}.`, [h, dt, fp]];
  }],
  ['text message from patient', (d) => {
    const [ph, pp] = d.phone(); const md = d.slashMd(); const g = d.given();
    return [`pt texted from ${ph} on ${md}: "cant get more than 40g protein, feel dizzy when i stand". returned call, spoke w/ ${g}.`, [pp, md, g]];
  }],
  // GLP-1 prescriptions and pharmacy
  ['GLP-1 prescription', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const dea = d.dea(); const dt = d.date();
    return [`Rx: semaglutide (Wegovy) 0.25 mg SC weekly x 4 weeks, then 0.5 mg weekly.\nPrescriber: ${g} ${s}, ${d.pick(['NP', 'MD', 'PA-C', 'DO'])}   NPI ${npi}   DEA ${dea}\nDate written: ${dt}`, [g, s, npi, dea, dt]];
  }],
  ['pharmacy fill record', (d) => {
    const rx = d.rxNo(); const dt = d.date(); const ph = d.pharmacy(); const st = d.street(); const t = d.town(); const z = d.zip(); const [tel, tp] = d.phone();
    return [`Rx #${rx}   ZEPBOUND 2.5 MG/0.5 ML PEN   QTY 4   Filled ${dt}\n${ph}, ${st}, ${t} ${z}   ${tel}`, [rx, dt, ph, st, t, z, tp]];
  }],
  ['GLP-1 prior auth key', (d) => {
    const k = d.cmmKey(); const dt = d.date(); const c = d.planCase(); const md = d.monDay();
    return [`PA for tirzepatide (Zepbound) submitted on CoverMyMeds, key ${k}, ${dt}; plan case ID ${c}. Approved ${md} for 6 months.`, [k, dt, c, md]];
  }],
  ['pharmacy shortage call', (d) => {
    const g = d.given(); const ph = d.pharmacy(); const my = d.monthYear(); const wd = d.weekday();
    return [`${g}, pharmacist at ${ph}, called: Wegovy 1.7 mg on backorder until ${my}. Patient notified ${wd} and will stay on 1 mg.`, [g, ph, my, wd]];
  }],
  ['savings card activation', (d) => {
    const id = d.digitString(11); const md = d.slashMd(); const ph = d.pharmacy();
    return [`Manufacturer savings card ID ${id} activated ${md}; copay now $25 at ${ph}.`, [id, md, ph]];
  }],
  ['weight-loss medication history', (d) => {
    const s = d.sur(); const c = d.weightClinic(); const my = d.monthYear();
    return [`Previously on liraglutide (Saxenda) prescribed by Dr. ${s} at ${c}; stopped ${my} for nausea. Phentermine 2019, lost 22 lb, regained.`, [s, c, my]];
  }],
  // weights
  ['weight log table', (d) => {
    const a = d.date(); const b = d.date(); const c = d.date();
    return [`WEIGHT LOG\n${a}   ${d.weight()} lb\n${b}   ${d.weight()} lb\n${c}   ${d.weight()} lb`, [a, b, c]];
  }],
  ['one-year outcome', (d) => {
    const my = d.monthYear(); const md = d.monDay();
    return [`At 1 year (${my}) weight ${d.weight()} lb, %EWL ${d.int(45, 85)}%, A1c 5.6%. Off metformin since ${md}.`, [my, md]];
  }],
  ['portal weight message', (d) => {
    const wd = d.weekday(); const hd = d.holiday();
    return [`${wd} portal message: "weighed ${d.weight()} this morning, stalled since ${hd}. is that normal?"`, [wd, hd]];
  }],
  // registration and billing
  ['registration address and contacts', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone(); const p = d.person(); const em = d.email(p.given, p.surs[0]!); const c = d.person(); const [ph2, pp2] = d.phone();
    return [`Address: ${st}, ${t}, ${d.state()} ${z}\nCell: ${ph}   E-mail: ${em}\nEmergency contact: ${written(c)} (${d.relation()}) ${ph2}`, [st, t, z, pp, em, ...nameParts(c), pp2]];
  }],
  ['SSN and driver license', (d) => {
    const ssn = d.ssn(); const dl = d.driversLicense(); const ex = d.mdy();
    return [`SSN ${ssn}. Driver's license ${dl} (${d.state()}), expires ${ex}. Photo ID scanned at check-in.`, [ssn, dl, ex]];
  }],
  ['self-pay account', (d) => {
    const g = d.given(); const s = d.sur(); const acct = d.account(); const app = `APP${d.digitString(7)}`;
    return [`Self-pay sleeve package quoted $${d.int(9, 19)},${d.int(100, 999)}. Guarantor ${g} ${s}, account #${acct}; financing application ${app} pending.`, [g, s, acct, app]];
  }],
  ['FMLA claim', (d) => {
    const emp = d.employer(); const cl = d.claimNo(); const g = d.given(); const s = d.sur(); const [fx, fp] = d.phone(); const a = d.date(); const b = d.date();
    return [`FMLA paperwork for ${emp}: claim #${cl}, HR contact ${g} ${s}, fax ${fx}. Leave ${a} to ${b}.`, [emp, cl, g, s, fp, a, b]];
  }],
  ['UK transfer with NHS number', (d) => {
    const t = d.ukTown(); const my = d.monthYear(); const sur = d.ukSurgery(); const nhs = d.nhs(); const gp = firstWord(gb.person.lastName());
    return [`Moved from ${t}, England in ${my}; previously in a Tier 3 weight management service via ${sur} (NHS number ${nhs}), GP Dr ${gp}.`, [t, my, sur, nhs, gp]];
  }],
  ['sleeve done in Germany', (d) => {
    const dt = d.germanDate(); const h = d.deHospital(); const s = firstWord(de.person.lastName()); const pn = d.digitString(8);
    return [`Sleeve gastrectomy ${dt} at ${h}, surgeon Dr. ${s}; Patientennummer ${pn}. Op report translated from German.`, [dt, h, s, pn]];
  }],
  ['telehealth audit line', (d) => {
    const dt = d.mdy(); const ip = d.ip(); const ses = d.sessionId(); const g = d.given(); const s = d.sur();
    return [`Video visit ${dt} ${d.time()}: patient joined from IP ${ip}, session ${ses}; provider ${g} ${s}, PA-C.`, [dt, ip, ses, g, s]];
  }],
  ['sleep study and CPAP serial', (d) => {
    const sc = d.sleepCenter(); const dt = d.date(); const sn = d.serial(); const dme = d.dme(); const [ph, pp] = d.phone();
    return [`Sleep study at ${sc} ${dt}: AHI ${d.int(16, 78)}. CPAP (ResMed AirSense 11) serial ${sn} from ${dme}, ${ph}.`, [sc, dt, sn, dme, pp]];
  }],
  ['pre-op EGD', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const c = d.endoCenter();
    return [`EGD ${dt} by Dr. ${g} ${s} at ${c}: 2 cm hiatal hernia, LA grade A esophagitis; CLO test negative.`, [dt, g, s, c]];
  }],
  ['nicotine screen', (d) => {
    const md = d.slashMd(); const my = d.monthYear(); const g = d.given();
    return [`Cotinine negative ${md}; quit vaping ${my}, confirmed by her ${d.relation()} ${g}.`, [md, my, g]];
  }],
  ['pre-op education class', (d) => {
    const wd = d.weekday(); const md = d.monDay(); const h = d.hospital(); const g = d.given(); const s = d.sur();
    return [`Attended pre-op education class ${wd} ${md} in Conference Room B at ${h}; instructor ${g} ${s}, RN, CBN.`, [wd, md, h, g, s]];
  }],
  ['discharge summary header', (d) => {
    const a = d.date(); const b = d.date(); const g = d.given(); const s = d.sur(); const pg = d.given(); const ps = d.sur(); const pr = d.practice();
    return [`DISCHARGE SUMMARY\nAdmitted: ${a}   Discharged: ${b}\nAttending: ${g} ${s}, MD\nPCP: ${pg} ${ps}, ${pr}\nDiet: Stage 2 full liquids`, [a, b, g, s, pg, ps, pr]];
  }],
  ['readmission transfer', (d) => {
    const dt = d.date(); const h = d.hospital(); const amb = d.ambulance(); const run = d.runNo();
    return [`Readmitted ${dt} with a staple line leak, transferred from ${h} by ${amb} (run #${run}); CT with oral contrast on arrival.`, [dt, h, amb, run]];
  }],
  ['follow-up schedule', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur(); const rg = d.given(); const my = d.monthYear();
    return [`Follow-up: 2 weeks post-op (${md}) with ${g} ${s}, PA-C; 6 weeks with RD ${rg}; 3 months in ${my}.`, [md, g, s, rg, my]];
  }],
  ['driver and parking pass', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const pl = d.plate();
    return [`Driver day of surgery: ${d.relation()} ${g} ${s}, ${ph}; parking pass issued for plate ${pl}.`, [g, s, pp, pl]];
  }],
  ['electronic signature', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Electronically signed by ${g} ${s}, ${d.credential()} on ${dt} at ${d.time()}`, [g, s, dt]];
  }],
  ['personal trainer letter', (d) => {
    const g = d.given(); const s = d.sur(); const gym = d.gym(); const pg = d.given(); const my = d.monthYear(); const em = d.email(d.given(), d.sur());
    return [`${g} ${s}, NASM-CPT, personal trainer at ${gym}, confirms ${d.int(12, 60)} sessions with ${pg} since ${my}. Contact: ${em}`, [g, s, gym, pg, my, em]];
  }],
  ['pre-op labs requisition', (d) => {
    const dt = d.date(); const lab = d.lab(); const st = d.street(); const [fx, fp] = d.phone();
    return [`Pre-op labs drawn ${dt} at ${lab}, ${st}; results to fax ${fx}. HbA1c 7.9%, TSH normal.`, [dt, lab, st, fp]];
  }],
  ['cc list on letter', (d) => {
    const a = d.given(); const b = d.sur(); const pr = d.practice(); const t = d.town(); const c = d.given(); const e = d.sur();
    return [`cc: ${a} ${b}, MD, ${pr}, ${t}\n    ${c} ${e}, RD, LD`, [a, b, pr, t, c, e]];
  }],
];

/** The names of the wave's frames. */
export const bariatricFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function bariatricWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11177, rounds);
}

/** Look-alikes in bariatric program style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // procedures and their codes
  ['Laparoscopic sleeve gastrectomy performed.', 'Laparoscopic sleeve gastrectomy'], ['Roux-en-Y gastric bypass, antecolic.', 'Roux-en-Y gastric bypass'],
  ['Candidate for SADI-S.', 'SADI-S'], ['Biliopancreatic diversion with duodenal switch discussed.', 'duodenal switch'],
  ['LAP-BAND removed, converted to sleeve.', 'LAP-BAND'], ['Orbera intragastric balloon in 2018.', 'Orbera'], ['Endoscopic sleeve gastroplasty (ESG) considered.', 'ESG'],
  ['CPT 43775 sleeve gastrectomy.', '43775'], ['CPT 43644 laparoscopic gastric bypass.', '43644'], ['CPT 43771 band revision.', '43771'],
  ['S2083 band adjustment.', 'S2083'], ['ICD-10 E66.01 morbid obesity.', 'E66.01'], ['Z68.41 BMI 40.0-44.9.', 'Z68.41'], ['Z68.45 BMI 70 or greater.', 'Z68.45'],
  ['K95.89 other complications of bariatric surgery.', 'K95.89'], ['HCPCS G0447 behavioral counseling for obesity.', 'G0447'],
  // eponyms and anatomy
  ['Roux limb 150 cm, biliopancreatic limb 50 cm.', 'Roux limb'], ["Petersen's defect closed.", "Petersen's"], ['Ligament of Treitz identified.', 'Treitz'],
  ['Reverse Trendelenburg position.', 'Trendelenburg'], ['Veress needle entry at Palmer\'s point.', 'Veress'], ["Palmer's point entry.", "Palmer's point"],
  ['Hasson trocar at the umbilicus.', 'Hasson'], ["Wernicke's encephalopathy risk with vomiting.", "Wernicke's"], ['Prior Nissen fundoplication.', 'Nissen'],
  ['Angle of His dissected.', 'Angle of His'], ['Dumping syndrome after sweets.', 'Dumping syndrome'], ['Marginal ulcer at the gastrojejunostomy.', 'Marginal ulcer'],
  ["Barrett's esophagus excluded on EGD.", "Barrett's"], ["Kocher maneuver not required.", 'Kocher'], ['Pylorus identified, 5 cm proximal start.', 'Pylorus'],
  // scores and scales
  ['BMI 42.5 kg/m2.', 'BMI 42.5'], ['%EWL 68% at 1 year.', '%EWL 68%'], ['%TWL 31%.', '%TWL 31%'], ['Edmonton Obesity Staging System stage 2.', 'Edmonton Obesity Staging System'],
  ['EOSS 3.', 'EOSS 3'], ['Binge Eating Scale 18.', 'Binge Eating Scale 18'], ['MMPI-3 valid.', 'MMPI-3'], ['PHQ-9 of 12.', 'PHQ-9 of 12'], ['GAD-7 6.', 'GAD-7 6'],
  ['AUDIT-C 2.', 'AUDIT-C 2'], ['STOP-BANG 6.', 'STOP-BANG 6'], ['Epworth 14.', 'Epworth 14'], ['AHI 34 events/hour.', 'AHI 34'], ['Mallampati IV.', 'Mallampati IV'],
  ['ASA 3.', 'ASA 3'], ['Caprini score 6.', 'Caprini score 6'], ['Obesity surgery mortality risk score 2.', 'Obesity surgery mortality risk score'], ['Boston Interview for Gastric Bypass.', 'Boston Interview'],
  ['LA grade B esophagitis.', 'LA grade B'], ['Clavien-Dindo grade II.', 'Clavien-Dindo'],
  // drugs and brands
  ['Semaglutide 2.4 mg weekly.', 'Semaglutide'], ['Wegovy 1.7 mg.', 'Wegovy'], ['Was on Ozempic through the PCP.', 'Ozempic'], ['Tirzepatide 5 mg.', 'Tirzepatide'],
  ['Zepbound 7.5 mg pen.', 'Zepbound'], ['Mounjaro for diabetes.', 'Mounjaro'], ['Saxenda 3 mg daily.', 'Saxenda'], ['Phentermine 37.5 mg.', 'Phentermine'],
  ['Qsymia titration.', 'Qsymia'], ['Contrave caused nausea.', 'Contrave'], ['Orlistat (Alli).', 'Alli'], ['Ursodiol 300 mg BID for 6 months.', 'Ursodiol'],
  ['Actigall for gallstone prevention.', 'Actigall'], ['Enoxaparin 40 mg BID.', 'Enoxaparin'], ['Lovenox at discharge.', 'Lovenox'], ['Ondansetron ODT 4 mg.', 'Ondansetron'],
  ['Metformin XR 1000 mg.', 'Metformin'], ['Omeprazole 40 mg daily x 6 months.', 'Omeprazole'], ['Sucralfate slurry.', 'Sucralfate'], ['Bariatric fusion multivitamin.', 'Bariatric fusion'],
  // devices and makers
  ['Echelon Flex 60 stapler.', 'Echelon Flex'], ['Signia stapling system.', 'Signia'], ['Endo GIA reloads.', 'Endo GIA'], ['Tri-Staple purple reload.', 'Tri-Staple'],
  ['Seamguard reinforcement.', 'Seamguard'], ['Ethicon rep present.', 'Ethicon'], ['Medtronic stapler.', 'Medtronic'], ['Apollo Endosurgery band.', 'Apollo Endosurgery'],
  ['REF ECR60G reload.', 'ECR60G'], ['36 Fr bougie.', '36 Fr'], ['ViSiGi 3D calibration tube.', 'ViSiGi 3D'], ['20G Huber needle.', 'Huber needle'],
  ['da Vinci Xi robot.', 'da Vinci Xi'], ['ResMed AirSense 11.', 'ResMed AirSense 11'], ['GlideScope used.', 'GlideScope'], ['JP drain to bulb suction.', 'JP drain'],
  // supplements and apps
  ['Bariatric Advantage chewable.', 'Bariatric Advantage'], ['Celebrate Vitamins.', 'Celebrate Vitamins'], ['Unjury protein.', 'Unjury'],
  ['Premier Protein shakes.', 'Premier Protein'], ['Logs in Baritastic.', 'Baritastic'], ['Tracks in MyFitnessPal.', 'MyFitnessPal'], ['Fairlife milk.', 'Fairlife'],
  // payers, chains and national bodies
  ['Aetna requires 6 months of supervised diet.', 'Aetna'], ['Blue Cross Blue Shield plan.', 'Blue Cross Blue Shield'], ['Medicare covers the sleeve.', 'Medicare'],
  ['UnitedHealthcare denial.', 'UnitedHealthcare'], ['Tricare referral.', 'Tricare'], ['Planet Fitness membership.', 'Planet Fitness'], ['Joined the YMCA.', 'YMCA'],
  ['Filled at CVS.', 'CVS'], ['Walgreens pharmacy.', 'Walgreens'], ['Submitted on CoverMyMeds.', 'CoverMyMeds'], ['ASMBS guidelines.', 'ASMBS'],
  ['MBSAQIP accredited center.', 'MBSAQIP'], ['Obesity Action Coalition.', 'Obesity Action Coalition'], ['NIH consensus criteria.', 'NIH'], ['FDA approved in 2021.', 'FDA'],
  ['CMS national coverage determination.', 'CMS'], ['Weight Watchers in the past.', 'Weight Watchers'], ['Optifast program.', 'Optifast'], ['Noom app.', 'Noom'],
  // diet stages, measures and values
  ['Stage 2 full liquids.', 'Stage 2'], ['Pureed diet for 2 weeks.', 'Pureed diet'], ['60-80 g protein per day.', '60-80 g'], ['64 oz fluid daily.', '64 oz'],
  ['Weight 312.4 lb.', '312.4 lb'], ['Down 41 lb.', '41 lb'], ['Total 7.5 mL in band.', '7.5 mL'], ['25 mm anvil.', '25 mm'], ['HbA1c 7.8%.', '7.8%'],
  ['B12 412 pg/mL.', '412 pg/mL'], ['Vitamin D 18 ng/mL.', '18 ng/mL'], ['Ferritin 9.', 'Ferritin 9'], ['EF 60%.', '60%'], ['1 oz every 15 min.', '15 min'],
  // generic places, services and schedules
  ['Seen in the bariatric clinic.', 'bariatric clinic'], ['Attends the support group.', 'support group'], ['Walks at the gym.', 'the gym'], ['Called the pharmacy.', 'the pharmacy'],
  ['Transferred to PACU.', 'PACU'], ['Admitted to the surgical floor.', 'surgical floor'], ['Went to the ED.', 'the ED'], ['Support group meets the first Tuesday of every month.', 'the first Tuesday of every month'],
  ['Clinic hours Monday through Friday.', 'Monday through Friday'], ['Conference Room B.', 'Conference Room B'],
  // relations, roles, ages, years and counts
  ['Her husband is supportive.', 'husband'], ['Daughter drove her.', 'Daughter'], ['The dietitian reviewed her log.', 'dietitian'], ['The psychologist cleared her.', 'psychologist'],
  ['PCP to follow.', 'PCP'], ['The facilitator welcomed new members.', 'facilitator'], ['Bariatric coordinator called.', 'Bariatric coordinator'],
  ['54-year-old woman.', '54'], ['Age 89.', '89'], ['Surgery in 2019.', '2019'], ['Visit 4 of 6.', '4 of 6'], ['6 consecutive monthly visits.', '6 consecutive'],
  ['POD 2.', 'POD 2'], ['Off work 4 weeks.', '4 weeks'], ['12 months post-op.', '12 months'],
  // everyday words that are also names or towns
  ['Expressed hope about the surgery.', 'hope'], ['Said grace before meals.', 'grace'], ['Will return in 2 weeks.', 'Will'], ['Lean protein first.', 'Lean'],
  ['Avoid sweet drinks.', 'sweet'], ['Sugar-free popsicles.', 'Sugar'], ['Low salt diet.', 'salt'], ['Light activity only.', 'Light'], ['Comfort eating at night.', 'Comfort'],
  ['Low energy in the afternoon.', 'energy'], ['Joy in cooking again.', 'Joy'], ['Small frequent meals.', 'Small'], ['Short of breath on stairs.', 'Short'],
  ['Long-term follow-up.', 'Long'], ['Protein shakes at dawn.', 'dawn'], ['Gained weight over the summer.', 'summer'], ['Independence with ADLs.', 'Independence'],
];

export const bariatricKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedBariatricKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(bariatricKeepCases(), find);

export function scoreBariatricWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => bariatricWaveCases(seed)), find);
}
