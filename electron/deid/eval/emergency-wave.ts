// A blind wave of emergency department documentation: triage notes (arrival mode, who brought the patient, EMS handoff,
// last known well), physician and APP notes (HPI with where and how it happened: 'MVC on Rte 9 near the Salem rotary',
// 'fell at Walmart in Keene', 'found by neighbor Hope at 12 Elm St', ski areas, lakes, dog bites, work injuries), police
// and security involvement (officers, troopers, detectives and their badge numbers, incident numbers, custody, Code
// Gray, sitters, Section 12 / pink paper and IEA holds), trauma activations and trauma bay logs (team members, trauma
// aliases, massive transfusion), SANE exams (kit numbers, chain of custody, advocates), poison control calls (case
// numbers, specialists), transfer requests, acceptances and refusals (named hospitals, accepting doctors, transfer
// center references, ambulance services), AMA, LWBS and elopement notes, tracking-board and bed-board rows, disposition
// and death notes, phone follow-up after discharge, scribe and APP attestations, registration headers (MRN, CSN, FIN,
// visit, insurance member IDs), vehicle plates and device serials, in mixed case, ALL CAPS and lower case. Identifiers
// are written as ED notes write them: 'Dr. First Last', 'LAST, FIRST', 'Officer Last #412', tracking-board stubs
// ('SMI, JO'), staff initials; dates in every form ('3/2 at 0200', '03/02/2024', 'Mar 2', 'the 2nd', 'last Tuesday',
// 'Saturday, March 2', 'Christmas Eve'); ages over 89 ('94 yo'); MRN, encounter, visit, incident, kit and case numbers;
// phones. A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or
// any gold data. `scoreEmergencyWave`.
// Decisions: in 'Dr. First Last' and 'LAST, FIRST' the given name and the surname are planted, a middle initial is not;
// a credential or rank ('MD', 'PA-C', 'RN, SANE-A', 'APRN', 'PGY-3', 'Officer', 'Sgt.', 'Det.', 'Trooper') is not; a
// tracking-board stub ('SMI, JO') is planted as written, and so are staff initials on the board and in triage stamps;
// a trauma alias ('TRAUMA, QUARTZ') is a unique code and is planted. A town is planted wherever it stands, also inside
// an agency's name ('Keene PD', 'Salem Fire', 'Derry Animal Control', 'Hudson Ambulance', 'Nashua Crisis Center': the
// town only), while the state ('NH', 'Maine') is kept; a county is planted without the word 'County'. A street address
// is planted whole ('12 Elm St'), a street name without a number ('on Pleasant Street') too; a numbered road or named
// highway is a street and planted ('Rte 9', 'I-93', 'Everett Turnpike'), 'the rotary' is not; ski areas and lakes are
// planted whole. A chain store or pharmacy ('Walmart', 'CVS') is not planted (its town and street are). A hospital or
// nursing home is planted whole with its kind word ('Frisbie Memorial Hospital', 'Pine Ridge Nursing Home'). Dates: m/d,
// full dates, month and day, an ordinal day, a weekday ('last Tuesday' plants 'Tuesday') and a holiday used as the date
// of an event ('Christmas Eve', 'Fourth of July') are planted; a time ('0200'), a relative word ('tonight',
// 'yesterday') and a year alone are kept. An age of 90 or more is planted (the number). Badge, incident, kit, poison
// center case, transfer reference, claim, certificate, member ID, MRN, CSN, FIN, visit and account numbers, plates,
// extensions, e-mail addresses and device serials are planted; a phone's leading '(' need not be covered; room, bed and
// bay numbers, unit numbers ('Medic 7'), troop letters, public numbers (Poison Control's 1-800-222-1222, 911) and legal
// sections ('Section 12(a)', 'RSA 135-C:27', '5150') are kept. Kept (look-alikes): eponymous signs, fractures and
// devices (Murphy, McBurney, Battle sign, Colles, Smith, Jones, Chance, Weber, Le Fort, Morgan lens, Sengstaken-
// Blakemore, Minnesota tube, King airway, Sager), decision rules named for places (Ottawa, San Francisco, Canadian,
// Denver, Rochester, Boston), scores (HEART, Wells, ESI, GCS, CURB-65), holds (Baker Act, Marchman Act, 5150, Section
// 12(a), pink paper), codes (Code Gray, Level 1), drugs and doses, vitals and labs ('pain 8/10'), everyday words that
// are names (Frank blood, rusty sputum, hope, will, strong odor, hill, snow, wood), times, relative dates, years alone,
// ages of 89 and under, CPT and ICD codes, generic places (Hall bed 3, Trauma Bay 2, the waiting room, the rotary) and
// relations without names.
// Measured before rules: 0.905 recall on seeds 5, 11, 23 (3308/3655), 0.896 on fresh seeds 41, 42, 43 (3278/3657); 7/115
// look-alikes touched ("Le Fort II", "San Francisco Syncope Rule", Poison Control's "1-800-222-1222", "Morgan lens",
// "Miller 2", "Fast Track", "Troop B") (engine at 2e5a850).
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, ca, au, frca, mx, br, it, pl, ng];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'Dawn', 'Rusty', 'Sandy', 'Frank', 'Will', 'Penny', 'Olive', 'Herb', 'Wade', 'Holly', 'Amber', 'Crystal', 'Misty', 'Stormy', 'Rocky', 'Buck', 'Hunter', 'Chase', 'Hazel', 'Ruby', 'Pearl', 'Autumn', 'Summer', 'Sunny', 'Mercy', 'Patience', 'Major', 'King', 'Royal', 'Bud', 'Destiny', 'Honor'];
const WORD_SUR = ['Price', 'Hill', 'Long', 'Young', 'Church', 'Little', 'Bell', 'Wood', 'Strong', 'Rich', 'Small', 'Short', 'Green', 'Brown', 'Black', 'White', 'Gray', 'Stone', 'Marsh', 'Field', 'Ford', 'Lamb', 'Hunt', 'Mason', 'Page', 'Cross', 'Rice', 'Snow', 'Frost', 'Knight', 'Bishop', 'Sharp', 'Moody', 'Waters', 'Banks', 'Fox', 'Wolf', 'Bird', 'Street', 'Lane', 'Gates', 'Hart', 'Swift', 'Love', 'Noble', 'Savage', 'Battle', 'Chance', 'Friend'];
/** Towns that are everyday words, names or countries (Maine's Poland, Norway, Mexico...). */
const WORD_TOWNS = ['Bath', 'Salem', 'Liberty', 'Union', 'Hope', 'Harmony', 'Unity', 'Freedom', 'Friendship', 'Concord', 'Derby', 'Troy', 'Normal', 'Canaan', 'Sandwich', 'Chester', 'Warren', 'Dover', 'Hollis', 'Hudson', 'Lebanon', 'Milford', 'Bedford', 'Jackson', 'Lincoln', 'Franklin', 'Madison', 'Hampton', 'Rye', 'Exeter', 'Hancock', 'Newport', 'Orange', 'Berlin', 'Paris', 'Mexico', 'Poland', 'Norway', 'Peru', 'China', 'Denmark'];
const REAL_TOWNS = ['Keene', 'Nashua', 'Manchester', 'Laconia', 'Claremont', 'Rochester', 'Portsmouth', 'Haverhill', 'Lawrence', 'Lowell', 'Methuen', 'Leominster', 'Fitchburg', 'Gardner', 'Athol', 'Brattleboro', 'Bennington', 'Rutland', 'Lewiston', 'Biddeford', 'Sanford', 'Derry', 'Londonderry', 'Hooksett', 'Goffstown', 'Pelham', 'Windham', 'Seabrook', 'Amesbury', 'Newburyport', 'Peterborough', 'Jaffrey', 'Winchendon'];
const STATES = ['NH', 'MA', 'ME', 'VT', 'N.H.', 'Mass.', 'Maine', 'Vermont'];
const COUNTIES = ['Hillsborough', 'Cheshire', 'Strafford', 'Rockingham', 'Merrimack', 'Grafton', 'Sullivan', 'Belknap', 'Carroll', 'Coos', 'Essex', 'Middlesex', 'Worcester', 'Franklin', 'York', 'Androscoggin', 'Windham'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital', 'Regional Hospital'];
const NAMED_HOSPITALS = ['Dartmouth-Hitchcock Medical Center', 'Elliot Hospital', 'Wentworth-Douglass Hospital', 'Frisbie Memorial Hospital', 'Catholic Medical Center', 'Mass General', 'Brigham and Women\'s', 'Beth Israel Deaconess', 'Baystate Medical Center', 'UMass Memorial Medical Center', 'Maine Medical Center', 'Tufts Medical Center', 'Lahey Hospital', 'Boston Children\'s', 'Parkland Medical Center', 'Cheshire Medical Center', 'Heywood Hospital'];
const SAINTS = ['Joseph', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Francis', 'Jude', 'Agnes'];
const HOME_FIRST = ['Pleasant View', 'Maple Leaf', 'Pine Ridge', 'Birch Hill', 'Harmony Hill', 'Golden View', 'Hillside', 'Mountain View', 'Riverside', 'Willow Brook', 'Cedar Crest', 'Meadowbrook', 'Oak Knoll'];
const HOME_KIND = ['Nursing Home', 'Center for Health & Rehabilitation', 'Health Care Center', 'Assisted Living', 'Rehab', 'Senior Living', 'Healthcare'];
const STREET_NAMES = ['Elm', 'Maple', 'Oak', 'Pine', 'Main', 'Church', 'School', 'Pleasant', 'Water', 'Mill', 'Spring', 'High', 'Park', 'Chestnut', 'Walnut', 'Center', 'Prospect', 'Summer', 'Winter', 'Depot', 'Bridge', 'Pearl', 'Liberty', 'Washington', 'Hanover', 'Lowell', 'Amherst', 'Elm Hill'];
const STREET_KINDS = ['St', 'St.', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Lane', 'Ln', 'Ct', 'Way', 'Terrace', 'Pkwy'];
const NAMED_ROADS = ['Everett Turnpike', 'Spaulding Turnpike', 'Daniel Webster Highway', 'Mohawk Trail', 'Kancamagus Highway', 'Lafayette Road'];
const SKI_AREAS = ['Gunstock', 'Loon Mountain', 'Wachusett Mountain', 'Cannon Mountain', 'Pats Peak', 'Crotched Mountain', 'Waterville Valley', 'Mount Sunapee', 'Bretton Woods', 'Attitash', 'Ragged Mountain'];
const LAKES = ['Lake Winnipesaukee', 'Silver Lake', 'Lake Sunapee', 'Massabesic Lake', 'Walden Pond', 'Whalom Pond', 'Squam Lake', 'Newfound Lake', 'Pawtuckaway Lake', 'Spofford Lake', 'Baboosic Lake'];
const STORES = ['Walmart', 'Market Basket', 'Home Depot', 'Hannaford', 'Shaw\'s', 'Lowe\'s', 'Target', 'Dunkin\'', 'the Price Chopper', 'Tractor Supply'];
const PHARMACIES = ['CVS', 'Walgreens', 'Rite Aid', 'the Walmart pharmacy'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'];
const HOLIDAYS = ['Christmas', 'Christmas Eve', 'Thanksgiving', 'New Year\'s Eve', 'New Year\'s Day', 'Easter', 'Fourth of July', 'Memorial Day', 'Labor Day', 'Halloween', 'Valentine\'s Day'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'niece', 'sister', 'brother', 'partner', 'grandson', 'granddaughter', 'mother', 'boyfriend', 'girlfriend', 'roommate'];
const ALIASES = ['QUARTZ', 'ZEBRA', 'OAKLEAF', 'TANGO', 'COBALT', 'JUNIPER', 'WALRUS', 'ONYX', 'MAGPIE', 'SEQUOIA', 'BADGER', 'NEPTUNE'];
const PLANS = ['Harvard Pilgrim', 'Anthem BCBS', 'NH Healthy Families', 'Ambetter', 'Tufts Health Plan', 'MassHealth', 'Medicare', 'WellSense'];

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
  rel(): string {
    return this.pick(RELATIVES);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}${this.pick(['\'s', ''])} ${this.pick(['Hospital', 'Medical Center'])}`;
    if (x < 0.5) return this.pick(NAMED_HOSPITALS);
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  nursingHome(): string {
    return `${this.pick(HOME_FIRST)} ${this.pick(HOME_KIND)}`;
  }
  streetName(): string {
    return this.r() < 0.75 ? this.pick(STREET_NAMES) : us.location.street().split(/\s/).find((w) => w.length > 2) ?? 'Elm';
  }
  street(): string {
    return `${this.streetName()} ${this.pick(STREET_KINDS)}`;
  }
  address(): string {
    return `${this.int(1, 1999)} ${this.street()}`;
  }
  route(): string {
    const k = this.int(0, 4);
    if (k === 0) return `Rte ${this.int(1, 202)}${this.pick(['', '', 'A', 'B'])}`;
    if (k === 1) return `Route ${this.int(1, 202)}`;
    if (k === 2) return `Rt. ${this.int(1, 140)}`;
    if (k === 3) return `I-${this.pick(['93', '89', '95', '91', '495', '290', '190', '293'])}`;
    return this.pick(NAMED_ROADS);
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  /** 'm/d' as ED notes write it. */
  mdShort(): string {
    const [m, d] = this.md();
    return this.r() < 0.7 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
  override mdy(): string {
    const [m, d] = this.md();
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${this.year()}` : `${m}/${d}/${pad2(this.year() % 100)}`;
  }
  /** A full date in one of the forms notes use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 8);
    return writtenDate(k, m, d, y) ?? `${m}/${d}/${y}`;
  }
  monDay(): string {
    return `${this.pick(this.r() < 0.5 ? MON : MONTHS)} ${this.int(1, 28)}`;
  }
  weekday(): string {
    return this.r() < 0.8 ? this.pick(WEEKDAYS) : this.pick(WEEKDAYS_SHORT);
  }
  /** A time as ED notes write it ('0214', '02:14', '2:14 AM'); kept. */
  time(): string {
    const h = this.int(0, 23);
    const m = this.int(0, 59);
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(h)}${pad2(m)}`;
    if (k === 1) return `${pad2(h)}:${pad2(m)}`;
    return `${h % 12 === 0 ? 12 : h % 12}:${pad2(m)} ${h < 12 ? 'AM' : 'PM'}`;
  }
  dob(lo = 1930, hi = 2004): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 106));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  csn(): string {
    return this.digitString(10);
  }
  fin(): string {
    return this.r() < 0.5 ? this.digitString(8) : `V${String(this.int(1, 99999999)).padStart(9, '0')}`;
  }
  badge(): string {
    return this.digitString(this.int(2, 4));
  }
  incident(): string {
    const yy = pad2(this.int(16, 25));
    const k = this.int(0, 3);
    if (k === 0) return `${yy}-${this.digitString(4)}-${this.pick(['OF', 'AR', 'IN'])}`;
    if (k === 1) return `${this.year()}-${String(this.int(1, 99999)).padStart(8, '0')}`;
    if (k === 2) return `I${yy}-${this.digitString(6)}`;
    return `${this.letters(3)}-${yy}-${this.digitString(5)}`;
  }
  kit(): string {
    const yy = pad2(this.int(16, 25));
    const k = this.int(0, 2);
    if (k === 0) return `SA${yy}-${this.digitString(4)}`;
    if (k === 1) return String(this.int(1, 9999999)).padStart(7, '0');
    return `K${yy}${this.digitString(5)}`;
  }
  poisonCase(): string {
    return this.r() < 0.6 ? this.digitString(this.int(7, 8)) : `NNEPC-${pad2(this.int(16, 25))}-${this.digitString(6)}`;
  }
  transferRef(): string {
    const k = this.int(0, 2);
    if (k === 0) return `TC-${pad2(this.int(16, 25))}${pad2(this.int(1, 12))}${pad2(this.int(1, 28))}-${this.digitString(3)}`;
    if (k === 1) return this.digitString(this.int(6, 8));
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  claim(): string {
    return this.r() < 0.5 ? `WC-${this.year()}-${this.digitString(6)}` : `${this.letters(2)}${this.digitString(8)}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `${this.digitString(1)}${this.letters(2)} ${this.digitString(3)}`;
    return `${this.letters(3)}-${this.digitString(4)}`;
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.letters(1)}${this.digitString(8)}${pad2(this.int(1, 9))}`;
  }
  serial(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(6)}${this.letters(1)}` : this.digitString(this.int(8, 10));
  }
  ext(): string {
    return this.digitString(4);
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
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    return `${this.pick([`${a}.${b}`, `${a[0] ?? 'p'}${b}`, `${a}${b}${this.int(1, 99)}`])}@${this.pick(['gmail.com', 'yahoo.com', 'comcast.net', 'aol.com', 'outlook.com'])}`;
  }
  /** 'Dr. First Last' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`Dr. ${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}, MD`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // triage
  ['triage BIBA from nursing home age over 89', (d) => { const n = d.ageOver89(); const h = d.nursingHome(); return [`${n} yo ${d.pick(['F', 'M'])} BIBA from ${h} s/p unwitnessed fall, found on floor by staff at ${d.time()}. ESI 3.`, [n, h]]; }],
  ['triage brought in by relative at bedside', (d) => { const g = d.given(); const g2 = d.given(); const s2 = d.sur(); return [`CC: chest pain x 2 hrs. Brought in by ${d.rel()} ${g}, who remains at bedside.\nTriage RN: ${g2} ${s2}, RN`, [g, g2, s2]]; }],
  ['triage POV from town driven by', (d) => { const t = d.town(); const g = d.given(); const s = d.sur(); return [`Arrived POV from ${t}, driven by ${d.rel()} ${g} ${s}. Ambulatory to triage, steady gait.`, [t, g, s]]; }],
  ['EMS handoff found down at address', (d) => { const t = d.town(); const a = d.address(); const g = d.given(); return [`EMS report (${t} Fire, Medic ${d.int(1, 9)}): pt found down at ${a} by neighbor ${g}; GCS 13 on scene, FSBG 48, given D10.`, [t, a, g]]; }],
  ['triage stamp with date and RN initials', (d) => { const dt = d.mdy(); const i = d.initials(); return [`Triage start: ${dt} ${d.time()}   Acuity: ESI 2   Triage RN: ${i}`, [dt, i]]; }],
  ['last known well weekday per relative', (d) => { const w = d.weekday(); const g = d.given(); return [`LKW ${w} ~${d.int(1, 11)} pm per ${d.rel()} ${g}; stroke alert not called (outside window).`, [w, g]]; }],
  ['triage interpreter', (d) => { const g = d.given(); const id = d.digitString(6); return [`Spanish interpreter ${g}, ID #${id}, used via iPad for triage.`, [g, id]]; }],
  // HPI
  ['HPI MVC on route near town rotary', (d) => { const r = d.route(); const t = d.town(); return [`Pt was the restrained driver in an MVC on ${r} near the ${t} rotary at approx ${d.time()} tonight; +airbag deployment, self-extricated, ambulatory at scene.`, [r, t]]; }],
  ['HPI fell at store in town on weekday', (d) => { const t = d.town(); const w = d.weekday(); return [`Pt reports she tripped and fell at ${d.pick(STORES)} in ${t} on ${w} afternoon, landing on her R outstretched hand.`, [t, w]]; }],
  ['HPI found by neighbor at address last seen m/d', (d) => { const g = d.given(); const a = d.address(); const md = d.mdShort(); return [`Found by neighbor ${g} at ${a} lying on the kitchen floor; last seen normal ${md} at ${d.time()}.`, [g, a, md]]; }],
  ['HPI assault outside bar on street in town', (d) => { const st = d.street(); const t = d.town(); return [`Pt states he was assaulted outside a bar on ${st} in ${t} around ${d.time()}; punched x3 to face, +LOC per friend.`, [st, t]]; }],
  ['HPI dog bite animal control report', (d) => { const a = d.address(); const t = d.town(); const g = d.given(); const s = d.sur(); const n = d.incident(); return [`Bitten by neighbor's dog at ${a}; ${t} Animal Control Officer ${g} ${s} notified, report #${n}; dog's rabies vaccination status pending.`, [a, t, g, s, n]]; }],
  ['HPI work injury with comp claim', (d) => { const t = d.town(); const c = d.claim(); return [`Injured at work today on a roofing job in ${t}, fell ~10 ft from ladder. Workers' comp claim #${c}.`, [t, c]]; }],
  ['HPI onset m/d at time', (d) => { const md = d.mdShort(); return [`Sx began ${md} at ${d.pick(['0200', '2 am', '0230', '2300'])} with sudden-onset severe HA, "worst of my life."`, [md]]; }],
  ['HPI since last weekday worse tonight', (d) => { const w = d.weekday(); return [`Reports intermittent ${d.pick(['HA', 'abd pain', 'LBP', 'palpitations', 'dizziness'])} since last ${w}, worse tonight, unrelieved by ${d.pick(['Tylenol', 'Motrin', 'rest', 'Aleve'])}.`, [w]]; }],
  ['HPI off meds since holiday', (d) => { const h = d.pick(HOLIDAYS); return [`Has not taken her ${d.pick(['Keppra', 'Lamictal', 'insulin', 'lithium', 'Eliquis'])} since ${h}; ${d.pick(['2 witnessed GTCs today', 'family concerned', 'ran out of refills'])}.`, [h]]; }],
  ['HPI historian daughter HCP age over 89', (d) => { const g = d.given(); const s = d.sur(); const n = d.ageOver89(); return [`History obtained from daughter ${g} ${s} (HCP), as pt is ${n} and very HOH.`, [g, s, n]]; }],
  ['HPI ski collision at ski area', (d) => { const sk = d.pick(SKI_AREAS); const g = d.given(); return [`Skiing at ${sk} today, collided with a tree at moderate speed, +helmet. Brought down by ski patrol (${g}).`, [sk, g]]; }],
  ['HPI near drowning at lake in town', (d) => { const l = d.pick(LAKES); const t = d.town(); const g = d.given(); return [`Pulled from the water at ${l} in ${t} by lifeguard ${g}; submersion time est. 2 min, CPR x1 cycle with ROSC.`, [l, t, g]]; }],
  ['HPI age over 89 on apixaban', (d) => { const n = d.ageOver89(); return [`${n}-year-old woman with hx of AF on apixaban presents after ground-level fall with head strike.`, [n]]; }],
  ['HPI seen here on the ordinal', (d) => { const o = ordinal(d.int(1, 31)); return [`Pt was seen here on the ${o} for the same complaint and d/c'd home on Keflex.`, [o]]; }],
  ['HPI prior visit Mon d', (d) => { const md = d.monDay(); return [`Prior ED visit ${md} for similar sx (CT head neg at that time).`, [md]]; }],
  ['ED course weekday, Month d', (d) => { const w = d.pick(WEEKDAYS); const [m, dd] = d.md(); const md = `${MONTHS[m - 1]!} ${dd}`; return [`ED COURSE: Pt arrived ${w}, ${md} at ${d.time()} and was placed in Rm 14.`, [w, md]]; }],
  // police and security
  ['police at bedside officer and badge', (d) => { const t = d.town(); const g = d.given(); const s = d.sur(); const b = d.badge(); return [`${t} PD Officer ${g} ${s} (badge #${b}) at bedside; pt is in custody.`, [t, g, s, b]]; }],
  ['police incident number blood alcohol', (d) => { const t = d.town(); const n = d.incident(); const s = d.sur(); return [`Per ${t} Police, incident #${n}. Officer ${s} requested legal blood alcohol; pt declined.`, [t, n, s]]; }],
  ['state trooper at scene on route', (d) => { const s = d.sur(); const b = d.badge(); const r = d.route(); return [`State Trooper ${s}, #${b} (Troop ${d.pick(['A', 'B', 'D', 'F', 'G'])}), responded to the scene on ${r}.`, [s, b, r]]; }],
  ['Code Gray security officers and restraint order', (d) => { const s = d.sur(); const s2 = d.sur(); const s3 = d.sur(); return [`Code Gray called at ${d.time()}; security officers ${s} and ${s2} responded. Pt placed in 4-point restraints per Dr. ${s3}.`, [s, s2, s3]]; }],
  ['Section 12 pink paper signed', (d) => { const g = d.given(); const s = d.sur(); const md = d.mdShort(); return [`Section 12(a) completed by Dr. ${g} ${s} on ${md} at ${d.time()}; pink paper given to pt and copy placed in chart.`, [g, s, md]]; }],
  ['IEA petition with certificate number', (d) => { const g = d.given(); const s = d.sur(); const c = d.digitString(6); const t = d.town(); return [`IEA petition and certificate completed by ${g} ${s}, APRN; certificate #${c}. Pt to be transported by ${t} PD once bed found.`, [g, s, c, t]]; }],
  ['elopement with PD welfare check', (d) => {
    const md = d.mdShort(); const t = d.town(); const n = d.incident(); const a = d.address();
    return [`Pt eloped from Hall bed ${d.int(1, 9)} at ${d.time()} on ${md}. ${t} PD notified (incident #${n}); welfare check requested at ${a}.`, [md, t, n, a]];
  }],
  ['sitter at bedside belongings searched', (d) => { const g = d.given(); const s = d.sur(); const g2 = d.given(); return [`1:1 sitter ${g} ${s} (PCA) at bedside for safety. Belongings searched and secured by security officer ${g2}.`, [g, s, g2]]; }],
  ['custody medical clearance county jail', (d) => {
    const t = d.town(); const s = d.sur(); const b = d.badge(); const c = d.pick(COUNTIES);
    return [`Brought in by ${t} PD in custody for medical clearance. Sgt. ${s}, badge ${b}, will transport to ${c} County House of Corrections.`, [t, s, b, c]];
  }],
  // trauma
  ['trauma activation page with date', (d) => { const dt = d.mdy(); const t = d.town(); return [`LEVEL 1 TRAUMA ACTIVATION ${dt} ${d.time()}: ${d.int(18, 60)} yo M, GSW to abd, ETA 5 min via ${t} Fire.`, [dt, t]]; }],
  ['trauma bay log team members', (d) => { const s = d.sur(); const s2 = d.sur(); const g = d.given(); const s3 = d.sur(); return [`TRAUMA BAY LOG\nTeam leader: Dr. ${s}\nAirway: Dr. ${s2} (EM PGY-3)\nRecorder: ${g} ${s3}, RN\nPt arrival: ${d.time()}`, [s, s2, g, s3]]; }],
  ['trauma alias with MRN', (d) => { const a = `TRAUMA, ${d.pick(ALIASES)}`; const m = d.mrn(); return [`Registered under trauma alias ${a} (MRN ${m}) until identified.`, [a, m]]; }],
  ['trauma pt identified name DOB merged MRN', (d) => { const g = d.given(); const s = d.sur(); const dob = d.dob(); const m = d.mrn(); return [`Pt identified at ${d.time()} as ${g} ${s}, DOB ${dob}; chart merged into MRN ${m}.`, [g, s, dob, m]]; }],
  ['MTP blood bank notified at ext', (d) => { const g = d.given(); const e = d.ext(); return [`Massive transfusion protocol initiated at ${d.time()}; blood bank tech ${g} notified at x${e}.`, [g, e]]; }],
  ['transferred in from hospital with report', (d) => { const h = d.hospital(); const s = d.sur(); return [`Transferred from ${h} after CT showed grade III splenic laceration; report received from Dr. ${s}.`, [h, s]]; }],
  // SANE
  ['SANE exam kit released to officer', (d) => {
    const g = d.given(); const s = d.sur(); const k = d.kit(); const s2 = d.sur(); const t = d.town();
    return [`SANE exam performed by ${g} ${s}, RN, SANE-A. Evidence kit #${k} sealed at ${d.time()} and released to Officer ${s2}, ${t} PD.`, [g, s, k, s2, t]];
  }],
  ['SANE assault date and place', (d) => { const md = d.mdShort(); const st = d.street(); const t = d.town(); return [`Pt reports the assault occurred ${md} at approx ${d.time()} in an apartment on ${st} in ${t}.`, [md, st, t]]; }],
  ['SANE advocate from crisis center hotline', (d) => { const g = d.given(); const t = d.town(); const [ph, p] = d.phone(); return [`Advocate ${g} from the ${t} Crisis Center present at pt's request; 24-h hotline ${ph}.`, [g, t, p]]; }],
  ['SANE chain of custody to detective', (d) => {
    const k = d.kit(); const dt = d.mdy(); const g = d.given(); const s = d.sur(); const s2 = d.sur(); const b = d.badge();
    return [`CHAIN OF CUSTODY: kit ${k} transferred ${dt} ${d.time()} from ${g} ${s}, RN to Det. ${s2} #${b}.`, [k, dt, g, s, s2, b]];
  }],
  // poison control
  ['poison control call with case number', (d) => { const g = d.given(); const c = d.poisonCase(); return [`Discussed with Poison Control (spoke with ${g}, SPI); case #${c}. Recommend 4-hr APAP level and LFTs.`, [g, c]]; }],
  ['ingestion on weekday per roommate', (d) => { const w = d.weekday(); const g = d.given(); return [`Ingested ~30 tabs of APAP 500 mg on ${w} evening per roommate ${g}; empty bottle found.`, [w, g]]; }],
  ['poison center callback with toxicologist', (d) => { const md = d.mdShort(); const c = d.poisonCase(); const s = d.sur(); return [`Poison center called back ${md} ${d.time()}, ref ${c}; toxicologist Dr. ${s} recommends NAC 21-hr protocol.`, [md, c, s]]; }],
  // transfers
  ['transfer request with reference', (d) => { const h = d.hospital(); const r = d.transferRef(); return [`Transfer request placed to ${h} transfer center at ${d.time()}; ref #${r}.`, [h, r]]; }],
  ['accepted by doctor at hospital RN report phone', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital(); const g2 = d.given(); const [ph, p] = d.phone();
    return [`Accepted by Dr. ${g} ${s} (${d.pick(['neurosurgery', 'trauma surgery', 'MICU', 'cardiology', 'hand surgery'])}) at ${h}. RN-to-RN report given to ${g2} at ${ph}.`, [g, s, h, g2, p]];
  }],
  ['ambulance service crew for transfer', (d) => { const t = d.town(); const g = d.given(); const s = d.sur(); return [`Transport via ${t} Ambulance ALS, ETA ${d.time()}; crew: ${g} ${s}, Paramedic.`, [t, g, s]]; }],
  ['transfer declined no ICU beds', (d) => { const h = d.hospital(); const s = d.sur(); return [`${h} declined transfer at ${d.time()} (no ICU beds per Dr. ${s}).`, [h, s]]; }],
  ['EMTALA certification receiving facility', (d) => { const dt = d.mdy(); const h = d.hospital(); const t = d.town(); return [`Physician certification of transfer signed ${dt}. Receiving facility: ${h}, ${t}, ${d.state()}.`, [dt, h, t]]; }],
  // AMA, LWBS
  ['AMA form witnessed with relative present', (d) => { const g = d.given(); const s = d.sur(); const g2 = d.given(); return [`Pt signed AMA form at ${d.time()}; witnessed by ${g} ${s}, RN. Risks incl. death discussed; ${d.rel()} ${g2} present.`, [g, s, g2]]; }],
  ['left AMA before signing callback phone', (d) => { const md = d.mdShort(); const [ph, p] = d.phone(); return [`Pt left AMA on ${md} before signing form. Attempted callback at ${ph}, no answer, VM left.`, [md, p]]; }],
  ['LWBS after triage on weekday', (d) => { const w = d.weekday(); const v = d.fin(); return [`LWBS: pt left the waiting room at ${d.time()} on ${w} after triage. Visit #${v}.`, [w, v]]; }],
  // tracking board and bed board
  ['tracking board row', (d) => {
    const S = d.sur().toUpperCase(); const G = d.given().toUpperCase(); const age = d.int(18, 104); const i = d.initials(); const s2 = d.sur();
    const parts = [S, G, i, s2];
    if (age > 89) parts.push(String(age));
    return [`Rm 14 | ${S}, ${G} | ${age}${d.pick(['F', 'M'])} | CP | ESI 2 | RN ${i} | MD ${s2} | ${d.time()}`, parts];
  }],
  ['tracking board stub name', (d) => { const stub = `${d.sur().slice(0, 3).toUpperCase()}, ${d.given().slice(0, 2).toUpperCase()}`; const i = d.initials(); return [`H3  ${stub}  ${d.int(20, 85)}M  ETOH  q15 checks  RN:${i}`, [stub, i]]; }],
  ['bed board hold with hospitalist', (d) => { const s = d.sur(); const g = d.given(); const md = d.mdShort(); const s2 = d.sur(); return [`BED BOARD: ${s}, ${g} — admit 4W rm 412B, boarding since ${md} ${d.time()}; accepting hospitalist ${s2}.`, [s, g, md, s2]]; }],
  ['waiting room callout', (d) => { const g = d.given(); const s = d.sur(); return [`Called ${g} ${s} x3 in WR at ${d.time()}, no response; will recheck in 30 min.`, [g, s]]; }],
  // disposition and death
  ['dispo home with relative PCP in town', (d) => { const g = d.given(); const s = d.sur(); const t = d.town(); return [`Dispo: discharged home with ${d.rel()} ${g}. F/u with PCP Dr. ${s} in ${t} in 2-3 days.`, [g, s, t]]; }],
  ['admit dispo with CSN and MRN', (d) => { const s = d.sur(); const c = d.csn(); const m = d.mrn(); return [`Admitted to hospitalist service (Dr. ${s}). CSN ${c}, MRN ${m}.`, [s, c, m]]; }],
  ['death in ED pronounced NEOB ME', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const r = d.digitString(7); const s2 = d.sur();
    return [`Time of death ${d.time()} on ${dt}, pronounced by Dr. ${g} ${s}. NEOB notified, referral #${r}. ME ${s2} declined jurisdiction.`, [dt, g, s, r, s2]];
  }],
  // phone follow-up
  ['callback culture result pharmacy on street', (d) => {
    const md = d.mdShort(); const [ph, p] = d.phone(); const dob = d.dob(); const st = d.street(); const t = d.town();
    return [`Callback ${md}: urine cx + E. coli resistant to Keflex. Spoke with pt at ${ph}, verified DOB ${dob}. Bactrim sent to ${d.pick(PHARMACIES)} on ${st} in ${t}.`, [md, p, dob, st, t]];
  }],
  ['follow-up voicemail radiology overread', (d) => { const [ph, p] = d.phone(); const w = d.weekday(); return [`Left VM for pt at ${ph} on ${w} re: radiology overread (5th metacarpal fx missed on prelim).`, [p, w]]; }],
  ['follow-up call spoke with spouse', (d) => { const dt = d.mdy(); const g = d.given(); return [`ED follow-up call ${dt}: spoke with ${d.pick(['husband', 'wife', 'partner'])} ${g}, pt improving, tolerating PO.`, [dt, g]]; }],
  // attestations
  ['scribe attestation', (d) => { const g = d.given(); const s = d.sur(); const s2 = d.sur(); const dt = d.mdy(); return [`I, ${g} ${s}, am scribing for, and in the presence of, Dr. ${s2}. ${dt} ${d.time()}`, [g, s, s2, dt]]; }],
  ['physician attestation of scribe', (d) => { const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur(); return [`I, Dr. ${g} ${s}, personally performed the services described in this documentation, as scribed by ${g2} ${s2} in my presence.`, [g, s, g2, s2]]; }],
  ['APP note with supervising physician', (d) => { const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur(); return [`Seen and evaluated by ${g} ${s}, PA-C. Discussed with supervising physician ${doc}, who agrees with plan.`, [g, s, ...p]]; }],
  // registration and other numbers
  ['registration header', (d) => {
    const S = d.sur().toUpperCase(); const G = d.given().toUpperCase(); const m = d.mrn(); const f = d.fin(); const dob = d.dob(); const dt = d.mdy();
    return [`PATIENT: ${S}, ${G} ${d.mi()}\nMRN: ${m}   FIN: ${f}\nDOB: ${dob}   Arrival: ${dt} ${d.time()}`, [S, G, m, f, dob, dt]];
  }],
  ['insurance member id', (d) => { const id = d.memberId(); return [`Insurance: ${d.pick(PLANS)}, member ID ${id}. Registration verified.`, [id]]; }],
  ['MVC vehicle plate towed', (d) => { const p = d.plate(); const t = d.town(); return [`Vehicle: ${d.year()} Honda Civic, ${d.state()} plate ${p}, towed by ${t} Towing per PD.`, [p, t]]; }],
  ['pacemaker interrogation device serial', (d) => { const g = d.given(); const sn = d.serial(); return [`Pacemaker interrogated by Medtronic rep ${g}; device SN ${sn}, no events recorded.`, [g, sn]]; }],
  ['emergency contact with phone', (d) => { const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); return [`Emergency contact: ${g} ${s} (${d.rel()}) ${ph}`, [g, s, p]]; }],
  ['discharge paperwork e-mailed', (d) => { const g = d.given(); const s = d.sur(); const e = d.email(g, s); return [`Pt requests work note and discharge paperwork be e-mailed to ${e}.`, [e]]; }],
  ['homeless stays at shelter on street', (d) => { const st = d.street(); const g = d.given(); return [`Pt is currently homeless, stays at the shelter on ${st}; ED case manager ${g} paged re: resources.`, [st, g]]; }],
];

/** The names of the wave's frames. */
export const emergencyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function emergencyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9811, rounds);
}

