// A blind wave of operative and procedure documentation: operative reports (surgeon, first and second assistants,
// residents, anesthesiologist, CRNA and SRNA, scrub and circulating staff, relief hand-offs, the attestation, the
// hospital or surgery center where it was done, the family called afterwards), implant logs (lot, serial and UDI of
// joints, breast implants, mesh, screws, stents and closure devices; explants returned under an RMA), tissue bank
// allografts (donor and graft ids), anesthesia records (start times with staff, pre-anesthesia evaluation dates,
// controlled-substance waste witnesses, provider NPIs, difficult-airway registry numbers), endoscopy and ERCP reports
// (endoscopist, nurses, scope serials, capsule recorders, surveillance due dates), cath lab reports (operators,
// door times at sending hospitals, study numbers, stent lots), pathology specimen labels and requisitions (accession
// numbers, cassette labels, frozen sections called to the room, outside slides), consent forms (patient, proxy and
// witness names, interpreter ids, telephone consent), time-outs and sign-outs, pacemaker and ICD interrogation
// reports (generator and lead serials, implant dates, remote monitoring ids, company representatives), and blood bank
// records (ISBT 128 unit numbers, armband numbers, dual verification, perfusionists), in mixed case, ALL CAPS and
// lower case. Identifiers are written as these documents write them: 'Dr. First Last, MD', 'LAST, FIRST M', 'Last,
// First CRNA', first names alone for nurses and relatives, initials on stickers; dates as '03/04/2021', '3/4/21',
// '4 March 2021', '2021-03-04', '04-MAR-2021', 'Mar 4', 'Tuesday', 'the 4th', 'March 2026' and '06/2019'; ages over 89.
// A list of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold
// data. `scoreProceduresWave`.
// Decisions: a given name and a surname are planted each, a middle initial and a credential ('MD', 'CRNA', 'CST',
// 'RN', 'PA-C', 'CCP', 'SRNA') are not; initials of staff on a log or sticker are planted; a hospital or surgery center
// is planted whole with its kind word ('Bath Memorial Hospital', "St. Jude's Medical Center", 'Union Surgery
// Center'), its town is planted, the state is kept; OR, room, bay, suite and cooler numbers ('OR 12', 'Cath Lab 2',
// 'Endo Suite 3') are kept; a manufacturer, a tissue bank (a company, like a maker), a device model and a catalogue or
// REF number are kept, and so is a lone GTIN/DI (it names a product, not a patient's device); a lot, a serial (of an
// implant, a lead, a generator, a scope or a capsule recorder), a whole UDI (DI with its lot, serial and dates), an RMA,
// a donor id and a graft id are planted; an accession number is planted whole, the specimen part and block ('A3') it
// carries are not; an ISBT 128 donation number is planted whole, the ABO type and product code are kept; interpreter,
// MedicAlert, remote-monitoring patient, NPI, FIN, case and study numbers are planted; a device's expiry date is not
// scored (not an individual's date); a time next to a date and a time alone are kept; a weekday is a date and is
// planted; a year alone is kept; a street address is planted whole.
// Measured before rules: 0.911 recall on seeds 5, 11, 23 (3067/3366), 0.906 on fresh seeds 41, 42, 43 (3051/3366); 10/97
// look-alikes touched ("Ivor Lewis", "Forrest IIa", "Los Angeles grade C", "Paris 0-IIa", "Endo Suite 3", product code
// "E0382V00", "Zimmer Biomet", a REF number, a lone GTIN, "LifeNet Health").
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as itl } from '@faker-js/faker/locale/it';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, mx, ca, au, itl, br, ng, sv, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'Rose', 'Dawn', 'Summer', 'Autumn', 'Crystal', 'Ruby', 'Pearl', 'Ginger', 'Candy', 'Misty', 'Stormy', 'Bud', 'Buck', 'Duke', 'King', 'Major', 'Rocky', 'Lucky', 'Hunter', 'Chase', 'Mercy', 'Patience', 'Charity', 'Destiny', 'Harmony', 'Bliss', 'Precious', 'Angel'];
const WORD_SUR = ['Price', 'Church', 'Hope', 'Cook', 'Baker', 'Barber', 'Carpenter', 'Butler', 'Porter', 'Shepherd', 'Fisher', 'Hunter', 'Walker', 'Fox', 'Swan', 'Crane', 'Lane', 'Street', 'Rivers', 'Banks', 'Stone', 'Rock', 'Woods', 'Meadows', 'Spring', 'Winter', 'Summers', 'Waters', 'Gold', 'Silver', 'Sterling', 'Bond', 'Cash', 'Case', 'Nurse', 'Doctor', 'Payne', 'Lightfoot', 'Goodnight', 'Moody'];
/** Towns that are everyday words or names. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Independence', 'Commerce', 'Enterprise', 'Progress', 'Paradise', 'Eden', 'Canton', 'Athens', 'Sparta', 'Jasper', 'Marion', 'Florence', 'Beaver', 'Buffalo', 'Eagle', 'Elk City', 'Bountiful', 'Plain City', 'Mechanic Falls', 'Fairview', 'Midway', 'Oxford', 'Cambridge', 'Dover', 'Mercy', 'Hazard', 'Normal', 'Cairo', 'Lebanon', 'Carthage'];
const REAL_TOWNS = ['Zanesville', 'Chillicothe', 'Muncie', 'Kokomo', 'Terre Haute', 'Joplin', 'Sedalia', 'Paducah', 'Bowling Green', 'Pikeville', 'Beckley', 'Morgantown', 'Altoona', 'Williamsport', 'Elmira', 'Oneonta', 'Plattsburgh', 'Ottumwa', 'Mankato', 'Eau Claire', 'Wausau', 'Marquette', 'Hibbing', 'Bemidji', 'Minot', 'Rapid City', 'Hays', 'Salina', 'Enid', 'Texarkana', 'Tupelo', 'Dothan'];
const STATES = ['OH', 'IN', 'KY', 'WV', 'PA', 'NY', 'MN', 'WI', 'Kansas', 'Missouri'];
const HOSPITAL_KIND = ['Memorial Hospital', 'General Hospital', 'Medical Center', 'Regional Medical Center', 'Community Hospital', 'Surgery Center', 'Ambulatory Surgery Center', 'Heart Institute', 'Endoscopy Center', 'Hospital'];
const SAINTS = ['Jude', 'Vincent', 'Joseph', 'Luke', 'Mary', 'Elizabeth', 'Francis', 'Anthony', 'Clare', 'Catherine'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIVES = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'partner', 'granddaughter', 'nephew'];
const LANGUAGES = ['Spanish', 'Vietnamese', 'Somali', 'Arabic', 'Haitian Creole', 'Portuguese', 'Mandarin', 'Russian', 'Nepali', 'ASL'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWXYZ';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  initials(): string {
    return this.lettersOf(UPPER, this.int(2, 3));
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  /** A hospital or surgery center, named for a town, a saint or a person. */
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Regional Hospital'])}`;
    if (x < 0.35) return `${this.capitalizedSurname()} ${this.pick(['Memorial Hospital', 'Memorial Medical Center', 'Surgical Hospital'])}`;
    return `${this.town()} ${this.pick(HOSPITAL_KIND)}`;
  }
  /** An acute-care hospital (one with an ED and inpatient beds). */
  acuteHospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Regional Hospital'])}`;
    return `${this.town()} ${this.pick(['Memorial Hospital', 'General Hospital', 'Medical Center', 'Regional Medical Center', 'Community Hospital'])}`;
  }
  override year(): number {
    return this.int(2014, 2026);
  }
  /** A full date in one of the forms these records use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(d)}${MON[m - 1]!.toUpperCase()}${pad2(y % 100)}` : `${pad2(m)}.${pad2(d)}.${y}`);
  }
  /** A month and day without the year ('Mar 4', 'March 4', '3/4'). */
  monthDay(): string {
    const [m, d] = this.md();
    const k = this.int(0, 2);
    return k === 0 ? `${MON[m - 1]!} ${d}` : k === 1 ? `${MONTHS[m - 1]!} ${d}` : `${m}/${d}`;
  }
  /** A month with its year ('March 2026', '03/2026'). */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.int(2015, 2032);
    return this.r() < 0.6 ? `${this.pick([MONTHS[m - 1]!, MON[m - 1]!])} ${y}` : `${pad2(m)}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  dob(): string {
    const [m, d] = this.md();
    const y = this.int(1930, 1995);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  time(): string {
    return `${pad2(this.int(6, 23))}:${pad2(this.int(0, 59))}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  mrn(): string {
    return this.r() < 0.3 ? `E${this.digitString(7)}` : this.digitString(this.int(7, 9));
  }
  /** A surgical, GI or cytology accession number. */
  accession(): string {
    const yy = pad2(this.int(14, 26));
    const k = this.int(0, 4);
    if (k === 0) return `S${yy}-${this.digitString(5)}`;
    if (k === 1) return `SP${yy}-${String(this.int(1, 99999)).padStart(6, '0')}`;
    if (k === 2) return `${this.pick(['GI', 'CY', 'FS', 'HP'])}-${yy}-${this.digitString(4)}`;
    if (k === 3) return `${this.pick(['SHS', 'SMC'])}${yy}${this.digitString(5)}`;
    return `S-20${yy}-${this.digitString(6)}`;
  }
  serial(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.letters(2)}${this.digitString(6)}`;
    if (k === 3) return `${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
    return `${this.digitString(7)}-${this.digitString(3)}`;
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(6, 9));
    if (k === 2) return `${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
    return `${this.letters(2)}${this.digitString(5)}${this.letters(1)}`;
  }
  /** A GS1 UDI as a scanner writes it, with or without the parentheses. */
  udi(): string {
    const di = `${this.int(0, 1)}${this.digitString(13)}`;
    const exp = `${pad2(this.int(26, 32))}${pad2(this.int(1, 12))}${pad2(this.int(1, 28))}`;
    const lot = this.lot();
    const sn = this.serial();
    return this.r() < 0.6 ? `(01)${di}(17)${exp}(10)${lot}(21)${sn}` : `01${di}17${exp}10${lot}21${sn}`;
  }
  /** An ISBT 128 donation identification number, spaced or run together, with or without its flag and check. */
  din(): string {
    const fac = `${this.pick(['W', 'A', 'G'])}${this.digitString(4)}`;
    const yy = pad2(this.int(23, 26));
    const n = String(this.int(1, 999999)).padStart(6, '0');
    const k = this.int(0, 2);
    if (k === 0) return `${fac} ${yy} ${n}`;
    if (k === 1) return `${fac}${yy}${n}`;
    return `${fac} ${yy} ${n} 00 ${this.pick([...UPPER])}`;
  }
  /** A blood bank armband number ('BB 123456', 'Z48213'). */
  armband(): string {
    return this.r() < 0.5 ? `${this.letters(1)}${this.digitString(5)}` : `${this.letters(2)} ${this.digitString(6)}`;
  }
  /** A tissue donor or graft id. */
  donorId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(7)}-${pad2(this.int(1, 30))}${this.int(0, 9)}`;
    if (k === 1) return `${this.digitString(2)}-${this.digitString(5)}-${this.letters(1)}`;
    return `${this.letters(2)}${this.digitString(8)}`;
  }
  npi(): string {
    return `${this.int(1, 2)}${this.digitString(9)}`;
  }
  fin(): string {
    return this.digitString(this.int(9, 11));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.35) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  street(): string {
    return us.location.streetAddress();
  }
  /** A physician as the headers write one: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, MD, FACS`, [g, s]];
    if (k === 2) return [`${s}, ${g} ${this.mi()}, MD`, [s, g]];
    if (k === 3) return [`${g} ${s}, DO`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
  /** A staff member with a credential, first-last or last-first. */
  staff(cred: string): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    return this.r() < 0.7 ? [`${g} ${s}, ${cred}`, [g, s]] : [`${s}, ${g} ${cred}`, [s, g]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // operative reports
  ['op header date surgeon assistants', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const [a1, p1] = d.staff('PA-C'); const s = d.sur();
    return [`DATE OF PROCEDURE: ${dt}\nSURGEON: ${doc}\nFIRST ASSISTANT: ${a1}\nSECOND ASSISTANT: Dr. ${s} (PGY-3)`, [dt, ...p, ...p1, s]];
  }],
  ['anesthesia line with CRNA', (d) => {
    const [a, pa] = d.doctor(); const [c, pc] = d.staff('CRNA');
    return [`ANESTHESIA: General endotracheal anesthesia administered by ${a}, with ${c}.\nASA class: III`, [...pa, ...pc]];
  }],
  ['OR personnel block', (d) => {
    const [c, pc] = d.staff('RN'); const [t, pt] = d.staff('CST'); const g = d.given();
    return [`Circulating RN: ${c}\nScrub tech: ${t}\nRelief circulator: ${g} (10:15-10:45)\nRoom: OR 12`, [...pc, ...pt, g]];
  }],
  ['location hospital main OR', (d) => { const h = d.hospital(); return [`LOCATION: ${h}, Main OR, Room 4\nSERVICE: General Surgery`, [h]]; }],
  ['indication age over 89 office visit', (d) => {
    const n = d.ageOver89(); const md = d.monthDay();
    return [`INDICATIONS: This ${n}-year-old woman with an incarcerated left inguinal hernia was seen in my office on ${md} and elected to proceed.`, [n, md]];
  }],
  ['attending present attestation', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`I, ${g} ${s}, MD, was present and scrubbed for the entire procedure. Dr. ${s2} (chief resident) closed the skin under my direct supervision.`, [g, s, s2]];
  }],
  ['family updated with callback number', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const [ph, pp] = d.phone();
    return [`Findings were discussed with the patient's ${rel}, ${g}, in the surgical waiting room; callback number ${ph}.`, [g, pp]];
  }],
  ['second look on weekday month day', (d) => {
    const w = d.weekday(); const md = `${d.pick(MON)} ${d.int(1, 28)}`;
    return [`PLAN: Abdomen left open with ABThera VAC. Return to OR for second-look laparotomy on ${w}, ${md}.`, [w, md]];
  }],
  ['op note electronic signature LAST FIRST', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dt = d.mdy();
    return [`Electronically signed by ${s}, ${g} ${d.mi()} MD on ${dt} at ${d.time()}`, [s, g, dt]];
  }],
  ['case id FIN and scheduled date', (d) => {
    const c = d.digitString(8); const fin = d.fin(); const dt = d.date();
    return [`Case ID: ${c}   FIN: ${fin}   Scheduled: ${dt} 07:30   OR 4`, [c, fin, dt]];
  }],
  ['patient header LAST FIRST MRN DOB', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const dob = d.dob();
    return [`PATIENT NAME: ${s}, ${g}\nMRN: ${mrn}   DOB: ${dob}\nPROCEDURE: Laparoscopic cholecystectomy`, [s, g, mrn, dob]];
  }],
  ['transferred to hospital in town postop', (d) => {
    const h = d.acuteHospital(); const t = d.town();
    return [`Postoperatively she will be transferred by ambulance to ${h} in ${t}, ${d.pick(STATES)}, for rehabilitation.`, [h, t]];
  }],
  // implant logs and tissue
  ['implant log row lot serial', (d) => {
    const lot = d.lot(); const sn = d.serial();
    return [`Stryker | Triathlon CR femoral component, size 4 | REF 5510-F-401 | LOT ${lot} | SN ${sn} | Exp 2029-06-30 | Qty 1`, [lot, sn]];
  }],
  ['scanned UDI', (d) => { const u = d.udi(); return [`Implant scanned at 09:14. UDI: ${u}. Site: left hip.`, [u]]; }],
  ['breast implants left and right serials', (d) => {
    const a = d.serial(); const b = d.serial();
    return [`Mentor MemoryGel Xtra, 350 cc, catalog 350-7355BC: serial ${a} (left breast), serial ${b} (right breast). Implant cards given to patient.`, [a, b]];
  }],
  ['mesh lot', (d) => { const lot = d.lot(); return [`A 15 x 20 cm Ventralight ST mesh (Bard, lot ${lot}) was placed intraperitoneally and secured with SorbaFix tacks.`, [lot]]; }],
  ['screws lot with implant witness initials', (d) => {
    const lot = d.lot(); const i = d.initials();
    return [`Two 6.5 mm partially threaded cancellous screws (Synthes REF 208.045), lot ${lot}; implant stickers applied by ${i}.`, [lot, i]];
  }],
  ['allograft donor and graft id', (d) => {
    const a = d.donorId(); const b = d.donorId(); const [r, pr] = d.staff('RN');
    return [`Allograft: Achilles tendon, donor ID ${a}, graft ID ${b} (LifeNet Health). Package integrity and temperature log verified by ${r}.`, [a, b, ...pr]];
  }],
  ['bone graft tissue id and thaw time', (d) => {
    const t = d.donorId(); const dt = d.mdy();
    return [`Fresh-frozen femoral head allograft, tissue ID ${t}, thawed ${dt} 08:05 in warm saline per tissue bank protocol.`, [t, dt]];
  }],
  ['explant returned under RMA', (d) => {
    const sn = d.serial(); const rma = d.digitString(7);
    return [`Explanted device: Medtronic Adapta ADDR01, SN ${sn}, returned to manufacturer for analysis (RMA #${rma}).`, [sn, rma]];
  }],
  ['stent lot cath lab', (d) => {
    const lot = d.lot(); const lot2 = d.lot();
    return [`Stent: Xience Skypoint 3.0 x 18 mm, lot ${lot}, deployed in the mid LAD at 14 atm. Post-dilated with NC Trek 3.5 x 12 mm, lot ${lot2}.`, [lot, lot2]];
  }],
  ['closure device lot and sheath', (d) => {
    const lot = d.lot();
    return [`Right femoral 6F sheath removed; hemostasis with Angio-Seal VIP 6F, lot ${lot}. Distal pulses 2+.`, [lot]];
  }],
  // anesthesia records
  ['anesthesia record header', (d) => {
    const s = d.sur(); const g = d.given(); const [c, pc] = d.staff('CRNA'); const dt = d.date();
    return [`Anesthesia start: ${dt} 07:12\nAttending: ${s}, ${g}\nCRNA: ${c}\nASA 2E   Mallampati III`, [dt, s, g, ...pc]];
  }],
  ['CRNA relief hand-off', (d) => {
    const [a, pa] = d.staff('CRNA'); const [b, pb] = d.staff('CRNA');
    return [`11:30 Care handed off from ${a} to ${b} for break relief; patient stable, BIS 42.`, [...pa, ...pb]];
  }],
  ['pre-anesthesia evaluation date', (d) => {
    const dt = d.date(); const s = d.sur();
    return [`Pre-anesthesia evaluation completed ${dt} by Dr. ${s}. NPO after midnight. Airway: Mallampati II, TMD > 3 FB.`, [dt, s]];
  }],
  ['difficult airway registry number', (d) => {
    const n = d.digitString(d.int(6, 8));
    return [`Cormack-Lehane grade 4 view with Mac 3; intubated with GlideScope. Difficult airway letter given; enrolled in MedicAlert, member #${n}.`, [n]];
  }],
  ['block placed observed by SRNA', (d) => {
    const s = d.sur(); const [n, pn] = d.staff('SRNA');
    return [`Right interscalene block placed by Dr. ${s} under ultrasound guidance with 20 mL 0.5% ropivacaine; observed by ${n}.`, [s, ...pn]];
  }],
  ['controlled substance waste witness', (d) => {
    const [w, pw] = d.staff('RN'); const i = d.initials();
    return [`Fentanyl 50 mcg wasted in Pyxis, witnessed by ${w}. Waste co-signed: ${i}.`, [...pw, i]];
  }],
  ['anesthesiologist NPI', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi();
    return [`Anesthesiologist of record: ${g} ${s}, MD   NPI ${npi}   Medical direction 1:3`, [g, s, npi]];
  }],
  ['MH family history mother at hospital', (d) => {
    const g = d.given(); const h = d.hospital();
    return [`Family history: mother (${g}) had a malignant hyperthermia crisis during a hysterectomy at ${h} in 1989.`, [g, h]];
  }],
  // endoscopy
  ['endoscopy report header', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const [n, pn] = d.staff('RN'); const g = d.given();
    return [`Procedure date: ${dt}\nEndoscopist: ${doc}\nNurse: ${n}\nTechnician: ${g}`, [dt, ...p, ...pn, g]];
  }],
  ['scope serial and reprocessing initials', (d) => {
    const sn = d.serial(); const i = d.initials();
    return [`Scope: Olympus PCF-H190DL, serial no. ${sn}; high-level disinfection log initialed ${i}.`, [sn, i]];
  }],
  ['ERCP fluoroscopy tech', (d) => {
    const s = d.sur(); const [t, pt] = d.staff('RT(R)');
    return [`ERCP performed by Dr. ${s}. Fluoroscopy operated by ${t}; fluoro time 4.2 min.`, [s, ...pt]];
  }],
  ['capsule ingested and recorder returned', (d) => {
    const dt = d.date(); const w = d.weekday(); const sn = d.serial();
    return [`Capsule (PillCam SB3) ingested ${dt} at 08:10; recorder SN ${sn} returned ${w} morning.`, [dt, sn, w]];
  }],
  ['biopsy results letter to street address', (d) => {
    const a = d.accession(); const st = d.street();
    return [`Cold forceps biopsies sent to pathology (${a}). A results letter will be mailed to ${st}.`, [a, st]];
  }],
  ['surveillance due month year', (d) => {
    const my = d.monthYear();
    return [`RECOMMENDATIONS: Repeat colonoscopy for surveillance due ${my} (3 years). Resume Eliquis in 48 hours.`, [my]];
  }],
  ['referred by doctor at town clinic', (d) => {
    const [doc, p] = d.doctor(); const t = d.town();
    return [`Referred by ${doc} of the ${t} Family Practice for a positive Cologuard.`, [...p, t]];
  }],
  // cath lab
  ['cath operators fellow and staff', (d) => {
    const s = d.sur(); const s2 = d.sur(); const g = d.given(); const [c, pc] = d.staff('RCIS');
    return [`Operators: Dr. ${s} (primary), Dr. ${s2} (fellow)\nCirculating RN: ${g}\nRecorder: ${c}`, [s, s2, g, ...pc]];
  }],
  ['door time at sending hospital', (d) => {
    const h = d.acuteHospital(); const t = d.town();
    return [`STEMI transfer. Door time 02:14 at ${h} ED (${t}); first device time 03:31 here.`, [h, t]];
  }],
  ['cath study number and date', (d) => {
    const n = d.digitString(d.int(6, 8)); const dt = d.date();
    return [`Study #: ${n}   Cath Lab 2   Date: ${dt}   Access: right radial`, [n, dt]];
  }],
  ['prior cath on ordinal day', (d) => {
    const o = ordinal(d.int(1, 30)); const s = d.sur();
    return [`Prior cath by Dr. ${s} on the ${o} showed a 70% mid RCA lesion, now staged for PCI.`, [s, o]];
  }],
  // pathology specimen labels and requisitions
  ['specimen label', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const dob = d.dob(); const a = d.accession();
    return [`${s}, ${g}   MRN ${mrn}   DOB ${dob}\nSpecimen A: Gallbladder   Acc# ${a}`, [s, g, mrn, dob, a]];
  }],
  ['requisition collected by and received by', (d) => {
    const [c, pc] = d.staff('RN'); const dt = d.date(); const i = d.initials();
    return [`Collected by ${c} on ${dt} at 10:14; received in histology by ${i} at 11:02.`, [...pc, dt, i]];
  }],
  ['frozen section called to room', (d) => {
    const a = d.accession(); const s = d.sur(); const s2 = d.sur();
    return [`Intraoperative consultation (${a} FS1): benign. Called to Dr. ${s} in OR 9 at 11:05 by Dr. ${s2}.`, [a, s, s2]];
  }],
  ['cassette label accession part block', (d) => {
    const a = d.accession();
    return [`Cassette ${a} A3: representative sections of tumor and margin, submitted in toto.`, [a]];
  }],
  ['outside slides from hospital and town', (d) => {
    const c = d.accession(); const h = d.hospital(); const t = d.town(); const dt = d.date();
    return [`Outside slides (${c}, 6 H&E, 2 blocks) received from ${h}, ${t}, ${d.pick(STATES)}, on ${dt} for review.`, [c, h, t, dt]];
  }],
  // consent forms
  ['consent I name consent performed by', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`I, ${g} ${s}, hereby authorize Dr. ${s2} and such assistants as may be selected to perform a right total knee arthroplasty.`, [g, s, s2]];
  }],
  ['consent witness name date', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Witness: ${g} ${s}   Date: ${dt}   Time: 06:45\nPatient signature obtained in pre-op holding.`, [g, s, dt]];
  }],
  ['interpreter name and id', (d) => {
    const lang = d.pick(LANGUAGES); const g = d.given(); const s = d.sur(); const id = d.digitString(d.int(5, 7));
    return [`Consent discussed via ${lang} interpreter ${g} ${s}, interpreter ID #${id}, by video.`, [g, s, id]];
  }],
  ['phone interpreter id only', (d) => {
    const lang = d.pick(LANGUAGES); const id = d.digitString(d.int(5, 6));
    return [`${lang} telephonic interpreter used for the entire consent discussion (ID ${id}).`, [id]];
  }],
  ['health care proxy signs with phone', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`Patient lacks capacity; consent signed by health care proxy (${rel}) ${g} ${s}, phone ${ph}.`, [g, s, pp]];
  }],
  ['telephone consent witnessed', (d) => {
    const rel = d.pick(RELATIVES); const g = d.given(); const [w, pw] = d.staff('RN'); const w2 = d.weekday();
    return [`Telephone consent obtained from ${rel} ${g} on ${w2}, witnessed by ${w}.`, [g, w2, ...pw]];
  }],
  ['blood refusal directive dated', (d) => {
    const dt = d.date();
    return [`Patient is a Jehovah's Witness and declines all blood products; signed refusal and advance directive dated ${dt} on chart.`, [dt]];
  }],
  // time-outs
  ['time-out participants', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const s2 = d.sur(); const [c, pc] = d.staff('CRNA');
    return [`TIME-OUT 07:52: patient ${g} ${s}, DOB ${dob}, left knee, site marked by Dr. ${s2}. Participants: ${c}; all in agreement.`, [g, s, dob, s2, ...pc]];
  }],
  ['two identifiers on armband', (d) => {
    const dob = d.dob(); const mrn = d.mrn();
    return [`Two patient identifiers verified: name and DOB (${dob}); armband MRN ${mrn} matches consent and H&P.`, [dob, mrn]];
  }],
  ['sign-out counts correct', (d) => {
    const [c, pc] = d.staff('RN'); const [t, pt] = d.staff('CST');
    return [`SIGN-OUT: Sponge, sharp and instrument counts correct x2 per ${c} (circulator) and ${t} (scrub).`, [...pc, ...pt]];
  }],
  // pacemaker and ICD
  ['interrogation device and implant date', (d) => {
    const sn = d.serial(); const dt = d.date(); const s = d.sur();
    return [`Device: Medtronic Evera MRI XT DR, model DDMB2D4, SN ${sn}\nImplant date: ${dt}\nImplanting physician: Dr. ${s}`, [sn, dt, s]];
  }],
  ['lead serial implanted month year', (d) => {
    const sn = d.serial(); const my = `${pad2(d.int(1, 12))}/${d.int(2008, 2024)}`;
    return [`RV lead: Abbott Durata 7122Q, SN ${sn}, implanted ${my}; R-wave 9.8 mV, impedance 532 ohms.`, [sn, my]];
  }],
  ['remote monitoring patient id', (d) => {
    const dt = d.date(); const id = d.digitString(d.int(7, 9));
    return [`Remote transmission received ${dt} via CareLink; CareLink patient ID ${id}. No arrhythmia episodes.`, [dt, id]];
  }],
  ['company rep present with phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`Boston Scientific representative ${g} ${s} present for interrogation and reprogramming (cell ${ph}).`, [g, s, pp]];
  }],
  ['ERI generator change scheduled', (d) => {
    const w = d.weekday(); const md = d.monthDay(); const h = d.hospital();
    return [`Battery at ERI. Generator change scheduled ${w} ${md} at ${h}.`, [w, md, h]];
  }],
  ['ICD shock episode date and time', (d) => {
    const [m, dd] = d.md(); const ep = `${pad2(m)}/${pad2(dd)}`;
    return [`Episode ${ep} 03:42: VF, detected and treated with one 35 J shock, successful.`, [ep]];
  }],
  // blood bank
  ['transfusion unit dual verification', (d) => {
    const din = d.din(); const [a, pa] = d.staff('RN'); const [b, pb] = d.staff('RN');
    return [`PRBC unit # ${din}, O NEG, product E0382V00, issued 09:12; bedside check by ${a} and ${b}.`, [din, ...pa, ...pb]];
  }],
  ['type and screen armband expires', (d) => {
    const a = d.armband(); const md = d.monthDay();
    return [`Type and screen drawn, blood bank armband ${a}; specimen expires ${md} at 23:59.`, [a, md]];
  }],
  ['cell saver perfusionist', (d) => {
    const [p, pp] = d.staff('CCP');
    return [`Cell saver: 450 mL returned to patient. Perfusionist: ${p}.`, [...pp]];
  }],
  ['massive transfusion activated units', (d) => {
    const s = d.sur(); const a = d.din(); const b = d.din();
    return [`MTP activated at 14:02 by Dr. ${s}. Cooler #2: units ${a} and ${b} (plasma, A POS).`, [s, a, b]];
  }],
  ['post-op visit with PA at town clinic', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town(); const md = d.monthDay();
    return [`Follow up with ${g} ${s}, PA-C, at the ${t} clinic on ${md} for staple removal.`, [g, s, t, md]];
  }],
];

