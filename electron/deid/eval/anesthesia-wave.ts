// A blind wave of anesthesia and perioperative records: pre-anesthesia evaluations (the patient's header with DOB and
// MRN, prior anesthetics at other hospitals, outside clearances faxed in, pre-admission phone screens, home CPAP and
// implanted-device serials, the device company representative), anesthesia consents (patient, surrogate, witness and
// interpreter), intraoperative anesthesia records (the header with date, OR room and case number, time-stamped rows
// with staff sign-in and sign-out, break relief and permanent hand-offs between CRNAs, residents with their initials,
// the attending's attestation, machine checkout and video laryngoscope serials, infusion and PCA pump ids, controlled
// substance waste with a witness and a dispensing-cabinet transaction, DEA numbers, AIMS workstations that drop their
// feed), airway notes (awake fiberoptic intubations, difficult-airway letters and MedicAlert numbers, outside records),
// PACU notes (report from the CRNA to the PACU nurse, discharge criteria met, the family called), acute pain service
// and epidural notes (placements by a named resident, pump serials, catheter removal, PCA double checks, ambulatory
// nerve-block catheters and the follow-up calls), malignant hyperthermia hotline calls (the consultant, the call's
// date, the reference number, the registry report, a relative referred for testing), surgical safety checklists
// (sign-in, time-out, sign-out with the staff who called them), OR schedule lines (room, case, patient, surgeon,
// anesthesia team, add-ons), and day-surgery discharges (escorts and drivers named with relation and phone, curbside
// pickup plates, next-day calls by a named nurse, pharmacies, portal and e-mail links, transfers to a hospital), in
// mixed case, ALL CAPS and lower case. Dates are written in every form these records use ('03/04/2021', '3/4/21',
// '4 March 2021', '2021-03-04', '04-MAR-2021', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'Christmas Eve', 'March 2019');
// ages over 89, phones, faxes, e-mails, URLs and IPs are planted. Given names and surnames are often everyday words
// (Hope, Rocky, Bill, Stone, Hill) and towns are often everyday words (Liberty, Union, Hope, Commerce, Eden). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreAnesthesiaWave`.
// Decisions: a person's given name and surname are planted each, a middle initial and a credential ('MD', 'DO',
// 'CRNA', 'SRNA', 'CAA', 'RN', 'PharmD', 'CA-2') are not; initials that sign a row, a checkout or a count are planted,
// and so are a resident's initials given in brackets; a hospital, a surgery center and a day-surgery unit are planted
// whole with their kind words ('Liberty Surgery Center', "St. Jude's Medical Center", 'Eden Ambulatory Surgery
// Center'), while a maker, a pharmacy chain, a payer or a society named alone ('GE', 'Walgreens', 'Aetna', 'MHAUS') is
// kept; a town and a county are planted, the state is kept; a street address is planted from its number to its street
// type, a ZIP is planted; an OR room given with its number ('OR 7', 'Room 12', 'OR #3') is planted whole, as the
// brief for this wave lists it among what these records carry, while a room word without a number ('the OR', 'Main
// OR', 'PACU', 'pre-op holding') is kept; a surgical case number, an encounter and account number, an MRN, a MedicAlert
// number, an interpreter id, a dispensing-cabinet transaction number, an MH hotline reference number, a DEA number, a
// licence number, an NPI, a member id are planted; the serial of an anesthesia machine, a video laryngoscope, a CPAP,
// an ICD and a pump, and a pump's id or asset tag are planted, a model ('Aisys CS2', 'CADD-Solis', 'AirSense 10') is
// kept; a curbside plate is planted; a weekday naming one day is planted, and a weekday written with its date
// ('Tuesday, March 4') is planted as one part; a holiday that fixes a day ('Christmas Eve', 'July 4th') is planted; a
// month with a year is planted; a time next to a date or on a record row ('07:42', '0742') is neither planted nor a
// look-alike (not an identifier under Safe Harbor, and not scored); a phone's leading '(' need not be covered; an
// e-mail and a URL are planted whole. Kept (look-alikes): eponyms (Mallampati, Cormack-Lehane, Macintosh, Miller,
// Aldrete, Bier, Sellick, Tuohy, Whitacre, Sprotte, Quincke, Magill, Guedel, Yankauer, Murphy, Mapleson, Bain,
// Jackson-Rees, Eschmann, Arndt, Swan-Ganz, Trendelenburg, Fowler, Bezold-Jarisch, Horner, Korotkoff, Allen, Ludwig,
// Pierre Robin, Ramsay, Apfel, Pfannenstiel, Whipple, Nissen, Roux-en-Y), drugs and brands, device makers and models,
// ASA class, airway, block and ventilator settings and scores (TOF 4/4, PEEP 5, MAC 1.0, FiO2 0.5, BIS 42, ETT 7.0 at
// 22 cm, T10 level, L3-4), CPT and ICD-10 codes, POD and phase numbers, room words without numbers, roles without
// names, relations without names, everyday words that are also names or towns (stone, hope, bill, grace, union),
// ages of 89 and under, years alone, states, societies, registries and payers.
// Measured before rules: 0.901 recall on seeds 5, 11, 23 (3684/4087), 0.904 on fresh seeds 41, 42, 43 (3703/4095); 8/131
// look-alikes touched ("Sellick", "Murphy eye", "Pierre Robin", "Whitacre", "Aldrete 9/10", ASA code "01402", "Labor
// and Delivery", "Walgreens") (engine at 029ca6a).
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, gb, ie, au, ca, fr, pl, br, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Mercy', 'Pearl', 'Ruby', 'Amber', 'Crystal', 'Ivy', 'Holly', 'Heather', 'Daisy', 'Iris', 'Sunny', 'Dawn', 'April', 'June', 'Summer', 'Robin', 'Wren', 'Rocky', 'Bill', 'Art', 'Guy', 'Mark', 'Pat', 'Chip', 'Buck', 'Hunter', 'Chase', 'Lance', 'Rusty', 'Dusty', 'Sandy', 'Cliff', 'Dale', 'Glen', 'Forrest', 'Major', 'Duke', 'Earl', 'Sterling', 'Rich'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Best', 'Hope', 'Bishop', 'Knight', 'King', 'Marshal', 'Mason', 'Miller', 'Turner', 'Baker', 'Cook', 'Fisher', 'Hunter', 'Carter', 'Walker', 'Bell', 'Rose', 'Moss', 'Reed', 'Marsh', 'Field', 'Woods', 'Brook', 'Lake', 'Wells', 'Fox', 'Hawk', 'Crow', 'Swan', 'Lamb', 'Bull', 'Frost', 'Snow', 'Moody', 'Sharp', 'Strong', 'Young', 'Small', 'Short', 'Little', 'Sellers', 'Bridges', 'Gates', 'Banks', 'Pain', 'Blood'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Eden', 'Commerce', 'Harmony', 'Concord', 'Providence', 'Independence', 'Enterprise', 'Progress', 'Friendship', 'Felicity', 'Bliss', 'Comfort', 'Plenty', 'Welcome', 'Pleasant Hill', 'Fairfield', 'Greenville', 'Springfield', 'Florence', 'Marion', 'Jasper', 'Chester', 'Warren', 'Milton', 'Clinton', 'Dover', 'Bath', 'Reading', 'Normal', 'Mercy', 'Gaylord', 'Rising Sun', 'Accident', 'Boring', 'Temple'];
const REAL_TOWNS = ['Zanesville', 'Findlay', 'Lima', 'Mansfield', 'Muncie', 'Kokomo', 'Anderson', 'Joplin', 'Sedalia', 'Rolla', 'Paducah', 'Somerset', 'Beckley', 'Wheeling', 'Altoona', 'Scranton', 'Elmira', 'Utica', 'Rutland', 'Bangor', 'Lewiston', 'Dubuque', 'Ottumwa', 'Mankato', 'Duluth', 'Eau Claire', 'Oshkosh', 'Saginaw', 'Kalamazoo', 'Salina', 'Hutchinson', 'Amarillo', 'Tyler', 'Shreveport', 'Meridian', 'Gadsden', 'Albany'];
const STATES = ['OH', 'IN', 'MO', 'KY', 'WV', 'PA', 'NY', 'VT', 'ME', 'IA', 'MN', 'WI', 'MI', 'KS', 'TX', 'LA', 'MS', 'AL', 'Ohio', 'Iowa'];
const COUNTY_WORDS = ['Franklin', 'Jefferson', 'Washington', 'Lincoln', 'Madison', 'Clay', 'Union', 'Marion', 'Greene', 'Pike', 'Perry', 'Knox', 'Wayne', 'Clark', 'Lake', 'Polk', 'Hardin', 'Boone', 'Shelby', 'Grant'];
const STREET_WORDS = ['Main', 'Oak', 'Maple', 'Elm', 'Walnut', 'Church', 'Mill', 'Market', 'Water', 'Broad', 'High', 'Hospital', 'Medical Park', 'Surgery Center', 'Wellness', 'Spring', 'Ridge', 'Orchard', 'Hillcrest', 'Pleasant'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Blvd', 'Ln', 'Way', 'Pkwy', 'Ct', 'Pike'];
const SAINTS = ['Jude', 'Luke', 'Mary', 'Joseph', 'Anne', 'Vincent', 'Francis', 'Elizabeth', 'Agnes', 'Clare', 'Anthony', 'Margaret'];
const HOSPITAL_KIND = ['Memorial Hospital', 'General Hospital', 'Medical Center', 'Regional Medical Center', 'Community Hospital', "Women's Hospital", 'Surgical Hospital', 'Orthopedic Hospital'];
const ASC_KIND = ['Surgery Center', 'Ambulatory Surgery Center', 'Outpatient Surgery Center', 'Day Surgery', 'Surgical Suites', 'Endoscopy and Surgery Center', 'Same Day Surgery Center', 'Eye Surgery Center'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'July 4th', 'the Fourth of July', 'Thanksgiving', 'Memorial Day', 'Labor Day', "Valentine's Day", 'Halloween'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'partner', 'fiancé', 'granddaughter', 'grandson', 'niece', 'neighbor', 'friend', 'roommate'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Miss'];
const LANGUAGES = ['Spanish', 'Vietnamese', 'Polish', 'Haitian Creole', 'Arabic', 'Somali', 'Portuguese', 'Mandarin', 'Russian', 'Karen', 'ASL'];
const PROCEDURES = ['lap chole', 'L TKA', 'R THA', 'ORIF R distal radius', 'cystoscopy with stent', 'tonsillectomy', 'lap appendectomy', 'TURP', 'cataract extraction OS', 'L inguinal hernia repair', 'colonoscopy', 'shoulder arthroscopy', 'hysteroscopy D&C', 'carpal tunnel release', 'ex lap', 'C-section'];

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
  /** Initials with full stops ('J.K.') or run together ('JK'). */
  dottedInitials(): string {
    const i = this.letters(this.int(2, 3));
    return this.r() < 0.35 ? [...i].map((c) => `${c}.`).join('') : i;
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  language(): string {
    return this.pick(LANGUAGES);
  }
  procedure(): string {
    return this.pick(PROCEDURES);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return `${this.pick(COUNTY_WORDS)} County`;
  }
  /** A hospital, named for a town, a saint or a family. */
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Regional Hospital'])}`;
    if (x < 0.32) return `${this.capitalizedSurname()} ${this.pick(['Memorial Hospital', 'Memorial Medical Center'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_KIND)}`;
  }
  /** An ambulatory surgery center or day-surgery unit. */
  asc(): string {
    const x = this.r();
    if (x < 0.6) return `${this.town()} ${this.pick(ASC_KIND)}`;
    if (x < 0.8) return `${this.pick(['Lakeside', 'Riverview', 'Northside', 'Valley', 'Summit', 'Crossroads', 'Heartland', 'Bluegrass'])} ${this.pick(ASC_KIND)}`;
    return `${this.capitalizedSurname()} ${this.pick(['Surgery Center', 'Surgical Institute', 'Eye Surgery Center'])}`;
  }
  street(): string {
    return `${this.int(10, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(15001, 79999));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2012, 2026);
  }
  time(): string {
    return `${pad2(this.int(6, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A record-row time without a colon ('0742'). */
  rowTime(): string {
    return `${pad2(this.int(6, 19))}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms these records use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(d)}${MON[m - 1]!.toUpperCase()}${y}` : `${m}/${d}/${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  /** A weekday with its month and day ('Tuesday, March 4' or 'Tue 3/4'). */
  weekdayDate(): string {
    const [m, d] = this.md();
    const w = this.weekday();
    return this.r() < 0.6 ? `${w}, ${MONTHS[m - 1]!} ${d}` : `${w.slice(0, 3)} ${m}/${d}`;
  }
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    return this.r() < 0.65 ? `${this.pick([MONTHS[m - 1]!, MON[m - 1]!])} ${y}` : `${m}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1932, hi = 2006): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 3);
    return k === 0 ? `00${this.digitString(6)}` : k === 1 ? `M${this.digitString(7)}` : this.digitString(this.int(7, 9));
  }
  /** An encounter, account or FIN number. */
  fin(): string {
    return this.digitString(this.int(9, 12));
  }
  /** A surgical case number. */
  caseNo(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.year()}-${this.digitString(5)}`;
    if (k === 1) return `SC${this.digitString(7)}`;
    if (k === 2) return this.digitString(8);
    return `${this.letters(2)}-${pad2(this.int(12, 26))}-${this.digitString(5)}`;
  }
  /** An OR room with its number. */
  orRoom(): string {
    const n = this.int(1, 24);
    return this.pick([`OR ${n}`, `OR ${n}`, `Room ${n}`, `OR #${n}`, `OR-${pad2(n)}`, `Rm ${n}`]);
  }
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(4)}${this.digitString(5)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(2)}${this.digitString(6)}`;
    if (k === 2) return `SN${this.digitString(8)}`;
    if (k === 3) return `${this.letters(3)}-${this.digitString(6)}`;
    return this.digitString(this.int(9, 11));
  }
  /** An infusion or PCA pump id or biomed asset tag. */
  pumpId(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(6, 8));
    if (k === 1) return `${this.pick(['BME', 'BMET', 'CE'])}${this.digitString(6)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(5)}`;
    return `${this.digitString(3)}-${this.digitString(4)}`;
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
    if (k === 0) return `RN${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(2)}.${this.digitString(6)}`;
    return `APRN-${this.digitString(5)}`;
  }
  /** A dispensing-cabinet transaction number. */
  txn(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `TX${this.digitString(7)}`;
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.letters(1)}${this.digitString(8)}${this.int(0, 9)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}-${this.digitString(4)}`;
    if (k === 1) return `${this.digitString(3)} ${this.letters(3)}`;
    return `${this.letters(3)}${this.digitString(3)}`;
  }
  ip(): string {
    return this.r() < 0.6 ? `10.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(2, 254)}` : `172.${this.int(16, 31)}.${this.int(0, 254)}.${this.int(2, 254)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', `${asciiLetters(this.town()) || 'union'}surgery.com`, 'aol.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(60, 99)}`]);
    return `${local}@${dom}`;
  }
  /** A physician as the records write one: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 5);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g} ${this.mi()}, MD`, [s, g]];
    if (k === 3) return [`${g} ${s}, DO`, [g, s]];
    if (k === 4) return [`${s.toUpperCase()}, ${g.toUpperCase()} MD`, [s.toUpperCase(), g.toUpperCase()]];
    return [`Dr. ${s}`, [s]];
  }
  /** A staff member with a credential, first-last or last-first. */
  staff(cred: string): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 9);
    if (k < 6) return [`${g} ${s}, ${cred}`, [g, s]];
    if (k < 8) return [`${s}, ${g} ${cred}`, [s, g]];
    const i = g.charAt(0);
    return [`${i}. ${s}, ${cred}`, [s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // pre-anesthesia evaluation
  ['pre-anesthesia evaluation header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const h = d.hospital();
    return [`PRE-ANESTHESIA EVALUATION\nPatient: ${s}, ${g}   DOB: ${dob}   MRN: ${mrn}\nDate of service: ${dt}   Location: ${h}`, [s, g, dob, mrn, dt, h]];
  }],
  ['age over 89 with ASA class', (d) => {
    const n = d.ageOver89();
    return [`${n} yo ${d.pick(['F', 'M'])} for ${d.pick(['hip hemiarthroplasty', 'ORIF L femur', 'TURBT', 'cataract extraction OD'])}. ASA 3, Mallampati III, METs < 4, on apixaban (last dose 48 h ago).`, [n]];
  }],
  ['prior anesthetic at other hospital', (d) => {
    const my = d.monthYear(); const h = d.hospital(); const t = d.town();
    return [`Prior anesthetics: ${d.procedure()} ${my} at ${h} in ${t}, GETA, uneventful. No personal or family hx of MH or pseudocholinesterase deficiency.`, [my, h, t]];
  }],
  ['outside cardiology clearance faxed', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const md = d.slashMd(); const [fx, p] = d.phone();
    return [`Cardiac clearance letter from ${g} ${s}, MD (cardiology, ${t}) dated ${md}: low risk, continue beta blocker. Faxed to pre-op from ${fx}.`, [g, s, t, md, p]];
  }],
  ['pre-admission testing phone screen', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`PAT phone screen completed ${w} by ${g} ${s}, RN. Patient reached at ${ph}; NPO and medication instructions reviewed, teach-back done.`, [w, g, s, p]];
  }],
  ['home CPAP serial', (d) => {
    const sn = d.serial(); const dt = d.date();
    return [`OSA on CPAP 10 cm H2O; will bring home ResMed AirSense 10 (S/N ${sn}) on DOS. Sleep study ${dt}: AHI 34.`, [sn, dt]];
  }],
  ['ICD serial and device rep', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`AICD: ${d.pick(['Medtronic', 'Boston Scientific', 'Abbott'])} dual chamber, S/N ${sn}. Company rep ${g} ${s} (${ph}) to reprogram tachy therapies off pre-op; magnet in room.`, [sn, g, s, p]];
  }],
  ['pre-op labs drawn in town', (d) => {
    const md = d.monDay(); const t = d.town();
    return [`Pre-op labs drawn ${md} at the outpatient lab in ${t}: Hgb 11.9, K 4.2, Cr 1.1, INR 1.0. ECG: NSR, no acute changes.`, [md, t]];
  }],
  ['evaluator signature with NPI', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const dt = d.date();
    return [`Evaluated by: ${doc} (Anesthesiology)\nNPI: ${npi}\nElectronically signed ${dt} ${d.time()}`, [...p, npi, dt]];
  }],
  ['pre-op clinic e-mail from patient', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const md = d.slashMd();
    return [`Pre-anesthesia clinic received an e-mail from the patient (${em}) on ${md} asking whether to take metformin the morning of surgery.`, [em, md]];
  }],
  // consent
  ['anesthesia consent signed with witness', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const wg = d.given(); const ws = d.sur();
    return [`I, ${g} ${s}, consent to general anesthesia and the placement of lines as needed. Risks including sore throat, dental injury, awareness and death were explained.\nPatient signature: (signed)   Date: ${dt}\nWitness: ${wg} ${ws}, RN`, [g, s, dt, wg, ws]];
  }],
  ['consent via interpreter id', (d) => {
    const lang = d.language(); const id = d.digitString(d.int(5, 7)); const g = d.given();
    return [`Consent obtained through ${lang} video interpreter, ID #${id} (${g}); patient verbalized understanding of spinal vs general.`, [id, g]];
  }],
  ['surrogate consent by telephone', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const wg = d.given(); const ws = d.sur();
    return [`Patient lacks capacity. Telephone consent from health care POA (${rel}) ${g} ${s} at ${ph}; second witness ${wg} ${ws}, RN.`, [g, s, p, wg, ws]];
  }],
  // intraoperative anesthesia record
  ['anesthesia record header with room and case', (d) => {
    const dt = d.date(); const room = d.orRoom(); const cn = d.caseNo(); const [doc, p] = d.doctor(); const [cr, pc] = d.staff('CRNA'); const sg = d.sur();
    return [`ANESTHESIA RECORD   ${dt}   ${room}   Case #${cn}\nAnesthesiologist: ${doc}   CRNA: ${cr}\nSurgeon: Dr. ${sg}`, [dt, room, cn, ...p, ...pc, sg]];
  }],
  ['staff sign-in row', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`${d.rowTime()}  In room. Anesthesia staff sign-in: ${g} ${s}, CRNA; medical direction by Dr. ${s2}. Monitors applied, preoxygenation.`, [g, s, s2]];
  }],
  ['break relief row', (d) => {
    const g = d.given(); const s = d.sur(); const i = d.initials();
    return [`${d.rowTime()}  Break relief: ${g} ${s}, CRNA in; ${i} out. Pt stable, sevo 2%, TOF 2/4. ${d.rowTime()}  Primary CRNA returned, relief signed out.`, [g, s, i]];
  }],
  ['permanent handoff of care', (d) => {
    const [c1, p1] = d.staff('CRNA'); const [c2, p2] = d.staff('CRNA'); const s = d.sur();
    return [`${d.rowTime()}  Permanent transfer of care from ${c1} to ${c2}. Handoff checklist completed (airway, lines, drips, blood availability). Dr. ${s} aware.`, [...p1, ...p2, s]];
  }],
  ['resident intubation with initials', (d) => {
    const s = d.sur(); const i = d.dottedInitials(); const s2 = d.sur();
    return [`Intubated by CA-${d.int(1, 3)} resident Dr. ${s} (${i}) under direct supervision of Dr. ${s2}: Mac 3, grade 1 view, 7.0 ETT, 22 cm at the lip.`, [s, i, s2]];
  }],
  ['SRNA and faculty line', (d) => {
    const g = d.given(); const s = d.sur(); const [c, p] = d.staff('CRNA');
    return [`Student: ${g} ${s}, SRNA. Clinical instructor: ${c}. SRNA performed LMA placement (size 4) on first attempt.`, [g, s, ...p]];
  }],
  ['attending attestation', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`I was present for induction and emergence and immediately available throughout. I medically directed no more than 4 concurrent cases. -- ${g} ${s}, MD ${dt}`, [g, s, dt]];
  }],
  ['machine checkout serial', (d) => {
    const sn = d.serial(); const i = d.initials(); const md = d.slashMd();
    return [`Machine checkout: ${d.pick(['GE Aisys CS2', 'Dräger Perseus A500', 'Dräger Fabius GS', 'GE Avance CS2'])} S/N ${sn} passed full self-test ${md} 06:10, ${i}. Suction, backup O2 and Ambu present.`, [sn, i, md]];
  }],
  ['video laryngoscope serial', (d) => {
    const sn = d.serial(); const g = d.given();
    return [`Video laryngoscope ${d.pick(['GlideScope Go', 'C-MAC', 'McGrath MAC'])} serial ${sn} used, returned to the anesthesia workroom for reprocessing; logged by tech ${g}.`, [sn, g]];
  }],
  ['infusion pump ids', (d) => {
    const a = d.pumpId(); const b = d.pumpId();
    return [`Propofol 100 mcg/kg/min via Alaris channel A (pump ID ${a}); phenylephrine 40 mcg/min via pump ${b}.`, [a, b]];
  }],
  ['controlled substance waste witness', (d) => {
    const g = d.given(); const s = d.sur(); const tx = d.txn(); const i = d.initials();
    return [`Fentanyl 50 mcg and hydromorphone 0.4 mg wasted in the presence of ${g} ${s}, RN. Pyxis transaction #${tx}. Wasted by ${i}.`, [g, s, tx, i]];
  }],
  ['DEA number on discharge prescription', (d) => {
    const g = d.given(); const s = d.sur(); const dea = d.dea(s); const npi = d.npi();
    return [`Discharge Rx: oxycodone 5 mg q6h PRN, #12, no refills.\nPrescriber: ${g} ${s}, MD   DEA ${dea}   NPI ${npi}`, [g, s, dea, npi]];
  }],
  ['CRNA licence number', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.license();
    return [`Anesthetist: ${g} ${s}, CRNA, APRN license #${lic} (${d.state()}), NBCRNA recertified.`, [g, s, lic]];
  }],
  ['AIMS workstation IP dropped', (d) => {
    const ip = d.ip(); const i = d.initials(); const md = d.slashMd();
    return [`AIMS workstation ${ip} lost the monitor feed from ${d.time()} to ${d.time()} on ${md}; vitals charted manually q5min by ${i}. Biomed ticket opened.`, [ip, i, md]];
  }],
  ['surgeon updated family intraop', (d) => {
    const s = d.sur(); const rel = d.relation(); const g = d.given(); const [ph, p] = d.phone();
    return [`Intraop update: Dr. ${s} called ${rel} ${g} at ${ph} at the start of closure; family waiting in the surgical waiting room.`, [s, g, p]];
  }],
  ['encounter and account numbers', (d) => {
    const fin = d.fin(); const cn = d.caseNo(); const id = d.memberId();
    return [`Anesthesia charge: encounter ${fin}, surgical case ${cn}. Primary insurance ${d.pick(['Aetna', 'BCBS', 'Medicare', 'Humana', 'Cigna'])}, member ID ${id}. Base units 7, time units 9.`, [fin, cn, id]];
  }],
  // airway
  ['awake fiberoptic by fellow', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`AIRWAY NOTE ${dt}: Awake fiberoptic intubation by ${g} ${s}, MD (airway fellow) after topical lidocaine 4%; 6.5 ETT, positive EtCO2, bilateral BS.`, [dt, g, s]];
  }],
  ['difficult airway letter MedicAlert', (d) => {
    const id = d.digitString(d.int(6, 9)); const md = d.monDay();
    return [`Difficult airway letter given to patient ${md}; enrolled with MedicAlert, member #${id}. Recommend awake intubation for future anesthetics.`, [md, id]];
  }],
  ['outside airway records dated', (d) => {
    const h = d.hospital(); const dt = d.date();
    return [`Per outside anesthesia record from ${h} dated ${dt}: grade 4 view with Miller 2, rescued with LMA, intubated via bougie.`, [h, dt]];
  }],
  // PACU
  ['PACU arrival report', (d) => {
    const [c, pc] = d.staff('CRNA'); const g = d.given(); const s = d.sur(); const dt = d.slashMd();
    return [`PACU arrival ${dt} ${d.time()}. Report given by ${c} to ${g} ${s}, RN at bedside. Airway: extubated, on 4 L NC.`, [dt, ...pc, g, s]];
  }],
  ['PACU discharge criteria met', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Aldrete 10/10. Discharge criteria met; released from PACU Phase I ${dt} by ${g} ${s}, MD (anesthesia). Report to floor RN.`, [dt, g, s]];
  }],
  ['PACU family call', (d) => {
    const rel = d.relation(); const g = d.given(); const [ph, p] = d.phone();
    return [`Called patient's ${rel}, ${g}, at ${ph} to update; may visit in PACU for 10 min. Pain 4/10 after hydromorphone 0.4 mg IV.`, [g, p]];
  }],
  ['PACU delirium age over 89', (d) => {
    const n = d.ageOver89(); const s = d.sur();
    return [`${n}-year-old with emergence delirium (CAM positive), pulling at IV; haloperidol 0.5 mg IV per Dr. ${s}. Daughter at bedside helped reorient.`, [n, s]];
  }],
  // acute pain service and epidurals
  ['acute pain service note header', (d) => {
    const dt = d.date(); const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`ACUTE PAIN SERVICE - DAILY NOTE ${dt}\nAttending: Dr. ${s}   Fellow: ${g} ${s2}, MD\nPOD 2 s/p ex lap.`, [dt, s, g, s2]];
  }],
  ['thoracic epidural placement with pump serial', (d) => {
    const md = d.monDay(); const s = d.sur(); const i = d.initials(); const sn = d.serial();
    return [`T8-9 epidural placed ${md} by Dr. ${s} (resident ${i}), 17G Tuohy, LOR to saline at 6 cm, catheter at 11 cm. CADD-Solis pump S/N ${sn}: bupivacaine 0.1% + fentanyl 2 mcg/mL at 8 mL/h.`, [md, s, i, sn]];
  }],
  ['epidural removal on weekday with pharmacist', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Epidural catheter removed ${w} 09:00, tip intact (blue). Timing with enoxaparin cleared by ${g} ${s}, PharmD: next dose no sooner than 4 h after removal.`, [w, g, s]];
  }],
  ['PCA double check', (d) => {
    const id = d.pumpId(); const [n1, p1] = d.staff('RN'); const [n2, p2] = d.staff('RN'); const dt = d.slashMd();
    return [`PCA pump ${id} programmed ${dt}: hydromorphone 0.2 mg demand, lockout 10 min, no basal. Independent double check: ${n1} and ${n2}.`, [id, dt, ...p1, ...p2]];
  }],
  ['labor epidural with partner in room', (d) => {
    const dt = d.date(); const s = d.sur(); const rel = d.pick(['husband', 'partner', 'mother', 'sister']); const g = d.given();
    return [`Labor epidural ${dt}, L3-4, by Dr. ${s}; test dose negative, bilateral T10 level. ${rel.charAt(0).toUpperCase()}${rel.slice(1)} ${g} in the room, asked to sit during placement.`, [dt, s, g]];
  }],
  ['epidural placed on the ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`${d.pick(['Epidural', 'Lumbar epidural', 'Thoracic epidural', 'Paravertebral catheter'])} placed on the ${o} was replaced for a ${d.pick(['unilateral block', 'patchy block', 'catheter leak', 'positive aspiration'])}; current catheter at ${d.int(9, 14)} cm, dressing clean.`, [o]];
  }],
  ['home nerve block catheter follow-up call', (d) => {
    const w = d.weekday(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Discharged with interscalene ON-Q catheter. APS will call ${w} at ${ph}; ${g} ${s}, RN (pain nurse) will instruct on removal at home.`, [w, p, g, s]];
  }],
  ['block catheter home address', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Home address for ambulatory catheter follow-up: ${st}, ${t}, ${d.state()} ${z}. Pump to be returned by prepaid mailer.`, [st, t, z]];
  }],
  // malignant hyperthermia
  ['MH hotline call', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const ref = d.digitString(d.int(5, 7));
    return [`MHAUS hotline called ${dt} ${d.time()}; spoke with on-call consultant Dr. ${g} ${s}. Reference #${ref}. Advised dantrolene 2.5 mg/kg, cooling, ICU admission.`, [dt, g, s, ref]];
  }],
  ['MH crisis timeline rows', (d) => {
    const i = d.initials(); const g = d.given(); const s = d.sur();
    return [`${d.rowTime()}  EtCO2 78, temp 39.4, masseter rigidity. MH called.\n${d.rowTime()}  Ryanodex 250 mg IV (${i}). Cart brought by ${g} ${s}, RN.`, [i, g, s]];
  }],
  ['MH cart check', (d) => {
    const md = d.slashMd(); const i = d.dottedInitials();
    return [`MH cart check ${md}: Ryanodex x3 vials in date, sterile water, cold saline, bicarbonate present. Checked by ${i}.`, [md, i]];
  }],
  ['AMRA registry report and relative testing', (d) => {
    const md = d.monDay(); const rel = d.pick(['sister', 'brother', 'son', 'daughter']); const g = d.given(); const h = d.hospital(); const t = d.town();
    return [`AMRA report submitted to NAMHR ${md}. Recommended CHCT for patient's ${rel} ${g} at the MH testing center at ${h}, ${t}.`, [md, g, h, t]];
  }],
  // surgical safety checklist
  ['checklist sign-in', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const dob = d.dob(); const s2 = d.sur();
    return [`SIGN IN (before induction) ${dt}\nPatient confirmed identity (${g} ${s}, DOB ${dob}), site, procedure and consent. Site marked by Dr. ${s2}. Known allergy: PCN.`, [dt, g, s, dob, s2]];
  }],
  ['checklist time-out', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const [c, pc] = d.staff('CRNA'); const i = d.initials();
    return [`TIME OUT ${d.time()} called by circulator ${g} ${s}. Surgeon: Dr. ${s2}. Anesthesia: ${c}. Scrub: ${i}. Antibiotic given within 60 min; all agree.`, [g, s, s2, ...pc, i]];
  }],
  ['checklist sign-out counts', (d) => {
    const i1 = d.initials(); const i2 = d.initials(); const g = d.given();
    return [`SIGN OUT: sponge, sharp and instrument counts correct x2 (${i1}/${i2}). Specimen labeled aloud. Equipment issues: none. Key concerns for recovery reviewed with ${g} (PACU).`, [i1, i2, g]];
  }],
  // OR schedule lines
  ['OR schedule line', (d) => {
    const room = d.orRoom(); const cn = d.caseNo(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const ss = d.sur(); const a = d.sur(); const c = d.sur();
    return [`${room} | 07:30 | ${cn} | ${s}, ${g} | ${d.int(18, 88)}${d.pick(['F', 'M'])} | ${d.procedure()} | Dr. ${ss} | Anes: ${a} / ${c} CRNA`, [room, cn, s, g, ss, a, c]];
  }],
  ['add-on case with age over 89', (d) => {
    const w = d.weekday(); const room = d.orRoom(); const n = d.ageOver89(); const s = d.sur(); const g = d.given();
    return [`ADD-ON ${w}: ${room} to follow, hip fx, ${n} yo, Dr. ${s}; posted by ${g} at the front desk. NPO since 02:00.`, [w, room, n, s, g]];
  }],
  ['ASC daily schedule header', (d) => {
    const a = d.asc(); const wd = d.weekdayDate();
    return [`${a} - OR SCHEDULE FOR ${wd}\n4 rooms running, first case 07:30, block release 72 h.`, [a, wd]];
  }],
  ['case rescheduled around holiday', (d) => {
    const h = d.holiday(); const md = d.monDay();
    return [`Case cancelled: patient traveling over ${h}. Rebooked for ${md}; pre-op labs within 30 days remain valid.`, [h, md]];
  }],
  ['cancellation letter', (d) => {
    const dt = d.date(); const wd = d.weekdayDate(); const a = d.asc(); const [ph, p] = d.phone();
    return [`Your procedure on ${dt} was postponed because of an abnormal ECG. It has been rescheduled for ${wd} at ${a}. Questions: ${ph}.`, [dt, wd, a, p]];
  }],
  // day-surgery discharge
  ['discharge to escort who drives', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Discharged by wheelchair to the care of ${rel} ${g} ${s}, who will drive and stay overnight. Escort cell ${ph}.`, [g, s, p]];
  }],
  ['driver named in pre-op note', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.title();
    return [`Responsible adult: ${t} ${s} (${g}), here in the lobby; no rideshare per policy. Instructions reviewed with both.`, [s, g]];
  }],
  ['curbside pickup plate', (d) => {
    const g = d.given(); const plate = d.plate(); const st = d.state();
    return [`Curbside pickup: driver ${g}, ${d.pick(['silver Honda CR-V', 'white Ford F-150', 'red Toyota Camry', 'black Chevy Equinox'])}, plate ${plate} (${st}). Staff escorted patient to the car.`, [g, plate]];
  }],
  ['next-day post-op call', (d) => {
    const dt = d.date(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`POST-OP CALL ${dt}: called ${ph}, spoke with patient. Pain 3/10 on ibuprofen, no PONV, voiding. Call by ${g} ${s}, RN.`, [dt, p, g, s]];
  }],
  ['post-op call no answer then weekday', (d) => {
    const [ph, p] = d.phone(); const w = d.weekday(); const rel = d.relation(); const g = d.given();
    return [`1st attempt: no answer at ${ph}, voicemail left. 2nd attempt ${w}: spoke with ${rel} ${g}, patient sleeping, doing well.`, [p, w, g]];
  }],
  ['discharge instructions with center phone and portal', (d) => {
    const a = d.asc(); const [ph, p] = d.phone(); const url = `https://www.${asciiLetters(d.town()) || 'union'}surgery.com/${d.pick(['after-surgery', 'discharge', 'patients'])}`;
    return [`Questions after your procedure at ${a}? Call ${ph} (after hours the anesthesiologist on call is paged). Instructions online: ${url}`, [a, p, url]];
  }],
  ['discharge prescription pharmacy address', (d) => {
    const st = d.street(); const t = d.town();
    return [`Rx sent electronically to ${d.pick(['Walgreens', 'CVS', 'Kroger Pharmacy', 'Walmart Pharmacy'])}, ${st}, ${t}.`, [st, t]];
  }],
  ['escort e-mail for instructions', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const rel = d.relation();
    return [`Copy of discharge instructions e-mailed to the patient's ${rel} at ${em} at the patient's request.`, [em]];
  }],
  ['transfer from ASC to hospital', (d) => {
    const a = d.asc(); const h = d.hospital(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Unplanned transfer from ${a} to ${h} for persistent desaturation. Accepting hospitalist Dr. ${s}; nurse-to-nurse report called to ${ph}. County EMS transported.`, [a, h, s, p]];
  }],
  ['ASC letterhead address', (d) => {
    const a = d.asc(); const st = d.street(); const t = d.town(); const z = d.zip(); const [fx, p] = d.phone();
    return [`${a}\n${st}\n${t}, ${d.state()} ${z}\nFax ${fx}`, [a, st, t, z, p]];
  }],
  ['pre-op holding IV and relative at bedside', (d) => {
    const g = d.given(); const s = d.sur(); const rel = d.pick(['son', 'daughter', 'wife', 'husband']); const g2 = d.given();
    return [`Pre-op holding: 20G IV L hand placed by ${g} ${s}, RN; ${rel} ${g2} at bedside, belongings bagged and labeled.`, [g, s, g2]];
  }],
  ['county of residence for EMS', (d) => {
    const c = d.county(); const t = d.town();
    return [`Lives alone in rural ${c} near ${t}; will stay with family overnight. 45 min from the nearest ED.`, [c, t]];
  }],
];

/** The names of the wave's frames. */
export const anesthesiaFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function anesthesiaWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10861, rounds);
}

/** Look-alikes in anesthesia and perioperative style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // airway eponyms and scores
  ['Mallampati III, thyromental distance 5 cm.', 'Mallampati III'], ['Cormack-Lehane grade 2a view.', 'Cormack-Lehane'], ['DL with Macintosh 3 blade.', 'Macintosh'],
  ['Miller 2 blade, grade 1 view.', 'Miller 2'], ['Aldrete score 9 on arrival.', 'Aldrete'], ['Bier block for carpal tunnel release.', 'Bier block'],
  ['Cricoid pressure (Sellick) applied during RSI.', 'Sellick'], ['Magill forceps used for nasal ETT.', 'Magill'], ['Guedel oral airway size 9 placed.', 'Guedel'],
  ['Yankauer suction at the head of the bed.', 'Yankauer'], ['ETT with Murphy eye, cuff up.', 'Murphy eye'], ['Mapleson D circuit for transport.', 'Mapleson D'],
  ['Bain circuit available.', 'Bain circuit'], ['Jackson-Rees circuit for the infant.', 'Jackson-Rees'], ['Eschmann bougie required.', 'Eschmann'],
  ['Arndt endobronchial blocker placed.', 'Arndt'], ['Swan-Ganz catheter via R IJ.', 'Swan-Ganz'], ['Positioned in steep Trendelenburg.', 'Trendelenburg'],
  ['Semi-Fowler position for transport.', 'Semi-Fowler'], ['Bezold-Jarisch reflex after spinal.', 'Bezold-Jarisch'], ['Ipsilateral Horner syndrome after interscalene block.', 'Horner'],
  ['Korotkoff sounds faint on the cuff.', 'Korotkoff'], ['Allen test normal before A-line.', 'Allen test'], ["History of Ludwig's angina.", "Ludwig's"],
  ['Pierre Robin sequence, expected difficult airway.', 'Pierre Robin'], ['Ramsay sedation score 3.', 'Ramsay'], ['Apfel score 3 of 4.', 'Apfel'],
  ['STOP-BANG 5, high risk for OSA.', 'STOP-BANG 5'], ['RCRI 2 (Lee index).', 'Lee index'],
  // needles and blocks
  ['17G Tuohy needle, LOR to saline.', 'Tuohy'], ['25G Whitacre spinal needle.', 'Whitacre'], ['Sprotte 24G pencil-point needle.', 'Sprotte'], ['22G Quincke needle.', 'Quincke'],
  ['Adductor canal block with 20 mL ropivacaine.', 'Adductor canal'], ['TAP block bilaterally.', 'TAP block'], ['Epidural at L3-4 interspace.', 'L3-4'], ['Sensory level T10 bilaterally.', 'T10'],
  // surgeries that carry a name
  ['Pfannenstiel incision.', 'Pfannenstiel'], ['Whipple procedure, 7 hours.', 'Whipple'], ['Lap Nissen fundoplication.', 'Nissen'], ['Roux-en-Y gastric bypass.', 'Roux-en-Y'], ["Hartmann's procedure.", "Hartmann's"],
  // ASA class, settings and measures
  ['ASA 3E', 'ASA 3E'], ['ASA physical status II.', 'ASA physical status II'], ['TOF 4/4, sustained tetany.', 'TOF 4/4'], ['PEEP 5', 'PEEP 5'], ['MAC 1.0 sevoflurane', 'MAC 1.0'],
  ['FiO2 0.5', 'FiO2 0.5'], ['BIS 42', 'BIS 42'], ['EtCO2 35 mmHg', 'EtCO2 35'], ['TV 450 mL, RR 12', 'TV 450 mL'], ['7.0 cuffed ETT at 22 cm at the lip', '22 cm'],
  ['LMA Supreme size 4', 'size 4'], ['i-gel size 3', 'i-gel size 3'], ['18G PIV R AC', '18G'], ['EBL 150 mL, UOP 300 mL', 'EBL 150 mL'], ['LR 1000 mL', '1000 mL'],
  ['Pain 3/10 at rest.', '3/10'], ['PADSS 10, ready for discharge.', 'PADSS 10'], ['Aldrete 9/10.', '9/10'], ['POD 1 check.', 'POD 1'], ['NPO after midnight.', 'midnight'],
  // drugs and brands
  ['Diprivan 200 mg IV induction.', 'Diprivan'], ['Ultane 2% in O2/air.', 'Ultane'], ['Bridion 200 mg for reversal.', 'Bridion'], ['Anectine 100 mg for RSI.', 'Anectine'],
  ['Precedex infusion 0.4 mcg/kg/h.', 'Precedex'], ['Exparel 266 mg infiltrated.', 'Exparel'], ['Naropin 0.2% at 8 mL/h.', 'Naropin'], ['Duramorph 150 mcg intrathecal.', 'Duramorph'],
  ['Dilaudid 0.4 mg IV q10 min PRN.', 'Dilaudid'], ['Ofirmev 1 g IV.', 'Ofirmev'], ['Toradol 15 mg IV.', 'Toradol'], ['Zofran 4 mg at closure.', 'Zofran'],
  ['Decadron 8 mg after induction.', 'Decadron'], ['Robinul 0.2 mg.', 'Robinul'], ['Dantrium and Ryanodex on the MH cart.', 'Ryanodex'], ['Neo-Synephrine 100 mcg boluses.', 'Neo-Synephrine'],
  ['Ketalar 20 mg.', 'Ketalar'], ['Versed 2 mg pre-op.', 'Versed'], ['Marcaine 0.5% with epi.', 'Marcaine'],
  // devices, makers and models
  ['GE Aisys CS2 machine.', 'Aisys CS2'], ['Dräger Perseus A500', 'Perseus A500'], ['GlideScope with LoPro blade.', 'GlideScope'], ['C-MAC D-blade', 'C-MAC'],
  ['McGrath MAC video laryngoscope.', 'McGrath'], ['Bair Hugger upper body blanket.', 'Bair Hugger'], ['Level 1 rapid infuser in room.', 'Level 1'], ['Alaris PC unit.', 'Alaris'],
  ['CADD-Solis ambulatory pump.', 'CADD-Solis'], ['ON-Q pump with 400 mL reservoir.', 'ON-Q'], ['Arrow epidural kit.', 'Arrow'], ['B. Braun Perifix catheter.', 'Perifix'], ['ResMed AirSense 10', 'AirSense 10'],
  // codes
  ['CPT 00790', '00790'], ['ASA code 01402', '01402'], ['ICD-10 T88.3 malignant hyperthermia due to anesthesia', 'T88.3'], ['Modifier QK', 'QK'],
  // room words without numbers, roles without names
  ['Transported to the OR.', 'the OR'], ['Main OR front desk.', 'Main OR'], ['Admitted to pre-op holding.', 'pre-op holding'], ['Recovered in PACU Phase I.', 'PACU Phase I'],
  ['Phase II recovery then home.', 'Phase II'], ['Moved to Labor and Delivery.', 'Labor and Delivery'], ['MH cart brought to the room.', 'MH cart'],
  ['The attending anesthesiologist was present.', 'attending anesthesiologist'], ['Relief by another CRNA.', 'CRNA'], ['Circulating nurse called the time-out.', 'Circulating nurse'],
  ['Scrub tech confirmed counts.', 'Scrub tech'], ['The anesthesia resident placed the A-line.', 'anesthesia resident'], ['Responsible adult driver present.', 'adult driver'],
  ['Her husband will drive her home.', 'husband'],
  // everyday words that are also names or towns
  ['Gallstone pancreatitis, stone in the CBD.', 'stone'], ['Patient has high hope of going home today.', 'hope'], ['Questions about the anesthesia bill referred to billing.', 'bill'],
  ['Five-minute grace period for late arrivals.', 'grace'], ['Union representative called about work release.', 'Union'], ['Felt a sharp pain at the injection site.', 'sharp pain'],
  ['Mark the site before the time-out.', 'Mark'], ['Faith-based objection to blood products.', 'Faith'], ['Frost on the windshield delayed the patient.', 'Frost'],
  // ages, years, states, societies, registries and payers
  ['89 yo for cataract surgery.', '89'], ['Prior spinal in 2019.', '2019'], ['Recently moved from Ohio.', 'Ohio'], ['Call MHAUS for guidance.', 'MHAUS'],
  ['Report filed with NAMHR.', 'NAMHR'], ['Per ASA guidelines on fasting.', 'ASA guidelines'], ['WHO Surgical Safety Checklist completed.', 'WHO Surgical Safety Checklist'],
  ['Universal Protocol followed.', 'Universal Protocol'], ['Medicare Part B covers anesthesia.', 'Medicare Part B'], ['Prescription sent to Walgreens.', 'Walgreens'],
];

export const anesthesiaKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedAnesthesiaKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(anesthesiaKeepCases(), find);

export function scoreAnesthesiaWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => anesthesiaWaveCases(seed)), find);
}
