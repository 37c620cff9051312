// A blind wave of allergy and clinical immunology clinic records: skin prick and intradermal test sheets (the patient
// listed as 'SURNAME, Given', date of birth, MRN, test date, the ordering allergist, the technician's initials, the
// reader's name, the reminder call to a parent to hold antihistamines, consents with a witness's initials, venom-testing
// referrals from outside practices, component-test result letters mailed home, ImmunoCAP requisitions with accession
// and account numbers), oral food challenge logs (headers with the attending and challenge nurse, dose rows with the
// nurse's initials, passed and failed challenges with the epinephrine auto-injector's lot and expiry, Palforzia updosing
// with the REMS enrollment number, oral immunotherapy diaries), subcutaneous immunotherapy records (injection log rows
// with vial colour, dilution, volume, arm, local reaction and initials; extract vial labels with lot, mix date and expiry;
// missed-dose adjustments; systemic reaction reports; extract shipped to an outside office with a tracking number;
// sublingual tablets with Rx numbers; rush venom immunotherapy admissions; parent consents; holiday closures), epinephrine
// school forms and action plans (emergency care plans, emergency contacts, physician and parent signatures, self-carry
// authorizations with the teacher and school nurse, auto-injector lots and expiries in the nurse's office, field trips,
// letters to the principal, daycare medication authorizations, camp health forms and camp nurse calls), IVIG and SCIG
// records (infusion headers with product lot, rate titration rows, pump serials and biomed asset tags, home infusion
// visits, IgG troughs, specialty pharmacy deliveries, a resident over 89, hereditary angioedema pedigrees), anaphylaxis
// ER follow-ups (the ED visited, reactions at a relative's house on a holiday, restaurants, EMS run numbers, tryptase
// accessions, alpha-gal tick histories), penicillin delabeling notes (referrals, direct oral challenges, a nursing home
// resident over 89, letters faxed to the pharmacy, wallet cards, cefazolin test doses), phone triage messages, prior
// authorization and appeal letters for biologics (member ids, PA references, peer-to-peer case numbers, authorization
// numbers, copay program ids, signature blocks with NPI, claims), patient-portal messages (headers with e-mail, read
// receipts with the proxy's IP address, questionnaire links, appointment confirmations, staff replies), compounding
// pharmacy labels (Rx number, beyond-use date, the pharmacist's initials), prescribers' DEA and license numbers, eczema
// photo uploads, spirometer serials, home environmental assessments with the landlord, in mixed case, ALL CAPS and lower
// case. Dates are written every way ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024', '2024-03-04',
// '04-MAR-2024', '03.04.2024', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', '3/2024', holidays such as 'Christmas
// Eve' and 'the Fourth of July'); expiry and beyond-use dates are written as labels print them ('09/2025', 'SEP 2025',
// '2025-09', '09/25'). Given names are often everyday words, many of them plants, pollens and foods an allergy note also
// names (Hope, Grace, Rocky, Will, Honey, Olive, Hazel, Ivy, Sage, Willow, Clover, Ginger, Amber, Timothy, Peanut), and
// so are surnames (Stone, Hill, Birch, Ash, Hay, Rice, Fish, Bean, Nutt, Wheat, Reed, Rush, Spring, Frost, Sweet); towns
// are often everyday words (Liberty, Union, Hope, Harmony, Normal, Sandy, Orange, Rye, Olive Branch, Walnut Creek, Honey
// Grove, Clover) and real towns that are given names (Savannah, Charlotte, Madison, Austin, Tyler, Jackson). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreAllergyWave`.
// Decisions: every word of a person's name is planted as its own part (patients, parents and relatives, allergists,
// nurses, technicians, teachers, principals, school and camp nurses, camp counselors, landlords, medical directors); a
// middle initial, a title ('Dr.', 'Mrs.', 'Mr.') and a credential ('MD', 'RN', 'NP', 'FAAAAI') are not planted, nor is a
// given name written as an initial; a signer's or reader's initials are planted; a first name alone is planted; a
// relation without a name ('Mom', 'guardian', 'maternal aunt') and a role without a name ('the school nurse', 'camp
// nurse', 'medical director') are kept. An allergy practice, a hospital, an infusion centre, a home infusion agency, a
// compounding or local pharmacy, a specialty pharmacy named locally, a school, a daycare, a camp, a nursing home, a
// restaurant, a fire rescue or county EMS and a nature centre, farm or zoo are planted whole with their kind words
// ('Liberty Allergy & Asthma', 'Camp Willow Creek', 'Busy Bees Learning Center', 'Pecan Street Compounding Pharmacy',
// 'Travis County EMS'); a national body, insurer, national pharmacy chain, lab or manufacturer named alone ('AAAAI',
// 'FARE', 'Aetna', 'CVS', 'Quest', 'ALK-Abelló', 'Stallergenes Greer') is kept. A town is planted, a state is kept; a
// street address is planted from its number to its street type with its suite or apartment when written after it; a ZIP
// is planted. A full date, a month with its day, 'm/d', a weekday naming one day, an ordinal day ('4th', without 'the'), a
// month with a year and a holiday that fixes a day are planted, and so are expiry, mix and beyond-use dates; a standing
// schedule ('Tuesday and Thursday', 'Monday through Friday', 'every 4 weeks') and a season are kept, and so are times and
// durations. Ages over 89 are planted as their number. Phones and faxes (a leading '(' need not be covered), extensions,
// e-mails, URLs and IP addresses are planted whole. MRNs, account, accession, Rx, member, PA
// reference, case, authorization, claim, order, run, tracking, REMS enrollment and copay program numbers, lot numbers
// of extracts, auto-injectors, immune globulins and biologics, pump and spirometer serials, biomed asset tags, NPIs, DEA
// and state license numbers are planted. Kept (look-alikes): aeroallergens, molds, mites, insects and venoms (with the
// names and places in them: Timothy grass, Johnson grass, Bermuda grass, Kentucky bluegrass, Russian thistle, English
// plantain, Arizona cypress, Virginia live oak, Lamb's quarters), molecular components (Ara h 2, Fel d 1, Bet v 1),
// foods and everyday words that are also names or towns (honey, olive oil, ginger, rice, fish, wheat, hope, grace,
// rocky, will, sandy, union, normal), wheal and flare sizes ('9/30 mm'), IgE and other lab values with their units,
// dilutions and doses, product and device names (EpiPen, Auvi-Q, neffy, Xolair, Dupixent, Palforzia, Privigen,
// Hizentra, Freedom60, CADD-Solis, Multi-Test II), extract makers, eponyms and named gradings (Samter, Stevens-Johnson,
// Wiskott-Aldrich, DiGeorge, Bruton, Kounis, Mueller, Ring and Messmer, Gell and Coombs, Sampson), scores (SCORAD, EASI,
// ACT, C-ACT, ACQ-5, UAS7, PEN-FAST, WAO grade), CPT, HCPCS, ICD-10 and NDC codes, standards (USP <797>, PRACTALL,
// GINA), national bodies, insurers and chains, standing schedules and durations, ages of 89 and under, years alone,
// relations, roles and generic places (the ED, the nurse's office, the cafeteria, the infusion suite, summer camp).
// Measured before rules: 0.918 recall on seeds 5, 11, 23 (5464/5950), 0.919 on fresh seeds 41, 42, 43 (5473/5953);
// 14/164 look-alikes touched ("Timothy grass", "Johnson grass", "Virginia live oak", "German cockroach", "Ara h 2",
// "Ana o 3", "ALK-Abelló", "Stallergenes Greer", "Bruton's", "ACAAI", "CVS", "Accredo", "Monday, Wednesday and Friday",
// "Tuesday and Thursday") (engine at adb265f).
import { faker as in_ } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as ca } from '@faker-js/faker/locale/fr_CA';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, in_, vi, ng, ca];

