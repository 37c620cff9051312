// A blind wave of clinical research and trial documentation kept at a hospital research site: informed consent notes
// (who obtained consent, the impartial witness, the interpreter, the legally authorized representative and their
// relation, re-consent to a new ICF version, eConsent audit trails with the signer's IP address, assent with a parent's
// permission), screening and enrollment logs (screening numbers, subject numbers, subject initials, randomization
// numbers, IWRS confirmations, kit and bottle numbers, pre-screening from clinic lists with MRN and date of birth,
// re-screening under a new number, the referring physician's practice), study visit notes (the visit window's dates,
// out-of-window visits, the next visit's weekday and date, diary reviews, drug accountability, ePRO handsets with serial
// and IMEI, the research pharmacist), adverse event and SAE reports (onset and resolution dates, partial dates with an
// unknown day, the hospital and town the subject was taken to, the relative who called, the sponsor's safety fax and
// case number, deaths and obituaries), protocol deviation notes (kits dispensed in error, IWRS help-desk tickets, the
// fridge logger's serial), monitoring visits by the sponsor's CRA (named, with the CRO, phone and e-mail; subjects
// verified), investigator and coordinator signatures (initials and dates, NPI), specimen shipping logs (FedEx, UPS and
// DHL tracking numbers, central lab accession and requisition numbers, PK sample ids, the local courier), subject
// payment logs (ClinCard numbers and card ids, the W-9's SSN and mailing address, mileage from a town, parking plates),
// re-contact, lost-to-follow-up and withdrawal notes (phone, address, e-mail, the alternate contact, personal survey
// links), biobank sample ids and their destruction, and device trial logs (implant and lead serials, RMA numbers,
// wearable ids), in mixed case, ALL CAPS and lower case. Dates are written in every form research sites use
// ('03/04/2021', '3/4/21', '4 March 2021', '04-MAR-2021', '04MAR2021', '04-Mar-2021', '04/MAR/2021', 'Mar 4', '3/4',
// 'Tuesday', 'the 4th', 'MAR-2021' after 'UNK-'); ages over 89, phones, fax numbers and e-mails are planted. Given
// names and surnames are often everyday words (Hope, Rocky, Stone, Hill) and towns are often everyday words (Liberty,
// Hope, Mentor, Defiance, Superior). A list of look-alikes in the same style must not be touched. Written without
// reading the engine's rules or any gold data. `scoreResearchWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('CCRC', 'CCRP', 'RN,
// BSN', 'PharmD', 'MD') are not; subject initials in a log ('JMK', 'J-M-K') and a coordinator's initials are planted;
// subject, screening, randomization, kit and bottle numbers, IWRS confirmation and help-desk ticket numbers, sponsor
// safety case numbers, central lab accession and requisition numbers, PK sample ids, biobank ids, courier tracking
// numbers, ClinCard numbers and card ids, RMA numbers, device, logger and handset serials, IMEIs, wearable ids, an
// interpreter's badge number, an NPI, an MRN, an SSN and a licence plate are planted whole with their letter prefixes;
// a protocol number, an NCT number, an IRB or FWA number, an IND or IDE number, a EudraCT number, a drug code
// ('LY3298176', 'MK-3475'), a site number ('Site 104'), a visit name or study day ('Visit 4', 'Week 12', 'C2D1', 'Day
// -28'), a visit window ('± 3 days'), an ICF version, MedDRA and ICD codes, CTCAE grades, scale scores, UN shipping
// codes and CFR sections are look-alikes; a hospital, a practice, a local courier, a newspaper and a site management
// company are planted whole with their kind words ('Liberty Memorial Hospital', 'Mentor Family Medicine', 'Superior
// Medical Courier', 'Defiance Gazette'), while a sponsor, a CRO, a central lab, a courier company or a payment vendor
// named alone ('Pfizer', 'IQVIA', 'Covance', 'FedEx', 'Greenphire') is kept; a town is planted, the state is kept; a
// street address is planted from its number to its street type, a ZIP is planted; a weekday naming one day is planted;
// a holiday that fixes a day ('Christmas Day', 'the Fourth of July') is planted; a month with a year is a date; a
// weekday written with its date is one part; a time is kept; a year alone is kept; a phone's leading '(' need not be
// covered; an e-mail, a survey link and an IP address are planted whole.
// Kept (look-alikes): trial registry, protocol, IRB and drug codes, visits, days, cycles and windows, eponyms (Bell's
// palsy, Stevens-Johnson, Guillain-Barré, Hy's law, Kaplan-Meier, Fisher's exact test), scales and scores, device and
// system brands (Dexcom G7, ActiGraph, Medidata Rave, REDCap), companies named alone, regulations and forms (21 CFR Part
// 11, Form FDA 1572, CIOMS), shipping classes, lab values, doses and statistics, roles and generic places, relations
// without names, ages of 89 and under, years alone, everyday words that are also names or towns.
// Measured before rules (engine at 5c84fdd): 0.856 recall on seeds 5, 11, 23 (3146/3676), 0.865 on fresh seeds 41, 42, 43 (3184/3680);
// 8/108 look-alikes touched ("IRB00001234", "FWA00004321", "G210045", "LY3298176", "Hoehn and Yahr", "Medidata Rave",
// "Veeva Vault", "10028813").
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as india } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, india, gh, gb, de, fr, nl, pl, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Mercy', 'Honor', 'Patience', 'Destiny', 'Star', 'Ivy', 'Holly', 'Hazel', 'Olive', 'Pearl', 'Ruby', 'Amber', 'Dawn', 'April', 'June', 'Summer', 'Sunny', 'Rocky', 'Bill', 'Mark', 'Will', 'Art', 'Chip', 'Buck', 'Duke', 'Rusty', 'Sterling', 'Chance', 'Lance', 'Miles', 'Dale', 'Clay', 'Reed'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Rich', 'Short', 'Long', 'Young', 'Strong', 'Bright', 'Gay', 'Wise', 'Good', 'Best', 'Sharp', 'Moody', 'Bell', 'Marsh', 'Brook', 'Woods', 'Field', 'Banks', 'Rivers', 'Lane', 'Frost', 'Snow', 'Winter', 'Day', 'Knight', 'King', 'Bishop', 'Cook', 'Mason', 'Miller', 'Porter', 'Hunter', 'Fox', 'Crow', 'Pike', 'Bass', 'Duck', 'Read', 'Sample', 'Trial', 'Dose'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Hope', 'Mentor', 'Defiance', 'Superior', 'Harmony', 'Eureka', 'Bath', 'Holland', 'Midland', 'Marshall', 'Monroe', 'Jackson', 'Warren', 'Wayne', 'Troy', 'Athens', 'Canton', 'Lima', 'Ada', 'Delaware', 'Sidney', 'Medina', 'Paris', 'Berlin', 'Bellevue', 'Plain City', 'Rising Sun', 'Independence', 'Freedom', 'Friendship', 'Unity', 'Climax', 'Hazard', 'Rochester'];
const REAL_TOWNS = ['Kalamazoo', 'Saginaw', 'Eau Claire', 'Oshkosh', 'Mankato', 'Duluth', 'Dubuque', 'Ames', 'Waterloo', 'Sandusky', 'Findlay', 'Mansfield', 'Zanesville', 'Marquette', 'Traverse City', 'Janesville', 'Wausau', 'Sheboygan', 'Ottumwa', 'Cedar Falls', 'Battle Creek', 'Ypsilanti', 'Muskegon', 'La Crosse', 'Stevens Point', 'Fond du Lac', 'Chillicothe', 'Ashtabula', 'Coshocton', 'Bemidji'];
const STATES = ['MI', 'WI', 'MN', 'OH', 'IA', 'Michigan', 'Ohio', 'Wisconsin'];
const STREET_WORDS = ['Main', 'Oak', 'Elm', 'Maple', 'Lake', 'Lakeshore', 'Church', 'Mill', 'River', 'Prairie', 'Pine', 'Birch', 'Summit', 'Division', 'Washington', 'Fourth', 'Ridge', 'Orchard', 'Harbor', 'Center'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Ave.', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Blvd', 'Ct', 'Trail', 'Way'];
const SAINTS = ['Mary', 'Joseph', 'Luke', 'Vincent', 'Elizabeth', 'Francis', 'Agnes', 'Clare', 'Catherine', 'Anthony'];
const HOSPITAL_SUFFIX = ['Memorial Hospital', 'Medical Center', 'Regional Medical Center', 'General Hospital', 'Community Hospital', 'Health Center', 'Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'niece', 'grandson', 'partner', 'guardian'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mx.'];
const CROS = ['IQVIA', 'Parexel', 'PPD', 'ICON', 'Syneos Health', 'Medpace', 'Fortrea', 'PSI'];
const HOLIDAYS = ['Christmas Day', "New Year's Day", 'Thanksgiving Day', 'the Fourth of July', 'Christmas Eve', "New Year's Eve", 'Independence Day'];
const ALNUM = 'ABCDEFGHJKLMNPRSTVWXYZ23456789';

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    return this.capitalizedSurnameOf(WORD_SUR);
  }
  /** A coordinator's initials ('KT', 'JMR'). */
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  /** A subject's initials as a screening log writes them ('JMK', 'J-M-K', 'J-K', 'J.M.K.'). */
  subjectInitials(): string {
    const n = this.int(2, 3);
    const ls = [...this.letters(n)];
    const k = this.int(0, 3);
    if (k === 0) return ls.join('');
    if (k === 1) return ls.join('-');
    if (k === 2) return `${ls.join('.')}.`;
    return n === 2 ? `${ls[0]!}-${ls[1]!}` : `${ls[0]!}${ls[1]!}-${ls[2]!}`;
  }
  alnum(n: number): string {
    return this.lettersOf(ALNUM, n);
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
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Regional Hospital'])}` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A referring practice. */
  practice(): string {
    const t = this.town();
    return this.pick([`${t} Family Medicine`, `${t} Internal Medicine Associates`, `${t} Primary Care`, `${t} Cardiology Clinic`, `${this.sur()} Family Practice`]);
  }
  cro(): string {
    return this.pick(CROS);
  }
  street(): string {
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(43001, 56799));
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2014, 2025);
  }
  /** The CRF form: '04-MAR-2021', '04MAR2021', '04-Mar-2021' or '04/MAR/2021'. */
  crfDate(): string {
    const [m, d] = this.md();
    const y = this.year();
    const mon = MON[m - 1]!;
    return this.pick([`${pad2(d)}-${mon.toUpperCase()}-${y}`, `${pad2(d)}${mon.toUpperCase()}${y}`, `${pad2(d)}-${mon}-${y}`, `${pad2(d)}/${mon.toUpperCase()}/${y}`, `${pad2(d)}${mon}${y}`]);
  }
  time(): string {
    return `${pad2(this.int(6, 21))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms research sites write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 11);
    if (k >= 8) return this.crfDate();
    return writtenDate(k, m, d, y)!;
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
  }
  monDay(): string {
    const [m, d] = this.md();
    return `${this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!} ${d}`;
  }
  /** A month with its year, as a partial date ('MAR-2021', 'March 2021', '03/2021'). */
  monthYear(): string {
    const m = this.int(1, 12);
    const y = this.year();
    return this.pick([`${MON[m - 1]!.toUpperCase()}-${y}`, `${MONTHS[m - 1]!} ${y}`, `${pad2(m)}/${y}`]);
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1931, hi = 2004): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : this.pick([`${m}/${d}/${y}`, `${pad2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`]);
  }
  ageOver89(): string {
    return String(this.int(90, 102));
  }
  mrn(): string {
    return this.r() < 0.3 ? `E${this.digitString(7)}` : this.digitString(this.int(7, 9));
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(218, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  /** An e-mail address: a personal one, or a work one at `work` (a hospital's or a CRO's domain when true). */
  email(g: string, s: string, work: boolean | string = false): string {
    const t = asciiLetters(this.town()) || 'lima';
    const dom = typeof work === 'string' ? work : work ? this.pick([`${t}health.org`, `${t}research.org`, 'iqvia.com', 'parexel.com', 'medpace.com', 'icon-cro.com']) : this.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', `${t}.net`]);
    const a = asciiLetters(g) || 'sam';
    const b = asciiLetters(s) || 'lee';
    const local = this.pick([`${a.charAt(0)}${b.charAt(0)}${this.int(10, 9999)}`, `${b.slice(0, 3)}${a.charAt(0)}${this.int(1, 99)}`, `${a.charAt(0)}.${b.slice(0, 4)}${this.int(1, 9)}`, `${a.slice(0, 2)}_${b.charAt(0)}${this.int(60, 2009)}`]);
    return `${local}@${dom}`;
  }
  /** A subject number, which most protocols build from the site number. */
  subjectId(): string {
    const site = this.int(101, 999);
    const k = this.int(0, 4);
    if (k === 0) return `${site}-${String(this.int(1, 199)).padStart(3, '0')}`;
    if (k === 1) return `${site}${this.int(1, 9)}-${String(this.int(1, 99)).padStart(4, '0')}`;
    if (k === 2) return `${pad2(this.int(1, 40))}-${site}-${String(this.int(1, 99)).padStart(3, '0')}`;
    if (k === 3) return `S${site}-${String(this.int(1, 199)).padStart(3, '0')}`;
    return `${site}${String(this.int(1, 999)).padStart(4, '0')}`;
  }
  screeningId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `SCR-${String(this.int(1, 999)).padStart(4, '0')}`;
    if (k === 1) return `S${this.int(101, 999)}-${String(this.int(1, 299)).padStart(3, '0')}`;
    if (k === 2) return `${this.int(101, 999)}-S${String(this.int(1, 299)).padStart(3, '0')}`;
    return `SCR${this.digitString(6)}`;
  }
  randNo(): string {
    return this.pick(['R', 'R-', '', '']) + this.digitString(this.int(4, 6));
  }
  kitNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(5, 7));
    if (k === 1) return `K${this.digitString(6)}`;
    return `${this.digitString(4)}-${String(this.int(1, 999)).padStart(3, '0')}`;
  }
  bottleNo(): string {
    return this.r() < 0.5 ? `B${this.digitString(6)}` : this.digitString(this.int(6, 8));
  }
  tracking(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(12);
    if (k === 1) return `${this.digitString(4)} ${this.digitString(4)} ${this.digitString(4)}`;
    if (k === 2) return `1Z${this.alnum(6)}${this.digitString(10)}`;
    return this.digitString(10);
  }
  accession(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 1) return `${pad2(this.int(14, 25))}-${this.digitString(6)}`;
    if (k === 2) return this.digitString(10);
    return `A${this.digitString(8)}`;
  }
  requisition(): string {
    return this.pick(['REQ', 'RQ-', '']) + this.digitString(this.int(7, 9));
  }
  pkId(): string {
    return `PK-${this.digitString(6)}`;
  }
  biobankId(): string {
    const k = this.int(0, 2);
    if (k === 0) return `BB-${pad2(this.int(14, 25))}-${this.digitString(6)}`;
    if (k === 1) return `${this.letters(3)}${this.digitString(7)}`;
    return `${this.digitString(8)}-${pad2(this.int(1, 12))}`;
  }
  /** A ClinCard's printed number, in four groups. */
  card(): string {
    return `4${this.digitString(3).slice(1)}${this.int(0, 9)} ${this.digitString(4)} ${this.digitString(4)} ${this.digitString(4)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  plate(): string {
    return this.r() < 0.5 ? `${this.int(1, 9)}${this.letters(3)}${this.digitString(3)}` : `${this.letters(3)}-${this.digitString(4)}`;
  }
  ip(): string {
    return `${this.int(12, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  imei(): string {
    return `35${this.digitString(13)}`;
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${pad2(this.int(14, 25))}${this.letters(1)}${this.digitString(5)}`;
    return `${this.letters(2)}-${this.digitString(6)}`;
  }
  npi(): string {
    return `${this.pick(['1', '2'])}${this.digitString(9)}`;
  }
  caseId(): string {
    return this.pick([`US-${this.letters(3)}-${this.year()}-${this.digitString(6)}`, `${this.year()}${this.letters(2)}${this.digitString(6)}`, `SAE-${this.digitString(7)}`]);
  }
  ticket(): string {
    return this.pick(['INC', 'CS-', 'TKT']) + this.digitString(this.int(6, 8));
  }
  /** A physician named with a title or a credential, and the parts to cover. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 2);
    if (k === 0) return [`Dr. ${s}`, [s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}, MD`, [g, s]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // informed consent
  ['consent obtained by coordinator', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const tm = d.time();
    return [`Informed consent obtained ${dt} at ${tm} by ${g} ${s}, CCRC, prior to any study-specific procedures. Subject given ample time to read ICF v4.0 and all questions answered.`, [dt, g, s]];
  }],
  ['impartial witness present', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.crfDate();
    return [`Subject unable to read; consent read aloud in full. Impartial witness ${g} ${s} (patient relations) present for the entire discussion and signed ${dt}.`, [g, s, dt]];
  }],
  ['LAR consent with relation and phone', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const rel = d.relation();
    return [`Subject lacks decision-making capacity (CAM positive). Consent provided by LAR ${g} ${s} (${rel}, healthcare POA on file), reachable at ${ph}.`, [g, s, p]];
  }],
  ['person obtaining consent signature line', (d) => {
    const [doc, p] = d.doctor(); const dt = d.crfDate();
    return [`Person Obtaining Consent: ${doc}     Signature: ____________     Date: ${dt}`, [...p, dt]];
  }],
  ['re-consent to new ICF version', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Re-consented to ICF version 6.1 (new hepatic monitoring language) on ${md} by ${g} ${s}, RN, BSN; copy given to subject.`, [md, g, s]];
  }],
  ['eConsent audit trail IP', (d) => {
    const dt = d.date(); const ip = d.ip(); const i = d.initials();
    return [`eConsent signed ${dt} ${d.time()} CST from IP address ${ip}; identity verified by video with coordinator ${i}.`, [dt, ip, i]];
  }],
  ['assent and parental permission', (d) => {
    const g = d.given(); const s = d.sur(); const g2 = d.given(); const dt = d.date();
    return [`Assent obtained from ${g2} (age 14) and permission from ${d.pick(['mother', 'father', 'legal guardian'])} ${g} ${s} on ${dt}.`, [g2, g, s, dt]];
  }],
  ['short form consent with interpreter badge', (d) => {
    const g = d.given(); const s = d.sur(); const b = d.digitString(d.int(5, 6));
    return [`Short-form consent in Spanish with the English summary; certified interpreter ${g} ${s} (badge #${b}) interpreted the full discussion.`, [g, s, b]];
  }],
  // screening and enrollment
  ['screening log row', (d) => {
    const scr = d.screeningId(); const ini = d.subjectInitials(); const dt = d.mdy();
    return [`${scr} | ${ini} | ${dt} | Screen fail - HbA1c 11.2% (exclusion #4) | PI reviewed`, [scr, ini, dt]];
  }],
  ['randomized via IWRS with kit', (d) => {
    const subj = d.subjectId(); const dt = d.date(); const rn = d.randNo(); const kit = d.kitNo();
    return [`Subject ${subj} randomized ${dt} via IWRS; randomization number ${rn}. Kit ${kit} dispensed, 1:1 allocation, double-blind.`, [subj, dt, rn, kit]];
  }],
  ['IWRS confirmation two kits', (d) => {
    const conf = d.digitString(d.int(8, 10)); const subj = d.subjectId(); const k1 = d.kitNo(); const k2 = d.kitNo();
    return [`IWRS confirmation #${conf}\nSubject: ${subj}   Visit: V2 (Day 1)\nKits assigned: ${k1}, ${k2}`, [conf, subj, k1, k2]];
  }],
  ['pre-screen from clinic list', (d) => {
    const g = d.given(); const s = d.sur(); const mrn = d.mrn(); const dob = d.dob();
    return [`Pre-screen from the heart failure clinic schedule: ${s}, ${g}  MRN ${mrn}  DOB ${dob}. Appears to meet I/E per chart review; will approach at visit.`, [s, g, mrn, dob]];
  }],
  ['rescreen under new number', (d) => {
    const a = d.screeningId(); const md = d.monDay(); const b = d.screeningId();
    return [`Subject previously screen failed as ${a} (eGFR 38). Rescreened ${md} per protocol section 6.4 under new screening number ${b}.`, [a, md, b]];
  }],
  ['enrolled subject over 89', (d) => {
    const n = d.ageOver89(); const subj = d.subjectId();
    return [`${n}-year-old ${d.pick(['woman', 'man'])} enrolled as subject ${subj}; protocol has no upper age limit, frailty scale 4.`, [n, subj]];
  }],
  ['referred by outside physician practice', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const [ph, p] = d.phone();
    return [`Referred by ${g} ${s}, MD of ${pr} (office ${ph}) after reading the study flyer.`, [g, s, pr, p]];
  }],
  ['enrollment log caps', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const subj = d.subjectId(); const dt = d.crfDate();
    return [`ENROLLMENT LOG: ${s}, ${g} | SUBJ ${subj} | ICF ${dt} | ARM: BLINDED`, [s, g, subj, dt]];
  }],
  // study visits
  ['visit note header with window', (d) => {
    const subj = d.subjectId(); const dt = d.date(); const m = d.int(1, 12); const from = d.int(1, 14); const a = `${m}/${from}`; const b = `${m}/${from + 14}`;
    return [`STUDY VISIT NOTE - Visit 4 (Week 12)\nSubject: ${subj}   Visit date: ${dt}\nProtocol window: ${a} to ${b} (±7 days)`, [subj, dt, a, b]];
  }],
  ['visit out of window', (d) => {
    const dt = d.date(); const md = d.monDay();
    return [`Visit 6 performed ${dt}, 3 days outside the ±7 day window (target ${md}); deviation logged.`, [dt, md]];
  }],
  ['next visit weekday and date', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`Next visit (V5, Day 57) scheduled ${w} ${md} at 0800, fasting; hold AM dose until after PK draw.`, [w, md]];
  }],
  ['diary missed doses', (d) => {
    const a = d.slashMd(); const b = d.slashMd();
    return [`Paper diary reviewed with subject: missed evening doses on ${a} and ${b} (traveling). Re-educated on dosing.`, [a, b]];
  }],
  ['drug accountability bottles', (d) => {
    const b1 = d.bottleNo(); const b2 = d.bottleNo(); const i = d.initials();
    return [`Drug accountability: returned bottle ${b1} with 6 tablets remaining; dispensed bottle ${b2} (30 tablets). Compliance 94%. Verified by ${i}.`, [b1, b2, i]];
  }],
  ['ePRO handset serial and IMEI', (d) => {
    const sn = d.serial(); const imei = d.imei();
    return [`ePRO handset provisioned: S/N ${sn}, IMEI ${imei}. Subject trained on daily pain NRS entry.`, [sn, imei]];
  }],
  ['research pharmacist prepared infusion', (d) => {
    const g = d.given(); const s = d.sur(); const rn = d.randNo();
    return [`Unblinded research pharmacist ${g} ${s}, PharmD prepared the infusion for randomization no. ${rn}; blinded staff did not enter the prep room.`, [g, s, rn]];
  }],
  ['visit on a holiday moved', (d) => {
    const h = d.holiday(); const dt = d.date();
    return [`Clinic closed on ${h}; Visit 3 moved to ${dt}, still within window.`, [h, dt]];
  }],
  ['day ordinal dose change', (d) => {
    const o = ordinal(d.int(1, 28));
    return [`Dose reduced to level -1 from the ${o} per protocol table 5 (ANC 0.9).`, [o]];
  }],
  // adverse events and SAEs
  ['AE onset and resolution', (d) => {
    const a = d.date(); const b = d.date();
    return [`AE: nausea, CTCAE grade 2, onset ${a}, resolved ${b}. Relationship to IP: possibly related. No action taken with study drug.`, [a, b]];
  }],
  ['SAE hospitalization at outside hospital', (d) => {
    const h = d.hospital(); const t = d.town(); const dt = d.date(); const rel = d.relation(); const g = d.given(); const w = d.weekday();
    return [`SAE: subject admitted to ${h} in ${t} on ${dt} with community-acquired pneumonia. Site notified by ${rel} ${g} on ${w}.`, [h, t, dt, g, w]];
  }],
  ['SAE report faxed with case id', (d) => {
    const [fx, p] = d.phone(); const dt = d.mdy(); const cid = d.caseId();
    return [`Initial SAE report faxed to sponsor drug safety at ${fx} on ${dt} ${d.time()} (within 24 h of awareness). Sponsor case ID ${cid}.`, [p, dt, cid]];
  }],
  ['outside records requested', (d) => {
    const h = d.hospital(); const [fx, p] = d.phone(); const g = d.given(); const s = d.sur();
    return [`Discharge summary and labs requested from ${h} HIM, fax ${fx}, attention ${g} ${s}.`, [h, p, g, s]];
  }],
  ['death reported by relative', (d) => {
    const dt = d.date(); const rel = d.relation(); const g = d.given(); const s = d.sur();
    return [`Fatal SAE: per the subject's ${rel} ${g} ${s}, the subject died at home on ${dt}; hospice involved. Cause of death pending.`, [g, s, dt]];
  }],
  ['partial onset date unknown day', (d) => {
    const m = d.int(1, 12); const y = d.year(); const my = `${MON[m - 1]!.toUpperCase()}-${y}`; const h = d.hospital();
    return [`Medical history: ER visit at ${h} for syncope, onset UNK-${my}; no records available.`, [h, my]];
  }],
  ['partner pregnancy report', (d) => {
    const dt = d.date(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Partner pregnancy reported ${dt}; LMP ${md}. Partner ${g} ${s} signed the pregnant partner consent for outcome follow-up.`, [dt, md, g, s]];
  }],
  ['SAE narrative age over 89', (d) => {
    const n = d.ageOver89(); const subj = d.subjectId(); const md = d.monDay();
    return [`Narrative: subject ${subj} is a ${n} y/o ${d.pick(['female', 'male'])} who fell at home on ${md}, sustaining a hip fracture; not related to IP.`, [subj, n, md]];
  }],
  // protocol deviations
  ['deviation labs before re-consent', (d) => {
    const a = d.date(); const b = d.date(); const md = d.monDay();
    return [`Protocol deviation (minor): safety labs drawn ${a} before the updated ICF was signed ${b}. Reported to the IRB on ${md}.`, [a, b, md]];
  }],
  ['deviation wrong kit dispensed', (d) => {
    const k1 = d.kitNo(); const k2 = d.kitNo(); const g = d.given(); const s = d.sur(); const t = d.ticket();
    return [`Major deviation: kit ${k1} dispensed in error instead of assigned kit ${k2} by ${g} ${s}. IWRS help desk ticket ${t}; sponsor notified, blind maintained.`, [k1, k2, g, s, t]];
  }],
  ['temperature excursion logger serial', (d) => {
    const sn = d.serial(); const w = d.weekday(); const i = d.initials();
    return [`Temperature excursion: IP refrigerator reached 9.4 C for 42 min on ${w} (logger S/N ${sn}). Product quarantined by ${i} pending sponsor assessment.`, [w, sn, i]];
  }],
  // monitoring
  ['interim monitoring visit by CRA', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const a = d.subjectId(); const b = d.subjectId();
    return [`Interim monitoring visit ${dt} by ${g} ${s}, CRA (${d.cro()}). SDV completed for subjects ${a} and ${b}; regulatory binder reviewed.`, [dt, g, s, a, b]];
  }],
  ['follow-up letter from senior CRA', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur(); const em = d.email(g, s, true);
    return [`Monitoring follow-up letter received ${md} from ${g} ${s}, Senior CRA, ${em}; 3 action items open (delegation log, 1572 update).`, [md, g, s, em]];
  }],
  ['CRA contact line', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const cro = d.cro(); const em = d.email(g, s, `${asciiLetters(cro)}.com`);
    return [`CRA: ${g} ${s} (${cro})  cell ${ph}  ${em}`, [g, s, p, em]];
  }],
  ['close-out visit weekday with date', (d) => {
    const [m, dd] = d.md(); const when = `${d.weekday()}, ${MONTHS[m - 1]!} ${ordinal(dd)}`; const g = d.given();
    return [`Close-out visit confirmed for ${when}; ${g} will need the pharmacy and the archive room.`, [when, g]];
  }],
  // signatures
  ['investigator signature block', (d) => {
    const [doc, p] = d.doctor(); const dt = d.crfDate();
    return [`Principal Investigator: ${doc}\nI have reviewed the eligibility checklist.\nSignature: ______________   Date: ${dt}`, [...p, dt]];
  }],
  ['entered and QC initials with dates', (d) => {
    const a = d.initials(); const b = d.initials(); const da = d.mdy(); const db = d.mdy();
    return [`Source entered by ${a} ${da}; QC by ${b} ${db}. No discrepancies.`, [a, da, b, db]];
  }],
  ['sub-investigator review with NPI', (d) => {
    const g = d.given(); const s = d.sur(); const npi = d.npi(); const dt = d.date();
    return [`ECG reviewed by Sub-I ${g} ${s}, MD (NPI ${npi}) on ${dt}: QTcF 438 ms, not clinically significant.`, [g, s, npi, dt]];
  }],
  // specimen shipping
  ['central lab shipment tracking and accession', (d) => {
    const dt = d.date(); const trk = d.tracking(); const acc = d.accession();
    return [`Shipped ${dt} via FedEx Priority Overnight, tracking ${trk}, to the central lab. Accession ${acc}: 2 SST, 1 EDTA, ambient.`, [dt, trk, acc]];
  }],
  ['dry ice shipment requisition', (d) => {
    const trk = d.tracking(); const req = d.requisition(); const subj = d.subjectId();
    return [`Frozen shipment on dry ice (UN1845, 3.0 kg), airbill ${trk}. Requisition ${req} for subject ${subj}, visit C1D1.`, [trk, req, subj]];
  }],
  ['PK sample log', (d) => {
    const pk = d.pkId(); const md = d.slashMd(); const i = d.initials();
    return [`PK sample ${pk} drawn ${md} at 2 h post-dose, spun 10 min at 1500 g and frozen at -80 C by ${i}.`, [pk, md, i]];
  }],
  ['central lab query', (d) => {
    const acc = d.accession(); const g = d.given(); const s = d.sur(); const em = d.email(g, s, true);
    return [`Central lab query: accession ${acc} received hemolyzed; recollect at next visit. Contact ${g} at ${em}.`, [acc, g, em]];
  }],
  ['local courier pickup', (d) => {
    const t = d.town(); const biz = `${t} Medical Courier`; const g = d.given(); const tm = d.time();
    return [`Stat specimens picked up at ${tm} by ${biz} (driver ${g}) for the reference lab.`, [biz, g]];
  }],
  // payments
  ['ClinCard load', (d) => {
    const c = d.card(); const dt = d.mdy();
    return [`ClinCard ${c} loaded $75.00 for Visit 3 completed ${dt}.`, [c, dt]];
  }],
  ['W-9 SSN and mailing address', (d) => {
    const ssn = d.ssn(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`W-9 on file for 1099 reporting: SSN ${ssn}; mailing address ${st}, ${t}, ${d.state()} ${z}.`, [ssn, st, t, z]];
  }],
  ['mileage and parking plate', (d) => {
    const t = d.town(); const pl = d.plate();
    return [`Mileage reimbursed for 84 miles round trip from ${t}; parking ramp validated for plate ${pl}.`, [t, pl]];
  }],
  ['payment log row', (d) => {
    const dt = d.mdy(); const subj = d.subjectId(); const id = d.digitString(d.int(7, 9)); const i = d.initials();
    return [`${dt} | ${subj} | V5 | $100.00 | ClinCard ID ${id} | ${i}`, [dt, subj, id, i]];
  }],
  // re-contact and withdrawal
  ['withdrawal by phone', (d) => {
    const subj = d.subjectId(); const dt = d.date(); const [ph, p] = d.phone();
    return [`Subject ${subj} withdrew consent ${dt} by phone (${ph}); agrees to vital status follow-up only. No further study drug.`, [subj, dt, p]];
  }],
  ['lost to follow-up attempts', (d) => {
    const [ph, p] = d.phone(); const a = d.slashMd(); const b = d.slashMd(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`LTFU attempts: called ${ph} on ${a} and ${b}, no answer; certified letter sent to ${st}, ${t} ${z}.`, [p, a, b, st, t, z]];
  }],
  ['alternate contact', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const em = d.email(g, s);
    return [`Alternate contact (${rel}): ${g} ${s}, ${ph}, ${em}. Permission to re-contact for future studies: Yes.`, [g, s, p, em]];
  }],
  ['personal survey link', (d) => {
    const t = asciiLetters(d.town()) || 'ada'; const url = `https://survey.${t}research.org/s/${d.alnum(8)}`; const em = d.email(d.given(), d.sur());
    return [`Month 12 questionnaire sent to ${em}; the subject's personal link is ${url}.`, [em, url]];
  }],
  ['obituary found', (d) => {
    const t = d.town(); const paper = `${t} ${d.pick(['Gazette', 'Herald', 'Daily News', 'Courier-Journal', 'Tribune'])}`; const dt = d.date();
    return [`Vital status search: obituary in the ${paper} gives date of death ${dt}. Reported as end of follow-up.`, [paper, dt]];
  }],
  ['subject letter address block', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${d.title()} ${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nDear Participant,\nThank you for taking part in our research study.`, [dt, g, s, st, t, z]];
  }],
  // biobank
  ['biobank aliquots stored', (d) => {
    const id = d.biobankId(); const dt = d.date();
    return [`Biobank sample ${id}: 6 plasma aliquots stored at -80 C, freezer 3 rack B. Optional future-use consent signed ${dt}.`, [id, dt]];
  }],
  ['biobank samples destroyed on withdrawal', (d) => {
    const a = d.biobankId(); const b = d.biobankId(); const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`Per withdrawal request, samples ${a} and ${b} destroyed ${md}; destruction witnessed by ${g} ${s}.`, [a, b, md, g, s]];
  }],
  // device trials
  ['device implant serials', (d) => {
    const sn = d.serial(); const sn2 = d.serial(); const h = d.hospital(); const dt = d.date(); const s = d.sur();
    return [`Investigational device implanted: serial ${sn}, lead serial ${sn2}, at ${h} on ${dt} by Dr. ${s}.`, [sn, sn2, h, dt, s]];
  }],
  ['device explant and RMA', (d) => {
    const sn = d.serial(); const rma = d.digitString(d.int(6, 8)); const md = d.slashMd();
    return [`Explanted device SN ${sn} cleaned and returned to the sponsor ${md} under RMA #${rma} for analysis.`, [sn, md, rma]];
  }],
  ['wearable returned weekday', (d) => {
    const id = `${d.letters(3)}${d.digitString(5)}`; const w = d.weekday();
    return [`Activity monitor ${id} returned ${w}; 14 days of wear data uploaded to the sponsor portal.`, [id, w]];
  }],
  ['wallet card emergency line', (d) => {
    const [ph, p] = d.phone(); const subj = d.subjectId();
    return [`Study wallet card given: in an emergency, call the study team 24/7 at ${ph}. Subject ID ${subj}.`, [p, subj]];
  }],
];

/** The names of the wave's frames. */
export const researchFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function researchWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 9973, rounds);
}

/** Look-alikes in clinical research style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // registries, protocols, IRB and drug codes
  ['Protocol ABC-301-007, Amendment 3', 'ABC-301-007'], ['Registered as NCT04567821.', 'NCT04567821'], ['IRB #2021-0412 approved the amendment.', '2021-0412'],
  ['IRB registration IRB00001234', 'IRB00001234'], ['FWA00004321 on file', 'FWA00004321'], ['IND 123456 held by the sponsor', 'IND 123456'], ['IDE G210045', 'G210045'],
  ['EudraCT 2020-001234-56', '2020-001234-56'], ['Study drug LY3298176 or placebo', 'LY3298176'], ['pembrolizumab (MK-3475)', 'MK-3475'], ['BMS-986165 6 mg daily', 'BMS-986165'],
  ['Site 104 activated by the sponsor.', 'Site 104'], ['ICF version 4.0 approved', 'version 4.0'],
  // visits, days, cycles and windows
  ['Visit 3 (Day 29 ± 3 days)', 'Day 29 ± 3 days'], ['Week 12 primary endpoint', 'Week 12'], ['Cycle 2 Day 1 labs', 'Cycle 2 Day 1'], ['C3D8 PK draw', 'C3D8'],
  ['Screening window Day -28 to Day -1', 'Day -28 to Day -1'], ['End of treatment (EOT) visit', 'EOT'], ['Unscheduled visit 1', 'Unscheduled visit 1'], ['V5 procedures complete', 'V5'],
  // eponyms
  ["Bell's palsy reported as AESI", "Bell's"], ['Stevens-Johnson syndrome excluded', 'Stevens-Johnson'], ['Guillain-Barré syndrome', 'Guillain-Barré'], ["meets Hy's law criteria", "Hy's"],
  ['Kaplan-Meier estimate of PFS', 'Kaplan-Meier'], ["Fisher's exact test", "Fisher's"], ['Wilcoxon rank-sum', 'Wilcoxon'], ['Cox proportional hazards model', 'Cox'],
  ["history of Hashimoto's thyroiditis", "Hashimoto's"], ["Parkinson's disease, Hoehn and Yahr stage 2", 'Hoehn and Yahr'], ["Crohn's disease", "Crohn's"], ['Likert scale', 'Likert'],
  // scales and scores
  ['ECOG 1', 'ECOG 1'], ['NYHA class II', 'class II'], ['CTCAE v5.0 grade 2', 'grade 2'], ['PASI 75 at week 16', 'PASI 75'], ['MMSE 24/30', '24/30'], ['EDSS 3.5', 'EDSS 3.5'],
  ['RECIST 1.1 partial response', 'RECIST 1.1'], ['Karnofsky 80%', 'Karnofsky'], ['MELD 14', 'MELD 14'], ['ADAS-Cog 13', 'ADAS-Cog 13'], ['PHQ-9 score 12', 'PHQ-9'], ['C-SSRS negative', 'C-SSRS'],
  // device and system brands
  ['Dexcom G7 sensor', 'Dexcom G7'], ['Medtronic MiniMed 780G', 'MiniMed 780G'], ['ActiGraph GT9X worn on the wrist', 'GT9X'], ['Zio patch for 14 days', 'Zio'],
  ['data entered in Medidata Rave', 'Medidata Rave'], ['REDCap survey', 'REDCap'], ['eISF in Veeva Vault', 'Veeva Vault'],
  // companies named alone
  ['Sponsor: Pfizer', 'Pfizer'], ['CRO: IQVIA', 'IQVIA'], ['monitored by Parexel', 'Parexel'], ['Samples to Covance', 'Covance'], ['shipped via FedEx', 'FedEx'], ['World Courier for frozen samples', 'World Courier'], ['Payments through Greenphire', 'Greenphire'],
  // regulations, forms, shipping classes
  ['21 CFR Part 11 compliant', 'Part 11'], ['per 21 CFR 50.25', '50.25'], ['ICH E6(R2) GCP', 'E6(R2)'], ['Form FDA 1572 updated', '1572'], ['MedWatch 3500A', '3500A'], ['CIOMS I form', 'CIOMS'],
  ['UN3373 Biological Substance, Category B', 'UN3373'], ['UN1845 dry ice 2.5 kg', 'UN1845'], ['stored at 2-8 C', '2-8 C'], ['-80 C freezer', '-80 C'],
  // codes, labs, doses and statistics
  ['MedDRA PT 10028813', '10028813'], ['ICD-10 E11.9', 'E11.9'], ['ALT 3x ULN', '3x ULN'], ['QTcF 452 ms', '452 ms'], ['HbA1c 7.9%', '7.9%'], ['ANC 1.2 x10^9/L', '1.2'],
  ['study drug 200 mg QD', '200 mg'], ['4 bottles x 30 tablets per kit', '30 tablets'], ['HR 0.74 (95% CI 0.61-0.89)', '0.61-0.89'], ['2:1 randomization, block size 6', 'block size 6'], ['n = 412', '412'],
  ['$75 per completed visit', '$75'], ['IRS 1099 over $600', '1099'], ['HLA-B*57:01 negative', 'HLA-B*57:01'], ['EGFR exon 19 deletion', 'exon 19'],
  // roles, generic places, relations, ages and years
  ['Discussed with the principal investigator.', 'principal investigator'], ['Notified the study coordinator.', 'study coordinator'], ['Reported to the central IRB.', 'central IRB'],
  ['Dispensed by the research pharmacy.', 'research pharmacy'], ['Reviewed by the data safety monitoring board.', 'data safety monitoring board'], ['Seen in the infusion center.', 'infusion center'],
  ["Consent signed by the subject's daughter as LAR.", 'daughter'], ['Subject is 67 years old.', '67'], ['Ages 18 to 75 eligible.', '18 to 75'], ['Enrolled in 2022.', '2022'], ['Year of birth 1954', '1954'],
  ['Moved to Wisconsin last year.', 'Wisconsin'],
  // everyday words that are also names or towns
  ['Subject expressed hope the drug works.', 'hope'], ['Will return for the next visit.', 'Will'], ['Mark the diary each evening.', 'Mark'], ['Kidney stone reported as an AE.', 'stone'],
  ['Rocky course after the biopsy.', 'Rocky'], ['Enrollment slowed over the summer.', 'summer'], ['The bill for the MRI went to the sponsor.', 'bill'], ['Frost on the shipper lid noted.', 'Frost'],
  ['Grace period of 2 days for diary entries.', 'Grace'], ['Sample hemolyzed.', 'Sample'], ['Trial drug held.', 'Trial'], ['Liberty to withdraw at any time explained.', 'Liberty'],
];

export const researchKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedResearchKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(researchKeepCases(), find);

export function scoreResearchWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => researchWaveCases(seed)), find);
}
