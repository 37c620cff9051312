// A blind wave of pharmacy and medication documents: medication reconciliation notes, outpatient pharmacy fill
// histories, prescription labels and e-prescriptions, PDMP (prescription monitoring) reports, anticoagulation clinic
// notes, prior authorization letters, pharmacist consult notes, specialty pharmacy intake, controlled-substance
// agreements, infusion center and home infusion records, vaccine administration records and the medication list of a
// discharge summary, in mixed case, ALL CAPS and lower case. Identifiers are written as these documents write them:
// pharmacies with their store number, street or town ('CVS #4471 on Main St, Dover', 'Walgreens - Route 9',
// 'Hannaford pharmacy in Saco', "Dunn's Pharmacy", 'Bath Apothecary'), mail-order and specialty pharmacies with their
// towns, prescribers with DEA and NPI numbers, 'LAST, FIRST' on labels, Rx numbers (with a store suffix or without),
// fill, sold, written, last-dose, refill-due and discard dates in every form ('03/04/2024', '3/4', 'Mar 4', 'March
// 2023'), DOBs, pharmacy and clinic phones and faxes, NCPDP ids, member ids, Medicare MBIs, group numbers, prior-auth
// case numbers and CoverMyMeds keys, copay card ids, vaccine and drug lots, pump and meter serials, shipment tracking
// numbers, PDMP request ids, INR callers, caregivers who pick up ('picked up by daughter Nina'), home infusion nurses,
// home health agencies by town, and ages over 89. A list of look-alikes in the same style must not be touched.
// Written without reading the engine's rules or any gold data. `scorePharmacyWave`.
// Decisions: a chain's brand (CVS, Walgreens, Hannaford, Shaw's, Express Scripts, OptumRx) is kept, and its store
// number, street ('Main St', 'Route 9') and town are planted; an independent pharmacy named after a person or a town
// ("Dunn's Pharmacy", 'Bath Apothecary') and a clinic or hospital are planted whole, with their kind word; a street
// address is planted with its house number; the state is kept; in 'LAST, FIRST M' the surname and given name are
// planted, the middle initial and the credential ('PharmD', 'RN', 'PA-C', 'CACP') are not; a relation word ('daughter')
// is kept and the relative's name planted. DEA, NPI, NCPDP, Rx, member id, Medicare MBI, group (RxGRP) numbers, PA
// case numbers and keys, copay card ids, registry ids, PDMP request ids, lots (vaccine and drug, recorded against this
// patient), pump and meter serials and tracking numbers are planted. BIN and PCN are payer routing codes shared by a
// whole plan (like a product code), so they are kept; an NDC identifies a product, not a person, so it is kept, as are
// CVX, CPT and J codes. A weekday written as a recurring schedule ('5 mg Mon/Wed/Fri', 'every Saturday') is kept; a
// weekday that names one coming day ('recheck INR next Thursday', 'delivery Tuesday 3/4') is planted. A vial's expiry
// ('exp 11/2026') is the product's date and is neither planted nor kept (not scored); a month with a year ('March
// 2023'), a month and day ('Mar 4', '3/4') and a day range are dates, planted as written; a time beside a date is kept.
// A phone's leading '(' need not be covered. Kept (look-alikes): drug names that are also names or words (Ativan, ella,
// Yaz, Yasmin, Camila, Heather, Errin, Nikki, Hailey 24 Fe, Lotronex, Allegra, Lyrica, Norco, Sonata, Senna, Ensure),
// eponym preparations (Lugol's, Ringer's, Dakin's, Burow's, Unna boot, Fleet), scores (Beers, Naranjo,
// Cockcroft-Gault, HAS-BLED, COWS, CIWA), strengths, doses, sigs, quantities, refills, days supply, INR values and
// ranges, weekday schedules, DEA schedules (C-II), NDC, BIN/PCN, CVX/CPT/J codes, manufacturers (Pfizer-BioNTech,
// Moderna, Eli Lilly, Dr. Reddy's, Upsher-Smith, Breckenridge, Boehringer Ingelheim), plans (Part D, MassHealth,
// MaineCare, Harvard Pilgrim), devices and models, generic sources (the pharmacy, mail order, the anticoagulation
// clinic), ages of 89 and under, years and seasons alone, states, everyday words ('will-call', 'Dawn phenomenon').
// Measured before rules: 0.861 recall on seeds 5, 11, 23 (3277/3804), 0.857 on fresh seeds 41, 42, 43 (3250/3791); 22/130
// look-alikes touched ("ella", "Yasmin", "Camila", "Nikki", "Hailey 24 Fe", "Tessalon Perles", "Unna boot", the weekday
// schedules "Mon/Wed/Fri", "Saturday", "Tuesdays and Thursdays", "Sunday", the makers "Teva", "Dr. Reddy's", "Mylan",
// "Upsher-Smith", "Eli Lilly", "Breckenridge", "Boehringer Ingelheim", "Novo Nordisk", "Libre 3", "the anticoagulation
// clinic", "Shaw's").
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, gb, ie, ind, ng, de, es, fr, it, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Grace', 'Faith', 'Joy', 'Dawn', 'Ginger', 'Candy', 'Crystal', 'Amber', 'Summer', 'Misty', 'Brandy', 'Destiny', 'Mercy', 'Sunny', 'Penny', 'Olive', 'Rusty', 'Sandy', 'Will', 'Bill', 'Pat', 'Mark', 'Dean', 'Drew', 'Grant', 'Lance', 'Miles', 'Chase', 'Hunter', 'Cash', 'Nina'];
const WORD_SUR = ['Price', 'Hill', 'Church', 'Baker', 'Cook', 'Fisher', 'Miller', 'Potter', 'Mills', 'Waters', 'Rivers', 'Banks', 'Stone', 'Wolf', 'Fox', 'Lamb', 'Swan', 'Crane', 'Starr', 'Day', 'Knight', 'Noble', 'Love', 'King', 'Pope', 'Moody', 'Sterling', 'Gold', 'Ward', 'Nurse', 'Dunn', 'Sweet', 'Hale', 'Best', 'Chambers'];
/** Towns that are everyday words, given names, countries or capitals (all real New England towns). */
const WORD_TOWNS = ['Dover', 'Salem', 'Bath', 'Union', 'Liberty', 'Hope', 'Harmony', 'Friendship', 'Freedom', 'Unity', 'Industry', 'Paris', 'Mexico', 'Peru', 'Poland', 'Norway', 'China', 'Denmark', 'Sweden', 'Berlin', 'Lebanon', 'Belfast', 'Orange', 'Ware', 'Palmer', 'Sharon', 'Shirley', 'Marion', 'Beverly', 'Chelsea', 'Lynn', 'Florence', 'Canton', 'Reading', 'Revere', 'Milton', 'Wells', 'York', 'Camden', 'Hanover', 'Exeter'];
const REAL_TOWNS = ['Saco', 'Biddeford', 'Sanford', 'Kennebunk', 'Kittery', 'Brunswick', 'Topsham', 'Augusta', 'Skowhegan', 'Presque Isle', 'Caribou', 'Rockland', 'Ellsworth', 'Machias', 'Calais', 'Houlton', 'Farmington', 'Rumford', 'Gorham', 'Standish', 'Scarborough', 'Yarmouth', 'Freeport', 'Lewiston', 'Waterville', 'Bangor', 'Rochester', 'Somersworth', 'Laconia', 'Claremont', 'Keene', 'Nashua', 'Lowell', 'Lawrence', 'Quincy', 'Braintree', 'Brockton', 'Taunton', 'Attleboro', 'Athol', 'Stoughton', 'Rutland', 'Barre', 'St. Johnsbury', 'Bennington', 'Woonsocket', 'Westerly'];
const STATES = ['ME', 'NH', 'MA', 'VT', 'RI', 'CT', 'Maine', 'New Hampshire'];
const STREETS = ['Main', 'Elm', 'Maple', 'Pleasant', 'Water', 'Congress', 'Forest', 'Center', 'Central', 'Washington', 'Lafayette', 'Lisbon', 'High', 'School', 'Mill', 'Spring', 'Bridge', 'Park', 'Market', 'Pine', 'Oak', 'Court', 'Front', 'Brighton', 'Essex', 'Ocean', 'River', 'Silver', 'Chestnut', 'Broad'];
const STREET_KINDS = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Dr'];
const ROUTES = ['1', '1A', '3', '4', '9', '11', '16', '25', '100', '101', '202', '302'];
const CHAINS = ['CVS', 'Walgreens', 'Rite Aid', 'Walmart'];
const GROCERS = ['Hannaford', "Shaw's", 'Price Chopper', 'Market Basket', 'Stop & Shop', 'Big Y', 'Walmart', 'Costco'];
const MAIL_ORDER = ['Express Scripts', 'OptumRx', 'CVS Caremark', 'CenterWell Pharmacy', 'Amazon Pharmacy', 'Accredo', 'Alliance Rx Walgreens Pharmacy'];
const HOME_INFUSION = ['Option Care Health', 'Coram', 'Amerita', 'KabaFusion', 'PharMerica'];
const CLINIC_KINDS = ['Family Medicine', 'Internal Medicine', 'Primary Care', 'Health Center', 'Rheumatology', 'Pain Management', 'Cardiology Associates'];
const HOSPITAL_SUFFIX = ['General Hospital', 'Medical Center', 'Regional Medical Center', 'Memorial Hospital', 'Community Hospital', 'Hospital'];
const SAINTS = ['Mary', 'Joseph', 'Luke', 'Anne', 'Elizabeth', 'Francis', 'Vincent'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RELATIVES = ['daughter', 'son', 'wife', 'husband', 'granddaughter', 'niece', 'neighbor', 'sister', 'son-in-law'];
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const KEY_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

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
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  street(): string {
    return `${this.pick(STREETS)} ${this.pick(STREET_KINDS)}`;
  }
  route(): string {
    return `${this.pick(['Route', 'Rte', 'Rte.', 'US Route'])} ${this.pick(ROUTES)}`;
  }
  address(): string {
    return `${this.int(2, 2999)} ${this.street()}`;
  }
  zip(): string {
    return `0${this.int(1001, 4999)}`;
  }
  store(): string {
    return this.r() < 0.3 ? String(this.int(100, 19999)).padStart(5, '0') : this.digitString(4);
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Regional Medical Center'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  clinic(): string {
    return `${this.town()} ${this.pick(CLINIC_KINDS)}`;
  }
  /** A pharmacy as notes name it: the text and its planted parts (a chain's brand is kept). */
  pharmacy(): readonly [string, readonly string[]] {
    const k = this.int(0, 6);
    if (k === 0) { const n = this.store(); const st = this.street(); const t = this.town(); return [`${this.pick(CHAINS)} #${n} on ${st}, ${t}`, [n, st, t]]; }
    if (k === 1) { const rt = this.route(); return [`${this.pick(CHAINS)} - ${rt}`, [rt]]; }
    if (k === 2) { const t = this.town(); return [`${this.pick(GROCERS)} pharmacy in ${t}`, [t]]; }
    if (k === 3) { const p = `${this.sur()}'s ${this.pick(['Pharmacy', 'Pharmacy', 'Drug', 'Apothecary'])}`; return [p, [p]]; }
    if (k === 4) { const st = this.street(); const t = this.town(); return [`${this.pick(CHAINS)} on ${st} in ${t}`, [st, t]]; }
    if (k === 5) { const p = `${this.town()} ${this.pick(['Pharmacy', 'Apothecary', 'Drug'])}`; return [p, [p]]; }
    const n = this.store(); const t = this.town(); return [`${this.pick(CHAINS)} #${n} (${t})`, [n, t]];
  }
  override year(): number {
    return this.int(2016, 2025);
  }
  /** "3/4" or "03/04". */
  short(): string {
    const [m, d] = this.md();
    return this.r() < 0.7 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
  monD(): string {
    return `${this.pick(MON)} ${this.int(1, 28)}`;
  }
  monthYear(): string {
    return `${this.r() < 0.5 ? this.pick(MONTHS) : this.pick(MON)} ${this.year()}`;
  }
  time(): string {
    return `${pad2(this.int(6, 22))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms pharmacy systems and notes use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}/${pad2(d)}/${pad2(y % 100)}` : `${m}/${d}/${y}`);
  }
  dob(lo = 1930, hi = 2005): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.6 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.35) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}-${b}-${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  ext(): string {
    return this.digitString(4);
  }
  pager(): string {
    return this.digitString(5);
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** An Rx number: seven digits, a leading zero, or with the store's number after a dash. */
  rx(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(7);
    if (k === 1) return `0${this.digitString(6)}`;
    if (k === 2) return `${this.digitString(7)}-${String(this.int(100, 19999)).padStart(5, '0')}`;
    return `${this.digitString(6)}${this.pick(['', '-01', '-02'])}`;
  }
  /** A DEA registration: two letters (the second the prescriber's surname initial) and seven digits with its check digit. */
  dea(sur: string): string {
    const first = this.pick(['A', 'B', 'F', 'G', 'M']);
    const second = (asciiLetters(sur).charAt(0) || 'x').toUpperCase();
    const ds = Array.from({ length: 6 }, () => this.int(0, 9));
    const odd = ds.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
    const even = ds.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);
    return `${first}${second}${ds.join('')}${(odd + 2 * even) % 10}`;
  }
  /** A ten-digit NPI with its Luhn check digit (prefix 80840). */
  npi(): string {
    let base = String(this.int(1, 2));
    while (base.length < 9) base += String(this.int(0, 9));
    const s = `80840${base}`;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let v = Number(s.charAt(s.length - 1 - i));
      if (i % 2 === 0) { v *= 2; if (v > 9) v -= 9; }
      sum += v;
    }
    return base + String((10 - (sum % 10)) % 10);
  }
  ncpdp(): string {
    return this.digitString(7);
  }
  member(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    if (k === 2) return `${this.digitString(9)}0${this.int(1, 4)}`;
    return `${this.letters(1)}${this.digitString(8)}${this.pick(['00', '01'])}`;
  }
  group(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(5, 7));
    if (k === 1) return `RX${this.digitString(4)}`;
    return `${this.letters(2)}${this.digitString(5)}`;
  }
  /** A Medicare Beneficiary Identifier, with its dashes or without. */
  mbi(): string {
    const a = () => this.pick([...MBI_LETTERS]);
    const an = () => (this.r() < 0.5 ? a() : String(this.int(0, 9)));
    const n = () => String(this.int(0, 9));
    const p1 = `${this.int(1, 9)}${a()}${an()}${n()}`;
    const p2 = `${a()}${an()}${n()}`;
    const p3 = `${a()}${a()}${n()}${n()}`;
    return this.r() < 0.5 ? `${p1}-${p2}-${p3}` : `${p1}${p2}${p3}`;
  }
  /** A CoverMyMeds key. */
  paKey(): string {
    return this.lettersOf(KEY_CHARS, 8);
  }
  paCase(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(8, 10));
    if (k === 1) return `PA-${this.year()}-${this.digitString(6)}`;
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  /** A vaccine or drug lot as makers print them. */
  lot(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.letters(2)}${this.digitString(4)}`;
    if (k === 1) return this.digitString(7);
    if (k === 2) return `${this.digitString(3)}${this.letters(1)}${this.int(1, 2)}${this.int(0, 9)}${this.letters(1)}`;
    if (k === 3) return `U${this.digitString(4)}${this.letters(2)}`;
    return `${this.letters(4)}${this.digitString(3)}${this.letters(2)}`;
  }
  serial(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(8);
    if (k === 1) return `${this.letters(2)}${this.digitString(6)}`;
    return `${this.digitString(3)}${this.letters(1)}${this.digitString(5)}`;
  }
  tracking(): string {
    return this.r() < 0.5 ? `1Z${this.lettersOf(KEY_CHARS, 6)}${this.digitString(10)}` : this.digitString(12);
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
  // medication reconciliation
  ['med rec sources: bottles, pharmacy, daughter', (d) => {
    const [ph, pp] = d.pharmacy(); const rel = d.pick(RELATIVES); const g = d.given();
    return [`Medication reconciliation completed using pt's pill bottles, fill history from ${ph}, and a list brought in by ${rel} ${g}.`, [...pp, g]];
  }],
  ['med rec last dose taken m/d', (d) => { const s = d.short(); return [`Lisinopril 20 mg PO daily - taking - last dose: ${s} AM (per pt)`, [s]]; }],
  ['med rec called pharmacy, spoke with pharmacist', (d) => {
    const n = d.store(); const [ph, pp] = d.phone(); const g = d.given();
    return [`Called ${d.pick(CHAINS)} #${n} (${ph}) to verify fills; spoke with ${g}, pharmacist. Last fill of metoprolol was 90 DS.`, [n, pp, g]];
  }],
  ['med rec outside prescriber in town', (d) => {
    const s = d.sur(); const t = d.town();
    return [`Metoprolol succinate - prescribed by Dr. ${s} (cardiology, ${t}); pt unsure of dose, bottle not available.`, [s, t]];
  }],
  ['med rec completed by pharmacist with date', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Home medication list reviewed and reconciled by ${g} ${s}, PharmD, BCPS on ${dt} at ${d.time()}.`, [g, s, dt]];
  }],
  ['med rec caregiver fills pillbox', (d) => {
    const g = d.given(); const s = d.sur(); const wd = d.pick(WEEKDAYS);
    return [`Neighbor ${g} ${s} fills her weekly pillbox; last filled this past ${wd}.`, [g, s, wd]];
  }],
  // fill histories
  ['fill history row', (d) => {
    const dt = d.mdy(); const rx = d.rx(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const t = d.town();
    return [`${dt}  ATORVASTATIN 40 MG TAB  QTY 90  DS 90  RX ${rx}  ${s}, ${g}  CVS/${t}`, [dt, rx, s, g, t]];
  }],
  ['fill history last filled, next due', (d) => {
    const dt = d.date(); const t = d.town(); const s = d.short();
    return [`Last filled ${dt} at ${d.pick(CHAINS)} (${t}); 2 refills remaining; next fill due ${s}.`, [dt, t, s]];
  }],
  ['fill history sold and picked up by relative', (d) => {
    const dt = d.mdy(); const rel = d.pick(RELATIVES); const g = d.given();
    return [`Sold ${dt} ${d.time()} - picked up by ${rel} ${g} - counseling declined`, [dt, g]];
  }],
  ['fill history mail order shipped with tracking', (d) => {
    const mo = d.pick(MAIL_ORDER); const t = d.town(); const dt = d.monD(); const tr = d.tracking();
    return [`90-day supply via ${mo} mail order (${t}, ${d.state()}); shipped ${dt}, tracking ${tr}.`, [t, dt, tr]];
  }],
  ['fill history gap between fills', (d) => {
    const a = d.monD(); const b = d.monD();
    return [`Gap in fills of apixaban between ${a} and ${b}; pt reports cost ($47 copay) was the barrier.`, [a, b]];
  }],
  ['fill history transferred between stores', (d) => {
    const [a, pa] = d.pharmacy(); const [b, pb] = d.pharmacy(); const dt = d.short();
    return [`Rx transferred from ${a} to ${b} on ${dt}.`, [...pa, ...pb, dt]];
  }],
  // prescription labels
  ['label header store address and phone', (d) => {
    const n = d.store(); const ad = d.address(); const t = d.town(); const z = d.zip(); const [ph, pp] = d.phone();
    return [`${d.pick(CHAINS).toUpperCase()} PHARMACY #${n}\n${ad}, ${t}, ${d.state()} ${z}\n${ph}`, [n, ad, t, z, pp]];
  }],
  ['label Rx number and LAST, FIRST', (d) => {
    const rx = d.rx(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const s2 = d.sur().toUpperCase();
    return [`RX# ${rx}   ${s}, ${g}\nTAKE 1 TABLET BY MOUTH TWICE DAILY WITH FOOD\nDR. ${s2}`, [rx, s, g, s2]];
  }],
  ['label date filled and discard after', (d) => {
    const a = d.mdy(); const b = d.mdy();
    return [`Date filled: ${a}   Discard after: ${b}\nAmoxicillin 400 mg/5 mL susp, 100 mL - shake well, refrigerate`, [a, b]];
  }],
  ['label refills expire', (d) => {
    const dt = d.mdy();
    return [`QTY: 30   REFILLS: 2 before ${dt}\nGeneric for Zoloft`, [dt]];
  }],
  ['label name and DOB with NDC', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob();
    return [`NDC 0093-7146-56  MFG: TEVA\nPt: ${g} ${s}  DOB ${dob}`, [g, s, dob]];
  }],
  ['label delivery address', (d) => {
    const ad = d.address(); const t = d.town(); const g = d.given();
    return [`DELIVERY: ${ad}, ${t} - leave with ${g} at side door`, [ad, t, g]];
  }],
  // e-prescriptions
  ['erx prescriber DEA and NPI', (d) => {
    const g = d.given(); const s = d.sur(); const dea = d.dea(s); const npi = d.npi();
    return [`Prescriber: ${g} ${s}, MD   DEA: ${dea}   NPI: ${npi}`, [g, s, dea, npi]];
  }],
  ['erx pharmacy with NCPDP, phone and fax', (d) => {
    const n = d.store(); const st = d.street(); const t = d.town(); const id = d.ncpdp(); const [ph, pp] = d.phone(); const [fx, pf] = d.phone();
    return [`Pharmacy: ${d.pick(CHAINS)} #${n}, ${st}, ${t} ${d.state()}  NCPDP ID: ${id}  Ph: ${ph}  Fax: ${fx}`, [n, st, t, id, pp, pf]];
  }],
  ['erx patient demographics', (d) => {
    const s = d.sur(); const g = d.given(); const dob = d.dob(); const ad = d.address(); const t = d.town(); const z = d.zip();
    return [`Patient: ${s}, ${g}  DOB: ${dob}  Sex: F\nAddress: ${ad}, ${t}, ${d.state()} ${z}`, [s, g, dob, ad, t, z]];
  }],
  ['erx written and do not fill before', (d) => {
    const a = d.date(); const b = d.date();
    return [`Oxycodone 5 mg tab, #60 (sixty), 1 tab PO q6h PRN pain. Written: ${a}. Do not fill before: ${b}.`, [a, b]];
  }],
  ['erx PA-C under supervising physician', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const dea = d.dea(s);
    return [`${g} ${s}, PA-C, under supervision of Dr. ${s2}; DEA ${dea}`, [g, s, s2, dea]];
  }],
  ['erx note to pharmacist', (d) => {
    const md = d.monD(); const g = d.given(); const e = d.ext();
    return [`Note to pharmacist: pt will pick up ${md}. Questions, call ${g} at the office, ext ${e}.`, [md, g, e]];
  }],
  // PDMP
  ['pdmp report requested by delegate', (d) => {
    const dt = d.mdy(); const g = d.given(); const s = d.sur(); const id = d.digitString(8);
    return [`PMP AWARxE report requested ${dt} ${d.time()} by ${g} ${s}, RN (delegate). Request ID: ${id}`, [dt, g, s, id]];
  }],
  ['pdmp fill row', (d) => {
    const f = d.mdy(); const w = d.mdy(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const t = d.town().toUpperCase(); const rx = d.rx();
    return [`${f} | ${w} | OXYCODONE HCL 5 MG | 30 | 5 | ${s}, ${g} | WALGREENS (${t}) | ${rx} | Comm Ins | 45 MME`, [f, w, s, g, t, rx]];
  }],
  ['pdmp multiple prescribers and pharmacies', (d) => {
    const s = d.sur(); const s2 = d.sur(); const g = d.given(); const s3 = d.sur(); const t = d.town();
    return [`PDMP shows 3 prescribers in the past 90 days (Dr. ${s}, Dr. ${s2}, ${g} ${s3}, NP) and 4 pharmacies incl. Rite Aid in ${t}.`, [s, s2, g, s3, t]];
  }],
  ['pdmp patient match line', (d) => {
    const g = d.given().toUpperCase(); const s = d.sur().toUpperCase(); const dob = d.dob(); const t = d.town(); const z = d.zip();
    return [`Patient match: ${g} ${s}, DOB ${dob}, ${t}, ${d.state()} ${z}`, [g, s, dob, t, z]];
  }],
  ['pdmp interstate fill', (d) => {
    const t = d.town(); const dt = d.date();
    return [`Interstate query (NH): buprenorphine-naloxone filled at Walmart, ${t} NH on ${dt}, not previously disclosed.`, [t, dt]];
  }],
  // anticoagulation clinic
  ['inr called in by home health nurse', (d) => {
    const g = d.given(); const t = d.town(); const s = d.short();
    return [`INR called in by ${g} from ${t} VNA at ${d.time()} on ${s}: INR 3.4. Pt denies bleeding.`, [g, t, s]];
  }],
  ['inr recheck next weekday', (d) => {
    const wd = d.pick(WEEKDAYS); const s = d.short();
    return [`Hold tonight's dose, then resume 5 mg daily. Recheck INR next ${wd} (${s}).`, [wd, s]];
  }],
  ['anticoag voicemail to relative', (d) => {
    const [ph, pp] = d.phone(); const rel = d.pick(RELATIVES); const g = d.given();
    return [`Left message at ${ph} for ${rel} ${g} re: new weekly dose of 32.5 mg.`, [pp, g]];
  }],
  ['warfarin started month year at hospital', (d) => {
    const my = d.monthYear(); const h = d.hospital();
    return [`Warfarin started ${my} for paroxysmal AF after admission to ${h}. Goal INR 2.0-3.0.`, [my, h]];
  }],
  ['poc INR meter serial', (d) => {
    const sn = d.serial();
    return [`POC INR via CoaguChek XS (meter SN ${sn}): 2.6. Fingerstick, L ring finger.`, [sn]];
  }],
  ['anticoag clinic pharmacist header', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`ANTICOAGULATION CLINIC - ${g} ${s}, PharmD, CACP\nVisit date: ${dt}   Indication: mechanical AVR`, [g, s, dt]];
  }],
  ['dosing calendar mailed', (d) => {
    const ad = d.address(); const t = d.town(); const s = d.short();
    return [`Dosing calendar mailed to ${ad}, ${t} on ${s}.`, [ad, t, s]];
  }],
  // prior authorization
  ['pa letter RE line', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const m = d.member(); const grp = d.group();
    return [`RE: ${g} ${s}   DOB: ${dob}   Member ID: ${m}   Group #: ${grp}\nRequest: Dupixent 300 mg/2 mL q14 days`, [g, s, dob, m, grp]];
  }],
  ['pa covermymeds key and case', (d) => {
    const key = d.paKey(); const dt = d.date(); const c = d.paCase();
    return [`Submitted via CoverMyMeds, Key: ${key}, on ${dt}; plan PA case #${c}.`, [key, dt, c]];
  }],
  ['pa approved through with reference', (d) => {
    const a = d.mdy(); const b = d.mdy(); const ref = d.paCase();
    return [`APPROVED ${a} through ${b}. Authorization reference: ${ref}. Quantity limit 2 pens/28 days.`, [a, b, ref]];
  }],
  ['pa appeal fax to reviewer', (d) => {
    const [fx, pf] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Please fax the appeal to Pharmacy Appeals at ${fx}, attn: ${g} ${s}, clinical reviewer.`, [pf, g, s]];
  }],
  ['pa letter signature with clinic and NPI', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.clinic(); const npi = d.npi();
    return [`Sincerely,\n\n${g} ${d.mi()} ${s}, MD\n${c}\nNPI ${npi}`, [g, s, c, npi]];
  }],
  ['pa Medicare MBI with BIN and PCN', (d) => {
    const m = d.mbi();
    return [`Medicare MBI: ${m}   Part D: RxBIN 610014  RxPCN MEDDPRIME  RxGRP PDPIND`, [m]];
  }],
  ['pa step therapy month year ranges', (d) => {
    const a = d.monthYear(); const b = d.monthYear(); const c = d.monthYear();
    return [`Step therapy: failed metformin (${a} - ${b}, GI intolerance) and Jardiance (${c}, recurrent yeast infections), per fill history.`, [a, b, c]];
  }],
  ['insurance card fields', (d) => {
    const m = d.member(); const grp = d.group(); const g = d.given().toUpperCase(); const s = d.sur().toUpperCase();
    return [`Member: ${g} ${s}\nID: ${m}\nRxBIN: 004336  RxPCN: ADV  RxGRP: ${grp}`, [g, s, m, grp]];
  }],
  // pharmacist consults
  ['pharmacy consult for vanco in age over 89', (d) => {
    const s = d.sur(); const n = d.ageOver89();
    return [`Pharmacy consulted by Dr. ${s} for vancomycin dosing in a ${n} yo female, wt 51 kg, SCr 1.1.`, [s, n]];
  }],
  ['vanco trough drawn m/d', (d) => {
    const s = d.short();
    return [`Vancomycin trough drawn ${s} at 05:30 = 14.2 mcg/mL (goal 10-15). Continue 1,250 mg IV q24h.`, [s]];
  }],
  ['pharmacist pager', (d) => {
    const g = d.given(); const s = d.sur(); const p = d.pager();
    return [`Please page ${g} ${s}, PharmD at ${p} with questions. Pharmacy will follow.`, [g, s, p]];
  }],
  ['renal dosing with age over 89', (d) => {
    const n = d.ageOver89();
    return [`CrCl (Cockcroft-Gault) 24 mL/min using age ${n}, actual body weight 48 kg; reduce apixaban to 2.5 mg BID.`, [n]];
  }],
  ['pharmacist ADR note with onset date', (d) => {
    const md = d.monD(); const h = d.hospital();
    return [`Pt developed diffuse rash on ${md} after starting Bactrim DS at ${h}; Naranjo score 6 (probable).`, [md, h]];
  }],
  // specialty pharmacy intake
  ['specialty referral received from clinic', (d) => {
    const dt = d.date(); const c = d.clinic(); const [ph, pp] = d.phone();
    return [`Referral received ${dt} from ${c} (${ph}) for Humira 40 mg/0.4 mL pen q14 days.`, [dt, c, pp]];
  }],
  ['specialty copay card and benefits investigation', (d) => {
    const id = d.digitString(11); const grp = d.group(); const g = d.given(); const s = d.short();
    return [`Copay card ID ${id}, group ${grp}; benefits investigation completed by ${g} on ${s}.`, [id, grp, g, s]];
  }],
  ['specialty delivery scheduled to home', (d) => {
    const wd = d.pick(WEEKDAYS); const s = d.short(); const ad = d.address(); const t = d.town(); const g = d.given(); const su = d.sur();
    return [`Delivery scheduled ${wd} ${s} to ${ad}, ${t}; signature required (${g} ${su}). Cold chain: ship with ice packs.`, [wd, s, ad, t, g, su]];
  }],
  ['specialty TB test at hospital lab', (d) => {
    const [m, dd] = d.md(); const dt = `${MON[m - 1]!} ${dd}, ${d.year()}`; const h = d.hospital();
    return [`QuantiFERON-TB Gold negative ${dt} (${h} lab); hepatitis B surface antigen negative.`, [dt, h]];
  }],
  ['specialty pharmacy intake caller', (d) => {
    const mo = d.pick(MAIL_ORDER); const t = d.town(); const g = d.given(); const [ph, pp] = d.phone();
    return [`Intake call from ${mo} specialty (${t} branch): ${g} requests updated insurance card; callback ${ph}.`, [t, g, pp]];
  }],
  // controlled-substance agreements
  ['csa designated pharmacy', (d) => {
    const [ph, pp] = d.pharmacy();
    return [`I agree to fill my controlled-substance prescriptions at only one pharmacy: ${ph}.`, pp];
  }],
  ['csa signatures and witness', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.mdy(); const g2 = d.given(); const s2 = d.sur();
    return [`Patient: ${g} ${s}   Date: ${dt}\nWitness: ${g2} ${s2}, MA`, [g, s, dt, g2, s2]];
  }],
  ['csa pill count date', (d) => {
    const s = d.short();
    return [`Random pill count on ${s}: 14 tabs remaining (expected 15). UDS sent; results pending.`, [s]];
  }],
  ['csa only prescriber', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`Only Dr. ${s} or the covering provider, ${g} ${s2}, NP, will prescribe opioids for me.`, [s, g, s2]];
  }],
  // infusion center and home infusion
  ['infusion given by RN in chair', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Infusion #5 of Remicade 5 mg/kg (400 mg) given in Chair 7 by ${g} ${s}, RN on ${dt}. Tolerated well.`, [g, s, dt]];
  }],
  ['home infusion pump serial and nurse', (d) => {
    const sn = d.serial(); const g = d.given(); const t = d.town();
    return [`Home infusion: CADD-Solis pump SN ${sn}; nurse ${g} from ${t} VNA changes PICC dressing weekly.`, [sn, g, t]];
  }],
  ['infusion drug lot with expiry', (d) => {
    const lot = d.lot();
    return [`Infliximab-dyyb 100 mg vial x4, lot ${lot} (exp 11/2026), in 250 mL NS over 2 h.`, [lot]];
  }],
  ['home infusion company branch and PICC date', (d) => {
    const co = d.pick(HOME_INFUSION); const t = d.town(); const [ph, pp] = d.phone(); const dt = d.date();
    return [`Home infusion via ${co} of ${t} (ph ${ph}); PICC placed ${dt}, 42 cm, right basilic.`, [t, pp, dt]];
  }],
  ['infusion next appointment', (d) => {
    const wd = d.pick(WEEKDAYS); const md = d.monD();
    return [`Next infusion: ${wd}, ${md} at 08:30 - Ocrevus 600 mg.`, [wd, md]];
  }],
  // vaccine administration records
  ['vaccine row lot and nurse', (d) => {
    const dt = d.mdy(); const lot = d.lot(); const g = d.given(); const s = d.sur();
    return [`${dt}  COVID-19 (Pfizer-BioNTech 2024-25) 0.3 mL IM L deltoid  Lot ${lot}  Given by: ${g} ${s}, RN`, [dt, lot, g, s]];
  }],
  ['vaccine given at pharmacy per registry', (d) => {
    const t = d.town(); const dt = d.date();
    return [`Flu vaccine given at ${d.pick(GROCERS)} pharmacy, ${t}, on ${dt} (per ImmPact registry).`, [t, dt]];
  }],
  ['vaccine VIS given to parent', (d) => {
    const rel = d.pick(['mother', 'father', 'grandmother', 'guardian']); const g = d.given(); const s = d.sur(); const s2 = d.short();
    return [`VIS given to ${rel} ${g} ${s} on ${s2}; consent obtained. Tdap 0.5 mL IM R deltoid.`, [g, s, s2]];
  }],
  ['vaccine registry id and lot', (d) => {
    const id = d.digitString(8); const lot = d.lot();
    return [`State registry ID: ${id}\nShingrix (GSK) dose 2 of 2, lot ${lot}`, [id, lot]];
  }],
  // discharge summary medication list
  ['discharge last dose given m/d', (d) => {
    const s = d.short();
    return [`Apixaban 5 mg PO BID - last dose given ${s} at 09:00; next dose due tonight at 21:00.`, [s]];
  }],
  ['discharge new rx sent to pharmacy', (d) => {
    const [ph, pp] = d.pharmacy();
    return [`New prescriptions sent electronically to ${ph}. Pt aware.`, pp];
  }],
  ['discharge meds to beds from hospital outpatient pharmacy', (d) => {
    const g = d.given(); const h = d.hospital(); const dt = d.date();
    return [`Meds to Beds: delivered by ${g} from the ${h} outpatient pharmacy on ${dt}.`, [g, h, dt]];
  }],
  ['discharge follow-up INR at clinic', (d) => {
    const wd = d.pick(WEEKDAYS); const md = d.monD(); const t = d.town();
    return [`Follow-up INR ${wd}, ${md} at the ${t} Anticoagulation Clinic.`, [wd, md, t]];
  }],
  ['discharge med list age over 89', (d) => {
    const n = d.ageOver89();
    return [`DISCHARGE MEDICATIONS (${n}F, 11 meds; Beers criteria reviewed):\n1. Furosemide 20 mg PO daily`, [n]];
  }],
];

