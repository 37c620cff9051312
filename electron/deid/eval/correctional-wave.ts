// A blind wave of correctional and detention health care documentation: intake screening at a county jail or house of
// correction (booking, inmate, DOC, SID and docket numbers, the arresting agency, the court, court dates and bail, the
// emergency contact, the health plan and SSN taken at booking), sick-call slips and nursing protocols, medication passes
// on the tiers (nurse initials, officers observing, KOP cards, methadone and buprenorphine continuity with a named
// clinic), suicide watch and restraint logs (officers by rank and surname with badge numbers, 15-minute checks with their
// times), off-site transports and hospital posts (a named hospital, two officers), release planning (the address on
// release, a named shelter, the probation officer, a community health center, a bridge prescription faxed to a
// pharmacy, the re-entry worker's e-mail), immigration detention (A-numbers, the facility, the town and country of
// origin, the detainer, the immigration attorney, interpreter ids), juvenile detention (DYS numbers, the guardian, the
// school, the juvenile court and the DCF worker), chronic-care, dental and mental-health clinics, grievances and their
// appeals, and the phones and e-mails of families, attorneys and public defenders, in mixed case, ALL CAPS and lower
// case. Dates are written in every form jail records use ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024',
// 'March 4th, 2024', '04MAR24', '3.4.24', '3/4', 'Mar 4', 'the 4th', 'Monday', 'March 2024'). A list of look-alikes in
// the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreCorrectionalWave`.
// Decisions: in 'LAST, FIRST M' the surname and the given name are planted, the middle initial is not; an officer's rank
// ('CO', 'Sgt.', 'Lt.', 'Capt.') and a clinician's credential ('RN', 'LPN', 'LICSW', 'DMD') are kept while the surname,
// the given name and the badge number (its digits, without '#') are planted; a nurse's initials on a MAR are planted;
// every named institution is planted whole as written, its kind word included: a jail, house of correction or detention
// facility ('Essex County House of Correction', 'MCI-Concord'), a court ('Worcester District Court'), an arresting agency
// ('Salem PD', 'Hampden County Sheriff's Office'), a hospital, a shelter, a community health center, an opioid treatment
// program, a school; a statewide agency or its kind alone (ICE, DCF, DYS, CPCS, the Department of Correction, 'district
// court', 'the jail') is kept, but the town of its local office is planted; housing (unit, block, tier, cell, bunk), a
// room and a transport van are kept, like a hospital room; booking, inmate, DOC, SID, FBI, TCN, docket, DYS, sick-call
// request, KOP card, grievance and interpreter numbers are planted, as are A-numbers (with their 'A' when it is glued
// or spaced into the number, the digits alone after 'A#:'), SSNs and health plan ids; a street address is planted from
// its number through its street kind, the town and the ZIP apart, the state kept; a foreign town of origin is planted,
// its country kept; bail amounts, sentences, statutes ('c. 90 § 24', 'Section 35') and classification levels are kept;
// every date element but the year alone is planted, a month with its year, a month with its day, an ordinal day ('the
// 14th') and a weekday that names a day of the stay included; times ('at 0215', '1415') are kept; ages over 89 are
// planted, ages of 89 and under kept; a phone's leading '(' need not be covered; an e-mail is planted whole.
// Measured before rules (engine at d6e238b): 0.819 recall on seeds 5, 11, 23 (2871/3504), 0.806 on fresh seeds 41, 42,
// 43 (2826/3505); 5/91 look-alikes touched ("B-Block", "the sally port", "CPCS", "Gates" open at 0600, "Guatemala").
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, es, br, fr, gh, ie, vi];

