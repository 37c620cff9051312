// A blind wave of gastrointestinal motility lab records: high-resolution esophageal manometry reports (the patient
// listed as 'SURNAME, Given', date of birth, MRN, the referring physician and practice, the solid-state catheter's
// serial, the technician, the interpreting physician, Chicago Classification impressions, the workstation's IP on
// export, timed barium accessions, EndoFLIP catheter lots), 24-hour pH-impedance studies (the recorder's serial, the
// catheter's lot, the recorder returned by a relative, failed downloads sent back under an RMA, symptom diaries by the
// hour), wireless capsules (Bravo capsule lots and receiver serials, SmartPill capsule lots and receivers mailed back
// with a tracking number, the driver's licence taken as a deposit for the receiver), gastric emptying scintigraphy
// (accession numbers, the radiopharmacy's dose lot, reschedules at named imaging centers, readers), breath tests
// mailed from home kits (kit ids, shipping addresses, return tracking, personal activation URLs, the post office the
// kit went out from, kits mailed over a holiday), anorectal manometry and biofeedback (catheter serials, session rows
// with the therapist's initials, pelvic floor therapists and their licences, home trainers on loan), gastric
// electrical stimulator implants (neurostimulator and lead serials, implant registration cards, interrogations with
// the next check by month and year), referral letters (salutations, signature blocks with practice address, phone and
// fax, outside studies from named hospitals, copies to the PCP by e-mail), prior authorizations (member, group and
// reference numbers, SSNs, prescriber NPI and DEA numbers, denials, peer-to-peer calls and appeals by fax, approvals
// through a month), patient diaries (bowel and symptom diaries by date and weekday, meals at relatives' houses in
// named towns, holidays, work missed at named employers), phone messages (callers named with their relation, callback
// numbers, e-mails, messages for parents over 89) and pharmacy compounding (compounded domperidone under a single-
// patient IND, erythromycin and baclofen suspensions, Rx numbers, beyond-use dates, pharmacists and their licences,
// local compounding pharmacies, cold-pack shipments), with registration blocks, insurance cards, emergency contacts,
// fax cover sheets, motility conference lists and work and school notes, in mixed case, ALL CAPS and lower case.
// Dates are written every way ('03/04/2024', '3/4/24', '4 March 2024', 'March 4th, 2024', 'Mar 4', '4 Mar', '3/4',
// 'Tuesday', 'tues', 'the 14th', 'March 2024', holidays such as 'Labor Day' and 'Christmas Eve'); ages over 89 (in
// digits and in words), phones, faxes, e-mails, URLs and IP addresses are planted. Given names of patients, relatives
// and staff are often everyday words (Ivy, Clay, Rusty, Pepper, Reed, Gale, Brook, Candy), surnames often are too
// (Swallow, Rice, Bean, Marsh, Root, Glass, Bell, Salt), and so are towns (Temple, Mission, Mentor, Bountiful, Ransom,
// Bliss, Marathon). A list of look-alikes in the same style must not be touched. Written without reading the engine's
// rules or any gold data. `scoreMotilityWave`.
// Decisions: a person's given name and surname are each planted, a middle initial, a title ('Dr.', 'Mrs.') and a
// credential ('MD', 'RN', 'PT, DPT', 'PharmD', 'CCT') are not; a surname after an initial ('R. Swallow') is planted
// alone; a technician's or therapist's initials are planted; a relation without a name and a role without a name
// ('the motility nurse', 'the pharmacist') are kept; a device maker, a kit vendor, a national insurer, PBM or carrier
// named alone ('Medtronic', 'Diversatek', 'Trio-Smart', 'Aetna', 'Express Scripts', 'USPS') is kept, while a
// practice, a hospital, an imaging center, a compounding pharmacy, a post office, an assisted-living home, a school
// and an employer are planted whole with their kind words ('Lakeshore Gastroenterology Associates', 'Temple Imaging
// Center', 'Swallow Compounding Pharmacy', 'Mentor Post Office'); a town and a county are planted, a state is kept; a
// street address is planted from its number to its street type, with its apartment when written after it; a ZIP is
// planted; a weekday naming one day is planted, a standing schedule ('Monday through Thursday') is kept; a month and
// day, a month with a year and an ordinal day ('the 14th', planted as '14th') are planted; a holiday that fixes a day
// is planted; the time next to a date is kept, and so are durations, study values and pressures; catheter, recorder,
// receiver, neurostimulator, lead and home-trainer serials, catheter, capsule and dose lots, accession, kit, tracking,
// RMA, Rx, IND, PA reference, authorization, member, group, account and MRN numbers, NPI and DEA numbers, licences
// and SSNs are planted; a phone's leading '(' need not be covered; e-mails and URLs are planted whole; ages over 89
// are planted as their number or their words. Kept (look-alikes): classifications, consensus criteria, scales and
// eponyms (Chicago Classification, London Classification, Rome IV, Lyon Consensus, DeMeester, Bristol, Eckardt,
// Wexner, Rao, Hirschsprung, Zenker, Schatzki, Nissen, Heller, Toupet, Cajal, Ogilvie, Marsh), study values and units,
// CPT, HCPCS and ICD-10 codes, device and model names (ManoScan, ZepHr, Bravo, SmartPill, Enterra II, EndoFLIP,
// model 37800), test meals, drugs and brands (Motegrity, Reglan, domperidone, Mestinon, Linzess, Xifaxan, Gimoti,
// Ora-Sweet), organizations, laws and forms (ANMS, FDA Form 3926, 21 CFR 312.310, HDE, USP <795>, 503A), national
// insurers, PBMs and carriers, generic places (the motility lab, nuclear medicine, the compounding pharmacy, the post
// office), states, schedules, ages of 89 and under, years alone, relations and roles without names, and everyday
// words that are also names (ginger, clay, rice, bean, glass, swallow, drew).
// Recall before rules: 5103/5401 on seeds 5, 11, 23 and 5104/5399 on fresh seeds 41, 42, 43; 6/167 look-alikes touched
// ("Cleveland Clinic constipation score", "Heller myotomy", "Diversatek ZepHr", "QuinTron", "post office", "Monday through Thursday").
// Measured before rules: 0.945 (fresh 0.945) on seeds 5, 11, 23 (engine at b9b0d02).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, ie, gb, it, de, pl, inn, es];

/** Given names of patients, relatives and staff that are everyday words. */
const WORD_GIVEN = ['Amber', 'Ivy', 'Holly', 'Heather', 'Iris', 'Violet', 'Pearl', 'Opal', 'Jade', 'Robin', 'Wren', 'Sage', 'Clay', 'Forrest', 'Rusty', 'Sandy', 'Brook', 'Reed', 'Dale', 'Glen', 'Cliff', 'Gale', 'Skye', 'Bud', 'Pepper', 'Candy', 'Drew', 'Lance', 'Buck', 'Colt', 'Chip', 'Melody', 'Destiny', 'Trinity', 'Cricket', 'Willow', 'Aspen', 'Coral', 'Goldie', 'Bunny', 'Royal', 'Duke', 'Prince', 'Early', 'Sonny'];
/** Surnames that are everyday words, several of them words of the lab's own trade. */
const WORD_SUR = ['Swallow', 'Burns', 'Booth', 'Cross', 'Lamb', 'Crane', 'Hawk', 'Finch', 'Sparrow', 'Drake', 'Parsons', 'Chambers', 'Hall', 'Bridges', 'Barley', 'Rice', 'Bean', 'Oates', 'Salt', 'Gold', 'Silver', 'Steel', 'Irons', 'Wood', 'Root', 'Bush', 'Thorn', 'Gentry', 'Goodman', 'Sterling', 'Tanner', 'Weaver', 'Potter', 'Glass', 'Coffey', 'Marsh', 'Moss', 'Meadows', 'Waters', 'Pool', 'Bell', 'Small', 'Little', 'Short', 'Fairweather', 'Goodbody', 'Pepper', 'Sugar'];

