// A blind wave of clinical nutrition and dietetics documents, from hospitals, clinics, home infusion pharmacies, public
// health offices, senior meal programs, food shelves, eating disorder programs and schools of Minnesota, Wisconsin,
// Iowa, the Dakotas and Nebraska: registered dietitian assessments and follow-ups (the patient header, estimated needs
// by an equation, malnutrition criteria with a weight history told by a relative, nutrition-focused physical exams with
// an intern, transfers in from an outside hospital, discharge referrals faxed to an outpatient dietitian, signature
// blocks with pagers, CDR and state licence numbers), tube feeding orders and pump logs (the ordering physician and NPI,
// the pump's serial and asset tag, hourly log entries signed by initials, pumps swapped for alarms, home enteral
// supplier intakes with the account and delivery address, PEG placements, Medicare DME forms with the MBI), TPN
// compounding labels from home infusion pharmacies (the pharmacy's letterhead, Rx and lot numbers, the compounding and
// beyond-use dates, the pharmacist's name and licence, delivery days, ambulatory pump serials, the home nurse's lab
// draws, PICC lots), WIC referrals and certification forms (participant, guardian, family and participant ids, the
// county office, the competent professional authority, formula documentation, peer counselors, eWIC accounts),
// Meals on Wheels, senior dining and food shelf referrals (delivery addresses and apartments, ages over 89, emergency
// contacts, welfare checks by the county, volunteer drivers' plates, holiday deliveries, client and SNAP case numbers,
// SSNs), eating disorder program meal plans and weigh-in logs (the program, the therapist, blind weights signed by
// initials, family meals with the parents named, school lunch supervision, a family portal link, telehealth logs with an
// IP address), diabetes education class rosters (the site, the class dates, participants with MRNs, the educator's
// certificate number, CGM transmitter and meter serials, cloud upload accounts), bariatric surgery pre-op nutrition
// clearance letters (address blocks, supervised diet visit dates, the surgeon, member, group and authorization
// numbers), school meal accommodation letters (the school and the district, student ids, the food service director's
// e-mail, the signing physician's licence), calorie counts and tray tickets, and food allergy action plans (emergency
// contacts, trained staff, bus routes, epinephrine lots), in mixed case, ALL CAPS and lower case. Dates are written in
// every form these records use ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024', '2024-03-04',
// '04-MAR-2024', '4-Mar-24', '03.04.2024', 'Mar 4', '3/4', 'Tuesday', 'Tues', 'the 4th', 'March 2019', '3/2019',
// 'Thanksgiving Day'); ages over 89, phones, fax numbers, e-mails, URLs and IP addresses are planted. Given names and
// surnames are often everyday words or words of the kitchen (Hope, Honey, Ginger, Sage, Basil, Candy, Rice, Bean,
// Baker, Cook, Lamb, Sweet, Graves, Whipple) and towns are often everyday words (Luck, Embarrass, Fertile, Welcome,
// Savage, Plain, Friendship, Bloomer, Harmony, What Cheer). A list of look-alikes in the same style must not be
// touched. Written without reading the engine's rules or any gold data. `scoreNutritionWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a title ('Mr.', 'Dr.') and a credential
// ('RD', 'RDN, LD', 'LDN', 'CNSC', 'CDCES', 'CEDS', 'CSO', 'PharmD, BCNSP', 'RPh', 'LPCC', 'CPA') are not; initials that
// sign a log, a label or a calorie count are planted; a hospital, a clinic, a home infusion pharmacy, a medical supply
// business, an eating disorder program, a bariatric center, a school, a school district, a food shelf, a senior center
// and a meal program are planted whole with their kind words ('Prairie Lakes Home Infusion', 'Luck Area Food Shelf',
// 'Cedar Ridge Elementary School', 'Fertile Public Schools'), while a national chain, a supplier, a maker, a payer or a
// program named alone ('Option Care', 'Coram', 'Abbott', 'Medica', 'WIC', 'SNAP', 'Meals on Wheels') is kept; a town is
// planted, the state is kept; a county is planted without the word 'County'; a street address is planted from its
// number to its street type (a rural address 'N4512 County Rd K' whole), an apartment number alone, a ZIP with its +4;
// a weekday naming one day, a holiday that fixes a day and a weekday written with its date ('Tuesday, March 4', one
// part) are planted, as are a month with its year ('March 2019', '3/2019') and an ordinal day ('the 14th'); a calorie
// count's days are planted as their two dates; the time next to a date is kept, as are a year alone, a season, a grade,
// a class session or a program week number ('Session 3', 'Week 6'); MRN, MBI, SSN, Medicaid and member, group and
// authorization numbers, WIC family and participant ids, eWIC, supplier and pharmacy account numbers, client and SNAP
// case numbers, student ids, Rx, compounding lot, PICC and epinephrine lots, pump serials and asset tags, meter and CGM
// transmitter serials, NPIs, CDR registration, dietitian and pharmacist licence and educator certificate numbers, and a
// vehicle's plate are planted; a model ('Kangaroo Joey', 'CADD-Prizm', 'Dexcom G7') is kept; an e-mail, a URL and an IP
// address are planted whole; a phone's leading '(' need not be covered, an extension is planted. Kept (look-alikes):
// formula and supplement brands (Ensure, Jevity, Glucerna, Nepro, Osmolite, Peptamen, Vital, Vivonex, TwoCal,
// Isosource, Nutren, Kate Farms, Boost, PediaSure, EleCare, Neocate, Nutramigen, Alimentum, Duocal, Beneprotein, Juven,
// ProSource, Optifast), TPN components (Clinimix, Intralipid, SMOFlipid, Omegaven, Kabiven, Trophamine, Infuvite,
// Multrys), equations and scores (Mifflin-St Jeor, Harris-Benedict, Penn State, Ireton-Jones, Schofield,
// Holliday-Segar, Hamwi, MUST, NRS-2002, MNA-SF, SGA, NUTRIC, MST, GLIM, ASPEN/AND, EAT-26, EDE-Q, IDDSI), eponyms
// (Wernicke, Roux-en-Y, Crohn's, Graves', Whipple, Addison's, Barrett's, Chvostek, Trousseau, Hirschsprung, Maudsley),
// pumps, tubes and devices (Kangaroo, CADD, Moog, Curlin, Cortrak, MIC-KEY, ENFit, Dexcom, Libre, Omnipod), lab values,
// kcal, gram and volume values, anthropometrics and percentiles, codes (ICD-10, CPT, HCPCS), programs and laws (WIC,
// SNAP, NSLP, CACFP, Title III-C, Section 504, USDA), payers and chains, roles and generic places ('the food shelf',
// 'the WIC office', 'the cafeteria', 'the home infusion pharmacy'), relations without names, ages of 89 and under,
// years, states, and everyday words that are also names or towns (honey, sage, ginger, rice, bean, baker, luck,
// welcome, harmony, plain, savage).
// Measured before rules (engine at f805729): 0.894 recall on seeds 5, 11, 23 (4434/4960), 0.884 on fresh seeds 41, 42,
// 43 (4388/4961), 0.883 on seeds 101, 202; 12/153 look-alikes touched ("Jevity 1.5 Cal", "Kate Farms", "Neocate",
// "Alimentum", "Clinimix E 8/14", "Mifflin-St Jeor", "Coram", "Byram", "Hy-Vee", "food shelf", "WIC office", "Graham").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as nb } from '@faker-js/faker/locale/nb_NO';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, nb, sv, de, pl, vi, gh];

