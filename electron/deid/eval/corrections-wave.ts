// A blind wave of jail and prison health records: receiving (intake) screenings at booking (the facility, the booking,
// inmate, DOC, SID and FBI numbers, the wristband, the arresting agency and its officer with a badge number, the
// emergency contact and the home address, the SSN and a suspended Medicaid id, the last facility the person was held
// at, medications brought in from a named pharmacy, the named housing unit medical cleared them to), sick-call slips
// (request numbers, the inmate's own words, the triage nurse's initials, kiosk and tablet ids, trust-account copays,
// refusals witnessed by officers), medication administration records from the pill line (nurse initials per pass, keep-
// on-person cards, mouth checks by officers with badges, methadone continuity with a named opioid treatment program,
// passes delayed on a holiday), chronic care clinic notes (providers with NPI and DEA numbers, outside lab accessions,
// personal CPAP serials, specialty referrals with consult numbers, telehealth carts and the IP they joined from, outside
// dialysis units), transfer summaries between facilities (sending and receiving facilities, transport plates and VINs,
// escorting officers, TB tests with lots and readers, the court, docket and sentencing date), off-site appointment and
// transport forms (the hospital and its street and town, the appointment's weekday and date, escorts and hospital posts,
// EMS agencies and run numbers), grievance responses and appeals (grievance numbers, the health services administrator,
// the regional medical director's e-mail), release and re-entry planning notes (the release date and address, a shelter
// or a transitional house, the probation or parole office and officer, parole numbers, a community health center, a
// bridge prescription faxed to a pharmacy, Medicaid confirmations, naloxone kits, the records portal) and detox watch
// flowsheets (CIWA-Ar and COWS rows with times and initials, the officer's q15 checks on the named unit, seizures and
// send-outs, last use at a street in a town), plus court-ordered evaluations, immigration detainers with A-numbers and
// interpreter ids, pregnant detainees and hunger strikes, in mixed case, ALL CAPS and lower case. Dates are written in
// every form jail and prison records use ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024',
// 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '04MAR24', '3.4.24', '3/4', 'Mar 4', 'the 4th', 'Tuesday', 'Tue 3/4',
// 'March 2024', '03/2024', 'Thanksgiving', 'the Fourth of July'); ages over 89, phones, faxes, extensions and e-mails
// are planted. Given names and surnames are often everyday words and words of this trade (Hope, Faith, Rocky, Chase,
// Will; Stone, Hale, Law, Justice, Warden, Judge, Ward, Bond, Lock, Keys) and towns are often everyday words or towns
// known for their prisons (Liberty, Freedom, Security, Normal, Hazard, Attica, Joliet, Folsom, Angola). A list of
// look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreCorrectionsWave`.
// Decisions: a person's given name and surname are planted; a middle initial, a single initial before a surname
// ('Ofc. B. Payne'), a rank or role ('CO', 'C/O', 'Ofc.', 'Deputy', 'Sgt.', 'Lt.', 'Capt.', 'Major', 'Warden', 'PO',
// 'Judge', 'HSA') and a credential ('RN', 'LPN', 'LVN', 'NP', 'PA-C', 'QMHP', 'DDS') are kept; 'LAST, FIRST M' plants
// the surname and the given name; initials that sign a MAR, a flowsheet or a triage are planted; a badge number is
// planted as its digits, without its '#'. A housing unit with a name ('Magnolia Unit', 'Hawthorne Pod', 'Tubman
// Dorm') is planted whole with its kind word, while a housing designator alone ('B-pod', 'pod C', 'Tier 2', 'cell 14',
// 'bunk 2', '4 West', 'the SHU', 'medical observation', 'general population') is kept; every named institution is planted
// whole with its kind words: a jail, detention center, prison, work-release or reception centre ('Pike County Jail',
// 'Joliet Correctional Center', 'Cedar Creek State Prison'), a court, a law-enforcement agency ('Attica Police
// Department', 'Boone County Sheriff's Office'), a probation or parole office, an EMS agency, a hospital, a dialysis
// unit, an opioid treatment program, a shelter or transitional house, a community clinic and a local pharmacy; a
// contractor, chain, lab, vendor or agency named alone ('Wellpath', 'Centurion', 'Walgreens', 'Quest', 'JPay', 'ICE',
// 'US Marshals', 'the Department of Corrections', 'BOP') is kept, but a chain's store number is planted; a town is
// planted, the state is kept; a street address is planted from its number to its street type, the ZIP (and its +4)
// apart. Booking, inmate, DOC, SID, FBI, wristband, sick-call request, KOP card, grievance, trust account, consult,
// accession, lot, Rx, parole, docket, A-numbers, interpreter ids, ambulance runs, Medicaid ids and confirmations,
// naloxone kit numbers, driver's licences, SSNs, NPI and DEA numbers are planted whole as written when letters are
// glued to the digits ('BK-2240187', 'SCR-004512', 'A204881735'), the digits alone after a spaced label ('KOP card #
// 48213' plants '48213'); device serials (CPAP, tablet, kiosk, telehealth cart), vehicle plates and VINs are planted,
// models ('AirSense 10', 'Securus tablet') are kept; an e-mail, a URL and an IP address are planted whole. Every date
// element but a year alone is planted: a full date, a month with its day ('Mar 4', '3/4'), a month with its year ('March
// 2024', '03/2024', a kit's expiry), an ordinal day ('the 14th'), a weekday that names one day of the stay ('refused
// Tuesday'), and a holiday that fixes a day; a weekday written with its date ('Tue 3/4', 'Monday 03/04/2024') is one
// part; a time ('0800', 'at 2215', '1900') is kept, as are counts and shifts ('2200 count', 'second shift'). Bond
// amounts, sentences, statutes, classification and custody levels, restraint kinds, tooth numbers, CIWA-Ar, COWS and
// PHQ-9 scores, vital signs, doses, ICD-10 and CPT codes and NCCHC standards are look-alikes.
// Measured before rules: 0.896 recall on seeds 5, 11, 23 (4437/4950), 0.895 on fresh seeds 41, 42, 43 (4428/4950); 3/110
// look-alikes touched ("4 West", "intake", "state prison") (engine at b1f152e).
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, gb, gh, ie, au, pl, br, vi];