/** Towns that are everyday words, and real small cities of the Midwest and South. */
const WORD_TOWNS = ['Temple', 'Mission', 'Mentor', 'Buffalo', 'Beaver', 'Bountiful', 'Ransom', 'Bliss', 'Marathon', 'Ozark', 'Harvest', 'Fruita', 'Loveland', 'Sugar Land', 'Gas City', 'Plain City', 'Carthage', 'Athens', 'Troy', 'Florence', 'Cairo', 'Lebanon', 'Goshen', 'Plano', 'Normal'];
const REAL_TOWNS = ['Elkhart', 'Ames', 'Ankeny', 'Mankato', 'Winona', 'Hibbing', 'Minot', 'Kearney', 'Hastings', 'Salina', 'Joplin', 'Rolla', 'Paducah', 'Cookeville', 'Dothan', 'Valdosta', 'Tupelo', 'Hattiesburg', 'Muncie', 'Kokomo', 'Findlay', 'Sandusky', 'Zanesville', 'Altoona', 'Scranton', 'Bangor', 'Keene', 'Rutland', 'Eau Claire', 'Wausau', 'Oshkosh', 'Dubuque', 'Grand Island', 'Pocatello', 'Casper', 'Yakima', 'Chico', 'Visalia', 'Bemidji', 'Marshfield'];
const STATES = ['MN', 'WI', 'IA', 'OH', 'IN', 'MI', 'PA', 'TN', 'AL', 'MS', 'KS', 'NE', 'MO', 'KY', 'UT', 'OR', 'ID', 'Ohio', 'Iowa', 'Indiana', 'Wisconsin'];
const COUNTIES = ['Olmsted', 'Dane', 'Story', 'Hamilton', 'Summit', 'Butler', 'Pierce', 'Knox', 'Greene', 'Logan', 'Boone', 'Clay', 'Lake', 'Blue Earth', 'Winnebago', 'Allen', 'Vigo', 'Tippecanoe', 'Sangamon', 'Cerro Gordo'];
const STREET_WORDS = ['Oak', 'Walnut', 'Hickory', 'Chestnut', 'Poplar', 'Willow', 'Ash', 'Spruce', 'Magnolia', 'Dogwood', 'Orchard', 'Meadow', 'Ridge', 'Hillcrest', 'Sunset', 'Highland', 'Lakeview', 'College', 'Market', 'School', 'Depot', 'Railroad', 'Water', 'Front', 'Second', 'Third', 'Fifth', 'Adams', 'Madison', 'Monroe', 'Jackson', 'Harrison'];
const STREET_TYPES = ['St', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Ct', 'Court', 'Blvd', 'Pkwy', 'Trail', 'Circle', 'Way', 'Pike'];
/** Words local practices and sites are named for. */
const SITE_WORDS = ['Lakeshore', 'Prairie Ridge', 'Riverbend', 'Northfield', 'Valley View', 'Cedar Hollow', 'Stonebridge', 'Heartland', 'Bluff City', 'Three Rivers', 'Tri-County', 'Granite Falls', 'Oak Park', 'Pine Bluff', 'Cornerstone', 'Kettle Moraine'];
const SAINTS = ['Agnes', 'Dominic', 'Bernard', 'Clare', 'Benedict', 'Catherine', 'Gabriel', 'Teresa', 'Raphael', 'Monica', 'Isidore', 'Hedwig'];
const HOSPITAL_KINDS = ['Regional Hospital', 'Memorial Hospital', 'Medical Center', 'Regional Medical Center', 'Community Hospital', 'Health Center'];
/** Makers, kit vendors and insurers named alone (kept). */
const MAKERS = ['Medtronic', 'Diversatek', 'Laborie', 'Sandhill'];
const KIT_VENDORS = ['Trio-Smart', 'QuinTron', 'Aerodiagnostics', 'Commonwealth Diagnostics'];
const INSURERS = ['Aetna', 'Cigna', 'UnitedHealthcare', 'Humana', 'Anthem', 'Medicare Advantage', 'Medicaid'];
const DRUGS_PA = ['prucalopride (Motegrity)', 'linaclotide (Linzess)', 'rifaximin (Xifaxan)', 'plecanatide (Trulance)', 'metoclopramide nasal spray (Gimoti)', 'lubiprostone (Amitiza)'];
const COMPOUNDS = ['domperidone 10 mg capsules', 'erythromycin ethylsuccinate 50 mg/mL suspension', 'baclofen 5 mg/mL oral suspension', 'pyridostigmine 60 mg/5 mL suspension', 'nifedipine 0.3% rectal ointment', 'diltiazem 2% ointment'];
/** Handles people pick for their e-mail when it is not their name. */
const HANDLES = ['bluebird', 'gardengal', 'tractorman', 'quiltlady', 'fishon', 'gopher.fan', 'nanaof5', 'hoosierdad', 'deerhunter', 'sunflower.mom'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Diary abbreviations of the weekdays (patients write them short). */
const WEEKDAY_SHORT = ['Mon.', 'Tues', 'Weds', 'Thurs', 'Fri.', 'Sat.', 'Sun.'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Labor Day', 'Memorial Day', 'Easter Sunday', 'Thanksgiving', 'Christmas Eve', "New Year's Eve", "Mother's Day", "Father's Day", 'the Fourth of July', 'Veterans Day', 'Good Friday', 'Halloween'];
const WORDS_UNDER_20 = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Relations a name follows. */
const RELATIONS = ['husband', 'wife', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'niece', 'neighbor', 'partner', 'granddaughter', 'son-in-law', 'caregiver'];
const MEALS = ['pot roast', 'tamales', 'chili', 'lasagna', 'fried fish', 'ham and beans', 'pancakes', 'birthday cake', 'pizza', 'a turkey sandwich'];

/** A person: the given name and surname are planted, the middle initial is not. */
interface Person {
  readonly given: string;
  readonly sur: string;
  readonly mi: string;
}
const full = (p: Person): string => `${p.given}${p.mi ? ` ${p.mi}` : ''} ${p.sur}`;
const listed = (p: Person): string => `${p.sur.toUpperCase()}, ${p.given}${p.mi ? ` ${p.mi}` : ''}`;
const parts = (p: Person): string[] => [p.given, p.sur];
const listedParts = (p: Person): string[] => [p.sur.toUpperCase(), p.given];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  person(): Person {
    return { given: this.given(), sur: this.sur(), mi: this.r() < 0.35 ? this.mi() : '' };
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
    return this.letters(this.r() < 0.7 ? 3 : 2);
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t && !u.includes(t) && !t.includes(u)) return u;
    }
    return t === 'Ames' ? 'Minot' : 'Ames';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  street(): string {
    return `${this.int(3, 29870)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'North ', 'Old '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 4);
    if (a === 0) return `${st} Apt ${this.int(1, 30)}${this.pick(['', 'B', 'D'])}`;
    if (a === 1) return `${st} #${this.int(2, 318)}`;
    if (a === 2) return `${st}, Lot ${this.int(1, 90)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(10001, 99899));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A referring or outside practice. */
  practice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.pick(SITE_WORDS)} Gastroenterology Associates`;
    if (k === 1) return `${this.town()} Family Medicine`;
    if (k === 2) return `${this.county()} County Digestive Health`;
    if (k === 3) return `${this.sur()} Internal Medicine, PLLC`;
    if (k === 4) return `${this.town()} Clinic`;
    return `${this.pick(SITE_WORDS)} Primary Care`;
  }
  hospital(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)} ${this.pick(['Hospital', 'Medical Center', 'Regional Medical Center'])}`;
    if (k === 1) return `${this.county()} County Medical Center`;
    return `${this.town()} ${this.pick(HOSPITAL_KINDS)}`;
  }
  imaging(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Imaging Center`;
    if (k === 1) return `${this.pick(SITE_WORDS)} Nuclear Medicine`;
    return `${this.pick(SITE_WORDS)} Radiology & Imaging`;
  }
  pharmacy(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.sur()} Compounding Pharmacy`;
    if (k === 1) return `${this.town()} Apothecary`;
    if (k === 2) return `${this.pick(STREET_WORDS)} Street Compounding`;
    if (k === 3) return `${this.pick(SITE_WORDS)} Pharmacy & Compounding`;
    return `${this.sur()}'s Family Pharmacy`;
  }
  postOffice(): string {
    return `${this.town()} Post Office`;
  }
  assisted(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(SITE_WORDS)} Senior Living`;
    if (k === 1) return `${this.town()} Care Center`;
    return `The ${this.pick(['Willows', 'Oaks', 'Maples', 'Pines'])} at ${this.town()}`;
  }
  employer(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Grain Cooperative`;
    if (k === 1) return `${this.sur()} Plumbing & Heating`;
    if (k === 2) return `${this.pick(SITE_WORDS)} Credit Union`;
    if (k === 3) return `${this.sur()}'s Diner`;
    return `${this.town()} Public Schools`;
  }
  school(): string {
    return this.r() < 0.5 ? `${this.town()} High School` : `${this.pick(STREET_WORDS)} Middle School`;
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(6, 18))}${pad2(this.int(0, 59))}` : `${this.int(1, 12)}:${pad2(this.int(0, 59))} ${this.pick(['am', 'pm', 'AM', 'PM'])}`;
  }
  /** A full date in one of the forms motility labs write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${MONTHS[m - 1]!} ${ordinal(d)}, ${y}` : `${pad2(m)}.${pad2(d)}.${pad2(y % 100)}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 2);
    return k === 0 ? `${MON[m - 1]!} ${d}` : k === 1 ? `${MONTHS[m - 1]!} ${d}` : `${d} ${MON[m - 1]!}`;
  }
  monthYear(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.pick(MONTHS)} ${this.year()}` : k === 1 ? `${this.pick(MON)} ${this.year()}` : `${pad2(this.int(1, 12))}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1936, hi = 2008): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${y}-${pad2(m)}-${pad2(d)}`, `${d} ${MON[m - 1]!} ${y}`]);
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  /** An age over 89 in words ('ninety-four'). */
  ageWords(): string {
    const n = this.int(0, 9);
    return n === 0 ? 'ninety' : `ninety-${WORDS_UNDER_20[n]!}`;
  }
  mrn(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(8) : k === 1 ? `M${this.digitString(7)}` : `${this.digitString(3)}-${this.digitString(2)}-${this.digitString(2)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(10) : `A${this.digitString(9)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(218, 989));
    const b = String(this.int(201, 998));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.35) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`, `1 (${a}) ${b}-${c}`, `+1 ${a} ${b} ${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.int(4, 5));
  }
  email(g: string, s: string): string {
    const dom = this.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'aol.com', 'comcast.net', `${asciiLetters(this.town())}gi.com`, `${asciiLetters(this.pick(SITE_WORDS))}health.org`, 'charter.net']);
    const a = asciiLetters(g) || 'kim';
    const b = asciiLetters(s) || 'lee';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 999)}`, `${b}.${a}${this.int(60, 99)}`, `${a.charAt(0)}${b.charAt(0)}${this.int(1950, 2009)}`, `${this.pick(HANDLES)}${this.int(1, 99)}`, `${a.slice(0, 2)}${b.slice(0, 2)}${this.int(10, 999)}`]);
    return `${local}@${dom}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ssn(): string {
    return `${this.int(101, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A manometry catheter's serial. */
  catheterSerial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(5)}`;
    if (k === 1) return `MS${this.digitString(6)}`;
    if (k === 2) return `${this.digitString(4)}-${this.digitString(4)}`;
    return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
  }
  /** A pH-impedance recorder's or a capsule receiver's serial. */
  recorderSerial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `ZR${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(2)}-${this.digitString(5)}`;
    if (k === 2) return `D${this.digitString(7)}`;
    return `${this.letters(3)}${this.digitString(5)}`;
  }
  /** A catheter's, capsule's or dose's lot. */
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(4)}${this.letters(1)}${this.digitString(2)}`;
    if (k === 1) return `L${this.digitString(6)}`;
    if (k === 2) return `${this.letters(2)}${this.digitString(5)}`;
    return `${pad2(this.int(19, 25))}${this.digitString(3)}-${this.digitString(2)}`;
  }
  accession(): string {
    const k = this.int(0, 2);
    if (k === 0) return `NM${this.digitString(8)}`;
    if (k === 1) return `${this.letters(2)}${pad2(this.int(19, 25))}-${this.digitString(6)}`;
    return this.digitString(9);
  }
  kitId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}-${this.digitString(7)}`;
    if (k === 1) return `K${this.digitString(8)}`;
    return `${this.digitString(4)}-${this.digitString(4)}-${this.digitString(2)}`;
  }
  /** A carrier (kept) and its tracking number (planted), in the carrier's own form. */
  tracking(): readonly [string, string] {
    const k = this.int(0, 2);
    if (k === 0) return ['UPS', `1Z${this.letters(3)}${this.digitString(3)}${this.digitString(10)}`];
    if (k === 1) return ['USPS', `9400 1${this.digitString(3)} ${this.digitString(4)} ${this.digitString(4)} ${this.digitString(4)} ${this.digitString(2)}`];
    return ['FedEx', this.digitString(12)];
  }
  /** A neurostimulator's or a lead's serial. */
  deviceSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `NGS${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(6)}V`;
    return this.digitString(7);
  }
  rma(): string {
    return this.r() < 0.5 ? `RMA${this.digitString(6)}` : `${this.digitString(2)}-${this.digitString(5)}`;
  }
  paRef(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PA-${this.year()}-${this.digitString(6)}`;
    if (k === 1) return this.digitString(10);
    return `${this.letters(3)}${this.digitString(7)}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    return this.digitString(11);
  }
  group(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.letters(2)}${this.digitString(4)}`;
  }
  npi(): string {
    return `${this.int(1, 2)}${this.digitString(9)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  rxNumber(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(7) : k === 1 ? `RX${this.digitString(6)}` : `${this.digitString(6)}-${this.digitString(2)}`;
  }
  ind(): string {
    return this.digitString(6);
  }
  /** A professional licence (pharmacist, physical therapist, nurse). */
  licence(kind: 'RPH' | 'PT' | 'RN'): string {
    return this.r() < 0.5 ? `${kind}.${this.digitString(7)}` : `${kind}${this.digitString(5)}`;
  }
  driverLicence(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(3)}-${this.digitString(4)}-${this.digitString(4)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(12)}`;
    return this.digitString(9);
  }
  url(kind: 'kit' | 'portal' | 'pharmacy', g: string, s: string): string {
    const t = asciiLetters(this.town()) || 'troy';
    if (kind === 'kit') return this.pick([`https://kits.${t}digestive.com/activate?k=${this.digitString(8)}`, `https://www.${t}gi.com/breath/${asciiLetters(s)}${this.int(10, 99)}`, `${t}motility.org/kit/${this.letters(2).toLowerCase()}${this.digitString(6)}`]);
    if (kind === 'portal') return this.pick([`https://mychart.${t}health.org/p/${asciiLetters(g)}.${asciiLetters(s)}`, `https://portal.${t}gi.com/u/${this.digitString(7)}`]);
    return this.pick([`https://www.${asciiLetters(s)}compounding.com/refill/${this.digitString(7)}`, `www.${t}apothecary.com/rx?id=${this.digitString(7)}`]);
  }
}