/** Given names and surnames that are everyday words or words of the kitchen. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Patience', 'Honey', 'Candy', 'Ginger', 'Sage', 'Basil', 'Olive', 'Cherry', 'Rosemary', 'Clementine', 'Pepper', 'Sugar', 'Dawn', 'April', 'June', 'Summer', 'Sunny', 'Misty', 'Rocky', 'Buck', 'Bud', 'Rusty', 'Chip', 'Bill', 'Will', 'Mark', 'Pat', 'Skip', 'Dean', 'Wade', 'Cliff', 'Dale', 'Glen', 'Ernest', 'Frank', 'Miles'];
const WORD_SUR = ['Baker', 'Cook', 'Rice', 'Bean', 'Lamb', 'Berry', 'Sweet', 'Graham', 'Crisp', 'Coffey', 'Fry', 'Bacon', 'Hamm', 'Salter', 'Miller', 'Fish', 'Trout', 'Bass', 'Herring', 'Wheat', 'Pepper', 'Butcher', 'Burger', 'Stout', 'Strong', 'Small', 'Little', 'Short', 'Long', 'Wise', 'Hardy', 'Young', 'Gross', 'Lean', 'Graves', 'Whipple', 'Addison', 'Barrett', 'Starr', 'Frost'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Luck', 'Embarrass', 'Fertile', 'Welcome', 'Savage', 'Hope', 'Plain', 'Friendship', 'Bloomer', 'Harmony', 'Fountain', 'Pipestone', 'Blue Earth', 'Sleepy Eye', 'Bird Island', 'Strawberry Point', 'What Cheer', 'Plainview', 'Castle Rock', 'Cottonwood', 'Sugar Grove', 'Orange City', 'Independence', 'Marshall', 'Story City', 'Rice Lake', 'Superior', 'Wells', 'Young America', 'Long Prairie', 'Grand Rapids', 'Deer River', 'Lone Tree', 'Valentine', 'Broken Bow', 'Butterfield', 'Spooner', 'Mound', 'Alpha', 'Truman'];
const REAL_TOWNS = ['Mankato', 'Rochester', 'St. Cloud', 'Bemidji', 'Willmar', 'Alexandria', 'Fergus Falls', 'Moorhead', 'Fargo', 'Grand Forks', 'Bismarck', 'Minot', 'Aberdeen', 'Sioux Falls', 'Rapid City', 'Watertown', 'Brookings', 'Mitchell', 'Yankton', 'Sioux City', 'Mason City', 'Waterloo', 'Dubuque', 'Cedar Rapids', 'Kearney', 'Grand Island', 'Norfolk', 'Eau Claire', 'La Crosse', 'Wausau', 'Stevens Point', 'Oshkosh', 'Marshfield', 'Owatonna', 'Faribault', 'Red Wing', 'Winona', 'Albert Lea', 'Hibbing', 'Duluth', 'Brainerd', 'Worthington', 'Decorah', 'Oelwein'];
const STATES = ['MN', 'WI', 'IA', 'ND', 'SD', 'NE', 'Minn.', 'Wis.', 'Minnesota', 'Wisconsin', 'Iowa', 'North Dakota'];
const COUNTIES = ['Stearns', 'Otter Tail', 'Kandiyohi', 'Olmsted', 'Beltrami', 'Crow Wing', 'Clay', 'Polk', 'Cass', 'Brown', 'Lincoln', 'Rock', 'Nobles', 'Murray', 'Lyon', 'Wright', 'Meeker', 'Swift', 'Pope', 'Todd', 'Chippewa', 'Dunn', 'Barron', 'Marathon', 'Winnebago', 'Woodbury', 'Black Hawk', 'Story', 'Buffalo', 'Hall', 'Minnehaha', 'Pennington', 'Burleigh', 'Ward', 'Sioux', 'Mille Lacs', 'Itasca', 'Koochiching'];
const STREET_WORDS = ['Main', 'Broadway', 'Division', 'Central', 'Elm', 'Oak', 'Maple', 'Birch', 'Tamarack', 'Basswood', 'Prairie', 'Lakeshore', 'Sunrise', 'Mill Pond', 'Depot', 'Cherry', 'Apple', 'Wheat', 'Harvest', 'Granary', 'Creamery', 'Dairy', 'Orchard', 'Honey Locust', 'Butternut', 'Walleye', 'Pioneer', 'Summit'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Blvd', 'Ct', 'Circle', 'Trail', 'Pkwy'];
const HEADS = ['Prairie Lakes', 'Lakes Area', 'North Star', 'Red River Valley', 'Headwaters', 'Northwoods', 'Big Stone', 'Heartland', 'Tri-Valley', 'Minnesota Valley', 'Chippewa Valley', 'Coulee Region', 'Driftless', 'Iron Range', 'Arrowhead', 'Sandhills', 'Black Hills', 'Bluestem', 'Cedar Valley', 'Loess Hills', 'Prairie Rose', 'Lake Country', 'Lakewood', 'Wild Rice', 'Timberland', 'Bluff Country'];
const SAINTS = ['Joseph', 'Francis', 'Mary', 'Luke', 'Gabriel', 'Cloud', 'Elizabeth', 'Ansgar', 'Olaf', 'Anne', 'Benedict', 'Croix'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'Hospital', 'Area Hospital', 'Memorial Hospital', 'Community Hospital', 'Regional Health Center'];
const SCHOOL_HEADS = ['Cedar Ridge', 'Prairie View', 'Riverside', 'Lakeview', 'Oak Hill', 'Pine Grove', 'Sunnyside', 'Meadowbrook', 'Hillcrest', 'Northside', 'Eastview', 'Lincoln', 'Jefferson', 'Roosevelt', 'Longfellow', 'Pilot Knob', 'Echo Park', 'Harvest Hill'];
const SCHOOL_KINDS = ['Elementary School', 'Elementary', 'Middle School', 'High School', 'Intermediate School', 'Junior High', 'Community School'];
const PAYERS = ['Medica', 'HealthPartners', 'Blue Cross Blue Shield of Minnesota', 'UCare', 'Sanford Health Plan', 'Wellmark', 'Quartz', 'Security Health Plan', 'Medical Assistance', 'Aetna'];
const RD_CREDS = ['RD', 'RD, LD', 'RDN, LD', 'MS, RDN, LDN', 'RD, CNSC', 'RDN, CDCES', 'RD, CSO', 'MS, RD, CEDS', 'RDN', 'RD, LMNT'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Tues', 'Wed', 'Thurs', 'Fri'];
const FULL_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Thanksgiving Day', 'Thanksgiving', 'Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Independence Day', 'Memorial Day', 'Labor Day', 'Easter Sunday', "Valentine's Day", 'Halloween'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'granddaughter', 'grandson', 'niece', 'nephew', 'partner', 'daughter-in-law', 'neighbor', 'friend'];
const PARENTS = ['mother', 'father', 'mom', 'dad', 'stepmother', 'grandmother', 'guardian', 'foster mother'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Ms'];
const CAR_MAKES = ['silver Ford Transit', 'white Dodge Caravan', 'blue Chevy Equinox', 'red Buick LaCrosse', 'gray Honda CR-V', 'green Subaru Outback', 'black Toyota Sienna'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

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
  cred(): string {
    return this.pick(RD_CREDS);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.88 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  head(): string {
    return this.r() < 0.75 ? this.pick(HEADS) : this.town();
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)} ${this.pick(['Hospital', 'Medical Center', "Children's Hospital"])}`;
    if (x < 0.35) return `${this.pick(HEADS)} Health ${this.pick(['Hospital', 'Medical Center'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  clinic(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.head()} Diabetes Center`;
    if (k === 2) return `${this.town()} Pediatrics`;
    if (k === 3) return `${this.head()} Nutrition Clinic`;
    if (k === 4) return `${this.head()} Endocrinology Associates`;
    return `${this.town()} Clinic`;
  }
  infusionPharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.head()} Home Infusion`;
    if (k === 1) return `${this.town()} Infusion Pharmacy`;
    if (k === 2) return `${this.head()} Specialty Pharmacy`;
    return `${this.town()} Home Infusion Services`;
  }
  supplier(): string {
    return this.r() < 0.5 ? `${this.head()} Medical Supply` : `${this.town()} Home Medical`;
  }
  edProgram(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.head()} Eating Disorders Program`;
    if (k === 1) return `${this.head()} Center for Eating Disorders`;
    if (k === 2) return `${this.town()} Eating Recovery Clinic`;
    return `${this.head()} Adolescent Eating Disorder Program`;
  }
  bariatricCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Bariatric Surgery Center`;
    if (k === 1) return `${this.head()} Weight Loss & Bariatric Center`;
    return `${this.head()} Metabolic and Bariatric Surgery`;
  }
  school(): string {
    const x = this.r();
    const h = x < 0.6 ? this.pick(SCHOOL_HEADS) : x < 0.85 ? this.town() : this.sur();
    return `${h} ${this.pick(SCHOOL_KINDS)}`;
  }
  district(): string {
    return this.r() < 0.6 ? `${this.town()} Public Schools` : `${this.head()} School District`;
  }
  foodShelf(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Area Food Shelf`;
    if (k === 1) return `St. ${this.pick(SAINTS)} Lutheran Church Food Pantry`;
    if (k === 2) return `${this.head()} Community Food Pantry`;
    return `${this.town()} Food Shelf`;
  }
  mealProgram(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.head()} Meals on Wheels`;
    if (k === 1) return `${this.town()} Senior Dining`;
    return `${this.head()} Senior Nutrition Program`;
  }
  street(): string {
    const k = this.int(0, 5);
    if (k === 4) return `${this.int(101, 4899)} ${this.pick(['N', 'S', 'E', 'W', 'NE', 'SW'])} ${ordinal(this.int(1, 24))} ${this.pick(['St', 'Ave', 'Street', 'Avenue'])}`;
    if (k === 5) return this.r() < 0.5 ? `${this.int(10100, 49899)} County Road ${this.int(1, 99)}` : `${this.pick(['N', 'W', 'S', 'E'])}${this.int(1000, 9999)} County Rd ${this.pick([...'ABCDEGHJKMNPQTVWYZ'])}`;
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  apt(): string {
    return this.r() < 0.5 ? String(this.int(101, 418)) : `${this.int(1, 4)}${this.pick(['A', 'B', 'C', 'D'])}`;
  }
  zip(): string {
    const z = String(this.pick([this.int(55001, 56763), this.int(53001, 54990), this.int(50001, 52809), this.int(57001, 58856), this.int(68001, 69367)]));
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms these records write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 10);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${d}-${MON[m - 1]!}-${pad2(y % 100)}` : k === 9 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  /** '3/14'. */
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  /** '03/14'. */
  paddedMd(): string {
    const [m, d] = this.md();
    return `${pad2(m)}/${pad2(d)}`;
  }
  /** 'Mar 14' or 'March 14'. */
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
  /** 'Tuesday, March 4' or 'Tuesday 3/4'. */
  weekdayDate(): string {
    const [m, d] = this.md();
    return this.r() < 0.6 ? `${this.pick(FULL_WEEKDAYS)}, ${MONTHS[m - 1]!} ${d}` : `${this.pick(FULL_WEEKDAYS)} ${m}/${d}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1930, hi = 2000): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(m)}/${pad2(d)}/${y}`;
    if (k === 1) return `${m}/${d}/${y}`;
    if (k === 2) return `${MON[m - 1]!} ${d}, ${y}`;
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  childDob(): string {
    return this.dob(2010, 2024);
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 3);
    if (k === 0) return `00${this.digitString(6)}`;
    if (k === 1) return `M${this.digitString(7)}`;
    return this.digitString(this.int(7, 9));
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.pick([this.int(218, 320), this.int(507, 612), this.int(651, 763), this.int(319, 563), this.int(605, 701), this.int(402, 715)]));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  domain(school = false): string {
    if (school) return this.pick([`${asciiLetters(this.town())}.k12.mn.us`, `${asciiLetters(this.town())}schools.org`, `isd${this.int(11, 2909)}.org`, `${asciiLetters(this.town())}.k12.wi.us`]);
    return this.pick([`${asciiLetters(this.head())}health.org`, 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'outlook.com', `${asciiLetters(this.head())}.org`]);
  }
  /** An e-mail made from a name: whole names when `whole` (the name is not planted beside it), else a handle of its
   * initials and the surname's first letters, so that a name planted in the same text occurs there once. */
  email(g: string, s: string, whole = false, school = false): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = whole
      ? this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}`, `${a}${b.charAt(0)}${this.int(10, 9999)}`, `${a}_${b}`])
      : this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(10, 9999)}`, `${a.charAt(0)}${b.slice(0, 3)}${this.int(1, 99)}`, `${b.slice(0, 2)}${a.charAt(0)}${this.int(100, 999)}`]);
    return `${local}@${this.domain(school)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A pump, meter or device serial. */
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(this.int(8, 10));
    if (k === 2) return `${this.digitString(2)}${this.letters(1)}${this.digitString(6)}`;
    if (k === 3) return `${this.letters(3)}-${this.digitString(5)}`;
    return `${this.digitString(4)}-${this.digitString(4)}-${this.letters(1)}`;
  }
  assetTag(): string {
    return this.pick([`BME-${this.digitString(5)}`, `A${this.digitString(6)}`, this.digitString(6), `CE${this.digitString(5)}`]);
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
    if (k === 1) return this.digitString(this.int(7, 9));
    if (k === 2) return `${this.letters(1)}${this.digitString(6)}`;
    return `C${pad2(this.int(16, 25))}${this.digitString(4)}-${this.digitString(2)}`;
  }
  rx(): string {
    return this.pick([this.digitString(7), `RX${this.digitString(7)}`, `${this.digitString(6)}-${pad2(this.int(0, 12))}`, `${this.letters(1)}${this.digitString(8)}`]);
  }
  account(): string {
    return this.pick([this.digitString(this.int(7, 10)), `${this.letters(2)}-${this.digitString(6)}`, `${this.digitString(4)}-${this.digitString(5)}`]);
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const N = () => String(this.int(0, 9));
    const A = () => (this.r() < 0.5 ? L() : N());
    const a = `${this.int(1, 9)}${L()}${A()}${N()}`;
    const b = `${L()}${A()}${N()}`;
    const c = `${L()}${L()}${N()}${N()}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  memberId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    if (k === 2) return `${this.digitString(9)}${this.pick(['01', '02', '03'])}`;
    return `${this.letters(1)}${this.digitString(8)}`;
  }
  medicaidId(): string {
    return this.r() < 0.5 ? `00${this.digitString(6)}` : this.digitString(this.int(8, 10));
  }
  groupNo(): string {
    return this.pick([this.digitString(this.int(5, 8)), `G${this.digitString(6)}`, `${this.letters(2)}${this.digitString(4)}`]);
  }
  authNo(): string {
    return this.pick([this.digitString(this.int(8, 11)), `PA${this.digitString(8)}`, `A${pad2(this.int(16, 25))}-${this.digitString(6)}`]);
  }
  ssn(): string {
    const a = String(this.int(101, 665));
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  wicFamily(): string {
    return this.pick([this.digitString(9), `F${this.digitString(8)}`, `${this.digitString(3)}-${this.digitString(6)}`]);
  }
  wicParticipant(): string {
    return this.pick([this.digitString(10), `${this.digitString(9)}-${this.int(1, 6)}`, `P${this.digitString(8)}`]);
  }
  clientId(): string {
    return this.pick([this.digitString(this.int(5, 7)), `C-${this.digitString(5)}`, `${this.letters(2)}${this.digitString(5)}`]);
  }
  caseNo(): string {
    return this.pick([this.digitString(this.int(7, 9)), `${this.digitString(2)}-${this.digitString(6)}`]);
  }
  studentId(): string {
    return this.pick([this.digitString(this.int(6, 8)), `S${this.digitString(7)}`, `${pad2(this.int(24, 38))}${this.digitString(5)}`]);
  }
  /** A dietitian's state licence number. */
  licence(): string {
    return this.pick([this.digitString(this.int(4, 6)), `LD${this.digitString(4)}`, `${this.digitString(4)}-${this.int(30, 34)}`, `LDN${this.digitString(5)}`]);
  }
  pharmacistLicence(): string {
    return this.pick([this.digitString(this.int(5, 6)), `RPH${this.digitString(5)}`, `${this.digitString(6)}-40`]);
  }
  physicianLicence(): string {
    return this.pick([this.digitString(5), `${this.letters(1)}${this.digitString(5)}`, `${this.digitString(5)}-20`, `MD${this.digitString(5)}`]);
  }
  cdr(): string {
    return this.digitString(this.int(6, 8));
  }
  certNo(): string {
    return this.pick([this.digitString(this.int(5, 7)), `${this.digitString(2)}-${this.digitString(5)}`]);
  }
  plate(): string {
    return this.pick([`${this.letters(3)} ${this.digitString(3)}`, `${this.letters(3)}-${this.digitString(4)}`, `${this.digitString(3)}-${this.letters(3)}`, `${this.letters(3)}${this.digitString(3)}`]);
  }
  ip(): string {
    return `${this.pick([this.int(24, 99), this.int(107, 126), this.int(128, 191), this.int(199, 223)])}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    if (k === 3) return [`${s}, ${g} MD`, [s, g]];
    return [`${g} ${s}, ${this.pick(['PA-C', 'CNP', 'APRN'])}`, [g, s]];
  }
  /** A dietitian: the text and its parts. */
  dietitian(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, ${this.cred()}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}, ${this.cred()}`, [g, s]];
    if (k === 2) return [`${s}, ${g} (${this.cred()})`, [s, g]];
    return [`${g.charAt(0)}. ${s}, ${this.cred()}`, [s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // registered dietitian assessments and follow-ups
  ['RD assessment header', (d) => {
    const s = d.sur(); const g = d.given(); const mrn = d.mrn(); const dob = d.dob(); const dt = d.date();
    return [`INITIAL NUTRITION ASSESSMENT\nPatient: ${s}, ${g} ${d.mi()}   MRN: ${mrn}   DOB: ${dob}\nAdmit date: ${dt}   Reason for consult: MST score 3, poor PO intake`, [s, g, mrn, dob, dt]];
  }],
  ['estimated needs and RD signature with extension', (d) => {
    const [rd, p] = d.dietitian(); const e = d.ext(); const dt = d.mdy();
    return [`Estimated needs (Mifflin-St Jeor x 1.3 AF): 1850-2050 kcal/day; protein 1.2-1.5 g/kg (85-105 g/day); fluid 1 mL/kcal.\n${rd}  ext. ${e}  ${dt} ${d.time()}`, [...p, e, dt]];
  }],
  ['malnutrition criteria weight history from relative', (d) => {
    const my = d.monthYear(); const g = d.given();
    return [`Meets ASPEN/AND criteria for severe malnutrition in the context of chronic illness: 11% weight loss since ${my} (UBW 74 kg per ${d.relation()} ${g}), intake <75% of needs for >1 month, moderate muscle wasting.`, [my, g]];
  }],
  ['NFPE with dietetic intern', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`NFPE completed ${md} with dietetic intern ${g} ${s}: moderate temporal and clavicular wasting, mild orbital fat loss, no edema. Grip strength 14 kg (R).`, [md, g, s]];
  }],
  ['RD follow-up age over 89', (d) => {
    const n = d.ageOver89(); const w = d.weekday();
    return [`RD follow-up: ${n} y/o ${d.pick(['F', 'M', 'woman', 'man'])} on a dysphagia diet (IDDSI level 5, mildly thick liquids). Ate 25-50% of meals since ${w}; Ensure Plus BID accepted about half the time.`, [n, w]];
  }],
  ['diet history by phone from relative', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`Diet history obtained by phone ${w} from ${d.relation()} ${g} ${s} (${ph}): eats 2 meals/day, mostly toast, canned soup and coffee; no supplements at home.`, [w, g, s, p]];
  }],
  ['transfer from outside hospital in town', (d) => {
    const h = d.hospital(); const t = d.town(); const dt = d.date();
    return [`Transferred from ${h}, ${t}, ${d.state()} on ${dt}; outside RD had started Osmolite 1.2 @ 40 mL/hr via NGT, advanced to goal 65 mL/hr.`, [h, t, dt]];
  }],
  ['discharge referral to outpatient RD with fax', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.clinic(); const md = d.monDay(); const [fx, p] = d.phone();
    return [`Discharge plan: outpatient MNT with ${g} ${s}, ${d.cred()}, at ${c} on ${md}; referral and last 3 days of intake faxed to ${fx}.`, [g, s, c, md, p]];
  }],
  ['RD signature with CDR and licence numbers', (d) => {
    const g = d.given(); const s = d.sur(); const cdr = d.cdr(); const lic = d.licence();
    return [`${g} ${s}, MS, RDN, LD\nCDR Registration #${cdr}   ${d.pick(['MN', 'WI', 'IA', 'ND'])} Licensed Dietitian #${lic}`, [g, s, cdr, lic]];
  }],
  ['refeeding risk note ordinal', (d) => {
    const o = ordinal(d.int(1, 31)); const s = d.sur();
    return [`High refeeding risk (NICE criteria). Phos 1.9 on the ${o}; repleted per protocol. Start TF at 10 kcal/kg and advance slowly, discussed with Dr. ${s}.`, [o, s]];
  }],
  // tube feeding orders and pump logs
  ['enteral order with ordering physician and NPI', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const npi = d.npi();
    return [`ENTERAL NUTRITION ORDER   ${dt}\nFormula: Jevity 1.5 Cal @ 60 mL/hr x 20 hr via PEG; free water 200 mL q6h\nOrdering provider: ${doc}   NPI ${npi}`, [dt, ...p, npi]];
  }],
  ['pump serial and asset tag', (d) => {
    const sn = d.serial(); const tag = d.assetTag(); const md = d.slashMd();
    return [`Feeding pump: Kangaroo Joey   S/N ${sn}   Asset #${tag}   Biomed PM sticker due ${md}`, [sn, tag, md]];
  }],
  ['pump log entries signed by initials', (d) => {
    const md = d.paddedMd(); const a = d.initials(); const b = d.initials();
    return [`TUBE FEEDING LOG ${md}\n07:00  rate 55 mL/hr  GRV 40 mL  flush 30 mL  ${a}\n15:00  rate 55 mL/hr  GRV 20 mL  flush 30 mL  ${b}`, [md, a, b]];
  }],
  ['pump swapped for alarm', (d) => {
    const a = d.serial(); const b = d.serial(); const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Kangaroo ePump S/N ${a} alarmed "NO FLOW IN" x4 overnight ${w}; replaced with pump S/N ${b} by ${g} ${s}, RN. Old pump tagged for biomed.`, [a, w, b, g, s]];
  }],
  ['home enteral supplier intake and delivery address', (d) => {
    const sup = d.supplier(); const acct = d.account(); const w = d.weekday(); const md = d.slashMd(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Home enteral referral accepted by ${sup}; patient account ${acct}. First delivery ${w} ${md} to ${st}, ${t}, ${d.state()} ${z}: 30 cartons Jevity 1.5, 30 ENFit bag sets.`, [sup, acct, w, md, st, t, z]];
  }],
  ['PEG placement and button exchange', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const h = d.hospital(); const md = d.monDay();
    return [`20 Fr PEG placed ${dt} by Dr. ${g} ${s} (GI) at ${h}; changed to MIC-KEY 18 Fr 2.5 cm low-profile button ${md}.`, [dt, g, s, h, md]];
  }],
  ['Medicare DME enteral form MBI', (d) => {
    const m = d.mbi(); const npi = d.npi(); const dt = d.mdy();
    return [`DME information form (CMS-10126), enteral nutrition: Medicare MBI ${m}; HCPCS B4154 x 270 units/month, B4035 daily; physician NPI ${npi}; initial date ${dt}.`, [m, npi, dt]];
  }],
  ['home health nurse tube site visit', (d) => {
    const g = d.given(); const s = d.sur(); const wd = d.weekdayDate(); const [ph, p] = d.phone();
    return [`Home health RN ${g} ${s} visited ${wd}: G-tube site with mild granulation, silver nitrate applied. Call the agency at ${ph} with concerns.`, [g, s, wd, p]];
  }],
  ['NJ placed by Cortrak with initials', (d) => {
    const md = d.monDay(); const i = d.initials();
    return [`Cortrak NJ placed ${md} at bedside, tip post-pyloric per tracing; placement confirmed by KUB. Placed by ${i}.`, [md, i]];
  }],
  // TPN compounding labels from home infusion pharmacies
  ['TPN label pharmacy letterhead and patient', (d) => {
    const ph0 = d.infusionPharmacy(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const rx = d.rx(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase();
    return [`${ph0}\n${st}, ${t}, ${d.state()} ${z}   Ph ${ph}\nRx# ${rx}   ${s}, ${g}`, [ph0, st, t, z, p, rx, s, g]];
  }],
  ['TPN label contents compounded and BUD', (d) => {
    const dt = d.mdy(); const a = d.initials(); const b = d.initials(); const lot = d.lot(); const bud = d.date();
    return [`Clinimix E 8/14 2000 mL, SMOFlipid 20% 250 mL, Infuvite Adult 10 mL, Multrys 1 mL\nInfuse over 12 hr cycle (taper 1 hr up/down)\nCompounded ${dt} ${a}/${b}   Lot ${lot}   BUD: ${bud}   Refrigerate`, [dt, a, b, lot, bud]];
  }],
  ['TPN pharmacist verification with licence', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.pharmacistLicence();
    return [`Verified by: ${g} ${s}, PharmD, BCNSP   Pharmacist license #${lic}`, [g, s, lic]];
  }],
  ['TPN delivery and ambulatory pump serial', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const sn = d.serial();
    return [`Delivery ${w} ${md}: 7 TPN bags, 14 tubing sets, CADD-Prizm pump S/N ${sn}; cooler temp 4 C on arrival.`, [w, md, sn]];
  }],
  ['home infusion labs reviewed by pharmacist', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur(); const ph0 = d.infusionPharmacy();
    return [`Weekly labs drawn ${md} by the home infusion RN: glucose 148, K 3.4, Mg 1.6, TG 212. Reviewed by ${g} ${s}, PharmD (${ph0}); KCl increased by 10 mEq/bag.`, [md, g, s, ph0]];
  }],
  ['PICC placement catheter lot', (d) => {
    const dt = d.date(); const lot = d.lot(); const i = d.initials();
    return [`Right basilic 4 Fr single-lumen PICC placed ${dt}, 42 cm, tip at cavoatrial junction. Catheter lot ${lot}. Inserted by ${i}, VA-BC.`, [dt, lot, i]];
  }],
  ['home infusion account and payer', (d) => {
    const acct = d.account(); const id = d.memberId(); const auth = d.authNo();
    return [`Billing: ${d.payer()} member ${id}; TPN authorized under auth ${auth} (B4185, B4197); home infusion account ${acct}.`, [id, auth, acct]];
  }],
  // WIC referrals and certification forms
  ['WIC referral form participant and guardian', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.childDob(); const g2 = d.given(); const [ph, p] = d.phone(); const c = d.clinic();
    return [`WIC REFERRAL\nParticipant: ${g} ${s}   DOB: ${dob}\nParent/guardian: ${g2} (${d.parent()})   Phone: ${ph}\nReferring clinic: ${c}`, [g, s, dob, g2, p, c]];
  }],
  ['WIC certification ids and CPA', (d) => {
    const dt = d.mdy(); const fam = d.wicFamily(); const pid = d.wicParticipant(); const g = d.given(); const s = d.sur();
    return [`Certification date: ${dt}   Family ID: ${fam}   Participant ID: ${pid}\nCategory C2; risk 134 (failure to thrive), 425.3 (inappropriate use of bottle). CPA: ${g} ${s}`, [dt, fam, pid, g, s]];
  }],
  ['WIC county office appointment', (d) => {
    const wd = d.weekdayDate(); const c = d.county(); const st = d.street();
    return [`Next WIC appointment ${wd} at 10:30 AM at the ${c} County WIC office, ${st}; bring proof of income and the baby's shot record.`, [wd, c, st]];
  }],
  ['WIC formula medical documentation', (d) => {
    const [doc, p] = d.doctor(); const c = d.clinic(); const [fx, pf] = d.phone(); const dob = d.childDob();
    return [`WIC Medical Documentation Form: EleCare Jr, 32 oz/day x 6 months for infant DOB ${dob}; dx K52.29 allergic colitis. Signed ${doc}, ${c}; fax ${fx}.`, [dob, ...p, c, pf]];
  }],
  ['WIC breastfeeding peer counselor text', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.monDay();
    return [`Breastfeeding peer counselor ${g} ${s} texted mom at ${ph} on ${md}; latch improving, using nipple shield.`, [g, s, p, md]];
  }],
  ['eWIC account issued', (d) => {
    const acct = d.digitString(d.int(10, 12)); const dt = d.date();
    return [`eWIC card issued ${dt}; household benefit account ${acct}. Benefits load on the first of each month.`, [dt, acct]];
  }],
  // Meals on Wheels, senior dining and food shelves
  ['meals on wheels referral delivery address', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.ageOver89(); const st = d.street(); const a = d.apt(); const t = d.town(); const z = d.zip();
    return [`MEALS ON WHEELS REFERRAL\nClient: ${g} ${s}   Age: ${n}\nDelivery address: ${st}, Apt ${a}, ${t}, ${d.state()} ${z}\nDiet: diabetic, soft; no grapefruit`, [g, s, n, st, a, t, z]];
  }],
  ['meal program client id and emergency contact', (d) => {
    const mp = d.mealProgram(); const id = d.clientId(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`${mp} client #${id}. Emergency contact: ${d.relation()} ${g} ${s}, ${ph}. Leave meals inside the storm door if no answer.`, [mp, id, g, s, p]];
  }],
  ['no answer welfare check by county', (d) => {
    const g = d.given(); const w = d.weekday(); const md = d.slashMd(); const c = d.county();
    return [`Driver ${g} found no answer on ${w} ${md}, mail piled up; ${c} County sheriff asked for a welfare check. Client found well.`, [g, w, md, c]];
  }],
  ['volunteer driver vehicle plate', (d) => {
    const g = d.given(); const s = d.sur(); const pl = d.plate();
    return [`Volunteer driver ${g} ${s} (${d.pick(CAR_MAKES)}, plate ${pl}) reported the client seemed confused and had not eaten the prior meal.`, [g, s, pl]];
  }],
  ['holiday frozen meal delivery', (d) => {
    const h = d.holiday(); const w = d.weekday();
    return [`Kitchen closed for ${h}; 3 frozen meals delivered ${w} ahead of the closure.`, [h, w]];
  }],
  ['food shelf referral with client id', (d) => {
    const fs = d.foodShelf(); const st = d.street(); const id = d.clientId(); const w = d.weekday();
    return [`Referred to ${fs}, ${st} (open ${w} 2-6 pm). Client ID ${id}; eligible for monthly TEFAP box and the diabetes-friendly produce shelf.`, [fs, st, id, w]];
  }],
  ['SNAP application with SSN and case number', (d) => {
    const dt = d.date(); const ssn = d.ssn(); const cn = d.caseNo(); const c = d.county();
    return [`SNAP application submitted to ${c} County Human Services ${dt}. SSN ${ssn}; case #${cn}. Expedited benefits requested.`, [c, dt, ssn, cn]];
  }],
  ['senior center congregate dining', (d) => {
    const t = d.town(); const g = d.given(); const s = d.sur(); const n = d.ageOver89();
    return [`Attends congregate dining at the ${t} Senior Center most days; site manager ${g} ${s} notes the client, ${n}, has been skipping dessert and losing weight.`, [t, g, s, n]];
  }],
  ['Medicaid waiver home meals', (d) => {
    const id = d.medicaidId(); const g = d.given(); const s = d.sur(); const dt = d.mdy();
    return [`Elderly Waiver home-delivered meals approved (MA ID ${id}); case manager ${g} ${s}; service agreement begins ${dt}.`, [id, g, s, dt]];
  }],
  // eating disorder program meal plans and weigh-ins
  ['ED program meal plan header', (d) => {
    const pr = d.edProgram(); const g = d.given(); const s = d.sur(); const dt = d.date(); const g2 = d.given(); const s2 = d.sur();
    return [`${pr}\nPARTIAL HOSPITALIZATION - MEAL PLAN\nPatient: ${g} ${s}   Start date: ${dt}\nTherapist: ${g2} ${s2}, LPCC   Exchanges: 3 starch, 2 protein, 1 fat per meal`, [pr, g, s, dt, g2, s2]];
  }],
  ['blind weigh-in log rows', (d) => {
    const a = d.paddedMd(); const b = d.paddedMd(); const i = d.initials(); const j = d.initials();
    return [`WEIGH-IN LOG (blind, gown, post-void)\n${a}   48.2 kg   ${i}\n${b}   48.9 kg   ${j}`, [a, i, b, j]];
  }],
  ['family meal with parents named', (d) => {
    const w = d.weekday(); const g = d.given(); const g2 = d.given();
    return [`Family meal ${w}: ${d.parent()} ${g} and ${d.pick(['brother', 'sister', 'stepfather', 'grandmother', 'aunt', 'uncle'])} ${g2} attended. Pt completed 100% of the meal with two prompts; parents coached on plating.`, [w, g, g2]];
  }],
  ['school lunch supervision with counselor', (d) => {
    const sc = d.school(); const g = d.given(); const s = d.sur(); const em = d.email(g, s, false, true);
    return [`Lunch supervision at ${sc} arranged with school counselor ${g} ${s} (${em}); pt eats in the counseling office Mon-Fri.`, [sc, g, s, em]];
  }],
  ['family portal link', (d) => {
    const h = asciiLetters(d.pick(HEADS)) || 'north'; const id = d.digitString(d.int(5, 7)); const url = d.r() < 0.5 ? `https://portal.${h}ed.org/family/${id}` : `https://${h}eatingdisorders.org/mealplans?pt=${id}`;
    return [`Updated meal plan posted to the family portal: ${url}. Please review before ${d.pick(['Friday', 'the weekend', 'next session'])}.`, [url]];
  }],
  ['telehealth RD session IP log', (d) => {
    const dt = d.date(); const ip = d.ip(); const t = d.town();
    return [`Telehealth RD session ${dt} (video). Connection log: client IP ${ip}; patient located at home in ${t}, parent present.`, [dt, ip, t]];
  }],
  ['medical admission from program', (d) => {
    const h = d.hospital(); const md = d.monDay(); const s = d.sur();
    return [`HR 38 and orthostatic on ${md}; sent to ${h} for medical stabilization per Dr. ${s}. Meal plan on hold.`, [md, h, s]];
  }],
  // diabetes education
  ['DSMES class roster', (d) => {
    const site = d.clinic(); const dt = d.date(); const s1 = d.sur(); const g1 = d.given(); const m1 = d.mrn(); const s2 = d.sur(); const g2 = d.given(); const m2 = d.mrn();
    return [`DSMES CLASS ROSTER - ${site} - ${dt}\n1. ${s1}, ${g1}   MRN ${m1}   A1c 9.2%\n2. ${s2}, ${g2}   MRN ${m2}   A1c 7.8%`, [site, dt, s1, g1, m1, s2, g2, m2]];
  }],
  ['class series dates', (d) => {
    const w = d.pick(FULL_WEEKDAYS); const a = d.slashMd(); const b = d.slashMd(); const c = d.monDay();
    return [`Prediabetes class series meets ${w} evenings: Session 1 ${a}, Session 2 ${b}, Session 3 ${c}. Bring your meter and a food log.`, [w, a, b, c]];
  }],
  ['CDCES signature with certificate number', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.certNo(); const [ph, p] = d.phone();
    return [`${g} ${s}, RN, CDCES   (CBDCE certificate #${c})   Diabetes education line ${ph}`, [g, s, c, p]];
  }],
  ['CGM transmitter and meter serials', (d) => {
    const a = d.serial(); const b = d.serial(); const md = d.slashMd();
    return [`Dexcom G6 transmitter ID ${a}; Contour Next One meter S/N ${b}. Started sensor in class ${md}; alerts set low 70, high 250.`, [a, b, md]];
  }],
  ['glucose data upload account', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s, true);
    return [`Pump and CGM data shared to clinic via the cloud upload account ${em}; reviewed before visit.`, [em]];
  }],
  ['diabetes class no-show letter', (d) => {
    const t = d.title(); const s = d.sur(); const wd = d.weekdayDate(); const [ph, p] = d.phone();
    return [`Dear ${t} ${s},\nWe missed you at the diabetes self-management class on ${wd}. Please call ${ph} to reschedule.`, [s, wd, p]];
  }],
  // bariatric pre-op clearance letters
  ['bariatric clearance letter address block', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const c = d.bariatricCenter(); const st = d.street(); const t = d.town(); const z = d.zip(); const g = d.given(); const s = d.sur(); const dob = d.dob(1955, 2004);
    return [`${dt}\n\n${doc}\n${c}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: Pre-operative nutrition clearance - ${g} ${s}, DOB ${dob}`, [dt, ...p, c, st, t, z, g, s, dob]];
  }],
  ['supervised diet visit dates', (d) => {
    const a = d.mdy(); const b = d.slashMd(); const c = d.monDay();
    return [`She completed 6 consecutive monthly supervised weight-management visits (first ${a}, fourth ${b}, last ${c}); weight 131.4 kg to 126.0 kg, BMI 46.1 to 44.2.`, [a, b, c]];
  }],
  ['bariatric insurance member group and authorization', (d) => {
    const id = d.memberId(); const grp = d.groupNo(); const auth = d.authNo();
    return [`Insurance: ${d.payer()}   Member ID ${id}   Group ${grp}\nPrior authorization for sleeve gastrectomy (CPT 43775): ${auth}, pending nutrition letter.`, [id, grp, auth]];
  }],
  ['surgery date and pre-op liquid diet', (d) => {
    const md = d.monDay(); const s = d.sur(); const md2 = d.slashMd();
    return [`Roux-en-Y gastric bypass scheduled ${md} with Dr. ${s}. Begin the 2-week pre-op full liquid diet (Optifast 5 packets/day) on ${md2}.`, [md, s, md2]];
  }],
  ['bariatric clearance signed by RD', (d) => {
    const [rd, p] = d.dietitian(); const c = d.bariatricCenter(); const em = d.email(p[0]!, p[p.length - 1]!);
    return [`Cleared from a nutrition standpoint.\n\nSincerely,\n${rd}\nBariatric Dietitian, ${c}\n${em}`, [...p, c, em]];
  }],
  // school meal accommodation letters
  ['school meal accommodation letter header', (d) => {
    const sc = d.school(); const dist = d.district(); const g = d.given(); const s = d.sur(); const sid = d.studentId();
    return [`${dist}\n${sc}\nMEDICAL STATEMENT FOR MEAL MODIFICATIONS\nStudent: ${g} ${s}   Grade ${d.int(1, 12)}   Student ID ${sid}`, [dist, sc, g, s, sid]];
  }],
  ['food service director contact', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s, false, true); const [ph, p] = d.phone();
    return [`Questions about the meal modification: contact Food and Nutrition Services Director ${g} ${s} at ${em} or ${ph}.`, [g, s, em, p]];
  }],
  ['accommodation physician signature with licence', (d) => {
    const [doc, p] = d.doctor(); const lic = d.physicianLicence(); const c = d.clinic(); const dt = d.date();
    return [`Signature of recognized medical authority: ${doc}   License #${lic}\n${c}   Date: ${dt}`, [...p, lic, c, dt]];
  }],
  ['accommodation parent consent', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.slashMd();
    return [`Parent/guardian: ${g} ${s}   Cell: ${ph}   Signed ${md}. I authorize the school nutrition program to share this statement with cafeteria staff.`, [g, s, p, md]];
  }],
  // calorie counts and tray tickets
  ['calorie count summary two dates', (d) => {
    const m = d.int(1, 12); const dd = d.int(1, 26); const a = `${m}/${dd}`; const b = `${m}/${dd + 2}`; const i = d.initials();
    return [`3-DAY CALORIE COUNT ${a} - ${b}\nDay 1: 840 kcal, 32 g protein (45% of est. needs)\nDay 2: 1120 kcal, 48 g protein\nRecorded by ${i}`, [a, b, i]];
  }],
  ['calorie count weekday and NA', (d) => {
    const w = d.weekday(); const g = d.given();
    return [`Calorie count ${w}: breakfast 50%, lunch refused, supper 75% plus 1 Boost; NA ${g} documented all trays.`, [w, g]];
  }],
  ['tray ticket', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given(); const dt = d.mdy();
    return [`TRAY TICKET  ${s}, ${g.charAt(0)}   ${dt}\nDIET: CCHO 60 g/meal, 2 g Na   ALLERGY: shellfish\nDislikes: fish, cottage cheese`, [s, dt]];
  }],
  // food allergy action plans
  ['food allergy action plan header', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.childDob(); const sc = d.school();
    return [`FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN\nName: ${g} ${s}   D.O.B.: ${dob}   School: ${sc}\nAllergy to: peanut, tree nuts   Weight: 22 kg   Asthma: yes (higher risk)`, [g, s, dob, sc]];
  }],
  ['epinephrine autoinjector lot', (d) => {
    const lot = d.lot(); const lot2 = d.lot();
    return [`Epinephrine: EpiPen Jr 0.15 mg IM, lot ${lot}; second device lot ${lot2} kept in the nurse's office.`, [lot, lot2]];
  }],
  ['allergy plan emergency contacts', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const [doc, pd] = d.doctor(); const [ph2, p2] = d.phone();
    return [`EMERGENCY CONTACTS\n${d.parent()}: ${g} ${s}   ${ph}\nDoctor: ${doc}   ${ph2}`, [g, s, p, ...pd, p2]];
  }],
  ['trained staff and bus route', (d) => {
    const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`Staff trained to give epinephrine: ${g1} ${s1} (classroom teacher), ${g2} ${s2} (bus driver, Route ${d.int(1, 40)}).`, [g1, s1, g2, s2]];
  }],
  ['reaction at school date', (d) => {
    const md = d.monDay(); const h = d.hospital();
    return [`Reaction at lunch ${md} after a shared granola bar; EpiPen given by the school nurse, taken by ambulance to ${h} and observed 4 hr.`, [md, h]];
  }],
  // e-mails and messages
  ['patient e-mail to dietitian', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s, true); const wd = d.weekdayDate();
    return [`From: ${em}\nSent: ${wd}\nSubject: question about my meal plan\nCan I swap the afternoon snack for a Glucerna shake?`, [em, wd]];
  }],
];

