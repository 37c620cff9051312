// A blind wave of obstetric, neonatal and pediatric notes: prenatal intake and return visits (LMP, EDD/EDC, dating
// ultrasounds, GBS and glucose results, RhoGAM, planned inductions, prenatal records faxed from outside practices),
// labor and delivery admission notes, delivery notes and summaries (delivering CNM or OB, anesthesia, baby nurse, cord
// blood kits, placenta specimens), newborn nursery notes ('Baby Boy Smith', 'BG Hernandez', 'Twin A of ...', the
// mother's MRN on the baby's chart, birth date and time, newborn screen kits, hearing screen devices, hep B lots,
// circumcision, car seat challenge), NICU transfers, admissions and family updates, social work and DCF/CPS notes,
// foster placements, visiting nurse and WIC referrals, breast pump loans, and pediatric well-child and sick visits,
// school, daycare and sports forms, immunization records and exemption forms, dental homes, pharmacies and parent
// contact lines, in mixed case, ALL CAPS and lower case. Written without reading the engine's rules or any gold data.
// `scorePerinatalWave`.
// Decisions: in 'Baby Boy Smith', 'BG Hernandez' and 'Twin B of Maria Lopez' the surname and the mother's names are
// planted, 'Baby Boy', 'BG' and 'Twin B' are not; a child's, parent's, sibling's, teacher's, coach's, foster parent's
// and caseworker's given name and surname are planted, a title ('Mrs.', 'Coach') and a credential ('CNM', 'MD',
// 'IBCLC') are not; a doctor's surname alone ('Dr. Price') is planted; initials of a vaccinator ('JS RN') are planted.
// Ages of parents and siblings ('28 yo', 'Lily (6)'), gestational ages, ages in days and months and 'day of life 3'
// are kept; an age over 89 (a great-grandmother of 94) is planted. Every date element other than the year is planted
// as written: LMP, EDD/EDC, dating and anatomy scan dates, GBS dates, induction dates, birth dates ('03-02-2024'),
// month and day ('4/15', 'Apr 15th'), ordinal days ('born on the 3rd'), weekdays ('Monday'); the clock time next to
// a date ('@ 0412') is kept. 'Due in mid-March' is a judgment call decided as a date: its month ('March') is planted
// (the 'mid-' need not be covered), as is a month with a year ('March 2023'). A hospital, birth center, pediatric or
// dental practice, WIC office, daycare and school is planted whole with its kind word ('Salem Women's Hospital',
// 'Little Acorns Child Care', 'Lincoln Elementary School'); its town is planted, the state is kept; a street address
// is planted whole with its house number, the ZIP apart; a pharmacy chain's name ('CVS') is kept, its street and
// town planted. MRNs (the baby's and the mother's), accounts, Medicaid and member IDs, vaccine lots, newborn screen
// kit and form numbers, cord blood kits, placenta specimen numbers, hearing screener, breast pump and car seat serials,
// NPI and licence numbers, phones, faxes and e-mail addresses are planted; a phone's leading '(' need not be covered.
// Kept (look-alikes): Apgar scores, gravidity and parity (G2P1102), gestational ages (39w2d, EGA), weights in grams
// and lb/oz, percentiles and growth charts, Ballard, Bishop, Leopold, Nägele, McRoberts, Ritgen, Ortolani and Barlow,
// Moro, Babinski, Brazelton, Finnegan, Denver, M-CHAT, Tanner, Bhutani, Fenton, Kleihauer-Betke, Coombs, cervical
// exams (4/80/-1), drugs and doses (Pitocin, magnesium, RhoGAM, Cervidil, Methergine), blood types, GBS+, NST, BPP
// 8/8, TORCH, vaccine names (DTaP, MMR, Hep B, Pentacel, Vaxelis, Beyfortus), Down syndrome, Erb palsy, instruments
// (Gomco, Mogen, Kiwi, Simpson forceps), 'Mom'/'Dad'/'FOB' without names, 'Twin A', 'Baby Boy', ages in days and
// months, 'day of life 3', hours of life, years alone, grades, CPT and ICD codes, states and countries, generic
// places (L&D, the nursery, the NICU, daycare), everyday words that are also names.
// Measured before rules: 0.806 recall on seeds 5, 11, 23 (2378/2952), 0.794 on fresh seeds 41, 42, 43 (2345/2952); 8/91
// look-alikes touched ("Leopold", "Ortolani and Barlow", "Fenton", "Coombs", "Braxton Hicks", "Duncan", "G2P1102", "Guatemala").
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as ng } from '@faker-js/faker/locale/en_NG';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as br } from '@faker-js/faker/locale/pt_BR';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, mx, mx, br, ca, ng, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Summer', 'Autumn', 'Willow', 'Meadow', 'River', 'Sage', 'Brook', 'Honey', 'Bliss', 'Journey', 'Haven', 'Ruby', 'Pearl', 'Scarlett', 'Hunter', 'Chase', 'Mason', 'Bishop', 'King', 'Major', 'Royal', 'Brave', 'Harmony', 'Serenity', 'Cash', 'Stone'];
const WORD_SUR = ['Price', 'Church', 'Hope', 'Bush', 'Rich', 'Young', 'Best', 'Lamb', 'Fox', 'Crane', 'Swan', 'Nurse', 'Cook', 'Baker', 'Carpenter', 'Mills', 'Banks', 'Waters', 'Rivers', 'Lane', 'Street', 'Day', 'Little', 'Moody', 'Love', 'Sweet', 'Good', 'Wells', 'Bond', 'Sharp'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Bath', 'Salem', 'Union', 'Liberty', 'Hope', 'Harmony', 'Friendship', 'Normal', 'Orange', 'Canton', 'Lebanon', 'Athens', 'Sharon', 'Florence', 'Beverly', 'Marion', 'Chester', 'Milton', 'Warren', 'Berlin', 'Unity', 'Freedom', 'Ware', 'Palmer', 'Story', 'Mercy', 'Ayer', 'Hull'];
const REAL_TOWNS = ['Greenfield', 'Northampton', 'Athol', 'Holyoke', 'Chicopee', 'Westfield', 'Haverhill', 'Methuen', 'Dracut', 'Taunton', 'Brockton', 'Attleboro', 'Laconia', 'Claremont', 'Ithaca', 'Bozeman', 'Oneonta', 'Skowhegan', 'Presque Isle', 'St. Johnsbury', 'Bennington', 'Torrington', 'Willimantic', 'Fall River'];
const STATES = ['MA', 'NH', 'ME', 'VT', 'CT', 'NY', 'Massachusetts', 'Vermont'];
const SAINTS = ['Vincent', 'Mary', 'Luke', 'Elizabeth', 'Joseph', 'Francis', 'Anne', 'Catherine'];
const STREETS = ['Maple', 'Elm', 'Oak', 'Main', 'Pleasant', 'School', 'Church', 'Prospect', 'Union', 'Highland', 'Water', 'Mill', 'Cottage', 'Spring', 'Walnut', 'Chestnut', 'Summer', 'Winter', 'Liberty', 'Grove'];
const STREET_KINDS = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Lane', 'Ln', 'Ct', 'Way', 'Terrace'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const UPPER = 'ABCDEFGHJKLMNPRSTVWXYZ';
const ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const DAYCARES = ['Little Acorns Child Care', 'Sunshine Preschool', 'Tiny Tots Learning Center', 'Kids Korner Daycare', 'Rainbow Montessori', 'Giggles and Wiggles Daycare', 'Busy Bees Early Learning', 'Apple Tree Nursery School'];
const DENTAL = ['Smile Bright Pediatric Dentistry', 'Tooth Fairy Pediatric Dental', 'Kids First Dental', 'Happy Teeth Pediatric Dentistry'];

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
  state(): string {
    return this.pick(STATES);
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.75 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  /** A birth hospital or birth center, named whole. */
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center'])}`;
    if (x < 0.35) return `${this.sur()} Memorial Hospital`;
    return `${this.town()} ${this.pick(['Hospital', "Women's Hospital", 'Medical Center', 'Regional Hospital', 'Birth Center', 'Community Hospital', 'General Hospital'])}`;
  }
  /** A transfer hospital with a NICU. */
  childrens(): string {
    return this.r() < 0.5 ? `${this.town()} Children's Hospital` : this.pick([`Children's Hospital at ${this.town()}`, `${this.sur()} Children's Hospital`, `${this.town()} Medical Center`]);
  }
  /** An OB, midwifery or pediatric practice. */
  practice(kind: 'ob' | 'peds'): string {
    const t = this.town();
    if (kind === 'ob') return this.pick([`Women's Health Associates of ${t}`, `${t} OB/GYN`, `${t} Midwifery`, `${this.sur()} Women's Care`]);
    return this.pick([`${t} Pediatrics`, `Pediatric Associates of ${t}`, `${t} Family Health Center`, `${this.sur()} Pediatrics`]);
  }
  school(): string {
    const x = this.int(0, 4);
    if (x === 0) return `${this.sur()} Elementary School`;
    if (x === 1) return `${this.town()} Middle School`;
    if (x === 2) return `St. ${this.pick(SAINTS)} School`;
    if (x === 3) return `${this.sur()} Elementary`;
    return `${this.town()} High School`;
  }
  daycare(): string {
    const x = this.r();
    if (x < 0.5) return this.pick(DAYCARES);
    if (x < 0.75) return `Kiddie Academy of ${this.town()}`;
    return `${this.given()}'s Family Daycare`;
  }
  street(): string {
    return `${this.int(2, 998)} ${this.pick(STREETS)} ${this.pick(STREET_KINDS)}`;
  }
  zip(): string {
    return `0${this.digitString(4)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'mom';
    const b = asciiLetters(s) || 'family';
    return this.pick([`${a}.${b}${this.int(1, 99)}@gmail.com`, `${a}${b}@yahoo.com`, `${a.charAt(0)}${b}${this.int(80, 99)}@hotmail.com`, `${b}family@comcast.net`]);
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  /** A month and a day without a year, in the forms notes use. */
  monthDay(): string {
    const [m, d] = this.md();
    switch (this.int(0, 5)) {
      case 0: return `${m}/${d}`;
      case 1: return `${pad2(m)}/${pad2(d)}`;
      case 2: return `${MON[m - 1]!} ${d}`;
      case 3: return `${MONTHS[m - 1]!} ${ordinal(d)}`;
      case 4: return `${m}-${d}`;
      default: return `${MONTHS[m - 1]!} ${d}`;
    }
  }
  /** A full date in one of the forms notes use. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const yy = pad2(y % 100);
    switch (this.int(0, 8)) {
      case 0: return `${pad2(m)}/${pad2(d)}/${y}`;
      case 1: return `${m}/${d}/${yy}`;
      case 2: return `${pad2(m)}-${pad2(d)}-${y}`;
      case 3: return `${MON[m - 1]!} ${d}, ${y}`;
      case 4: return `${MONTHS[m - 1]!} ${d}, ${y}`;
      case 5: return `${y}-${pad2(m)}-${pad2(d)}`;
      case 6: return `${pad2(d)}${MON[m - 1]!.toUpperCase()}${y}`;
      case 7: return `${d} ${MON[m - 1]!} ${y}`;
      default: return `${m}/${d}/${y}`;
    }
  }
  /** A date or a month-day, evenly. */
  anyDate(): string {
    return this.r() < 0.5 ? this.date() : this.monthDay();
  }
  /** A 24-hour clock time as L&D writes it ('0412'). */
  hhmm(): string {
    return `${pad2(this.int(0, 23))}${pad2(this.int(0, 59))}`;
  }
  /** A vaccine or biologic lot number. */
  lot(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.lettersOf(UPPER, 2)}${this.digitString(3)}${this.lettersOf(UPPER, 2)}`;
    if (k === 1) return `${this.lettersOf(UPPER, 1)}${this.digitString(6)}`;
    if (k === 2) return `AC${this.digitString(2)}B${this.digitString(3)}${this.lettersOf(UPPER, 2)}`;
    if (k === 3) return `${this.int(1, 9)}${this.lettersOf(UPPER, 1)}${this.int(1, 9)}${this.lettersOf(UPPER, 2)}`;
    return `${this.lettersOf(UPPER, 2)}${this.digitString(4)}`;
  }
  /** A newborn screen kit or form number. */
  kit(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(8, 10));
    if (k === 1) return `${pad2(this.int(15, 25))}-${this.digitString(6)}`;
    return `${this.lettersOf(UPPER, 1)}${this.digitString(7)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.lettersOf(UPPER, 2)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 11));
    if (k === 2) return `${this.digitString(4)}-${this.digitString(4)}`;
    return this.lettersOf(ALNUM, 10);
  }
  /** 'Dr. First Last' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${s}, DO`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
  /** A midwife or OB with a credential. */
  deliverer(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const cred = this.pick(['CNM', 'MD', 'DO', 'CNM, MSN', 'MD, FACOG']);
    return [`${g} ${s}, ${cred}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // prenatal visits
  ['prenatal intake LMP and EDD', (d) => {
    const lmp = d.date(); const edd = d.anyDate();
    return [`OB INTAKE\n${d.int(19, 41)} yo G${d.int(1, 5)}P${d.int(0, 3)}00${d.int(0, 3)} at ${d.int(6, 13)}w${d.int(0, 6)}d by LMP ${lmp}, EDD ${edd}.`, [lmp, edd]];
  }],
  ['dating ultrasound and EDC', (d) => {
    const us1 = d.monthDay(); const edc = d.date();
    return [`Dating US ${us1}: SIUP, CRL c/w ${d.int(7, 11)}w${d.int(0, 6)}d, FHR 160s. EDC ${edc} (by US, >7d discrepancy from LMP).`, [us1, edc]];
  }],
  ['prenatal header LAST, FIRST with DOB and MRN', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = `${pad2(d.int(1, 12))}/${pad2(d.int(1, 28))}/${d.int(1982, 2006)}`; const mrn = d.mrn();
    return [`Patient: ${s}, ${g}\nDOB: ${dob}   MRN: ${mrn}\nVisit type: Return OB, ${d.int(14, 40)}w`, [s, g, dob, mrn]];
  }],
  ['FOB named with age', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Social: FOB is ${g} ${s}, ${d.int(19, 45)}, involved and supportive. Lives with pt and her ${d.int(2, 9)} yo son.`, [g, s]];
  }],
  ['GBS collected and resulted', (d) => {
    const a = d.monthDay(); const b = d.monthDay();
    return [`GBS swab collected ${a} at 36w1d, resulted POSITIVE ${b}; PCN allergy: none. Plan PCN G in labor.`, [a, b]];
  }],
  ['planned induction at hospital', (d) => {
    const dt = d.anyDate(); const h = d.hospital();
    return [`IOL scheduled for ${dt} at 2000 at ${h} for postdates; Cervidil overnight then Pitocin.`, [dt, h]];
  }],
  ['seen by midwife RTC', (d) => {
    const [who, p] = d.deliverer(); const wd = d.pick(WEEKDAYS);
    return [`Seen today by ${who}. NST reactive, AFI 11. RTC ${wd} for BPP.`, [...p, wd]];
  }],
  ['RhoGAM given with lot', (d) => {
    const dt = d.date(); const lot = d.lot();
    return [`Rh negative, antibody screen neg. RhoGAM 300 mcg IM given ${dt} at 28w, lot ${lot}.`, [dt, lot]];
  }],
  ['glucose tolerance weekday and date', (d) => {
    const a = d.monthDay(); const wd = d.pick(WEEKDAYS); const b = d.monthDay();
    return [`1 hr GTT ${a}: 148 (failed). 3 hr GTT scheduled ${wd} ${b}, fasting after midnight.`, [a, wd, b]];
  }],
  ['due in mid-month with records from Dr in town', (d) => {
    const m = d.pick(MONTHS); const s = d.sur(); const t = d.town();
    return [`Transfer of care: pt states she is due in mid-${m}. Prenatal records requested from Dr. ${s}'s office in ${t}.`, [m, s, t]];
  }],
  ['NIPT drawn and sister with Down syndrome', (d) => {
    const dt = d.monthDay(); const g = d.given();
    return [`NIPT drawn ${dt}: low risk, female. Pt's sister ${g} (${d.int(14, 35)}) has Down syndrome; genetic counseling offered.`, [dt, g]];
  }],
  ['prenatal records faxed from practice', (d) => {
    const pr = d.practice('ob'); const [f, fp] = d.phone();
    return [`Prenatal records received by fax from ${pr} (fax ${f}); blood type O+, rubella immune, HIV neg.`, [pr, fp]];
  }],
  ['prior delivery at outside hospital', (d) => {
    const h = d.hospital(); const t = d.town();
    return [`OB hx: ${d.int(2012, 2023)} SVD at ${h} in ${t}, ${d.int(5, 9)} lb ${d.int(0, 15)} oz boy, uncomplicated.`, [h, t]];
  }],
  ['anatomy scan month year', (d) => {
    const my = `${d.pick(MONTHS)} ${d.year()}`; const s = d.sur();
    return [`Anatomy scan ${my} at MFM (Dr. ${s}): EFW 48th %ile, posterior placenta, no previa.`, [my, s]];
  }],
  // labor and delivery
  ['L&D admission with SROM date and time', (d) => {
    const a = d.monthDay(); const b = d.monthDay();
    return [`L&D ADMIT: ${d.int(18, 42)} yo G2P1001 at 39w2d presents ${a} at ${d.hhmm()} with SROM at ${d.hhmm()} on ${b}, clear fluid. SVE 4/80/-1.`, [a, b]];
  }],
  ['delivery note date @ time and deliverer', (d) => {
    const dt = d.date(); const [who, p] = d.doctor();
    return [`Viable ${d.pick(['female', 'male'])} infant delivered via NSVD on ${dt} @ ${d.hhmm()} by ${who}. Apgars 8/9. Wt 3420 g.`, [dt, ...p]];
  }],
  ['delivery summary providers', (d) => {
    const [a, pa] = d.deliverer(); const s = d.sur();
    return [`DELIVERY SUMMARY\nDelivering provider: ${a}\nAttending: Dr. ${s}\nEBL 350 mL, 2nd degree laceration repaired.`, [...pa, s]];
  }],
  ['epidural placed by anesthesia', (d) => {
    const s = d.sur(); const g = d.given();
    return [`Epidural placed by Dr. ${s} (anesthesia) at ${d.hhmm()}; pt comfortable. RN ${g} at bedside.`, [s, g]];
  }],
  ['cesarean surgeon and assistant', (d) => {
    const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur();
    return [`Primary LTCS for arrest of dilation.\nSurgeon: ${doc}\nAssistant: ${g} ${s}, CNM\nPfannenstiel incision.`, [...p, g, s]];
  }],
  ['L&D and baby nurse', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`L&D RN: ${g} ${s}\nBaby RN: ${g2} ${s2}\nPeds present at delivery for meconium.`, [g, s, g2, s2]];
  }],
  ['cord blood kit number', (d) => {
    const k = d.kit(); const g = d.given();
    return [`Cord blood collected for private banking per parents; kit #${k} given to FOB ${g} for courier.`, [k, g]];
  }],
  ['placenta to pathology specimen', (d) => {
    const sp = `S${pad2(d.int(15, 25))}-${d.digitString(5)}`; const dt = d.monthDay();
    return [`Placenta sent to pathology (${sp}) for chorioamnionitis; received ${dt}. 3-vessel cord.`, [sp, dt]];
  }],
  ['Pitocin started date', (d) => {
    const dt = d.anyDate();
    return [`Pitocin started ${dt} at 0800 per low-dose protocol, 2 mU/min, titrate q30 min. Cat I tracing.`, [dt]];
  }],
  ['birth certificate worksheet', (d) => {
    const mg = d.given(); const maiden = d.sur(); const fg = d.given(); const fs = d.sur(); const h = d.hospital(); const t = d.town();
    return [`BIRTH CERTIFICATE WORKSHEET\nMother's maiden name: ${mg} ${maiden}\nFather: ${fg} ${fs}\nPlace of birth: ${h}, ${t}, ${d.state()}`, [mg, maiden, fg, fs, h, t]];
  }],
  // newborn nursery and NICU
  ['Baby Boy surname with mother name and MRN', (d) => {
    const s = d.sur(); const mrn = d.mrn(); const mg = d.given(); const ms = d.sur(); const mm = d.mrn();
    return [`Baby Boy ${s}   MRN ${mrn}\nMother: ${mg} ${ms} (MRN ${mm})\nNewborn nursery admission`, [s, mrn, mg, ms, mm]];
  }],
  ['BG surname DOB @ time', (d) => {
    const s = d.sur().toUpperCase(); const dob = d.date();
    return [`BG ${s}\nDOB: ${dob} @ ${d.hhmm()}\nGA 38w4d, BW 3.12 kg (45th %ile)`, [s, dob]];
  }],
  ['Twin B of mother', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Twin B of ${g} ${s}, born ${d.int(1, 9)} min after Twin A via vaginal breech extraction; Apgars 6/8.`, [g, s]];
  }],
  ['newborn H&P maternal history', (d) => {
    const mrn = d.mrn(); const dt = d.monthDay();
    return [`Maternal hx: ${d.int(17, 44)} yo G1P0 (MRN ${mrn}), blood type A+, GBS neg ${dt}, ROM 14 hr, no maternal fever.`, [mrn, dt]];
  }],
  ['newborn screen kit collected', (d) => {
    const dt = d.monthDay(); const k = d.kit();
    return [`Newborn screen #1 collected ${dt} at 0600 (>24 HOL), kit # ${k}, sent to state lab.`, [dt, k]];
  }],
  ['hearing screen device serial', (d) => {
    const dt = d.anyDate(); const sn = d.serial();
    return [`AABR hearing screen: PASS bilaterally ${dt} (ALGO 5, SN ${sn}).`, [dt, sn]];
  }],
  ['hep B given with lot', (d) => {
    const dt = d.date(); const lot = d.lot(); const i = d.initials();
    return [`Hep B vaccine (Engerix-B 10 mcg/0.5 mL) IM R thigh ${dt}, lot ${lot}, VIS given. ${i} RN`, [dt, lot, i]];
  }],
  ['NICU transfer to children\'s hospital in town', (d) => {
    const h = d.childrens(); const t = d.town();
    return [`Transferred to NICU at ${h}, ${t} via transport team on DOL 1 for respiratory distress, on CPAP +6.`, [h, t]];
  }],
  ['NICU daily mom visited', (d) => {
    const g = d.given(); const g2 = d.given();
    return [`NICU PROGRESS: DOL 5, CGA 34w1d. Mom (${g}) visited overnight and did kangaroo care; Dad (${g2}) called for update.`, [g, g2]];
  }],
  ['nursery discharge follow up with practice', (d) => {
    const s = d.sur(); const pr = d.practice('peds'); const [ph, p] = d.phone();
    return [`Follow up with Dr. ${s} at ${pr} in 48 hrs for weight and bili check, ${ph}.`, [s, pr, p]];
  }],
  ['circumcision by Dr on date', (d) => {
    const dt = d.monthDay(); const s = d.sur();
    return [`Circumcision performed ${dt} by Dr. ${s} with Gomco 1.3 clamp after DPNB; EBL minimal.`, [dt, s]];
  }],
  ['car seat challenge and seat serial', (d) => {
    const dt = d.anyDate(); const sn = d.serial();
    return [`Car seat challenge PASSED ${dt}, 90 min in own seat without events (Graco SnugRide, serial ${sn}).`, [dt, sn]];
  }],
  ['social work DCF caseworker phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const dt = d.monthDay();
    return [`SW note: DCF caseworker ${g} ${s} (${ph}) notified; 51A filed ${dt} for maternal substance use.`, [g, s, p, dt]];
  }],
  ['discharge to foster parents of town', (d) => {
    const g = d.given(); const g2 = d.given(); const s = d.sur(); const t = d.town();
    return [`Infant discharged to foster parents ${g} and ${g2} ${s} of ${t} per CPS plan.`, [g, g2, s, t]];
  }],
  ['breast pump loan serial', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur();
    return [`Hospital-grade pump (Medela Symphony, SN ${sn}) loaned to mother. Lactation: ${g} ${s}, IBCLC.`, [sn, g, s]];
  }],
  ['visiting nurse home address', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone();
    return [`VNA referral for newborn weight check:\n${st}, Apt ${d.int(1, 12)}\n${t}, ${d.state()} ${z}\nCell: ${ph}`, [st, t, z, p]];
  }],
  ['WIC office town and appointment', (d) => {
    const t = d.town(); const dt = d.monthDay();
    return [`Enrolled in WIC through the ${t} WIC office; next appt ${dt} for formula voucher (Similac Sensitive).`, [t, dt]];
  }],
  ['born on the ordinal at home', (d) => {
    const a = d.int(1, 26); const o1 = ordinal(a); const o2 = ordinal(a + 2);
    return [`Baby was born on the ${o1} at home with a lay midwife; brought to ED on the ${o2} for jaundice, TSB 17.2.`, [o1, o2]];
  }],
  ['mother Medicaid ID on baby chart', (d) => {
    const id = d.digitString(12); const acct = d.digitString(d.int(8, 10));
    return [`Insurance: MassHealth ID ${id} (mother's), newborn to be added. Acct #: ${acct}`, [id, acct]];
  }],
  // pediatric well-child and sick visits
  ['well child accompanied by mother and sister', (d) => {
    const g = d.given(); const g2 = d.given();
    return [`4 MONTH WCC. Accompanied by mother (${g}) and sister ${g2} (${d.int(3, 12)}). Growth along 50th %ile on CDC chart.`, [g, g2]];
  }],
  ['attends daycare in town', (d) => {
    const dc = d.daycare(); const t = d.town();
    return [`Attends ${dc} in ${t} 3 days/week; two kids in class with similar URI sx.`, [dc, t]];
  }],
  ['school form teacher', (d) => {
    const sc = d.school(); const s = d.sur();
    return [`School: ${sc}   Grade: ${d.int(1, 5)}   Teacher: Mrs. ${s}\nConcerns: inattention in class.`, [sc, s]];
  }],
  ['sports physical coach', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school();
    return [`Cleared for full participation in soccer at ${sc}. Coach ${g} ${s} aware of asthma action plan.`, [g, s, sc]];
  }],
  ['immunization record row', (d) => {
    const dt = `${pad2(d.int(1, 12))}/${pad2(d.int(1, 28))}/${d.year()}`; const lot = d.lot(); const i = d.initials();
    return [`DTaP-IPV-Hib (Pentacel) #3   ${dt}   Sanofi   Lot ${lot}   L thigh IM   Given by: ${i} RN`, [dt, lot, i]];
  }],
  ['Vaxelis and PCV lots', (d) => {
    const a = d.lot(); const b = d.lot(); const dt = d.anyDate();
    return [`Vaxelis lot ${a} and PCV20 lot ${b} given ${dt}; tolerated well, observed 15 min.`, [a, b, dt]];
  }],
  ['sick visit seen at urgent care in town', (d) => {
    const wd = d.pick(WEEKDAYS); const t = d.town();
    return [`Seen ${wd} at urgent care in ${t} for fever to 103.1, dx AOM, started amoxicillin 90 mg/kg/day.`, [wd, t]];
  }],
  ['Rx sent to pharmacy on street in town', (d) => {
    const st = `${d.pick(STREETS)} ${d.pick(['St', 'Street', 'Ave'])}`; const t = d.town();
    return [`Rx amoxicillin 400 mg/5 mL sent to CVS on ${st} in ${t}.`, [st, t]];
  }],
  ['parent contact phone and email', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const em = d.email(d.given(), d.sur());
    return [`Parent/guardian: ${g} ${s} (mother)\nCell: ${ph}\nEmail: ${em}`, [g, s, p, em]];
  }],
  ['sibling sick with age', (d) => {
    const g = d.given(); const dt = d.monthDay();
    return [`Brother ${g} (${d.int(2, 10)} yo) had similar sx last week, strep + on ${dt}.`, [g, dt]];
  }],
  ['dental home Dr at practice in town', (d) => {
    const s = d.sur(); const dp = d.pick(DENTAL); const t = d.town();
    return [`Dental home: Dr. ${s} at ${dp} in ${t}; fluoride varnish applied today.`, [s, dp, t]];
  }],
  ['birth history in peds note', (d) => {
    const h = d.hospital(); const t = d.town();
    return [`Birth hx: born at 37w at ${h} in ${t} via C/S for breech, BW 2.9 kg, no NICU stay.`, [h, t]];
  }],
  ['daycare return letter with child name', (d) => {
    const g = d.given(); const s = d.sur(); const dc = d.daycare(); const wd = d.pick(WEEKDAYS); const dt = d.monthDay();
    return [`To whom it may concern: ${g} ${s} was seen in our office today and may return to ${dc} on ${wd} ${dt}.`, [g, s, dc, wd, dt]];
  }],
  ['exemption form signed with NPI', (d) => {
    const dt = d.date(); const npi = d.digitString(10); const [doc, p] = d.doctor();
    return [`Medical exemption (MMR) signed ${dt} by ${doc}, NPI ${npi}.`, [dt, npi, ...p]];
  }],
  ['great-grandmother over 89 in home', (d) => {
    const n = String(d.int(90, 103)); const g = d.given();
    return [`Social: lives with parents, grandmother ${g}, and great-grandmother (${n} yo); no smokers in home.`, [g, n]];
  }],
  ['child header DOB age in months', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.date(); const mrn = d.mrn();
    return [`${s}, ${g}   DOB ${dob}   ${d.int(2, 23)} mo   MRN ${mrn}\nSick visit: cough x 5 days`, [s, g, dob, mrn]];
  }],
  ['teacher called by phone', (d) => {
    const s = d.sur(); const [ph, p] = d.phone();
    return [`Spoke with teacher Ms. ${s} at ${ph} re: Vanderbilt forms; will fax back.`, [s, p]];
  }],
  ['ED referral to children\'s hospital', (d) => {
    const h = d.childrens(); const dt = d.monthDay();
    return [`Sent to ${h} ED ${dt} for IV fluids; mom to call with update.`, [h, dt]];
  }],
  ['state licence number of CPM', (d) => {
    const g = d.given(); const s = d.sur(); const lic = `${d.pick(['CPM', 'LM', 'RN'])}${d.digitString(6)}`;
    return [`Home birth attended by ${g} ${s}, CPM (license ${lic}); records faxed.`, [g, s, lic]];
  }],
];