/** A number of units or a reading that is never planted. */
const irp = (d: Draw): string => `${d.int(4, 45)}.${d.int(0, 9)}`;

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // high-resolution esophageal manometry
  ['HRM report header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const rg = d.given(); const rs = d.sur(); const pr = d.practice(); const sn = d.catheterSerial();
    return [`HIGH-RESOLUTION ESOPHAGEAL MANOMETRY\nPatient: ${listed(p)}   DOB: ${dob}   MRN: ${mrn}\nStudy date: ${dt}\nReferring: ${rg} ${rs}, MD (${pr})\nCatheter: ManoScan ESO 36-channel, serial ${sn}`, [...listedParts(p), dob, mrn, dt, rg, rs, pr, sn]];
  }],
  ['HRM Chicago impression signed', (d) => {
    const [sg, sp] = d.staff(); const dt = d.date();
    return [`IMPRESSION (Chicago Classification v4.0): ${d.pick(['Type II achalasia', 'EGJ outflow obstruction', 'ineffective esophageal motility', 'absent contractility', 'hypercontractile esophagus'])}. Median IRP ${irp(d)} mmHg. Electronically signed by ${sg}, MD on ${dt} at ${d.time()}.`, [...sp, dt]];
  }],
  ['HRM technician and protocol', (d) => {
    const tg = d.given(); const ts = d.sur(); const ini = d.initials();
    return [`Protocol: 10 wet swallows supine, 5 upright, MRS x3, RDC 200 mL. Catheter placed transnasally by ${tg} ${ts}, CCT (${ini}); patient tolerated well.`, [tg, ts, ini]];
  }],
  ['catheter cleaning log row', (d) => {
    const dt = d.mdy(); const sn = d.catheterSerial(); const ini = d.initials();
    return [`${dt} | ManoScan ESO | SN ${sn} | Cidex OPA cycle ${d.int(100, 999)} | leak test pass | ${ini}`, [dt, sn, ini]];
  }],
  ['HRM export from workstation IP', (d) => {
    const ip = d.ip(); const acc = d.accession(); const p = d.person();
    return [`ManoView study for ${full(p)} exported from motility workstation ${ip} to PACS, accession ${acc}; pressure topography attached.`, [...parts(p), ip, acc]];
  }],
  ['HRM before fundoplication', (d) => {
    const s = d.sur(); const h = d.hospital(); const w = d.weekday(); const md = d.monDay();
    return [`Pre-operative HRM requested by Dr. ${s} (${h}) before Nissen fundoplication; first available ${w} ${md}, hold PPI not required.`, [s, h, w, md]];
  }],
  ['EndoFLIP at EGD with lot', (d) => {
    const md = d.slashMd(); const lot = d.lot(); const s = d.sur();
    return [`EndoFLIP at time of EGD on ${md}: EGJ-DI ${d.int(1, 6)}.${d.int(0, 9)} mm²/mmHg at 60 mL. Catheter lot ${lot}. Performed by Dr. ${s}.`, [md, lot, s]];
  }],
  ['timed barium esophagram accession', (d) => {
    const acc = d.accession(); const dt = d.date(); const im = d.imaging();
    return [`Timed barium esophagram (accession ${acc}) ${dt} at ${im}: column height ${d.int(2, 12)} cm at 1 min, ${d.int(1, 9)} cm at 5 min.`, [acc, dt, im]];
  }],
  ['HRM patient over 89', (d) => {
    const n = d.ageOver89(); const g = d.given(); const r = d.relation();
    return [`${n}-year-old with solid-food dysphagia; HRM attempted but catheter could not pass the EGJ. ${r[0]!.toUpperCase()}${r.slice(1)} ${g} present and agrees with barium study instead.`, [n, g]];
  }],
  // pH-impedance
  ['pH-impedance header', (d) => {
    const p = d.person(); const dob = d.dob(); const acct = d.account(); const sn = d.recorderSerial(); const lot = d.lot(); const dt = d.date();
    return [`24-HOUR pH-IMPEDANCE MONITORING\nName: ${full(p)}   DOB ${dob}\nAcct #: ${acct}\nRecorder: ZepHr, SN ${sn}   Catheter lot: ${lot}\nPlaced: ${dt} ${d.time()}   ${d.pick(['OFF PPI x 7 days', 'ON PPI (omeprazole 40 mg BID)'])}`, [...parts(p), dob, acct, sn, lot, dt]];
  }],
  ['pH-impedance result and reader', (d) => {
    const s = d.sur(); const md = d.monDay();
    return [`AET ${d.int(1, 14)}.${d.int(0, 9)}%, ${d.int(20, 140)} reflux episodes, SAP ${d.int(20, 99)}%; Lyon Consensus ${d.pick(['conclusive', 'borderline', 'negative'])}. Reviewed ${md} by Dr. ${s}.`, [md, s]];
  }],
  ['recorder returned by relative', (d) => {
    const sn = d.recorderSerial(); const w = d.weekday(); const g = d.given(); const r = d.relation();
    return [`Recorder ${sn} returned ${w} at ${d.time()} by pt's ${r} ${g}; paper diary incomplete after supper.`, [sn, w, g]];
  }],
  ['recorder download failure RMA', (d) => {
    const sn = d.recorderSerial(); const rma = d.rma(); const md = d.slashMd(); const ini = d.initials();
    return [`Download failed (file corrupt). Recorder SN ${sn} shipped to ${d.pick(MAKERS)} for repair under RMA ${rma} on ${md}. Pt to repeat study. -${ini}`, [sn, rma, md, ini]];
  }],
  ['reflux symptom diary by the hour', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`MY DIARY — ${w}, ${md}\n07:10  breakfast (oatmeal)\n08:45  heartburn\n12:30  lunch\n13:05  cough, sour taste\n22:40  lying down`, [w, md]];
  }],
  ['catheter pulled early phone call', (d) => {
    const p = d.person(); const [ph, pp] = d.phone(); const dt = d.mdy();
    return [`${dt}: ${full(p)} called from ${ph} — pulled the pH catheter at 0300 after it made her gag. Only ${d.int(11, 19)} h recorded; adequate per the reading physician.`, [dt, ...parts(p), pp]];
  }],
  // wireless capsules
  ['Bravo capsule placement', (d) => {
    const s = d.sur(); const dt = d.date(); const lot = d.lot(); const sn = d.recorderSerial();
    return [`Bravo capsule attached 6 cm above the SCJ during EGD by Dr. ${s} on ${dt}; capsule lot ${lot}, receiver SN ${sn}. 96-hour recording.`, [s, dt, lot, sn]];
  }],
  ['Bravo receiver drop-off instructions', (d) => {
    const w = d.weekday(); const st = d.street(); const t = d.town(); const [ph, pp] = d.phone();
    return [`Return the receiver ${w} morning to the GI lab, ${st}, ${t}. Questions: motility nurse line ${ph}.`, [w, st, t, pp]];
  }],
  ['Bravo capsule detached early', (d) => {
    const g = d.given(); const md = d.monDay();
    return [`Pt (goes by ${g}) reports she felt the capsule pass on ${md}, day 2; only 41 hours captured. No chest pain.`, [g, md]];
  }],
  ['SmartPill ingestion', (d) => {
    const lot = d.lot(); const sn = d.recorderSerial(); const dt = d.date(); const tg = d.given();
    return [`SmartPill capsule (lot ${lot}) ingested ${dt} at 0805 after SmartBar; receiver SN ${sn} worn on a lanyard. Tech ${tg} reviewed the event button.`, [lot, dt, sn, tg]];
  }],
  ['SmartPill receiver mailed back', (d) => {
    const [cr, tr] = d.tracking(); const md = d.slashMd(); const po = d.postOffice();
    return [`Receiver mailed back ${md} from the ${po}; ${cr} tracking ${tr}. Data upload pending.`, [md, po, tr]];
  }],
  ['capsule receiver deposit licence', (d) => {
    const dl = d.driverLicence(); const st = d.state(); const g = d.given(); const s = d.sur();
    return [`Receiver loaned against photo ID: driver's license ${dl} (${st}), copy kept. Signed for by ${g} ${s}.`, [dl, g, s]];
  }],
  ['SmartPill transit result', (d) => {
    const s = d.sur(); const dt = d.mdy();
    return [`GET ${d.int(2, 9)}.${d.int(0, 9)} h, SBTT ${d.int(2, 7)}.${d.int(0, 9)} h, CTT ${d.int(10, 90)} h: generalized dysmotility. Interpreted by Dr. ${s} ${dt}.`, [s, dt]];
  }],
  // gastric emptying scintigraphy
  ['GES report header', (d) => {
    const acc = d.accession(); const p = d.person(); const dob = d.dob(); const dt = d.date(); const og = d.given(); const os = d.sur();
    return [`NUCLEAR MEDICINE — GASTRIC EMPTYING SCINTIGRAPHY (4 HR)\nAccession: ${acc}\nPatient: ${listed(p)}   DOB: ${dob}\nExam date: ${dt}\nOrdering: ${og} ${os}, DO\nMeal: Egg Beaters, toast, jam, water`, [acc, ...listedParts(p), dob, dt, og, os]];
  }],
  ['GES result with dose lot', (d) => {
    const lot = d.lot(); const [rg, rp] = d.staff();
    return [`Retention ${d.int(40, 90)}% at 2 h and ${d.int(8, 60)}% at 4 h. Tc-99m sulfur colloid 1.0 mCi, radiopharmacy dose lot ${lot}. Read by ${rg}, MD.`, [lot, ...rp]];
  }],
  ['GES cancelled for glucose and rebooked', (d) => {
    const w = d.weekday(); const md = d.monDay(); const im = d.imaging();
    return [`Fingerstick glucose ${d.int(276, 420)} on arrival; GES cancelled and rebooked for ${w} ${md} at ${im}. Hold insulin per protocol.`, [w, md, im]];
  }],
  ['GES outside study in letter', (d) => {
    const h = d.hospital(); const my = d.monthYear();
    return [`Outside gastric emptying study at ${h}, ${my}: ${d.int(15, 45)}% retained at 4 hours (2-hour study only; not comparable).`, [h, my]];
  }],
  // breath tests from home kits
  ['home breath kit shipped', (d) => {
    const kit = d.kitId(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const dt = d.date();
    return [`${d.pick(KIT_VENDORS)} lactulose kit ${kit} shipped to ${st}, ${t}, ${d.state()} ${z} on ${dt}. Collect 10 samples over 3 hours.`, [kit, st, t, z, dt]];
  }],
  ['breath kit return label', (d) => {
    const kit = d.kitId(); const [cr, tr] = d.tracking(); const w = d.weekday();
    return [`Kit ${kit}: samples collected ${w}; prepaid ${cr} return label ${tr}. Do not mail on a Friday.`, [kit, w, tr]];
  }],
  ['breath test result with kit', (d) => {
    const kit = d.kitId(); const dt = d.mdy(); const s = d.sur();
    return [`GLUCOSE BREATH TEST (home kit #${kit}, collected ${dt}): H2 rise ${d.int(5, 60)} ppm by 90 min, CH4 ${d.int(1, 30)} ppm. Positive for SIBO. Reviewed: Dr. ${s}.`, [kit, dt, s]];
  }],
  ['breath kit activation URL', (d) => {
    const p = d.person(); const u = d.url('kit', p.given, p.sur);
    return [`Message to ${p.given} ${p.sur}: activate your breath kit at ${u} before the first sample.`, [...parts(p), u]];
  }],
  ['breath kit mailed over holiday', (d) => {
    const h = d.holiday(); const g = d.given(); const po = d.postOffice();
    return [`Samples sat in the mailbox over ${h}; ${d.relation()} ${g} took them to the ${po} two days later. Vendor says samples stable 3 weeks.`, [h, g, po]];
  }],
  ['breath kit lost in mail', (d) => {
    const kit = d.kitId(); const kit2 = d.kitId(); const md = d.slashMd();
    return [`Kit ${kit} never arrived at the lab; replacement kit ${kit2} sent ${md}. Patient to repeat prep (low-fermentation diet 24 h).`, [kit, kit2, md]];
  }],
  // anorectal manometry and biofeedback
  ['ARM report header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dt = d.date(); const sn = d.catheterSerial(); const ini = d.initials();
    return [`ANORECTAL MANOMETRY (HR-ARM)\n${listed(p)}   MRN ${mrn}\nDate: ${dt}   Catheter SN: ${sn}   Tech: ${ini}\nBalloon expulsion: ${d.pick(['not expelled at 3 min', `expelled at ${d.int(10, 170)} s`])}`, [...listedParts(p), mrn, dt, sn, ini]];
  }],
  ['ARM London classification and reader', (d) => {
    const [rg, rp] = d.staff(); const md = d.monDay();
    return [`London Classification: ${d.pick(['dyssynergia with poor propulsion', 'anal hypocontractility', 'rectal hyposensitivity', 'normal'])}. RAIR present. Interpreted ${md} by ${rg}, MD.`, [md, ...rp]];
  }],
  ['biofeedback session row', (d) => {
    const dt = d.mdy(); const ini = d.initials();
    return [`Session ${d.int(1, 6)} | ${dt} | EMG surface | push ${d.int(20, 80)}% relaxation | balloon ${d.pick(['yes', 'no'])} | ${ini}`, [dt, ini]];
  }],
  ['pelvic floor therapist licence', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.licence('PT'); const pr = d.practice();
    return [`Biofeedback by ${g} ${s}, PT, DPT (license ${lic}), ${pr}. Home program: diaphragmatic breathing and toilet posture.`, [g, s, lic, pr]];
  }],
  ['home trainer on loan', (d) => {
    const sn = d.recorderSerial(); const dt = d.date(); const g = d.given();
    return [`Home EMG trainer serial ${sn} loaned; return by ${dt}. ${g} (front desk) logged it out.`, [sn, dt, g]];
  }],
  ['biofeedback missed sessions', (d) => {
    const w = d.weekday(); const o = ordinal(d.int(1, 28)); const e = d.employer();
    return [`Missed ${w}'s session (no ride); rescheduled for the ${o}. Works early shift at ${e}, can only come after 3 pm.`, [w, o, e]];
  }],
  // gastric electrical stimulators
  ['Enterra implant operative note', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital(); const sn = d.deviceSerial(); const la = d.deviceSerial(); const lb = d.deviceSerial();
    return [`Enterra II neurostimulator (model 37800) implanted ${dt} by Dr. ${s} at ${h}. Device SN ${sn}. Leads (model 4351) SN ${la} and ${lb}, sutured to the greater curvature.`, [dt, s, h, sn, la, lb]];
  }],
  ['implant registration card', (d) => {
    const p = d.person(); const st = d.street(); const t = d.town(); const z = d.zip(); const sn = d.deviceSerial(); const dt = d.mdy(); const [ph, pp] = d.phone();
    return [`DEVICE REGISTRATION\n${full(p)}\n${st}\n${t}, ${d.state()} ${z}\nPhone ${ph}\nNeurostimulator SN ${sn}   Implant date ${dt}`, [...parts(p), st, t, z, pp, sn, dt]];
  }],
  ['stimulator interrogation', (d) => {
    const w = d.weekday(); const sn = d.deviceSerial(); const my = d.monthYear(); const ini = d.initials();
    return [`Interrogated ${w} with N'Vision programmer: SN ${sn}, 14 Hz, 330 µs, ${d.int(3, 8)}.0 V, impedance ${d.int(350, 900)} Ω; battery OK. Next check ${my}. ${ini}`, [w, sn, my, ini]];
  }],
  ['stimulator MRI question by phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const im = d.imaging();
    return [`${g} ${s} called from ${ph}: MRI lumbar spine ordered at ${im}. Advised Enterra is MR-unsafe; PCP to order CT instead.`, [g, s, pp, im]];
  }],
  ['stimulator explant', (d) => {
    const sn = d.deviceSerial(); const md = d.monDay(); const h = d.hospital(); const s = d.sur();
    return [`Device ${sn} explanted ${md} at ${h} for pocket infection (Dr. ${s}); returned to the manufacturer for analysis.`, [sn, md, h, s]];
  }],
  // referral letters
  ['referral letter opening', (d) => {
    const s = d.sur(); const p = d.person(); const dob = d.dob();
    return [`Dear Dr. ${s},\n\nThank you for seeing ${full(p)} (DOB ${dob}) for chronic nausea and early satiety despite a normal EGD.`, [s, ...parts(p), dob]];
  }],
  ['referral signature block', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone(); const [fx, fp] = d.phone();
    return [`Sincerely,\n\n${g} ${d.mi()} ${s}, MD\n${pr}\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}   Fax ${fx}`, [g, s, pr, st, t, z, pp, fp]];
  }],
  ['referral outside studies', (d) => {
    const h = d.hospital(); const dt = d.date(); const my = d.monthYear();
    return [`Outside records: EGD at ${h} ${dt} (mild gastritis); CT abdomen ${my} unremarkable. No prior motility testing.`, [h, dt, my]];
  }],
  ['referral copy to PCP by e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const pr = d.practice();
    return [`cc: ${g} ${s}, NP (${pr}) — ${em}`, [g, s, pr, em]];
  }],
  ['fax cover sheet', (d) => {
    const pr = d.practice(); const g = d.given(); const s = d.sur(); const [fx, fp] = d.phone(); const dt = d.date();
    return [`FAX\nTo: ${pr}\nAttn: ${g} ${s}\nFax: ${fx}\nFrom: GI Motility Lab\nDate: ${dt}   Pages: ${d.int(2, 14)}\nRE: HRM report and tracings`, [pr, g, s, fp, dt]];
  }],
  // prior authorizations
  ['PA request header', (d) => {
    const p = d.person(); const dob = d.dob(); const mem = d.memberId(); const grp = d.group(); const npi = d.npi();
    return [`PRIOR AUTHORIZATION REQUEST — ${d.pick(INSURERS)}\nMember: ${full(p)}   DOB: ${dob}\nMember ID: ${mem}   Group: ${grp}\nMedication: ${d.pick(DRUGS_PA)}\nPrescriber NPI: ${npi}`, [...parts(p), dob, mem, grp, npi]];
  }],
  ['PA denial peer-to-peer and appeal', (d) => {
    const ref = d.paRef(); const dt = d.date(); const w = d.weekday(); const s = d.sur(); const [fx, fp] = d.phone();
    return [`PA ${ref} denied ${dt} (step therapy). Peer-to-peer with Dr. ${s} ${w} at 2:30; appeal letter faxed to ${fx}.`, [ref, dt, s, w, fp]];
  }],
  ['PA approval through month', (d) => {
    const auth = d.paRef(); const my = d.monthYear();
    return [`Approved: authorization ${auth}, valid through ${my}, for CPT 91038 and 91037.`, [auth, my]];
  }],
  ['PA form with SSN', (d) => {
    const p = d.person(); const ssn = d.ssn(); const mem = d.memberId();
    return [`Subscriber: ${listed(p)}   SSN: ${ssn}   ID: ${mem}   Relationship: self`, [...listedParts(p), ssn, mem]];
  }],
  ['PA portal submission', (d) => {
    const key = `${d.letters(3)}${d.digitString(1)}${d.letters(2)}${d.digitString(1)}`; const md = d.slashMd(); const g = d.given();
    return [`Submitted on CoverMyMeds ${md}, key ${key}; ${g} in the PA office will watch for the determination.`, [md, key, g]];
  }],
  // patient diaries
  ['bowel diary table', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const c = d.slashMd();
    return [`BOWEL DIARY\nDate   BMs  Bristol  Straining  Fiber\n${a}    0    -        -          yes\n${b}    1    type 1   yes        yes\n${c}    2    type 4   no         no`, [a, b, c]];
  }],
  ['symptom diary meal at relative', (d) => {
    const wd = d.pick(WEEKDAY_SHORT); const md = d.slashMd(); const g = d.given(); const t = d.town();
    return [`${wd} ${md} — full after 3 bites of ${d.pick(MEALS)} at Aunt ${g}'s in ${t}. Vomited undigested food at 9 pm.`, [wd, md, g, t]];
  }],
  ['diary holiday entry', (d) => {
    const h = d.holiday(); const g = d.given();
    return [`${h}: stayed on liquids, skipped dinner at my ${d.pick(['sister', 'brother', 'cousin'])} ${g}'s. Bloating 7/10 by evening.`, [h, g]];
  }],
  ['diary missed work lower case', (d) => {
    const wd = d.pick(WEEKDAY_SHORT); const e = d.employer();
    return [`${wd.toLowerCase()} - nausea all day, missed my shift at ${e}. took ginger chews + zofran.`, [wd.toLowerCase(), e]];
  }],
  ['diary written date entry', (d) => {
    const dt = d.date(); const t = d.town();
    return [`${dt} — drove to ${t} for the scan, then felt awful; no BM for 4 days.`, [dt, t]];
  }],
  // phone messages
  ['telephone encounter', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur(); const r = d.relation(); const [ph, pp] = d.phone(); const ini = d.initials();
    return [`TELEPHONE ENCOUNTER ${dt} ${d.time()}\nCaller: ${g} ${s} (${r})\nCallback: ${ph}\nMessage: asks whether to stop Reglan before the emptying study.\nTaken by: ${ini}`, [dt, g, s, pp, ini]];
  }],
  ['voicemail from compounding pharmacy', (d) => {
    const g = d.given(); const ph = d.pharmacy(); const [cb, cp] = d.phone(); const x = d.ext();
    return [`VM from ${g} at ${ph}: the ${d.pick(COMPOUNDS)} is ready, needs a new script for the strength change. Call ${cb} ext ${x}.`, [g, ph, cp, x]];
  }],
  ['portal message with e-mail', (d) => {
    const p = d.person(); const em = d.email(p.given, p.sur); const w = d.weekday();
    return [`Portal message from ${full(p)} (${em}): "Can I drink coffee before the breath test on ${w}?" Replied: no, water only.`, [...parts(p), em, w]];
  }],
  ['message for parent over 89', (d) => {
    const g = d.given(); const n = d.ageOver89(); const a = d.assisted(); const [ph, pp] = d.phone();
    return [`Daughter ${g} called for her mother, age ${n}, who lives at ${a}; asks if the SmartPill can be done there. Call back ${ph}.`, [g, n, a, pp]];
  }],
  ['message ninety in words', (d) => {
    const w = d.ageWords(); const g = d.given(); const s = d.sur();
    return [`Nurse ${g} ${s} spoke with the patient's son: his father is ${w} and "won't swallow the tube again." Will offer barium instead.`, [g, s, w]];
  }],
  ['message lab schedule change', (d) => {
    const g = d.given(); const md = d.monDay(); const o = ordinal(d.int(1, 28));
    return [`LM for ${g}: HRM moved from ${md} to the ${o} because the catheter is out for repair. Please arrive fasting.`, [g, md, o]];
  }],
  // pharmacy compounding
  ['compounded Rx label', (d) => {
    const ph = d.pharmacy(); const st = d.street(); const t = d.town(); const rx = d.rxNumber(); const p = d.person(); const s = d.sur(); const bud = d.mdy();
    return [`${ph}\n${st}, ${t}\nRx# ${rx}   ${full(p)}\n${d.pick(COMPOUNDS)}\nTake as directed before meals.\nDr. ${s}   Beyond-use: ${bud}`, [ph, st, t, rx, ...parts(p), s, bud]];
  }],
  ['domperidone single-patient IND', (d) => {
    const ind = d.ind(); const dt = d.date(); const h = d.hospital();
    return [`Domperidone under single-patient expanded access IND ${ind} (FDA Form 3926), acknowledged ${dt}; IRB of ${h} notified. Baseline ECG QTc ${d.int(400, 450)} ms.`, [ind, dt, h]];
  }],
  ['prescriber NPI and DEA', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const dea = d.dea();
    return [`Prescriber: ${g} ${s}, MD   NPI ${npi}   DEA ${dea}`, [g, s, npi, dea]];
  }],
  ['pharmacist call with licence', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.licence('RPH'); const ph = d.pharmacy();
    return [`Pharmacist ${g} ${s}, PharmD (lic. ${lic}) of ${ph} called: erythromycin suspension will be made with Ora-Sweet, BUD 14 days refrigerated.`, [g, s, lic, ph]];
  }],
  ['cold-pack shipment tracking', (d) => {
    const [cr, tr] = d.tracking(); const st = d.streetApt(); const t = d.town(); const md = d.monDay();
    return [`Shipped with cold pack via ${cr} ${tr} to ${st}, ${t}; delivery ${md}. Signature required.`, [tr, st, t, md]];
  }],
  ['pharmacy refill URL', (d) => {
    const p = d.person(); const u = d.url('pharmacy', p.given, p.sur); const rx = d.rxNumber();
    return [`Refills for Rx ${rx} can be requested at ${u} or by calling the pharmacy.`, [rx, u]];
  }],
  // registration, insurance and other papers
  ['registration block', (d) => {
    const p = d.person(); const dob = d.dob(); const st = d.streetApt(); const t = d.town(); const z = d.zip(); const c = d.county(); const [ph, pp] = d.phone();
    return [`Name: ${listed(p)}\nDOB: ${dob}\nAddress: ${st}\n         ${t}, ${d.state()} ${z}\nCounty: ${c}\nHome phone: ${ph}`, [...listedParts(p), dob, st, t, z, c, pp]];
  }],
  ['insurance card with subscriber', (d) => {
    const sub = d.person(); const mem = d.memberId(); const grp = d.group();
    return [`Primary: ${d.pick(INSURERS)}   Subscriber: ${full(sub)} (${d.pick(['spouse', 'parent', 'self'])})   ID ${mem}   Grp ${grp}`, [...parts(sub), mem, grp]];
  }],
  ['emergency contact', (d) => {
    const c = d.person(); const r = d.relation(); const [ph, pp] = d.phone(); const [cl, cp] = d.phone();
    return [`Emergency contact: ${full(c)}, ${r}, home ${ph}, cell ${cl}.`, [...parts(c), pp, cp]];
  }],
  ['motility conference list', (d) => {
    const a = d.person(); const b = d.person(); const w = d.weekday();
    return [`Motility conference ${w}:\n1. ${a.sur}, ${a.given} — EGJOO vs. opioid effect; repeat HRM off opioids?\n2. ${b.sur}, ${b.given} — refractory gastroparesis, Enterra candidate`, [w, a.sur, a.given, b.sur, b.given]];
  }],
  ['work note with dates', (d) => {
    const p = d.person(); const e = d.employer(); const a = d.date(); const b = d.date();
    return [`To whom it may concern: ${full(p)} was excused from work at ${e} on ${a} for the capsule study and may return on ${b}.`, [...parts(p), e, a, b]];
  }],
  ['school note for teen', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const md = d.slashMd();
    return [`${g} ${s} may carry crackers and water at ${sc} and leave class for the restroom; seen in motility clinic ${md}.`, [g, s, sc, md]];
  }],
  ['portal link for results', (d) => {
    const p = d.person(); const u = d.url('portal', p.given, p.sur);
    return [`Your manometry results are posted: ${u}`, [u]];
  }],
  ['transport from assisted living', (d) => {
    const a = d.assisted(); const g = d.given(); const s = d.sur(); const w = d.weekday(); const [fx, fp] = d.phone();
    return [`Resident of ${a}; aide ${g} ${s} will bring her ${w}. Send prep instructions to the facility fax ${fx}.`, [a, g, s, w, fp]];
  }],
];

