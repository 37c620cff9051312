// A blind wave of behavioral health, psychiatry, substance-use treatment and social-work notes: psychiatric intakes and
// social histories (partners, children, ex-spouses, the towns a patient grew up in, schools attended, employers and
// supervisors, churches and pastors, military bases and the VA that follows a veteran, trauma histories naming the
// perpetrator, family histories naming a relative), collateral contacts by phone, prior admissions to named psychiatric
// hospitals, outpatient therapists and their agencies; court and legal notes (probation officers, docket numbers, court
// names and next court dates, guardians ad litem with bar numbers, DCF workers and their area offices, public defenders,
// houses of correction and commitment numbers, OUI arrests with licence and plate); shelters, group homes, sober houses
// and discharge addresses; AA/NA sponsors and home groups, sobriety dates and holiday relapses; safety plans (people and
// professionals to call with their numbers, safe places, firearms stored with a named relative); involuntary hold
// paperwork (Section 12(a), Section 35, 5150, Baker Act, Rogers orders, notices given on a weekday); methadone and
// buprenorphine clinic records (OTP ids, dosing and take-home dates, guest dosing at another clinic, DEA numbers, central
// registry checks); PDMP checks (query dates, last fills, prescribers, the pharmacy's town, report ids); school counselor
// letters (schools, student ids, 504 case managers' e-mails, signature blocks); MassHealth ids, telehealth links and
// social media handles; in mixed case, ALL CAPS and lower case. A list of look-alikes in the same style must not be
// touched. Written without reading the engine's rules or any gold data. `scoreBehavioralWave`.
// Decisions: a given name and a surname are planted, a middle initial is not, nor is a surname's initial after a given
// name in AA style ('Rick T.'); a credential ('LICSW', 'LMHC', 'CADC-II', 'PMHNP-BC', 'M.Ed.', 'PharmD') and a title
// ('Dr.', 'Pastor', 'Officer', 'Deputy', 'Ms.') are not; a relation word ('mother', 'sponsor', 'brother-in-law') is not,
// the name next to it is. Named institutions are planted whole with their kind words: courts ('Salem District Court',
// 'Hampden Probate and Family Court'), psychiatric hospitals, agencies and clinics ('Riverside Community Care',
// 'Lowell Comprehensive Treatment Center'), schools, churches ('St. Brigid's Parish', 'First Baptist Church'), shelters,
// group homes and sober houses ('Hope House'), employers and military bases ('Fort Drum'); an agency named only by its
// place (a police department, a sheriff's office, a house of correction, a DCF area office, 'the Bedford VA', fire/EMS)
// has the place word planted, not 'Police Department' or 'County'. A street is planted with its number and unit, a
// town and a ZIP are planted, the state is kept. Every date element is planted as written: full dates, 'm/d', 'Mar 4',
// 'March 2019', ordinals ('the 14th'), a weekday naming a specific day ('seen Tuesday') and a holiday naming the day of
// a relapse ('Thanksgiving', 'Fourth of July'); a year alone is kept, as is a time. Docket, case, report, commitment,
// student, OTP, MassHealth, DEA, BBO, badge, licence and plate numbers are planted; a statute or form section ('Section
// 12(a)', '209A', '5150', '51A'), a bed number and a homeroom are not. Phone numbers of people, agencies and schools are
// planted (a leading '(' need not be covered) and so is an extension; the national lines (988, 741741) are kept. An
// age over 89 is planted; the children's ages ('(7)') are not. A pharmacy chain ('CVS') and a PDMP's name ('MassPAT')
// are not parts. A telehealth link and a social media handle are planted. Kept (look-alikes): DSM-5 and ICD-10 codes,
// rating scales named for people or places (Hamilton, Yale-Brown, Young Mania, Edinburgh, Columbia, Vanderbilt, Beck,
// Barnes, Simpson-Angus, Minnesota Multiphasic, Conners), scores (PHQ-9, GAD-7, C-SSRS, AUDIT, CIWA-Ar, COWS, MoCA,
// ACE, GAF), eponymous syndromes (Wernicke, Korsakoff, Tourette, Capgras, Munchausen, Tarasoff), statutes and hold
// sections (Section 12(a), Section 35, c. 123, 5150, 5250, Baker Act, Marchman Act, Kendra's Law, Rogers order, 209A,
// 51A, CWOF), drugs and doses (methadone, Suboxone, Sublocade, Vivitrol, Narcan, lithium levels, BAL), recovery words
// (AA, NA, SMART Recovery, Al-Anon, Step 4, Big Book, Higher Power), everyday words that are names (hope, faith, grace,
// will, joy, frank), relations without names, generic places (a shelter, a sober house, the county jail, detox, 4 West),
// military divisions and ranks, states, territories and countries, ages of 89 and under, school grades ('9th grade'),
// years alone, treatment days and steps, times, the national crisis lines.
// Measured before rules: 0.876 recall on seeds 5, 11, 23 (2936/3352), 0.878 on fresh seeds 41, 42, 43 (2942/3349); 5/115
// look-alikes touched ("Barnes Akathisia", "Rogers order", "Abilify Maintena", "Invega Sustenna", "Puerto Rico").
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as ca } from '@faker-js/faker/locale/fr_CA';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, mx, br, ng, vi, pl, ca, ie];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Will', 'Destiny', 'Charity', 'Trinity', 'Serenity', 'Harmony', 'Mercy', 'Patience', 'Justice', 'Sunny', 'Dusty', 'Buddy', 'Rocky', 'Crystal', 'Brandy', 'Misty', 'Star', 'Hunter', 'Chase', 'Royal', 'King', 'Precious', 'Honor', 'Autumn', 'Summer', 'Rusty', 'Frank', 'Angel'];
const WORD_SUR = ['Price', 'Church', 'Hope', 'Love', 'Goodman', 'Bishop', 'Deacon', 'Pope', 'Parish', 'Sexton', 'Bliss', 'Moody', 'Wise', 'Savage', 'Small', 'Young', 'Hill', 'Brown', 'Gray', 'Black', 'Hale', 'Walker', 'Cole', 'Mann', 'Law', 'Judge', 'Sheriff', 'Friend', 'Gentry', 'Noble', 'Rich', 'Strong'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Harmony', 'Unity', 'Freedom', 'Friendship', 'Concord', 'Athol', 'Ware', 'Orange', 'Florence', 'Milton', 'Sharon', 'Norwood', 'Dover', 'Lincoln', 'Franklin', 'Clinton', 'Warren', 'Chester', 'Holden', 'Canton', 'Troy', 'Paris', 'Lebanon', 'Berlin', 'Hudson', 'Greenfield', 'Marion', 'Lawrence', 'Lowell', 'Revere', 'Everett', 'Quincy'];
const REAL_TOWNS = ['Holyoke', 'Chicopee', 'Pittsfield', 'Brockton', 'Taunton', 'Fitchburg', 'Leominster', 'Lynn', 'Haverhill', 'Methuen', 'Dracut', 'Framingham', 'Worcester', 'Springfield', 'Fall River', 'New Bedford', 'Bangor', 'Lewiston', 'Rutland', 'Manchester', 'Nashua', 'Woonsocket', 'Gloucester', 'Plymouth', 'Wareham', 'Southbridge', 'Webster', 'Gardner', 'Attleboro'];
const COUNTIES = ['Worcester', 'Hampden', 'Middlesex', 'Essex', 'Norfolk', 'Plymouth', 'Bristol', 'Suffolk', 'Barnstable', 'Berkshire', 'Franklin', 'Hampshire', 'Pasco', 'Hillsborough', 'Pinellas', 'Polk', 'Cumberland', 'Penobscot', 'Androscoggin', 'Merrimack', 'Rockingham', 'Marion', 'Lake', 'Orange'];
const STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'FL', 'Mass.'];
const STREET_NAMES = ['Maple', 'Elm', 'Oak', 'Pine', 'Main', 'Pleasant', 'Water', 'Summer', 'Winter', 'Chestnut', 'Prospect', 'Highland', 'Spring', 'Mill', 'Pearl', 'Church', 'School', 'Union', 'Hope', 'Liberty', 'Walnut', 'Birch', 'Grove', 'Cottage', 'Washington', 'Franklin', 'Central', 'Broadway'];
const STREET_KINDS = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Lane', 'Ct', 'Terrace', 'Dr'];
const SAINTS = ['Brigid', 'Anne', 'Patrick', 'Joseph', 'Jude', 'Michael', 'Agnes', 'Vincent', 'Rose', 'Bernadette', 'Casimir', 'Stanislaus'];
const WORD_HOUSES = ['Hope', 'Haven', 'Harbor', 'Bridge', 'Beacon', 'Open Door', 'Lighthouse', 'Serenity', 'Victory', 'Grace', 'Mercy', 'Shepherd', 'Journey', 'Phoenix', 'Genesis', 'Promise', 'Anchor', 'Compass', 'Crossroads', 'Safe Harbor'];
const CHURCHES = ['First Baptist Church', 'First Congregational Church', 'Bethel AME Church', 'Calvary Chapel', 'Grace Lutheran Church', 'New Hope Baptist Church', 'Holy Trinity Church', 'Iglesia Pentecostal Monte Sion', 'Faith Assembly of God', 'Victory Christian Center', 'Temple Beth El', 'Our Lady of Fatima Parish', 'Living Word Church'];
const AGENCIES = ['Riverside Community Care', 'Eliot Community Human Services', 'Advocates', 'Vinfen', 'Bay Cove Human Services', 'Clinical & Support Options', 'Behavioral Health Network', 'Community Healthlink', 'Aspire Health Alliance', 'Gandara Center', 'Stanley Street Treatment and Resources', 'High Point Treatment Center', 'Lahey Behavioral Health'];
const OTP_BRANDS = ['CleanSlate', 'BayCove', 'Habit OPCO', 'Spectrum Health Systems', 'Community Substance Abuse Centers', 'Recovery Centers of America'];
const BASES = ['Fort Drum', 'Fort Bragg', 'Fort Campbell', 'Fort Hood', 'Camp Lejeune', 'Camp Pendleton', 'Fort Carson', 'Fort Riley', 'Joint Base Lewis-McChord', 'Fort Bliss', 'Naval Station Norfolk', 'Fort Stewart', 'Hanscom AFB', 'Fort Devens', 'Schofield Barracks', 'Twentynine Palms'];
const TRADES = ['Auto Body', 'Roofing', 'Landscaping', 'Diner', 'Plumbing & Heating', 'Construction', 'Pizza', 'Tree Service', 'Towing'];
const JOBS = ['line cook', 'CNA', 'roofer', 'cashier', 'delivery driver', 'forklift operator', 'mechanic', 'home health aide', 'landscaper'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Christmas Eve', 'Christmas', 'Thanksgiving', "New Year's Eve", 'Fourth of July', 'Easter Sunday', 'Memorial Day', 'Labor Day', 'Halloween', "Mother's Day", "St. Patrick's Day", 'Super Bowl Sunday'];
const RELATIVES = ['mother', 'father', 'sister', 'brother', 'aunt', 'grandmother', 'cousin', 'uncle'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWXYZ';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  state(): string {
    return this.pick(STATES);
  }
  streetName(): string {
    return `${this.pick(STREET_NAMES)} ${this.pick(STREET_KINDS)}`;
  }
  /** A street line with its number, sometimes with a unit. */
  street(): string {
    const base = this.r() < 0.7 ? `${this.int(2, 999)} ${this.streetName()}` : `${this.int(2, 99)} ${this.faker().location.street()}`;
    const k = this.int(0, 5);
    return k === 0 ? `${base}, Apt ${this.int(1, 12)}${this.pick(['', 'A', 'B', 'R'])}` : k === 1 ? `${base} #${this.int(1, 40)}` : base;
  }
  zip(): string {
    return this.r() < 0.7 ? `0${this.int(1001, 2791)}` : String(this.int(32003, 34997));
  }
  override year(): number {
    return this.int(2008, 2025);
  }
  /** A full date in one of the ways notes write it. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 8);
    return writtenDate(k, m, d, y) ?? `${m}/${d}/${y}`;
  }
  /** mm/dd/yy or m/d/yyyy as dosing logs print them. */
  override mdy(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${pad2(this.year() % 100)}` : `${m}/${d}/${this.year()}`;
  }
  /** A month and day without a year: '3/4', 'Mar 4', 'March 4th'. */
  monthDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 3);
    if (k === 0) return `${m}/${d}`;
    if (k === 1) return `${MON[m - 1]!} ${d}`;
    if (k === 2) return `${MONTHS[m - 1]!} ${ordinal(d)}`;
    return `${MONTHS[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return `${this.pick(this.r() < 0.7 ? MONTHS : MON)} ${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  dob(): string {
    const [m, d] = this.md();
    const y = this.int(1950, 2010);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.int(3, 4));
  }
  /** A doctor as notes write one: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    return [`Dr. ${s}`, [s]];
  }
  psychHospital(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Behavioral Health Hospital`;
    if (k === 1) return `${this.town()} Psychiatric Center`;
    if (k === 2) return `${this.sur()} Hospital`;
    if (k === 3) return `Arbour-${this.sur()} Hospital`;
    return `${this.town()} State Hospital`;
  }
  court(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} District Court`;
    if (k === 1) return `${this.county()} Superior Court`;
    if (k === 2) return `${this.town()} Municipal Court`;
    return `${this.county()} County Drug Court`;
  }
  probateCourt(): string {
    return this.r() < 0.6 ? `${this.county()} Probate and Family Court` : `${this.county()} Juvenile Court`;
  }
  /** A criminal docket number ('2285CR001234', 'CR-2021-004512', '21-CF-012345'). */
  docket(): string {
    const yy = pad2(this.int(10, 25));
    const k = this.int(0, 2);
    if (k === 0) return `${yy}${pad2(this.int(1, 99))}CR${String(this.int(1, 9999)).padStart(6, '0')}`;
    if (k === 1) return `CR-${this.year()}-${String(this.int(1, 99999)).padStart(6, '0')}`;
    return `${yy}-${this.pick(['CF', 'MM', 'CJ'])}-${String(this.int(1, 99999)).padStart(6, '0')}`;
  }
  /** A probate or juvenile docket ('HD21P1234GD'). */
  probateDocket(): string {
    return `${this.pick(['HD', 'WO', 'MI', 'ES', 'PL', 'NO', 'BR'])}${pad2(this.int(10, 25))}${this.pick(['P', 'J', 'C'])}${this.digitString(4)}${this.pick(['GD', 'EA', 'CR', 'WD', ''])}`;
  }
  shelter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(WORD_HOUSES)} House`;
    if (k === 1) return `${this.town()} ${this.pick(['Emergency Shelter', 'Rescue Mission', 'Family Shelter', 'Interfaith Shelter'])}`;
    return `${this.pick(['Pine Street Inn', 'Friendly House', 'Father Bill\'s Place', 'Open Arms Shelter', 'The Bridge Shelter'])}`;
  }
  soberHouse(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(WORD_HOUSES)} House`;
    if (k === 1) return `${this.pick(WORD_HOUSES)} Recovery Home`;
    return `${this.sur()} House`;
  }
  groupHome(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(STREET_NAMES)} Street Residence`;
    if (k === 1) return `${this.pick(WORD_HOUSES)} House`;
    return `${this.sur()} Home`;
  }
  school(): string {
    const k = this.int(0, 4);
    const kind = this.pick(['Elementary School', 'Middle School', 'High School', 'Regional High School', 'Memorial School', 'Vocational Technical High School', 'Academy', 'Charter School']);
    if (k === 0) return `St. ${this.pick(SAINTS)} School`;
    if (k === 1 || k === 2) return `${this.town()} ${kind}`;
    return `${this.sur()} ${kind}`;
  }
  church(): string {
    return this.r() < 0.3 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Parish', 'Church'])}` : this.pick(CHURCHES);
  }
  agency(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.pick(AGENCIES);
    if (k === 1) return `${this.town()} ${this.pick(['Counseling Center', 'Mental Health Associates', 'Family Services', 'Community Health Center'])}`;
    return `${this.sur()} ${this.pick(['Family Services', 'Counseling Associates'])}`;
  }
  otpClinic(): string {
    return this.r() < 0.5 ? `${this.town()} Comprehensive Treatment Center` : `${this.pick(OTP_BRANDS)} ${this.town()}`;
  }
  employer(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.faker().company.name();
    if (k === 1) return `${this.sur()}'s ${this.pick(TRADES)}`;
    return `${this.town()} ${this.pick(['Nursing and Rehabilitation Center', 'Public Works', 'Auto Parts', 'Country Club', 'Distribution Center'])}`;
  }
  /** A DEA registration ('BX1234563', 'XB1234567' for the former X-waiver). */
  dea(): string {
    return this.r() < 0.7 ? `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}` : `X${this.letters(1)}${this.digitString(7)}`;
  }
  otpId(): string {
    const k = this.int(0, 2);
    return k === 0 ? this.digitString(this.int(5, 7)) : k === 1 ? `${this.letters(2)}-${this.digitString(5)}` : `${this.digitString(4)}-${this.digitString(3)}`;
  }
  plate(): string {
    return this.pick([`${this.int(1, 9)}${this.letters(3)}${this.digitString(2)}`, `${this.letters(3)} ${this.digitString(4)}`, `${this.digitString(3)}${this.letters(3)}`]);
  }
  licence(): string {
    return this.r() < 0.6 ? `S${this.digitString(8)}` : `${this.letters(1)}${this.digitString(3)}-${this.digitString(3)}-${this.digitString(2)}-${this.digitString(3)}-0`;
  }
  inmate(): string {
    return this.r() < 0.5 ? `W${this.digitString(5)}` : this.digitString(this.int(6, 8));
  }
  reportNo(): string {
    return this.r() < 0.5 ? `${this.year()}-${this.digitString(6)}` : `${pad2(this.int(10, 25))}${this.letters(2)}${this.digitString(6)}`;
  }
  masshealth(): string {
    return this.r() < 0.7 ? `100${this.digitString(9)}` : this.digitString(10);
  }
  handle(g: string, s: string): string {
    const a = asciiLetters(g) || 'kay';
    const b = asciiLetters(s) || 'lee';
    return this.pick([`${a}_${b}${this.int(1, 99)}`, `${a}.${b}`, `${b}${a.charAt(0)}${this.int(80, 99)}`, `real${a}${b}`]);
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'kay';
    const b = asciiLetters(s) || 'lee';
    return `${this.pick([`${a}.${b}`, `${a.charAt(0)}${b}`, `${b}${a.charAt(0)}`])}@${this.pick(['wpsd.k12.ma.us', 'lowell.k12.ma.us', 'springfieldpublicschools.com', 'gmail.com', 'district.org'])}`;
  }
  pronoun(): string {
    return this.pick(['she', 'he', 'they']);
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // psychiatric intake and social history
  ['intake header LAST, FIRST with MRN and DOB', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const dob = d.dob();
    return [`PSYCHIATRIC INTAKE ASSESSMENT\nPatient: ${s}, ${g} ${d.mi()}\nMRN: ${mrn}   DOB: ${dob}\nReferral source: ED`, [s, g, mrn, dob]];
  }],
  ['lives with partner and children by name', (d) => {
    const g = d.given(); const s = d.sur(); const c1 = d.given(); const c2 = d.given(); const t = d.town();
    return [`Lives with her ${d.pick(['boyfriend', 'partner', 'fiance', 'husband'])}, ${g} ${s}, and their children ${c1} (${d.int(2, 9)}) and ${c2} (${d.int(10, 16)}) in a 2-bedroom apartment in ${t}.`, [g, s, c1, c2, t]];
  }],
  ['ex-spouse and extended 209A', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Divorced from ${g} ${s} in ${d.year()}; a 209A order against him was extended through ${dt}.`, [g, s, dt]];
  }],
  ['born in town raised by grandmother in town', (d) => {
    const a = d.town(); const b = d.town();
    return [`Born in ${a} and raised by maternal grandmother in ${b} after mother lost custody when pt was ${d.int(3, 9)}.`, [a, b]];
  }],
  ['schools attended', (d) => {
    const a = d.school(); const b = d.school();
    return [`Attended ${a} through 8th grade; left ${b} in 11th grade and later obtained a GED (${d.year()}).`, [a, b]];
  }],
  ['employer and supervisor aware', (d) => {
    const e = d.employer(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Employed ${d.int(2, 9)} years as a ${d.pick(JOBS)} at ${e} in ${t}; supervisor ${g} ${s} is aware of this admission.`, [e, t, g, s]];
  }],
  ['church and pastor support', (d) => {
    const c = d.church(); const t = d.town(); const g = d.given(); const s = d.sur();
    return [`Faith is important to her; attends ${c} in ${t}, and Pastor ${g} ${s} has offered to visit.`, [c, t, g, s]];
  }],
  ['military service base and VA', (d) => {
    const y = d.int(1995, 2015); const b = d.pick(BASES); const t = d.pick(['Bedford', 'Togus', 'Northampton', 'Brockton', 'West Haven', 'Manchester', 'White River Junction', 'Providence']); const s = d.sur();
    return [`Served in the ${d.pick(['Army', 'Marine Corps', 'Army National Guard', 'Navy'])} ${y}-${y + d.int(3, 8)}, stationed at ${b}; deployed to Afghanistan x2. Followed at the ${t} VA by Dr. ${s}.`, [b, t, s]];
  }],
  ['collateral from relative by phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Collateral: spoke with pt's ${d.pick(RELATIVES)}, ${g} ${s}, by phone (${ph}) at ${d.time()}; confirms pt has not slept in 4 days.`, [g, s, p]];
  }],
  ['prior psychiatric admissions', (d) => {
    const a = d.psychHospital(); const my = d.monthYear(); const b = d.psychHospital();
    return [`Prior hospitalizations: ${a} (${my}); ${b} (${d.year()}, Section 12).`, [a, my, b]];
  }],
  ['outpatient therapist and prescriber', (d) => {
    const g = d.given(); const s = d.sur(); const a = d.agency(); const g2 = d.given(); const s2 = d.sur();
    return [`Outpatient providers: therapist ${g} ${s}, LICSW, at ${a}; prescriber ${g2} ${s2}, PMHNP-BC.`, [g, s, a, g2, s2]];
  }],
  ['age over 89 late-life depression', (d) => {
    const n = String(d.int(90, 103));
    return [`${n} y/o widowed ${d.pick(['woman', 'man', 'female', 'male'])} referred by PCP for new-onset depression; PHQ-9 of 17, lives alone.`, [n]];
  }],
  ['trauma history perpetrator named', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Reports sexual abuse by mother's boyfriend, ${g} ${s}, from age 7 to 10; disclosed to a school counselor at 14.`, [g, s]];
  }],
  ['suicide attempt date found by roommate', (d) => {
    const dt = d.date(); const g = d.given();
    return [`Most recent attempt ${dt}: ingested ~30 tablets of sertraline 100 mg, found by roommate ${g} and brought in by EMS.`, [dt, g]];
  }],
  ['family history brother by name', (d) => {
    const g = d.given();
    return [`FHx: brother ${g} died by suicide (${d.year()}); father with alcohol use disorder, deceased.`, [g]];
  }],
  ['couch surfing on street in town', (d) => {
    const st = d.streetName(); const t = d.town(); const g = d.given();
    return [`Currently couch-surfing with a friend (${g}) on ${st} in ${t}; no lease.`, [g, st, t]];
  }],
  // court and legal
  ['probation officer with phone', (d) => {
    const c = d.court(); const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`On probation through ${c} until ${dt}; PO ${g} ${s} (${ph}) reports compliance.`, [c, dt, g, s, p]];
  }],
  ['docket number with charge', (d) => {
    const k = d.docket();
    return [`Docket No. ${k} - possession of Class A; CWOF for 1 year.`, [k]];
  }],
  ['next court date and court', (d) => {
    const md = d.monthDay(); const c = d.court();
    return [`Next court date ${md} at ${c} for pretrial hearing; pt requests a letter confirming admission.`, [md, c]];
  }],
  ['guardian ad litem with BBO and probate docket', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.digitString(6); const c = d.probateCourt(); const k = d.probateDocket();
    return [`${d.pick(['GAL', 'Guardian ad litem'])}: Attorney ${g} ${s} (BBO #${b}), appointed by ${c}, docket ${k}.`, [g, s, b, c, k]];
  }],
  ['DCF worker and area office', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const t = d.town(); const [ph, p] = d.phone();
    return [`DCF involved (51A filed ${dt}); ongoing worker ${g} ${s}, ${t} Area Office, ${ph}.`, [dt, g, s, t, p]];
  }],
  ['public defender records by fax', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Represented by ${g} ${s} of CPCS; attorney requested records, fax ${ph}.`, [g, s, p]];
  }],
  ['house of correction release and commitment number', (d) => {
    const c = d.county(); const md = d.monthDay(); const n = d.inmate();
    return [`Released from the ${c} County House of Correction on ${md} after serving 9 months; commitment #${n}.`, [c, md, n]];
  }],
  ['court on the ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`Returns to court on the ${o} for a status hearing; PO to be updated after discharge.`, [o]];
  }],
  ['OUI arrest licence and plate', (d) => {
    const md = d.monthDay(); const l = d.licence(); const p = d.plate();
    return [`Arrested ${md} for OUI (BAC 0.19); license #${l} suspended, vehicle plate ${p} impounded.`, [md, l, p]];
  }],
  // shelters, group homes, sober houses, addresses
  ['shelter bed and curfew', (d) => {
    const sh = d.shelter();
    return [`Homeless x ${d.int(2, 11)} months; staying at ${sh} (bed ${d.int(1, 80)}), must be back by 9 pm curfew.`, [sh]];
  }],
  ['group home address and staff', (d) => {
    const h = d.groupHome(); const st = d.street(); const t = d.town(); const g = d.given();
    return [`Resides at the ${h}, a DMH group home at ${st}, ${t}; residential staff ${g} on shift reported the incident.`, [h, st, t, g]];
  }],
  ['sober house and house manager', (d) => {
    const h = d.soberHouse(); const t = d.town(); const md = d.monthDay(); const g = d.given(); const s = d.sur();
    return [`Moved into ${h} in ${t} on ${md}; house manager ${g} ${s} requires weekly UDS and 5 meetings a week.`, [h, t, md, g, s]];
  }],
  ['discharge address with ZIP', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Discharge address: ${st}, ${t}, ${d.state()} ${z}`, [st, t, z]];
  }],
  ['EA motel placement in town', (d) => {
    const t = d.town(); const dt = d.date();
    return [`Family placed in an EA motel in ${t} on ${dt}; children still enrolled in their old school district.`, [t, dt]];
  }],
  // AA/NA and recovery
  ['AA sponsor with cell', (d) => {
    const g = d.given(); const [ph, p] = d.phone();
    if (d.r() < 0.5) { const s = d.sur(); return [`Active in AA; sponsor is ${g} ${s} (cell ${ph}), speaks with him daily.`, [g, s, p]]; }
    return [`Active in NA; sponsor ${g} ${d.pick([...UPPER])}. (cell ${ph}), speaks with her daily.`, [g, p]];
  }],
  ['home group at church in town', (d) => {
    const c = d.church(); const t = d.town();
    return [`Home group: the Big Book step meeting at ${c}, ${t}; has a service commitment making coffee.`, [c, t]];
  }],
  ['sobriety date', (d) => {
    const dt = d.date();
    return [`Sobriety date ${dt} (per pt); picked up a ${d.int(1, 9)}-month chip last week.`, [dt]];
  }],
  ['holiday relapse after fight', (d) => {
    const h = d.pick(HOLIDAYS); const g = d.given();
    return [`Relapsed on ${h} after a fight with ${g}; had ${d.int(20, 300)} days before that.`, [h, g]];
  }],
  // safety plans
  ['safety plan people to call', (d) => {
    const g1 = d.given(); const [a, pa] = d.phone(); const g2 = d.given(); const s2 = d.sur(); const [b, pb] = d.phone();
    return [`SAFETY PLAN - People I can call for help:\n1. ${d.pick(['Mom', 'Dad', 'Grandma', 'my sister', 'my aunt'])} (${g1}) ${a}\n2. ${g2} ${s2}, friend, ${b}\n3. 988 Suicide & Crisis Lifeline`, [g1, pa, g2, s2, pb]];
  }],
  ['safety plan professionals', (d) => {
    const g = d.given(); const s = d.sur(); const [a, pa] = d.phone(); const ag = d.agency(); const [b, pb] = d.phone();
    return [`Professionals I can contact: ${g} ${s}, LMHC, ${a}; ${ag} mobile crisis team, ${b} (24/7).`, [g, s, pa, ag, pb]];
  }],
  ['safety plan safe places', (d) => {
    const g = d.given(); const st = d.streetName(); const t = d.town();
    return [`Places that help me feel safe: ${g}'s house on ${st}; the ${t} Public Library; walking the dog.`, [g, st, t]];
  }],
  ['firearms stored with relative', (d) => {
    const md = d.monthDay(); const g = d.given(); const s = d.sur(); const t = d.town();
    return [`Lethal means: ${d.int(2, 5)} firearms removed from the home on ${md} and stored with brother-in-law ${g} ${s} in ${t}.`, [md, g, s, t]];
  }],
  // involuntary holds
  ['Section 12(a) by physician with date', (d) => {
    const [doc, p] = d.doctor(); const dt = d.date(); const t = d.town();
    return [`Section 12(a) application completed by ${doc} on ${dt} at ${d.time()}; transported by ${t} Fire/EMS.`, [...p, dt, t]];
  }],
  ['Section 35 petition by father', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.court(); const md = d.monthDay(); const t = d.town();
    return [`Section 35 petition filed by father, ${g} ${s}, in ${c} on ${md}; warrant issued and pt picked up by ${t} PD.`, [g, s, c, md, t]];
  }],
  ['5150 by officer with badge', (d) => {
    const s = d.sur(); const b = d.digitString(d.int(3, 5)); const t = d.town();
    return [`Placed on a 72-hour hold (WIC 5150) by Officer ${s} #${b}, ${t} Police Department; criteria: danger to self.`, [s, b, t]];
  }],
  ['Baker Act by deputy with report number', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.county(); const n = d.reportNo();
    return [`Baker Act initiated by Deputy ${g} ${s}, ${c} County Sheriff's Office, report #${n}.`, [g, s, c, n]];
  }],
  ['Rogers guardian and treatment order', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const k = d.probateDocket();
    return [`Rogers guardian: sister ${g} ${s}; treatment order dated ${dt} (${k}) authorizes olanzapine up to 20 mg/day.`, [g, s, dt, k]];
  }],
  ['three-day notice given on weekday', (d) => {
    const w = d.weekday(); const md = d.monthDay();
    return [`Pt given 3-day notice on ${w}, ${md} at ${d.time()}; advised of rights, copy to attorney.`, [w, md]];
  }],
  // methadone and buprenorphine
  ['OTP dosing record', (d) => {
    const id = d.otpId(); const dt = d.mdy(); const g = d.given(); const s = d.sur();
    return [`OTP ID: ${id}\nDate: ${dt}   Time: ${d.time()}\nMethadone ${d.int(20, 160)} mg PO, observed.\nDispensed by: ${g} ${s}, LPN`, [id, dt, g, s]];
  }],
  ['take-home doses for dates', (d) => {
    const a = d.monthDay(); const b = d.monthDay();
    return [`Take-homes x2 issued for ${a} and ${b} (clinic closed); lockbox verified, bottles labeled.`, [a, b]];
  }],
  ['guest dosing at another clinic', (d) => {
    const c = d.otpClinic(); const a = d.monthDay(); const b = d.monthDay(); const dt = d.date();
    return [`Guest dosing approved at ${c} from ${a} to ${b}; last dose here ${dt}.`, [c, a, b, dt]];
  }],
  ['buprenorphine prescriber and DEA', (d) => {
    const [doc, p] = d.doctor(); const dea = d.dea();
    return [`Buprenorphine-naloxone 8 mg/2 mg SL film BID #28, prescriber ${doc}, DEA ${dea}.`, [...p, dea]];
  }],
  ['central registry and counselor', (d) => {
    const md = d.monthDay(); const g = d.given(); const s = d.sur();
    return [`Central registry checked ${md}: no dual enrollment. Primary counselor: ${g} ${s}, CADC-II.`, [md, g, s]];
  }],
  ['induction seen on weekday', (d) => {
    const w = d.weekday();
    return [`Day ${d.int(1, 3)} of buprenorphine induction. Seen ${w} ${d.pick(['morning', 'afternoon', 'evening'])}; COWS ${d.int(8, 16)} at ${d.time()}, given ${d.pick([2, 4, 8])} mg with relief.`, [w]];
  }],
  // PDMP
  ['PDMP query and last fill', (d) => {
    const dt = d.date(); const md = d.monthDay(); const s = d.sur(); const t = d.town();
    return [`${d.pick(['MassPAT', 'PMP AWARxE', 'E-FORCSE', 'PDMP'])} queried ${dt}: 3 prescribers and 2 pharmacies in 12 months. Last fill oxycodone 10 mg #60 on ${md} by Dr. ${s}, ${d.pick(['CVS', 'Walgreens', 'Rite Aid', 'Walmart'])} in ${t}.`, [dt, md, s, t]];
  }],
  ['PDMP report id and reviewer', (d) => {
    const n = `${d.letters(2)}${d.digitString(8)}`; const g = d.given(); const s = d.sur();
    return [`PDMP report ${n} attached to chart; reviewed by ${g} ${s}, PharmD.`, [n, g, s]];
  }],
  // school counselor letters
  ['school counselor letter opener', (d) => {
    const sc = d.school(); const c = d.given(); const my = d.monthYear();
    return [`To Whom It May Concern:\nI am the school adjustment counselor at ${sc} and have worked with ${c} since ${my}.`, [sc, c, my]];
  }],
  ['504 plan and case manager e-mail', (d) => {
    const c = d.given(); const sc = d.school(); const s = d.sur(); const x = d.ext(); const e = d.email(d.given(), d.sur());
    return [`${c} has a 504 plan at ${sc}; case manager ${d.pick(['Ms.', 'Mr.', 'Mrs.'])} ${s} (ext ${x}). Parent prefers e-mail: ${e}.`, [c, sc, s, x, e]];
  }],
  ['student header with id', (d) => {
    const s = d.sur(); const g = d.given(); const id = d.digitString(d.int(6, 9));
    return [`Student: ${s}, ${g}   Student ID: ${id}   Grade: 7   Homeroom: 214`, [s, g, id]];
  }],
  ['school counselor signature block', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const [ph, p] = d.phone(); const x = d.ext();
    return [`Sincerely,\n${g} ${s}, M.Ed.\nSchool Counselor, ${sc}\n${ph} ext. ${x}`, [g, s, sc, p, x]];
  }],
  // insurance, telehealth, social media, crisis evaluation
  ['MassHealth id', (d) => {
    const n = d.masshealth();
    return [`Insurance: MassHealth Standard, ID ${n}; ACO: ${d.pick(['BMC HealthNet', 'Tufts Together', 'Fallon 365'])}.`, [n]];
  }],
  ['telehealth link and location', (d) => {
    const u = `https://${d.pick(['zoom.us/j/', 'meet.doxy.me/', 'telehealth.example.org/room/'])}${d.digitString(10)}`; const t = d.town();
    return [`Session held by video (${u}); pt at home in ${t}, consented to telehealth.`, [u, t]];
  }],
  ['ex-partner social media handle', (d) => {
    const h = d.handle(d.given(), d.sur());
    return [`Ex-partner has been posting about her on Instagram (@${h}); screenshots saved for the 209A hearing.`, [h]];
  }],
  ['crisis evaluation clinician and date', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Crisis evaluation by ${g} ${s}, LICSW, Emergency Services Program, on ${dt} at ${d.time()}; C-SSRS high risk.`, [g, s, dt]];
  }],
  ['emergency contact aunt with phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Emergency contact: ${d.pick(RELATIVES)} ${g} ${s}, ${ph} (ROI signed).`, [g, s, p]];
  }],
];