/** The names of the wave's frames. */
export const nutritionFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function nutritionWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10711, rounds);
}

/** Look-alikes in nutrition and dietetics style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // formula and supplement brands
  ['Ensure Plus 1 bottle BID between meals', 'Ensure Plus'], ['Ensure Enlive with HMB', 'Ensure Enlive'], ['Jevity 1.5 Cal @ 60 mL/hr', 'Jevity 1.5 Cal'], ['Glucerna 1.2 Cal via PEG', 'Glucerna 1.2'],
  ['Nepro with Carb Steady, 1 carton TID', 'Nepro'], ['Osmolite 1.2 at goal 65 mL/hr', 'Osmolite 1.2'], ['Peptamen 1.5 for malabsorption', 'Peptamen 1.5'], ['Vital AF 1.2 Cal in the ICU', 'Vital AF'],
  ['Vivonex RTF via NJ', 'Vivonex RTF'], ['TwoCal HN 237 mL TID', 'TwoCal HN'], ['Isosource 1.5 Cal', 'Isosource'], ['Nutren 2.0 for fluid restriction', 'Nutren 2.0'], ['Kate Farms Peptide 1.5', 'Kate Farms'],
  ['Boost Glucose Control at bedtime', 'Boost Glucose Control'], ['PediaSure Peptide 1.0', 'PediaSure'], ['EleCare Jr unflavored', 'EleCare Jr'], ['Neocate Junior', 'Neocate'], ['Nutramigen 20 kcal/oz', 'Nutramigen'],
  ['Similac Alimentum for CMPA', 'Alimentum'], ['Duocal 1 tbsp added to purees', 'Duocal'], ['Beneprotein 1 scoop in oatmeal', 'Beneprotein'], ['Juven 1 packet BID for wound healing', 'Juven'],
  ['ProSource liquid protein 30 mL daily', 'ProSource'], ['Optifast 5 packets per day', 'Optifast'], ['Carnation Breakfast Essentials', 'Carnation'], ['Thick-It to nectar consistency', 'Thick-It'],
  // TPN components
  ['Clinimix E 8/14 2 L', 'Clinimix E 8/14'], ['Intralipid 20% 250 mL twice weekly', 'Intralipid 20%'], ['SMOFlipid 1 g/kg/day', 'SMOFlipid'], ['Omegaven for PNALD', 'Omegaven'], ['Kabiven 1440 mL', 'Kabiven'],
  ['Trophamine 3 g/kg/day', 'Trophamine'], ['Infuvite Adult 10 mL', 'Infuvite Adult'], ['Multrys 1 mL', 'Multrys'], ['GIR 6.2 mg/kg/min', 'GIR 6.2 mg/kg/min'], ['dextrose 70% 350 mL', 'dextrose 70%'],
  // equations and scores
  ['Mifflin-St Jeor x 1.2 activity factor', 'Mifflin-St Jeor'], ['Harris-Benedict overestimates in obesity', 'Harris-Benedict'], ['Penn State 2003b for ventilated patients', 'Penn State 2003b'],
  ['Ireton-Jones equation', 'Ireton-Jones'], ['Schofield equation for children', 'Schofield'], ['Holliday-Segar maintenance fluids', 'Holliday-Segar'], ['IBW by Hamwi 59 kg', 'Hamwi'],
  ['MUST score 2 (high risk)', 'MUST score 2'], ['NRS-2002 score 4', 'NRS-2002'], ['MNA-SF 7 = malnourished', 'MNA-SF'], ['SGA rating B', 'SGA rating B'], ['NUTRIC score 6', 'NUTRIC score 6'],
  ['MST 3 on admission screen', 'MST 3'], ['GLIM criteria met', 'GLIM'], ['ASPEN/AND malnutrition criteria', 'ASPEN/AND'], ['EAT-26 score 34', 'EAT-26'], ['EDE-Q global 4.1', 'EDE-Q'], ['IDDSI level 4 pureed', 'IDDSI level 4'],
  // eponyms and named conditions
  ['Wernicke encephalopathy risk, thiamine 100 mg', 'Wernicke'], ['s/p Roux-en-Y gastric bypass', 'Roux-en-Y'], ["Crohn's disease with ileal stricture", "Crohn's"], ["Graves' disease, on methimazole", "Graves'"],
  ['Whipple procedure 2019 with pancreatic insufficiency', 'Whipple'], ["Addison's disease", "Addison's"], ["Barrett's esophagus", "Barrett's"], ['positive Chvostek sign', 'Chvostek'], ['Trousseau sign negative', 'Trousseau'],
  ["Hirschsprung's disease s/p pull-through", "Hirschsprung's"], ['Maudsley family-based treatment, phase 1', 'Maudsley'], ['Billroth II anatomy', 'Billroth II'],
  // pumps, tubes and devices
  ['Kangaroo Joey pump', 'Kangaroo Joey'], ['CADD-Prizm ambulatory pump', 'CADD-Prizm'], ['Moog Infinity pump', 'Moog Infinity'], ['Curlin 6000 CMS', 'Curlin 6000'], ['Cortrak-guided placement', 'Cortrak'],
  ['MIC-KEY 14 Fr 1.7 cm', 'MIC-KEY 14 Fr 1.7 cm'], ['ENFit syringe 60 mL', 'ENFit'], ['Dexcom G7 sensor', 'Dexcom G7'], ['FreeStyle Libre 3', 'FreeStyle Libre 3'], ['Omnipod 5 in automated mode', 'Omnipod 5'],
  ['Contour Next One meter', 'Contour Next One'], ['Dobhoff tube', 'Dobhoff'],
  // lab values, kcal, grams and measures
  ['albumin 2.8 g/dL', '2.8 g/dL'], ['prealbumin 12 mg/dL', 'prealbumin 12'], ['CRP 84', 'CRP 84'], ['A1c 8.4%', 'A1c 8.4%'], ['triglycerides 412', 'triglycerides 412'], ['phos 1.9, Mg 1.4', 'phos 1.9'],
  ['1800 kcal/day', '1800 kcal/day'], ['25-30 kcal/kg', '25-30 kcal/kg'], ['protein 1.2-1.5 g/kg', '1.2-1.5 g/kg'], ['75 g protein', '75 g protein'], ['2 g Na diet', '2 g Na'], ['1500 mL fluid restriction', '1500 mL'],
  ['60 g CHO per meal', '60 g CHO'], ['4 carb choices at lunch', '4 carb choices'], ['I:C 1:12, ISF 1:40', 'I:C 1:12'], ['BMI 42.6', 'BMI 42.6'], ['IBW 62 kg, 118% IBW', '118% IBW'], ['weight-for-length 3rd percentile', '3rd percentile'],
  ['z-score -2.3', '-2.3'], ['GRV 250 mL', 'GRV 250 mL'], ['free water 200 mL q6h', '200 mL q6h'], ['Rule of 15 for lows', 'Rule of 15'],
  // codes
  ['ICD-10 E44.0 moderate protein-calorie malnutrition', 'E44.0'], ['E43 severe malnutrition', 'E43'], ['R63.4 abnormal weight loss', 'R63.4'], ['Z68.41 BMI 40.0-44.9', 'Z68.41'], ['CPT 97802 initial MNT', '97802'],
  ['CPT 97803 reassessment', '97803'], ['G0108 DSMT individual', 'G0108'], ['HCPCS B4154', 'B4154'], ['B9002 enteral pump with alarm', 'B9002'], ['F50.01 anorexia nervosa, restricting type', 'F50.01'],
  // programs, laws, payers and chains
  ['Enrolled in WIC and SNAP.', 'WIC'], ['Qualifies for free meals under the NSLP.', 'NSLP'], ['Daycare participates in CACFP.', 'CACFP'], ['Title III-C home-delivered meals', 'Title III-C'],
  ['Section 504 plan for food allergy', 'Section 504'], ['USDA meal pattern', 'USDA'], ['Referred to Meals on Wheels.', 'Meals on Wheels'], ['Home TPN through Option Care.', 'Option Care'],
  ['Supplies from Coram.', 'Coram'], ['Formula shipped by Byram.', 'Byram'], ['Medica covers 6 MNT visits.', 'Medica'], ['Abbott Nutrition rep dropped samples.', 'Abbott'], ['Shops at Hy-Vee.', 'Hy-Vee'],
  // roles and generic places
  ['Seen at the food shelf monthly.', 'food shelf'], ['Forms faxed to the WIC office.', 'WIC office'], ['Eats in the cafeteria with an aide.', 'cafeteria'], ['Called the home infusion pharmacy.', 'home infusion pharmacy'],
  ['Discussed with the bariatric surgeon.', 'bariatric surgeon'], ['The school nurse keeps the EpiPen.', 'school nurse'], ['Weighed in the clinic.', 'the clinic'], ['Ate in the dining room.', 'dining room'],
  // relations, ages, years, states
  ['Her mother prepares all meals.', 'mother'], ['An 89-year-old woman with poor intake.', '89'], ['Diagnosed with type 2 diabetes in 2014.', '2014'], ['Moved here from North Dakota.', 'North Dakota'], ['Age 17, grade 11', '17'],
  // everyday words that are also names or towns
  ['Honey-thick liquids per SLP.', 'Honey'], ['Sage and basil for flavor instead of salt.', 'Sage'], ['Ginger tea for nausea.', 'Ginger'], ['Brown rice and black beans', 'rice'], ['Bean soup with ham', 'Bean'],
  ['Baker\'s yeast allergy', "Baker's"], ['Good luck with the new plan!', 'luck'], ['Family was welcome at the meal.', 'welcome'], ['Plain Greek yogurt 170 g', 'Plain'], ['Seeks harmony with food.', 'harmony'],
  ['Savage hunger after exercise, per pt.', 'Savage'], ['Sweet potato fries', 'Sweet'], ['Graham crackers and milk HS snack', 'Graham'], ['Candy for hypoglycemia: 4 pieces', 'Candy'], ['Olive oil 1 tbsp', 'Olive'],
  ['Will follow up in 2 weeks.', 'Will'], ['Hope to advance diet tomorrow.', 'Hope'],
];

export const nutritionKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedNutritionKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(nutritionKeepCases(), find);

export function scoreNutritionWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => nutritionWaveCases(seed)), find);
}
