// A blind wave of sexual health and HIV clinic documents: STI clinic visit notes (the clinic and its chart number, the
// patient, the chaperone, the clinician who signs, the weekday or holiday of the last exposure, treatment given and the
// test-of-cure date), lab requisitions and results (requisition and accession numbers, specimen labels, the ordering
// clinician's NPI, cultures sent to the state laboratory with their state lab numbers, the patient service center and
// its street), partner notification and contact tracing (DIS field records with their numbers and the county worked,
// partners named with an address or known only by a first name, a screen name or a social handle, the bars, clubs,
// saunas, motels and parks where partners met, locating information with phones, e-mails, workplaces and a car's plate,
// field visits, interstate referrals, dispositions signed with the DIS's initials, linked case numbers), case interview
// records (interview record numbers, the venues and apps of the interview period, private parties at an address, trips
// with their dates), PrEP and doxy-PEP follow-ups (the navigator, copay card and Medicaid ids, prior authorizations,
// pharmacies and Rx numbers, long-acting injections with lots and expiry dates, telehealth links, self-test kit orders
// logged with an IP address, Ryan White and ADAP recertifications with an SSN), HIV case reports to a health department
// (state numbers, the date received, the person completing the form with phone and fax, residence at diagnosis, first
// positive test and state lab accession, linkage to care, perinatal exposure reports, fax covers to HIV surveillance),
// expedited partner therapy forms (partner named, prescriber licence and DEA numbers, packet lots, the pharmacy that
// filled it), family planning visits (LMP, EDD, implant and IUD lots, injection windows, confidential contact
// preferences, referrals for prenatal care), anonymous testing logs (client codes, rapid test kit lots, counselors'
// initials, CLIA certificates, outreach testing at a named bar, conversion to confidential testing) and clinic text and
// voicemail messages (reminders, results links with an access code, refill nudges, outgoing SMS logs), in mixed case,
// ALL CAPS and lower case. Dates are written in every form such clinics use ('03/04/2024', '3/4/24', '4 March 2024',
// 'Mar 4', '3/4', 'Saturday', 'Sat 3/9', 'New Year's Eve', 'March 2027', '08/2027', ranges '3/8-3/11'); ages over
// 89, phones, faxes and e-mails are planted. Given names and surnames are often everyday words (Hope, Rocky, Bill,
// Stone, Hill, Sweet) and towns are often everyday words (Liberty, Union, Harmony, Normal, Comfort). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreSexhealthWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('MD', 'FNP-C', 'PA-C',
// 'CNM', 'DIS II', 'MA', 'LCSW') are not; a given name's initial written before a surname ('T. Ngo') is planted with
// the surname as one part; initials that sign a log or a disposition are planted; a partner's quoted first name, an
// alias and a screen name or handle (without its '@') are planted, the app's name ('Grindr', 'Sniffies', 'Scruff') is
// kept; a bar, club, lounge, sauna, men's spa, motel, park, clinic, health department, hospital, pharmacy and workplace
// are planted whole with their kind word ('Club Mercury', 'The Anchor Bar', 'Oasis Men's Spa', 'Harbor Sexual Health
// Clinic', 'Polk County Health Department'), while a chain, a lab company or a program named alone ('Walgreens', 'Quest',
// 'Ryan White', 'Title X', 'Gilead Advancing Access') is kept, as are generic places ('the clinic', 'a bathhouse', 'an
// adult bookstore'); a town is planted, the state is kept; a county is planted with the word 'County'; a street address
// is planted from its number to its street type, an apartment number without its word, a ZIP (with its +4) apart; a
// weekday naming one day is planted ('last sex Saturday night'), a weekday written next to its date is planted with it
// as one part ('Tue 5/14'); a holiday that fixes a day ('New Year's Eve', 'Halloween', 'the Fourth of July') is
// planted, 'Pride month' and 'the holidays' are kept; a range of days is planted as written ('3/8-3/11'); a month with a
// year ('March 2027', '08/2027', a lot's expiry) is a date and planted; the time next to a date is kept; an age over 89
// is planted, 89 and under kept; a year alone is kept; chart numbers and MRNs, field record, interview record, case,
// state (eHARS) and state lab numbers, requisition, accession and specimen numbers, anonymous client codes, results
// access codes, kit, implant, IUD and injection lots, Rx, order, copay card, Medicaid, prior authorization and ADAP
// numbers, NPI, DEA, licence and CLIA certificate numbers, an SSN and a car's plate are planted; a URL and an e-mail are
// planted whole, an IP address is planted; a phone's leading '(' need not be covered. Kept (look-alikes): drug and
// device brands (Truvada, Descovy, Apretude, Biktarvy, Cabenuva, Bicillin L-A, Rocephin, Valtrex, Flagyl, Nexplanon,
// Mirena, Paragard, Kyleena, Depo-Provera, Plan B, Gardasil 9, JYNNEOS), assays (Aptima Combo 2, GeneXpert, OraQuick,
// INSTI, Determine, Geenius, Architect, BioPlex 2200, TP-PA, FTA-ABS, VDRL), regimen codes (BIC/FTC/TAF, TDF/FTC,
// F/TAF, CAB-LA, 2-1-1), titers ('RPR 1:32'), CD4 counts and percentages, viral loads, resistance mutations (K103N,
// M184V), HLA-B*5701, Fiebig and CDC stages, Tanner stages, G/P notation, Nugent and Amsel scores, eponyms
// (Jarisch-Herxheimer, Argyll Robertson, Hutchinson, Fitz-Hugh-Curtis, Bartholin, Skene, Donovan, Kaposi, Thayer-Martin,
// Papanicolaou, Reiter), ICD-10, CPT, NDC and disease codes, disposition codes, durations and counts, ages of 89 and
// under, years, states and countries, apps, chains, programs and payers, roles and relations without names, everyday
// words that are also names or towns (will, hope, bill, rocky, grace, chance, early, brown, green, white, normal).
// Measured before rules: 0.880 recall on seeds 5, 11, 23 (4158/4726), 0.875 on fresh seeds 41, 42, 43 (4138/4728); 6/134
// look-alikes touched ("Hutchinson", "710", "Ryan White", "Title X", "Advancing Access", "Jamaica") (engine at 5d12ba5).
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as za } from '@faker-js/faker/locale/en_ZA';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, mx, gh, frca, ind, vi, br, gb, za];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Destiny', 'Precious', 'Angel', 'Star', 'Sky', 'River', 'Storm', 'Rain', 'Jazz', 'Chance', 'Rocky', 'Bill', 'Will', 'Rusty', 'Dusty', 'Sonny', 'Ace', 'King', 'Prince', 'Lucky', 'Ginger', 'Candy', 'Amber', 'Jade', 'Ivy', 'Dawn', 'Summer', 'Brandy', 'Cash', 'Jay', 'Hunter', 'Sunny', 'Honey', 'Royal'];
const WORD_SUR = ['Stone', 'Hill', 'Rivers', 'Banks', 'Price', 'Cross', 'Love', 'Sweet', 'Strong', 'Moody', 'Wise', 'Hardy', 'Bliss', 'Noble', 'Bright', 'Fields', 'Woods', 'Rose', 'Black', 'White', 'Brown', 'Green', 'Small', 'Long', 'Early', 'Day', 'Knight', 'Battle', 'Pierce', 'Bishop', 'Sparks', 'Dove', 'Fox', 'Starr', 'Hunt', 'Marsh', 'Rich', 'Frost', 'Waters', 'Church', 'Lovejoy', 'Gentry'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Harmony', 'Friendship', 'Eden', 'Paradise', 'Normal', 'Comfort', 'Welcome', 'Fairplay', 'Joy', 'Temple', 'Bristol', 'Salem', 'Troy', 'Athens', 'Lebanon', 'Canton', 'Marion', 'Jasper', 'Florence', 'Warren', 'Orange', 'Hazard', 'Reading', 'Bath', 'Dover', 'Story', 'Loving', 'Justice', 'Plain', 'Fame', 'Unity', 'Opportunity', 'Sunrise'];
const REAL_TOWNS = ['Asheville', 'Greenville', 'Spartanburg', 'Macon', 'Savannah', 'Shreveport', 'Baton Rouge', 'Fayetteville', 'Durham', 'Norfolk', 'Roanoke', 'Knoxville', 'Chattanooga', 'Mobile', 'Tallahassee', 'Gainesville', 'Pensacola', 'Wilton Manors', 'Palm Springs', 'Long Beach', 'Fresno', 'Bakersfield', 'Tucson', 'Albuquerque', 'El Paso', 'Corpus Christi', 'Galveston', 'Tulsa', 'Wichita', 'Omaha', 'Des Moines', 'Dayton', 'Toledo', 'Akron', 'Flint', 'Saugatuck', 'Guerneville', 'Rehoboth Beach', 'Ogunquit', 'Eureka Springs'];
const STATES = ['GA', 'NC', 'SC', 'TN', 'AL', 'LA', 'FL', 'TX', 'OK', 'KS', 'NE', 'IA', 'OH', 'MI', 'CA', 'AZ', 'NM', 'Georgia', 'Ohio', 'Texas'];
const COUNTY_WORDS = ['Union', 'Clay', 'Polk', 'Lake', 'Marion', 'Jefferson', 'Madison', 'Franklin', 'Warren', 'Orange', 'Jasper', 'Hardin', 'Pike', 'Wayne', 'Mercer', 'Shelby', 'Fulton', 'DeKalb', 'Cumberland', 'Wake', 'Duval', 'Travis', 'Bexar', 'Sedgwick', 'Pulaski', 'Liberty'];
const STREET_WORDS = ['Main', 'Church', 'Elm', 'Oak', 'Peachtree', 'Magnolia', 'Commerce', 'Market', 'Union', 'Ponce de Leon', 'Cedar', 'Pine', 'Jackson', 'Martin Luther King Jr', 'College', 'Broad', 'Spring', 'Walnut', 'Highland', 'Sunset'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Blvd', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Way', 'Pkwy', 'Ct'];
/** Words bars, clubs, saunas and motels are named with. */
const VENUE_WORDS = ['Anchor', 'Velvet', 'Mercury', 'Oasis', 'Eagle', 'Lighthouse', 'Copper', 'Stallion', 'Starlight', 'Neon', 'Phoenix', 'Rawhide', 'Midnight', 'Blue Moon', 'Silver Dollar', 'Tin Roof', 'Ruby', 'Crossroads', 'Lucky Star', 'Hideaway', 'Boxcar', 'Saddle', 'Cabaret', 'Garage', 'Depot', 'Jungle', 'Parlor', 'Diamond', 'Horseshoe', 'Cellar', 'Loft', 'Spur', 'Tropics', 'Aqua'];
const CLINIC_WORDS = ['Cornerstone', 'Harbor', 'Crossroads', 'Lighthouse', 'Open Door', 'Rainbow', 'Northside', 'Eastside', 'Westside', 'Southside', 'Riverside', 'Hillcrest', 'Magnolia', 'Prism', 'Compass', 'Beacon', 'Thrive', 'Bridges', 'Horizon', 'Pride'];
const SAINTS = ['Jude', 'Vincent', 'Luke', 'Mary', 'Joseph', 'Francis', 'Elizabeth', 'Anthony'];
const APPS = ['Grindr', 'Sniffies', 'Scruff', "Jack'd", 'Tinder', 'Hinge', 'Feeld', 'Bumble', 'Snapchat'];
const HANDLE_WORDS = ['quietriver', 'bluejay', 'nightowl', 'smoothjazz', 'gymrat', 'coffeeguy', 'mountainman', 'sunnyside', 'gingersnap', 'lowkey', 'chillvibes', 'southpaw', 'beachbum', 'bookworm', 'skater', 'cowboy', 'dj', 'tx', 'atl', 'nola'];
const CREDS = ['MD', 'DO', 'NP', 'FNP-C', 'PA-C', 'CNM', 'WHNP-BC', 'AAHIVS'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOLIDAYS = ["New Year's Eve", "New Year's Day", 'Halloween', "Valentine's Day", 'the Fourth of July', 'Christmas Eve', "St. Patrick's Day", 'Christmas Day', 'Cinco de Mayo'];
const CARS = ['silver Honda Civic', 'black Dodge Charger', 'white Ford F-150', 'red Toyota Corolla', 'blue Nissan Altima', 'gray Jeep Wrangler', 'green Kia Soul'];
const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'proton.me'];

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
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A county with its word ('Polk County'). */
  county(): string {
    return `${this.pick(COUNTY_WORDS)} County`;
  }
  cred(): string {
    return this.pick(CREDS);
  }
  app(): string {
    return this.pick(APPS);
  }
  /** A local health department's name. */
  healthDept(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.county()} Health Department`;
    if (k === 1) return `${this.town()} City Health Department`;
    if (k === 2) return `${this.county()} Public Health`;
    return `${this.town()}-${this.pick(COUNTY_WORDS)} Health District`;
  }
  /** A sexual health, HIV or family planning clinic. */
  clinic(): string {
    const k = this.int(0, 6);
    if (k === 0) return `${this.town()} Sexual Health Clinic`;
    if (k === 1) return `${this.pick(CLINIC_WORDS)} Health Center`;
    if (k === 2) return `${this.county()} Health Department STD Clinic`;
    if (k === 3) return `${this.pick(STREET_WORDS)} Street Clinic`;
    if (k === 4) return `${this.town()} Women's Health Center`;
    if (k === 5) return `${this.pick(CLINIC_WORDS)} PrEP Clinic`;
    return `${this.town()} Community Health Center`;
  }
  hospital(): string {
    return this.r() < 0.3 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(['Regional Medical Center', 'General Hospital', 'Memorial Hospital', "Women's Hospital"])}`;
  }
  pharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.capitalizedSurname()}'s Pharmacy`;
    if (k === 2) return `${this.pick(CLINIC_WORDS)} Community Pharmacy`;
    return `${this.pick(STREET_WORDS)} Street Drug`;
  }
  bar(): string {
    const w = this.pick(VENUE_WORDS);
    return this.pick([`The ${w} Bar`, `${w} Lounge`, `${w} Saloon`, `The ${w} Tavern`, `${w} Pub`]);
  }
  club(): string {
    const w = this.pick(VENUE_WORDS);
    return this.pick([`Club ${w}`, `${w} Nightclub`, `${w} Dance Club`, `The ${w} Club`]);
  }
  sauna(): string {
    const w = this.pick(VENUE_WORDS);
    return this.pick([`${w} Sauna`, `${w} Men's Spa`, `${w} Baths`, `${w} Health Club`, `The ${w} Bathhouse`]);
  }
  motel(): string {
    const w = this.pick(VENUE_WORDS);
    return this.pick([`${w} Motel`, `${w} Inn`, `${w} Motor Lodge`]);
  }
  park(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(STREET_WORDS)} Park`;
    if (k === 1) return `${this.town()} Memorial Park`;
    return `${this.capitalizedSurname()} Park`;
  }
  /** Any venue where partners meet. */
  venue(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.bar() : k === 1 ? this.club() : this.sauna();
  }
  /** A workplace named in locating information. */
  business(): string {
    const s = this.capitalizedSurname();
    return this.pick([`${s}'s Auto Body`, `${this.town()} Walmart Supercenter`, `${s} Family Restaurant`, `${this.pick(VENUE_WORDS)} Car Wash`, `${s} Roofing`, `${this.town()} Distribution Center`]);
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  apt(): string {
    return this.pick([String(this.int(1, 40)), `${this.int(1, 4)}${this.pick(['A', 'B', 'C', 'D'])}`, String(this.int(101, 420))]);
  }
  zip(): string {
    const z = String(this.int(30002, 88999));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A full date in one of the forms sexual health clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  /** '3/14'. */
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  /** 'Mar 14' or 'March 14'. */
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  override year(): number {
    return this.int(2018, 2025);
  }
  /** 'March 2027' or '03/2027' (an expiry or a due month). */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.int(2024, 2030);
    return this.r() < 0.5 ? `${MONTHS[m - 1]!} ${y}` : `${pad2(m)}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** A weekday with its date, as one part ('Tue 5/14', 'Friday, March 8'). */
  weekdayDate(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${this.pick(WEEKDAYS_SHORT)} ${m}/${d}` : `${this.weekday()}, ${MONTHS[m - 1]!} ${d}`;
  }
  /** A range of days ('3/8-3/11'). */
  range(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${m}/${d}-${m}/${d + this.int(1, 3)}` : `${MONTHS[m - 1]!} ${d}-${d + this.int(1, 3)}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  time(): string {
    return `${pad2(this.int(7, 20))}:${pad2(this.int(0, 59))}`;
  }
  dob(lo = 1955, hi = 2006): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 99));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(6, 9));
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}${b}${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'sam';
    const b = asciiLetters(s) || 'lee';
    const local = this.pick([`${a}.${b}`, `${a}${b}${this.int(1, 99)}`, `${a.charAt(0)}${b}${this.int(10, 999)}`, `${b}${a.charAt(0)}`]);
    return `${local}@${this.pick(EMAIL_DOMAINS)}`;
  }
  /** A staff e-mail at a health department or clinic. */
  workEmail(g: string, s: string): string {
    const a = asciiLetters(g) || 'sam';
    const b = asciiLetters(s) || 'lee';
    return `${a}.${b}@${asciiLetters(this.pick(COUNTY_WORDS))}county${this.pick(['.gov', 'health.org', 'ga.gov'])}`;
  }
  /** A screen name or social handle (without its '@'). */
  handle(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(HANDLE_WORDS)}_${this.int(1, 99)}`;
    if (k === 1) return `${asciiLetters(this.given()) || 'sam'}${this.int(80, 2005)}`;
    if (k === 2) return `${this.pick(HANDLE_WORDS)}${this.pick(['', '.', '_'])}${asciiLetters(this.town()) || 'atl'}`;
    if (k === 3) return `${asciiLetters(this.given()) || 'sam'}.${this.letters(1).toLowerCase()}${this.int(1, 9)}`;
    return `${this.letters(1)}${this.pick(HANDLE_WORDS)}${this.int(10, 99)}`;
  }
  /** A results, portal or telehealth link. */
  url(): string {
    const host = `${this.pick(['results', 'portal', 'mychart', 'visit', 'prep'])}.${asciiLetters(this.pick(CLINIC_WORDS))}${this.pick(['health.org', 'clinic.org', 'chc.org'])}`;
    return this.pick([`https://${host}/r/${this.letters(5).toLowerCase()}${this.digitString(3)}`, `https://${host}/join/${this.digitString(9)}`, `${host}/s/${this.letters(2)}${this.digitString(5)}`]);
  }
  ip(): string {
    return `${this.int(12, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`;
  }
  ssn(): string {
    return `${this.int(101, 665)}-${pad2(this.int(10, 99))}-${String(this.int(1001, 9999))}`;
  }
  /** A DIS field record number. */
  fieldRecord(): string {
    const k = this.int(0, 2);
    if (k === 0) return `FR-${this.year()}-${this.digitString(5)}`;
    if (k === 1) return this.digitString(8);
    return `${pad2(this.int(15, 25))}-${this.digitString(6)}`;
  }
  /** A surveillance or partner services case number. */
  caseId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.year()}${this.digitString(6)}`;
    if (k === 1) return `STD${pad2(this.int(15, 25))}-${this.digitString(5)}`;
    if (k === 2) return `CI-${this.digitString(7)}`;
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  /** An eHARS state number. */
  stateNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 10)) : `${this.pick(['GA', 'TX', 'NC', 'OH'])}${pad2(this.int(15, 25))}${this.digitString(6)}`;
  }
  stateLab(): string {
    const k = this.int(0, 2);
    if (k === 0) return `SL${pad2(this.int(15, 25))}-${this.digitString(6)}`;
    if (k === 1) return `${this.year()}-${this.digitString(6)}`;
    return `PHL${this.digitString(7)}`;
  }
  accession(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${pad2(this.int(15, 25))}-${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(10, 11));
    if (k === 2) return `A${this.digitString(9)}`;
    return `${pad2(this.int(15, 25))}-${this.int(100, 365)}-${this.digitString(4)}`;
  }
  requisition(): string {
    return this.r() < 0.5 ? this.digitString(8) : `RQ${this.digitString(7)}`;
  }
  /** An anonymous client code, often built from letters and digits of birth and mother's name. */
  anonCode(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${pad2(this.int(1, 28))}${this.letters(1)}${pad2(this.int(0, 99))}`;
    if (k === 1) return `ANON-${this.digitString(4)}`;
    return `A${this.digitString(3)}-${this.letters(2)}`;
  }
  /** A rapid test kit, implant, IUD or vial lot. */
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`;
    if (k === 2) return `${this.letters(2)}${this.digitString(1)}${this.letters(1)}${this.digitString(1)}${this.letters(1)}`;
    return this.digitString(this.int(6, 8));
  }
  rx(): string {
    return this.r() < 0.6 ? this.digitString(7) : `${this.digitString(7)}-${this.digitString(5)}`;
  }
  medicaidId(): string {
    return this.r() < 0.5 ? this.digitString(this.int(9, 11)) : `${this.letters(2)}${this.digitString(8)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  licence(): string {
    return this.pick([`RN${this.digitString(6)}`, `APRN${this.digitString(5)}`, `MD-${this.digitString(5)}`, `PA${this.digitString(6)}`, this.digitString(6)]);
  }
  clia(): string {
    return `${pad2(this.int(1, 55))}D${this.digitString(7)}`;
  }
  plate(): string {
    return this.pick([`${this.letters(3)}-${this.digitString(4)}`, `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`, `${this.letters(3)}${this.digitString(4)}`]);
  }
  /** 'Dr. First Last' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, ${this.cred()}`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${this.mi()} ${s}, ${this.cred()}`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // STI clinic visit notes
  ['visit header clinic date patient chart DOB', (d) => {
    const c = d.clinic(); const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const dob = d.dob();
    return [`${c}\nSTI CLINIC VISIT   Date of service: ${dt}\nPatient: ${s}, ${g} ${d.mi()}   Chart #: ${mrn}   DOB: ${dob}`, [c, dt, s, g, mrn, dob]];
  }],
  ['chief complaint last exposure weekday', (d) => {
    const w = d.weekday(); const app = d.app();
    return [`CC: dysuria and urethral discharge x 3 days. Last sexual contact ${w} night with a new partner met on ${app}; condoms not used.`, [w]];
  }],
  ['exposure on a holiday', (d) => {
    const h = d.holiday(); const t = d.town();
    return [`Reports condomless receptive ${d.pick(['vaginal', 'anal'])} sex on ${h} with a former partner while visiting ${t}; asymptomatic, requests full screen.`, [h, t]];
  }],
  ['exam chaperone', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Exam chaperoned by ${g} ${s}, MA. Two shallow tender ulcers on the shaft; bilateral tender inguinal adenopathy. HSV PCR swab obtained.`, [g, s]];
  }],
  ['clinician signature block', (d) => {
    const [doc, p] = d.doctor(); const dt = d.date();
    return [`Electronically signed by ${doc} on ${dt} at ${d.time()}`, [...p, dt]];
  }],
  ['syphilis treated by nurse', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Primary syphilis, RPR 1:32 reactive on ${md}. Bicillin L-A 2.4 million units IM given by ${g} ${s}, RN; observed 15 min, Jarisch-Herxheimer reaction explained.`, [md, g, s]];
  }],
  ['prior treatment at outside clinic', (d) => {
    const c = d.clinic(); const t = d.town(); const my = `${d.pick(MONTHS)} ${d.year()}`;
    return [`Records from ${c} (${t}) show benzathine penicillin weekly x 3 completed ${my}; RPR then 1:4.`, [c, t, my]];
  }],
  ['test of cure return date', (d) => {
    const dt = d.date(); const s = d.sur();
    return [`Return ${dt} for test of cure (rectal NAAT about 4 weeks after treatment), per Dr. ${s}.`, [dt, s]];
  }],
  ['long-term survivor over 89', (d) => {
    const n = d.ageOver89();
    return [`${n}-year-old long-term survivor, diagnosed ${d.int(1985, 1996)}, CD4 ${d.int(350, 900)}, VL undetectable on BIC/FTC/TAF, here for a routine STI screen at ${d.pick(['his', 'her'])} request.`, [n]];
  }],
  ['partner first name quoted with weekday and date', (d) => {
    const g = d.given(); const wd = d.weekdayDate();
    return [`Pt states partner "${g}" told him ${wd} that he had tested positive for gonorrhea. Presumptive ceftriaxone 500 mg IM given.`, [g, wd]];
  }],
  // lab requisitions and results
  ['lab requisition block', (d) => {
    const req = d.requisition(); const g = d.given(); const s = d.sur(); const npi = d.npi(); const dt = d.mdy();
    return [`LAB REQUISITION   Req #: ${req}\nOrdering: ${g} ${s}, ${d.cred()}   NPI ${npi}\nCollected: ${dt} ${d.time()}   Sites: urine, pharynx, rectum\nTests: CT/NG NAAT (Aptima Combo 2) x3 sites; RPR w/ reflex TP-PA; HIV-1/2 Ag/Ab`, [req, g, s, npi, dt]];
  }],
  ['specimen labels two accessions', (d) => {
    const a = d.accession(); const b = d.accession(); const md = d.monDay();
    return [`Specimens ${a} (rectal swab) and ${b} (pharyngeal swab) received ${md}; urine rejected, quantity not sufficient.`, [a, b, md]];
  }],
  ['result line with accession', (d) => {
    const a = d.accession(); const md = d.slashMd();
    return [`Acc# ${a}   Collected ${md}   NG NAAT rectal: DETECTED   CT NAAT rectal: not detected   TV NAAT: n/a`, [a, md]];
  }],
  ['culture to state lab number', (d) => {
    const sl = d.stateLab(); const dt = d.date();
    return [`Gonococcal culture (Thayer-Martin) sent to the state public health laboratory for susceptibility testing, state lab no. ${sl}, on ${dt}.`, [sl, dt]];
  }],
  ['drawn at patient service center street', (d) => {
    const st = d.street(); const t = d.town(); const [fx, p] = d.phone();
    return [`Serum drawn at the ${d.pick(['Quest', 'LabCorp'])} patient service center on ${st}, ${t}; results to be faxed to ${fx}.`, [st, t, p]];
  }],
  // partner notification and contact tracing
  ['DIS field record header', (d) => {
    const fr = d.fieldRecord(); const g = d.given(); const s = d.sur(); const co = d.county(); const dt = d.mdy();
    return [`FIELD RECORD   FR# ${fr}\nDIS: ${g} ${s}   Area: ${co}   Assigned: ${dt}\nDisease: 710 (syphilis, primary)   Priority: 1`, [fr, g, s, co, dt]];
  }],
  ['partner named with address', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const md = d.slashMd();
    return [`Partner 1: ${g} ${s}, ${d.int(19, 58)} M, ${st}, ${t} ${z}. Last exposure ${md}. Exposure type: oral, anal.`, [g, s, st, t, z, md]];
  }],
  ['partner known by screen name on app', (d) => {
    const g = d.given(); const h = d.handle(); const w = d.weekday(); const app = d.app();
    return [`Partner 2: first name only ("${g}"), met on ${app}, screen name ${h}. No phone. Last contact ${w}.`, [g, h, w]];
  }],
  ['partner met at bar in town', (d) => {
    const b = d.bar(); const t = d.town(); const dt = d.date();
    return [`Met partner 3 at ${b} in ${t} on ${dt}; partner works there as a bartender, described as mid-30s with a tattoo on the left forearm.`, [b, t, dt]];
  }],
  ['anonymous partners at sauna', (d) => {
    const sa = d.sauna(); const wd = d.weekdayDate();
    return [`Reports about 6 anonymous partners at ${sa} over the interview period, most recently ${wd}; condoms some of the time.`, [sa, wd]];
  }],
  ['locating info phone e-mail workplace', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const em = d.email(d.given(), d.sur()); const b = d.business();
    return [`Locating info for ${g}: cell ${ph}, e-mail ${em}; works evenings at ${b}.`, [g, p, em, b]];
  }],
  ['locating info car plate', (d) => {
    const car = d.pick(CARS); const pl = d.plate(); const b = d.bar();
    return [`Partner drives a ${car}, ${d.state()} plate ${pl}; often parked behind ${b} on weekends.`, [pl, b]];
  }],
  ['disposition with DIS initials', (d) => {
    const dt = d.mdy(); const i = d.initials();
    return [`Disposition: A (preventive treatment) on ${dt}. Closed by DIS ${i}.`, [dt, i]];
  }],
  ['partner notified by phone weekday', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday(); const c = d.clinic();
    return [`Partner ${g} ${s} notified by phone ${w} at 16:20; agreed to come to ${c} for testing and treatment.`, [g, s, w, c]];
  }],
  ['field visit address apartment', (d) => {
    const st = d.street(); const apt = d.apt(); const t = d.town(); const dt = d.date(); const [ph, p] = d.phone();
    return [`Field visit to ${st}, Apt ${apt}, ${t} on ${dt}: no answer; door hanger left with DIS cell ${ph}.`, [st, apt, t, dt, p]];
  }],
  ['interstate referral', (d) => {
    const t = d.town(); const hd = d.healthDept(); const dt = d.date(); const c = d.caseId();
    return [`Partner resides out of jurisdiction (${t}, ${d.state()}); interstate referral sent to ${hd} on ${dt}, reference ${c}.`, [t, hd, dt, c]];
  }],
  ['linked cases common venue', (d) => {
    const c1 = d.caseId(); const c2 = d.caseId(); const cl = d.club(); const t = d.town();
    return [`Linked to index cases ${c1} and ${c2}; common venue ${cl} (${t}).`, [c1, c2, cl, t]];
  }],
  ['interview record header', (d) => {
    const ir = d.caseId(); const dt = d.date(); const g = d.given(); const s = d.sur(); const ps = d.sur().toUpperCase(); const pg = d.given().toUpperCase(); const c = d.fieldRecord();
    return [`INTERVIEW RECORD   IR# ${ir}   Interview date: ${dt}\nInterviewer: ${g} ${s}, DIS II\nOriginal patient: ${ps}, ${pg}   Case # ${c}`, [ir, dt, g, s, ps, pg, c]];
  }],
  ['marginal partner at drag night', (d) => {
    const g = d.given(); const v = d.venue(); const w = d.weekday();
    return [`Marginal partner: "${g}", male, about 25, met at the drag night at ${v} on ${w}; no other locating information.`, [g, v, w]];
  }],
  ['social handle messaged', (d) => {
    const h = d.handle(); const md = d.monDay();
    return [`Cluster member known as @${h} on Instagram; DIS sent a direct message on ${md}, no reply yet.`, [h, md]];
  }],
  ['motel exposure', (d) => {
    const m = d.motel(); const t = d.town(); const md = d.slashMd();
    return [`Exposure occurred at the ${m} in ${t} on ${md} (partner from out of town, name unknown).`, [m, t, md]];
  }],
  ['DIS initial and surname voicemail', (d) => {
    const i = `${d.letters(1)}. ${d.sur()}`; const hd = d.healthDept(); const [ph, p] = d.phone(); const e = d.ext();
    return [`Message left: "Please call ${i} with the ${hd} at ${ph} ext ${e} about an important health matter."`, [i, hd, p, e]];
  }],
  // case interview records with venues and apps
  ['venues and apps of the interview period', (d) => {
    const b = d.bar(); const t = d.town(); const sa = d.sauna(); const pk = d.park();
    return [`Venues (past 3 months): ${b} (${t}); ${sa}; ${pk} after dark. Apps: Grindr, Sniffies.`, [b, t, sa, pk]];
  }],
  ['private party at an address', (d) => {
    const st = d.street(); const t = d.town(); const dt = d.date(); const h = d.handle();
    return [`Attended a private party at ${st} in ${t} on ${dt}; host known only as ${h} on ${d.app()}.`, [st, t, dt, h]];
  }],
  ['travel with date range and club', (d) => {
    const t = d.town(); const rg = d.range(); const cl = d.club();
    return [`Travel: ${t} ${rg} for a circuit weekend; two partners met at ${cl}, names unknown.`, [t, rg, cl]];
  }],
  ['partner e-mail for notification', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const md = d.slashMd();
    return [`Anonymous partner notification e-mail sent to ${em} on ${md} via the health department's secure system.`, [em, md]];
  }],
  // PrEP and doxy-PEP follow-ups
  ['PrEP follow-up header', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const mrn = d.mrn();
    return [`PrEP FOLLOW-UP (month ${d.pick([3, 6, 9, 12])})   ${dt}\nPatient: ${g} ${s}   MRN ${mrn}\nRegimen: F/TAF (Descovy) 200/25 mg daily; reports 7/7 doses last week.`, [dt, g, s, mrn]];
  }],
  ['PrEP navigator copay card', (d) => {
    const g = d.given(); const s = d.sur(); const id = d.digitString(11); const dt = d.mdy();
    return [`PrEP navigator ${g} ${s} renewed the Gilead Advancing Access copay card, member ID ${id}, valid through ${dt}.`, [g, s, id, dt]];
  }],
  ['refill to pharmacy with Rx', (d) => {
    const ph = d.pharmacy(); const st = d.street(); const t = d.town(); const rx = d.rx();
    return [`90-day refill sent to ${ph}, ${st}, ${t}; Rx #${rx}.`, [ph, st, t, rx]];
  }],
  ['long-acting injection lot and next due', (d) => {
    const lot = d.lot(); const ex = d.monthYear(); const dt = d.date();
    return [`Apretude 600 mg/3 mL IM, L ventrogluteal, lot ${lot}, exp ${ex}. Next injection due ${dt} (window +/- 7 days).`, [lot, ex, dt]];
  }],
  ['event-driven dosing before trip', (d) => {
    const w = d.weekday(); const t = d.town(); const dt = d.date();
    return [`Uses 2-1-1 event-driven dosing; took the double dose ${w} before a trip to ${t} on ${dt}.`, [w, t, dt]];
  }],
  ['creatinine and voicemail', (d) => {
    const md = d.slashMd(); const [ph, p] = d.phone(); const g = d.given();
    return [`Cr 0.9, eGFR >90 from ${md}. Left voicemail at ${ph} for ${g} to continue PrEP as prescribed.`, [md, p, g]];
  }],
  ['Medicaid and prior auth', (d) => {
    const id = d.medicaidId(); const auth = d.digitString(d.int(8, 10)); const md = d.monDay();
    return [`Coverage: ${d.state()} Medicaid, ID ${id}. Prior authorization #${auth} for Descovy approved ${md}.`, [id, auth, md]];
  }],
  ['ADAP recertification SSN and residence', (d) => {
    const ssn = d.ssn(); const st = d.street(); const t = d.town(); const id = `ADAP-${d.digitString(6)}`;
    return [`Ryan White Part B / ADAP recertification (${id}): SSN ${ssn}, household of ${d.int(1, 5)}, income 180% FPL, proof of residence at ${st}, ${t}.`, [id, ssn, st, t]];
  }],
  ['telehealth link', (d) => {
    const url = d.url(); const w = d.weekday();
    return [`Telehealth PrEP visit link sent by text: ${url} (visit ${w} at 17:30).`, [url, w]];
  }],
  ['self-test kit order with IP', (d) => {
    const o = d.digitString(d.int(7, 9)); const dt = d.mdy(); const ip = d.ip(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`HIV self-test kit order #${o} submitted ${dt} ${d.time()} from IP ${ip}; shipped to ${st}, ${t} ${z}.`, [o, dt, ip, st, t, z]];
  }],
  ['doxy-PEP counselling and pharmacy', (d) => {
    const ph = d.pharmacy(); const md = d.monDay();
    return [`Doxy-PEP 200 mg within 72 hours of condomless sex discussed; #20 tablets sent to ${ph} ${md}.`, [ph, md]];
  }],
  // HIV case reports to a health department
  ['HIV case report header', (d) => {
    const sn = d.stateNo(); const dt = d.date(); const c = d.clinic();
    return [`ADULT HIV CONFIDENTIAL CASE REPORT\nState No.: ${sn}   Date received at health department: ${dt}\nReporting facility: ${c}`, [sn, dt, c]];
  }],
  ['case report identity with alias', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const al = d.given(); const dob = d.dob();
    return [`Name: ${s}, ${g} ${d.mi()}   Alias/AKA: "${al}"   DOB: ${dob}   Sex at birth: M   Current gender identity: transgender woman`, [s, g, al, dob]];
  }],
  ['residence at diagnosis', (d) => {
    const st = d.street(); const t = d.town(); const co = d.county(); const z = d.zip();
    return [`Residence at diagnosis: ${st}, ${t}, ${co}, ${d.state()} ${z}`, [st, t, co, z]];
  }],
  ['first positive test and state lab', (d) => {
    const dt = d.date(); const sl = d.stateLab(); const md = d.slashMd();
    return [`First positive HIV test ${dt}: Ag/Ab reactive, HIV-1/HIV-2 differentiation assay HIV-1 positive, state lab accession ${sl}. Initial CD4 284 cells/uL (18%), VL 86,400 copies/mL on ${md}.`, [dt, sl, md]];
  }],
  ['person completing form phone fax', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const [fx, pf] = d.phone(); const dt = d.mdy();
    return [`Person completing form: ${g} ${s}, RN   Phone: ${ph}   Fax: ${fx}   Date: ${dt}`, [g, s, p, pf, dt]];
  }],
  ['linkage to HIV care', (d) => {
    const c = d.clinic(); const s = d.sur(); const dt = d.date();
    return [`Linked to HIV care at ${c} with Dr. ${s} on ${dt} (within 30 days of diagnosis); ART started same day.`, [c, s, dt]];
  }],
  ['fax cover to HIV surveillance', (d) => {
    const hd = d.healthDept(); const em = d.workEmail(d.given(), d.sur()); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`FAX - CONFIDENTIAL\nTo: HIV Surveillance, ${hd} (${em})\nFax: ${fx}\nFrom: ${g} ${s}, infection preventionist, ${h}\nPages: 4 including cover`, [hd, em, p, g, s, h]];
  }],
  ['perinatal exposure report', (d) => {
    const dt = d.date(); const h = d.hospital(); const g = d.given(); const s = d.sur(); const c = d.caseId();
    return [`Perinatal HIV exposure: infant born ${dt} at ${h} to ${g} ${s} (maternal case ${c}); infant ZDV started within 6 hours of birth.`, [dt, h, g, s, c]];
  }],
  // expedited partner therapy forms
  ['EPT prescription form', (d) => {
    const g = d.given(); const s = d.sur(); const dg = d.given(); const ds = d.sur(); const lic = d.licence(); const dea = d.dea(); const dt = d.mdy();
    return [`EXPEDITED PARTNER THERAPY\nPartner name: ${g} ${s}\nRx: doxycycline 100 mg PO BID x 7 days, #14\nPrescriber: ${dg} ${ds}, NP   License ${lic}   DEA ${dea}\nDate: ${dt}`, [g, s, dg, ds, lic, dea, dt]];
  }],
  ['EPT packets for two partners', (d) => {
    const g1 = d.given(); const g2 = d.given(); const lot = d.lot(); const w = d.weekday();
    return [`EPT packets x2 dispensed for partners ${g1} and ${g2} (cefixime 800 mg, lot ${lot}). Patient will deliver them ${w}.`, [g1, g2, lot, w]];
  }],
  ['EPT filled at pharmacy', (d) => {
    const ph = d.pharmacy(); const md = d.slashMd(); const rx = d.rx();
    return [`Partner's EPT prescription filled at ${ph} on ${md} (Rx ${rx}), per the pharmacist.`, [ph, md, rx]];
  }],
  // family planning visits
  ['family planning header LMP', (d) => {
    const dt = d.date(); const md = d.slashMd();
    return [`FAMILY PLANNING VISIT (Title X)   ${dt}\nLMP ${md}, G2P1011, urine hCG negative. Desires long-acting reversible contraception.`, [dt, md]];
  }],
  ['implant insertion lot and removal due', (d) => {
    const lot = d.lot(); const ex = d.monthYear(); const my = `${d.pick(MONTHS)} ${d.int(2027, 2031)}`;
    return [`Nexplanon inserted L arm, 8 cm proximal to the medial epicondyle; lot ${lot}, exp ${ex}. Remove or replace by ${my}.`, [lot, ex, my]];
  }],
  ['IUD insertion by staff', (d) => {
    const lot = d.lot(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const dt = d.date();
    return [`Mirena placed without difficulty, uterus sounded to 7 cm; lot ${lot}. Inserted by ${g} ${s}, CNM; assisted by ${g2} ${s2}, MA. String check ${dt}.`, [lot, g, s, g2, s2, dt]];
  }],
  ['injection window and reminder text', (d) => {
    const [m, dd] = d.md(); const md = `${m}/${dd}`; const nm = MON[(m + 1) % 12]!; const lo = d.int(1, 14); const a = `${nm} ${lo}`; const b = `${nm} ${lo + 13}`; const [ph, p] = d.phone();
    return [`Depo-Provera 150 mg IM R deltoid ${md}; next injection window ${a} to ${b}. Reminder texts to ${ph}.`, [md, a, b, p]];
  }],
  ['confidential contact preference', (d) => {
    const st = d.street(); const [ph, p] = d.phone();
    return [`Confidential visit: no mail to the home at ${st}. Preferred contact: cell ${ph}, voice only, no texts; do not leave clinic name on voicemail.`, [st, p]];
  }],
  ['positive pregnancy test referral', (d) => {
    const lmp = d.date(); const edd = d.date(); const h = d.hospital();
    return [`Urine hCG positive. By LMP ${lmp}, EDD ${edd}. Options counselling done; referred for prenatal care at ${h}.`, [lmp, edd, h]];
  }],
  // anonymous testing logs
  ['anonymous testing log row', (d) => {
    const dt = d.mdy(); const code = d.anonCode(); const lot = d.lot(); const i = d.initials();
    return [`${dt} | ${code} | OraQuick lot ${lot} | NR | counselor ${i}`, [dt, code, lot, i]];
  }],
  ['anonymous reactive referral', (d) => {
    const code = d.anonCode(); const lot = d.lot(); const wd = d.weekdayDate(); const c = d.clinic();
    return [`Client ${code} reactive on INSTI (lot ${lot}); confirmatory draw scheduled ${wd} at ${c}. No name collected.`, [code, lot, wd, c]];
  }],
  ['outreach testing at a bar', (d) => {
    const b = d.bar(); const st = d.street(); const t = d.town(); const dt = d.date(); const code = d.anonCode();
    return [`Outreach testing at ${b}, ${st}, ${t}, ${dt}, 21:00-01:00: 23 rapid tests, 1 reactive (client code ${code}).`, [b, st, t, dt, code]];
  }],
  ['site CLIA certificate and director', (d) => {
    const c = d.clinic(); const cl = d.clia(); const g = d.given(); const s = d.sur();
    return [`Testing site: ${c}   CLIA certificate of waiver #${cl}   Laboratory director: ${g} ${s}, MD`, [c, cl, g, s]];
  }],
  ['anonymous to confidential conversion', (d) => {
    const code = d.anonCode(); const md = d.monDay(); const g = d.given(); const s = d.sur(); const dob = d.dob();
    return [`Client ${code} chose to convert to confidential testing on ${md}: name given as ${g} ${s}, DOB ${dob}.`, [code, md, g, s, dob]];
  }],
  ['mpox vaccine pop-up at club', (d) => {
    const dt = d.date(); const lot = d.lot(); const cl = d.club();
    return [`JYNNEOS dose 2 given ${dt}, lot ${lot}, 0.1 mL intradermal L forearm, at the pop-up clinic at ${cl}.`, [dt, lot, cl]];
  }],
  // clinic text and voicemail messages
  ['SMS appointment reminder', (d) => {
    const g = d.given(); const c = d.clinic(); const wd = d.weekdayDate(); const [ph, p] = d.phone();
    return [`Hi ${g}, this is ${c}. Reminder: your visit is ${wd} at 2:15 PM. Reply C to confirm or call ${ph}. Reply STOP to opt out.`, [g, c, wd, p]];
  }],
  ['SMS results link with access code', (d) => {
    const c = d.clinic(); const g = d.given(); const url = d.url(); const code = d.digitString(6);
    return [`${c}: ${g}, your test results are ready. View them at ${url} with access code ${code}.`, [c, g, url, code]];
  }],
  ['SMS refill nudge signed by staff', (d) => {
    const g = d.given(); const md = d.monDay(); const [ph, p] = d.phone(); const sg = d.given();
    return [`Hey ${g}! Your PrEP refill is due ${md}. Text back here or call ${ph}. - ${sg}, PrEP team`, [g, md, p, sg]];
  }],
  ['outgoing SMS log', (d) => {
    const dt = d.mdy(); const [ph, p] = d.phone(); const i = d.initials();
    return [`[SMS out ${dt} ${d.time()}] to ${ph}: "Please call the clinic about your recent visit." Sent by ${i}.`, [dt, p, i]];
  }],
  ['patient e-mail request', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const md = d.slashMd();
    return [`Pt e-mailed from ${em} on ${md} asking to move the doxy-PEP prescription to a pharmacy near work.`, [em, md]];
  }],
];

/** The names of the wave's frames. */
export const sexhealthFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function sexhealthWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10567, rounds);
}

