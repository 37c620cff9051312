// A blind wave of child-protection and forensic pediatrics records: child abuse pediatrics consult notes (the child
// listed as 'SURNAME, Given' with DOB and MRN, the requesting and consulting physicians, histories from caregivers and
// the mother's partner, sentinel injuries seen at an outside urgent care, transfers with outside CT accessions,
// ophthalmology with the RetCam's serial, impressions discussed with the county investigator and worker id, sibling
// screening, clinic follow-up, signature blocks with pagers), skeletal surveys and injury documentation (report
// headers with accession, radiologist e-signatures, follow-up surveys, fracture dating to a month, injury tables with
// the photographer and initials, burn histories at the home address, bite marks and the forensic odontologist, outside
// films on CD), mandated-reporter hotline reports (intake and referral numbers, the reporter and callback, the hotline
// screener, the alleged perpetrator's DOB and address, household tables, written follow-up reports faxed to a county
// office, online submissions with the portal URL and the workstation's IP, prior CPS history with case numbers, worker
// callbacks with extensions, NCMEC CyberTipline reports with IPs and usernames, reporters whose identity is shielded),
// forensic interview scheduling at child advocacy centers (CAC names, addresses, interviewers, MDT attendees,
// recordings as evidence items, disclosures naming an adult by nickname, family advocates with e-mail and URL), safety
// plans naming household members and caregivers (safety monitors, the alleged perpetrator moving out, signatures and
// supervisor initials, protective orders with the respondent's plate, relative home checks with a driver's license, a
// great-grandparent over 89, roommates with SSNs), school and daycare contacts (directors, counselors, teachers, nurses'
// faxes, child care licenses, registrar e-mails), police contacts (detective cards with badge, unit mailbox and phone,
// incident and sheriff's case numbers, evidence seals, arrests with jail and booking numbers, suspect vehicles'
// plates), court dates and dependency hearings (shelter care hearings with judge, courtroom and docket, GAL and
// parents' attorneys with their firms, subpoenas in People v. SURNAME with the criminal case number, CASA volunteers,
// disposition set for a month, court reports due on 'the 5th'), foster placement notes (foster homes with license,
// visitation centers, placement disrupted on a holiday, foster care Medicaid ids, licensing workers and agencies,
// kinship placements), photo-documentation logs (case and MRN, camera model and serial, photographer, log rows with
// initials, uploads to an image server's IP, SD cards sealed in envelopes), pediatric SANE exams and kit chain of custody
// (kit number, brand, lot and expiry month, released-by and received-by with badge, crime labs and laboratory numbers,
// colposcope serials, nPEP prescriptions, state kit tracking portals and survivor tracking codes), phone messages, fax
// covers and records released under subpoena, in mixed case, ALL CAPS and lower case. Dates are written every way
// ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024',
// '03.04.2024', 'Mar 4', '3/4', 'Tuesday, March 4', 'Tue 3/4', 'Tuesday', 'the 4th', 'March 2024', '3/2024', holidays
// such as 'Christmas Eve' and 'Halloween'); ages over 89, phones, fax numbers, pagers and extensions, e-mails, URLs and IP
// addresses are planted. Children's given names are often everyday words (Hope, Joy, Faith, Destiny, Justice, Legend,
// King, Major, River, Sky, Storm, Rain, Sage, Ivy, Angel, Bear, Jet, Memphis, Dallas, Brooklyn); staff and caregivers'
// given names and surnames often are too (Hope, Rocky, Will, April, Cliff, Dale, Guy; Stone, Hill, Judge, Law, Guard,
// Sheriff, Child, Keeper, Love, Best, Page); nicknames in disclosures are words ('Uncle Bubba', 'Tater', 'Smoke');
// towns are often everyday words (Liberty, Union, Hope, Normal, Temple, Justice, Mercy, Pearl, Loyal, Bliss) and county
// names often are too (Union, Lake, Grant, Clay, Story, Wood, Orange, Summit, Mobile). A list of look-alikes in the same
// style must not be touched. Written without reading the engine's rules or any gold data. `scoreProtectionWave`.
// Decisions: every word of a person's name is planted as its own part (the child's given name and surname, each
// caregiver's, the alleged perpetrator's, every staff member's, judge's, attorney's, detective's and worker's), a
// hyphenated surname is one part; a middle initial, a suffix ('Jr.', 'II'), a title ('Det.', 'Dr.', 'Judge', 'Ms.',
// 'Officer', 'Deputy') and a credential ('MD', 'RN, SANE-P', 'LCSW') are not planted; the surname in 'People v.
// SURNAME' is planted; a nickname ('Tater' in 'Uncle Tater') is planted without the kin word; initials of signers,
// photographers, supervisors and message takers are planted; a relation or role without a name ('the mother's
// partner', 'safety monitor', 'the caseworker', 'GAL', 'CASA volunteer') is kept. A county or regional child
// protective services office ('Wood County DCFS', 'DCFS Normal Field Office', 'DCS Clark County Office', 'Polk County
// Department of Children and Family Services'), a child advocacy center, a hospital, an urgent care or family
// medicine practice, a police department or sheriff's office (also 'Temple PD'), a juvenile or family court named by
// county, a jail, a crime laboratory, a school, a daycare (also 'Miss Hope's Home Daycare'), a foster agency or
// children's home, a youth shelter, a visitation center, a CASA program named by county, a law firm and a pediatric
// ID clinic are planted whole with their kind words; a town and a ZIP are planted, a state, 'DCFS', 'CPS' and
// national bodies (NCMEC, National Children's Alliance, ICAC, FBI, APSAC, Childhelp) are kept; a street address is
// planted from its number to its street type with its apartment, lot or unit. Every full date, 'Mar 4', '3/4', a
// weekday with or without its date, 'the 4th', a month with its year (a kit's expiry too) and a holiday are planted
// as written; a time next to a date is kept, and so are durations, standing schedules ('every Tuesday and Thursday')
// and years alone. Intake, referral, confirmation, CPS case, worker id, accession, encounter, MRN, incident, sheriff's
// case, badge and unit, booking, docket, criminal case, protective order, subpoena, evidence item and seal, kit, lot,
// laboratory, specimen, survivor tracking, prescription, CyberTipline report, foster home and child care license,
// Medicaid, SSN, driver's license and plate numbers, camera, RetCam, colposcope and SD card serials, pagers and
// extensions are planted; a phone's leading '(' need not be covered; e-mails (personal and unit mailboxes), URLs, IP
// addresses and usernames are planted whole; an age over 89 is planted as its number. Kept (look-alikes): eponyms and
// syndromes of abuse pediatrics (Caffey, Menkes, Salter-Harris, Terson, Duret, Munchausen, Epstein pearls, Wood's
// lamp, Foley catheter technique), scales, scores and decision rules (TEN-4-FACESp, PIBIS, PECARN, Adams
// classification, GCS, ACE score, ASQ-3, SDM), drugs, labs, camera, colposcope, scale and kit brands (Nikon D3500,
// RetCam, ABFO No. 2, Tri-Tech, Sirchie), procedures, national bodies, laws and interview protocols (CAPTA, ICWA,
// Title IV-E, ASFA, ICPC, NICHD protocol, ChildFirst, RATAC), forms and codes (SS 8572, CANTS 5, T74.12XA, Z04.72,
// CPT), evidence item counts, generic places (the child advocacy center, juvenile court, a foster home, the state crime
// lab), relations and roles without names, ages of 89 and under, years alone, counts, durations, courtrooms and beds,
// standing schedules, and everyday words that are also names or towns (hope, faith, Will, Rocky, Sage, Normal,
// Reading, union, temple, storm, Angel kisses).
// Measured before rules: 0.886 recall on seeds 5, 11, 23 (5321/6008), 0.881 on fresh seeds 41, 42, 43 (5288/6003); 9/165
// look-alikes touched ("UCLA PTSD Reaction Index", "Helfer Society", "APSAC", "child advocacy center", "police station",
// "visitation center", "Foster mother", "every Tuesday and Thursday", "river") (engine at 6d111ff).
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, gb];