/** The names of the wave's frames. */
export const proceduresFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function proceduresWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9103, rounds);
}

/** Look-alikes in operative and procedure record style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponymous procedures, instruments, drains and positions
  ['Pancreaticoduodenectomy (Whipple) was completed.', 'Whipple'], ['Laparoscopic Nissen fundoplication', 'Nissen'], ['Roux-en-Y hepaticojejunostomy', 'Roux-en-Y'],
  ['A Kocher clamp was placed on the fascia.', 'Kocher'], ['A Kocher maneuver mobilized the duodenum.', 'Kocher maneuver'], ['The adhesions were divided with Mayo scissors.', 'Mayo'],
  ['Metzenbaum scissors were used to develop the plane.', 'Metzenbaum'], ['Hemostasis with the Bovie on coag 30.', 'Bovie'], ['A 16 Fr Foley catheter was placed.', 'Foley'],
  ['A 19 Fr Jackson-Pratt drain was left in the hepatorenal fossa.', 'Jackson-Pratt'], ['A Pfannenstiel incision was made.', 'Pfannenstiel'], ['Allis clamps were placed on the bowel.', 'Allis'],
  ['The Babcock grasper elevated the appendix.', 'Babcock'], ['DeBakey forceps', 'DeBakey'], ['A Bookwalter retractor was placed.', 'Bookwalter'], ['A Hasson trocar was placed at the umbilicus.', 'Hasson'],
  ['Pneumoperitoneum established with a Veress needle.', 'Veress'], ['A Penrose drain was used to encircle the esophagus.', 'Penrose'], ['A 15 Fr Blake drain', 'Blake'],
  ['Lichtenstein repair with polypropylene mesh', 'Lichtenstein'], ['Hartmann procedure with end colostomy', 'Hartmann'], ['Billroth II reconstruction', 'Billroth II'],
  ['Heller myotomy with Toupet fundoplication', 'Toupet'], ['Ivor Lewis esophagectomy', 'Ivor Lewis'], ['Mohs surgery of the nasal ala', 'Mohs'], ['Arthroscopic Bankart repair', 'Bankart'],
  ['Positioned in reverse Trendelenburg.', 'Trendelenburg'], ['Central line placed by Seldinger technique.', 'Seldinger'], ['Modified Allen test was normal.', 'Allen test'],
  ['Intubated with a Mac 3 blade.', 'Mac 3'], ['Cricoid pressure (Sellick maneuver) applied.', 'Sellick'], ['Head secured in a Mayfield head holder.', 'Mayfield'], ['Kerrison rongeur', 'Kerrison'],
  // scales, classes, grades
  ['ASA class III', 'ASA class III'], ['ASA 2E', 'ASA 2E'], ['Mallampati II', 'Mallampati II'], ['Cormack-Lehane grade 2a view', 'Cormack-Lehane grade 2a'], ['Aldrete score 9 on PACU arrival', 'Aldrete score 9'],
  ['RASS -2 at handoff', 'RASS -2'], ['TIMI 3 flow restored', 'TIMI 3 flow'], ['Forrest IIa ulcer with visible vessel', 'Forrest IIa'], ['Los Angeles grade C esophagitis', 'Los Angeles grade C'],
  ['Boston Bowel Preparation Scale 9', 'Boston Bowel Preparation Scale 9'], ['Mayo endoscopic subscore 2', 'Mayo endoscopic subscore 2'], ['Paris 0-IIa polyp', 'Paris 0-IIa'],
  ['Wound class II (clean-contaminated)', 'Wound class II'], ['Hill grade III flap valve', 'Hill grade III'], ['Bishop score 8', 'Bishop score 8'],
  // sutures, sizes, volumes, times
  ['The fascia was closed with 0 PDS and the skin with 4-0 Monocryl.', '4-0 Monocryl'], ['3-0 Vicryl figure-of-eight', '3-0 Vicryl'], ['2-0 silk ties', '2-0 silk'],
  ['7 Fr sheath in the right radial artery', '7 Fr'], ['6F JL4 guide catheter', '6F JL4'], ['A 7.5 ETT was secured at 22 cm at the lip.', '7.5 ETT'], ['12 mm trocar', '12 mm'],
  ['EBL: 150 mL', '150 mL'], ['Urine output 300 mL; IVF 1.2 L LR', 'IVF 1.2 L'], ['Tourniquet time 62 minutes at 250 mmHg', '62 minutes'], ['Incision 08:14, closure 10:02', '08:14'],
  ['Fluoro time 4.2 min, 312 mGy', '312 mGy'],
  // drugs and doses, device parameters
  ['Propofol 200 mg IV, fentanyl 100 mcg IV', 'fentanyl 100 mcg'], ['Cefazolin 2 g IV within 60 minutes of incision', 'Cefazolin 2 g'], ['Heparin 5000 units; ACT 285 s', 'ACT 285 s'],
  ['Rocuronium 50 mg; sugammadex 200 mg for reversal', 'sugammadex 200 mg'], ['Atrial threshold 0.75 V @ 0.4 ms', '0.75 V @ 0.4 ms'], ['Mode DDDR, lower rate 60 ppm', 'DDDR'],
  ['Battery longevity 9.2 years', '9.2 years'], ['Shock impedance 68 ohms', '68 ohms'],
  // codes, rooms, blood products
  ['CPT 47562', '47562'], ['ICD-10 K80.20', 'K80.20'], ['Z95.0 presence of cardiac pacemaker', 'Z95.0'], ['Taken to OR 14.', 'OR 14'], ['Procedure in Endo Suite 3.', 'Endo Suite 3'],
  ['Recovered in PACU bay 12.', 'bay 12'], ['2 units PRBC, O NEG', 'O NEG'], ['Product code E0382V00', 'E0382V00'],
  // makers, models, catalogue numbers, tissue banks
  ['Medtronic Azure XT DR MRI W1DR01', 'W1DR01'], ['Boston Scientific Resonate EL ICD', 'Boston Scientific'], ['Zimmer Biomet Persona knee', 'Zimmer Biomet'], ['REF 5510-F-401', '5510-F-401'],
  ['GTIN 00885074264587', '00885074264587'], ['Allograft supplied by LifeNet Health.', 'LifeNet Health'], ['Olympus GIF-H190 gastroscope', 'GIF-H190'],
  // words that are also names, relations without names, ages, years, generic places, states
  ['Frank pus was expressed from the abscess.', 'Frank'], ['Green bile was seen draining from the papilla.', 'Green'], ['Long segment Barrett esophagus', 'Long segment'],
  ['Sharp dissection was used to take down the adhesions.', 'Sharp'], ['Strong radial pulses bilaterally.', 'Strong'], ['Brown stool in the rectum.', 'Brown'],
  ['His wife was updated in the waiting room.', 'His wife'], ['The patient is an 89-year-old man.', '89'], ['A 67 yo female for screening colonoscopy.', '67'],
  ['Prior CABG in 2011.', '2011'], ['Transferred to the SICU.', 'SICU'], ['Type and crossmatch sent to the blood bank.', 'the blood bank'], ['Brought to the cath lab emergently.', 'the cath lab'],
  ['Patient recently moved from Ohio.', 'Ohio'],
];

export const proceduresKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedProceduresKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(proceduresKeepCases(), find);

export function scoreProceduresWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => proceduresWaveCases(seed)), find);
}