/** Look-alikes in sexual health and HIV clinic style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // drug and device brands
  ['Truvada 200/300 mg one tablet daily', 'Truvada'], ['Switched to Descovy for PrEP.', 'Descovy'], ['Apretude every 2 months after two initiation injections', 'Apretude'],
  ['Biktarvy one tablet daily', 'Biktarvy'], ['Cabenuva monthly injections', 'Cabenuva'], ['Bicillin L-A 2.4 million units IM x1', 'Bicillin L-A'], ['Rocephin 500 mg IM once', 'Rocephin'],
  ['Valtrex 1 g BID x 7 days', 'Valtrex'], ['Flagyl 500 mg BID x 7 days, no alcohol', 'Flagyl'], ['Nexplanon 68 mg implant', 'Nexplanon'], ['Mirena 52 mg LNG-IUD', 'Mirena'],
  ['Paragard T 380A copper IUD', 'Paragard'], ['Kyleena considered', 'Kyleena'], ['Depo-Provera 150 mg IM every 13 weeks', 'Depo-Provera'], ['Plan B One-Step given', 'Plan B'],
  ['Gardasil 9 dose 2 of 3', 'Gardasil 9'], ['JYNNEOS dose 1 subcutaneous', 'JYNNEOS'], ['Heplisav-B series started', 'Heplisav-B'],
  // assays
  ['CT/NG by Aptima Combo 2', 'Aptima Combo 2'], ['GeneXpert CT/NG point-of-care', 'GeneXpert'], ['OraQuick ADVANCE oral swab nonreactive', 'OraQuick'], ['INSTI HIV-1/HIV-2 antibody test', 'INSTI'],
  ['Determine HIV-1/2 Ag/Ab Combo', 'Determine'], ['Geenius HIV 1/2 Supplemental Assay', 'Geenius'], ['Architect HIV Ag/Ab Combo reactive', 'Architect'], ['BioPlex 2200 Syphilis Total', 'BioPlex 2200'],
  ['TP-PA reactive', 'TP-PA'], ['FTA-ABS reactive', 'FTA-ABS'], ['CSF VDRL nonreactive', 'VDRL'], ['Xpert HIV-1 Viral Load', 'Xpert'],
  // regimen codes
  ['ART: BIC/FTC/TAF', 'BIC/FTC/TAF'], ['PrEP with TDF/FTC', 'TDF/FTC'], ['F/TAF not approved for receptive vaginal sex', 'F/TAF'], ['CAB-LA 600 mg IM', 'CAB-LA'],
  ['2-1-1 dosing reviewed', '2-1-1'], ['DRV/c + FTC/TAF for nPEP', 'DRV/c'], ['Doxy-PEP 200 mg within 72 hours', '72 hours'],
  // titers, counts and lab values
  ['RPR 1:32, TP-PA reactive', 'RPR 1:32'], ['RPR titer 1:4 at 6 months (fourfold decline)', '1:4'], ['CD4 412 cells/uL (24%)', '412 cells/uL'], ['CD4 18%', '18%'],
  ['HIV-1 RNA <20 copies/mL', '<20 copies/mL'], ['VL 86,400 copies/mL', '86,400'], ['eGFR >90', 'eGFR >90'], ['HSV-2 IgG index 3.8', '3.8'], ['anti-HBs 412 mIU/mL', '412 mIU/mL'],
  ['Nugent score 8', 'Nugent score 8'], ['vaginal pH 5.0', 'pH 5.0'], ['Amsel criteria 3 of 4', 'Amsel'], ['Whiff test positive', 'Whiff'], ['K103N and M184V detected', 'K103N'],
  ['HLA-B*5701 negative', 'HLA-B*5701'], ['HIV-1 subtype B', 'subtype B'], ['CDC stage 3 (AIDS)', 'stage 3'], ['Fiebig stage II acute infection', 'Fiebig'],
  ['Tanner stage 4 breast and pubic hair', 'Tanner stage 4'], ['G2P1011', 'G2P1011'], ['BP 124/78', '124/78'], ['Temp 98.6 F', '98.6 F'],
  // eponyms
  ['Jarisch-Herxheimer reaction discussed', 'Jarisch-Herxheimer'], ['Argyll Robertson pupils absent', 'Argyll Robertson'], ['No Hutchinson teeth', 'Hutchinson'],
  ['Fitz-Hugh-Curtis syndrome suspected', 'Fitz-Hugh-Curtis'], ['Bartholin gland abscess, I&D done', 'Bartholin'], ["Skene's glands nontender", "Skene's"],
  ['Donovan bodies on tissue smear', 'Donovan'], ['Kaposi sarcoma lesion on the palate', 'Kaposi'], ['Thayer-Martin culture plated', 'Thayer-Martin'],
  ['Papanicolaou smear ASC-US', 'Papanicolaou'], ['Reiter syndrome (reactive arthritis)', 'Reiter'], ['Pneumocystis jirovecii prophylaxis', 'jirovecii'], ['Gram stain: intracellular gram-negative diplococci', 'Gram stain'],
  // codes
  ['ICD-10 Z11.3', 'Z11.3'], ['Z20.2 contact with and exposure to STI', 'Z20.2'], ['A54.9 gonococcal infection', 'A54.9'], ['A51.0 primary genital syphilis', 'A51.0'],
  ['B20 HIV disease', 'B20'], ['Z21 asymptomatic HIV infection status', 'Z21'], ['CPT 87491', '87491'], ['CPT 11981 implant insertion', '11981'], ['Disease code 710', '710'],
  ['Disposition C (infected, brought to treatment)', 'Disposition C'], ['NDC 61958-2002-1', '61958-2002-1'],
  // durations, counts and intervals
  ['3-month PrEP follow-up', '3-month'], ['Window period 45 days', '45 days'], ['Day 28 of nPEP', 'Day 28'], ['Observed for 15 minutes', '15 minutes'],
  ['4 partners in the past 3 months', '3 months'], ['Partner 2 of 3', 'Partner 2 of 3'], ['Sounded to 7 cm', '7 cm'], ['8 cm above the medial epicondyle', '8 cm'],
  // ages and years
  ['24-year-old man', '24'], ['age 17, seen confidentially', '17'], ['A 78-year-old widow', '78'], ['On PrEP since 2019', '2019'], ['Diagnosed with HIV in 1994', '1994'],
  // generic places, chains and programs
  ['Seen at the clinic today.', 'the clinic'], ['Met partners at a bathhouse.', 'a bathhouse'], ['Met him at a gay bar downtown.', 'a gay bar'], ['Partners met at an adult bookstore.', 'an adult bookstore'],
  ['Exposure in a hotel room', 'a hotel room'], ['Referred to the health department.', 'the health department'], ['Sent to the state lab.', 'the state lab'],
  ['Attended a circuit party', 'circuit party'], ['Filled at Walgreens.', 'Walgreens'], ['Labs drawn at Quest.', 'Quest'], ['Ryan White Part B eligible', 'Ryan White'],
  ['Title X clinic', 'Title X'], ['Enrolled in Gilead Advancing Access', 'Advancing Access'], ['Medicaid family planning waiver', 'Medicaid'],
  // apps
  ['Met partners on Grindr.', 'Grindr'], ['Uses Sniffies', 'Sniffies'], ['Scruff and Tinder', 'Scruff'], ["Met on Jack'd", "Jack'd"], ['Met online, no app named', 'online'],
  // roles and relations without names
  ['The DIS attempted a field visit.', 'DIS'], ['Partner services specialist called.', 'Partner services specialist'], ['Her boyfriend was treated.', 'boyfriend'],
  ['His husband tested negative.', 'husband'], ['The original patient was re-interviewed.', 'original patient'],
  // everyday words that are also names or towns
  ['Will return for test of cure.', 'Will'], ['Hope to start PrEP next month.', 'Hope'], ['Bill to Title X.', 'Bill'], ['Had a rocky start on the new regimen.', 'rocky'],
  ['Grace period for the copay card', 'Grace'], ['Chance of transmission is negligible when undetectable.', 'Chance'], ['Early latent syphilis', 'Early'],
  ['Brown vaginal discharge', 'Brown'], ['Green purulent discharge', 'Green'], ['White plaques on the tongue', 'White'], ['Normal saline wet mount', 'Normal'], ['Pride month outreach', 'Pride'],
  // states and countries
  ['Moved from Georgia last year.', 'Georgia'], ['Born in Jamaica', 'Jamaica'],
];

export const sexhealthKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedSexhealthKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(sexhealthKeepCases(), find);

export function scoreSexhealthWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => sexhealthWaveCases(seed)), find);
}
