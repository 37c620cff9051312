// A blind wave of college and university student health and athletics documents: student health center visit notes
// (the student's name, student ID and date of birth, the residence hall and room, the roommate, the RA who brought
// them in, the dean of students notified, the nurse practitioner or physician who signed, the county health
// department for an outbreak contact), counseling center intakes and crisis notes (safety plan contacts with phones,
// bereavement for a grandparent over 89, wellness checks by campus police, off-campus psychiatry referrals), athletic
// training room notes (team, head coach and athletic trainer named, concussion baselines and post-injury tests with
// dates, return-to-play clearance dates, injuries at away games at named colleges in their towns, fields and arenas,
// AED and insulin pump serials, MRI at an imaging center, surgery dates), preparticipation sports physicals (licence
// numbers, sickle cell screens with accessions, ECG reads), immunization compliance holds (registration holds, vaccine
// lots, state registry ids, records faxed from a pharmacy), study-abroad clearance (the host university and its city
// abroad, departure dates, yellow fever certificates, passports, foreign phones), Title IX and campus police referrals
// (officers with badges, case numbers, advocates, crisis centers, no-contact orders with a plate), international
// student insurance waivers (plan, member, group and confirmation numbers, SEVIS ids, the DSO named), lab results in
// the patient portal (URLs, usernames, an IP in a lockout), pharmacy pickups (Rx numbers, the pharmacist, a transfer to
// a named pharmacy at a street address), excused-absence letters to named professors, emergency contacts (parents with
// phones, permanent addresses, a subscriber's SSN), student account charges and transport to a local hospital ED, in
// mixed case, ALL CAPS and lower case. Dates are written in every form a campus clinic and a training room use
// ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2019', 'Halloween'). Given
// names and surnames are often everyday words (Hope, Dean, Chase, Stone, Coach, Hall) and towns are often college
// towns that are everyday words (Normal, Athens, Hope, Liberty, State College, College Station). A list of look-alikes
// in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreCampusWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a title ('Dr.', 'Prof.', 'Officer',
// 'Sgt.', 'Coach') and a credential ('ATC', 'LAT', 'FNP-BC', 'PA-C', 'LPC', 'PharmD') are not; a role without a name
// ('the dean of students', 'her RA', 'head coach', 'team physician', 'Title IX coordinator') is kept; a university,
// college, high school, health center, residence hall, stadium or field, hospital, imaging center, pharmacy, practice
// and crisis center is planted whole with its kind word ('Liberty State University', 'Hartley Hall', 'Crandall
// Student Health Center', 'Price Field', 'Normal Regional Medical Center'), while a generic service ('the student
// health center', 'Counseling and Psychological Services', 'campus police'), a chain, a lab company or a payer named
// alone ('CVS', 'Quest', 'Aetna Student Health', 'GeoBlue') is kept; a residence hall room number is planted; a town
// is planted and so is a county with its word ('Clay County'), a state and a country are kept; a host university and
// a city abroad are planted; a street address is planted from its number to its street type and a ZIP is planted; a
// weekday naming one day is planted, a class schedule ('MWF', 'TTh') is kept; a holiday that fixes a day ('Halloween',
// "St. Patrick's Day", 'Fourth of July') is planted; a month with a year is planted, a term ('fall semester', 'Class of
// 2027') and a year alone are kept; student ids, SEVIS ids, case, badge, plan, member, group, waiver confirmation,
// registry, Rx, accession, certificate, passport, licence, account and store numbers, vehicle plates, device serials,
// vaccine lots, IPs, usernames, URLs and e-mails are planted whole; a phone's leading '(' or '+' need not be covered.
// Kept (look-alikes): eponyms and exam tests (Lachman, McMurray, Thompson, Spurling, Ottawa ankle rules, Dix-Hallpike,
// Osgood-Schlatter, Seattle criteria), concussion and screening scores (SCAT5, BESS, ImPACT, King-Devick, PHQ-9,
// GAD-7, AUDIT-C, C-SSRS), return-to-play stages and day counts, drugs, vaccines and devices by brand, course codes,
// ICD-10 and CPT codes, statutes and offices (Title IX, FERPA, Clery, NCAA divisions, F-1 and J-1, Form I-20), generic
// campus places and roles, everyday words that are also names or towns (stone, hope, normal, union, grace, will, bill,
// coach, dean's list), relations without names, ages of 89 and under, years alone, states, countries and payers.
// Measured before rules: 0.887 recall on seeds 5, 11, 23 (4014/4525), 0.889 on fresh seeds 41, 42, 43 (4025/4529); 4/115
// look-alikes touched ("Medrol Dosepak", "student health center", "Aetna Student Health", "Tuesday/Thursday") (engine at
// 5c84fdd).
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, gh, ind, gb, de, fr, br, vi];

