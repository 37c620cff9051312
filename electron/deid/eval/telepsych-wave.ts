// A blind wave of telepsychiatry and tele-behavioral-health records: video visit notes (the header with the patient
// listed as 'SURNAME, Given', date of birth, MRN, the provider and the originating site clinic; the patient's location
// confirmed at the start with street, town, state and ZIP or only the town, an out-of-state location flagged, the
// emergency contact and the local address EMS would need, the telepresenter at the originating site, a patient in a
// parked car, at a library or a motel), consent for telehealth (written, verbal, audio-only when video fails),
// platform details (meeting IDs, passcodes, session UUIDs, meeting links and URLs of Zoom, Doxy.me and Teams rooms,
// portal visit links and short links texted to the patient), waiting-room logs (ISO timestamps, display names, device
// names with the owner's name, the provider who admitted), connection troubleshooting (public IPs, IPv6, MAC addresses,
// device serials and IMEIs, app install ids, cart asset tags and IT tickets), e-prescribing of controlled substances
// (the local pharmacy, Rx numbers, the prescriber's DEA, NPI, state license and state controlled-substance
// registration numbers, the prescriber's signature block), PDMP checks (request ids, other prescribers and pharmacies),
// long-acting injectables given at the originating site with the lot, crisis hand-offs (988 as the national line, a
// county's named mobile crisis team, a crisis stabilization unit, the town police non-emergency line and a welfare check
// with the vehicle's plate and the officer's badge, safety plans with people to call and where firearms are stored,
// transfers to a named ED), collateral calls with family, school counselors, teachers and employers, releases of
// information, court-ordered evaluations (court headers naming the county, case numbers, judges, magistrates, public
// defenders, probation officers, jail bookings, competency evaluations by video), phone, answering-service, voicemail
// and portal messages, appointment reminders by text and e-mail (also in Spanish), schedules, claims and insurance, in
// mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2025', '3/4/25', '4 March 2025',
// 'March 4, 2025', '2025-03-04', '04-MAR-2025', '2025-03-04T13:52:07', 'Tue 3/4', 'Tuesday', 'Mar 4', 'March 4th',
// '3/4', 'the 4th', 'March 2025', '3/2025', Spanish 'martes 4 de marzo', holidays such as 'Thanksgiving Day'); ages over
// 89, phones, faxes, e-mails, URLs and IP addresses are planted. Given names and surnames of patients, relatives and
// staff are often everyday words (Hope, Joy, Rocky, Will, Chase, Stone, Hill, Rivers, Banks, Price, Bishop, Judge,
// Sheriff, Counts); towns are often everyday words (Liberty, Union, Hope, Commerce, Comfort, Justice, Loyal, Sterling)
// and counties sometimes are (Liberty, Union, Grant, Lincoln, Pine, Lake). A list of look-alikes in the same style must
// not be touched. Written without reading the engine's rules or any gold data. `scoreTelepsychWave`.
// Decisions: every word of a person's name is planted as its own part (given name, surname; a hyphenated surname is
// one part), a middle initial, a title ('Dr.', 'Hon.', 'Judge' before a name, 'PO') and a credential ('MD', 'DO',
// 'PMHNP-BC', 'LCSW', 'LPN', 'RN') are not planted; a preferred name in quotes is planted; the initials of a signer or
// of the staff who took a message are planted; a display name in a waiting-room log is planted word by word, and the
// owner's name in a device name ("Rocky's iPhone") as the name alone; a relation or role without a name ('mother',
// 'the telepresenter', 'school counselor', 'probation officer', 'the judge') and an age of 89 or under are kept; a
// national platform, product or body named alone ('Zoom', 'Doxy.me', 'Microsoft Teams', 'Epic MyChart', 'PMP AWARxE',
// 'NarxCare', 'Surescripts', 'SAMHSA', 'DEA', 'CMS', 'the Ryan Haight Act', '988 Suicide & Crisis Lifeline', 'Crisis
// Text Line') is kept, a national pharmacy chain named alone ('Walgreens', 'CVS') is kept, while a practice, a clinic
// or originating site, a hospital, a crisis unit, a county's mobile crisis team, a police department, a county EMS, a
// detention center or jail, a public defender's office, a community corrections office, a local pharmacy, a school, an
// employer, a library, a motel and a nursing or assisted-living facility named locally are planted whole with their
// kind words ('Liberty Rural Health Clinic', 'Union County Mobile Crisis Team', 'Stone Family Pharmacy'); the county in
// a court header ('Polk County') is planted, the state after it is kept; a town is planted, a US state (written out or
// abbreviated), a time zone and a country are kept; a street address is planted from its number to its street type with
// its apartment or lot when written after it; a ZIP is planted; a weekday naming one day is planted (also abbreviated:
// 'Tue'), a standing schedule ('every other Thursday', 'Monday through Friday') is kept; a month with a year, a month
// and day, an ordinal day ('the 12th') and a holiday that fixes a day are planted; the date part of an ISO timestamp
// is planted, the time is kept, and so are durations, time zones and clock times next to dates; meeting IDs (with or
// without spaces), passcodes, session UUIDs, meeting links and every other URL, e-mail addresses, IPv4 and IPv6
// addresses, MAC addresses, device serials, IMEIs, app install ids, asset tags, IT and vendor tickets, MRNs, account,
// claim, member, group and Medicaid numbers, SSNs, Rx numbers, PDMP request ids, lot numbers, DEA, NPI, state license
// and controlled-substance registration numbers, court case and docket numbers, jail booking numbers, badge numbers,
// answering-service message numbers and vehicle plates are planted; a phone's leading '(' need not be covered, and an
// extension is planted as its digits; ages over 89 are planted as their number. Kept (look-alikes): scales and scores
// (PHQ-9, GAD-7, C-SSRS, Columbia, AIMS, MoCA, PCL-5, ASRS, Vanderbilt, Y-BOCS, CIWA-Ar, COWS, AUDIT-C, MDQ, EPDS,
// NarxCare scores), drugs and brands (sertraline, Adderall XR, Vyvanse, Suboxone, Invega Sustenna, Abilify Maintena,
// clozapine, lithium levels), platforms, products, devices and versions (Zoom, Doxy.me, Teams, MyChart, iPad, iOS 17.4,
// Chrome, Wi-Fi, LTE), connection figures (Mbps, latency, packet loss, 720p), national bodies, laws and programs
// (SAMHSA, DEA, CMS, HHS, the Ryan Haight Act, HIPAA, 42 CFR Part 2, PSYPACT, the Interstate Medical Licensure Compact,
// the Clozapine REMS, the Baker Act, Kendra's Law, Tarasoff), codes (CPT 90792, 90833, 99214, 90785, modifiers 95 and
// 93, POS 10 and 02, HCPCS Q3014 and G2211, ICD F33.1, F41.1, F90.2, F11.20, Z91.51, DSM-5-TR, Schedule II), the
// national numbers 988, 911 and 741741, generic places (home, car, office, bedroom, the school nurse's office, the
// jail, the ED, the waiting room), relations and roles without names, ages of 89 and under, years alone, counts,
// durations, times and time zones, US states, and everyday words that are also names or towns (hope, will, joy, grace,
// liberty, union, judge, counts, stone-faced).
// Measured before rules: 0.926 recall on seeds 5, 11, 23 (5716/6174), 0.927 on fresh seeds 41, 42, 43 (5724/6173); 11/162
// look-alikes touched ("Invega Sustenna", "Abilify Maintena", "Bamboo Health", "Ryan Haight Act", "Interstate Medical
// Licensure Compact", "NAMI", "the jail", "rural health clinic", "the feedlot", "every other Thursday", "Appalachia")
// (engine at d9575c5).
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as india } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, us, mx, mx, india, ie];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Mercy', 'Charity', 'Dawn', 'Summer', 'Autumn', 'Crystal', 'Destiny', 'Harmony', 'Trinity', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Star', 'Lucky', 'Ginger', 'Honey', 'Major', 'Penny', 'Sky', 'River', 'Storm', 'Jordan', 'Georgia', 'Dakota', 'Cody', 'Gay', 'Guy', 'Art', 'Rusty', 'Cash', 'Royal', 'Sterling', 'Justice'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Street', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Friend', 'Noble', 'Sweet', 'Judge', 'Sheriff', 'Counts', 'Hurt', 'Cross', 'Law', 'Hope', 'Small', 'Little', 'Moody', 'Doctor', 'Nurse', 'Worry', 'Sadler'];

