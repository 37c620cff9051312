// A blind wave of disaster and mass-casualty care records: START, JumpSTART and SALT triage tags (colors with the tag's
// number, the name when known, retriage with the triager's initials), patient tracking boards and transfers from the
// casualty collection point to named local hospitals by local EMS and air medical units (tracking numbers, disaster
// MRNs, accounts, aircraft tail numbers), family reunification center logs (who is looking for whom, inquirers' and
// callers' phones, missing persons' descriptions and nicknames, unaccompanied minors and their schools, matches with
// the guardian's driver's licence, police missing-person reports, pets' microchips, reunification web pages and
// e-mails), incident command forms (ICS 214 activity logs with the incident named for its town, operational periods
// with their dates and times, unit leaders by name, resources assigned with their home agencies, prepared-by blocks
// with initials; ICS 206 medical plans with the hospital's address, phone and helipad coordinates; ICS 213 messages;
// EOC contact sheets; SITREPs; amateur radio logs with call signs), field hospital, Federal Medical Station and shelter
// health logs (shelters named for their towns, schools, churches and fairgrounds, cots, Red Cross case numbers, FEMA
// registration numbers, evacuation bus manifests with the bus's fleet number, plate and driver, special-needs
// registries, replacement prescriptions with Rx numbers, Medicare MBIs, nursing homes evacuated, discharges to a
// relative's address), dialysis and oxygen needs of evacuees (the dialysis center closed and the one rerouted to, the
// nephrologist, the concentrator's serial, the oxygen supplier), decontamination and hazmat exposure records (the
// plant or terminal and its street, dosimeter serials, poison center case numbers, derailments near towns),
// hurricane, flood, tornado and wildfire evacuations (towns, neighborhoods and subdivisions, streets and county roads,
// counties and parishes, GPS coordinates of rooftop rescues, search-and-rescue door markings dated 'M-D'), volunteers'
// credentials (licence and certification numbers, MRC badges, ESAR-VHP ids, sign-in sheets, deployment e-mails) and
// death and identification notes (body tag numbers, medical examiner and DMORT case numbers, antemortem interviews
// with pacemaker serials, dental identification from the local practice), in mixed case, ALL CAPS and lower case.
// Dates are written every way ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4', '3/4', '9-29' on door markings,
// 'Tuesday', 'the 4th', 'August 2023', holidays such as 'Labor Day' and 'Christmas Eve'); ages over 89, phones, satellite
// phones, faxes, e-mails, URLs and IP addresses are planted. Given names and surnames are often everyday words (Hope,
// Storm, Rocky, Ember, Gale, Will; Stone, Hill, Flood, Marsh, Banks, Rivers, Frost); towns are often everyday words
// (Liberty, Union, Hope, Paradise, Superior, Hazard, Concord, Harmony, Welcome, Normal) or towns disasters made known
// (Lahaina, Joplin, Mayfield, Rolling Fork, Chimney Rock, Mexico Beach). A list of look-alikes in the same style must
// not be touched. Written without reading the engine's rules or any gold data. `scoreDisasterWave`.
// Decisions: every word of a person's name is planted as its own part (patients, missing persons, inquirers, relatives,
// staff, volunteers, drivers, decedents); a middle initial, a title ('Dr.', 'Det.', 'Capt.') and a credential ('RN',
// 'EMT-P', 'MD', 'LCSW') are not planted; a nickname in quotes is planted; a signer's initials are planted; a town, a
// neighborhood or subdivision ('Lower Ninth Ward', 'Pine Hollow Estates'), a county or parish with its word ('Buncombe
// County', 'Calcasieu Parish') and a street address from its number to its street type (with 'County Road 12' and
// 'Highway 19E' addresses) are planted; a ZIP is planted; GPS latitude and longitude are planted each as its own part; a
// local facility or agency is planted whole with its kind words (shelters such as 'Union High School', 'Butte County
// Fairgrounds', 'First Baptist Church of Hope'; hospitals; dialysis centers; pharmacies; oxygen suppliers; nursing
// homes; local EMS, fire, sheriff, police and emergency management; plants and terminals; dental practices; air medical
// services); a national body or program named alone ('FEMA', 'NDMS', 'DMAT', 'DMORT', 'American Red Cross', 'CERT',
// 'MRC', 'ASPR', 'NCMEC', 'Team Rubicon') and a national chain alone ('DaVita', 'Walgreens', 'Apria') is kept; a US
// state, a region and a highway named alone ('I-40') are kept; an evacuation zone ('Zone A', 'Level 3') is kept; a
// named storm ('Hurricane Helene') is kept as a public event; a weekday naming one day is planted; a month with a year
// is planted; a holiday that fixes a day is planted; 'the 14th' is planted; the operational period's dates are planted
// and its times kept, like every clock time; a door marking's 'M-D' date is planted; ages over 89 are planted as their
// number; triage tag numbers, disaster MRNs, accounts, tracking numbers, FEMA registration numbers, Red Cross case
// numbers, special-needs registry ids, missing-person report numbers, poison center and medical examiner case numbers,
// body tags, DMORT case numbers, licence, certification, badge and ESAR-VHP ids, driver's licences, Rx numbers,
// Medicare MBIs, concentrator, pacemaker and dosimeter serials, microchips, bus fleet numbers, plates, aircraft tail
// numbers and amateur radio call signs are planted; a phone's leading '(' need not be covered, a satellite phone is
// planted with its '+'; e-mails, URLs and IP addresses are planted whole. Kept (look-alikes): triage systems and
// categories (START, SALT, JumpSTART, Immediate, Delayed, Minimal, Expectant, walking wounded), ICS forms, positions and
// places (ICS 214, Medical Unit Leader, Staging Area, Casualty Collection Point, hot zone), national bodies, programs
// and teams ('DMAT CA-6'), standards and scales (NIMS, HICS, NFPA 472, Saffir-Simpson, EF-3, ERG guide numbers, UN
// numbers), declarations ('DR-4827-FL'), named storms, drugs, antidotes and kits, devices and brands, scores (GCS,
// TBSA, RTS), radio channels, counts and durations, ICD-10 codes, generic places (the shelter, the cooling center, the
// family assistance center, the levee), relations and roles without names, ages of 89 and under, years alone, and
// everyday words that are also names or towns (hope, storm, ember, paradise, superior, hazard, liberty, union).
// Measured before rules: 0.847 recall on seeds 5, 11, 23 (4636/5476), 0.845 on fresh seeds 41, 42, 43 (4613/5458); 9/161
// look-alikes touched ("Hurricane Helene", "Hurricane Katrina", "Hurricane Harvey", "Hurricane Maria", "Tdap", "DaVita",
// "shelter clinic", "field hospital", "Gale") (engine at 034a3eb).
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, fr, au, ca, vi];

