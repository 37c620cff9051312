// A blind wave of outpatient ancillary and allied-health documents written outside the hospital: dental charts, hygiene
// notes and treatment plans (the practice, the dentist, the hygienist, the lab that made a crown and its case number,
// the subscriber and group numbers), optometry and ophthalmology exams (spectacle and contact lens prescriptions with the
// doctor's licence, the optical shop, frame, lens and lab job order numbers, IOL serials, injection lots), audiology
// (hearing-aid serials, the dispenser and licence, RMAs and loaners, the patient's employer), outpatient physical,
// occupational and speech therapy plans of care and progress notes (the clinic, the referring doctor, certification
// periods, goals tied to dates, the home's town and stairs, the employer and named venues, driving evaluations, workers'
// comp claims), chiropractic and podiatry notes, durable medical equipment orders, delivery tickets and CMNs (serials,
// MBIs, NPIs, delivery addresses), orthotics and prosthetics (component serials, the fitter, the O&P shop), sleep-study
// and CPAP compliance downloads (device serials, the DME company), massage and acupuncture intake forms, school-based
// therapy (the school, the district, the teacher, the SASID, IEP dates), portal links, telehealth IPs and reminders, in
// mixed case, ALL CAPS and lower case. Dates are written in every form the offices use ('03/04/2021', '3/4/21',
// '3-4-21', '4 March 2021', 'Mar 4, 2021', '2021-03-04', '3/4', 'Tuesday', 'the 4th', '3/2021'); ages over 89; phones,
// faxes, e-mails. Given names, surnames and towns are often everyday words (Hope, Price, Church, Bath, Union, Liberty,
// Norway, China). A list of look-alikes in the same style must not be touched. Written without reading the engine's rules
// or any gold data. `scoreAncillaryWave`.
// Decisions: a person's given name and surname are planted, a middle initial is not, nor a title ('Dr.', 'Mrs.') or a
// credential ('DDS', 'RDH', 'OD', 'Au.D., CCC-A', 'BC-HIS', 'PT, DPT', 'OTR/L, CHT', 'CPO', 'RRT', 'L.Ac.', 'LMT',
// 'ATP/SMS'); initials standing for a person ('Tech: KLM') are planted; a practice, clinic, dental or optical lab, shop,
// hearing center, DME company, O&P shop, ASC, school, nursing home, employer or named venue ('Salem Family Dentistry',
// 'Summit Dental Lab', 'Norway Lanes', 'Bath YMCA') is planted whole with its kind word, an outside hospital too; a town is
// planted, a state is kept, a ZIP and a street address (number and street) are planted, an intersection's two streets are
// planted each with its suffix; a school district is planted by its town ('Salem' of 'Salem Public Schools'); every date
// element but the year is planted as written, including a weekday, 'the 4th', 'Mar 4', a month with a year ('3/2021'),
// while a year alone and a time are kept; ages over 89 are planted as the number; chart, case, order, lab job, RMA, claim,
// subscriber, group, account, MBI, NPI, licence, SASID and SSN numbers are planted; device serials and drug lots are
// planted, device makers, models, HCPCS/CDT/CPT codes, tooth numbers and surfaces, lens powers and sizes are kept; a
// phone's leading '(' need not be covered; a URL and an e-mail are planted whole; an IP is planted; a vehicle plate is
// planted, its make and model year kept; a job title, a hobby and relations without names are kept; a visit count
// ('Visit 8 of 12') and an injection count are kept.
// Measured before rules: 0.859 recall on seeds 5, 11, 23 (3773/4392), 0.860 on fresh seeds 41, 42, 43 (3776/4392); 6/116
// look-alikes touched ("Miller class I", "Snellen", "Goldmann", "Modified Ashworth", "Morton neuroma", "Brazil") (engine at d6e238b).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pt } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, ca, gb, au, ind, es, it, pt, de, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Joy', 'Dawn', 'Autumn', 'Summer', 'Hunter', 'Chase', 'Mercy', 'Patience', 'Honor', 'Ginger', 'Cliff', 'Dale', 'Glen', 'Lance', 'Mark', 'Bill', 'Pat', 'Sunny', 'Brook', 'River', 'Crystal', 'Ruby', 'Pearl', 'Violet', 'Heather', 'Basil', 'Royal', 'Major', 'Art', 'Max', 'Guy', 'Rod', 'Bud'];
const WORD_SUR = ['Price', 'Church', 'Stone', 'Wall', 'Cook', 'Walker', 'Fisher', 'Lane', 'Moss', 'Reed', 'Rivers', 'Best', 'Good', 'Hardy', 'Wise', 'Noble', 'Bright', 'Foote', 'Legg', 'Hand', 'Head', 'Bone', 'Banks', 'Cash', 'Sparks', 'Mann', 'Street', 'Gardner', 'Carpenter', 'Sweet', 'Love', 'Swift', 'Bird', 'Fox', 'Wolf', 'Crane', 'Gay', 'Early', 'Bland'];
/** Towns that are everyday words, given names, surnames or countries. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Harmony', 'Friendship', 'Freedom', 'Hope', 'Unity', 'Paris', 'Mexico', 'Peru', 'Poland', 'Norway', 'Denmark', 'China', 'Canton', 'Athens', 'Eden', 'Independence', 'Commerce', 'Normal', 'Industry', 'Sandwich', 'Globe', 'Ransom', 'Story', 'Orange', 'Lincoln', 'Dexter', 'Winslow', 'Jay', 'Hanover', 'Concord', 'Lebanon'];
const REAL_TOWNS = ['Skowhegan', 'Presque Isle', 'Millinocket', 'Rumford', 'Ellsworth', 'Machias', 'Houlton', 'Farmington', 'Dover-Foxcroft', 'Bucksport', 'Belfast', 'Camden', 'Rockland', 'Waldoboro', 'Damariscotta', 'Calais', 'Guilford', 'Ludlow', 'St. Johnsbury', 'Littleton', 'Berlin', 'Claremont', 'Athol', 'Ware', 'Greenfield', 'Lewiston', 'Augusta', 'Keene'];
const STATES = ['ME', 'NH', 'VT', 'MA', 'Maine', 'New Hampshire'];
/** Words that head the names of small businesses and practices. */
const BIZ_WORDS = ['Summit', 'Pinnacle', 'Heritage', 'Riverside', 'Lakeview', 'Pine Tree', 'Coastal', 'Granite State', 'Harbor', 'Valley', 'Maple', 'Evergreen', 'Northern Lights', 'Keystone', 'Cornerstone', 'Precision', 'Advantage', 'Achieve', 'Bright Horizons', 'Seacoast', 'Kennebec', 'Downeast', 'Mountain View', 'Apple Tree'];
const STREET_SUFFIX = ['St', 'Street', 'Rd', 'Road', 'Ave', 'Lane', 'Dr', 'Hill Rd', 'Pond Rd', 'Way'];
const SAINTS = ['Agnes', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Jude'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WKDY = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'niece', 'sister', 'brother', 'partner', 'grandson', 'granddaughter'];
const JOBS = ['welder', 'CNA', 'mail carrier', 'line cook', 'school bus driver', 'lobsterman', 'electrician', 'dental assistant', 'warehouse picker', 'roofer', 'retired teacher', 'hairdresser'];
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'comcast.net', 'aol.com', 'hotmail.com', 'icloud.com', 'myfairpoint.net', 'roadrunner.com'];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** Initials of two or three letters. */
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city().replace(/\s*\(.*\)\s*$/, '');
  }
  /** A street name's surname ('Holzdeppe'). */
  streetSurname(): string {
    return this.capitalizedSurname();
  }
  state(): string {
    return this.pick(STATES);
  }
  zip(): string {
    return `0${this.int(1, 5)}${this.digitString(3)}`;
  }
  /** A street address: number and street. */
  street(): string {
    const name = this.r() < 0.5 ? this.pick([...WORD_SUR, ...WORD_TOWNS, 'Pleasant', 'Elm', 'Main', 'High', 'Water', 'Mill', 'School', 'Spring', 'Bridge']) : this.capitalizedSurname();
    return `${this.int(2, 2999)} ${name} ${this.pick(STREET_SUFFIX)}`;
  }
  /** A business's name: a town, a surname or a business word, and its kind word ('Salem Family Dentistry'). */
  org(kinds: readonly string[]): string {
    if (this.r() < 0.2) return `${this.pick(kinds)} of ${this.town()}`;
    const x = this.r();
    const head = x < 0.4 ? this.town() : x < 0.7 ? this.sur() : this.pick(BIZ_WORDS);
    return `${head} ${this.pick(kinds)}`;
  }
  dental(): string {
    return this.org(['Family Dentistry', 'Dental Associates', 'Dental Care', 'Smile Center', 'Dental Group', 'Pediatric Dentistry']);
  }
  oralSurgery(): string {
    return this.org(['Oral & Maxillofacial Surgery', 'Oral Surgery Associates', 'Oral Surgery']);
  }
  dentalLab(): string {
    return this.org(['Dental Lab', 'Dental Laboratory', 'Dental Studio', 'Dental Arts']);
  }
  optical(): string {
    return this.org(['Optical', 'Eye Care', 'Vision Center', 'Eye Associates', 'Optometry']);
  }
  hearing(): string {
    return this.org(['Hearing Center', 'Hearing Aid Service', 'Audiology', 'Hearing & Balance']);
  }
  clinic(): string {
    return this.org(['Physical Therapy', 'Rehab & Sports Medicine', 'Therapy Associates', 'Pediatric Therapy Center', 'Hand Therapy', 'PT & Aquatics']);
  }
  dme(): string {
    return this.org(['Home Medical', 'Medical Supply', 'Home Health Equipment', 'Respiratory Care', 'Sleep & Oxygen']);
  }
  orthoPros(): string {
    return this.org(['Orthotics & Prosthetics', 'O&P', 'Limb & Brace', 'Prosthetic Center']);
  }
  school(): string {
    return `${this.r() < 0.5 ? this.sur() : this.pick([...WORD_TOWNS, ...BIZ_WORDS])} ${this.pick(['Elementary School', 'Elementary', 'Middle School', 'Intermediate School', 'Primary School'])}`;
  }
  employer(): string {
    return this.org(['Paper Mill', 'Construction', 'Lumber', 'Iron Works', 'Market', 'Nursing & Rehab', 'Seafood', 'Public Works', 'Auto Body']);
  }
  venue(): string {
    return this.pick([`${this.town()} Lanes`, `${this.town()} Country Club`, `${this.town()} YMCA`, `${this.pick(BIZ_WORDS)} Golf Club`, `St. ${this.pick(SAINTS)}'s Parish`, `${this.town()} Senior Center`]);
  }
  facility(): string {
    return this.org(['Assisted Living', 'Nursing & Rehabilitation Center', 'Senior Living', 'Health Care Center']);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  override year(): number {
    return this.int(2014, 2025);
  }
  /** A full date in one of the forms offices write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${MONTHS[m - 1]!} ${ordinal(d)}, ${y}`);
  }
  /** A numeric full date. */
  numDate(): string {
    const [m, d] = this.md();
    const y = this.year();
    return this.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${m}/${d}/${pad2(y % 100)}`]);
  }
  /** A month and day without a year ('3/4', 'Mar 4', 'March 4th'). */
  monthDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 3);
    if (k === 0) return `${m}/${d}`;
    if (k === 1) return `${MON[m - 1]!} ${d}`;
    if (k === 2) return `${MONTHS[m - 1]!} ${ordinal(d)}`;
    return `${pad2(m)}/${pad2(d)}`;
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  weekday(): string {
    return this.r() < 0.6 ? this.pick(WEEKDAYS) : this.pick(WKDY);
  }
  /** A date of birth (numeric), born between `lo` and `hi`. */
  dob(lo = 1930, hi = 2015): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
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
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    const local = this.pick([`${a}.${b}`, `${a}${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}_${a}`, `${a}${this.int(1950, 2012)}`]);
    return `${local}@${this.pick(MAIL_HOSTS)}`;
  }
  /** A personal e-mail under a handle rather than the name ('grammy1957@aol.com'). */
  handleEmail(): string {
    const h = this.pick(['mainegirl', 'skibum', 'grammy', 'nanaof4', 'bluebird', 'moosetracks', 'sailor', 'dogmom', 'gardenlady', 'lobsterbob', 'papabear', 'sox.fan']);
    return `${h}${this.pick([String(this.int(1950, 2012)), String(this.int(1, 99)), ''])}@${this.pick(MAIL_HOSTS)}`;
  }
  /** An office or portal address with a token or an id. */
  url(head: string): string {
    const h = asciiLetters(head) || 'clinic';
    const k = this.int(0, 3);
    if (k === 0) return `https://portal.${h}.com/appt/confirm?t=${this.lettersOf('abcdefghjkmnpqrstuvwxyz23456789', 10)}`;
    if (k === 1) return `https://mychart.${h}.org/MyChart/Visits?id=${this.digitString(9)}`;
    if (k === 2) return `www.${h}.com/forms/intake-${this.digitString(6)}`;
    return `https://${h}.patientportal.com/r/${this.lettersOf('ABCDEFGHJKMNPQRSTUVWXYZ0123456789', 8)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A state licence number in one of several forms. */
  licence(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(4, 6));
    if (k === 2) return `${this.letters(3)}.${String(this.int(1, 9999)).padStart(7, '0')}`;
    return `${this.letters(2)}-${this.digitString(4)}`;
  }
  /** An order, case, job, RMA or claim number. */
  order(): string {
    const k = this.int(0, 4);
    if (k === 0) return this.digitString(this.int(6, 8));
    if (k === 1) return `${this.letters(2)}-${this.digitString(6)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(7)}`;
    if (k === 3) return `${pad2(this.int(14, 25))}-${this.digitString(5)}`;
    return `${this.digitString(4)}${this.letters(2)}${this.digitString(2)}`;
  }
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(8, 11));
    if (k === 2) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 3) return `${pad2(this.int(14, 25))}${this.letters(1)}${this.digitString(5)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  /** A CPAP serial: ResMed's eleven digits or Philips's letter-and-digit code. */
  cpapSerial(): string {
    return this.r() < 0.6 ? `2${this.digitString(10)}` : `J${this.digitString(8)}${this.letters(1)}${this.int(0, 9)}${this.letters(1)}${this.int(0, 9)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(6, 8));
    return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const l = (): string => this.lettersOf(MBI_LETTERS, 1);
    const an = (): string => (this.r() < 0.5 ? l() : String(this.int(0, 9)));
    const a = `${this.int(1, 9)}${l()}${an()}${this.int(0, 9)}`;
    const b = `${l()}${an()}${this.int(0, 9)}`;
    const c = `${l()}${l()}${this.int(0, 9)}${this.int(0, 9)}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  plate(): string {
    return this.pick([`${this.int(1, 9)}${this.letters(3)}${this.digitString(3)}`, `${this.letters(3)} ${this.digitString(3)}`, `${this.digitString(4)}${this.letters(2)}`]);
  }
  ip(): string {
    return `${this.int(24, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** A doctor: 'Dr. First Last', 'First Last, MD' and the like, and its parts. */
  doctor(cred = 'MD'): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, ${cred}`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g} ${cred}`, [s, g]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // dental
  ['dental chart header LAST, FIRST with chart number', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const chart = d.digitString(d.int(4, 6)); const dob = d.dob(); const s2 = d.sur(); const g3 = d.given();
    return [`PATIENT: ${s}, ${g} ${d.mi()}   Chart #: ${chart}   DOB: ${dob}\nProvider: Dr. ${s2}   Hygienist: ${g3}`, [s, g, chart, dob, s2, g3]];
  }],
  ['hygiene recall with RDH on weekday', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Adult prophy (D1110), 4BWX. BOP 14%, gen 2-3 mm, loc 4 mm #2-4 DL. OHI given. Next recall ${w} ${md} 9:00 AM w/ ${g} ${s}, RDH.`, [w, md, g, s]];
  }],
  ['crown sent to lab with case number', (d) => {
    const lab = d.dentalLab(); const c = d.order(); const dt = d.date();
    return [`#30 PFM crown prep, PVS final impression, shade A2. Case sent to ${lab}, case #${c}; seat appt ${dt}.`, [lab, c, dt]];
  }],
  ['treatment plan phases with dates', (d) => {
    const a = d.date(); const b = d.monthDay(); const c = d.monthDay();
    return [`TX PLAN (presented ${a}, pt accepted)\nPhase I: SRP UR/LR (D4341 x2) - ${b}\nPhase II: #19 MOD composite (D2393) - ${c}\nPhase III: #14 crown (D2740), pending predetermination`, [a, b, c]];
  }],
  ['referral to oral surgeon with town', (d) => {
    const g = d.given(); const s = d.sur(); const p = d.oralSurgery(); const t = d.town();
    return [`Referred to Dr. ${g} ${s}, DDS, MS at ${p} (${t}) for ext #1, #16, #17, #32 under IV sedation.`, [g, s, p, t]];
  }],
  ['dental insurance subscriber and group', (d) => {
    const g = d.given(); const s = d.sur(); const id = d.r() < 0.5 ? d.digitString(9) : `${d.letters(3)}${d.digitString(9)}`; const grp = d.r() < 0.5 ? d.digitString(5) : `${d.digitString(6)}-${d.digitString(4)}`;
    return [`Primary: Delta Dental PPO   Subscriber: ${g} ${s} (${d.pick(RELATIVES)})   Sub ID: ${id}   Group #: ${grp}`, [g, s, id, grp]];
  }],
  ['radiographs taken and last pano month/year', (d) => {
    const dt = d.date(); const my = `${d.int(1, 12)}/${d.year()}`; const p = d.dental();
    return [`FMX taken ${dt}. Last pano ${my} (outside, ${p}); no new radiolucencies.`, [dt, my, p]];
  }],
  ['dental letterhead address and phone', (d) => {
    const p = d.dental(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone();
    return [`${p}\n${st}\n${t}, ${d.state()} ${z}\nTel ${ph}`, [p, st, t, z, pp]];
  }],
  ['night guard delivered from lab', (d) => {
    const md = d.monthDay(); const lab = d.dentalLab(); const rx = d.order(); const g = d.given();
    return [`Occlusal guard (hard, max) delivered ${md}; fabricated by ${lab}, Rx #${rx}. ${g} tolerated well, adjusted for even contacts.`, [md, lab, rx, g]];
  }],
  ['dental after-hours call from relative', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const w = d.weekday(); const [ph, pp] = d.phone();
    return [`Pt's ${rel} ${g} called ${w} evening re: swelling LL; advised Pen VK 500 mg QID x7d, call back at ${ph} if worse.`, [g, w, pp]];
  }],
  // optometry and ophthalmology
  ['spectacle Rx with expiry and licence', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const lic = d.licence();
    return [`SPECTACLE Rx\nOD -2.25 -0.50 x 180   OS -2.00 -0.75 x 005   ADD +2.00\nPD 63/60\nExpires: ${dt}\n${g} ${s}, OD   Lic #${lic}`, [dt, g, s, lic]];
  }],
  ['optical order frame lens and lab job', (d) => {
    const o = d.order(); const shop = d.optical(); const job = d.digitString(7); const w = d.weekday(); const md = d.slashMd();
    return [`Optical order #${o} - ${shop}\nFrame: Ray-Ban RB5154 51-21-145, tortoise\nLens: Varilux X 1.67 AR; lab job ${job}; promised ${w} ${md}`, [o, shop, job, w, md]];
  }],
  ['contact lens trial for named patient', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.monthDay();
    return [`CL Rx for ${g} ${s}: Acuvue Oasys 8.4/14.0, OD -2.50, OS -2.25. Trials dispensed ${md}; f/u 1 wk.`, [g, s, md]];
  }],
  ['referred by OD of eye care in town', (d) => {
    const g = d.given(); const s = d.sur(); const shop = d.optical(); const t = d.town();
    return [`Referred by ${g} ${s}, OD, of ${shop} in ${t} for elevated IOP (OD 26, OS 24 mmHg by Goldmann).`, [g, s, shop, t]];
  }],
  ['intravitreal injection lot and last date', (d) => {
    const lot = d.lot(); const dt = d.date(); const s = d.sur();
    return [`Injection #7 OS: aflibercept 2 mg/0.05 mL, lot ${lot}. Last injection ${dt}. Injected by Dr. ${s} after betadine prep.`, [lot, dt, s]];
  }],
  ['IOL implant serial', (d) => {
    const sn = `${d.digitString(8)}.${String(d.int(1, 99)).padStart(3, '0')}`; const dt = d.date();
    return [`IOL: Alcon SN60WF +21.5 D, serial ${sn}, placed in the bag OD on ${dt}.`, [sn, dt]];
  }],
  ['visual field tech initials', (d) => {
    const md = d.monthDay(); const i = d.initials();
    return [`HVF 24-2 SITA-Fast OU ${md}, reliable indices. Tech: ${i}`, [md, i]];
  }],
  ['ophthalmology age over 89 from facility', (d) => {
    const n = d.ageOver89(); const f = d.facility(); const t = d.town();
    return [`${n} yo WF presents for 6-month AMD f/u. Resides at ${f} in ${t}; transported by facility van.`, [n, f, t]];
  }],
  ['glasses ready text message', (d) => {
    const g = d.given(); const shop = d.optical(); const w = d.weekday();
    return [`Hi ${g}! Your glasses are ready for pickup at ${shop}. We're open until 6 pm ${w}. Reply STOP to opt out.`, [g, shop, w]];
  }],
  // audiology
  ['hearing aid fitting serials R and L', (d) => {
    const a = d.serial(); const b = d.serial();
    return [`Fit: Phonak Audéo Lumity L90-R, receivers M, open domes 8 mm.\nR SN: ${a}   L SN: ${b}`, [a, b]];
  }],
  ['dispenser signature and licence', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.licence(); const dt = d.date();
    return [`Dispensed by ${g} ${s}, BC-HIS, Hearing Aid Dispenser Lic. #${lic}, on ${dt}.`, [g, s, lic, dt]];
  }],
  ['audiogram by AuD at center', (d) => {
    const md = d.monthDay(); const g = d.given(); const s = d.sur(); const c = d.hearing();
    return [`Audiogram ${md} by ${g} ${s}, Au.D., CCC-A, ${c}: bilateral sloping moderate-to-severe SNHL, WRS 76% R / 68% L.`, [md, g, s, c]];
  }],
  ['trial period end and adjustment visit', (d) => {
    const dt = d.date(); const w = d.weekday(); const md = d.slashMd(); const s = d.sur();
    return [`45-day trial ends ${dt}; return for fine-tuning ${w} ${md} with Dr. ${s}.`, [dt, w, md, s]];
  }],
  ['repair RMA and loaner serial', (d) => {
    const rma = d.order(); const sn = d.serial(); const md = d.monthDay();
    return [`R aid sent to manufacturer for repair, RMA #${rma}; loaner Oticon More 1 SN ${sn} issued ${md}.`, [rma, sn, md]];
  }],
  ['occupational noise at employer', (d) => {
    const e = d.employer(); const y = d.int(8, 35);
    return [`Occupational noise: ${y} yrs at ${e} (machine floor), inconsistent HPD use. Hobbies: deer hunting, snowmobiling.`, [e]];
  }],
  ['patient e-mail about feedback', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const dt = d.date();
    return [`Pt e-mailed (${em}) on ${dt} reporting whistling in the R aid with hats on.`, [em, dt]];
  }],
  // physical, occupational and speech therapy
  ['PT plan of care header', (d) => {
    const c = d.clinic(); const s = d.sur(); const g = d.given(); const dob = d.dob(); const [doc, p] = d.doctor(); const y = d.year(); const [m, dd] = d.md(); const m2 = ((m + 1) % 12) + 1; const y2 = m2 < m ? y + 1 : y;
    const a = d.r() < 0.5 ? `${m}/${dd}/${y}` : `${pad2(m)}/${pad2(dd)}/${y}`; const b = d.r() < 0.5 ? `${m2}/${d.int(1, 28)}/${y2}` : `${pad2(m2)}/${pad2(d.int(1, 28))}/${y2}`;
    return [`PLAN OF CARE\n${c}\nPatient: ${s}, ${g}   DOB: ${dob}\nReferring: ${doc}\nCertification period: ${a} to ${b}`, [c, s, g, dob, ...p, a, b]];
  }],
  ['STG and LTG tied to dates', (d) => {
    const a = d.monthDay(); const b = d.monthDay(); const job = d.pick(JOBS);
    return [`STG (by ${a}): pt will ascend/descend 14 steps with 1 rail, mod I.\nLTG (by ${b}): pt will return to work as a ${job}, full duty.`, [a, b]];
  }],
  ['home setup stairs and town', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const t = d.town();
    return [`Lives with ${rel} ${g} in a 2-story home in ${t}; 4 STE with R rail, 13 steps to 2nd floor bedroom; tub/shower with bath bench.`, [g, t]];
  }],
  ['occupation at employer and last worked', (d) => {
    const job = d.pick(JOBS); const e = d.employer(); const dt = d.date();
    return [`Occupation: ${job} at ${e}; last worked ${dt}. Pt's goal: RTW full duty, lifting 50 lb.`, [e, dt]];
  }],
  ['hobby at named venue', (d) => {
    const v = d.venue();
    return [`Pt hopes to get back to league bowling and golf at ${v}, and to gardening this spring.`, [v]];
  }],
  ['progress note DOS and therapist', (d) => {
    const dt = d.date(); const n = d.int(3, 11); const g = d.given(); const s = d.sur();
    return [`PROGRESS NOTE   DOS: ${dt}   Visit ${n} of 12\nTherapist: ${g} ${s}, PT, DPT`, [dt, g, s]];
  }],
  ['OT orthosis fabricated by CHT', (d) => {
    const md = d.monthDay(); const g = d.given(); const s = d.sur();
    return [`Custom thermoplastic R thumb spica orthosis fabricated ${md} by ${g} ${s}, OTR/L, CHT; wear at all times except hygiene.`, [md, g, s]];
  }],
  ['SLP swallow study at hospital', (d) => {
    const dt = d.date(); const h = d.hospital();
    return [`MBSS ${dt} at ${h}: PAS 7 with thin liquids; rec IDDSI level 4 (pureed) and mildly thick liquids.`, [dt, h]];
  }],
  ['Medicare certification physician NPI', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const [m, dd] = d.md(); const dt = `${m}/${dd}/${pad2(d.year() % 100)}`;
    return [`I certify the need for these services furnished under this plan of care.\nPhysician: ${doc}   NPI ${npi}   Date: ${dt}`, [...p, npi, dt]];
  }],
  ['fax cover to referring office', (d) => {
    const s = d.sur(); const p = d.org(['Family Medicine', 'Primary Care', 'Orthopedics', 'Internal Medicine']); const [fx, fp] = d.phone(); const c = d.clinic(); const g2 = d.given(); const s2 = d.sur(); const dob = d.dob();
    return [`FAX to: Dr. ${s} / ${p}   Fax: ${fx}\nFrom: ${c}\nRe: ${g2} ${s2}, DOB ${dob} - updated plan of care for signature`, [s, p, fp, c, g2, s2, dob]];
  }],
  ['cancellations and no-show', (d) => {
    const w = d.weekday(); const md = d.slashMd();
    return [`Pt cancelled ${w} (car trouble) and no-showed ${md}; attendance policy reviewed by phone.`, [w, md]];
  }],
  ['pediatric OT parent report with school', (d) => {
    const g = d.given(); const c = d.given(); const sc = d.school();
    return [`Mom (${g}) reports ${c} is now buttoning his coat by himself before school at ${sc}.`, [g, c, sc]];
  }],
  ['vestibular onset weekday the ordinal', (d) => {
    const w = d.pick(WEEKDAYS); const o = `the ${ordinal(d.int(1, 31))}`;
    return [`Onset of vertigo ${w} ${o} after rolling over in bed. R Dix-Hallpike +; Epley performed x2, tolerated.`, [w, o]];
  }],
  ['driving evaluation vehicle plate', (d) => {
    const pl = d.plate(); const dt = d.date();
    return [`Behind-the-wheel evaluation in pt's own vehicle (2016 Subaru Forester, plate ${pl}) on ${dt}; passed with L foot accelerator.`, [pl, dt]];
  }],
  ['workers comp claim and adjuster', (d) => {
    const c = d.order(); const dt = d.date(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`W/C claim #${c}, DOI ${dt}. Adjuster ${g} ${s}, ph ${ph}; authorized 12 visits.`, [c, dt, g, s, pp]];
  }],
  // chiropractic and podiatry
  ['chiro accident at intersection in town', (d) => {
    const dt = d.date(); const a = `${d.pick([...WORD_SUR, 'Main', 'Elm', 'Water'])} St`; const b = `${d.streetSurname()} Ave`; const t = d.town(); const c = d.order();
    return [`Date of accident: ${dt}. Rear-ended at the light at ${a} and ${b} in ${t}. PIP claim #${c}.`, [dt, a, b, t, c]];
  }],
  ['chiro daily SOAP with DC', (d) => {
    const md = d.monthDay(); const g = d.given(); const s = d.sur();
    return [`SOAP ${md}: Diversified adjustments C5, T4, L5; Activator SI R; IFC 15 min. ${g} ${s}, DC`, [md, g, s]];
  }],
  ['podiatry nail care age over 89', (d) => {
    const n = d.ageOver89(); const dt = d.date();
    return [`${n} y.o. F with DM2 and PVD, painful mycotic nails x10, debrided 1-5 bilat. Class B findings. Next RFC ${dt}.`, [n, dt]];
  }],
  ['diabetic shoes from supplier', (d) => {
    const sup = d.dme(); const o = d.order(); const s = d.sur(); const md = d.monthDay();
    return [`Diabetic shoes/inserts (A5500, A5512 x3 pr) ordered from ${sup}, order #${o}; statement signed by Dr. ${s} ${md}.`, [sup, o, s, md]];
  }],
  ['podiatry surgery at ASC', (d) => {
    const w = d.pick(WEEKDAYS); const [m, dd] = d.md(); const md = `${MONTHS[m - 1]!} ${dd}`; const asc = d.org(['Surgery Center', 'Ambulatory Surgery Center', 'Foot & Ankle Surgery Center']);
    return [`L bunionectomy (Austin) scheduled ${w}, ${md} at ${asc}; pre-op instructions given.`, [w, md, asc]];
  }],
  // durable medical equipment
  ['DME order and delivery address', (d) => {
    const o = d.order(); const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date();
    return [`DME ORDER #${o}\nItem: semi-electric hospital bed (E0260) + alternating pressure pad (E0181)\nDeliver to: ${st}, ${t}, ${d.state()} ${z}\nRequested: ${dt}`, [o, st, t, z, dt]];
  }],
  ['delivery ticket driver and receiver', (d) => {
    const dt = d.date(); const g = d.given(); const g2 = d.given(); const s2 = d.sur();
    return [`Delivered ${dt} 14:20 by ${g} (driver). Received by: ${g2} ${s2} (${d.pick(RELATIVES)}). Setup and instruction completed.`, [dt, g, g2, s2]];
  }],
  ['power wheelchair serial and ATP', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur(); const c = d.clinic(); const md = d.monthDay();
    return [`Permobil M3 Corpus, SN ${sn}; ATP: ${g} ${s}, ATP/SMS; seating eval at ${c} ${md}.`, [sn, g, s, c, md]];
  }],
  ['oxygen concentrator serial and DME phone', (d) => {
    const sn = d.serial(); const co = d.dme(); const [ph, pp] = d.phone();
    return [`Home O2: Inogen One G5 POC SN ${sn} + stationary concentrator at 2 L/min. For service call ${co} 24/7 at ${ph}.`, [sn, co, pp]];
  }],
  ['CMN with NPI and MBI', (d) => {
    const dt = d.date(); const npi = d.npi(); const mbi = d.mbi();
    return [`CMN (CMS-484) signed ${dt}; ordering physician NPI ${npi}; Medicare MBI ${mbi}.`, [dt, npi, mbi]];
  }],
  ['equipment pickup with son cell', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const g = d.given(); const [ph, pp] = d.phone();
    return [`Rental pickup (rollator, shower chair) scheduled ${w} ${md} between 10 and 2; son ${g} will be home, cell ${ph}.`, [w, md, g, pp]];
  }],
  // orthotics and prosthetics
  ['prosthetic knee and foot serials with CPO', (d) => {
    const a = d.serial(); const b = d.serial(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Components: Ottobock C-Leg 4 (SN ${a}), Triton foot 26 cm (SN ${b}); fit ${dt} by ${g} ${s}, CPO.`, [a, b, dt, g, s]];
  }],
  ['AFO cast and fit at O&P', (d) => {
    const a = d.monthDay(); const b = d.monthDay(); const op = d.orthoPros();
    return [`Custom L AFO (L1970) cast ${a}, fit ${b} at ${op}. Wear schedule 2 h on / 1 h off, check skin.`, [a, b, op]];
  }],
  ['cranial helmet orthotist', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`STARband delivered ${dt} for R posterior plagiocephaly (CVAI 9.2%). Orthotist: ${g} ${s}, CO`, [dt, g, s]];
  }],
  // sleep and CPAP
  ['CPAP compliance download', (d) => {
    const a = d.numDate(); const b = d.numDate(); const sn = d.cpapSerial();
    return [`COMPLIANCE REPORT ${a} - ${b}\nDevice: ResMed AirSense 10 AutoSet   SN: ${sn}\nUsage: 87% of days >= 4 h, avg 6 h 12 min; AHI 2.1; 95th pct pressure 11.4 cm H2O`, [a, b, sn]];
  }],
  ['CPAP setup by RRT of DME company', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const co = d.dme();
    return [`CPAP set up ${dt} by ${g} ${s}, RRT, of ${co}; mask AirFit F20 medium, humidity 4.`, [dt, g, s, co]];
  }],
  ['home sleep test device picked up', (d) => {
    const sn = d.serial(); const w = d.weekday(); const md = d.slashMd();
    return [`HST (WatchPAT ONE, device ${sn}) picked up ${w} ${md}, returned next morning.`, [sn, w, md]];
  }],
  ['sleep results portal link', (d) => {
    const co = d.pick(BIZ_WORDS); const u = d.url(`${co}sleep`); const s = d.sur(); const dt = d.date();
    return [`Your sleep study results are available at ${u}. Dr. ${s} will review them with you at your visit on ${dt}.`, [u, s, dt]];
  }],
  ['DreamStation recall replacement shipped', (d) => {
    const sn = d.cpapSerial(); const t = d.town(); const md = d.monthDay();
    return [`Philips DreamStation SN ${sn} registered for recall; replacement shipped to pt in ${t} ${md}.`, [sn, t, md]];
  }],
  // massage and acupuncture
  ['massage intake form', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const em = d.handleEmail(); const [ph, pp] = d.phone(); const g2 = d.given();
    return [`CLIENT INTAKE\nName: ${g} ${s}   DOB: ${dob}\nEmail: ${em}   Cell: ${ph}\nEmergency contact: ${g2} (${d.pick(RELATIVES)})`, [g, s, dob, em, pp, g2]];
  }],
  ['acupuncture consent signature', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); const dt = d.numDate();
    return [`I consent to acupuncture treatment by ${g} ${s}, L.Ac.\nSignature: ${g2} ${s2}   Date: ${dt}`, [g, s, g2, s2, dt]];
  }],
  ['referred by friend from venue', (d) => {
    const g = d.given(); const s = d.sur(); const v = d.venue();
    return [`How did you hear about us? Referred by ${g} ${s} (friend from ${v}).`, [g, s, v]];
  }],
  ['acupuncture session points and initials', (d) => {
    const n = d.int(2, 10); const dt = d.date(); const i = d.initials();
    return [`Session ${n}, ${dt}: LI4, ST36, SP6, GB34 bilat, 20 min retention, no adverse effects. ${i}`, [dt, i]];
  }],
  // school-based therapy
  ['school IEP speech header', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const a = d.date(); const b = d.date(); const t = d.pick(['Mrs.', 'Ms.', 'Mr.']); const s2 = d.sur();
    return [`Student: ${g} ${s}   Grade: 2   School: ${sc}\nIEP date: ${a}   Annual review due: ${b}\nCase manager: ${t} ${s2}`, [g, s, sc, a, b, s2]];
  }],
  ['teacher report on intelligibility', (d) => {
    const t = d.pick(['Mrs.', 'Ms.', 'Mr.']); const s = d.sur(); const c = d.given();
    return [`Per classroom teacher ${t} ${s}, ${c} is intelligible to unfamiliar listeners about 70% of the time.`, [s, c]];
  }],
  ['progress report e-mailed to parent', (d) => {
    const md = d.monthDay(); const em = d.email(d.given(), d.sur());
    return [`Quarterly progress report sent home in backpack ${md} and e-mailed to parent (${em}).`, [md, em]];
  }],
  ['district and SASID', (d) => {
    const t = d.town(); const id = d.digitString(10);
    return [`District: ${t} Public Schools   SASID: ${id}   Eligibility: speech/language impairment`, [t, id]];
  }],
  // reminders, portals and intake numbers
  ['appointment reminder with portal link', (d) => {
    const g = d.given(); const c = d.clinic(); const w = d.pick(WEEKDAYS); const [m, dd] = d.md(); const md = `${MON[m - 1]!} ${dd}`; const u = d.url(c);
    return [`Reminder: ${g}, your appointment at ${c} is ${w}, ${md} at 2:30 PM. Confirm: ${u}`, [g, c, w, md, u]];
  }],
  ['telehealth session IP and town', (d) => {
    const dt = d.date(); const t = d.town(); const ip = d.ip();
    return [`Telehealth visit (Doxy.me) ${dt}; pt located at home in ${t}; session IP ${ip}.`, [dt, t, ip]];
  }],
  ['intake SSN and account', (d) => {
    const ssn = d.ssn(); const acct = d.digitString(d.int(6, 9));
    return [`SSN: ${ssn}   Acct #: ${acct}   Ins: Medicare + AARP supplement`, [ssn, acct]];
  }],
  ['turning over 89 on the ordinal', (d) => {
    const n = d.ageOver89(); const o = `the ${ordinal(d.int(1, 31))}`;
    return [`Pt turns ${n} on ${o}; family party planned, wants to be walking with the cane by then.`, [n, o]];
  }],
];