/** Given names that are everyday words, many of them plants, pollens and foods an allergy note also names. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Mercy', 'Dawn', 'Summer', 'Autumn', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Dusty', 'Sunny', 'Misty', 'Amber', 'Ginger', 'Honey', 'Olive', 'Rose', 'Lily', 'Daisy', 'Ivy', 'Hazel', 'Basil', 'Sage', 'Holly', 'Heather', 'Willow', 'Aspen', 'Clover', 'Poppy', 'Fern', 'Laurel', 'Juniper', 'Cedar', 'Rowan', 'Penny', 'Sky', 'Brook', 'Timothy', 'Peanut'];
/** Surnames that are everyday words (trees, grains, foods and weather among them). */
const WORD_SUR = ['Stone', 'Hill', 'Wood', 'Birch', 'Ash', 'Pine', 'Oakley', 'Reed', 'Rush', 'Moss', 'Bush', 'Hay', 'Rice', 'Fish', 'Bean', 'Nutt', 'Berry', 'Cherry', 'Wheat', 'Rivers', 'Brooks', 'Fields', 'Meadows', 'Wells', 'Cash', 'Price', 'Cook', 'Baker', 'Frost', 'Snow', 'Winter', 'Spring', 'Fox', 'Wolf', 'King', 'Bishop', 'Mason', 'Porter', 'Gardner', 'Sweet', 'Strong', 'Young', 'Page', 'Love', 'Noble', 'Lamb', 'Hope'];

/** Towns that are everyday words (some of them trees and foods), and real towns. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Harmony', 'Concord', 'Independence', 'Eden', 'Paradise', 'Normal', 'Friendship', 'Welcome', 'Unity', 'Fairview', 'Golden', 'Sandy', 'Orange', 'Rye', 'Olive Branch', 'Cedar Park', 'Walnut Creek', 'Oak Park', 'Pine Bluff', 'Hazel Park', 'Clover', 'Honey Grove', 'Sugar Land', 'Elm Grove', 'Ashland', 'Mapleton', 'Birchwood', 'Almond', 'Plains'];
const REAL_TOWNS = ['Tulsa', 'Knoxville', 'Wichita', 'Lubbock', 'McAllen', 'Fresno', 'Bakersfield', 'Scranton', 'Dayton', 'Akron', 'Louisville', 'Jackson', 'Richmond', 'Spokane', 'Boise', 'Springfield', 'Allentown', 'Durham', 'Greenville', 'Chattanooga', 'Augusta', 'Macon', 'Savannah', 'Charlotte', 'Madison', 'Austin', 'Tyler', 'Florence', 'Marion', 'Troy', 'Chester', 'Jasper', 'Logan', 'Eugene', 'Lafayette', 'Waco', 'Round Rock', 'Modesto', 'Bozeman', 'Duluth'];
const STATES = ['TX', 'OK', 'TN', 'KS', 'CA', 'PA', 'OH', 'KY', 'VA', 'WA', 'ID', 'NC', 'SC', 'GA', 'WI', 'MN', 'MT', 'OR', 'Texas', 'Georgia', 'Ohio'];
const COUNTY_WORDS = ['Travis', 'Tulsa', 'Knox', 'Sedgwick', 'Fresno', 'Lackawanna', 'Montgomery', 'Summit', 'Jefferson', 'Hinds', 'Henrico', 'Spokane', 'Ada', 'Greene', 'Orange', 'Union', 'Liberty', 'Marion', 'Dane', 'Lane', 'Bibb', 'Hamilton'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Oak', 'Birch', 'Walnut', 'Pecan', 'Hickory', 'Willow', 'Sycamore', 'Magnolia', 'Mulberry', 'Chestnut', 'Olive', 'Lincoln', 'Washington', 'Park', 'Lake', 'River', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Meadow', 'Prairie', 'Church', 'Mill', 'Orchard', 'Clover'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Pl', 'Trail'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Luke', 'Jude', 'Vincent', 'Elizabeth', 'Michael', 'Catherine', 'David', 'Rose'];
const PRACTICE_WORDS = ['Blue Ridge', 'Tri-County', 'Hill Country', 'Lakeside', 'Riverbend', 'Prairie', 'Cornerstone', 'Piedmont', 'Valley', 'Bluebonnet', 'Northstar', 'Cascade', 'Clear Air', 'Summit', 'Heartland', 'Magnolia', 'Evergreen', 'Open Airways'];
const CAMP_WORDS = ['Tall Pines', 'Wawona', 'Kanata', 'Lakeview', 'Hope', 'Willow Creek', 'Timberline', 'Blue Heron', 'Silver Lake', 'Eagle Ridge', 'Sunrise', 'Red Fox', 'Chickadee', 'Birch Hollow', 'Whispering Oaks', 'Kinder Ring', 'Lone Star'];
const DAYCARE_WORDS = ['Little Acorns', 'Busy Bees', 'Sunshine Kids', 'Tiny Treasures', 'Little Sprouts', 'Kiddie Korner', 'Rainbow Bridge', 'Apple Tree', 'Honeybee', 'Small Wonders', 'Growing Oaks', 'Little Lambs'];
const RESTAURANT_KINDS = ['Seafood Shack', 'Thai Kitchen', 'Pizzeria', 'Bakery', 'Taqueria', 'Sushi Bar', 'Crab House', 'BBQ', 'Noodle House', 'Donut Shop'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'Thanksgiving', 'Thanksgiving Day', 'Halloween', 'the Fourth of July', 'Easter Sunday', "Mother's Day", 'Memorial Day', 'Labor Day', "Valentine's Day", "Father's Day"];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Relations a name follows (names are drawn without a sex, so the relations mostly have none). */
const RELATIONS = ['parent', 'guardian', 'grandparent', 'aunt', 'uncle', 'stepparent', 'foster parent', 'older sibling', 'spouse', 'partner', 'caregiver', 'cousin', 'neighbor'];
const PARENT_WORDS = ['Mom', 'Dad', 'Mother', 'Father', 'Grandma', 'Guardian', 'Parent'];

/** Allergen words the frames write around the parts (kept). */
const FOODS = ['peanut', 'cashew', 'walnut', 'pecan', 'hazelnut', 'almond', 'pistachio', 'sesame', 'egg', 'milk', 'wheat', 'soy', 'shrimp', 'codfish', 'salmon', 'baked egg', 'baked milk'];
const AEROALLERGENS = ['D. pteronyssinus', 'D. farinae', 'Alternaria alternata', 'Aspergillus fumigatus', 'Cladosporium', 'Timothy grass', 'Bermuda grass', 'Johnson grass', 'Kentucky bluegrass', 'short ragweed', 'mountain cedar', 'Russian thistle', 'English plantain', 'cat pelt', 'dog epithelia', 'German cockroach', 'birch', 'white oak', 'pecan pollen', 'mugwort'];
const VENOMS = ['honey bee', 'yellow jacket', 'yellow hornet', 'white-faced hornet', 'Polistes wasp', 'mixed vespid', 'fire ant'];
const BIOLOGICS = ['Xolair (omalizumab)', 'Dupixent (dupilumab)', 'Nucala (mepolizumab)', 'Fasenra (benralizumab)', 'Tezspire (tezepelumab)'];
const IG_PRODUCTS = ['Privigen 10%', 'Gamunex-C', 'Octagam 10%', 'Gammagard Liquid', 'Panzyga', 'Bivigam'];
const SCIG_PRODUCTS = ['Hizentra', 'Cuvitru', 'HyQvia', 'Xembify'];
const INJECTORS = ['EpiPen 0.3 mg', 'EpiPen Jr 0.15 mg', 'Auvi-Q 0.15 mg', 'Auvi-Q 0.1 mg', 'Auvi-Q 0.3 mg', 'generic epinephrine 0.3 mg auto-injector', 'Adrenaclick 0.15 mg'];
const INSURERS = ['Aetna', 'Cigna', 'UnitedHealthcare', 'Humana', 'Blue Cross Blue Shield', 'Anthem', 'Medicaid', 'TRICARE'];
const VIALS = [['Silver', '1:10,000'], ['Green', '1:1,000'], ['Blue', '1:100'], ['Yellow', '1:10'], ['Red', '1:1']] as const;
const ARMS = ['L arm', 'R arm', 'L posterior arm', 'R posterior arm', 'LUE', 'RUE'];
const CREDS = ['RN', 'LPN', 'MA', 'CMA', 'NP', 'PA-C'];

