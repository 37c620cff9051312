// A blind wave of implanted and home device clinic documents: pacemaker, ICD, CRT and loop recorder interrogation
// reports (the patient's header, the generator's model and serial, the leads' serials, the implant date, hospital and
// implanting physician, the vendor's representative at the interrogation, episode logs with their dates, shocks on a
// weekday in the patient's town, battery RRT and generator changes with the explanted serials, returned product
// analyses, MRI mode programming at an imaging center, implanted device ID cards, the device nurse's initials, the
// electrophysiologist's signature and NPI), remote-monitoring transmissions (CareLink, LATITUDE, Merlin.net and Home
// Monitoring: the bedside monitor's or communicator's serial, the patient's remote account ID, missed-transmission
// calls, the home hub's IP and MAC address, alerts e-mailed to the clinic, exported ISO timestamps, portal links, the
// clinic's account on a vendor site, billing periods), insulin pumps and CGMs (pump, controller and transmitter serials
// and IDs, pod and sensor lots and serials, download date ranges, pump starts with the educator and the vendor's
// trainer, supply accounts and orders, Clarity and Glooko sharing codes, DKA admissions), CPAP compliance downloads
// (device serial, AirView ID, the compliance window, the DME company and its respiratory therapist, modem IMEIs, recall
// registrations, sleep studies at a named sleep center), LVAD clinic notes (pump, controller and battery serials, the
// VAD coordinator's pager, INTERMACS registry IDs, alarm calls at night), cochlear implant notes (implant and processor
// serials, activation by the audiologist at a named hearing center, loaners, letters to a teacher at a named school),
// neurostimulators (DBS, VNS, spinal cord stimulator trials, hypoglossal nerve stimulators and intrathecal pumps with
// their serials and refill dates), manufacturer advisory letters, travel letters, driving restrictions, patient address
// blocks and shipments, in mixed case, ALL CAPS and lower case. Dates are written in every form device clinics and
// vendor reports use ('03/04/2023', '3/4/23', '4 March 2023', '2023-03-04', '04-MAR-2023', 'Mar 4', '3/4', 'Tuesday',
// 'the 4th', 'March 2019', 'Christmas Eve'). Given names and surnames are often everyday words (Hope, Rocky, Bill, Faith,
// Stone, Hill, Sparks, Power) and towns are often everyday words (Liberty, Hope, Energy, Magnet, Volt, Comfort). A list
// of look-alikes in the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreDevicesWave`.
// Decisions: a device's maker, product name and model number ('Medtronic', 'Azure XT DR MRI', 'W1DR01', '5076-52 cm',
// 'MMT-1886', 'LNQ22', 'B35200', 'Model 1000') name a kind of device, not a person, and are kept; its serial number,
// in any vendor's format, is planted, and in a model/serial pair ('W1DR01/RNJ204518H') only the serial is planted; in a
// UDI only the serial after '(21)' is planted, the device identifier and the expiry are kept; a CGM transmitter ID, a
// sensor serial, a pod or sensor lot, a bedside monitor's or communicator's serial, a modem's IMEI, a home hub's IP and
// MAC address, a remote-monitoring patient ID or account number, a clinic's ID or user name on a vendor site, a Clarity
// or Glooko sharing code, an AirView ID, an INTERMACS registry ID, a returned-goods (RGA), case, confirmation, order and
// tracking number are planted whole; firmware and software versions, lead parameters (520 ohms, 0.75 V @ 0.4 ms),
// pacing modes (DDDR, VVI, MVP), battery voltages and longevities, percent pacing, zones and therapies, AHI, leak and
// pressure, pump basal rates, ratios and CGM metrics, LVAD speed, flow and power, stimulation settings and CPT, HCPCS
// and ICD-10 codes are kept; a person's given name and surname are planted (physicians, device and vendor
// representatives, trainers, nurses, audiologists, coordinators, relatives and patients), with a title or without, a
// title ('Dr.', 'Mr.') and a credential ('MD', 'FHRS', 'CCDS', 'CDCES', 'RRT', 'AuD') are not, a middle initial is not;
// the initials of the nurse who interrogated are planted; a role without a name ('the Medtronic rep', 'the VAD
// coordinator') is kept; a hospital, a heart, sleep, diabetes or hearing clinic, an imaging center, a DME company and a
// school are planted whole with their kind words ('Liberty Heart Rhythm Center', 'Hope Home Medical'), a manufacturer
// or a supplier named alone ('Boston Scientific', 'St. Jude Medical', 'Byram') is kept; a patient's town is planted, a
// state is kept; a street address is planted from its number to its street type, a ZIP is planted; every date element
// but the year is planted: a full date, a month and day, a month with a year, a weekday, an ordinal day and a holiday
// that fixes a day; in an ISO timestamp only the date is planted, and the time next to a date is kept; a remote
// schedule ('every 91 days') is kept; ages over 89 are planted; a patient portal's URL is planted whole, a vendor's
// public site is kept; a phone's leading '(' or '+1' need not be covered; e-mails are planted whole.
// Kept (look-alikes): eponyms (Mobitz, Wenckebach, Brugada, Holter, Stokes-Adams, His bundle, Bachmann's bundle,
// Purkinje, Cheyne-Stokes, Epworth, Mallampati, Parkinson, Valsalva, Twiddler, Meniere, Mondini, Kussmaul, Somogyi,
// Fontan, Chagas, Wolff-Parkinson-White), device makers, products and model numbers, remote platforms (CareLink,
// LATITUDE NXT, Merlin.net, AirView, Clarity), lead parameters, pacing modes, battery voltages, percent pacing, zones
// and therapies, CPAP, pump, CGM, LVAD, cochlear and neurostimulator settings, firmware versions, drugs and doses,
// scores and classes, CPT, HCPCS and ICD-10 codes, remote schedules, generic places and roles without names, everyday
// words that are also names, relations without names, ages of 89 and under, years alone, states, manufacturers and
// suppliers named alone, a vendor's public URL.
// Measured before rules: 0.961 recall on seeds 5, 11, 23 (3638/3785), 0.961 on fresh seeds 41, 42, 43 (3635/3783); 7/130
// look-alikes touched ("Gallant HF", "Edora 8 DR-T", "St. Jude Medical", "Merlin.net", "FreeStyle Libre 3 Plus", "Byram",
// "www.medtronic.com/mri") (engine at 033a5a5).
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as hu } from '@faker-js/faker/locale/hu';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as ro } from '@faker-js/faker/locale/ro';
import { faker as sv } from '@faker-js/faker/locale/sv';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, gb, gh, nl, sv, hu, ro, frca];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Faith', 'Joy', 'Grace', 'Charity', 'Pearl', 'Ruby', 'Amber', 'Ivy', 'Holly', 'Dawn', 'Summer', 'Misty', 'Sunny', 'Crystal', 'Rocky', 'Bill', 'Art', 'Guy', 'Mark', 'Dale', 'Clay', 'Chase', 'Hunter', 'Buck', 'Rusty', 'Sonny', 'Duke', 'Ray', 'Dusty', 'Major', 'Royal', 'Will', 'Cliff', 'Pat'];
const WORD_SUR = ['Stone', 'Hill', 'Sparks', 'Power', 'Price', 'Wells', 'Banks', 'Fields', 'Rivers', 'Brooks', 'Cook', 'Baker', 'Miller', 'Walker', 'Bell', 'Carter', 'Fisher', 'Hunter', 'Gates', 'Bolt', 'Leader', 'Paige', 'Rhodes', 'Rich', 'Strong', 'Young', 'Small', 'Best', 'Hart', 'Pace', 'Frost', 'Moody', 'Ward'];
/** Towns that are everyday words, given names or surnames. */
const WORD_TOWNS = ['Liberty', 'Hope', 'Union', 'Concord', 'Harmony', 'Energy', 'Magnet', 'Volt', 'Pulaski', 'Independence', 'Commerce', 'Enterprise', 'Industry', 'Progress', 'Eden', 'Paradise', 'Bath', 'Reading', 'Dover', 'Marion', 'Florence', 'Warren', 'Jasper', 'Sparta', 'Athens', 'Canton', 'Orange', 'Normal', 'Midway', 'Fairview', 'Comfort', 'Welcome', 'Loyal', 'Plentywood', 'Battle Creek', 'Hurricane', 'Surprise', 'Carefree'];
const REAL_TOWNS = ['Muncie', 'Kokomo', 'Elkhart', 'Lima', 'Findlay', 'Zanesville', 'Wheeling', 'Morgantown', 'Johnstown', 'Altoona', 'Williamsport', 'Binghamton', 'Utica', 'Rutland', 'Bangor', 'Lewiston', 'Nashua', 'Pittsfield', 'Danbury', 'Lancaster', 'Hagerstown', 'Salisbury', 'Roanoke', 'Lynchburg', 'Greenville', 'Rocky Mount', 'Asheville', 'Spartanburg'];
const STATES = ['OH', 'PA', 'NY', 'WV', 'VA', 'NC', 'SC', 'MD', 'VT', 'ME', 'NH', 'MA', 'CT', 'IN', 'MI', 'Ohio', 'Pennsylvania', 'Virginia'];
const STREET_WORDS = ['Main', 'Maple', 'Oak', 'Elm', 'Cherry', 'Chestnut', 'Highland', 'Ridge', 'Valley', 'Orchard', 'Mill', 'Spring', 'School', 'Church', 'Park', 'Lincoln', 'Washington', 'Grant', 'Fox Run', 'Deer Path'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Ct', 'Court', 'Blvd', 'Way', 'Pike', 'Circle'];
const SAINTS = ['Mary', 'Luke', 'Joseph', 'Vincent', 'Elizabeth', 'Francis', 'Anne', 'Clare', 'Agnes', 'Rita', 'Peter', 'John'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Heart Hospital', 'University Hospital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'granddaughter', 'grandson', 'sister', 'brother', 'niece', 'neighbor', 'caregiver', 'partner', 'mother', 'father'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms'];
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Eve", "New Year's Day", 'July Fourth', 'Independence Day', 'Thanksgiving Day', 'Halloween', "Valentine's Day", "St. Patrick's Day", 'Veterans Day', 'Labor Day'];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const HEX = '0123456789ABCDEF';
const MAIL_HOSTS = ['gmail.com', 'yahoo.com', 'aol.com', 'icloud.com', 'outlook.com', 'comcast.net', 'verizon.net'];

/** Makers and products of cardiac rhythm devices with their model codes: kept; serials in each maker's style are planted. */
const CRM: readonly (readonly [string, string, string])[] = [
  ['Medtronic', 'Azure XT DR MRI', 'W1DR01'], ['Medtronic', 'Cobalt XT HF Quad CRT-D', 'DTPA2QQ'], ['Medtronic', 'Evera MRI XT VR', 'DVMB2D4'], ['Medtronic', 'Advisa DR MRI', 'A3DR01'],
  ['Boston Scientific', 'Accolade MRI EL DR', 'L331'], ['Boston Scientific', 'Resonate EL ICD', 'D433'], ['Boston Scientific', 'Emblem MRI S-ICD', 'A219'],
  ['Abbott', 'Assurity MRI', 'PM2272'], ['Abbott', 'Gallant HF CRT-D', 'CDHFA500Q'], ['Abbott', 'Endurity Core', 'PM1140'],
  ['Biotronik', 'Edora 8 DR-T', '407145'], ['Biotronik', 'Rivacor 7 VR-T', '429525'],
];
const LEADS = ['CapSureFix Novus MRI 5076-52 cm', 'CapSureFix Novus MRI 5076-58 cm', 'SelectSecure 3830-69 cm', 'Sprint Quattro Secure 6935M-62 cm', 'Attain Performa 4598-88 cm', 'Ingevity+ 7841-59 cm', 'Reliance 4-Front 0693-64 cm', 'Tendril STS 2088TC-52 cm', 'Durata 7122Q-65 cm', 'Solia S 60 cm'];
const VENDORS = ['Medtronic', 'Boston Scientific', 'Abbott', 'Biotronik'];

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
  vendor(): string {
    return this.pick(VENDORS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.8 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  hospital(): string {
    const x = this.r();
    if (x < 0.2) return `St. ${this.pick(SAINTS)}'s ${this.pick(['Hospital', 'Medical Center', 'Regional Hospital'])}`;
    if (x < 0.3) return `${this.sur()} Memorial Hospital`;
    return `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A cardiology or electrophysiology practice. */
  heartClinic(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Heart Rhythm Center`;
    if (k === 1) return `${this.town()} Cardiology Associates`;
    if (k === 2) return `${this.sur()} Heart & Vascular Institute`;
    if (k === 3) return `${this.town()} Heart Clinic`;
    return `${this.town()} Cardiovascular Group`;
  }
  endoClinic(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Diabetes Center`;
    if (k === 1) return `${this.town()} Endocrinology Associates`;
    return `${this.sur()} Diabetes & Endocrine Clinic`;
  }
  sleepCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Sleep Disorders Center`;
    if (k === 1) return `${this.town()} Center for Sleep Medicine`;
    return `${this.sur()} Sleep Institute`;
  }
  hearingCenter(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Hearing Center`;
    if (k === 1) return `${this.town()} ENT & Audiology`;
    return `${this.sur()} Hearing and Balance Clinic`;
  }
  imaging(): string {
    return this.r() < 0.5 ? `${this.town()} Imaging Center` : `${this.town()} Open MRI`;
  }
  dme(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Home Medical`;
    if (k === 1) return `${this.sur()} Medical Supply`;
    if (k === 2) return `${this.town()} Respiratory Services`;
    return `${this.town()} Home Medical Equipment`;
  }
  school(): string {
    return `${this.town()} ${this.pick(['Elementary School', 'Middle School', 'High School', 'Primary School'])}`;
  }
  street(): string {
    const name = this.r() < 0.7 ? this.pick(STREET_WORDS) : this.sur();
    return `${this.int(3, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${name} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 49999)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms clinics and vendor reports write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${d}-${MON[m - 1]!}-${y}` : `${m}/${d}/${y}`);
  }
  /** yyyy-mm-dd. */
  iso(): string {
    const [m, d] = this.md();
    return `${this.year()}-${pad2(m)}-${pad2(d)}`;
  }
  /** A window of `days` days ('3/4/2023 - 4/2/2023'), both ends in one form: the two ends. */
  span(days: number, withYear = true): readonly [string, string] {
    const [m, d] = this.md();
    const start = new Date(Date.UTC(this.year(), m - 1, d));
    const end = new Date(start.getTime() + days * 86400000);
    const k = this.int(0, 7);
    const f = (t: Date): string => (withYear ? writtenDate(k, t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCFullYear())! : `${t.getUTCMonth() + 1}/${t.getUTCDate()}`);
    return [f(start), f(end)];
  }
  slashMd(): string {
    const [m, d] = this.md();
    return this.r() < 0.8 ? `${m}/${d}` : `${pad2(m)}/${pad2(d)}`;
  }
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
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1928, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.6 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.r() < 0.5 ? `M${this.digitString(7)}` : this.digitString(this.int(7, 9));
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' or '+1 ' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(201, 989));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    const k = this.int(0, 4);
    if (k === 0) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    if (k === 1) return [`+1 ${a}-${b}-${c}`, `${a}-${b}-${c}`];
    if (k === 2) return [`1-${a}-${b}-${c}`, `1-${a}-${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`]);
    return [f, f];
  }
  alnum(n: number): string {
    return this.lettersOf(ALNUM, n);
  }
  hex(n: number): string {
    return this.lettersOf(HEX, n);
  }
  /** A patient's own e-mail address. */
  email(g: string, s: string): string {
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}${this.int(1, 99)}`, `${a.charAt(0)}${b}${this.int(10, 999)}`, `${b}${a.charAt(0)}${this.int(1, 9)}`, `${a}${this.int(1940, 2005)}`]);
    return `${local}@${this.pick(MAIL_HOSTS)}`;
  }
  /** A device clinic's shared inbox. */
  clinicEmail(): string {
    const t = asciiLetters(this.town()) || 'liberty';
    return `${this.pick(['deviceclinic', 'ep.remote', 'remotemonitoring', 'crm.nurses', 'vadteam', 'pumpclinic'])}@${t}${this.pick(['heart.org', 'health.org', 'cardiology.com', 'med.org'])}`;
  }
  /** A patient portal link of the health system. */
  portalUrl(): string {
    const t = asciiLetters(this.town()) || 'hope';
    const k = this.int(0, 3);
    if (k === 0) return `https://mychart.${t}health.org/MyChart/`;
    if (k === 1) return `https://portal.${t}heart.com/patient/${this.digitString(7)}`;
    if (k === 2) return `https://www.${t}cardiology.com/patient-portal`;
    return `https://${t}hearing.followmyhealth.com`;
  }
  /** A cardiac device's serial in the style of its maker. */
  crmSerial(maker: string): string {
    if (maker === 'Medtronic') return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (maker === 'Boston Scientific') return this.digitString(6);
    if (maker === 'Abbott') return this.digitString(this.int(7, 8));
    return this.digitString(8);
  }
  /** A lead's serial in any maker's style. */
  leadSerial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(7)}${this.r() < 0.5 ? this.letters(1) : ''}`;
    if (k === 1) return this.digitString(6);
    if (k === 2) return `${this.letters(3)}${this.digitString(6)}`;
    return this.digitString(8);
  }
  /** A device drawn with its maker, product, model code and serial. */
  crm(): readonly [string, string, string, string] {
    const [maker, product, code] = this.pick(CRM);
    return [maker, product, code, this.crmSerial(maker)];
  }
  /** An insertable cardiac monitor's serial. */
  icmSerial(): string {
    return this.r() < 0.6 ? `RL${this.letters(1)}${this.digitString(6)}${this.letters(1)}` : this.digitString(this.int(7, 8));
  }
  /** A bedside monitor's or communicator's serial. */
  monitorSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 1) return this.digitString(this.int(6, 8));
    return `${this.letters(2)}${this.digitString(7)}`;
  }
  /** A remote-monitoring patient ID or account. */
  remoteId(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(6, 9));
    if (k === 1) return `${this.letters(2)}${this.digitString(7)}`;
    if (k === 2) return `${this.digitString(4)}-${this.digitString(4)}`;
    return `P${this.digitString(8)}`;
  }
  pumpSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `NG${this.digitString(7)}H`;
    if (k === 1) return this.digitString(this.int(7, 8));
    return `${this.letters(2)}${this.digitString(6)}${this.letters(1)}`;
  }
  /** A CGM transmitter ID: six capitals and digits, starting with a digit. */
  transmitterId(): string {
    return `${this.int(4, 9)}${this.alnum(5)}`;
  }
  sensorSerial(): string {
    return this.r() < 0.6 ? `0${this.letters(1)}${this.alnum(8)}` : `${this.letters(2)}${this.digitString(8)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `L${this.digitString(5)}-${this.digitString(3)}`;
    if (k === 1) return `${this.digitString(2)}${this.letters(2)}${this.digitString(5)}`;
    return this.digitString(this.int(7, 9));
  }
  cpapSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `2${this.digitString(10)}`;
    if (k === 1) return `${this.letters(1)}${this.digitString(8)}${this.letters(1)}${this.alnum(3)}`;
    return `${this.digitString(5)}-${this.digitString(6)}`;
  }
  vadSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `MLP${this.digitString(6)}`;
    if (k === 1) return `HW${this.digitString(5)}`;
    return `${this.digitString(5)}${this.letters(2)}`;
  }
  ciSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(7);
    if (k === 1) return this.digitString(10);
    return `${this.letters(2)}${this.digitString(6)}`;
  }
  neuroSerial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `NGP${this.digitString(6)}H`;
    if (k === 1) return this.digitString(5);
    if (k === 2) return `${this.letters(3)}${this.digitString(6)}${this.letters(1)}`;
    return this.digitString(8);
  }
  imei(): string {
    return this.r() < 0.7 ? `35${this.digitString(13)}` : `35-${this.digitString(6)}-${this.digitString(6)}-${this.digitString(1)}`;
  }
  ip(): string {
    const k = this.int(0, 3);
    if (k === 0) return `192.168.${this.int(0, 2)}.${this.int(2, 254)}`;
    if (k === 1) return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`;
    return `${this.pick([24, 68, 71, 73, 98, 108, 174])}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`;
  }
  mac(): string {
    return Array.from({ length: 6 }, () => this.hex(2)).join(this.r() < 0.75 ? ':' : '-');
  }
  caseNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(7, 10));
    if (k === 1) return `${this.letters(2)}-${this.digitString(6)}`;
    return `${this.digitString(8)}-${this.digitString(2)}`;
  }
  rga(): string {
    return this.r() < 0.5 ? `RGA${this.digitString(7)}` : this.digitString(this.int(6, 8));
  }
  tracking(): string {
    return this.r() < 0.5 ? `1Z${this.alnum(16)}` : this.digitString(12);
  }
  /** A physician with or without a title or credentials: the text and its planted parts. */
  doctor(fellow = 'FHRS'): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 5);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${g} ${this.mi()} ${s}, MD, ${fellow}`, [g, s]];
    if (k === 3) return [`Dr. ${s}`, [s]];
    if (k === 4) return [`${g} ${s}, DO, ${fellow}`, [g, s]];
    return [`Dr ${g} ${s}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // pacemaker, ICD and loop recorder clinic
  ['interrogation report header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const mrn = d.mrn(); const dob = d.dob(); const dt = d.date();
    return [`DEVICE CLINIC INTERROGATION REPORT\nPatient: ${s}, ${g} ${d.mi()}   MRN: ${mrn}   DOB: ${dob}\nDate of service: ${dt}   Type: ${d.pick(['in-clinic', 'remote', 'post-op check'])}`, [s, g, mrn, dob, dt]];
  }],
  ['generator model serial and implant date', (d) => {
    const [maker, product, code, sn] = d.crm(); const dt = d.date();
    return [`Generator: ${maker} ${product}   Model ${code}   SN ${sn}\nImplant date: ${dt}   Battery 3.01 V (longevity 8.5 yrs)`, [sn, dt]];
  }],
  ['model slash serial pair', (d) => {
    const [maker, , code, sn] = d.crm(); const ls = d.leadSerial();
    return [`Device (${maker}) Model/SN: ${code}/${sn}; RV lead Model/SN: 5076-58/${ls}. Mode DDDR 60/130.`, [sn, ls]];
  }],
  ['lead table serials', (d) => {
    const a = d.leadSerial(); const b = d.leadSerial(); const dt = d.date();
    return [`LEADS (implanted ${dt})\nRA  ${d.pick(LEADS)}  SN ${a}  P 2.4 mV  imp 480 ohms  thr 0.5 V @ 0.4 ms\nRV  ${d.pick(LEADS)}  SN ${b}  R 11.2 mV  imp 620 ohms  thr 0.75 V @ 0.4 ms`, [dt, a, b]];
  }],
  ['implanting physician and hospital', (d) => {
    const dt = d.date(); const h = d.hospital(); const [doc, p] = d.doctor();
    return [`${d.pick(['Dual-chamber pacemaker', 'Single-chamber ICD', 'CRT-D', 'Leadless pacemaker'])} implanted ${dt} at ${h} by ${doc} for ${d.pick(['complete heart block', 'sick sinus syndrome', 'primary prevention, LVEF 25%', 'syncope with HV 78 ms'])}.`, [dt, h, ...p]];
  }],
  ['vendor representative present', (d) => {
    const g = d.given(); const s = d.sur(); const v = d.vendor();
    const k = d.int(0, 2);
    const who = k === 0 ? `${v} rep ${g} ${s} present` : k === 1 ? `Interrogated with ${g} ${s} (${v})` : `${v} representative: ${g} ${s}, CCDS`;
    return [`${who}; sensing and thresholds stable, no changes made.`, [g, s]];
  }],
  ['representative cell after hours', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`After-hours ${d.vendor()} technical rep for the OR: ${g} ${s}, cell ${ph}.`, [g, s, p]];
  }],
  ['episode log date', (d) => {
    const dt = d.date();
    return [`Episode #${d.int(2, 48)}   ${dt} ${d.time()}   VT-1   ${d.int(170, 210)} bpm   ATP x1   Success\nDuration 00:00:14   EGM stored`, [dt]];
  }],
  ['shock on a weekday in town', (d) => {
    const w = d.weekday(); const t = d.town();
    return [`Reports one shock ${w} ${d.pick(['evening', 'morning', 'afternoon'])} while ${d.pick(['mowing the lawn', 'at church', 'shoveling snow', 'at a ballgame'])} in ${t}; no syncope, did not call 911.`, [w, t]];
  }],
  ['RRT and generator change scheduled', (d) => {
    const md = d.monDay(); const smd = d.slashMd(); const s = d.sur(); const h = d.hospital();
    return [`RRT reached ${md} (2.62 V). Generator change scheduled ${smd} with Dr. ${s} at ${h}.`, [md, smd, s, h]];
  }],
  ['generator change explanted serials', (d) => {
    const dt = d.date(); const [, p1, , a] = d.crm(); const [, p2, , b] = d.crm();
    return [`${dt}: generator change. Explanted ${p1} SN ${a} (returned to manufacturer); implanted ${p2} SN ${b}. Leads retained.`, [dt, a, b]];
  }],
  ['returned product analysis', (d) => {
    const v = d.vendor(); const rga = d.rga(); const dt = d.date();
    return [`${v} returned product analysis, RGA #${rga}: normal battery depletion, no malfunction. Report received ${dt}.`, [rga, dt]];
  }],
  ['device clinic age over 89', (d) => {
    const n = d.ageOver89();
    return [`${n} y/o ${d.pick(['F', 'M', 'woman', 'man'])} with ${d.pick(['CHB', 'sinus node dysfunction', 'AF with slow VR'])}, pacemaker dependent, here for 6-month check; RV pacing 99%.`, [n]];
  }],
  ['MRI mode programmed at imaging center', (d) => {
    const smd = d.slashMd(); const img = d.imaging(); const g = d.given(); const s = d.sur();
    return [`MRI SureScan on at ${d.time()} on ${smd} for lumbar MRI at ${img}; restored to DDDR 60 afterward by ${g} ${s}, RN.`, [smd, img, g, s]];
  }],
  ['implanted device ID card', (d) => {
    const g = d.given(); const s = d.sur(); const [maker, product, , sn] = d.crm(); const dt = d.date(); const h = d.hospital(); const s2 = d.sur();
    return [`IMPLANTED DEVICE ID CARD\n${g} ${s}\nDevice: ${maker} ${product}  SN ${sn}\nImplanted: ${dt}, ${h}\nPhysician: Dr. ${s2}`, [g, s, sn, dt, h, s2]];
  }],
  ['loop recorder insertion', (d) => {
    const sn = d.icmSerial(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Reveal LINQ II (LNQ22) SN ${sn} inserted ${dt} in the ${d.pick(['EP lab', 'clinic procedure room'])} by ${g} ${s}, ${d.pick(['NP', 'PA-C', 'MD'])}; R wave 0.42 mV.`, [sn, dt, g, s]];
  }],
  ['loop recorder AF episode', (d) => {
    const dt = d.date();
    return [`ICM alert: AF episode ${dt} ${d.time()}, duration 4 h 12 min, max V rate 142 bpm; EGMs reviewed and confirm AF.`, [dt]];
  }],
  ['electrophysiologist signature with NPI', (d) => {
    const [doc, p] = d.doctor(); const npi = d.npi(); const dt = d.date();
    return [`${doc}\nCardiac Electrophysiology\nNPI ${npi}\nElectronically signed ${dt} ${d.time()}`, [...p, npi, dt]];
  }],
  ['interrogated by initials', (d) => {
    const i = d.initials(); const s = d.sur();
    return [`Interrogated by ${i}, CCDS; reviewed with Dr. ${s}. Next in-clinic check in 12 months.`, [i, s]];
  }],
  // remote monitoring
  ['remote transmission header', (d) => {
    const dt = d.date(); const sn = d.monitorSerial(); const id = d.remoteId();
    return [`REMOTE TRANSMISSION   Received: ${dt} ${d.time()}   Network: CareLink\nMonitor SN: ${sn}   CareLink patient ID: ${id}\nTransmission type: scheduled`, [dt, sn, id]];
  }],
  ['LATITUDE patient ID and communicator', (d) => {
    const id = d.remoteId(); const sn = d.monitorSerial(); const smd = d.slashMd();
    return [`LATITUDE NXT patient ID ${id}; communicator (Model ${d.pick(['6290', '6280', '6496'])}) serial ${sn}, last contact ${smd}.`, [id, sn, smd]];
  }],
  ['Merlin.net transmission ID', (d) => {
    const tx = d.digitString(d.int(8, 10)); const dt = d.date();
    return [`Merlin.net transmission ${tx} from the myMerlinPulse app received ${dt}; battery OK, no alerts.`, [tx, dt]];
  }],
  ['missed transmission call home', (d) => {
    const md = d.monDay(); const [ph, p] = d.phone(); const g = d.given(); const t = d.town();
    return [`No transmission since ${md}. Called ${ph}; ${d.relation()} ${g} says the monitor was unplugged when they moved to ${t}.`, [md, p, g, t]];
  }],
  ['home hub IP and MAC', (d) => {
    const ip = d.ip(); const mac = d.mac(); const g = d.given();
    return [`Home hub offline 9 days: last seen from IP ${ip}, MAC ${mac}. Pt's ${d.relation()} ${g} reset the router; hub reconnected.`, [ip, mac, g]];
  }],
  ['CardioMessenger serial', (d) => {
    const sn = d.digitString(8); const dt = d.date();
    return [`Biotronik CardioMessenger Smart SN ${sn}; Home Monitoring active since ${dt}; daily messages received.`, [sn, dt]];
  }],
  ['remote billing account and period', (d) => {
    const acct = d.remoteId(); const [a, b] = d.span(90, false);
    return [`Remote monitoring account ${acct}: 93296 and 93294 billed for ${a} to ${b} (every 91 days).`, [acct, a, b]];
  }],
  ['alert e-mailed to clinic', (d) => {
    const em = d.clinicEmail(); const dt = d.date();
    return [`Red alert (RV impedance > 2000 ohms) e-mailed to ${em} at ${d.time()} on ${dt}; patient called in for lead check.`, [em, dt]];
  }],
  ['exported ISO timestamp', (d) => {
    const iso = d.iso();
    return [`event_log.csv: ${iso}T${d.time()}:${pad2(d.int(0, 59))}Z, AT/AF onset, burden 14%, V rate 96`, [iso]];
  }],
  ['patient portal link', (d) => {
    const url = d.portalUrl();
    return [`Your device check report is posted in the patient portal: ${url}. Log in with your portal username.`, [url]];
  }],
  ['clinic account on vendor site', (d) => {
    const uid = `${(asciiLetters(d.given()) || 'k').charAt(0)}${asciiLetters(d.sur()) || 'smith'}${d.int(1, 99)}`; const cid = d.digitString(d.int(5, 7));
    return [`Clinic account on Merlin.net: user ${uid}, clinic ID ${cid}; patient moved to the follow-up list.`, [uid, cid]];
  }],
  // insulin pumps and CGMs
  ['pump model and serial', (d) => {
    const sn = d.pumpSerial();
    return [`Pump: MiniMed 780G (MMT-1886)   SN ${sn}   Software 6.2\nSensor: Guardian 4   SmartGuard on 92% of the time   Target 100 mg/dL`, [sn]];
  }],
  ['t:slim serial and Control-IQ start', (d) => {
    const sn = d.digitString(d.int(7, 8)); const dt = d.date();
    return [`t:slim X2 serial ${sn}; Control-IQ started ${dt}. Basal 0.85 u/h overnight, carb ratio 1:10, ISF 1:45.`, [sn, dt]];
  }],
  ['Omnipod controller and pod lot', (d) => {
    const sn = d.pumpSerial(); const lot = d.lot();
    return [`Omnipod 5 controller SN ${sn}; pod lot ${lot} had an occlusion alarm at ${d.time()} after 31 h. Pod kept for return.`, [sn, lot]];
  }],
  ['Dexcom transmitter ID', (d) => {
    const tx = d.transmitterId(); const smd = d.slashMd();
    return [`Dexcom G6 transmitter ID ${tx}, started ${smd}; expires in 90 days, replacement ordered.`, [tx, smd]];
  }],
  ['Libre sensor serial and case', (d) => {
    const sn = d.sensorSerial(); const w = d.weekday(); const c = d.caseNo();
    return [`FreeStyle Libre 3 sensor serial ${sn} failed ${w} (sensor error); Abbott case #${c} for replacement.`, [sn, w, c]];
  }],
  ['pump download date range', (d) => {
    const [a, b] = d.span(d.pick([14, 30, 90]));
    return [`Pump/CGM download ${a} - ${b}: TIR 72%, TBR 2%, GMI 7.1%, CV 31%; 3.1 boluses/day.`, [a, b]];
  }],
  ['pump start with educator and trainer', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const g2 = d.given(); const s2 = d.sur();
    return [`Pump start ${dt} with ${g} ${s}, RN, CDCES and ${d.pick(['Tandem', 'Insulet', 'Medtronic'])} trainer ${g2} ${s2}; saline trial skipped.`, [dt, g, s, g2, s2]];
  }],
  ['DKA admission at hospital in town', (d) => {
    const h = d.hospital(); const t = d.town(); const md = d.monDay();
    return [`Infusion set failure overnight -> DKA (pH 7.18); admitted to ${h} in ${t} ${md}. Pump resumed at discharge.`, [h, t, md]];
  }],
  ['supply account and order', (d) => {
    const acct = d.digitString(d.int(7, 10)); const o = d.caseNo(); const smd = d.slashMd();
    return [`Supplies through ${d.pick(['Byram', 'Edgepark', 'CCS Medical', 'US Med'])}: account #${acct}, order ${o} shipped ${smd} (10 infusion sets, 9 sensors).`, [acct, o, smd]];
  }],
  ['Clarity and Glooko sharing codes', (d) => {
    const code = `${d.digitString(4)}-${d.digitString(4)}-${d.digitString(4)}`; const id = d.remoteId();
    return [`Clarity clinic sharing code ${code} entered; Glooko patient ID ${id}. Data reviewed with patient.`, [code, id]];
  }],
  ['endocrinologist and diabetes clinic', (d) => {
    const [doc, p] = d.doctor('FACE'); const c = d.endoClinic(); const dt = d.date();
    return [`Followed by ${doc} at ${c}; last A1c 7.2% on ${dt}. Closed-loop settings unchanged.`, [...p, c, dt]];
  }],
  // CPAP compliance
  ['CPAP compliance report header', (d) => {
    const [a, b] = d.span(d.pick([29, 30, 89, 90])); const sn = d.cpapSerial(); const id = d.remoteId();
    return [`COMPLIANCE REPORT   ${a} - ${b}\nDevice: AirSense 11 AutoSet   SN: ${sn}   AirView ID: ${id}\nUsage >= 4 h: 87% of days   AHI 2.4   Median leak 6.1 L/min`, [a, b, sn, id]];
  }],
  ['DreamStation recall registration', (d) => {
    const sn = d.cpapSerial(); const c = d.caseNo(); const dt = d.date();
    return [`Philips DreamStation serial ${sn} registered in the recall program; confirmation #${c}; remediated device shipped ${dt}.`, [sn, c, dt]];
  }],
  ['DME setup by respiratory therapist', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const dme = d.dme(); const t = d.town();
    return [`CPAP set up ${dt} by ${g} ${s}, RRT, of ${dme} in ${t}; F20 full face mask, medium.`, [dt, g, s, dme, t]];
  }],
  ['modem IMEI no data', (d) => {
    const imei = d.imei(); const md = d.monDay();
    return [`Cellular modem IMEI ${imei}: no data received since ${md}. Patient asked to power-cycle the device.`, [imei, md]];
  }],
  ['sleep study at sleep center', (d) => {
    const dt = d.date(); const c = d.sleepCenter();
    return [`Diagnostic PSG ${dt} at ${c}: AHI 38.2, RDI 41, nadir SpO2 79%. CPAP titrated to 10 cm H2O.`, [dt, c]];
  }],
  ['sleep physician signature', (d) => {
    const [doc, p] = d.doctor('FAASM'); const dt = d.date();
    return [`Compliance reviewed and meets CMS criteria.\n${doc}\nSleep Medicine\n${dt}`, [...p, dt]];
  }],
  // LVAD clinic
  ['LVAD implant history', (d) => {
    const dt = d.date(); const h = d.hospital(); const s = d.sur(); const sn = d.vadSerial();
    return [`HeartMate 3 LVAD implanted ${dt} at ${h} (Dr. ${s}) as destination therapy; pump SN ${sn}.`, [dt, h, s, sn]];
  }],
  ['controller and battery serials', (d) => {
    const c = d.vadSerial(); const b1 = d.digitString(6); const b2 = d.digitString(6);
    return [`System controller SN ${c} (backup in bag). Batteries ${b1} and ${b2}: 14 cycles, 100% capacity.`, [c, b1, b2]];
  }],
  ['VAD coordinator pager', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`VAD coordinator on call: ${g} ${s}, RN, pager ${ph}. Speed 5400 rpm, flow 4.5 L/min, PI 3.2, power 4.4 W.`, [g, s, p]];
  }],
  ['INTERMACS registry ID', (d) => {
    const id = d.digitString(d.int(6, 8));
    return [`INTERMACS (STS) registry ID ${id}; profile 3 at implant, NYHA class IIIb.`, [id]];
  }],
  ['LVAD alarm call at night', (d) => {
    const w = d.weekday(); const g = d.given(); const t = d.town(); const h = d.hospital();
    return [`Called ${w} night with a low-flow alarm; ${d.relation()} ${g} switched to backup batteries. EMS from ${t} took him to ${h}.`, [w, g, t, h]];
  }],
  ['driveline culture date', (d) => {
    const smd = d.slashMd();
    return [`Driveline exit site with drainage; culture ${smd} grew MSSA. Cephalexin 500 mg QID x 14 days, daily dressing changes.`, [smd]];
  }],
  // cochlear implants
  ['cochlear implant surgery', (d) => {
    const sn = d.ciSerial(); const dt = d.date(); const h = d.hospital(); const [doc, p] = d.doctor('FACS');
    return [`${d.pick(['Right', 'Left'])} Nucleus CI622 (SN ${sn}) implanted ${dt} at ${h} by ${doc}; full insertion, 22 electrodes.`, [sn, dt, h, ...p]];
  }],
  ['processor activation by audiologist', (d) => {
    const sn = d.ciSerial(); const dt = d.date(); const g = d.given(); const s = d.sur(); const c = d.hearingCenter();
    return [`Nucleus 8 processor SN ${sn} activated ${dt} by ${g} ${s}, AuD, at ${c}. MAP 1 created, impedances normal.`, [sn, dt, g, s, c]];
  }],
  ['school letter to teacher', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school();
    return [`Roger receiver paired for the classroom; letter sent to ${d.title()} ${g} ${s}, teacher at ${sc}, about preferential seating.`, [g, s, sc]];
  }],
  ['loaner processor', (d) => {
    const sn = d.ciSerial(); const smd = d.slashMd(); const md = d.monDay();
    return [`Loaner processor SN ${sn} issued ${smd} while the coil is repaired; return by ${md}.`, [sn, smd, md]];
  }],
  // neurostimulators
  ['DBS implant serials', (d) => {
    const sn = d.neuroSerial(); const l1 = d.leadSerial(); const l2 = d.leadSerial(); const dt = d.date(); const s = d.sur();
    return [`Percept PC (B35200) SN ${sn}; SenSight leads SN ${l1} (L) and ${l2} (R). Implanted ${dt} by Dr. ${s}. L STN 1-C+ 2.5 mA 60 us 130 Hz.`, [sn, l1, l2, dt, s]];
  }],
  ['VNS generator', (d) => {
    const sn = d.digitString(d.int(5, 6)); const my = d.monthYear(); const h = d.hospital();
    return [`VNS: SenTiva Model 1000, SN ${sn}, implanted ${my} at ${h}. Output 1.75 mA, 30 s on / 5 min off.`, [sn, my, h]];
  }],
  ['SCS trial with rep and programmer', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const sn = d.neuroSerial();
    return [`Spinal cord stimulator trial started ${dt} with ${d.pick(['Abbott', 'Boston Scientific', 'Nevro', 'Medtronic'])} rep ${g} ${s}; patient programmer SN ${sn}.`, [dt, g, s, sn]];
  }],
  ['Inspire activation', (d) => {
    const sn = d.neuroSerial(); const dt = d.date(); const r = d.digitString(d.int(6, 8));
    return [`Inspire IPG (Model 3028) SN ${sn} activated ${dt}; sleep remote SN ${r}. Amplitude 1.8 V, titration PSG in 2 months.`, [sn, dt, r]];
  }],
  ['intrathecal pump refill', (d) => {
    const sn = d.neuroSerial(); const dt = d.date(); const md = d.monDay(); const smd = d.slashMd();
    return [`SynchroMed II SN ${sn} refilled ${dt} with baclofen 500 mcg/mL (20 mL). Next refill due ${md}; low reservoir alarm date ${smd}.`, [sn, dt, md, smd]];
  }],
  // letters, cards and shipments
  ['patient address block', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${dt}\n\n${d.title()} ${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nRE: Your remote monitoring schedule`, [dt, g, s, st, t, z]];
  }],
  ['manufacturer advisory letter', (d) => {
    const s = d.sur(); const [maker, product, , sn] = d.crm(); const dt = d.date(); const [ph, p] = d.phone();
    return [`Dear ${d.title()} ${s},\nOur records show that your ${product} (serial number ${sn}) is included in the ${maker} advisory dated ${dt}. Please call the device clinic at ${ph}.`, [s, sn, dt, p]];
  }],
  ['travel letter', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const sn = d.crmSerial(d.vendor());
    return [`To whom it may concern: ${g} ${s} (DOB ${dob}) has an implanted cardiac device, SN ${sn}. Please use a hand search rather than a handheld wand.`, [g, s, dob, sn]];
  }],
  ['driving restriction', (d) => {
    const md = d.monDay();
    return [`No commercial driving; private driving restricted until ${md} (6 months after an appropriate shock).`, [md]];
  }],
  ['holiday shock', (d) => {
    const hd = d.holiday();
    return [`Two inappropriate shocks on ${hd} from RV lead noise; lead revised the following week.`, [hd]];
  }],
  ['month and year of implant in town', (d) => {
    const my = d.monthYear(); const t = d.town();
    return [`Pacemaker placed ${my} in ${t} for complete heart block; records requested.`, [my, t]];
  }],
  ['ordinal day of scheduled transmission', (d) => {
    const o = ordinal(d.int(1, 28));
    return [`Next scheduled remote transmission is on the ${o}; keep the monitor plugged in by the bed.`, [o]];
  }],
  ['emergency contact', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Emergency contact: ${g} ${s} (${d.relation()}), ${ph}.`, [g, s, p]];
  }],
  ['report faxed to referring cardiologist', (d) => {
    const s = d.sur(); const c = d.heartClinic(); const [fx, p] = d.phone();
    return [`Report faxed to Dr. ${s} at ${c}, fax ${fx}.`, [s, c, p]];
  }],
  ['patient e-mail question', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Pt e-mailed from ${em} asking whether the induction cooktop is safe with the ICD; advised to keep 2 ft away.`, [em]];
  }],
  ['UDI serial', (d) => {
    const [, product, , sn] = d.crm(); const di = `00${d.digitString(12)}`; const exp = `${pad2(d.int(24, 30))}${pad2(d.int(1, 12))}${pad2(d.int(1, 28))}`;
    return [`${product} UDI: (01)${di}(17)${exp}(21)${sn}`, [sn]];
  }],
  ['replacement monitor shipment', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const trk = d.tracking();
    return [`Replacement monitor shipped to ${st}, ${t}, ${d.state()} ${z}; tracking ${trk}.`, [st, t, z, trk]];
  }],
];

/** The names of the wave's frames. */
export const devicesFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function devicesWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10093, rounds);
}

/** Look-alikes in device clinic style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // eponyms
  ['Mobitz type II second-degree AV block on the ECG.', 'Mobitz'], ['Wenckebach periodicity on the atrial EGM.', 'Wenckebach'], ['Brugada pattern excluded; procainamide challenge negative.', 'Brugada'],
  ['30-day Holter before the loop recorder.', 'Holter'], ['Stokes-Adams attacks before pacing.', 'Stokes-Adams'], ['His bundle pacing lead in good position.', 'His bundle'],
  ["Bachmann's bundle pacing site chosen.", "Bachmann's"], ['Purkinje potentials on the left bundle lead.', 'Purkinje'], ['Cheyne-Stokes respiration on the titration study.', 'Cheyne-Stokes'],
  ['Epworth Sleepiness Scale 14/24', 'Epworth'], ['Mallampati class IV airway', 'Mallampati'], ['Parkinson disease on carbidopa-levodopa', 'Parkinson'],
  ['Valsalva maneuver without loss of capture', 'Valsalva'], ['Twiddler syndrome suspected on the chest X-ray.', 'Twiddler'], ['Meniere disease in the left ear', 'Meniere'],
  ['Mondini malformation on CT temporal bone', 'Mondini'], ['Kussmaul respirations on arrival in DKA', 'Kussmaul'], ['Somogyi effect considered; overnight basal lowered.', 'Somogyi'],
  ['Fontan circulation with epicardial leads', 'Fontan'], ['Chagas cardiomyopathy', 'Chagas'], ['Wolff-Parkinson-White, s/p ablation', 'Wolff-Parkinson-White'],
  // makers, products and model numbers
  ['Medtronic Azure XT DR MRI SureScan', 'Azure XT DR MRI'], ['Model W1DR01', 'W1DR01'], ['CapSureFix Novus MRI 5076-52 cm', '5076-52'], ['Micra AV leadless pacemaker', 'Micra AV'],
  ['Reveal LINQ II (LNQ22) insertable cardiac monitor', 'LNQ22'], ['Boston Scientific Accolade MRI EL DR', 'Boston Scientific'], ['Abbott Gallant HF CRT-D', 'Gallant HF'],
  ['Biotronik Edora 8 DR-T', 'Edora 8 DR-T'], ['Cobalt XT HF Quad CRT-D', 'Cobalt XT HF Quad'], ['Emblem MRI S-ICD (A219)', 'A219'], ['St. Jude Medical Assurity pacemaker', 'St. Jude Medical'],
  ['LATITUDE NXT remote monitoring', 'LATITUDE NXT'], ['Merlin.net patient care network', 'Merlin.net'], ['MyCareLink Smart monitor', 'MyCareLink Smart'], ['CardioMessenger Smart', 'CardioMessenger'],
  ['HeartMate 3 LVAD', 'HeartMate 3'], ['MiniMed 780G with Guardian 4 sensor', 'Guardian 4'], ['Pump model MMT-1886', 'MMT-1886'], ['t:slim X2 with Control-IQ', 't:slim X2'],
  ['Omnipod 5 pods', 'Omnipod 5'], ['Dexcom G7 sensor', 'Dexcom G7'], ['FreeStyle Libre 3 Plus', 'FreeStyle Libre 3 Plus'], ['ResMed AirSense 11 AutoSet', 'AirSense 11 AutoSet'],
  ['Philips DreamStation 2', 'DreamStation 2'], ['F20 full face mask, medium', 'F20'], ['Cochlear Nucleus CI622 implant', 'CI622'], ['Nucleus 8 sound processor', 'Nucleus 8'],
  ['Advanced Bionics HiRes Ultra 3D', 'HiRes Ultra 3D'], ['MED-EL SYNCHRONY 2', 'SYNCHRONY 2'], ['Percept PC neurostimulator (B35200)', 'B35200'], ['SenSight directional leads', 'SenSight'],
  ['LivaNova SenTiva Model 1000', 'Model 1000'], ['Inspire IV (Model 3028)', 'Model 3028'], ['SynchroMed II intrathecal pump', 'SynchroMed II'], ['Abbott Proclaim XR SCS', 'Proclaim XR'],
  ['Boston Scientific WaveWriter Alpha', 'WaveWriter Alpha'], ['Supplies through Byram.', 'Byram'], ['Data uploaded to Tidepool.', 'Tidepool'], ['Reviewed in Clarity.', 'Clarity'], ['AirView shows 94% adherence.', 'AirView'],
  // lead parameters, modes, batteries, pacing and therapies
  ['Lead impedance 520 ohms', '520 ohms'], ['RV threshold 0.75 V @ 0.4 ms', '0.75 V @ 0.4 ms'], ['R wave 9.8 mV, P wave 2.1 mV', '9.8 mV'], ['Mode DDDR 60/130', 'DDDR 60/130'],
  ['VVI 40 backup', 'VVI 40'], ['MVP mode (AAI<=>DDD)', 'AAI<=>DDD'], ['Battery 3.01 V, longevity 9.5 years', '3.01 V'], ['RV pacing 2.4%, AP 38%', '2.4%'], ['BiV pacing 98.7%', '98.7%'],
  ['VT zone 188 bpm, ATP x3 then 35 J', '35 J'], ['AT/AF burden 0.3%', '0.3%'], ['PR Logic on', 'PR Logic'], ['OptiVol fluid index crossed threshold', 'OptiVol'], ['Magnet rate 85 ppm', '85 ppm'],
  // CPAP, pump, CGM, LVAD, cochlear and neurostimulator settings and versions
  ['AHI 3.1 events/h on CPAP', 'AHI 3.1'], ['Pressure 6-14 cm H2O, EPR 3', '6-14 cm H2O'], ['Median leak 4.2 L/min', '4.2 L/min'], ['Usage >= 4 h on 94% of nights', '94%'],
  ['Average use 6 h 48 min', '6 h 48 min'], ['Basal 0.85 u/h 00:00-06:00', '0.85 u/h'], ['Carb ratio 1:10, ISF 1:45', '1:10'], ['Time in range 72%, GMI 7.1%', 'GMI 7.1%'],
  ['Firmware 2.4.1 installed', '2.4.1'], ['Software version 8.1.0', '8.1.0'], ['Pump speed 5400 rpm, flow 4.5 L/min, PI 3.2, power 4.4 W', '5400 rpm'],
  ['L STN 1-C+ 2.5 mA 60 us 130 Hz', '2.5 mA 60 us 130 Hz'], ['VNS output 1.75 mA, 30 s on / 5 min off', '1.75 mA'], ['Impedances 6-9 kOhm on all 22 electrodes', '22 electrodes'],
  ['MAP 4 with T-levels raised 5 CL', 'MAP 4'], ['Inspire amplitude 1.8 V', '1.8 V'], ['Baclofen 500 mcg/mL at 150 mcg/day', '150 mcg/day'], ['Reservoir volume 18.5 mL', '18.5 mL'],
  // drugs, scores and classes
  ['apixaban 5 mg BID', 'apixaban'], ['amiodarone 200 mg daily', 'amiodarone 200 mg'], ['dofetilide 500 mcg BID, QTc 462', 'QTc 462'], ['warfarin, INR 2.4', 'INR 2.4'],
  ['insulin lispro (Humalog) in the pump', 'Humalog'], ['Fiasp U-100', 'U-100'], ['CHA2DS2-VASc 4', 'CHA2DS2-VASc 4'], ['NYHA class III', 'class III'], ['INTERMACS profile 3', 'profile 3'],
  ['LVEF 25% by TTE', '25%'], ['QRS 152 ms, LBBB', '152 ms'],
  // codes and schedules
  ['CPT 93296 remote interrogation technical', '93296'], ['CPT 95251 CGM interpretation', '95251'], ['ICD-10 Z95.0 presence of pacemaker', 'Z95.0'], ['Z95.811 presence of heart assist device', 'Z95.811'],
  ['G47.33 obstructive sleep apnea', 'G47.33'], ['E10.65 type 1 diabetes with hyperglycemia', 'E10.65'], ['HCPCS E0601 CPAP device', 'E0601'], ['Remote schedule every 91 days', '91 days'],
  ['MR conditional at 1.5T and 3T', '1.5T'],
  // generic places and roles, everyday words, relations, ages, years, states, public sites
  ['Seen in the device clinic today.', 'device clinic'], ['The Medtronic rep was present.', 'Medtronic rep'], ['Discussed with the VAD coordinator.', 'VAD coordinator'],
  ['Downloaded by the sleep lab.', 'sleep lab'], ['Follow up with her audiologist.', 'audiologist'], ['Manufacturer technical services consulted.', 'technical services'],
  ['Patient expressed hope that the pump would help.', 'hope'], ['The battery will last about eight more years.', 'will'], ['Mark the lead position on the image.', 'Mark'],
  ['Boost mode used for meals.', 'Boost'], ['Rocky course after implant with pocket hematoma.', 'Rocky'], ['Hold the magnet over the device.', 'magnet'],
  ['Her husband helps with site changes.', 'husband'], ['An 86-year-old with complete heart block.', '86'], ['Implanted in 2019.', '2019'], ['Spends winters in Florida.', 'Florida'],
  ['MRI labeling at www.medtronic.com/mri.', 'www.medtronic.com/mri'],
];

export const devicesKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedDevicesKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(devicesKeepCases(), find);

export function scoreDevicesWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => devicesWaveCases(seed)), find);
}
