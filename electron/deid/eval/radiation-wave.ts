// A blind wave of radiation oncology records: CT-simulation notes (the patient listed as 'SURNAME, Given', date of
// birth, MRN, sim date, position and immobilization, the therapists' initials, 4DCT and breath-hold coaching),
// immobilization mask, Vac-Lok bag and custom bolus labels (the patient's name, date of birth, lot numbers of the
// thermoplastic and bolus), tattoo and skin-marker notes, treatment planning and dosimetry sheets (the dosimetrist and
// the physicist with their credentials, the plan approved by the attending from a workstation's IP address, outside
// plans imported from a hospital with the sender's fax), daily treatment records and fraction-log rows (date, fraction
// count, dose, machine, the two therapists' initials), missed and made-up fractions, machine-down transfers with service
// tickets, IGRT approvals, on-treatment visit notes (the caregiver with a name, patients over 89, the dietitian and the
// social worker, weekly weights), weekly physics chart checks and in-vivo dosimeter serials, brachytherapy procedure
// notes (HDR tandem and ovoid, cylinder and interstitial, LDR seed implants, source exchanges with the source's and the
// afterloader's serials and the vendor's engineer, applicator lot and sterilization dates, time-outs), linac machine
// logs (morning QA by initials, field service engineers, interlocks), transport and lodging arrangements (local ride
// programs and volunteer drivers with a plate, lodging at a hospitality house or hotel with its address and confirmation,
// gas cards for the miles from a town, parking passes), consent forms (patient, witness, physician, health care proxy,
// pregnancy attestation), end-of-treatment summaries, follow-up letters to referring doctors (address blocks, 'Dear
// Dr.', cc lines with faxes), therapist, dosimetrist and physicist signatures (ARRT and state licence numbers, e-mails),
// prior authorizations and claims (member, auth, claim and account numbers, Medicare MBIs), cardiac device checks
// (the pacemaker's serial and the representative), tumor boards, records requests, portal messages and phone messages,
// and record-and-verify audit rows (user ids and IP addresses), in mixed case, ALL CAPS and lower case. Dates are
// written every way ('03/04/2024', '3/4/24', '4 March 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '03.04.2024',
// 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', holidays such as 'Christmas Eve'); ages over 89, phones, faxes,
// pagers, e-mails, URLs and IP addresses are planted. Given names and surnames of patients, families and
// staff are often everyday words (Hope, Joy, Rocky, Bill, Will, Mark, Dawn, Ray, Gray; Stone, Hill, Price, Banks,
// Marshall, and words of the trade: Beam, Field, Ray, Gray, Block, Wedge, Light, Couch); towns are often everyday words
// (Liberty, Union, Hope, Commerce, Concord, Normal, Paradise, Temple, Mercy, Justice, Hazard). A list of look-alikes in
// the same style must not be touched. Written without reading the engine's rules or any gold data.
// `scoreRadiationWave`.
// Decisions: every word of a person's name is planted as its own part (given name and surname; a middle initial, a
// title 'Dr.' and a credential 'MD', 'CMD', 'DABR', 'R.T.(T)', 'RTT', 'RN', 'NP', 'PA-C', 'MS', 'PhD', 'LCSW', 'RD' are
// not); a signer's or therapist's initials ('JS/KT') are planted, each set its own part; a first name alone (the
// volunteer driver, a caregiver) is planted; a relation without a name and a role without a name ('the dosimetrist',
// 'the charge therapist') are kept; a cancer center, radiation oncology practice, hospital, referring practice, lodging
// house or hotel, local ride program and employer named locally are planted whole with their kind words ('Union
// Regional Cancer Center', 'St. Anne's Radiation Oncology', 'Liberty Hospitality House', 'Marion County Transit'),
// while national programs, bodies and vendors named alone ('Hope Lodge', 'Road To Recovery', 'American Cancer
// Society', 'Varian', 'Elekta', 'Accuray', 'NRG Oncology', 'RTOG', 'AAPM', 'ASTRO', 'ACR', 'Medicare') are kept; a
// town is planted, a state is kept; a street address is planted from its number to its street type; a ZIP is
// planted; a weekday naming one day is planted, a standing schedule ('Monday through Friday', 'daily', 'BID') is kept;
// a month with a year is planted; a holiday that fixes a day is planted; an ordinal day ('the 14th') is planted; the
// time next to a date is kept, and so are durations, dose, fraction counts ('Fx 12/25', '12 of 25'), monitor units,
// energies, isocenter coordinates, shifts, angles and years alone; MRNs, account and encounter numbers, member,
// authorization, claim and Medicare MBI numbers, SSNs, a linac's, afterloader's, source's, pacemaker's and in-vivo
// dosimeter's serial numbers, lot numbers of masks, bolus, seeds and applicators, service tickets, lodging and ride
// confirmations, ARRT and state licence numbers, a record-and-verify user id, a workstation's IP address and a
// vehicle's plate are planted; a phone's leading '(' need not be covered; e-mails and URLs are planted whole; ages
// over 89 are planted as their number. Kept (look-alikes): doses in Gy and cGy, fractions and fraction counts,
// dose-volume constraints (V20, D95, Dmax, mean heart dose), machines and systems (TrueBeam, Halcyon, Ethos,
// CyberKnife, Gamma Knife Icon, Tomotherapy, Eclipse, RayStation, ARIA, MOSAIQ), techniques (IMRT, VMAT, SBRT, SRS,
// IGRT, DIBH, 4DCT), energies (6 MV, 15X, 6 FFF, 9 MeV), field and structure names (RAO, LPO, tangents, PTV_5040,
// CTV_6000), isocenter coordinates and couch shifts, grades and scales (RTOG, CTCAE, ECOG, KPS, Gleason), reports
// and standards (QUANTEC, ICRU 83, TG-142, TG-51, TG-43), radionuclides (Ir-192, I-125, Cs-137), applicators and
// immobilization devices (Fletcher-Suit-Delclos, Syed-Neblett, Aquaplast, Vac-Lok, Alpha Cradle), eponyms and systems
// named after places (Lhermitte sign, Manchester system, Paris system), drugs and skin products, billing codes,
// national programs and bodies, generic places (the vault, the cancer center, the lodge), relations and roles without
// names, ages of 89 and under, years alone, and everyday words that are also names or towns (hope, will, mark, stone,
// field, beam, ray).
// Measured before rules: 0.903 recall on seeds 5, 11, 23 (4439/4917), 0.893 on fresh seeds 41, 42, 43 (4375/4899); 3/170
// look-alikes touched ("12/25", "Halcyon", "Monte Carlo") (engine at adb265f).
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, gb, ie, de, it, pl, vi];