/** Given names and surnames that are everyday words (and campus words). */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Dean', 'Chase', 'Hunter', 'Sky', 'Destiny', 'Blaze', 'Colt', 'Ace', 'Rocky', 'Bill', 'Will', 'Skip', 'Sunny', 'Misty', 'Autumn', 'Summer', 'Brook', 'River', 'Reed', 'Major', 'King', 'Justice', 'Trinity', 'Harmony', 'Journey', 'Royal', 'Rich', 'Guy', 'Mercy', 'Pearl', 'Ivy'];
const WORD_SUR = ['Stone', 'Hill', 'Hall', 'Price', 'Banks', 'Fields', 'Coach', 'Young', 'Strong', 'Swift', 'Gamble', 'Sharp', 'Rich', 'Cross', 'Bishop', 'Dean', 'Knight', 'Marshall', 'Page', 'Rhodes', 'Fox', 'Wolf', 'Bear', 'Hart', 'Snow', 'Frost', 'Winter', 'Day', 'Bell', 'Love', 'Best', 'Noble', 'Early', 'Baker', 'Cook', 'Walker', 'Graves', 'Ball', 'Hunt', 'Moody', 'Major', 'Chase', 'Church'];
/** Towns that are everyday words or college towns, and real small college towns. */
const WORD_TOWNS = ['Normal', 'Athens', 'Hope', 'Liberty', 'Union', 'Troy', 'Rome', 'Sparta', 'Oxford', 'Hanover', 'Berea', 'Clinton', 'Auburn', 'Davis', 'Moscow', 'Laramie', 'State College', 'College Station', 'College Park', 'Collegeville', 'Florence', 'Orange', 'Harmony', 'Concord', 'Princeton', 'Granville', 'Wooster', 'Northfield', 'Decorah', 'Macomb', 'Commerce', 'Canyon', 'Edinboro', 'Kent', 'Bowling Green', 'Mount Pleasant', 'Fairfield', 'Marion', 'Eureka'];
const REAL_TOWNS = ['Ames', 'Stillwater', 'Starkville', 'Oxford', 'Blacksburg', 'Morgantown', 'Bloomington', 'Champaign', 'Ithaca', 'Amherst', 'Storrs', 'Orono', 'Boone', 'Cullowhee', 'Carbondale', 'Kalamazoo', 'Muncie', 'Lawrence', 'Manhattan', 'Pullman', 'Corvallis', 'Bozeman', 'Logan', 'Flagstaff', 'Las Cruces', 'Nacogdoches', 'Ruston', 'Hattiesburg', 'Statesboro', 'Clemson', 'Oneonta', 'Grinnell', 'Oberlin', 'Gambier', 'Beloit'];
const COUNTY_WORDS = ['Clay', 'Union', 'Story', 'Payne', 'Monroe', 'Centre', 'Brazos', 'Champaign', 'Tompkins', 'Boone', 'Jackson', 'Marion', 'Washington', 'Orange', 'Lee', 'Hamilton', 'Douglas', 'Whitman', 'Gallatin', 'Lafayette'];
const STATES = ['IA', 'OK', 'MS', 'VA', 'WV', 'IN', 'IL', 'NY', 'PA', 'TX', 'OH', 'KS', 'MI', 'NC', 'GA', 'Ohio', 'Texas', 'Iowa'];
const STREET_WORDS = ['College', 'University', 'Main', 'Campus', 'Elm', 'Oak', 'Maple', 'Park', 'High', 'Church', 'Spring', 'Prospect', 'Hillcrest', 'Greek Row', 'Fraternity', 'Locust', 'Chestnut', 'Walnut', 'Sunset', 'Lake'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Blvd', 'Ln', 'Way', 'Ct', 'Circle'];
const SAINTS = ['Joseph', 'Mary', 'Francis', 'Luke', 'Vincent', 'Ann', 'Elizabeth', 'Anselm', 'Olaf', 'Norbert', 'Thomas', 'Catherine'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'Memorial Hospital', 'Community Hospital', 'General Hospital', 'Regional Hospital', 'Health Center'];
const HALL_KIND = ['Hall', 'Hall', 'Hall', 'House', 'Tower', 'Commons', 'Village'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day, as written after 'on' and the part to plant. */
const HOLIDAYS: readonly (readonly [string, string])[] = [['Halloween', 'Halloween'], ["St. Patrick's Day", "St. Patrick's Day"], ["New Year's Eve", "New Year's Eve"], ["Valentine's Day", "Valentine's Day"], ['the Fourth of July', 'Fourth of July'], ['Cinco de Mayo', 'Cinco de Mayo'], ['Christmas Eve', 'Christmas Eve'], ["St. Paddy's Day", "St. Paddy's Day"]];
const PARENTS = ['mother', 'father', 'mom', 'dad', 'stepmother', 'stepfather', 'guardian', 'grandmother', 'aunt', 'uncle'];
const RELATIONS = ['sister', 'brother', 'boyfriend', 'girlfriend', 'roommate', 'best friend', 'teammate', 'partner', 'cousin'];
const SPORTS = ["women's soccer", "men's soccer", 'football', "women's basketball", "men's basketball", "men's lacrosse", 'field hockey', 'volleyball', 'wrestling', 'softball', 'baseball', 'cross country', "women's ice hockey", 'swimming and diving', 'rowing', 'track and field'];
const MAJORS = ['nursing', 'biology', 'undeclared', 'engineering', 'psychology', 'business', 'music', 'kinesiology', 'computer science', 'education'];
const CLASS_YEARS = ['first-year', 'sophomore', 'junior', 'senior', 'graduate'];
const TITLES = ['Mr.', 'Ms.', 'Mx.'];
const COURSES = ['CHEM 1210', 'BIOL 2100', 'MATH 1550', 'PSYC 101', 'ENGL 1010', 'HIST 2200', 'KINE 3300', 'ECON 201'];
/** A host university abroad, its city and its country: the university's name does not hold its city. */
const ABROAD: readonly (readonly [string, string, string])[] = [
  ['Universidad Complutense', 'Madrid', 'Spain'], ['Sciences Po', 'Paris', 'France'], ['Sapienza University', 'Rome', 'Italy'], ['Waseda University', 'Tokyo', 'Japan'],
  ['Yonsei University', 'Seoul', 'South Korea'], ['University of Otago', 'Dunedin', 'New Zealand'], ['Charles University', 'Prague', 'Czech Republic'], ['Trinity College', 'Dublin', 'Ireland'],
  ['Macquarie University', 'Sydney', 'Australia'], ['Universidad de Belgrano', 'Buenos Aires', 'Argentina'], ['Universidad Veritas', 'San José', 'Costa Rica'], ['Al Akhawayn University', 'Ifrane', 'Morocco'],
  ['University of Ghana', 'Accra', 'Ghana'], ['Humboldt University', 'Berlin', 'Germany'], ["Lorenzo de' Medici Institute", 'Florence', 'Italy'], ['Pontificia Universidad Javeriana', 'Bogotá', 'Colombia'],
  ['Stellenbosch University', 'Cape Town', 'South Africa'], ['Aarhus University', 'Copenhagen', 'Denmark'], ['Hebrew University', 'Jerusalem', 'Israel'], ['Kansai Gaidai University', 'Hirakata', 'Japan'],
];
const INSURERS = ['Aetna Student Health', 'UnitedHealthcare StudentResources', 'GeoBlue', 'ISO', 'PSI', 'Compass Student Insurance', 'BCBS', 'Cigna Global'];

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
  parent(): string {
    return this.pick(PARENTS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  sport(): string {
    return this.pick(SPORTS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  county(): string {
    return `${this.pick(COUNTY_WORDS)} County`;
  }
  state(): string {
    return this.pick(STATES);
  }
  abroad(): readonly [string, string, string] {
    return this.pick(ABROAD);
  }
  /** A college or university's name (the student's own or an opponent). */
  college(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} State University`;
    if (k === 1) return `University of ${this.town()}`;
    if (k === 2) return `${this.sur()} College`;
    if (k === 3) return `${this.town()} College`;
    if (k === 4) return `Saint ${this.pick(SAINTS)} University`;
    return `${this.sur()} University`;
  }
  highSchool(): string {
    return this.r() < 0.7 ? `${this.town()} High School` : `${this.sur()} ${this.pick(['Academy', 'Preparatory School', 'Catholic High School'])}`;
  }
  /** The student health center, named. */
  healthCenter(): string {
    const s = this.sur();
    return this.pick([`${s} Student Health Center`, `${s} Health Center`, `${s} Health Services`, `${s} Wellness Center`]);
  }
  hall(): string {
    return `${this.sur()} ${this.pick(HALL_KIND)}`;
  }
  room(): string {
    const n = `${this.int(1, 9)}${pad2(this.int(1, 40))}`;
    return this.r() < 0.25 ? `${n}${this.pick(['A', 'B', 'C'])}` : n;
  }
  venue(): string {
    return `${this.sur()} ${this.pick(['Field', 'Stadium', 'Arena', 'Fieldhouse', 'Natatorium', 'Ice Center'])}`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)} ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  imaging(): string {
    return `${this.town()} ${this.pick(['Open MRI', 'Imaging Center', 'Orthopedic Imaging', 'Radiology Associates'])}`;
  }
  pharmacyName(): string {
    const s = this.sur();
    return this.pick([`${s} Family Pharmacy`, `${s}'s Drug Store`, `${s} Apothecary`, `${s} Pharmacy`]);
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(10001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms a campus clinic writes. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${MON[m - 1]!} ${d} ${y}`);
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
    return this.r() < 0.6 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): readonly [string, string] {
    return this.pick(HOLIDAYS);
  }
  /** A student's date of birth. */
  dob(lo = 1996, hi = 2007): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  /** A student id in one of the forms registrars issue. */
  studentId(): string {
    const k = this.int(0, 4);
    if (k === 0) return `900${this.digitString(6)}`;
    if (k === 1) return `A${this.digitString(8)}`;
    if (k === 2) return `U${this.digitString(7)}`;
    if (k === 3) return `B00${this.digitString(6)}`;
    return this.digitString(7);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  /** A phone abroad with its country code (the '+' need not be covered). */
  foreignPhone(): readonly [string, string] {
    const k = this.int(0, 4);
    const p = k === 0 ? `44 7${this.digitString(3)} ${this.digitString(6)}`
      : k === 1 ? `34 6${this.digitString(2)} ${this.digitString(3)} ${this.digitString(3)}`
        : k === 2 ? `39 3${this.digitString(2)} ${this.digitString(3)} ${this.digitString(4)}`
          : k === 3 ? `81 90-${this.digitString(4)}-${this.digitString(4)}`
            : `61 4${this.digitString(2)} ${this.digitString(3)} ${this.digitString(3)}`;
    return [`+${p}`, p];
  }
  /** A short word for a school's web domain. */
  domain(): string {
    return this.pick([asciiLetters(this.town()), asciiLetters(this.sur()), `${asciiLetters(this.town()).slice(0, 3)}u`, `${this.letters(2).toLowerCase()}su`]) || 'campus';
  }
  username(g: string, s: string): string {
    const a = asciiLetters(g) || 'stu';
    const b = asciiLetters(s) || 'dent';
    return this.pick([`${a.charAt(0)}${b.slice(0, 6)}${this.int(1, 99)}`, `${b}.${a}`, `${a.slice(0, 3)}${b.slice(0, 3)}${this.int(10, 99)}`, `${a.charAt(0)}${this.letters(1).toLowerCase()}${b.charAt(0)}${this.int(100, 9999)}`]);
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${this.domain()}.edu`, 'gmail.com', `students.${this.domain()}.edu`, 'yahoo.com', 'icloud.com']);
    return `${this.username(g, s)}@${dom}`;
  }
  url(): string {
    const dom = this.domain();
    return this.pick([`https://${this.pick(['health', 'studenthealth', 'shs', 'wellness'])}.${dom}.edu/${this.pick(['portal', 'patient', 'login'])}`, `https://${dom}.medicatconnect.com`, `https://${dom}.pyramed.net/portal`, `${dom}.edu/healthportal`]);
  }
  ip(): string {
    return this.pick([`${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    return `${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(4)}`;
    if (k === 1) return `${this.digitString(1)}${this.letters(1)}${this.digitString(3)}${this.letters(2)}`;
    return `${this.letters(1)}${this.digitString(5)}`;
  }
  caseNo(): string {
    const y = this.year();
    return this.pick([`${y}-${this.digitString(5)}`, `${String(y).slice(2)}-${this.digitString(4)}`, `CPD${String(y).slice(2)}${this.digitString(5)}`, `UPD-${y}-${this.digitString(4)}`]);
  }
  titleIxCase(): string {
    return this.pick([`TIX-${this.int(18, 25)}-${this.digitString(4)}`, `T9-${this.year()}-${this.digitString(3)}`, `IX${this.digitString(6)}`]);
  }
  badge(): string {
    return this.digitString(this.int(2, 4));
  }
  planId(): string {
    return this.pick([`${this.letters(3)}-${this.digitString(4)}-${this.digitString(4)}`, `${this.letters(2)}${this.digitString(7)}`, this.digitString(this.int(8, 11)), `${this.digitString(5)}${this.letters(2)}${this.digitString(3)}`]);
  }
  memberId(): string {
    return this.pick([`${this.letters(3)}${this.digitString(9)}`, `W${this.digitString(9)}`, `${this.digitString(9)}-0${this.int(1, 4)}`]);
  }
  sevis(): string {
    return `N00${this.digitString(8)}`;
  }
  rx(): string {
    return this.pick([this.digitString(7), `${this.digitString(1)}-${this.digitString(6)}`, `RX${this.digitString(6)}`]);
  }
  accession(): string {
    return this.pick([`${this.letters(2)}${String(this.year()).slice(2)}-${this.digitString(5)}`, `${this.digitString(10)}`, `${this.letters(1)}${this.digitString(8)}`]);
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(10, 99))}-${String(this.int(1000, 9999))}`;
  }
  plate(): string {
    return this.pick([`${this.letters(3)}-${this.digitString(4)}`, `${this.digitString(3)} ${this.letters(3)}`, `${this.letters(3)}${this.digitString(4)}`, `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`]);
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  licence(): string {
    return this.pick([`${this.letters(2)}${this.digitString(6)}`, this.digitString(this.int(5, 8)), `MD.${this.digitString(6)}`, `0101${this.digitString(6)}`]);
  }
  passport(): string {
    return this.pick([this.digitString(9), `${this.letters(1)}${this.digitString(8)}`, `${this.letters(2)}${this.digitString(7)}`]);
  }
  cred(): string {
    return this.pick(['MD', 'DO', 'FNP-BC', 'PA-C', 'RN', 'NP-C', 'ANP']);
  }
  /** A physician as written, and the parts to plant. */
  doctor(): readonly [string, string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`Dr. ${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}, ${this.pick(['MD', 'DO'])}`, [g, s]];
    if (k === 2) return [`${s}, ${g} MD`, [s, g]];
    return [`Dr. ${s}`, [s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // student health center visits
  ['visit header student id dob', (d) => {
    const g = d.given(); const s = d.sur(); const sid = d.studentId(); const dob = d.dob(); const dt = d.date();
    return [`STUDENT HEALTH SERVICES - VISIT NOTE\nPatient: ${s}, ${g} ${d.mi()}   Student ID: ${sid}   DOB: ${dob}\nDate of service: ${dt}`, [s, g, sid, dob, dt]];
  }],
  ['residence hall room and roommate', (d) => {
    const h = d.hall(); const rm = d.room(); const g = d.given();
    return [`Lives on campus in ${h}, room ${rm}; roommate ${g} has had similar fever and sore throat since the weekend.`, [h, rm, g]];
  }],
  ['RA brought student in', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hall(); const tm = d.time();
    return [`Walked over at ${tm} with the RA, ${g} ${s}, after vomiting x4 in the ${h} bathroom overnight. Tolerating sips now.`, [g, s, h]];
  }],
  ['dean of students notified with fax', (d) => {
    const g = d.given(); const s = d.sur(); const [fx, p] = d.phone();
    return [`Dean of Students ${g} ${s} notified per the medical leave protocol; withdrawal paperwork faxed to ${fx}.`, [g, s, p]];
  }],
  ['monospot and no contact through date', (d) => {
    const md = d.slashMd(); const md2 = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Monospot positive ${md}. Splenomegaly precautions: no contact sports or lifting through ${md2}. Athletic trainer ${g} ${s}, ATC, informed with student consent.`, [md, md2, g, s]];
  }],
  ['meningococcal contact and county nurse', (d) => {
    const h = d.hall(); const dt = d.date(); const c = d.county(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Close contact (same floor of ${h}) of a student with meningococcal disease confirmed ${dt}. Cipro 500 mg x1 given. ${c} Health Department nurse ${g} ${s} notified, ${ph}.`, [h, dt, c, g, s, p]];
  }],
  ['clinician signature at named health center', (d) => {
    const g = d.given(); const s = d.sur(); const hc = d.healthCenter(); const dt = d.mdy();
    return [`${g} ${s}, ${d.cred()}\n${hc}\nElectronically signed ${dt} ${d.time()}`, [g, s, hc, dt]];
  }],
  ['health center letterhead with university and street', (d) => {
    const hc = d.healthCenter(); const u = d.college(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${hc}\n${u}\n${st}\n${t}, ${d.state()} ${z}`, [hc, u, st, t, z]];
  }],
  ['last menstrual period ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`LMP the ${o}, regular. Urine hCG negative. Requests to start Nexplanon; consent reviewed.`, [o]];
  }],
  // counseling center
  ['counseling intake header', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const sid = d.studentId(); const g2 = d.given(); const s2 = d.sur();
    return [`COUNSELING CENTER INTAKE ${dt}\nClient: ${g} ${s} (SID ${sid}), ${d.pick(CLASS_YEARS)}, ${d.pick(MAJORS)} major\nClinician: ${g2} ${s2}, ${d.pick(['LPC', 'LCSW', 'PsyD', 'LMHC'])}`, [dt, g, s, sid, g2, s2]];
  }],
  ['safety plan people to call', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const g2 = d.given(); const [ph2, p2] = d.phone();
    return [`Safety plan reviewed and copy given. People I can call: ${d.relation()} ${g} (${ph}); ${d.parent()} ${g2}, ${ph2}. C-SSRS: passive ideation, no plan.`, [g, p, g2, p2]];
  }],
  ['bereavement grandparent over 89 funeral town', (d) => {
    const n = d.ageOver89(); const w = d.weekday(); const t = d.town();
    return [`Grief following the death of ${d.pick(['her grandmother', 'his grandfather', 'their great-grandmother', 'her grandfather'])}, ${n}, on ${w}; will travel home to ${t} for the funeral and miss a week of classes.`, [n, w, t]];
  }],
  ['after-hours crisis wellness check and ED', (d) => {
    const tm = d.time(); const md = d.monDay(); const s = d.sur(); const h = d.hall(); const hosp = d.hospital();
    return [`After-hours crisis line call at ${tm} on ${md}. Campus police Officer ${s} completed a wellness check at ${h} and transported the student to ${hosp} ED for evaluation.`, [md, s, h, hosp]];
  }],
  ['off-campus psychiatry referral', (d) => {
    const g = d.given(); const s = d.sur(); const pr = `${d.sur()} Psychiatric Associates`; const t = d.town(); const [ph, p] = d.phone(); const w = d.weekday(); const md = d.slashMd();
    return [`Referred for medication management to ${g} ${s}, MD, at ${pr} in ${t} (${ph}); first appointment ${w} ${md}.`, [g, s, pr, t, p, w, md]];
  }],
  ['counseling session note month year history', (d) => {
    const my = d.monthYear(); const hs = d.highSchool();
    return [`First depressive episode ${my} during senior year at ${hs}; treated with sertraline, stopped on arrival to campus. PHQ-9 today 17.`, [my, hs]];
  }],
  // athletic training room
  ['training room note header with coach and ATC', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const cs = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`ATHLETIC TRAINING ROOM NOTE ${dt}\nAthlete: ${g} ${s}   Sport: ${d.sport()}\nHead coach: ${cs}   ATC: ${g2} ${s2}, ATC, LAT`, [dt, g, s, cs, g2, s2]];
  }],
  ['concussion baseline and post-injury test dates', (d) => {
    const dt = d.date(); const md = d.slashMd();
    return [`ImPACT baseline ${dt}: verbal memory 88, visual memory 79. Post-injury ImPACT ${md}: verbal memory 71, reaction time 0.74 (baseline 0.58). SCAT5 symptom score 22.`, [dt, md]];
  }],
  ['injured at away game at college in town', (d) => {
    const w = d.weekday(); const c = d.college(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Injured ${w} in the second half of the away game at ${c} in ${t}; evaluated on the sideline by the host athletic trainer, ${g} ${s}, and held out for the remainder.`, [w, c, t, g, s]];
  }],
  ['return to play clearance date', (d) => {
    const dt = d.date(); const s = d.sur();
    return [`Completed all 6 stages of the graduated return-to-play progression without symptoms. Cleared for full contact ${dt} by team physician Dr. ${s}.`, [dt, s]];
  }],
  ['coach notified by text', (d) => {
    const s = d.sur(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`Coach ${s} notified by text at ${ph}; athlete held out of practice ${w} and will be reassessed in the training room before lift.`, [s, p, w]];
  }],
  ['field injury transported to hospital', (d) => {
    const v = d.venue(); const t = d.town(); const hosp = d.hospital(); const g = d.given(); const s = d.sur();
    return [`Spine boarded on the field at ${v}; transported by ${t} Fire-Rescue to ${hosp}, accompanied by assistant athletic trainer ${g} ${s}.`, [v, t, hosp, g, s]];
  }],
  ['AED serial and CPR by trainer', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur(); const md = d.monDay();
    return [`Collapsed during conditioning ${md}. ZOLL AED Plus (S/N ${sn}) applied, one shock delivered; CPR by ${g} ${s}, ATC, until EMS arrival.`, [md, sn, g, s]];
  }],
  ['rehab visit dates list', (d) => {
    const m = d.int(1, 12); const dd = d.int(1, 19); const a = `${m}/${dd}`; const b = `${m}/${dd + d.int(2, 3)}`; const c = `${m}/${dd + d.int(5, 9)}`;
    return [`Rehab visits ${a}, ${b} and ${c}: quad sets, SLR, bike 15 min; knee flexion 0-118 degrees.`, [a, b, c]];
  }],
  ['MRI at imaging center and surgery date', (d) => {
    const md = d.monDay(); const im = d.imaging(); const [doc, p] = d.doctor(); const dt = d.date();
    return [`MRI R knee ${md} at ${im}: complete ACL tear, bucket-handle medial meniscus tear. ACL reconstruction with ${doc} scheduled ${dt}.`, [md, im, ...p, dt]];
  }],
  ['team travel to tournament', (d) => {
    const w = d.weekday(); const md = d.monDay(); const c = d.college(); const g = d.given(); const s = d.sur();
    return [`Team departs ${w}, ${md} for the conference tournament hosted by ${c}; ${g} ${s}, ATC, traveling with the med kit and AED.`, [`${w}, ${md}`, c, g, s]];
  }],
  ['prior concussion in high school month year', (d) => {
    const my = d.monthYear(); const hs = d.highSchool();
    return [`History of 2 prior concussions, most recent ${my} playing football at ${hs}; no loss of consciousness, symptoms resolved in 10 days.`, [my, hs]];
  }],
  // sports physicals
  ['preparticipation physical header', (d) => {
    const s = d.sur(); const g = d.given(); const dob = d.dob(); const sid = d.studentId();
    return [`PREPARTICIPATION PHYSICAL EVALUATION\nName: ${s.toUpperCase()}, ${g}   DOB ${dob}   Sport: ${d.sport()}   Class of ${d.int(2025, 2029)}   ID ${sid}`, [s.toUpperCase(), g, dob, sid]];
  }],
  ['sickle cell screen accession', (d) => {
    const md = d.slashMd(); const acc = d.accession();
    return [`Sickle cell solubility screen (NCAA requirement) negative, collected ${md}, accession ${acc}.`, [md, acc]];
  }],
  ['screening ECG read by cardiologist', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const hosp = d.hospital();
    return [`Screening ECG ${dt} read by ${g} ${s}, MD (sports cardiology, ${hosp}): sinus bradycardia 52, normal by the Seattle criteria.`, [dt, g, s, hosp]];
  }],
  ['insulin pump serial and plan with ATC', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`Type 1 diabetes on t:slim X2 pump (serial ${sn}) with Dexcom G7; game-day glucose plan on file with ${g} ${s}, ATC.`, [sn, g, s]];
  }],
  ['physical clearance signature license', (d) => {
    const [doc, p] = d.doctor(); const lic = d.licence(); const dt = d.date();
    return [`Cleared for all sports without restriction.\n${doc}   License no. ${lic}   Date ${dt}`, [...p, lic, dt]];
  }],
  // immunization compliance
  ['registration hold and coordinator', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Immunization registration hold placed ${dt}: missing MenACWY dose after age 16 and TB screening. Hold lifted only by ${g} ${s}, immunization compliance coordinator.`, [dt, g, s]];
  }],
  ['vaccine lot given by initials', (d) => {
    const lot = d.lot(); const md = d.slashMd(); const i = d.initials();
    return [`Menveo 0.5 mL IM L deltoid, lot ${lot}, exp 2026, given ${md} by ${i}. VIS provided.`, [lot, md, i]];
  }],
  ['outside records faxed from named pharmacy', (d) => {
    const ph = d.pharmacyName(); const t = d.town(); const [fx, p] = d.phone(); const a = d.slashMd(); const b = d.mdy();
    return [`Hep B series records received from ${ph} in ${t} (fax ${fx}): doses ${a} and ${b}.`, [ph, t, p, a, b]];
  }],
  ['state registry id queried', (d) => {
    const id = d.digitString(d.int(7, 10)); const dt = d.date();
    return [`State immunization registry ID ${id} queried ${dt}; 2 MMR and 2 varicella documented, hold released.`, [id, dt]];
  }],
  ['international TB screening weekday', (d) => {
    const dt = d.date(); const w = d.weekday();
    return [`QuantiFERON-TB Gold Plus negative, collected ${dt}; required for arriving international students. Compliance hold released ${w}.`, [dt, w]];
  }],
  // study abroad
  ['study abroad clearance host university city', (d) => {
    const [u, c, country] = d.abroad(); const dt = d.date();
    return [`Medical clearance for study abroad, spring semester: ${u}, ${c}, ${country}. Departure ${dt}. No restrictions; enough medication for the term supplied.`, [u, c, dt]];
  }],
  ['yellow fever certificate number', (d) => {
    const dt = d.date(); const cert = d.pick([d.digitString(7), `${d.letters(2)}${d.digitString(6)}`]);
    return [`Yellow fever vaccine (YF-Vax) given ${dt}; International Certificate of Vaccination (ICVP) no. ${cert} stamped and signed.`, [dt, cert]];
  }],
  ['host program medical contact abroad', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const [ph, p] = d.foreignPhone(); const [, c] = d.abroad();
    return [`Host program medical contact in ${c}: ${g} ${s}, ${em}, mobile ${ph}.`, [c, g, s, em, p]];
  }],
  ['travel letter for controlled medication passport', (d) => {
    const g = d.given(); const s = d.sur(); const pp = d.passport(); const u = d.college();
    return [`To whom it may concern: ${g} ${s} (passport no. ${pp}) is a student at ${u} and carries Adderall XR 20 mg, a 120-day supply prescribed by this office for ADHD.`, [g, s, pp, u]];
  }],
  // Title IX and campus police
  ['campus police referral officer badge case', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.badge(); const cn = d.caseNo();
    return [`Referred by campus police, Officer ${g} ${s} (badge ${b}), case #${cn}, after a noise complaint found the student intoxicated.`, [g, s, b, cn]];
  }],
  ['Title IX report coordinator and case', (d) => {
    const dt = d.date(); const tix = d.titleIxCase(); const g = d.given(); const s = d.sur();
    return [`Title IX report filed ${dt} (case ${tix}); Title IX coordinator ${g} ${s} contacted with the student's consent. Supportive measures discussed.`, [dt, tix, g, s]];
  }],
  ['SANE exam with advocate from crisis center', (d) => {
    const g = d.given(); const cc = `${d.town()} ${d.pick(['Rape Crisis Center', 'Sexual Assault Resource Center', "Women's Center"])}`; const hosp = d.hospital(); const w = d.weekday();
    return [`SANE exam offered and accepted; accompanied by advocate ${g} from the ${cc} to ${hosp} on ${w}.`, [g, cc, hosp, w]];
  }],
  ['no-contact order and vehicle plate', (d) => {
    const md = d.slashMd(); const pl = d.plate(); const h = d.hall(); const sg = d.sur();
    return [`No-contact order issued ${md}. Respondent's vehicle (${d.state()} plate ${pl}) barred from the ${h} lot per Sgt. ${sg}.`, [md, pl, h, sg]];
  }],
  ['holiday intoxication found in hall', (d) => {
    const [hd, p] = d.holiday(); const h = d.hall(); const rm = d.room();
    return [`Found minimally responsive on ${hd} in the ${h} lounge outside room ${rm}; BAC 0.28 at the ED. AUDIT-C 7.`, [p, h, rm]];
  }],
  // international student insurance waivers
  ['insurance waiver denied plan id member id', (d) => {
    const pl = d.planId(); const m = d.memberId();
    return [`Insurance waiver denied: ${d.pick(INSURERS)} plan ID ${pl} does not meet ACA-equivalent standards. Auto-enrolled in the student health plan, member ID ${m}.`, [pl, m]];
  }],
  ['waiver confirmation and group number', (d) => {
    const conf = `${d.letters(2)}${d.digitString(6)}`; const dt = d.date(); const grp = d.digitString(d.int(6, 8));
    return [`Waiver confirmation #${conf} approved ${dt}; home-country plan group no. ${grp}, repatriation and evacuation included.`, [conf, dt, grp]];
  }],
  ['DSO and SEVIS id', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const sv = d.sevis();
    return [`Designated school official ${g} ${s} (International Student Services, ${ph}) confirmed SEVIS ID ${sv}; reduced course load approved on medical grounds.`, [g, s, p, sv]];
  }],
  // lab results via the patient portal
  ['portal url and username', (d) => {
    const url = d.url(); const g = d.given(); const s = d.sur(); const u = d.username(g, s);
    return [`Results released to the patient portal (${url}); username ${u}. Student notified by secure message.`, [url, u]];
  }],
  ['STI result secure message signed', (d) => {
    const md = d.slashMd(); const g = d.given();
    return [`Hi, your chlamydia/gonorrhea NAAT from ${md} was negative and HIV screen nonreactive. Let us know if you have questions. - ${g}, RN`, [md, g]];
  }],
  ['portal lockout ip and reset', (d) => {
    const ip = d.ip(); const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Portal account locked after 5 failed logins from ${ip}; reset ${w} by ${g} ${s} at the front desk after photo ID check.`, [ip, w, g, s]];
  }],
  ['send-out lab accession', (d) => {
    const acc = d.accession(); const dt = d.date();
    return [`Send-out to ${d.pick(['Quest', 'LabCorp'])}, accession ${acc}, collected ${dt}: HSV-2 IgG index 0.42 (negative).`, [acc, dt]];
  }],
  // pharmacy
  ['pharmacy pickup rx number and pharmacist', (d) => {
    const rx = d.rx(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Rx #${rx} (azithromycin 250 mg, Z-Pak) picked up ${md} at the campus pharmacy; counseled by ${g} ${s}, PharmD.`, [rx, md, g, s]];
  }],
  ['prescription transferred to named pharmacy address', (d) => {
    const ph = d.pharmacyName(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Prescription transferred to ${ph}, ${st}, ${t} ${z} over winter break per student request.`, [ph, st, t, z]];
  }],
  ['emergency contraception weekday and email', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Plan B One-Step dispensed ${w}; follow-up pregnancy test in 3 weeks. Reminder sent to ${em}.`, [w, em]];
  }],
  // excused-absence letters
  ['excused absence letter to professor', (d) => {
    const ps = d.sur(); const g = d.given(); const s = d.sur(); const [m, dd] = d.md(); const when = `${d.weekday()}, ${MONTHS[m - 1]!} ${dd}`;
    return [`Dear Professor ${ps},\nPlease excuse ${g} ${s} from ${d.pick(COURSES)} on ${when}; the student was seen at the health center and is not well enough to attend.`, [ps, g, s, when]];
  }],
  ['absence range for two instructors', (d) => {
    const m = d.int(1, 12); const dd = d.int(1, 19); const a = `${m}/${dd}`; const b = `${m}/${dd + d.int(2, 4)}`; const s = d.sur(); const s2 = d.sur();
    return [`Please excuse absences ${a} through ${b} from classes with Dr. ${s} and Prof. ${s2}; influenza A confirmed, isolation until fever-free 24 h.`, [a, b, s, s2]];
  }],
  ['letter cc assistant dean', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const g2 = d.given(); const s2 = d.sur();
    return [`cc: ${g} ${s}, Assistant Dean of Students (${em})\n    ${g2} ${s2}, academic advisor`, [g, s, em, g2, s2]];
  }],
  ['accessibility services accommodation', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.monDay();
    return [`Accommodation letter (extended time, reduced-distraction testing) sent ${md} to Student Accessibility Services, coordinator ${g} ${s}, ${ph}.`, [md, g, s, p]];
  }],
  // emergency contacts
  ['emergency contacts parents phones', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const g2 = d.given(); const s2 = d.sur(); const [ph2, p2] = d.phone();
    return [`Emergency contacts: ${d.pick(['mother', 'mom', 'stepmother'])} ${g} ${s}, cell ${ph}; ${d.pick(['father', 'dad', 'stepfather'])} ${g2} ${s2}, work ${ph2}.`, [g, s, p, g2, s2, p2]];
  }],
  ['permanent home address', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Permanent address: ${st}, ${t}, ${d.state()} ${z}. Local address: on campus.`, [st, t, z]];
  }],
  ['FERPA release and parent called', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`FERPA/HIPAA release signed ${dt} for ${d.parent()} ${g} ${s}; called at ${ph} from the ED with the student present.`, [dt, g, s, p]];
  }],
  ['secondary insurance subscriber ssn', (d) => {
    const g = d.given(); const s = d.sur(); const ssn = d.ssn(); const dob = d.dob(1955, 1980);
    return [`Secondary insurance: ${d.parent()}'s employer plan; subscriber ${g} ${s}, DOB ${dob}, SSN ${ssn}.`, [g, s, dob, ssn]];
  }],
  ['student account charge', (d) => {
    const acct = d.digitString(d.int(8, 10)); const md = d.slashMd();
    return [`Strep PCR and CBC fee ($45) posted ${md} to student account ${acct}; no copay at time of visit.`, [md, acct]];
  }],
  // transport to the local hospital ED
  ['EMS transport to local ED', (d) => {
    const tm = d.time(); const hosp = d.hospital(); const t = d.town(); const g = d.given();
    return [`EMS called at ${tm}; transported to ${hosp} ED by ${t} Rescue Squad. Report called to charge RN ${g}.`, [hosp, t, g]];
  }],
  ['ED follow-up at health center with PA', (d) => {
    const hosp = d.hospital(); const dt = d.date(); const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Seen at ${hosp} ED ${dt} for syncope, discharged. Follow-up at the health center ${w} with ${g} ${s}, PA-C.`, [hosp, dt, w, g, s]];
  }],
  ['transport by campus safety van', (d) => {
    const s = d.sur(); const hc = d.healthCenter(); const hosp = d.hospital(); const md = d.slashMd();
    return [`${md}: student transported from ${hc} to ${hosp} urgent care by campus safety van (driver ${s}) for x-ray after hours.`, [md, s, hc, hosp]];
  }],
  ['title and surname in letter greeting', (d) => {
    const t = d.title(); const s = d.sur(); const g = d.given(); const sid = d.studentId(); const md = d.monDay();
    return [`RE: student ID ${sid}\nDear ${t} ${s},\nAs requested by ${g}, this letter confirms the visit of ${md} and the dates of recommended rest.`, [sid, s, g, md]];
  }],
  ['all caps roster line', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const sid = d.studentId(); const h = d.hall().toUpperCase(); const rm = d.room();
    return [`${s}, ${g}   ${sid}   ${h} ${rm}   ${d.sport().toUpperCase()}   BASELINE ON FILE`, [s, g, sid, h, rm]];
  }],
];

/** The names of the wave's frames. */
export const campusFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function campusWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10007, rounds);
}

/** Look-alikes in campus health and athletics style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and exam tests
  ['Lachman test positive with soft endpoint.', 'Lachman'], ['McMurray negative medially.', 'McMurray'], ['Thompson test negative; Achilles intact.', 'Thompson'],
  ['Spurling maneuver reproduces arm pain.', 'Spurling'], ['Ottawa ankle rules negative; no x-ray needed.', 'Ottawa'], ['Dix-Hallpike positive on the right; Epley performed.', 'Dix-Hallpike'],
  ['Epley maneuver repeated x2.', 'Epley'], ['Osgood-Schlatter disease, resolved.', 'Osgood-Schlatter'], ['Hawkins-Kennedy impingement sign positive.', 'Hawkins-Kennedy'],
  ['Phalen and Tinel negative.', 'Tinel'], ['Finkelstein test positive (de Quervain).', 'Finkelstein'], ['Romberg negative, tandem gait intact.', 'Romberg'],
  ['ECG normal by the Seattle criteria.', 'Seattle criteria'], ['No Marfan features on exam.', 'Marfan'], ['Wolff-Parkinson-White pattern absent.', 'Wolff-Parkinson-White'],
  ["Graves' disease on methimazole.", "Graves'"], ['Kernig and Brudzinski signs negative.', 'Brudzinski'], ['Beighton score 6/9.', 'Beighton score 6/9'],
  // concussion and screening scores, return-to-play stages
  ['SCAT5 symptom score 22, severity 41.', 'SCAT5'], ['BESS 14 errors (baseline 9).', 'BESS 14 errors'], ['ImPACT composite reaction time 0.74.', 'ImPACT'],
  ['King-Devick 48.2 s (baseline 44.0 s).', 'King-Devick'], ['VOMS provoked headache with convergence.', 'VOMS'], ['PHQ-9 score 17, GAD-7 score 12.', 'PHQ-9 score 17'],
  ['AUDIT-C 7.', 'AUDIT-C 7'], ['C-SSRS screen: passive ideation only.', 'C-SSRS'], ['Stage 4 of the return-to-play progression: non-contact drills.', 'Stage 4'],
  ['Day 3 symptom-free.', 'Day 3'], ['BAC 0.28 on arrival.', '0.28'], ['GCS 14 (E3 V5 M6).', 'GCS 14'],
  // drugs, vaccines and devices
  ['Adderall XR 20 mg daily', 'Adderall XR'], ['Vyvanse 40 mg', 'Vyvanse'], ['Plan B One-Step dispensed.', 'Plan B One-Step'], ['Nexplanon inserted L arm.', 'Nexplanon'],
  ['Depo-Provera 150 mg IM q12 weeks', 'Depo-Provera'], ['Truvada for PrEP', 'Truvada'], ['Zofran 4 mg ODT', 'Zofran'], ['Toradol 60 mg IM x1', 'Toradol'],
  ['Medrol Dosepak', 'Medrol Dosepak'], ['Narcan nasal spray 4 mg stocked in the RA office.', 'Narcan'], ['Lexapro 10 mg', 'Lexapro'], ['Wellbutrin XL 150 mg', 'Wellbutrin XL'],
  ['Menveo booster given.', 'Menveo'], ['MenQuadfi 0.5 mL IM', 'MenQuadfi'], ['Bexsero dose 2 of 2', 'Bexsero'], ['Gardasil 9 dose 3', 'Gardasil 9'], ['Tdap (Boostrix) 2019', 'Boostrix'],
  ['MMR x2 documented.', 'MMR x2'], ['Heplisav-B series complete.', 'Heplisav-B'], ['QuantiFERON-TB Gold Plus negative.', 'QuantiFERON-TB Gold Plus'],
  ['Dexcom G7 sensor', 'Dexcom G7'], ['t:slim X2 insulin pump', 't:slim X2'], ['ZOLL AED Plus on the sideline', 'ZOLL AED Plus'], ['Aircast walking boot', 'Aircast'],
  ['DonJoy hinged knee brace', 'DonJoy'], ['Game Ready cryotherapy 20 min', 'Game Ready'],
  // course, diagnosis and billing codes
  ['Missed CHEM 1210 lab.', 'CHEM 1210'], ['Enrolled in BIOL 2100.', 'BIOL 2100'], ['ICD-10 S06.0X0A concussion', 'S06.0X0A'], ['S83.511A ACL sprain, right knee', 'S83.511A'],
  ['Z02.5 encounter for sports physical', 'Z02.5'], ['CPT 99395', '99395'], ['CPT 87591 chlamydia NAAT', '87591'], ['F32.1 major depressive disorder', 'F32.1'],
  // statutes, offices and programs
  ['Title IX office notified.', 'Title IX'], ['Release under FERPA.', 'FERPA'], ['Clery Act report filed by the institution.', 'Clery Act'], ['NCAA Division I athlete', 'Division I'],
  ['Division III program', 'Division III'], ['F-1 visa status', 'F-1'], ['J-1 exchange visitor', 'J-1'], ['Form I-20 on file.', 'I-20'], ['SEVIS record active.', 'SEVIS'],
  ['Counseling and Psychological Services (CAPS)', 'CAPS'], ['Student Accessibility Services', 'Student Accessibility Services'],
  // generic campus places and roles
  ['Seen at the student health center today.', 'student health center'], ['Returned to the residence hall.', 'residence hall'], ['Seen in the athletic training room.', 'athletic training room'],
  ['Dean of students notified.', 'Dean of students'], ['Her RA walked her over.', 'RA'], ['Head coach aware.', 'Head coach'], ['Cleared by the team physician.', 'team physician'],
  ['Campus police responded.', 'Campus police'], ['Referred to the study abroad office.', 'study abroad office'], ['Hold placed by the registrar.', 'registrar'], ['Exam room 4', 'Exam room 4'],
  // everyday words that are also names or towns
  ['No kidney stone on ultrasound.', 'stone'], ['Hopes to return to the team.', 'Hopes'], ['Normal gait.', 'Normal'], ['Met friends at the student union.', 'union'],
  ['A 30-day grace period for immunizations.', 'grace'], ['Will follow up in 1 week.', 'Will'], ['The bill was sent to the student plan.', 'bill'], ['Coach wants an update.', 'Coach'],
  ["Made the dean's list.", "dean's list"], ['A rocky start to the semester.', 'rocky'], ['Chasing grades; sleeping 4 hours a night.', 'Chasing'], ['Down the hall from the RA.', 'hall'],
  ['Stressed about the state exam.', 'state'], ['Applying to college of nursing.', 'college'],
  // relations, ages, years, states, countries and payers
  ['Her mother was called with consent.', 'mother'], ['His roommate found him.', 'roommate'], ['A 19-year-old sophomore.', '19'], ['Class of 2027', '2027'],
  ['Concussion in 2021.', '2021'], ['Spring semester abroad in Spain.', 'Spain'], ['Home state is Texas.', 'Texas'], ['Enrolled in Aetna Student Health.', 'Aetna Student Health'],
  ['GeoBlue travel coverage', 'GeoBlue'], ['Medicaid from home state', 'Medicaid'], ['15 credit hours this term', '15 credit hours'], ['GPA 3.4', '3.4'],
  ['BP 118/76, HR 52', '118/76'], ['Classes MWF mornings.', 'MWF'], ['Practice 6-8 am Tuesday/Thursday lifts.', 'Tuesday/Thursday'],
];

export const campusKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedCampusKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(campusKeepCases(), find);

export function scoreCampusWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => campusWaveCases(seed)), find);
}
