// A blind wave of the history parts of admission H&Ps and ED notes, psychiatric evaluations and substance-use notes:
// social histories (employers and workplaces with their towns, retirements, schools and colleges, churches and
// congregations, military service with bases and VA sites, hometowns and moves, who the patient lives with, named
// spouses, kids, roommates and kin nicknames), collateral from named relatives and friends with their phones, e-mails
// and social media handles, named case workers, probation officers, guardians and health-care proxies, court dates
// and docket numbers, police and incident numbers, legal holds with their dates (Section 12, 5150, blue paper), named
// shelters, group homes, sober houses and jails, outpatient psychiatrists, therapists and prescribers with their
// practices and towns, prior admissions to named hospitals and detoxes, methadone clinics, AA sponsors and home
// groups, family history pedigrees with named relatives and parents' ages over 89, MVC histories with licence and
// plate numbers, and dates in every form clinicians write them ('since last Tuesday', 'on the 14th', '3/2', 'March
// 3rd', birthdays, anniversaries, sobriety dates, 'Christmas 2019'), in mixed case, ALL CAPS and lower case. A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreHistoryWave`.
// Decisions: a named organisation (employer, school, college, church, shelter, group home, sober house, practice,
// clinic, hospital, nursing home, jail, court, agency) is planted whole as written, with its kind word when the word
// is part of its name ('Lincoln Elementary', 'First Baptist Church', 'Bath Iron Works', 'Spring Harbor Hospital',
// 'Oxford Street Shelter'); a generic trailing word outside the name ('group home', 'sober house') is kept; national
// chains are planted like local employers ('works at Walmart in Augusta'), since with the role and the town they
// single the patient out; a military base is planted whole ('Fort Devens', 'Loring AFB'), a VA site by its town ('VA
// in Togus': Togus), while 'the VA', branches, ranks, units and countries of deployment are kept; a police
// department's town is planted and 'PD' is not; a county is planted with the word 'County'; a state is kept; a street
// is planted with its kind word and its number ('14 Maple St'); a nickname ('husband Mikey', 'goes by Bubba') is a
// name and planted; a credential ('LCSW', 'MD') and a title ('Dr.', 'Pastor', 'Sgt.') are not; a relation word
// ('wife', 'MGM') is kept; a weekday ('last Tuesday'), an ordinal day ('the 14th'), a month with a day ('March 3rd'),
// a month with a year ('6/2021', 'June 2021') and a holiday with a year ('Christmas 2019', planted whole) are dates; a
// holiday alone ('since Christmas', 'around the holidays') is kept, as are years alone and times; ages over 89 are
// planted as numbers, 89 and under kept; phones are planted without a leading '('; an extension is planted; a licence,
// plate, badge, incident, docket, health plan, MRN and account number is planted without its label; an e-mail and a
// handle are planted whole (the handle with its '@'). Kept (look-alikes): Alcoholics Anonymous, AA, NA, Al-Anon,
// SMART Recovery; DSM and ICD codes; PHQ-9, GAD-7, CIWA, COWS, C-SSRS, AUDIT-C, MoCA, MMSE scores; drug and dose text
// incl. 'buprenorphine-naloxone 8/2 mg'; street names of drugs that are also names (molly, tina, Mary Jane, Charlie,
// Special K); pack-years; 'Section 12', 'Section 35', '5150', '5250', 'blue paper', Baker Act, Marchman Act,
// Tarasoff; generic places ('the VA', 'the shelter', 'the mill', 'county jail', 'detox', 'I-95'); relations without
// names; holidays without years; military ranks, branches, units and wars; school grades ('10th grade'); ages ≤ 89;
// years alone; states and countries; eponymous conditions (Korsakoff, Wernicke, Tourette, Asperger, Huntington,
// Alzheimer, Capgras, Munchausen); words that are also names used as words (hope, grace, faith, crystal, brandy).
// Measured before rules: 0.765 recall on seeds 5, 11, 23 (2383/3114), 0.757 on fresh seeds 41, 42, 43 (2357/3114); 12/99
// look-alikes touched ("AA and NA", "tina", "Mary Jane", "Charlie", "sherry", "Jack Daniels", "the Baker Act", "the mill",
// "Christmas", "Thanksgiving", "Somalia", "Huntington").
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, ca, frca, frca, ie, gb, mx, br, vi];