/** Given names that are everyday words, many of them weather and fire words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Mercy', 'Dawn', 'Summer', 'Autumn', 'Storm', 'Rain', 'River', 'Sky', 'Ember', 'Blaze', 'Gale', 'Haven', 'Sunny', 'Misty', 'Rocky', 'Rusty', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Cliff', 'Glen', 'Dale', 'Forrest', 'Heath', 'Brook', 'Holly', 'Ivy', 'Pearl', 'Ruby', 'Crystal', 'Justice', 'Liberty', 'Major', 'Buck', 'Hardy', 'Lucky'];
/** Surnames that are everyday words. */
const WORD_SUR = ['Stone', 'Hill', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Flood', 'Fields', 'Marsh', 'Bush', 'Ford', 'Shore', 'Waters', 'Storm', 'Frost', 'Snow', 'Winter', 'Rains', 'Gale', 'Burns', 'Ash', 'Bridges', 'Moss', 'Woods', 'Lake', 'Hale', 'Berry', 'Rock', 'Hart', 'Fox', 'Wolf', 'Bird', 'Crane', 'Swan', 'Noble', 'Strong', 'Young', 'Wise', 'Bell', 'Cross', 'Church', 'Shepherd', 'Baker', 'Cook', 'Price', 'Sheriff'];
/** Nicknames a family gives when describing a missing person. */
const NICKNAMES = ['Bubba', 'Sissy', 'Peanut', 'Biscuit', 'Boo', 'Junebug', 'Tater', 'Red', 'Doc', 'Sunny', 'Buddy', 'Tink', 'Bean', 'Nana', 'Pop', 'Skeeter', 'Cricket', 'Sugar', 'Bear', 'Pumpkin'];

/** Towns that are everyday words, and towns hurricanes, floods, tornadoes and fires made known. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Paradise', 'Superior', 'Hazard', 'Concord', 'Harmony', 'Welcome', 'Normal', 'Independence', 'Friendship', 'Commerce', 'Unity', 'Eden', 'Golden', 'Sandy', 'Marshall', 'Moore', 'Fairview', 'Plain City', 'Pleasant Grove', 'Greenville', 'Surprise'];
const REAL_TOWNS = ['Lahaina', 'Joplin', 'Mayfield', 'Rolling Fork', 'Chimney Rock', 'Mexico Beach', 'Lake Lure', 'Swannanoa', 'Black Mountain', 'Erwin', 'Whitesburg', 'Hindman', 'Fort Myers', 'Cape Coral', 'Sanibel', 'Punta Gorda', 'Port Arthur', 'Lake Charles', 'Houma', 'Slidell', 'Gulfport', 'Panama City', 'New Bern', 'Lumberton', 'Kinston', 'Magalia', 'Santa Rosa', 'Ruidoso', 'Greensburg', 'Tuscaloosa', 'Asheville', 'Marion', 'Waverly', 'Dawson Springs', 'Cookeville', 'Beaumont', 'Keaau', 'Ponce', 'Humacao'];
const STATES = ['FL', 'LA', 'TX', 'NC', 'KY', 'TN', 'CA', 'MO', 'OK', 'MS', 'HI', 'PR', 'AL', 'GA', 'Florida', 'North Carolina', 'Kentucky', 'Louisiana'];
const COUNTIES = ['Lee', 'Charlotte', 'Butte', 'Sonoma', 'Harris', 'Buncombe', 'Yancey', 'Letcher', 'Knott', 'Perry', 'Maui', 'Bay', 'Collier', 'Sarasota', 'Pinellas', 'Polk', 'Carteret', 'Craven', 'Robeson', 'Breathitt', 'Boulder', 'Shasta', 'Galveston', 'Jefferson', 'Taylor', 'Dixie', 'Graves', 'Sharkey', 'Humphreys', 'Unicoi', 'McDowell', 'Rutherford', 'Hopkins'];
const PARISHES = ['Calcasieu', 'Cameron', 'Terrebonne', 'Jefferson', 'St. Tammany', 'Lafourche', 'Plaquemines', 'Orleans'];
const NEIGHBORHOODS = ['Lower Ninth Ward', 'Gentilly', 'Kashmere Gardens', 'Meyerland', 'Coffey Park', 'Fountaingrove', 'Old Town', 'Riverside', 'Bayou Vista', 'Front Street', 'Iron Horse', 'Pecan Acres', 'Holly Hills', 'Lakeview', 'Broadmoor', 'Biltmore Village'];
const NEIGH_WORDS = ['Pine Hollow', 'Cedar Bluff', 'Oak Ridge', 'Sunset', 'Willow Creek', 'Magnolia', 'Cypress Point', 'Live Oak', 'Bayside', 'Tall Pines', 'Shady Grove', 'Country Club', 'Deer Run', 'Eagle Point'];
const NEIGH_TYPES = ['Estates', 'Heights', 'Acres', 'Village', 'Mobile Home Park', 'Subdivision', 'Trailer Park'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Oak', 'Pine', 'Bayshore', 'Gulf', 'Levee', 'River', 'Creek', 'Lake', 'Park', 'Hope', 'Union', 'Liberty', 'Magnolia', 'Cypress', 'Palmetto', 'Church', 'Mill', 'Ridge', 'Hollow', 'Canal', 'Beach', 'Harbor', 'Front', 'Jefferson', 'Washington', 'Lincoln'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Hwy', 'Pkwy', 'Cir'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Tammany'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Regional Hospital'];
const FACILITY_WORDS = ['Magnolia', 'Live Oak', 'Cypress', 'Heritage', 'Golden Years', 'Sunrise', 'Pleasant View', 'Harbor Pointe', 'Bayou', 'Mountain View', 'Riverbend', 'Silver Oaks'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Labor Day', 'Memorial Day', 'the Fourth of July', 'Christmas Eve', 'Christmas Day', "New Year's Eve", "New Year's Day", 'Thanksgiving Day', 'Halloween', "Mother's Day", 'Easter Sunday'];
const RELATIONS = ['wife', 'husband', 'mother', 'father', 'daughter', 'grandmother', 'grandfather', 'brother', 'sister', 'aunt', 'uncle', 'cousin', 'neighbor', 'fiancée', 'stepson', 'granddaughter', 'friend'];
const COLORS = ['RED (Immediate)', 'YELLOW (Delayed)', 'GREEN (Minor)', 'BLACK (Deceased)', 'GRAY (Expectant)'];
const INCIDENTS = ['Flood', 'Fire', 'Complex Fire', 'Tornado', 'Flash Flood', 'Derailment', 'Mass Casualty Incident', 'Ice Storm'];
const STORMS = ['Hurricane Helene', 'Hurricane Ian', 'Hurricane Milton', 'Hurricane Laura', 'Hurricane Ida', 'Hurricane Michael', 'Tropical Storm Debby'];
const CHEMICALS = ['chlorine', 'anhydrous ammonia', 'vinyl chloride', 'hydrogen sulfide', 'an organophosphate pesticide', 'hydrofluoric acid', 'sulfuric acid', 'carbon monoxide'];
const POSITIONS = ['Medical Unit Leader', 'Triage Unit Leader', 'Treatment Unit Leader', 'Transportation Group Supervisor', 'Shelter Manager', 'Logistics Section Chief', 'Safety Officer', 'Patient Tracking Lead', 'Decon Team Leader', 'Public Information Officer'];
const CREDS = ['RN', 'LPN', 'EMT-P', 'EMT-B', 'MD', 'DO', 'NP', 'PA-C', 'RT', 'LCSW', 'PharmD'];

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
  nickname(): string {
    return this.pick(NICKNAMES);
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  cred(): string {
    return this.pick(CREDS);
  }
  position(): string {
    return this.pick(POSITIONS);
  }
  color(): string {
    return this.pick(COLORS);
  }
  storm(): string {
    return this.pick(STORMS);
  }
  chemical(): string {
    return this.pick(CHEMICALS);
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
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : this.pick([us, us, ca, au]).location.city();
  }
  /** A town other than `t`. */
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t) return u;
    }
    return t === 'Joplin' ? 'Mayfield' : 'Joplin';
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A county or a parish, with its word. */
  county(): string {
    return this.r() < 0.8 ? `${this.pick(COUNTIES)} County` : `${this.pick(PARISHES)} Parish`;
  }
  countyWord(): string {
    return this.pick(COUNTIES);
  }
  neighborhood(): string {
    return this.r() < 0.45 ? this.pick(NEIGHBORHOODS) : `${this.pick(NEIGH_WORDS)} ${this.pick(NEIGH_TYPES)}`;
  }
  street(): string {
    const k = this.int(0, 9);
    if (k === 0) return `${this.int(100, 9999)} County Road ${this.int(1, 480)}`;
    if (k === 1) return `${this.int(100, 9999)} Highway ${this.int(1, 99)}${this.pick(['', 'E', 'W', 'N', 'S'])}`;
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its lot, apartment or unit, as shelter intake writes it. */
  streetUnit(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st} Lot ${this.int(1, 120)}`;
    if (a === 1) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B'])}`;
    if (a === 2) return `${st} #${this.int(101, 420)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A latitude and a longitude of the Gulf and Atlantic coasts and the mountains. */
  latLon(): readonly [string, string] {
    return [`${this.int(18, 39)}.${this.digitString(4)}`, `-${this.int(64, 123)}.${this.digitString(4)}`];
  }
  /** A shelter named for its place. */
  shelter(): string {
    const k = this.int(0, 7);
    if (k === 0) return `${this.town()} High School`;
    if (k === 1) return `${this.town()} Civic Center`;
    if (k === 2) return `First Baptist Church of ${this.town()}`;
    if (k === 3) return `${this.countyWord()} County Fairgrounds`;
    if (k === 4) return `${this.town()} Recreation Center`;
    if (k === 5) return `${this.pick(STREET_WORDS)} Street Middle School`;
    if (k === 6) return `${this.town()} Convention Center`;
    return `${this.town()} Community College`;
  }
  otherShelter(s: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.shelter();
      if (u !== s && !u.includes(s) && !s.includes(u)) return u;
    }
    return s === 'Joplin Civic Center' ? 'Mayfield Civic Center' : 'Joplin Civic Center';
  }
  hospital(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Hospital`;
    if (k === 1) return `${this.countyWord()} County ${this.pick(['Memorial Hospital', 'Medical Center'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A local EMS, fire, sheriff or emergency management agency. */
  agency(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.countyWord()} County EMS`;
    if (k === 1) return `${this.town()} Fire Rescue`;
    if (k === 2) return `${this.town()} Fire Department`;
    if (k === 3) return `${this.countyWord()} County Sheriff's Office`;
    if (k === 4) return `${this.town()} Volunteer Fire Company`;
    return `${this.countyWord()} County Emergency Management`;
  }
  police(): string {
    return this.r() < 0.6 ? `${this.town()} Police Department` : `${this.countyWord()} County Sheriff's Office`;
  }
  airMedical(): string {
    return this.pick([`${this.town()} LifeFlight`, `${this.pick(FACILITY_WORDS)} Air Care`, `${this.town()} AirMed`]);
  }
  dialysis(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Dialysis Center`;
    if (k === 1) return `${this.town()} Kidney Center`;
    return `${this.pick(FACILITY_WORDS)} Dialysis of ${this.town()}`;
  }
  pharmacy(): string {
    return this.r() < 0.5 ? `${this.sur()} Drug` : `${this.town()} Pharmacy`;
  }
  supplier(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Medical Supply`;
    if (k === 1) return `${this.sur()} Home Medical`;
    return `${this.pick(FACILITY_WORDS)} Oxygen & Respiratory`;
  }
  nursingHome(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(FACILITY_WORDS)} Manor`;
    if (k === 1) return `${this.town()} Health and Rehabilitation`;
    if (k === 2) return `${this.pick(FACILITY_WORDS)} Gardens Assisted Living`;
    return `${this.town()} Nursing Center`;
  }
  church(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} United Methodist Church`;
    if (k === 1) return `St. ${this.pick(SAINTS)} Catholic Church`;
    return `Mount Zion Missionary Baptist Church of ${this.town()}`;
  }
  school(): string {
    return this.r() < 0.5 ? `${this.pick(STREET_WORDS)} Elementary School` : `${this.town()} Middle School`;
  }
  /** A plant, terminal or works where a release happened. */
  plant(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(FACILITY_WORDS)} Chemical`;
    if (k === 1) return `${this.town()} Water Treatment Plant`;
    if (k === 2) return `${this.sur()} Poultry Processing`;
    return `${this.town()} Petrochemical Terminal`;
  }
  dentist(): string {
    return this.r() < 0.5 ? `${this.sur()} Family Dentistry` : `${this.town()} Dental Associates`;
  }
  transit(): string {
    return this.r() < 0.5 ? `${this.countyWord()} County Schools` : `${this.town()} Transit`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  clock(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms the forms and notes write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  /** An operational period's two dates, the second the day after, in one of three forms. */
  periodDates(): readonly [string, string] {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.pick([0, 1, 6]);
    return [writtenDate(k, m, d, y)!, writtenDate(k, m, d + 1, y)!];
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  /** A door marking's 'M-D' date. */
  dashMd(): string {
    const [m, d] = this.md();
    return `${m}-${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return this.r() < 0.75 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dayOrdinal(): string {
    return `the ${ordinal(this.int(1, 28))}`;
  }
  dob(lo = 1930, hi = 2020): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 106));
  }
  age(): number {
    return this.int(3, 88);
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
  /** An Iridium satellite phone. */
  satPhone(): string {
    return `+8816 ${this.digitString(3)} ${this.digitString(5)}`;
  }
  email(g: string, s: string): string {
    const t = asciiLetters(this.town());
    const dom = this.pick([`${t}county.gov`, `${t}fire.org`, 'gmail.com', 'yahoo.com', 'icloud.com', `${asciiLetters(this.pick(COUNTIES))}em.org`, 'outlook.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(70, 99)}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const t = asciiLetters(this.town());
    return this.pick([`https://www.${t}county.gov/reunification`, `${t}strong.org`, `https://${t}fire.org/shelters`, `www.${asciiLetters(this.pick(COUNTIES))}ready.org/evac`, `https://${t}recovers.org/need-help`]);
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** A triage tag's number, as printed on METTAG, DMS and barcoded tags. */
  tag(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `MT-${this.digitString(6)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(6)}`;
    return `DT${this.digitString(5)}`;
  }
  mrn(): string {
    return this.r() < 0.3 ? `DZ${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  acct(): string {
    return this.digitString(10);
  }
  tracking(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PT-${pad2(this.int(18, 25))}-${this.digitString(5)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(6)}`;
    return this.digitString(8);
  }
  fema(): string {
    return this.r() < 0.6 ? this.digitString(9) : `${this.digitString(2)}-${this.digitString(7)}`;
  }
  redCross(): string {
    const k = this.int(0, 2);
    if (k === 0) return `CAS-${this.digitString(8)}`;
    if (k === 1) return this.digitString(8);
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  registry(): string {
    return this.r() < 0.5 ? `SN-${this.digitString(5)}` : `${this.letters(2)}${this.digitString(4)}`;
  }
  mpReport(): string {
    return this.r() < 0.5 ? `MP-${pad2(this.int(18, 25))}-${this.digitString(5)}` : `${pad2(this.int(18, 25))}-${this.digitString(6)}`;
  }
  poisonCase(): string {
    return this.digitString(this.int(8, 10));
  }
  bodyTag(): string {
    const k = this.int(0, 2);
    if (k === 0) return `BT-${this.year()}-${this.digitString(4)}`;
    if (k === 1) return `${this.letters(2)}-${this.digitString(3)}`;
    return `DM${this.digitString(5)}`;
  }
  meCase(): string {
    return this.r() < 0.5 ? `ME${pad2(this.int(18, 25))}-${this.digitString(4)}` : `${this.year()}-${this.digitString(5)}`;
  }
  licence(): string {
    const k = this.int(0, 3);
    if (k === 0) return `RN${this.digitString(6)}`;
    if (k === 1) return `${this.pick(['FL', 'NC', 'TX', 'LA', 'KY'])}-${this.digitString(6)}`;
    if (k === 2) return `ME${this.digitString(5)}`;
    return this.digitString(7);
  }
  cert(): string {
    return this.r() < 0.5 ? `P${this.digitString(6)}` : `${this.letters(1)}${this.digitString(2)}-${this.digitString(4)}`;
  }
  badge(): string {
    return this.r() < 0.5 ? `MRC-${this.digitString(5)}` : `V${this.digitString(6)}`;
  }
  esar(): string {
    return this.digitString(7);
  }
  driverLicence(): string {
    return `${this.letters(1)}${this.digitString(this.int(7, 12))}`;
  }
  rx(): string {
    return this.digitString(7);
  }
  /** A Medicare Beneficiary Identifier: digit, letter, letter or digit, digit, and so on, dashed as printed. */
  mbi(): string {
    const L = 'ACDEFGHJKMNPQRTUVWXY';
    const a = (): string => (this.r() < 0.5 ? this.lettersOf(L, 1) : String(this.int(0, 9)));
    return `${this.int(1, 9)}${this.lettersOf(L, 1)}${a()}${this.int(0, 9)}-${this.lettersOf(L, 1)}${a()}${this.int(0, 9)}-${this.lettersOf(L, 2)}${this.int(0, 9)}${this.int(0, 9)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(8)}`;
    if (k === 1) return `SN ${this.digitString(9)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  pacemakerSerial(): string {
    return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
  }
  dosimeter(): string {
    return `D${this.digitString(7)}`;
  }
  microchip(): string {
    const d = `985${this.digitString(12)}`;
    return this.r() < 0.5 ? d : `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)}-${d.slice(9, 12)}-${d.slice(12)}`;
  }
  fleet(): string {
    return this.digitString(this.int(3, 4));
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  tail(): string {
    return `N${this.digitString(this.int(3, 4))}${this.letters(this.int(0, 2))}`;
  }
  callsign(): string {
    return `${this.pick(['K', 'W', 'N', 'A'])}${this.letters(1)}${this.int(0, 9)}${this.letters(this.int(2, 3))}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // triage tags and patient tracking
  ['START triage tag', (d) => {
    const t = d.tag(); const g = d.given(); const s = d.sur();
    return [`TRIAGE TAG # ${t}\nColor: ${d.color()}   Resp ${d.int(8, 36)}/min   Cap refill ${d.pick(['<2 s', '>2 s'])}   Obeys commands: ${d.pick(['Y', 'N'])}\nName (if known): ${g} ${s}`, [t, g, s]];
  }],
  ['SALT triage log row', (d) => {
    const t = d.tag(); const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`${t} | ${d.color()} | ${s}, ${g} | ${d.age()}${d.pick(['M', 'F'])} | LSI: ${d.pick(['tourniquet', 'airway opened', 'none', 'chest decompression'])} | Dest: ${h}`, [t, s, g, h]];
  }],
  ['JumpSTART pediatric tag with parent phone', (d) => {
    const t = d.tag(); const g = d.given(); const pg = d.given(); const ps = d.sur(); const [ph, p] = d.phone();
    return [`JumpSTART: child "${g}", approx ${d.int(2, 8)} y, tag ${t}, apneic after 5 rescue breaths? no. Mother ${pg} ${ps} reached at ${ph}.`, [g, t, pg, ps, p]];
  }],
  ['unidentified patient with disaster MRN', (d) => {
    const t = d.tag(); const m = d.mrn(); const st = d.street();
    return [`Unidentified ${d.pick(['male', 'female'])}, approx ${d.int(20, 80)}, triage tag ${t}; disaster MRN ${m}. Pulled from debris at ${st} per fire crew.`, [t, m, st]];
  }],
  ['MCI narrative with weekday', (d) => {
    const tw = d.town(); const wd = d.weekday(); const g = d.given(); const s = d.sur(); const t = d.tag();
    return [`Tornado struck ${tw} ${wd} evening; ${d.int(12, 80)} casualties to the CCP. ${g} ${s} tagged BLACK at ${d.clock()} (tag ${t}).`, [tw, wd, g, s, t]];
  }],
  ['patient tracking transfer', (d) => {
    const s = d.sur(); const g = d.given(); const dob = d.dob(); const h = d.hospital(); const a = d.agency(); const tr = d.tracking();
    return [`Patient tracking: ${s}, ${g}  DOB ${dob}  from CCP to ${h} via ${a} Medic ${d.int(1, 40)}; tracking # ${tr}.`, [s, g, dob, h, a, tr]];
  }],
  ['tracking board row', (d) => {
    const tr = d.tracking(); const s = d.sur(); const g = d.given(); const h = d.hospital();
    return [`TRACKING #   NAME                DEST                    ETA\n${tr}   ${s}, ${g}   ${h}   ${d.clock()}`, [tr, s, g, h]];
  }],
  ['retriage with initials', (d) => {
    const t = d.tag(); const i = d.initials();
    return [`Tag ${t} retriaged YELLOW to RED at ${d.time()} (SBP 78, GCS 11) -- ${i}`, [t, i]];
  }],
  ['ED arrival from the casualty collection point', (d) => {
    const h = d.hospital(); const m = d.mrn(); const a = d.acct(); const sh = d.shelter();
    return [`Arrived ${h} ED at ${d.clock()} from the CCP at ${sh}; disaster MRN ${m}, account ${a}. Name to be reconciled.`, [h, sh, m, a]];
  }],
  ['air medical transfer with tail number', (d) => {
    const g = d.given(); const s = d.sur(); const tw = d.town(); const h = d.hospital(); const am = d.airMedical(); const n = d.tail();
    return [`${g} ${s} flown from the LZ at ${tw} to ${h} by ${am} (aircraft ${n}), 18% TBSA burns.`, [g, s, tw, h, am, n]];
  }],
  // family reunification
  ['reunification inquiry form', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const g2 = d.given(); const s2 = d.sur(); const wd = d.weekday(); const st = d.street(); const tw = d.town();
    return [`FAMILY REUNIFICATION INQUIRY\nInquirer: ${g} ${s}   Phone: ${ph}\nLooking for: ${d.relation()} ${g2} ${s2}, age ${d.age()}\nLast seen: ${wd} at ${st}, ${tw}`, [g, s, p, g2, s2, wd, st, tw]];
  }],
  ['missing person description with nickname', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.nickname();
    return [`Missing: ${g} ${s}, ${d.age()} yo, 5'${d.int(0, 11)}", gray hair, walker, wearing a blue robe; answers to "${n}". Has dementia.`, [g, s, n]];
  }],
  ['reunification match with driver licence', (d) => {
    const c = d.given(); const dt = d.date(); const g = d.given(); const s = d.sur(); const sh = d.shelter(); const dl = d.driverLicence();
    return [`MATCHED ${dt}: ${c} reunited with ${d.relation()} ${g} ${s} at ${sh}; ID verified (driver's license ${dl}).`, [dt, c, g, s, sh, dl]];
  }],
  ['unaccompanied minor log', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.tag(); const sc = d.school(); const g2 = d.given(); const [ph, p] = d.phone();
    return [`Unaccompanied minor: ${g} ${s}, age ${d.int(4, 15)}, wristband ${t}, attends ${sc}. Guardian ${g2} reached at ${ph}; stays with CFS until pickup.`, [g, s, t, sc, g2, p]];
  }],
  ['phone message from caller out of state', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur(); const tw = d.town(); const g2 = d.given(); const [ph, p] = d.phone();
    return [`Phone msg ${md} ${d.clock()}: caller ${g} ${s} from ${tw}, ${d.state()}, asking about ${d.relation()} ${g2}. Callback ${ph}.`, [md, g, s, tw, g2, p]];
  }],
  ['police missing person report', (d) => {
    const pd = d.police(); const n = d.mpReport(); const s = d.sur(); const [ph, p] = d.phone();
    return [`${pd} missing person report #${n}; Det. ${s} will call the center at ${ph}.`, [pd, n, s, p]];
  }],
  ['pet microchip at the shelter', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.microchip(); const sh = d.shelter();
    return [`Evacuee ${g} ${s}'s service dog scanned at ${sh}: microchip ${c}. Dog kenneled in the pet-friendly wing.`, [g, s, sh, c]];
  }],
  ['reunification web page and e-mail', (d) => {
    const u = d.url(); const g = d.given(); const s = d.sur(); const e = d.email(g, s);
    return [`Families may register at ${u} or e-mail the reunification lead ${g} ${s} at ${e}.`, [u, g, s, e]];
  }],
  ['shelter to shelter move', (d) => {
    const s1 = d.shelter(); const s2 = d.otherShelter(s1); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`${s}, ${g} moved from ${s1} to ${s2} on ${dt} (cot ${d.int(1, 300)}); meds went with her.`, [s, g, s1, s2, dt]];
  }],
  ['safe and well list entry', (d) => {
    const g = d.given(); const s = d.sur(); const tw = d.town(); const z = d.zip();
    return [`Safe & Well: ${g} ${s} of ${tw} ${z} registered as "safe at a shelter, will call when phones are back."`, [g, s, tw, z]];
  }],
  // incident command forms
  ['ICS 214 header', (d) => {
    const tw = d.town(); const inc = d.pick(INCIDENTS); const [d1, d2] = d.periodDates(); const g = d.given(); const s = d.sur(); const a = d.agency();
    return [`ACTIVITY LOG (ICS 214)\n1. Incident Name: ${tw} ${inc}\n2. Operational Period: Date From: ${d1}  Date To: ${d2}  Time From: 0700  Time To: 0700\n3. Name: ${g} ${s}   4. ICS Position: ${d.position()}   5. Home Agency (and Unit): ${a}`, [tw, d1, d2, g, s, a]];
  }],
  ['ICS 214 resources assigned row', (d) => {
    const [n, np] = d.staff(); const a = d.agency();
    return [`6. Resources Assigned:  ${n} | ${d.position()} | ${a}`, [...np, a]];
  }],
  ['ICS 214 activity entry', (d) => {
    const a = d.agency(); const g = d.given(); const s = d.sur();
    return [`${d.time()}  Requested 2 ALS units from ${a} through ${g} ${s} (Staging); ETA 25 min.`, [a, g, s]];
  }],
  ['ICS 214 prepared by', (d) => {
    const g = d.given(); const s = d.sur(); const i = d.initials(); const dt = d.date();
    return [`8. Prepared by: Name: ${g} ${s}   Position/Title: ${d.position()}   Signature: ${i}\nDate/Time: ${dt} ${d.time()}`, [g, s, i, dt]];
  }],
  ['ICS 206 medical plan', (d) => {
    const h = d.hospital(); const st = d.street(); const tw = d.town(); const [ph, p] = d.phone(); const [la, lo] = d.latLon();
    return [`MEDICAL PLAN (ICS 206) Hospitals: ${h}, ${st}, ${tw}; ${ph}; Level II trauma; helipad lat ${la}, long ${lo}.`, [h, st, tw, p, la, lo]];
  }],
  ['ICS 213 general message', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const dt = d.date(); const sh = d.shelter();
    return [`GENERAL MESSAGE (ICS 213)\nTo: ${g} ${s}, Operations Section Chief\nFrom: ${g2} ${s2}, Medical Unit Leader   Date: ${dt}\nMessage: ${sh} needs 40 cots and an oxygen resupply before dark.`, [g, s, g2, s2, dt, sh]];
  }],
  ['EOC contact sheet', (d) => {
    const c = d.county(); const [ph, p] = d.phone(); const g = d.given(); const s = d.sur(); const e = d.email(g, s);
    return [`${c} EOC: ${ph} (24/7). Duty officer ${g} ${s}, ${e}.`, [c, p, g, s, e]];
  }],
  ['SITREP with landfall', (d) => {
    const dt = d.date(); const wd = d.weekday(); const tw = d.town(); const c = d.county();
    return [`SITREP #${d.int(2, 19)} (${dt}): ${d.storm()} made landfall ${wd} near ${tw}; ${c} shelters at ${d.int(60, 99)}% capacity.`, [dt, wd, tw, c]];
  }],
  ['amateur radio log', (d) => {
    const cs = d.callsign(); const g = d.given(); const sh = d.shelter();
    return [`ARES net ${d.time()}: ${cs} (${g}) at ${sh} reports 3 evacuees need insulin; relayed to the EOC.`, [cs, g, sh]];
  }],
  ['satellite phone for the field team', (d) => {
    const sp = d.satPhone(); const g = d.given(); const s = d.sur(); const tw = d.town();
    return [`Cell towers down in ${tw}; strike team leader ${g} ${s} on sat phone ${sp}.`, [tw, g, s, sp]];
  }],
  // shelter and field hospital health logs
  ['shelter health intake header', (d) => {
    const sh = d.shelter(); const s = d.sur(); const g = d.given(); const dob = d.dob(); const rc = d.redCross(); const f = d.fema();
    return [`SHELTER HEALTH SERVICES INTAKE\nShelter: ${sh}\nClient: ${s}, ${g}   DOB: ${dob}\nRed Cross case #: ${rc}   FEMA reg #: ${f}`, [sh, s, g, dob, rc, f]];
  }],
  ['FEMA registration assistance', (d) => {
    const g = d.given(); const dt = d.date(); const f = d.fema();
    return [`Assisted ${g} with FEMA registration ${dt}; registration number ${f} under DR-${d.int(4700, 4899)}-${d.pick(['FL', 'NC', 'LA', 'TX', 'KY'])}.`, [g, dt, f]];
  }],
  ['Red Cross client assistance', (d) => {
    const rc = d.redCross(); const g = d.given(); const s = d.sur(); const st = d.streetUnit(); const tw = d.town();
    return [`Red Cross case ${rc}: ${g} ${s}, pre-disaster address ${st}, ${tw}; home destroyed, household of ${d.int(1, 7)}.`, [rc, g, s, st, tw]];
  }],
  ['dialysis needs of evacuee', (d) => {
    const c1 = d.dialysis(); const c2 = d.dialysis(); const wd = d.weekday(); const md = d.slashMd(); const s = d.sur();
    return [`HD pt, usually MWF at ${c1} (flooded, closed). Rerouted to ${c2} for ${wd}. Last treatment ${md}; nephrologist Dr. ${s} aware. K 5.9.`, [c1, c2, wd, md, s]];
  }],
  ['oxygen needs and concentrator', (d) => {
    const sn = d.serial(); const st = d.street(); const sup = d.supplier(); const [ph, p] = d.phone();
    return [`On home O2 3 L NC. Concentrator (serial ${sn}) left at ${st}. Supplier ${sup} ${ph} to deliver; 4 E cylinders issued meanwhile.`, [sn, st, sup, p]];
  }],
  ['replacement prescription', (d) => {
    const ph = d.pharmacy(); const tw = d.town(); const rx = d.rx(); const m = d.mbi();
    return [`Lost meds in the fire. Last filled at ${ph} (${tw}), Rx #${rx}. Medicare MBI ${m}; EPAP card given.`, [ph, tw, rx, m]];
  }],
  ['Federal Medical Station bed log', (d) => {
    const tw = d.town(); const g = d.given(); const s = d.sur(); const n = d.ageOver89();
    return [`FMS at the ${tw} Convention Center, bed ${d.int(1, 250)}: ${g} ${s}, ${n} y/o, bedbound, from a flooded group home.`, [tw, g, s, n]];
  }],
  ['shelter nursing note with bus', (d) => {
    const g = d.given(); const n = d.nickname(); const g2 = d.given(); const b = d.fleet(); const tw = d.town(); const dt = d.date();
    return [`${g} (goes by "${n}") on cot row C with ${d.relation()} ${g2}; arrived on evacuation bus #${b} from ${tw} ${dt}. BG 212, insulin given.`, [g, n, g2, b, tw, dt]];
  }],
  ['evacuation bus manifest', (d) => {
    const b = d.fleet(); const pl = d.plate(); const g = d.given(); const s = d.sur(); const op = d.transit(); const tw = d.town(); const dt = d.date(); const sh = d.shelter();
    return [`EVACUATION BUS MANIFEST\nBus #${b}   Plate ${pl}   Operator: ${op}   Driver: ${g} ${s}\nDeparted ${tw} ${d.time()} ${dt} -> ${sh}   Riders: ${d.int(12, 55)}`, [b, pl, op, g, s, tw, dt, sh]];
  }],
  ['special needs registry', (d) => {
    const c = d.county(); const id = d.registry(); const s = d.sur(); const g = d.given(); const st = d.street(); const z = d.zip();
    return [`${c} special needs registry ${id}: ${s}, ${g}, ${st}, ${z}; ventilator-dependent, needs a generator.`, [c, id, s, g, st, z]];
  }],
  ['shelter discharge to relative', (d) => {
    const dt = d.date(); const st = d.streetUnit(); const tw = d.town(); const z = d.zip();
    return [`Discharged from shelter ${dt} to ${d.relation()}'s home at ${st}, ${tw}, ${d.state()} ${z}.`, [dt, st, tw, z]];
  }],
  ['nursing home evacuated on a holiday', (d) => {
    const nh = d.nursingHome(); const hol = d.holiday(); const sh = d.shelter();
    return [`${nh} evacuated ${hol}; ${d.int(20, 140)} residents to ${sh}, MARs and face sheets sent with each.`, [nh, hol, sh]];
  }],
  ['oldest evacuee', (d) => {
    const n = d.ageOver89(); const g = d.given(); const s = d.sur(); const tw = d.town();
    return [`${n}-year-old ${g} ${s} refused to leave ${tw} until the water reached the porch. Hypothermic, T 34.9.`, [n, g, s, tw]];
  }],
  ['wound recheck on the ordinal day', (d) => {
    const o = d.dayOrdinal(); const g = d.given(); const s = d.sur();
    return [`Laceration repaired at the shelter clinic by ${g} ${s}, ${d.cred()}. Sutures out on ${o}; Tdap given.`, [g, s, o]];
  }],
  ['disaster mental health contact', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const my = d.monthYear();
    return [`DMH: ${g} ${s}, LCSW, met with family of ${g2}, who also lost a home in the ${my} fire. Sleep poor, no SI.`, [g, s, g2, my]];
  }],
  ['spiritual care at church shelter', (d) => {
    const ch = d.church(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Pastor ${g} ${s} of ${ch} visits evacuees nightly; reach him at ${ph}.`, [g, s, ch, p]];
  }],
  ['living in car with plate', (d) => {
    const pl = d.plate(); const sh = d.shelter();
    return [`Family of 4 sleeping in a gray minivan, plate ${pl}, in the ${sh} lot; declined a cot.`, [pl, sh]];
  }],
  ['shelter tablet IP', (d) => {
    const sh = d.shelter(); const ip = d.ip();
    return [`EHR downtime at ${sh}: registration tablet ${ip} offline; paper forms used.`, [sh, ip]];
  }],
  ['fax to the shelter', (d) => {
    const sh = d.shelter(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Records requested from PCP; fax to ${sh} health services ${fx}, attn: ${g} ${s}.`, [sh, p, g, s]];
  }],
  // volunteers' credentials
  ['volunteer credential record', (d) => {
    const g = d.given(); const s = d.sur(); const l = d.licence(); const b = d.badge(); const e = d.esar();
    return [`Volunteer: ${g} ${s}, RN   License ${l}   MRC badge ${b}   ESAR-VHP ID ${e}   Verified by phone.`, [g, s, l, b, e]];
  }],
  ['volunteer sign-in sheet row', (d) => {
    const dt = d.date(); const s = d.sur(); const g = d.given(); const c = d.cert(); const i = d.initials();
    return [`${dt} | ${s}, ${g} | EMT-P | Cert #${c} | In ${d.time()} | ${i}`, [dt, s, g, c, i]];
  }],
  ['deployment roster e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.email(g, s); const dt = d.date();
    return [`Deployment roster sent by ${g} ${s} <${e}>; team reports ${dt} to the staging area.`, [g, s, e, dt]];
  }],
  ['signature block', (d) => {
    const g = d.given(); const mi = d.mi(); const s = d.sur(); const dt = d.date();
    return [`Electronically signed: ${g} ${mi} ${s}, MD, DMAT field physician   ${dt} ${d.time()}`, [g, s, dt]];
  }],
  ['licence lookup in narrative', (d) => {
    const g = d.given(); const s = d.sur(); const l = d.licence();
    return [`Spontaneous volunteer ${g} ${s} states she is a nurse; license ${l} verified active on the board's site before assignment.`, [g, s, l]];
  }],
  // decontamination and hazmat
  ['decontamination record', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.tag(); const pl = d.plant(); const st = d.street(); const ds = d.dosimeter();
    return [`DECON RECORD: ${g} ${s}, tag ${t}; exposed to ${d.chemical()} at ${pl}, ${st}. Decon lane 2 at ${d.time()}. Dosimeter ${ds}.`, [g, s, t, pl, st, ds]];
  }],
  ['derailment exposure narrative', (d) => {
    const tw = d.town(); const dt = d.date(); const st = d.street();
    return [`Train derailment near ${tw} on ${dt} with a release of ${d.chemical()}; patient lives half a mile from the tracks at ${st}. Cough, eye burning.`, [tw, dt, st]];
  }],
  ['poison center case', (d) => {
    const pc = d.poisonCase(); const g = d.given(); const [ph, p] = d.phone();
    return [`Poison center case ${pc}; specialist ${g} recommends observation x 6 h; call back ${ph}.`, [pc, g, p]];
  }],
  ['hazmat team leader', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.agency(); const pl = d.plant();
    return [`Hot zone entry by ${a} hazmat team, leader ${g} ${s}; leak at ${pl} isolated at ${d.time()}.`, [a, g, s, pl]];
  }],
  // evacuations
  ['evacuation narrative with neighborhood', (d) => {
    const nb = d.neighborhood(); const tw = d.town(); const wd = d.weekday(); const st = d.street();
    return [`Family evacuated from ${nb} in ${tw} ahead of the surge on ${wd}; home at ${st} lost.`, [nb, tw, wd, st]];
  }],
  ['wildfire escape', (d) => {
    const md = d.monDay(); const st = d.street(); const tw = d.town(); const g = d.given(); const s = d.sur();
    return [`Fled the fire on ${md} from ${st} above ${tw}; partial-thickness burns to both hands. Husband ${g} ${s} still unaccounted for.`, [md, st, tw, g, s]];
  }],
  ['rooftop rescue with GPS', (d) => {
    const st = d.street(); const a = d.agency(); const [la, lo] = d.latLon();
    return [`Rescued from the roof at ${st} by ${a} boat crew; GPS ${la}, ${lo}. Submerged ~6 h, abrasions.`, [st, a, la, lo]];
  }],
  ['evacuation order by county', (d) => {
    const c = d.county(); const dt = d.date(); const tw = d.town();
    return [`${c} ordered Zone A and B evacuations ${dt}. Pt stayed in ${tw} to care for her mother.`, [c, dt, tw]];
  }],
  ['search and rescue door marking', (d) => {
    const st = d.street(); const md = d.dashMd(); const tf = d.pick(['FL-TF1', 'TX-TF1', 'TN-TF1', 'NC-TF3', 'VA-TF2']);
    return [`X-code on the door at ${st}: ${tf} / ${md} ${d.time()} / 0 live / 1 dead. Body recovered to the DMORT portable morgue.`, [st, md]];
  }],
  ['holiday flood onset', (d) => {
    const hol = d.holiday(); const nb = d.neighborhood(); const z = d.zip();
    return [`Water started rising ${hol}; all of ${nb} (ZIP ${z}) under 4 ft by morning.`, [hol, nb, z]];
  }],
  ['month and year of previous disaster', (d) => {
    const my = d.monthYear(); const tw = d.town(); const c = d.county();
    return [`Second displacement: lost a trailer in ${tw}, ${c}, in ${my} and again this week.`, [tw, c, my]];
  }],
  ['shelter address for EMS', (d) => {
    const sh = d.shelter(); const st = d.street(); const tw = d.town(); const z = d.zip();
    return [`Shelter location: ${sh}, ${st}, ${tw} ${z}. Generator power only.`, [sh, st, tw, z]];
  }],
  // death and identification
  ['body tag and recovery', (d) => {
    const bt = d.bodyTag(); const st = d.street(); const tw = d.town(); const dt = d.date();
    return [`Body tag #${bt}; recovered at ${st}, ${tw}, ${dt} ${d.time()}; transported to the disaster morgue.`, [bt, st, tw, dt]];
  }],
  ['tentative identification by relative', (d) => {
    const dm = d.meCase(); const g = d.given(); const s = d.sur(); const g2 = d.given();
    return [`DMORT case ${dm}: tentatively identified as ${g} ${s} by ${d.relation()} ${g2} from a photograph; DNA reference sample taken.`, [dm, g, s, g2]];
  }],
  ['dental identification', (d) => {
    const s = d.sur(); const pr = d.dentist(); const me = d.meCase();
    return [`Positive ID by dental comparison with antemortem films from Dr. ${s} (${pr}); ME case ${me}.`, [s, pr, me]];
  }],
  ['antemortem interview', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1930, 2005); const ps = d.pacemakerSerial(); const g2 = d.given(); const s2 = d.sur();
    return [`ANTEMORTEM DATA: ${g} ${s}, DOB ${dob}; tattoo of a rose on the left forearm; pacemaker serial ${ps}. Interview by ${g2} ${s2} at the Family Assistance Center.`, [g, s, dob, ps, g2, s2]];
  }],
  ['decedent over 89', (d) => {
    const n = d.ageOver89(); const nh = d.nursingHome(); const dt = d.date();
    return [`Decedent, ${n} years old, resident of ${nh}; died during the evacuation ${dt}. ME notified.`, [n, nh, dt]];
  }],
  ['notification of next of kin', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const bt = d.bodyTag();
    return [`Next of kin ${g} ${s} notified in person by the chaplain; contact ${ph}. Remains (${bt}) released to the funeral home.`, [g, s, p, bt]];
  }],
];