/** The names of the wave's frames. */
export const pharmacyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function pharmacyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 8543, rounds);
}

/** Look-alikes in pharmacy and medication-list style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // drug names that are also names or words
  ['Ativan 1 mg PO q6h PRN anxiety', 'Ativan'], ['Dispensed ella 30 mg tablet x1 for emergency contraception.', 'ella'], ['Yaz 1 tab PO daily', 'Yaz'],
  ['Yasmin 28-day pack, 3 packs', 'Yasmin'], ['Camila 0.35 mg PO daily', 'Camila'], ['Heather 0.35 mg tablet, #84', 'Heather'], ['Errin 0.35 mg daily', 'Errin'],
  ['Nikki 3-0.02 mg tablets, 1 daily', 'Nikki'], ['Hailey 24 Fe 1 tab daily', 'Hailey 24 Fe'], ['Switched from Sprintec to Lyza 0.35 mg', 'Lyza'],
  ['Amethyst continuous OCP', 'Amethyst'], ['Tarina Fe 1/20 EQ', 'Tarina Fe'], ['Lotronex 0.5 mg BID', 'Lotronex'], ['Allegra 180 mg daily', 'Allegra'],
  ['Lyrica 75 mg BID', 'Lyrica'], ['Valium 5 mg PO x1 pre-MRI', 'Valium'], ['Norco 5/325 1 tab q6h PRN, #20', 'Norco'], ['Keppra 500 mg BID', 'Keppra'],
  ['Xarelto 20 mg with supper', 'Xarelto'], ['Eliquis 5 mg BID', 'Eliquis'], ['Brilinta 90 mg BID', 'Brilinta'], ['Jardiance 10 mg daily', 'Jardiance'],
  ['Ozempic 0.5 mg SC weekly', 'Ozempic'], ['Trulicity 1.5 mg/0.5 mL pen weekly', 'Trulicity'], ['Tessalon Perles 100 mg TID PRN cough', 'Tessalon Perles'],
  ['Jantoven (warfarin) 5 mg tablets', 'Jantoven'], ['Coumadin 2.5 mg', 'Coumadin'], ['Humira 40 mg/0.4 mL pen q14 days', 'Humira'], ['Keytruda 200 mg IV q3 weeks', 'Keytruda'],
  ['Entyvio 300 mg IV at weeks 0, 2 and 6', 'Entyvio'], ['Prolia 60 mg SC every 6 months', 'Prolia'], ['Ambien 5 mg qHS PRN', 'Ambien'], ['Sonata 10 mg at bedtime', 'Sonata'],
  ['Suboxone 8 mg/2 mg film SL BID', 'Suboxone'], ['Narcan 4 mg nasal spray, #2', 'Narcan'], ['Senna 8.6 mg 2 tabs qHS', 'Senna'], ['Miralax 17 g in 8 oz water daily', 'Miralax'],
  ['Boost Plus 1 bottle TID with meals', 'Boost Plus'], ['Ensure 1 can BID', 'Ensure'], ['Latuda 40 mg with dinner', 'Latuda'], ['Evenity 210 mg SC monthly x12', 'Evenity'],
  ['Nurtec ODT 75 mg PRN migraine', 'Nurtec'], ['Lantus SoloStar pen 24 units qHS', 'SoloStar'],
  // eponym preparations and scores
  ["Lugol's solution 5 drops TID", "Lugol's"], ["Lactated Ringer's 1000 mL bolus", "Ringer's"], ["Dakin's solution quarter strength", "Dakin's"], ["Burow's solution soaks BID", "Burow's"],
  ['Unna boot applied to the left leg', 'Unna boot'], ['Fleet enema x1', 'Fleet'], ['Beers criteria: avoid diphenhydramine', 'Beers criteria'], ['Naranjo score 6 (probable ADR)', 'Naranjo'],
  ['CrCl by Cockcroft-Gault 42 mL/min', 'Cockcroft-Gault'], ['CHA2DS2-VASc 4, HAS-BLED 2', 'HAS-BLED 2'], ['COWS score 11', 'COWS score 11'], ['CIWA-Ar 8', 'CIWA-Ar 8'],
  ['Magic mouthwash (Maalox/diphenhydramine/lidocaine 1:1:1)', '1:1:1'],
  // strengths, doses, sigs, quantities
  ['Take 1 tablet by mouth every 8 hours as needed for pain', 'every 8 hours'], ['Sig: 1 tab PO BID', '1 tab PO BID'], ['ondansetron 4 mg q8h PRN', 'q8h PRN'],
  ['Tdap 0.5 mL IM', '0.5 mL'], ['epinephrine 1:1000, 0.3 mg IM', '1:1000'], ['Qty: #30 (thirty)', '#30'], ['x3 refills', 'x3 refills'], ['Days supply: 90', 'Days supply: 90'],
  ['albuterol 2 puffs q4-6h PRN', 'q4-6h'], ['Heparin 5,000 units SC q8h', '5,000 units'], ['Sliding scale: 151-200 give 2 units', '151-200'],
  ['Prednisone taper: 40 mg x 3 days, 30 mg x 3 days, 20 mg x 3 days', '30 mg x 3 days'], ['Vancomycin 1,250 mg IV q12h', '1,250 mg'], ['Infuse at 125 mL/hr over 90 min', '125 mL/hr'],
  ['MME 45/day', 'MME 45'], ['Refill #2 of 5', 'Refill #2 of 5'], ['Infusion 4 of 8', '4 of 8'], ['Seated in Chair 7', 'Chair 7'], ['Dose given at 09:00', '09:00'],
  // INR values, ranges, schedules
  ['INR 2.4 (goal 2.0-3.0)', '2.0-3.0'], ['INR 3.6 today', '3.6'], ['Weekly dose 37.5 mg (was 35 mg), +7%', '37.5 mg'], ['Time in therapeutic range 68%', '68%'],
  ['Warfarin 5 mg Mon/Wed/Fri, 2.5 mg all other days', 'Mon/Wed/Fri'], ['Methotrexate 15 mg PO every Saturday', 'Saturday'], ['Take 7.5 mg on Tuesdays and Thursdays', 'Tuesdays and Thursdays'],
  ['Alendronate 70 mg weekly on Sunday mornings', 'Sunday'],
  // DEA schedules and codes
  ['Oxycodone is a C-II controlled substance', 'C-II'], ['Lorazepam (Schedule IV)', 'Schedule IV'], ['NDC 0093-7146-56', '0093-7146-56'], ['NDC 59762-3304-1', '59762-3304-1'],
  ['NDC 00006-0749-54', '00006-0749-54'], ['RxBIN 610014', '610014'], ['RxPCN MEDDPRIME', 'MEDDPRIME'], ['BIN 004336 PCN ADV', '004336'], ['J1745 infliximab, 40 units', 'J1745'],
  ['CVX 208', 'CVX 208'], ['CPT 90686', '90686'], ['ICD-10 Z79.01 long-term anticoagulant use', 'Z79.01'],
  // manufacturers, plans, devices
  ['Comirnaty (Pfizer-BioNTech)', 'Pfizer-BioNTech'], ['Spikevax (Moderna) 0.5 mL', 'Moderna'], ['Manufacturer: Sanofi Pasteur', 'Sanofi Pasteur'], ['Generic from Teva', 'Teva'],
  ["Mfr: Dr. Reddy's", "Dr. Reddy's"], ['levothyroxine (Mylan)', 'Mylan'], ['potassium chloride ER (Upsher-Smith)', 'Upsher-Smith'], ['Humalog KwikPen (Eli Lilly)', 'Eli Lilly'],
  ['lisinopril (Breckenridge)', 'Breckenridge'], ['Boehringer Ingelheim patient assistance program', 'Boehringer Ingelheim'], ['Novo Nordisk PAP approved', 'Novo Nordisk'],
  ['Medicare Part D', 'Part D'], ['MassHealth Standard', 'MassHealth'], ['MaineCare covers it', 'MaineCare'], ['Harvard Pilgrim formulary, tier 3', 'Harvard Pilgrim'],
  ['CADD-Solis pump', 'CADD-Solis'], ['CoaguChek XS meter', 'CoaguChek XS'], ['Dexcom G7 sensor', 'Dexcom G7'], ['FreeStyle Libre 3', 'Libre 3'],
  // generic sources, relations, chains without a place
  ['Fill history obtained from the pharmacy.', 'the pharmacy'], ['Switch to mail order for a 90-day supply.', 'mail order'], ['Follow up in the anticoagulation clinic.', 'the anticoagulation clinic'],
  ['Referred to specialty pharmacy.', 'specialty pharmacy'], ['Picked up by daughter.', 'daughter'], ['Any Walgreens can fill this.', 'Walgreens'], ["She fills at Shaw's.", "Shaw's"],
  ['Placed in will-call bin.', 'will-call'], ['Dawn phenomenon on CGM', 'Dawn phenomenon'],
  // ages, years, states
  ['89-year-old woman on 9 medications', '89'], ['72 yo M on warfarin', '72'], ['Influenza vaccine, 2024-2025 season', '2024-2025'], ['Last tetanus in 2016', '2016'],
  ['Maine PMP checked', 'Maine'], ['New Hampshire PDMP', 'New Hampshire'], ['Licensed in Massachusetts', 'Massachusetts'],
];

export const pharmacyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPharmacyKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(pharmacyKeepCases(), find);

export function scorePharmacyWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => pharmacyWaveCases(seed)), find);
}
