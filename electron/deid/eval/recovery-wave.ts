// A blind wave of substance use disorder treatment records: opioid treatment program (OTP) dosing logs (the clinic and
// its patient id, the nurse's initials at the dosing window, methadone and buprenorphine take-home bottles with their
// bottle numbers and lots, random bottle callbacks, holiday closures, guest dosing at another clinic, state central
// registry checks, long-acting injections with lots and expiry months), intake assessments by the six ASAM dimensions
// (the address, the people at home, prior episodes at named detox and residential programs, emergency contacts,
// referral sources, payers and prior authorizations), urine drug screen chain-of-custody forms (CCF and specimen ids,
// tamper seals, the collector and the collection site, the employer's designated representative, the lab's accession,
// the MRO and the last four of an SSN), sponsor and group meeting notes (sponsors and their phones, home groups at a
// church or a club, clean dates, family sessions), sober living house referrals (the house, its address, its manager,
// its certificate and the day of the move-in), drug court and probation liaison letters (the judge, the court, case and
// booking numbers, the probation officer's e-mail and fax, DUI vehicles with plate and VIN, ignition interlock and
// alcohol monitoring bracelets), prescription drug monitoring program check notes (request ids, fills, prescribers with
// DEA and NPI numbers, pharmacies and store numbers, Rx numbers), naloxone kit distribution logs (kit numbers, lots,
// expiry, the recipient and the trainer, businesses where kits were left), 42 CFR Part 2 consent forms naming the
// recipient (person, organization, address, fax, e-mail, expiry, witness, revocation), detox unit nursing notes (the
// ED that sent the patient, the nurse who signs, seizures and transfers, relatives called, valuables with a driver's
// licence) and peer recovery coach notes (the coffee shop, the employer, the coach's certificate, telehealth links and
// the IP a session was joined from, licensed professionals in a monitoring program), in mixed case, ALL CAPS and lower
// case. Dates are written in every form such programs use ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4', '3/4',
// 'Friday', 'Fri 3/8', 'Thanksgiving', 'New Year's Eve', 'March 2026', '08/2026', ranges '3/8-3/11', 'the 14th');
// ages over 89, phones, faxes and e-mails are planted. Given names and surnames are often everyday words and words of
// this trade (Hope, Faith, Chip, Crystal, Molly, Serenity, Stone, Glass, Brewer, Coffee, Daily) and towns are often
// everyday words (Liberty, Union, Hazard, Normal, Justice, Freedom). A list of look-alikes in the same style must not
// be touched. Written without reading the engine's rules or any gold data. `scoreRecoveryWave`.
// Decisions: a person's given name and surname are planted, a middle initial, a title ('Hon.', 'Judge', 'PO', 'Dr.',
// 'Officer') and a credential ('LADC', 'CADC-II', 'LCDC', 'CPRS', 'CRSS', 'LPN', 'MRO') are not; in AA style a
// surname's initial after a given name ('Rick T.') is not planted, the given name is; initials that sign a dosing log,
// a cup read or a kit log are planted. An OTP, a detox or residential program, a sober house ('Serenity House',
// 'Oxford House Magnolia'), a court ('Scioto County Drug Court'), a probation department, a detention center, a church
// or club where a group meets, a collection site, a pharmacy, a hospital and a business or employer are planted whole
// with their kind words, while a chain or a program named alone ('Walgreens', 'Quest', 'Oxford House', 'Al-Anon', 'SMART
// Recovery') is kept, as are generic places ('the IOP', 'the clinic', 'the halfway house', 'the courthouse'); a chain's
// store number is planted; a town is planted, the state is kept; a street address is planted from its number to its
// street type (or route number), a ZIP (with its +4) apart. A weekday naming one day is planted ('last use Saturday'),
// a weekday written next to its date is planted with it as one part ('Fri 3/8', 'Tuesday, May 14'); a holiday that
// fixes a day ('Thanksgiving', 'Christmas Eve', 'Super Bowl Sunday') is planted; a range of days is planted as written;
// a month with a year ('March 2026', '08/2026', a lot's expiry) is a date and planted; an ordinal day ('the 14th') is
// planted; the time next to a date is kept; a year alone is kept. OTP patient ids, central registry confirmations,
// bottle numbers, lots, CCF, specimen, seal and accession numbers, PDMP request ids, Rx and store numbers, kit numbers,
// case, docket, booking and offender numbers, Medicaid, member, authorization and employee ids, DEA, NPI, licence and
// certificate numbers, a driver's licence, a plate, a VIN, interlock and bracelet serials, an SSN or its last four are
// planted; a URL and an e-mail are planted whole, an IP address is planted; a phone's leading '(' need not be covered.
// Kept (look-alikes): instruments and scales (COWS, CIWA-Ar, SOWS, AUDIT-C, DAST-10, CAGE, PAWSS, PHQ-9, ASAM levels
// and dimensions), drug brands (Suboxone, Sublocade, Brixadi, Vivitrol, Narcan, Kloxxado, Zubsolv, Lucemyra,
// Methadose, Librium, Antabuse, Campral), doses and tox cutoffs, panel names and analytes, ICD-10, HCPCS, CPT and NDC
// codes, 42 CFR Part 2, program and step names ('Step 4', 'Phase 3', 'the Big Book', 'Serenity Prayer'), chips and
// coins, fellowship names, eponyms (Wernicke, Korsakoff, Mallory-Weiss, Dupuytren, Romberg, Prochaska), generic places,
// roles without names, clinical numbers that look like ages or dates ('90 mg', '90 meetings in 90 days', '90-100°F',
// '11/29' as a sentence, '24/7'), ages of 89 and under, years, states, payers, national helplines and everyday words
// that are also names or drugs (hope, grace, rocky, bill, crystal, molly, jack, chip, serenity).
// Measured before rules: 0.897 recall on seeds 5, 11, 23 (4337/4836), 0.892 on fresh seeds 41, 42, 43 (4309/4829); 8/133
// look-alikes touched ("Celebrate Recovery", "the detox unit", "the courthouse", "Peer coach", "serenity", "Jack Daniel's",
// "11/29", "1-800-662-HELP") (engine at f805729).
import { faker as cz } from '@faker-js/faker/locale/cs_CZ';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as pr } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, ie, pl, mx, de, ca, gb, cz, pr, vi];

