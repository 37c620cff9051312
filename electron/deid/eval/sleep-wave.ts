// A blind wave of sleep medicine documents: in-lab polysomnography reports (the sleep center, the patient's header with
// date of birth and record number, the study number and night, the referring and interpreting physicians, the scoring
// technologist and their registry certificate number, the amplifier's serial), home sleep apnea test dispatch and
// return logs (the recorder's serial, the pickup day, the technologist's initials, nights slept away from home in a
// named town), CPAP and BiPAP titration reports and technologists' overnight logs (times of night, the on-call
// physician called, the bed partner who dropped the patient off, equipment swapped with its serial, the morning
// hand-off), DME supplier orders, deliveries and compliance downloads (the supplier with its address, phone and fax,
// order, account and tracking numbers, device, humidifier and modem serials and IMEIs, AirView and Care Orchestrator
// patient IDs, compliance windows, recall registrations, SSNs and Medicare numbers on intake forms), MSLT and MWT
// reports (nap times, urine drug screens with their accessions, the employer or airline that asked for the test),
// sleep diaries and actigraphy (weekdays, weeks, holidays, the actigraph's serial), insurance prior authorizations,
// peer-to-peer reviews and appeals (member, authorization, reference and case numbers, the reviewer, fax covers),
// sleep clinic notes (referrals from a named practice, bed partners named with the relation, drowsy driving on a
// holiday, narcolepsy REMS enrollment, hypoglossal nerve stimulator implants with their serials, telehealth IPs,
// portal links and patient e-mails), commercial driver (DOT) fitness letters (the driver's CDL number, the medical
// examiner and their National Registry number, the carrier and its fleet unit, the safety manager, DMV medical review
// cases), pediatric studies (the child and parent), and letters with address blocks, in mixed case, ALL CAPS and lower
// case. Dates are written in every form sleep centers, suppliers and payers use ('03/04/2023', '3/4/23', '4 March
// 2023', '2023-03-04', '04-MAR-2023', 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2019', 'Thanksgiving'). Given names
// and surnames are often everyday words (Dawn, Rocky, Bill, Faith, Stone, Hill, Rest, Knight) and towns are often
// everyday words (Liberty, Hope, Comfort, Harmony, Dreamland). A list of look-alikes in the same style must not be
// touched. Written without reading the engine's rules or any gold data. `scoreSleepWave`.
// Decisions: a person's given name and surname are planted (patients, children, parents, bed partners, physicians,
// technologists, respiratory therapists, reviewers, medical examiners, safety managers), with a title or without; a
// title ('Dr.', 'Mrs.') and a credential ('MD', 'RPSGT', 'RRT', 'CCSH', 'DABSM') are not, nor a middle initial; a
// technologist's initials that sign a log are planted; a sleep center, a hospital, a DME supplier, a referring
// practice, an occupational health clinic, a trucking carrier and an employer are planted whole with their kind words
// ('Liberty Sleep Disorders Center', 'Stone Respiratory Care', 'Harmony Freight Lines'), while a national supplier, a
// payer, a utilization manager or a device maker named alone ('Apria', 'Aetna', 'eviCore', 'ResMed') is kept; a town
// is planted, a state is kept; a street address is planted from its number to its street type, a suite is not, a ZIP
// is planted; every date element but the year is planted: a full date, a month and day, a month with a year, a
// weekday naming one day, an ordinal day and a holiday that fixes a day; a weekday written with its date is planted
// as one part; in an ISO export only the date is planted; a time of night ('02:14', '11:40 pm', 'lights out 22:41'),
// a nap number, a bed or room number and a standing shift ('works nights 7p-7a') are kept; ages over 89 are planted;
// a study number, a CPAP's, humidifier's, recorder's, actigraph's, amplifier's and stimulator's serial, a modem's IMEI,
// an AirView or Care Orchestrator ID, a REMS ID, an order, account, tracking, member, authorization, reference, appeal
// and DMV case number, a CDL number, a medical licence, an NRCME number, a BRPT certificate number, an NPI, an MBI, an
// SSN, a fleet unit number and a drug screen accession are planted whole; a device's model ('AirSense 11 AutoSet',
// 'DreamStation 2', 'model 3028') is kept; a phone's leading '(' need not be covered; e-mails, portal URLs and IPs are
// planted whole.
// Kept (look-alikes): eponyms and named scales (Epworth, STOP-BANG, Cheyne-Stokes, Kleine-Levin, Mallampati, Friedman
// stage, Brodsky, Willis-Ekbom, Pickwickian, Ondine, Muller, Hering-Breuer, Chiari, Prader-Willi, Pittsburgh Sleep
// Quality Index, Stanford and Karolinska scales, Berlin questionnaire, Rechtschaffen and Kales), study indices and
// numbers (AHI, RDI, ODI, T90, nadir SpO2, sleep efficiency, latencies, arousal and PLM indices, stages, pressures,
// leaks, usage, percentiles, MSLT and MWT latencies, BMI and neck size, times of night, nap, bed and room numbers,
// montage channels), device makers, models, masks and platforms (ResMed AirSense, AirCurve, DreamStation, Fisher &
// Paykel, WatchPAT, Nox, Alice, Inspire, AirView, myAir, Care Orchestrator), drugs and doses, HCPCS, CPT and ICD-10
// codes, DOT and FMCSA rules and forms, scoring rules, generic places and roles without names, everyday words that are
// also names or towns, relations without names, ages of 89 and under, years alone, states, payers, national suppliers
// and utilization managers named alone.
// Measured before rules: 0.958 recall on seeds 5, 11, 23 (3397/3546), 0.956 on fresh seeds 41, 42, 43 (3389/3546); 7/134
// look-alikes touched ("STOP-BANG 6/8", "Ondine's", "Stanford", "Rechtschaffen and Kales", "Fisher & Paykel", "Alice",
// "AirView") (engine at d652ed8).
import { faker as zaf } from '@faker-js/faker/locale/en_ZA';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as frbe } from '@faker-js/faker/locale/fr_BE';
import { faker as idn } from '@faker-js/faker/locale/id_ID';
import { faker as no } from '@faker-js/faker/locale/nb_NO';
import { faker as dech } from '@faker-js/faker/locale/de_CH';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, ie, frbe, no, idn, fi, es, zaf, dech];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Dawn', 'Hope', 'Faith', 'Joy', 'Grace', 'Patience', 'Mercy', 'Star', 'Summer', 'Autumn', 'Misty', 'Sunny', 'Stormy', 'Pearl', 'Ivy', 'Holly', 'Robin', 'Wren', 'Rocky', 'Bill', 'Will', 'Art', 'Guy', 'Mark', 'Rusty', 'Dusty', 'Chase', 'Buck', 'Clay', 'Dale', 'Cliff', 'Sonny', 'Major', 'Rich', 'Pat'];
const WORD_SUR = ['Stone', 'Hill', 'Rest', 'Knight', 'Night', 'Bedford', 'Sandman', 'Wake', 'Snow', 'Frost', 'Moody', 'Price', 'Wells', 'Banks', 'Brooks', 'Rivers', 'Lake', 'Fields', 'Cook', 'Baker', 'Walker', 'Carter', 'Fisher', 'Hunter', 'Bell', 'Hart', 'Strong', 'Young', 'Small', 'Best', 'Cash', 'Bloom', 'Drake', 'Swan', 'Crane', 'Fox', 'Lamb', 'Gates', 'Power', 'Sleeper'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Hope', 'Comfort', 'Harmony', 'Concord', 'Union', 'Dreamland', 'Eden', 'Paradise', 'Bliss', 'Welcome', 'Friendship', 'Independence', 'Commerce', 'Enterprise', 'Industry', 'Progress', 'Bath', 'Reading', 'Dover', 'Marion', 'Florence', 'Warren', 'Jasper', 'Sparta', 'Athens', 'Canton', 'Orange', 'Normal', 'Midway', 'Fairview', 'Surprise', 'Carefree', 'Tranquility', 'Quiet Dell', 'Slumber', 'Restful Valley', 'Nightmute'];
const REAL_TOWNS = ['Muncie', 'Kokomo', 'Elkhart', 'Lima', 'Findlay', 'Mansfield', 'Zanesville', 'Chillicothe', 'Portsmouth', 'Huntington', 'Beckley', 'Bluefield', 'Bristol', 'Kingsport', 'Johnson City', 'Morristown', 'Cleveland', 'Dalton', 'Rome', 'Gadsden', 'Florence', 'Tuscaloosa', 'Meridian', 'Laurel', 'Monroe', 'Alexandria', 'Ruston', 'Shreveport', 'Tyler', 'Longview'];
const STATES = ['OH', 'WV', 'TN', 'GA', 'AL', 'MS', 'LA', 'TX', 'KY', 'VA', 'NC', 'Ohio', 'Tennessee', 'Georgia', 'West Virginia'];
const STREET_WORDS = ['Main', 'Church', 'Mill', 'Spring', 'Maple', 'Oak', 'Poplar', 'Sycamore', 'Highland', 'Ridge', 'Valley', 'Orchard', 'Depot', 'College', 'Lincoln', 'Jefferson', 'Sunset', 'Moonlight', 'Starlight', 'Quiet Pines', 'Evening Star', 'Meadow'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Court', 'Blvd', 'Way', 'Pike', 'Circle', 'Hwy'];
const SAINTS = ['Mary', 'Luke', 'Joseph', 'Vincent', 'Elizabeth', 'Francis', 'Anne', 'Clare', 'Rita', 'Thomas', 'Bernard', 'Dominic'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Baptist Hospital', 'Methodist Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIONS = ['wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'roommate', 'fiancé', 'caregiver'];
const BED_PARTNERS = ['wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'fiancée'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms'];
/** Holidays that fix one day of a year. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Eve", "New Year's Day", 'Thanksgiving', 'July Fourth', 'Independence Day', 'Halloween', "Valentine's Day", 'Memorial Day', 'Labor Day', "St. Patrick's Day"];
const PAYERS = ['Aetna', 'Cigna', 'Humana', 'UnitedHealthcare', 'Anthem BCBS', 'Medicare', 'Tricare', 'Ambetter'];
const ALNUM = 'ABCDEFGHJKLMNPRSTVWXYZ0123456789';
const HEX = '0123456789ABCDEF';
/** The letters a Medicare Beneficiary Identifier uses (no S, L, O, I, B, Z). */
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'aol.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'att.net'];

/** The k-th of ten ways to write a full date. */
const dateAs = (k: number, m: number, d: number, y: number): string => writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);

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
  bedPartner(): string {
    return this.pick(BED_PARTNERS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  /** A sleep center or sleep lab, named whole. */
  sleepCenter(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Sleep Disorders Center`;
    if (k === 1) return `${this.town()} Sleep Center`;
    if (k === 2) return `${this.sur()} Sleep Institute`;
    if (k === 3) return `${this.town()} Regional Sleep Lab`;
    if (k === 4) return `${this.town()} Pulmonary & Sleep Associates`;
    return `${this.town()} Center for Sleep Medicine`;
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Regional Hospital'])}`;
    if (x < 0.3) return `${this.sur()} Memorial Hospital`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A local DME supplier. */
  dme(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Home Medical`;
    if (k === 1) return `${this.sur()} Respiratory Care`;
    if (k === 2) return `${this.town()} Sleep Supply`;
    if (k === 3) return `${this.town()} Home Medical Equipment`;
    return `${this.sur()} Medical Supply`;
  }
  /** A referring primary care or specialty practice. */
  practice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Family Medicine`;
    if (k === 1) return `${this.sur()} Internal Medicine`;
    if (k === 2) return `${this.town()} ENT Associates`;
    if (k === 3) return `${this.town()} Pulmonary Clinic`;
    return `${this.sur()} Family Practice`;
  }
  occClinic(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Occupational Health`;
    if (k === 1) return `${this.town()} DOT Exam Center`;
    return `${this.sur()} Occupational Medicine`;
  }
  /** A trucking carrier or other employer of a commercial driver. */
  carrier(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Freight Lines`;
    if (k === 1) return `${this.sur()} Trucking`;
    if (k === 2) return `${this.sur()} & Sons Transport`;
    if (k === 3) return `${this.town()} Logistics`;
    return `${this.town()} Motor Freight`;
  }
  street(): string {
    const name = this.r() < 0.75 ? this.pick(STREET_WORDS) : this.sur();
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${name} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(24001, 79999));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2014, 2025);
  }
  /** A full date in one of the forms sleep centers, suppliers and payers write. */
  date(): string {
    const [m, d] = this.md();
    return dateAs(this.int(0, 9), m, d, this.year());
  }
  /** Two dates of one year in one form, the second later (a compliance window, an authorization's validity). */
  window(): readonly [string, string] {
    const y = this.year();
    const k = this.int(0, 9);
    const m = this.int(1, 11);
    return [dateAs(k, m, this.int(1, 28), y), dateAs(k, this.int(m + 1, 12), this.int(1, 28), y)];
  }
  /** yyyy-mm-dd. */
  iso(): string {
    const [m, d] = this.md();
    return `${this.year()}-${pad2(m)}-${pad2(d)}`;
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
    return this.r() < 0.7 ? `${this.pick(MONTHS)} ${this.year()}` : `${this.int(1, 12)}/${this.year()}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** 'Tuesday, March 4' or 'Tue 3/4'. */
  weekdayDate(): string {
    const [m, d] = this.md();
    const w = this.weekday();
    return this.r() < 0.6 ? `${w}, ${MONTHS[m - 1]!} ${d}` : `${w.slice(0, 3)} ${m}/${d}`;
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1935, hi = 2000): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 102));
  }
  /** A time of night as logs write it (kept). */
  nightTime(): string {
    const h = this.pick([21, 22, 23, 0, 1, 2, 3, 4, 5]);
    const m = this.int(0, 59);
    const k = this.int(0, 2);
    if (k === 0) return `${pad2(h)}:${pad2(m)}`;
    if (k === 1) return `${pad2(h)}${pad2(m)}`;
    return `${h % 12 === 0 ? 12 : h % 12}:${pad2(m)} ${h >= 12 ? 'pm' : 'am'}`;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 999)}`, `${a}${this.pick(['sleeps', 'zzz', 'nightowl', ''])}${this.int(1, 9999)}`]);
    return `${local}@${this.pick(MAIL_HOSTS)}`;
  }
  /** A sleep center's mailbox at its own domain. */
  orgEmail(): string {
    const t = asciiLetters(this.town()) || 'union';
    return `${this.pick(['sleeplab', 'cpap.orders', 'sleep.referrals', 'scheduling', 'dot.exams', 'hst'])}@${t}${this.pick(['sleep.com', 'health.org', 'sleepcenter.org', 'pulm.net'])}`;
  }
  /** A patient portal or results link (planted whole). */
  url(): string {
    const t = asciiLetters(this.town()) || 'union';
    const k = this.int(0, 3);
    if (k === 0) return `https://mychart.${t}health.org`;
    if (k === 1) return `https://portal.${t}sleep.com/results`;
    if (k === 2) return `www.${t}sleepcenter.com/questionnaire`;
    return `https://${t}sleep.org/hst?id=${this.digitString(6)}`;
  }
  ip(): string {
    return `${this.int(12, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A PSG, HSAT or MSLT study number. */
  studyNo(): string {
    const yy = pad2(this.int(14, 25));
    const k = this.int(0, 3);
    if (k === 0) return `PSG-${yy}-${this.digitString(5)}`;
    if (k === 1) return `HST${yy}${this.digitString(4)}`;
    if (k === 2) return `S${this.digitString(7)}`;
    return `${this.letters(2)}${yy}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A CPAP's serial: ResMed's eleven digits, a Philips code, or a Fisher & Paykel's twelve digits. */
  cpapSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `2${this.digitString(10)}`;
    if (k === 1) return `J${this.digitString(9)}${this.lettersOf(HEX, 3)}`;
    return this.digitString(12);
  }
  /** A home sleep test recorder's, amplifier's or actigraph's serial. */
  recorderSerial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(3)}-${this.digitString(5)}`;
    if (k === 2) return `${this.letters(1)}${this.digitString(2)}${this.letters(1)}${this.digitString(6)}`;
    return this.digitString(this.int(7, 9));
  }
  imei(): string {
    return `35${this.digitString(13)}`;
  }
  /** An AirView, Care Orchestrator or EncoreAnywhere patient ID. */
  platformId(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(7, 9));
    if (k === 1) return this.lettersOf(ALNUM, 8);
    return `CO-${this.digitString(6)}`;
  }
  memberId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    if (k === 2) return `${this.digitString(9)}0${this.int(1, 4)}`;
    return `U${this.digitString(8)}`;
  }
  /** A Medicare Beneficiary Identifier ('1EG4-TE5-MK73' without its dashes). */
  mbi(): string {
    const L = (): string => this.lettersOf(MBI_LETTERS, 1);
    const A = (): string => this.lettersOf(MBI_LETTERS + '0123456789', 1);
    const N = (): string => String(this.int(0, 9));
    return `${this.int(1, 9)}${L()}${A()}${N()}${L()}${A()}${N()}${L()}${L()}${N()}${N()}`;
  }
  authNo(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(9, 11));
    if (k === 1) return `A${this.digitString(9)}`;
    if (k === 2) return `PA${pad2(this.int(14, 25))}-${this.digitString(6)}`;
    return `${this.digitString(4)}${this.letters(2)}${this.digitString(4)}`;
  }
  /** A reference, appeal or case number. */
  caseNo(prefix: string): string {
    return this.r() < 0.5 ? `${prefix}-${this.digitString(this.int(6, 8))}` : `${prefix}${pad2(this.int(14, 25))}${this.digitString(6)}`;
  }
  orderNo(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 8)) : `SO-${this.digitString(7)}`;
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(this.int(6, 9)) : `${this.letters(2)}${this.digitString(6)}`;
  }
  tracking(): string {
    return this.r() < 0.5 ? `1Z${this.lettersOf(ALNUM, 6)}${this.digitString(10)}` : this.digitString(12);
  }
  ssn(): string {
    return `${this.int(101, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  /** A commercial driver's licence number in one state's style or another's. */
  cdl(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(9);
    if (k === 2) return `${this.letters(1)}${this.digitString(3)}-${this.digitString(3)}-${this.digitString(2)}-${this.digitString(3)}`;
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  /** A National Registry of Certified Medical Examiners number. */
  nrcme(): string {
    return this.digitString(10);
  }
  /** A BRPT registry or state licence number of a technologist or physician. */
  licence(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(5, 7));
    if (k === 1) return `${this.pick(['MD', 'DO', 'RT', 'PSG'])}${this.digitString(6)}`;
    return `${pad2(this.int(10, 99))}.${this.digitString(6)}`;
  }
  accession(): string {
    const yy = pad2(this.int(14, 25));
    return this.r() < 0.5 ? `U${yy}-${this.digitString(6)}` : `${this.letters(2)}${this.digitString(8)}`;
  }
  /** 'Dr. First Last, MD' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, MD, DABSM`, [g, s]];
    if (k === 2) return [`${g} ${s}, D.O.`, [g, s]];
    if (k === 3) return [`${g} ${this.mi()} ${s}, MD, FAASM`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // polysomnography reports
  ['PSG report header center patient DOB MRN', (d) => {
    const c = d.sleepCenter(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const sn = d.studyNo();
    return [`${c}\nDIAGNOSTIC POLYSOMNOGRAM\nPatient: ${s}, ${g}   DOB: ${dob}   MRN: ${mrn}\nStudy date: ${dt}   Study #: ${sn}`, [c, s, g, dob, mrn, dt, sn]];
  }],
  ['referring and interpreting physicians', (d) => {
    const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur(); const pr = d.practice();
    return [`Referring: ${g} ${s}, NP (${pr})\nInterpreting: ${doc}`, [g, s, pr, ...p]];
  }],
  ['PSG impression age over 89', (d) => {
    const n = d.ageOver89();
    return [`IMPRESSION: ${n}-year-old ${d.pick(['man', 'woman'])} with moderate obstructive sleep apnea (AHI 22.6/h, RDI 27.1/h), nadir SpO2 81%, T90 6.4%. Central events 3, no Cheyne-Stokes pattern.`, [n]];
  }],
  ['scored by technologist with registry number', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.licence();
    return [`Recorded and scored by ${g} ${s}, RPSGT (BRPT #${lic}), per AASM Manual v3, hypopnea rule 1B (4%).`, [g, s, lic]];
  }],
  ['interpreted and signed with NPI', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const dt = d.date();
    return [`Electronically signed: ${doc}\nNPI ${npi}   Board certified, sleep medicine\nSigned ${dt} 07:52`, [...p, npi, dt]];
  }],
  ['amplifier and oximeter serials', (d) => {
    const a = d.recorderSerial(); const b = d.recorderSerial();
    return [`Acquisition: Compumedics Grael HD amplifier S/N ${a}; Nonin 3150 oximeter S/N ${b}. Montage: F4-M1, C4-M1, O2-M1, chin EMG, L/R legs.`, [a, b]];
  }],
  ['split night in hospital sleep lab', (d) => {
    const h = d.hospital(); const dt = d.date(); const t = d.nightTime();
    return [`Split-night study at the sleep lab of ${h} on ${dt}. Diagnostic portion AHI 48/h; CPAP started at ${t}, titrated 5 to 12 cm H2O.`, [h, dt]];
  }],
  ['prior study at outside center month year', (d) => {
    const c = d.sleepCenter(); const my = d.monthYear(); const t = d.town();
    return [`Prior PSG at ${c} (${t}) in ${my}: AHI 31, lost to follow-up after CPAP was repossessed.`, [c, my, t]];
  }],
  // home sleep apnea tests
  ['HSAT device dispatched weekday by initials', (d) => {
    const sn = d.recorderSerial(); const w = d.weekday(); const i = d.initials(); const md = d.slashMd();
    return [`HSAT device (WatchPAT 300, S/N ${sn}) issued ${md}; instructed on finger probe and chest sensor. Return ${w} by 10 AM. -${i}`, [sn, md, w, i]];
  }],
  ['HSAT returned and uploaded', (d) => {
    const md = d.monDay(); const sn = d.studyNo(); const g = d.given(); const s = d.sur();
    return [`Home study returned ${md}, uploaded as study ${sn} by ${g} ${s}, CRT. Valid recording time 6 h 41 min; pAHI 18.3, pRDI 24.0, ODI 4% 15.1.`, [md, sn, g, s]];
  }],
  ['HSAT slept away in town', (d) => {
    const t = d.town(); const rel = d.relation(); const g = d.given();
    return [`Patient reports the test night was spent at her ${rel} ${g}'s home in ${t}; slept poorly, recording 3 h 50 min. Repeat HSAT ordered.`, [g, t]];
  }],
  ['HSAT shipped to address', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const tr = d.tracking();
    return [`Disposable HSAT shipped to ${st}, ${t}, ${d.state()} ${z} via UPS, tracking ${tr}. Prepaid return mailer enclosed.`, [st, t, z, tr]];
  }],
  // titration and technologists' logs
  ['titration summary and tech', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`CPAP TITRATION ${dt}\nOptimal pressure 11 cm H2O (supine REM observed), AirFit F20 medium, heated humidity. Tech: ${g} ${s}, RPSGT.`, [dt, g, s]];
  }],
  ['BiPAP switch called on-call physician', (d) => {
    const t = d.nightTime(); const s = d.sur();
    return [`${t} Pt intolerant of CPAP 15, aerophagia. Called Dr. ${s} (on call), verbal order to switch to BiPAP 16/12; read back and verified.`, [s]];
  }],
  ['overnight log arrival with bed partner', (d) => {
    const t = d.nightTime(); const rel = d.bedPartner(); const g = d.given(); const [ph, p] = d.phone();
    return [`${t} Pt arrived for study, dropped off by ${rel} ${g}, who can be reached at ${ph} for pickup. Bed 3, lights out planned 22:30.`, [g, p]];
  }],
  ['overnight log equipment swap', (d) => {
    const t = d.nightTime(); const sn = d.recorderSerial(); const i = d.initials();
    return [`${t} SpO2 signal lost x2; oximeter replaced with spare S/N ${sn}, signal good. No sleep lost. ${i}`, [sn, i]];
  }],
  ['morning hand-off initials and date', (d) => {
    const i = d.initials(); const i2 = d.initials(); const dt = d.slashMd();
    return [`Lights on 05:58. Pt left ${dt} at 06:20, questionnaire completed. Night tech ${i}, hand-off to day scorer ${i2}.`, [dt, i, i2]];
  }],
  ['seizure-like event documented', (d) => {
    const t = d.nightTime(); const g = d.given(); const s = d.sur();
    return [`${t} Rhythmic arm movement ~40 s during N2, video saved; no desaturation. ${g} ${s}, RPSGT, notified the on-call neurologist.`, [g, s]];
  }],
  ['mask fitting by respiratory therapist', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.monDay();
    return [`Desensitization visit ${md} with ${g} ${s}, RRT: tried Swift FX pillows and DreamWear nasal; prefers full face P30i. Practiced 20 min awake.`, [md, g, s]];
  }],
  // DME orders, deliveries and compliance
  ['DME order to supplier header', (d) => {
    const co = d.dme(); const [ph, p] = d.phone(); const [fx, pf] = d.phone(); const o = d.orderNo();
    return [`DME ORDER - ${co}\nPhone ${ph}   Fax ${fx}\nOrder #${o}: E0601 auto-CPAP 5-15 cm H2O, E0562 heated humidifier, A7030 full face mask, A7037 tubing.`, [co, p, pf, o]];
  }],
  ['DME delivery setup and serials', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const sn = d.cpapSerial(); const co = d.dme();
    return [`Set up ${dt} in the home by ${g} ${s}, RRT, of ${co}. ResMed AirSense 11 AutoSet SN ${sn}; EPR 2, ramp auto.`, [dt, g, s, co, sn]];
  }],
  ['compliance download window and serial', (d) => {
    const [a, b] = d.window(); const sn = d.cpapSerial();
    return [`COMPLIANCE DOWNLOAD ${a} - ${b}\nDevice SN: ${sn}\nDays used >= 4 h: 24/30 (80%)   Avg use 6:12   AHI 2.8   Leak 95th 18 L/min   Pressure 95th 11.6`, [a, b, sn]];
  }],
  ['cellular modem IMEI and AirView ID', (d) => {
    const imei = d.imei(); const pid = d.platformId();
    return [`No data since last month: modem IMEI ${imei} not reporting. AirView patient ID ${pid}; DME asked to check signal in the bedroom.`, [imei, pid]];
  }],
  ['Care Orchestrator ID and DreamStation serial', (d) => {
    const pid = d.platformId(); const sn = d.cpapSerial(); const w = d.weekday();
    return [`Care Orchestrator patient ${pid}, DreamStation 2 Auto SN ${sn}. Last upload ${w}; usage 5.4 h/night, residual AHI 3.1.`, [pid, sn, w]];
  }],
  ['recall registration confirmation', (d) => {
    const sn = d.cpapSerial(); const conf = d.caseNo('REG'); const md = d.monDay();
    return [`Philips recall: registered device SN ${sn}, confirmation ${conf}. Replacement shipped ${md}; old unit returned in the prepaid box.`, [sn, conf, md]];
  }],
  ['resupply order with tracking and weekday', (d) => {
    const o = d.orderNo(); const tr = d.tracking(); const w = d.weekday();
    return [`Resupply order ${o} (A7034 nasal cushion x2, A7038 filters x6) shipped ${w}, tracking ${tr}.`, [o, w, tr]];
  }],
  ['DME intake SSN MBI account', (d) => {
    const ssn = d.ssn(); const mbi = d.mbi(); const acct = d.account();
    return [`INTAKE: SSN ${ssn}   Medicare MBI ${mbi}   Account # ${acct}   Secondary: Medicaid`, [ssn, mbi, acct]];
  }],
  ['compliance ISO export rows', (d) => {
    const a = d.iso(); const b = d.iso();
    return [`export.csv\n${a} 22:48,usage=6.9h,AHI=1.9,leak95=12\n${b} 23:15,usage=0.0h,AHI=,leak95=`, [a, b]];
  }],
  ['humidifier and device swapped at supplier in town', (d) => {
    const co = d.dme(); const t = d.town(); const sn = d.cpapSerial();
    return [`Motor noise reported; device exchanged at the ${co} walk-in store in ${t}. New unit SN ${sn}, settings copied from prescription.`, [co, t, sn]];
  }],
  // MSLT and MWT
  ['MSLT header naps and study number', (d) => {
    const dt = d.date(); const sn = d.studyNo(); const i = d.initials();
    return [`MSLT ${dt} (study ${sn}), following PSG with TST 412 min.\nNaps at 08:00, 10:00, 12:00, 14:00, 16:00. Mean sleep latency 3.2 min, 3 SOREMPs. Tech ${i}.`, [dt, sn, i]];
  }],
  ['urine drug screen accession', (d) => {
    const acc = d.accession(); const md = d.slashMd();
    return [`Urine drug screen collected ${md} at 07:30, accession ${acc}: negative for amphetamines, THC, opiates, benzodiazepines.`, [md, acc]];
  }],
  ['MWT requested by employer', (d) => {
    const co = d.carrier(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`MWT (4 x 40-min trials) ${dt} at the request of ${co}, safety director ${g} ${s}. Mean latency 40 min; no sleep on any trial.`, [dt, co, g, s]];
  }],
  ['narcolepsy REMS enrollment', (d) => {
    const rid = d.digitString(d.int(7, 9)); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Enrolled in the Xywav and Xyrem REMS, patient ID ${rid}, on ${md}. Central pharmacy counseling completed with ${g} ${s}, PharmD.`, [rid, md, g, s]];
  }],
  // sleep diaries and actigraphy
  ['sleep diary week of month day', (d) => {
    const md = d.monDay(); const w = d.weekday();
    return [`SLEEP DIARY - week of ${md}\nBedtime 23:30-01:15, wake 06:10 on workdays, 09:45 weekends. Napped 2 h ${w} afternoon.`, [md, w]];
  }],
  ['sleep diary weekday with date entry', (d) => {
    const wd = d.weekdayDate();
    return [`${wd}: in bed 22:40, fell asleep ~00:30, woke 3x (bathroom), out of bed 06:05. Caffeine: 3 cups before noon.`, [wd]];
  }],
  ['diary holiday oversleep', (d) => {
    const h = d.holiday();
    return [`Diary notes sleeping 13 hours on ${h} and still napping the next afternoon; no cataplexy.`, [h]];
  }],
  ['actigraphy serial and ordinal days', (d) => {
    const sn = d.recorderSerial(); const a = ordinal(d.int(1, 14)); const b = ordinal(d.int(15, 28));
    return [`Actigraphy (ActiGraph GT9X, serial ${sn}) worn from the ${a} to the ${b}: mean TST 5 h 48 min, sleep onset variability 2.1 h.`, [sn, a, b]];
  }],
  // insurance prior authorizations
  ['prior authorization approved', (d) => {
    const id = d.memberId(); const auth = d.authNo(); const [a, b] = d.window();
    return [`${d.payer()} member ID ${id}. Prior authorization #${auth} approved for HST (G0399), valid ${a} through ${b}.`, [id, auth, a, b]];
  }],
  ['peer-to-peer reviewer and reference', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const ref = d.caseNo('P2P'); const md = d.monDay();
    return [`Peer-to-peer with ${g} ${s}, MD (medical director) on ${md}, reference ${ref}. In-lab PSG denied; callback ${ph}.`, [g, s, md, ref, p]];
  }],
  ['appeal case and deadline', (d) => {
    const c = d.caseNo('APL'); const dt = d.date(); const [fx, p] = d.phone();
    return [`Appeal case ${c}: written appeal must be received by ${dt}. Fax clinical notes to ${fx}. Denial reason: Epworth not documented.`, [c, dt, p]];
  }],
  ['fax cover to utilization review', (d) => {
    const g = d.given(); const s = d.sur(); const [fx, p] = d.phone(); const c = d.sleepCenter();
    return [`FAX COVER\nTo: Utilization Review, Attn ${g} ${s}\nFax: ${fx}\nFrom: ${c}\nPages: 7 (PSG, titration, notes)`, [g, s, p, c]];
  }],
  ['BiPAP qualifying criteria and member', (d) => {
    const mbi = d.mbi(); const dt = d.slashMd();
    return [`E0470 qualifies: CPAP tried and failed at 15 cm H2O during titration ${dt}. Medicare MBI ${mbi}. Face-to-face note attached.`, [dt, mbi]];
  }],
  // sleep clinic notes
  ['new patient referral from practice', (d) => {
    const s = d.sur(); const pr = d.practice(); const t = d.town();
    return [`Referred by Dr. ${s} of ${pr} in ${t} for loud snoring and witnessed apneas. Epworth 15/24, STOP-BANG 6/8.`, [s, pr, t]];
  }],
  ['bed partner witnessed apneas', (d) => {
    const rel = d.bedPartner(); const g = d.given();
    return [`His ${rel}, ${g}, who accompanies him today, reports pauses in breathing "every night" and gasping arousals.`, [g]];
  }],
  ['drowsy driving on holiday near town', (d) => {
    const h = d.holiday(); const t = d.town();
    return [`Fell asleep at the wheel driving home on ${h}, ran off the road near ${t}; no injuries. Advised not to drive drowsy.`, [h, t]];
  }],
  ['Inspire implant surgeon hospital serial', (d) => {
    const s = d.sur(); const h = d.hospital(); const dt = d.date(); const sn = d.recorderSerial();
    return [`Inspire hypoglossal nerve stimulator (model 3028) implanted ${dt} by Dr. ${s} at ${h}; IPG serial ${sn}. Activation in 4 weeks.`, [dt, s, h, sn]];
  }],
  ['DISE and ENT referral', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`DISE ${md} by ${g} ${s}, MD (ENT): complete concentric collapse at the velum, Friedman stage II, tonsils 2+.`, [md, g, s]];
  }],
  ['follow-up weekday and date', (d) => {
    const w = d.weekday(); const md = d.monDay(); const [doc, p] = d.doctor();
    return [`Return ${w} ${md} with CPAP data card for 90-day compliance visit with ${doc}.`, [w, md, ...p]];
  }],
  ['telehealth visit IP and date', (d) => {
    const ip = d.ip(); const dt = d.date();
    return [`Video visit ${dt}, patient at home, connection from ${ip}; consent for telehealth reviewed. Two patient identifiers verified.`, [dt, ip]];
  }],
  ['patient portal message with e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(d.given(), d.sur()); const md = d.slashMd();
    return [`Portal message ${md} from ${g} ${s}: "mask leaks when I sleep on my side, can I try another?"\nReply: nasal pillows sample mailed; confirmation sent to ${em}.`, [md, g, s, em]];
  }],
  ['questionnaire portal link', (d) => {
    const u = d.url(); const [ph, p] = d.phone();
    return [`Please complete the sleep questionnaire before your visit at ${u}. Questions about your study: ${ph}.`, [u, p]];
  }],
  ['clinic note lives in town with relative', (d) => {
    const t = d.town(); const rel = d.relation(); const g = d.given();
    return [`Social: lives in ${t} with ${rel} ${g}; works nights 7p-7a as a nurse aide; 2 energy drinks per shift.`, [t, g]];
  }],
  ['central apnea in very old patient with cardiologist', (d) => {
    const n = d.ageOver89(); const s = d.sur();
    return [`${n} yo with HFrEF (EF 25%) and Cheyne-Stokes respiration, CAHI 34. ASV contraindicated; discussed O2 at night with Dr. ${s} (cardiology).`, [n, s]];
  }],
  // commercial driver (DOT) letters
  ['DOT letter driver CDL', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const cdl = d.cdl(); const dob = d.dob(1955, 1998);
    return [`${dt}\nRE: ${g} ${s}   DOB ${dob}   CDL #${cdl} (Class A, ${d.state()})\nTo the certifying medical examiner:`, [dt, g, s, dob, cdl]];
  }],
  ['DOT letter compliance statement', (d) => {
    const g = d.given(); const [a, b] = d.window();
    return [`${g} has used CPAP ≥4 h on 92% of nights from ${a} to ${b} with residual AHI 1.7, and may be certified for 1 year per FMCSA guidance.`, [g, a, b]];
  }],
  ['medical examiner NRCME and clinic', (d) => {
    const g = d.given(); const s = d.sur(); const n = d.nrcme(); const oc = d.occClinic();
    return [`Medical examiner: ${g} ${s}, DC, National Registry #${n}, ${oc}. MCSA-5876 issued with 3-month card pending sleep study.`, [g, s, n, oc]];
  }],
  ['carrier safety manager and fleet unit', (d) => {
    const co = d.carrier(); const g = d.given(); const s = d.sur(); const unit = d.digitString(d.int(3, 5)); const [ph, p] = d.phone();
    return [`${co} safety manager ${g} ${s}, cell ${ph}, reports tractor unit #${unit} drifted across the rumble strip at 03:40 per dash camera.`, [co, g, s, p, unit]];
  }],
  ['DMV medical review case', (d) => {
    const c = d.caseNo('MR'); const lic = d.cdl(); const dt = d.date();
    return [`DMV Medical Review Unit case ${c}, driver licence ${lic}: sleep specialist form due ${dt}; driving privileges suspended meanwhile.`, [c, lic, dt]];
  }],
  // pediatric studies
  ['pediatric PSG child and parent', (d) => {
    const g = d.given(); const s = d.sur(); const pg = d.given(); const pr = d.pick(['mother', 'father', 'grandmother']);
    return [`Pediatric PSG: ${g} ${s}, age 6, accompanied overnight by ${pr} ${pg}. Obstructive AHI 9.4 (pediatric criteria); Brodsky 3+ tonsils.`, [g, s, pg]];
  }],
  // letters and letterheads
  ['results letter address block', (d) => {
    const dt = d.date(); const t0 = d.title(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${t0} ${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nRe: Results of your sleep study`, [dt, g, s, st, t, z]];
  }],
  ['sleep center letterhead address phone', (d) => {
    const c = d.sleepCenter(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const em = d.orgEmail();
    return [`${c}\n${st}, Suite ${d.int(100, 450)}\n${t}, ${d.state()} ${z}\nTel ${ph}   ${em}`, [c, st, t, z, p, em]];
  }],
  ['physician state licence line', (d) => {
    const [doc, p] = d.doctor(); const lic = d.licence();
    return [`${doc}\nDiplomate, ABIM Sleep Medicine   State medical license ${lic}`, [...p, lic]];
  }],
  ['scheduling call with extension', (d) => {
    const g = d.given(); const [ph, p] = d.phone(); const e = d.ext(); const wd = d.weekdayDate();
    return [`Left message for pt: in-lab study booked ${wd}, arrive 8:30 PM. Call ${g} in scheduling at ${ph} ext ${e} to change.`, [wd, g, p, e]];
  }],
];

/** The names of the wave's frames. */
export const sleepFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function sleepWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 11119, rounds);
}

/** Look-alikes in sleep medicine style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms and named scales
  ['Epworth Sleepiness Scale 16/24.', 'Epworth'], ['STOP-BANG 6/8, high risk.', 'STOP-BANG 6/8'], ['Cheyne-Stokes breathing during N1 and N2.', 'Cheyne-Stokes'], ['Kleine-Levin syndrome suspected, recurrent hypersomnia.', 'Kleine-Levin'],
  ['Mallampati IV airway.', 'Mallampati IV'], ['Friedman stage III.', 'Friedman stage III'], ['Friedman tongue position 3', 'Friedman'], ['Brodsky grade 3 tonsils', 'Brodsky'],
  ['Willis-Ekbom disease, on iron repletion.', 'Willis-Ekbom'], ['Pickwickian habitus (obesity hypoventilation).', 'Pickwickian'], ["Ondine's curse (congenital central hypoventilation).", "Ondine's"], ['Muller maneuver: retropalatal collapse.', 'Muller'],
  ['Hering-Breuer reflex', 'Hering-Breuer'], ['Chiari I malformation on MRI, referred for central apnea workup.', 'Chiari'], ['Prader-Willi syndrome with hypersomnolence', 'Prader-Willi'], ['Down syndrome, annual PSG per guideline', 'Down'],
  ['Pittsburgh Sleep Quality Index 14', 'Pittsburgh'], ['Stanford Sleepiness Scale 5', 'Stanford'], ['Karolinska Sleepiness Scale 7', 'Karolinska'], ['Berlin questionnaire positive', 'Berlin'],
  ['Scored by Rechtschaffen and Kales in the old report', 'Rechtschaffen and Kales'], ['Parkinson disease with REM sleep behavior disorder', 'Parkinson'], ['dementia with Lewy bodies', 'Lewy'], ['Insomnia Severity Index 19', 'Insomnia Severity Index 19'],
  // study indices and numbers
  ['AHI 32.4/h', 'AHI 32.4/h'], ['RDI 41.0 events/h', 'RDI 41.0'], ['ODI 4% 28.2', 'ODI 4% 28.2'], ['T90 12%', 'T90 12%'], ['nadir SpO2 78%', '78%'], ['sleep efficiency 71%', '71%'],
  ['TST 368 min', 'TST 368 min'], ['REM latency 74 min', '74 min'], ['WASO 82 min', 'WASO 82'], ['arousal index 24.1/h', '24.1/h'], ['PLMI 38/h, PLM arousal index 9/h', 'PLMI 38/h'], ['Stage N3 9% of TST', 'N3 9%'],
  ['CAHI 6.2, central apnea index 4.8', 'CAHI 6.2'], ['pAHI 18.3 by PAT', 'pAHI 18.3'], ['Lights out 22:14, lights on 05:58', '22:14'], ['Event at 02:37 during REM', '02:37'], ['Sleep onset 11:52 pm', '11:52 pm'],
  ['Nap 4 at 14:00', 'Nap 4'], ['Bed 3', 'Bed 3'], ['Room 4 camera off per patient request', 'Room 4'], ['Montage F4-M1, C4-M1, O2-M1', 'F4-M1, C4-M1, O2-M1'], ['BMI 38.2, neck 17.5 in', '17.5 in'],
  ['MSLT mean sleep latency 3.1 min with 3 SOREMPs', '3 SOREMPs'], ['MWT mean latency 38 of 40 minutes', '38 of 40'], ['hypopnea rule 1A (3% or arousal)', '1A'], ['AASM Manual version 3', 'version 3'],
  // pressures, usage and device settings
  ['CPAP 11 cm H2O', '11 cm H2O'], ['IPAP 16 / EPAP 10', 'IPAP 16 / EPAP 10'], ['auto-CPAP 5-15', '5-15'], ['EPR 2, ramp 20 min', 'EPR 2'], ['Leak 95th percentile 24 L/min', '24 L/min'],
  ['Pressure 95th percentile 11.8', '11.8'], ['Used 87% of nights >= 4 h', '87%'], ['Average use 6 h 42 min', '6 h 42 min'], ['ASV EPAP min 5, PS 3-15', 'PS 3-15'], ['BiPAP ST backup rate 12', 'rate 12'],
  ['Compliance: 4 h on 70% of nights in 30 consecutive days', '30 consecutive days'], ['90-day compliance visit', '90-day'],
  // device makers, models, masks and platforms
  ['ResMed AirSense 11 AutoSet', 'AirSense 11'], ['Philips DreamStation 2 Auto', 'DreamStation 2'], ['AirCurve 10 VAuto', 'AirCurve 10'], ['Fisher & Paykel Eson 2 nasal mask', 'Fisher & Paykel'],
  ['AirFit F20 medium', 'AirFit F20'], ['AirTouch N30i', 'N30i'], ['Swift FX nasal pillows', 'Swift FX'], ['WatchPAT 300', 'WatchPAT 300'], ['Nox T3s recorder', 'Nox T3s'], ['Alice 6 LDx', 'Alice'],
  ['Inspire IV IPG, model 3028', 'model 3028'], ['Data in AirView and myAir', 'AirView'], ['Care Orchestrator shows full usage', 'Care Orchestrator'], ['DreamMapper app installed', 'DreamMapper'],
  // drugs and doses
  ['modafinil 200 mg every morning', '200 mg'], ['Nuvigil 250 mg', 'Nuvigil'], ['Xywav 4.5 g twice nightly', 'Xywav'], ['Wakix 17.8 mg', 'Wakix'], ['Sunosi 75 mg', 'Sunosi'], ['Lumryz 6 g at bedtime', 'Lumryz'],
  ['Belsomra 10 mg', 'Belsomra'], ['Dayvigo 5 mg', 'Dayvigo'], ['ramelteon 8 mg', 'ramelteon'], ['melatonin 3 mg at 21:00', '3 mg'], ['ropinirole 0.25 mg', 'ropinirole'], ['ferritin 38 ng/mL', '38 ng/mL'],
  // codes and rules
  ['E0601 CPAP device', 'E0601'], ['E0470 bilevel without backup rate', 'E0470'], ['E0562 heated humidifier', 'E0562'], ['A7034 nasal mask', 'A7034'], ['CPT 95810 PSG', '95810'], ['CPT 95811 titration', '95811'],
  ['G0399 home sleep test', 'G0399'], ['CPT 95805 MSLT', '95805'], ['ICD-10 G47.33 obstructive sleep apnea', 'G47.33'], ['G47.411 narcolepsy with cataplexy', 'G47.411'], ['G25.81 restless legs syndrome', 'G25.81'], ['R06.83 snoring', 'R06.83'],
  ['49 CFR 391.41(b)(5)', '391.41(b)(5)'], ['Form MCSA-5876', 'MCSA-5876'], ['certified for 1 year', '1 year'], ['Class A CDL', 'Class A'], ['FMCSA guidance', 'FMCSA'],
  // generic places and roles without names
  ['Seen in the sleep lab.', 'sleep lab'], ['Results sent to the sleep center.', 'sleep center'], ['The DME company will call to schedule setup.', 'DME company'], ['Per the night technologist, slept supine.', 'night technologist'],
  ['The medical examiner requested a letter.', 'medical examiner'], ['Spoke with the trucking company safety manager.', 'safety manager'], ['The on-call physician was notified.', 'on-call physician'],
  // everyday words that are also names or towns
  ['A rocky first week on CPAP.', 'rocky'], ['Hope to titrate off the chin strap.', 'Hope'], ['Will follow up in 3 months.', 'Will'], ['Bill to insurance after 90 days.', 'Bill'], ['Early dawn awakenings.', 'dawn'],
  ['History of a kidney stone; topiramate avoided.', 'stone'], ['Needs rest between night shifts.', 'rest'], ['Works the night shift.', 'night'], ['Sleeps better in summer.', 'summer'], ['Great patience with the mask.', 'patience'], ['Comfort mode on, ramp 15 min.', 'Comfort'], ['Family harmony better since the snoring stopped.', 'harmony'],
  // relations, ages, years, states, payers and national suppliers named alone
  ['Bed partner reports loud snoring.', 'Bed partner'], ['His wife reports witnessed apneas.', 'wife'], ['58-year-old man with snoring', '58'], ['On CPAP since 2016.', '2016'], ['CDL issued in Ohio.', 'Ohio'],
  ['Medicare requires a face-to-face visit.', 'Medicare'], ['Aetna requires HST first.', 'Aetna'], ['Reviewed by eviCore.', 'eviCore'], ['Supplies through Apria.', 'Apria'], ['Lincare picked up the old unit.', 'Lincare'],
];

export const sleepKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedSleepKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(sleepKeepCases(), find);

export function scoreSleepWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => sleepWaveCases(seed)), find);
}