/** Given names that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Mercy', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Star', 'Ray', 'Gray', 'Sky', 'Lucky', 'Ginger', 'Honey', 'Major', 'Penny', 'Sterling', 'Pearl', 'Ruby', 'Amber', 'Iris', 'Rose', 'Glenn', 'Guy'];
/** Surnames that are everyday words, some of them words of the trade. */
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Marshall', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Shepherd', 'Cash', 'Bond', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Noble', 'Sweet', 'Beam', 'Field', 'Ray', 'Gray', 'Block', 'Wedge', 'Hale', 'Light', 'Sharp', 'Booth', 'Couch'];
/** Towns that are everyday words, and real towns with cancer centers or lodges. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Midway', 'Friendship', 'Fairview', 'Normal', 'Paradise', 'Harmony', 'Temple', 'Lebanon', 'Hershey', 'Orange', 'Unity', 'Golden', 'Sandy', 'Marion', 'Florence', 'Columbia', 'Hazard', 'Bountiful', 'Joplin', 'Mercy', 'Eureka', 'Justice'];
const REAL_TOWNS = ['Rochester', 'Danville', 'Burlington', 'Lebanon', 'Gainesville', 'Sioux Falls', 'Fargo', 'Bismarck', 'Duluth', 'Marshfield', 'La Crosse', 'Eau Claire', 'Traverse City', 'Petoskey', 'Kalispell', 'Billings', 'Missoula', 'Casper', 'Grand Junction', 'Durango', 'Amarillo', 'Lubbock', 'Tyler', 'Shreveport', 'Tupelo', 'Dothan', 'Macon', 'Asheville', 'Morgantown', 'Bangor', 'Portland', 'Keene', 'Hyannis', 'Scranton', 'Johnstown', 'Altoona', 'Elmira', 'Cooperstown', 'Paducah', 'Lexington'];
const STATES = ['MN', 'ME', 'MA', 'NY', 'OH', 'KY', 'ID', 'WA', 'IA', 'KS', 'TX', 'FL', 'GA', 'MI', 'PA', 'VA', 'CO', 'MT', 'ND', 'SD', 'WI', 'NH', 'VT', 'WV', 'NC', 'TN'];
const COUNTY_WORDS = ['Marion', 'Polk', 'Douglas', 'Washington', 'Union', 'Lancaster', 'Erie', 'Montgomery', 'Franklin', 'Jefferson', 'Clay', 'Boone', 'Warren', 'Greene', 'Hancock', 'Lincoln', 'Madison', 'Pike', 'Grant', 'Adams', 'Crawford', 'Monroe'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Hospital', 'Medical Center', 'College', 'Orchard', 'Ridge', 'Spring'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Pkwy', 'Pl'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Agnes', 'Clare', 'Alphonsus'];
const PLACE_WORDS = ['Riverbend', 'Lakeshore', 'Summit', 'Valley View', 'Northstar', 'Keystone', 'Cedar Ridge', 'Prairie', 'Bayside', 'Blue Ridge', 'Heartland', 'Pinecrest', 'Tri-County', 'Mountain View', 'Three Rivers', 'Harborview'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', 'Health Center'];
/** Machines and systems (kept). */
const MACHINES = ['TrueBeam', 'TrueBeam STx', 'Halcyon', 'Ethos', 'Trilogy', 'Clinac iX', 'Versa HD', 'Synergy', 'Radixact', 'Tomotherapy', 'Edge', 'Infinity'];
const TECHNIQUES = ['IMRT', 'VMAT', '3D-CRT', 'SBRT', 'SRS', 'electron', 'tangents with field-in-field'];
const SITES = ['left breast', 'right breast', 'prostate and seminal vesicles', 'prostate bed', 'left lung', 'right upper lobe', 'oropharynx and bilateral neck', 'larynx', 'whole brain', 'rectum', 'cervix', 'esophagus', 'pancreas', 'T10-L2 spine', 'left hip', 'vulva', 'endometrium', 'bladder'];
const REGIMENS = ['60 Gy in 30 fractions', '50.4 Gy in 28 fractions', '70 Gy in 35 fractions', '45 Gy in 25 fractions', '40.05 Gy in 15 fractions', '26 Gy in 5 fractions', '30 Gy in 10 fractions', '20 Gy in 5 fractions', '54 Gy in 3 fractions', '36.25 Gy in 5 fractions', '66 Gy in 33 fractions', '8 Gy in 1 fraction'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Memorial Day', 'Labor Day', 'Good Friday', 'Veterans Day'];
/** Relations a name follows (without a sex, since the names are drawn without one). */
const RELATIONS = ['spouse', 'partner', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew', 'friend', 'neighbor', 'caregiver', 'grandchild'];
const PAYERS = ['Medicare', 'Aetna', 'BCBS', 'UnitedHealthcare', 'Humana', 'Cigna', 'Medicaid'];
const DEVICE_BRANDS = ['Medtronic Azure', 'Boston Scientific Accolade', 'Abbott Assurity', 'Biotronik Edora', 'Medtronic Micra'];

/** A person's name as written, with every word that is planted. */
type Named = readonly [string, readonly string[]];

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
  machine(): string {
    return this.pick(MACHINES);
  }
  technique(): string {
    return this.pick(TECHNIQUES);
  }
  site(): string {
    return this.pick(SITES);
  }
  regimen(): string {
    return this.pick(REGIMENS);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  /** A staff member's name written four ways, with its parts. */
  staff(): Named {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  /** A physician's name after 'Dr.', with its parts. */
  doctor(): Named {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 2);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  /** A patient's name as headers and labels write it. */
  patient(): Named {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${s.toUpperCase()}, ${g}`, [s.toUpperCase(), g]];
    if (k === 1) return [`${s}, ${g} ${this.mi()}`, [s, g]];
    if (k === 2) return [`${g} ${s}`, [g, s]];
    if (k === 3) return [`${g} ${this.mi()} ${s}`, [g, s]];
    return [`${s.toUpperCase()}, ${g.toUpperCase()}`, [s.toUpperCase(), g.toUpperCase()]];
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  /** A town other than `t`. */
  otherTown(t: string): string {
    for (let k = 0; k < 10; k++) {
      const u = this.town();
      if (u !== t && !u.includes(t) && !t.includes(u)) return u;
    }
    return t === 'Fargo' ? 'Duluth' : 'Fargo';
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTY_WORDS);
  }
  /** A cancer center or radiation oncology practice named locally. */
  center(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Cancer Center`;
    if (k === 1) return `${this.town()} Regional Cancer Center`;
    if (k === 2) return `${this.sur()} Cancer Institute`;
    if (k === 3) return `St. ${this.pick(SAINTS)}'s Radiation Oncology`;
    if (k === 4) return `${this.pick(PLACE_WORDS)} Radiation Oncology`;
    return `${this.sur()} Proton Therapy Center`;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  /** A referring doctor's practice. */
  practice(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Urology Associates`;
    if (k === 1) return `${this.sur()} Family Medicine`;
    if (k === 2) return `${this.town()} Hematology & Oncology`;
    if (k === 3) return `${this.pick(PLACE_WORDS)} Surgical Associates`;
    return `${this.town()} ENT & Facial Plastics`;
  }
  /** Lodging near the cancer center. */
  lodge(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.town()} Hospitality House`;
    if (k === 1) return `${this.sur()} Family House`;
    if (k === 2) return `${this.pick(PLACE_WORDS)} Inn & Suites`;
    if (k === 3) return `${this.town()} Guest House`;
    return `${this.sur()} Cancer Lodge`;
  }
  /** A local ride program. */
  rides(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.county()} County Transit`;
    if (k === 1) return `${this.town()} Dial-A-Ride`;
    if (k === 2) return `${this.pick(PLACE_WORDS)} Medical Transport`;
    return `${this.town()} Senior Shuttle`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Public Schools`;
    if (k === 1) return `${this.sur()} Construction`;
    if (k === 2) return `${this.pick(PLACE_WORDS)} Foods`;
    return `${this.town()} Water Department`;
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  time(): string {
    return `${pad2(this.int(6, 19))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms clinics write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  slashMd(): string {
    const [m, d] = this.md();
    return `${m}/${d}`;
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
  ordinalDay(): string {
    return ordinal(this.int(1, 28));
  }
  dob(lo = 1934, hi = 2000): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  /** An age of 89 or under, written next to planted parts (kept). */
  age(): number {
    return this.int(34, 89);
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  account(): string {
    return this.r() < 0.5 ? this.digitString(10) : `${this.letters(1)}${this.digitString(8)}`;
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}/${b}-${c}`]);
    return [f, f];
  }
  /** An e-mail of a person whose name is not otherwise in the frame. */
  email(): string {
    const g = asciiLetters(this.given()) || 'pat';
    const s = asciiLetters(this.sur()) || 'doe';
    const dom = this.pick([`${asciiLetters(this.town())}cancer.org`, 'gmail.com', 'yahoo.com', 'aol.com', `${asciiLetters(this.pick(PLACE_WORDS))}health.org`, 'outlook.com', 'comcast.net']);
    const local = this.pick([`${g}.${s}`, `${g.charAt(0)}${s}${this.int(1, 99)}`, `${s}${g.charAt(0)}`, `${g}${s}${this.int(40, 99)}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const host = this.pick([`www.${asciiLetters(this.town())}cancercenter.org`, `${asciiLetters(this.pick(PLACE_WORDS))}radonc.com`, `mychart.${asciiLetters(this.town())}health.org`, `www.${asciiLetters(this.sur())}house.org`]);
    const path = this.pick(['', '/skin-care', '/patients/lodging', '/radiation/what-to-expect', '/rides', '/pay']);
    return `${this.pick(['https://', 'http://', ''])}${host}${path}`;
  }
  ip(): string {
    return this.r() < 0.5 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.pick(['172.16', '192.168', '172.20'])}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  /** A serial number of a linac, afterloader or couch. */
  machineSerial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `H${this.digitString(6)}`;
    if (k === 1) return this.digitString(4);
    if (k === 2) return `${this.digitString(3)}${this.letters(1)}${this.digitString(4)}`;
    return `SN${this.digitString(5)}`;
  }
  /** An Ir-192 source's serial. */
  sourceSerial(): string {
    return this.r() < 0.5 ? `D36${this.letters(1)}-${this.digitString(4)}` : `${this.digitString(2)}-${this.digitString(3)}${this.letters(1)}`;
  }
  /** An in-vivo dosimeter's serial (OSLD or diode). */
  dosimeterSerial(): string {
    return this.r() < 0.5 ? `DN${this.digitString(8)}${this.letters(1)}` : `${this.letters(2)}-${this.digitString(6)}`;
  }
  lot(): string {
    const k = this.int(0, 3);
    if (k === 0) return `L${this.digitString(4)}-${this.digitString(3)}`;
    if (k === 1) return this.digitString(7);
    if (k === 2) return `${this.letters(2)}${this.digitString(5)}`;
    return `${pad2(this.int(19, 25))}${this.letters(1)}${this.digitString(4)}`;
  }
  ticket(): string {
    return this.r() < 0.5 ? `CS${this.digitString(7)}` : `SR-${this.digitString(6)}`;
  }
  confirmation(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(5)}` : this.digitString(8);
  }
  arrt(): string {
    return this.digitString(this.int(6, 9));
  }
  licence(): string {
    const k = this.int(0, 2);
    if (k === 0) return `RT-${this.digitString(5)}`;
    if (k === 1) return `${this.pick(['MT', 'ND', 'PA', 'TX', 'KY'])}${this.digitString(6)}`;
    return this.digitString(6);
  }
  member(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    return this.digitString(11);
  }
  auth(): string {
    return this.r() < 0.5 ? `A${this.digitString(9)}` : `${this.digitString(3)}-${this.digitString(6)}`;
  }
  claim(): string {
    return this.r() < 0.5 ? this.digitString(13) : `${this.digitString(2)}${this.letters(1)}${this.digitString(9)}`;
  }
  /** A Medicare beneficiary identifier ('1EG4-TE5-MK73'), dashed or not. */
  mbi(): string {
    const L = 'ACDEFGHJKMNPQRTUVWXY';
    const A = `${L}0123456789`;
    const s = `${this.int(1, 9)}${this.lettersOf(L, 1)}${this.lettersOf(A, 1)}${this.int(0, 9)}${this.lettersOf(L, 1)}${this.lettersOf(A, 1)}${this.int(0, 9)}${this.lettersOf(L, 2)}${this.int(0, 9)}${this.int(0, 9)}`;
    return this.r() < 0.5 ? s : `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  userId(): string {
    const g = asciiLetters(this.given()) || 'pat';
    const s = asciiLetters(this.sur()) || 'doe';
    return this.pick([`${g.charAt(0)}${s}`, `${s}${g.charAt(0)}${this.int(1, 9)}`, `RT${this.digitString(4)}`, `${g.charAt(0)}${s.slice(0, 5)}${this.int(1, 99)}`]);
  }
  deviceBrand(): string {
    return this.pick(DEVICE_BRANDS);
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // CT simulation and immobilization
  ['CT simulation note header', (d) => {
    const [p, pp] = d.patient(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const [dr, dp] = d.doctor();
    return [`CT SIMULATION NOTE\nPatient: ${p}   DOB: ${dob}   MRN: ${mrn}\nSim date: ${dt}   Attending: Dr. ${dr}\nSite: ${d.site()}`, [...pp, dob, mrn, dt, ...dp]];
  }],
  ['CT sim narrative with therapists', (d) => {
    const wd = d.weekday(); const dt = d.date(); const c = d.center(); const a = d.initials(); const b = d.initials();
    return [`The patient was simulated on ${wd}, ${dt}, supine on a wing board at ${c}. Therapists ${a}/${b}. Isocenter placed mid-plane; 2.5 mm slices.`, [wd, dt, c, a, b]];
  }],
  ['thermoplastic mask label', (d) => {
    const [p, pp] = d.patient(); const dob = d.dob(); const mrn = d.mrn(); const lot = d.lot();
    return [`H&N 5-PT MASK — ${p} — DOB ${dob} — MRN ${mrn}\nAquaplast lot ${lot}  |  head rest C  |  Do not discard`, [...pp, dob, mrn, lot]];
  }],
  ['Vac-Lok bag label', (d) => {
    const g = d.given(); const s = d.sur(); const md = d.slashMd(); const ini = d.initials();
    return [`Vac-Lok: ${g} ${s} / sim ${md} / knees on knee sponge, arms up / made by ${ini}`, [g, s, md, ini]];
  }],
  ['tattoo placement note', (d) => {
    const [t, tp] = d.staff(); const md = d.monDay();
    return [`Three permanent tattoos placed (anterior and both laterals) by ${t}, R.T.(T), on ${md}; patient tolerated well.`, [...tp, md]];
  }],
  ['skin marker reinforcement', (d) => {
    const ini = d.initials(); const wd = d.weekday(); const g = d.given();
    return [`Sharpie marks reinforced by ${ini} on ${wd}. Told ${g} not to scrub the marks; covered with Tegaderm.`, [ini, wd, g]];
  }],
  ['custom bolus and block label', (d) => {
    const s = d.sur(); const g = d.given(); const lot = d.lot(); const dt = d.date(); const ini = d.initials();
    return [`CUSTOM BOLUS 0.5 cm — ${s}, ${g} — Superflab lot ${lot} — cut ${dt} by ${ini}`, [s, g, lot, dt, ini]];
  }],
  ['breath-hold coaching', (d) => {
    const [t, tp] = d.staff(); const wd = d.weekday(); const ph = d.phone();
    return [`DIBH coaching with ${t}; 4DCT acquired, amplitude 0.8 cm. Pt returns ${wd} for verification sim; call ${ph[0]} if unable.`, [...tp, wd, ph[1]]];
  }],
  // treatment planning and dosimetry
  ['treatment plan header', (d) => {
    const [p, pp] = d.patient(); const mrn = d.mrn(); const [dr, dp] = d.doctor(); const [ds, dsp] = d.staff(); const dt = d.date();
    return [`TREATMENT PLAN\nPatient: ${p}  MRN ${mrn}\nRx: ${d.regimen()} ${d.technique()}\nPhysician: Dr. ${dr}\nDosimetrist: ${ds}, CMD\nApproved: ${dt}`, [...pp, mrn, ...dp, ...dsp, dt]];
  }],
  ['dosimetry sheet signatures', (d) => {
    const [a, ap] = d.staff(); const da = d.date(); const [b, bp] = d.staff(); const db = d.date();
    return [`Planned by: ${a}, CMD      Date: ${da}\nPhysics check: ${b}, MS, DABR      Date: ${db}\nMU second check within 2.1%`, [...ap, da, ...bp, db]];
  }],
  ['plan approval e-signature', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date(); const ip = d.ip();
    return [`Plan approved electronically by ${g} ${s}, MD on ${dt} at ${d.time()} from workstation ${ip}.`, [g, s, dt, ip]];
  }],
  ['outside plan import', (d) => {
    const h = d.hospital(); const my = d.monthYear(); const [ph, phP] = d.staff(); const [fx, fp] = d.phone();
    return [`Prior RT at ${h} in ${my}. DICOM-RT plan and dose obtained from physicist ${ph} (fax ${fx}); composite reviewed against QUANTEC limits.`, [h, my, ...phP, fp]];
  }],
  ['prior course summary', (d) => {
    const my = d.monthYear(); const c = d.center(); const s = d.sur();
    return [`Previous course: 45 Gy/25 fx to the pelvis, completed ${my} at ${c} under Dr. ${s}. Cord Dmax 38 Gy.`, [my, c, s]];
  }],
  ['dosimetrist signature with e-mail', (d) => {
    const [n, np] = d.staff(); const c = d.center(); const [ph, pp] = d.phone(); const em = d.email();
    return [`${n}, CMD\nMedical Dosimetry | ${c}\nDirect ${ph}  |  dosimetry mailbox ${em}`, [...np, c, pp, em]];
  }],
  // daily treatment records
  ['daily treatment record header', (d) => {
    const [p, pp] = d.patient(); const mrn = d.mrn(); const dt = d.date(); const acct = d.account();
    return [`DAILY TREATMENT RECORD\n${p}   MRN ${mrn}   Acct ${acct}\nCourse C1   Start ${dt}   Machine ${d.machine()}`, [...pp, mrn, acct, dt]];
  }],
  ['fraction log row', (d) => {
    const dt = d.date(); const a = d.initials(); const b = d.initials(); const n = d.int(1, 30);
    return [`${dt}   Fx ${n}/${d.int(n, 35)}   200 cGy   ${d.machine()}   CBCT   ${a}/${b}`, [dt, a, b]];
  }],
  ['fraction log row with weekday', (d) => {
    const wd = d.weekday().slice(0, 3); const md = d.slashMd(); const ini = d.initials();
    return [`${wd} ${md}  fx ${d.int(1, 25)}  180 cGy  kV pair  tx by ${ini}`, [wd, md, ini]];
  }],
  ['missed fraction note', (d) => {
    const wd = d.weekday(); const r = d.rides(); const md = d.monDay();
    return [`Pt missed tx ${wd} — ride from ${r} did not come. Fraction added to the end; new last day ${md}.`, [wd, r, md]];
  }],
  ['machine down transfer', (d) => {
    const s = d.sur(); const [ph, pp] = d.staff(); const t = d.ticket(); const sn = d.machineSerial();
    return [`${d.machine()} (SN ${sn}) down for MLC fault; pt treated on the matched ${d.machine()} per Dr. ${s}. Physicist ${ph} notified; service ticket ${t}.`, [sn, s, ...pp, t]];
  }],
  ['IGRT approval', (d) => {
    const dt = d.date(); const ini = d.initials();
    return [`CBCT ${dt}: shifts vrt -0.3, lng 0.5, lat 0.2 cm; pitch 0.4°. Reviewed and approved by ${ini} before beam on.`, [dt, ini]];
  }],
  ['treatment holiday schedule', (d) => {
    const h = d.holiday(); const wd = d.weekday();
    return [`No treatment on ${h} (department closed); fraction made up ${wd} as BID with 6 h gap.`, [h, wd]];
  }],
  ['start date on the ordinal', (d) => {
    const o = d.ordinalDay(); const md = d.slashMd(); const g = d.given(); const s = d.sur();
    return [`Start planned for the ${o}; verification sim ${md}. Dosimetrist ${g} ${s} aware.`, [o, md, g, s]];
  }],
  // on-treatment visits
  ['on-treatment visit header', (d) => {
    const [p, pp] = d.patient(); const mrn = d.mrn(); const dt = d.date(); const [dr, dp] = d.staff();
    return [`ON-TREATMENT VISIT (OTV)  ${dt}\nPatient: ${p}  MRN ${mrn}\nProvider: ${dr}, MD\nFx 14 of 25, 2800 cGy to date`, [dt, ...pp, mrn, ...dp]];
  }],
  ['OTV with named caregiver', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur();
    return [`Seen with ${rel} ${g} ${s}. Grade 2 radiation dermatitis in the inframammary fold; Mepitel film applied.`, [g, s]];
  }],
  ['OTV patient over 89', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`${n}-year-old man on week 4 of prostate RT. ${g} reports nocturia x3, no hematuria. Tamsulosin continued.`, [n, g]];
  }],
  ['OTV age over 89 in header', (d) => {
    const s = d.sur(); const n = d.ageOver89(); const dt = d.date();
    return [`OTV ${dt} — Mrs. ${s}, age ${n}, palliative 30 Gy/10 to L spine. Pain 3/10, ECOG 2.`, [dt, s, n]];
  }],
  ['dietitian weight check', (d) => {
    const [rd, rp] = d.staff(); const wd = d.weekday();
    return [`Weight down 4.1 kg since sim. Dietitian ${rd}, RD, saw pt; PEG discussed. Recheck ${wd}.`, [...rp, wd]];
  }],
  ['social work lodging arrangement', (d) => {
    const [sw, sp] = d.staff(); const l = d.lodge(); const a = d.date(); const b = d.date();
    return [`SW ${sw}, LCSW, arranged lodging at ${l} from ${a} through ${b}; pt lives 140 miles away.`, [...sp, l, a, b]];
  }],
  ['nurse triage phone message', (d) => {
    const rel = d.relation(); const g = d.given(); const [ph, pp] = d.phone(); const wd = d.weekday(); const ini = d.initials();
    return [`Phone msg: ${rel} ${g} called ${wd} from ${ph} — pt with sore throat, grade 2 mucositis. Magic mouthwash refilled. — ${ini}`, [g, pp, wd, ini]];
  }],
  // weekly physics chart checks
  ['weekly chart check row', (d) => {
    const dt = d.date(); const ini = d.initials();
    return [`Weekly physics check | ${dt} | fx 5-9 | 1000 cGy | Dose tracking OK | ${ini}`, [dt, ini]];
  }],
  ['weekly physics narrative', (d) => {
    const [ph, pp] = d.staff(); const wd = d.weekday();
    return [`Chart reviewed by ${ph}, MS, DABR on ${wd}. Treatment parameters match plan; no deviations. TG-275 checklist complete.`, [...pp, wd]];
  }],
  ['in vivo dosimetry', (d) => {
    const sn = d.dosimeterSerial(); const dt = d.date(); const ini = d.initials();
    return [`OSLD nanoDot serial ${sn} placed at the scar on ${dt}; read 96% of expected. Placed by ${ini}.`, [sn, dt, ini]];
  }],
  // brachytherapy
  ['HDR procedure note header', (d) => {
    const [p, pp] = d.patient(); const dt = d.date(); const c = d.center(); const mrn = d.mrn();
    return [`HDR BRACHYTHERAPY — TANDEM AND OVOIDS #2 of 5\n${p}  MRN ${mrn}\n${dt}  ${c}`, [...pp, mrn, dt, c]];
  }],
  ['HDR source exchange', (d) => {
    const src = d.sourceSerial(); const dt = d.date(); const [e, ep] = d.staff(); const sn = d.machineSerial();
    return [`Ir-192 source serial ${src} installed ${dt} by field engineer ${e}; afterloader SN ${sn}. Source calibration within 1.3% of vendor.`, [src, dt, ...ep, sn]];
  }],
  ['applicator sterilization', (d) => {
    const lot = d.lot(); const md = d.monDay(); const ini = d.initials();
    return [`Fletcher-Suit-Delclos applicator set, tray lot ${lot}, sterilized ${md}; checked by ${ini}.`, [lot, md, ini]];
  }],
  ['LDR seed implant', (d) => {
    const lot = d.lot(); const dt = d.date(); const s = d.sur(); const h = d.hospital();
    return [`I-125 seeds (lot ${lot}, assay date ${dt}) implanted by Dr. ${s} at ${h}; 68 seeds, post-implant CT day 30.`, [lot, dt, s, h]];
  }],
  ['brachy time-out', (d) => {
    const [rn, rp] = d.staff(); const dob = d.dob();
    return [`Time-out at ${d.time()} led by ${rn}, RN; patient identified by name and DOB ${dob}. Cylinder 3.0 cm.`, [...rp, dob]];
  }],
  ['interstitial implant anesthesia', (d) => {
    const s = d.sur(); const dt = d.date(); const h = d.hospital();
    return [`Syed-Neblett template placed under spinal by Dr. ${s} (anesthesia) on ${dt} at ${h} OR 6.`, [s, dt, h]];
  }],
  // linac machine logs
  ['linac morning QA log', (d) => {
    const dt = d.date(); const ini = d.initials();
    return [`${d.machine()} morning QA ${dt}: output +0.6%, flatness OK, door interlock OK, lasers within 1 mm. Performed by ${ini}.`, [dt, ini]];
  }],
  ['field service visit', (d) => {
    const [e, ep] = d.staff(); const wd = d.weekday(); const sn = d.machineSerial(); const t = d.ticket(); const [ph, pp] = d.phone();
    return [`FSE ${e} on site ${wd} for linac SN ${sn}; ticket ${t}. Callback ${ph}.`, [...ep, wd, sn, t, pp]];
  }],
  ['interlock event with patient', (d) => {
    const s = d.sur(); const g = d.given(); const dt = d.date();
    return [`Interlock event ${dt}: dose rate fault at 112 MU; pt ${s}, ${g} taken off table, resumed after reset. Incident report filed.`, [dt, s, g]];
  }],
  ['record and verify audit', (d) => {
    const u = d.userId(); const ip = d.ip(); const dt = d.date();
    return [`R&V audit: user ${u} logged in from ${ip} on ${dt} ${d.time()}; treatment field override acknowledged.`, [u, ip, dt]];
  }],
  // transport and lodging
  ['ride program booking', (d) => {
    const r = d.rides(); const g = d.given(); const conf = d.confirmation(); const [ph, pp] = d.phone();
    return [`Rides booked with ${r} Monday through Friday, pickup 7:15; driver ${g}. Confirmation ${conf}; dispatch ${ph}.`, [r, g, conf, pp]];
  }],
  ['volunteer driver pickup', (d) => {
    const g = d.given(); const s = d.sur(); const pl = d.plate(); const st = d.street(); const t = d.town();
    return [`Volunteer driver ${g} ${s} (silver minivan, plate ${pl}) will pick up at ${st}, ${t}.`, [g, s, pl, st, t]];
  }],
  ['lodging reservation', (d) => {
    const l = d.lodge(); const md = d.monDay(); const conf = d.confirmation(); const [ph, pp] = d.phone();
    return [`Reservation at ${l}, room ${d.int(2, 48)}, check-in ${md}, confirmation #${conf}. Front desk ${ph}.`, [l, md, conf, pp]];
  }],
  ['lodging address block', (d) => {
    const l = d.lodge(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`Temporary address during treatment:\n${l}\n${st}\n${t}, ${d.state()} ${z}`, [l, st, t, z]];
  }],
  ['gas card and mileage', (d) => {
    const t = d.town(); const [sw, sp] = d.staff();
    return [`Gas cards given ($50 x 2). Pt drives 86 miles each way from ${t}; mileage form faxed to the ACS by ${sw}.`, [t, ...sp]];
  }],
  ['parking pass', (d) => {
    const pl = d.plate(); const dt = d.date();
    return [`Parking pass #${d.int(100, 999)} issued for plate ${pl}, valid through ${dt}; park in the radiation oncology lot.`, [pl, dt]];
  }],
  ['lodging website in instructions', (d) => {
    const u = d.url();
    return [`Lodging and ride information: ${u} — or ask the front desk for the Hope Lodge application.`, [u]];
  }],
  // consent forms
  ['consent form header', (d) => {
    const [p, pp] = d.patient(); const dob = d.dob(); const mrn = d.mrn();
    return [`CONSENT FOR RADIATION THERAPY\nPatient name: ${p}\nDate of birth: ${dob}   Medical record #: ${mrn}\nTreatment: ${d.regimen()} to the ${d.site()}`, [...pp, dob, mrn]];
  }],
  ['consent signature block', (d) => {
    const dt = d.date(); const [w, wp] = d.staff(); const [dr, dp] = d.staff();
    return [`Patient signature: ______________   Date: ${dt}\nWitness: ${w}\nPhysician: ${dr}, MD`, [dt, ...wp, ...dp]];
  }],
  ['consent by health care proxy', (d) => {
    const rel = d.relation(); const g = d.given(); const s = d.sur(); const [ph, pp] = d.phone();
    return [`Consent signed by health care proxy (${rel}) ${g} ${s}, reached at ${ph}; risks of fatigue, dermatitis and late fibrosis reviewed.`, [g, s, pp]];
  }],
  ['pregnancy attestation', (d) => {
    const a = d.date(); const b = d.slashMd();
    return [`LMP ${a}. Urine hCG negative on ${b}. Pregnancy attestation signed before simulation.`, [a, b]];
  }],
  // end-of-treatment summaries
  ['end-of-treatment summary header', (d) => {
    const [p, pp] = d.patient(); const mrn = d.mrn(); const dob = d.dob(); const [dr, dp] = d.staff();
    return [`RADIATION TREATMENT SUMMARY\n${p}   DOB ${dob}   MRN ${mrn}\nAttending: ${dr}, MD`, [...pp, dob, mrn, ...dp]];
  }],
  ['end-of-treatment course dates', (d) => {
    const a = d.date(); const b = d.date(); const c = d.center();
    return [`The patient completed ${d.regimen()} using ${d.technique()} from ${a} to ${b} at ${c} without treatment breaks.`, [a, b, c]];
  }],
  ['end-of-treatment follow-up plan', (d) => {
    const my = d.monthYear(); const s = d.sur(); const c = d.center();
    return [`Follow-up in 6 weeks (${my}) with Dr. ${s} at ${c}; PSA every 6 months thereafter.`, [my, s, c]];
  }],
  ['bell ringing', (d) => {
    const wd = d.weekday(); const rel = d.relation(); const g = d.given();
    return [`Rang the bell on ${wd}! Family present, including ${rel} ${g}. Certificate of completion given.`, [wd, g]];
  }],
  // follow-up letters
  ['letter salutation', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const md = d.monDay();
    return [`Dear Dr. ${s},\nThank you for referring ${g} ${s2}, whom I saw in follow-up on ${md}. She remains without evidence of disease.`, [s, g, s2, md]];
  }],
  ['letter address block', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${g} ${s}, MD\n${pr}\n${st}\n${t}, ${d.state()} ${z}`, [g, s, pr, st, t, z]];
  }],
  ['letter cc line', (d) => {
    const [a, ap] = d.staff(); const [fx, fp] = d.phone(); const [b, bp] = d.staff();
    return [`cc: ${a}, MD (fax ${fx})\n    ${b}, NP, nurse navigator`, [...ap, fp, ...bp]];
  }],
  ['follow-up visit note', (d) => {
    const md = d.monDay(); const my = d.monthYear(); const s = d.sur();
    return [`Seen ${md}, 3 months post SBRT. PSA 0.4. Next PSA ${my}; results to Dr. ${s}.`, [md, my, s]];
  }],
  // signatures
  ['therapist sign-off with ARRT', (d) => {
    const [n, np] = d.staff(); const arrt = d.arrt(); const lic = d.licence();
    return [`Treated by: ${n}, R.T.(T)  ARRT #${arrt}  State lic. ${lic}`, [...np, arrt, lic]];
  }],
  ['physicist signature block', (d) => {
    const [n, np] = d.staff(); const c = d.center(); const [ph, pp] = d.phone();
    return [`${n}, PhD, DABR\nChief Medical Physicist, ${c}\nPager ${ph}`, [...np, c, pp]];
  }],
  ['dictation co-signature', (d) => {
    const [a, ap] = d.staff(); const s = d.sur(); const dt = d.date();
    return [`Dictated by ${a}, PA-C. Reviewed and agree, Dr. ${s}, ${dt}.`, [...ap, s, dt]];
  }],
  // billing, authorization and devices
  ['prior authorization', (d) => {
    const au = d.auth(); const dt = d.date(); const m = d.member();
    return [`${d.payer()} authorization ${au} for IMRT (77385/77386) approved ${dt} via eviCore; member ID ${m}.`, [au, dt, m]];
  }],
  ['claim line', (d) => {
    const cl = d.claim(); const dt = d.date(); const acct = d.account();
    return [`Claim ${cl}  DOS ${dt}  CPT 77412 x1  77427 x1  Acct ${acct}  Status: pended`, [cl, dt, acct]];
  }],
  ['Medicare MBI and SSN', (d) => {
    const mbi = d.mbi(); const ssn = d.ssn();
    return [`Medicare MBI: ${mbi}   SSN: ${ssn}   Secondary: Medigap Plan G`, [mbi, ssn]];
  }],
  ['pacemaker device check', (d) => {
    const sn = d.machineSerial(); const dt = d.date(); const [rep, rp] = d.staff();
    return [`CIED: ${d.deviceBrand()} pacemaker, serial ${sn}. Interrogated before and after fx 1 on ${dt} by device rep ${rep}; dose to device < 2 Gy.`, [sn, dt, ...rp]];
  }],
  // tumor boards, records, messages
  ['tumor board', (d) => {
    const h = d.hospital(); const wd = d.weekday(); const dt = d.date();
    return [`Discussed at the ${h} thoracic tumor board ${wd}, ${dt}; consensus for SBRT 54 Gy in 3 fractions.`, [h, wd, dt]];
  }],
  ['records release fax', (d) => {
    const pr = d.practice(); const g = d.given(); const dt = d.date(); const [fx, fp] = d.phone();
    return [`Treatment summary and DVHs faxed to ${pr}, attn ${g}, on ${dt} to ${fx}.`, [pr, g, dt, fp]];
  }],
  ['portal message', (d) => {
    const em = d.email(); const md = d.monDay();
    return [`Portal message ${md} (reply copied to ${em}): asking whether she can swim during treatment. Advised to avoid chlorinated pools.`, [md, em]];
  }],
  ['after-hours instructions', (d) => {
    const [ph, pp] = d.phone(); const c = d.center();
    return [`After hours, call ${c} at ${ph} and ask for the radiation oncologist on call.`, [c, pp]];
  }],
  ['second opinion', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.center(); const t = d.town();
    return [`Pt requested a second opinion with Dr. ${g} ${s} at ${c} in ${t} regarding proton therapy.`, [g, s, c, t]];
  }],
  ['work note', (d) => {
    const e = d.employer(); const dt = d.date();
    return [`Work note for ${e}: patient is receiving daily radiation and will be out of work through ${dt}.`, [e, dt]];
  }],
  ['SRS frame placement', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital();
    return [`Gamma Knife frame placed ${dt} by Dr. ${s} (neurosurgery) at ${h}; 4 metastases treated to 20 Gy at the 50% isodose.`, [dt, s, h]];
  }],
  ['fiducial placement', (d) => {
    const s = d.sur(); const md = d.monDay(); const lot = d.lot();
    return [`Three gold fiducials placed by Dr. ${s}, IR, on ${md} (lot ${lot}); CyberKnife sim in 7 days.`, [s, md, lot]];
  }],
];