/** Look-alikes in ED note style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponymous signs and tests
  ['Positive Murphy sign.', 'Murphy'], ['Tenderness at McBurney point.', 'McBurney'], ['Battle sign and raccoon eyes absent.', 'Battle sign'],
  ['Kernig and Brudzinski negative.', 'Kernig'], ['Negative Homan sign.', 'Homan'], ['Dix-Hallpike positive on the right; Epley maneuver performed.', 'Epley'],
  ['Thompson test negative, Achilles intact.', 'Thompson'], ['Lachman negative bilaterally.', 'Lachman'], ['Babinski downgoing, Romberg negative.', 'Romberg'],
  ['Cushing triad not present.', 'Cushing'], ['Kussmaul respirations noted.', 'Kussmaul'], ['Presentation consistent with Bell palsy.', 'Bell palsy'],
  // fractures and injuries
  ['Colles fracture of the left distal radius.', 'Colles'], ['Smith fracture with volar angulation.', 'Smith fracture'], ['Jones fracture of the 5th metatarsal.', 'Jones fracture'],
  ['Boxer fracture of the 5th metacarpal.', 'Boxer'], ['Chance fracture at L1 from the lap belt.', 'Chance fracture'], ['Weber B ankle fracture.', 'Weber B'],
  ['Salter-Harris II fracture of the distal radius.', 'Salter-Harris II'], ['Le Fort II fracture pattern.', 'Le Fort II'], ['Jefferson fracture of C1 excluded on CT.', 'Jefferson'],
  ['Maisonneuve injury considered.', 'Maisonneuve'], ['Lisfranc injury suspected.', 'Lisfranc'], ['Mallory-Weiss tear likely.', 'Mallory-Weiss'],
  // decision rules and scores
  ['Ottawa ankle rules negative.', 'Ottawa ankle rules'], ['San Francisco Syncope Rule negative.', 'San Francisco Syncope Rule'], ['Canadian CT Head Rule applied.', 'Canadian CT Head Rule'],
  ['NEXUS criteria met; C-collar cleared.', 'NEXUS'], ['PECARN low risk, no CT.', 'PECARN'], ['Denver criteria positive; CTA neck ordered.', 'Denver criteria'],
  ['Rochester criteria low risk.', 'Rochester criteria'], ['Boston criteria applied for the febrile infant.', 'Boston criteria'], ['HEART score 3, low risk.', 'HEART score 3'],
  ['Wells score 1.5, PERC negative.', 'Wells score'], ['Centor 2', 'Centor 2'], ['CURB-65 of 1', 'CURB-65'], ['qSOFA 2', 'qSOFA 2'], ['GCS 14 (E4V4M6)', 'E4V4M6'],
  ['Glasgow Coma Scale 15', 'Glasgow'], ['Triage acuity ESI 2', 'ESI 2'], ['Alvarado score 7', 'Alvarado'], ['Injury Severity Score 17', '17'],
  // holds, codes, public numbers
  ['Section 12(a) application completed.', 'Section 12(a)'], ['Pink paper issued to pt.', 'Pink paper'], ['Section 35 petition discussed with family.', 'Section 35'],
  ['Placed on a 5150 hold.', '5150'], ['Baker Act initiated.', 'Baker Act'], ['Marchman Act criteria not met.', 'Marchman Act'], ['IEA under RSA 135-C:27 considered.', 'RSA 135-C:27'],
  ['Per M.G.L. c. 123 §12', 'c. 123 §12'], ['EMTALA transfer criteria met.', 'EMTALA'], ['Level 1 trauma activation', 'Level 1'], ['Code Gray called', 'Code Gray'],
  ['Code STEMI activated', 'Code STEMI'], ['Poison Control (1-800-222-1222) consulted.', '1-800-222-1222'], ['Bystander called 911.', '911'],
  // devices and drugs
  ['Morgan lens placed for irrigation.', 'Morgan lens'], ['Yankauer suction at bedside.', 'Yankauer'], ['Sengstaken-Blakemore tube considered.', 'Sengstaken-Blakemore'],
  ['Minnesota tube placed.', 'Minnesota tube'], ['Broselow tape: purple.', 'Broselow'], ['Intubated with a Mac 4 blade.', 'Mac 4'], ['Miller 2 blade used.', 'Miller 2'],
  ['King airway placed by EMS.', 'King airway'], ['Sager splint applied in the field.', 'Sager'], ['Haldol 5 mg IM and Ativan 2 mg IM given.', 'Haldol 5 mg'], ['Narcan 4 mg IN x2', 'Narcan 4 mg'],
  ['TXA 1 g IV given', 'TXA 1 g'], ['ketamine 1 mg/kg IV', '1 mg/kg'], ['Tdap given', 'Tdap'], ['Lactated Ringer 1 L bolus', 'Lactated Ringer'], ['Normal saline 1 L bolus', 'Normal saline'],
  ['Reports bath salts ingestion.', 'bath salts'],
  // vitals and labs
  ['BP 142/88, HR 112', '142/88'], ['SpO2 94% on RA', '94%'], ['ETOH 212', '212'], ['POC glucose 342', '342'], ['Lactate 4.1', '4.1'], ['Reports pain 8/10.', 'pain 8/10'], ['INR 3.2', 'INR 3.2'],
  // everyday words that are names
  ['Frank blood per rectum.', 'Frank'], ['Rusty sputum.', 'Rusty'], ['Pt expresses hope that the pain resolves.', 'hope'], ['Will return if worse.', 'Will'],
  ['Strong odor of alcohol on breath.', 'Strong'], ['Fell down a hill while sledding.', 'hill'], ['Wood splinter to the R palm.', 'Wood'], ['Long bone films negative.', 'Long bone'],
  ['Was shoveling snow when CP began.', 'snow'], ['Hunting accident, fell from tree stand.', 'Hunting'], ['Little finger laceration, 2 cm.', 'Little finger'], ['Green bilious emesis.', 'Green'],
  // times, relative dates, years, ages
  ['Arrived at 0214.', '0214'], ['Symptoms began yesterday.', 'yesterday'], ['Worse tonight.', 'tonight'], ['MVC in 2019 with similar injury.', '2019'], ['87 yo male', '87'],
  ['A 45-year-old woman', '45'], ['Cough x 3 days.', '3 days'],
  // generic places, relations, codes
  ['Pt placed in Hall bed 3.', 'Hall bed 3'], ['Moved to Trauma Bay 2.', 'Trauma Bay 2'], ['Seen in Fast Track.', 'Fast Track'], ['Left from the waiting room.', 'the waiting room'],
  ['Found in the parking lot.', 'the parking lot'], ['Boarding in psych holding.', 'psych holding'], ['Daughter at bedside.', 'Daughter'], ['Brought in by a neighbor.', 'neighbor'],
  ['MVC on the highway near the rotary.', 'the rotary'], ['Pt recently moved from New Hampshire.', 'New Hampshire'], ['Fell at a grocery store.', 'a grocery store'], ['Medic 7 crew gave report.', 'Medic 7'],
  ['CPT 99285', '99285'], ['ICD-10 S06.0X0A', 'S06.0X0A'], ['Pt roomed in Rm 14.', 'Rm 14'], ['Trooper from Troop B responded.', 'Troop B'],
];

export const emergencyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedEmergencyKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(emergencyKeepCases(), find);

export function scoreEmergencyWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => emergencyWaveCases(seed)), find);
}
