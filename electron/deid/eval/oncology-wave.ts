// A blind wave of oncology, infusion, radiation therapy and clinical-research documentation: multidisciplinary tumor
// board notes (case header lines, attendees by name, outside hospital pathology and imaging reviewed, recommendations
// sent to the referring doctor), chemotherapy treatment plans and cycle calendars ('C3D1 given 3/4/24', held cycles,
// consents, two-nurse dose checks, pharmacist verification, cumulative anthracycline), infusion center visits (chair and
// bay numbers, port access, reactions, pump disconnects at a satellite clinic, home infusion agencies), radiation
// simulation notes, plan approvals and fraction logs (dates, therapist initials, physicists and dosimetrists, ARIA and
// MOSAIQ patient IDs), clinical trial notes (enrollment, screening and subject IDs, randomization and kit numbers,
// research coordinator phone and e-mail, consent with a witness or a legally authorized representative, SAE reports,
// specimen banking IDs, PK draws), port placement (lot and serial, implant card), germline and tumor genetic testing
// (lab report and order numbers, genetic counselors, relatives with ages), transplant and CAR-T (donor registry IDs,
// chain-of-identity numbers), prior authorization and specialty pharmacy numbers, survivorship care plans and hospice
// referrals (agencies, proxies, pronouncement), in mixed case, ALL CAPS and lower case. A list of look-alikes in the
// same style must not be touched. Written without reading the engine's rules or any gold data. `scoreOncologyWave`.
// Decisions: in 'LAST, FIRST M' the surname and the given name are planted, the middle initial is not; a credential
// ('MD', 'RN, OCN', 'CCRP', 'MS, CGC', 'CMD', 'PhD') is not; a doctor's surname alone ('Dr. Hope') is planted, and so
// are staff initials (therapists 'AB/CD', a pre-screen log's patient initials); an outside hospital or cancer center is
// planted whole with its kind word ('Liberty Regional Medical Center', 'Price Cancer Institute'), as is a named hospice
// or home infusion agency ('Salem Hospice', 'VNA of Hazard'), and its town; the state is kept; every date element but
// the year is planted as written ('3/4/24', 'March 4', 'March 2021', 'the 4th', 'Tuesday', '04-MAR-2024'), while
// cycle/day notation without a date ('C3D1', 'day +100'), times and years alone are kept; study subject IDs, screening,
// randomization and kit numbers, biobank specimen IDs, chain-of-identity and donor registry IDs, genetic lab report and
// order numbers, prior-auth and member IDs, ARIA/MOSAIQ IDs, CSNs, Rx numbers and port lots and serials are planted
// whole; an NCT number, a protocol or IRB protocol number, a cooperative group, a sponsor, a site number written alone
// ('Site 104'), a lab company, a drug or device maker and model, a treatment machine ('TrueBeam 2', 'Halcyon') and a
// chair, bay or room number are kept (they name the study, the place's equipment or the seat, not the patient); a
// phone's leading '(' need not be covered; relatives are planted by name, their relation word is kept; an age over 89
// (the patient's or a relative's) is planted, one of 89 or under is kept.
// Measured before rules (engine at 68bd224): 0.911 recall on seeds 5, 11, 23 (2541/2790), 0.911 on fresh seeds 41, 42, 43 (2542/2790); 12/111
// look-alikes touched ("Sister Mary Joseph", "Bence Jones", "Ann Arbor", "Clark level IV", "Stanford V", "Neulasta Onpro",
// "Herceptin Hylecta", "Fx 5/30", "A011502", "FoundationOne", "chairside", "Mexico").
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, ca, mx, it, br, vi, ng, pl, sv];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Summer', 'Autumn', 'Pearl', 'Ruby', 'Crystal', 'Misty', 'Sunny', 'Rocky', 'Dusty', 'Hunter', 'Chance', 'Destiny', 'Patience', 'Mercy', 'Charity', 'Cliff', 'Glen', 'Dale', 'Lane', 'Art', 'Bill', 'Sue', 'Mark', 'Pat', 'Rob', 'Gale', 'Robin', 'Bud'];
const WORD_SUR = ['Price', 'Church', 'Hall', 'Glass', 'Hardy', 'Wise', 'Golden', 'Power', 'Baker', 'Carpenter', 'Fisher', 'Potter', 'Porter', 'Waters', 'Rivers', 'Stone', 'Banks', 'Bush', 'Reed', 'Lake', 'Pool', 'Weaver', 'Best', 'Good', 'Sweet', 'Noble', 'Love', 'Moss', 'Sterling', 'Friend', 'Day', 'Mann'];
/** Towns that are everyday words (and a few real small towns named like countries or capitals). */
const WORD_TOWNS = ['Bath', 'Hope', 'Liberty', 'Union', 'Salem', 'Unity', 'Harmony', 'Hazard', 'Laurel', 'Independence', 'Commerce', 'Enterprise', 'Friendship', 'Justice', 'Wisdom', 'Plain', 'Fairplay', 'Loyal', 'Mars', 'Paris', 'Mexico', 'Lebanon', 'Canton', 'Athens', 'Berlin', 'Normal', 'Eden', 'Bonanza', 'Security', 'Reading'];
const REAL_TOWNS = ['Ottumwa', 'Dubuque', 'Mankato', 'Kearney', 'Chillicothe', 'Marietta', 'Findlay', 'Sandusky', 'Altoona', 'Elmira', 'Olean', 'Oneonta', 'Plattsburgh', 'Keokuk', 'Muscatine', 'Decorah', 'Bemidji', 'Escanaba', 'Petoskey', 'Traverse City', 'Paducah', 'Pikeville', 'Tupelo', 'Natchez', 'Opelousas', 'Dothan', 'Minot', 'Hays'];
const STATES = ['Iowa', 'Ohio', 'PA', 'NY', 'MI', 'KY', 'MS', 'MN', 'Kansas', 'ND'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Medical Center', 'Cancer Center', 'Regional Cancer Center', 'Health Center'];
const SAINTS = ['Luke', 'Mary', 'Joseph', 'Francis', 'Elizabeth', 'Vincent', 'Catherine', 'Anthony', 'Alphonsus'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'partner', 'niece', 'granddaughter'];
const DOMAINS = ['health.org', 'cancercenter.org', 'med.edu', 'hospital.org', 'gmail.com'];
/** MBI letters (no S, L, O, I, B, Z). */
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
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** An outside hospital or cancer center, whole. */
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `${this.pick(['St.', 'Saint'])} ${this.pick(SAINTS)} ${this.pick(['Hospital', 'Medical Center', 'Cancer Center'])}`;
    if (x < 0.3) return `${this.sur()} ${this.pick(['Cancer Institute', 'Memorial Hospital', 'Cancer Center'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A named hospice or home-care agency. */
  agency(): string {
    const t = this.town();
    return this.pick([`${t} Hospice`, `Hospice of ${t}`, `VNA of ${t}`, `${t} Home Infusion`, `${t} Area Hospice and Palliative Care`]);
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  /** 'm/d/yy'. */
  short(): string {
    const [m, d] = this.md();
    return `${m}/${d}/${pad2(this.int(16, 25))}`;
  }
  /** 'm/d' without a year. */
  md2(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  /** 'March 4' or 'Mar 4'. */
  monthDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MONTHS[m - 1]! : MON[m - 1]!} ${d}`;
  }
  monthYear(): string {
    return `${this.pick(MONTHS)} ${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  time(): string {
    return `${pad2(this.int(6, 20))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms oncology notes use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(d)}${MON[m - 1]!.toUpperCase()}${y}` : `${m}/${d}/${y}`);
  }
  dob(lo = 1930, hi = 1990): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A pathology case number. */
  pathCase(): string {
    const yy = pad2(this.int(16, 25));
    const k = this.int(0, 3);
    if (k === 0) return `S${yy}-${this.digitString(5)}`;
    if (k === 1) return `SP-${yy}-${String(this.int(1, 99999)).padStart(5, '0')}`;
    if (k === 2) return `${this.pick(['BM', 'SC', 'NP'])}${yy}-${this.digitString(4)}`;
    return `S${this.int(2016, 2025)}-${this.digitString(6)}`;
  }
  /** A study subject ID: site and sequence, or a letter prefix. */
  subjectId(): string {
    const k = this.int(0, 3);
    const site = String(this.int(101, 999));
    if (k === 0) return `${site}-${String(this.int(1, 999)).padStart(4, '0')}`;
    if (k === 1) return `${this.letters(2)}${site}-${String(this.int(1, 99)).padStart(3, '0')}`;
    if (k === 2) return `${pad2(this.int(1, 40))}${site}${String(this.int(1, 999)).padStart(3, '0')}`;
    return `${site}${this.letters(1)}${String(this.int(1, 999)).padStart(3, '0')}`;
  }
  screeningNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return `SCR-${String(this.int(1, 9999)).padStart(4, '0')}`;
    if (k === 1) return `S${this.int(101, 999)}-${String(this.int(1, 999)).padStart(3, '0')}`;
    return this.digitString(this.int(5, 7));
  }
  /** A biobank or research specimen ID. */
  specimenId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `BB-${pad2(this.int(16, 25))}-${String(this.int(1, 999999)).padStart(6, '0')}`;
    if (k === 1) return `TB${pad2(this.int(16, 25))}${this.letters(1)}${this.digitString(5)}`;
    return `${this.letters(3)}${this.digitString(7)}`;
  }
  /** A genetic lab's report or order number. */
  labReport(): string {
    const k = this.int(0, 3);
    if (k === 0) return `RQ${this.digitString(7)}`;
    if (k === 1) return this.digitString(this.int(8, 10));
    if (k === 2) return `ORD-${this.digitString(6)}-${this.int(1, 9)}`;
    return `${this.letters(2)}${pad2(this.int(16, 25))}-${this.digitString(6)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(4)}${this.digitString(4)}`;
    if (k === 1) return this.digitString(this.int(7, 8));
    return `${this.letters(1)}${this.digitString(6)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(9, 11));
    return `${this.letters(2)}-${this.digitString(7)}`;
  }
  /** A Medicare beneficiary identifier ('1EG4-TE5-MK73' with or without dashes). */
  mbi(): string {
    const L = (): string => this.lettersOf(MBI_LETTERS, 1);
    const a = `${this.int(1, 9)}${L()}${this.pick([L(), String(this.int(0, 9))])}${this.int(0, 9)}`;
    const b = `${L()}${this.pick([L(), String(this.int(0, 9))])}${this.int(0, 9)}`;
    const c = `${L()}${L()}${this.int(0, 9)}${this.int(0, 9)}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  memberId(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `${this.digitString(9)}${pad2(this.int(1, 4))}`;
  }
  /** A ten-digit phone and the part that must be covered. */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** An e-mail address made from a name. */
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'lee';
    return `${this.pick([`${a}.${b}`, `${a.charAt(0)}${b}`, `${b}${a.charAt(0)}`, `${a}_${b}${this.int(1, 99)}`])}@${this.pick(DOMAINS)}`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // tumor board
  ['tumor board header with date and presenter', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor();
    return [`MULTIDISCIPLINARY THORACIC TUMOR BOARD\nDate: ${dt}\nPresenting physician: ${doc} (Medical Oncology)`, [dt, ...p]];
  }],
  ['tumor board attendees by name and role', (d) => {
    const a = d.sur(); const b = d.sur(); const g = d.given(); const c = d.sur(); const e = d.sur();
    return [`Attendees: Dr. ${a} (surgical oncology), Dr. ${b} (radiation oncology), ${g} ${c}, RN, OCN (nurse navigator), Dr. ${e} (pathology), and the GI fellow.`, [a, b, g, c, e]];
  }],
  ['tumor board case line LAST, FIRST with MRN', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn();
    return [`Case ${d.int(1, 9)}: ${s}, ${g} ${d.mi()}  MRN ${mrn}  ${d.int(40, 85)} ${d.pick(['F', 'M'])}  Stage IIIA NSCLC, new diagnosis`, [s, g, mrn]];
  }],
  ['outside pathology reviewed with case number', (d) => {
    const h = d.hospital(); const t = d.town(); const c = d.pathCase(); const s = d.sur();
    return [`Outside pathology from ${h} in ${t}, ${d.state()} (${c}) was reviewed at our institution by Dr. ${s}; we concur with adenocarcinoma, TTF-1 positive.`, [h, t, c, s]];
  }],
  ['outside PET dated at hospital', (d) => {
    const dt = d.short(); const h = d.hospital();
    return [`PET/CT ${dt} performed at ${h}: FDG-avid RUL mass, SUVmax 11.8, ipsilateral hilar node SUV 4.2, no distant disease.`, [dt, h]];
  }],
  ['recommendation sent to referring oncologist in town', (d) => {
    const s = d.sur(); const t = d.town(); const md = d.md2();
    return [`Consensus: concurrent chemoradiation followed by durvalumab. Recommendations faxed to referring oncologist Dr. ${s} in ${t} on ${md}.`, [s, t, md]];
  }],
  ['presented at tumor board on weekday', (d) => {
    const w = d.weekday(); const o = ordinal(d.int(1, 28));
    return [`Case will be re-presented at GI tumor board ${w} the ${o} after restaging scans.`, [w, o]];
  }],
  // chemotherapy plans and cycles
  ['treatment plan header with start date and provider', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor();
    return [`TREATMENT PLAN: mFOLFOX6 q14 days x 12 cycles (adjuvant)\nPlan start date: ${dt}\nOrdering provider: ${doc}`, [dt, ...p]];
  }],
  ['cycle given on date', (d) => {
    const c = d.int(2, 6); const dt = d.short();
    return [`C${c}D1 given ${dt} without delay; tolerated well, grade 1 neuropathy.`, [dt]];
  }],
  ['cycle calendar C1D1 C1D8 C2D1', (d) => {
    const a = d.md2(); const b = d.md2(); const c = d.md2();
    return [`Gem/cis calendar: C1D1 ${a}, C1D8 ${b}, C2D1 ${c} (day 15 off).`, [a, b, c]];
  }],
  ['cycle held for counts with month day', (d) => {
    const md = d.monthDay(); const w = d.weekday();
    return [`C4D1 held ${md} for ANC 0.9 and platelets 74K; recheck CBC and treat ${w} if ANC > 1.5.`, [md, w]];
  }],
  ['chemotherapy consent signed and witnessed', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur();
    return [`Written consent for AC-T chemotherapy signed ${dt}; risks including cardiotoxicity and secondary leukemia reviewed. Witness: ${g} ${s}, RN.`, [dt, g, s]];
  }],
  ['two nurse independent double check', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`Carboplatin AUC 5 (612 mg) independently double-checked at chairside by ${g} ${s}, RN and ${g2} ${s2}, RN, OCN.`, [g, s, g2, s2]];
  }],
  ['pharmacist verification Last PharmD', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dt = d.mdy();
    return [`Order verified: ${s}, ${g}, PharmD, BCOP on ${dt} ${d.time()} (dose within 10% of plan).`, [s, g, dt]];
  }],
  ['cumulative anthracycline as of date', (d) => {
    const dt = d.date();
    return [`Cumulative doxorubicin dose 240 mg/m2 as of ${dt}; MUGA LVEF 58%.`, [dt]];
  }],
  ['next cycle scheduled month day', (d) => {
    const md = d.monthDay();
    return [`Next: C5D1 R-CHOP scheduled for ${md} with pegfilgrastim on-body injector.`, [md]];
  }],
  ['dose reduction discussed with doctor on date', (d) => {
    const s = d.sur(); const dt = d.short();
    return [`Per Dr. ${s} (${dt}), irinotecan reduced to dose level -1 for grade 3 diarrhea.`, [s, dt]];
  }],
  // infusion center
  ['infusion arrival chair and port access', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Arrived to infusion at 08:10, chair ${d.int(1, 30)}. Right chest port accessed with 20G 3/4" Huber needle by ${g} ${s}, RN; + blood return.`, [g, s]];
  }],
  ['infusion reaction with time and date', (d) => {
    const dt = d.short(); const s = d.sur();
    return [`At 14:25 on ${dt}, 10 minutes into paclitaxel, pt developed flushing and chest tightness; infusion stopped, Dr. ${s} to chairside, hydrocortisone 100 mg IV given.`, [dt, s]];
  }],
  ['pump disconnect at satellite clinic', (d) => {
    const t = d.town(); const w = d.weekday();
    return [`5-FU CADD pump to be disconnected at the ${t} satellite infusion clinic on ${w} at 13:00.`, [t, w]];
  }],
  ['home infusion agency nurse and phone', (d) => {
    const a = d.agency(); const g = d.given(); const [ph, p] = d.phone();
    return [`Home infusion via ${a}; visiting nurse ${g}, ${ph}, will flush PICC weekly.`, [a, g, p]];
  }],
  ['infusion encounter CSN', (d) => {
    const csn = d.digitString(10); const dt = d.mdy();
    return [`Encounter CSN: ${csn}   Visit date: ${dt}   Dept: INFUSION CENTER   Bay 4`, [csn, dt]];
  }],
  ['age over 89 infusion note', (d) => {
    const n = d.ageOver89();
    return [`${n} y/o ${d.pick(['F', 'M'])} with CLL here for IVIG; ECOG 2, ambulates with walker.`, [n]];
  }],
  // radiation therapy
  ['CT simulation note with physicist', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`CT SIMULATION ${dt}: supine, arms up on wing board, Vac-Lok; 3 tattoos placed. Physicist: ${g} ${s}, PhD, DABR.`, [dt, g, s]];
  }],
  ['fraction log with therapist initials', (d) => {
    const dt = d.mdy(); const a = d.initials(); const b = d.initials();
    return [`Fx ${d.int(1, 30)}/30  ${dt}  TrueBeam 2  200 cGy  IGRT: CBCT  Therapists: ${a}/${b}`, [dt, a, b]];
  }],
  ['radiation course dates in treatment summary', (d) => {
    const a = d.date(); const b = d.date();
    return [`RADIATION TREATMENT SUMMARY\nTreatment dates: ${a} through ${b}\nLeft breast + SCV: 50 Gy in 25 fractions followed by 10 Gy boost in 5 fractions.`, [a, b]];
  }],
  ['plan approved with dosimetrist', (d) => {
    const s = d.sur(); const dt = d.mdy(); const g = d.given(); const s2 = d.sur();
    return [`VMAT plan approved by Dr. ${s} on ${dt}. Dosimetrist: ${g} ${s2}, CMD. Lung V20 24%, mean heart 3.1 Gy.`, [s, dt, g, s2]];
  }],
  ['weekly on-treatment visit m/d', (d) => {
    const md = d.md2();
    return [`OTV ${md}: 36 Gy/20 fx to date; grade 1 esophagitis, using magic mouthwash.`, [md]];
  }],
  ['ARIA or MOSAIQ patient ID', (d) => {
    const id = d.r() < 0.5 ? d.digitString(d.int(6, 8)) : `${d.letters(2)}${d.digitString(6)}`; const sys = d.pick(['ARIA', 'MOSAIQ']);
    return [`${sys} Patient ID: ${id}\nCourse: C1 Prostate  Rx: 70 Gy / 28 fx`, [id]];
  }],
  ['SBRT started on month day with machine', (d) => {
    const md = d.monthDay();
    return [`SBRT to the L2 metastasis started ${md} on Halcyon; 24 Gy in 2 fractions planned.`, [md]];
  }],
  ['brachytherapy fraction date dd-MON-yyyy', (d) => {
    const [m, dd] = d.md(); const dt = `${pad2(dd)}-${MON[m - 1]!.toUpperCase()}-${d.year()}`;
    return [`HDR T&O fraction 3 of 5 delivered ${dt}, 7 Gy to point H, Ir-192.`, [dt]];
  }],
  // clinical trials
  ['trial enrollment note with subject ID', (d) => {
    const dt = d.date(); const sid = d.subjectId();
    return [`Patient enrolled on MK-3475-B15 (NCT04379596), sponsor Merck, on ${dt}. Subject ID: ${sid}. Cycle 1 Day 1 to follow.`, [dt, sid]];
  }],
  ['screening number and screen fail date', (d) => {
    const sc = d.screeningNo(); const dt = d.short();
    return [`Screening #${sc}; screen-failed ${dt} (CrCl 38 mL/min, below 45 required by protocol).`, [sc, dt]];
  }],
  ['randomization number and arm', (d) => {
    const rn = `R${d.digitString(5)}`; const dt = d.mdy();
    return [`Randomized via IRT on ${dt} to Arm B (investigator's choice). Randomization no. ${rn}.`, [dt, rn]];
  }],
  ['kit number dispensed', (d) => {
    const kit = d.digitString(6); const g = d.given(); const s = d.sur();
    return [`Study drug kit #${kit} dispensed (olaparib 300 mg BID x 28 days) by ${g} ${s}, research pharmacist.`, [kit, g, s]];
  }],
  ['research coordinator contact with phone and email', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const em = d.email(g, s);
    return [`Research coordinator: ${g} ${s}, CCRP\nPhone: ${ph}\nEmail: ${em}`, [`${g} ${s}`, p, em]];
  }],
  ['research consent with witness and time', (d) => {
    const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur(); const dt = d.mdy();
    return [`Informed consent for research was obtained by ${doc} on ${dt} at 10:40, before any study procedures. Impartial witness: ${g} ${s}. Copy given to patient.`, [...p, dt, g, s]];
  }],
  ['legally authorized representative consent', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const s = d.sur();
    return [`Consent signed by the patient's ${rel} and legally authorized representative, ${g} ${s}, as patient lacks capacity.`, [g, s]];
  }],
  ['SAE reported to sponsor and IRB', (d) => {
    const dt = d.date(); const sid = d.subjectId();
    return [`SAE (grade 4 colitis) for subject ${sid} reported to sponsor and IRB (protocol 2021-0457) on ${dt}, within 24 hours of awareness.`, [sid, dt]];
  }],
  ['biobank specimen banking', (d) => {
    const id = d.specimenId(); const dt = d.mdy();
    return [`Tissue and blood banked under biorepository protocol; specimen ID ${id}, 2 x 10 mL EDTA collected ${dt}.`, [id, dt]];
  }],
  ['pre-screening log with initials and month year of birth', (d) => {
    const i = d.initials(); const mY = `${pad2(d.int(1, 12))}/${d.int(1935, 1985)}`;
    return [`Pre-screening log: pt initials ${i}, DOB ${mY}, HER2+ MBC, eligible for phase II.`, [i, mY]];
  }],
  ['PK draws on date', (d) => {
    const dt = d.short();
    return [`PK samples drawn pre-dose, 1 h and 4 h post on C1D1 (${dt}); shipped on dry ice.`, [dt]];
  }],
  // port placement
  ['port placement with lot and operator', (d) => {
    const lot = d.lot(); const s = d.sur(); const dt = d.date();
    return [`Right IJ single-lumen port (Bard PowerPort 8 Fr) placed in IR by Dr. ${s} on ${dt}; lot ${lot}; tip at cavoatrial junction.`, [s, dt, lot]];
  }],
  ['port implant card serial', (d) => {
    const sn = d.serial();
    return [`Implant card given to patient. Port serial no. ${sn}. Power injectable, 5 mL/s max.`, [sn]];
  }],
  ['port flushed at town clinic', (d) => {
    const md = d.monthDay(); const t = d.town();
    return [`Port last flushed ${md} at the ${t} clinic; due q12 weeks while off treatment.`, [md, t]];
  }],
  // genetics
  ['germline report number and collection date', (d) => {
    const rep = d.labReport(); const dt = d.date();
    return [`Germline testing (Invitae 84-gene panel), report #${rep}, collected ${dt}: pathogenic BRCA2 c.5946delT.`, [rep, dt]];
  }],
  ['genetic counselor seen', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.monthDay();
    return [`Seen by genetic counselor ${g} ${s}, MS, CGC, on ${md} for pre-test counseling.`, [g, s, md]];
  }],
  ['family history relatives named with age over 89', (d) => {
    const g = d.given(); const n = d.ageOver89();
    return [`Family history: sister ${g} with breast cancer at 42; mother with ovarian cancer, died at ${n}.`, [g, n]];
  }],
  ['tumor NGS order with path specimen', (d) => {
    const ord = d.labReport(); const c = d.pathCase();
    return [`FoundationOne CDx order ${ord} on specimen ${c}: KRAS G12C, TMB 9 mut/Mb, MSS.`, [ord, c]];
  }],
  // transplant and cellular therapy
  ['CAR-T apheresis and chain of identity', (d) => {
    const dt = d.mdy(); const coi = `${d.letters(3)}-${d.digitString(5)}-${d.letters(1)}${d.digitString(2)}`;
    return [`Leukapheresis for axi-cel completed ${dt}; COI ${coi}. Bridging with R-GemOx.`, [dt, coi]];
  }],
  ['unrelated donor registry ID', (d) => {
    const id = `${d.digitString(4)}-${d.digitString(4)}-${d.int(0, 9)}`; const dt = d.short();
    return [`10/10 HLA-matched unrelated donor identified, NMDP donor ID ${id}; workup requested ${dt}. Day +100 visit to follow.`, [id, dt]];
  }],
  ['sibling donor named', (d) => {
    const rel = d.pick(['brother', 'sister']); const g = d.given();
    return [`Full sibling donor: ${rel} ${g}, HLA 10/10 match, ABO compatible.`, [g]];
  }],
  // insurance and pharmacy
  ['prior authorization with auth and member IDs', (d) => {
    const auth = `${d.letters(2)}${d.digitString(8)}`; const mem = d.memberId();
    return [`Prior authorization for pembrolizumab approved: auth # ${auth}, member ID ${mem}, valid 6 months.`, [auth, mem]];
  }],
  ['Medicare MBI', (d) => {
    const m = d.mbi();
    return [`Primary insurance: Medicare Part B, MBI ${m}. Secondary: Medigap Plan G.`, [m]];
  }],
  ['specialty pharmacy Rx number', (d) => {
    const rx = d.digitString(d.int(7, 9)); const [ph, p] = d.phone();
    return [`Capecitabine 1500 mg BID d1-14 shipped by specialty pharmacy, Rx #${rx}; refill line ${ph}.`, [rx, p]];
  }],
  ['transportation from street address', (d) => {
    const addr = `${d.int(12, 9800)} ${d.pick(['Maple', 'Church', 'Mill', 'Liberty', 'Union', 'Hope', 'Spring', 'Cedar'])} ${d.pick(['Street', 'Rd', 'Ave', 'Lane'])}`; const t = d.town();
    return [`Transportation arranged for daily RT: pickup at ${addr}, ${t}, 06:45 weekdays.`, [addr, t]];
  }],
  // survivorship
  ['survivorship care plan completion month year', (d) => {
    const my = d.monthYear();
    return [`SURVIVORSHIP CARE PLAN\nDiagnosis: Stage IIA (T2N0M0) ER+/PR+/HER2- IDC, left breast\nActive treatment completed: ${my}`, [my]];
  }],
  ['copy sent to PCP at clinic in town with fax', (d) => {
    const [doc, p] = d.doctor(); const t = d.town(); const [fx, pf] = d.phone();
    return [`Copy of care plan sent to PCP ${doc}, ${t} Family Medicine, fax ${fx}.`, [...p, t, pf]];
  }],
  ['admitted to outside hospital with febrile neutropenia', (d) => {
    const h = d.hospital(); const dt = d.date();
    return [`Interval history: admitted to ${h} ${dt} with febrile neutropenia (ANC 100), treated with cefepime.`, [h, dt]];
  }],
  ['second opinion at cancer center', (d) => {
    const h = d.hospital(); const s = d.sur(); const my = d.monthYear();
    return [`Second opinion at ${h} with Dr. ${s} in ${my} agreed with observation.`, [h, s, my]];
  }],
  // hospice and end of life
  ['hospice referral agency and date', (d) => {
    const a = d.agency(); const dt = d.mdy(); const g = d.given();
    return [`Referred to ${a} on ${dt}; intake nurse ${g} to visit tomorrow. Hospice diagnosis: metastatic pancreatic adenocarcinoma.`, [a, dt, g]];
  }],
  ['health care proxy with phone', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Health care proxy: ${rel}, ${g} ${s}, cell ${ph}. Goals of care: comfort-focused.`, [g, s, p]];
  }],
  ['pronouncement at home by hospice RN', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Patient died peacefully at home on ${dt} at 03:15; pronounced by hospice RN ${g} ${s}. Family at bedside.`, [dt, g, s]];
  }],
  ['age over 89 hospice eligibility', (d) => {
    const n = d.ageOver89();
    return [`${n}-year-old ${d.pick(['woman', 'man'])} with metastatic prostate cancer, Gleason 4+3, PPS 40%, now hospice eligible.`, [n]];
  }],
  ['triage call on weekday with callback', (d) => {
    const w = d.weekday(); const g = d.given(); const [ph, p] = d.phone();
    return [`Oncology triage call ${w} 21:40: fever 38.6 C after C2. Spoke with ${d.pick(RELATIVES)} ${g}; callback ${ph}; advised ED.`, [w, g, p]];
  }],
  ['oncology nurse navigator intro letter', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const e = d.ext();
    return [`Dear ${d.pick(['Mr.', 'Mrs.', 'Ms.'])} ${s},\nI am ${g} ${s2}, your oncology nurse navigator. You can reach me at extension ${e}.`, [s, g, s2, e]];
  }],
  ['bone marrow biopsy date and case', (d) => {
    const dt = d.short(); const c = d.pathCase();
    return [`Bone marrow biopsy ${dt} (${c}): 8% blasts, complex karyotype, TP53 mutated.`, [dt, c]];
  }],
];