/** The names of the wave's frames. */
export const behavioralFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function behavioralWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9001, rounds);
}

/** Look-alikes in behavioral health note style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // DSM-5 and ICD-10 codes
  ['Dx: F33.2 Major depressive disorder, recurrent, severe', 'F33.2'], ['F11.20 Opioid use disorder, severe', 'F11.20'], ['Alcohol use disorder, moderate (F10.20)', 'F10.20'],
  ['PTSD, chronic (309.81)', '309.81'], ['296.32 MDD, recurrent, moderate', '296.32'], ['Z91.51 Personal history of suicidal behavior', 'Z91.51'], ['Z65.3 Problems related to legal circumstances', 'Z65.3'],
  ['Criteria per DSM-5-TR were met.', 'DSM-5-TR'], ['ICD-10-CM F43.10', 'F43.10'],
  // scales and scores
  ['PHQ-9: 19 (moderately severe)', 'PHQ-9: 19'], ['GAD-7 = 14', 'GAD-7 = 14'], ['C-SSRS screen positive for ideation, no behavior', 'C-SSRS'], ['Columbia Suicide Severity Rating Scale completed', 'Columbia'],
  ['AUDIT score 27', 'AUDIT score 27'], ['CIWA-Ar 14 at 0600', 'CIWA-Ar 14'], ['COWS 11 (mild withdrawal)', 'COWS 11'], ['MoCA 24/30', '24/30'], ['Y-BOCS 28, severe', 'Y-BOCS 28'],
  ['Yale-Brown Obsessive Compulsive Scale', 'Yale-Brown'], ['Young Mania Rating Scale 22', 'Young Mania Rating Scale'], ['Hamilton Depression Rating Scale 24', 'Hamilton'],
  ['Edinburgh Postnatal Depression Scale 15', 'Edinburgh'], ['Vanderbilt ADHD rating scales from two teachers', 'Vanderbilt'], ['Beck Depression Inventory-II: 31', 'Beck'],
  ['AIMS 0; no tardive dyskinesia', 'AIMS 0'], ['Barnes Akathisia Rating Scale 2', 'Barnes'], ['Simpson-Angus Scale 4', 'Simpson-Angus'], ['Minnesota Multiphasic Personality Inventory-3 valid', 'Minnesota'],
  ['WISC-V Full Scale IQ 84', 'WISC-V'], ['ACE score 7', 'ACE score 7'], ['ASAM level 3.7 recommended', 'ASAM level 3.7'], ['GAF 45', 'GAF 45'], ['Conners 3 parent form elevated', 'Conners 3'],
  // eponymous syndromes and duties
  ['Wernicke prophylaxis: thiamine 500 mg IV TID', 'Wernicke'], ['Concern for Korsakoff syndrome', 'Korsakoff'], ['History of Tourette disorder', 'Tourette'], ['Capgras delusion regarding her husband', 'Capgras'],
  ['Munchausen by proxy was considered', 'Munchausen'], ['Tarasoff duty to warn considered; no identifiable victim', 'Tarasoff'],
  // statutes, holds and legal words
  ['Section 12(a) application completed', 'Section 12(a)'], ['Committed under Section 35 for up to 90 days', 'Section 35'], ['Held under M.G.L. c. 123, s. 12(b)', 'c. 123, s. 12(b)'],
  ['72-hour hold under WIC 5150', '5150'], ['5250 certification hearing held', '5250'], ['Baker Act criteria not met', 'Baker Act'], ['Marchman Act petition discussed with family', 'Marchman Act'],
  ["Kendra's Law AOT order in effect", "Kendra's Law"], ['Rogers order in place for antipsychotics', 'Rogers'], ['209A restraining order', '209A'], ['51A report filed with DCF', '51A'],
  ['CWOF for one year', 'CWOF'], ['2 years probation, 60 days suspended', '2 years probation'], ['Possession of Class A substance', 'Class A'],
  // drugs and doses
  ['Methadone 95 mg daily, observed', 'Methadone 95 mg'], ['Suboxone 8 mg/2 mg film BID', '8 mg/2 mg'], ['Sublocade 300 mg SC monthly', 'Sublocade 300 mg'], ['Vivitrol 380 mg IM q4 weeks', 'Vivitrol 380 mg'],
  ['Narcan 4 mg nasal kit provided', 'Narcan 4 mg'], ['Lithium level 0.9 mEq/L', '0.9 mEq/L'], ['Clozapine 350 mg qHS; ANC 2.1', 'Clozapine 350 mg'], ['Haldol 5 mg / Ativan 2 mg / Benadryl 50 mg IM', 'Haldol 5 mg'],
  ['Abilify Maintena 400 mg IM', 'Abilify Maintena'], ['Invega Sustenna 234 mg IM', 'Invega Sustenna'], ['UDS positive for fentanyl and norfentanyl', 'fentanyl'], ['BAL 0.21 on arrival', 'BAL 0.21'],
  ['Take-home level 3 (6 bottles)', 'Take-home level 3'], ['Trazodone 50 mg qhs prn insomnia', 'Trazodone 50 mg'],
  // recovery words and everyday words that are names
  ['Attends AA meetings daily', 'AA'], ['Goes to NA and SMART Recovery', 'SMART Recovery'], ['Working Step 4 with her sponsor', 'Step 4'], ['Reading the Big Book nightly', 'Big Book'],
  ['Celebrate Recovery at her church', 'Celebrate Recovery'], ['Al-Anon for family members', 'Al-Anon'], ['Relies on her Higher Power', 'Higher Power'], ['She has hope for the future.', 'hope'],
  ['Her faith keeps her going.', 'faith'], ['Sober by the grace of God', 'grace'], ['He lacks the will to live.', 'will'], ['Reports no joy in activities (anhedonia).', 'joy'],
  ['She was frank about her drinking.', 'frank'], ['Mood "hopeless"; affect constricted', 'hopeless'], ['Safety plan reviewed and copy given to patient', 'Safety plan'],
  ['988 Suicide & Crisis Lifeline', '988'], ['Text HOME to 741741 (Crisis Text Line)', '741741'],
  // relations without names, generic places, military, states and countries
  ['Collateral from mother and ex-husband', 'ex-husband'], ['Lives with her boyfriend and two children', 'boyfriend'], ['Her probation officer was notified', 'probation officer'],
  ['Guardian ad litem to be appointed', 'Guardian ad litem'], ['Maternal grandmother raised her', 'Maternal grandmother'], ['Discharged to a sober house', 'sober house'],
  ['Staying at a shelter', 'shelter'], ['Transferred to the county jail', 'county jail'], ['Admitted to the inpatient unit, 4 West', '4 West'], ['Level IV detox bed requested', 'detox'],
  ['Referred to a halfway house', 'halfway house'], ['Seen in the ED overnight', 'the ED'], ['DCF and DMH involved', 'DMH'], ['MassHealth active', 'MassHealth'],
  ['Served two tours in Afghanistan', 'Afghanistan'], ['Moved from Puerto Rico as a teen', 'Puerto Rico'], ['Grew up in Massachusetts', 'Massachusetts'], ['Served with the 82nd Airborne Division', '82nd Airborne'], ['Army infantry, E-4', 'E-4'],
  // ages, grades, years, days, times
  ['34-year-old man with OUD', '34'], ['First drink at age 12', '12'], ['Dropped out in 9th grade', '9th grade'], ['Held back in 3rd grade', '3rd grade'], ['Sober since 2019', '2019'],
  ['Divorced in 2016', '2016'], ['An 89 y/o widow', '89'], ['Day 3 of detox', 'Day 3'], ['Working on Step 9 amends', 'Step 9'], ['COWS at 08:15', '08:15'], ['Q15 minute checks', 'Q15'], ['1:1 sitter ordered', '1:1'],
];

export const behavioralKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedBehavioralKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(behavioralKeepCases(), find);

export function scoreBehavioralWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => behavioralWaveCases(seed)), find);
}
