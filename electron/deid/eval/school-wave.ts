// A blind wave of school and college health records: school nurse office visit logs and daily health-room logs (the
// student with student ID, grade and homeroom, the teacher who sent them, the lunch aide or recess monitor who saw the
// fall, the parent or guardian reached or not reached by phone, the person who signed the child out and the licence
// shown, EMS from a named fire department to a named hospital), immunization compliance and exclusion letters (address
// blocks, exclusion dates, state registry ids, records from a county health department or a named clinic, exemption
// certificates, school flu clinic lots), individual health plans (asthma action plans with peak flow zones, diabetes
// medical management plans with pump and CGM serials and the endocrinology clinic, seizure action plans with the
// neurologist and the first seizure on a holiday, food allergy action plans with lunch accounts, camps and the
// cafeteria manager, self-carry authorizations), field trip medication forms (destination, bus and route, chaperones,
// trained staff, overnight outdoor education camps and their dates), sports pre-participation forms (examiner and
// licence, the practice, the coach and athletic trainer, Medicaid and policy numbers, family history with an old
// great-grandparent), concussion return-to-learn notes (the game, opponent and field, teachers by name, the clearing
// sports medicine clinic, ImPACT baseline dates), vision and hearing screening logs and referral letters, parent and
// guardian call logs (cells, workplaces with extensions, interpreter ids, e-mails, bus drivers' reports with bus and
// route), 504 plan meeting notes (principal, counselor, teachers, the coordinator's e-mail, review month), district
// letterheads with web addresses, and college student health center notes (university, student ID, residence hall and
// room, the RA, campus buildings with room numbers, professors, campus police badges, the portal), in mixed case,
// ALL CAPS and lower case. Dates are written as schools write them ('09/03/2024', '9/3/24', '3 September 2024',
// 'Sept 3', '9/3', 'Tuesday', 'Tues 9/3', 'the 3rd', 'October 2024', 'Valentine's Day'); ages over 89, phones, faxes and
// e-mails are planted. Given names and surnames are often everyday words (Hope, Faith, Rocky, Bill, Stone, Hill, Fox,
// Rivers) and towns are often everyday words (Liberty, Union, Hope, Normal, Marion, Jasper). A list of look-alikes in
// the same style must not be touched. Written without reading the engine's rules or any gold data. `scoreSchoolWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a first initial before a surname ('J.
// Fox, RN'), a title ('Mrs.', 'Mr.', 'Coach', 'Principal', 'Dr.', 'Prof.', 'Officer') and a credential ('BSN, RN,
// NCSN', 'ATC', 'PA-C', 'CPNP', 'LPN') are not; a role without a name ('the principal', 'homeroom teacher', 'the bus
// driver', 'her RA', 'the school counselor') is kept; a school, a district, a university, a clinic, a hospital, a
// health department, a camp, a field trip destination, a sports field, a residence hall, a campus building and a
// parent's workplace are planted whole with their kind words ('Liberty Elementary School', 'Jasper County Public
// Schools', 'Camp Winnetka', 'Marion Children's Museum', 'Hale Field', 'Bowman Hall'), while a national program,
// vendor, chain or payer named alone ('Head Start', 'Magnus Health', 'Infinite Campus', 'Walgreens', 'Medicaid', 'the
// Lions Club') is kept; a town is planted, a state is kept; a street address is planted from its number to its street
// type, a ZIP is planted; a student ID, a homeroom or room number, a bus number and a bus route, a residence hall room,
// a lunch account, a state registry id, a Medicaid id, a policy number, an exemption certificate number, an
// interpreter id, a licence number, a vehicle plate, a vaccine lot, pump, CGM and AED serials, a badge number, URLs
// and e-mails are planted whole; grade levels ('Gr 4', '4th grade'), class periods ('3rd period', 'Period 6'), a
// course code, an A/B-day or weekly schedule and school-year spans ('2024-25') are kept; a weekday naming one day is
// planted, a weekday written with its date is planted as one part ('Tuesday, March 4'), a holiday that fixes a day is
// planted, a break ('spring break', 'Thanksgiving break') is kept; a month with a year is planted; a date range is
// planted as one part ('4/22-4/25'); the time next to a date is kept; a phone's leading '(' need not be covered, an
// extension is planted. Kept (look-alikes): epinephrine auto-injectors, inhalers, spacers, glucagon, rescue seizure
// medicines, insulins, pumps and CGMs by brand, peak flow numbers and zones, glucose, carb ratios and correction
// factors, screening results (Snellen, HOTV, LEA, Spot, pure tones, tympanometry, OAE), concussion scores and stages
// (SCAT5, ImPACT, BESS, PCSS, King-Devick, GCS, return-to-learn stages), scoliosis and growth measures, eponyms
// (Osgood-Schlatter, Sever's, Adams forward bend, Ishihara, Tanner, Marfan, Wolff-Parkinson-White, Lyme, Kawasaki,
// Crohn's, Tourette), ICD-10 and CPT codes, statutes and programs (Section 504, IDEA, IEP, FERPA, McKinney-Vento),
// generic school places (the nurse's office, the gym, the cafeteria, the bus loop), roles without names, grade levels,
// class periods, school years, ages of 89 and under, years alone, states, national programs, vendors and payers, and
// everyday words that are also names or towns (hope, faith, will, bill, stone, normal, union, liberty).
// Measured before rules: 0.863 recall on seeds 5, 11, 23 (3524/4084), 0.857 on fresh seeds 41, 42, 43 (3498/4084); 9/128
// look-alikes touched ("student health center", "Pulmicort Respules", "Gvoke HypoPen", "Tanner 3", "Head Start", "Magnus
// Health", "Infinite Campus", "Walgreens", "Thanksgiving break") (engine at 029ca6a).
import { faker as ca } from '@faker-js/faker/locale/fr_CA';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as za } from '@faker-js/faker/locale/en_ZA';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as vi } from '@faker-js/faker/locale/vi';
import { faker as yo } from '@faker-js/faker/locale/yo_NG';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, mx, ie, za, pl, ca, nl, vi, yo];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Rocky', 'Bill', 'Will', 'Honor', 'Patience', 'Precious', 'Destiny', 'Journey', 'Harmony', 'Serenity', 'Sky', 'River', 'Rain', 'Storm', 'Hunter', 'Chase', 'Colt', 'Ace', 'Blaze', 'Maverick', 'Sunny', 'Misty', 'Ginger', 'Candy', 'Pearl', 'Ruby', 'Amber', 'Crystal', 'Dawn', 'Summer', 'Autumn', 'April', 'May', 'June', 'Brook', 'Dale', 'Glen', 'Cliff', 'Bud', 'Duke', 'Mark', 'Guy', 'Lane'];
const WORD_SUR = ['Stone', 'Hill', 'Fox', 'Rivers', 'Price', 'Hall', 'Banks', 'Bird', 'Lamb', 'Wolf', 'Bear', 'Hart', 'Frost', 'Snow', 'Winter', 'Day', 'Bell', 'Love', 'Best', 'Young', 'Strong', 'Sharp', 'Cross', 'Church', 'Street', 'Lane', 'Wells', 'Brook', 'Lake', 'Woods', 'Fields', 'Reading', 'Baker', 'Cook', 'Carpenter', 'Fisher', 'Hunter', 'Walker', 'Porter', 'Page', 'Bishop', 'Knight', 'Dean', 'Bowman', 'Hardy', 'Noble', 'Moody', 'Payne', 'Cash', 'Gold', 'Sugar', 'Sparks', 'Rich'];
/** Towns that are everyday words, given names or surnames, and real small towns. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Normal', 'Marion', 'Jasper', 'Florence', 'Warren', 'Eden', 'Harmony', 'Concord', 'Independence', 'Commerce', 'Friendship', 'Paradise', 'Bath', 'Reading', 'Dover', 'Orange', 'Athens', 'Sparta', 'Troy', 'Canton', 'Lebanon', 'Plain City', 'Pleasant Hill', 'Fairview', 'Greenville', 'Springfield', 'Franklin', 'Clinton', 'Salem', 'Beaver', 'Mercy', 'Loyal', 'Hazard', 'Eureka', 'Rolling Fork'];
const REAL_TOWNS = ['Kokomo', 'Muncie', 'Elkhart', 'Peoria', 'Decatur', 'Joplin', 'Sedalia', 'Ottumwa', 'Mankato', 'Eau Claire', 'Oshkosh', 'Sandusky', 'Zanesville', 'Altoona', 'Scranton', 'Bangor', 'Rutland', 'Paducah', 'Bowling Green', 'Tupelo', 'Dothan', 'Valdosta', 'Abilene', 'Waco', 'Lubbock', 'Enid', 'Casper', 'Pocatello', 'Yakima', 'Medford', 'Visalia', 'Yuma'];
const COUNTY_WORDS = ['Clay', 'Union', 'Boone', 'Marion', 'Jasper', 'Grant', 'Jackson', 'Franklin', 'Monroe', 'Orange', 'Lake', 'Hancock', 'Warren', 'Greene', 'Wayne', 'Polk', 'Hamilton', 'Madison', 'Lee', 'Clark'];
const STATES = ['IN', 'IL', 'OH', 'MI', 'WI', 'MN', 'IA', 'MO', 'KY', 'TN', 'PA', 'NY', 'TX', 'OK', 'Ohio', 'Indiana', 'Missouri'];
const STREET_WORDS = ['Main', 'School', 'Church', 'Elm', 'Oak', 'Maple', 'Cedar', 'Walnut', 'Cherry', 'Park', 'Lincoln', 'Washington', 'Jefferson', 'Highland', 'Sunset', 'Meadow', 'Mill', 'Orchard', 'Prairie', 'Lakeview', 'Hillcrest', 'Pleasant'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Way', 'Blvd', 'Circle', 'Pike'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Therese', 'Vincent', 'Jude', 'Luke', 'Catherine', 'Michael', 'Elizabeth'];
const CAMP_WORDS = ['Wekeela', 'Winnetka', 'Tecumseh', 'Kanakuk', 'Sunshine', 'Timberline', 'Whispering Pines', 'Lakewood', 'Wildwood', 'Kern', 'Ozanam', 'Hickory Hill', 'Red Wing', 'Bluebird', 'Arrowhead', 'Cedar Ridge', 'Tall Oaks', 'Echo Lake'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WD = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri'];
/** Holidays that fix a day, as a school writes them. */
const HOLIDAYS = ['Halloween', "Valentine's Day", "St. Patrick's Day", 'Christmas Eve', "New Year's Day", 'the Fourth of July', 'Groundhog Day', 'Veterans Day', "Mother's Day"];
const PARENTS = ['mom', 'dad', 'mother', 'father', 'stepmother', 'stepdad', 'grandmother', 'grandfather', 'aunt', 'uncle', 'foster mother', 'guardian'];
const TITLES = ['Mrs.', 'Mr.', 'Ms.', 'Miss'];
const GRADES = ['K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
const SPORTS = ['football', 'volleyball', 'girls soccer', 'boys soccer', 'cross country', 'wrestling', 'boys basketball', 'girls basketball', 'softball', 'baseball', 'track', 'cheer', 'swim', 'lacrosse'];
const SPORTS_LEVEL = ['JV', 'varsity', 'freshman', '8th grade', '7th grade'];
const COMPLAINTS = ['headache', 'stomachache', 'nausea', 'sore throat', 'dizziness', 'nosebleed', 'scraped knee', 'earache', 'cough', 'rash'];
const SUBJECTS = ['math', 'science', 'ELA', 'social studies', 'chemistry', 'algebra', 'Spanish', 'band', 'PE', 'art', 'reading'];

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
  parent(): string {
    return this.pick(PARENTS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  grade(): string {
    return this.pick(GRADES);
  }
  sport(): string {
    return this.pick(SPORTS);
  }
  subject(): string {
    return this.pick(SUBJECTS);
  }
  complaint(): string {
    return this.pick(COMPLAINTS);
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
  /** A school's name, whole. */
  school(): string {
    const k = this.int(0, 7);
    if (k === 0) return `${this.town()} Elementary School`;
    if (k === 1) return `${this.sur()} Elementary`;
    if (k === 2) return `${this.town()} Middle School`;
    if (k === 3) return `${this.sur()} Intermediate School`;
    if (k === 4) return `${this.town()} High School`;
    if (k === 5) return `St. ${this.pick(SAINTS)} Catholic School`;
    if (k === 6) return `${this.town()} ${this.pick(['Junior-Senior High School', 'Primary School', 'Academy'])}`;
    return `${this.given()} ${this.sur()} ${this.pick(['Elementary School', 'Middle School', 'STEM Academy'])}`;
  }
  highSchool(): string {
    return this.r() < 0.75 ? `${this.town()} High School` : `${this.sur()} ${this.pick(['Academy', 'Christian School', 'Catholic High School'])}`;
  }
  district(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Unified School District`;
    if (k === 1) return `${this.county()} Public Schools`;
    if (k === 2) return `${this.town()} Community Schools`;
    if (k === 3) return `${this.town()} ISD`;
    if (k === 4) return `${this.town()} Area School District`;
    return `${this.town()} City Schools`;
  }
  university(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} State University`;
    if (k === 1) return `University of ${this.town()}`;
    if (k === 2) return `${this.sur()} College`;
    if (k === 3) return `${this.town()} Community College`;
    return `${this.sur()} University`;
  }
  hall(): string {
    return `${this.sur()} ${this.pick(['Hall', 'Hall', 'Hall', 'House', 'Tower', 'Commons'])}`;
  }
  building(): string {
    return `${this.sur()} ${this.pick(['Hall', 'Science Center', 'Library', 'Student Union', 'Recreation Center', 'Fine Arts Building'])}`;
  }
  healthCenter(): string {
    return `${this.sur()} ${this.pick(['Student Health Center', 'Health Services', 'Wellness Center'])}`;
  }
  /** A room or homeroom as a school writes it ('214', 'B-12', '108A'). */
  room(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(['A', 'B', 'C', 'D', 'E'])}-${this.int(101, 240)}`;
    if (k === 1) return `${this.int(101, 399)}${this.pick(['A', 'B'])}`;
    return String(this.int(101, 499));
  }
  dormRoom(): string {
    return this.r() < 0.3 ? `${this.int(1, 9)}${pad2(this.int(1, 40))}${this.pick(['A', 'B', 'C'])}` : `${this.int(1, 12)}${pad2(this.int(1, 40))}`;
  }
  bus(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.int(10, 99)}${this.pick(['A', 'B'])}`;
    if (k === 1) return String(this.int(100, 399));
    return String(this.int(10, 99));
  }
  route(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.int(10, 59)}${this.pick(['A', 'B', 'C'])}`;
    if (k === 1) return `${this.pick(['N', 'S', 'E', 'W'])}-${this.int(10, 40)}`;
    return String(this.int(100, 450));
  }
  clinic(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Pediatrics`;
    if (k === 1) return `${this.sur()} Family Medicine`;
    if (k === 2) return `${this.town()} Children's Clinic`;
    if (k === 3) return `${this.sur()} Pediatric Associates`;
    return `${this.town()} Family Health Center`;
  }
  hospital(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Children's Hospital`;
    if (k === 1) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', "Children's Hospital", 'Medical Center'])}`;
    return `${this.town()} ${this.pick(['Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'General Hospital'])}`;
  }
  sportsMed(): string {
    return this.r() < 0.5 ? `${this.town()} Sports Medicine` : `${this.sur()} Orthopedics and Sports Medicine`;
  }
  destination(): string {
    const k = this.int(0, 6);
    if (k === 0) return `${this.town()} Children's Museum`;
    if (k === 1) return `${this.town()} Zoo`;
    if (k === 2) return `${this.sur()} Family Farm`;
    if (k === 3) return `${this.town()} Nature Center`;
    if (k === 4) return `${this.sur()} Orchard`;
    if (k === 5) return `${this.town()} Science Center`;
    return `${this.sur()} Lake State Park`;
  }
  camp(): string {
    return this.r() < 0.75 ? `Camp ${this.pick(CAMP_WORDS)}` : `${this.pick(CAMP_WORDS)} Outdoor Education Center`;
  }
  field(): string {
    return `${this.sur()} ${this.pick(['Field', 'Stadium', 'Memorial Field', 'Fieldhouse', 'Park'])}`;
  }
  workplace(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Tire & Auto`;
    if (k === 1) return `${this.sur()} Construction`;
    if (k === 2) return `${this.sur()}'s Diner`;
    if (k === 3) return `${this.town()} Foods`;
    return `${this.sur()} Trucking`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(40001, 74999));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    const h = this.int(7, 15);
    return `${h > 12 ? h - 12 : h}:${pad2(this.int(0, 59))}`;
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  /** A full date in one of the forms schools write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${MON[m - 1]!}. ${d}, ${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return this.r() < 0.7 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
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
  /** 'Tues 9/3', 'Thursday, October 3' or 'Friday 10/3/24'. */
  wdDate(): string {
    const [m, d] = this.md();
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(WD)} ${m}/${d}`;
    if (k === 1) return `${this.pick(WEEKDAYS.slice(0, 5))}, ${MONTHS[m - 1]!} ${d}`;
    return `${this.pick(WEEKDAYS.slice(0, 5))} ${m}/${d}/${pad2(this.year() % 100)}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  /** A child's date of birth. */
  dob(lo = 2006, hi = 2019): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    const k = this.int(0, 2);
    return k === 0 ? `${pad2(m)}/${pad2(d)}/${y}` : k === 1 ? `${m}/${d}/${y}` : `${MONTHS[m - 1]!} ${d}, ${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  studentId(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(6, 7));
    if (k === 1) return `${this.int(1, 9)}0${this.digitString(7)}`;
    if (k === 2) return `S${this.digitString(7)}`;
    return `${this.int(20, 38)}-${this.digitString(5)}`;
  }
  collegeId(): string {
    return this.r() < 0.5 ? `900${this.digitString(6)}` : `${this.pick(['U', 'A', 'B', 'W'])}${this.digitString(8)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(217, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `${a}-${b}-${c}`]);
    return [f, f];
  }
  /** A parent's personal e-mail. */
  email(g: string, s: string): string {
    const dom = this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'outlook.com', 'att.net']);
    const a = asciiLetters(g) || 'mom';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(10, 9999)}`, `${b.slice(0, 3)}${a.charAt(0)}${this.int(1, 99)}`, `${a.slice(0, 2)}.${b.charAt(0)}${this.int(70, 99)}`, `${b.charAt(0)}family${this.int(1, 9)}`]);
    return `${local}@${dom}`;
  }
  /** A school staff e-mail at the district's domain. */
  staffEmail(g: string, s: string): string {
    const t = asciiLetters(this.town()) || 'union';
    const dom = this.pick([`${t}schools.org`, `${t}.k12.${this.pick(['in', 'oh', 'mo', 'ia', 'wi'])}.us`, `${t}usd.net`, `${t}isd.org`]);
    const a = asciiLetters(g) || 'staff';
    const b = asciiLetters(s) || 'nurse';
    return `${this.pick([`${a.charAt(0)}${b.slice(0, 3)}${this.int(1, 9)}`, `${b.slice(0, 3)}${a.slice(0, 2)}`, `${a.charAt(0)}${b.charAt(0)}${this.int(100, 999)}`])}@${dom}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(4)}${this.letters(1)}`;
    if (k === 1) return `${this.digitString(1)}${this.letters(2)}${this.digitString(2)}`;
    return `U${this.digitString(4)}${this.letters(2)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(this.int(8, 10));
    if (k === 2) return `${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
    return `${this.letters(3)}${this.digitString(5)}${this.letters(1)}`;
  }
  /** A CGM transmitter or sensor code ('8G4XK2'). */
  transmitter(): string {
    return `${this.int(1, 9)}${this.letters(1)}${this.int(1, 9)}${this.letters(2)}${this.int(1, 9)}`;
  }
  registryId(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `${this.letters(2)}${this.digitString(7)}`;
  }
  medicaidId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(9)}${this.letters(1)}`;
    if (k === 1) return this.digitString(10);
    return `${this.letters(3)}${this.digitString(8)}`;
  }
  licence(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(['MD', 'PA', 'NP', 'DO'])}${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(2)}-${this.digitString(6)}`;
    return `${this.letters(1)}${this.digitString(5)}`;
  }
  driverLicence(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(3)}-${this.digitString(4)}-${this.digitString(4)}` : this.digitString(9);
  }
  plate(): string {
    return this.r() < 0.5 ? `${this.letters(3)}-${this.digitString(4)}` : `${this.digitString(3)} ${this.letters(3)}`;
  }
  /** A person's name as a form writes it: the text and the planted parts. */
  person(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${s}, ${g}`, [s, g]];
    if (k === 2) return [`${g} ${this.mi()} ${s}`, [g, s]];
    return [`${this.title()} ${s}`, [s]];
  }
  /** A teacher as a nurse writes one: 'Mrs. Fox', 'Ms. Hope Fox' or 'Fox'. */
  teacher(): readonly [string, readonly string[]] {
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${this.title()} ${s}`, [s]];
    if (k === 1) {
      const g = this.given();
      return [`${this.title()} ${g} ${s}`, [g, s]];
    }
    if (k === 2) {
      const g = this.given();
      return [`${g} ${s}`, [g, s]];
    }
    return [`${this.title()} ${s}`, [s]];
  }
  /** A school nurse's signature and the planted parts. */
  nurse(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, BSN, RN, NCSN`, [g, s]];
    if (k === 1) return [`${g.charAt(0)}. ${s}, RN`, [s]];
    if (k === 2) return [`${g} ${s}, LPN`, [g, s]];
    return [`${s}, ${g} RN`, [s, g]];
  }
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`Dr. ${s}`, [s]];
    if (k === 1) return [`Dr. ${g} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, MD`, [g, s]];
    return [`${g} ${this.mi()} ${s}, ${this.pick(['CPNP', 'DO', 'FNP-C', 'PA-C'])}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // nurse office visit logs
  ['health office daily log header school weekday date', (d) => {
    const sc = d.school(); const wd = d.wdDate();
    return [`${sc} - Health Office Daily Log - ${wd}\nTime in | Student | Gr | Complaint | Action | Time out`, [sc, wd]];
  }],
  ['visit log row student id homeroom teacher', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given(); const id = d.studentId(); const rm = d.room(); const [t, tp] = d.teacher();
    return [`${d.time()}  ${s}, ${g}  ID ${id}  Gr ${d.grade()}  HR ${rm} (${t})  c/o ${d.complaint()}  rest 15 min, RTC`, [s, g, id, rm, ...tp]];
  }],
  ['sent from teacher class period', (d) => {
    const [t, tp] = d.teacher(); const g = d.given();
    return [`${g} sent from ${t}'s ${ordinal(d.int(1, 7))} period ${d.subject()} class c/o ${d.complaint()}. Temp 98.4, no distress. Returned to class after 10 minutes.`, [...tp, g]];
  }],
  ['recess injury witnessed by aide', (d) => {
    const g = d.given(); const g2 = d.given(); const s2 = d.sur();
    return [`Student fell from the monkey bars at recess; injury witnessed by recess aide ${g2} ${s2}. ${g} c/o L wrist pain, ice applied, splinted with a pillow.`, [g, g2, s2]];
  }],
  ['parent notified by phone', (d) => {
    const p = d.parent(); const g = d.given(); const [ph, pp] = d.phone(); const tm = d.time();
    return [`${p[0]!.toUpperCase()}${p.slice(1)} (${g}) notified by phone at ${ph} at ${tm}; will pick up within 30 minutes.`, [g, pp]];
  }],
  ['released to adult with licence checked', (d) => {
    const g = d.given(); const s = d.sur(); const dl = d.driverLicence(); const p = d.parent();
    return [`Released to ${p} ${g} ${s} at 1:40 pm; ID verified (driver's license ${dl}); listed on emergency card.`, [g, s, dl]];
  }],
  ['authorized pickup with vehicle plate', (d) => {
    const g = d.given(); const s = d.sur(); const pl = d.plate();
    return [`Authorized pickup on file: grandmother ${g} ${s}, silver minivan, plate ${pl}. Office staff walked student to the car.`, [g, s, pl]];
  }],
  ['911 called fire department to hospital', (d) => {
    const t = d.town(); const h = d.hospital(); const g = d.given();
    return [`911 called at 12:05. ${t} Fire Department EMS arrived 12:13 and transported ${g} to ${h} ED; principal accompanied until parent arrived.`, [t, h, g]];
  }],
  ['repeat visits this week weekday', (d) => {
    const w = d.weekday(); const g = d.given();
    return [`Third visit this week for abdominal pain (also seen ${w}). Will call parent to discuss; ${g} states "I don't like lunch."`, [w, g]];
  }],
  ['nurse signature with email', (d) => {
    const [n, np] = d.nurse(); const g = d.given(); const s = d.sur(); const em = d.staffEmail(g, s);
    return [`Signed: ${n}\nQuestions: district nurse ${g} ${s}, ${em}`, [...np, g, s, em]];
  }],
  // immunization compliance letters
  ['immunization letter address block', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\nTo the parent/guardian of ${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: Required immunizations`, [dt, g, s, st, t, z]];
  }],
  ['missing dose exclusion date', (d) => {
    const g = d.given(); const dt = d.date();
    return [`Our records show that ${g} has not received the second dose of MMR required for school attendance. Students not in compliance by ${dt} will be excluded from school until proof is provided.`, [g, dt]];
  }],
  ['exclusion weekday with date', (d) => {
    const [m, dd] = d.md(); const when = `${d.pick(WEEKDAYS.slice(0, 5))}, ${MONTHS[m - 1]!} ${dd}`; const sc = d.school();
    return [`FINAL NOTICE: exclusion from ${sc} begins ${when} for missing Tdap and MCV4 (7th grade requirement).`, [sc, when]];
  }],
  ['state registry id and county health department', (d) => {
    const id = d.registryId(); const dt = d.mdy(); const c = d.county();
    return [`State immunization registry ID ${id}. Tdap given ${dt} at the ${c} Health Department; record printed from the registry.`, [id, dt, `${c} Health Department`]];
  }],
  ['vaccine record faxed from clinic', (d) => {
    const c = d.clinic(); const [fx, fp] = d.phone(); const md = d.slashMd();
    return [`Updated shot record received by fax from ${c} (${fx}) on ${md}: varicella #2 and Hep A #2 now documented. Student compliant.`, [c, fp, md]];
  }],
  ['medical exemption certificate', (d) => {
    const cert = `${d.letters(2)}-${d.digitString(6)}`; const [doc, dp] = d.doctor(); const my = d.monthYear();
    return [`Medical exemption certificate #${cert} signed by ${doc} for pertussis-containing vaccines (history of encephalopathy); valid through ${my}.`, [cert, ...dp, my]];
  }],
  ['school flu clinic lot and nurse', (d) => {
    const md = d.monDay(); const lot = d.lot(); const g = d.given(); const s = d.sur();
    return [`School-located flu clinic ${md}: FluLaval Quadrivalent 0.5 mL IM L deltoid, lot ${lot}, given by ${g} ${s}, RN. VIS given to student.`, [md, lot, g, s]];
  }],
  // individual health plans
  ['asthma action plan header', (d) => {
    const [nm, np] = d.person(); const dob = d.dob(); const sc = d.school();
    return [`ASTHMA ACTION PLAN\nStudent: ${nm}   DOB: ${dob}   Grade: ${d.grade()}\nSchool: ${sc}   School year 2024-25`, [...np, dob, sc]];
  }],
  ['asthma plan provider clinic phone fax', (d) => {
    const [doc, dp] = d.doctor(); const c = d.clinic(); const [ph, pp] = d.phone(); const [fx, fp] = d.phone();
    return [`Health care provider: ${doc}, ${c}\nPhone ${ph}   Fax ${fx}\nGreen zone: peak flow above 240 (80% of personal best 300).`, [...dp, c, pp, fp]];
  }],
  ['diabetes plan pump and cgm serials', (d) => {
    const sn = d.serial(); const tx = d.transmitter();
    return [`Insulin pump: Omnipod 5, PDM serial ${sn}. CGM: Dexcom G6, transmitter ID ${tx}; alerts low 70, high 250. Parent follows remotely.`, [sn, tx]];
  }],
  ['diabetes clinic and on-call', (d) => {
    const h = d.hospital(); const [ph, pp] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Diabetes team: ${h} Pediatric Endocrinology, on-call ${ph}. Diabetes educator ${g} ${s}, RN, CDCES.`, [h, pp, g, s]];
  }],
  ['diabetes trained staff names', (d) => {
    const g1 = d.given(); const s1 = d.sur(); const s2 = d.sur(); const [t, tp] = d.teacher();
    return [`Trained diabetes personnel: ${g1} ${s1} (secretary) and Coach ${s2}; ${t} (homeroom) trained in glucagon (Baqsimi 3 mg).`, [g1, s1, s2, ...tp]];
  }],
  ['seizure action plan first seizure holiday', (d) => {
    const h = d.holiday(); const [doc, dp] = d.doctor(); const hs = d.hospital();
    return [`Seizure history: first seizure on ${h} at age 6. Neurologist: ${doc}, ${hs}. Rescue med: Valtoco 10 mg nasal for seizure > 5 min.`, [h.replace(/^the /, ''), ...dp, hs]];
  }],
  ['seizure log weekday time', (d) => {
    const wd = d.wdDate(); const g = d.given(); const s = d.sur();
    return [`Seizure log: ${wd} 10:52 in the art room, generalized tonic-clonic, 2 min, no rescue med needed. Observed by para ${g} ${s}.`, [wd, g, s]];
  }],
  ['allergy reaction at camp', (d) => {
    const c = d.camp(); const md = d.slashMd(); const t = d.town();
    return [`History: anaphylaxis to cashew at ${c} near ${t} on ${md}; EpiPen given by counselor, observed 4 hours in the ED.`, [c, t, md]];
  }],
  ['allergy lunch account flagged', (d) => {
    const acct = d.digitString(d.int(5, 7)); const g = d.given(); const s = d.sur();
    return [`Lunch account #${acct} flagged PEANUT/TREE NUT ALLERGY. Cafeteria manager ${g} ${s} reviewed the allergy action plan; nut-free table in place.`, [acct, g, s]];
  }],
  ['valentine party reaction', (d) => {
    const h = d.pick(["Valentine's Day", 'Halloween', "St. Patrick's Day"]); const [t, tp] = d.teacher();
    return [`Hives after a classroom ${h} party treat in ${t}'s room; cetirizine given per plan, parent called, no epinephrine needed.`, [h, ...tp]];
  }],
  ['self carry authorization signatures', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const [doc, dp] = d.doctor();
    return [`Self-carry authorization: albuterol HFA. Parent/guardian signature: ${g} ${s}   Date: ${dt}\nPrescriber: ${doc}`, [g, s, dt, ...dp]];
  }],
  // field trip medication forms
  ['field trip destination and weekday date', (d) => {
    const dest = d.destination(); const wd = d.wdDate();
    return [`FIELD TRIP MEDICATION FORM\nDestination: ${dest}   Date: ${wd}   Depart 8:15, return 2:45`, [dest, wd]];
  }],
  ['bus number route and chaperone', (d) => {
    const b = d.bus(); const rt = d.route(); const g = d.given(); const s = d.sur();
    return [`Bus ${b} (route ${rt}). Chaperone carrying the medication bag and EpiPen 2-Pak: ${g} ${s}.`, [b, rt, g, s]];
  }],
  ['trained staff gives inhaler on trip', (d) => {
    const [t, tp] = d.teacher(); const g = d.given();
    return [`Medication to be given on the trip: albuterol 2 puffs with spacer PRN wheeze by trained staff member ${t}. ${g} may carry own inhaler.`, [...tp, g]];
  }],
  ['overnight outdoor education camp range', (d) => {
    const c = d.camp(); const [m, dd] = d.md(); const range = `${m}/${dd}-${m}/${dd + 3}`;
    return [`6th grade outdoor education at ${c}, ${range} (3 nights). Nightly meds (methylphenidate held, melatonin 3 mg) counted and handed to camp nurse.`, [c, range]];
  }],
  ['trip emergency contact cell', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone(); const p = d.parent();
    return [`Emergency contact during trip: ${p} ${g} ${s}, cell ${ph} (other parent unreachable while at work).`, [g, s, pp]];
  }],
  ['trip medication count signed', (d) => {
    const i = d.initials(); const i2 = d.initials(); const md = d.slashMd();
    return [`Meds returned ${md}: 1 Auvi-Q 0.3 mg (unused), 1 ProAir (2 puffs used at 11:20). Count verified by ${i} and ${i2}.`, [md, i, i2]];
  }],
  // sports pre-participation forms
  ['ppe header student sport school', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(2006, 2012); const hs = d.highSchool();
    return [`PREPARTICIPATION PHYSICAL EVALUATION\nNAME: ${s}, ${g}   DOB: ${dob}   SPORT(S): ${d.sport().toUpperCase()}\nSCHOOL: ${hs}`, [s, g, dob, hs]];
  }],
  ['ppe cleared examiner licence practice', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.licence(); const c = d.clinic(); const dt = d.date();
    return [`Cleared for all sports without restriction.\nExaminer: ${g} ${s}, ${d.pick(['MD', 'DO', 'PA-C', 'APRN'])}   License # ${lic}\n${c}   Date of exam: ${dt}`, [g, s, lic, c, dt]];
  }],
  ['ppe family history great-grandparent age', (d) => {
    const n = d.ageOver89();
    return [`Family history: no sudden cardiac death before age 50; paternal great-grandmother alive at ${n}; uncle with hypertrophic cardiomyopathy? (parent unsure).`, [n]];
  }],
  ['ppe insurance medicaid id', (d) => {
    const id = d.medicaidId(); const pol = d.digitString(d.int(8, 11));
    return [`Insurance: Medicaid ${id}; secondary school accident policy #${pol}.`, [id, pol]];
  }],
  ['coach and athletic trainer notified', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const em = d.staffEmail(g, s2);
    return [`Head coach (Coach ${s}) and athletic trainer ${g} ${s2}, ATC (${em}) notified of restriction: no contact for 2 weeks.`, [s, g, s2, em]];
  }],
  // concussion return-to-learn
  ['concussion injury game opponent field', (d) => {
    const md = d.slashMd(); const hs = d.highSchool(); const f = d.field();
    return [`Injury: ${md}, ${d.pick(SPORTS_LEVEL)} ${d.pick(['football', 'soccer', 'basketball'])} game vs ${hs} at ${f}; helmet-to-helmet, no LOC, headache and photophobia.`, [md, hs, f]];
  }],
  ['return to learn teacher accommodations', (d) => {
    const [t, tp] = d.teacher(); const dt = d.monDay();
    return [`Return-to-learn stage 2: half days, rest breaks in the nurse's office, no tests or quizzes in ${t}'s class until ${dt}.`, [...tp, dt]];
  }],
  ['cleared by sports medicine clinic', (d) => {
    const [doc, dp] = d.doctor(); const c = d.sportsMed(); const dt = d.date();
    return [`Cleared to begin graduated return to play by ${doc} at ${c} on ${dt}; ImPACT back to baseline.`, [...dp, c, dt]];
  }],
  ['impact baseline date', (d) => {
    const dt = d.mdy(); const i = d.initials();
    return [`Baseline ImPACT ${dt} (verbal memory 88, visual memory 76, reaction time 0.58); administered by ${i}.`, [dt, i]];
  }],
  ['concussion symptom check ordinal', (d) => {
    const o = ordinal(d.int(1, 28)); const g = d.given();
    return [`Daily symptom check: PCSS 14 today, 31 on the ${o}. ${g} reports headache worse in the afternoon with screen use.`, [o, g]];
  }],
  // vision and hearing screening
  ['screening log row', (d) => {
    const md = d.slashMd(); const s = d.sur().toUpperCase(); const g = d.given(); const id = d.studentId(); const rm = d.room();
    return [`${md}  ${s}, ${g}  ${id}  Gr ${d.grade()}  Rm ${rm}  R 20/40  L 20/30  REFER`, [md, s, g, id, rm]];
  }],
  ['vision referral return by weekday', (d) => {
    const g = d.given(); const [n, np] = d.nurse(); const wd = d.wdDate();
    return [`${g} did not pass the vision screening today. Please take your child to an eye care professional and return the bottom portion to ${n} by ${wd}.`, [g, ...np, wd]];
  }],
  ['hearing rescreen audiologist center', (d) => {
    const md = d.monDay(); const s = d.sur(); const t = d.town();
    return [`Hearing rescreen ${md}: fail R at 4000 Hz (35 dB). Referred to Dr. ${s}, audiologist, ${t} Hearing Center; tympanometry type B R.`, [md, s, `${t} Hearing Center`]];
  }],
  ['vision voucher at optometry address', (d) => {
    const sur = d.sur(); const st = d.street(); const t = d.town();
    return [`Lions Club voucher for a free exam at ${sur} Family Eye Care, ${st}, ${t}. Glasses ordered through the voucher program.`, [`${sur} Family Eye Care`, st, t]];
  }],
  ['screener initials and date', (d) => {
    const dt = d.date(); const i = d.initials();
    return [`Spot Vision Screener: all within normal limits. Screened ${dt} by ${i} (parent volunteer trained by the district).`, [dt, i]];
  }],
  // parent and guardian call logs
  ['call log no answer then workplace extension', (d) => {
    const g = d.given(); const [ph, pp] = d.phone(); const w = d.workplace(); const e = d.ext();
    return [`9:40 called mom (${g}) at ${ph}, no answer, VM left. 9:50 called dad at work, ${w}, ext. ${e}; he will come.`, [g, pp, w, e]];
  }],
  ['guardian great-grandmother age', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`Lives with great-grandmother ${g} (age ${n}), legal guardian; she does not drive, so a neighbor picks up when the student is sent home.`, [g, n]];
  }],
  ['emailed parent about lice check', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const md = d.slashMd();
    return [`Emailed ${g} ${s} at ${em} on ${md} with head lice treatment instructions; may return after treatment.`, [g, s, em, md]];
  }],
  ['interpreter id on call', (d) => {
    const id = d.digitString(d.int(4, 6)); const g = d.given(); const [ph, pp] = d.phone();
    return [`Spoke with father ${g} via phone interpreter (Spanish, interpreter ID ${id}) at ${ph}; father agrees to take student to the clinic today.`, [g, id, pp]];
  }],
  ['bus driver report bus and route', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.bus(); const rt = d.route();
    return [`Bus driver ${g} ${s} (bus #${b}, route ${rt}) reported student vomited on the bus this morning; seen in the health office on arrival.`, [g, s, b, rt]];
  }],
  ['no-show parent meeting weekday', (d) => {
    const p = d.parent(); const g = d.given(); const w = d.weekday(); const [ph, pp] = d.phone();
    return [`${p[0]!.toUpperCase()}${p.slice(1)} ${g} did not come to the ${w} meeting; rescheduled by text to ${ph}.`, [g, w, pp]];
  }],
  // 504 plan meetings
  ['504 meeting attendees', (d) => {
    const dt = d.date(); const sc = d.school(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur(); const [t, tp] = d.teacher(); const g4 = d.given();
    return [`504 meeting held ${dt} at ${sc}. Present: Principal ${s1}; counselor ${g2} ${s2}; teacher ${t}; parent ${g4}; school nurse.`, [dt, sc, s1, g2, s2, ...tp, g4]];
  }],
  ['504 accommodations homeroom', (d) => {
    const rm = d.room(); const [t, tp] = d.teacher();
    return [`Accommodations: water bottle and unlimited restroom passes; snacks kept in homeroom ${rm} (${t}); extra time on tests; elevator key.`, [rm, ...tp]];
  }],
  ['504 review month year', (d) => {
    const my = d.monthYear(); const g = d.given(); const s = d.sur();
    return [`Plan to be reviewed ${my} or sooner if health changes. 504 coordinator: ${g} ${s}.`, [my, g, s]];
  }],
  ['504 coordinator email and extension', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.staffEmail(g, s); const [ph, pp] = d.phone(); const e = d.ext();
    return [`District 504 coordinator ${g} ${s}, ${em}, ${ph} ext ${e}.`, [g, s, em, pp, e]];
  }],
  ['homebound instruction hospital range', (d) => {
    const h = d.hospital(); const m = d.int(1, 12); const dd = d.int(1, 14); const range = `${m}/${dd}-${m}/${dd + d.int(5, 14)}`; const g = d.given();
    return [`Homebound instruction requested: ${g} hospitalized at ${h} ${range} (new diagnosis of type 1 diabetes).`, [g, h, range]];
  }],
  // district letterheads
  ['district letterhead url', (d) => {
    const dist = d.district(); const st = d.street(); const t = asciiLetters(d.town()) || 'union'; const url = `${d.pick(['https://www.', 'www.', 'https://'])}${t}schools.org/health-services`; const [ph, pp] = d.phone();
    return [`${dist}\nHealth Services Department\n${st}   Phone ${ph}\n${url}`, [dist, st, pp, url]];
  }],
  ['district nurse supervisor fax', (d) => {
    const dist = d.district(); const g = d.given(); const s = d.sur(); const [fx, fp] = d.phone();
    return [`Copy to: ${g} ${s}, RN, Supervisor of Health Services, ${dist} (fax ${fx}).`, [g, s, dist, fp]];
  }],
  // college student health center
  ['college visit header student id dob', (d) => {
    const u = d.university(); const [nm, np] = d.person(); const id = d.collegeId(); const dob = d.dob(1998, 2006);
    return [`${u} - Student Health Services\nPatient: ${nm}   Student ID: ${id}   DOB: ${dob}`, [u, ...np, id, dob]];
  }],
  ['residence hall room and RA', (d) => {
    const h = d.hall(); const rm = d.dormRoom(); const g = d.given(); const s = d.sur();
    return [`Lives in ${h}, room ${rm}. Brought in by RA ${g} ${s} after roommate found her febrile and confused.`, [h, rm, g, s]];
  }],
  ['health center follow up building room', (d) => {
    const b = d.building(); const rm = String(d.int(101, 399)); const dt = d.wdDate();
    return [`Follow up ${dt} for TB skin test read, ${b} Room ${rm} (temporary clinic while the health center is renovated).`, [dt, b, rm]];
  }],
  ['excused absence professor', (d) => {
    const s = d.sur(); const w = d.weekday();
    return [`Letter given for Prof. ${s} (BIOL 210): student was seen in clinic ${w} and advised to rest for 24 hours.`, [s, w]];
  }],
  ['campus police transport badge', (d) => {
    const s = d.sur(); const b = d.digitString(d.int(3, 4)); const h = d.hospital();
    return [`Transported to ${h} ED by campus police Officer ${s} (badge ${b}) for suspected alcohol poisoning.`, [h, s, b]];
  }],
  ['college portal and nurse line', (d) => {
    const hc = d.healthCenter(); const t = asciiLetters(d.town()) || 'union'; const url = `https://${d.pick(['health', 'studenthealth', 'wellness'])}.${t}.edu/portal`; const [ph, pp] = d.phone();
    return [`${hc}: book follow-up at ${url} or call the nurse line ${ph}.`, [hc, url, pp]];
  }],
  ['college immunization hold meningitis', (d) => {
    const md = d.monDay(); const u = d.university();
    return [`Registration hold placed by ${u} Health Services: MenACWY dose after age 16 not on file. Hold lifts once uploaded; deadline ${md}.`, [u, md]];
  }],
];