/** Given names and surnames that are everyday words (several of them words of a jail's own records). */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Justice', 'Mercy', 'Patience', 'Precious', 'Destiny', 'Trinity', 'Chance', 'Lucky', 'Rocky', 'Dusty', 'Buck', 'Major', 'King', 'Royal', 'Deacon', 'Hunter', 'Sunny', 'Star', 'Storm', 'Summer', 'Autumn', 'Brandy', 'Crystal', 'Candy', 'Ace', 'Duke', 'Will', 'Rich', 'Bill', 'Pat', 'Sandy', 'Honor'];
const WORD_SUR = ['Block', 'Ward', 'Warden', 'Gates', 'Locke', 'Keyes', 'Bond', 'Law', 'Judge', 'Sargent', 'Marshall', 'Cash', 'Price', 'Banks', 'Free', 'Freeman', 'Stone', 'Hardy', 'Wise', 'Best', 'Good', 'Sweet', 'Love', 'Little', 'Short', 'Long', 'Brown', 'White', 'Gray', 'Black', 'Street', 'Lane', 'Parks', 'Waters', 'Moody', 'Golden', 'Steel', 'Nurse', 'Tower', 'Hall', 'Bishop', 'Pope', 'Church', 'Hope', 'Chambers', 'Booker', 'Page', 'Cross', 'Mann'];
/** Towns that are everyday words, and real small towns of jails and courts. */
const WORD_TOWNS = ['Concord', 'Union', 'Liberty', 'Freedom', 'Hope', 'Independence', 'Justice', 'Warden', 'Bath', 'Salem', 'Commerce', 'Reading', 'Normal', 'Friendship', 'Harmony', 'Unity', 'Temple', 'Orange', 'Ware', 'Sharon', 'Florence', 'Canton', 'Hull', 'Sandwich', 'Wells', 'Gray', 'Hazard', 'Surprise', 'Paradise', 'Eden', 'Ransom', 'Mobile', 'Story', 'Chance', 'Liberal', 'Plain', 'Dover', 'Auburn', 'Chester', 'Marshall'];
const REAL_TOWNS = ['Ludlow', 'Billerica', 'Dedham', 'Middleton', 'Dartmouth', 'Plymouth', 'Greenfield', 'Northampton', 'Barnstable', 'Bourne', 'Pittsfield', 'Worcester', 'Springfield', 'Holyoke', 'Chicopee', 'Lowell', 'Lawrence', 'Brockton', 'Taunton', 'Fall River', 'New Bedford', 'Fitchburg', 'Athol', 'Gardner', 'Framingham', 'Quincy', 'Chelsea', 'Lynn', 'Haverhill', 'Woburn', 'Nashua', 'Keene', 'Goffstown', 'Windham', 'Cranston', 'Woonsocket'];
const COUNTIES = ['Hampden', 'Worcester', 'Essex', 'Middlesex', 'Suffolk', 'Bristol', 'Plymouth', 'Barnstable', 'Franklin', 'Berkshire', 'Norfolk', 'Hampshire', 'Orange', 'Union', 'Warren', 'Hillsborough', 'Cumberland', 'Strafford', 'Merrimack', 'Androscoggin'];
const STATES = ['MA', 'NH', 'ME', 'RI', 'CT', 'VT', 'Mass.', 'N.H.'];
const FACILITY_KINDS = ['County Jail', 'House of Correction', 'Jail and House of Correction', 'County Correctional Facility', 'Correctional Center', 'Regional Jail', 'Detention Center', 'County Jail & HOC'];
const REAL_FACILITIES = ['MCI-Concord', 'MCI-Framingham', 'MCI-Norfolk', 'MCI-Shirley', 'Souza-Baranowski Correctional Center', 'Old Colony Correctional Center', 'Bridgewater State Hospital', 'Nashua Street Jail', 'South Bay House of Correction', 'Pondville Correctional Center', 'Northeastern Correctional Center', 'Strafford County Department of Corrections'];
const HOSPITAL_SUFFIX = ['Medical Center', 'General Hospital', 'Regional Medical Center', 'Memorial Hospital', 'Hospital', 'Community Hospital'];
const REAL_HOSPITALS = ['Baystate Medical Center', 'Lemuel Shattuck Hospital', 'Mercy Medical Center', 'Boston Medical Center', 'UMass Memorial Medical Center', 'Lawrence General Hospital', 'Cape Cod Hospital', 'Good Samaritan Medical Center', 'Holy Family Hospital', 'Saint Vincent Hospital', 'Signature Healthcare Brockton Hospital', 'Heywood Hospital'];
const SAINTS = ['Anne', 'Luke', 'Vincent', 'Elizabeth', 'Joseph', 'Mary', 'Francis'];
const SHELTERS = ['Pine Street Inn', 'Friendship House', 'Open Door Shelter', 'St. Francis House', 'Faith House', 'Hope House', 'Harbor House', 'Lazarus House', 'Grace Haven', 'Bridge House', 'My Brother\'s Keeper'];
const SHELTER_KINDS = ['Rescue Mission', 'Community Shelter', 'Emergency Shelter', 'Men\'s Shelter', 'Sober House', 'Homeless Shelter'];
const CHC_KINDS = ['Community Health Center', 'Family Health Center', 'Health Center', 'Community Health Services', 'Neighborhood Health Center'];
const SCHOOL_KINDS = ['High School', 'Middle School', 'Regional Vocational High School', 'Alternative School', 'Academy'];
const STREET_WORDS = ['Main', 'Water', 'Pleasant', 'Liberty', 'Union', 'Church', 'School', 'Mill', 'Spring', 'Elm', 'Chestnut', 'Prospect', 'Summer', 'Winter', 'Hope', 'Court', 'Bridge', 'Park', 'High', 'Maple'];
const STREET_KINDS = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Dr', 'Ct', 'Terrace', 'Way'];
/** Towns of origin abroad with their countries (the country is kept): several are words ('Esperanza', 'Progreso', 'La Libertad'). */
const ORIGINS: readonly (readonly [string, string])[] = [
  ['Quetzaltenango', 'Guatemala'], ['Huehuetenango', 'Guatemala'], ['Todos Santos Cuchumatán', 'Guatemala'], ['San Pedro Sula', 'Honduras'], ['Choloma', 'Honduras'],
  ['Progreso', 'Honduras'], ['La Libertad', 'El Salvador'], ['Santa Ana', 'El Salvador'], ['Jacmel', 'Haiti'], ['Cap-Haïtien', 'Haiti'], ['Praia', 'Cape Verde'],
  ['Mindelo', 'Cape Verde'], ['Cuenca', 'Ecuador'], ['Esperanza', 'Dominican Republic'], ['San Francisco de Macorís', 'Dominican Republic'], ['Governador Valadares', 'Brazil'],
  ['Zacatecas', 'Mexico'], ['Puebla', 'Mexico'], ['Kumasi', 'Ghana'], ['Tamale', 'Ghana'], ['Concepción', 'Paraguay'], ['Victoria', 'Mexico'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIVES = ['mother', 'father', 'wife', 'girlfriend', 'sister', 'brother', 'aunt', 'grandmother', 'uncle', 'son', 'daughter', 'cousin'];
const RANKS = ['CO', 'C.O.', 'Officer', 'Ofc.', 'Sgt.', 'Sergeant', 'Lt.', 'Capt.', 'Cpl.', 'Deputy'];

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
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A jail, house of correction or detention facility. */
  facility(): string {
    const x = this.r();
    if (x < 0.5) return `${this.county()} ${this.pick(FACILITY_KINDS)}`;
    if (x < 0.7) return `${this.town()} ${this.pick(['Detention Center', 'Correctional Center', 'Pre-Release Center', 'Jail'])}`;
    return this.pick(REAL_FACILITIES);
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.35) return this.pick(REAL_HOSPITALS);
    if (x < 0.5) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  court(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.county()} Superior Court`;
    if (k === 1) return `${this.town()} District Court`;
    if (k === 2) return `${this.county()} County Superior Court`;
    if (k === 3) return this.pick(['Boston Municipal Court', 'Dorchester District Court', 'Roxbury District Court', 'Eastern Hampshire District Court']);
    return `${this.town()} District Court`;
  }
  agency(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} PD`;
    if (k === 1) return `${this.town()} Police Department`;
    if (k === 2) return `${this.county()} County Sheriff's Office`;
    if (k === 3) return `${this.town()} Police`;
    return `${this.town()} Police Dept.`;
  }
  shelter(): string {
    return this.r() < 0.5 ? this.pick(SHELTERS) : `${this.town()} ${this.pick(SHELTER_KINDS)}`;
  }
  chc(): string {
    return this.r() < 0.8 ? `${this.town()} ${this.pick(CHC_KINDS)}` : `Greater ${this.town()} ${this.pick(CHC_KINDS)}`;
  }
  school(): string {
    return this.r() < 0.5 ? `${this.town()} ${this.pick(SCHOOL_KINDS)}` : `${this.sur()} ${this.pick(SCHOOL_KINDS)}`;
  }
  street(): string {
    const name = this.r() < 0.5 ? this.pick(STREET_WORDS) : us.location.street().replace(/\s+\S+$/, '');
    return `${this.int(1, 998)} ${name} ${this.pick(STREET_KINDS)}`;
  }
  zip(): string {
    const z = `0${this.int(1000, 3999)}`;
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  /** A full date in one of the forms jail records use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 11);
    const yy = pad2(y % 100);
    if (k === 8) return `${pad2(d)}${MON[m - 1]!.toUpperCase()}${yy}`;
    if (k === 9) return `${MONTHS[m - 1]!} ${ordinal(d)}, ${y}`;
    if (k === 10) return `${m}.${d}.${yy}`;
    return writtenDate(k, m, d, y) ?? `${m}/${d}/${y}`;
  }
  /** A month and day without a year ('3/14', 'Mar 14', '14-Mar', 'March 14th'). */
  monthDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 3);
    if (k === 0) return `${m}/${d}`;
    if (k === 1) return `${MON[m - 1]!} ${d}`;
    if (k === 2) return `${d}-${MON[m - 1]!}`;
    return `${MONTHS[m - 1]!} ${ordinal(d)}`;
  }
  monthYear(): string {
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  dob(lo = 1955, hi = 2004): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${m}-${d}-${y}`]);
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** A military time ('0215', '14:15'), kept. */
  time(): string {
    const h = this.int(0, 23);
    const m = this.int(0, 59);
    return this.r() < 0.7 ? `${pad2(h)}${pad2(m)}` : `${pad2(h)}:${pad2(m)}`;
  }
  rank(): string {
    return this.pick(RANKS);
  }
  badge(): string {
    return this.r() < 0.5 ? this.digitString(this.int(3, 4)) : `0${this.digitString(3)}`;
  }
  /** 'Sgt. Long #312' style: the text and its parts (surname and badge digits). */
  officer(): readonly [string, readonly string[]] {
    const s = this.sur();
    const b = this.badge();
    const k = this.int(0, 3);
    if (k === 0) return [`${this.rank()} ${s} #${b}`, [s, b]];
    if (k === 1) return [`${this.rank()} ${s} (badge ${b})`, [s, b]];
    if (k === 2) return [`${this.rank()} ${s}, #${b}`, [s, b]];
    return [`${this.rank()} ${s} ${b}`, [s, b]];
  }
  booking(): string {
    const yy = pad2(this.int(15, 25));
    const k = this.int(0, 3);
    if (k === 0) return `${this.year()}-${String(this.int(1, 99999)).padStart(6, '0')}`;
    if (k === 1) return `BK${yy}-${this.digitString(5)}`;
    if (k === 2) return `${yy}-${this.digitString(4)}`;
    return `B${yy}${this.digitString(5)}`;
  }
  /** An inmate or DOC commitment number. */
  inmate(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.pick(['W', 'M', 'F'])}${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(6, 7));
    if (k === 2) return `${this.digitString(5)}-0${this.digitString(2)}`;
    if (k === 3) return `HOC-${this.digitString(6)}`;
    return `${pad2(this.int(15, 25))}${this.digitString(5)}`;
  }
  docket(): string {
    const yy = pad2(this.int(15, 25));
    const k = this.int(0, 2);
    if (k === 0) return `${yy}${pad2(this.int(1, 99))}CR${String(this.int(1, 9999)).padStart(6, '0')}`;
    if (k === 1) return `${yy}-CR-${this.digitString(4)}`;
    return `${this.digitString(4)}CR${this.digitString(4)}`;
  }
  /** An A-number as written and its planted part. */
  aNumber(spelled = false): readonly [string, string] {
    const n = `${this.pick(['0', '2', '2', '1'])}${this.digitString(8)}`;
    const a = n.slice(0, 3);
    const b = n.slice(3, 6);
    const c = n.slice(6);
    const k = this.int(0, spelled ? 2 : 3);
    if (k === 0) return [`A${n}`, `A${n}`];
    if (k === 1) return [`A${a}-${b}-${c}`, `A${a}-${b}-${c}`];
    if (k === 2) return [`A ${a} ${b} ${c}`, `A ${a} ${b} ${c}`];
    return [`${a}-${b}-${c}`, `${a}-${b}-${c}`];
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A Medicaid or health plan member id. */
  plan(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(12);
    if (k === 1) return `${this.letters(3)}${this.digitString(9)}`;
    return `${this.digitString(3)}-${this.digitString(3)}-${this.digitString(3)}`;
  }
  grievance(): string {
    const k = this.int(0, 2);
    if (k === 0) return `G-${this.year()}-${String(this.int(1, 999)).padStart(4, '0')}`;
    if (k === 1) return `${pad2(this.int(15, 25))}-${this.digitString(3)}`;
    return `GRV-${this.digitString(6)}`;
  }
  ageOver89(): string {
    return String(this.int(90, 101));
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
  /** An e-mail address of someone's own (its name drawn apart from the names a frame writes out, which a casing would
   * otherwise repeat inside the address). */
  email(domains: readonly string[]): string {
    const gg = asciiLetters(this.given()) || 'pat';
    const ss = asciiLetters(this.sur()) || 'lee';
    return `${this.pick([`${gg}.${ss}`, `${gg[0]!}${ss}`, `${gg}${ss}${this.int(1, 99)}`, `${ss}.${gg}`, `${gg}_${this.int(70, 99)}`])}@${this.pick(domains)}`;
  }
  /** 'First Last, CRED' style with its parts. */
  clinician(creds: readonly string[]): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    return this.r() < 0.8 ? [`${g} ${s}, ${this.pick(creds)}`, [g, s]] : [`${g} ${this.mi()} ${s}, ${this.pick(creds)}`, [g, s]];
  }
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 2);
    if (k === 0) return [`Dr. ${s}`, [s]];
    if (k === 1) return [`Dr. ${g} ${s}`, [g, s]];
    return [`${g} ${s}, MD`, [g, s]];
  }
}

