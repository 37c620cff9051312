// A blind wave of outpatient specialty consultation letters and clinic notes: cardiology, neurology, rheumatology,
// endocrinology, nephrology, dermatology, ophthalmology, ENT, urology, gastroenterology, sleep and allergy letters back to
// the referring doctor ('Dear Dr. Okafor, thank you for referring Mrs. Alvarez...'), letterheads with the practice's
// street, town, ZIP, phone and fax, 'RE:' lines with the patient's name, date of birth, MRN and account number, new-patient
// intake notes (address, e-mail, insurance member and group numbers, emergency contact, PCP, preferred pharmacy,
// interpreter, telehealth locations), follow-up visit notes, second opinions, letters to employers, schools and the
// motor vehicle bureau (fitness to drive, driver's licence number), disability and leave forms (SSN, claim number),
// device downloads (CPAP, insulin pump, CGM transmitter, loop recorder serials), signature blocks, cc lists at the foot
// of letters and dictation footers, in mixed case, ALL CAPS and lower case. Identifiers are written as letters write
// them: the patient in the salutation and the body ('Mr. Ward is a pleasant 67-year-old', a given name alone, 'your
// patient Ms. K. Ito'), referring physicians, their practices and towns, prior outside specialists and hospitals, the
// patient's employer, school, clubs and churches, relatives by name, travel destinations, dates of prior studies and
// visits in every form ('03/04/2021', '3/4/21', 'March 4, 2021', 'Mar 4', '3/2023', 'Tuesday, March 4', 'the 4th'),
// ages over 89, phone and fax numbers. A list of look-alikes in the same style must not be touched. Written without
// reading the engine's rules or any gold data. `scoreConsultsWave`.
// Decisions: a courtesy title ('Dr.', 'Mrs.') and a credential ('MD, FACC', 'PA-C', 'APRN') are not planted; a middle
// initial is not planted, but a first initial standing for the given name is planted with the surname as one part
// ('K. Ito'); in 'LAST, FIRST' both are planted; a practice, imaging centre, sleep centre, dialysis unit, hearing centre,
// hospital, school, employer, club, YMCA and church is planted whole with its kind word ('Seacoast Cardiology
// Associates', 'Bath Iron Works', 'Pine Ridge Country Club', 'St. Anne's Parish'), including a state or town word inside
// its name ('Maine Medical Center'); a street address is planted from its number to its suffix ('12 Oak St'), a suite
// number is not; a town is planted wherever it is (also a foreign town, and a New England town named like a country,
// 'Norway', 'Peru'), while a state (written out or as 'ME') and a foreign country ('Mexico', 'Italy') are kept; the plan's
// name ('Medicare', 'Anthem') is kept, its member and group numbers are planted; a full date, a month with its day ('Mar
// 4'), a month with its year ('March 2019', '3/2023'), a numeric month/year-of-two ('3/21'), a weekday with its date
// ('Tuesday, March 4', planted whole) and an ordinal day ('the 4th') are planted as written, a year alone and a clock
// time are kept; an age over 89, also a relative's, is planted (its number), an age of 89 and under is kept; the last four
// digits of a masked SSN are planted; device serials and CGM transmitter IDs are planted, device makers and models are
// kept; dictation initials ('JD/kls') and job numbers are planted; an interpreter's ID number is planted; a phone's
// leading '(' need not be covered.
// Kept (look-alikes): eponymous diseases, signs and manoeuvres (Hashimoto, Graves, Sjögren, Raynaud, Crohn, Bell's palsy,
// Dupuytren, Romberg, Tinel, Phalen, Dix-Hallpike, Epley, Still disease, Weber, Rinne, Gottron, Heberden, Marcus Gunn,
// Amsler, Snellen, Berlin questionnaire), scales and classifications (NYHA II, CHA2DS2-VASc 3, HAS-BLED, DAS28, EDSS,
// Fitzpatrick III, Gleason, MoCA 26/30, ESS 14, IPSS, Hoehn and Yahr, Mayo score), drugs and doses, labs with values,
// visual acuity and pressures, audiogram values, devices (Holter, Zio patch, CPAP, Dexcom, LINQ), codes, generic places
// (the clinic, our office, the ED, the sleep lab), relation words without names, everyday words that are also names,
// ages of 89 and under, years alone, schedules ('MWF'), states and countries.
// Measured before rules: 0.864 recall on seeds 5, 11, 23 (2832/3276), 0.862 on fresh seeds 41, 42, 43 (2823/3276); 6/113
// look-alikes touched ("Marcus Gunn", "Modified Rankin", "Friedman tongue position", "FreeStyle Libre", "Grant paperwork", "Vietnam").
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, ca, au, ng, mx, it, br, vi];