/** Staff and adult given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Mercy', 'Charity', 'Dawn', 'April', 'Summer', 'Crystal', 'Amber', 'Ruby', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Star', 'Penny', 'Candy', 'Brandy', 'Destiny', 'Heather', 'Rusty', 'Duke', 'Rod', 'Guy', 'Cliff', 'Dale', 'Glen', 'Gale', 'Holly', 'Ginger', 'Pat'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Friend', 'Noble', 'Sweet', 'Marsh', 'Hunt', 'Sharp', 'Best', 'Judge', 'Law', 'Guard', 'Keeper', 'Child', 'Sheriff'];
/** Children's given names, many of them everyday words. */
const CHILD_WORDS = ['Hope', 'Joy', 'Faith', 'Grace', 'Destiny', 'Harmony', 'Trinity', 'Serenity', 'Journey', 'Heaven', 'Nevaeh', 'Genesis', 'Justice', 'Legend', 'King', 'Prince', 'Royal', 'Messiah', 'Major', 'Kash', 'Blaze', 'Rocky', 'River', 'Sky', 'Storm', 'Rain', 'Sunny', 'Willow', 'Ivy', 'Sage', 'Phoenix', 'Dallas', 'Memphis', 'Brooklyn', 'Paisley', 'Bentley', 'Ace', 'Maverick', 'Ryder', 'Miracle', 'Precious', 'Angel', 'Unique', 'Lyric', 'Melody', 'Autumn', 'Honesty', 'Kingdom', 'Saint', 'Bear', 'Wren', 'Jet'];
const CHILD_NAMES = ['Jayden', 'Aaliyah', 'Kayden', 'Brayden', 'Jaxon', 'Khloe', 'Zaylee', 'Kyrie', 'Ja\'Marion', 'Nyla', 'Aubree', 'Kinsley', 'Braxton', 'Emmett', 'Liam', 'Mia', 'Ava', 'Elijah', 'Camila', 'Mateo', 'Isabella', 'Zion', 'Amari', 'Jace', 'Raelynn', 'Oaklynn', 'Ezekiel', 'Maddox', 'Nayeli', 'Santiago'];
/** Nicknames a child or a caregiver uses for an adult in a disclosure (planted). */
const NICKNAMES = ['Bubba', 'Pooh', 'Man-Man', 'Boo', 'Peanut', 'Tiny', 'Big Mike', 'Junebug', 'Smoke', 'Red', 'Shorty', 'Pops', 'T-Bone', 'Dee-Dee', 'Lil Man', 'Cookie', 'Bear', 'Slim', 'Tater', 'Juju'];
/** Relations a child has to a named adult (kept). */
const ADULT_RELATIONS = ['maternal grandmother', 'paternal grandmother', 'maternal aunt', 'paternal aunt', 'maternal uncle', 'paternal uncle', "mother's boyfriend", "father's girlfriend", 'stepfather', 'stepmother', 'adult cousin', 'family friend', 'neighbor', 'babysitter', 'godmother', 'great-aunt', 'adult half-sibling'];
/** Towns that are everyday words, and real towns. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Garden City', 'Midway', 'Friendship', 'Fairview', 'Eden', 'Normal', 'Paradise', 'Harmony', 'Reading', 'Orange', 'Unity', 'Pleasant Hill', 'Golden', 'Sandy', 'Temple', 'Justice', 'Marion', 'Canton', 'Mercy', 'Pearl', 'Plain City', 'Goshen', 'Bliss', 'Loyal'];
const REAL_TOWNS = ['Lima', 'Findlay', 'Mansfield', 'Zanesville', 'Elyria', 'Joliet', 'Kankakee', 'Peoria', 'Decatur', 'Springfield', 'Rockford', 'Waukegan', 'Gary', 'Muncie', 'Kokomo', 'Terre Haute', 'Flint', 'Saginaw', 'Kalamazoo', 'Dayton', 'Akron', 'Youngstown', 'Tulsa', 'Lawton', 'Pueblo', 'Yakima', 'Modesto', 'Bakersfield', 'Visalia', 'Tucson', 'Yuma', 'Odessa', 'Waco', 'Killeen', 'Macon', 'Dothan', 'Gulfport', 'Huntington', 'Wheeling', 'Scranton'];
const STATES = ['OH', 'IL', 'IN', 'MI', 'OK', 'CO', 'WA', 'CA', 'AZ', 'TX', 'GA', 'AL', 'MS', 'WV', 'PA'];
/** County names, several of them everyday words or given names. */
const COUNTIES = ['Marion', 'Union', 'Lake', 'Grant', 'Clay', 'Polk', 'Jasper', 'Story', 'Wood', 'Orange', 'Franklin', 'Washington', 'Cook', 'DuPage', 'Pima', 'Maricopa', 'Hamilton', 'Cuyahoga', 'Summit', 'Lucas', 'Butler', 'Clark', 'Fresno', 'Kern', 'Travis', 'Bexar', 'Tarrant', 'Montgomery', 'Madison', 'Allen', 'Knox', 'Logan', 'Warren', 'Hancock', 'Marshall', 'Stark', 'Macon', 'Bibb', 'Mobile', 'Harrison'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Walnut', 'Hickory', 'Dogwood', 'Orchard', 'Railroad', 'Spring', 'Poplar', 'Meadow', 'Cherry'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Ter', 'Pl', 'Cir'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Rita', 'Christopher'];
const CAC_WORDS = ['Safe Harbor', 'Butterfly House', 'Sunflower House', 'Harbor House', 'Kids\' Haven', 'Lighthouse', 'Dragonfly', 'Children\'s Cove', 'Bridges', 'Blue Sky', 'Open Arms', 'Guardian', 'Tree House', 'Heartland', 'Kids First', 'Hand in Hand'];
const DAYCARE_WORDS = ['Sprouts', 'Lambs', 'Explorers', 'Acorns', 'Blessings', 'Stars', 'Sunbeams', 'Learners', 'Treasures', 'Cubs', 'Ducklings', 'Angels'];
const AGENCY_WORDS = ['Bridgeway', 'Pathways', 'Cornerstone', 'Compass', 'Lighthouse', 'Crossroads', 'Keystone', 'Northstar', 'Beacon', 'Harbor', 'Evergreen', 'New Horizons', 'Open Door', 'Good Shepherd', 'Hearth'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Halloween', 'Easter Sunday', "Mother's Day", 'Labor Day'];
/** Cameras and colposcopes by brand and model (kept; the serial is planted). */
const CAMERAS = ['Nikon D3500', 'Nikon D7500', 'Canon EOS Rebel T7', 'Canon EOS 90D', 'Sony a6400', 'Olympus TG-6', 'Fujifilm X-T30', 'iPad Pro (clinic-issued)'];
const COLPOSCOPES = ['Cortex Digital Imaging colposcope', 'Leisegang colposcope', 'CooperSurgical Leisegang 3ML', 'MedScope video colposcope', 'Welch Allyn colposcope'];
const KIT_BRANDS = ['Tri-Tech', 'Lynn Peavey', 'Sirchie', 'state-issued', 'Arcpoint'];
const INJURIES = ['patterned bruise, left upper arm', 'loop-mark bruises, posterior thighs', 'bruising to the left pinna', 'frenulum tear', 'torso bruising', 'circumferential immersion burn, both feet', 'petechiae, neck', 'buttock bruising', 'grab marks, both upper arms', 'cigarette-type burn, right palm'];
const CREDENTIALS = ['RN', 'RN, SANE-P', 'BSN, RN, SANE-A, SANE-P', 'MSN, RN, SANE-P', 'FNP-C, SANE-P'];

/** A person's name as written, with its planted parts. */
type Named = readonly [string, readonly string[]];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A child's given name: an everyday word four times in ten. */
  child(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(CHILD_WORDS) : x < 0.7 ? this.pick(CHILD_NAMES) : this.faker().person.firstName().split(/[\s-]/)[0]!;
  }
  nickname(): string {
    return this.pick(NICKNAMES);
  }
  relation(): string {
    return this.pick(ADULT_RELATIONS);
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  /** A staff member's name written four ways, with its parts. */
  staff(): Named {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  /** An adult's full name (a given name and a surname, sometimes a middle initial or 'Jr.'). */
  adult(): Named {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 5);
    if (k === 0) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${s} ${this.pick(['Jr.', 'Sr.', 'II', 'III'])}`, [g, s]];
    return [`${g} ${s}`, [g, s]];
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
    return t === 'Lima' ? 'Findlay' : 'Lima';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B', 'C'])}`;
    if (a === 1) return `${st} Lot ${this.int(1, 88)}`;
    if (a === 2) return `${st}, Unit ${this.int(1, 24)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  hospital(): string {
    const k = this.int(0, 4);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Children's Hospital`;
    if (k === 1) return `${this.town()} Children's Hospital`;
    if (k === 2) return `Children's Hospital of ${this.town()}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  urgentCare(): string {
    return this.r() < 0.5 ? `${this.town()} Urgent Care` : `${this.town()} Family Medicine`;
  }
  /** A county or regional child protective services office (planted whole). */
  agency(): string {
    const c = this.county();
    const k = this.int(0, 6);
    if (k === 0) return `${c} County DCFS`;
    if (k === 1) return `${c} County Children Services`;
    if (k === 2) return `${c} County Department of Social Services`;
    if (k === 3) return `DCFS ${this.town()} Field Office`;
    if (k === 4) return `${c} County Department of Children and Family Services`;
    if (k === 5) return `${c} County Job and Family Services`;
    return `DCS ${c} County Office`;
  }
  cac(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(CAC_WORDS)} Child Advocacy Center`;
    if (k === 1) return `${this.county()} County Child Advocacy Center`;
    if (k === 2) return `Child Advocacy Center of ${this.town()}`;
    return `${this.pick(CAC_WORDS)} Children's Advocacy Center`;
  }
  police(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Police Department`;
    if (k === 1) return `${this.county()} County Sheriff's Office`;
    if (k === 2) return `${this.town()} PD`;
    return `${this.town()} Police Dept.`;
  }
  court(): string {
    const c = this.county();
    const k = this.int(0, 3);
    if (k === 0) return `${c} County Juvenile Court`;
    if (k === 1) return `${c} County Family Court`;
    if (k === 2) return `Circuit Court of ${c} County`;
    return `${c} County Court of Common Pleas, Juvenile Division`;
  }
  school(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(STREET_WORDS)} Elementary School`;
    if (k === 1) return `${this.town()} Middle School`;
    if (k === 2) return `${this.sur()} Elementary`;
    return `${this.town()} Primary School`;
  }
  daycare(): string {
    const k = this.int(0, 3);
    if (k === 0) return `Little ${this.pick(DAYCARE_WORDS)} ${this.pick(['Learning Center', 'Daycare', 'Child Care', 'Academy'])}`;
    if (k === 1) return `${this.town()} Early Learning Center`;
    if (k === 2) return `Miss ${this.given()}'s Home Daycare`;
    return `${this.pick(['Bright', 'Happy', 'Growing', 'Precious'])} ${this.pick(DAYCARE_WORDS)} Daycare`;
  }
  fosterAgency(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(AGENCY_WORDS)} Family Services`;
    if (k === 1) return `${this.town()} Foster Care Network`;
    return `St. ${this.pick(SAINTS)}'s Children's Home`;
  }
  shelter(): string {
    return this.r() < 0.5 ? `${this.county()} County Youth Shelter` : `${this.pick(AGENCY_WORDS)} Emergency Shelter for Children`;
  }
  crimeLab(): string {
    return this.r() < 0.5 ? `${this.town()} Regional Crime Laboratory` : `${this.county()} County Forensic Laboratory`;
  }
  jail(): string {
    return this.r() < 0.5 ? `${this.county()} County Jail` : `${this.county()} County Detention Center`;
  }
  visitCenter(): string {
    return this.r() < 0.5 ? `${this.county()} County Family Visitation Center` : `${this.pick(AGENCY_WORDS)} Supervised Visitation Center`;
  }
  lawFirm(): string {
    const a = this.sur();
    const b = this.sur();
    return this.r() < 0.5 ? `${a} & ${b}, LLC` : `Law Office of ${this.given()} ${a}`;
  }
  casa(): string {
    return this.r() < 0.5 ? `CASA of ${this.county()} County` : `${this.county()} County CASA`;
  }
  // dates
  override year(): number {
    return this.int(2016, 2025);
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
  /** 'Tuesday, March 4' or 'Tue 3/4'. */
  weekdayDate(): string {
    const [m, d] = this.md();
    const w = this.pick(WEEKDAYS);
    return this.r() < 0.6 ? `${w}, ${MONTHS[m - 1]!} ${d}` : `${w.slice(0, 3)} ${m}/${d}`;
  }
  monthYear(): string {
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  ordinalDay(): string {
    return `the ${ordinal(this.int(1, 28))}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  /** A child's date of birth. */
  childDob(): string {
    const [m, d] = this.md();
    const y = this.int(2008, 2024);
    return this.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${y}-${pad2(m)}-${pad2(d)}`, `${MON[m - 1]!} ${d}, ${y}`]);
  }
  adultDob(): string {
    const [m, d] = this.md();
    const y = this.int(1958, 2005);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${this.pick([':', ''])}${pad2(this.int(0, 59))}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  // numbers
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  csn(): string {
    return this.digitString(10);
  }
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = this.anyDigits(4);
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  email(g: string, s: string, org?: string): string {
    const c = asciiLetters(this.county()) || 'union';
    const t = asciiLetters(this.town()) || 'liberty';
    const dom = org ?? this.pick([`${c}county.gov`, `${c}cps.org`, `${t}pd.org`, `${t}childrens.org`, `${c}cac.org`, 'gmail.com', 'yahoo.com', `${t}schools.k12.${this.state().toLowerCase()}.us`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}.${a}`]);
    return `${local}@${dom}`;
  }
  /** A unit's or office's mailbox. */
  mailbox(): string {
    const c = asciiLetters(this.county()) || 'union';
    const t = asciiLetters(this.town()) || 'liberty';
    return this.pick([`cac.unit@${t}pd.org`, `crimesagainstchildren@${c}sheriff.org`, `intake@${c}cac.org`, `fosterlicensing@${c}county.gov`, `cps.${c}@${c}county.gov`, `cpt@${t}childrens.org`]);
  }
  url(): string {
    const c = asciiLetters(this.county()) || 'union';
    const t = asciiLetters(this.town()) || 'liberty';
    return this.pick([`https://www.${c}cac.org/families`, `https://${c}countycps.org/report`, `www.${t}childadvocacy.org`, `https://${t}kids.org/forensic-interview`, `https://portal.${c}county.gov/cws/intake`]);
  }
  ip(): string {
    return this.r() < 0.4 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  handle(g: string): string {
    const a = asciiLetters(g) || 'kid';
    return this.pick([`${a}${this.int(1, 99)}`, `xx${a}xx`, `${a}_${this.pick(['luvs', 'boi', 'gurl', 'fan'])}${this.int(0, 9)}`, `lil${a}${this.int(2005, 2014)}`]);
  }
  intake(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(7, 10));
    if (k === 1) return `${this.year()}-${this.digitString(6)}`;
    if (k === 2) return `HL${this.digitString(8)}`;
    return `${this.digitString(4)}-${this.anyDigits(4)}-${this.anyDigits(3)}`;
  }
  referral(): string {
    return this.r() < 0.5 ? `R-${this.digitString(7)}` : this.digitString(9);
  }
  cpsCase(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(this.int(16, 25))}-CW-${this.digitString(5)}`;
    if (k === 1) return this.digitString(8);
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  workerId(): string {
    return this.r() < 0.5 ? `W${this.digitString(5)}` : this.digitString(6);
  }
  incident(): string {
    const k = this.int(0, 3);
    const yy = pad2(this.int(16, 25));
    if (k === 0) return `${yy}-${this.digitString(6)}`;
    if (k === 1) return `${yy}-${this.digitString(5)}`;
    if (k === 2) return `INC${this.digitString(8)}`;
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  badge(): string {
    return this.digitString(this.int(3, 5));
  }
  docket(): string {
    const k = this.int(0, 3);
    const y = this.year();
    if (k === 0) return `${pad2(y % 100)}-JV-${this.digitString(4)}`;
    if (k === 1) return `JD-${y}-${this.digitString(4)}`;
    if (k === 2) return `${y}JA${this.anyDigits(6)}`;
    return `J${this.digitString(6)}`;
  }
  criminalCase(): string {
    return this.r() < 0.5 ? `${this.year()}CF${this.anyDigits(6)}` : `CR-${pad2(this.int(16, 25))}-${this.digitString(5)}`;
  }
  kitNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `SAEK-${this.digitString(6)}`;
    if (k === 1) return this.digitString(8);
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(4)}-${this.anyDigits(2)}`;
    if (k === 1) return `L${this.digitString(6)}`;
    return `${pad2(this.int(20, 25))}${this.letters(1)}${this.digitString(4)}`;
  }
  seal(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 8)) : `S${this.digitString(7)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(9, 12));
    if (k === 1) return `${this.letters(2)}${this.digitString(7)}`;
    return `${this.digitString(4)}${this.letters(1)}${this.digitString(5)}`;
  }
  accession(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(8)}` : this.digitString(9);
  }
  medicaid(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(9, 12));
    if (k === 1) return `${this.letters(2)}${this.digitString(5)}${this.letters(1)}`;
    return `${this.digitString(8)}${this.letters(1)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  driversLicense(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(7)}` : `${this.letters(1)}${this.digitString(3)}-${this.anyDigits(4)}-${this.anyDigits(4)}`;
  }
  license(prefix: string): string {
    return this.r() < 0.5 ? `${prefix}-${this.digitString(6)}` : this.digitString(6);
  }
  booking(): string {
    return this.r() < 0.5 ? `${this.year()}${this.anyDigits(6)}` : `B${this.digitString(7)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? `${pad2(this.int(16, 25))}-OP-${this.digitString(4)}` : `PO${this.digitString(6)}`;
  }
}

/** A child's listed name ('SURNAME, Given') and its parts. */
const listedName = (g: string, s: string): Named => [`${s.toUpperCase()}, ${g}`, [s.toUpperCase(), g]];

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // child abuse pediatrics consult notes
  ['CAP consult header', (d) => {
    const [cn, cp] = listedName(d.child(), d.sur()); const dob = d.childDob(); const mrn = d.mrn(); const dt = d.date(); const rs = d.sur(); const [c, ccp] = d.staff();
    return [`CHILD ABUSE PEDIATRICS CONSULTATION\nPatient: ${cn}\nDOB: ${dob}   MRN: ${mrn}\nDate of consult: ${dt}\nRequesting physician: Dr. ${rs} (PICU)\nConsultant: ${c}, MD`, [...cp, dob, mrn, dt, rs, ...ccp]];
  }],
  ['CAP history from caregiver', (d) => {
    const mg = d.given(); const ms = d.sur(); const w = d.weekday(); const bg = d.given(); const cg = d.child();
    return [`Per mother ${mg} ${ms}, the ${d.int(2, 11)}-month-old ${cg} rolled off the couch on ${w} at about ${d.time()}; the mother's partner, ${bg} (age ${d.int(19, 38)}), was alone with the infant at the time.`, [mg, ms, cg, w, bg]];
  }],
  ['CAP bruise first noticed on the ordinal', (d) => {
    const [a, ap] = d.adult(); const o = d.ordinalDay(); const dc = d.daycare();
    return [`The ${d.relation()}, ${a}, states the bruise was first noticed on ${o} when staff at ${dc} changed the diaper.`, [...ap, o, dc]];
  }],
  ['CAP sentinel injury at prior visit', (d) => {
    const u = d.urgentCare(); const md = d.slashMd(); const s = d.sur();
    return [`Seen at ${u} on ${md} for a "bug bite" to the ear (Dr. ${s}); in retrospect a sentinel injury in a pre-cruising infant.`, [u, md, s]];
  }],
  ['CAP transfer with head CT', (d) => {
    const h = d.hospital(); const dt = d.date(); const acc = d.accession();
    return [`Transferred from ${h} on ${dt} after head CT (outside accession ${acc}) showed a thin left convexity SDH and an interhemispheric bleed.`, [h, dt, acc]];
  }],
  ['CAP ophthalmology and RetCam serial', (d) => {
    const s = d.sur(); const dt = d.date(); const sn = d.serial();
    return [`Dilated fundus exam by Dr. ${s} (ophthalmology) ${dt}: multilayered retinal hemorrhages OU extending to the ora serrata. RetCam images, device S/N ${sn}.`, [s, dt, sn]];
  }],
  ['CAP impression and investigator', (d) => {
    const [w, wp] = d.staff(); const id = d.workerId(); const ag = d.agency(); const md = d.monDay();
    return [`Impression: injuries highly concerning for physical abuse. Discussed on ${md} with investigator ${w} (worker ID ${id}) of ${ag}.`, [md, ...wp, id, ag]];
  }],
  ['CAP sibling screening', (d) => {
    const a = d.child(); const b = d.child(); const h = d.hospital();
    return [`Contacts: twin sibling ${a} and ${d.int(2, 6)}-year-old half-sibling ${b} to be examined at ${h}; skeletal survey ordered for the twin only.`, [a, b, h]];
  }],
  ['CAP clinic follow-up weekday date', (d) => {
    const wd = d.weekdayDate(); const [ph, p] = d.phone();
    return [`Follow-up in Child Protection Clinic ${wd} at 1:30 PM with repeat labs (CMP, lipase, UA). Clinic line ${ph}.`, [wd, p]];
  }],
  ['CAP signature block with pager', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital(); const pg = d.digitString(4); const em = d.email(d.given(), d.sur());
    return [`${g} ${d.mi()} ${s}, MD\nChild Abuse Pediatrics\n${h}\nPager ${pg} | Scheduling: ${em}`, [g, s, h, pg, em]];
  }],
  // skeletal survey and injury documentation
  ['skeletal survey report header', (d) => {
    const acc = d.accession(); const dt = d.date(); const [cn, cp] = listedName(d.child(), d.sur()); const mrn = d.mrn(); const s = d.sur();
    return [`SKELETAL SURVEY, COMPLETE (21 VIEWS)\nAccession: ${acc}   Exam date: ${dt}\nPatient: ${cn}   MRN: ${mrn}\nOrdering: Dr. ${s}`, [acc, dt, ...cp, mrn, s]];
  }],
  ['skeletal survey signed', (d) => {
    const g = d.given(); const s = d.sur(); const [m, dd] = d.md(); const y = d.year(); const dt = `${y}-${pad2(m)}-${pad2(dd)}`;
    return [`IMPRESSION: Healing posterior left 6th-8th rib fractures and a classic metaphyseal lesion of the right distal tibia.\nElectronically signed by ${g} ${s}, MD on ${dt} ${d.time()}`, [g, s, dt]];
  }],
  ['follow-up survey scheduled', (d) => {
    const wd = d.weekdayDate(); const h = d.hospital();
    return [`Follow-up skeletal survey in 2 weeks (booked ${wd}) at ${h}; placement to bring the child.`, [wd, h]];
  }],
  ['fracture dating month and year', (d) => {
    const my = d.monthYear(); const cg = d.child();
    return [`Callus formation suggests the femur fracture is 2-3 weeks old, i.e. sustained in ${my}, when ${cg} was in the care of the paternal grandparents.`, [my, cg]];
  }],
  ['injury table row with photographer', (d) => {
    const inj = d.pick(INJURIES); const pg = d.given(); const ps = d.sur(); const ini = d.initials();
    return [`#${d.int(1, 14)} | ${inj} | ${d.int(1, 6)}.${d.int(0, 9)} x ${d.int(1, 4)}.${d.int(0, 9)} cm | ABFO No. 2 scale | photographed by ${pg} ${ps} | ${ini}`, [pg, ps, ini]];
  }],
  ['burn history at home address', (d) => {
    const fg = d.given(); const w = d.weekday(); const st = d.streetApt(); const t = d.town();
    return [`Caregiver ${fg} states the bath water was "not that hot" on ${w} evening at the home, ${st}, ${t}; water heater later measured at 150 °F by the investigator.`, [fg, w, st, t]];
  }],
  ['bite mark and odontologist', (d) => {
    const s = d.sur(); const f = d.lawFirm(); const dt = d.date();
    return [`Patterned bite mark, right forearm, intercanine distance 3.2 cm. Forensic odontologist Dr. ${s} (consulting via ${f}) swabbed and photographed the site ${dt}.`, [s, f, dt]];
  }],
  ['outside films on CD', (d) => {
    const h = d.hospital(); const acc = d.accession(); const md = d.monDay();
    return [`Outside films from ${h} received on CD ${md} (their accession ${acc}); uploaded to PACS for over-read.`, [h, md, acc]];
  }],
  // mandated-reporter hotline reports
  ['hotline report header', (d) => {
    const in1 = d.intake(); const dt = d.date(); const g = d.given(); const s = d.sur(); const h = d.hospital(); const [ph, p] = d.phone();
    return [`REPORT OF SUSPECTED CHILD ABUSE OR NEGLECT\nIntake #: ${in1}\nDate/time of report: ${dt} ${d.time()}\nReporter: ${g} ${s}, ${d.pick(['RN', 'MSW, LCSW', 'MD'])}, ${h}\nCallback: ${ph}`, [in1, dt, g, s, h, p]];
  }],
  ['hotline accepted and assigned', (d) => {
    const sg = d.given(); const id = d.workerId(); const ref = d.referral(); const ag = d.agency();
    return [`Report accepted by hotline screener ${sg} (ID ${id}); referral # ${ref} assigned to ${ag}, response priority 24 hours.`, [sg, id, ref, ag]];
  }],
  ['alleged perpetrator block', (d) => {
    const [a, ap] = d.adult(); const dob = d.adultDob(); const st = d.streetApt(); const t = d.town(); const z = d.zip();
    return [`Alleged perpetrator: ${a} (${d.relation()})\nDOB: ${dob}\nAddress: ${st}, ${t}, ${d.state()} ${z}`, [...ap, dob, st, t, z]];
  }],
  ['household composition table', (d) => {
    const s = d.sur(); const mg = d.given(); const a = d.child(); const b = d.child(); const dm = d.adultDob(); const da = d.childDob(); const db = d.childDob();
    return [`HOUSEHOLD\n${s}, ${mg}    mother    ${dm}\n${a}    child    ${da}    (victim)\n${b}    child    ${db}`, [s, mg, dm, a, da, b, db]];
  }],
  ['written report faxed to county', (d) => {
    const ag = d.agency(); const [fx, p] = d.phone(); const dt = d.date();
    return [`Written follow-up report (SS 8572) faxed to ${ag} at ${fx} on ${dt}, within 36 hours of the phone report.`, [ag, p, dt]];
  }],
  ['online report confirmation and IP', (d) => {
    const c = d.intake(); const ip = d.ip(); const url = d.url();
    return [`Mandated reporter online submission at ${url}; confirmation ${c}; submitted from workstation IP ${ip}.`, [url, c, ip]];
  }],
  ['prior CPS history', (d) => {
    const my = d.monthYear(); const cs = d.cpsCase(); const t = d.town();
    return [`Prior CPS history: report in 2019 (unfounded, lack of supervision); ${my} indicated for neglect, case ${cs}, while family lived in ${t}.`, [my, cs, t]];
  }],
  ['worker callback message', (d) => {
    const [w, wp] = d.staff(); const ag = d.agency(); const [ph, p] = d.phone(); const x = d.ext(); const md = d.slashMd();
    return [`Phone msg ${md} ${d.time()}: callback from worker ${w}, ${ag}, ${ph} ext. ${x}, re: plan of safe care.`, [md, ...wp, ag, p, x]];
  }],
  ['CyberTipline report IP and username', (d) => {
    const n = d.digitString(d.int(8, 9)); const ip = d.ip(); const cg = d.child(); const h = d.handle(d.given()); const dt = d.date();
    return [`NCMEC CyberTipline report #${n} lists uploads on ${dt} from IP ${ip} by user "${h}"; ${cg} is depicted per the ICAC detective.`, [n, dt, ip, h, cg]];
  }],
  ['reporter shielded identity', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const in1 = d.intake();
    return [`Reporter ${g} ${s} (teacher, ${sc}) requested confidentiality; intake ${in1} notes reporter identity is protected.`, [g, s, sc, in1]];
  }],
  // forensic interview scheduling at child advocacy centers
  ['forensic interview scheduled', (d) => {
    const cac = d.cac(); const wd = d.weekdayDate(); const [i, ip] = d.staff();
    return [`Forensic interview scheduled at ${cac} ${wd} at 10:00 with forensic interviewer ${i}; child to be brought by the caseworker.`, [cac, wd, ...ip]];
  }],
  ['MDT case review attendees', (d) => {
    const w = d.weekday(); const ds = d.sur(); const pd = d.police(); const cg = d.given(); const cs = d.sur(); const as = d.sur();
    return [`MDT case review ${w}: Det. ${ds} (${pd}), CPS ${cg} ${cs}, ADA ${as}, CAC advocate, CAP physician.`, [w, ds, pd, cg, cs, as]];
  }],
  ['interview observed and recording evidence', (d) => {
    const ds = d.sur(); const ev = d.seal(); const md = d.monDay();
    return [`Interview ${md} observed by Det. ${ds} via closed-circuit monitor; recording burned to DVD, evidence item ${ev}.`, [md, ds, ev]];
  }],
  ['disclosure names uncle by nickname', (d) => {
    const cg = d.child(); const nk = d.nickname(); const g = d.given();
    return [`${cg} disclosed that "Uncle ${nk}" touched her "private" more than one time. Mother identifies him as her brother, ${g}.`, [cg, nk, g]];
  }],
  ['CAC directions', (d) => {
    const cac = d.cac(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${cac}\n${st}\n${t}, ${d.state()} ${z}\nPark in the rear lot; the entrance is not marked.`, [cac, st, t, z]];
  }],
  ['family advocate contact', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(d.given(), d.sur()); const [ph, p] = d.phone(); const url = d.url();
    return [`Family advocate: ${g} ${s}, ${ph}; intake forms to ${em}. Resources for caregivers: ${url}`, [g, s, p, em, url]];
  }],
  // safety plans naming household members and caregivers
  ['safety plan block', (d) => {
    const ca = d.child(); const cb = d.child(); const [m, mp] = d.adult(); const [ph, p] = d.phone(); const [a, ap] = d.adult();
    return [`SAFETY PLAN\nChildren: ${ca}, ${cb}\nSafety monitor: ${m} (${d.relation()}), ${ph}\nThe alleged perpetrator, ${a}, will have no unsupervised contact with the children.`, [ca, cb, ...mp, p, ...ap]];
  }],
  ['safety plan alleged perpetrator moves out', (d) => {
    const g = d.given(); const st = d.streetApt(); const t = d.town(); const dt = d.date();
    return [`${g} agreed to leave the home and stay at ${st}, ${t} until the investigation is complete (plan dated ${dt}).`, [g, st, t, dt]];
  }],
  ['safety plan signatures', (d) => {
    const [a, ap] = d.adult(); const dt = d.date(); const [w, wp] = d.staff(); const ini = d.initials();
    return [`Signed: ${a} (parent/caregiver)  ${dt}\nWorker: ${w}\nSupervisor initials: ${ini}`, [...ap, dt, ...wp, ini]];
  }],
  ['protective order and plate', (d) => {
    const o = d.orderNo(); const dt = d.date(); const js = d.sur(); const [r, rp] = d.adult(); const pl = d.plate();
    return [`Emergency protective order ${o} issued ${dt} by Judge ${js}; respondent ${r}, vehicle plate ${pl}, must stay 500 feet from the children.`, [o, dt, js, ...rp, pl]];
  }],
  ['relative home check', (d) => {
    const [a, ap] = d.adult(); const st = d.street(); const t = d.town(); const md = d.monDay(); const dl = d.driversLicense();
    return [`Home of ${d.relation()} ${a}, ${st}, ${t}, assessed ${md}; background check on driver's license ${dl} clear, two beds available.`, [...ap, st, t, md, dl]];
  }],
  ['great-grandparent over 89', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.ageOver89(); const t = d.town();
    return [`Great-grandparent ${g} ${s}, ${n}, of ${t}, offered to take the children but uses a walker; not approved as placement.`, [g, s, n, t]];
  }],
  ['household members in safety assessment', (d) => {
    const [a, ap] = d.adult(); const ssn = d.ssn(); const g = d.given();
    return [`Adults in the home: ${a} (SSN ${ssn}) and a roommate, ${g}, who works nights; both consented to background checks.`, [...ap, ssn, g]];
  }],
  // school and daycare contacts
  ['daycare director report', (d) => {
    const g = d.given(); const s = d.sur(); const dc = d.daycare(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`Daycare director ${g} ${s} of ${dc} (${ph}) reported bruises on both cheeks noted at drop-off on ${w}.`, [g, s, dc, p, w]];
  }],
  ['school counselor made report', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const ts = d.sur(); const cg = d.child();
    return [`School counselor ${g} ${s} at ${sc} made the hotline report after ${cg} told teacher Ms. ${ts} she was afraid to go home.`, [g, s, sc, cg, ts]];
  }],
  ['school attendance and nurse fax', (d) => {
    const sc = d.school(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`${sc}: ${d.int(12, 41)} absences this year, ${d.int(2, 9)} tardies. School nurse ${g} ${s} (fax ${fx}) reports head lice x3 and untreated dental caries.`, [sc, g, s, p]];
  }],
  ['daycare license number', (d) => {
    const dc = d.daycare(); const lic = d.license('DC'); const t = d.town();
    return [`${dc} (state child care license ${lic}), ${t}; licensing consultant notified of the allegation.`, [dc, lic, t]];
  }],
  ['principal e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(d.given(), d.sur()); const sc = d.school();
    return [`Records requested from principal ${g} ${s} of ${sc} through the registrar (${em}): attendance, nurse log and behavior referrals.`, [g, s, em, sc]];
  }],
  // police detective contacts and case/incident numbers
  ['detective contact card', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.badge(); const pd = d.police(); const [ph, p] = d.phone(); const em = d.mailbox();
    return [`Det. ${g} ${s}, Badge #${b}\n${pd} - Crimes Against Children Unit\nDesk: ${ph}\nUnit e-mail: ${em}`, [g, s, b, pd, p, em]];
  }],
  ['police report incident number', (d) => {
    const s = d.sur(); const inc = d.incident(); const dt = d.date(); const pd = d.police();
    return [`Police report taken by Officer ${s} of ${pd}, incident # ${inc}, on ${dt}.`, [s, pd, inc, dt]];
  }],
  ['sheriff case and deputy', (d) => {
    const so = `${d.county()} County Sheriff's Office`; const cs = d.incident(); const g = d.given(); const s = d.sur(); const u = d.badge();
    return [`${so} case ${cs}; Deputy ${g} ${s}, unit ${u}, responded to the residence.`, [so, cs, g, s, u]];
  }],
  ['evidence pickup and seals', (d) => {
    const ds = d.sur(); const sl = d.seal(); const dt = d.date();
    return [`Det. ${ds} collected the infant's sleeper and bedding (bags 1-4, seal #${sl}) on ${dt} at ${d.time()}.`, [ds, sl, dt]];
  }],
  ['arrest and booking', (d) => {
    const [a, ap] = d.adult(); const w = d.weekday(); const j = d.jail(); const bk = d.booking();
    return [`${a} was arrested ${w} and booked into the ${j}, booking #${bk}; charged with child endangerment.`, [...ap, w, j, bk]];
  }],
  ['suspect vehicle', (d) => {
    const pl = d.plate(); const st = d.street(); const t = d.town();
    return [`Suspect vehicle: gray ${d.pick(['Honda Civic', 'Chevy Malibu', 'Ford F-150', 'Nissan Altima', 'Dodge Caravan'])}, ${d.state()} plate ${pl}, last seen at ${st}, ${t}.`, [pl, st, t]];
  }],
  // court dates and dependency hearings
  ['shelter care hearing', (d) => {
    const wd = d.weekdayDate(); const ct = d.court(); const jg = d.given(); const js = d.sur(); const dk = d.docket();
    return [`Shelter care hearing ${wd}, 9:00 AM, ${ct}, Courtroom ${d.int(1, 9)}${d.pick(['A', 'B', ''])}, Judge ${jg} ${js}; docket ${dk}.`, [wd, ct, jg, js, dk]];
  }],
  ['adjudication continued with attorneys', (d) => {
    const dt = d.date(); const gg = d.given(); const gs = d.sur(); const ag = d.given(); const as = d.sur(); const f = d.lawFirm();
    return [`Adjudication continued to ${dt}. GAL: ${gg} ${gs}. Attorney for mother: ${ag} ${as} (${f}).`, [dt, gg, gs, ag, as, f]];
  }],
  ['subpoena to testify', (d) => {
    const dt = d.date(); const ds = d.sur(); const ps = d.sur(); const cc = d.criminalCase(); const hd = d.slashMd();
    return [`Subpoena received ${dt} for Dr. ${ds} to testify in People v. ${ps}, case no. ${cc}; trial date ${hd}.`, [dt, ds, ps, cc, hd]];
  }],
  ['CASA volunteer assigned', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.casa(); const [ph, p] = d.phone();
    return [`CASA volunteer ${g} ${s} assigned (${c}); may call ${ph} for medical updates with the court order on file.`, [g, s, c, p]];
  }],
  ['disposition set for month', (d) => {
    const my = d.monthYear(); const ct = d.court(); const dk = d.docket();
    return [`Disposition hearing set for ${my} in ${ct} (${dk}); permanency goal remains reunification.`, [my, ct, dk]];
  }],
  ['court report due on ordinal', (d) => {
    const o = d.ordinalDay(); const ag = d.agency(); const [w, wp] = d.staff();
    return [`Court report due to ${ag} by ${o}; CAP summary letter requested by worker ${w}.`, [ag, o, ...wp]];
  }],
  // foster placement notes
  ['foster placement', (d) => {
    const fg = d.given(); const mg = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const lic = d.license('FH'); const dt = d.date();
    return [`Placed ${dt} in the licensed foster home of ${fg} and ${mg} ${s}, ${st}, ${t} (license ${lic}).`, [dt, fg, mg, s, st, t, lic]];
  }],
  ['foster parent phone update', (d) => {
    const g = d.given(); const cg = d.child(); const w = d.weekday(); const md = d.slashMd();
    return [`Phone call ${md}: foster parent ${g} reports ${cg} is sleeping through the night and eating well. Next home visit ${w}.`, [md, g, cg, w]];
  }],
  ['supervised visitation center', (d) => {
    const vc = d.visitCenter(); const [a, ap] = d.adult(); const md = d.monDay();
    return [`Supervised visits with ${a} at ${vc} every Tuesday and Thursday; last visit ${md} went well.`, [...ap, vc, md]];
  }],
  ['placement disrupted on a holiday', (d) => {
    const hd = d.holiday(); const sh = d.shelter(); const w = d.sur();
    return [`Placement disrupted on ${hd}; child moved to ${sh} by on-call worker ${w}.`, [hd, sh, w]];
  }],
  ['foster care Medicaid and ICPC', (d) => {
    const mcd = d.medicaid(); const cs = d.cpsCase(); const md = d.monDay();
    return [`Foster care Medicaid ID ${mcd}; CPS case ${cs}; ICPC home study requested ${md} for the relative out of state.`, [mcd, cs, md]];
  }],
  ['licensing worker and foster agency', (d) => {
    const g = d.given(); const s = d.sur(); const fa = d.fosterAgency(); const em = d.mailbox();
    return [`Licensing worker ${g} ${s}, ${fa} (${em}): foster parents completed TBRI training.`, [g, s, fa, em]];
  }],
  ['kinship placement with relative', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const my = d.monthYear();
    return [`Kinship placement with relative caregiver ${g} ${s} in ${t} since ${my}; she is pursuing guardianship.`, [g, s, t, my]];
  }],
  // photo-documentation logs
  ['photo log header', (d) => {
    const cs = d.cpsCase(); const [cn, cp] = listedName(d.child(), d.sur()); const mrn = d.mrn(); const cam = d.pick(CAMERAS); const sn = d.serial(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`PHOTO-DOCUMENTATION LOG\nCase: ${cs}\nPatient: ${cn}   MRN ${mrn}\nCamera: ${cam}, serial ${sn}\nPhotographer: ${g} ${s}, Medical Photography\nDate: ${dt}   Images: ${d.int(8, 60)}`, [cs, ...cp, mrn, sn, g, s, dt]];
  }],
  ['photo log row', (d) => {
    const md = d.slashMd(); const ini = d.initials();
    return [`${pad2(d.int(1, 40))} | ${md} ${d.time()} | ${d.pick(INJURIES)} with ABFO scale | ${ini}`, [md, ini]];
  }],
  ['images uploaded to secure server', (d) => {
    const sn = d.serial(); const ip = d.ip(); const dt = d.date();
    return [`Images from camera S/N ${sn} uploaded ${dt} to the secure forensic image server (${ip}); card wiped after verification.`, [sn, dt, ip]];
  }],
  ['memory card sealed', (d) => {
    const sn = d.serial(); const env = d.seal(); const ds = d.sur(); const md = d.monDay();
    return [`SD card S/N ${sn} sealed in evidence envelope #${env}, released to Det. ${ds} ${md}.`, [sn, env, ds, md]];
  }],
  // sexual assault nurse examiner kit chain of custody
  ['SANE exam header', (d) => {
    const [cn, cp] = listedName(d.child(), d.sur()); const dob = d.childDob(); const mrn = d.mrn(); const dt = d.date(); const g = d.given(); const s = d.sur(); const kit = d.kitNo(); const lot = d.lot(); const ex = d.monthYear();
    return [`PEDIATRIC SEXUAL ASSAULT EXAMINATION\nPatient: ${cn}   DOB: ${dob}   MRN: ${mrn}\nExam date: ${dt}\nSANE: ${g} ${s}, ${d.pick(CREDENTIALS)}\nKit #: ${kit} (${d.pick(KIT_BRANDS)})   Lot: ${lot}   Exp: ${ex}`, [...cp, dob, mrn, dt, g, s, kit, lot, ex]];
  }],
  ['chain of custody row', (d) => {
    const sg = d.given(); const ss = d.sur(); const ds = d.sur(); const b = d.badge(); const dt = d.date();
    return [`Released by: ${sg} ${ss}, SANE | Received by: Det. ${ds} #${b} | ${dt} ${d.time()} | Seal intact`, [sg, ss, ds, b, dt]];
  }],
  ['kit delivered to crime lab', (d) => {
    const lab = d.crimeLab(); const ln = `L${pad2(d.int(16, 25))}-${d.digitString(5)}`; const md = d.monDay();
    return [`Kit hand-delivered to ${lab} on ${md}; laboratory no. ${ln}. Refrigerated items logged separately.`, [lab, md, ln]];
  }],
  ['colposcope images serial', (d) => {
    const c = d.pick(COLPOSCOPES); const sn = d.serial(); const ini = d.initials();
    return [`Images captured with ${c} (S/N ${sn}); ${d.int(6, 30)} images, no acute anogenital injury. Peer review by ${ini}.`, [sn, ini]];
  }],
  ['prophylaxis prescription', (d) => {
    const rx = d.digitString(7); const c = `${d.town()} Pediatric ID Clinic`; const dt = d.date();
    return [`nPEP started (Rx #${rx}); follow-up at ${c} ${dt} for HIV and syphilis testing.`, [rx, c, dt]];
  }],
  ['kit tracking portal', (d) => {
    const url = d.url(); const tr = `${d.letters(3)}${d.digitString(7)}`; const kit = d.kitNo();
    return [`Kit ${kit} registered in the state tracking system (${url}); survivor tracking code ${tr} given to the caregiver.`, [kit, url, tr]];
  }],
  // phone messages and fax covers
  ['grandparent phone message', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const ini = d.initials();
    return [`Tel msg ${md} ${d.time()} from ${g} ${s} (grandparent) re: visitation - call back at ${ph}. Taken by ${ini}`, [md, g, s, p, ini]];
  }],
  ['fax cover to county', (d) => {
    const ag = d.agency(); const [fx, p] = d.phone(); const h = d.hospital(); const dt = d.date();
    return [`FAX\nTo: ${ag}\nFax: ${fx}\nFrom: Child Protection Team, ${h}\nDate: ${dt}\nPages: ${d.int(2, 18)} including cover`, [ag, p, h, dt]];
  }],
  ['records released under subpoena', (d) => {
    const ds = d.sur(); const pd = d.police(); const sp = `${d.digitString(2)}-SDT-${d.digitString(4)}`; const md = d.monDay();
    return [`Records released ${md} to Det. ${ds}, ${pd}, per subpoena duces tecum ${sp}.`, [md, ds, pd, sp]];
  }],
];