/** The names of the wave's frames. */
export const radiationFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function radiationWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 12517, rounds);
}

/** Look-alikes in radiation oncology style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // doses, fractions and dose-volume constraints
  ['Rx: 60 Gy in 30 fractions to PTV_6000.', '60 Gy in 30 fractions'], ['200 cGy per fraction.', '200 cGy'], ['Total dose 4500 cGy.', '4500 cGy'],
  ['50.4 Gy/28 fx to the pelvis.', '50.4 Gy/28 fx'], ['Fx 12/25 delivered.', '12/25'], ['Fraction 5 of 5 today.', '5 of 5'],
  ['Week 3 of 6.', 'Week 3 of 6'], ['Lung V20 < 30%.', 'V20 < 30%'], ['PTV D95 ≥ 95%.', 'D95'], ['Dmax 107.2% in the PTV.', 'Dmax 107.2%'],
  ['Mean heart dose 2.1 Gy.', 'Mean heart dose 2.1 Gy'], ['Cord max 44.8 Gy.', '44.8 Gy'], ['Rectum V70 12%.', 'V70 12%'],
  ['Parotid mean 24 Gy.', '24 Gy'], ['Boost 10 Gy in 5 fx.', '10 Gy in 5 fx'], ['SBRT 54 Gy in 3 fractions.', '54 Gy in 3 fractions'],
  ['BED10 of 100 Gy.', 'BED10'], ['EQD2 with alpha/beta of 3.', 'alpha/beta of 3'], ['2800 cGy to date.', '2800 cGy'],
  ['Monitor units 212.', 'Monitor units 212'], ['Dose rate 600 MU/min.', '600 MU/min'], ['Hot spot 108%.', '108%'],
  // machines and systems
  ['Treated on the TrueBeam.', 'TrueBeam'], ['Moved to the Halcyon.', 'Halcyon'], ['Adaptive plan on Ethos.', 'Ethos'],
  ['CyberKnife with Synchrony tracking.', 'CyberKnife'], ['Gamma Knife Icon mask-based SRS.', 'Gamma Knife Icon'], ['Tomotherapy helical plan.', 'Tomotherapy'],
  ['Planned in Eclipse 16.1.', 'Eclipse'], ['RayStation plan exported.', 'RayStation'], ['Pinnacle plan archived.', 'Pinnacle'],
  ['Record and verify: ARIA.', 'ARIA'], ['Scheduled in MOSAIQ.', 'MOSAIQ'], ['Mobius3D second check passed.', 'Mobius3D'],
  ['Elekta Versa HD.', 'Versa HD'], ['Varian service called.', 'Varian'], ['Accuray field service.', 'Accuray'], ['MR-Linac (Unity) workflow.', 'Unity'],
  ['Linac 3 in vault B.', 'Linac 3'], ['Philips Big Bore CT simulator.', 'Big Bore'], ['AlignRT surface guidance.', 'AlignRT'],
  // techniques
  ['IMRT plan with 7 fields.', 'IMRT'], ['VMAT, two full arcs.', 'VMAT'], ['SBRT to the left upper lobe.', 'SBRT'], ['SRS to 3 lesions.', 'SRS'],
  ['Daily IGRT with kV imaging.', 'IGRT'], ['DIBH for the left breast.', 'DIBH'], ['4DCT with ITV.', '4DCT'], ['3D-CRT opposed laterals.', '3D-CRT'],
  ['Hypofractionated whole breast.', 'Hypofractionated'], ['Proton pencil beam scanning.', 'pencil beam scanning'],
  // energies, fields, structures and geometry
  ['Energy 6 MV.', '6 MV'], ['15X for the laterals.', '15X'], ['6 FFF arcs.', '6 FFF'], ['9 MeV electrons with 1 cm bolus.', '9 MeV'],
  ['Fields: RAO, LPO, AP/PA.', 'RAO, LPO, AP/PA'], ['Medial and lateral tangents.', 'tangents'], ['Supraclavicular field matched.', 'Supraclavicular field'],
  ['Structure CTV_6000.', 'CTV_6000'], ['PTV_5040 margin 7 mm.', 'PTV_5040'], ['Isocenter (0.3, -1.2, 4.5) cm.', '(0.3, -1.2, 4.5)'],
  ['Shifts: vrt -0.3, lng 0.5, lat 0.2.', 'vrt -0.3, lng 0.5, lat 0.2'], ['Couch 270°, gantry 30°.', 'Couch 270°'], ['Gantry 181-179 CW.', '181-179'],
  ['Collimator 30 degrees.', 'Collimator 30'], ['SSD 92.4 cm.', 'SSD 92.4 cm'], ['Field size 10 x 10 cm.', '10 x 10 cm'],
  ['Bolus 0.5 cm every other day.', 'Bolus 0.5 cm'], ['Wedge 30 degrees.', 'Wedge'], ['Cone down after 46 Gy.', 'Cone down'],
  ['Plan C1 R Breast TF.', 'R Breast TF'], ['Course C2.', 'Course C2'],
  // grades, scales and reports
  ['RTOG grade 2 skin.', 'RTOG grade 2'], ['CTCAE v5.0 grade 1 dermatitis.', 'CTCAE v5.0'], ['ECOG 1.', 'ECOG 1'], ['KPS 80.', 'KPS 80'],
  ['Gleason 4+3=7.', '4+3=7'], ['PSA 6.2 ng/mL.', '6.2 ng/mL'], ['AJCC 8th edition T2N0M0.', 'T2N0M0'], ['QUANTEC constraints met.', 'QUANTEC'],
  ['Prescribed per ICRU 83.', 'ICRU 83'], ['TG-142 monthly QA.', 'TG-142'], ['Calibrated per TG-51.', 'TG-51'], ['TG-43 dose calculation.', 'TG-43'],
  ['AAPM guidelines.', 'AAPM'], ['ASTRO consensus statement.', 'ASTRO'], ['NRG Oncology protocol.', 'NRG Oncology'], ['ACR accredited.', 'ACR'],
  ['RTOG 0617 dose constraints.', 'RTOG 0617'], ['PHQ-9 of 6.', 'PHQ-9 of 6'], ['Pain 4/10.', '4/10'],
  // radionuclides, applicators, immobilization
  ['Ir-192 HDR.', 'Ir-192'], ['I-125 seeds.', 'I-125'], ['Cs-137 blood irradiator.', 'Cs-137'], ['Ra-223 (Xofigo) cycle 3.', 'Xofigo'],
  ['Lu-177 (Pluvicto) dose 2.', 'Pluvicto'], ['Fletcher-Suit-Delclos tandem.', 'Fletcher-Suit-Delclos'], ['Syed-Neblett template.', 'Syed-Neblett'],
  ['Vaginal cylinder 3.0 cm.', 'Vaginal cylinder'], ['Henschke applicator.', 'Henschke'], ['Aquaplast mask.', 'Aquaplast'], ['Vac-Lok bag.', 'Vac-Lok'],
  ['Alpha Cradle mold.', 'Alpha Cradle'], ['Breast board at 15 degrees.', 'Breast board'], ['SpaceOAR hydrogel placed.', 'SpaceOAR'],
  ['OSLD nanoDot.', 'nanoDot'], ['Superflab bolus.', 'Superflab'],
  // eponyms and systems named after places
  ["Lhermitte's sign after cord dose.", "Lhermitte's"], ['Manchester system point A.', 'Manchester system'], ['Paris system for the implant.', 'Paris system'],
  ['Bragg peak placed distal.', 'Bragg peak'], ['Compton scatter.', 'Compton'], ['Hounsfield units.', 'Hounsfield'], ['Monte Carlo calculation.', 'Monte Carlo'],
  ['Acuros XB algorithm.', 'Acuros XB'], ['Hodgkin lymphoma ISRT.', 'Hodgkin'], ['Ewing sarcoma.', 'Ewing'], ['Merkel cell carcinoma.', 'Merkel'],
  // drugs and skin products
  ['Aquaphor twice daily.', 'Aquaphor'], ['Miaderm to the field.', 'Miaderm'], ['Silvadene to the moist desquamation.', 'Silvadene'],
  ['Mepitel film applied.', 'Mepitel'], ['Magic mouthwash 10 mL.', 'Magic mouthwash'], ['Ondansetron 8 mg before fx.', 'Ondansetron'],
  ['Tamsulosin 0.4 mg.', 'Tamsulosin'], ['Concurrent cisplatin 40 mg/m2.', 'cisplatin'], ['Dexamethasone 4 mg BID.', 'Dexamethasone'], ['Tegaderm over the marks.', 'Tegaderm'],
  // billing codes
  ['CPT 77386.', '77386'], ['77427 weekly management.', '77427'], ['ICD-10 C50.912.', 'C50.912'], ['Z51.0 encounter for radiotherapy.', 'Z51.0'],
  ['HCPCS G6015.', 'G6015'], ['77300 basic dosimetry x12.', '77300'],
  // national programs and bodies
  ['Hope Lodge application sent.', 'Hope Lodge'], ['Road To Recovery rides.', 'Road To Recovery'], ['American Cancer Society grant.', 'American Cancer Society'],
  ['Medicare Part B.', 'Medicare'], ['Medicaid NEMT ride.', 'Medicaid NEMT'], ['LLS co-pay assistance.', 'LLS'], ['NCCN guidelines.', 'NCCN'],
  // generic places, schedules, relations and roles, ages and years
  ['Pt waited in the vault.', 'the vault'], ['Seen at the cancer center.', 'the cancer center'], ['Stays at the lodge.', 'the lodge'],
  ['Treatment Monday through Friday.', 'Monday through Friday'], ['Daily treatment.', 'Daily'], ['BID with 6 h gap.', 'BID'],
  ['Her husband drives her.', 'husband'], ['The dosimetrist will replan.', 'dosimetrist'], ['Charge therapist aware.', 'Charge therapist'],
  ['Physicist on call notified.', 'Physicist on call'], ['Nurse navigator will call.', 'Nurse navigator'], ['78-year-old woman.', '78'],
  ['Age 89.', '89'], ['Diagnosed in 2019.', '2019'], ['Drives 86 miles each way.', '86 miles'], ['Weight 72.4 kg.', '72.4 kg'], ['Time-out at 08:15.', '08:15'],
  // everyday words that are also names or towns
  ['Expressed hope about the scans.', 'hope'], ['Skin will be checked weekly.', 'will'], ['Mark the isocenter.', 'Mark'], ['Kidney stone on the sim CT.', 'stone'],
  ['Beam on at 09:02.', 'Beam'], ['Field light checked.', 'Field light'], ['X-ray tube warm-up.', 'X-ray'], ['Rocky course with mucositis.', 'Rocky'],
  ['Bill sent to secondary insurance.', 'Bill'], ['Joy in the grandkids, per pt.', 'Joy'], ['Union of the two fields.', 'Union'], ['Grace period for the copay.', 'Grace'],
];

export const radiationKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedRadiationKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(radiationKeepCases(), find);

export function scoreRadiationWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => radiationWaveCases(seed)), find);
}