/** The names of the wave's frames. */
export const oncologyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function oncologyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9311, rounds);
}

/** Look-alikes in oncology style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and named entities of oncology
  ['Classical Hodgkin lymphoma, nodular sclerosis type', 'Hodgkin'], ['Burkitt lymphoma with MYC rearrangement', 'Burkitt'], ['Ewing sarcoma of the left femur', 'Ewing'],
  ['Wilms tumor, favorable histology', 'Wilms'], ['Gleason 4+3=7 (Grade Group 3)', 'Gleason 4+3'], ['Reed-Sternberg cells are present.', 'Reed-Sternberg'],
  ['Sister Mary Joseph nodule on exam', 'Sister Mary Joseph'], ['Left supraclavicular Virchow node palpable', 'Virchow'], ['Krukenberg tumors of both ovaries', 'Krukenberg'],
  ['Pancoast tumor with Horner syndrome', 'Pancoast'], ['Trousseau syndrome with migratory thrombophlebitis', 'Trousseau'], ['Philadelphia chromosome positive ALL', 'Philadelphia chromosome'],
  ['Lynch syndrome (MLH1)', 'Lynch'], ['Li-Fraumeni syndrome, TP53 germline', 'Li-Fraumeni'], ['Waldenstrom macroglobulinemia', 'Waldenstrom'], ['Kaposi sarcoma of the lower leg', 'Kaposi'],
  ['Merkel cell carcinoma of the cheek', 'Merkel'], ['Hurthle cell neoplasm', 'Hurthle'], ['Richter transformation to DLBCL', 'Richter'], ['Bence Jones proteinuria', 'Bence Jones'],
  ['Ommaya reservoir for intrathecal chemotherapy', 'Ommaya'], ['Hickman catheter removed', 'Hickman'], ['Groshong PICC, 5 Fr', 'Groshong'], ['s/p Whipple for pancreatic head mass', 'Whipple'],
  // staging, performance status, response, grades
  ['Clinical stage T2N1M0, stage IIIA', 'T2N1M0'], ['stage IIIA', 'stage IIIA'], ['ypT0N0, pathologic complete response', 'ypT0N0'], ['ECOG 1', 'ECOG 1'], ['KPS 80%', 'KPS 80%'],
  ['RECIST 1.1 partial response, sum of diameters down 34%', 'RECIST 1.1'], ['Ann Arbor stage IIB with bulky disease', 'Ann Arbor'], ['Lugano 2014 response criteria', 'Lugano'],
  ['Breslow depth 1.2 mm, Clark level IV', 'Clark level IV'], ['Durie-Salmon stage II, R-ISS 2', 'Durie-Salmon'], ['CTCAE v5 grade 3 neutropenia', 'grade 3'], ['Khorana score 2', 'Khorana'],
  ['Oncotype DX recurrence score 18', 'Oncotype DX'], ['Ki-67 20%', 'Ki-67 20%'], ['HER2 3+ by IHC', 'HER2 3+'], ['PD-L1 TPS 60%', 'PD-L1 TPS 60%'], ['PPS 40%', 'PPS 40%'],
  // regimens, drugs and doses
  ['FOLFOX', 'FOLFOX'], ['R-CHOP x 6 cycles', 'R-CHOP'], ['dose-dense AC-T', 'AC-T'], ['FOLFIRINOX with growth factor support', 'FOLFIRINOX'], ['ABVD for early-stage disease', 'ABVD'],
  ['Stanford V regimen in the 2000s', 'Stanford V'], ['Carboplatin AUC 5 day 1', 'AUC 5'], ['cisplatin 75 mg/m2 q21 days', '75 mg/m2'], ['Pembrolizumab 200 mg IV every 3 weeks', 'Pembrolizumab 200 mg'],
  ['Neulasta Onpro on-body injector', 'Neulasta Onpro'], ['Herceptin Hylecta SC', 'Herceptin Hylecta'], ['ondansetron 8 mg q8h PRN', 'ondansetron 8 mg'],
  // cycle/day notation without dates
  ['C3D1 today', 'C3D1'], ['Cycle 2 Day 8 labs reviewed', 'Cycle 2 Day 8'], ['Days 1, 8 and 15 of a 28-day cycle', 'Days 1, 8 and 15'], ['Day +100 restaging after transplant', 'Day +100'],
  // radiation doses and machines
  ['60 Gy in 30 fractions', '60 Gy in 30 fractions'], ['SBRT 50 Gy/5 fx', '50 Gy/5 fx'], ['Lung V20 28%', 'V20 28%'], ['PTV = CTV + 5 mm', 'CTV + 5 mm'],
  ['Fx 5/30 delivered without interruption', 'Fx 5/30'], ['Treated on TrueBeam 2', 'TrueBeam 2'], ['Gamma Knife radiosurgery, 20 Gy to the 50% isodose line', 'Gamma Knife'], ['CyberKnife treatment room 3', 'CyberKnife'], ['Elekta Versa HD linac', 'Versa HD'],
  // genes and variants
  ['BRCA1 pathogenic variant', 'BRCA1'], ['EGFR exon 19 deletion', 'EGFR exon 19'], ['KRAS G12C mutation', 'KRAS G12C'], ['ALK rearrangement by FISH', 'ALK'], ['BRCA2 c.5946delT', 'c.5946delT'],
  ['MSI-H, TMB 12 mut/Mb', 'TMB 12 mut/Mb'], ['HLA 10/10 match', '10/10'],
  // trials, sponsors, labs, seats
  ['Enrolled on NCT04379596', 'NCT04379596'], ['Sponsor: Merck Sharp & Dohme', 'Merck'], ['SWOG S1826', 'S1826'], ['Alliance A011502', 'A011502'], ['Site 104', 'Site 104'],
  ['Genentech-sponsored phase III study', 'Genentech'], ['Guardant360 liquid biopsy', 'Guardant360'], ['Myriad myRisk panel', 'Myriad'], ['FoundationOne CDx', 'FoundationOne'],
  ['Seated in chair 14 for infusion', 'chair 14'], ['Premedications given at chairside.', 'chairside'], ['Bay 4', 'Bay 4'], ['Vial volume 10 mL', '10 mL'],
  // labs, ages, years, everyday words
  ['ANC 1,200', 'ANC 1,200'], ['CA-125 35 U/mL', 'CA-125 35'], ['PSA 0.04 ng/mL', 'PSA 0.04'], ['CEA 4.2', 'CEA 4.2'],
  ['The patient is a 64-year-old woman.', '64'], ['89 y/o M with myeloma', '89'], ['Diagnosed in 2016.', '2016'], ['Completed therapy in 2021', '2021'],
  ['She expressed hope for more time with family.', 'hope'], ['Her faith community is very supportive.', 'faith'], ['The patient has a living will and a POLST.', 'will'],
  ['Mark the skin with a surgical pen before simulation.', 'Mark'], ['Tumor markers trending down.', 'markers'], ['He asked about the price of the oral agent.', 'price'],
  ['Wise to delay until counts recover.', 'Wise'], ['Good response on restaging.', 'Good'],
  // generic places, relations, states, countries, payers
  ['Transferred to the infusion center.', 'infusion center'], ['Seen in radiation oncology.', 'radiation oncology'], ['Admitted to the oncology floor.', 'oncology floor'],
  ['Her daughter accompanies her to visits.', 'daughter'], ['Referred to hospice.', 'hospice'], ['Lives alone in Ohio.', 'Ohio'], ['Moved here from Mexico in 1998.', 'Mexico'],
  ['Medicare Part B covers the infusion.', 'Medicare'], ['American Cancer Society Road to Recovery', 'American Cancer Society'],
];

export const oncologyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedOncologyKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(oncologyKeepCases(), find);

export function scoreOncologyWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => oncologyWaveCases(seed)), find);
}
