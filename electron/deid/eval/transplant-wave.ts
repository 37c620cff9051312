// A blind wave of dialysis, nephrology and kidney transplant documents: outpatient hemodialysis run sheets (the unit and
// its town, its CMS certification number, chair and shift, machine and dialyzer serials and lots, the initials of the
// nurse and technician who put the patient on and took them off, missed treatments, transfers out by ambulance,
// visiting patients), monthly nephrology progress notes and interdisciplinary care plan meetings (the nephrologist, the
// charge nurse, the social worker, the dietitian; access history with the access surgeon and the date the fistula was
// created; fistulagrams; CMS-2728 start dates and Medicare numbers), transplant evaluation, selection and listing
// letters (the center, the pre-transplant coordinator, the referring nephrologist, UNOS/OPTN and waitlist ids, listing
// and inactivation dates, the insurance case manager, member and authorization numbers), living-donor workups (the
// donor named with the relation, donor ids, the independent donor advocate, paired-exchange pair numbers, the other
// center of a chain), organ offers and crossmatch logs (donor ids, match run numbers, donor hospitals, HLA lab samples),
// post-transplant clinic notes (tacrolimus levels and the lab and town that drew them, biopsies with accession numbers,
// the renal pathologist, the transplant pharmacist), home hemodialysis and peritoneal dialysis training (the patient's
// home address and ZIP, cycler and water-system serials, supply deliveries with order numbers, connectivity ids,
// utility accounts for priority restoration), and patient-facing letters (address blocks, reminders, portal links),
// in mixed case, ALL CAPS and lower case. Dates are written in every form units and centers use ('03/04/2021',
// '3/4/21', '4 March 2021', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2019', '3/2019'); ages over 89, phones, fax
// numbers and e-mails are planted. Given names and surnames are often everyday words (Hope, Stone, Price, Bowman) and
// towns are often everyday words (Liberty, Union, Hope, Commerce, Eden). A list of look-alikes in the same style must
// not be touched. Written without reading the engine's rules or any gold data. `scoreTransplantWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('MD', 'RN, CNN',
// 'CCHT', 'LCSW', 'RD, LD', 'CCTC', 'PharmD') are not; initials that sign a run sheet are planted; a dialysis unit, a
// transplant center, a vascular access center and a hospital are planted whole with their kind words ('Liberty Dialysis
// Center', 'DaVita Union Dialysis', 'Fresenius Kidney Care Eden', "St. Jude's Transplant Institute"), while a chain, a
// lab company, a supply company or a payer named alone ('DaVita', 'Quest', 'Baxter', 'Humana') is kept; a town is
// planted, the state is kept; a street address is planted from its number to its street type, a ZIP (with its +4) is
// planted; a weekday naming one day ('missed treatment Thursday') is planted, a standing schedule ('MWF', 'TTS',
// 'Mon/Wed/Fri') is kept, as are chair and shift ('Chair 12', '2nd shift'), POD and day numbers ('POD #7', 'day 4'),
// UNOS regions and list status codes; a month with a year ('March 2019', '3/2019') is a date and planted; a weekday
// written with its date ('Tuesday, March 4') is planted as one part; the time next to a date is kept; UNOS patient,
// donor, waitlist and match run ids, paired-exchange pair ids, HLA lab sample numbers, biopsy and imaging accessions,
// the unit's CMS certification number, a nephrologist's NPI, Medicare numbers (MBI), member, authorization, order,
// utility account and connectivity ids are planted; machine, cycler and water-system serials and dialyzer lots are
// planted, a model ('2008T', 'F180NR', 'PureFlow SL') is kept; HLA typings, mismatches ('3/6 mismatch'), cPRA, MFI,
// KDPI, Banff scores and crossmatch channel shifts are look-alikes; a phone's leading '(' need not be covered; an
// e-mail and a portal URL are planted whole. Kept (look-alikes): eponyms (Tenckhoff, Brescia-Cimino, Quinton, Bowman's
// capsule, loop of Henle, Alport, Berger's, Fabry, Goodpasture, Kimmelstiel-Wilson, Cockcroft-Gault, Allen test), HLA
// typings and scores, dialysis prescriptions and measures (Kt/V, URR, Qb/Qd, baths, EDW, needle gauges), drugs and
// doses, lab values, device makers and models, ICD-10, CPT and CMS form numbers, schedules, chairs and shifts, POD and
// day numbers, regions and statuses, everyday words that are also names or towns (stone, price, hope, bath, union,
// liberty), relations without names, ages of 89 and under, years alone, states, chains, payers and registries.
// Measured before rules: 0.886 recall on seeds 5, 11, 23 (3398/3834), 0.894 on fresh seeds 41, 42, 43 (3427/3834); 7/88
// look-alikes touched ("Henle", "3/6 HLA mismatch", "Amia", "MWF", "TTS", "Quest", "DaVita") (engine at d6e238b).
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, ng, au, ca, it, br, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Patience', 'Honor', 'Mercy', 'Charity', 'Pearl', 'Ruby', 'Crystal', 'Misty', 'Ginger', 'Candy', 'Sunny', 'Summer', 'Autumn', 'Brook', 'Wren', 'Robin', 'Dale', 'Glen', 'Clay', 'Rocky', 'Buck', 'Chase', 'Lance', 'Bud', 'Duke', 'Major', 'Royal', 'Mark', 'Bill', 'Art', 'Guy'];
const WORD_SUR = ['Price', 'Stone', 'Cook', 'Baker', 'Carter', 'Potter', 'Weaver', 'Fisher', 'Walker', 'Rivers', 'Lake', 'Wells', 'Sterling', 'Gold', 'Bird', 'Crane', 'Swan', 'Drake', 'Fox', 'Wolf', 'Lamb', 'Hart', 'Burns', 'Payne', 'Hale', 'Hardy', 'Bond', 'Best', 'Banks', 'Lane', 'Grove', 'Parks', 'Cash', 'Bloom', 'Frost', 'Bowman', 'Berger', 'Graves', 'Street', 'Sugar'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Concord', 'Harmony', 'Independence', 'Commerce', 'Enterprise', 'Industry', 'Friendship', 'Eden', 'Paradise', 'Bountiful', 'Athens', 'Lebanon', 'Canton', 'Cairo', 'Bath', 'Reading', 'Dover', 'Jasper', 'Marion', 'Alliance', 'Sparta', 'Eureka', 'Hazard', 'Normal', 'Globe', 'Surprise', 'Orange', 'Florence', 'Warren', 'Loveland', 'Fairview', 'Midway', 'Gallatin', 'Mercy'];
const REAL_TOWNS = ['Muncie', 'Kokomo', 'Terre Haute', 'Decatur', 'Joplin', 'Paducah', 'Owensboro', 'Bowling Green', 'Hattiesburg', 'Tupelo', 'Dothan', 'Macon', 'Valdosta', 'Texarkana', 'Jonesboro', 'Pine Bluff', 'Lake Charles', 'Houma', 'Muskogee', 'Lawton', 'Enid', 'Ardmore', 'Lubbock', 'Abilene', 'Odessa', 'Cape Girardeau', 'Sikeston', 'Clarksville', 'Cookeville', 'Hopkinsville'];
const STATES = ['IN', 'IL', 'KY', 'TN', 'MS', 'AL', 'GA', 'AR', 'LA', 'OK', 'TX', 'MO', 'Kentucky', 'Tennessee'];
const STREET_WORDS = ['Main', 'Church', 'Mill', 'Spring', 'Walnut', 'Cedar', 'Pecan', 'Magnolia', 'Depot', 'Railroad', 'College', 'Liberty', 'Hickory', 'Dogwood', 'Old Farm', 'Lakeview', 'Cotton', 'Pleasant', 'Sunset', 'Meadow'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Lane', 'Ln', 'Dr', 'Drive', 'Ct', 'Pike', 'Hwy'];
const SAINTS = ['Jude', 'Vincent', 'Luke', 'Mary', 'Elizabeth', 'Anne', 'Joseph', 'Francis', 'Thomas', 'Bernard'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Baptist Hospital', 'Methodist Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'cousin', 'friend', 'coworker', 'fiancée', 'partner', 'mother', 'father'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.'];
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
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
  relation(): string {
    return this.pick(RELATIONS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** An outpatient dialysis unit's name. */
  unit(): string {
    const t = this.town();
    const k = this.int(0, 4);
    if (k === 0) return `${t} Dialysis Center`;
    if (k === 1) return `${t} Kidney Center`;
    if (k === 2) return `DaVita ${t} Dialysis`;
    if (k === 3) return `Fresenius Kidney Care ${t}`;
    return `${t} Regional Dialysis`;
  }
  /** A transplant center's name. */
  center(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Regional Transplant Center`;
    if (k === 1) return `St. ${this.pick(SAINTS)}'s Transplant Institute`;
    if (k === 2) return `${this.town()} Memorial Kidney Transplant Program`;
    return `${this.town()} Transplant Center`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(35004, 79999));
    return this.r() < 0.25 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2008, 2025);
  }
  /** mm/dd/yyyy. */
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms units and centers write. */
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
  monthYear(): string {
    return `${this.pick(MONTHS)} ${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  dob(lo = 1930, hi = 1995): string {
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
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 5);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}kidney.org`, 'gmail.com', 'yahoo.com', `${asciiLetters(this.town())}health.org`, 'outlook.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(10, 9999)}`, `${b.slice(0, 3)}${a.charAt(0)}${this.int(1, 99)}`, `${a.charAt(0)}.${b.slice(0, 4)}${this.int(1, 9)}`]);
    return `${local}@${dom}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.letters(3)}${this.digitString(6)}`;
    return `${this.digitString(4)}-${this.digitString(5)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(2)}${this.letters(2)}${this.digitString(5)}`;
    if (k === 1) return this.digitString(this.int(7, 9));
    return `${this.letters(1)}${this.digitString(6)}`;
  }
  /** A UNOS donor id ('AGFJ184'). */
  donorId(): string {
    return `${this.letters(this.int(3, 4))}${this.digitString(3)}`;
  }
  matchRun(): string {
    return this.digitString(this.int(6, 8));
  }
  /** A waitlist or UNOS patient id. */
  waitlistId(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(6, 8));
    if (k === 1) return `${this.letters(3)}${this.digitString(4)}`;
    return `KI${this.digitString(6)}`;
  }
  pairId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `NKR-${this.digitString(5)}`;
    if (k === 1) return `${this.digitString(4)}${this.pick(['R', 'D'])}`;
    return `P${this.digitString(5)}`;
  }
  accession(): string {
    const yy = pad2(this.int(12, 25));
    const k = this.int(0, 3);
    if (k === 0) return `RB-${yy}-${this.digitString(4)}`;
    if (k === 1) return `S${yy}-${this.digitString(5)}`;
    if (k === 2) return `NP${yy}-${String(this.int(1, 9999)).padStart(4, '0')}`;
    return this.digitString(10);
  }
  sampleId(): string {
    return this.r() < 0.5 ? `HLA${pad2(this.int(12, 25))}-${this.digitString(5)}` : this.digitString(8);
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const L = () => this.lettersOf(MBI_LETTERS, 1);
    const N = () => String(this.int(0, 9));
    const A = () => (this.r() < 0.5 ? L() : N());
    const a = `${this.int(1, 9)}${L()}${A()}${N()}`;
    const b = `${L()}${A()}${N()}`;
    const c = `${L()}${L()}${N()}${N()}`;
    return this.r() < 0.5 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  }
  memberId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `H${this.digitString(8)}`;
    return `${this.digitString(9)}${this.pick(['01', '02'])}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  ccn(): string {
    return `${pad2(this.int(1, 67))}${this.int(2, 3)}${this.digitString(3)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(7, 9)) : `SO-${this.digitString(7)}`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, MD, FASN`, [g, s]];
    if (k === 2) return [`${g} ${s}, D.O.`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // hemodialysis run sheets
  ['run sheet header unit CCN date patient', (d) => {
    const u = d.unit(); const c = d.ccn(); const dt = d.date(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn();
    return [`FACILITY: ${u}  (CCN ${c})\nHEMODIALYSIS TREATMENT RECORD   TX DATE: ${dt}   CHAIR: ${d.int(1, 24)}   SHIFT: ${d.pick(['MWF', 'TTS'])}-${d.int(1, 3)}\nPATIENT: ${s}, ${g} ${d.mi()}   MRN: ${mrn}`, [u, c, dt, s, g, mrn]];
  }],
  ['machine serial and dialyzer lot', (d) => {
    const sn = d.serial(); const lot = d.lot();
    return [`Machine: Fresenius 2008T   S/N ${sn}   Station ${d.int(1, 24)}\nDialyzer: Optiflux F180NR   Lot# ${lot}   Bath: 2K/2.5Ca   Qb 400 Qd 600`, [sn, lot]];
  }],
  ['initiated and terminated by initials', (d) => {
    const a = d.initials(); const b = d.initials();
    return [`Pre wt 84.2 kg  Post wt 81.9 kg  EDW 81.5 kg  UF 2.4 L\nInitiated by: ${a} at 06:14   Terminated by: ${b} at 10:02`, [a, b]];
  }],
  ['charge nurse reviewed run sheet', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.mdy();
    return [`Charge RN: ${g} ${s}, RN, CNN   Reviewed ${dt}   No adverse events this treatment.`, [g, s, dt]];
  }],
  ['missed treatment weekday and relative called', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const [ph, p] = d.phone(); const g = d.given();
    return [`Pt no-show for treatment ${w} ${md}. Called home at ${ph}; spoke with ${d.relation()} ${g}, who states pt "felt too tired." Nephrologist notified.`, [w, md, p, g]];
  }],
  ['cannulated by technician', (d) => {
    const g = d.given(); const s = d.sur();
    return [`ACCESS: L RC AVF. Thrill and bruit present. Cannulated x2 with 15g needles by ${g} ${s}, CCHT, without infiltration.`, [g, s]];
  }],
  ['sent out by ambulance from chair', (d) => {
    const t = d.town(); const h = d.hospital(); const tm = d.time();
    return [`At ${tm} pt c/o chest pain, BP 78/40. Treatment terminated, 911 called; transported by ${t} Fire-Rescue to ${h} ED.`, [t, h]];
  }],
  ['visiting patient from home unit', (d) => {
    const u = d.unit(); const t = d.town(); const [m, dd] = d.md(); const range = `${m}/${dd}-${m}/${dd + 2}`; const [fx, p] = d.phone();
    return [`Transient patient visiting family in ${t} ${range}. Home unit: ${u}; records, orders and hep B status faxed from ${fx}.`, [t, range, u, p]];
  }],
  ['run sheet age over 89', (d) => {
    const n = d.ageOver89(); const s = d.sur();
    return [`${n} y/o ${d.pick(['F', 'M'])}, tolerated 3.5 h treatment; UF goal limited to 1.5 L per Dr. ${s}.`, [n, s]];
  }],
  // monthly nephrology progress notes and care plans
  ['monthly progress note header', (d) => {
    const my = d.monthYear(); const [doc, p] = d.doctor(); const u = d.unit();
    return [`MONTHLY NEPHROLOGY PROGRESS NOTE - ${my}\nAttending nephrologist: ${doc}\nUnit: ${u}`, [my, ...p, u]];
  }],
  ['care plan meeting attendees', (d) => {
    const dt = d.date(); const s = d.sur(); const g1 = d.given(); const s1 = d.sur(); const g2 = d.given(); const s2 = d.sur(); const g3 = d.given(); const s3 = d.sur();
    return [`Interdisciplinary plan of care meeting ${dt}. Present: Dr. ${s} (nephrology); ${g1} ${s1}, RN (charge); ${g2} ${s2}, LCSW; ${g3} ${s3}, RD.`, [dt, s, g1, s1, g2, s2, g3, s3]];
  }],
  ['dietitian note with lab date', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`Dietitian ${g} ${s}, RD, LD reviewed labs of ${md}: phos 6.8 mg/dL, albumin 3.6 g/dL, K 5.4. Sevelamer increased to 1600 mg TID with meals.`, [g, s, md]];
  }],
  ['social worker living situation', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const t = d.town(); const [ph, p] = d.phone();
    return [`SW note (${g} ${s}, LCSW): pt lives with ${d.relation()} ${g2} in ${t}; rides to treatment on the county van, dispatch ${ph}.`, [g, s, g2, t, p]];
  }],
  ['access history fistula creation', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const h = d.hospital(); const md = d.monDay();
    return [`Access history: L brachiocephalic AVF created ${dt} by Dr. ${g} ${s} (vascular surgery, ${h}); first cannulated ${md}.`, [dt, g, s, h, md]];
  }],
  ['fistula created month slash year', (d) => {
    const my = `${d.int(1, 12)}/${d.year()}`; const s = d.sur();
    return [`Current access: R radiocephalic AVF (Dr. ${s}, ${my}); prior R IJ tunneled catheter removed.`, [s, my]];
  }],
  ['fistulagram at access center', (d) => {
    const t = d.town(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Fistulagram with 8 mm angioplasty of the cephalic arch at ${t} Vascular Access Center on ${md} by ${g} ${s}, MD.`, [t, md, g, s]];
  }],
  ['monthly labs drawn weekday with date', (d) => {
    const [m, dd] = d.md(); const wd = `${d.weekday()}, ${MONTHS[m - 1]!} ${dd}`;
    return [`Monthly labs drawn ${wd} pre-treatment: Kt/V 1.42, URR 74%, Hgb 10.8, TSAT 24%, ferritin 812.`, [wd]];
  }],
  ['CMS-2728 start date and MBI', (d) => {
    const dt = d.mdy(); const m = d.mbi();
    return [`CMS-2728 completed. Date regular chronic dialysis began: ${dt}. Medicare MBI: ${m}.`, [dt, m]];
  }],
  ['progress note age over 89', (d) => {
    const n = d.ageOver89();
    return [`${n}-year-old ${d.pick(['woman', 'man'])} with ESRD secondary to hypertensive nephrosclerosis, on in-center HD since 2019, here for monthly visit.`, [n]];
  }],
  ['nephrologist NPI signature', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const dt = d.date();
    return [`${doc}\nNPI ${npi}\nElectronically signed ${dt} ${d.time()}`, [...p, npi, dt]];
  }],
  ['transfer between units', (d) => {
    const u = d.unit(); const u2 = d.unit(); const dt = d.date(); const s = d.sur();
    return [`Patient transferring from ${u} to ${u2} effective ${dt}; accepting nephrologist Dr. ${s}.`, [u, u2, dt, s]];
  }],
  // transplant evaluation and listing
  ['referral thank you letter', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const c = d.center();
    return [`Dear Dr. ${s},\nThank you for referring ${d.title()} ${g} ${s2} to the ${c} for kidney transplant evaluation.`, [s, g, s2, c]];
  }],
  ['listing letter waitlist id and dates', (d) => {
    const dt = d.date(); const wl = d.waitlistId(); const dt2 = d.date();
    return [`You were placed on the national deceased donor kidney waiting list (UNOS/OPTN) on ${dt}. Your waitlist ID is ${wl}. Waiting time is credited from your dialysis start date of ${dt2}.`, [dt, wl, dt2]];
  }],
  ['pre-transplant coordinator contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const e = d.ext(); const em = `${d.pick(['kidneytx', 'transplant.referrals', 'txcoord'])}@${asciiLetters(d.town()) || 'union'}health.org`;
    return [`Your pre-transplant coordinator is ${g} ${s}, RN, CCTC. She can be reached at ${ph} ext. ${e} or by e-mail at ${em}.`, [g, s, p, e, em]];
  }],
  ['insurance case manager and authorization', (d) => {
    const id = d.memberId(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const auth = d.digitString(d.int(8, 10)); const dt = d.mdy();
    return [`Insurance: ${d.pick(['Humana Gold Plus', 'BCBS', 'UnitedHealthcare', 'Aetna Medicare'])}, member ID ${id}. Case manager ${g} ${s}, ${ph}. Auth #${auth} for transplant evaluation approved through ${dt}.`, [id, g, s, p, auth, dt]];
  }],
  ['selection committee and dental clearance', (d) => {
    const md = d.monDay(); const s = d.sur(); const t = d.town();
    return [`Presented at the multidisciplinary selection committee on ${md}; approved for listing pending dental clearance from Dr. ${s} in ${t}.`, [md, s, t]];
  }],
  ['UNOS id line', (d) => {
    const id = d.waitlistId(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase();
    return [`RECIPIENT: ${s}, ${g}   UNOS ID: ${id}   ABO: O pos   cPRA: 98%   Region 11`, [s, g, id]];
  }],
  ['inactive status letter', (d) => {
    const dt = d.date(); const g = d.given(); const [ph, p] = d.phone();
    return [`Your status on the waiting list was changed to inactive on ${dt} until your weight is below the BMI limit. You continue to accrue waiting time. Questions: call ${g} at ${ph}.`, [dt, g, p]];
  }],
  ['evaluation appointment day ordinal at center', (d) => {
    const [m, dd] = d.md(); const when = `${d.weekday()}, ${MONTHS[m - 1]!} ${ordinal(dd)}`; const c = d.center(); const st = d.street(); const t = d.town();
    return [`Your evaluation is scheduled for ${when} at 7:30 AM at the ${c}, ${st}, ${t}. Please bring your medication list.`, [when, c, st, t]];
  }],
  ['letter cc list with fax', (d) => {
    const [doc, p] = d.doctor(); const u = d.unit(); const g = d.given(); const s = d.sur(); const [fx, pf] = d.phone();
    return [`cc: ${doc}, ${u}\n    ${g} ${s}, MSW (fax ${fx})`, [...p, u, g, s, pf]];
  }],
  ['evaluation note referring nephrologist in town', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town();
    return [`Referring nephrologist: ${g} ${s}, MD (${t}, ${d.state()}). Dialysis since 2021 via L AVF.`, [g, s, t]];
  }],
  // living donors
  ['potential living donor with relation and donor id', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(1955, 2002); const id = d.donorId();
    return [`Potential living donor: ${g} ${s} (recipient's ${d.relation()}), DOB ${dob}, living donor ID ${id}. ABO compatible.`, [g, s, dob, id]];
  }],
  ['independent living donor advocate', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Independent living donor advocate ${g} ${s}, LMSW, met with the donor alone on ${dt}; no evidence of coercion.`, [g, s, dt]];
  }],
  ['paired exchange pair id and ship date', (d) => {
    const pr = d.pairId(); const c = d.center(); const dt = d.date();
    return [`Pair enrolled in the National Kidney Registry paired exchange (pair ID ${pr}). Donor kidney to be shipped to ${c} on ${dt}.`, [pr, c, dt]];
  }],
  ['chain started at other center in town', (d) => {
    const c = d.center(); const t = d.town(); const id = d.donorId();
    return [`Chain initiated by a non-directed donor at ${c} in ${t}; our recipient will receive the kidney from donor ${id}.`, [c, t, id]];
  }],
  ['donor CT angiogram accession', (d) => {
    const dt = d.date(); const acc = d.accession();
    return [`Donor CTA abdomen ${dt} (accession ${acc}): two right renal arteries, single left artery and vein; left kidney preferred.`, [dt, acc]];
  }],
  ['donor nephrectomy surgeon and date', (d) => {
    const s = d.sur(); const md = d.monDay(); const g = d.given();
    return [`Laparoscopic left donor nephrectomy by Dr. ${s} on ${md}; WIT 3 min. Donor ${g} discharged POD 2.`, [s, md, g]];
  }],
  ['donor contact by e-mail and phone', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s); const [ph, p] = d.phone();
    return [`Donor contact: ${g} ${s}, ${em}, cell ${ph} (prefers text).`, [g, s, em, p]];
  }],
  // organ offers and crossmatch
  ['organ offer log', (d) => {
    const dt = d.mdy(); const id = d.donorId(); const mr = d.matchRun(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`ORGAN OFFER ${dt} ${d.time()}\nDonor ID: ${id}   Match run #${mr}   Sequence ${d.int(1, 40)}\nOPO coordinator: ${g} ${s}, ${ph}`, [dt, id, mr, g, s, p]];
  }],
  ['flow crossmatch log sample', (d) => {
    const dt = d.date(); const i = d.initials(); const smp = d.sampleId();
    return [`Flow crossmatch ${dt}: T-cell negative (45 MCS), B-cell negative (88 MCS). Tech ${i}. Recipient serum sample ${smp}.`, [dt, i, smp]];
  }],
  ['offer declined on call', (d) => {
    const md = d.monDay(); const s = d.sur(); const id = d.donorId();
    return [`Offer for donor ${id} declined ${md} (refusal code 830, donor quality); discussed with Dr. ${s} on call.`, [id, md, s]];
  }],
  ['donor hospital and cross-clamp', (d) => {
    const h = d.hospital(); const t = d.town(); const dt = d.date();
    return [`Donor hospital: ${h}, ${t}. Cross-clamp ${dt} ${d.time()}; KDPI 42%, terminal creatinine 1.1.`, [h, t, dt]];
  }],
  ['recipient called in weekday', (d) => {
    const [ph, p] = d.phone(); const w = d.weekday(); const g = d.given();
    return [`Recipient reached at ${ph} at 02:15 and arrived ${w} morning with ${d.relation()} ${g}; dialysis not needed pre-op (K 4.6).`, [p, w, g]];
  }],
  // post-transplant clinic
  ['post-transplant clinic header', (d) => {
    const dt = d.date(); const dt2 = d.date(); const id = d.donorId();
    return [`POST-TRANSPLANT CLINIC ${dt}\nS/p DDKT ${dt2} (POD #${d.int(8, 120)}), donor ${id}, basiliximab induction.`, [dt, dt2, id]];
  }],
  ['tacrolimus level drawn at lab in town', (d) => {
    const md = d.slashMd(); const t = d.town();
    return [`Tacrolimus trough 8.2 ng/mL drawn ${md} at the ${d.pick(['Quest', 'LabCorp'])} patient service center in ${t}; goal 8-10.`, [md, t]];
  }],
  ['allograft biopsy accession', (d) => {
    const dt = d.date(); const acc = d.accession();
    return [`Allograft biopsy ${dt}, accession ${acc}: Banff borderline (i1 t1 v0), C4d negative, SV40 negative.`, [dt, acc]];
  }],
  ['renal pathologist read biopsy', (d) => {
    const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`Biopsy read by ${g} ${s}, MD (renal pathology, ${h}); 18 glomeruli, 2 globally sclerosed.`, [g, s, h]];
  }],
  ['transplant pharmacist', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Medication reconciliation with transplant pharmacist ${g} ${s}, PharmD: tacrolimus reduced to 3 mg BID, mycophenolate 720 mg BID continued.`, [g, s]];
  }],
  ['BK PCR from the ordinal', (d) => {
    const o = ordinal(d.int(1, 31));
    return [`BK PCR from the ${o} was 2,400 copies/mL; mycophenolate held, repeat in 2 weeks.`, [o]];
  }],
  ['fax outside labs attention nurse', (d) => {
    const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Please fax all outside lab results to the post-transplant office at ${fx}, Attn: ${g} ${s}, RN.`, [p, g, s]];
  }],
  ['post-transplant follow-up weekday and month day', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`Return to clinic ${w} ${md} with fasting labs; hold AM tacrolimus dose until after the draw.`, [w, md]];
  }],
  // home dialysis training
  ['home visit address', (d) => {
    const dt = d.date(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Home visit ${dt}: ${st}, ${t}, ${d.state()} ${z}. Dedicated outlet and drain confirmed in the spare bedroom.`, [dt, st, t, z]];
  }],
  ['cycler and water system serials', (d) => {
    const sn = d.serial(); const sn2 = d.serial(); const md = d.slashMd();
    return [`NxStage System One cycler S/N ${sn}; PureFlow SL S/N ${sn2}. Water test ${md}: chlorine/chloramine < 0.1 ppm.`, [sn, sn2, md]];
  }],
  ['RO and carbon tank serials', (d) => {
    const a = d.serial(); const b = d.serial();
    return [`Portable RO serial ${a}; carbon tank serial ${b}. Culture and LAL sent, results pending.`, [a, b]];
  }],
  ['supply delivery order number', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const o = d.orderNo();
    return [`${d.pick(['Baxter', 'NxStage', 'Fresenius'])} supply delivery scheduled ${w} ${md}, order #${o}: 30 cases dialysate, 2 cases cartridges.`, [w, md, o]];
  }],
  ['home training nurse and care partner', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given();
    return [`Home training RN: ${g} ${s}. Care partner (${d.relation()}) ${g2} completed 22 of 24 training sessions; both return-demonstrated cannulation.`, [g, s, g2]];
  }],
  ['PD catheter placement', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital();
    return [`Tenckhoff catheter placed laparoscopically ${dt} by Dr. ${s} at ${h}; flushes well, start PD training in 2 weeks.`, [dt, s, h]];
  }],
  ['PD cycler serial and connectivity id', (d) => {
    const sn = d.serial(); const id = d.digitString(d.int(7, 9));
    return [`Amia cycler serial ${sn}; Sharesource connectivity ID ${id}. Prescription: 5 exchanges x 2.0 L, last fill 1.5 L icodextrin.`, [sn, id]];
  }],
  ['home emergency plan utility account', (d) => {
    const h = d.hospital(); const acct = d.digitString(d.int(9, 12)); const u = d.unit();
    return [`Emergency plan: nearest ER ${h}; power company medical priority account ${acct}; backup in-center chair at ${u}.`, [h, acct, u]];
  }],
  // patient-facing letters
  ['patient letter address block', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date();
    return [`${dt}\n\n${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: Kidney transplant evaluation`, [dt, g, s, st, t, z]];
  }],
  ['appointment reminder letter', (d) => {
    const [m, dd] = d.md(); const when = `${d.weekday()}, ${MONTHS[m - 1]!} ${dd}, ${d.year()}`; const [doc, p] = d.doctor(); const c = d.center();
    return [`This is a reminder of your appointment on ${when} at 9:00 AM with ${doc} at the ${c}.`, [when, ...p, c]];
  }],
  ['portal link in letter', (d) => {
    const t = asciiLetters(d.town()) || 'union'; const url = `https://mychart.${t}health.org`; const [ph, p] = d.phone();
    return [`Lab results are posted to the patient portal at ${url}. For help logging in call ${ph}.`, [url, p]];
  }],
  ['letter RE line DOB MRN', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const mrn = d.mrn();
    return [`RE: ${g} ${s}   DOB: ${dob}   MRN: ${mrn}\nTo whom it may concern:`, [g, s, dob, mrn]];
  }],
  ['unit letterhead phone and fax', (d) => {
    const u = d.unit(); const st = d.street(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${u}\n${st}\nPhone ${ph}   Fax ${fx}`, [u, st, p, pf]];
  }],
  ['anniversary letter transplant date', (d) => {
    const g = d.given(); const [m, dd] = d.md(); const dm = `${MONTHS[m - 1]!} ${ordinal(dd)}`;
    return [`Dear ${g},\nCongratulations on the anniversary of your kidney transplant on ${dm}! Please remember your annual visit.`, [g, dm]];
  }],
];

/** The names of the wave's frames. */
export const transplantFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function transplantWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9949, rounds);
}

/** Look-alikes in dialysis and transplant style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and anatomy
  ['Tenckhoff catheter exit site clean and dry.', 'Tenckhoff'], ['Brescia-Cimino fistula, left wrist', 'Brescia-Cimino'], ['Temporary Quinton catheter in the R femoral vein.', 'Quinton'],
  ["Bowman's capsule is unremarkable.", "Bowman's"], ['thick ascending limb of the loop of Henle', 'Henle'], ['Alport syndrome (COL4A5)', 'Alport'], ["Berger's disease (IgA nephropathy)", "Berger's"],
  ['Fabry disease on enzyme replacement', 'Fabry'], ['Goodpasture syndrome, anti-GBM positive', 'Goodpasture'], ['Kimmelstiel-Wilson nodules present', 'Kimmelstiel-Wilson'],
  ['CrCl by Cockcroft-Gault 18 mL/min', 'Cockcroft-Gault'], ['Allen test normal bilaterally.', 'Allen'], ['Tamm-Horsfall protein casts', 'Tamm-Horsfall'], ['Fanconi syndrome', 'Fanconi'],
  // HLA, crossmatch and allocation measures
  ['HLA: A2, A24; B44, B57; DR4, DR15', 'B44, B57'], ['3/6 HLA mismatch', '3/6'], ['0-ABDR mismatch kidney', '0-ABDR'], ['cPRA 98%', 'cPRA 98%'], ['DSA to DQ7, MFI 4,200', 'DQ7'],
  ['T-cell flow crossmatch 45 MCS (negative)', '45 MCS'], ['KDPI 62%', 'KDPI 62%'], ['EPTS score 18%', '18%'], ['Banff i1 t1 v0 g0 ptc0', 'i1 t1 v0 g0 ptc0'], ['UNOS Region 11', 'Region 11'],
  ['Status 7 (temporarily inactive)', 'Status 7'], ['Sequence 14 on the match run', 'Sequence 14'], ['Blood type O positive', 'O positive'],
  // dialysis prescriptions and measures
  ['Kt/V 1.42', 'Kt/V 1.42'], ['URR 74%', 'URR 74%'], ['Qb 400 / Qd 600', 'Qb 400 / Qd 600'], ['2K/2.5Ca bath', '2K/2.5Ca'], ['EDW 72.5 kg', '72.5 kg'], ['UF goal 3.2 L', '3.2 L'],
  ['ACCESS: 15g needles x2', '15g'], ['BP 148/82 pre, 126/70 post', '148/82'], ['Dialyzer F180NR', 'F180NR'], ['4 exchanges x 2.5 L', '2.5 L'],
  // drugs and doses
  ['tacrolimus 4 mg BID', '4 mg BID'], ['Envarsus XR 8 mg daily', 'Envarsus XR'], ['mycophenolate 720 mg BID', '720 mg'], ['Thymoglobulin 1.5 mg/kg x 3 doses', '1.5 mg/kg'],
  ['basiliximab 20 mg on day 0 and day 4', 'day 4'], ['Epogen 10,000 units IV each treatment', '10,000 units'], ['Venofer 100 mg x 10 doses', 'Venofer 100 mg'], ['calcitriol 0.25 mcg', '0.25 mcg'],
  ['heparin 2000 units bolus', '2000 units'], ['Dianeal 2.5% dextrose', 'Dianeal 2.5%'], ['Mircera 75 mcg monthly', 'Mircera'],
  // lab values
  ['Tac trough 8.2 ng/mL', '8.2 ng/mL'], ['BK PCR 2,400 copies/mL', '2,400 copies/mL'], ['creatinine 1.4 mg/dL', '1.4 mg/dL'], ['PTH 612 pg/mL', '612 pg/mL'], ['ferritin 812, TSAT 24%', '812'], ['eGFR 14 mL/min/1.73m2', 'eGFR 14'],
  // device makers and models
  ['Fresenius 2008T machine', '2008T'], ['NxStage System One', 'System One'], ['PureFlow SL water system', 'PureFlow SL'], ['Baxter Amia cycler', 'Amia'],
  // codes, forms, schedules, days
  ['ICD-10 N18.6', 'N18.6'], ['Z99.2 dependence on dialysis', 'Z99.2'], ['T86.11 kidney transplant rejection', 'T86.11'], ['CPT 90960', '90960'], ['CMS-2728 on file', 'CMS-2728'],
  ['Schedule: MWF', 'MWF'], ['Schedule: TTS 2nd shift', 'TTS'], ['Chair 12', 'Chair 12'], ['POD #7', 'POD #7'], ['Week 3 of home training', 'Week 3'],
  // everyday words that are also names or towns
  ['No stone seen on renal ultrasound.', 'stone'], ['Discussed the price of the copay assistance.', 'price'], ['Patient has hope of a living donor.', 'hope'], ['Dialysate bath changed to 3K.', 'bath'],
  ['Joined the union retiree plan.', 'union'], ['Expressed a sense of liberty on home dialysis.', 'liberty'], ['Will return in one month.', 'Will'], ['Faith is important to her.', 'Faith'],
  // relations without names, ages, years, generic places, states, registries and payers
  ['Her daughter is being evaluated as a donor.', 'daughter'], ['The patient is an 87-year-old man.', '87'], ['Donor age 34', '34'], ['On dialysis since 2016.', '2016'],
  ['Seen in the dialysis unit today.', 'dialysis unit'], ['Referred to the transplant center.', 'transplant center'], ['Recently moved from Kentucky.', 'Kentucky'],
  ['Listed with UNOS through the OPTN.', 'UNOS'], ['Enrolled in the National Kidney Registry.', 'National Kidney Registry'], ['Medicare secondary to the employer plan.', 'Medicare'],
  ['Labs drawn at Quest.', 'Quest'], ['Treated at a DaVita unit while traveling.', 'DaVita'],
];

export const transplantKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedTransplantKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(transplantKeepCases(), find);

export function scoreTransplantWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => transplantWaveCases(seed)), find);
}