/** Given names and surnames that are everyday words, some of them words of this trade. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Mercy', 'Charity', 'Destiny', 'Serenity', 'Trinity', 'Harmony', 'Journey', 'Rocky', 'Bill', 'Will', 'Chip', 'Buddy', 'Sonny', 'Dusty', 'Rusty', 'Lucky', 'Chance', 'Hunter', 'Cash', 'Brandy', 'Crystal', 'Molly', 'Candy', 'Ginger', 'Amber', 'Misty', 'Sunny', 'Dawn', 'Skip', 'Bud', 'Jack', 'Duke', 'Angel', 'River', 'Sky', 'Storm'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cross', 'Banks', 'Rivers', 'Walker', 'Fields', 'Strong', 'Noble', 'Wise', 'Sweet', 'Love', 'Steele', 'Church', 'Bishop', 'Friend', 'Bond', 'Payne', 'Hardy', 'Graves', 'Rich', 'Coffee', 'Brewer', 'Baker', 'Potts', 'Glass', 'Daily', 'Day', 'Early', 'Swift', 'Lamb', 'Fox', 'Frost', 'Marsh', 'Moody', 'Hope', 'Bright', 'Gentry', 'Shepherd'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Harmony', 'Friendship', 'Eden', 'Paradise', 'Normal', 'Comfort', 'Welcome', 'Justice', 'Freedom', 'Unity', 'Bath', 'Reading', 'Dover', 'Salem', 'Troy', 'Athens', 'Lebanon', 'Canton', 'Marion', 'Jasper', 'Florence', 'Warren', 'Orange', 'Hazard', 'Independence', 'Gilbert', 'Welch', 'Logan', 'Man', 'Pound', 'Grundy', 'Hamlin'];
const REAL_TOWNS = ['Huntington', 'Portsmouth', 'Chillicothe', 'Zanesville', 'Ironton', 'Williamson', 'Beckley', 'Charleston', 'Morgantown', 'Wheeling', 'Parkersburg', 'Ashland', 'Pikeville', 'Middlesboro', 'Johnson City', 'Kingsport', 'Knoxville', 'Dayton', 'Springfield', 'Youngstown', 'Akron', 'Scranton', 'Wilkes-Barre', 'Altoona', 'Johnstown', 'Lowell', 'Brockton', 'Fall River', 'New Bedford', 'Nashua', 'Bangor', 'Lewiston', 'Rutland', 'Bluefield', 'Martinsburg'];
const STATES = ['WV', 'KY', 'OH', 'PA', 'TN', 'VA', 'MA', 'NH', 'ME', 'VT', 'West Virginia', 'Ohio', 'Kentucky', 'Pennsylvania'];
const COUNTY_WORDS = ['Cabell', 'Scioto', 'Boyd', 'Pike', 'Logan', 'Mingo', 'Raleigh', 'Kanawha', 'Wayne', 'Lawrence', 'Ross', 'Hamilton', 'Butler', 'Montgomery', 'Franklin', 'Clay', 'Knox', 'Marion', 'Union', 'Jefferson', 'Madison', 'Luzerne', 'Lackawanna', 'Cambria', 'Middlesex', 'Bristol', 'Hillsborough', 'Penobscot', 'Berkeley', 'Mercer'];
const STREET_WORDS = ['Main', 'Church', 'Elm', 'Oak', 'Maple', 'Walnut', 'Chestnut', 'Spruce', 'Market', 'Water', 'Bridge', 'Mill', 'High', 'Broad', 'Front', 'Depot', 'Railroad', 'River', 'Hill', 'Washington', 'Jefferson', 'Park', 'Ridge', 'Pleasant', 'Hope', 'Coal Branch', 'Hollow'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Blvd', 'Way', 'Pike', 'Ct'];
/** Words sober houses, recovery residences and treatment programs are named with. */
const HOUSE_WORDS = ['Serenity', 'New Beginnings', 'Second Chance', 'Fresh Start', 'Phoenix', 'Lighthouse', 'Anchor', 'Cornerstone', 'Harbor', 'Haven', 'Redemption', 'Mustard Seed', 'Turning Point', 'Bridgeway', 'Crossroads', 'Hilltop', 'Willow', 'Oak Tree', 'Magnolia', 'Grace', 'Promise', 'Victory'];
const CLINIC_WORDS = ['Clearview', 'Riverbend', 'Summit', 'Pinnacle', 'Pathways', 'New Vista', 'Northstar', 'Keystone', 'Horizon', 'Tri-County', 'Lakeside', 'Greenbriar', 'Appalachian', 'Mountain Laurel', 'Valley', 'Heartland', 'Bluegrass', 'Ohio Valley'];
/** Words cafés, diners, laundromats, motels and shops are named with. */
const SHOP_WORDS = ['Sunrise', 'Corner', 'Blue Moon', 'Hometown', 'Lucky Star', 'Red Barn', 'Copper Kettle', 'Depot', 'Mountaineer', 'Riverside', 'Starlite', 'Budget', 'Coalfield', 'Tipple', 'Buckeye', 'Bluebird', 'Dogwood', 'Main Street'];
const SAINTS = ['Jude', 'Vincent', 'Luke', 'Mary', 'Joseph', 'Francis', 'Elizabeth', 'Anthony', 'Patrick', 'Paul'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOLIDAYS = ['Thanksgiving', 'Thanksgiving Day', 'Christmas Eve', 'Christmas Day', "New Year's Eve", "New Year's Day", 'Fourth of July', 'Independence Day', 'Memorial Day', 'Labor Day', 'Easter Sunday', 'Halloween', "St. Patrick's Day", 'Super Bowl Sunday', "Mother's Day", "Father's Day"];
const RELATIONS = ['mother', 'father', 'wife', 'husband', 'girlfriend', 'boyfriend', 'fiancée', 'sister', 'brother', 'daughter', 'son', 'aunt', 'uncle', 'grandmother', 'cousin', 'stepfather', 'ex-wife'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.'];
const COUNSELOR_CREDS = ['LADC', 'CADC-II', 'LCDC', 'LCSW', 'LPC', 'CAADC', 'MAC', 'LICDC'];
const CARS = ['silver Chevy Silverado', 'black Dodge Ram', 'white Ford F-150', 'red Pontiac Grand Prix', 'blue Jeep Cherokee', 'gray Honda Accord', 'maroon Buick LeSabre'];
const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'aol.com'];

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
  title(): string {
    return this.pick(TITLES);
  }
  cred(): string {
    return this.pick(COUNSELOR_CREDS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A county with its word ('Scioto County'). */
  county(): string {
    return `${this.pick(COUNTY_WORDS)} County`;
  }
  /** An opioid treatment program's name. */
  otp(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Comprehensive Treatment Center`;
    if (k === 1) return `${this.pick(CLINIC_WORDS)} Recovery Services`;
    if (k === 2) return `${this.town()} Treatment Center`;
    if (k === 3) return `${this.pick(CLINIC_WORDS)} Medical Group OTP`;
    if (k === 4) return `${this.town()} Methadone Clinic`;
    return `${this.pick(CLINIC_WORDS)} Behavioral Health`;
  }
  /** A detox or residential program. */
  program(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(HOUSE_WORDS)} Recovery Center`;
    if (k === 1) return `${this.pick(CLINIC_WORDS)} Detox`;
    if (k === 2) return `${this.town()} Addiction Recovery Center`;
    if (k === 3) return `${this.pick(HOUSE_WORDS)} Treatment Center`;
    return `${this.pick(CLINIC_WORDS)} Residential Program`;
  }
  /** A sober living house or recovery residence. */
  house(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(HOUSE_WORDS)} House`;
    if (k === 1) return `Oxford House ${this.pick(HOUSE_WORDS.concat(STREET_WORDS))}`;
    if (k === 2) return `${this.pick(HOUSE_WORDS)} Sober Living`;
    if (k === 3) return `${this.capitalizedSurname()} Recovery Residence`;
    return `${this.pick(HOUSE_WORDS)} Women's Home`;
  }
  court(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.county()} Drug Court`;
    if (k === 1) return `${this.county()} Circuit Court`;
    if (k === 2) return `${this.town()} Municipal Court`;
    return `${this.county()} Treatment Court`;
  }
  /** A probation or parole office, in the county `cw` names when given. */
  probation(cw = this.pick(COUNTY_WORDS)): string {
    const k = this.int(0, 2);
    if (k === 0) return `${cw} County Adult Probation Department`;
    if (k === 1) return `${cw} County Probation Office`;
    return `${cw} County Community Corrections`;
  }
  jail(): string {
    return this.pick([`${this.county()} Detention Center`, `${this.county()} Jail`, `${this.pick(COUNTY_WORDS)} Regional Jail`, `${this.town()} Correctional Center`]);
  }
  /** A church or club where a meeting is held. */
  meetingPlace(): string {
    const k = this.int(0, 4);
    if (k === 0) return `First ${this.pick(['Baptist', 'Methodist', 'Presbyterian', 'Lutheran'])} Church`;
    if (k === 1) return `St. ${this.pick(SAINTS)}'s Church`;
    if (k === 2) return `${this.town()} Alano Club`;
    if (k === 3) return `${this.pick(STREET_WORDS)} Street United Methodist Church`;
    return `${this.pick(HOUSE_WORDS)} Clubhouse`;
  }
  collectionSite(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Occupational Health`;
    if (k === 1) return `${this.pick(SHOP_WORDS)} Urgent Care`;
    return `${this.pick(CLINIC_WORDS)} Drug Testing`;
  }
  hospital(): string {
    return this.r() < 0.3 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(['Regional Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital'])}`;
  }
  pharmacy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.capitalizedSurname()}'s Drug Store`;
    if (k === 2) return `${this.pick(SHOP_WORDS)} Family Pharmacy`;
    return `${this.pick(STREET_WORDS)} Street Apothecary`;
  }
  /** A café, diner, laundromat, motel or gas station. */
  shop(): string {
    const w = this.pick(SHOP_WORDS);
    return this.pick([`${w} Coffee`, `The ${w} Diner`, `${w} Cafe`, `${w} Laundromat`, `${w} Motel`, `${w} Gas & Go`, `${w} Tavern`]);
  }
  employer(): string {
    const s = this.capitalizedSurname();
    return this.pick([`${s} Roofing`, `${this.town()} Tire & Lube`, `${s} Construction`, `${this.pick(SHOP_WORDS)} Staffing`, `${s} Brothers Trucking`, `${this.town()} Steel Fabricators`, `${s} Family Restaurant`]);
  }
  street(): string {
    if (this.r() < 0.12) return `${this.int(100, 9899)} State Route ${this.int(2, 399)}`;
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(15001, 45999)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2017, 2025);
  }
  /** A full date in one of the forms these programs write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}.${d}.${pad2(y % 100)}` : `${m}/${d}/${y}`);
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
  /** A month with its year ('March 2019', 'Mar 2019', '3/2019'). */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    const k = this.int(0, 2);
    return k === 0 ? `${MONTHS[m - 1]!} ${y}` : k === 1 ? `${MON[m - 1]!} ${y}` : `${m}/${y}`;
  }
  /** A lot's or a kit's expiry month ('08/2026', '08/26', 'AUG 2026', '2026-08'). */
  expiry(): string {
    const m = this.int(1, 12);
    const y = this.int(2024, 2029);
    const k = this.int(0, 3);
    return k === 0 ? `${pad2(m)}/${y}` : k === 1 ? `${pad2(m)}/${pad2(y % 100)}` : k === 2 ? `${MON[m - 1]!.toUpperCase()} ${y}` : `${y}-${pad2(m)}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** A weekday with its date, as one part ('Fri 3/8', 'Tuesday, May 14'). */
  weekdayDate(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${this.pick(WEEKDAYS_SHORT)} ${m}/${d}` : `${this.weekday()}, ${MONTHS[m - 1]!} ${d}`;
  }
  /** A range of days ('3/8-3/11', 'March 8-11'). */
  range(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${m}/${d}-${m}/${d + this.int(1, 3)}` : `${MONTHS[m - 1]!} ${d}-${d + this.int(1, 3)}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(5, 22))}:${pad2(this.int(0, 59))}` : `${pad2(this.int(5, 22))}${pad2(this.int(0, 59))}`;
  }
  dob(lo = 1950, hi = 2005): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 97));
  }
  /** An OTP or agency patient id. */
  patientId(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(5, 7));
    if (k === 1) return `${this.letters(2)}-${this.digitString(5)}`;
    if (k === 2) return `OTP${this.digitString(5)}`;
    return `00${this.digitString(5)}`;
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.pick([304, 606, 740, 937, 513, 570, 814, 978, 508, 603, 207, 802, 423, 865, 276, 681, 859, 330]));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `${a}${b}${c}`]);
    return [f, f];
  }
  /** An e-mail whose local part holds a person's initials, not their whole name. */
  email(g: string, s: string, domain?: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(10, 9999)}`, `${a.charAt(0)}.${b.charAt(0)}${this.int(1, 99)}`, `${b.charAt(0)}${a.charAt(0)}_${this.int(70, 2005)}`]);
    return `${local}@${domain ?? this.pick(EMAIL_DOMAINS)}`;
  }
  ssn(): string {
    const a = String(this.int(1, 899)).padStart(3, '0');
    const area = a === '666' ? '667' : a;
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.pick([`${area}-${b}-${c}`, `${area} ${b} ${c}`, `${area}${b}${c}`]);
  }
  last4(): string {
    return String(this.int(1, 9999)).padStart(4, '0');
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(6, 8));
    if (k === 2) return `${this.letters(1)}${this.digitString(5)}${this.letters(1)}`;
    return `${this.digitString(2)}${this.letters(1)}${this.digitString(4)}`;
  }
  /** The first and the last of a run of n take-home bottle numbers ('48211' to '48216', 'TH-265376' to 'TH-265379'). */
  bottleRun(n: number): readonly [string, string] {
    const first = Number(this.digitString(this.int(5, 6)));
    const prefix = this.r() < 0.4 ? 'TH-' : '';
    return [`${prefix}${first}`, `${prefix}${first + n - 1}`];
  }
  specimenId(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `${this.letters(1)}${this.digitString(7)}`;
    return this.digitString(10);
  }
  seal(): string {
    return this.r() < 0.5 ? this.digitString(7) : `${this.letters(2)}${this.digitString(6)}`;
  }
  accession(): string {
    const yy = pad2(this.int(17, 25));
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${yy}${this.digitString(6)}`;
    if (k === 1) return this.digitString(9);
    return `${yy}-${this.digitString(7)}`;
  }
  medicaid(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(10, 12));
    if (k === 1) return `${this.letters(2)}${this.digitString(8)}`;
    return `${this.digitString(8)}${this.letters(1)}`;
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `W${this.digitString(9)}`;
  }
  auth(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `PA-${this.digitString(7)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'G', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  rnLicence(): string {
    const k = this.int(0, 2);
    return k === 0 ? `RN${this.digitString(6)}` : k === 1 ? this.digitString(7) : `R${this.digitString(6)}`;
  }
  driversLicence(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(8)}`;
    if (k === 1) return this.digitString(9);
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.letters(3)}-${this.digitString(4)}` : k === 1 ? `${this.letters(3)} ${this.digitString(4)}` : `${this.int(1, 9)}${this.letters(2)}${this.digitString(3)}`;
  }
  vin(): string {
    const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    return `${this.pick(['1', '2', '3', '5'])}${this.lettersOf('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${this.lettersOf(chars, 6)}${this.digitString(8)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    return k === 0 ? `${this.letters(2)}${this.digitString(6)}` : k === 1 ? this.digitString(8) : `SN-${this.digitString(7)}`;
  }
  caseNo(): string {
    const yy = pad2(this.int(17, 25));
    const k = this.int(0, 3);
    if (k === 0) return `${yy}-CR-${this.digitString(5)}`;
    if (k === 1) return `CR${this.year()}-${this.digitString(6)}`;
    if (k === 2) return `${yy}-F-${this.digitString(4)}`;
    return `DC-${yy}-${this.digitString(4)}`;
  }
  bookingNo(): string {
    return this.r() < 0.5 ? `${this.year()}-${this.digitString(6)}` : this.digitString(8);
  }
  offenderNo(): string {
    return this.r() < 0.5 ? `A${this.digitString(6)}` : this.digitString(6);
  }
  pdmpId(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(8) : k === 1 ? `RX-${pad2(this.int(17, 25))}${this.digitString(6)}` : `PMP${this.digitString(9)}`;
  }
  rxNo(): string {
    return this.r() < 0.6 ? this.digitString(7) : `${this.digitString(7)}-${pad2(this.int(1, 5))}`;
  }
  kitNo(): string {
    const k = this.int(0, 2);
    return k === 0 ? `NX-${pad2(this.int(20, 25))}-${this.digitString(4)}` : k === 1 ? this.digitString(5) : `K${this.digitString(6)}`;
  }
  certNo(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(6) : k === 1 ? `${this.letters(2)}-${this.digitString(5)}` : `${this.year()}-${this.digitString(4)}`;
  }
  ip(): string {
    return `${this.int(12, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** A telehealth or program link. */
  url(): string {
    const k = this.int(0, 3);
    if (k === 0) return `https://doxy.me/${this.pick(['recoveryroom', 'iopgroup', 'otpclinic', 'peersupport'])}${this.int(2, 99)}`;
    if (k === 1) return `https://${asciiLetters(this.pick(CLINIC_WORDS))}recovery.zoom.us/j/${this.digitString(10)}`;
    if (k === 2) return `https://meet.${asciiLetters(this.pick(CLINIC_WORDS))}health.org/room/${this.letters(3).toLowerCase()}-${this.digitString(4)}`;
    return `https://portal.${asciiLetters(this.pick(CLINIC_WORDS))}bh.com/login`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, DO`, [g, s]];
    if (k === 2) return [`${g} ${s}, NP`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // OTP dosing logs
  ['dosing record header', (d) => {
    const c = d.otp(); const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const id = d.patientId(); const i = d.initials();
    return [`${c}\nDAILY DOSING RECORD   DATE: ${dt}\nPATIENT: ${s}, ${g} ${d.mi()}   PT ID: ${id}\nMethadone 10 mg/mL  Dose: ${d.int(40, 140)} mg  Window ${d.int(1, 4)}  Dispensed by: ${i}`, [c, dt, s, g, id, i]];
  }],
  ['take-home bottles and lot', (d) => {
    const wd = d.weekdayDate(); const n = d.int(2, 6); const lot = d.lot(); const [b1, b2] = d.bottleRun(n);
    return [`Take-homes issued ${wd}: ${n} bottles methadone ${d.int(60, 120)} mg each, lot ${lot}, bottle #${b1} through #${b2}. Lockbox checked at window.`, [wd, lot, b1, b2]];
  }],
  ['holiday closure extra take-home', (d) => {
    const h = d.holiday(); const dt = d.date(); const i = d.initials();
    return [`Clinic closed ${h}. One additional take-home dose dispensed ${dt} per holiday schedule; pt counseled on safe storage. ${i}`, [h, dt, i]];
  }],
  ['bottle callback', (d) => {
    const w = d.weekday(); const md = d.monDay(); const lot = d.lot();
    return [`Random callback placed ${w} at 08:05: pt to bring all take-home bottles within 24 h. Returned ${md} 10:40, seals intact, lot ${lot} matches, volumes appropriate.`, [w, md, lot]];
  }],
  ['guest dosing at another clinic', (d) => {
    const c = d.otp(); const t = d.town(); const rg = d.range(); const [fx, p] = d.phone();
    return [`Guest dosing arranged at ${c} in ${t}, ${d.state()} for ${rg} (family funeral). Dose verification and last-dose time faxed to ${fx}.`, [c, t, rg, p]];
  }],
  ['missed doses and hold', (d) => {
    const a = d.slashMd(); const b = d.slashMd(); const [doc, p] = d.doctor();
    return [`Missed doses ${a} and ${b} (3rd consecutive miss). Dose held pending reassessment by ${doc}; COWS 9 at window.`, [a, b, ...p]];
  }],
  ['buprenorphine induction', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Buprenorphine induction ${dt}: COWS 14 at 08:10; Suboxone 4/1 mg SL given by ${g} ${s}, RN. COWS 6 at 09:30, second 4/1 mg given.`, [dt, g, s]];
  }],
  ['long-acting injection lot and expiry', (d) => {
    const lot = d.lot(); const ex = d.expiry(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`${d.pick(['Sublocade 300 mg SC abdomen', 'Sublocade 100 mg SC', 'Brixadi 96 mg monthly SC'])}, lot ${lot}, exp ${ex}. Next injection due ${dt}. Administered by ${g} ${s}, ${d.pick(['NP', 'RN', 'PA-C'])}.`, [lot, ex, dt, g, s]];
  }],
  ['naltrexone injection log', (d) => {
    const md = d.slashMd(); const lot = d.lot(); const ex = d.expiry(); const i = d.initials();
    return [`${md}  Vivitrol 380 mg IM R gluteal  lot ${lot}  exp ${ex}  ${i}`, [md, lot, ex, i]];
  }],
  ['central registry check', (d) => {
    const dt = d.date(); const id = `${d.letters(2)}${d.digitString(7)}`; const i = d.initials();
    return [`State central registry checked ${dt}: no dual enrollment found. Confirmation #${id}. Checked by ${i}.`, [dt, id, i]];
  }],
  ['dose change order', (d) => {
    const w = d.weekday(); const [doc, p] = d.doctor();
    return [`Order: increase methadone by 5 mg to ${d.int(70, 130)} mg effective ${w}; peak and trough if still symptomatic. ${doc}`, [w, ...p]];
  }],
  ['phase advancement team meeting', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur(); const cr = d.cred();
    return [`Advanced to Phase ${d.int(2, 5)} take-homes at the ${md} treatment team meeting after 90 days of negative screens. Counselor: ${g} ${s}, ${cr}.`, [md, g, s]];
  }],
  // intake assessments
  ['admission assessment header', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const ssn = d.ssn(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`ADMISSION ASSESSMENT\nName: ${g} ${d.mi()} ${s}   DOB: ${dob}   SSN: ${ssn}\nAddress: ${st}, ${t}, ${d.state()} ${z}`, [g, s, dob, ssn, st, t, z]];
  }],
  ['ASAM dimension 6 living environment', (d) => {
    const g = d.given(); const st = d.street(); const t = d.town();
    return [`Dimension 6 (Recovery/Living Environment): lives with ${d.relation()} ${g} at ${st} in ${t}; others in the home use. Risk rating 3.`, [g, st, t]];
  }],
  ['substance history first opioid', (d) => {
    const my = d.monthYear(); const e = d.employer(); const w = d.weekday();
    return [`Alcohol first at 13. Opioids since ${my} after a back injury at ${e}; progressed to IV fentanyl. Last use ${w} evening, ~1 g.`, [my, e, w]];
  }],
  ['prior treatment episodes', (d) => {
    const p1 = d.program(); const my = d.monthYear(); const p2 = d.program(); const t = d.town(); const my2 = d.monthYear();
    return [`Prior treatment: detox at ${p1} (${my}); 28-day residential at ${p2} in ${t} (${my2}), left AMA on day 12.`, [p1, my, p2, t, my2]];
  }],
  ['emergency contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Emergency contact: ${g} ${s} (${d.relation()}), ${ph}. Consent on file limits disclosure to attendance only.`, [g, s, p]];
  }],
  ['referral source court', (d) => {
    const c = d.court(); const g = d.given(); const s = d.sur(); const cn = d.caseNo();
    return [`Referral source: ${c}; supervising officer ${g} ${s}. Case No. ${cn}.`, [c, g, s, cn]];
  }],
  ['age over 89 alcohol', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`${n}-year-old widower brought by his ${d.pick(['daughter', 'son', 'granddaughter', 'nephew'])} ${g} for daily drinking since his wife died; AUDIT-C 10, PAWSS 2.`, [n, g]];
  }],
  ['payer and prior auth', (d) => {
    const id = d.medicaid(); const au = d.auth(); const dt = d.date();
    return [`Payer: ${d.pick(['Medicaid MCO', 'Aetna Better Health', 'CareSource', 'WellCare'])}, ID ${id}. Prior auth #${au} for ASAM 2.1 IOP approved through ${dt}.`, [id, au, dt]];
  }],
  // urine drug screen chain of custody
  ['CCF specimen id and collection site', (d) => {
    const ccf = d.digitString(8); const sp = d.specimenId(); const g = d.given(); const s = d.sur(); const cs = d.collectionSite(); const st = d.street(); const t = d.town();
    return [`Federal CCF #${ccf}   Specimen ID ${sp}\nCollector: ${g} ${s}\nCollection site: ${cs}, ${st}, ${t}`, [ccf, sp, g, s, cs, st, t]];
  }],
  ['observed collection and seal', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const seal = d.seal();
    return [`Observed collection ${dt} ${d.time()} by ${g} ${s} (same-gender observer). Temp in range, bottles A and B sealed, tamper seal ${seal}.`, [dt, g, s, seal]];
  }],
  ['donor id last four and DER', (d) => {
    const l4 = d.last4(); const e = d.employer(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Donor ID (last 4 SSN): ${l4}   Employer: ${e}   DER: ${g} ${s}, ${ph}`, [l4, e, g, s, p]];
  }],
  ['lab accession and MRO', (d) => {
    const acc = d.accession(); const md = d.slashMd(); const [doc, p] = d.doctor(); const dt = d.date(); const [ph, pp] = d.phone();
    return [`Lab accession ${acc} received ${md}. MRO ${doc} verified positive (fentanyl, norfentanyl) ${dt} after donor interview at ${ph}.`, [acc, md, ...p, dt, pp]];
  }],
  ['POC cup read', (d) => {
    const lot = d.lot(); const ex = d.expiry(); const i = d.initials(); const md = d.slashMd();
    return [`POC 12-panel cup lot ${lot} exp ${ex}: BUP positive; FYL, OPI, MOP, AMP, BZO negative. Read by ${i} at 0915 on ${md}.`, [lot, ex, i, md]];
  }],
  ['refusal to test', (d) => {
    const w = d.weekday(); const c = d.court(); const t = d.title(); const s = d.sur();
    return [`Pt left the collection site ${w} without providing a specimen; counted as a refusal per ${c} policy. Notified ${t} ${s} by phone.`, [w, c, s]];
  }],
  // sponsor and group meeting notes
  ['sponsor and phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Has a sponsor, ${g} ${s} (${ph}), calls daily; working Step 4 inventory.`, [g, s, p]];
  }],
  ['sponsor AA style with first name', (d) => {
    const g = d.given(); const w = d.weekday();
    return [`Sponsor is ${g} ${d.letters(1)}., 14 yrs sober; they met ${w} for step work at the diner after the meeting.`, [g, w]];
  }],
  ['home group meeting place', (d) => {
    const mp = d.meetingPlace(); const st = d.street();
    return [`Home group: the ${d.pick(['Big Book', 'Step study', 'Candlelight', 'Early Bird'])} meeting at ${mp}, ${st}; attends 4-5 meetings/wk.`, [mp, st]];
  }],
  ['clean date and chip', (d) => {
    const dt = d.date(); const md = d.monDay();
    return [`Clean date ${dt}; picked up a 90-day chip ${md} and shared for the first time.`, [dt, md]];
  }],
  ['relapse on holiday', (d) => {
    const h = d.holiday(); const g = d.given();
    return [`Relapsed on ${h} at a family gathering, drank about a pint; called sponsor ${g} the next morning.`, [h, g]];
  }],
  ['IOP group note facilitator', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const cr = d.cred();
    return [`IOP group ${dt}, 6-9 PM, relapse prevention. Facilitator: ${g} ${s}, ${cr}. Client engaged, identified triggers.`, [dt, g, s]];
  }],
  ['family session', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const mp = d.meetingPlace();
    return [`Family session with ${d.relation()} ${g} ${s} and ${d.relation()} ${g2}; Al-Anon meetings at ${mp} reviewed.`, [g, s, g2, mp]];
  }],
  // sober living
  ['sober living referral', (d) => {
    const h = d.house(); const st = d.street(); const t = d.town(); const z = d.zip(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const dt = d.date();
    return [`Referred to ${h}, ${st}, ${t}, ${d.state()} ${z}. House manager ${g} ${s}, ${ph}. Bed available ${dt}; rent $${d.int(110, 200)}/wk.`, [h, st, t, z, g, s, p, dt]];
  }],
  ['move-in day', (d) => {
    const h = d.house(); const wd = d.weekdayDate();
    return [`Moved into ${h} on ${wd}; curfew 11 PM, weekly house meeting and chores, random breathalyzer.`, [h, wd]];
  }],
  ['discharged from house', (d) => {
    const g = d.given(); const md = d.slashMd(); const st = d.street();
    return [`Per house manager ${g}, resident asked to leave ${md} after a positive breathalyzer; belongings held at ${st} for 7 days.`, [g, md, st]];
  }],
  ['residence certificate', (d) => {
    const h = d.house(); const c = d.certNo(); const my = d.expiry();
    return [`${h} is a NARR Level II recovery residence, certificate #${c}, valid through ${my}.`, [h, c, my]];
  }],
  ['house application link', (d) => {
    const u = `https://www.${asciiLetters(d.pick(HOUSE_WORDS))}${d.pick(['soberliving.org/apply', 'recoveryhomes.org/referral', 'house.com/intake'])}`; const [ph, p] = d.phone();
    return [`Application for the women's house: ${u}. Intake line ${ph}, leave a message after 5 PM.`, [u, p]];
  }],
  // drug court and probation
  ['drug court letter address block', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const c = d.court(); const st = d.street(); const t = d.town(); const z = d.zip(); const g2 = d.given(); const s2 = d.sur(); const cn = d.caseNo();
    return [`${dt}\n\nHon. ${g} ${s}\n${c}\n${st}\n${t}, ${d.state()} ${z}\n\nRe: ${g2} ${s2}, Case No. ${cn}`, [dt, g, s, c, st, t, z, g2, s2, cn]];
  }],
  ['compliance letter body', (d) => {
    const t = d.title(); const s = d.sur(); const dt = d.date();
    return [`${t} ${s} has attended ${d.int(20, 40)} of ${d.int(41, 48)} scheduled sessions since intake on ${dt}, and all screens have been negative except as noted.`, [s, dt]];
  }],
  ['probation officer contact', (d) => {
    const g = d.given(); const s = d.sur(); const cw = d.pick(COUNTY_WORDS); const po = d.probation(cw); const em = d.email(g, s, `${asciiLetters(cw)}${d.pick(['county.gov', 'co.us', 'courts.gov'])}`); const [fx, p] = d.phone();
    return [`PO ${g} ${s}, ${po}; ${em}; fax ${fx}.`, [g, s, po, em, p]];
  }],
  ['next court review hearing', (d) => {
    const wd = d.weekdayDate(); const s = d.sur();
    return [`Next drug court review hearing ${wd} at 1:30 PM before Judge ${s}; progress report due 48 h prior.`, [wd, s]];
  }],
  ['DUI vehicle plate and VIN', (d) => {
    const dt = d.date(); const pl = d.plate(); const v = d.vin();
    return [`DUI arrest ${dt}: BAC 0.19. Vehicle ${d.pick(CARS)}, plate ${pl} (${d.state()}), VIN ${v}.`, [dt, pl, v]];
  }],
  ['ignition interlock serial', (d) => {
    const sn = d.serial(); const md = d.monDay(); const t = d.town();
    return [`Ignition interlock device S/N ${sn} installed ${md} at the ${t} service center; two failed start attempts reported.`, [sn, md, t]];
  }],
  ['alcohol monitoring bracelet', (d) => {
    const sn = d.serial(); const md = d.slashMd(); const w = d.weekday();
    return [`SCRAM CAM bracelet S/N ${sn} applied ${md}; confirmed drinking event ${w} night per monitoring report.`, [sn, md, w]];
  }],
  ['released from jail booking', (d) => {
    const j = d.jail(); const dt = d.date(); const b = d.bookingNo(); const o = d.offenderNo();
    return [`Released from ${j} ${dt}, booking #${b}; DOC offender #${o}. Reports to OTP next morning for dose.`, [j, dt, b, o]];
  }],
  // PDMP
  ['PDMP query and last fill', (d) => {
    const dt = d.date(); const id = d.pdmpId(); const md = d.slashMd(); const [doc, p] = d.doctor(); const ph = d.pharmacy(); const t = d.town();
    return [`PDMP queried ${dt} (request ID ${id}): last fill ${md} buprenorphine/naloxone 8/2 mg #14 by ${doc}, at ${ph} in ${t}.`, [dt, id, md, ...p, ph, t]];
  }],
  ['PDMP outside benzodiazepine', (d) => {
    const s = d.sur(); const dea = d.dea(); const md = d.slashMd(); const store = String(d.int(1100, 19999)); const t = d.town();
    return [`PDMP also shows alprazolam 1 mg #60 from Dr. ${s} (DEA ${dea}) filled ${md} at Walgreens #${store}, ${t}. Will discuss.`, [s, dea, md, store, t]];
  }],
  ['prescriber signature DEA NPI', (d) => {
    const [doc, p] = d.doctor(); const dea = d.dea(); const npi = d.npi(); const dt = d.date();
    return [`${doc}\nDEA ${dea}   NPI ${npi}\nElectronically signed ${dt}`, [...p, dea, npi, dt]];
  }],
  ['naloxone Rx to pharmacy', (d) => {
    const rx = d.rxNo(); const ph = d.pharmacy(); const [tel, p] = d.phone();
    return [`Rx #${rx} naloxone 4 mg nasal spray #2 sent to ${ph}, ${tel}; co-pay waived under standing order.`, [rx, ph, p]];
  }],
  // naloxone kit distribution
  ['naloxone kit log row', (d) => {
    const dt = d.date(); const k = d.kitNo(); const lot = d.lot(); const ex = d.expiry(); const g = d.given(); const s = d.sur(); const i = d.r() < 0.5 ? d.initials() : `${d.letters(1)}.${d.letters(1)}.`;
    return [`${dt} | Kit #${k} | Lot ${lot} | Exp ${ex} | Recipient: ${g} ${s} (${d.relation()}) | Trained by ${i}`, [dt, k, lot, ex, g, s, i]];
  }],
  ['outreach kits left at business', (d) => {
    const sh = d.shop(); const st = d.street(); const t = d.town(); const g = d.given();
    return [`Outreach: 12 Narcan kits and fentanyl test strips left at ${sh}, ${st}, ${t}; manager ${g} agreed to wall-mount the box.`, [sh, st, t, g]];
  }],
  ['overdose reversal report', (d) => {
    const k = d.kitNo(); const sh = d.shop(); const w = d.weekday(); const lot = d.lot();
    return [`Participant used kit #${k} to reverse an overdose behind ${sh} on ${w}; 911 called. Replacement kit lot ${lot} given.`, [k, sh, w, lot]];
  }],
  // 42 CFR Part 2 consent
  ['consent naming recipient', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.otp(); const g2 = d.given(); const s2 = d.sur(); const po = d.probation(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`I, ${g} ${s}, authorize ${c} to disclose attendance, toxicology results and treatment progress to ${g2} ${s2}, ${po}, ${st}, ${t}, ${d.state()} ${z}.`, [g, s, c, g2, s2, po, st, t, z]];
  }],
  ['consent expiry', (d) => {
    const dt = d.date();
    return [`This consent expires on ${dt} or upon my discharge from treatment, whichever comes first, unless revoked earlier.`, [dt]];
  }],
  ['consent recipient fax and email', (d) => {
    const [fx, p] = d.phone(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Recipient fax: ${fx}\nRecipient e-mail: ${em}`, [p, em]];
  }],
  ['consent signature witness', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur(); const cr = d.cred();
    return [`Signature of patient: ______________  Date: ${dt}\nWitness: ${g} ${s}, ${cr}`, [dt, g, s]];
  }],
  ['consent revocation', (d) => {
    const e = d.employer(); const dt = d.date(); const g = d.given();
    return [`Patient verbally revoked consent to disclose to ${e} on ${dt}; counselor ${g} documented and notified records.`, [e, dt, g]];
  }],
  // detox nursing notes
  ['detox admission from ED', (d) => {
    const h = d.hospital(); const t = d.town(); const dt = d.date();
    return [`Admitted to detox ${dt} ${d.time()} from ${h} ED via ${t} EMS. CIWA-Ar 18; Librium 50 mg PO given per protocol.`, [dt, h, t]];
  }],
  ['detox elderly age and address', (d) => {
    const n = d.ageOver89(); const st = d.street(); const t = d.town();
    return [`Pt is ${n} y/o, lives alone at ${st} in ${t}; chlordiazepoxide taper slowed for age, fall precautions, 1:1 sitter overnight.`, [n, st, t]];
  }],
  ['nursing shift note signature', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Resting in bed, COWS 7, clonidine 0.1 mg given at 22:00, tolerating fluids. -- ${g} ${s}, ${d.pick(['LPN', 'RN', 'RN, CARN'])}`, [g, s]];
  }],
  ['seizure transfer relative notified', (d) => {
    const h = d.hospital(); const g = d.given(); const [ph, p] = d.phone();
    return [`Witnessed generalized seizure at 03:40, ~90 sec. 911 called, transferred to ${h}. ${d.relation()} ${g} notified at ${ph}.`, [h, g, p]];
  }],
  ['valuables and drivers licence', (d) => {
    const dl = d.driversLicence();
    return [`Valuables: wallet with ${d.state()} driver's license #${dl}, cell phone, $42 cash; locked in unit safe.`, [dl]];
  }],
  ['detox discharge ride', (d) => {
    const dt = d.date(); const h = d.house(); const g = d.given();
    return [`Discharged ${dt} to ${h}; ride provided by ${d.relation()} ${g}. Given Narcan kit and list of meetings.`, [dt, h, g]];
  }],
  ['visitor log', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`Visitor: ${g} ${s} (${d.relation()}), ${w} 19:00-19:30, bag searched, visit uneventful.`, [g, s, w]];
  }],
  // peer recovery coach notes
  ['coach meets at coffee shop', (d) => {
    const sh = d.shop(); const st = d.street(); const wd = d.weekdayDate();
    return [`Met participant at ${sh} (${st}) on ${wd}; discussed resume and the recovery capital checklist.`, [sh, st, wd]];
  }],
  ['coach signature certificate', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.certNo();
    return [`${g} ${s}, ${d.pick(['CPRS', 'CRSS', 'PRC'])} #${c}\nPeer Recovery Support Specialist`, [g, s, c]];
  }],
  ['coach drives to job interview', (d) => {
    const e = d.employer(); const t = d.town(); const md = d.monDay(); const o = ordinal(d.int(1, 28));
    return [`Drove participant to interview at ${e} in ${t} on ${md}; hired on the spot, starts the ${o}.`, [e, t, md, o]];
  }],
  ['telehealth link and IP', (d) => {
    const u = d.url(); const ip = d.ip(); const md = d.slashMd();
    return [`Telehealth group link: ${u}. Participant joined ${md} from IP ${ip} at 18:02; camera on.`, [u, md, ip]];
  }],
  ['monitored nurse licence', (d) => {
    const cn = d.caseNo(); const lic = d.rnLicence();
    return [`Participant is an RN in the state professional health program (case ${cn}); RN license ${lic}, ${d.state()}, in monitoring status.`, [cn, lic]];
  }],
  ['return to work employee id', (d) => {
    const e = d.employer(); const id = `E${d.digitString(6)}`; const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Return-to-work agreement with ${e}, employee ID ${id}. EAP counselor ${g} ${s}, ${em}.`, [e, id, g, s, em]];
  }],
  ['DUI school certificate', (d) => {
    const dt = d.date(); const c = d.certNo();
    return [`Completed the DUI risk reduction program ${dt}; certificate of completion no. ${c} forwarded to the court.`, [dt, c]];
  }],
  ['client contact on file', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const [ph, p] = d.phone();
    return [`Client contact: ${em}, cell ${ph} (OK to text appointment reminders, no details).`, [em, p]];
  }],
  ['coach phone extension', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const e = d.ext();
    return [`Participant may reach peer coach ${g} at ${ph} ext. ${e}, weekdays until 4.`, [g, p, e]];
  }],
];

/** The names of the wave's frames. */
export const recoveryFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function recoveryWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10709, rounds);
}

/** Look-alikes in substance use treatment style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // instruments and scales
  ['COWS 14 at 0800, moderate withdrawal.', 'COWS 14'], ['CIWA-Ar 22, Librium protocol started.', 'CIWA-Ar 22'], ['AUDIT-C score 9 (positive).', 'AUDIT-C'],
  ['DAST-10 score 7, substantial problem.', 'DAST-10'], ['PHQ-9 of 16 and GAD-7 of 12 at intake.', 'PHQ-9 of 16'], ['CAGE 3/4 positive.', 'CAGE 3/4'],
  ['ASAM Level 3.7 medically monitored withdrawal', 'Level 3.7'], ['ASAM Dimension 4 (Readiness to Change): risk 2', 'Dimension 4'], ['Meets criteria for Level 2.1 IOP.', 'Level 2.1'],
  ['SOWS 31 by self-report', 'SOWS 31'], ['URICA: contemplation stage', 'URICA'], ['ASI-Lite completed at intake', 'ASI-Lite'], ['Brief Addiction Monitor (BAM) reviewed', 'BAM'],
  ['TCU Drug Screen 5 score 8', 'TCU Drug Screen 5'], ['C-SSRS screen negative', 'C-SSRS'], ['RASS 0, alert and calm', 'RASS 0'], ['PAWSS 5, high risk for complicated withdrawal', 'PAWSS 5'],
  // drug brands and doses
  ['Suboxone 8/2 mg SL film daily', 'Suboxone 8/2 mg'], ['Sublocade 300 mg monthly x2, then 100 mg', 'Sublocade'], ['Vivitrol 380 mg IM every 4 weeks', 'Vivitrol'],
  ['Narcan 4 mg nasal spray two-pack', 'Narcan'], ['Zubsolv 5.7/1.4 mg daily', 'Zubsolv'], ['Lucemyra 0.18 mg tabs for withdrawal', 'Lucemyra'], ['Kloxxado 8 mg nasal spray', 'Kloxxado'],
  ['Brixadi weekly 24 mg', 'Brixadi'], ['Methadose 10 mg/mL oral concentrate', 'Methadose'], ['Librium 50 mg q6h x4 doses', 'Librium'], ['Antabuse 250 mg daily', 'Antabuse'],
  ['Campral 666 mg TID', 'Campral'], ['methadone 90 mg daily', '90 mg'], ['clonidine 0.1 mg q6h prn', '0.1 mg'], ['thiamine 100 mg IM before glucose', 'thiamine 100 mg'],
  ['gabapentin 300 mg TID', 'gabapentin'], ['Zofran 4 mg ODT prn nausea', 'Zofran'], ['Mavyret started for hep C', 'Mavyret'],
  // toxicology
  ['UDS positive for BZO and THC, negative for FYL', 'BZO'], ['EtG cutoff 500 ng/mL', '500 ng/mL'], ['norfentanyl detected, 6-MAM not detected', '6-MAM'],
  ['Specimen temp 94°F (acceptable range 90-100°F)', '90-100'], ['creatinine 48 mg/dL, specific gravity 1.012', '1.012'], ['12-panel cup with adulterant strip', '12-panel'],
  ['Fentanyl test strips given.', 'Fentanyl test strips'], ["Bottle A and Bottle B sealed in the donor's presence.", 'Bottle A'], ['BAC 0.08 on arrival', '0.08'],
  ['Breathalyzer 0.000', '0.000'], ['Xylazine positive on the drug checking report', 'Xylazine'],
  // codes and regulations
  ['F11.20 opioid use disorder, severe', 'F11.20'], ['F10.239 alcohol dependence with withdrawal', 'F10.239'], ['HCPCS H0020 methadone administration', 'H0020'],
  ['G2067 OTP weekly bundle', 'G2067'], ['CPT 99408 SBIRT', '99408'], ['NDC 69547-353-02', '69547-353-02'], ['Disclosure governed by 42 CFR Part 2.', '42 CFR Part 2'],
  ['DSM-5: 7 of 11 criteria met', '7 of 11'], ['Schedule II controlled substance', 'Schedule II'], ['Per TIP 63 guidance', 'TIP 63'],
  // programs, steps and fellowships
  ['Attends the IOP three evenings a week.', 'the IOP'], ['Working Step 4 with her sponsor.', 'Step 4'], ['Reading the Big Book, page 417.', 'Big Book'],
  ['Said the Serenity Prayer to close group.', 'Serenity Prayer'], ['Tried SMART Recovery once.', 'SMART Recovery'], ['Wife attends Al-Anon.', 'Al-Anon'],
  ['Goes to Celebrate Recovery at a local church.', 'Celebrate Recovery'], ['Committed to 90 meetings in 90 days.', '90 meetings in 90 days'], ['Received a 30-day chip.', '30-day chip'],
  ['One-year coin is next month.', 'One-year coin'], ['Phase 3 of drug court', 'Phase 3'], ['Level 2 take-home privileges', 'Level 2'], ['Looking for an Oxford House.', 'Oxford House'],
  ['the Twelve Traditions', 'Twelve Traditions'], ['MAT program enrollment', 'MAT'], ['MOUD continued throughout incarceration', 'MOUD'], ['Narcotics Anonymous, basic text', 'Narcotics Anonymous'],
  // generic places
  ['Transferred to the detox unit.', 'the detox unit'], ['Lives at a halfway house downtown.', 'halfway house'], ['Dosed at the methadone clinic this morning.', 'the methadone clinic'],
  ['Seen at the courthouse for a status review.', 'the courthouse'], ['Reports to the probation office weekly.', 'probation office'], ['Stayed at the shelter two nights.', 'the shelter'],
  ['Picked up at the county jail on release.', 'county jail'], ['Meeting held in the church basement.', 'church basement'], ['Used in a gas station bathroom.', 'gas station'],
  ['Fills at CVS.', 'CVS'], ['Overdosed in a motel room.', 'motel room'], ['Bed 4 on the unit', 'Bed 4'], ['Dosing window 2', 'window 2'], ['Labs drawn at Quest.', 'Quest'],
  // roles without names
  ['Spoke with her PO today.', 'PO'], ['The judge praised her progress.', 'judge'], ['The collector observed the void.', 'collector'], ['The MRO verified the result.', 'MRO'],
  ['House manager reports a curfew violation.', 'House manager'], ['Peer coach accompanied the client.', 'Peer coach'], ['Her sponsor drove her to the meeting.', 'sponsor'],
  // everyday words that are also names, towns or drugs
  ['Expressed hope about the future.', 'hope'], ['Prefers a faith-based program.', 'faith-based'], ['By the grace of God, six months clean.', 'grace'], ['Had a rocky week.', 'rocky'],
  ['Worried about the electric bill.', 'bill'], ['Will follow up in group.', 'Will'], ['Feels a sense of serenity.', 'serenity'], ['Crystal meth, smoked, last use unknown.', 'Crystal'],
  ['Took molly at a concert.', 'molly'], ["Drinks a fifth of Jack Daniel's a day.", "Jack Daniel's"], ['Carries his chip in his wallet.', 'chip'], ['Union job with the pipefitters.', 'Union'],
  ['Normal affect, normal speech.', 'Normal'], ['Hazard pay at the mine before the injury.', 'Hazard'], ['Lives in a dry county.', 'dry county'], ['Feeling stone cold sober.', 'stone'],
  // clinical numbers, ages, years, states, payers, helplines
  ['MME 120 per day', 'MME 120'], ['NarxCare overdose risk score 410', '410'], ['Sober 18 months', '18 months'], ['The patient is an 89-year-old veteran.', '89'], ['Age 34', '34'],
  ['Clean since 2019.', '2019'], ['Six take-home bottles', 'Six take-home'], ['BP 148/92, HR 112', '148/92'], ['SpO2 94% on room air', '94%'], ['Rent $150/week', '$150'],
  ['Sentenced to 11/29 on the DUI, suspended to probation.', '11/29'], ['24/7 remote alcohol monitoring', '24/7'], ['40 hours of community service', '40 hours'],
  ['Moved here from West Virginia.', 'West Virginia'], ['Medicaid pending.', 'Medicaid'], ['Given the SAMHSA National Helpline, 1-800-662-HELP.', '1-800-662-HELP'], ['Crisis line 988', '988'],
  // eponyms
  ['Wernicke encephalopathy prophylaxis', 'Wernicke'], ['Korsakoff syndrome suspected', 'Korsakoff'], ['History of a Mallory-Weiss tear', 'Mallory-Weiss'],
  ['Dupuytren contracture, left hand', 'Dupuytren'], ['Romberg positive', 'Romberg'], ['Prochaska stages of change: preparation', 'Prochaska'],
];

export const recoveryKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedRecoveryKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(recoveryKeepCases(), find);

export function scoreRecoveryWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => recoveryWaveCases(seed)), find);
}