/** The names of the wave's frames. */
export const motilityFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function motilityWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 12007, rounds);
}

/** Look-alikes in motility-lab style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // classifications, consensus criteria, scales and eponyms
  ['Chicago Classification v4.0: ineffective esophageal motility.', 'Chicago Classification'], ['Type II achalasia with panesophageal pressurization.', 'Type II achalasia'],
  ['EGJ outflow obstruction, clinically relevant per CCv4.0.', 'CCv4.0'], ['London Classification: dyssynergia with poor propulsion.', 'London Classification'],
  ['Rome IV criteria for functional dyspepsia met.', 'Rome IV'], ['Lyon Consensus 2.0: AET above 6% is conclusive.', 'Lyon Consensus 2.0'],
  ['DeMeester score 31.4.', 'DeMeester'], ['Bristol type 6 most days.', 'Bristol'], ['Bristol Stool Form Scale type 2.', 'Bristol Stool Form Scale'],
  ['Eckardt score 7 before POEM.', 'Eckardt'], ['GCSI total 3.8.', 'GCSI'], ['PAGI-SYM completed at intake.', 'PAGI-SYM'],
  ['Wexner constipation score 18.', 'Wexner'], ['Cleveland Clinic constipation score 16.', 'Cleveland Clinic constipation score'], ['Rao type I dyssynergia.', 'Rao type I'],
  ['GerdQ score 10.', 'GerdQ'], ['Hirschsprung disease excluded by a present RAIR.', 'Hirschsprung'], ['Zenker diverticulum on barium swallow.', 'Zenker'],
  ['Schatzki ring at the GEJ.', 'Schatzki ring'], ["Barrett's esophagus, short segment.", "Barrett's esophagus"], ['Status post Nissen fundoplication.', 'Nissen'],
  ['Laparoscopic Heller myotomy with Dor fundoplication.', 'Heller myotomy'], ['Dor fundoplication in 2019.', 'Dor'], ['Toupet fundoplication planned.', 'Toupet'],
  ['Interstitial cells of Cajal reduced on full-thickness biopsy.', 'Cajal'], ["Auerbach's plexus intact.", "Auerbach's plexus"], ['History of Ogilvie syndrome.', 'Ogilvie syndrome'],
  ["Parkinson's disease with slow transit.", "Parkinson's disease"], ['Ehlers-Danlos syndrome, hypermobile type.', 'Ehlers-Danlos'], ["Sjögren's with dysphagia.", "Sjögren's"],
  ['Scleroderma pattern, absent contractility.', 'Scleroderma'], ['Jackhammer esophagus, DCI over 8,000.', 'Jackhammer esophagus'],
  ['Rumination syndrome; R-waves seen on HRM.', 'R-waves'], ['Roux-en-Y anatomy, so the emptying study is not interpretable.', 'Roux-en-Y'], ['Whipple procedure in 2020.', 'Whipple'],
  ['Valsalva maneuver during ARM.', 'Valsalva'], ['Mallory-Weiss tear after retching.', 'Mallory-Weiss'], ['Marsh 0 on duodenal biopsy.', 'Marsh 0'],
  // study values, units and counts
  ['Median IRP 28.4 mmHg (upper limit 15).', '28.4 mmHg'], ['DCI 8,650 mmHg·s·cm.', '8,650 mmHg·s·cm'], ['AET 6.2% off PPI.', '6.2%'],
  ['4-hour gastric retention 27%.', '27%'], ['T1/2 142 min.', '142 min'], ['Mean nocturnal baseline impedance 1,480 Ω.', '1,480 Ω'],
  ['SAP 98%, SI 62%.', 'SAP 98%'], ['H2 rise of 22 ppm at 90 minutes.', '22 ppm'], ['Methane 14 ppm at baseline.', '14 ppm'],
  ['Anal resting pressure 54 mmHg.', '54 mmHg'], ['Balloon expelled in 42 seconds.', '42 seconds'], ['GET 5.8 h, SBTT 4.1 h, CTT 61 h.', 'CTT 61 h'],
  ['Whole gut transit 72 hours.', '72 hours'], ['EGJ-DI 1.4 mm²/mmHg.', '1.4 mm²/mmHg'], ['MRS x5 with contraction reserve.', 'MRS x5'],
  ['Rapid drink challenge 200 mL.', '200 mL'], ['Tc-99m sulfur colloid 1.0 mCi.', '1.0 mCi'], ['10 wet swallows, 5 upright.', '10 wet swallows'],
  ['36-channel solid-state catheter.', '36-channel'], ['Stimulation 14 Hz, 330 µs, 5.0 V.', '330 µs'], ['HbA1c 8.9%.', '8.9%'], ['Session 4 of 6.', 'Session 4 of 6'],
  // codes
  ['CPT 91010 esophageal motility study.', '91010'], ['CPT 91037 and 91038 billed.', '91038'], ['CPT 91117 colon motility study.', '91117'],
  ['CPT 78264 gastric emptying imaging.', '78264'], ['CPT 91065 breath hydrogen test.', '91065'], ['CPT 90912 biofeedback, first 15 minutes.', '90912'],
  ['ICD-10 K31.84 gastroparesis.', 'K31.84'], ['K22.0 achalasia of cardia.', 'K22.0'], ['K59.02 outlet dysfunction constipation.', 'K59.02'],
  ['R13.10 dysphagia, unspecified.', 'R13.10'], ['HCPCS C1767 for the generator.', 'C1767'], ['HCPCS E0746 EMG biofeedback device.', 'E0746'],
  // devices, models, makers and kit vendors
  ['ManoScan ESO catheter.', 'ManoScan ESO'], ['ManoView analysis software.', 'ManoView'], ['Medtronic technical support line.', 'Medtronic'],
  ['Diversatek ZepHr recorder.', 'Diversatek ZepHr'], ['Sandhill InSIGHT system.', 'Sandhill InSIGHT'], ['Laborie water-perfused system.', 'Laborie'],
  ['Bravo calibration-free capsule.', 'Bravo'], ['SmartPill motility capsule.', 'SmartPill'], ['Enterra II neurostimulator.', 'Enterra II'],
  ['EndoFLIP 300 system.', 'EndoFLIP'], ['Trio-Smart home breath kit.', 'Trio-Smart'], ['QuinTron BreathTracker.', 'QuinTron'],
  ['Aerodiagnostics lactulose kit.', 'Aerodiagnostics'], ["N'Vision clinician programmer.", "N'Vision"], ['Egg Beaters meal with two slices of toast.', 'Egg Beaters'],
  ['SmartBar eaten at 0800.', 'SmartBar'], ['Model 37800 neurostimulator.', '37800'], ['Lead model 4351, two leads.', '4351'],
  // drugs and brands
  ['Prucalopride (Motegrity) 2 mg daily.', 'Motegrity'], ['Reglan black box warning reviewed.', 'Reglan'], ['Domperidone 10 mg TID.', 'Domperidone'],
  ['Erythromycin 50 mg suspension before meals.', 'Erythromycin'], ['Pyridostigmine (Mestinon) 30 mg.', 'Mestinon'], ['Linaclotide (Linzess) 145 mcg.', 'Linzess'],
  ['Plecanatide (Trulance).', 'Trulance'], ['Lubiprostone (Amitiza) 24 mcg BID.', 'Amitiza'], ['Rifaximin (Xifaxan) 550 mg TID.', 'Xifaxan'],
  ['Baclofen 10 mg for rumination.', 'Baclofen'], ['Buspirone for fundic accommodation.', 'Buspirone'], ['Nortriptyline 25 mg at bedtime.', 'Nortriptyline'],
  ['Botox 100 units into the pylorus.', 'Botox'], ['Gimoti nasal spray.', 'Gimoti'], ['MiraLAX 17 g daily.', 'MiraLAX'], ['Relistor for opioid constipation.', 'Relistor'],
  ['Iberogast 20 drops TID.', 'Iberogast'], ['Ondansetron ODT 4 mg.', 'Ondansetron'], ['Omeprazole held 7 days before the study.', 'Omeprazole'],
  ['Nifedipine 10 mg SL before meals.', 'Nifedipine'], ['Ora-Sweet vehicle for the suspension.', 'Ora-Sweet'], ['Sucralfate slurry at bedtime.', 'Sucralfate'],
  ['Peppermint oil capsules.', 'Peppermint oil'],
  // organizations, laws, forms, insurers and carriers
  ['ANMS motility guidelines.', 'ANMS'], ['ACG clinical guideline for gastroparesis.', 'ACG'], ['AGA clinical practice update.', 'AGA'],
  ['FDA Form 3926 for single-patient expanded access.', 'Form 3926'], ['21 CFR 312.310 applies.', '21 CFR 312.310'], ['Humanitarian Device Exemption (HDE).', 'Humanitarian Device Exemption'],
  ['HIPAA authorization signed.', 'HIPAA'], ['Medicare covers the breath test once.', 'Medicare'], ['USP <795> nonsterile compounding.', 'USP <795>'],
  ['503A pharmacy.', '503A'], ['IFFGD patient handout.', 'IFFGD'], ['UnitedHealthcare commercial plan.', 'UnitedHealthcare'], ['Aetna requires step therapy.', 'Aetna'],
  ['CoverMyMeds used for the request.', 'CoverMyMeds'], ['Express Scripts formulary exception.', 'Express Scripts'], ['USPS Priority Mail return envelope.', 'USPS Priority Mail'],
  ['FedEx drop box.', 'FedEx'],
  // generic places and states
  ['Seen in the motility lab.', 'motility lab'], ['Sent to nuclear medicine for the scan.', 'nuclear medicine'], ['Picked up at the compounding pharmacy.', 'compounding pharmacy'],
  ['Dropped at the post office.', 'post office'], ['Pelvic floor therapy gym.', 'Pelvic floor therapy gym'], ['Infusion center for IV fluids.', 'Infusion center'],
  ['Biofeedback room 2.', 'Biofeedback room'], ['Referred from Wisconsin.', 'Wisconsin'], ['Lives in rural Nebraska.', 'Nebraska'],
  // schedules, ages, years, relations and roles without names
  ['Lab performs HRM Monday through Thursday.', 'Monday through Thursday'], ['Breath tests collected weekday mornings only.', 'weekday mornings'],
  ['86-year-old man with dysphagia.', '86'], ['Symptoms since 2018.', '2018'], ['Her husband called.', 'husband'], ['Motility nurse will call.', 'Motility nurse'],
  ['The pharmacist confirmed the strength.', 'pharmacist'], ['Referring physician notified.', 'Referring physician'], ['NPO after midnight.', 'NPO after midnight'],
  ['Off PPI for 7 days.', '7 days'], ['Fasting 8 hours.', '8 hours'],
  // everyday words that are also names
  ['Ginger chews help the nausea.', 'Ginger'], ['Saltine crackers tolerated.', 'Saltine'], ['Clay-colored stool denied.', 'Clay'], ['Rice and bananas tolerated.', 'Rice'],
  ['Pearl-sized pellets of stool.', 'Pearl'], ['Swallow study normal.', 'Swallow'], ['Drew up the solution in a 60 mL syringe.', 'Drew'],
  ['Sage tea at night.', 'Sage'], ['Bean soup caused bloating.', 'Bean'], ['Glass of water with the capsule.', 'Glass'], ['Bell pepper triggers reflux.', 'Bell'],
  ['Will bring the diary next visit.', 'Will'], ['Small bowel transit normal.', 'Small'], ['Long segment of pressurization.', 'Long'],
  ['Cross-sectional area 180 mm².', 'Cross-sectional'], ['Root cause: opioid use.', 'Root cause'], ['Steel-cut oats worsened bloating.', 'Steel-cut oats'],
];

export const motilityKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedMotilityKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(motilityKeepCases(), find);

export function scoreMotilityWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => motilityWaveCases(seed)), find);
}