/** Given names and surnames that are everyday words (some also eponyms: Graves, Bell, Still). */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Dawn', 'Rusty', 'Sandy', 'Penny', 'Autumn', 'Summer', 'Crystal', 'Destiny', 'Hunter', 'Chase', 'Mercy', 'Patience', 'Honor', 'Hazel', 'Ginger', 'Pearl', 'Ruby', 'Bud', 'Buck', 'Dusty', 'Forrest', 'Grant', 'Royal', 'Miles', 'Cash', 'Major', 'Sunny'];
const WORD_SUR = ['Price', 'Church', 'Baker', 'Cook', 'Miller', 'Fisher', 'Walker', 'Carter', 'Hand', 'Head', 'Story', 'Day', 'Weeks', 'Best', 'Sweet', 'Love', 'Goodman', 'Waters', 'Rivers', 'Stone', 'Winter', 'Lane', 'Street', 'Bush', 'Hale', 'Payne', 'Graves', 'Bell', 'Still', 'Person', 'Young', 'Moody'];
/** Towns that are everyday words, or named like countries and foreign cities (all real New England towns). */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Unity', 'Freedom', 'Friendship', 'Paris', 'Mexico', 'Peru', 'Poland', 'Norway', 'Denmark', 'China', 'Lebanon', 'Canton', 'Athens', 'Calais', 'Belfast', 'Dover', 'Gray', 'Industry', 'Rome', 'Verona', 'Naples', 'Sweden', 'Madison', 'Windsor', 'Hollis'];
const REAL_TOWNS = ['Bangor', 'Lewiston', 'Augusta', 'Waterville', 'Skowhegan', 'Presque Isle', 'Caribou', 'Ellsworth', 'Brunswick', 'Biddeford', 'Sanford', 'Rockland', 'Camden', 'Farmington', 'Houlton', 'Machias', 'Millinocket', 'Rumford', 'Portsmouth', 'Laconia', 'Claremont', 'St. Johnsbury', 'Montpelier', 'Barre', 'White River Junction', 'Zanesville', 'Wooster'];
/** A foreign town or city and its country (the country is kept). */
const FOREIGN: readonly (readonly [string, string])[] = [
  ['Oaxaca', 'Mexico'], ['Guadalajara', 'Mexico'], ['Lisbon', 'Portugal'], ['Porto', 'Portugal'], ['Cusco', 'Peru'], ['Hanoi', 'Vietnam'], ['Da Nang', 'Vietnam'],
  ['Lagos', 'Nigeria'], ['Accra', 'Ghana'], ['Manila', 'the Philippines'], ['Cebu', 'the Philippines'], ['Palermo', 'Italy'], ['Florence', 'Italy'],
  ['Punta Cana', 'the Dominican Republic'], ['Santo Domingo', 'the Dominican Republic'], ['Nairobi', 'Kenya'], ['Mumbai', 'India'], ['Port-au-Prince', 'Haiti'],
  ['Montego Bay', 'Jamaica'], ['Tegucigalpa', 'Honduras'], ['Quito', 'Ecuador'], ['Medellín', 'Colombia'], ['Reykjavik', 'Iceland'], ['Galway', 'Ireland'], ['Kraków', 'Poland'], ['Recife', 'Brazil'],
];
const STATES = ['ME', 'NH', 'VT', 'MA', 'OH', 'Maine', 'New Hampshire', 'Vermont'];
const REGIONS = ['Seacoast', 'Riverside', 'Lakes Region', 'Penobscot Valley', 'Kennebec Valley', 'Downeast', 'Midcoast', 'Tri-County', 'Harbor View', 'Maple Grove', 'Cedar Ridge', 'Pine Hill', 'Northwoods', 'Androscoggin', 'Casco Bay', 'Western Foothills'];
const SPECIALTY_GROUPS = ['Cardiology Associates', 'Neurology', 'Rheumatology & Arthritis Center', 'Endocrinology & Diabetes', 'Kidney Associates', 'Dermatology', 'Eye Associates', 'Ear, Nose & Throat', 'Urology', 'Gastroenterology Associates', 'Sleep Center', 'Allergy & Asthma'];
const PRIMARY_KINDS = ['Family Medicine', 'Internal Medicine', 'Primary Care', 'Family Practice', 'Health Center', 'Medical Associates'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital'];
const NAMED_HOSPITALS = ['Maine Medical Center', 'Dartmouth-Hitchcock Medical Center', 'Massachusetts General Hospital', "Brigham and Women's Hospital", 'Lahey Hospital', 'Cleveland Clinic', 'Mayo Clinic', 'Beth Israel Deaconess Medical Center', 'Eastern Maine Medical Center', 'Central Maine Medical Center', 'Mercy Hospital', 'MaineGeneral Medical Center'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Luke', 'Francis', 'Vincent', 'Elizabeth', 'Andrew', 'Agnes'];
const STREET_NAMES = ['Oak', 'Elm', 'Main', 'Maple', 'Pleasant', 'Church', 'School', 'Water', 'Mill', 'High', 'Center', 'Park', 'Spring', 'Summer', 'Pine', 'Cedar', 'Ridge', 'Harbor', 'Ocean', 'Hammond', 'State', 'Congress', 'Exchange', 'Western', 'Lincoln', 'Washington', 'Birch', 'Chestnut'];
const STREET_KINDS = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Lane', 'Way', 'Blvd'];
const CLUBS = ['Pine Ridge', 'Cedar Hollow', 'Fox Run', 'Eagle Crest', 'Willow Bend', 'Brookside', 'Oak Hill', 'Sable Oaks', 'Val Halla', 'Riverside'];
const EMPLOYERS = ['Bath Iron Works', 'Hannaford', 'L.L.Bean', 'IDEXX', 'Cianbro', 'Pratt & Whitney', 'Hussey Seating', 'Sappi', 'Poland Spring', "Tom's of Maine", 'Irving Oil', 'Cross Insurance'];
const COLLEGES = ['Bowdoin College', 'Colby College', 'Bates College', 'Husson University', 'Thomas College', 'Unity College', 'Saint Joseph\'s College'];
const JOBS = ['machinist', 'school bus driver', 'lobsterman', 'mail carrier', 'electrician', 'dental hygienist', 'nurse', 'truck driver', 'teacher', 'welder', 'paper mill worker', 'accountant'];
const SPECIALTIES = ['cardiology', 'neurology', 'rheumatology', 'endocrinology', 'nephrology', 'dermatology', 'ophthalmology', 'ENT', 'urology', 'gastroenterology', 'sleep medicine', 'allergy'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Ms'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'partner', 'niece', 'son-in-law'];
const PLANS = ['Medicare', 'MaineCare', 'Anthem Blue Cross', 'Harvard Pilgrim', 'Aetna', 'UnitedHealthcare', 'Cigna', 'Tricare', 'Martin\'s Point'];
const LANGUAGES = ['Spanish', 'Somali', 'Arabic', 'French', 'Portuguese', 'Vietnamese', 'Khmer', 'ASL'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWXYZ';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  title(): string {
    return this.pick(TITLES);
  }
  /** Initials of two or three letters. */
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  zip(): string {
    return this.r() < 0.8 ? `0${this.digitString(4)}` : `0${this.digitString(4)}-${this.digitString(4)}`;
  }
  /** '12 Oak St' style. */
  street(): string {
    return this.r() < 0.2 ? this.faker().location.streetAddress() : `${this.int(1, 2400)} ${this.pick(STREET_NAMES)} ${this.pick(STREET_KINDS)}`;
  }
  /** A primary care practice ('Bangor Family Medicine'). */
  practice(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(REGIONS)} ${this.pick(PRIMARY_KINDS)}`;
    if (k === 1) return `${this.sur()} ${this.pick(PRIMARY_KINDS)}`;
    return `${this.town()} ${this.pick(PRIMARY_KINDS)}`;
  }
  /** A specialty group ('Seacoast Cardiology Associates'). */
  group(): string {
    return `${this.pick(REGIONS)} ${this.pick(SPECIALTY_GROUPS)}`;
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.25) return this.pick(NAMED_HOSPITALS);
    if (x < 0.45) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Regional Medical Center'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  club(): string {
    const x = this.r();
    return x < 0.6 ? `${this.pick(CLUBS)} Country Club` : `${this.town()} ${this.pick(['Golf Club', 'Country Club', 'Golf Course'])}`;
  }
  church(): string {
    return this.r() < 0.6 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Church', 'Parish', 'Episcopal Church'])}` : `First ${this.pick(['Baptist', 'Congregational', 'Methodist'])} Church of ${this.town()}`;
  }
  employer(): string {
    return this.r() < 0.5 ? this.pick(EMPLOYERS) : this.faker().company.name();
  }
  school(): string {
    const x = this.r();
    if (x < 0.2) return this.pick(COLLEGES);
    if (x < 0.4) return `${this.sur()} Elementary School`;
    return `${this.town()} ${this.pick(['High School', 'Middle School', 'Regional High School', 'Community College'])}`;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  time(): string {
    return `${this.int(7, 17)}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms letters and notes use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}.${d}.${pad2(y % 100)}` : `${MON[m - 1]!}${m === 5 ? '' : '.'} ${d}, ${y}`);
  }
  /** A letter's date line ('March 4, 2021' or '4 March 2021'). */
  letterDate(): string {
    const [m, d] = this.md();
    return writtenDate(this.pick([3, 4, 4, 5, 0]), m, d, this.year())!;
  }
  /** 'March 4' or 'Mar 4'. */
  monthDay(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${MONTHS[m - 1]!} ${d}` : `${MON[m - 1]!} ${d}`;
  }
  /** 'March 2019', 'Mar 2019' or '3/2019'. */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    const k = this.int(0, 2);
    return k === 0 ? `${MONTHS[m - 1]!} ${y}` : k === 1 ? `${MON[m - 1]!} ${y}` : `${m}/${y}`;
  }
  /** '3/4' with no year. */
  md2(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  dob(lo = 1928, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    const k = this.int(0, 3);
    return k === 0 ? `${pad2(m)}/${pad2(d)}/${y}` : k === 1 ? `${m}/${d}/${y}` : k === 2 ? `${MONTHS[m - 1]!} ${d}, ${y}` : `${y}-${pad2(m)}-${pad2(d)}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  age(): number {
    return this.int(24, 89);
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  acct(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(this.int(8, 10)) : k === 1 ? `A${this.digitString(8)}` : `${this.digitString(6)}-${this.digitString(2)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.35) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    return `${this.pick([`${a}.${b}`, `${a[0]!}${b}${this.int(1, 99)}`, `${b}${a}`])}@${this.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'myfairpoint.net', 'roadrunner.com'])}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(11)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 2) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  /** A CGM transmitter ID ('8GK3TZ'). */
  transmitter(): string {
    return `${this.int(1, 9)}${this.lettersOf(UPPER, 1)}${this.lettersOf(ALNUM, 4)}`;
  }
  licence(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(7) : k === 1 ? `${this.letters(1)}${this.digitString(7)}` : `${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
  }
  /** An SSN and its part: whole, or its last four when masked ('XXX-XX-4821'). */
  ssn(): readonly [string, string] {
    const last = String(this.int(1, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`XXX-XX-${last}`, last];
    const s = `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${last}`;
    return [s, s];
  }
  claim(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.letters(2)}${this.digitString(8)}` : k === 1 ? this.digitString(10) : `DI-${this.digitString(7)}`;
  }
  /** A plan member ID (a Medicare MBI one time in three). */
  member(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.int(1, 9)}${this.letters(1)}${this.lettersOf(ALNUM, 1)}${this.int(0, 9)}-${this.letters(1)}${this.lettersOf(ALNUM, 1)}${this.int(0, 9)}-${this.letters(2)}${this.int(0, 9)}${this.int(0, 9)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(9)}`;
    return `W${this.digitString(9)}`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, D.O.`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // letterheads, RE: lines and openings
  ['letterhead practice street town zip phone fax', (d) => {
    const p = d.group(); const st = d.street(); const t = d.town(); const z = d.zip(); const [a, pa] = d.phone(); const [b, pb] = d.phone();
    return [`${p}\n${st}, Suite ${d.int(100, 420)}\n${t}, ${d.state()} ${z}\nPhone ${a}   Fax ${b}`, [p, st, t, z, pa, pb]];
  }],
  ['letter date and inside address of referring doctor', (d) => {
    const dt = d.letterDate(); const g = d.given(); const s = d.sur(); const p = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${g} ${s}, MD\n${p}\n${st}\n${t}, ${d.state()} ${z}`, [dt, g, s, p, st, t, z]];
  }],
  ['RE LAST, FIRST with DOB MRN and visit date', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date();
    return [`RE: ${s}, ${g} ${d.mi()}\nDOB: ${dob}\nMRN: ${mrn}\nDate of visit: ${dt}`, [s, g, dob, mrn, dt]];
  }],
  ['RE inline name and DOB', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob();
    return [`RE: ${g} ${s} (DOB ${dob})\n\nDear Colleague,`, [g, s, dob]];
  }],
  ['Re title name account and DOS', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.acct(); const dt = d.mdy();
    return [`Re: ${d.title()} ${g} ${s}; Acct# ${a}; DOS ${dt}`, [g, s, a, dt]];
  }],
  ['Dear Dr thank you for referring title surname', (d) => {
    const s = d.sur(); const s2 = d.sur();
    return [`Dear Dr. ${s},\n\nThank you for referring ${d.title()} ${s2}, whom I saw today in the ${d.pick(SPECIALTIES)} clinic.`, [s, s2]];
  }],
  ['Dear colleague by first name asking me to see', (d) => {
    const g = d.given(); const g2 = d.given();
    return [`Dear ${g},\n\nMany thanks for asking me to see ${g2} again regarding her palpitations.`, [g, g2]];
  }],
  ['title surname is a pleasant N-year-old', (d) => {
    const s = d.sur();
    return [`${d.title()} ${s} is a pleasant ${d.age()}-year-old retired ${d.pick(JOBS)} who comes in with six months of exertional chest tightness.`, [s]];
  }],
  ['given name alone tells me', (d) => {
    const g = d.given();
    return [`${g} tells me the lightheadedness is worse when he stands up quickly and after hot showers.`, [g]];
  }],
  ['your patient title initial surname', (d) => {
    const p = `${d.pick([...UPPER])}. ${d.sur()}`;
    return [`I had the pleasure of seeing your patient ${d.pick(['Ms.', 'Mr.', 'Mrs.'])} ${p} in follow-up for her psoriasis.`, [p]];
  }],
  ['age over 89 living independently', (d) => {
    const s = d.sur(); const n = d.ageOver89();
    return [`${d.title()} ${s} is a remarkably spry ${n}-year-old ${d.pick(['woman', 'man', 'widow', 'gentleman'])} who still lives independently.`, [s, n]];
  }],
  ['second opinion previously evaluated at hospital', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const h = d.hospital();
    return [`${g} ${s} presents for a second opinion regarding her optic neuritis. She was previously evaluated by Dr. ${s2} at ${h}, who recommended starting ocrelizumab.`, [g, s, s2, h]];
  }],
  ['referred by doctor of practice in town', (d) => {
    const [doc, p] = d.doctor(); const pr = d.practice(); const t = d.town();
    return [`He was referred by ${doc} of ${pr} in ${t} for evaluation of microscopic hematuria.`, [...p, pr, t]];
  }],
  // history: outside specialists, studies and dates
  ['followed by Dr in town until month year', (d) => {
    const s = d.sur(); const t = d.town(); const my = d.monthYear();
    return [`She was followed by Dr. ${s} in ${t} for her Graves disease until ${my}, when he retired.`, [s, t, my]];
  }],
  ['Holter and echo dates', (d) => {
    const a = d.date(); const b = d.date();
    return [`A 48-hour Holter monitor on ${a} showed a 4% PVC burden. Echocardiogram on ${b} showed LVEF 55-60%.`, [a, b]];
  }],
  ['Zio patch worn m/d to m/d', (d) => {
    const a = d.md2(); const b = d.md2();
    return [`Zio patch worn ${a} to ${b}: predominant rhythm sinus, 3 runs of SVT, longest 9 beats.`, [a, b]];
  }],
  ['MRI at outside imaging center', (d) => {
    const c = `${d.town()} ${d.pick(['Open MRI', 'Imaging Center', 'Diagnostic Imaging'])}`; const dt = d.date();
    return [`MRI brain without contrast at ${c} on ${dt} showed scattered periventricular T2 hyperintensities.`, [c, dt]];
  }],
  ['seen in hospital ED on Mon d', (d) => {
    const h = d.hospital(); const md = d.monthDay();
    return [`She was seen in the ${h} emergency department on ${md} for a near-syncopal episode.`, [h, md]];
  }],
  ['last saw him on month day', (d) => {
    const md = d.monthDay();
    return [`When I last saw him on ${md}, his A1c was 9.2% and we increased the Ozempic to 1 mg weekly.`, [md]];
  }],
  ['return visit weekday and date', (d) => {
    const wd = `${d.pick(WEEKDAYS)}, ${d.monthDay()}`;
    return [`We will see her back on ${wd} at ${d.time()} with a repeat TSH and free T4 beforehand.`, [wd]];
  }],
  ['spoke by phone on the ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`I spoke with her by phone on the ${o} to review the biopsy results.`, [o]];
  }],
  ['PSA trend m/yy', (d) => {
    const a = `${d.int(1, 12)}/${pad2(d.int(18, 21))}`; const b = `${d.int(1, 12)}/${pad2(d.int(22, 25))}`;
    return [`PSA has risen from 3.1 ng/mL (${a}) to 6.4 ng/mL (${b}); free PSA 11%.`, [a, b]];
  }],
  ['colonoscopy year at hospital', (d) => {
    const h = d.hospital();
    return [`Last colonoscopy in ${d.year()} at ${h} showed two small tubular adenomas.`, [h]];
  }],
  ['polysomnogram at town sleep center', (d) => {
    const c = `${d.town()} Sleep ${d.pick(['Disorders Center', 'Center', 'Lab'])}`; const dt = d.date();
    return [`Split-night polysomnogram at the ${c} on ${dt} showed an AHI of 38 with a nadir SpO2 of 79%.`, [c, dt]];
  }],
  ['cataract surgery by Dr at eye associates', (d) => {
    const dt = d.date(); const s = d.sur(); const p = `${d.pick(REGIONS)} Eye ${d.pick(['Associates', 'Care', 'Institute'])}`;
    return [`s/p phaco/IOL OD on ${dt} by Dr. ${s} at ${p}.`, [dt, s, p]];
  }],
  ['audiogram at named hearing center', (d) => {
    const dt = d.mdy(); const p = `${d.sur()} Hearing & Balance`;
    return [`Audiogram performed ${dt} at ${p} showed a mild-to-moderate sloping sensorineural loss on the left.`, [dt, p]];
  }],
  ['dialyzes MWF at town unit with nephrologist', (d) => {
    const u = `${d.town()} Dialysis ${d.pick(['Unit', 'Center'])}`; const s = d.sur();
    return [`He dialyzes MWF at the ${u} (nephrologist Dr. ${s}) via a left radiocephalic fistula.`, [u, s]];
  }],
  ['thyroid FNA at hospital on date', (d) => {
    const h = d.hospital(); const dt = d.date();
    return [`Ultrasound-guided FNA of the 2.1 cm right thyroid nodule at ${h} on ${dt}: Bethesda II, benign follicular nodule.`, [h, dt]];
  }],
  ['EEG read by Dr at hospital', (d) => {
    const dt = d.mdy(); const s = d.sur(); const h = d.hospital();
    return [`Routine EEG ${dt}, read by Dr. ${s} at ${h}, was normal in wakefulness and drowsiness.`, [dt, s, h]];
  }],
  ['biologic started by previous rheumatologist in town', (d) => {
    const dt = d.date(); const s = d.sur(); const t = d.town();
    return [`Adalimumab was started on ${dt} by Dr. ${s}, her previous rheumatologist in ${t}, with good effect until last fall.`, [dt, s, t]];
  }],
  // social history: places, travel, work, school, family
  ['lesion noticed while vacationing in town state', (d) => {
    const t = d.town();
    return [`She first noticed the lesion while vacationing in ${t}, ${d.state()} last summer.`, [t]];
  }],
  ['returned from foreign town country kept', (d) => {
    const md = d.monthDay(); const [t, c] = d.pick(FOREIGN);
    return [`He returned on ${md} from two weeks visiting family in ${t}, ${c}, and developed a pruritic rash on the flight home.`, [md, t]];
  }],
  ['stung at relative farm in town', (d) => {
    const dt = d.date(); const g = d.given(); const t = d.town();
    return [`He was stung by a yellow jacket on ${dt} while haying at his ${d.pick(['brother', 'cousin', 'uncle'])} ${g}'s farm in ${t}.`, [dt, g, t]];
  }],
  ['golf at country club', (d) => {
    const c = d.club();
    return [`He plays golf at ${c} three times a week and walks the course without chest discomfort.`, [c]];
  }],
  ['swims at town YMCA and volunteers at church', (d) => {
    const y = `${d.town()} YMCA`; const c = d.church();
    return [`She swims laps at the ${y} and volunteers at ${c} twice a week.`, [y, c]];
  }],
  ['works as job at employer in town', (d) => {
    const e = d.employer(); const t = d.town();
    return [`He works as a ${d.pick(JOBS)} at ${e} in ${t} and is on his feet 10 hours a day.`, [e, t]];
  }],
  ['child in grade at school', (d) => {
    const g = d.given(); const sc = d.school();
    return [`${g} is in the ${ordinal(d.int(3, 12))} grade at ${sc} and plays JV soccer.`, [g, sc]];
  }],
  ['lives with wife named in town', (d) => {
    const g = d.given(); const t = d.town();
    return [`Lives with his wife ${g} in ${t}; ${d.int(2, 9)} grandchildren nearby. Never smoker.`, [g, t]];
  }],
  ['family history relative age over 89', (d) => {
    const n = d.ageOver89();
    return [`Family history: ${d.pick(['mother', 'father', 'grandmother'])} died at ${n} of a stroke; brother with atrial fibrillation.`, [n]];
  }],
  ['accompanied by daughter named proxy', (d) => {
    const g = d.given(); const s = d.sur();
    return [`She is accompanied today by her ${d.pick(['daughter', 'son', 'niece', 'husband'])}, ${g} ${s}, who is her health care proxy.`, [g, s]];
  }],
  // new-patient intake
  ['intake address and phones', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [a, pa] = d.phone(); const [b, pb] = d.phone();
    return [`Address: ${st}, ${t}, ${d.state()} ${z}\nHome: ${a}   Cell: ${b}`, [st, t, z, pa, pb]];
  }],
  ['intake email', (d) => {
    const e = d.email(d.given(), d.sur());
    return [`Email: ${e}   Preferred contact: ${d.pick(['cell', 'email', 'patient portal'])}`, [e]];
  }],
  ['intake insurance member and group', (d) => {
    const m = d.member(); const g = d.r() < 0.5 ? d.digitString(6) : `${d.letters(2)}${d.digitString(5)}`;
    return [`Primary insurance: ${d.pick(PLANS)}   Member ID: ${m}   Group #: ${g}`, [m, g]];
  }],
  ['intake emergency contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Emergency contact: ${g} ${s} (${d.pick(RELATIVES)}) ${ph}`, [g, s, p]];
  }],
  ['intake PCP with practice and phone', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const [ph, p] = d.phone();
    return [`PCP: Dr. ${g} ${s}, ${pr}   Tel ${ph}`, [g, s, pr, p]];
  }],
  ['preferred pharmacy street and town', (d) => {
    const st = d.street(); const t = d.town();
    return [`Preferred pharmacy: ${d.pick(['Walgreens', 'CVS', 'Rite Aid', 'Hannaford pharmacy'])}, ${st}, ${t}`, [st, t]];
  }],
  ['interpreter name and ID', (d) => {
    const g = d.given(); const n = d.digitString(d.int(5, 6));
    return [`${d.pick(LANGUAGES)} interpreter ${g} (ID #${n}) present by video for the entire visit.`, [g, n]];
  }],
  ['telehealth patient and provider locations', (d) => {
    const t = d.town(); const p = d.group();
    return [`This visit was conducted by video. Patient located at home in ${t}, ${d.state()}; provider located at ${p}.`, [t, p]];
  }],
  // devices
  ['CPAP download serial and dates', (d) => {
    const sn = d.serial(); const a = d.mdy(); const b = d.mdy();
    return [`CPAP download (ResMed AirSense 11, SN ${sn}) ${a} to ${b}: usage 92% of nights >4 h, residual AHI 2.1.`, [sn, a, b]];
  }],
  ['insulin pump serial and CGM transmitter', (d) => {
    const sn = d.serial(); const tx = d.transmitter();
    return [`Insulin pump: Tandem t:slim X2, serial ${sn}; CGM Dexcom G6 (transmitter ID ${tx}), time in range 64%.`, [sn, tx]];
  }],
  ['loop recorder placed date and serial', (d) => {
    const dt = d.date(); const sn = d.serial();
    return [`Implantable loop recorder (Medtronic LINQ II) placed ${dt}, serial ${sn}, transmitting nightly.`, [dt, sn]];
  }],
  // letters to third parties
  ['DMV fitness to drive header', (d) => {
    const g = d.given(); const s = d.sur(); const l = d.licence(); const dob = d.dob(1930, 2006);
    return [`To: Bureau of Motor Vehicles, Medical Advisory Board\nRE: ${g} ${s}   Driver's License #: ${l}   DOB: ${dob}`, [g, s, l, dob]];
  }],
  ['DMV seizure-free since date', (d) => {
    const s = d.sur(); const dt = d.date();
    return [`It is my opinion that ${d.title()} ${s} has been seizure-free since ${dt} and is medically fit to operate a motor vehicle.`, [s, dt]];
  }],
  ['letter to employer return to work', (d) => {
    const e = d.employer(); const g = d.given(); const s = d.sur(); const a = d.date(); const b = d.date();
    return [`To Whom It May Concern at ${e}:\n\n${g} ${s} was seen in my office on ${a}. He may return to full duty without restrictions on ${b}.`, [e, g, s, a, b]];
  }],
  ['school excuse from PE', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const a = d.md2(); const b = d.md2();
    return [`Please excuse ${g} ${s} from physical education at ${sc} from ${a} through ${b} because of a knee injury.`, [g, s, sc, a, b]];
  }],
  ['disability form claimant SSN claim employer', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const [ssn, ps] = d.ssn(); const c = d.claim(); const e = d.employer();
    return [`Claimant: ${s}, ${g}\nSSN: ${ssn}\nClaim number: ${c}\nEmployer: ${e}`, [s, g, ps, c, e]];
  }],
  ['disability form dates unable to work', (d) => {
    const a = d.date(); const b = d.date(); const c = d.date();
    return [`Date symptoms first appeared: ${a}\nPatient unable to work from ${b} through ${c} (estimated).`, [a, b, c]];
  }],
  ['FMLA leave to drive relative to hospital', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const h = d.hospital();
    return [`${g} ${s} needs intermittent leave to drive her ${d.pick(['mother', 'husband', 'son', 'father'])}, ${g2}, to weekly infusions at ${h}.`, [g, s, g2, h]];
  }],
  // closings, signatures, cc lists and footers
  ['closing contact phone and fax', (d) => {
    const [a, pa] = d.phone(); const [b, pb] = d.phone();
    return [`Please do not hesitate to contact me at ${a} or by fax at ${b} with any questions.`, [pa, pb]];
  }],
  ['sincerely signature block with hospital', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`Sincerely,\n\n${g} ${s}, MD, PhD\nAssociate Professor of ${d.pick(['Neurology', 'Medicine', 'Dermatology', 'Urology'])}\n${h}`, [g, s, h]];
  }],
  ['cc Dr with practice and street', (d) => {
    const g = d.given(); const s = d.sur(); const p = d.practice(); const st = d.street();
    return [`cc: Dr. ${g} ${s}, ${p}, ${st}`, [g, s, p, st]];
  }],
  ['cc patient and outside specialist', (d) => {
    const s = d.sur(); const s2 = d.sur(); const h = d.hospital();
    return [`cc: ${d.title()} ${s} (patient)\n    Dr. ${s2}, ${d.pick(SPECIALTIES)}, ${h}`, [s, s2, h]];
  }],
  ['dictation footer initials D T job', (d) => {
    const a = d.initials(); const b = d.initials().toLowerCase(); const d1 = d.mdy(); const d2 = d.mdy(); const job = d.digitString(d.int(5, 7));
    return [`${a}/${b}\nD: ${d1} ${d.time()}\nT: ${d2} ${d.time()}\nJob #: ${job}`, [a, b, d1, d2, job]];
  }],
  ['voice recognition disclaimer and e-signature', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`This letter was dictated using voice recognition software and may contain errors.\nElectronically signed: ${g} ${s}, APRN ${dt} ${d.time()}`, [g, s, dt]];
  }],
  ['follow-up note header provider referring PCP', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur();
    return [`FOLLOW-UP VISIT ${dt}\nProvider: ${g} ${s}, PA-C\nReferring: Dr. ${s2}\nPCP: ${g3} ${s3}, NP`, [dt, g, s, s2, g3, s3]];
  }],
  ['new patient consultation header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const a = d.acct(); const dt = d.date(); const s2 = d.sur(); const g2 = d.given();
    return [`NEW PATIENT CONSULTATION\nPatient: ${s}, ${g}\nAccount #: ${a}\nVisit date: ${dt}\nReferring provider: ${s2}, ${g2}`, [s, g, a, dt, s2, g2]];
  }],
];