/** Given names and surnames that are everyday words or words of this trade. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Mercy', 'Destiny', 'Precious', 'Amber', 'Crystal', 'Ruby', 'Rocky', 'Buck', 'Hunter', 'Chase', 'Bill', 'Rusty', 'Sonny', 'Lucky', 'Dusty', 'Sunny', 'Will', 'Drew', 'Gene', 'Wade', 'Miles', 'Heath', 'Lance', 'Cliff', 'Dell', 'Royal'];
const WORD_SUR = ['Stone', 'Hale', 'Payne', 'Law', 'Justice', 'Warden', 'Judge', 'Ward', 'Marshall', 'Bishop', 'Porter', 'Cook', 'Baker', 'Barber', 'Mason', 'Sawyer', 'Fox', 'Wolf', 'Crow', 'Banks', 'Street', 'Hill', 'Wells', 'Rivers', 'Bell', 'Gates', 'Lock', 'Keys', 'Bond', 'Price', 'Holder', 'Sharp', 'Strong', 'Young', 'Black', 'Gray', 'Steele', 'Chambers', 'Booker', 'Lawless'];
/** Towns that are everyday words, and towns known for their prisons. */
const WORD_TOWNS = ['Liberty', 'Justice', 'Freedom', 'Independence', 'Union', 'Concord', 'Harmony', 'Hope', 'Eden', 'Paradise', 'Pleasant', 'Fairview', 'Goshen', 'Marion', 'Jasper', 'Florence', 'Warren', 'Auburn', 'Normal', 'Hazard', 'Security', 'Climax', 'Reading', 'Bath', 'Lebanon', 'Sterling', 'Attica', 'Joliet', 'Folsom', 'Angola', 'Leavenworth', 'Elmira', 'Dannemora', 'Huntsville', 'Chillicothe', 'Walla Walla'];
const REAL_TOWNS = ['Waycross', 'Dothan', 'Moundsville', 'Beckley', 'Pikeville', 'Somerset', 'Marquette', 'Ionia', 'Coldwater', 'Pontiac', 'Vandalia', 'Michigan City', 'Pendleton', 'Lucasville', 'Mansfield', 'Marysville', 'Cañon City', 'Limon', 'Buena Vista', 'Crescent City', 'Lompoc', 'Atwater', 'Yazoo City', 'Parchman', 'Cuero', 'Beeville', 'Ossining', 'Lewisburg', 'Tallulah', 'Hagerstown'];
const COUNTY_WORDS = ['Pike', 'Clay', 'Union', 'Marion', 'Jefferson', 'Franklin', 'Greene', 'Warren', 'Madison', 'Boone', 'Hancock', 'Lake', 'Polk', 'Wayne', 'Knox', 'Hardin', 'Lincoln', 'Shelby', 'Butler', 'Fayette', 'Logan', 'Mercer', 'Noble', 'Rush', 'Starke', 'Crawford', 'Harlan', 'Bourbon'];
const STATES = ['OH', 'IN', 'IL', 'MI', 'KY', 'WV', 'VA', 'GA', 'AL', 'MS', 'LA', 'TX', 'CO', 'CA', 'NY', 'PA', 'Ohio', 'Georgia', 'Colorado'];
const STREET_WORDS = ['Main', 'Jail', 'Court', 'Prison', 'Church', 'Mill', 'Spring', 'Walnut', 'Cedar', 'Pecan', 'Depot', 'Railroad', 'Liberty', 'Hickory', 'Industrial', 'Lakeview', 'Sunset', 'Meadow', 'Martin Luther King Jr', 'Old Penitentiary'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Dr', 'Drive', 'Blvd', 'Pike', 'Hwy', 'Way'];
/** Names housing units carry. */
const UNIT_WORDS = ['Cypress', 'Magnolia', 'Hawthorne', 'Sycamore', 'Aspen', 'Birch', 'Juniper', 'Redwood', 'Sequoia', 'Willow', 'Oak Hill', 'Pine Ridge', 'Eagle', 'Falcon', 'Phoenix', 'Horizon', 'Lincoln', 'Kennedy', 'Douglass', 'Tubman', 'Roosevelt', 'Summit', 'Cardinal', 'Bluebird', 'Dogwood', 'Hope'];
const UNIT_KINDS = ['Unit', 'Housing Unit', 'Pod', 'Dorm', 'Hall', 'Cottage', 'Building', 'House'];
/** Words prison, shelter and clinic names are made of. */
const PLACE_WORDS = ['Riverbend', 'Cedar Creek', 'Lakeland', 'Northpoint', 'Bayside', 'Red Rock', 'Iron Mountain', 'Blue Ridge', 'Twin Rivers', 'Eastern Shore', 'Hillcrest', 'Stony Point', 'Black Hawk', 'Clear Springs', 'Sandy Hook', 'Prairie View', 'Mountain View', 'Grand Valley'];
const HOUSE_WORDS = ['New Beginnings', 'Second Chance', 'Fresh Start', 'Open Door', 'Safe Harbor', 'Crossroads', 'Turning Point', 'Good Shepherd', 'Lighthouse', 'Hope Street', 'Bridge Way', 'Haven'];
const SAINTS = ['Jude', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Thomas', 'Bernard', 'Claire'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Regional Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOLIDAYS = ['Thanksgiving', 'Thanksgiving Day', 'Christmas Day', 'Christmas Eve', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'July 4th', 'Memorial Day', 'Labor Day', 'Easter Sunday', "Mother's Day", 'Super Bowl Sunday'];
const RELATIONS = ['mother', 'father', 'wife', 'husband', 'girlfriend', 'boyfriend', 'sister', 'brother', 'aunt', 'uncle', 'grandmother', 'daughter', 'son', 'cousin', 'fiancée'];
const RANKS = ['CO', 'C/O', 'Officer', 'Ofc.', 'Deputy', 'Dep.', 'Sgt.', 'Sergeant', 'Lt.', 'Cpl.', 'Capt.'];
const NURSE_CREDS = ['RN', 'LPN', 'LVN', 'RN, BSN', 'NP', 'FNP-C', 'PA-C'];
const PROVIDER_CREDS = ['MD', 'DO', 'NP', 'PA-C', 'FNP-BC'];
const CHAINS = ['Walgreens', 'CVS', 'Rite Aid', 'Walmart Pharmacy', 'Kroger Pharmacy'];

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
  rank(): string {
    return this.pick(RANKS);
  }
  nurseCred(): string {
    return this.pick(NURSE_CREDS);
  }
  providerCred(): string {
    return this.pick(PROVIDER_CREDS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return `${this.pick(COUNTY_WORDS)} County`;
  }
  /** A named housing unit, with its kind word. */
  unitName(): string {
    return `${this.pick(UNIT_WORDS)} ${this.pick(UNIT_KINDS)}`;
  }
  /** A housing designator that is kept ('B-pod', 'cell 14'). */
  pod(): string {
    return this.pick(['A', 'B', 'C', 'D', 'E', 'F']);
  }
  /** A jail, prison or other correctional facility, named whole. */
  facility(): string {
    const k = this.int(0, 10);
    if (k === 0) return `${this.county()} Jail`;
    if (k === 1) return `${this.county()} Detention Center`;
    if (k === 2) return `${this.county()} Adult Detention Center`;
    if (k === 3) return `${this.town()} Correctional Facility`;
    if (k === 4) return `${this.town()} Correctional Center`;
    if (k === 5) return `${this.pick(PLACE_WORDS)} Correctional Institution`;
    if (k === 6) return `${this.town()} Regional Jail`;
    if (k === 7) return `${this.pick(PLACE_WORDS)} Women's Correctional Center`;
    if (k === 8) return `${this.county()} House of Correction`;
    if (k === 9) return `${this.town()} Work Release Center`;
    return `${this.pick(PLACE_WORDS)} State Prison`;
  }
  /** A state reception and classification center. */
  reception(): string {
    return this.r() < 0.5 ? `${this.town()} Reception and Diagnostic Center` : `${this.pick(PLACE_WORDS)} Reception Center`;
  }
  agency(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Police Department`;
    if (k === 1) return `${this.county()} Sheriff's Office`;
    if (k === 2) return `${this.town()} PD`;
    if (k === 3) return `${this.county()} Sheriff's Department`;
    return `${this.town()} Police Dept.`;
  }
  court(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.county()} Circuit Court`;
    if (k === 1) return `${this.town()} Municipal Court`;
    if (k === 2) return `${this.county()} District Court`;
    return `${this.county()} Court of Common Pleas`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  clinic(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Community Health Center`;
    if (k === 1) return `${this.pick(PLACE_WORDS)} Family Health`;
    if (k === 2) return `${this.town()} Free Clinic`;
    return `${this.pick(HOUSE_WORDS)} Health Center`;
  }
  shelter(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(HOUSE_WORDS)} House`;
    if (k === 1) return `${this.town()} Rescue Mission`;
    if (k === 2) return `${this.town()} Men's Shelter`;
    return `${this.pick(HOUSE_WORDS)} Reentry Center`;
  }
  otp(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Comprehensive Treatment Center`;
    if (k === 1) return `${this.pick(PLACE_WORDS)} Recovery Services`;
    return `${this.town()} Methadone Clinic`;
  }
  /** A local pharmacy named whole. */
  pharmacy(): string {
    return this.r() < 0.5 ? `${this.capitalizedSurname()} Drug` : `${this.town()} Pharmacy`;
  }
  chain(): string {
    return this.pick(CHAINS);
  }
  probation(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.county()} Adult Probation Department`;
    if (k === 1) return `${this.town()} Parole Office`;
    return `${this.county()} Community Corrections`;
  }
  ems(): string {
    return this.r() < 0.5 ? `${this.county()} EMS` : `${this.town()} Fire Rescue`;
  }
  dialysisUnit(): string {
    return this.r() < 0.5 ? `${this.town()} Dialysis Center` : `DaVita ${this.town()} Dialysis`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(30004, 81999));
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms jails and prisons write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 10);
    const w = writtenDate(k, m, d, y);
    if (w) return w;
    if (k === 8) return `${pad2(d)}${MON[m - 1]!.toUpperCase()}${pad2(y % 100)}`;
    if (k === 9) return `${m}.${d}.${pad2(y % 100)}`;
    return `${m}/${d}/${y}`;
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
    return this.r() < 0.6 ? `${this.pick(MONTHS)} ${this.year()}` : `${pad2(this.int(1, 12))}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** A weekday written with its date, as one part. */
  weekdayDate(): string {
    const [m, d] = this.md();
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(WD)} ${m}/${d}`;
    if (k === 1) return `${this.weekday()}, ${MONTHS[m - 1]!} ${d}`;
    return `${this.weekday()} ${pad2(m)}/${pad2(d)}/${this.year()}`;
  }
  ordinalDay(): string {
    return `the ${ordinal(this.int(1, 31))}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1950, hi = 2004): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 101));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.int(3, 5));
  }
  /** A staff e-mail built from a person's initials (so their name itself is planted once, apart). */
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'kim';
    const b = asciiLetters(s) || 'lee';
    const t = asciiLetters(this.town()) || 'union';
    const dom = this.pick([`${t}county.gov`, `${t}sheriff.org`, 'doc.state.us', `${t}reentry.org`, 'wellpath.us', 'centurionmcare.com']);
    const local = this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(100, 999)}`, `${a.charAt(0)}.${b.slice(0, 4)}${this.int(1, 9)}`, `${b.charAt(0)}${a.slice(0, 3)}${this.int(10, 99)}`]);
    return `${local}@${dom}`;
  }
  /** An office's e-mail. */
  officeEmail(): string {
    const t = asciiLetters(this.town()) || 'union';
    return `${this.pick(['reentry', 'medical.records', 'him', 'jailmedical', 'hsa', 'discharge.planning'])}${this.pick(['', String(this.int(1, 9))])}@${this.pick([`${t}county.gov`, `${t}health.org`, 'doc.state.us', `${t}sheriff.org`])}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(10, 99))}-${this.digitString(4)}`;
  }
  booking(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${pad2(this.year() % 100)}-${this.digitString(6)}`;
    if (k === 1) return `BK-${this.digitString(7)}`;
    if (k === 2) return `B${this.digitString(8)}`;
    if (k === 3) return `${this.year()}${this.digitString(6)}`;
    return this.digitString(this.int(6, 8));
  }
  inmateNo(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(this.int(5, 6))}`;
    if (k === 1) return this.digitString(this.int(6, 7));
    if (k === 2) return `${this.letters(2)}-${this.digitString(5)}`;
    return `${this.digitString(5)}-${this.digitString(3)}`;
  }
  docNo(): string {
    return this.digitString(this.int(6, 8));
  }
  sid(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `${this.letters(2)}${this.digitString(7)}`;
  }
  fbi(): string {
    return `${this.digitString(this.int(5, 6))}${this.letters(2)}${this.int(0, 9)}`;
  }
  badge(): string {
    return this.digitString(this.int(3, 5));
  }
  /** A glued code: letters, a dash, digits. */
  code(prefix: readonly string[], n: number): string {
    return `${this.pick(prefix)}-${this.digitString(n)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(11);
    if (k === 1) return `${this.letters(3)}${this.digitString(7)}`;
    return `${this.digitString(2)}${this.letters(1)}${this.digitString(6)}`;
  }
  lot(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(4)}${this.letters(2)}` : `${this.digitString(6)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}-${this.digitString(4)}`;
    if (k === 1) return `${this.int(1, 9)}${this.letters(3)}${this.digitString(3)}`;
    return `${this.letters(2)} ${this.digitString(5)}`;
  }
  vin(): string {
    return this.lettersOf('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17);
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  accession(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${pad2(this.year() % 100)}-${this.digitString(6)}` : this.digitString(10);
  }
  docket(): string {
    const yy = pad2(this.year() % 100);
    const k = this.int(0, 3);
    if (k === 0) return `${yy}CR${this.digitString(5)}`;
    if (k === 1) return `${this.year()}-CR-${this.digitString(5)}`;
    if (k === 2) return `CR-${yy}-${this.digitString(6)}`;
    return `${yy}-${this.digitString(4)}-F`;
  }
  medicaid(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(8)}` : this.digitString(this.int(9, 12));
  }
  aNumber(): string {
    const n = this.digitString(9);
    return this.r() < 0.5 ? `A${n}` : `A${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
  }
  ip(): string {
    return `${this.int(12, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  driverLicence(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(this.int(8, 12))}` : this.digitString(this.int(8, 9));
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // receiving screening at booking
  ['receiving screening header', (d) => {
    const f = d.facility(); const bk = d.booking(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const dt = d.date(); const a = d.agency();
    return [`RECEIVING SCREENING - ${f}\nBooking #: ${bk}   Name: ${s}, ${g} ${d.mi()}   DOB: ${dob}\nBooked ${dt} ${d.time()} by ${a}`, [f, bk, s, g, dob, dt, a]];
  }],
  ['arresting officer with badge', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.badge(); const a = d.agency(); const w = d.weekday();
    return [`Arresting officer: ${d.rank()} ${g} ${s}, badge #${b}, ${a}. Arrestee reports last drink ${w} night, about a fifth of vodka.`, [g, s, b, a, w]];
  }],
  ['intake emergency contact and home', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Emergency contact: ${d.relation()} ${g} ${s}, ${ph}. Home address: ${st}, ${t}, ${d.state()} ${z}.`, [g, s, p, st, t, z]];
  }],
  ['intake SSN and suspended Medicaid', (d) => {
    const ssn = d.ssn(); const m = d.medicaid();
    return [`SSN: ${ssn}   Medicaid ID: ${m} (suspended while incarcerated; reinstate at release).`, [ssn, m]];
  }],
  ['intake prior incarceration', (d) => {
    const f = d.facility(); const n = d.docNo(); const my = d.monthYear();
    return [`Prior incarceration: ${f} (DOC #${n}), paroled ${my}; was on Biktarvy there, has not taken it since release.`, [f, n, my]];
  }],
  ['intake cleared to named housing', (d) => {
    const u = d.unitName(); const s = d.sur();
    return [`Medically cleared for general population. Housed ${u}, ${d.pod()}-pod, cell ${d.int(1, 48)}, lower bunk per nursing; Sgt. ${s} notified.`, [u, s]];
  }],
  ['intake age over 89', (d) => {
    const n = d.ageOver89(); const dt = d.date();
    return [`${n} y/o ${d.pick(['male', 'female'])} booked ${dt} on a failure-to-appear warrant; uses a walker, HOH. Recommend medical housing.`, [n, dt]];
  }],
  ['transporting officer suicide statement', (d) => {
    const s = d.sur(); const b = d.badge(); const dt = d.mdy();
    return [`Transporting officer ${d.rank()} ${s} (#${b}) reports arrestee said "I'd rather die than go back." Placed on suicide watch ${dt} at ${d.time()}.`, [s, b, dt]];
  }],
  ['SID FBI and wristband', (d) => {
    const sid = d.sid(); const fbi = d.fbi(); const wb = d.digitString(d.int(10, 12));
    return [`SID: ${sid}   FBI #: ${fbi}   Wristband: ${wb}   Classification: pending`, [sid, fbi, wb]];
  }],
  ['meds brought in from pharmacy', (d) => {
    const md = d.slashMd(); const ph = d.pharmacy(); const rx = d.digitString(d.int(6, 8)); const g = d.given(); const [tel, p] = d.phone();
    return [`Meds in property: lisinopril 20 mg, filled ${md} at ${ph}, Rx #${rx}; verified with pharmacist ${g} at ${tel}.`, [md, ph, rx, g, p]];
  }],
  ['chain pharmacy store number', (d) => {
    const store = d.digitString(d.int(4, 5)); const t = d.town(); const md = d.monDay();
    return [`Buprenorphine 8 mg last filled ${md} at ${d.chain()} #${store} in ${t} per PDMP.`, [md, store, t]];
  }],
  ['release of information to community provider', (d) => {
    const c = d.clinic(); const st = d.street(); const t = d.town(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`ROI signed for ${c}, ${st}, ${t}; fax ${fx}. PCP: Dr. ${g} ${s}.`, [c, st, t, p, g, s]];
  }],
  // sick call
  ['sick call slip header', (d) => {
    const sc = d.code(['SCR', 'SC', 'HSR'], 6); const g = d.given(); const s = d.sur(); const n = d.inmateNo(); const u = d.unitName(); const dt = d.date();
    return [`SICK CALL REQUEST ${sc}\nInmate: ${g} ${s}   #${n}   Housing: ${u} ${d.pod()}-${d.int(1, 40)}\nDate submitted: ${dt}`, [sc, g, s, n, u, dt]];
  }],
  ['sick call in the inmate\'s words', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const i = d.initials();
    return [`"my tooth been hurting since ${w} and i cant eat pls help" - received ${md}, triaged ${i}, dental list.`, [w, md, i]];
  }],
  ['sick call triage nurse', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const w = d.weekday();
    return [`Triaged by ${g} ${s}, ${d.nurseCred()} on ${dt}; added to NP line for ${w}. Ibuprofen per protocol.`, [g, s, dt, w]];
  }],
  ['sick call copay trust account', (d) => {
    const acct = d.digitString(d.int(6, 8)); const md = d.monDay();
    return [`$5.00 copay charged to trust account ${acct} on ${md}; no charge for the chronic care follow-up.`, [acct, md]];
  }],
  ['sick call refusal witnessed', (d) => {
    const md = d.monDay(); const u = d.unitName(); const s = d.sur(); const s2 = d.sur(); const b = d.badge();
    return [`Did not come out for sick call ${md}; ${d.rank()} ${s} on ${u} stated he refused. Refusal form witnessed by ${d.rank()} ${s2} #${b}.`, [md, s, u, s2, b]];
  }],
  ['kiosk request from tablet', (d) => {
    const k = d.code(['K', 'KSK'], 4); const tab = d.serial(); const md = d.slashMd();
    return [`Electronic health request entered at kiosk ${k} from tablet S/N ${tab} at 2214 on ${md}: "rash on both arms".`, [k, tab, md]];
  }],
  // pill line and medication administration records
  ['MAR day with two passes', (d) => {
    const dt = d.mdy(); const i = d.initials(); const i2 = d.initials();
    return [`MAR  ${dt}\n0800  levetiracetam 500 mg PO   GIVEN     ${i}\n2000  levetiracetam 500 mg PO   REFUSED   ${i2}`, [dt, i, i2]];
  }],
  ['pill line mouth check', (d) => {
    const u = d.unitName(); const g = d.given(); const s = d.sur(); const b = d.badge(); const w = d.weekday();
    return [`Pill line ${u}: mouth check by ${d.rank()} ${g} ${s} (badge ${b}) found quetiapine cheeked ${w} evening; crush-and-float ordered.`, [u, g, s, b, w]];
  }],
  ['KOP card issued', (d) => {
    const kop = d.digitString(5); const md = d.slashMd(); const i = d.initials();
    return [`KOP card # ${kop} issued ${md}: albuterol HFA 1 inhaler, naproxen 500 mg #30. Nurse ${i}.`, [kop, md, i]];
  }],
  ['third refusal of insulin', (d) => {
    const wd = d.weekdayDate(); const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`Third consecutive refusal of insulin glargine ${wd}; provider Dr. ${s} notified. Witness: ${d.rank()} ${g} ${s2}.`, [wd, s, g, s2]];
  }],
  ['methadone continuity with OTP', (d) => {
    const o = d.otp(); const [ph, p] = d.phone(); const md = d.monDay(); const f = d.facility();
    return [`Methadone 90 mg verified with ${o} (${ph}); last dose ${md}. Continue per ${f} MOUD protocol.`, [o, p, md, f]];
  }],
  ['med pass delayed on holiday', (d) => {
    const h = d.holiday(); const g = d.given(); const s = d.sur();
    return [`HS med pass delayed on ${h} due to facility lockdown; all meds given by 2245. ${g} ${s}, LPN`, [h, g, s]];
  }],
  // chronic care clinics
  ['chronic care clinic header', (d) => {
    const f = d.facility(); const dt = d.date(); const g = d.given(); const s = d.sur(); const n = d.inmateNo();
    return [`CHRONIC CARE CLINIC - DIABETES\n${f}   ${dt}\nProvider: ${g} ${s}, ${d.providerCred()}   Inmate #: ${n}`, [f, dt, g, s, n]];
  }],
  ['outside lab accession', (d) => {
    const md = d.slashMd(); const acc = d.accession();
    return [`A1c 8.9% drawn ${md}, resulted by ${d.pick(['Quest', 'LabCorp', 'BioReference'])}, accession ${acc}. Increase metformin to 1000 mg BID.`, [md, acc]];
  }],
  ['personal CPAP serial', (d) => {
    const sn = d.serial(); const u = d.unitName(); const s = d.sur();
    return [`Personal CPAP (ResMed AirSense 10) from property, serial ${sn}; approved for HS use on ${u} per Lt. ${s}.`, [sn, u, s]];
  }],
  ['hepatitis C specialty consult', (d) => {
    const dt = d.date(); const h = d.hospital(); const s = d.sur(); const c = d.code(['CR', 'OSR', 'UM'], 7);
    return [`HCV RNA 1.2 million IU/mL on ${dt}; referred to the ${h} liver clinic (Dr. ${s}). Consult request ${c} approved by UM.`, [dt, h, s, c]];
  }],
  ['telehealth cart and IP', (d) => {
    const h = d.hospital(); const wd = d.weekdayDate(); const cart = d.serial(); const ip = d.ip();
    return [`Telehealth ID clinic with ${h} ${wd}; video cart ${cart} connected from IP ${ip}. Viral load undetectable.`, [h, wd, cart, ip]];
  }],
  ['provider signature NPI DEA', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const dea = d.dea(); const dt = d.date();
    return [`${g} ${s}, ${d.providerCred()}\nNPI ${npi}   DEA ${dea}\nElectronically signed ${dt} ${d.time()}`, [g, s, npi, dea, dt]];
  }],
  ['asthma clinic month and year', (d) => {
    const my = d.monthYear();
    return [`Asthma chronic care, ${my}: peak flow 380 L/min (personal best 450), ACT 19. Next clinic in 90 days.`, [my]];
  }],
  ['outside dialysis unit', (d) => {
    const u = d.dialysisUnit(); const s = d.sur(); const t = d.town();
    return [`Transported MWF to ${u} in ${t} for hemodialysis; nephrologist Dr. ${s}. Shackles off the access arm per unit policy.`, [u, t, s]];
  }],
  ['geriatric prisoner over 89', (d) => {
    const n = d.ageOver89(); const f = d.facility();
    return [`${n}-year-old man serving a life sentence, housed in the ${f} assisted-living unit; MoCA 14/30, needs help with ADLs.`, [n, f]];
  }],
  // transfer summaries
  ['transfer summary header', (d) => {
    const f = d.facility(); const f2 = d.facility(); const n = d.docNo(); const dt = d.date();
    return [`HEALTH TRANSFER SUMMARY\nSending: ${f}\nReceiving: ${f2}\nDOC #: ${n}   Transfer date: ${dt}`, [f, f2, n, dt]];
  }],
  ['transfer vehicle and escorts', (d) => {
    const pl = d.plate(); const s = d.sur(); const b = d.badge(); const s2 = d.sur(); const b2 = d.badge();
    return [`7-day med supply sent with transport. Vehicle plate ${pl}. Escorting officers: ${d.rank()} ${s} #${b} and ${d.rank()} ${s2} #${b2}.`, [pl, s, b, s2, b2]];
  }],
  ['transport van VIN', (d) => {
    const vin = d.vin(); const md = d.monDay();
    return [`Wheelchair van VIN ${vin} used for the ${md} transfer; lift checked before departure.`, [vin, md]];
  }],
  ['TB test placed and read', (d) => {
    const md = d.slashMd(); const lot = d.lot(); const md2 = d.slashMd(); const i = d.initials();
    return [`TB screen: Tubersol 0.1 mL placed ${md} (lot ${lot}), read ${md2} by ${i}: 0 mm induration.`, [md, lot, md2, i]];
  }],
  ['receiving nurse called', (d) => {
    const g = d.given(); const s = d.sur(); const f = d.facility(); const [ph, p] = d.phone(); const e = d.ext(); const dt = d.date();
    return [`Report called to ${g} ${s}, ${d.nurseCred()} at ${f}, ${ph} ext ${e}, on ${dt}.`, [g, s, f, p, e, dt]];
  }],
  ['sentenced and sent to reception', (d) => {
    const dt = d.date(); const c = d.court(); const dk = d.docket(); const r = d.reception();
    return [`Sentenced ${dt} in ${c}, docket ${dk}, to 4 years; to be transferred to ${r} for classification.`, [dt, c, dk, r]];
  }],
  // off-site appointments and transports
  ['off-site appointment request', (d) => {
    const h = d.hospital(); const st = d.street(); const t = d.town(); const wd = d.weekdayDate(); const s = d.sur();
    return [`OFF-SITE APPOINTMENT / TRANSPORT REQUEST\nDestination: ${h}, ${st}, ${t}\nAppt: ${wd} 0930   Orthopedics, Dr. ${s}\nDO NOT DISCLOSE DATE TO INMATE`, [h, st, t, wd, s]];
  }],
  ['escort officers for off-site', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.badge(); const s2 = d.sur(); const b2 = d.badge();
    return [`Escort: ${d.rank()} ${g} ${s} (badge ${b}); ${d.rank()} ${s2} (badge ${b2}). Restraints: full, black box waived by shift commander.`, [g, s, b, s2, b2]];
  }],
  ['hospital post relief', (d) => {
    const h = d.hospital(); const s = d.sur(); const s2 = d.sur(); const md = d.monDay();
    return [`Hospital post at ${h}, room ${d.int(201, 920)}: ${d.rank()} ${s} relieved by ${d.rank()} ${s2} at 1900 on ${md}.`, [h, s, s2, md]];
  }],
  ['sent out by EMS', (d) => {
    const e = d.ems(); const h = d.hospital(); const dt = d.date(); const run = d.digitString(d.int(6, 9));
    return [`Sent out via ${e} to ${h} ED on ${dt} for chest pain, run #${run}. Officer rode in the unit.`, [e, h, dt, run]];
  }],
  ['returned from hospital', (d) => {
    const h = d.hospital(); const md = d.slashMd(); const g = d.given(); const s = d.sur(); const md2 = d.monDay();
    return [`Returned from ${h} ${md} with discharge instructions from Dr. ${g} ${s}; suture removal in the infirmary ${md2}.`, [h, md, g, s, md2]];
  }],
  // grievances
  ['grievance response header', (d) => {
    const gr = d.r() < 0.5 ? d.code(['GR', 'MG', 'HSG'], 6) : `${pad2(d.year() % 100)}-${d.digitString(4)}`; const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const n = d.inmateNo(); const u = d.unitName();
    return [`GRIEVANCE RESPONSE - MEDICAL\nGrievance #: ${gr}   Received: ${dt}\nInmate: ${s}, ${g}   ${n}   ${u}`, [gr, dt, s, g, n, u]];
  }],
  ['grievance answered by HSA', (d) => {
    const md = d.slashMd(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Your grievance dated ${md} about your eyeglasses was reviewed by ${g} ${s}, HSA. Records show an optometry visit on ${dt}; glasses are on order. Unfounded.`, [md, g, s, dt]];
  }],
  ['grievance appeal to regional', (d) => {
    const md = d.monDay(); const s = d.sur(); const g = d.given(); const em = d.email(g, s);
    return [`Appeal received ${md}; forwarded to the regional medical director, Dr. ${g} ${s} (${em}), for Step 2 review.`, [md, g, s, em]];
  }],
  ['dental grievance response', (d) => {
    const s = d.sur(); const w = d.weekday(); const u = d.unitName();
    return [`Per Dr. ${s}, DDS, extraction of #30 is scheduled ${w}; you will be called out by the ${u} officer. Resolved.`, [s, w, u]];
  }],
  ['grievance over a holiday', (d) => {
    const h = d.holiday(); const g = d.given(); const s = d.sur();
    return [`You state no nurse came to your cell on ${h}. The log shows ${g} ${s}, RN, made rounds at 1015. Not sustained.`, [h, g, s]];
  }],
  // release and re-entry planning
  ['projected release and address', (d) => {
    const dt = d.date(); const st = d.street(); const t = d.town(); const z = d.zip(); const rel = d.relation();
    return [`Projected release date: ${dt}. Release address: ${st}, ${t}, ${d.state()} ${z} (${rel}'s home).`, [dt, st, t, z]];
  }],
  ['shelter bed and probation officer', (d) => {
    const sh = d.shelter(); const md = d.monDay(); const g = d.given(); const s = d.sur(); const pr = d.probation(); const [ph, p] = d.phone();
    return [`Bed reserved at ${sh} starting ${md}. PO ${g} ${s}, ${pr}, ${ph}.`, [sh, md, g, s, pr, p]];
  }],
  ['bridge prescription faxed', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const ph = d.pharmacy(); const [fx, p] = d.phone();
    return [`Re-entry coordinator ${g} ${s} (${em}) faxed a 30-day bridge prescription to ${ph} at ${fx}.`, [g, s, em, ph, p]];
  }],
  ['Medicaid reactivation and first appointment', (d) => {
    const md = d.slashMd(); const conf = d.code(['MA', 'CNF', 'APP'], 8); const c = d.clinic(); const md2 = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Medicaid reactivation submitted ${md}, confirmation ${conf}. First visit at ${c} on ${md2} at 10:30 with ${g} ${s}, NP.`, [md, conf, c, md2, g, s]];
  }],
  ['naloxone kit at release', (d) => {
    const kit = d.digitString(d.int(5, 7)); const lot = d.lot(); const exp = `${pad2(d.int(1, 12))}/${d.year() + 2}`;
    return [`Narcan 4 mg nasal kit #${kit} (lot ${lot}, exp ${exp}) handed to the patient at release with Sublocade 300 mg injection record.`, [kit, lot, exp]];
  }],
  ['parole number and records portal', (d) => {
    const pn = d.r() < 0.5 ? `P${d.digitString(6)}` : d.digitString(7); const pr = d.probation(); const t = asciiLetters(d.town()) || 'union'; const url = `https://www.${t}county.gov/sheriff/medical-records`;
    return [`Parole #${pn}; report to ${pr} within 72 hours. Medical records requests: ${url}`, [pn, pr, url]];
  }],
  ['released to family with licence', (d) => {
    const w = d.weekday(); const g = d.given(); const s = d.sur(); const dl = d.driverLicence();
    return [`Released ${w} at 0600 to ${d.relation()} ${g} ${s} (driver's license ${dl} checked at the lobby). Meds and paperwork given.`, [w, g, s, dl]];
  }],
  // detox watch flowsheets
  ['detox flowsheet header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const bk = d.booking(); const dt = d.mdy();
    return [`DETOX WATCH FLOWSHEET (CIWA-Ar)\nName: ${s}, ${g}   Booking: ${bk}   Cell: Intake ${d.int(1, 12)}\nStart: ${dt} ${d.time()}`, [s, g, bk, dt]];
  }],
  ['detox flowsheet row', (d) => {
    const i = d.initials();
    return [`${d.time()} | CIWA 14 | HR 112 | BP 158/94 | T 37.8 | tremor 3, sweats 2 | chlordiazepoxide 50 mg PO | ${i}`, [i]];
  }],
  ['COWS with officer checks on unit', (d) => {
    const s = d.sur(); const b = d.badge(); const u = d.unitName();
    return [`COWS 13 at 0300. Officer q15 checks by ${d.rank()} ${s} (#${b}) logged on the ${u} observation sheet; pt drinking fluids.`, [s, b, u]];
  }],
  ['withdrawal seizure send-out', (d) => {
    const wd = d.weekdayDate(); const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`Witnessed tonic-clonic seizure ${wd} in booking holding; ${d.rank()} ${g} ${s} called a Code Blue. Sent to ${h}.`, [wd, g, s, h]];
  }],
  ['last use at a motel', (d) => {
    const o = d.ordinalDay(); const st = d.street(); const t = d.town();
    return [`Reports last fentanyl use on ${o} at a motel on ${st} in ${t}; smokes about 1 g/day.`, [o, st, t]];
  }],
  ['detox nurse note signed', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Withdrawal resolved, CIWA < 8 x 72 h; detox watch discontinued. ${g} ${s}, ${d.nurseCred()} ${dt}`, [g, s, dt]];
  }],
  // other encounters
  ['property officer with an initial', (d) => {
    const s = d.sur(); const b = d.badge(); const sn = d.serial();
    return [`Property officer ${d.rank()} ${d.letters(1)}. ${s} (#${b}) inventoried 2 inhalers and a glucometer, serial ${sn}, at booking.`, [s, b, sn]];
  }],
  ['telepsychiatry with middle initial', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`Tele-psychiatry with ${g} ${d.mi()} ${s}, MD, from ${h}: PHQ-9 of 17, sertraline increased to 100 mg.`, [g, s, h]];
  }],
  ['grievance letter to the inmate by title', (d) => {
    const s = d.sur(); const gr = d.code(['GR', 'MG'], 6); const md = d.monDay();
    return [`${d.pick(['Mr.', 'Ms.', 'Mrs.'])} ${s}:\nThis responds to grievance ${gr}, received ${md}, about your knee brace.`, [s, gr, md]];
  }],
  ['family call about suicide risk', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`MH referral: inmate's ${d.relation()} ${g} ${s} called from ${ph}, worried about statements made on the ${w} video visit.`, [g, s, p, w]];
  }],
  ['hunger strike', (d) => {
    const dt = d.date(); const s = d.sur(); const s2 = d.sur();
    return [`Hunger strike, day 4 (declared ${dt}); weight 71.2 kg, ketones 2+. Reviewed with Warden ${s} and Dr. ${s2}.`, [dt, s, s2]];
  }],
  ['court order for evaluation', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.court(); const dk = d.docket(); const dt = d.date();
    return [`Court order from Judge ${g} ${s}, ${c}, case no. ${dk}, dated ${dt}: competency evaluation within 30 days.`, [g, s, c, dk, dt]];
  }],
  ['immigration detainer A-number', (d) => {
    const md = d.slashMd(); const a = d.aNumber(); const id = d.digitString(d.int(5, 6));
    return [`ICE detainer lodged ${md}; A-number ${a}. Interpreter ID ${id} (Spanish, language line) used for the screening.`, [md, a, id]];
  }],
  ['pregnant detainee prenatal', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital();
    return [`Pregnant, EDD ${dt}; prenatal care with Dr. ${s} at ${h}. No leg or waist restraints per state law.`, [dt, s, h]];
  }],
  ['medical department letterhead', (d) => {
    const f = d.facility(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${f}\nMedical Department\n${st}, ${t}, ${d.state()} ${z}\nTel ${ph}   Fax ${fx}`, [f, st, t, z, p, pf]];
  }],
  ['outside records request by e-mail', (d) => {
    const h = d.hospital(); const em = d.officeEmail(); const md = d.monDay(); const w = d.weekday();
    return [`Outside records requested from ${h} HIM (${em}) on ${md}; nothing received by ${w}, second request sent.`, [h, em, md, w]];
  }],
];

/** The names of the wave's frames. */
export const correctionsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function correctionsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11003, rounds);
}

/** Look-alikes in jail and prison health record style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and named signs, scales and syndromes
  ['Wernicke encephalopathy risk: thiamine 100 mg IM given.', 'Wernicke'], ["Korsakoff's syndrome suspected.", "Korsakoff's"], ['Babinski negative bilaterally.', 'Babinski'],
  ['Romberg positive, wide-based gait.', 'Romberg'], ['Glasgow Coma Scale 15 on arrival at booking.', 'Glasgow'], ['Murphy sign negative.', 'Murphy'],
  ['Hoffmann sign absent.', 'Hoffmann'], ["Bell's palsy, left side, since childhood.", "Bell's"], ['Marfan habitus noted.', 'Marfan'], ['Addison disease on hydrocortisone.', 'Addison'],
  // withdrawal, mental health and risk scores
  ['CIWA-Ar 14', 'CIWA-Ar 14'], ['COWS 9 (mild)', 'COWS 9'], ['PHQ-9 of 12', 'PHQ-9'], ['Columbia (C-SSRS) screen negative.', 'C-SSRS'], ['BAC 0.18 at booking', '0.18'],
  ['MoCA 22/30', '22/30'], ['AUDIT-C 9', 'AUDIT-C 9'], ['Mallampati II', 'Mallampati II'],
  // drugs and doses
  ['Suboxone 8/2 mg film SL daily', 'Suboxone'], ['Sublocade 300 mg SQ monthly', 'Sublocade'], ['Vivitrol 380 mg IM before release', 'Vivitrol'], ['Narcan 4 mg nasal spray', 'Narcan 4 mg'],
  ['Librium 50 mg q6h x 4 doses', 'Librium'], ['Ativan 2 mg IM once', 'Ativan'], ['Keppra 500 mg BID', 'Keppra'], ['Depakote ER 1000 mg HS', 'Depakote'], ['Seroquel 100 mg HS, crush and float', 'Seroquel'],
  ['Lantus 20 units HS', 'Lantus'], ['Humalog sliding scale at pill line', 'Humalog'], ['Haldol 5 mg / Cogentin 1 mg IM', 'Cogentin'], ['Biktarvy 1 tab daily', 'Biktarvy'], ['Epclusa x 12 weeks', 'Epclusa'],
  ['thiamine 100 mg daily', '100 mg'], ['ibuprofen 400 mg #30 KOP', '#30'],
  // vitals and labs
  ['BP 158/94, HR 112', '158/94'], ['T 37.8 C', '37.8'], ['SpO2 97% RA', '97%'], ['BG 312 mg/dL at HS check', '312 mg/dL'], ['A1c 8.9%', '8.9%'], ['HCV RNA 1.2 million IU/mL', '1.2 million'],
  ['viral load < 20 copies', '< 20 copies'], ['PPD 0 mm induration', '0 mm'], ['weight 71.2 kg', '71.2 kg'], ['peak flow 380 L/min', '380 L/min'],
  // codes and standards
  ['ICD-10 F11.23 opioid dependence with withdrawal', 'F11.23'], ['Z65.1 imprisonment and other incarceration', 'Z65.1'], ['F10.239 alcohol withdrawal', 'F10.239'], ['CPT 99213', '99213'],
  ['NCCHC standard J-E-02 receiving screening', 'J-E-02'], ['ACA standard 5-ACI-6A-04', '5-ACI-6A-04'],
  // housing designators, custody levels and routines
  ['Housed B-pod, upper tier.', 'B-pod'], ['Moved to pod C after court.', 'pod C'], ['Tier 2 pill line', 'Tier 2'], ['Seen cell-side, cell 14.', 'cell 14'], ['Lower bunk pass issued.', 'Lower bunk'],
  ['Admitted to 4 West infirmary bed 3.', '4 West'], ['In the SHU for 30 days.', 'SHU'], ['Placed in medical observation cell.', 'medical observation'], ['Returned to general population.', 'general population'],
  ['Close custody, Level 4.', 'Level 4'], ['Classification: medium security', 'medium security'], ['2200 count cleared before HS med pass.', '2200 count'], ['Pill line at 0400 and 1600.', '0400'],
  ['Second shift reported no issues.', 'Second shift'], ['Q15 minute checks continued.', 'Q15'], ['Restraints: leg irons and belly chain.', 'belly chain'], ['Black box waived.', 'Black box'],
  // legal terms, sentences and statutes
  ['Held on a $5,000 cash bond.', '$5,000'], ['Sentenced to 18 months.', '18 months'], ['Charged under ORC 2925.11.', '2925.11'], ['Probation violation, Section 35.', 'Section 35'],
  ['PREA screening completed, no history.', 'PREA'], ['Pretrial detainee.', 'Pretrial'],
  // roles, generic places and agencies alone
  ['Reviewed by the HSA.', 'HSA'], ['Notified the charge nurse and the sergeant.', 'sergeant'], ['The warden approved the visit.', 'warden'], ['Discussed with the medical director.', 'medical director'],
  ['Sent to the ER by the county ambulance.', 'county ambulance'], ['Seen in the infirmary.', 'infirmary'], ['Taken through the sally port.', 'sally port'], ['Brought to intake by the arresting agency.', 'intake'],
  ['Transferred to the state prison.', 'state prison'], ['Held for the US Marshals.', 'US Marshals'], ['ICE hold placed.', 'ICE'], ['Department of Corrections policy 700.', 'Department of Corrections'],
  ['Formerly in BOP custody.', 'BOP'], ['Wellpath protocol for alcohol withdrawal.', 'Wellpath'], ['Centurion formulary drug.', 'Centurion'], ['Funds sent via JPay.', 'JPay'], ['Labs sent to Quest.', 'Quest'],
  ['Securus tablet used for the request.', 'Securus'], ['ResMed AirSense 10 CPAP.', 'AirSense 10'], ['Tooth #30 extracted.', '#30'],
  // everyday words that are also names or towns
  ['No stone seen on the KUB.', 'stone'], ['Has hope of early release.', 'hope'], ['Faith-based unit programming', 'Faith'], ['Will return to clinic in 90 days.', 'Will'], ['Liberty interest in refusing treatment discussed.', 'Liberty'],
  ['Uses the law library daily.', 'law'], ['Justice-involved since age 16.', 'Justice'], ['The ward is full.', 'ward'], ['Keys to the restraint chair kept by the officer.', 'Keys'], ['Foot chase before the arrest; abrasions to both knees.', 'chase'],
  ['Security staff present during the exam.', 'Security'], ['Normal gait.', 'Normal'],
  // relations, ages, years, states
  ['His mother called the jail.', 'mother'], ['A 45-year-old detainee.', '45'], ['Age 89 at intake.', '89'], ['Incarcerated since 2019.', '2019'], ['Transferred from Ohio.', 'Ohio'],
];

export const correctionsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedCorrectionsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(correctionsKeepCases(), find);

export function scoreCorrectionsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => correctionsWaveCases(seed)), find);
}