/** The names of the wave's frames. */
export const perinatalFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function perinatalWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 107, rounds);
}

/** Look-alikes in obstetric, neonatal and pediatric style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // scores, scales and exams named for people
  ['Apgars 8/9 at 1 and 5 minutes.', '8/9'], ['Apgar score 7 at 1 minute', 'Apgar'], ['New Ballard score consistent with 38 weeks.', 'Ballard'], ['Bishop score 8, favorable cervix.', 'Bishop'],
  ['Leopold maneuvers: vertex, EFW 7 lb.', 'Leopold'], ['EDD by Nägele rule', 'Nägele'], ['McRoberts maneuver and suprapubic pressure for shoulder dystocia', 'McRoberts'], ['Modified Ritgen maneuver used.', 'Ritgen'],
  ['Ortolani and Barlow negative bilaterally.', 'Ortolani and Barlow'], ['Moro reflex symmetric.', 'Moro'], ['Babinski upgoing, normal for age.', 'Babinski'], ['Brazelton assessment reviewed with parents.', 'Brazelton'],
  ['Finnegan score 6, 8, 7', 'Finnegan'], ['Denver II: passes all items.', 'Denver II'], ['M-CHAT-R low risk (score 1).', 'M-CHAT-R'], ['Tanner stage 2 breast development.', 'Tanner stage 2'],
  ['Bili 11.2 at 40 HOL, low-intermediate risk zone on the Bhutani nomogram.', 'Bhutani'], ['Plotted on the Fenton growth chart.', 'Fenton'], ['Kleihauer-Betke sent.', 'Kleihauer-Betke'], ['Direct Coombs negative.', 'Coombs'],
  ['Silverman score 2', 'Silverman'], ['Erb palsy of the right arm', 'Erb'], ['Epstein pearls on palate', 'Epstein'], ['Mongolian spots over sacrum', 'Mongolian'], ['Braxton Hicks contractions', 'Braxton Hicks'],
  ['Simpson forceps applied, OA position', 'Simpson forceps'], ['Kiwi vacuum, 2 pulls, no pop-offs', 'Kiwi'], ['Mogen clamp circumcision', 'Mogen'], ['Gomco 1.3 used', 'Gomco'], ['Duncan placenta delivered intact', 'Duncan'],
  // obstetric numbers, gestational ages, weights
  ['G2P1102', 'G2P1102'], ['GA 39w2d', '39w2d'], ['EGA 38 4/7 weeks', '38 4/7'], ['SVE 4/80/-1', '4/80/-1'], ['Cervix 6/90/0, AROM clear.', '6/90/0'], ['BW 3420 g', '3420 g'],
  ['7 lb 8 oz', '7 lb 8 oz'], ['Weight 50th percentile', '50th percentile'], ['HC 34.5 cm (45th %ile)', '34.5 cm'], ['BPP 8/8', 'BPP 8/8'], ['NST reactive', 'NST reactive'], ['FHT 140s, moderate variability', '140s'],
  ['AFI 12.4 cm', '12.4 cm'], ['1 hr GTT 142', '142'], ['TcB 9.8 at 36 HOL', '36 HOL'], ['QBL 650 mL', '650 mL'], ['Hgb 10.9', '10.9'],
  // drugs and doses, blood types, infections
  ['Pitocin 2 mU/min', 'Pitocin'], ['Magnesium sulfate 4 g bolus then 2 g/hr', 'Magnesium sulfate'], ['Rh(D) negative', 'Rh(D)'], ['RhoGAM 300 mcg IM', 'RhoGAM'], ['GBS+ on culture', 'GBS+'],
  ['TORCH titers pending', 'TORCH'], ['Cervidil 10 mg placed', 'Cervidil'], ['Methergine 0.2 mg IM', 'Methergine'], ['Cytotec 25 mcg PV', 'Cytotec'], ['Vitamin K 1 mg IM and erythromycin ointment given', 'Vitamin K 1 mg'],
  ['Blood type O+, antibody screen negative', 'O+'], ['Beyfortus 50 mg IM', 'Beyfortus'],
  // vaccines and screens
  ['DTaP #4 due', 'DTaP'], ['MMR and varicella at 12 months', 'MMR'], ['Hep B #1 given in nursery', 'Hep B'], ['Pentacel #2', 'Pentacel'], ['Vaxelis #3', 'Vaxelis'], ['Tdap given at 28 weeks', 'Tdap'],
  ['Plotted on the CDC growth chart.', 'CDC growth chart'], ['CCHD screen passed (99%/98%).', '99%/98%'],
  // diagnoses and everyday words that are names
  ['Down syndrome', 'Down'], ['Parents hope to exclusively breastfeed.', 'hope'], ['Mom will call with any concerns.', 'will'], ['Grace period for the school form.', 'Grace'], ['Faith-based daycare preferred.', 'Faith'],
  ['Baby Boy in the nursery', 'Baby Boy'], ['Twin A delivered vertex.', 'Twin A'],
  // relations without names, ages, day of life, years, grades, codes
  ['Mom at bedside, Dad at work.', 'Mom'], ['FOB involved.', 'FOB'], ['4 month old well visit', '4 month'], ['Infant is day of life 3.', 'day of life 3'], ['Mother is a 34 yo G3P2002.', '34'],
  ['Sister is 6 years old.', '6 years old'], ['Prior C/S in 2019.', '2019'], ['Currently in Grade 3.', 'Grade 3'], ['CPT 99391', '99391'], ['ICD-10 Z00.129', 'Z00.129'], ['Z38.00 single liveborn, vaginal delivery', 'Z38.00'],
  // generic places, states and countries
  ['Transferred to the NICU.', 'the NICU'], ['Back to L&D for monitoring.', 'L&D'], ['Rooming in, moved to the nursery overnight.', 'the nursery'], ['Out of daycare for 24 hours.', 'daycare'],
  ['Family recently moved from Vermont.', 'Vermont'], ['Mother emigrated from Guatemala.', 'Guatemala'],
];

export const perinatalKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedPerinatalKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(perinatalKeepCases(), find);

export function scorePerinatalWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => perinatalWaveCases(seed)), find);
}