/** The names of the wave's frames. */
export const disasterFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function disasterWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11173, rounds);
}

/** Look-alikes in disaster-record style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // triage systems and categories
  ['START triage used at the scene.', 'START'], ['SALT triage: lifesaving interventions first.', 'SALT'], ['JumpSTART for children under 8.', 'JumpSTART'],
  ['Tagged Immediate.', 'Immediate'], ['Category: Delayed.', 'Delayed'], ['Minimal injuries, walking wounded.', 'walking wounded'],
  ['Expectant, comfort care.', 'Expectant'], ['Triage color RED.', 'RED'], ['Retagged GREEN after reassessment.', 'GREEN'],
  ['RPM: respirations, perfusion, mental status.', 'RPM'], ['MASS triage (Move, Assess, Sort, Send).', 'MASS triage'], ['SMART tag applied.', 'SMART tag'],
  // ICS forms, positions and places
  ['ICS 214 completed each shift.', 'ICS 214'], ['See ICS 206 for the medical plan.', 'ICS 206'], ['ICS-213 sent to logistics.', 'ICS-213'],
  ['Reported to the Medical Unit Leader.', 'Medical Unit Leader'], ['Operations Section Chief approved.', 'Operations Section Chief'],
  ['Incident Commander notified.', 'Incident Commander'], ['Ambulances held at the Staging Area.', 'Staging Area'],
  ['Casualty Collection Point set up.', 'Casualty Collection Point'], ['Unified Command established.', 'Unified Command'],
  ['EOC activated at Level 1.', 'Level 1'], ['Operational Period 3.', 'Operational Period 3'], ['Treatment area: yellow sector.', 'yellow sector'],
  ['Hot zone, warm zone and cold zone marked.', 'warm zone'], ['Decon corridor in the cold zone.', 'Decon corridor'],
  ['Public Information Officer will brief.', 'Public Information Officer'], ['Planning P meeting at shift change.', 'Planning P'],
  // national bodies, programs and teams
  ['FEMA individual assistance.', 'FEMA'], ['NDMS activated.', 'NDMS'], ['DMAT on site.', 'DMAT'], ['DMORT portable morgue unit.', 'DMORT'],
  ['American Red Cross shelter.', 'American Red Cross'], ['CERT volunteers helped.', 'CERT'], ['MRC unit deployed.', 'MRC'],
  ['ASPR requested ventilators.', 'ASPR'], ['NCMEC notified about the child.', 'NCMEC'], ['Team Rubicon mucked the house.', 'Team Rubicon'],
  ['Salvation Army canteen.', 'Salvation Army'], ['National Guard high-water vehicle.', 'National Guard'], ['Coast Guard hoist rescue.', 'Coast Guard'],
  ['Strategic National Stockpile shipment.', 'Strategic National Stockpile'], ['CHEMPACK opened.', 'CHEMPACK'], ['USAR task force searched.', 'USAR'],
  ['DMAT CA-6 relieved the night team.', 'CA-6'], ['National Weather Service warning.', 'National Weather Service'], ['CDC guidance on CO poisoning.', 'CDC'],
  ['HHS declared a public health emergency.', 'HHS'], ['JPATS used for patient movement.', 'JPATS'], ['Civil Air Patrol imagery.', 'Civil Air Patrol'],
  ['Poison Control consulted.', 'Poison Control'], ['ESAR-VHP verification done.', 'ESAR-VHP'], ['Safe and Well website.', 'Safe and Well'],
  // standards, scales and declarations
  ['NIMS compliant.', 'NIMS'], ['HICS activated.', 'HICS'], ['NFPA 472 trained.', 'NFPA 472'], ['Category 4 on the Saffir-Simpson scale.', 'Saffir-Simpson'],
  ['EF-3 tornado.', 'EF-3'], ['ERG guide 124.', 'ERG guide 124'], ['UN 1005 placard on the tanker.', 'UN 1005'], ['Magnitude 6.8 earthquake.', '6.8'],
  ['Declaration DR-4827-FL.', 'DR-4827-FL'], ['Stafford Act declaration.', 'Stafford Act'], ['Level 3 GO evacuation order.', 'Level 3 GO'],
  ['Evacuation Zone A.', 'Zone A'], ['Red Flag Warning in effect.', 'Red Flag Warning'], ['Flash Flood Emergency issued.', 'Flash Flood Emergency'],
  ['Boil water advisory.', 'Boil water advisory'], ['Shelter in place order lifted.', 'Shelter in place'], ['AQI 312 from smoke.', 'AQI 312'],
  // named storms and events
  ['Displaced by Hurricane Helene.', 'Hurricane Helene'], ['Lost everything in Hurricane Katrina.', 'Hurricane Katrina'], ['Survived Hurricane Harvey.', 'Hurricane Harvey'],
  ['Superstorm Sandy flooded the basement.', 'Superstorm Sandy'], ['After Hurricane Maria the power was out for months.', 'Hurricane Maria'],
  // drugs, antidotes and kits
  ['DuoDote autoinjector x2.', 'DuoDote'], ['Atropine 2 mg IM.', 'Atropine'], ['Pralidoxime given.', 'Pralidoxime'], ['Cyanokit (hydroxocobalamin) 5 g.', 'Cyanokit'],
  ['Potassium iodide (ThyroShield).', 'ThyroShield'], ['Prussian blue (Radiogardase).', 'Radiogardase'], ['Calcium gluconate gel to the hand.', 'Calcium gluconate'],
  ['Tdap updated.', 'Tdap'], ['Doxycycline for leptospirosis prophylaxis.', 'Doxycycline'], ['Albuterol nebs for smoke inhalation.', 'Albuterol'],
  ['Kayexalate given for missed dialysis.', 'Kayexalate'], ['Mark I kit.', 'Mark I'], ['Narcan left at the shelter.', 'Narcan'],
  // devices and brands
  ['Inogen One G5 battery died.', 'Inogen One G5'], ['SimplyGo concentrator.', 'SimplyGo'], ['LIFEPAK 15 on the truck.', 'LIFEPAK 15'],
  ['CAT tourniquet applied at 1420.', 'CAT tourniquet'], ['Israeli bandage.', 'Israeli bandage'], ['SAM splint to the forearm.', 'SAM splint'],
  ['King airway placed.', 'King airway'], ['Sked stretcher.', 'Sked'], ['Stop the Bleed kit.', 'Stop the Bleed'], ['Dexcom lost in the water.', 'Dexcom'],
  ['DaVita clinic closed.', 'DaVita'], ['Walgreens filled the Rx.', 'Walgreens'], ['Apria delivered cylinders.', 'Apria'], ['Zoll AED on the wall.', 'Zoll'],
  // scores and measures
  ['GCS 14.', 'GCS 14'], ['Burns 18% TBSA.', '18% TBSA'], ['Rule of Nines used.', 'Rule of Nines'], ['Parkland formula for fluids.', 'Parkland formula'],
  ['Lund and Browder chart.', 'Lund and Browder'], ['RTS 7.8.', 'RTS 7.8'], ['ISS 25.', 'ISS 25'], ['Carboxyhemoglobin 18%.', '18%'], ['SpO2 91% on room air.', '91%'],
  // radio channels, counts and durations
  ['Switch to MED-9.', 'MED-9'], ['VTAC 11 for EMS.', 'VTAC 11'], ['800 MHz radio cache.', '800 MHz'], ['Channel 4 for shelter ops.', 'Channel 4'],
  ['42 patients triaged.', '42 patients'], ['Shelter census 318.', 'census 318'], ['3 RED, 11 YELLOW, 26 GREEN.', '11 YELLOW'], ['12-hour operational period.', '12-hour'],
  ['Bed 34 of 250.', 'Bed 34'], ['Cot row C.', 'Cot row C'], ['Decon lane 2.', 'Decon lane 2'], ['Missed 2 dialysis sessions.', '2 dialysis sessions'],
  // codes
  ['X37.0XXA cataclysmic storm.', 'X37.0XXA'], ['T75.1XXA drowning and nonfatal submersion.', 'T75.1XXA'], ['T58.01XA carbon monoxide from motor vehicle exhaust.', 'T58.01XA'],
  ['Z59.01 sheltered homelessness.', 'Z59.01'], ['Z65.5 exposure to disaster.', 'Z65.5'], ['CPT 99283.', '99283'],
  // generic places
  ['Seen at the shelter clinic.', 'shelter clinic'], ['Cooling center open until 8 pm.', 'Cooling center'], ['Family Assistance Center opened.', 'Family Assistance Center'],
  ['The levee failed overnight.', 'levee'], ['Moved to the reunification center.', 'reunification center'], ['Disaster Recovery Center visit.', 'Disaster Recovery Center'],
  ['Brought to the field hospital.', 'field hospital'], ['Evacuated by school bus.', 'school bus'], ['I-40 closed by landslides.', 'I-40'], ['The Gulf Coast took the hit.', 'Gulf Coast'],
  ['Moved from Florida to Georgia.', 'Georgia'], ['Western North Carolina.', 'Western North Carolina'],
  // relations, roles, ages and years
  ['Her daughter is missing.', 'daughter'], ['The shelter manager approved.', 'shelter manager'], ['Chaplain present.', 'Chaplain'],
  ['88-year-old evacuee.', '88'], ['Flooded in 2016 as well.', '2016'], ['Household of 6.', 'Household of 6'],
  // everyday words that are also names or towns
  ['Expresses hope that the house survived.', 'hope'], ['Storm surge of 12 ft.', 'Storm surge'], ['An ember landed on the roof.', 'ember'],
  ['Described the town as paradise before the fire.', 'paradise'], ['Superior vena cava syndrome ruled out.', 'Superior'], ['Fall hazard in the shelter.', 'hazard'],
  ['Liberty to leave at any time.', 'Liberty'], ['Wound union is good.', 'union'], ['Grace period for FEMA appeals.', 'Grace period'], ['Rain gear issued.', 'Rain'],
  ['Will return for a recheck.', 'Will'], ['Frost injury to the toes.', 'Frost'], ['Flood water exposure.', 'Flood water'], ['Gale warning on the coast.', 'Gale'],
];

export const disasterKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedDisasterKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(disasterKeepCases(), find);

export function scoreDisasterWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => disasterWaveCases(seed)), find);
}