/** Given names and surnames that are everyday words (some of them also words of substance use). */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'Dawn', 'Crystal', 'Misty', 'Brandy', 'Sherry', 'Chase', 'Rusty', 'Buck', 'Bud', 'Jack', 'Jim', 'Sunny', 'Stormy', 'Destiny', 'Harmony', 'Chance', 'Major', 'Royal', 'Rocky', 'Autumn', 'Summer', 'Angel', 'Trinity', 'Justice', 'Star', 'Clay'];
const WORD_SUR = ['Price', 'Hill', 'Church', 'Young', 'Bell', 'Frost', 'Marsh', 'Hunt', 'Cross', 'Booth', 'Lane', 'Park', 'Strong', 'Wise', 'Law', 'Judge', 'Pope', 'King', 'Small', 'Brewer', 'Baker', 'Gamble', 'Drinkwater', 'Walker', 'Fisher', 'Hunter', 'Savage', 'Moody', 'Sweet', 'Goodwin', 'Cash', 'Nicely'];
/** Nicknames kin and friends go by. */
const NICKS = ['Mikey', 'Bubba', 'Sissy', 'Butch', 'Peanut', 'Tink', 'Boo', 'Smitty', 'Red', 'Skip', 'Bucky', 'Dot', 'Punky', 'Bunny', 'Sully', 'Murph', 'Jojo', 'Dee Dee', 'Bobbi', 'Junie', 'Stevie', 'Chickie', 'Tater', 'Moose', 'Sonny', 'Bootsie', 'Pudge', 'Nono'];
/** Towns that are everyday words, names or countries (many of them real towns in Maine and New England). */
const WORD_TOWNS = ['Bath', 'Hope', 'Union', 'Liberty', 'Freedom', 'Friendship', 'Unity', 'Industry', 'Harmony', 'Paris', 'Mexico', 'Poland', 'Norway', 'Peru', 'China', 'Denmark', 'Sweden', 'Lebanon', 'Madison', 'Belfast', 'Calais', 'Wales', 'Corinth', 'Athens', 'Troy', 'Dover', 'Windsor', 'Canton', 'Jay', 'Orient', 'Monroe', 'Milo', 'Dexter', 'Lowell', 'Berlin', 'Concord', 'Salem', 'Derby', 'Gray', 'Hollis', 'Wells', 'Naples', 'Rome', 'Vienna', 'Carmel', 'Eden'];
const REAL_TOWNS = ['Lewiston', 'Auburn', 'Biddeford', 'Saco', 'Sanford', 'Waterville', 'Skowhegan', 'Rumford', 'Augusta', 'Gardiner', 'Brunswick', 'Topsham', 'Rockland', 'Ellsworth', 'Presque Isle', 'Caribou', 'Millinocket', 'Houlton', 'Wiscasset', 'Brockton', 'Fall River', 'Worcester', 'Pittsfield', 'Holyoke', 'Chicopee', 'Nashua', 'Laconia', 'Claremont', 'Rutland', 'Barre', 'St. Johnsbury', 'Bennington', 'Old Town', 'Farmington', 'Winthrop', 'Sabattus', 'Westbrook', 'South Portland'];
const STATES = ['ME', 'MA', 'NH', 'VT', 'Maine', 'Massachusetts', 'New Hampshire'];
const STREET_WORDS = ['Maple', 'Elm', 'Pine', 'Oak', 'Main', 'Lisbon', 'Pleasant', 'Summer', 'Water', 'Union', 'Bartlett', 'Pierce', 'Knox', 'Ash', 'Birch', 'River', 'Mill', 'School', 'High', 'Spring', 'Center', 'Park', 'Winter', 'Prospect', 'Grove'];
const STREET_KINDS = ['Street', 'St', 'St.', 'Ave', 'Avenue', 'Road', 'Rd', 'Lane', 'Drive'];
const SAINTS = ['Mary', 'Joseph', 'Patrick', 'Anne', 'Peter', 'Michael', 'Jude', 'Francis', 'Rose of Lima', 'Theresa', 'Augustine', 'John the Baptist'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Christmas', 'Thanksgiving', 'Easter', "New Year's Eve", 'the Fourth of July', 'Memorial Day', 'Labor Day', 'Halloween', "Mother's Day", "Valentine's Day"];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'niece', 'nephew', 'girlfriend', 'boyfriend', 'fiancée', 'aunt', 'grandmother', 'stepfather', 'ex-wife', 'partner'];
const ROLES = ['cashier', 'CNA', 'line cook', 'welder', 'pipefitter', 'truck driver', 'custodian', 'bartender', 'dishwasher', 'machinist', 'stocker', 'night auditor', 'ed tech', 'roofer', 'lobsterman', 'electrician', 'paraprofessional', 'bus driver', 'home health aide', 'forklift operator'];
const NATIONAL_EMPLOYERS = ['Hannaford', 'Pratt & Whitney', 'Bath Iron Works', 'L.L.Bean', 'Walmart', 'Market Basket', "Shaw's", "Dunkin'", 'Cumberland Farms', 'IDEXX', 'Irving', 'Home Depot', "Lowe's", 'UPS', 'FedEx', 'Electric Boat', 'General Dynamics', 'Sappi', 'Amazon', 'Dollar General', 'Tim Hortons', "McDonald's", 'Fairchild Semiconductor', 'Unum', 'Poland Spring', 'Cianbro', 'Hussey Seating', 'Wyman\'s', 'Circle K', 'Rite Aid'];
const BUSINESS_KINDS = ['Auto Body', 'Construction', '& Sons Plumbing', 'Roofing', 'Landscaping', 'Trucking', 'Lobster Co.', 'Diner', 'Electric', 'Septic Service', 'Logging'];
const BASES = ['Fort Devens', 'Fort Bragg', 'Fort Hood', 'Camp Lejeune', 'Camp Pendleton', 'Fort Drum', 'Brunswick Naval Air Station', 'Loring AFB', 'Loring Air Force Base', 'Pease AFB', 'Fort Benning', 'Fort Campbell', 'Schofield Barracks', 'Ramstein', 'Fort Leonard Wood', 'Naval Station Norfolk', 'Fort Sill', 'Parris Island', 'Camp Shelby', 'Hanscom AFB', 'Otis ANGB', 'Fort Polk', 'Joint Base Lewis-McChord', 'Camp Casey'];
const VA_TOWNS = ['Togus', 'Bedford', 'Manchester', 'White River Junction', 'Brockton', 'Jamaica Plain', 'West Roxbury', 'Northampton', 'Lewiston', 'Caribou', 'Bangor', 'Saco'];
const PSYCH_HOSPITALS = ['Spring Harbor Hospital', 'Riverview Psychiatric Center', 'Dorothea Dix Psychiatric Center', 'Acadia Hospital', 'McLean Hospital', 'Butler Hospital', 'Brattleboro Retreat', 'Arbour Hospital', 'Pembroke Hospital', 'Bournewood Hospital', 'New Hampshire Hospital', 'Cedar Crest', 'Hampstead Hospital', 'Westborough State Hospital', 'Northern Maine Medical Center', 'St. Mary\'s Regional Medical Center'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Behavioral Health Hospital', 'Hospital'];
const PRACTICES = ['Sweetser', 'Community Health and Counseling Services', 'Tri-County Mental Health', 'Kennebec Behavioral Health', 'Maine Behavioral Healthcare', 'Crisis & Counseling Centers', 'Aroostook Mental Health Center', 'Seacoast Mental Health Center', 'Riverbend Community Mental Health', 'Clinical Services of Rhode Island', 'Health Affiliates Maine', 'Catholic Charities Maine'];
const PRACTICE_KINDS = ['Counseling Associates', 'Family Therapy', 'Behavioral Health', 'Psychiatric Associates', 'Counseling Center', 'Wellness Group', 'Psychological Services'];
const SHELTERS = ['Oxford Street Shelter', 'Hope House', 'Bangor Area Homeless Shelter', 'Preble Street', 'Milestone', 'Pine Street Inn', 'Mid-Maine Homeless Shelter', 'Tedford Housing', 'Florence House', 'Seeds of Hope', 'Bread of Life', 'Kennebec Valley Family Shelter', 'Harbor House', 'St. Francis House'];
const SOBER_HOUSES = ['Serenity House', 'Crossroads', 'Journey House', 'Rise Recovery', 'Oxford House Bates', 'Fresh Start Recovery', "Liberty's Door", 'Grace House', 'Lighthouse Recovery'];
const METHADONE = ['CAP Quality Care', 'Discovery House', 'Groups Recover Together', 'Colonial Management Group', 'Merrimack River Medical Services', 'BayMark Health Services', 'Habit OPCO', 'Crossroads Treatment Center'];
const DETOXES = ['Milestone detox', 'AdCare', 'Bournewood', 'Gosnold', 'Serenity Hill', 'Farnsworth', 'Ashley Addiction Treatment', 'Arms Acres', 'Phoenix House', 'Spectrum Health Systems'];
const CHURCH_KINDS = ['First Baptist Church', 'First Congregational Church', 'Calvary Chapel', 'Church of the Nazarene', 'Kingdom Hall', 'United Methodist Church', 'Pentecostal Church of God', 'Assembly of God', 'Grace Bible Church', 'New Hope Fellowship', 'Temple Beth El', 'Islamic Center', 'Vineyard Church', 'Bible Baptist Church'];
const COLLEGES = ['University of Southern Maine', 'UMaine Orono', 'Husson University', 'Bates College', 'Colby', 'Central Maine Community College', 'Southern Maine Community College', 'Kennebec Valley Community College', 'Thomas College', 'Saint Joseph\'s College', 'UNE', 'Keene State', 'Plymouth State', 'UMass Lowell', 'Quinsigamond Community College', 'Beal University'];
const SCHOOL_KINDS = ['Elementary', 'Elementary School', 'Middle School', 'High School', 'Regional High School', 'Academy', 'Intermediate School'];
const SCHOOL_NAMES = ['Lincoln', 'Washington', 'Longfellow', 'Montello', 'Farwell', 'Geiger', 'Sherwood Heights', 'Deering', 'Edward Little', 'Lake Region', 'Mt. Blue', 'Oxford Hills', 'Messalonskee', 'Cony', 'Skowhegan Area', 'Thornton', 'Noble', 'Marshwood', 'Bonny Eagle', 'Nokomis', 'Hermon', 'Mt. Ararat', 'Fryeburg', 'Foxcroft', 'Lee'];
const NURSING_HOMES = ['Marshwood Center', 'Clover Health Care', 'Maine Veterans\' Home', 'Sunnybrook', 'Russell Park Rehabilitation', 'Hillcrest', 'Woodlands Senior Living', 'Ledgeview', 'The Cedars', 'Orchard Park', 'Seal Rock', 'Gorham House', 'Montello Manor'];
const AGENCIES = ['Port Resources', 'Motivational Services', 'KFI', 'Independence Association', 'Spurwink', 'Shalom House', 'OHI', 'Assistance Plus', 'Living Innovations', 'Woodfords Family Services', 'Kennebec Valley Community Action'];
const COUNTIES = ['Androscoggin', 'Cumberland', 'Kennebec', 'York', 'Penobscot', 'Aroostook', 'Oxford', 'Sagadahoc', 'Somerset', 'Knox', 'Hancock', 'Washington', 'Franklin', 'Hampden', 'Worcester', 'Bristol', 'Hillsborough', 'Merrimack', 'Rockingham', 'Strafford', 'Alameda'];
const COURT_CODES = ['LEWDC', 'AUBSC', 'PORDC', 'AUGDC', 'BANDC', 'SKODC', 'ROCDC', 'BIDDC', 'WATDC', 'YORCD', 'KENCD', 'CUMCD'];
const BRANCHES = ['Army', 'Marine Corps', 'Navy', 'Air Force', 'Army National Guard', 'Coast Guard'];
const RANKS = ['E-4', 'E-5', 'Sergeant', 'Specialist', 'Lance Corporal', 'Petty Officer 2nd Class', 'Staff Sergeant', 'Corporal', 'Airman First Class'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  nick(): string {
    return this.pick(NICKS);
  }
  /** A given name or a nickname, as kin are written. */
  kin(): string {
    return this.r() < 0.35 ? this.nick() : this.given();
  }
  rel(): string {
    return this.pick(RELATIVES);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  /** A city of one of the faker locales (for where a patient came from). */
  foreignTown(): string {
    return this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A street with its kind word, with a house number or without. */
  street(): string {
    const s = `${this.pick(STREET_WORDS)} ${this.pick(STREET_KINDS)}`;
    return this.r() < 0.5 ? `${this.int(2, 480)} ${s}` : s;
  }
  employer(): string {
    const x = this.r();
    if (x < 0.5) return this.pick(NATIONAL_EMPLOYERS);
    if (x < 0.7) return `${this.sur()}'s ${this.pick(BUSINESS_KINDS)}`;
    if (x < 0.85) return `${this.town()} ${this.pick(['Public Works', 'Fire Department', 'School Department', 'Housing Authority', 'Paper Mill', 'Rehab & Nursing'])}`;
    return this.faker().company.name();
  }
  school(): string {
    return this.r() < 0.6 ? `${this.pick(SCHOOL_NAMES)} ${this.pick(SCHOOL_KINDS)}` : `${this.town()} ${this.pick(['High School', 'Middle School', 'Elementary', 'Regional High School'])}`;
  }
  college(): string {
    return this.pick(COLLEGES);
  }
  church(): string {
    const x = this.r();
    if (x < 0.35) return `St. ${this.pick(SAINTS)}'s${this.pick(['', ' Church', ' Parish', ' Catholic Church'])}`;
    if (x < 0.65) return `${this.pick(CHURCH_KINDS)} of ${this.town()}`;
    return this.pick(CHURCH_KINDS);
  }
  base(): string {
    return this.pick(BASES);
  }
  psychHospital(): string {
    const x = this.r();
    if (x < 0.55) return this.pick(PSYCH_HOSPITALS);
    if (x < 0.7) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  practice(): string {
    const x = this.r();
    if (x < 0.45) return this.pick(PRACTICES);
    if (x < 0.75) return `${this.town()} ${this.pick(PRACTICE_KINDS)}`;
    return `${this.sur()} ${this.pick(PRACTICE_KINDS)}`;
  }
  shelter(): string {
    return this.r() < 0.7 ? this.pick(SHELTERS) : `${this.town()} Area Homeless Shelter`;
  }
  groupHome(): string {
    return this.r() < 0.5 ? `${this.sur()} House` : `${this.pick(STREET_WORDS)} Street`;
  }
  nursingHome(): string {
    return this.r() < 0.6 ? this.pick(NURSING_HOMES) : `${this.town()} ${this.pick(['Rehab & Nursing', 'Health Care Center', 'Nursing Home', 'Assisted Living'])}`;
  }
  agency(): string {
    return this.pick(AGENCIES);
  }
  county(): string {
    return `${this.pick(COUNTIES)} County`;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  override mdy(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${this.year()}` : `${m}/${d}/${pad2(this.year() % 100)}`;
  }
  /** A month and a day without a year, in a clinician's forms ('3/2', 'March 3rd', 'Mar 3', '3-2'). */
  monthDay(): string {
    const [m, d] = this.md();
    switch (this.int(0, 4)) {
      case 0: return `${m}/${d}`;
      case 1: return `${MONTHS[m - 1]!} ${ordinal(d)}`;
      case 2: return `${MON[m - 1]!} ${d}`;
      case 3: return `${MONTHS[m - 1]!} ${d}`;
      default: return `${pad2(m)}/${pad2(d)}`;
    }
  }
  /** A month with a year ('6/2021', 'June 2021', 'Jun 21'). */
  monthYear(y = this.year()): string {
    const m = this.int(1, 12);
    switch (this.int(0, 3)) {
      case 0: return `${m}/${y}`;
      case 1: return `${MONTHS[m - 1]!} ${y}`;
      case 2: return `${MON[m - 1]!} ${y}`;
      default: return `${MON[m - 1]!} '${pad2(y % 100)}`;
    }
  }
  /** A full date in one of the forms notes use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    switch (this.int(0, 6)) {
      case 0: return `${pad2(m)}/${pad2(d)}/${y}`;
      case 1: return `${m}/${d}/${pad2(y % 100)}`;
      case 2: return `${MONTHS[m - 1]!} ${d}, ${y}`;
      case 3: return `${MON[m - 1]!} ${d} ${y}`;
      case 4: return `${m}-${d}-${pad2(y % 100)}`;
      case 5: return `${d} ${MON[m - 1]!} ${y}`;
      default: return `${m}/${d}/${y}`;
    }
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  dob(lo = 1935, hi = 2006): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = this.pick(['207', '207', '603', '802', '508', '617', '774', '978', '413', String(this.int(201, 989))]);
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
    return [f, f];
  }
  /** A seven-digit local number, as family write them. */
  localPhone(): string {
    return `${this.int(200, 999)}-${String(this.int(0, 9999)).padStart(4, '0')}`;
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    const local = this.pick([`${a}.${b}`, `${a}${b}${this.int(1, 99)}`, `${a[0]!}${b}`, `${b}${a[0]!}${this.int(60, 99)}`, `${a}_${b}207`]);
    return `${local}@${this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com', 'roadrunner.com', 'myfairpoint.net'])}`;
  }
  handle(g: string, s: string): string {
    const a = asciiLetters(g) || 'kay';
    const b = asciiLetters(s) || 'dee';
    return `@${this.pick([`${a}_${b}`, `${a}${b}${this.int(1, 99)}`, `${a}.${b}207`, `${b}${this.int(80, 99)}`, `lil${a}${this.int(1, 9)}`])}`;
  }
  /** A driver's licence number in one of the New England forms. */
  licence(): string {
    switch (this.int(0, 3)) {
      case 0: return this.digitString(7);
      case 1: return `S${this.digitString(8)}`;
      case 2: return `${pad2(this.int(1, 12))}${this.letters(3)}${this.digitString(5)}`;
      default: return this.digitString(8);
    }
  }
  plate(): string {
    switch (this.int(0, 3)) {
      case 0: return `${this.digitString(4)} ${this.letters(2)}`;
      case 1: return `${this.letters(3)} ${this.digitString(3)}`;
      case 2: return `${this.int(1, 9)}${this.letters(2)}${this.digitString(3)}`;
      default: return `${this.digitString(3)}-${this.digitString(3)}`;
    }
  }
  incident(): string {
    const yy = pad2(this.int(18, 25));
    switch (this.int(0, 3)) {
      case 0: return `${yy}-${this.digitString(5)}`;
      case 1: return `${this.year()}-${this.digitString(6)}`;
      case 2: return `IR${this.digitString(7)}`;
      default: return `${yy}-${this.digitString(4)}-OF`;
    }
  }
  docket(): string {
    return this.r() < 0.6 ? `${this.pick(COURT_CODES)}-CR-${this.year()}-${String(this.int(1, 2999)).padStart(5, '0')}` : `${pad2(this.int(18, 25))}${pad2(this.int(1, 99))}CR${this.digitString(6)}`;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // social history: work, school, faith, service
  ['SH works at employer in town as role', (d) => { const e = d.employer(); const t = d.town(); return [`SOCIAL HISTORY: Works at ${e} in ${t} as a ${d.pick(ROLES)}, ${d.pick(['full time', 'nights', '3rd shift', 'per diem', '32 hrs/wk'])}.`, [e, t]]; }],
  ['SH retired from employer after years', (d) => { const e = d.employer(); return [`Retired from ${e} in ${d.int(1998, 2022)} after ${d.int(12, 41)} years on the ${d.pick(['floor', 'line', 'road', 'docks'])}. Widowed.`, [e]]; }],
  ['SH teacher at named school', (d) => { const s = d.school(); const t = d.town(); return [`She is a ${d.pick(['2nd grade', 'special ed', 'kindergarten', 'math', 'art'])} teacher at ${s} in ${t}; on leave since the incident.`, [s, t]]; }],
  ['adolescent in grade at school with counselor', (d) => { const s = d.school(); const c = d.sur(); return [`Patient is in the ${ordinal(d.int(6, 12))} grade at ${s}, has an IEP for ADHD; school counselor Ms. ${c} reports declining grades.`, [s, c]]; }],
  ['college student and dorm', (d) => { const c = d.college(); const h = `${d.sur()} Hall`; return [`${d.pick(['Sophomore', 'Freshman', 'Junior', 'Senior'])} at ${c}, lives in ${h}; RA found her and called campus safety.`, [c, h]]; }],
  ['SH lives with husband nickname and kids', (d) => {
    const n = d.nick(); const a = d.given(); const b = d.given(); const t = d.town();
    return [`Lives with husband ${n} and their two kids, ${a} (${d.int(3, 9)}) and ${b} (${d.int(10, 17)}), in a trailer in ${t}.`, [n, a, b, t]];
  }],
  ['SH lives with roommate on street', (d) => { const st = d.street(); const g = d.given(); const s = d.sur(); return [`Rents an apartment on ${st} with a roommate, ${g} ${s}, who found him unresponsive and called 911.`, [st, g, s]]; }],
  ['SH grew up in town moved to town', (d) => { const a = d.town(); const b = d.town(); return [`Grew up in ${a}, ${d.state()}; moved to ${b} in ${d.int(1990, 2020)} to be near her sister.`, [a, b]]; }],
  ['SH born and raised oldest of N father worked at', (d) => { const t = d.town(); const e = d.employer(); return [`Born and raised in ${t}, the oldest of ${d.int(3, 9)} children. Father worked at ${e} and drank heavily.`, [t, e]]; }],
  ['SH church and pastor visits', (d) => { const c = d.church(); const g = d.given(); const s = d.sur(); return [`Faith is important to her; active at ${c}. Pastor ${g} ${s} visits weekly and is a support.`, [c, g, s]]; }],
  ['SH military service stationed at base', (d) => {
    const b = d.base(); const y = d.int(1966, 2010);
    return [`Served in the ${d.pick(BRANCHES)} ${y}-${y + d.int(2, 8)}, stationed at ${b}; ${d.pick(RANKS)}, honorable discharge.`, [b]];
  }],
  ['SH care at the VA in town with PCP', (d) => { const t = d.pick(VA_TOWNS); const s = d.sur(); return [`Gets primary care at the VA in ${t} (PCP Dr. ${s}); 70% service-connected for PTSD.`, [t, s]]; }],
  ['SH deployed then last duty station', (d) => { const b = d.base(); const y = d.int(2003, 2012); return [`Deployed to ${d.pick(['Iraq', 'Afghanistan', 'Kuwait'])} twice; last duty station ${b}; discharged ${y}, OTH.`, [b]]; }],
  ['immigrated from foreign town', (d) => { const t = d.foreignTown(); return [`Immigrated from ${t}, ${d.pick(['Somalia', 'Brazil', 'Quebec', 'Vietnam', 'Angola', 'Mexico', 'Iraq'])} in ${d.int(1995, 2022)}; lives with extended family.`, [t]]; }],
  ['prefers to be called nickname', (d) => { const g = d.given(); const s = d.sur(); const n = d.nick(); return [`Patient ${g} ${s} prefers to be called "${n}".`, [g, s, n]]; }],
  // family history and ages
  ['mother over 89 lives in town', (d) => { const a = d.ageOver89(); const t = d.town(); return [`Mother is ${a} and lives in ${t}; patient is her primary caregiver and feels "burnt out".`, [a, t]]; }],
  ['FH father died at over 89 mother over 89', (d) => { const a = d.ageOver89(); const b = d.ageOver89(); return [`FH: Father died at ${a} ("old age"). Mother, ${b}, living, with dementia.`, [a, b]]; }],
  ['FH pedigree named relatives', (d) => {
    const m = d.given(); const u = d.given(); const b = d.nick();
    return [`FAMILY HISTORY: Mother (${m}) - bipolar I, on lithium. Maternal uncle ${u} completed suicide at ${d.int(19, 60)}. Brother ${b} - OUD, in recovery.`, [m, u, b]];
  }],
  ['FH father hospitalized at named hospital', (d) => { const h = d.psychHospital(); const g = d.given(); return [`Father was hospitalized at ${h} for schizophrenia; paternal aunt ${g} had ECT in the 1980s.`, [h, g]]; }],
  ['grandmother over 89 in nursing home', (d) => { const a = d.ageOver89(); const n = d.nursingHome(); return [`Grandmother, ${a}, at ${n}, raised him from age 6.`, [a, n]]; }],
  ['ED age over 89 from nursing home', (d) => { const a = d.ageOver89(); const n = d.nursingHome(); return [`${a} yo ${d.pick(['F', 'M'])} sent in from ${n} for agitation and new confusion.`, [a, n]]; }],
  // collateral, contacts, proxies, guardians
  ['collateral from relative by phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Collateral obtained from pt's ${d.rel()}, ${g} ${s}, by phone at ${ph}: she reports he has not slept in 4 days.`, [g, s, p]];
  }],
  ['collateral from friend e-mail', (d) => { const g = d.given(); const s = d.sur(); const e = d.email(g, s); return [`Friend ${g} (${e}) emailed screenshots of texts sent overnight.`, [g, e]]; }],
  ['posted on social media handle', (d) => { const g = d.given(); const s = d.sur(); const h = d.handle(g, s); return [`Per sister, pt posted "goodbye everyone" on ${d.pick(['Instagram', 'TikTok', 'Snapchat', 'X'])} as ${h} at ${d.int(1, 4)}am.`, [h]]; }],
  ['HCP relative with phone', (d) => { const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); return [`HCP: ${d.rel()} ${g} ${s}, ${ph}. Not invoked.`, [g, s, p]]; }],
  ['guardian from agency with phone', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.agency(); const [ph, p] = d.phone();
    return [`Has a court-appointed guardian, ${g} ${s} of ${a} (${ph}), who must consent to medications.`, [g, s, a, p]];
  }],
  ['DHHS caseworker with extension and kids', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const x = d.digitString(4); const k1 = d.given(); const k2 = d.given();
    return [`DHHS caseworker ${g} ${s} (${ph} x${x}) notified re: safety plan for children ${k1} and ${k2}.`, [g, s, p, x, k1, k2]];
  }],
  ['spouse nickname at bedside since date', (d) => { const n = d.nick(); const md = d.monthDay(); return [`Wife ${n} at bedside, states he "hasn't been right" since his brother's funeral on ${md}.`, [n, md]]; }],
  ['husband cell number read texts', (d) => { const g = d.given(); const [ph, p] = d.phone(); return [`Husband ${g} (cell ${ph}) read aloud texts she sent at 0214 saying she "can't do this anymore".`, [g, p]]; }],
  ['local seven-digit number from family', (d) => { const g = d.kin(); const n = d.localPhone(); return [`Best contact is her ${d.pick(['mom', 'aunt', 'nana', 'sister'])} ${g} at ${n} (no cell service at home).`, [g, n]]; }],
  // ED: police, legal, MVC
  ['BIBA with police officer badge and incident', (d) => {
    const t = d.town(); const s = d.sur(); const b = d.digitString(d.int(3, 4)); const i = d.incident();
    return [`BIBA with ${t} PD, Officer ${s} #${b}; incident #${i}. Found on the bridge railing.`, [t, s, b, i]];
  }],
  ['MVC with licence plate and state police case', (d) => {
    const c = d.incident(); const l = d.licence(); const p = d.plate(); const t = d.town();
    return [`MVC: per state police report ${c}, driver's license ${l}, plate ${p}, single-vehicle rollover on I-95 near ${t}.`, [c, l, p, t]];
  }],
  ['licence suspended since date after OUI', (d) => { const l = d.licence(); const dt = d.mdy(); return [`Licence #${l} suspended since ${dt} after his 2nd OUI.`, [l, dt]]; }],
  ['security noted truck plate', (d) => { const p = d.plate(); return [`Security noted his truck (${d.state()} plate ${p}) was left running in the ambulance bay.`, [p]]; }],
  ['court date at court with attorney', (d) => {
    const md = d.monthDay(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Has a court date ${md} at ${t} District Court for OUI; attorney ${g} ${s} is aware.`, [md, t, g, s]];
  }],
  ['probation officer with phone through month year', (d) => {
    const my = d.monthYear(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`On probation through ${my}; PO ${g} ${s}, ${ph}. Condition: no alcohol.`, [my, g, s, p]];
  }],
  ['bail conditions docket and protected person', (d) => {
    const k = d.docket(); const g = d.given(); const s = d.sur();
    return [`Bail conditions (docket ${k}) prohibit contact with ex-girlfriend ${g} ${s}.`, [k, g, s]];
  }],
  ['incarcerated at county jail month year to month year', (d) => {
    const c = d.county(); const y = d.int(2012, 2022); const a = d.monthYear(y); const b = d.monthYear(y + d.int(1, 3));
    return [`Incarcerated at ${c} Jail ${a} to ${b}; released to the street.`, [c, a, b]];
  }],
  // ED: dates of use and onset
  ['drinking since last weekday', (d) => { const w = d.weekday(); return [`Reports drinking a fifth of vodka daily since last ${w}; last drink this AM.`, [w]]; }],
  ['last use on the ordinal', (d) => { const o = ordinal(d.int(1, 31)); return [`Last used fentanyl on the ${o}, smoked; denies IV use since.`, [o]]; }],
  ['binge since m/d', (d) => { const [m, dd] = d.md(); const md = `${m}/${dd}`; return [`Binge drinking since ${md} after losing his job; CIWA 14 on arrival.`, [md]]; }],
  ['ED sign-out and psych NP', (d) => { const s = d.sur(); const g = d.given(); const s2 = d.sur(); return [`Signed out to Dr. ${s} at 0700; psych NP ${g} ${s2} to evaluate when medically clear.`, [s, g, s2]]; }],
  // shelters, housing, group homes
  ['staying at shelter in town with case manager', (d) => {
    const h = d.shelter(); const t = d.town(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Currently staying at ${h} in ${t}; case manager ${g} ${s} (${ph}).`, [h, t, g, s, p]];
  }],
  ['resides at group home with staff', (d) => { const h = d.groupHome(); const g = d.given(); const a = d.agency(); return [`Resides at the ${h} group home run by ${a}; staff member ${g} accompanied.`, [h, a, g]]; }],
  ['sober house on street with house manager', (d) => {
    const h = d.pick(SOBER_HOUSES); const st = d.street(); const n = d.nick();
    return [`Living at ${h} sober house on ${st}; house manager "${n}" drug tests weekly.`, [h, st, n]];
  }],
  // psychiatric evaluation: holds, prior care
  ['Section 12 signed date and expiry', (d) => {
    const a = d.mdy(); const s = d.sur(); const o = ordinal(d.int(1, 28));
    return [`Section 12(a) signed ${a} at ${d.time()} by Dr. ${s}; expires on the ${o} at ${d.time()}.`, [a, s, o]];
  }],
  ['5150 by county team on date hearing weekday', (d) => {
    const c = d.county(); const dt = d.date(); const w = d.weekday();
    return [`Placed on 5150 by ${c} mobile crisis on ${dt}; 5250 certification review hearing ${w}.`, [c, dt, w]];
  }],
  ['blue paper completed by LCSW of agency', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.practice(); const dt = d.monthDay();
    return [`Brought in on a blue paper completed by ${g} ${s}, LCSW, of ${a} on ${dt}.`, [g, s, a, dt]];
  }],
  ['prior admissions named hospitals month year', (d) => {
    const h1 = d.psychHospital(); const a = d.monthYear(); const h2 = d.psychHospital(); const b = d.monthYear();
    return [`PRIOR PSYCH ADMISSIONS: ${h1} (${a}), ${h2} (${b}) after an overdose.`, [h1, a, h2, b]];
  }],
  ['outpatient psychiatrist practice town last seen', (d) => {
    const g = d.given(); const s = d.sur(); const p = d.practice(); const t = d.town(); const dt = d.mdy();
    return [`Outpatient psychiatrist: Dr. ${g} ${s} at ${p} in ${t}; last seen ${dt}.`, [g, s, p, t, dt]];
  }],
  ['therapist weekly at practice', (d) => { const g = d.given(); const s = d.sur(); const p = d.practice(); return [`Sees therapist ${g} ${s}, LCPC, weekly at ${p} for DBT.`, [g, s, p]]; }],
  ['records faxed to practice', (d) => { const p = d.practice(); const [f, pf] = d.phone(); const dt = d.mdy(); return [`ROI signed; records faxed to ${p} at ${f} on ${dt}.`, [p, pf, dt]]; }],
  ['anniversary of death of named son', (d) => {
    const g = d.given(); const md = d.monthDay();
    return [`Decline began around the anniversary of her son ${g}'s overdose death on ${md}.`, [g, md]];
  }],
  ['planned suicide on birthday', (d) => { const md = d.monthDay(); return [`States he planned to kill himself on his birthday, ${md}, "so nobody forgets."`, [md]]; }],
  ['last sober holiday with year', (d) => {
    const h = `${d.pick(HOLIDAYS)} ${d.int(2012, 2024)}`;
    return [`Last sober stretch ended ${h}, when her mother died.`, [h]];
  }],
  ['C-SSRS attempt on date in town', (d) => {
    const dt = d.date(); const t = d.town();
    return [`C-SSRS: lifetime attempt ${dt} (overdose, 30 x sertraline 50 mg) in a parking lot in ${t}.`, [dt, t]];
  }],
  ['firearms removed by in-law of town on weekday', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const w = d.weekday();
    return [`Firearms (2 rifles, 1 handgun) removed from the home by brother-in-law ${g} ${s} of ${t} on ${w}.`, [g, s, t, w]];
  }],
  ['referred by EAP after supervisor on ordinal', (d) => {
    const e = d.employer(); const g = d.given(); const s = d.sur(); const o = ordinal(d.int(1, 31));
    return [`Referred by EAP at ${e} after supervisor ${g} ${s} smelled alcohol on him on the ${o}.`, [e, g, s, o]];
  }],
  ['patient header LAST, FIRST MRN DOB', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const m = d.mrn(); const b = d.dob();
    return [`PSYCHIATRIC EVALUATION\n${s}, ${g}   MRN ${m}   DOB ${b}\nUnit: 4 North`, [s, g, m, b]];
  }],
  ['insurance MaineCare ID', (d) => { const id = `${d.digitString(9)}${d.letters(1)}`; return [`Insurance: ${d.pick(['MaineCare', 'MassHealth', 'Medicaid'])}, ID ${id}. Income: SSDI.`, [id]]; }],
  // substance-use notes
  ['AA home group at church in town with sponsor', (d) => {
    const c = d.church(); const t = d.town(); const g = d.given(); const [ph, p] = d.phone();
    return [`Home group is the 7 am AA meeting at ${c} in ${t}; sponsor ${g} (${ph}).`, [c, t, g, p]];
  }],
  ['sobriety date', (d) => { const dt = d.date(); return [`Sobriety date ${dt}; relapsed x1 last spring, 60 days clean now.`, [dt]]; }],
  ['methadone clinic town dose counselor', (d) => {
    const c = d.pick(METHADONE); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Doses at ${c} in ${t}, methadone 95 mg; counselor ${g} ${s}.`, [c, t, g, s]];
  }],
  ['Suboxone prescriber practice PMP last fill', (d) => {
    const s = d.sur(); const p = d.practice(); const dt = d.mdy();
    return [`Buprenorphine-naloxone 16-4 mg daily from Dr. ${s} at ${p}; PMP checked, last fill ${dt}.`, [s, p, dt]];
  }],
  ['prior detoxes most recent month year', (d) => {
    const a = d.pick(DETOXES); const my = d.monthYear(); const h = d.psychHospital();
    return [`Prior detoxes: ${a} x3, most recently ${my}; one at ${h}. Hx withdrawal seizures.`, [a, my, h]];
  }],
  ['drug court review on weekday the ordinal', (d) => {
    const c = d.county(); const w = d.weekday(); const o = ordinal(d.int(1, 31));
    return [`Enrolled in ${c} Drug Court; next review ${w} the ${o}.`, [c, w, o]];
  }],
];

/** The names of the wave's frames. */
export const historyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function historyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 103, rounds);
}

/** Look-alikes in history, psychiatry and ED note style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // mutual help and treatment programmes
  ['Attends Alcoholics Anonymous 3x/week.', 'Alcoholics Anonymous'], ['Goes to AA and NA meetings.', 'AA and NA'], ['Wife attends Al-Anon.', 'Al-Anon'],
  ['Prefers SMART Recovery to 12-step.', 'SMART Recovery'], ['Has a sponsor and is on step 4.', 'step 4'], ['Completed IOP in 2021.', 'IOP'],
  // codes and scores
  ['F10.20 Alcohol use disorder, severe', 'F10.20'], ['F33.2 MDD, recurrent, severe without psychotic features', 'F33.2'], ['DSM-5 296.33', '296.33'],
  ['PHQ-9 score 19', 'PHQ-9 score 19'], ['GAD-7: 14', 'GAD-7: 14'], ['CIWA-Ar 12 at 0400', 'CIWA-Ar 12'], ['COWS 9, mild withdrawal', 'COWS 9'],
  ['C-SSRS screen: high risk', 'C-SSRS'], ['AUDIT-C 9', 'AUDIT-C 9'], ['MoCA 24/30', '24/30'], ['MMSE 26/30 last admission', 'MMSE 26/30'], ['GAF 45', 'GAF 45'],
  // drugs, doses and street names
  ['Buprenorphine-naloxone 8/2 mg SL BID', '8/2 mg'], ['Methadone 90 mg daily', 'Methadone 90 mg'], ['Narcan 4 mg given x2 by EMS', 'Narcan 4 mg'], ['Vivitrol 380 mg IM monthly', 'Vivitrol 380 mg'],
  ['Lorazepam 2 mg q4h PRN CIWA > 10', 'Lorazepam 2 mg'], ['Takes molly at raves.', 'molly'], ['Smokes tina (crystal meth) on weekends.', 'tina'], ['Smokes Mary Jane daily.', 'Mary Jane'],
  ['Snorts Charlie at parties.', 'Charlie'], ['Used Special K once.', 'Special K'], ['Buys percs and blues on the street.', 'blues'], ['Crystal meth, smoked', 'Crystal'],
  ['Drinks brandy nightly.', 'brandy'], ['Cooking sherry when out of vodka.', 'sherry'], ['Drinks Jack Daniels and Bud Light.', 'Jack Daniels'], ['UDS + for THC, fentanyl, xylazine', 'xylazine'],
  ['EtOH 312 mg/dL on arrival', '312 mg/dL'], ['BAL 0.24', 'BAL 0.24'], ['40 pack-year smoking history', '40 pack-year'], ['1 ppd x 30 yrs', '1 ppd x 30 yrs'],
  // legal holds and laws
  ['Placed on Section 12.', 'Section 12'], ['Family petitioned for a Section 35.', 'Section 35'], ['On a 5150 hold.', '5150'], ['5250 certification filed.', '5250'],
  ['Came in on a blue paper.', 'blue paper'], ['Baker Acted in Florida in the past.', 'Baker Acted'], ['Was under the Baker Act last year.', 'the Baker Act'], ['Marchman Act petition filed by mother.', 'Marchman Act'],
  ['Tarasoff warning not indicated.', 'Tarasoff'], ['Placed in protective custody (PC) by police.', 'protective custody'], ['Has an OUI x2.', 'OUI x2'],
  // generic places
  ['Gets care at the VA.', 'the VA'], ['Staying at the shelter.', 'the shelter'], ['Lives in a group home.', 'a group home'], ['Worked at the mill for 30 years.', 'the mill'],
  ['Spent 6 months in county jail.', 'county jail'], ['Went to detox twice.', 'detox'], ['Found wandering on I-95.', 'I-95'], ['Moved to a halfway house.', 'halfway house'], ['Brought to the ED by EMS.', 'the ED'],
  // relations without names
  ['Lives with his mother and stepfather.', 'his mother and stepfather'], ['MGM with bipolar disorder', 'MGM'], ['Paternal uncle died by suicide.', 'Paternal uncle'],
  // holidays without years, weekday-free times
  ['Drinking more around the holidays.', 'around the holidays'], ['Relapsed over Christmas.', 'Christmas'], ['Has been sober since Thanksgiving.', 'Thanksgiving'], ['Last drink at 0300.', '0300'],
  // military
  ['Served in the Army as a Staff Sergeant.', 'Staff Sergeant'], ['Rank E-5 at discharge.', 'E-5'], ['3rd Battalion, 25th Marines', '25th Marines'], ['Vietnam veteran, Agent Orange exposure', 'Agent Orange'],
  ['Two tours in Iraq (OIF).', 'Iraq'], ['Honorable discharge, Marine Corps.', 'Marine Corps'], ['Gulf War veteran', 'Gulf War'],
  // school and counts
  ['Completed 10th grade, later GED.', '10th grade'], ['This is her 3rd admission this year.', '3rd admission'], ['2nd marriage, 3 kids.', '2nd marriage'], ['Left school in 8th grade.', '8th grade'],
  // ages ≤ 89, years, states, countries
  ['Mother is 89 and lives alone.', '89'], ['Father died at 72 of MI.', '72'], ['Sober since 2015.', '2015'], ['Divorced in 2010.', '2010'],
  ['Grew up in Maine.', 'Maine'], ['Moved from Texas last year.', 'Texas'], ['Born in Somalia, came to the US as a child.', 'Somalia'],
  // eponymous conditions
  ['Concern for Korsakoff syndrome.', 'Korsakoff'], ['Wernicke encephalopathy prophylaxis with thiamine.', 'Wernicke'], ['Hx Tourette syndrome.', 'Tourette'], ["Asperger's as a child.", "Asperger"],
  ['Father had Huntington disease.', 'Huntington'], ["Grandmother with Alzheimer's.", 'Alzheimer'], ['Capgras delusion about her husband.', 'Capgras'], ['Concern for Munchausen by proxy.', 'Munchausen'],
  ['Lewy body dementia in MGF', 'Lewy body'], ['Down syndrome sibling', 'Down syndrome'],
  // everyday words that are also names
  ['Expresses hope for the future.', 'hope'], ['Says she has lost her faith.', 'faith'], ['Wants to be sober for the grandkids.', 'grandkids'], ['Works in retail as a cashier.', 'cashier'],
  ['Catholic, not practicing.', 'Catholic'], ['Jehovah\'s Witness; declines blood.', "Jehovah's Witness"],
];

export const historyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedHistoryKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(historyKeepCases(), find);

export function scoreHistoryWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => historyWaveCases(seed)), find);
}