/** The names of the wave's frames. */
export const consultsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function consultsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 8803, rounds);
}

/** Look-alikes in consultation letter style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponymous diseases, signs and manoeuvres
  ['Hashimoto thyroiditis, on levothyroxine', 'Hashimoto'], ['Graves disease treated with RAI in the past', 'Graves'], ['Sjögren syndrome with dry eyes and mouth', 'Sjögren'],
  ['Raynaud phenomenon in both hands', 'Raynaud'], ["Crohn's disease of the terminal ileum", "Crohn's"], ["Left Bell's palsy, resolved", "Bell's palsy"],
  ['Dupuytren contracture of the right ring finger', 'Dupuytren'], ['Romberg negative.', 'Romberg'], ['Tinel sign positive at the right wrist.', 'Tinel'],
  ['Phalen test reproduces paresthesias.', 'Phalen'], ['Dix-Hallpike positive on the right.', 'Dix-Hallpike'], ['Epley maneuver performed in clinic today.', 'Epley'],
  ['adult-onset Still disease in remission', 'Still'], ['Weber lateralizes to the left.', 'Weber'], ['Rinne positive bilaterally.', 'Rinne'], ['Gottron papules over the MCPs', 'Gottron'],
  ['Heberden nodes at the DIP joints', 'Heberden'], ['No Marcus Gunn pupil.', 'Marcus Gunn'], ['Amsler grid without distortion', 'Amsler'], ['Snellen acuity 20/25 OU', 'Snellen'],
  ['Berlin questionnaire high risk', 'Berlin questionnaire'], ['Hoffmann sign absent bilaterally', 'Hoffmann'], ['Barrett esophagus without dysplasia', 'Barrett'],
  ['Addison disease on hydrocortisone', 'Addison'], ['Paget disease of bone', 'Paget'], ['Peyronie disease with 30 degree curvature', 'Peyronie'], ['Ménière disease, left ear', 'Ménière'],
  ['Koebner phenomenon noted', 'Koebner'], ['Brugada pattern was excluded.', 'Brugada'], ['Parkinson disease, diagnosed in 2019', 'Parkinson'], ['Chvostek sign negative', 'Chvostek'],
  // scales, scores and classifications
  ['NYHA class II symptoms', 'NYHA class II'], ['CHA2DS2-VASc 3', 'CHA2DS2-VASc 3'], ['HAS-BLED 2', 'HAS-BLED 2'], ['DAS28-CRP 4.1, moderate activity', 'DAS28-CRP 4.1'],
  ['EDSS 3.5', 'EDSS 3.5'], ['Fitzpatrick skin type III', 'Fitzpatrick skin type III'], ['Gleason 3+4=7 in 2 of 12 cores', '3+4=7'], ['MoCA 26/30', 'MoCA 26/30'],
  ['Epworth Sleepiness Scale 14/24', 'Epworth Sleepiness Scale 14/24'], ['ESS 14', 'ESS 14'], ['IPSS 18, QoL 4', 'IPSS 18'], ['Hoehn and Yahr stage 2', 'Hoehn and Yahr stage 2'],
  ['Mayo score 2 on last scope', 'Mayo score 2'], ['Modified Rankin 1', 'Modified Rankin 1'], ['PHQ-9 of 7', 'PHQ-9 of 7'], ['SNOT-22 score 41', 'SNOT-22 score 41'], ['Mallampati IV, Friedman tongue position 3', 'Friedman tongue position 3'],
  ['KDIGO stage G3b A2', 'G3b A2'],
  // drugs and doses
  ['metoprolol succinate 50 mg daily', 'metoprolol succinate 50 mg daily'], ['apixaban 5 mg BID', 'apixaban 5 mg BID'], ['levothyroxine 88 mcg daily', '88 mcg'],
  ['methotrexate 15 mg weekly with folic acid 1 mg', 'methotrexate 15 mg weekly'], ['Dupixent 300 mg every 2 weeks', 'Dupixent'], ['Ozempic 0.5 mg weekly', 'Ozempic 0.5 mg'],
  ['tamsulosin 0.4 mg at bedtime', 'tamsulosin 0.4 mg'], ['Humira 40 mg SC every 14 days', 'Humira'], ['EpiPen 0.3 mg x2 prescribed', 'EpiPen 0.3 mg'],
  // labs and measures
  ['TSH 0.02, free T4 2.8', 'TSH 0.02'], ['A1c 7.8%', 'A1c 7.8%'], ['eGFR 38 mL/min/1.73m2', 'eGFR 38'], ['ANA 1:640 speckled', '1:640'], ['anti-CCP >250 U/mL', '>250 U/mL'],
  ['PSA 6.2 ng/mL', 'PSA 6.2 ng/mL'], ['LDL 142 mg/dL', 'LDL 142 mg/dL'], ['UACR 310 mg/g', 'UACR 310 mg/g'], ['Visual acuity 20/40 OD, 20/25 OS', '20/40 OD'],
  ['IOP 18 mmHg OS by Goldmann', 'IOP 18 mmHg'], ['Pure tone average 35 dB on the left, 30 dB at 4000 Hz', '30 dB at 4000 Hz'], ['Tympanogram type A bilaterally', 'type A'],
  ['BP 138/82, HR 64', 'BP 138/82'], ['BMI 31.4', 'BMI 31.4'], ['PVR 120 mL', 'PVR 120 mL'], ['AHI 32 events/hour', 'AHI 32'], ['SpO2 nadir 84%', 'SpO2 nadir 84%'],
  ['Total IgE 412 IU/mL', '412 IU/mL'], ['Peanut sIgE 3.2 kU/L, class 3', '3.2 kU/L'], ['LVEF 35%', 'LVEF 35%'],
  // devices
  ['48-hour Holter', 'Holter'], ['Zio patch for 14 days', 'Zio patch'], ['CPAP at 10 cm H2O', 'CPAP at 10 cm H2O'], ['Dexcom G7 with Omnipod 5', 'Dexcom G7'],
  ['Medtronic LINQ II loop recorder', 'LINQ II'], ['ResMed AirSense 11 with a nasal pillow mask', 'AirSense 11'], ['FreeStyle Libre 3 sensor', 'FreeStyle Libre 3'],
  // codes
  ['ICD-10 M05.79', 'M05.79'], ['CPT 99204', '99204'], ['E11.65 type 2 diabetes with hyperglycemia', 'E11.65'],
  // generic places, relations, schedules
  ['Seen today in the clinic.', 'the clinic'], ['She will call our office with any questions.', 'our office'], ['Go to the ED for any chest pain.', 'the ED'],
  ['Return to the sleep lab for titration.', 'the sleep lab'], ['Infusions at the infusion center every 8 weeks.', 'the infusion center'], ['Please check in at the front desk.', 'front desk'],
  ['Her daughter accompanied her today.', 'Her daughter'], ['Thank you for referring your patient.', 'your patient'], ['I will send a copy to the referring physician.', 'the referring physician'],
  ['He dialyzes MWF.', 'MWF'],
  // everyday words that are names, ages, years, states, countries
  ['She is hopeful, and we share that hope.', 'hope'], ['The price of the inhaler is a barrier.', 'price'], ['He walks to church daily.', 'church'], ['The rash is worse in summer.', 'summer'],
  ['Takes a warm bath at night to help sleep.', 'bath'], ['He walks two miles daily.', 'miles'], ['Grant paperwork for the pump was completed.', 'Grant'], ['Faith is important to her.', 'Faith'],
  ['A 67-year-old man', '67'], ['An 89-year-old woman', '89'], ['Diagnosed in 2018.', '2018'], ['Moved from Florida last year.', 'Florida'], ['Trip to Mexico in the spring.', 'Mexico'],
  ['Raised in Vietnam, moved to the US as a teen.', 'Vietnam'], ['Medicare primary, MaineCare secondary', 'Medicare'],
];

export const consultsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedConsultsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(consultsKeepCases(), find);

export function scoreConsultsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => consultsWaveCases(seed)), find);
}