const NURSE = ['RN', 'LPN', 'RN, BSN', 'NP', 'APRN'];
const MH = ['LICSW', 'LMHC', 'PsyD', 'LCSW', 'MHC'];
const DOMAINS_FAMILY = ['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'comcast.net', 'aol.com'];
const DOMAINS_LAW = ['publiccounsel.net', 'pdmass.org', 'nhpd.org', 'legalaid.org', 'immigrantdefense.org'];
const DOMAINS_SHERIFF = ['hcsdma.org', 'sheriff.state.ma.us', 'essexsheriffma.org', 'bcso-ma.org', 'doc.state.ma.us'];

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // intake and booking
  ['booking header LAST, FIRST with DOB', (d) => {
    const bk = d.booking(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const dt = d.date();
    return [`BOOKING #: ${bk}\nINMATE: ${s}, ${g} ${d.mi()}\nDOB: ${dob}\nBOOKED: ${dt} ${d.time()}\nHOUSING: INTAKE`, [bk, s, g, dob, dt]];
  }],
  ['arrested by agency on m/d', (d) => { const a = d.agency(); const md = d.monthDay(); return [`Pt arrested by ${a} on ${md} for OUI 3rd; brought to booking at ${d.time()}, smelling of ETOH.`, [a, md]]; }],
  ['DOC commitment from court', (d) => {
    const n = d.inmate(); const c = d.court(); const dt = d.date();
    return [`DOC #: ${n}\nCommitted from ${c} on ${dt}; sentence 2 1/2 yrs HOC, 18 mos to serve.`, [n, c, dt]];
  }],
  ['next court date and bail', (d) => { const dt = d.date(); const c = d.court(); return [`Next court date: ${dt} at ${c}. Held on $2,500 cash bail; pretrial.`, [dt, c]]; }],
  ['docket and weekday arraignment', (d) => { const k = d.docket(); const w = d.weekday(); return [`Docket ${k}. Arraigned ${w}, held without bail pending dangerousness hearing (58A).`, [k, w]]; }],
  ['intake nurse with housing assignment', (d) => {
    const [n, p] = d.clinician(NURSE); const dt = d.monthDay();
    return [`Receiving screening completed ${dt} by ${n}. Housing: ${d.pick(['2 West', 'B-Block', 'Unit 4', 'C Pod', 'Max 1'])}, cell ${d.int(1, 40)}, ${d.pick(['lower', 'upper'])} bunk.`, [dt, ...p]];
  }],
  ['prior incarceration month-year range', (d) => {
    const f = d.facility(); const a = d.monthYear(); const b = d.monthYear();
    return [`Prior incarceration: ${f}, ${a} to ${b}; was maintained on Suboxone there.`, [f, a, b]];
  }],
  ['SID FBI and TCN numbers', (d) => {
    const sid = `${d.pick(['MA', 'NH', ''])}${d.digitString(8)}`; const fbi = `${d.digitString(6)}${d.letters(2)}${d.int(1, 9)}`; const tcn = `${d.pick(['E', 'T'])}${d.digitString(10)}`;
    return [`SID: ${sid}   FBI#: ${fbi}\nLivescan TCN ${tcn} — prints taken at booking.`, [sid, fbi, tcn]];
  }],
  ['emergency contact relative with phone', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Emergency contact: ${g} ${s} (${rel}) ${ph}`, [g, s, p]];
  }],
  ['SSN and Medicaid at booking', (d) => { const ssn = d.ssn(); const pl = d.plan(); return [`SSN ${ssn}; MassHealth ID ${pl} (suspended on incarceration, not terminated).`, [ssn, pl]]; }],
  ['medical clearance at outside ED', (d) => {
    const h = d.hospital(); const dt = d.date(); const [doc, p] = d.doctor();
    return [`Medically cleared at ${h} ED on ${dt} prior to booking (${doc}); CT head negative.`, [h, dt, ...p]];
  }],
  ['last use weekday night', (d) => { const w = d.weekday(); return [`Reports last fentanyl use ${w} night, ~2 g/day IN. COWS at intake 9; started on withdrawal protocol.`, [w]]; }],
  // sick call and nursing protocols
  ['sick call slip from inmate in cell', (d) => {
    const n = d.digitString(5); const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given();
    return [`Sick Call Request #${n} rec'd ${dt} from ${s}, ${g} (${d.pick(['E-2', 'Unit 3', 'B tier', 'F Pod'])}-${d.int(1, 30)}): "my tooth is killing me cant eat"`, [n, dt, s, g]];
  }],
  ['nursing protocol seen weekday and m/d', (d) => {
    const [n, p] = d.clinician(NURSE); const w = d.weekday(); const md = d.monthDay();
    return [`Seen on ${w}, ${md} under nursing protocol (headache) by ${n}. Acetaminophen 650 mg x1 per standing order.`, [w, md, ...p]];
  }],
  ['referred to provider sick call with PA', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.monthDay();
    return [`Referred to provider line. Seen by ${g} ${s}, PA-C on ${md}: rash consistent with scabies, permethrin ordered, cellmate treated.`, [g, s, md]];
  }],
  ['refused sick call witnessed by officer', (d) => {
    const [o, p] = d.officer(); const dt = d.date();
    return [`Inmate refused scheduled sick call ${dt}; refusal form signed, witnessed by ${o}.`, [dt, ...p]];
  }],
  ['nurse triage initials on slip', (d) => {
    const i = d.initials(); const md = d.monthDay();
    return [`Triage: non-urgent, add to NP line. ${i} ${md} ${d.time()}`, [i, md]];
  }],
  // medication administration on the tiers
  ['med pass on tier with initials and officer', (d) => {
    const i = d.initials(); const s = d.sur();
    return [`${d.pick(['0800', '1200', '2000'])} med pass ${d.pick(['B-tier', 'upper tier, 3 West', 'Unit 6', 'D block'])}: buprenorphine 8 mg SL given, mouth check done, ${i}; observed by Officer ${s}.`, [i, s]];
  }],
  ['refused doses on three dates', (d) => {
    const a = d.monthDay(); const b = d.monthDay(); const c = d.monthDay(); const [doc, p] = d.doctor();
    return [`Refused lithium 300 mg x3 consecutive doses (${a}, ${b}, ${c}); ${doc} notified, MH to see.`, [a, b, c, ...p]];
  }],
  ['KOP card number', (d) => { const n = d.digitString(d.int(4, 6)); const dt = d.date(); return [`KOP card #${n} issued ${dt}: lisinopril 10 mg #30, inmate educated on keep-on-person rules.`, [n, dt]]; }],
  ['home meds verified with pharmacy in town', (d) => {
    const t = d.town(); const [ph, p] = d.phone(); const dt = d.monthDay();
    return [`Home meds verified by phone with CVS in ${t} (${ph}) on ${dt}: sertraline 100 mg, last filled 3 weeks ago.`, [t, p, dt]];
  }],
  ['methadone continuity with named OTP', (d) => {
    const t = d.town(); const otp = `${t} ${d.pick(['Comprehensive Treatment Center', 'Treatment Center', 'Recovery Services', 'Methadone Clinic'])}`; const md = d.monthDay();
    return [`Methadone 90 mg verified with ${otp}; last dose ${md}. Continued per MAT program.`, [otp, md]];
  }],
  // suicide watch and restraint
  ['constant watch started by lieutenant', (d) => {
    const dt = d.date(); const s = d.sur(); const b = d.badge();
    return [`Placed on constant observation ${dt} at ${d.time()} by Lt. ${s} (#${b}) after statement to officer "I'm not going to make it to court".`, [dt, s, b]];
  }],
  ['15-minute check log lines', (d) => {
    const [o1, p1] = d.officer(); const [o2, p2] = d.officer();
    return [`${d.time()}  ${o1}  lying on bunk, eyes open, no distress\n${d.time()}  ${o2}  sitting, ate 50% of tray`, [...p1, ...p2]];
  }],
  ['restraint chair with nursing checks', (d) => {
    const s = d.sur(); const s2 = d.sur(); const [n, p] = d.clinician(NURSE);
    return [`Restraint chair applied ${d.time()} by Sgt. ${s} and CO ${s2}. Circulation checks by ${n} q15 min; released after 2 hours, no injuries.`, [s, s2, ...p]];
  }],
  ['watch stepped down by clinician on Month d', (d) => {
    const md = `${d.pick(MONTHS)} ${d.int(1, 28)}`; const [c, p] = d.clinician(MH);
    return [`Watch stepped down to 15-minute checks on ${md} by ${c}; safety smock removed.`, [md, ...p]];
  }],
  ['day of watch weekday the ordinal', (d) => {
    const w = d.weekday(); const o = ordinal(d.int(1, 28));
    return [`Day 3 of suicide watch (started ${w} the ${o}). Continues to deny SI; sleeping through the night.`, [w, o]];
  }],
  ['OC exposure decontamination with officers', (d) => {
    const dt = d.date(); const [o, p] = d.officer(); const [o2, p2] = d.officer();
    return [`Seen for decontamination after OC spray exposure ${dt}. Officers involved: ${o}, ${o2}. Eyes flushed x15 min.`, [dt, ...p, ...p2]];
  }],
  // off-site transport and hospital posts
  ['sent out to hospital with two officers', (d) => {
    const h = d.hospital(); const [o1, p1] = d.officer(); const [o2, p2] = d.officer();
    return [`Sent out to ${h} ED at ${d.time()} via ALS for chest pain, escorted by ${o1} and ${o2}.`, [h, ...p1, ...p2]];
  }],
  ['returned from hospital with follow-up', (d) => {
    const h = d.hospital(); const dt = d.date(); const md = d.monthDay(); const [doc, p] = d.doctor();
    return [`Returned from ${h} ${dt}. Discharge summary from ${doc}: closed boxer's fracture, splint; ortho f/u ${md}.`, [h, dt, md, ...p]];
  }],
  ['off-site appointment not disclosed', (d) => {
    const dt = d.date(); const h = d.hospital();
    return [`Off-site appt: ${dt} ${d.time()}, ${h} cardiology. DO NOT DISCLOSE DATE OR TIME TO INMATE (security).`, [dt, h]];
  }],
  ['hospital post with officers', (d) => {
    const h = d.hospital(); const s = d.sur(); const s2 = d.sur();
    return [`Inmate admitted to ${h}, room ${d.int(200, 899)}; post staffed by CO ${s} and CO ${s2}, 12-hr shifts, leg restraint at all times.`, [h, s, s2]];
  }],
  ['transport from town by ambulance', (d) => {
    const t = d.town(); const h = d.hospital(); const md = d.monthDay();
    return [`${md}: ${t} Fire ambulance transported pt to ${h} after seizure in the dayroom.`, [md, t, h]];
  }],
  // release planning
  ['address on release', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Address on release: ${st}, ${t}, ${d.state()} ${z}`, [st, t, z]];
  }],
  ['shelter in town on release date', (d) => {
    const sh = d.shelter(); const t = d.town(); const dt = d.date();
    return [`No housing; plans to go to ${sh} in ${t} on release (${dt}). Bed not guaranteed.`, [sh, t, dt]];
  }],
  ['probation officer with court and phone', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.court(); const [ph, p] = d.phone();
    return [`Probation Officer: ${g} ${s}, ${c} Probation, ${ph}`, [g, s, c, p]];
  }],
  ['community health center appointment', (d) => {
    const chc = d.chc(); const [n, p] = d.clinician(['NP', 'MD', 'PA-C', 'DO']); const dt = d.date();
    return [`PCP appt made at ${chc} with ${n} on ${dt} at 10:30 AM; 30-day supply of meds given at release.`, [chc, ...p, dt]];
  }],
  ['wrap date and good time date', (d) => {
    const a = d.date(); const b = d.date();
    return [`Max (wrap) date: ${a}   Earliest release w/ good time: ${b}`, [a, b]];
  }],
  ['bridge script faxed to pharmacy in town', (d) => {
    const t = d.town(); const [f, p] = d.phone();
    return [`Naloxone kit x2 given at release. Bridge script for buprenorphine faxed to Walgreens, ${t} (fax ${f}).`, [t, p]];
  }],
  ['re-entry worker e-mail and phone', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(DOMAINS_SHERIFF); const [ph, p] = d.phone();
    return [`Re-entry caseworker: ${g} ${s} / ${ph}; referrals go to her supervisor at ${em}`, [g, s, em, p]];
  }],
  // immigration detention
  ['ICE detainee header with A-number', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const [a, pa] = d.aNumber(); const f = d.facility();
    return [`DETAINEE: ${s}, ${g}   A#: ${a}\nFACILITY: ${f}   ICE CUSTODY`, [s, g, pa, f]];
  }],
  ['town and country of origin', (d) => {
    const [t, c] = d.pick(ORIGINS); const my = d.monthYear();
    return [`Native of ${t}, ${c}; entered the US ${my}. Primary language K'iche', limited Spanish.`, [t, my]];
  }],
  ['ICE detainer lodged and transfer', (d) => {
    const dt = d.date(); const f = d.facility();
    return [`ICE detainer (I-247A) lodged ${dt}; transfer to ${f} pending on completion of sentence.`, [dt, f]];
  }],
  ['immigration attorney phone and e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const em = d.email(DOMAINS_LAW);
    return [`Immigration attorney: ${g} ${s}, ${ph}; paralegal ${em}. Asylum hearing pending.`, [g, s, p, em]];
  }],
  ['interpreter ID via language line', (d) => {
    const id = d.digitString(d.int(5, 6)); const md = d.monthDay();
    return [`Interview ${md} via language line (Haitian Creole), interpreter ID #${id}.`, [md, id]];
  }],
  ['A-number in sentence with medical hold', (d) => {
    const [a, pa] = d.aNumber(true); const h = d.hospital();
    return [`Detainee ${a} remains on medical hold after discharge from ${h}; not cleared for removal flight.`, [pa, h]];
  }],
  // juvenile detention
  ['juvenile admission with DYS number', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.digitString(d.int(6, 7)); const f = `${d.town()} ${d.pick(['Juvenile Detention Center', 'Youth Services Center', 'Detention Unit', 'Youth Center'])}`; const dt = d.date();
    return [`Youth: ${g} ${s}, 16 y/o M, DYS #${n}, admitted to ${f} on ${dt}.`, [g, s, n, f, dt]];
  }],
  ['guardian notified by phone', (d) => {
    const rel = d.pick(['Mother', 'Father', 'Grandmother', 'Legal guardian', 'Aunt']); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`${rel} ${g} ${s} notified by phone at ${ph} at ${d.time()}; verbal consent for treatment obtained.`, [g, s, p]];
  }],
  ['school and town with IEP', (d) => {
    const sc = d.school(); const t = d.town();
    return [`Attends ${sc} in ${t}, grade 10, has an IEP for ADHD. Last attended school in the fall.`, [sc, t]];
  }],
  ['juvenile court hearing and DCF worker', (d) => {
    const c = `${d.county()} Juvenile Court`; const w = d.weekday(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Hearing at ${c} ${w}. DCF social worker ${g} ${s}, ${ph}.`, [c, w, g, s, p]];
  }],
  // chronic care, dental, mental health
  ['chronic care clinic with next visit month-year', (d) => {
    const dt = d.date(); const my = d.monthYear(); const [doc, p] = d.doctor();
    return [`Chronic Care Clinic (HTN/DM) ${dt}, ${doc}. A1c 8.4%. Next CCC ${my}.`, [dt, my, ...p]];
  }],
  ['inmate over 89 in the infirmary', (d) => {
    const n = d.ageOver89();
    return [`${n} y/o inmate housed in the infirmary for chronic care, ${d.pick(['wheelchair', 'walker', 'cane', 'bedbound'])}, ${d.pick(['hearing impaired', 'legally blind', 'moderate dementia', 'on home O2'])}. Medical parole petition submitted.`, [n]];
  }],
  ['telehealth HCV clinic from hospital', (d) => {
    const s = d.sur(); const h = d.hospital(); const md = d.monthDay();
    return [`Seen via telehealth by Dr. ${s} of the ${h} ID clinic on ${md}; HCV RNA 2.1 million IU/mL, start sofosbuvir/velpatasvir.`, [s, h, md]];
  }],
  ['dental referral and extraction weekday', (d) => {
    const s = d.sur(); const dt = d.date(); const w = d.weekday();
    return [`Dental referral for #19 pain. Seen by Dr. ${s}, DMD on ${dt}; extraction scheduled ${w}.`, [s, dt, w]];
  }],
  ['mental health referral and prior hospital', (d) => {
    const [c, p] = d.clinician(MH); const dt = d.date(); const h = d.hospital(); const y = d.year();
    return [`MH referral to ${c}, ${dt}. Hx of inpatient psych at ${h} in ${y}; on Section 35 in the past.`, [...p, dt, h]];
  }],
  ['release of information fax to clinic', (d) => {
    const cl = d.chc(); const [f, p] = d.phone(); const dt = d.date();
    return [`ROI signed ${dt} for records from ${cl}; request faxed to ${f}.`, [dt, cl, p]];
  }],
  // grievances
  ['grievance filed and answered', (d) => {
    const n = d.grievance(); const a = d.date(); const g = d.given(); const s = d.sur(); const b = d.monthDay();
    return [`Grievance #${n} filed ${a} re: delay in dental care. Response by HSA ${g} ${s} on ${b}: appointment expedited.`, [n, a, g, s, b]];
  }],
  ['grievance appeal denied by superintendent', (d) => {
    const n = d.grievance(); const s = d.sur(); const md = `${d.pick(MON)} ${d.int(1, 28)}`;
    return [`Appeal of grievance ${n} denied by Superintendent ${s} ${md}; inmate advised of right to further appeal.`, [n, s, md]];
  }],
  // families, attorneys, public defenders
  ['public defender CPCS office in town', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const [ph, p] = d.phone(); const em = d.email(DOMAINS_LAW);
    return [`Public defender: ${g} ${s}, CPCS ${t} office, ${ph}; cc investigator ${em}`, [g, s, t, p, em]];
  }],
  ['family e-mail requesting update', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const em = d.email(DOMAINS_FAMILY); const dt = d.date();
    return [`Inmate's ${rel} ${g} e-mailed (${em}) asking about his meds; ROI on file dated ${dt}, limited info given.`, [g, em, dt]];
  }],
  ['attorney called requesting records', (d) => {
    const s = d.sur(); const [ph, p] = d.phone(); const w = d.weekday();
    return [`Atty. ${s} called ${w} at ${d.time()} from ${ph} requesting medical records; referred to records office, ROI required.`, [s, p, w]];
  }],
  ['family visit and phone list', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const md = d.monthDay();
    return [`Approved phone list: ${g} ${s} (girlfriend) ${ph}. Last visit ${md}, non-contact.`, [g, s, p, md]];
  }],
];

