// A blind wave of pediatric and family documentation: well-child visits (the child with parents, siblings,
// grandparents, foster parents and guardians, daycare and school names, teachers, school nurses, IEP and 504
// meetings, the pediatrician of record and the next visit), newborn nursery and NICU discharge (Baby Boy/Girl
// surnames, the mother's name and MRN, the birth hospital, date of birth, newborn screen cards, lactation, the
// pediatrician follow-up), immunization records (lots, registry IDs, VFC PINs, clinic names, dates given, refusals),
// child protective services documentation (51A intakes, caseworkers, case and docket numbers, the DCF area office's
// town, police badges, safety plans at a relative's address), school, daycare and camp forms (medication
// authorizations, emergency contacts, return-to-school notes), sports physicals (team, coach, athletic trainer,
// the game and the opponent), adolescent confidential HEADSS history (boyfriends, girlfriends, friends, social media
// handles, a confidential cell) and growth charts with dates, in mixed case, ALL CAPS and lower case. Identifiers
// are written as pediatric notes write them: 'mom (Hope)', 'Baby Girl PRICE', 'siblings Sky (7) and Chase (4)',
// 'Mrs. Church (3rd grade)'; dates in every form ('03/04/2021', '3/4/21', '4 March 2021', '3/4', 'the 4th',
// 'Tuesday', 'March 2019', a camp session '7/7-7/18'); a great-grandmother's age over 89; MRN, Medicaid member,
// registry, intake, docket, card and serial numbers; phones, faxes, e-mails and handles. A list of look-alikes in
// the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scorePediatricsWave`.
// Decisions: a person's given name and surname are planted, a middle initial is not; a credential ('RN', 'CPNP',
// 'IBCLC', 'LICSW', 'Esq.') and a title ('Mrs.', 'Dr.', 'Officer') are not; 'Baby Girl' / 'Baby Boy' and a relation
// without a name ('maternal grandmother', 'foster mother') are kept, the baby's surname after them is planted; a named
// institution (school, daycare, camp, clinic, hospital) is planted whole, kind word included ('Lincoln Elementary
// School', 'Little Sprouts Learning Center', 'Camp Wekeela', 'Salem Pediatrics', "St. Anne's Hospital"), even when it
// is named for its town; an office, program, department, district or league named for a town ('DCF Salem Area
// Office', 'Salem Early Intervention', 'Salem Police Department', 'Salem Youth Hockey') has only the town planted; an
// opponent written as a town ('game vs Salem') is planted; a street address is planted from its number to its street
// kind ('42 Maple Street'), its town and ZIP separately, the state is kept; a neighbourhood or borough (Dorchester,
// the Bronx, Brooklyn) is a place smaller than a state and is planted; 'Brooklyn' is planted wherever it is a name or
// a place, while Hunter, Summer, Chase, Sky, Hope, Grace and their like are kept when used as words; a weekday naming
// the day of one event ('on Tuesday') is planted, a recurring schedule ('3 days/week') is kept; a day with its month
// ('3/4', 'the 4th', 'March 2019') is planted as written, a camp session range as one part; the time of birth is kept;
// a social media handle is planted with its '@'; a vaccine lot, registry ID, VFC PIN, newborn screen card, intake,
// case and docket number, badge, Medicaid member ID and device serial are planted, an NDC, CVX or CPT code, a vaccine
// name, dose number and site are kept; ages in weeks, months and years up to 89, gestational and corrected ages,
// days of life, percentiles, Apgars, Tanner stages, weights and grade levels are kept, as are statutes and agencies
// (51A, DCF, CPS, Section 504, IDEA) and social media platforms.
// Measured before rules (engine at e3769f2): 0.865 recall on seeds 5, 11, 23 (2847/3291), 0.858 on fresh seeds 41, 42, 43 (2817/3282); 3/95
// look-alikes touched ("Foster mother", "hunter orange", "river").
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, mx, ca, ng, vi, br, ind, frca];