/** The names of the wave's frames. */
export const ancillaryFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function ancillaryWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9901, rounds);
}

/** Look-alikes in ancillary-note style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // dental
  ['#3 MOD composite placed.', '#3 MOD'], ['Crown #30 (D2740) seated with RelyX.', 'D2740'], ['Prophy D1110 and 4BWX D0274.', 'D0274'], ['Class II caries on #19 DO.', '#19 DO'],
  ['Generalized probing depths 4-5 mm, BOP 22%.', '4-5 mm'], ['Angle Class II malocclusion, div 1.', 'Angle Class II'], ['Miller class I recession #24.', 'Miller class I'],
  ['Black\'s classification: Class V.', 'Black\'s classification'], ['Shade A2 (Vita).', 'A2'], ['Carpule 1.7 mL 2% lidocaine 1:100k epi x2.', '1:100k'], ['PFM crown on #14.', 'PFM'],
  ['Universal numbering system.', 'Universal'],
  // optometry and ophthalmology
  ['OD -2.25 -0.50 x 180', '-0.50 x 180'], ['ADD +2.00 OU', '+2.00'], ['PD 63/60', '63/60'], ['VA 20/40 OD, 20/25 OS (Snellen).', 'Snellen'], ['Amsler grid normal OU.', 'Amsler'],
  ['Ishihara 14/14 plates.', 'Ishihara'], ['IOP 18 mmHg by Goldmann.', 'Goldmann'], ['Acuvue Oasys 8.4/14.0', '8.4/14.0'], ['HVF 24-2 SITA-Fast', '24-2'], ['Seidel negative.', 'Seidel'],
  ['Worth 4 dot: fusion at near.', 'Worth'], ['Frame RB5154 51-21-145', '51-21-145'], ['Schirmer 8 mm OU.', 'Schirmer'],
  // audiology
  ['Phonak Audéo Lumity L90-R', 'L90-R'], ['Threshold 65 dB HL at 4000 Hz.', '4000 Hz'], ['PTA 45 dB R, 50 dB L.', 'PTA 45 dB'], ['WRS 88% at 75 dB.', 'WRS 88%'],
  ['Weber lateralized to the L.', 'Weber'], ['Rinne positive bilaterally.', 'Rinne'], ['Tympanogram type A bilaterally.', 'type A'], ['Size 312 batteries.', 'Size 312'], ['Stenger negative.', 'Stenger'],
  // therapy scales, tests and generic words
  ['Berg Balance Scale 42/56.', '42/56'], ['TUG 14.2 s with SPC.', 'TUG 14.2 s'], ['MMT hip abd 4-/5.', '4-/5'], ['Oswestry 38%.', 'Oswestry'], ['QuickDASH 42.', 'QuickDASH'],
  ['Lachman negative, McMurray positive.', 'McMurray'], ['Thomas test positive R.', 'Thomas'], ['Trendelenburg gait on the L.', 'Trendelenburg'], ['Brunnstrom stage 4 UE.', 'Brunnstrom'],
  ['Rancho Los Amigos level VI.', 'Rancho Los Amigos'], ['Modified Ashworth 1+ elbow flexors.', 'Modified Ashworth'], ['Borg RPE 13.', 'Borg RPE 13'], ['6MWT 320 m.', '320 m'],
  ['Tinetti 19/28.', 'Tinetti'], ['Dix-Hallpike positive R; Epley x2.', 'Epley'], ['GFTA-3 standard score 72.', 'GFTA-3'], ['CELF-5 core language 78.', 'CELF-5'], ['IDDSI level 4 (pureed).', 'IDDSI level 4'],
  ['PAS 7 with thin liquids.', 'PAS 7'], ['Visit 8 of 12.', 'Visit 8 of 12'], ['Pt hopes to return to gardening.', 'hopes'], ['Tub transfer with bath bench.', 'bath bench'],
  ['Fracture union confirmed on x-ray.', 'union'], ['Pt will ascend 14 steps with rail.', 'will'], ['Frank blood was not seen.', 'Frank'], ['Mark the skin with a pen.', 'Mark'],
  ['Works as a mail carrier.', 'mail carrier'], ['Attends church on Sundays with family.', 'church'], ['Lives with her daughter.', 'daughter'], ['Enjoys deer hunting and snowmobiling.', 'deer hunting'],
  ['Works on the machine floor of a paper mill.', 'paper mill'],
  // chiropractic and podiatry
  ['Subluxation C5-6, T4, L5.', 'C5-6'], ['Diversified technique.', 'Diversified'], ['Thompson drop table.', 'Thompson'], ['Activator to SI R.', 'Activator'], ['Gonstead listing PI ilium.', 'Gonstead'],
  ['Hallux valgus L > R.', 'Hallux valgus'], ['Morton neuroma 3rd interspace.', 'Morton'], ['Achilles tendinopathy.', 'Achilles'], ['Lisfranc sprain.', 'Lisfranc'], ['Charcot foot, stage 1.', 'Charcot'],
  ['Semmes-Weinstein 5.07 monofilament: 4/10 sites.', '5.07'], ['Wagner grade 2 ulcer.', 'Wagner grade 2'], ['Austin bunionectomy.', 'Austin'],
  // DME and O&P
  ['CPAP E0601 with heated humidifier E0562.', 'E0601'], ['Group 2 power chair K0823.', 'K0823'], ['O2 at 2 L/min via NC.', '2 L/min'], ['Hoyer lift for transfers.', 'Hoyer'], ['Rollator with seat.', 'Rollator'],
  ['Boston brace for scoliosis.', 'Boston brace'], ['Philadelphia collar at all times.', 'Philadelphia collar'], ['Miami J collar.', 'Miami J'], ['Jewett brace.', 'Jewett'], ['K3 functional level.', 'K3'],
  ['L1970 AFO.', 'L1970'], ['Ottobock C-Leg 4', 'C-Leg 4'], ['Permobil M3 Corpus', 'M3 Corpus'],
  // sleep and CPAP
  ['AHI 2.1 events/h on therapy.', 'AHI 2.1'], ['AHI 94 events/h on the diagnostic night.', 'AHI 94'], ['ResMed AirSense 10 AutoSet', 'AirSense 10'], ['Epworth 14/24.', 'Epworth'], ['STOP-BANG 5.', 'STOP-BANG 5'],
  ['Pressure 5-15 cm H2O.', '5-15 cm H2O'], ['Leak 24 L/min.', '24 L/min'], ['AirFit F20 medium.', 'F20'], ['Usage 87% of days >= 4 h.', '87%'],
  // massage and acupuncture
  ['Swedish massage 60 min.', 'Swedish'], ['Thai massage 90 min.', 'Thai'], ['LI4, ST36, SP6 bilat.', 'ST36'], ['Chinese herbal formula Xiao Yao San.', 'Chinese'],
  // school
  ['IEP under Section 504.', 'Section 504'], ['Grade 2, Tier 2 RTI.', 'Tier 2'], ['FAPE in the LRE.', 'FAPE'],
  // ages, years, codes, generic places, states, countries
  ['An 89-year-old woman.', '89'], ['A 7-year-old boy.', '7'], ['Fit in 2019.', '2019'], ['ICD-10 M54.50', 'M54.50'], ['CPT 97110 x3 units.', '97110'], ['Seen in the front office.', 'front office'],
  ['Pt moved from Maine.', 'Maine'], ['Returned from Brazil last month.', 'Brazil'], ['Medicare Part B.', 'Medicare'],
];

export const ancillaryKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedAncillaryKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(ancillaryKeepCases(), find);

export function scoreAncillaryWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => ancillaryWaveCases(seed)), find);
}