/** A person: every name word is planted; `mi` (not planted) is a middle initial or empty. */
interface Person {
  readonly given: string;
  readonly mi: string;
  readonly sur: string;
}
const written = (p: Person): string => (p.mi ? `${p.given} ${p.mi} ${p.sur}` : `${p.given} ${p.sur}`);
const listed = (p: Person): string => `${p.sur.toUpperCase()}, ${p.given}${p.mi ? ` ${p.mi}` : ''}`;
const listedParts = (p: Person): string[] => [p.sur.toUpperCase(), p.given];
const nameParts = (p: Person): string[] => [p.given, p.sur];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  person(): Person {
    return { given: this.given(), mi: this.r() < 0.3 ? this.mi() : '', sur: this.sur() };
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  parentWord(): string {
    return this.pick(PARENT_WORDS);
  }
  cred(): string {
    return this.pick(CREDS);
  }
  food(): string {
    return this.pick(FOODS);
  }
  aero(): string {
    return this.pick(AEROALLERGENS);
  }
  venom(): string {
    return this.pick(VENOMS);
  }
  biologic(): string {
    return this.pick(BIOLOGICS);
  }
  injector(): string {
    return this.pick(INJECTORS);
  }
  insurer(): string {
    return this.pick(INSURERS);
  }
  vial(): string {
    const [color, dil] = this.pick(VIALS);
    return `${color} ${dil} v/v`;
  }
  /** A staff member's name written four ways, with its parts (an initial alone is not planted). */
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
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t && !u.includes(t) && !t.includes(u)) return u;
    }
    return t === 'Tulsa' ? 'Waco' : 'Tulsa';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  /** An allergy practice named locally. */
  practice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Allergy & Asthma`;
    if (k === 1) return `${this.sur()} Allergy and Immunology, PC`;
    if (k === 2) return `${this.pick(PRACTICE_WORDS)} Allergy Associates`;
    if (k === 3) return `Allergy & Asthma Care of ${this.town()}`;
    if (k === 4) return `${this.town()} Asthma & Allergy Center`;
    return `${this.pick(PRACTICE_WORDS)} Allergy, Asthma & Immunology`;
  }
  hospital(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s Hospital`;
    if (k === 1) return `${this.town()} Regional Medical Center`;
    if (k === 2) return `${this.town()} Children's Hospital`;
    return `${this.town()} Memorial Hospital`;
  }
  infusionCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Infusion Center`;
    if (k === 1) return `${this.pick(PRACTICE_WORDS)} Infusion Suites`;
    return `St. ${this.pick(SAINTS)}'s Outpatient Infusion`;
  }
  homeInfusion(): string {
    return this.r() < 0.5 ? `${this.town()} Home Infusion` : `${this.pick(PRACTICE_WORDS)} Infusion Services`;
  }
  pharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(STREET_WORDS)} Street Compounding Pharmacy`;
    if (k === 1) return `${this.sur()} Family Pharmacy`;
    if (k === 2) return `${this.town()} Apothecary`;
    return `${this.town()} Drug`;
  }
  specialtyPharmacy(): string {
    return this.r() < 0.5 ? `${this.pick(PRACTICE_WORDS)} Specialty Pharmacy` : `${this.town()} Specialty Rx`;
  }
  school(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(STREET_WORDS)} Elementary School`;
    if (k === 1) return `${this.town()} Middle School`;
    if (k === 2) return `St. ${this.pick(SAINTS)} Catholic School`;
    return `${this.town()} High School`;
  }
  daycare(): string {
    const w = this.pick(DAYCARE_WORDS);
    return this.pick([`${w} Child Care`, `${w} Learning Center`, `${w} Daycare`, `${w} Preschool`]);
  }
  camp(): string {
    return `Camp ${this.pick(CAMP_WORDS)}`;
  }
  nursingHome(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Health and Rehabilitation`;
    if (k === 1) return `${this.pick(PRACTICE_WORDS)} Manor`;
    return `The Gardens at ${this.town()}`;
  }
  restaurant(): string {
    return this.r() < 0.5 ? `${this.sur()}'s ${this.pick(RESTAURANT_KINDS)}` : `${this.town()} ${this.pick(RESTAURANT_KINDS)}`;
  }
  ems(): string {
    return this.r() < 0.5 ? `${this.town()} Fire Rescue` : `${this.county()} County EMS`;
  }
  outing(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Nature Center`;
    if (k === 1) return `${this.sur()} Family Farm`;
    return `${this.town()} Zoo`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  /** A street with its suite or apartment when written after it. */
  streetUnit(): string {
    const st = this.street();
    const a = this.int(0, 3);
    if (a === 0) return `${st}, Suite ${this.int(100, 450)}`;
    if (a === 1) return `${st} Apt ${this.int(1, 40)}${this.pick(['', 'A', 'B'])}`;
    if (a === 2) return `${st} #${this.int(101, 420)}`;
    return st;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(6, 20))}:${pad2(this.int(0, 59))}` : `${this.int(1, 12)}:${pad2(this.int(0, 59))} ${this.pick(['AM', 'PM', 'am', 'pm'])}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  /** Two different full dates (a start and an end). */
  twoDates(): readonly [string, string] {
    const a = this.date();
    for (let k = 0; k < 10; k++) {
      const b = this.date();
      if (!a.includes(b) && !b.includes(a)) return [a, b];
    }
    return [a, `${a === '01/02/2020' ? '03/04' : '01/02'}/2020`];
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  /** A day of June, July or August, as camp sessions are written. */
  summerDay(): string {
    const m = this.int(6, 8);
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${this.int(1, 30)}`;
  }
  monthYear(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(MONTHS)} ${this.year()}`;
    if (k === 1) return `${this.pick(MON)} ${this.year()}`;
    return `${this.int(1, 12)}/${this.year()}`;
  }
  /** An expiry or beyond-use date as labels write it. */
  expiry(): string {
    const m = this.int(1, 12);
    const y = this.int(2024, 2028);
    const k = this.int(0, 4);
    if (k === 0) return `${pad2(m)}/${y}`;
    if (k === 1) return `${MON[m - 1]!.toUpperCase()} ${y}`;
    if (k === 2) return `${y}-${pad2(m)}`;
    if (k === 3) return `${pad2(m)}/${pad2(this.int(1, 28))}/${y}`;
    return `${pad2(m)}/${pad2(y % 100)}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  nth(): string {
    return ordinal(this.int(1, 28));
  }
  dob(lo = 1940, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(m)}/${pad2(d)}/${y}`;
    if (k === 1) return `${m}/${d}/${y}`;
    if (k === 2) return `${y}-${pad2(m)}-${pad2(d)}`;
    return `${MON[m - 1]!} ${d}, ${y}`;
  }
  childDob(): string {
    return this.dob(2008, 2023);
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    const k = this.int(0, 2);
    if (k === 0) return `00${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 9));
    return `M${this.digitString(7)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(10) : `A${this.digitString(8)}`;
  }
  accession(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${pad2(this.int(18, 25))}-${this.digitString(6)}`;
    if (k === 1) return this.digitString(10);
    return `${pad2(this.int(18, 25))}${this.letters(1)}${this.digitString(6)}`;
  }
  /** A lot number as extract, epinephrine and immune globulin labels print them. */
  lot(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.int(1, 9)}${this.letters(2)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 2) return this.digitString(7);
    if (k === 3) return `P${this.digitString(9)}`;
    return `${pad2(this.int(20, 25))}${this.letters(1)}${this.digitString(2)}${this.letters(1)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(8);
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  asset(): string {
    return this.r() < 0.5 ? `BME-${this.digitString(5)}` : `${this.letters(2)}${this.digitString(6)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  dea(s: string): string {
    const c = asciiLetters(s).charAt(0).toUpperCase() || 'X';
    return `${this.pick(['A', 'B', 'F', 'M'])}${c}${this.digitString(7)}`;
  }
  license(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(5)}`;
    if (k === 1) return `${this.pick(['TX', 'OK', 'TN', 'KS', 'GA', 'OH'])}-${this.digitString(5)}`;
    return this.digitString(6);
  }
  rx(): string {
    return this.r() < 0.6 ? this.digitString(7) : `${this.digitString(3)}-${this.digitString(5)}`;
  }
  member(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    if (k === 2) return this.digitString(11);
    return `${this.digitString(9)}${this.pick(['01', '02', '03'])}`;
  }
  paRef(): string {
    const k = this.int(0, 2);
    if (k === 0) return `PA-${this.digitString(8)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(9)}`;
    return this.digitString(9);
  }
  claim(): string {
    return this.r() < 0.5 ? this.digitString(12) : `${pad2(this.int(18, 25))}${this.digitString(3)}E${this.digitString(7)}`;
  }
  tracking(): string {
    return this.r() < 0.5 ? `1Z${this.letters(2)}${this.digitString(3)}${this.letters(2)}${this.digitString(8)}` : this.digitString(12);
  }
  program(): string {
    return this.r() < 0.5 ? this.digitString(8) : `${this.letters(3)}-${this.digitString(6)}`;
  }
  ticket(): string {
    return this.r() < 0.5 ? `T${this.digitString(7)}` : this.digitString(6);
  }
  ext(): string {
    return this.digitString(4);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string, domain?: string): string {
    const dom = domain ?? this.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'outlook.com', 'aol.com', `${asciiLetters(this.town())}.k12.us`]);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(70, 99)}`, `${a}${b}`]);
    return `${local}@${dom}`;
  }
  /** A practice's own domain. */
  practiceDomain(): string {
    return this.pick([`${asciiLetters(this.town())}allergy.com`, `${asciiLetters(this.sur())}allergy.com`, `${asciiLetters(this.pick(PRACTICE_WORDS))}allergy.org`]);
  }
  url(): string {
    const dom = this.practiceDomain();
    const k = this.int(0, 3);
    if (k === 0) return `https://portal.${dom}/previsit/${this.digitString(6)}`;
    if (k === 1) return `www.${dom}/shot-schedule`;
    if (k === 2) return `https://${dom}/forms/school-action-plan.pdf`;
    return `https://mychart.${asciiLetters(this.town())}health.org/MyChart/questionnaire?id=${this.digitString(7)}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(24, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // skin prick and intradermal test sheets
  ['skin test sheet header', (d) => {
    const p = d.person(); const dob = d.dob(1950, 2020); const mrn = d.mrn(); const dt = d.date(); const [st, sp] = d.staff(); const ini = d.initials();
    return [`ALLERGY SKIN TEST RECORD\nPatient: ${listed(p)}   DOB: ${dob}   MRN: ${mrn}\nTest date: ${dt}   Ordering: Dr. ${st}\nTechnician: ${ini}   Last antihistamine: > 7 days`, [...listedParts(p), dob, mrn, dt, ...sp, ini]];
  }],
  ['prick panel reading by tech', (d) => {
    const [st, sp] = d.staff(); const dt = d.slashMd();
    return [`Percutaneous (Multi-Test II) read at 15 min by ${st}, ${d.cred()}, on ${dt}: histamine 7/24, saline 0/0, ${d.aero()} 9/30, ${d.aero()} 5/18.`, [...sp, dt]];
  }],
  ['intradermal follow-up on a weekday', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur();
    return [`Intradermals (1:1,000) placed ${w} for negative prick to ${d.aero()} and ${d.aero()}; read at 15 minutes by ${g} ${s}, RN. Positive at 12 x 14 mm.`, [w, g, s]];
  }],
  ['antihistamine hold reminder call', (d) => {
    const pw = d.parentWord(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const n = d.nth();
    return [`Called ${pw} (${g} ${s}) at ${ph} to hold cetirizine and Benadryl for 5 days before skin testing on the ${n}.`, [g, s, p, n]];
  }],
  ['skin test consent signed by parent', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const ini = d.initials(); const c = d.given();
    return [`Consent for skin testing of ${c} signed by ${d.relation()} ${g} ${s} on ${dt}; witness ${ini}.`, [c, g, s, dt, ini]];
  }],
  ['venom testing referral after sting', (d) => {
    const s = d.sur(); const pr = d.practice(); const t = d.town(); const md = d.monDay();
    return [`Referred by Dr. ${s} of ${pr} for Hymenoptera venom testing after a ${d.venom()} sting while mowing in ${t} on ${md}; generalized hives and throat tightness (Mueller grade III).`, [s, pr, t, md]];
  }],
  ['component results letter to home', (d) => {
    const p = d.person(); const st = d.streetUnit(); const t = d.town(); const z = d.zip(); const dt = d.date(); const c = d.given();
    return [`${written(p)}\n${st}\n${t}, ${d.state()} ${z}\n\n${dt}\n\nDear parent of ${c},\nThe peanut component test (Ara h 2) was 0.11 kU/L, which makes a true peanut allergy unlikely.`, [...nameParts(p), st, t, z, dt, c]];
  }],
  ['ImmunoCAP requisition accession and account', (d) => {
    const acc = d.accession(); const acct = d.account(); const dt = d.mdy(); const ini = d.initials();
    return [`Specific IgE panel (ImmunoCAP) to Quest: accession ${acc}, account ${acct}, collected ${dt} ${d.time()} by ${ini}. Total IgE 842 kU/L.`, [acc, acct, dt, ini]];
  }],
  // oral food challenge logs
  ['oral food challenge header', (d) => {
    const p = d.person(); const dob = d.childDob(); const mrn = d.mrn(); const dt = d.date(); const s = d.sur(); const [rn, rp] = d.staff();
    return [`ORAL FOOD CHALLENGE\nPatient: ${written(p)}   DOB: ${dob}   MRN ${mrn}\nFood: ${d.food()} (open, 6 doses)   Date: ${dt}\nAttending: Dr. ${s}   Challenge RN: ${rn}`, [...nameParts(p), dob, mrn, dt, s, ...rp]];
  }],
  ['food challenge dose row', (d) => {
    const ini = d.initials();
    return [`Dose ${d.int(1, 6)} (${d.pick(['3', '10', '30', '100', '300', '1000'])} mg protein) given ${d.time()} — no symptoms; vitals stable. ${ini}`, [ini]];
  }],
  ['challenge passed and home introduction', (d) => {
    const dt = d.date(); const pw = d.parentWord(); const g = d.given(); const my = d.monthYear();
    return [`Passed ${d.food()} challenge on ${dt}. ${pw} ${g} to give a serving 3 times a week at home; recheck in ${my}.`, [dt, g, my]];
  }],
  ['failed challenge epinephrine lot', (d) => {
    const lot = d.lot(); const ex = d.expiry(); const [st, sp] = d.staff();
    return [`At dose 5, perioral hives and cough; ${d.injector()} (lot ${lot}, exp ${ex}) given in the left thigh at ${d.time()} by ${st}, RN. Resolved in 10 minutes.`, [lot, ex, ...sp]];
  }],
  ['Palforzia updosing and REMS', (d) => {
    const dt = d.date(); const rems = d.program(); const w = d.weekday(); const md = d.monDay();
    return [`Palforzia Level ${d.int(2, 11)} updose tolerated ${dt}; Palforzia REMS patient enrollment #${rems}. Next updose ${w} ${md}.`, [dt, rems, w, md]];
  }],
  ['oral immunotherapy symptom diary', (d) => {
    const g = d.given(); const n = d.nth(); const w = d.weekday();
    return [`OIT diary from ${d.parentWord().toLowerCase()}: ${g} had belly pain 40 min after the dose on the ${n} and again ${w}; no epinephrine needed.`, [g, n, w]];
  }],
  // subcutaneous immunotherapy
  ['injection log row', (d) => {
    const dt = d.mdy(); const ini = d.initials();
    return [`${dt} | ${d.vial()} | ${d.pick(['0.05', '0.10', '0.15', '0.20', '0.30', '0.40', '0.50'])} mL | ${d.pick(ARMS)} | local ${d.int(0, 35)} mm | 30-min wait OK | ${ini}`, [dt, ini]];
  }],
  ['extract vial label', (d) => {
    const p = d.person(); const dob = d.dob(1950, 2018); const lot = d.lot(); const mix = d.date(); const ex = d.expiry(); const ini = d.initials();
    return [`PATIENT: ${listed(p)}   DOB ${dob}\nVIAL: Trees/Grasses/Weeds ${d.vial()}\nLOT ${lot}   MIXED ${mix}   EXP ${ex}\nPREPARED BY: ${ini}`, [...listedParts(p), dob, lot, mix, ex, ini]];
  }],
  ['next shot due', (d) => {
    const g = d.given(); const pr = d.practice(); const w = d.weekday(); const md = d.monDay();
    return [`${g} gets allergy shots at ${pr}; next injection due ${w}, ${md} (build-up, weekly).`, [g, pr, w, md]];
  }],
  ['missed doses dose adjustment', (d) => {
    const dt = d.date(); const ini = d.initials();
    return [`Last injection ${dt} (${d.int(3, 8)} weeks ago). Per missed-dose protocol, repeated previous dose of ${d.vial()}. Verified by ${ini}.`, [dt, ini]];
  }],
  ['systemic reaction report', (d) => {
    const dt = d.date(); const lot = d.lot(); const g = d.given(); const s = d.sur(); const pr = d.practice();
    return [`Systemic reaction (WAO grade 2) 12 min after 0.40 mL of ${d.vial()} on ${dt}. Epinephrine 0.3 mg IM (lot ${lot}) by ${g} ${s}, RN; observed at ${pr} for 2 hours.`, [dt, lot, g, s, pr]];
  }],
  ['extract shipped to outside office', (d) => {
    const s = d.sur(); const t = d.town(); const [fx, p] = d.phone(); const md = d.monDay(); const tr = d.tracking();
    return [`Maintenance vials shipped on ice to Dr. ${s}'s office in ${t} (fax ${fx}) on ${md}; tracking ${tr}.`, [s, t, p, md, tr]];
  }],
  ['sublingual tablet first dose', (d) => {
    const dt = d.date(); const rx = d.rx(); const ph = d.pharmacy();
    return [`First ${d.pick(['Odactra', 'Grastek', 'Ragwitek', 'Oralair'])} tablet given in clinic ${dt}, observed 30 minutes. Rx #${rx} sent to ${ph}.`, [dt, rx, ph]];
  }],
  ['rush venom immunotherapy admission', (d) => {
    const h = d.hospital(); const dt = d.date(); const [st, sp] = d.staff();
    return [`Rush ${d.venom()} venom immunotherapy at ${h}, admitted ${dt} to the observation unit; attending ${st}, MD.`, [h, dt, ...sp]];
  }],
  ['immunotherapy consent by parent', (d) => {
    const p = d.person(); const c = d.given(); const dt = d.mdy();
    return [`I, ${written(p)}, parent/guardian of ${c}, consent to subcutaneous allergen immunotherapy and agree to wait 30 minutes after each injection.\nSignature on file   Date: ${dt}`, [...nameParts(p), c, dt]];
  }],
  ['venom maintenance holiday reschedule', (d) => {
    const hd = d.holiday(); const w = d.weekday();
    return [`Office closed ${hd}; ${d.venom()} venom maintenance (${d.pick(['50', '100', '200'])} mcg) moved to ${w}. Patient aware via portal.`, [hd, w]];
  }],
  // epinephrine auto-injector school forms and action plans
  ['anaphylaxis action plan header', (d) => {
    const p = d.person(); const dob = d.childDob(); const sc = d.school();
    return [`FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN\nName: ${written(p)}   D.O.B.: ${dob}\nAllergy to: ${d.food()}, ${d.food()}\nWeight: ${d.int(14, 60)} kg   Asthma: Yes (higher risk for a severe reaction)\nSchool: ${sc}   Grade: ${d.int(1, 8)}`, [...nameParts(p), dob, sc]];
  }],
  ['action plan emergency contacts', (d) => {
    const p = d.person(); const [ph, pp] = d.phone(); const s = d.sur(); const [ph2, pp2] = d.phone();
    return [`EMERGENCY CONTACTS — CALL 911\nParent/Guardian: ${written(p)}   Phone: ${ph}\nDoctor: Dr. ${s}   Phone: ${ph2}`, [...nameParts(p), pp, s, pp2]];
  }],
  ['action plan authorization signatures', (d) => {
    const [st, sp] = d.staff(); const [a, b] = d.twoDates(); const p = d.person();
    return [`PHYSICIAN/HCP AUTHORIZATION SIGNATURE: ${st}, MD   DATE: ${a}\nPARENT/GUARDIAN AUTHORIZATION SIGNATURE: ${written(p)}   DATE: ${b}`, [...sp, a, ...nameParts(p), b]];
  }],
  ['self-carry authorization', (d) => {
    const c = d.given(); const sc = d.school(); const t = d.sur(); const g = d.given(); const s = d.sur(); const [fx, p] = d.phone();
    return [`${c} may self-carry and self-administer epinephrine at ${sc}. Teacher: Mrs. ${t}. School nurse ${g} ${s}, fax ${fx}.`, [c, sc, t, g, s, p]];
  }],
  ['auto-injector at school lot and expiry', (d) => {
    const lot = d.lot(); const ex = d.expiry(); const g = d.given();
    return [`${d.injector()} kept in the nurse's office: lot ${lot}, expires ${ex}. Second device in ${g}'s backpack.`, [lot, ex, g]];
  }],
  ['field trip epinephrine plan', (d) => {
    const w = d.weekday(); const md = d.monDay(); const o = d.outing(); const s = d.sur(); const c = d.given();
    return [`Field trip ${w} ${md} to ${o}: Mr. ${s} (trained) will carry ${c}'s auto-injectors; sealed lunch from home only.`, [w, md, o, s, c]];
  }],
  ['peanut-free table letter to principal', (d) => {
    const sc = d.school(); const g = d.given(); const s = d.sur(); const c = d.person(); const dt = d.date();
    return [`To the principal of ${sc}, ${g} ${s}:\n${written(c)} has a life-threatening peanut allergy. Please provide a peanut-free table in the cafeteria starting ${dt}.`, [sc, g, s, ...nameParts(c), dt]];
  }],
  ['daycare medication authorization', (d) => {
    const dc = d.daycare(); const c = d.person(); const dob = d.dob(2019, 2024); const [a, b] = d.twoDates(); const g = d.given(); const [ph, p] = d.phone();
    return [`${dc.toUpperCase()} — MEDICATION AUTHORIZATION\nChild: ${written(c)}   DOB ${dob}\nMedication: EpiPen Jr 0.15 mg IM for anaphylaxis; cetirizine 2.5 mg for hives\nStart: ${a}   End: ${b}\nParent: ${g}   Phone: ${ph}`, [dc.toUpperCase(), ...nameParts(c), dob, a, b, g, p]];
  }],
  ['camp health form', (d) => {
    const cp = d.camp(); const a = d.summerDay(); const b = d.summerDay(); const c = d.person(); const g = d.given();
    return [`${cp} — Camper Health Form, Session 2 (${a} to ${b})\nCamper: ${written(c)}   Allergies: ${d.food()} (anaphylaxis), ${d.venom()} stings\nCabin counselor: ${g}`, [cp, a, b, ...nameParts(c), g]];
  }],
  ['camp nurse call', (d) => {
    const g = d.given(); const cp = d.camp(); const t = d.town(); const [ph, p] = d.phone(); const c = d.given();
    return [`Camp nurse ${g} at ${cp} (${t}, ${d.state()}) called from ${ph}: camper ${c} had lip swelling after trail mix, gave Benadryl, no epinephrine.`, [g, cp, t, p, c]];
  }],
  // IVIG infusion records
  ['IVIG infusion record header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const lot = d.lot(); const dt = d.date(); const [rn, rp] = d.staff();
    return [`IVIG INFUSION RECORD\nPt: ${listed(p)}   MRN ${mrn}\nDx: CVID (D83.9)   Product: ${d.pick(IG_PRODUCTS)} ${d.int(20, 60)} g   Lot ${lot}\nDate: ${dt}   Nurse: ${rn}`, [...listedParts(p), mrn, lot, dt, ...rp]];
  }],
  ['IVIG rate titration row', (d) => {
    const ini = d.initials();
    return [`${d.time()}  rate ${d.pick(['0.5', '1', '2', '4', '8'])} mg/kg/min  BP ${d.int(98, 142)}/${d.int(58, 88)}  HR ${d.int(60, 104)}  T 36.${d.int(4, 9)}  no headache  ${ini}`, [ini]];
  }],
  ['infusion pump serial and asset', (d) => {
    const sn = d.serial(); const a = d.asset(); const [st, sp] = d.staff();
    return [`Pump: ${d.pick(['CADD-Solis', 'Sigma Spectrum', 'Alaris', 'Freedom60', 'Curlin 6000'])} serial ${sn}, biomed asset ${a}; primed and programmed by ${st}.`, [sn, a, ...sp]];
  }],
  ['home SCIG nurse visit', (d) => {
    const st = d.streetUnit(); const t = d.town(); const g = d.given(); const s = d.sur(); const hi = d.homeInfusion(); const md = d.monDay();
    return [`Home SCIG (${d.pick(SCIG_PRODUCTS)} ${d.int(4, 12)} g weekly) visit at ${st}, ${t}: nurse ${g} ${s} from ${hi}; 4 abdominal sites, no reactions. Next visit ${md}.`, [st, t, g, s, hi, md]];
  }],
  ['IgG trough and next infusion', (d) => {
    const dt = d.date(); const w = d.weekday(); const ic = d.infusionCenter();
    return [`IgG trough ${d.int(520, 1150)} mg/dL on ${dt}. Continue 0.4 g/kg every 4 weeks; next infusion ${w} at ${ic}.`, [dt, w, ic]];
  }],
  ['specialty pharmacy delivery signed', (d) => {
    const sp = d.specialtyPharmacy(); const dt = d.date(); const tk = d.ticket(); const g = d.given();
    return [`${d.pick(SCIG_PRODUCTS)} delivered by ${sp} on ${dt} (order ${tk}); signed for by ${d.relation()} ${g}.`, [sp, dt, tk, g]];
  }],
  ['elder over 89 on IVIG', (d) => {
    const n = d.ageOver89(); const nh = d.nursingHome();
    return [`${n}-year-old with secondary hypogammaglobulinemia from CLL, recurrent pneumonias; resides at ${nh}. IVIG every 4 weeks, premedicated with acetaminophen.`, [n, nh]];
  }],
  ['hereditary angioedema family pedigree', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.given(); const rel = d.relation();
    return [`HAE type 1 (C4 low, C1-INH 6 mg/dL). Affected relatives: ${rel} ${g} ${s} and a maternal aunt, ${a}. On Takhzyro 300 mg every 2 weeks; Firazyr on hand.`, [g, s, a]];
  }],
  // anaphylaxis ER follow-ups
  ['ED anaphylaxis follow-up', (d) => {
    const h = d.hospital(); const dt = d.date(); const s = d.sur();
    return [`Seen in the ${h} ED on ${dt} for anaphylaxis after ${d.food()}; tryptase 14.1 ng/mL at ${d.time()}; discharged with two auto-injectors. PCP Dr. ${s} aware.`, [h, dt, s]];
  }],
  ['holiday reaction at relative house', (d) => {
    const g = d.given(); const hd = d.holiday();
    return [`Reaction at ${d.relation()} ${g}'s house on ${hd}: ate a cookie with ${d.food()}, vomited twice and wheezed; epinephrine given by ${d.parentWord().toLowerCase()}.`, [g, hd]];
  }],
  ['restaurant exposure', (d) => {
    const r = d.restaurant(); const t = d.town(); const w = d.weekday();
    return [`Ate at ${r} in ${t} on ${w}; likely cross-contact from a shared fryer. Throat tightness within 15 minutes.`, [r, t, w]];
  }],
  ['EMS run and epinephrine', (d) => {
    const e = d.ems(); const run = d.digitString(d.int(7, 9)); const dt = d.slashMd();
    return [`${e} gave epinephrine 0.3 mg IM and albuterol en route on ${dt}; run #${run}.`, [e, dt, run]];
  }],
  ['baseline tryptase recheck', (d) => {
    const dt = d.date(); const acc = d.accession(); const ini = d.initials();
    return [`Baseline tryptase redrawn ${dt} (acute 18.2 ng/mL); accession ${acc}, drawn by ${ini}.`, [dt, acc, ini]];
  }],
  ['alpha-gal tick history', (d) => {
    const t = d.town(); const my = d.monthYear(); const n = d.nth();
    return [`Lone star tick bites while hunting near ${t} in ${my}; delayed hives 4 hours after a hamburger on the ${n}. Alpha-gal IgE 12.4 kU/L.`, [t, my, n]];
  }],
  // drug allergy delabeling
  ['penicillin allergy referral', (d) => {
    const [st, sp] = d.staff(); const pr = d.practice(); const dt = d.date();
    return [`Referred by ${st}, NP (${pr}) on ${dt} for a penicillin allergy label from a childhood rash. PEN-FAST 1 (low risk).`, [...sp, pr, dt]];
  }],
  ['amoxicillin direct challenge log', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const md = d.monDay();
    return [`Direct oral challenge ${dt}: amoxicillin 500 mg at ${d.time()}, observed 60 minutes by ${g} ${s}, RN; tolerated. Allergy removed from chart ${md}.`, [dt, g, s, md]];
  }],
  ['delabeling resident over 89', (d) => {
    const n = d.ageOver89(); const nh = d.nursingHome(); const s = d.sur();
    return [`${n}-year-old resident of ${nh} with a "PCN allergy" of unknown reaction; two-step amoxicillin challenge tolerated. Dr. ${s} and the facility pharmacist notified.`, [n, nh, s]];
  }],
  ['delabeling letter faxed', (d) => {
    const ph = d.pharmacy(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Delabeling letter faxed to ${ph} (${fx}) and to PCP ${g} ${s} on ${dt}.`, [ph, p, g, s, dt]];
  }],
  ['drug allergy wallet card', (d) => {
    const p = d.person(); const dob = d.dob(); const dt = d.date(); const my = d.monthYear();
    return [`DRUG ALLERGY CARD\n${written(p)}   DOB ${dob}\nTolerates: amoxicillin (challenge ${dt})\nAvoid: sulfamethoxazole (Stevens-Johnson syndrome ${my})`, [...nameParts(p), dob, dt, my]];
  }],
  ['cefazolin test dose before surgery', (d) => {
    const w = d.weekday(); const s = d.sur(); const h = d.hospital();
    return [`Cefazolin test dose planned before surgery on ${w} with Dr. ${s} at ${h}; no intradermal testing needed.`, [w, s, h]];
  }],
  // phone triage messages
  ['telephone encounter', (d) => {
    const dt = d.date(); const p = d.person(); const [ph, pp] = d.phone(); const ini = d.initials();
    return [`TELEPHONE ENCOUNTER ${dt} ${d.time()}\nCaller: ${written(p)} (${d.relation()})\nCallback: ${ph}\nReason: hives after 2nd dose of amoxicillin, no breathing trouble\nTriage RN: ${ini}`, [dt, ...nameParts(p), pp, ini]];
  }],
  ['after-hours answering service', (d) => {
    const md = d.monDay(); const p = d.person(); const c = d.given(); const dob = d.childDob(); const [ph, pp] = d.phone();
    return [`Answering service ${md} ${d.time()}: ${written(p)} calling about ${c} (DOB ${dob}), swollen eye after ${d.venom()} sting; call back ${ph}.`, [md, ...nameParts(p), c, dob, pp]];
  }],
  ['auto-injector refill request', (d) => {
    const ph = d.pharmacy(); const st = d.street(); const t = d.town(); const rx = d.rx();
    return [`Refill request: EpiPen 2-Pak x2 (school and home) from ${ph}, ${st}, ${t}; Rx #${rx}.`, [ph, st, t, rx]];
  }],
  ['voicemail to reschedule', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const w = d.weekday(); const ini = d.initials();
    return [`LMOM for ${g} at ${ph} to reschedule ${w}'s shot visit. -${ini}`, [g, p, w, ini]];
  }],
  // prior authorization letters for biologics
  ['biologic prior authorization header', (d) => {
    const p = d.person(); const dob = d.dob(1950, 2016); const mem = d.member(); const ref = d.paRef();
    return [`RE: Prior authorization request — ${d.biologic()}\nPatient: ${written(p)}\nDOB: ${dob}\nPlan: ${d.insurer()}   Member ID: ${mem}\nPA reference: ${ref}`, [...nameParts(p), dob, mem, ref]];
  }],
  ['letter of medical necessity body', (d) => {
    const g = d.given(); const my = d.monthYear();
    return [`${g} has needed 3 courses of oral prednisone since ${my} despite high-dose ICS/LABA (ACT 14, FEV1 68% predicted, eosinophils 520/µL, total IgE 310 IU/mL).`, [g, my]];
  }],
  ['peer-to-peer review scheduled', (d) => {
    const s = d.sur(); const w = d.weekday(); const md = d.monDay(); const c = d.paRef(); const [ph, p] = d.phone(); const x = d.ext();
    return [`Peer-to-peer with Dr. ${s}, medical director, ${w} ${md} at 2:30; case #${c}; call ${ph} ext ${x}.`, [s, w, md, c, p, x]];
  }],
  ['authorization approved and copay program', (d) => {
    const [a, b] = d.twoDates(); const au = d.paRef(); const prog = d.program();
    return [`Approved ${a} through ${b}, authorization #${au}. Enrolled in Dupixent MyWay copay program, ID ${prog}.`, [a, b, au, prog]];
  }],
  ['appeal letter signature block', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const st = d.streetUnit(); const t = d.town(); const z = d.zip(); const npi = d.npi(); const [ph, p] = d.phone(); const [fx, fp] = d.phone();
    return [`Sincerely,\n${g} ${d.mi()} ${s}, MD, FAAAAI\n${pr}\n${st}, ${t}, ${d.state()} ${z}\nNPI ${npi}   Phone ${ph}   Fax ${fx}`, [g, s, pr, st, t, z, npi, p, fp]];
  }],
  ['denied claim resubmitted', (d) => {
    const cl = d.claim(); const dt = d.date(); const acct = d.account();
    return [`Claim ${cl} for CPT 95165 x 30 units, DOS ${dt}, denied (CO-151); resubmitted with records. Patient account ${acct}.`, [cl, dt, acct]];
  }],
  ['biologic first dose in clinic', (d) => {
    const dt = d.date(); const lot = d.lot(); const ex = d.expiry(); const ini = d.initials();
    return [`${d.pick(['Xolair 300 mg', 'Dupixent 600 mg loading', 'Nucala 100 mg', 'Fasenra 30 mg', 'Tezspire 210 mg'])} SC given ${dt}, lot ${lot}, exp ${ex}; observed 2 hours, no reaction. ${ini}`, [dt, lot, ex, ini]];
  }],
  // patient-portal messages
  ['portal message header', (d) => {
    const p = d.person(); const em = d.email(d.given(), d.sur()); const pr = d.practice(); const w = d.weekday(); const dt = d.date();
    return [`From: ${written(p)} <${em}>\nTo: ${pr} Nurse Pool\nSent: ${w}, ${dt} ${d.time()}\nSubject: big welt after shot`, [...nameParts(p), em, pr, w, dt]];
  }],
  ['portal message body signed by parent', (d) => {
    const s = d.sur(); const c = d.given(); const g = d.given();
    return [`Hi Dr. ${s}, ${c} had a welt the size of a baseball after yesterday's shot. Should we still come ${d.pick(['Tuesday and Thursday', 'Monday through Friday', 'next week'])}? Thanks, ${g}`, [s, c, g]];
  }],
  ['portal access audit IP', (d) => {
    const dt = d.mdy(); const p = d.person(); const ip = d.ip();
    return [`Message read ${dt} ${d.time()} by proxy ${written(p)} from IP ${ip} (MyChart mobile).`, [dt, ...nameParts(p), ip]];
  }],
  ['portal questionnaire link', (d) => {
    const url = d.url(); const w = d.weekday();
    return [`Please complete the pre-visit allergy questionnaire before ${w}: ${url}`, [w, url]];
  }],
  ['appointment confirmation', (d) => {
    const [st, sp] = d.staff(); const pr = d.practice(); const w = d.weekday(); const dt = d.date(); const a = d.streetUnit(); const t = d.town();
    return [`Your appointment with ${st}, MD at ${pr} is ${w}, ${dt} at 8:40 AM for skin testing. Location: ${a}, ${t}. Stop antihistamines 5 days before.`, [...sp, pr, w, dt, a, t]];
  }],
  ['staff e-mail in reply', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.r() < 0.5 ? `${d.pick(['allergynurses', 'shotroom', 'triage', 'frontdesk', 'biologics'])}@${d.practiceDomain()}` : d.email(d.given(), d.sur(), d.practiceDomain());
    return [`Reply from ${g} ${s}, RN (${em}): keep the appointment, premedicate with cetirizine, and we will split the dose.`, [g, s, em]];
  }],
  // pharmacy and compounding labels
  ['compounding pharmacy extract label', (d) => {
    const ph = d.pharmacy(); const st = d.street(); const t = d.town(); const z = d.zip(); const [tel, tp] = d.phone(); const rx = d.rx(); const dt = d.mdy(); const p = d.person(); const bud = d.expiry(); const ini = d.initials();
    return [`${ph.toUpperCase()}\n${st}, ${t} ${z}   Ph ${tel}\nRx# ${rx}   ${dt}\n${listed(p)}\nAllergenic extract mix, ${d.vial()}, 5 mL — inject as directed\nBUD ${bud}   Keep refrigerated   RPh ${ini}`, [ph.toUpperCase(), st, t, z, tp, rx, dt, ...listedParts(p), bud, ini]];
  }],
  ['prescriber DEA and license', (d) => {
    const g = d.given(); const s = d.sur(); const dea = d.dea(s); const lic = d.license();
    return [`Prescriber: ${g} ${s}, MD   DEA ${dea}   License ${lic}`, [g, s, dea, lic]];
  }],
  // clinic visits and home
  ['eczema photos and SCORAD', (d) => {
    const dt = d.date(); const g = d.given();
    return [`Photos uploaded ${dt} by ${d.parentWord().toLowerCase()} ${g}; SCORAD 46, EASI 21. Dilute bleach baths twice weekly, start Dupixent.`, [dt, g]];
  }],
  ['spirometer serial calibration', (d) => {
    const sn = d.serial(); const dt = d.date(); const ini = d.initials();
    return [`Spirometer serial ${sn} calibrated with 3-L syringe ${dt}, within 3%. ${ini}`, [sn, dt, ini]];
  }],
  ['home environmental assessment', (d) => {
    const st = d.street(); const t = d.town(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Home assessment at ${st}, ${t}: visible mold in the basement, cockroach droppings under the sink. Landlord ${g} ${s} (${ph}) notified.`, [st, t, g, s, p]];
  }],
  ['visit note opening with age and town', (d) => {
    const p = d.person(); const t = d.town(); const sc = d.school();
    return [`${written(p)} is a ${d.int(3, 17)}-year-old from ${t} who attends ${sc}, seen for ${d.aero()} allergy and mild persistent asthma.`, [...nameParts(p), t, sc]];
  }],
  ['tree pollen season history', (d) => {
    const my = d.monthYear(); const t = d.town(); const t2 = d.otherTown(t);
    return [`Symptoms worse every ${d.pick(['spring', 'fall', 'winter'])}; moved from ${t} to ${t2} in ${my} and cedar fever began the next season.`, [t, t2, my]];
  }],
];

/** The names of the wave's frames. */
export const allergyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function allergyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 7307, rounds);
}

/** Look-alikes in allergy clinic style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // aeroallergens, molds, mites and insects
  ['Positive to Dermatophagoides pteronyssinus 9/30.', 'Dermatophagoides pteronyssinus'], ['D. farinae 7 mm wheal.', 'D. farinae'],
  ['Alternaria alternata 6/20.', 'Alternaria alternata'], ['Aspergillus fumigatus negative.', 'Aspergillus fumigatus'], ['Cladosporium herbarum 4/12.', 'Cladosporium herbarum'],
  ['Timothy grass 10/35.', 'Timothy grass'], ['Bermuda grass 8/25.', 'Bermuda grass'],
  ['Johnson grass 6/22.', 'Johnson grass'], ['Kentucky bluegrass (June) 5/15.', 'Kentucky bluegrass'],
  ['Sweet vernal grass 3/10.', 'Sweet vernal grass'], ['Short ragweed 12/40.', 'Short ragweed'],
  ['Mountain cedar 15/45 (cedar fever).', 'Mountain cedar'], ['Russian thistle 4/10.', 'Russian thistle'], ['English plantain 5/14.', 'English plantain'],
  ["Lamb's quarters 6/18.", "Lamb's quarters"], ['Arizona cypress 3/8.', 'Arizona cypress'], ['Virginia live oak 9/24.', 'Virginia live oak'],
  ['Birch 11/30.', 'Birch'],
  ['Ash (white) 6/19.', 'Ash'], ['Olive tree pollen 5/15.', 'Olive tree'], ['Cat pelt 14/42.', 'Cat pelt'],
  ['Dog epithelia 6/20.', 'Dog epithelia'], ['German cockroach 8/26.', 'German cockroach'],
  ['Fire ant (Solenopsis invicta) whole body extract.', 'Solenopsis invicta'],
  ['Yellow jacket venom 1 mcg/mL intradermal positive.', 'Yellow jacket'],
  ['Honey bee venom maintenance 100 mcg.', 'Honey bee'],
  // molecular components and foods
  ['Ara h 2 3.51 kU/L.', 'Ara h 2'], ['Fel d 1 28.4 kU/L.', 'Fel d 1'], ['Bet v 1 positive, PR-10 pattern.', 'Bet v 1'],
  ['Ana o 3 12.1 kU/L.', 'Ana o 3'],
  ['Alpha-gal IgE 12.4 kU/L.', 'Alpha-gal'], ['Peanut IgE 47.2 kU/L (class 5).', '47.2 kU/L'],
  ['Avoid sesame and tahini.', 'sesame'], ['Tolerates rice and oat.', 'rice'],
  ['Fish allergy (codfish IgE 8.3).', 'Fish'], ['Honey in tea is fine.', 'Honey'], ['Olive oil is safe.', 'Olive oil'],
  ['Ginger ale for the nausea.', 'Ginger'], ['Wheat-dependent exercise-induced anaphylaxis.', 'Wheat'],
  ['Oral allergy syndrome to cherry and apple.', 'cherry'], ['Poison ivy dermatitis last summer.', 'Poison ivy'],
  ['Christmas tree mold allergy suspected.', 'Christmas tree'],
  // sizes, values and dilutions
  ['Histamine wheal 7 mm, flare 25 mm.', '7 mm'], ['D. farinae 9/30 mm (wheal/flare).', '9/30 mm'], ['Wheal 12 x 14 mm with pseudopods.', '12 x 14 mm'],
  ['Total IgE 1,240 IU/mL.', '1,240 IU/mL'], ['Tryptase 11.4 ng/mL baseline.', '11.4 ng/mL'], ['IgG 412 mg/dL before replacement.', '412 mg/dL'],
  ['C4 6 mg/dL, C1-INH function 22%.', 'C1-INH function 22%'], ['FEV1 68% predicted.', 'FEV1 68%'],
  ['10,000 BAU/mL grass concentrate.', '10,000 BAU/mL'],
  ['Cat hair 1:10 w/v extract.', '1:10 w/v'], ['Maintenance vial 1:1 v/v (red cap).', '1:1 v/v'], ['Dose 0.05 mL of 1:1,000.', '0.05 mL'],
  ['Vial 3 (blue) 1:100.', 'Vial 3'], ['Pneumococcal titers protective in 14 of 23 serotypes.', '14 of 23'],
  // products, devices and extract makers
  ['EpiPen 0.3 mg x2 prescribed.', 'EpiPen'], ['EpiPen Jr for under 25 kg.', 'EpiPen Jr'], ['Auvi-Q 0.1 mg for the infant.', 'Auvi-Q'],
  ['neffy nasal spray 2 mg.', 'neffy'], ['Xolair 300 mg every 4 weeks.', 'Xolair'],
  ['Dupixent 300 mg every 2 weeks.', 'Dupixent'], ['Tezspire 210 mg.', 'Tezspire'],
  ['Palforzia Level 11 maintenance.', 'Palforzia'], ['Odactra 12 SQ-HDM daily.', 'Odactra'], ['Grastek tablet.', 'Grastek'],
  ['Privigen 10% 30 g.', 'Privigen'], ['Hizentra 10 g weekly.', 'Hizentra'],
  ['Takhzyro 300 mg every 2 weeks.', 'Takhzyro'], ['Firazyr 30 mg SC on demand.', 'Firazyr'],
  ['Cetirizine (Zyrtec) 10 mg.', 'Zyrtec'], ['Benadryl 25 mg.', 'Benadryl'],
  ['Freedom60 pump for SCIG.', 'Freedom60'], ['CADD-Solis pump.', 'CADD-Solis'], ['Multi-Test II device.', 'Multi-Test II'],
  ['ImmunoCAP by Phadia.', 'Phadia'], ['Extracts from ALK-Abelló.', 'ALK-Abelló'], ['Stallergenes Greer standardized cat.', 'Stallergenes Greer'],
  ['Jubilant HollisterStier venom.', 'Jubilant HollisterStier'], ['T.R.U.E. Test panel.', 'T.R.U.E. Test'], ['Dupixent MyWay program.', 'Dupixent MyWay'],
  // eponyms and named grading
  ["Samter's triad (AERD).", "Samter's triad"], ['Stevens-Johnson syndrome in 2014.', 'Stevens-Johnson'], ['Wiskott-Aldrich syndrome excluded.', 'Wiskott-Aldrich'],
  ['DiGeorge syndrome (22q11.2 deletion).', 'DiGeorge'], ["Bruton's agammaglobulinemia.", "Bruton's"], ['Kounis syndrome considered.', 'Kounis'],
  ['Churg-Strauss (EGPA) ruled out.', 'Churg-Strauss'], ["Job's syndrome (STAT3 HIES).", "Job's syndrome"],
  ["Darier's sign positive.", "Darier's sign"], ['Dennie-Morgan lines.', 'Dennie-Morgan'], ['Mueller grade III sting reaction.', 'Mueller grade III'],
  ['Ring and Messmer grade 2.', 'Ring and Messmer'], ['Gell and Coombs type I.', 'Gell and Coombs'],
  ['Sampson criteria met.', 'Sampson criteria'], ['Quincke edema of the uvula.', 'Quincke'],
  // scores, codes and standards
  ['SCORAD 42.', 'SCORAD 42'], ['EASI 18.', 'EASI 18'], ['ACT 19 (well controlled).', 'ACT 19'], ['C-ACT 22.', 'C-ACT 22'], ['ACQ-5 1.8.', 'ACQ-5 1.8'],
  ['UAS7 28.', 'UAS7 28'], ['PEN-FAST 1 (low risk).', 'PEN-FAST 1'], ['SNOT-22 of 40.', 'SNOT-22 of 40'],
  ['WAO grade 2 systemic reaction.', 'WAO grade 2'], ['CPT 95004 x 40.', '95004'], ['CPT 95165 x 30 units.', '95165'], ['CPT 95076 ingestion challenge.', '95076'],
  ['J2357 omalizumab.', 'J2357'], ['Z91.010 peanut allergy status.', 'Z91.010'], ['T78.2XXA anaphylactic shock.', 'T78.2XXA'],
  ['Z88.0 penicillin allergy status removed.', 'Z88.0'],
  ['NDC 49502-0500-02.', '49502-0500-02'], ['USP <797> beyond-use dating.', 'USP <797>'], ['PRACTALL dosing.', 'PRACTALL'], ['GINA step 4.', 'GINA step 4'],
  // national bodies, insurers and national pharmacies
  ['Per AAAAI guidance.', 'AAAAI'], ['ACAAI practice parameter.', 'ACAAI'], ['FARE action plan template.', 'FARE'],
  ['NIAID guidelines for peanut introduction.', 'NIAID'], ['Immune Deficiency Foundation handbook.', 'Immune Deficiency Foundation'], ['ABAI board certified.', 'ABAI'],
  ['FDA boxed warning.', 'FDA'], ['Plan: Aetna.', 'Aetna'], ['Blue Cross Blue Shield denied.', 'Blue Cross Blue Shield'], ['Rx sent to CVS.', 'CVS'],
  ['Accredo specialty pharmacy.', 'Accredo'], ['Labs to Quest.', 'Quest'],
  // schedules, durations, ages and years
  ['Build-up weekly, then maintenance every 4 weeks.', 'every 4 weeks'], ['Cluster schedule, 2 visits a week.', 'Cluster schedule'],
  ['Shot hours Monday, Wednesday and Friday.', 'Monday, Wednesday and Friday'], ['Injections Tuesday and Thursday afternoons.', 'Tuesday and Thursday'],
  ['Open Monday through Friday.', 'Monday through Friday'], ['30-minute wait after each shot.', '30-minute'], ['Hold antihistamines 5 days.', '5 days'],
  ['Started shots in 2021.', '2021'], ['4-year-old boy with egg allergy.', '4-year-old'],
  ['89-year-old woman with penicillin label.', '89'], ['14-month-old infant.', '14-month-old'], ['Age 12 at first reaction.', 'Age 12'],
  // relations, roles and generic places
  ['Mom gave the EpiPen.', 'Mom'], ['Grandmother was babysitting.', 'Grandmother'], ['School nurse aware.', 'School nurse'],
  ['Camp nurse called.', 'Camp nurse'], ['The bus driver was trained.', 'bus driver'], ['Seen in the ED.', 'ED'],
  ['Infusion suite chair 4.', 'Infusion suite'], ['Kept in the nurse\'s office.', "nurse's office"], ['Peanut-free table in the cafeteria.', 'cafeteria'],
  ['Summer camp next month.', 'Summer camp'], ['Daycare aware of the plan.', 'Daycare'],
  // everyday words that are also names or towns
  ['Expressed hope the shots will help.', 'hope'], ['Grace period for the refill.', 'Grace'], ['Rocky course after the reaction.', 'Rocky'],
  ['Will call with results.', 'Will'], ['Symptoms worse in summer.', 'summer'], ['Spring allergies every year.', 'Spring'], ['Hay fever since childhood.', 'Hay fever'],
  ['Amber-colored urine after the infusion.', 'Amber'], ['Sage and rosemary in the garden.', 'Sage'], ['Willow and cottonwood pollen.', 'Willow'],
  ['Union of the two lesions.', 'Union'], ['Sandy soil near the ant mound.', 'Sandy'], ['Normal spirometry.', 'Normal'],
];

export const allergyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedAllergyKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(allergyKeepCases(), find);

export function scoreAllergyWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => allergyWaveCases(seed)), find);
}