/** Given names (children's and parents') and surnames that are everyday words. */
const WORD_GIVEN = ['Hunter', 'Summer', 'Chase', 'Sky', 'Brooklyn', 'Hope', 'Grace', 'Faith', 'Harmony', 'Journey', 'Legend', 'King', 'Royal', 'Paisley', 'Maverick', 'River', 'Ocean', 'Willow', 'Autumn', 'Genesis', 'Trinity', 'Nova', 'Blessing', 'Precious', 'Justice', 'Storm', 'Ryder', 'Piper', 'Harper', 'Sawyer', 'Archer', 'Parker', 'Scout', 'Wren', 'Sage', 'Lyric', 'Melody', 'Cash', 'Major', 'Bear', 'Ivy', 'Hazel'];
const WORD_SUR = ['Price', 'Church', 'Hope', 'Young', 'Little', 'Child', 'Small', 'Love', 'Best', 'Goodman', 'Wise', 'Strong', 'Bishop', 'Cook', 'Baker', 'Hunter', 'Fisher', 'Walker', 'Moody', 'Sharp', 'Snow', 'Frost', 'Winter', 'Summers', 'Day', 'Holiday', 'Rose', 'Hill', 'Bell', 'Friend', 'Sweet', 'Noble', 'Early', 'Chase', 'Park', 'Major'];
/** Towns that are everyday words, names or countries, and real small towns. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Florence', 'Chester', 'Friendship', 'Harmony', 'Brooklyn', 'Mexico', 'Poland', 'Norway', 'Lebanon', 'Peru', 'Paris', 'Canton', 'Athens', 'Dover', 'Concord', 'Warren', 'Winchester', 'Gray', 'Hanover', 'Plymouth', 'Orange', 'Holly Springs'];
const REAL_TOWNS = ['Brockton', 'Lowell', 'Lawrence', 'Haverhill', 'Methuen', 'Chicopee', 'Holyoke', 'Framingham', 'Taunton', 'Attleboro', 'Quincy', 'Malden', 'Revere', 'Everett', 'Lynn', 'Nashua', 'Derry', 'Rochester', 'Lewiston', 'Augusta', 'Bangor', 'Rutland', 'Cranston', 'Warwick', 'Norwich', 'Danbury', 'Pittsfield', 'North Adams', 'Fall River'];
const NEIGHBORHOODS = ['Brooklyn', 'Queens', 'the Bronx', 'Staten Island', 'Dorchester', 'Roxbury', 'Mattapan', 'South Boston', 'East Boston', 'Hyde Park', 'Jamaica Plain', 'Germantown', 'Little Havana'];
const STATES = ['MA', 'NH', 'ME', 'VT', 'RI', 'CT', 'NY'];
const STREETS = ['Maple', 'Oak', 'Pleasant', 'Main', 'Elm', 'Church', 'Union', 'Summer', 'Winter', 'Spring', 'School', 'Park', 'High', 'Chestnut', 'Hope', 'Liberty', 'Prospect', 'Walnut', 'Cedar', 'Highland'];
const STREET_KIND = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Drive', 'Way', 'Court'];
const SAINTS = ['Anne', 'Mary', 'Joseph', 'Luke', 'Elizabeth', 'Vincent', 'Francis', 'Agnes', 'Jude', 'Patrick', 'Rose'];
const SCHOOL_ROOTS = ['Lincoln', 'Washington', 'Jefferson', 'Roosevelt', 'Kennedy', 'Franklin', 'Hawthorne', 'Longfellow', 'Whittier', 'Emerson', 'Thoreau', 'Pleasant Street', 'Maple Avenue', 'Oak Hill', 'Riverside', 'Hillside', 'Brookside', 'Meadowbrook', 'Sunnyside', 'Greenwood', 'Lakeview', 'Memorial', 'Liberty', 'Harmony', 'Hope', 'Union', 'Summit', 'Forest Grove'];
const SCHOOL_KIND = ['Elementary School', 'Elementary', 'Middle School', 'High School', 'Intermediate School', 'Academy', 'Charter School', 'Primary School'];
const DAYCARE_ROOTS = ['Little Sprouts', 'Tiny Treasures', 'Sunshine Kids', 'Bright Beginnings', 'Rainbow Kids', 'Busy Bees', 'Growing Minds', 'Acorn', 'Little Explorers', 'Small Wonders', 'Kids Kingdom', 'Puddle Jumpers', 'Honeybee', 'Firefly', 'Treetops', 'Kangaroo Kids'];
const DAYCARE_KIND = ['Learning Center', 'Child Care', 'Daycare', 'Early Learning Center', 'Preschool', 'Nursery School', 'Child Development Center'];
const CAMP_ROOTS = ['Wekeela', 'Wanakee', 'Kingswood', 'Takodah', 'Shohola', 'Pinecliffe', 'Winnekeag', 'Mishawaka', 'Hope', 'Tohkomeupog', 'Merrimac', 'Sunshine', 'Lenox', 'Eastern Star', 'Wildwood', 'Wind-in-the-Pines'];
const SPORTS = ['soccer', 'basketball', 'ice hockey', 'lacrosse', 'football', 'cross-country', 'wrestling', 'volleyball', 'softball', 'swim'];
const LEVELS = ['varsity', 'JV', 'freshman', 'middle school', 'U14 travel'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const GRADES = ['kindergarten', '1st grade', '2nd grade', '3rd grade', '4th grade', '5th grade', '6th grade', '7th grade', '8th grade', '9th grade', '10th grade', '11th grade'];
const RELATIVES = ['paternal aunt', 'maternal aunt', 'maternal grandmother', 'paternal grandfather', 'uncle', 'adult cousin', 'godmother', 'family friend'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'outlook.com', 'comcast.net', 'aol.com'];
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  protected override readonly capitals = UPPER;
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
  state(): string {
    return this.pick(STATES);
  }
  street(): string {
    return `${this.int(2, 998)} ${this.pick(STREETS)} ${this.pick(STREET_KIND)}`;
  }
  zip(): string {
    return `0${this.digitString(4)}`;
  }
  hospital(): string {
    const k = this.int(0, 4);
    if (k === 0) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}`;
    if (k === 1) return `${this.town()} Children's Hospital`;
    if (k === 2) return `Children's Hospital of ${this.town()}`;
    return `${this.town()} ${this.pick(['Hospital', 'Regional Medical Center', 'Memorial Hospital', 'General Hospital', "Women's and Infants' Hospital"])}`;
  }
  clinic(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Pediatrics`;
    if (k === 1) return `Pediatric Associates of ${this.town()}`;
    if (k === 2) return `${this.town()} ${this.pick(['Family Health Center', 'Community Health Center', 'Family Medicine'])}`;
    if (k === 3) return `${this.sur()} ${this.pick(['Pediatrics', 'Pediatric Group', '& Associates Pediatrics'])}`;
    return `${this.town()} Pediatric & Adolescent Medicine`;
  }
  school(): string {
    const k = this.int(0, 4);
    if (k <= 1) return `${this.pick(SCHOOL_ROOTS)} ${this.pick(SCHOOL_KIND)}`;
    if (k === 2) return `${this.town()} ${this.pick(['High School', 'Regional High School', 'Middle School', 'High'])}`;
    if (k === 3) return `St. ${this.pick(SAINTS)} ${this.pick(['School', 'Academy', 'Parish School'])}`;
    return `${this.sur()} ${this.pick(['Elementary', 'Elementary School', 'Middle School'])}`;
  }
  daycare(): string {
    const k = this.int(0, 3);
    if (k <= 1) return `${this.pick(DAYCARE_ROOTS)} ${this.pick(DAYCARE_KIND)}`;
    if (k === 2) return `Miss ${this.given()}'s ${this.pick(['Home Daycare', 'Family Child Care', 'Playschool'])}`;
    return `${this.town()} Montessori School`;
  }
  camp(): string {
    return this.r() < 0.75 ? `Camp ${this.pick(CAMP_ROOTS)}` : `YMCA Camp ${this.pick(CAMP_ROOTS)}`;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  /** A full date in one of the forms pediatric notes and forms use. */
  date(): string {
    const [m, d] = this.md();
    const k = this.int(0, 8);
    return writtenDate(k, m, d, this.year()) ?? `${m}/${d}/${this.year()}`;
  }
  override mdy(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${this.year()}` : `${m}/${d}/${pad2(this.year() % 100)}`;
  }
  /** A month and day alone ('3/4'). */
  mdShort(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monthYear(): string {
    return `${this.pick(MONTHS)} ${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** A child's date of birth. */
  dob(): string {
    const [m, d] = this.md();
    const y = this.int(2007, 2025);
    return this.r() < 0.6 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'mom';
    const b = asciiLetters(s) || 'family';
    const k = this.int(0, 3);
    const local = k === 0 ? `${a}.${b}` : k === 1 ? `${a}${b}${this.int(1, 99)}` : k === 2 ? `${a.charAt(0)}${b}${this.int(80, 99)}` : `${b}family${this.int(1, 9)}`;
    return `${local}@${this.pick(DOMAINS)}`;
  }
  /** A social media handle, with its '@'. */
  handle(): string {
    const a = asciiLetters(this.given()) || 'kid';
    const k = this.int(0, 4);
    if (k === 0) return `@${a}_${this.int(2, 29)}`;
    if (k === 1) return `@${a}.${asciiLetters(this.sur()) || 'xo'}`;
    if (k === 2) return `@xo${a}xo`;
    if (k === 3) return `@${a}${this.pick(['_official', '.szn', '_17', 'lovesyou', '_hoops'])}`;
    return `@${this.pick(['lil', 'its', 'real', 'notyour'])}${a}${this.int(1, 9)}`;
  }
  /** A vaccine lot in the makers' styles ('U7094AA', 'FK5127', '3CA45C1'). */
  lot(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(1)}${this.digitString(4)}${this.letters(2)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(4)}`;
    if (k === 2) return `${this.int(1, 9)}${this.letters(2)}${this.digitString(2)}${this.letters(1)}${this.int(1, 9)}`;
    if (k === 3) return `${this.letters(1)}${this.digitString(6)}`;
    return `${this.letters(2)}${this.digitString(3)}${this.letters(2)}`;
  }
  /** A state immunization registry ID. */
  registryId(): string {
    return this.r() < 0.6 ? this.digitString(this.int(7, 10)) : `${this.letters(2)}${this.digitString(7)}`;
  }
  /** A DCF / CPS intake or case number. */
  caseNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `${this.year()}-${this.digitString(6)}`;
    return `CPS-${pad2(this.int(12, 25))}-${this.digitString(5)}`;
  }
  docket(): string {
    return this.r() < 0.5 ? `${pad2(this.int(12, 25))}${this.pick(['CP', 'JV', 'CR'])}${this.digitString(4)}` : `${this.digitString(4)}CP${String(this.int(1, 999999)).padStart(6, '0')}`;
  }
  /** A Medicaid or health plan member ID. */
  memberId(): string {
    return this.r() < 0.6 ? `100${this.digitString(9)}` : `${this.letters(3)}${this.digitString(9)}`;
  }
  serial(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(7)}` : this.digitString(this.int(8, 10));
  }
  /** A doctor or nurse practitioner, and the parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, FAAP`, [g, s]];
    if (k === 2) return [`${g} ${s}, CPNP`, [g, s]];
    if (k === 3) return [`${g} ${s}, DO`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // well-child visits and family
  ['well child header name DOB MRN', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const mrn = d.mrn();
    return [`Patient: ${g} ${s}   DOB: ${dob}   MRN: ${mrn}\nVisit type: ${d.pick(['12 month', '4 year', '9 month', '15 month', '11 year'])} well child check`, [g, s, dob, mrn]];
  }],
  ['here with mom and maternal grandmother', (d) => {
    const c = d.given(); const m = d.given(); const g = d.given(); const s = d.sur();
    return [`${c} is here today with mom (${m}) and maternal grandmother ${g} ${s}, who provides childcare during the week.`, [c, m, g, s]];
  }],
  ['lives with parents and siblings with ages', (d) => {
    const a = d.given(); const b = d.given(); const c = d.given(); const e = d.given();
    return [`SOCIAL: Lives with mother (${a}), father (${b}) and siblings ${c} (${d.int(5, 12)}) and ${e} (${d.int(1, 4)}). No smokers in the home. Dog.`, [a, b, c, e]];
  }],
  ['attends daycare days per week', (d) => { const dc = d.daycare(); return [`Attends ${dc} 3 days/week; several classmates there with hand-foot-mouth recently.`, [dc]]; }],
  ['grade school and teacher concerns', (d) => {
    const sc = d.school(); const s = d.sur();
    return [`In ${d.pick(GRADES)} at ${sc}. Teacher (Mrs. ${s}) reports he has trouble staying seated after recess; Vanderbilts sent home.`, [sc, s]];
  }],
  ['school nurse called about inhaler', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const [ph, p] = d.phone();
    return [`Spoke with ${g} ${s}, RN, school nurse at ${sc}, at ${ph} re: albuterol inhaler order for school.`, [g, s, sc, p]];
  }],
  ['IEP meeting date and coordinator', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`IEP meeting held ${dt} with special education coordinator ${g} ${s}; speech therapy 2x30 min/week continues, OT added.`, [dt, g, s]];
  }],
  ['504 plan at school in town', (d) => {
    const sc = d.school(); const t = d.town();
    return [`Has a 504 plan at ${sc} (${t}) for extended test time, snack access and blood glucose checks in class.`, [sc, t]];
  }],
  ['return for next well visit weekday and date', (d) => {
    const w = d.weekday(); const md = d.mdShort(); const s = d.sur();
    return [`RTC for 15 month WCC on ${w} ${md} with Dr. ${s}; DTaP #4 and Hib #4 due then.`, [w, md, s]];
  }],
  ['PCP and practice of record', (d) => { const [doc, p] = d.doctor(); const cl = d.clinic(); return [`PCP: ${doc}\nPractice: ${cl}\nPreferred language: English`, [...p, cl]]; }],
  ['registration address and ZIP', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Address: ${st}, Apt ${d.int(1, 9)}${d.pick(['', 'B', 'R'])}, ${t}, ${d.state()} ${z}\nGuardian: mother`, [st, t, z]];
  }],
  ['portal proxy email for parent', (d) => {
    const g = d.given(); const s = d.sur(); const e = d.email(g, s);
    return [`Proxy portal access granted to mother ${g} ${s} (${e}) per signed consent.`, [g, s, e]];
  }],
  ['foster placement with foster parents in town', (d) => {
    const dt = d.date(); const a = d.given(); const b = d.given(); const s = d.sur(); const t = d.town();
    return [`Placed in foster care on ${dt} with foster parents ${a} and ${b} ${s} in ${t}; foster mother brings him today.`, [dt, a, b, s, t]];
  }],
  ['great-grandmother caregiver over 89', (d) => {
    const g = d.given(); const s = d.sur(); const n = String(d.int(90, 101));
    return [`Daytime caregiver is great-grandmother ${g} ${s}, age ${n}, who is increasingly unable to lift him.`, [g, s, n]];
  }],
  ['family moved from borough or neighborhood', (d) => {
    const nb = d.pick(NEIGHBORHOODS); const p = nb.replace(/^the /, ''); const my = d.monthYear();
    return [`Family moved here from ${nb} in ${my}; records requested from prior pediatrician.`, [p, my]];
  }],
  ['sibling seen same visit with MRN', (d) => {
    const g = d.given(); const mrn = d.mrn();
    return [`Younger sibling ${g} (MRN ${mrn}) also seen today for the same cough, see separate note.`, [g, mrn]];
  }],
  ['Medicaid member ID', (d) => { const id = d.memberId(); return [`Insurance: MassHealth Standard (Medicaid), member ID ${id}; PCC plan.`, [id]]; }],
  ['started daycare on the ordinal', (d) => {
    const dc = d.daycare(); const o = ordinal(d.int(1, 28));
    return [`Started at ${dc} on the ${o} and has had 3 URIs and one AOM since then.`, [dc, o]];
  }],
  ['birthday party exposure on weekday', (d) => {
    const g = d.given(); const w = d.weekday();
    return [`Strep exposure: classmate ${g} tested positive after a birthday party on ${w}.`, [g, w]];
  }],
  // newborn nursery and NICU
  ['nursery header Baby Girl SUR with mother', (d) => {
    const bs = d.sur().toUpperCase(); const g = d.given(); const s = d.sur(); const mrn = d.mrn(); const h = d.hospital();
    return [`BABY ${d.pick(['GIRL', 'BOY'])} ${bs}\nMother: ${g} ${s}, G2P2, MRN ${mrn}\nBirth hospital: ${h}`, [bs, g, s, mrn, h]];
  }],
  ['born date and time with GA and Apgars', (d) => {
    const dt = d.date();
    return [`Born ${dt} at ${d.time()} at 39+2 weeks GA via ${d.pick(['SVD', 'repeat C-section', 'vacuum-assisted delivery'])}; Apgars 8 and 9; BW 3.41 kg.`, [dt]];
  }],
  ['pediatrician follow-up within 48 hours', (d) => {
    const [doc, p] = d.doctor(); const cl = d.clinic(); const w = d.weekday(); const md = d.mdShort();
    return [`Follow-up: ${doc} at ${cl} on ${w} ${md} for weight and bilirubin check (within 48 h of discharge).`, [...p, cl, w, md]];
  }],
  ['newborn screen card number', (d) => {
    const md = d.mdShort(); const c = d.digitString(d.int(8, 10));
    return [`State newborn screen collected ${md} at 26 HOL, filter card #${c}; results pending.`, [md, c]];
  }],
  ['hep B in nursery with lot', (d) => {
    const dt = d.mdy(); const lot = d.lot();
    return [`Hepatitis B vaccine #1 (Engerix-B 10 mcg) given ${dt}, lot ${lot}, R vastus lateralis. Vitamin K and erythromycin given.`, [dt, lot]];
  }],
  ['NICU transfer from outside birth hospital', (d) => {
    const h = d.hospital(); const t = d.town();
    return [`Transferred on DOL 1 from ${h} in ${t} for respiratory distress requiring CPAP 6.`, [h, t]];
  }],
  ['NICU discharge EI referral and VNA date', (d) => {
    const t = d.town(); const md = d.mdShort();
    return [`Discharged home at 37+1 wk CGA, wt 2.38 kg. Referred to ${t} Early Intervention; VNA home visit ${md}.`, [t, md]];
  }],
  ['NICU admit and discharge dates', (d) => {
    const a = d.date(); const b = d.date();
    return [`NICU ADMISSION DATE: ${a}\nDISCHARGE DATE: ${b}\nBIRTH WEIGHT: 1,240 g (ex-29 weeker)`, [a, b]];
  }],
  ['lactation consultant', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Seen by lactation consultant ${g} ${s}, IBCLC; latch improved with football hold, supplementing 15 mL after feeds.`, [g, s]];
  }],
  ['circumcision by Dr on date', (d) => {
    const s = d.sur(); const md = d.mdShort();
    return [`Circumcision performed by Dr. ${s} on ${md} with Gomco clamp under DPNB; no bleeding.`, [s, md]];
  }],
  ['OB of record and practice', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town();
    return [`Maternal labs: GBS neg, HIV neg, rubella immune, HBsAg neg. OB: Dr. ${g} ${s}, ${t} Women's Health.`, [g, s, t]];
  }],
  ['home apnea monitor serial', (d) => {
    const sn = d.serial(); const [ph, p] = d.phone();
    return [`Discharged on home cardiorespiratory monitor, serial ${sn}; DME 24-hour line ${ph}.`, [sn, p]];
  }],
  ['mother LAST, FIRST and baby MRN', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const m1 = d.mrn(); const m2 = d.mrn();
    return [`Mother: ${s}, ${g} ${d.mi()}   Mother MRN: ${m1}\nInfant MRN: ${m2}   Twin A`, [s, g, m1, m2]];
  }],
  // immunization records
  ['immunization table row given by', (d) => {
    const dt = d.mdy(); const lot = d.lot(); const g = d.given(); const s = d.sur();
    return [`${dt}  DTaP-IPV-Hib-HepB (Vaxelis)  0.5 mL IM  L thigh  Lot: ${lot}  Given by: ${g} ${s}, MA`, [dt, lot, g, s]];
  }],
  ['registry ID reconciled on date', (d) => {
    const id = d.registryId(); const dt = d.date();
    return [`${d.pick(['MIIS', 'NYSIIS', 'VacTrAK', 'NHIIS', 'State IIS'])} ID: ${id}; record reconciled with the state registry on ${dt}.`, [id, dt]];
  }],
  ['prior vaccines at outside clinic in town', (d) => {
    const cl = d.clinic(); const t = d.town(); const md = d.mdShort();
    return [`Prior vaccines were given at ${cl} in ${t} (records scanned ${md}); none due today.`, [cl, t, md]];
  }],
  ['VFC PIN and clinic', (d) => {
    const pin = d.r() < 0.5 ? d.digitString(6) : `${d.state()}${d.digitString(5)}`; const cl = d.clinic();
    return [`VFC PIN ${pin} | ${cl} | VFC eligible: Medicaid`, [pin, cl]];
  }],
  ['flu vaccine refusal signed by father', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Parent declined influenza vaccine on ${dt}; VIS reviewed, refusal form signed by father ${g} ${s}.`, [dt, g, s]];
  }],
  ['catch-up dose dates', (d) => {
    const a = d.mdy(); const b = d.mdy(); const c = d.mdy();
    return [`Catch-up record: MMR #1 ${a}; MMR #2 ${b}; Varicella #1 ${c}; Varicella #2 due.`, [a, b, c]];
  }],
  ['school immunization certificate', (d) => {
    const sc = d.school(); const dt = d.date();
    return [`Certificate of Immunization printed for ${sc}, signed ${dt}, given to parent.`, [sc, dt]];
  }],
  ['PPD placed weekday read 48 h', (d) => {
    const w = d.weekday(); const md = d.mdShort();
    return [`PPD placed ${w} ${md} L forearm; read at 48 h: 0 mm induration.`, [w, md]];
  }],
  ['administered by LPN with NDC and lot', (d) => {
    const g = d.given(); const s = d.sur(); const lot = d.lot();
    return [`Administered by ${g} ${s}, LPN. Vaccine: Tdap (Boostrix) NDC 58160-0842-52, Lot #${lot}, R deltoid.`, [g, s, lot]];
  }],
  // child protective services
  ['51A filed with DCF area office', (d) => {
    const t = d.town(); const dt = d.date(); const n = d.caseNo();
    return [`51A filed with DCF ${t} Area Office on ${dt}, intake #${n}, for concern of physical abuse.`, [t, dt, n]];
  }],
  ['caseworker name and phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Assigned caseworker: ${g} ${s}, LICSW, ${d.pick(['cell', 'office', 'desk'])} ${ph}.`, [g, s, p]];
  }],
  ['CPS investigator at school on weekday', (d) => {
    const c = d.caseNo(); const g = d.given(); const s = d.sur(); const sc = d.school(); const w = d.weekday();
    return [`CPS case ${c}: investigator ${g} ${s} interviewed the child at ${sc} on ${w}.`, [c, g, s, sc, w]];
  }],
  ['police officer badge and department', (d) => {
    const s = d.sur(); const b = d.digitString(d.int(3, 4)); const t = d.town();
    return [`Officer ${s} (badge #${b}) of the ${t} Police Department was present for the forensic interview.`, [s, b, t]];
  }],
  ['safety plan at relative address', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town();
    return [`Safety plan: children to stay with ${d.pick(RELATIVES)} ${g} ${s} at ${st}, ${t}, until the home assessment.`, [g, s, st, t]];
  }],
  ['court docket and GAL', (d) => {
    const dk = d.docket(); const g = d.given(); const s = d.sur();
    return [`Care and protection petition, docket ${dk}; GAL appointed: ${g} ${s}, Esq.`, [dk, g, s]];
  }],
  ['skeletal survey reviewed with child protection team', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Skeletal survey ${dt} without occult fracture. Reviewed with ${g} ${s}, MD (Child Protection Team).`, [dt, g, s]];
  }],
  ['boyfriend of mother in the home', (d) => {
    const g = d.given(); const s = d.sur(); const a = String(d.int(19, 45));
    return [`Mother's boyfriend, ${g} ${s} (${a}), moved into the home 2 months ago and watches the children at night.`, [g, s]];
  }],
  // school, daycare and camp forms
  ['camp form name session and nurse', (d) => {
    const c = d.camp(); const m = d.int(6, 8); const dd = d.int(1, 17); const ses = `${m}/${dd}-${m}/${dd + 11}`; const g = d.given(); const s = d.sur();
    return [`Camp: ${c}   Session: ${ses}   Camp nurse: ${g} ${s}, RN\nAllergies: peanut (EpiPen Jr)`, [c, ses, g, s]];
  }],
  ['medication authorization with school fax', (d) => {
    const sc = d.school(); const [fx, p] = d.phone();
    return [`Authorization for ${sc} to administer albuterol HFA 2 puffs q4h prn; fax signed form to ${fx}.`, [sc, p]];
  }],
  ['emergency contact relation with cell', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Emergency contact: ${d.pick(RELATIVES)} ${g} ${s}, cell ${ph}`, [g, s, p]];
  }],
  ['return to school note', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const md = d.mdShort();
    return [`${g} ${s} was seen in our office and may return to school on ${dt}. Please excuse from gym until ${md}.`, [g, s, dt, md]];
  }],
  ['daycare director exclusion note', (d) => {
    const dc = d.daycare(); const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`To: ${g} ${s}, Director, ${dc}\nMay return to daycare ${w} once fever-free 24 hours.`, [g, s, dc, w]];
  }],
  // sports physicals
  ['sports PPE team and coach', (d) => {
    const sc = d.school(); const g = d.given(); const s = d.sur();
    return [`Preparticipation exam for ${sc} ${d.pick(LEVELS)} ${d.pick(SPORTS)}; coach ${g} ${s}. No syncope with exertion.`, [sc, g, s]];
  }],
  ['concussion in game vs town with trainer', (d) => {
    const t = d.town(); const md = d.mdShort(); const g = d.given(); const s = d.sur();
    return [`Head-to-head collision in ${d.pick(SPORTS)} game vs ${t} on ${md}; evaluated on sideline by ATC ${g} ${s}. SCAT5 symptom score 14.`, [t, md, g, s]];
  }],
  ['plays for town youth league', (d) => {
    const t = d.town();
    return [`Plays for ${t} Youth ${d.pick(['Hockey', 'Soccer', 'Lacrosse', 'Baseball'])} (U12 travel), practices 4x/week, goalie.`, [t]];
  }],
  ['cleared as of date and form to athletic director', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Cleared for full participation as of ${dt}. Form faxed to athletic director ${g} ${s}.`, [dt, g, s]];
  }],
  // adolescent confidential history
  ['HEADSS dating partner', (d) => {
    const g = d.given(); const s = d.sur();
    return [`(CONFIDENTIAL) Dating ${g} ${s} (${d.int(14, 19)}) for 6 months; sexually active, condoms inconsistently.`, [g, s]];
  }],
  ['HEADSS friends and falling-out', (d) => {
    const a = d.given(); const b = d.given(); const c = d.given(); const s = d.sur();
    return [`Best friends are ${a} and ${b}; eating lunch alone since a falling-out with ${c} ${s} last month.`, [a, b, c, s]];
  }],
  ['harassed on Instagram by handle', (d) => {
    const h1 = d.handle(); const h2 = d.handle();
    return [`Reports being harassed on Instagram by ${h1}; her own account is ${h2} (set to private now).`, [h1, h2]];
  }],
  ['Snapchat contact with older man', (d) => {
    const h = d.handle(); const g = d.given();
    return [`Has been messaging on Snapchat with ${h}, a man named ${g} she met online who says he is 22.`, [h, g]];
  }],
  ['confidential cell for results', (d) => {
    const [ph, p] = d.phone();
    return [`Prefers results by confidential cell ${ph}; do NOT leave messages at home or send to parent portal.`, [p]];
  }],
  ['HEADSS school and job in town', (d) => {
    const sc = d.school(); const t = d.town();
    return [`Junior at ${sc}, mostly B's. Works 15 h/week at a grocery store in ${t}.`, [sc, t]];
  }],
  // growth charts
  ['growth table row with date', (d) => {
    const dt = d.mdy();
    return [`${dt}   ${d.int(2, 60)} mo   Wt ${d.int(4, 18)}.${d.int(0, 9)} kg (${d.int(3, 97)}th %ile)   Len ${d.int(55, 105)} cm (${d.int(3, 97)}th %ile)`, [dt]];
  }],
  ['newborn weight check series', (d) => {
    const a = d.mdShort(); const b = d.mdShort();
    return [`Weights: ${a} 3.12 kg; ${b} 3.25 kg; today 3.41 kg (+27 g/day).`, [a, b]];
  }],
  ['outside growth data from clinic', (d) => {
    const cl = d.clinic(); const my = d.monthYear();
    return [`Outside growth data from ${cl} (${my}) plotted on WHO chart; crossing 2 major percentiles downward.`, [cl, my]];
  }],
];

/** The names of the wave's frames. */
export const pediatricsFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function pediatricsWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9209, rounds);
}