/** The names of the wave's frames. */
export const correctionalFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function correctionalWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9859, rounds);
}

/** Look-alikes in jail and detention record style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // housing, movement and places inside a facility
  ['Housed in cell 14, lower bunk.', 'cell 14'], ['Moved to B-Block for protective custody.', 'B-Block'], ['Lower bunk, lower tier pass issued.', 'lower tier'],
  ['Transferred to the infirmary for observation.', 'the infirmary'], ['Seen in booking prior to classification.', 'booking'], ['Escorted from the SHU in restraints.', 'the SHU'],
  ['Brought through the sally port by ambulance.', 'the sally port'], ['Fell in the chow hall during breakfast.', 'the chow hall'], ['Injury occurred in the yard.', 'the yard'],
  ['Housing: 2 West', '2 West'], ['Transport van 3 used.', 'van 3'], ['Admitted to room 412 under guard.', 'room 412'], ['Sent to the ED for evaluation.', 'the ED'],
  // ranks, roles and relations without names
  ['The sergeant was notified.', 'sergeant'], ['Shift commander aware.', 'Shift commander'], ['Two officers escorted the inmate.', 'Two officers'], ['Spoke with his mother by phone.', 'his mother'],
  ['The public defender requested records.', 'public defender'], ['His attorney was present by video.', 'His attorney'], ['Probation was notified of the violation.', 'Probation'],
  ['Classification board met.', 'Classification board'], ['Superintendent approved the medical parole review.', 'Superintendent'],
  // statutes, legal words, levels and amounts
  ['Held on $2,500 cash bail.', '$2,500'], ['Sentence: 2 1/2 years HOC, 18 months to serve.', '18 months'], ['Charged under c. 90 § 24 (OUI).', 'c. 90 § 24'], ['Civilly committed under Section 35.', 'Section 35'],
  ['Section 12 evaluation requested.', 'Section 12'], ['209A order in effect.', '209A'], ['Dangerousness hearing (58A).', '58A'], ['Custody level 4, medium security.', 'Custody level 4'],
  ['PREA screening completed, no risk identified.', 'PREA'], ['CORI checked.', 'CORI'], ['ICE detainer (I-247A) lodged.', 'I-247A'], ['Form I-589 filed.', 'I-589'],
  ['Detainee is in ICE custody.', 'ICE'], ['DCF involved since age 9.', 'DCF'], ['Committed to DYS.', 'DYS'], ['Referred to CPCS.', 'CPCS'], ['Department of Correction policy 630.', 'Department of Correction'],
  // everyday words that are also names, used as words
  ['There is no hope of making bail before trial.', 'hope'], ['The judge set bail at arraignment.', 'judge'], ['Bond was posted by family.', 'Bond'], ['Ward rounds completed.', 'Ward'],
  ['Facility on lockdown; sick call delayed.', 'lockdown'], ['Justice involved youth, first admission.', 'Justice'], ['Freedom of movement restricted while on watch.', 'Freedom'],
  ['Union representative present for officer interview.', 'Union'], ['Showed good faith effort in groups.', 'faith'], ['Long wait for dental, 6 weeks.', 'Long'], ['Patience with the process encouraged.', 'Patience'],
  ['Inmate expressed grace and gratitude.', 'grace'], ['Mercy is a theme in his letters.', 'Mercy'], ['Gates open at 0600 for the med line.', 'Gates'],
  // scales, screens, eponyms
  ['COWS 14, moderate withdrawal.', 'COWS 14'], ['CIWA-Ar score 12.', 'CIWA-Ar'], ['C-SSRS screen negative.', 'C-SSRS'], ['PHQ-9 of 16.', 'PHQ-9'], ['MoCA 24/30.', 'MoCA'],
  ['Snellen 20/40 OU.', '20/40'], ['Mantoux 0 mm at 48 hours.', 'Mantoux'], ['Ace wrap applied to the wrist.', 'Ace'], ['Foley catheter in place at hospital.', 'Foley'], ['Boxer\'s fracture of the 5th metacarpal.', 'Boxer'],
  ['Glasgow Coma Scale 15 after the seizure.', 'Glasgow'], ['Tanner stage 4.', 'Tanner'],
  // drugs, doses, labs, measures
  ['Suboxone 8 mg/2 mg SL daily.', '8 mg/2 mg'], ['Methadone 90 mg daily.', '90 mg'], ['Vivitrol 380 mg IM at release.', 'Vivitrol 380 mg'], ['Naloxone 4 mg nasal spray x2.', '4 mg'],
  ['Lisinopril 10 mg, keep on person (KOP).', 'KOP'], ['Glucose 212 mg/dL.', '212 mg/dL'], ['A1c 9.1%.', '9.1%'], ['BP 168/102.', '168/102'], ['HIV viral load <20 copies/mL.', '<20 copies/mL'],
  ['CD4 410 cells/uL.', '410'], ['HCV RNA 2.1 million IU/mL.', '2.1 million'], ['Tooth #19 extracted.', '#19'], ['15-minute checks continued.', '15-minute'], ['Med pass at 0800.', '0800'],
  ['Check at 1415, sleeping.', '1415'], ['Restraint chair for 2 hours.', '2 hours'],
  // ages, years, codes, states, countries
  ['16 y/o male, first detention.', '16'], ['A 45-year-old man on his third incarceration.', '45'], ['The inmate is 89 years old.', '89'], ['Incarcerated since 2019.', '2019'],
  ['ICD-10 F11.20 opioid use disorder.', 'F11.20'], ['CPT 99213.', '99213'], ['Extradited from New Hampshire.', 'New Hampshire'], ['Born in Guatemala, speaks Mam.', 'Guatemala'],
  ['Deported to Honduras in the past.', 'Honduras'], ['Massachusetts State Police transported.', 'Massachusetts'],
];

export const correctionalKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedCorrectionalKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(correctionalKeepCases(), find);

export function scoreCorrectionalWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => correctionalWaveCases(seed)), find);
}