/** The names of the wave's frames. */
export const protectionFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function protectionWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 12781, rounds);
}

/** Look-alikes in child-protection style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms, syndromes and findings of abuse pediatrics
  ['Caffey disease considered and excluded.', 'Caffey'], ['No features of Menkes disease; copper normal.', 'Menkes'],
  ['Von Willebrand panel normal.', 'Von Willebrand'], ['Battle sign absent, no hemotympanum.', 'Battle sign'],
  ['Salter-Harris II fracture of the distal radius.', 'Salter-Harris II'], ['Tanner stage 2 breast development.', 'Tanner stage 2'],
  ['Mongolian spots (congenital dermal melanocytosis) over the sacrum.', 'Mongolian spots'], ['Classic metaphyseal lesion of the distal tibia.', 'Classic metaphyseal lesion'],
  ['Bucket-handle fracture of the distal femur.', 'Bucket-handle fracture'], ['Ehlers-Danlos syndrome considered; no joint hypermobility.', 'Ehlers-Danlos'],
  ['Henoch-Schönlein purpura excluded.', 'Henoch-Schönlein'], ['Terson syndrome not present.', 'Terson'], ['No Duret hemorrhage.', 'Duret'],
  ['Munchausen syndrome by proxy (medical child abuse) considered.', 'Munchausen'], ['Hunter syndrome not suspected.', 'Hunter syndrome'],
  ['Epstein pearls on the palate.', 'Epstein pearls'], ["Wood's lamp exam negative.", "Wood's lamp"], ['Toluidine blue dye applied to the posterior fourchette.', 'Toluidine blue'],
  ['Foley catheter balloon technique used to visualize the hymen.', 'Foley catheter'], ['Examined in the knee-chest position.', 'knee-chest position'],
  ['Abusive head trauma suspected.', 'Abusive head trauma'], ['Sentinel injury: bruise in a pre-cruising infant.', 'Sentinel injury'],
  ['Vitamin K deficiency bleeding ruled out.', 'Vitamin K'], ['Osteogenesis imperfecta unlikely; COL1A1/COL1A2 sequencing sent.', 'COL1A1/COL1A2'],
  // scales, scores and decision rules
  ['TEN-4-FACESp bruising clinical decision rule positive.', 'TEN-4-FACESp'], ['Pittsburgh Infant Brain Injury Score of 2.', 'Pittsburgh Infant Brain Injury Score'],
  ['PECARN head CT rule applied.', 'PECARN'], ['Adams classification used for the anogenital findings.', 'Adams classification'],
  ['Glasgow Coma Scale 14 on arrival.', 'Glasgow Coma Scale 14'], ['ACE score 7 for the mother.', 'ACE score 7'],
  ['ASQ-3 below cutoff in fine motor.', 'ASQ-3'], ['BRUE criteria not met.', 'BRUE'], ['Injury Severity Score 17.', 'Injury Severity Score 17'],
  ['CBCL externalizing T-score 72.', 'T-score 72'], ['UCLA PTSD Reaction Index completed.', 'UCLA PTSD Reaction Index'], ['TSCYC completed by the foster parent.', 'TSCYC'],
  ['SDM risk level: high.', 'SDM risk level'], ['Structured Decision Making safety assessment: unsafe.', 'Structured Decision Making'],
  ['Priority 1 response (within 24 hours).', 'Priority 1'], ['Bruise measures 2.5 x 1.0 cm.', '2.5 x 1.0 cm'],
  // drugs and vaccines
  ['Ceftriaxone 250 mg IM and azithromycin 1 g PO given.', 'azithromycin'], ['Metronidazole 2 g PO once.', 'Metronidazole'],
  ['Levonorgestrel (Plan B One-Step) offered.', 'Plan B One-Step'], ['Truvada and Isentress for nPEP, 28 days.', 'Isentress'],
  ['Tdap up to date.', 'Tdap'], ['Ergocalciferol 50,000 units weekly.', 'Ergocalciferol'], ['Naloxone given in the field.', 'Naloxone'],
  // labs
  ['AST 412 U/L, ALT 288 U/L.', 'AST 412 U/L'], ['Lipase 61 U/L.', '61 U/L'], ['25-OH vitamin D 9 ng/mL.', '9 ng/mL'], ['PTT 31 s, fibrinogen 240.', 'PTT 31 s'],
  ['Factor VIII 98%.', 'Factor VIII 98%'], ['Hgb 8.1 g/dL.', '8.1 g/dL'], ['Urine drug screen positive for THC.', 'THC'], ['Gonorrhea/chlamydia NAAT negative.', 'NAAT'],
  ['RPR nonreactive.', 'RPR'],
  // cameras, colposcopes, scales and kits by brand
  ['Photographed with a Nikon D3500.', 'Nikon D3500'], ['Canon EOS Rebel T7 with ring flash.', 'Canon EOS Rebel T7'],
  ['ABFO No. 2 photomacrographic scale in every image.', 'ABFO No. 2'], ['Cortex Digital Imaging colposcope used.', 'Cortex Digital Imaging'],
  ['RetCam wide-field imaging performed.', 'RetCam'], ['Tri-Tech sexual assault evidence kit.', 'Tri-Tech'], ['Sealed with Sirchie evidence tape.', 'Sirchie'],
  ['Photos on the clinic iPad.', 'iPad'],
  // procedures and studies
  ['Skeletal survey, complete (21 views).', '21 views'], ['MRI brain and C-spine without contrast.', 'C-spine'], ['Dilated fundus exam done.', 'Dilated fundus exam'],
  ['Follow-up skeletal survey in 2 weeks.', '2 weeks'],
  // national bodies, programs, laws and protocols
  ['Report made to NCMEC.', 'NCMEC'], ['CyberTipline report pending.', 'CyberTipline'], ["CAC accredited by the National Children's Alliance.", "National Children's Alliance"],
  ['ICAC task force involved.', 'ICAC'], ['CAPTA plan of safe care completed.', 'CAPTA'], ['ICWA inquiry: no tribal affiliation.', 'ICWA'], ['Title IV-E eligible.', 'Title IV-E'],
  ['ASFA timelines apply.', 'ASFA'], ['Member of the Helfer Society.', 'Helfer Society'], ['APSAC practice guidelines followed.', 'APSAC'],
  ['AAP clinical report on evaluating fractures.', 'AAP'], ['IAFN-certified SANE-P.', 'IAFN'], ['FBI victim specialist present.', 'FBI'],
  ['Childhelp hotline pamphlet given.', 'Childhelp'], ['Family First Prevention Services Act.', 'Family First Prevention Services Act'], ['ICPC request pending.', 'ICPC'],
  ['HIPAA permits disclosure to CPS.', 'HIPAA'], ['TBRI training completed.', 'TBRI'], ['Mandated reporter training completed.', 'Mandated reporter training'],
  ['NICHD protocol used for the forensic interview.', 'NICHD protocol'], ['ChildFirst forensic interview model.', 'ChildFirst'], ['RATAC protocol.', 'RATAC'],
  ['CornerHouse method.', 'CornerHouse'], ['Trauma-Focused CBT referral.', 'Trauma-Focused CBT'], ['Parent-Child Interaction Therapy (PCIT).', 'PCIT'],
  // forms and codes
  ['Form SS 8572 completed.', 'SS 8572'], ['CANTS 5 form signed.', 'CANTS 5'], ['T74.12XA child physical abuse, confirmed.', 'T74.12XA'],
  ['T76.22XA child sexual abuse, suspected.', 'T76.22XA'], ['Z04.72 exam following alleged child physical abuse.', 'Z04.72'], ['CPT 99285.', '99285'],
  ['Evidence item 3 of 7.', 'item 3 of 7'], ['Bags 1-4 sealed.', 'Bags 1-4'],
  // generic places
  ['Seen at the child advocacy center.', 'child advocacy center'], ['Transferred to the PICU.', 'PICU'], ['Placed in a foster home.', 'foster home'],
  ['Moved to a group home.', 'group home'], ['Stayed at the emergency shelter.', 'emergency shelter'], ['Hearing in juvenile court.', 'juvenile court'],
  ['Family court ordered visits.', 'Family court'], ['Brought to the police station.', 'police station'], ['Picked up from daycare.', 'daycare'],
  ['The state crime lab will test the kit.', 'state crime lab'], ['Called the county hotline.', 'county hotline'], ['Visits at the visitation center.', 'visitation center'],
  // relations and roles without names
  ["Mother's boyfriend was the sole caregiver.", "Mother's boyfriend"], ['Paternal grandmother at the bedside.', 'Paternal grandmother'],
  ['The caseworker will attend.', 'caseworker'], ['The detective requested photos.', 'detective'], ['The forensic interviewer met the child alone.', 'forensic interviewer'],
  ['GAL appointed.', 'GAL'], ['CASA volunteer assigned.', 'CASA volunteer'], ['SANE on call paged.', 'SANE'], ['The ADA will review charges.', 'ADA'],
  ['Foster mother reports nightmares.', 'Foster mother'], ['Safety monitor reviewed the plan.', 'Safety monitor'], ['Alleged perpetrator to have no contact.', 'Alleged perpetrator'],
  ['Reporter requested anonymity.', 'Reporter'], ['Judge ordered a psychological evaluation.', 'Judge'],
  // ages, years, counts and durations
  ['4-month-old infant.', '4-month-old'], ['Mother is 19 years old.', '19'], ['3-year-old sibling.', '3-year-old'], ['Grandmother, 67, is the safety monitor.', '67'],
  ['Great-grandfather is 89.', '89'], ['Prior report in 2019.', '2019'], ['Within 72 hours of the assault.', '72 hours'], ['Exam within 120 hours.', '120 hours'],
  ['14 photographs taken.', '14 photographs'], ['3 siblings in the home.', '3 siblings'], ['Twins born at 34 weeks.', '34 weeks'], ['Second-grade student.', 'Second-grade'],
  ['Written report within 48 hours.', '48 hours'], ['Case open for 18 months.', '18 months'], ['School reported 23 absences.', '23 absences'],
  ['Water heater measured at 150 °F.', '150 °F'], ['Hearing in Courtroom 4B.', 'Courtroom 4B'],
  // standing schedules
  ['Visits every Tuesday and Thursday.', 'every Tuesday and Thursday'], ['CAC open Monday through Friday.', 'Monday through Friday'],
  // everyday words that are also names or towns
  ['Mother expressed hope that the children return home.', 'hope'], ['The family has a strong faith community.', 'faith'], ['Will follow up with the team.', 'Will'],
  ['Major depressive disorder in the mother.', 'Major'], ['Rocky course in the PICU.', 'Rocky'], ['Family lives near the river.', 'river'],
  ['See the legend on the body diagram.', 'legend'], ['Sage green sleeper collected as evidence.', 'Sage'], ['King-size bed shared with the infant.', 'King-size'],
  ['Normal exam otherwise.', 'Normal'], ['Independence in toileting.', 'Independence'], ['Reading level at second grade.', 'Reading'],
  ['Delayed union of the fracture.', 'union'], ['Kidney stone excluded.', 'stone'],
  ['Frost on the inside of the windows; home unheated.', 'Frost'], ['Bruise over the left temple.', 'temple'],
  ['Justice-involved father.', 'Justice-involved'], ['Child was in a storm shelter during the tornado.', 'storm'], ['Angel kisses (nevus simplex) on the eyelids.', 'Angel kisses'],
];

export const protectionKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedProtectionKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(protectionKeepCases(), find);

export function scoreProtectionWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => protectionWaveCases(seed)), find);
}