/** Look-alikes in pediatric note style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // percentiles, newborn scores, growth and measures
  ['Weight 45th percentile, length 60th percentile.', '45th percentile'], ['BMI 92nd %ile for age', '92nd %ile'], ['Apgars 8 and 9 at 1 and 5 minutes.', 'Apgars 8 and 9'],
  ['Tanner stage 3 breast development', 'Tanner stage 3'], ['Ballard score consistent with 38 weeks', 'Ballard'], ['Birth weight 3.41 kg (7 lb 8 oz)', '7 lb 8 oz'],
  ['Head circumference 34.5 cm', '34.5 cm'], ['Gaining 27 g/day since discharge', '27 g/day'], ['Born at 39+2 weeks GA', '39+2 weeks'], ['Ex-28 weeker now 36 4/7 weeks CGA', '36 4/7 weeks'],
  ['DOL 3, 26 HOL at screen', 'DOL 3'], ['TcB 9.8 at 36 HOL, low-intermediate risk zone', 'TcB 9.8'], ['CCHD screen passed (98%/99%)', '98%/99%'],
  // ages, grades, years
  ['18 month old with fever', '18 month old'], ['6 week old infant', '6 week old'], ['The patient is a 15-year-old girl.', '15'], ['Grandfather is 89 years old.', '89'],
  ['In 3rd grade this year.', '3rd grade'], ['Starting kindergarten in the fall.', 'kindergarten'], ['He is a junior in high school.', 'junior'], ['Asthma since 2019.', '2019'], ['Class of 2027', '2027'],
  // vaccines, drugs and doses
  ['DTaP #4 given today', 'DTaP #4'], ['MMR #1 and Varicella #1 given', 'MMR #1'], ['Hep B #1 in nursery', 'Hep B #1'], ['PCV20 #3 due at 6 months', 'PCV20'], ['RotaTeq dose 2', 'RotaTeq'],
  ['Pediarix 0.5 mL IM', 'Pediarix'], ['HPV #2 (Gardasil 9)', 'Gardasil 9'], ['MenACWY booster at 16', 'MenACWY'], ['Beyfortus (nirsevimab) 50 mg IM', 'nirsevimab'], ['Synagis 15 mg/kg monthly', 'Synagis'],
  ['Amoxicillin 90 mg/kg/day divided BID', '90 mg/kg/day'], ['Vitamin D 400 IU daily', '400 IU'], ['Ferrous sulfate 3 mg/kg/day', 'Ferrous sulfate'], ['Similac Advance 20 kcal/oz', 'Similac Advance'], ['Pedialyte for 24 hours', 'Pedialyte'],
  // eponyms, scales and screens
  ['Moro reflex symmetric', 'Moro'], ['Ortolani and Barlow negative', 'Ortolani and Barlow'], ['Babinski upgoing bilaterally, normal for age', 'Babinski'], ['Epstein pearls on the palate', 'Epstein'],
  ['Mongolian spots over the sacrum', 'Mongolian spots'], ['Osgood-Schlatter disease of the left knee', 'Osgood-Schlatter'], ['Sever disease, bilateral heels', 'Sever'], ['rule out Kawasaki disease', 'Kawasaki'],
  ['Down syndrome with AV canal repair', 'Down syndrome'], ['Hirschsprung disease ruled out', 'Hirschsprung'], ['Erb palsy of the right arm', 'Erb'], ['M-CHAT-R low risk (score 1)', 'M-CHAT-R'],
  ['ASQ-3 passed all domains', 'ASQ-3'], ['Denver II normal', 'Denver II'], ['PHQ-A score 12', 'PHQ-A'], ['CRAFFT score 2', 'CRAFFT'], ['Edinburgh Postnatal Depression Scale 4', 'Edinburgh'],
  ['Vanderbilt forms from teacher and parent', 'Vanderbilt'], ['Bright Futures guidelines followed', 'Bright Futures'], ['Bhutani nomogram low risk', 'Bhutani'], ['Bayley-III cognitive 95', 'Bayley-III'],
  // codes
  ['ICD-10 Z00.129', 'Z00.129'], ['CPT 99392', '99392'], ['CVX 110', 'CVX 110'], ['NDC 58160-0842-52', '58160-0842-52'], ['Blood type O+, DAT negative', 'O+'], ['G2P2 mother, GBS negative', 'G2P2'],
  // relations without names, agencies, platforms
  ['Here with maternal grandmother.', 'maternal grandmother'], ['Foster mother reports good sleep.', 'Foster mother'], ['Older brother has asthma.', 'Older brother'], ['Baby Boy delivered vaginally.', 'Baby Boy'], ['Twin A, vertex', 'Twin A'],
  ['51A filed per mandated reporter duty', '51A'], ['DCF notified', 'DCF'], ['CPS involvement in the past', 'CPS'], ['Section 504 accommodations', 'Section 504'], ['Eligible under IDEA', 'IDEA'],
  ['Uses Instagram and Snapchat daily', 'Instagram and Snapchat'], ['TikTok 4 hours a day', 'TikTok'], ['HEADSS assessment done alone', 'HEADSS'],
  // everyday words that are also names, generic places, states
  ['Wears hunter orange in deer season.', 'hunter orange'], ['Going to summer camp in July.', 'summer camp'], ['Likes to chase the dog around the yard.', 'chase'], ['Draws the sky purple.', 'sky'],
  ['Parents hope to wean the bottle soon.', 'hope'], ['Will return in 2 weeks.', 'Will'], ['Family faith community is supportive.', 'faith'], ['A grace period for the school form.', 'grace'], ['Bath time nightly, fragrance-free soap.', 'Bath'],
  ['Young children in the home', 'Young'], ['Swims in the river at the lake house.', 'river'], ['Attends daycare 3 days a week.', 'daycare'], ['Transferred to the NICU.', 'the NICU'], ['Seen in the newborn nursery.', 'newborn nursery'],
  ['Went to the school nurse\'s office twice.', "school nurse's office"], ['Plays varsity soccer and JV basketball.', 'varsity soccer'], ['On a U12 travel team.', 'U12 travel'], ['Visiting from Massachusetts.', 'Massachusetts'],
];

export const pediatricsKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPediatricsKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(pediatricsKeepCases(), find);

export function scorePediatricsWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => pediatricsWaveCases(seed)), find);
}