/** Towns that are everyday words, and rural towns telepsychiatry serves. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Friendship', 'Harmony', 'Welcome', 'Paradise', 'Eden', 'Normal', 'Unity', 'Sterling', 'Hazard', 'Marshall', 'Eagle', 'Golden', 'Comfort', 'Justice', 'Loyal', 'Plenty', 'Protection', 'Truth or Consequences', 'Last Chance', 'Pleasant Hill', 'Broken Bow', 'Rising Star', 'Security', 'Energy'];
const REAL_TOWNS = ['Ada', 'Enid', 'Guymon', 'Hugo', 'Idabel', 'Tahlequah', 'Kearney', 'Scottsbluff', 'Hays', 'Garden City', 'Dodge City', 'Pierre', 'Rugby', 'Williston', 'Minot', 'Elko', 'Ely', 'Cody', 'Rock Springs', 'Bemidji', 'Hibbing', 'Marquette', 'Houghton', 'Presque Isle', 'Caribou', 'Ketchikan', 'Bethel', 'Nome', 'Gallup', 'Chinle', 'Taos', 'Alamosa', 'Moab', 'Burns', 'Pikeville', 'Hazelton', 'Beckley', 'Harlan', 'Paintsville', 'Clarksdale', 'Helena', 'Hobbs', 'Durango', 'Rolla', 'Kirksville', 'Mountain Home', 'Harrison'];
const STATES = ['OK', 'TX', 'KS', 'NE', 'MO', 'AR', 'NM', 'WY', 'MT', 'ND', 'SD', 'MN', 'WI', 'MI', 'ME', 'AK', 'KY', 'WV', 'MS', 'ID', 'Oklahoma', 'Kansas', 'Nebraska', 'Kentucky', 'Montana'];
const STATE_NAMES = ['Oklahoma', 'Kansas', 'Nebraska', 'Kentucky', 'Montana', 'Missouri', 'Arkansas', 'Wyoming', 'New Mexico', 'West Virginia', 'Minnesota', 'Michigan'];
const COUNTY_WORDS = ['Liberty', 'Union', 'Grant', 'Lincoln', 'Pine', 'Lake', 'Clay', 'Polk', 'Marion', 'Cherokee', 'Choctaw', 'Pottawatomie', 'Custer', 'Pushmataha', 'McCurtain', 'Carter', 'Logan', 'Boone', 'Harlan', 'Pike', 'Floyd', 'Scotts Bluff', 'Buffalo', 'Ellis', 'Ford', 'Beltrami', 'Itasca', 'Aroostook', 'Marquette', 'McKinley', 'San Juan', 'Taos', 'Grand'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Oak', 'Pine', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Prairie', 'Ridge', 'Cottonwood', 'Railroad', 'Cherry', 'Walnut'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Hwy', 'Pl'];
const PRACTICE_WORDS = ['Blue Sky', 'Clear Path', 'Bright Harbor', 'Open Door', 'Summit', 'Northstar', 'Lighthouse', 'Cornerstone', 'Prairie Sky', 'Mesa Ridge', 'Pine Hollow', 'Riverbend', 'Evergreen', 'Keystone', 'True North', 'Meadowlark', 'Red River', 'High Plains', 'Sandhills', 'Cimarron', 'Big Sky', 'Headwaters'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Luke', 'Vincent', 'Elizabeth', 'Michael', 'Anthony', 'Jude'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'Memorial Hospital', 'Community Hospital', 'Regional Hospital', 'Behavioral Health Hospital'];
const FACILITY_WORDS = ['Golden Oaks', 'Sunset', 'Heritage', 'Prairie View', 'Willow Creek', 'Pleasant Valley', 'Cedar Crest', 'Autumn Leaves', 'Shady Rest', 'Harvest'];
const PLANS = ['SoonerCare', 'KanCare', 'Nebraska Total Care', 'Blue Cross Blue Shield', 'Aetna Better Health', 'UnitedHealthcare Community Plan', 'Tricare', 'Medicare'];
const STIMULANTS = ['Adderall XR 20 mg', 'Vyvanse 40 mg', 'methylphenidate ER 36 mg', 'dextroamphetamine 10 mg', 'Focalin XR 15 mg'];
const BENZOS = ['clonazepam 0.5 mg', 'lorazepam 1 mg', 'alprazolam 0.5 mg', 'diazepam 5 mg'];
const RELATIONS = ['mother', 'father', 'sister', 'brother', 'aunt', 'uncle', 'grandmother', 'grandfather', 'partner', 'spouse', 'roommate', 'friend', 'adult daughter', 'adult son', 'neighbor'];
const PLACES = ['home', 'work', 'the break room at work', "a friend's house", "the school nurse's office", 'a rest area', 'the farm'];
const DEVICES = ['iPhone 13', 'iPhone 15', 'iPad (9th gen)', 'Samsung Galaxy A14', 'Moto G Play', 'Chromebook', 'Windows laptop', 'Kindle Fire'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Tues', 'Thurs'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ES_WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Labor Day', 'Memorial Day', 'Halloween', "Valentine's Day", 'Easter Sunday', "Mother's Day"];
const NICKNAMES = ['Bubba', 'Sissy', 'Peanut', 'Boo', 'Tink', 'Junior', 'Sonny', 'Bear', 'Scout', 'Tater', 'Birdie', 'Pickle'];
const ZONES = ['CT', 'CST', 'Central', 'MT', 'ET', 'AKST', 'Mountain'];

/** A person: given name and surname, each planted. */
interface Person {
  readonly given: string;
  readonly sur: string;
}
const full = (p: Person): string => `${p.given} ${p.sur}`;
const listed = (p: Person): string => `${p.sur}, ${p.given}`;
const parts = (p: Person): string[] => [p.given, p.sur];
const alnum = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const hex = '0123456789ABCDEF';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  person(): Person {
    return { given: this.given(), sur: this.sur() };
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  place(): string {
    return this.pick(PLACES);
  }
  device(): string {
    return this.pick(DEVICES);
  }
  zone(): string {
    return this.pick(ZONES);
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
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  /** A town other than `t`. */
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Enid' ? 'Ada' : 'Enid';
  }
  state(): string {
    return this.pick(STATES);
  }
  stateName(): string {
    return this.pick(STATE_NAMES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  /** The telepsychiatry practice (the distant site). */
  practice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(PRACTICE_WORDS)} Telepsychiatry`;
    if (k === 1) return `${this.pick(PRACTICE_WORDS)} Virtual Behavioral Health, PLLC`;
    if (k === 2) return `${this.town()} Tele-Behavioral Health`;
    if (k === 3) return `${this.sur()} Psychiatric Associates`;
    return `${this.pick(PRACTICE_WORDS)} Behavioral Health Partners`;
  }
  /** An originating-site clinic. */
  clinic(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Rural Health Clinic`;
    if (k === 1) return `${this.town()} Community Mental Health Center`;
    if (k === 2) return `${this.pick(PRACTICE_WORDS)} Counseling Center`;
    if (k === 3) return `${this.town()} Family Medicine`;
    if (k === 4) return `${this.county()} County Health Department`;
    return `${this.pick(PRACTICE_WORDS)} Community Health Center`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A nursing or assisted-living facility. */
  facility(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(FACILITY_WORDS)} Manor`;
    if (k === 1) return `${this.town()} Care Center`;
    return `${this.pick(FACILITY_WORDS)} Assisted Living`;
  }
  pharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.sur()} Family Pharmacy`;
    if (k === 1) return `${this.town()} Drug`;
    if (k === 2) return `${this.pick(STREET_WORDS)} Street Pharmacy`;
    return `${this.town()} Apothecary`;
  }
  /** A county's named mobile crisis team. */
  crisisTeam(): string {
    const c = this.county();
    const k = this.int(0, 3);
    if (k === 0) return `${c} County Mobile Crisis Team`;
    if (k === 1) return `Mobile Crisis Response Team of ${c} County`;
    if (k === 2) return `${c} County Crisis Services`;
    return `${c} County MCRT`;
  }
  crisisUnit(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Crisis Stabilization Unit`;
    if (k === 1) return `${this.pick(PRACTICE_WORDS)} Crisis Center`;
    return `${this.county()} County Urgent Recovery Center`;
  }
  school(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(STREET_WORDS)} Elementary School`;
    if (k === 1) return `${this.town()} Middle School`;
    if (k === 2) return `${this.town()} High School`;
    return `${this.town()} Public Schools`;
  }
  employer(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.sur()} Trucking`;
    if (k === 1) return `${this.town()} Feed & Supply`;
    if (k === 2) return `${this.town()} Casino`;
    if (k === 3) return `${this.sur()} Oilfield Services`;
    return `${this.county()} County Road Department`;
  }
  street(): string {
    const x = this.r();
    if (x < 0.12) return `${this.int(10000, 39999)} ${this.pick(['County Road', 'CR', 'Hwy', 'State Highway'])} ${this.int(3, 480)}`;
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its apartment or lot. */
  streetApt(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B'])}`;
    if (a === 1) return `${st} Lot ${this.int(1, 60)}`;
    if (a === 2) return `${st}, Unit ${this.int(1, 24)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  clock(): string {
    return `${this.int(1, 12)}:${pad2(this.pick([0, 15, 30, 45]))} ${this.pick(['AM', 'PM', 'a.m.', 'p.m.', 'pm'])}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${MONTHS[m - 1]!} ${ordinal(d)}, ${y}` : `${m}/${d}/${y}`);
  }
  isoDate(): string {
    const [m, d] = this.md();
    return `${this.year()}-${pad2(m)}-${pad2(d)}`;
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 3);
    if (k === 0) return `${MON[m - 1]!} ${d}`;
    if (k === 1) return `${MONTHS[m - 1]!} ${d}`;
    if (k === 2) return `${MONTHS[m - 1]!} ${ordinal(d)}`;
    return `${MON[m - 1]!}. ${d}`;
  }
  monthYear(): string {
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  weekdayShort(): string {
    return this.pick(WEEKDAYS_SHORT);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  ord(): string {
    return ordinal(this.int(1, 28));
  }
  spanishDate(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.6 ? `${this.pick(ES_WEEKDAYS)} ` : ''}${d} de ${ES_MONTHS[m - 1]!}`;
  }
  dob(lo = 1950, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
    return [f, f];
  }
  /** n characters of `alphabet`. */
  chars(alphabet: string, n: number): string {
    return this.lettersOf(alphabet, n);
  }
  slug(): string {
    return asciiLetters(this.r() < 0.5 ? this.town() : this.pick(PRACTICE_WORDS)) || 'prairie';
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${this.slug()}bh.org`, 'gmail.com', 'yahoo.com', 'hotmail.com', `${this.slug()}telepsych.com`, 'outlook.com', `${this.slug()}.k12.ok.us`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(70, 99)}`]);
    return `${local}@${dom}`;
  }
  /** A Zoom meeting ID, spaced or not. */
  meetingId(): string {
    const n = this.digitString(this.r() < 0.7 ? 11 : 10);
    return this.r() < 0.5 ? n : n.length === 11 ? `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}` : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
  passcode(): string {
    return this.r() < 0.5 ? this.digitString(6) : this.chars(alnum, this.int(6, 8));
  }
  /** A session id as platforms log it. */
  sessionId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.chars(alnum + '+/', 22)}==`;
    if (k === 1) return this.uuid();
    return `sess_${this.chars(alnum, 16)}`;
  }
  uuid(): string {
    const h = (n: number) => this.chars(hex, n);
    return `${h(8)}-${h(4)}-4${h(3)}-${this.pick(['8', '9', 'A', 'B'])}${h(3)}-${h(12)}`;
  }
  /** A meeting link on one of the platforms, or the practice's own. */
  meetingUrl(sur = this.sur()): string {
    const k = this.int(0, 6);
    if (k === 0) return `https://zoom.us/j/${this.digitString(11)}?pwd=${this.chars(alnum, 32)}`;
    if (k === 1) return `https://${this.slug()}.zoom.us/j/${this.digitString(10)}`;
    if (k === 2) return `https://doxy.me/dr${asciiLetters(sur) || 'stone'}`;
    if (k === 3) return `https://doxy.me/${this.slug()}${this.pick(['bh', 'psych', 'clinic'])}`;
    if (k === 4) return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${this.chars(alnum, 40)}%40thread.v2/0`;
    if (k === 5) return `https://mychart.${this.slug()}health.org/MyChart/Visits/VideoVisit?csn=${this.digitString(10)}`;
    return `https://${this.slug()}telehealth.com/join/${this.chars(alnum, 8)}`;
  }
  shortUrl(): string {
    return this.pick([`https://bit.ly/${this.chars(alnum, 7)}`, `https://tinyurl.com/${this.chars(alnum, 8).toLowerCase()}`, `${this.slug()}.link/v/${this.chars(alnum, 6)}`]);
  }
  /** A public IPv4 address, or a private one behind the clinic's or the home's router. */
  ip(): string {
    const o = () => this.int(0, 255);
    const k = this.int(0, 4);
    if (k === 0) return `10.${o()}.${o()}.${this.int(1, 254)}`;
    if (k === 1) return `192.168.${this.int(0, 20)}.${this.int(2, 254)}`;
    return `${this.int(24, 216)}.${o()}.${o()}.${this.int(1, 254)}`;
  }
  ipv6(): string {
    const g = () => this.chars('0123456789abcdef', this.int(1, 4)).replace(/^0+(?=.)/, '');
    return this.r() < 0.5 ? `2600:1700:${g()}:${g()}::${g()}` : `2601:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
  }
  mac(): string {
    const sep = this.pick([':', '-']);
    return Array.from({ length: 6 }, () => this.chars(hex, 2)).join(sep);
  }
  serial(): string {
    return this.r() < 0.6 ? `${this.pick(['F', 'D', 'G', 'C'])}${this.chars('0123456789ABCDEFGHJKLMNPQRTVWXY', 11)}` : `R${this.int(3, 9)}${this.letters(2)}${this.digitString(7)}`;
  }
  imei(): string {
    const n = `35${this.digitString(13)}`;
    return this.r() < 0.5 ? n : `${n.slice(0, 2)} ${n.slice(2, 8)} ${n.slice(8, 14)} ${n.slice(14)}`;
  }
  asset(): string {
    const k = this.int(0, 2);
    if (k === 0) return `TH-${this.digitString(5)}`;
    if (k === 1) return `CART-${this.digitString(4)}`;
    return `${this.letters(3)}${this.digitString(6)}`;
  }
  ticket(): string {
    return this.pick([`INC${this.digitString(7)}`, `RITM${this.digitString(7)}`, this.digitString(6)]);
  }
  /** A DEA registration: two letters and seven digits, the last a check digit. */
  dea(sur: string): string {
    const first = this.pick(['A', 'B', 'F', 'G', 'M']);
    const second = asciiLetters(sur).charAt(0).toUpperCase() || 'X';
    const ds = Array.from({ length: 6 }, () => this.int(0, 9));
    const check = (ds[0]! + ds[2]! + ds[4]! + 2 * (ds[1]! + ds[3]! + ds[5]!)) % 10;
    return `${first}${second}${ds.join('')}${check}`;
  }
  /** A ten-digit NPI with its Luhn check digit (over the prefix 80840). */
  npi(): string {
    const body = `1${this.digitString(8)}`;
    const digits = `80840${body}`.split('').map(Number);
    let sum = 0;
    for (let k = 0; k < digits.length; k++) {
      const fromRight = digits.length - k;
      let v = digits[k]!;
      if (fromRight % 2 === 1) {
        v *= 2;
        if (v > 9) v -= 9;
      }
      sum += v;
    }
    return `${body}${(10 - (sum % 10)) % 10}`;
  }
  license(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(5);
    if (k === 1) return `MD${this.digitString(5)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(4)}`;
    return `${pad2(this.int(10, 99))}-${this.digitString(5)}`;
  }
  csr(): string {
    return this.r() < 0.5 ? this.digitString(6) : `CSR${this.digitString(6)}`;
  }
  rx(): string {
    return this.r() < 0.5 ? this.digitString(7) : `${this.digitString(1)}-${this.digitString(6)}`;
  }
  pdmpId(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 9)) : `${this.letters(2)}${this.digitString(7)}`;
  }
  lot(): string {
    return this.pick([`${this.letters(3)}${this.digitString(1)}${this.letters(1)}${this.digitString(2)}`, `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`, `L${this.digitString(6)}`]);
  }
  caseNo(): string {
    const y = this.year();
    const k = this.int(0, 3);
    if (k === 0) return `CF-${y}-${this.digitString(4)}`;
    if (k === 1) return `JV-${pad2(y % 100)}-${this.digitString(4)}`;
    if (k === 2) return `${y}-MH-${String(this.int(1, 9999)).padStart(6, '0')}`;
    return `MH-${this.digitString(5)}`;
  }
  booking(): string {
    return this.r() < 0.5 ? `${this.year()}-${String(this.int(1, 99999)).padStart(6, '0')}` : this.digitString(8);
  }
  badge(): string {
    return this.digitString(this.int(3, 4));
  }
  member(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return this.digitString(9);
    return `${this.letters(1)}${this.digitString(8)}`;
  }
  group(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.letters(2)}${this.digitString(5)}`;
  }
  claim(): string {
    return this.digitString(this.int(12, 14));
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(8) : `A${this.digitString(7)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(3)}${this.letters(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(3)}`;
    return `${this.digitString(1)}${this.letters(2)}${this.digitString(4)}`;
  }
  msgId(): string {
    return this.digitString(this.int(5, 7));
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // video visit notes
  ['telepsychiatry progress note header', (d) => {
    const p = d.person(); const dob = d.dob(); const mrn = d.mrn(); const dos = d.date(); const [prov, pp] = d.staff(); const c = d.clinic();
    return [`TELEPSYCHIATRY PROGRESS NOTE\nPatient: ${listed(p)}   DOB: ${dob}   MRN: ${mrn}\nDate of service: ${dos}   Modality: synchronous audio-video\nProvider: ${prov}, MD (distant site: home office)\nOriginating site: ${c}`, [...parts(p), dob, mrn, dos, ...pp, c]];
  }],
  ['location confirmed with full address', (d) => {
    const st = d.streetApt(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone();
    return [`At the start of the visit the patient confirmed her physical location as home, ${st}, ${t}, ${d.state()} ${z}, and a callback number of ${ph} in case the video drops.`, [st, t, z, p]];
  }],
  ['location as town only', (d) => {
    const t = d.town();
    return [`Pt states he is in his parked car outside work in ${t}, ${d.state()}; agreed to stay parked for the whole visit. Location verified verbally.`, [t]];
  }],
  ['out-of-state location flagged', (d) => {
    const t = d.town(); const w = d.weekday(); const md = d.slashMd(); const t2 = d.otherTown(t);
    return [`Pt is visiting her ${d.relation()} in ${t}, Colorado this week; provider is not licensed in CO, so the visit was limited to a safety check and rescheduled for ${w} ${md}, when she is back in ${t2}.`, [t, w, md, t2]];
  }],
  ['emergency contact and local address for EMS', (d) => {
    const c = d.person(); const [ph, p] = d.phone(); const st = d.streetApt(); const t = d.town();
    return [`Emergency contact for this visit: ${full(c)} (${d.relation()}), ${ph}. Local address if EMS is needed: ${st}, ${t}.`, [...parts(c), p, st, t]];
  }],
  ['originating site and telepresenter', (d) => {
    const c = d.clinic(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Originating site: ${c}, ${t}, ${d.state()}. Telepresenter ${g} ${s}, LPN, obtained vitals (BP 128/82, HR 76) and stayed in the room at the patient's request.`, [c, t, g, s]];
  }],
  ['patient at library or motel', (d) => {
    const t = d.town(); const lib = d.r() < 0.5;
    const where = lib ? `${t} Public Library` : `${d.pick(['Prairie', 'Sunset', 'Red Rock', 'Starlite', 'Buffalo', 'Western'])} Motel`; const t2 = d.otherTown(t);
    return [`No private space at home; pt joined from ${lib ? 'a study room at the' : 'her room at the'} ${where}, ${lib ? 'two blocks from her apartment' : `outside ${t2}`}. Headphones used; confirmed no one else in the room.`, lib ? [where] : [where, t2]];
  }],
  ['provider distant site attestation', (d) => {
    const t = d.town(); const pr = d.practice(); const [prov, pp] = d.staff();
    return [`Distant site: provider ${prov}, DO, located at ${pr} offices in ${t}, ${d.stateName()}; the patient was located in the originating state for the entire encounter.`, [...pp, pr, t]];
  }],
  // consent for telehealth
  ['telehealth consent form', (d) => {
    const p = d.person(); const dt = d.date(); const w = d.person(); const ini = d.initials();
    return [`CONSENT FOR TELEHEALTH SERVICES\nI understand that my behavioral health care will be delivered by real-time video and that I may decline at any time.\nPatient/guardian: ${full(p)}   Date: ${dt}\nVerbal consent witnessed by: ${full(w)}   Entered by: ${ini}`, [...parts(p), dt, ...parts(w), ini]];
  }],
  ['audio-only consent when video failed', (d) => {
    const dt = d.date(); const ini = d.initials();
    return [`Video failed on both ends; verbal consent for an audio-only visit obtained ${dt} at ${d.clock()} ${d.zone()}. Pt located at ${d.place()}. Modifier 93 applied. Documented by ${ini}.`, [dt, ini]];
  }],
  ['minor consent with guardian', (d) => {
    const c = d.given(); const g = d.person(); const dt = d.slashMd(); const [ph, p] = d.phone();
    return [`${c}, age ${d.int(9, 16)}, seen with guardian ${full(g)} (${d.pick(['mother', 'father', 'grandmother', 'foster parent'])}), who signed the telehealth consent ${dt}; guardian reachable at ${ph} during visits.`, [c, ...parts(g), dt, p]];
  }],
  // platform session details
  ['platform meeting id and session', (d) => {
    const id = d.meetingId(); const ses = d.sessionId();
    return [`Platform: Zoom for Healthcare. Meeting ID ${id}; session ${ses}. Provider joined ${d.time()}, patient joined ${d.time()}. No recording.`, [id, ses]];
  }],
  ['meeting link texted to patient', (d) => {
    const [ph, p] = d.phone(); const url = d.meetingUrl();
    return [`Link re-sent by text to ${ph}: ${url} (pt could not find the original e-mail).`, [p, url]];
  }],
  ['provider room url', (d) => {
    const s = d.sur(); const url = d.meetingUrl(s);
    return [`Provider: Dr. ${s}. Patient checks in at ${url} and waits in the virtual waiting room; front desk will not admit early.`, [s, url]];
  }],
  ['teams invitation with passcode', (d) => {
    const url = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${d.chars(alnum, 40)}%40thread.v2/0`; const n = d.digitString(12); const id = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}`; const pc = d.passcode();
    return [`Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n${url}\nMeeting ID: ${id}\nPasscode: ${pc}`, [url, id, pc]];
  }],
  ['waiting room log', (d) => {
    const dt = d.isoDate(); const p = d.person(); const s = d.sur(); const dev = d.device();
    return [`WAITING ROOM LOG ${dt}\n13:52:07  joined waiting room: "${full(p)}" (${dev})\n13:58:40  admitted by Dr. ${s}\n14:31:12  participant left`, [dt, ...parts(p), s]];
  }],
  ['waiting room device name and iso timestamp', (d) => {
    const g = d.given(); const dt = d.isoDate(); const t = d.time();
    return [`[${dt}T${t}:${pad2(d.int(0, 59))}-06:00] guest "${g}'s ${d.pick(['iPhone', 'iPad', 'Galaxy', 'Chromebook'])}" entered the lobby; renamed to patient initials by staff.`, [dt, g]];
  }],
  ['no-show with outreach letter', (d) => {
    const [ph, p] = d.phone(); const dt = d.mdy(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Pt did not enter the waiting room by ${d.clock()}; called ${ph} x2, left VM. Marked no-show ${dt}. Outreach letter mailed to ${st}, ${t} ${z}.`, [p, dt, st, t, z]];
  }],
  // connection troubleshooting
  ['connection troubleshooting ip', (d) => {
    const ip = d.ip(); const ip2 = d.ip();
    return [`Video froze repeatedly. Pt public IP ${ip}, jitter 80 ms, packet loss 6%; our edge ${ip2}. Switched pt from Wi-Fi to LTE and lowered to 720p.`, [ip, ip2]];
  }],
  ['device serial and mac in it ticket', (d) => {
    const t = d.ticket(); const sn = d.serial(); const mac = d.mac();
    return [`IT ticket ${t}: pt's ${d.device()} (serial ${sn}, MAC ${mac}) could not grant camera permission in the browser; walked through Settings > Privacy.`, [t, sn, mac]];
  }],
  ['app install id and ipv6', (d) => {
    const u = d.uuid(); const ip = d.ipv6(); const dt = d.date();
    return [`Portal app install ID ${u}, last check-in from ${ip} on ${dt}; push notifications were off, so the visit reminder never arrived.`, [u, ip, dt]];
  }],
  ['originating site cart asset and codec ip', (d) => {
    const a = d.asset(); const c = d.clinic(); const ip = d.ip(); const g = d.given();
    return [`Telehealth cart ${a} at ${c} would not connect; codec IP ${ip} unreachable. ${g} from IT power-cycled the cart and the visit started 12 min late.`, [a, c, ip, g]];
  }],
  ['loaner tablet imei', (d) => {
    const im = d.imei(); const p = d.person(); const dt = d.monDay();
    return [`Loaner tablet (IMEI ${im}) issued to ${full(p)} on ${dt} for video visits; return when the home internet is installed.`, [im, ...parts(p), dt]];
  }],
  // e-prescribing of controlled substances
  ['EPCS controlled substance', (d) => {
    const ph = d.pharmacy(); const [fx, fp] = d.phone(); const g = d.given(); const s = d.sur(); const dea = d.dea(s); const lic = d.license();
    return [`EPCS: ${d.pick(STIMULANTS)} #30, 0 refills, sent to ${ph} (fax ${fx}). Prescriber: Dr. ${g} ${s}, DEA ${dea}, ${d.pick(STATES)} license ${lic}. Two-factor authentication completed.`, [ph, fp, g, s, dea, lic]];
  }],
  ['prescriber signature block', (d) => {
    const g = d.given(); const s = d.sur(); const dea = d.dea(s); const npi = d.npi(); const lic = d.license(); const pr = d.practice(); const [ph, p] = d.phone(); const [fx, fp] = d.phone();
    return [`Electronically signed: ${g} ${d.mi()} ${s}, MD\nBoard Certified in Psychiatry\nDEA ${dea} | NPI ${npi} | Lic. ${lic}\n${pr}\nPh ${ph} | Fax ${fx}`, [g, s, dea, npi, lic, pr, p, fp]];
  }],
  ['state controlled substance registration', (d) => {
    const s = d.sur(); const csr = d.csr(); const dea = d.dea(s); const my = d.monthYear();
    return [`Dr. ${s}'s state CDS registration ${csr} and DEA ${dea} were renewed ${my}; both cover the state where the patient is located.`, [s, csr, dea, my]];
  }],
  ['PDMP check', (d) => {
    const dt = d.date(); const id = d.pdmpId(); const ini = d.initials();
    return [`PDMP queried via PMP AWARxE ${dt} ${d.time()}; request ID ${id}. 2 prescribers, 1 pharmacy in 12 months; NarxCare narcotic 210, sedative 340. Reviewed by ${ini}.`, [dt, id, ini]];
  }],
  ['PDMP shows other prescriber', (d) => {
    const md = d.slashMd(); const ph = d.pharmacy(); const s = d.sur(); const c = d.clinic();
    return [`PDMP shows ${d.pick(BENZOS)} #60 filled ${md} at ${ph}, prescribed by Dr. ${s} of ${c}; not disclosed by pt. Discussed, will coordinate.`, [md, ph, s, c]];
  }],
  ['buprenorphine via telehealth and rx number', (d) => {
    const rx = d.rx(); const dt = d.date(); const c = d.clinic(); const w = d.weekday();
    return [`Buprenorphine-naloxone 8-2 mg SL started via telehealth under the DEA telemedicine flexibilities; Rx #${rx} sent ${dt}. UDS at ${c} lab on ${w}.`, [rx, dt, c, w]];
  }],
  ['in-person evaluation under the Ryan Haight Act', (d) => {
    const my = d.monthYear(); const c = d.clinic(); const s = d.sur();
    return [`Per the Ryan Haight Act, an in-person evaluation was completed ${my} at ${c} with Dr. ${s}; controlled prescribing by telemedicine may continue.`, [my, c, s]];
  }],
  ['long-acting injectable at originating site', (d) => {
    const c = d.clinic(); const g = d.given(); const s = d.sur(); const lot = d.lot(); const md = d.monDay();
    return [`Invega Sustenna 156 mg IM given at ${c} by ${g} ${s}, RN, left deltoid, lot ${lot}, while the psychiatrist observed by video. Next injection due ${md}.`, [c, g, s, lot, md]];
  }],
  ['pharmacist call about early refill', (d) => {
    const g = d.given(); const ph = d.pharmacy(); const [tel, p] = d.phone(); const md = d.monDay();
    return [`Pharmacist ${g} at ${ph} called (${tel}) about an early refill of ${d.pick(BENZOS)}; last fill ${md}. Declined; pt notified via portal.`, [g, ph, p, md]];
  }],
  ['clozapine anc at local lab', (d) => {
    const dt = d.date(); const h = d.hospital(); const s = d.sur();
    return [`ANC 2,100/µL on ${dt} at ${h} lab (Clozapine REMS reported). Results called to Dr. ${s}; continue clozapine 300 mg qHS.`, [dt, h, s]];
  }],
  // crisis hand-offs
  ['hand-off to county mobile crisis team', (d) => {
    const team = d.crisisTeam(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur(); const st = d.streetApt(); const t = d.town();
    return [`Pt endorsed a plan. Warm hand-off to ${team} at ${ph}; clinician ${g} ${s} dispatched to ${st}, ${t}. Pt stayed on video until arrival; 988 given as backup.`, [team, p, g, s, st, t]];
  }],
  ['welfare check with plate and badge', (d) => {
    const t = d.town(); const [ph, p] = d.phone(); const st = d.streetApt(); const pl = d.plate(); const s = d.sur(); const b = d.badge();
    return [`Video dropped mid-disclosure. Called ${t} Police Department non-emergency ${ph}; welfare check requested at ${st}. Vehicle: silver sedan, plate ${pl}. Officer ${s}, badge ${b}, confirmed pt safe at ${d.time()}.`, [`${t} Police Department`, p, st, pl, s, b]];
  }],
  ['transfer to crisis stabilization unit', (d) => {
    const u = d.crisisUnit(); const g = d.given(); const dt = d.date();
    return [`Pt agreed to voluntary admission to ${u} for 23-hour observation; report given to ${g}, RN, ${dt} ${d.time()}.`, [u, g, dt]];
  }],
  ['safety plan contacts', (d) => {
    const g1 = d.given(); const [p1, q1] = d.phone(); const c2 = d.person(); const s = d.sur(); const pr = d.practice(); const [p2, q2] = d.phone(); const team = d.crisisTeam(); const [p3, q3] = d.phone();
    return [`SAFETY PLAN (Stanley-Brown)\nPeople I can call: ${g1} (${d.relation()}) ${p1}; ${full(c2)}\nProfessionals: Dr. ${s}, ${pr} ${p2}\nCrisis: 988, or ${team} ${p3}`, [g1, q1, ...parts(c2), s, pr, q2, team, q3]];
  }],
  ['lethal means counseling', (d) => {
    const p = d.person(); const t = d.town(); const dt = d.date();
    return [`Firearms: 2 rifles and a handgun moved to ${full(p)}'s (${d.relation()}) home in ${t} on ${dt}; pt and family confirmed by phone.`, [...parts(p), t, dt]];
  }],
  ['transport to ED after C-SSRS', (d) => {
    const ems = `${d.county()} County EMS`; const h = d.hospital(); const s = d.sur(); const [ph, p] = d.phone();
    return [`C-SSRS: active ideation with intent, recent rehearsal. Transport by ${ems} to ${h} ED; report called to Dr. ${s} at ${ph}.`, [ems, h, s, p]];
  }],
  ['crisis line follow-up call', (d) => {
    const g = d.given(); const team = d.crisisTeam(); const w = d.weekday(); const ref = d.msgId();
    return [`988 counselor transferred ${g} to ${team} after hours (ref ${ref}); our clinic to follow up ${w} morning.`, [g, team, ref, w]];
  }],
  // collateral calls
  ['collateral call with parent', (d) => {
    const dt = d.date(); const m = d.person(); const [ph, p] = d.phone();
    return [`Collateral call ${dt} with ${d.pick(['mother', 'father', 'stepmother', 'grandmother'])} ${full(m)} (${ph}), with the pt's written permission; she reports he has not slept more than 4 hours a night.`, [dt, ...parts(m), p]];
  }],
  ['collateral with school counselor', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const x = d.ext(); const w = d.weekday(); const md = d.monDay();
    return [`Spoke with school counselor ${g} ${s} at ${sc} (ext. ${x}); 504 plan meeting set for ${w}, ${md}. Teacher Vanderbilt forms requested.`, [g, s, sc, x, w, md]];
  }],
  ['collateral with employer hr', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.employer(); const dt = d.date(); const [fx, p] = d.phone();
    return [`With ROI on file, spoke to HR manager ${g} ${s} at ${e} about return to work on ${dt}; FMLA paperwork faxed to ${fx}.`, [g, s, e, dt, p]];
  }],
  ['teacher e-mail collateral', (d) => {
    const em = d.email(d.given(), d.sur()); const sc = d.school(); const md = d.slashMd();
    return [`Received the teacher rating scale from the ${d.pick(['3rd-grade', 'homeroom', 'math', 'special education'])} teacher (${em}), ${sc}, on ${md}: inattention 8/9, hyperactivity 5/9.`, [em, sc, md]];
  }],
  ['release of information form', (d) => {
    const p = d.person(); const dob = d.dob(); const r = d.person(); const org = d.r() < 0.5 ? d.school() : d.employer(); const st = d.street(); const t = d.town(); const z = d.zip(); const [fx, fp] = d.phone(); const ex = d.date();
    return [`AUTHORIZATION TO RELEASE INFORMATION\nPatient: ${listed(p)}   DOB: ${dob}\nRelease to: ${full(r)}, ${org}, ${st}, ${t}, ${d.state()} ${z}\nFax: ${fx}\nThis authorization expires: ${ex}`, [...parts(p), dob, ...parts(r), org, st, t, z, fp, ex]];
  }],
  // court-ordered evaluations
  ['court order header', (d) => {
    const c = `${d.county()} County`; const p = d.person(); const cn = d.caseNo(); const j = d.person();
    return [`IN THE DISTRICT COURT OF ${c.toUpperCase()}, STATE OF ${d.stateName().toUpperCase()}\nIn the Matter of ${full(p)}\nCase No. ${cn}\nORDER FOR PSYCHIATRIC EVALUATION\nHon. ${full(j)}, District Judge`, [c.toUpperCase(), ...parts(p), cn, ...parts(j)]];
  }],
  ['evaluation letter to the court', (d) => {
    const s = d.sur(); const cn = d.caseNo(); const j = d.sur(); const dt = d.date(); const jail = `${d.county()} County Detention Center`;
    return [`Re: State v. ${s}, Case No. ${cn}\nDear Judge ${j}:\nPursuant to the court's order dated ${dt}, I evaluated the defendant by secure video from the ${jail}.`, [s, cn, j, dt, jail]];
  }],
  ['competency evaluation from jail', (d) => {
    const jail = `${d.county()} County Jail`; const b = d.booking(); const dep = d.sur(); const a = d.person(); const pd = `${d.county()} County Public Defender`;
    return [`Competency evaluation by video; defendant at the ${jail}, booking #${b}; Deputy ${dep} present. Defense attorney ${full(a)} of the ${pd}'s Office joined by phone.`, [jail, b, dep, ...parts(a), pd]];
  }],
  ['probation officer collateral', (d) => {
    const g = d.given(); const s = d.sur(); const cc = `${d.county()} County Community Corrections`; const [ph, p] = d.phone(); const dt = d.date();
    return [`PO ${g} ${s} (${cc}, ${ph}) confirms court-ordered treatment; next review hearing ${dt}.`, [g, s, cc, p, dt]];
  }],
  ['emergency detention order', (d) => {
    const cn = d.caseNo(); const md = d.monDay(); const s = d.sur(); const h = d.hospital();
    return [`Emergency detention order ${cn} signed ${md} by Magistrate ${s}; pt transported to ${h} for inpatient evaluation. Telepsychiatry consult to follow.`, [cn, md, s, h]];
  }],
  ['court report opening', (d) => {
    const p = d.person(); const dob = d.dob(1960, 2006); const dt = d.date(); const a = d.person();
    return [`FORENSIC PSYCHIATRIC REPORT\nExaminee: ${full(p)}   DOB: ${dob}\nReferral: defense counsel ${full(a)}\nExamination: ${dt}, by two-way video, 2 hours 40 minutes`, [...parts(p), dob, ...parts(a), dt]];
  }],
  // phone and portal messages
  ['phone message slip', (d) => {
    const dt = d.mdy(); const p = d.person(); const [ph, pp] = d.phone(); const rx = d.pharmacy(); const ini = d.initials();
    return [`PHONE MESSAGE   ${dt}   ${d.clock()}\nFrom: ${full(p)} (pt)\nCallback: ${ph}\nRe: ran out of sertraline early; wants a refill sent to ${rx}.\nTaken by: ${ini}`, [dt, ...parts(p), pp, rx, ini]];
  }],
  ['portal message to move appointment', (d) => {
    const dt = d.date(); const p = d.person(); const o = d.ord(); const w = d.weekday(); const e = d.employer();
    return [`MyChart message received ${dt} 21:47 from ${full(p)}: "Can we move my appt on the ${o} to ${w}? I start a new job at ${e}."`, [dt, ...parts(p), o, w, e]];
  }],
  ['portal reply with signer', (d) => {
    const g = d.given(); const w = d.weekday(); const md = d.monDay(); const s = d.person();
    return [`Hi ${g}, your video visit has been moved to ${w}, ${md} at 3:00 PM. Use the same link. — ${full(s)}, LPN`, [g, w, md, ...parts(s)]];
  }],
  ['voicemail transcript', (d) => {
    const w = d.weekday(); const c = d.person(); const g = d.given(); const [ph, p] = d.phone();
    return [`Voicemail (transcribed) ${w} ${d.clock()}: "Hi, this is ${full(c)}, ${g}'s ${d.relation()}, she's not doing good, please call me back at ${ph}."`, [w, ...parts(c), g, p]];
  }],
  ['answering service message', (d) => {
    const id = d.msgId(); const md = d.slashMd(); const g = d.given(); const [ph, p] = d.phone(); const s = d.sur();
    return [`Answering service msg #${id}, ${md} 02:14: pt's ${d.relation()} ${g} called from ${ph}, pt off lithium 3 days. On-call Dr. ${s} returned call at 02:31.`, [id, md, g, p, s]];
  }],
  ['patient contact update', (d) => {
    const p = d.person(); const em = d.email(d.given(), d.sur()); const [ph, pp] = d.phone();
    return [`${full(p)} updated e-mail to ${em} and cell to ${ph} so visit links arrive; texting consent on file.`, [...parts(p), em, pp]];
  }],
  // appointment reminders
  ['sms reminder', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekdayShort(); const md = d.slashMd(); const url = d.shortUrl(); const [ph, p] = d.phone();
    return [`Reminder: ${g}, your video visit with Dr. ${s} is ${w} ${md} at ${d.clock()} ${d.zone()}. Join: ${url} Reply C to confirm, R to reschedule. Questions: ${ph}`, [g, s, w, md, url, p]];
  }],
  ['email reminder subject', (d) => {
    const w = d.weekday(); const [m, day] = d.md(); const y = d.year(); const dt = `${MONTHS[m - 1]!} ${day}, ${y}`; const pr = d.practice(); const url = d.meetingUrl();
    return [`Subject: Upcoming telehealth appointment – ${w}, ${dt}\nYour appointment with ${pr} is at ${d.clock()}. Please test your camera 15 minutes early: ${url}`, [w, dt, pr, url]];
  }],
  ['schedule line in caps-style export', (d) => {
    const dt = d.isoDate(); const s = d.sur(); const g = d.given(); const mrn = d.mrn();
    return [`APPT ${dt} 14:30 | TELEPSYCH F/U 30 | PROV ${s.toUpperCase()},${g.toUpperCase()} | LOC VIRTUAL-HOME | PT MRN ${mrn}`, [dt, s.toUpperCase(), g.toUpperCase(), mrn]];
  }],
  ['spanish reminder', (d) => {
    const s = d.sur(); const dt = d.spanishDate(); const url = d.meetingUrl(s); const [ph, p] = d.phone();
    return [`Recordatorio: su cita por video con la Dra. ${s} es el ${dt} a las 10:00 a. m. Enlace: ${url} Para cambiarla, llame al ${ph}.`, [s, dt, url, p]];
  }],
  ['holiday closure reschedule', (d) => {
    const h = d.holiday(); const o = d.ord(); const g = d.given();
    return [`Clinic closed ${h}; ${g}'s visit moved to the ${o}, same time. Pt confirmed by text.`, [h, o, g]];
  }],
  ['day schedule table', (d) => {
    const dt = d.mdy(); const a = d.person(); const b = d.person(); const c = d.given();
    return [`Date       | Time  | Patient            | Type\n${dt} | 09:00 | ${listed(a)} | 90792 new, video\n           | 10:00 | ${listed(b)} | 99214+90833, video\n           | 11:00 | ${c} (walk-in at site) | crisis`, [dt, ...parts(a), ...parts(b), c]];
  }],
  ['away month and resume', (d) => {
    const my = d.monthYear(); const md = d.monDay(); const t = d.town();
    return [`Pt will be working harvest in ${t} through ${my}; resume video visits ${md}. Bridge supply of lithium sent.`, [t, my, md]];
  }],
  // registration, claims and insurance
  ['insurance and ssn at registration', (d) => {
    const m = d.member(); const g = d.group(); const sub = d.person(); const ssn = d.ssn();
    return [`Insurance: ${d.pick(PLANS)}, member ID ${m}, group ${g}; subscriber ${full(sub)} (${d.pick(['mother', 'spouse', 'father'])}). SSN ${ssn} on file.`, [m, g, ...parts(sub), ssn]];
  }],
  ['claim line for telehealth', (d) => {
    const c = d.claim(); const dt = d.date(); const a = d.account();
    return [`Claim ${c} for DOS ${dt}: CPT 90833 + 99214, modifier 95, POS 10; originating site fee Q3014 billed by the clinic. Account ${a}.`, [c, dt, a]];
  }],
  ['medicaid eligibility', (d) => {
    const m = d.digitString(d.int(9, 11)); const dt = d.date(); const ini = d.initials();
    return [`Medicaid ID ${m} verified ${dt}; telehealth from home covered. ${ini}`, [m, dt, ini]];
  }],
  // narratives
  ['geriatric resident over 89', (d) => {
    const n = d.ageOver89(); const f = d.facility(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`${n}-year-old resident of ${f} in ${t} seen by video for nighttime agitation; charge nurse ${g} ${s} presented. MoCA 14/30.`, [n, f, t, g, s]];
  }],
  ['relative over 89 in social history', (d) => {
    const n = d.ageOver89(); const g = d.given(); const t = d.town();
    return [`Lives with his grandmother ${g}, ${n}, in ${t}; he is her only caregiver and cannot attend in-person visits.`, [g, n, t]];
  }],
  ['child seen at school-based site', (d) => {
    const g = d.given(); const sc = d.school(); const f = d.person(); const [ph, p] = d.phone();
    return [`${g}, a ${d.int(7, 16)}-year-old student at ${sc}, seen by video from the school nurse's office; father ${full(f)} joined from work by phone (${ph}).`, [g, sc, ...parts(f), p]];
  }],
  ['hospitalization history', (d) => {
    const h = d.hospital(); const my = d.monthYear(); const hd = d.holiday(); const h2 = d.hospital();
    return [`Last psychiatric admission at ${h}, ${my}; overdose on ${hd} two years ago, treated at ${h2}.`, [h, my, hd, h2]];
  }],
  ['records request', (d) => {
    const c = d.clinic(); const [fx, p] = d.phone(); const s = d.person(); const pr = d.practice(); const md = d.slashMd();
    return [`Records requested from ${c} (fax ${fx}) and from ${full(s)}, PMHNP, at ${pr}; ROI signed ${md}.`, [c, p, ...parts(s), pr, md]];
  }],
  ['transfer of care letter', (d) => {
    const p = d.person(); const dt = d.date(); const c = d.clinic(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Dear ${full(p)},\nYour last video visit with our practice was ${dt}. Your care is being transferred to ${c}, ${st}, ${t}, ${d.state()} ${z}.`, [...parts(p), dt, c, st, t, z]];
  }],
  ['virtual group roster', (d) => {
    const dt = d.date(); const a = d.person(); const b = d.given(); const c = d.given(); const f = d.person();
    return [`Virtual IOP group ${dt}: present ${full(a)}, ${b} (camera off, audio only), ${c}; facilitator ${full(f)}, LCSW.`, [dt, ...parts(a), b, c, ...parts(f)]];
  }],
  ['preferred name', (d) => {
    const n = d.pick(NICKNAMES); const p = d.person();
    return [`Preferred name: "${n}". Legal name ${full(p)} appears on the insurance card and the Zoom display name.`, [n, ...parts(p)]];
  }],
  ['work excuse letter', (d) => {
    const p = d.person(); const dt = d.date(); const e = d.employer(); const w = d.weekday();
    return [`To whom it may concern: ${full(p)} was seen by telehealth on ${dt} and may return to work at ${e} on ${w} without restrictions.`, [...parts(p), dt, e, w]];
  }],
  ['vendor support case', (d) => {
    const c = d.ticket(); const dt = d.date(); const g = d.given(); const s = d.sur(); const em = d.email(d.given(), d.sur());
    return [`Doxy.me support case ${c} opened ${dt} about echo on the provider's headset; contact ${g} ${s}, ${em}.`, [c, dt, g, s, em]];
  }],
];

/** The names of the wave's frames. */
export const telepsychFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function telepsychWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 12889, rounds);
}