/** The names of the wave's frames. */
export const schoolFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function schoolWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10867, rounds);
}

/** Look-alikes in school and college health record style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // grade levels, class periods, schedules and school years
  ['Student in 4th grade, sent during 3rd period.', '4th grade'], ['Sent during 3rd period math.', '3rd period'], ['Gr 7 boy, c/o headache.', 'Gr 7'], ['Period 6 PE excused for 1 week.', 'Period 6'],
  ['Kindergarten entry physical on file.', 'Kindergarten'], ['PE on A days only.', 'A days'], ['School year 2024-25 asthma action plan.', '2024-25'], ['Class of 2031', 'Class of 2031'],
  ['Returned to class after lunch at 11:30.', '11:30'], ['Recess is 12:15-12:35.', '12:15-12:35'], ['12 absences this semester, 3 tardies.', '12 absences'],
  // generic school places
  ["Rested in the nurse's office for 15 minutes.", "nurse's office"], ['Injured in the gym during PE.', 'the gym'], ['Reaction occurred in the cafeteria.', 'the cafeteria'], ['Walked to the bus loop at dismissal.', 'bus loop'],
  ['Called to the main office.', 'main office'], ['Fell on the playground at recess.', 'playground'], ['Seen in the health room.', 'health room'], ['Epinephrine stored in the front office.', 'front office'],
  ['Evaluated in the athletic training room.', 'athletic training room'], ['Seen at the student health center.', 'student health center'], ['Escorted from the locker room.', 'locker room'], ['Meeting in the library conference room.', 'library conference room'],
  // roles without names
  ['The principal was notified.', 'principal'], ['Homeroom teacher aware of plan.', 'Homeroom teacher'], ['The bus driver has a copy of the plan.', 'bus driver'], ['Her RA walked her over.', 'RA'],
  ['Referred to the school counselor.', 'school counselor'], ['The head coach and the athletic trainer were informed.', 'athletic trainer'], ['Cafeteria manager reviewed the menu.', 'Cafeteria manager'], ['Lunch aide witnessed the fall.', 'Lunch aide'],
  ['504 coordinator to schedule the meeting.', '504 coordinator'], ['Team physician cleared him.', 'Team physician'], ['Reviewed with the district nurse supervisor.', 'district nurse supervisor'],
  // epinephrine, inhalers, glucagon, rescue meds, insulin and devices
  ['EpiPen Jr 0.15 mg x2 in the health office.', 'EpiPen Jr'], ['Auvi-Q 0.1 mg auto-injector', 'Auvi-Q'], ['Adrenaclick 0.3 mg', 'Adrenaclick'], ['neffy 2 mg nasal spray', 'neffy'], ['Symjepi 0.3 mg prefilled syringe', 'Symjepi'],
  ['ProAir HFA 2 puffs q4h PRN', 'ProAir HFA'], ['Ventolin 90 mcg with AeroChamber', 'AeroChamber'], ['Flovent 44 mcg 2 puffs BID at home', 'Flovent'], ['Pulmicort Respules 0.5 mg', 'Pulmicort Respules'], ['Symbicort 80/4.5', '80/4.5'], ['Xopenex HFA', 'Xopenex'],
  ['Baqsimi 3 mg nasal glucagon', 'Baqsimi'], ['Gvoke HypoPen 0.5 mg', 'Gvoke HypoPen'], ['Valtoco 10 mg nasal spray', 'Valtoco'], ['Diastat AcuDial 10 mg rectal', 'Diastat AcuDial'], ['Nayzilam 5 mg', 'Nayzilam'],
  ['Humalog per carb ratio', 'Humalog'], ['Lantus 14 units at bedtime', 'Lantus'], ['Dexcom G7 on the left arm', 'Dexcom G7'], ['Omnipod 5 in automated mode', 'Omnipod 5'], ['Tandem t:slim X2 with Control-IQ', 't:slim X2'], ['FreeStyle Libre 3', 'Libre 3'],
  // clinical numbers and measures
  ['Peak flow 280 L/min (yellow zone).', '280 L/min'], ['Personal best peak flow 350', '350'], ['Green zone: 80-100% of personal best', '80-100%'], ['BG 68 mg/dL, 15 g fast-acting carbs given', '68 mg/dL'],
  ['Carb ratio 1:15, correction factor 1:50 over 150', '1:15'], ['A1c 7.8%', '7.8%'], ['SpO2 97% on room air', '97%'], ['Temp 100.9 F, sent home', '100.9 F'],
  // screening results
  ['Snellen 20/40 OD, 20/30 OS', '20/40'], ['Vision 20/20 OU', '20/20 OU'], ['HOTV chart at 10 feet', 'HOTV'], ['LEA symbols passed', 'LEA'], ['Spot Vision Screener: refer', 'Spot Vision Screener'],
  ['Ishihara plates 14/14 correct', 'Ishihara'], ['Pure tone screen 20 dB at 1000, 2000, 4000 Hz', '20 dB'], ['Tympanometry type B on the right', 'type B'], ['OAE pass bilaterally', 'OAE'], ['Plus lens test passed', 'Plus lens'],
  // concussion scores and stages
  ['SCAT5 symptom score 22, severity 41', 'SCAT5'], ['ImPACT composite within baseline', 'ImPACT'], ['BESS 14 errors', 'BESS 14'], ['PCSS 31', 'PCSS 31'], ['King-Devick 52 s', 'King-Devick'],
  ['GCS 15 on arrival', 'GCS 15'], ['Return-to-learn stage 3', 'stage 3'], ['Step 4 of the graduated return to play', 'Step 4'], ['Day 5 symptom-free', 'Day 5'],
  // scoliosis, growth and eponyms
  ['Adams forward bend test positive', 'Adams'], ['Scoliometer 7 degrees', '7 degrees'], ['BMI 92nd percentile', '92nd percentile'], ['Tanner 3', 'Tanner 3'], ['Osgood-Schlatter disease, both knees', 'Osgood-Schlatter'],
  ["Sever's disease of the heel", "Sever's"], ['History of Kawasaki disease at age 3', 'Kawasaki'], ['Lyme disease treated last summer', 'Lyme'], ["Crohn's disease on infliximab", "Crohn's"], ['Tourette syndrome, tics increase with stress', 'Tourette'],
  ['Marfan screening negative', 'Marfan'], ['No history of Wolff-Parkinson-White', 'Wolff-Parkinson-White'], ['Down syndrome, atlantoaxial films normal', 'Down syndrome'], ['Epstein-Barr mononucleosis, no contact sports for 4 weeks', 'Epstein-Barr'],
  // codes, statutes and programs
  ['ICD-10 J45.30 mild persistent asthma', 'J45.30'], ['E10.9 type 1 diabetes', 'E10.9'], ['G40.909 epilepsy', 'G40.909'], ['Z91.010 peanut allergy', 'Z91.010'], ['CPT 99173 vision screen', '99173'],
  ['Section 504 of the Rehabilitation Act', 'Section 504'], ['Eligible under IDEA; IEP in place', 'IEP'], ['FERPA protects the education record', 'FERPA'], ['McKinney-Vento eligible', 'McKinney-Vento'],
  // national programs, vendors, chains, payers, states
  ['Enrolled in Head Start last year.', 'Head Start'], ['Forms uploaded to Magnus Health.', 'Magnus Health'], ['Visit entered in Infinite Campus.', 'Infinite Campus'], ['Parents notified through SchoolMessenger.', 'SchoolMessenger'],
  ['Flu shot at Walgreens.', 'Walgreens'], ['Covered by Medicaid.', 'Medicaid'], ['Lions Club vision voucher', 'Lions Club'], ['Ohio law requires the second dose.', 'Ohio'], ['Girl Scouts camp form', 'Girl Scouts'],
  // breaks, ages, years and relations
  ['Return after spring break.', 'spring break'], ['Out sick before Thanksgiving break.', 'Thanksgiving break'], ['A 15-year-old sophomore', '15'], ['Asthma since 2019.', '2019'], ['Her grandmother picked her up.', 'grandmother'],
  // everyday words that are also names or towns
  ['Student expressed hope of playing again next season.', 'hope'], ['Will return to class after rest.', 'Will'], ['Nurse will bill Medicaid for the visit.', 'bill'], ['Kidney stone history in the college student.', 'stone'],
  ['Vital signs normal.', 'normal'], ['Union representative at the staff meeting.', 'Union'], ['Grace period of 30 days for immunization records.', 'Grace'], ['Her faith community is supportive.', 'faith'],
];

export const schoolKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedSchoolKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(schoolKeepCases(), find);

export function scoreSchoolWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => schoolWaveCases(seed)), find);
}