/** Look-alikes in telepsychiatry style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // scales and scores
  ['PHQ-9 score 17 today, down from 21.', 'PHQ-9 score 17'], ['GAD-7 = 12 (moderate).', 'GAD-7 = 12'],
  ['C-SSRS screen: wish to be dead, no method.', 'C-SSRS'], ['Columbia screener negative at the originating site.', 'Columbia'],
  ['AIMS total 3, no change.', 'AIMS total 3'], ['MoCA 24/30 by video (visual items adapted).', '24/30'], ['PCL-5 of 48.', 'PCL-5 of 48'],
  ['ASRS Part A 5/6 positive.', 'ASRS'], ['Vanderbilt parent form: inattention 7/9.', 'Vanderbilt'], ['Y-BOCS 26, severe.', 'Y-BOCS 26'],
  ['CIWA-Ar 8.', 'CIWA-Ar 8'], ['COWS 11 at the originating site.', 'COWS 11'], ['AUDIT-C 6.', 'AUDIT-C 6'], ['MDQ positive, 9 of 13.', 'MDQ'],
  ['EPDS 15 at 6 weeks postpartum.', 'EPDS 15'], ['NarxCare narcotic score 320.', 'NarxCare narcotic score 320'],
  ['SAFE-T risk formulation: moderate.', 'SAFE-T'], ['Stanley-Brown Safety Plan reviewed and sent by portal.', 'Stanley-Brown'],
  ['Beck Depression Inventory 29.', 'Beck Depression Inventory'], ['HAM-D 18.', 'HAM-D 18'], ['BPRS 42.', 'BPRS 42'],
  // drugs and brands
  ['Sertraline increased to 150 mg.', 'Sertraline'], ['Adderall XR 20 mg every morning.', 'Adderall XR'], ['Vyvanse 40 mg.', 'Vyvanse'],
  ['Suboxone 8-2 mg film BID.', 'Suboxone'], ['Invega Sustenna 234 mg monthly.', 'Invega Sustenna'], ['Abilify Maintena 400 mg.', 'Abilify Maintena'],
  ['Clozapine 300 mg qHS.', 'Clozapine'], ['Lithium level 0.8 mEq/L.', '0.8 mEq/L'], ['Lamictal titration per schedule.', 'Lamictal'],
  ['Trazodone 50 mg PRN sleep.', 'Trazodone'], ['Hydroxyzine 25 mg PRN anxiety.', 'Hydroxyzine'], ['Vivitrol 380 mg IM.', 'Vivitrol'],
  ['Prazosin for nightmares.', 'Prazosin'], ['Naloxone kit mailed.', 'Naloxone'], ['Concerta 36 mg.', 'Concerta'], ['Strattera 40 mg.', 'Strattera'],
  ['Quetiapine 100 mg qHS.', 'Quetiapine'], ['Lorazepam 1 mg #30.', 'Lorazepam'], ['Depakote ER 1000 mg, level 78.', 'Depakote ER'],
  // platforms, products, devices and versions
  ['Visit conducted on Zoom for Healthcare.', 'Zoom for Healthcare'], ['Doxy.me room used.', 'Doxy.me'], ['Microsoft Teams used for the school meeting.', 'Microsoft Teams'],
  ['Epic MyChart video visit.', 'Epic MyChart'], ['Sent through Surescripts.', 'Surescripts'], ['PMP AWARxE checked.', 'PMP AWARxE'],
  ['Bamboo Health integration in the EHR.', 'Bamboo Health'], ['Pt joined on an iPad.', 'iPad'], ['Updated to iOS 17.4.', 'iOS 17.4'],
  ['Zoom client 6.0.2 installed.', '6.0.2'], ['Chrome browser recommended.', 'Chrome'], ['Wi-Fi weak; switched to LTE.', 'LTE'],
  ['Bluetooth headset caused echo.', 'Bluetooth'], ['Android 14 phone.', 'Android 14'], ['Chromebook from school.', 'Chromebook'],
  ['WebRTC connection failed.', 'WebRTC'], ['AES-256 encryption.', 'AES-256'], ['Amwell cart at the clinic.', 'Amwell'],
  // connection figures
  ['Bandwidth 1.5 Mbps down.', '1.5 Mbps'], ['Latency 250 ms.', '250 ms'], ['Packet loss 12%.', '12%'], ['Video at 720p.', '720p'],
  ['Frame rate 15 fps.', '15 fps'], ['Reconnected 3 times.', '3 times'],
  // national bodies, laws and programs
  ['SAMHSA treatment locator given.', 'SAMHSA'], ['Registered with the DEA.', 'DEA'], ['CMS telehealth waiver.', 'CMS'],
  ['HHS guidance on audio-only.', 'HHS'], ['Complies with the Ryan Haight Act.', 'Ryan Haight Act'], ['HIPAA-compliant platform.', 'HIPAA'],
  ['Records protected under 42 CFR Part 2.', '42 CFR Part 2'], ['Psychologist practices under PSYPACT.', 'PSYPACT'],
  ['Licensed through the Interstate Medical Licensure Compact.', 'Interstate Medical Licensure Compact'], ['Enrolled in the Clozapine REMS.', 'Clozapine REMS'],
  ['Florida Baker Act criteria not met.', 'Baker Act'], ["Kendra's Law order discussed.", "Kendra's Law"], ['Tarasoff duty considered; no identifiable victim.', 'Tarasoff'],
  ['Referred to NAMI family support.', 'NAMI'], ['APA telepsychiatry toolkit.', 'APA'], ['FDA boxed warning reviewed.', 'FDA'],
  ['Project ECHO case presentation.', 'Project ECHO'], ['Joint Commission standards.', 'Joint Commission'], ['Controlled Substances Act.', 'Controlled Substances Act'],
  // codes
  ['CPT 90792 for the initial evaluation.', '90792'], ['90833 add-on psychotherapy.', '90833'], ['99214 with 90833.', '99214'],
  ['90785 interactive complexity.', '90785'], ['Modifier 95 appended.', 'Modifier 95'], ['Modifier 93 for audio-only.', 'Modifier 93'],
  ['POS 10 (telehealth in the patient\'s home).', 'POS 10'], ['POS 02 when at the clinic.', 'POS 02'], ['HCPCS Q3014 facility fee.', 'Q3014'],
  ['G2211 add-on.', 'G2211'], ['F33.1 major depressive disorder, recurrent, moderate.', 'F33.1'], ['F41.1 generalized anxiety disorder.', 'F41.1'],
  ['F90.2 ADHD, combined type.', 'F90.2'], ['F11.20 opioid use disorder.', 'F11.20'], ['Z91.51 history of suicidal behavior.', 'Z91.51'],
  ['DSM-5-TR criteria met.', 'DSM-5-TR'], ['Schedule II stimulant.', 'Schedule II'], ['C-IV benzodiazepine.', 'C-IV'],
  // national numbers
  ['Call or text 988 if unsafe.', '988'], ['988 Suicide & Crisis Lifeline information given.', '988 Suicide & Crisis Lifeline'],
  ['Crisis Text Line: text HOME to 741741.', '741741'], ['Call 911 for emergencies.', '911'], ['Veterans press 1 at 988.', 'press 1'],
  // generic places
  ['Pt at home for the visit.', 'home'], ['Joined from her car.', 'car'], ['Provider in the office.', 'office'], ['Pt in the bedroom with the door closed.', 'bedroom'],
  ["Seen from the school nurse's office.", "school nurse's office"], ['Evaluated at the jail by video.', 'the jail'], ['Sent to the ED.', 'the ED'],
  ['Waited 10 minutes in the waiting room.', 'waiting room'], ['Originating site: rural health clinic.', 'rural health clinic'],
  ['The county mobile crisis team was not needed.', 'county mobile crisis team'], ['Lives on the reservation.', 'the reservation'],
  ['Works at the feedlot.', 'the feedlot'], ['Parked at a truck stop.', 'truck stop'],
  // relations and roles without names
  ['Mother joined by phone.', 'Mother'], ['Telepresenter stayed in the room.', 'Telepresenter'], ['School counselor reports improvement.', 'School counselor'],
  ['HR manager requested a letter.', 'HR manager'], ['Probation officer notified per order.', 'Probation officer'], ['The judge ordered an evaluation.', 'The judge'],
  ['Guardian ad litem present.', 'Guardian ad litem'], ['Public defender joined.', 'Public defender'], ['Case manager will deliver the tablet.', 'Case manager'],
  ['Peer support specialist following.', 'Peer support specialist'], ['On-call psychiatrist paged.', 'On-call psychiatrist'], ['Pharmacist called back.', 'Pharmacist'],
  // ages, years, counts, durations and times
  ['17-year-old with ADHD.', '17'], ['72-year-old man.', '72'], ['Age 89.', '89'], ['Diagnosed in 2019.', '2019'], ['3 prior hospitalizations.', '3 prior'],
  ['Visit lasted 45 minutes.', '45 minutes'], ['30-day supply.', '30-day'], ['Follow up in 4 weeks.', '4 weeks'], ['Video visits every other Thursday.', 'every other Thursday'],
  ['Clinic hours Monday through Friday.', 'Monday through Friday'], ['Visit at 2:30 PM Central Time.', 'Central Time'], ['Noon Mountain time.', 'Mountain time'],
  ['Started at 14:05.', '14:05'], ['Over the holidays she relapsed.', 'holidays'],
  // states and regions
  ['Licensed in Oklahoma and Texas.', 'Oklahoma'], ['Pt is in Colorado this week.', 'Colorado'], ['Moved from Georgia.', 'Georgia'], ['Rural Appalachia.', 'Appalachia'],
  // everyday words that are also names or towns
  ['Expressed hope about the new job.', 'hope'], ['Will call if worse.', 'Will'], ['Finds joy in fishing again.', 'joy'], ['Grace period on the refill.', 'Grace period'],
  ["Court weighed the patient's liberty interest.", 'liberty'], ['Union steward attended the return-to-work meeting.', 'Union'],
  ['Stone-faced, flat affect.', 'Stone-faced'], ['Insight and judgment fair.', 'judgment'], ['Counts pills daily.', 'Counts'], ['Normal speech rate.', 'Normal'],
  ['Rocky start to the visit due to audio.', 'Rocky'], ['Harmony at home has improved.', 'Harmony'], ['Independence in ADLs.', 'Independence'],
];

export const telepsychKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedTelepsychKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(telepsychKeepCases(), find);

export function scoreTelepsychWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => telepsychWaveCases(seed)), find);
}
