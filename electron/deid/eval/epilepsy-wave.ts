// A blind wave of neurology and epilepsy-monitoring records: epilepsy monitoring unit (EMU) admissions (the header
// with the patient listed as 'SURNAME, Given', MRN, DOB, admit date, attending and referring neurologist with the
// practice, the H&P's opening with the weekday of admission and the town the patient lives in, sitters and family
// staying overnight with their cell phones, anti-seizure medication taper orders, encounter, account and precert
// numbers, discharge lines with the follow-up), video-EEG reports (the study number, recording start and end, the event
// log with push-button rows and who pressed the button, semiology written as clock-time stamps under a date, the
// nurse's ictal testing, the reader's electronic signature, the review station's IP address and the recording's file
// name with the patient's surname, given name and study GUID, archive accessions, seizure counts by day, stereo-EEG
// implantation, ictal SPECT injections), ambulatory EEG hook-ups at home and their return (the home address, the
// amplifier's and camera's serial numbers, the courier's tracking number, the family's push-button diary, the tech's
// disconnect sign-off with initials), VNS and RNS device interrogations (generator, lead, programming tablet, wand and
// remote-monitor serial numbers, implant month and year, replacements with the returned generator's RMA number, the
// device ID card, the company representative reached by phone), seizure diaries written by families (weekdays, 'the
// 4th', holidays, 'seizure free since March 2023', share links and account e-mails of a tracking app), driving
// restriction letters to the DMV (letterhead, date, 'RE:' line with the driver's licence number in the format of its
// state, the last seizure's date and the date driving may resume, the employer, the crash report with the police
// report number and the vehicle's plate, the physician's licence, NPI and DEA), anti-seizure medication level results
// (collection dates, lab accessions, requisitions, a local hospital lab, critical values called with initials), Wada
// test, fMRI and neuropsychology scheduling, epilepsy surgery conference lists, school seizure action plans (the
// student, school, teacher, parent, school nurse and bus driver, rescue medication lot numbers, epilepsy camp forms),
// neurologist referral letters (letterhead with phone, fax and URL, salutation, cc lines, outside records requests),
// EEG tech sign-offs and hand-offs with initials, prior authorizations and prescriptions, portal messages, support
// groups at churches, SUDEP counselling with a loaned bed alarm's serial, EMS hand-offs with the run number, work
// notes and ketogenic diet starts; in mixed case, ALL CAPS and lower case. Dates are written every way ('03/04/2024',
// '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '03.04.2024',
// 'Mar 4', '3/4', 'Tuesday', 'the 4th', 'March 2024', '3/2024', holidays such as 'Christmas Eve' and 'Thanksgiving
// Day'); ages over 89 (new-onset seizures late in life), phones, fax numbers, extensions, e-mails, URLs and IP
// addresses are planted. Given names and surnames are often everyday words (Hope, Rocky, Will, Chase, Hunter, Stone,
// Hill, Price, Banks, Wells); children's given names often are (River, Journey, Harmony, Legend, Ryder); towns are
// often everyday words (Liberty, Union, Hope, Concord, Harmony, Normal, Energy, Mentor). Written without reading the
// engine's rules or any gold data. `scoreEpilepsyWave`.
// Decisions: every word of a person's name is planted as its own part (a middle name too, a hyphenated surname as one
// part); a middle initial, a title ('Dr.', 'Mr.', 'Ms.') and a credential ('MD', 'NP', 'PhD', 'PsyD', 'R. EEG T.',
// 'CLTM', 'CNMT', 'RN', 'RD', 'PA-C') are not planted; a signer's or tech's initials are planted; the given name of a
// relative or a child written alone is planted; a relation or a role without a name ('mom', 'the EEG tech', 'the
// sitter', 'the fellow') is kept. A local hospital, practice, epilepsy center, hospital lab, pharmacy, school, camp,
// church, assisted living, employer and EMS agency is planted whole with its kind words ('Liberty Neurology
// Associates', 'Camp Firefly', 'Union Fire Rescue'); a national company or body named alone ('LivaNova', 'NeuroPace',
// 'Epilepsy Foundation', 'NAEC', 'FDA', 'the DMV', 'FedEx') is kept; a town is planted, a US state is kept (and so is
// the state whose driving law is cited). A street address is planted from its number to its street type, a ZIP is
// planted. A weekday naming one day is planted; 'the 4th', a month and day, a month and year, a full date in any form
// and a holiday that fixes a day are planted; a clock time next to a date is kept (push-button and semiology time
// stamps are kept, their date is planted), and so are durations, counts and years alone. The device's serial number
// (VNS generator, RNS neurostimulator, each lead, the programming tablet and wand, the remote monitor, the ambulatory
// amplifier and camera, the continuous-EEG headset and the loaned bed alarm), the RMA number, the courier's tracking
// number, the EEG study number and its GUID, lab accessions and requisitions, MRNs, encounter, account, precert, prior
// authorization, member and group numbers, prescription numbers, rescue medication lot numbers, the driver's licence
// number, the police report number and a vehicle's plate, the physician's state licence, NPI and DEA numbers, the EMS
// run number, the reading station's IP address, e-mails and URLs are planted; device model numbers ('Model 106',
// 'RNS-320', 'DL-330-3.5') are kept. A phone's leading '(' need not be covered; an extension is planted as its digits.
// Ages over 89 are planted as their number; an age of 89 or under is kept. Kept (look-alikes): epilepsy syndromes and
// eponyms (Lennox-Gastaut, Dravet, Todd's, Jacksonian, Rasmussen's, Wada, Engel class), scales and scores (NDDI-E,
// QOLIE-31, Boston Naming Test, FSIQ), drug names and brands, device brands and model numbers, VNS and RNS settings,
// EEG electrodes, montages and findings (T7, Fp1-F7, Cz, 10-20 system, LPDs, 3 Hz spike-and-wave), procedures, codes
// (ICD-10, CPT, DRG), national bodies, laws and standards, states, generic places and roles, ages of 89 and under,
// years alone, counts, durations, clock times alone, lab values, genes, and everyday words that are also names or towns.
// Measured before rules: 0.926 recall on seeds 5, 11, 23 (4941/5333), 0.913 on fresh seeds 41, 42, 43 (4866/5329); 6/165
// look-alikes touched ("Todd's", "Sturge-Weber", "Natus Xltek", "AAN", "New York", "2/8") (engine at 6d111ff).
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as inn } from '@faker-js/faker/locale/en_IN';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, us, mx, mx, inn, gb, vi];

/** Given names and surnames that are everyday words. */
const WORD_GIVEN = ['Hope', 'Joy', 'Faith', 'Grace', 'Patience', 'Mercy', 'Dawn', 'Summer', 'Crystal', 'Rocky', 'Bill', 'Will', 'Mark', 'Chase', 'Hunter', 'Skip', 'Buddy', 'Dusty', 'Sunny', 'Misty', 'Autumn', 'Star', 'Lucky', 'Ginger', 'Honey', 'Penny', 'Jordan', 'Georgia', 'Pearl', 'Ruby', 'Rusty', 'Hazel', 'Amber', 'Destiny', 'Miles', 'Rich', 'Cliff', 'Drew'];
const WORD_SUR = ['Stone', 'Hill', 'Price', 'Cook', 'Baker', 'Fox', 'Wolf', 'Rivers', 'Brooks', 'Wells', 'Banks', 'Lane', 'Street', 'Church', 'King', 'Bishop', 'Mason', 'Porter', 'Fisher', 'Gardner', 'Shepherd', 'Cash', 'Bond', 'Rich', 'Young', 'Strong', 'Wise', 'Snow', 'Frost', 'Winter', 'Knight', 'Page', 'Love', 'Friend', 'Noble', 'Sweet', 'Little', 'Short', 'Hale', 'Bell', 'Marsh', 'Field', 'Swift', 'Small', 'Wood', 'Best'];
/** Children's given names, many of them everyday words. */
const KID_GIVEN = ['River', 'Journey', 'Harmony', 'Legend', 'Ryder', 'Wren', 'Sky', 'Paisley', 'Maverick', 'Royal', 'Kingston', 'Brooklyn', 'Lyric', 'Sage', 'Ocean', 'Blaze', 'Haven', 'Bentley', 'Nova', 'Kash', 'Remy', 'Arrow', 'Stormy', 'Bear', 'True', 'Hunter', 'Chase', 'Hope', 'Grace', 'Ember'];

/** Towns that are everyday words, and real towns. */
const WORD_TOWNS = ['Liberty', 'Union', 'Hope', 'Commerce', 'Concord', 'Independence', 'Friendship', 'Harmony', 'Eden', 'Paradise', 'Normal', 'Reading', 'Orange', 'Golden', 'Sandy', 'Energy', 'Mentor', 'Fairview', 'Midway', 'Unity', 'Welcome', 'Plain City', 'Pleasant Hill', 'Glendale', 'Marion', 'Warren'];
const REAL_TOWNS = ['Rochester', 'Ann Arbor', 'Gainesville', 'Cedar Rapids', 'Danville', 'Hershey', 'Lebanon', 'Winston-Salem', 'Charlottesville', 'Roanoke', 'Wichita', 'Lubbock', 'Tulsa', 'Spokane', 'Boise', 'Fargo', 'Sioux Falls', 'Duluth', 'Burlington', 'Portland', 'Bangor', 'Augusta', 'Macon', 'Mobile', 'Shreveport', 'Lafayette', 'Evansville', 'Peoria', 'Springfield', 'Columbia', 'Knoxville', 'Chattanooga', 'Greenville', 'Asheville', 'Toledo', 'Akron', 'Dayton', 'Erie', 'Scranton', 'Albany'];
const STATES = ['OH', 'MI', 'IN', 'IL', 'PA', 'NY', 'VA', 'NC', 'TN', 'KY', 'GA', 'TX', 'MN', 'WI', 'IA', 'MO', 'KS', 'CO', 'WA', 'OR', 'ME', 'VT'];
const STREET_WORDS = ['Main', 'Elm', 'Maple', 'Cedar', 'Oak', 'Pine', 'Lincoln', 'Washington', 'Central', 'Lake', 'River', 'Park', 'Hope', 'Union', 'Liberty', 'Pleasant', 'Sycamore', 'Jefferson', 'Grand', 'Broadway', 'Mill', 'Church', 'Prospect', 'Franklin', 'Hillcrest', 'Walnut', 'Orchard', 'Meadow', 'Ridge', 'Spring'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Blvd', 'Way', 'Ter', 'Pl', 'Pike', 'Circle'];
const COUNTY_WORDS = ['Franklin', 'Washington', 'Marion', 'Jefferson', 'Union', 'Clark', 'Greene', 'Lake', 'Polk', 'Butler', 'Summit', 'Madison', 'Warren', 'Wayne', 'Delaware'];
const SAINTS = ['Mary', 'Joseph', 'Anne', 'Francis', 'Patrick', 'Vincent', 'Jude', 'Luke', 'Elizabeth', 'Michael', 'Anthony', 'Agnes'];
const HOSPITAL_SUFFIX = ['Regional Medical Center', 'Medical Center', 'General Hospital', 'Memorial Hospital', 'Community Hospital', "Children's Hospital", 'University Hospital'];
const CAMP_WORDS = ['Firefly', 'Blue Heron', 'Wildwood', 'Eagle Ridge', 'Pine Haven', 'Bright Horizons', 'Sunrise', 'Spirit Lake', 'Kaleidoscope', 'Lightning Bug', 'Hope', 'Courage'];
const LIVING_WORDS = ['Magnolia', 'Willow', 'Rosewood', 'Evergreen', 'Heritage', 'Brookdale', 'Meadowbrook', 'Sunset', 'Autumn Leaves', 'Golden Years'];
const RELATIONS = ['mother', 'father', 'mom', 'dad', 'wife', 'husband', 'sister', 'brother', 'daughter', 'son', 'grandmother', 'aunt', 'partner', 'roommate', 'fiancée', 'stepfather'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Holidays that fix a day. */
const HOLIDAYS = ['Christmas Eve', 'Christmas Day', "New Year's Day", "New Year's Eve", 'the Fourth of July', 'Thanksgiving Day', 'Halloween', "Valentine's Day", 'Easter Sunday', "Mother's Day", 'Labor Day', 'Memorial Day'];
/** Drugs and brands the notes name (kept). */
const ASMS = ['levetiracetam', 'lamotrigine', 'lacosamide', 'oxcarbazepine', 'carbamazepine', 'valproate', 'topiramate', 'zonisamide', 'clobazam', 'cenobamate', 'brivaracetam', 'perampanel', 'Xcopri', 'Keppra', 'Lamictal XR', 'Briviact', 'Vimpat', 'Epidiolex', 'Fycompa'];
const SEMIOLOGY = ['behavioral arrest, oral automatisms, left hand fumbling', 'rising epigastric sensation then staring', 'head version to the right, then bilateral tonic-clonic', 'hypermotor thrashing out of sleep', 'left face clonic activity, speech preserved', 'ictal pouting and fear', 'bilateral arm myoclonus on waking', 'nocturnal tonic stiffening, arms raised'];
const EEG_FINDINGS = ['rhythmic theta over the left temporal chain', 'sharp waves at T7 evolving to 5 Hz rhythm', 'no EEG correlate', 'diffuse attenuation then rhythmic delta F8/T8', 'generalized 3 Hz spike-and-wave', 'muscle artifact obscuring, post-ictal slowing right'];

/** A person: every name word but the middle initial is planted. */
interface Person {
  readonly given: string;
  readonly middle: string;
  readonly mi: string;
  readonly sur: string;
}
const written = (p: Person): string => [p.given, p.middle || p.mi, p.sur].filter((w) => w !== '').join(' ');
const listed = (p: Person): string => `${p.sur}, ${[p.given, p.middle || p.mi].filter((w) => w !== '').join(' ')}`;
const nameParts = (p: Person): string[] => [p.given, ...(p.middle ? [p.middle] : []), p.sur];

/** Draws for one case, from one seeded stream. */
class Draw extends WaveDraw {
  given(): string {
    return this.givenOf(WORD_GIVEN);
  }
  sur(): string {
    const s = this.capitalizedSurnameOf(WORD_SUR);
    return this.r() < 0.08 ? `${s}-${this.capitalizedSurname()}` : s;
  }
  kid(): string {
    return this.r() < 0.4 ? this.pick(KID_GIVEN) : this.given();
  }
  person(): Person {
    const x = this.r();
    return { given: this.given(), middle: x < 0.25 ? this.given() : '', mi: x >= 0.25 && x < 0.55 ? this.mi() : '', sur: this.sur() };
  }
  initials(): string {
    return this.letters(this.int(2, 3));
  }
  relation(): string {
    return this.pick(RELATIONS);
  }
  asm(): string {
    return this.pick(ASMS);
  }
  /** A staff member's name written three ways, with its parts. */
  staff(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}`, [g, s]];
    if (k === 1) return [`${g} ${this.mi()} ${s}`, [g, s]];
    if (k === 2) return [`${s}, ${g}`, [s, g]];
    return [`${g.charAt(0)}. ${s}`, [s]];
  }
  town(): string {
    const x = this.r();
    return x < 0.4 ? this.pick(WORD_TOWNS) : x < 0.85 ? this.pick(REAL_TOWNS) : us.location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  street(): string {
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}`;
  }
  zip(): string {
    const z = String(this.int(1001, 99899)).padStart(5, '0');
    return this.r() < 0.2 ? `${z}-${this.digitString(4)}` : z;
  }
  hospital(): string {
    return this.r() < 0.25 ? `St. ${this.pick(SAINTS)}'s Hospital` : `${this.town()} ${this.pick(HOSPITAL_SUFFIX)}`;
  }
  practice(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.town()} Neurology Associates`;
    if (k === 1) return `${this.sur()} Neurology Group`;
    if (k === 2) return `Neurology Partners of ${this.town()}`;
    if (k === 3) return `${this.town()} Comprehensive Epilepsy Center`;
    if (k === 4) return `${this.town()} Pediatric Neurology, PC`;
    return `${this.town()} Family Medicine`;
  }
  lab(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Community Hospital Lab`;
    if (k === 1) return `${this.sur()} Medical Laboratory`;
    return `${this.town()} Regional Reference Lab`;
  }
  pharmacy(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.town()} Pharmacy`;
    if (k === 1) return `${this.sur()}'s Drug Store`;
    return `Hometown Pharmacy of ${this.town()}`;
  }
  school(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.pick(STREET_WORDS)} Elementary School`;
    if (k === 1) return `${this.town()} Middle School`;
    if (k === 2) return `${this.town()} High School`;
    return `${this.sur()} Academy`;
  }
  camp(): string {
    return `Camp ${this.pick(CAMP_WORDS)}`;
  }
  church(): string {
    const k = this.int(0, 2);
    if (k === 0) return `St. ${this.pick(SAINTS)} Catholic Church`;
    if (k === 1) return `First Baptist Church of ${this.town()}`;
    return `${this.town()} United Methodist Church`;
  }
  assistedLiving(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.pick(LIVING_WORDS)} Gardens`;
    if (k === 1) return `The Willows at ${this.town()}`;
    return `${this.sur()} House Assisted Living`;
  }
  employer(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.town()} Ready Mix`;
    if (k === 1) return `${this.sur()} Trucking`;
    if (k === 2) return `${this.town()} Public Works`;
    return `${this.sur()} & Sons Roofing`;
  }
  ems(): string {
    return this.r() < 0.5 ? `${this.town()} Fire Rescue` : `${this.pick(COUNTY_WORDS)} County EMS`;
  }
  time(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}`;
  }
  stamp(): string {
    return `${pad2(this.int(0, 23))}:${pad2(this.int(0, 59))}:${pad2(this.int(0, 59))}`;
  }
  /** A full date in one of the forms neurology notes write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${pad2(m)}.${pad2(d)}.${y}` : `${m}/${d}/${y}`);
  }
  /** Two full dates in one form, `gap` days apart in one month (a recording's start and end, a leave's first and last day). */
  datePair(gap: number): readonly [string, string] {
    const m = this.int(1, 12);
    const d = this.int(1, 28 - gap);
    const y = this.year();
    const k = this.int(0, 9);
    const f = (day: number): string => writtenDate(k, m, day, y) ?? (k === 8 ? `${pad2(m)}.${pad2(day)}.${y}` : `${m}/${day}/${y}`);
    return [f(d), f(d + gap)];
  }
  /** Two months and days, the second `gap` days after the first in one month. */
  monDayPair(gap: number): readonly [string, string] {
    const m = this.int(1, 12);
    const d = this.int(1, 28 - gap);
    const name = this.r() < 0.5 ? MON[m - 1]! : MONTHS[m - 1]!;
    return [`${name} ${d}`, this.r() < 0.5 ? `${name} ${d + gap}` : `${d + gap}`];
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
  theNth(): string {
    return `the ${ordinal(this.int(1, 31))}`;
  }
  dob(lo = 1945, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 103));
  }
  /** n digits, any of them zero. */
  anyDigits(n: number): string {
    let s = '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  mrn(): string {
    return this.r() < 0.3 ? `00${this.digitString(6)}` : this.digitString(this.int(7, 9));
  }
  csn(): string {
    return this.digitString(10);
  }
  account(): string {
    return this.r() < 0.5 ? `HAR ${this.digitString(9)}` : `${this.digitString(8)}`;
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
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.town())}neuro.org`, 'gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', `${asciiLetters(this.town())}health.org`, 'outlook.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}${this.int(10, 9999)}`, `${a}${this.int(70, 99)}`, `${a}smom${this.int(1, 20)}`]);
    return `${local}@${dom}`;
  }
  url(): string {
    const t = asciiLetters(this.town());
    const k = this.int(0, 3);
    if (k === 0) return `https://www.${t}neurology.com`;
    if (k === 1) return `www.${t}epilepsycenter.org/referrals`;
    if (k === 2) return `https://${t}health.org/neuro/emu`;
    return `${asciiLetters(this.sur())}neuro.com`;
  }
  /** A seizure-tracking app's share link for one family. */
  shareUrl(): string {
    const t = this.lettersOf('abcdefghjkmnpqrstuvwxyz23456789', 10);
    return this.pick([`https://www.seizuretracker.com/share/${t}`, `https://share.${asciiLetters(this.town())}health.org/v/${t}`, `https://epidiary.app/s/${t}`]);
  }
  ip(): string {
    return this.r() < 0.6 ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(128, 216)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  eegStudy(): string {
    const k = this.int(0, 3);
    if (k === 0) return `EEG-${pad2(this.int(18, 25))}-${this.anyDigits(5)}`;
    if (k === 1) return `E${pad2(this.int(18, 25))}-${this.digitString(4)}`;
    if (k === 2) return `LTM${this.digitString(7)}`;
    return this.digitString(8);
  }
  guid(): string {
    const h = (n: number) => this.lettersOf('0123456789abcdef', n);
    return `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
  }
  accession(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(1)}${this.digitString(8)}`;
    if (k === 1) return `${pad2(this.int(18, 25))}-${this.letters(2)}-${this.digitString(6)}`;
    return this.digitString(10);
  }
  requisition(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(6)}` : this.digitString(9);
  }
  /** A VNS generator's serial: five or six digits. */
  vnsSerial(): string {
    return this.digitString(this.int(5, 6));
  }
  rnsSerial(): string {
    return this.r() < 0.5 ? this.digitString(7) : `N${this.digitString(6)}`;
  }
  leadSerial(): string {
    return this.r() < 0.5 ? `${this.letters(2)}${this.digitString(5)}` : this.digitString(6);
  }
  deviceSerial(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(3)}${this.digitString(6)}`;
    if (k === 1) return `${this.digitString(4)}-${this.digitString(5)}`;
    return `SN${this.digitString(8)}`;
  }
  rma(): string {
    return this.r() < 0.5 ? `RMA-${this.digitString(6)}` : `R${this.digitString(7)}`;
  }
  tracking(): string {
    return this.r() < 0.6 ? `${this.digitString(4)} ${this.anyDigits(4)} ${this.anyDigits(4)}` : `1Z${this.lettersOf('0123456789ABCDEFGHJKLMNPRSTVWXY', 16)}`;
  }
  /** A driver's licence in its state's format, with the state (kept). */
  licence(): readonly [string, string] {
    switch (this.int(0, 6)) {
      case 0: return ['California', `${this.letters(1)}${this.anyDigits(7)}`];
      case 1: return ['New York', `${this.digitString(3)} ${this.anyDigits(3)} ${this.anyDigits(3)}`];
      case 2: return ['Texas', this.digitString(8)];
      case 3: return ['Florida', `${this.letters(1)}${this.anyDigits(3)}-${this.anyDigits(3)}-${this.anyDigits(2)}-${this.anyDigits(3)}-${this.anyDigits(1)}`];
      case 4: return ['Illinois', `${this.letters(1)}${this.anyDigits(3)}-${this.anyDigits(4)}-${this.anyDigits(4)}`];
      case 5: return ['Pennsylvania', `${this.digitString(2)} ${this.anyDigits(3)} ${this.anyDigits(3)}`];
      default: return ['Ohio', `${this.letters(2)}${this.anyDigits(6)}`];
    }
  }
  plate(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`;
    if (k === 1) return `${this.letters(3)}-${this.digitString(4)}`;
    return `${this.letters(3)} ${this.digitString(3)}`;
  }
  policeReport(): string {
    return this.r() < 0.5 ? `${this.year()}-${this.anyDigits(6)}` : `${this.letters(2)}${this.digitString(7)}`;
  }
  medLicence(): string {
    return this.r() < 0.5 ? `${this.pick(['MD', 'DO', 'A'])}${this.digitString(6)}` : `${this.digitString(2)}-${this.digitString(6)}`;
  }
  npi(): string {
    return `1${this.anyDigits(9)}`;
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.digitString(2)}${this.letters(1)}${this.digitString(3)}`;
    if (k === 1) return `L${this.digitString(6)}`;
    return `${this.letters(2)}${this.digitString(4)}${this.letters(1)}`;
  }
  rx(): string {
    return this.digitString(7);
  }
  priorAuth(): string {
    return this.r() < 0.5 ? `PA-${this.digitString(8)}` : `${this.digitString(4)}${this.letters(2)}${this.digitString(4)}`;
  }
  member(): string {
    return this.r() < 0.5 ? `${this.letters(3)}${this.digitString(9)}` : `W${this.digitString(9)}`;
  }
  group(): string {
    return this.r() < 0.5 ? this.digitString(6) : `${this.letters(1)}${this.digitString(5)}`;
  }
  runNo(): string {
    return `${this.year()}-${this.anyDigits(5)}`;
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // EMU admissions
  ['EMU admission header', (d) => {
    const p = d.person(); const mrn = d.mrn(); const dob = d.dob(); const dt = d.date(); const ag = d.given(); const as = d.sur(); const rs = d.sur(); const pr = d.practice();
    return [`EPILEPSY MONITORING UNIT - ADMISSION\nPatient: ${listed(p)}\nMRN: ${mrn}   DOB: ${dob}\nAdmit date: ${dt}\nAttending: ${ag} ${as}, MD\nReferring: Dr. ${rs} (${pr})`, [...nameParts(p), mrn, dob, dt, ag, as, rs, pr]];
  }],
  ['EMU H&P opening', (d) => {
    const w = d.weekday(); const t = d.town(); const g = d.given();
    return [`${d.int(18, 72)}-year-old right-handed ${d.pick(['woman', 'man'])} with drug-resistant focal epilepsy since age ${d.int(2, 30)}, admitted ${w} for characterization and presurgical evaluation. Lives in ${t} with ${d.relation()} ${g}.`, [w, t, g]];
  }],
  ['EMU sitter and family overnight', (d) => {
    const [sn, sp] = d.staff(); const g = d.given(); const [ph, p] = d.phone();
    return [`Seizure precautions reviewed; pads up, bed low, IV saline lock. Sitter ${sn} at bedside. ${d.relation()} ${g} staying overnight, cell ${ph}.`, [...sp, g, p]];
  }],
  ['EMU taper orders', (d) => {
    const dt = d.date(); const md = d.monDay(); const s = d.sur(); const a = d.asm();
    return [`ASM taper: hold ${a} starting ${dt}; decrease levetiracetam to 500 mg BID on ${md}. Restart home doses after 3 habitual seizures or any GTC per Dr. ${s}.`, [dt, md, s]];
  }],
  ['EMU encounter and precert', (d) => {
    const csn = d.csn(); const acct = d.account(); const pa = d.priorAuth();
    return [`Encounter CSN ${csn}; account ${acct}. Precert ${pa} approved for 5 days vEEG (CPT 95720 x5).`, [csn, acct, pa]];
  }],
  ['EMU discharge line', (d) => {
    const dt = d.date(); const t = d.town(); const [sn, sp] = d.staff(); const pr = d.practice(); const md = d.slashMd();
    return [`Discharged ${dt} home to ${t}, ${d.relation()} driving. Follow up with ${sn} at ${pr} on ${md}; no driving.`, [dt, t, ...sp, pr, md]];
  }],
  // video-EEG reports
  ['vEEG report header', (d) => {
    const st = d.eegStudy(); const p = d.person(); const mrn = d.mrn(); const [a, b] = d.datePair(d.int(1, 6)); const g = d.given(); const s = d.sur();
    return [`VIDEO-EEG MONITORING REPORT\nStudy #: ${st}\nPatient: ${written(p)}   MRN ${mrn}\nRecording: ${a} ${d.time()} to ${b} ${d.time()}\nReading physician: ${g} ${s}, MD`, [st, ...nameParts(p), mrn, a, b, g, s]];
  }],
  ['vEEG event log row', (d) => {
    const dt = d.date(); const g = d.given();
    return [`Event ${d.int(1, 9)} | ${dt} | ${d.stamp()} | push button by ${d.relation()} (${g}) | ${d.pick(SEMIOLOGY)} | EEG: ${d.pick(EEG_FINDINGS)}`, [dt, g]];
  }],
  ['semiology time stamps', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur();
    return [`${md}\n03:12:04 eyes open, looks around\n03:12:10 ${d.pick(SEMIOLOGY)}\n03:13:40 clinical end\nRN ${g} ${s} tested: unable to recall the word "purple".`, [md, g, s]];
  }],
  ['push-button false alarms', (d) => {
    const g = d.given(); const ini = d.initials(); const w = d.weekday();
    return [`push button pressed x4 overnight by pt's ${d.relation()} ${g}, no eeg correlate on review. tech ${ini} reviewed ${w} am, notified fellow.`, [g, ini, w]];
  }],
  ['vEEG impression signed', (d) => {
    const g = d.given(); const m = d.mi(); const s = d.sur(); const dt = d.date();
    return [`IMPRESSION: Abnormal video-EEG due to ${d.int(2, 6)} habitual seizures arising from the ${d.pick(['left', 'right'])} temporal region.\nElectronically signed by ${g} ${m} ${s}, MD on ${dt} at ${d.time()}`, [g, s, dt]];
  }],
  ['EEG file name on review station', (d) => {
    const ip = d.ip(); const s = d.sur(); const g = d.given(); const id = d.guid();
    return [`Review station ${ip}: opened ${s}~ ${g}_${id}.e, 74 GB, 5 days of video.`, [ip, s, g, id]];
  }],
  ['EEG archive accession', (d) => {
    const acc = d.accession(); const my = d.monthYear(); const ini = d.initials();
    return [`Pruned record archived to long-term storage, accession ${acc}; original recording from ${my} deleted per policy. Archived by ${ini}.`, [acc, my, ini]];
  }],
  ['seizure count by day', (d) => {
    const m = d.int(1, 12); const day = d.int(1, 26); const a = `${m}/${day}`; const b = `${m}/${day + 1}`; const c = `${m}/${day + 2}`;
    return [`Day 1 (${a}): no events\nDay 2 (${b}): 2 focal impaired awareness seizures\nDay 3 (${c}): 1 focal to bilateral tonic-clonic seizure`, [a, b, c]];
  }],
  ['nurse ictal assessment', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur(); const w = d.weekday();
    return [`RN ${g} ${s} at bedside within 20 seconds: pt unresponsive, could not name the pen; no lorazepam needed. Dr. ${s2} notified at ${d.time()} ${w}.`, [g, s, s2, w]];
  }],
  ['stereo-EEG implantation', (d) => {
    const dt = d.date(); const s = d.sur(); const h = d.hospital();
    return [`Stereo-EEG implantation ${dt} at ${h} by Dr. ${s}: ${d.int(8, 16)} depth electrodes (LA, LH, LOF, LI), ROSA-guided; post-implant CT fused to MRI.`, [dt, h, s]];
  }],
  ['ictal SPECT injection', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekday();
    return [`Ictal SPECT: Tc-99m ECD injected ${d.int(8, 40)} seconds after onset by ${g} ${s}, CNMT; scanned ${w} within 90 minutes.`, [g, s, w]];
  }],
  // ambulatory EEG
  ['ambulatory EEG hook-up at home', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`${d.pick(['48', '72', '96'])}-hour ambulatory EEG with video hooked up at home, ${st}, ${t}, ${d.state()} ${z}, on ${dt} by ${g} ${s}, R. EEG T.`, [st, t, z, dt, g, s]];
  }],
  ['ambulatory unit and return', (d) => {
    const u = d.deviceSerial(); const c = d.deviceSerial(); const tr = d.tracking(); const w = d.weekday();
    return [`Amplifier serial ${u}, camera serial ${c}. Family to return kit by FedEx, tracking ${tr}, on ${w}.`, [u, c, tr, w]];
  }],
  ['ambulatory push-button diary', (d) => {
    const a = d.monDay(); const b = d.monDay(); const g = d.kid();
    return [`diary: ${a} 7:40 pm ${g} said the rising feeling came, pressed button. ${b} about 3 am heard grunting from the bed, pressed button again.`, [a, b, g]];
  }],
  ['ambulatory disconnect sign-off', (d) => {
    const md = d.slashMd(); const ini = d.initials();
    return [`Disconnected ${md} ${d.time()}. Electrodes removed with acetone, scalp intact, no skin breakdown. -${ini}`, [md, ini]];
  }],
  // VNS and RNS
  ['VNS interrogation table', (d) => {
    const sn = d.vnsSerial(); const my = d.monthYear(); const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`VNS INTERROGATION\nModel: 106 AspireSR\nSerial: ${sn}\nImplanted: ${my}\nOutput 1.75 mA / 30 s ON / 5 min OFF\nLead impedance: OK\nBattery: >50%\nProgrammed by: ${g} ${s}, NP   ${dt}`, [sn, my, g, s, dt]];
  }],
  ['VNS generator replacement', (d) => {
    const a = d.vnsSerial(); const dt = d.date(); const h = d.hospital(); const s = d.sur(); const b = d.vnsSerial(); const rma = d.rma();
    return [`Generator replacement (SenTiva Model 1000, SN ${a}) on ${dt} at ${h}, Dr. ${s}. Explanted generator SN ${b} returned to LivaNova under ${rma}.`, [a, dt, h, s, b, rma]];
  }],
  ['VNS tablet and wand', (d) => {
    const t = d.deviceSerial(); const w = d.deviceSerial(); const ini = d.initials();
    return [`Programmed with clinic tablet S/N ${t} and wand S/N ${w} (software v1.6). Settings unchanged. ${ini}`, [t, w, ini]];
  }],
  ['RNS implant summary', (d) => {
    const sn = d.rnsSerial(); const a = d.leadSerial(); const b = d.leadSerial(); const dt = d.date();
    return [`RNS-320 neurostimulator SN ${sn} implanted ${dt}. Leads: DL-330-3.5 (SN ${a}) left hippocampus; CL-335-10 (SN ${b}) left lateral temporal strip.`, [sn, dt, a, b]];
  }],
  ['RNS data review', (d) => {
    const w = d.weekday(); const rm = d.deviceSerial(); const g = d.given(); const s = d.sur();
    return [`PDMS data uploaded by pt ${w}; remote monitor SN ${rm}. Long episodes ${d.int(2, 20)}/day, down from baseline. Reviewed by ${g} ${s}, MD (epileptologist).`, [w, rm, g, s]];
  }],
  ['device ID card', (d) => {
    const p = d.person(); const dt = d.date(); const s = d.sur(); const h = d.hospital();
    return [`Device ID card issued to ${written(p)}: implant date ${dt}; implanting surgeon Dr. ${s}, ${h}.`, [...nameParts(p), dt, s, h]];
  }],
  ['MRI safety rep call', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone();
    return [`MRI conditional per LivaNova labeling; magnet mode and normal mode set to 0 mA before the scan. Confirmed with company rep ${g} ${s} (${ph}).`, [g, s, p]];
  }],
  // family seizure diaries
  ['family diary weekday', (d) => {
    const w = d.weekday(); const k = d.kid(); const g = d.given();
    return [`${w} - ${k} had 2 staring spells at breakfast, maybe 30 sec each. gave her keppra late last night. -- ${g}`, [w, k, g]];
  }],
  ['family diary ordinal', (d) => {
    const n = d.theNth(); const s = d.sur(); const t = d.town();
    return [`on ${n} she had a big one in the bathtub at grandma ${s}'s house in ${t}, her lips went blue, we rolled her on her side`, [n, s, t]];
  }],
  ['family diary holiday cluster', (d) => {
    const h = d.holiday(); const s = d.sur();
    return [`Cluster of 4 on ${h}! gave Nayzilam spray after the 3rd one, called Dr. ${s}'s after-hours line.`, [h, s]];
  }],
  ['family diary month-year summary', (d) => {
    const k = d.kid(); const a = d.monthYear(); const b = d.monthYear();
    return [`${k} has been seizure free since ${a}!! Started ${d.asm()} in ${b} and the drop attacks stopped.`, [k, a, b]];
  }],
  ['seizure tracking app share', (d) => {
    const u = d.shareUrl(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Mom shared her seizure tracking app log: ${u} (account ${em}). Reviewed 46 entries.`, [u, em]];
  }],
  ['family diary dated night event', (d) => {
    const [m, day] = d.md(); const dt = writtenDate(d.int(3, 5), m, day, d.year())!; const g = d.given();
    return [`${dt}, 2:15 am: jerking both arms, about 1 min, ${g} found him on the floor next to the bed. no rescue med.`, [dt, g]];
  }],
  // driving restriction letters
  ['DMV letterhead and RE line', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const dt = d.date(); const p = d.person(); const dob = d.dob(1950, 2006); const [stt, dl] = d.licence();
    return [`${pr}\n${st}\n${t}, ${d.state()} ${z}\n\n${dt}\n\n${stt} Department of Motor Vehicles\nMedical Review Unit\n\nRE: ${written(p)}   DOB ${dob}   DL# ${dl}`, [pr, st, t, z, dt, ...nameParts(p), dob, dl]];
  }],
  ['DMV seizure-free statement', (d) => {
    const s = d.sur(); const a = d.date(); const b = d.date(); const [t, his, he] = d.pick([['Mr.', 'his', 'he'], ['Ms.', 'her', 'she']] as const);
    return [`${t} ${s} had ${his} last seizure on ${a} and has been seizure free for ${d.int(3, 14)} months on medication. In my opinion ${he} may resume driving on ${b}.`, [s, a, b]];
  }],
  ['driving restriction counselled', (d) => {
    const dt = d.date(); const e = d.employer(); const g = d.given();
    return [`Counseled on state law: no driving for 6 months from ${dt}. Pt drives a delivery truck for ${e}; ${d.relation()} ${g} will drive him to work.`, [dt, e, g]];
  }],
  ['crash report', (d) => {
    const w = d.weekday(); const t = d.town(); const pr = d.policeReport(); const pl = d.plate();
    return [`Seizure while driving ${w} on Route ${d.int(2, 99)} near ${t}; hit a guardrail, no injuries. Police report #${pr}; vehicle plate ${pl}.`, [w, t, pr, pl]];
  }],
  ['DMV physician block', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.medLicence(); const npi = d.npi();
    return [`Physician: ${g} ${s}, MD, Neurology\nState medical license #${lic}\nNPI ${npi}`, [g, s, lic, npi]];
  }],
  // anti-seizure medication levels
  ['ASM level result row', (d) => {
    const dt = d.date(); const acc = d.accession();
    return [`LEVETIRACETAM   18.2 ug/mL   (12.0-46.0)   trough, collected ${dt} 07:55   acc ${acc}`, [dt, acc]];
  }],
  ['free phenytoin with requisition', (d) => {
    const md = d.slashMd(); const lab = d.lab(); const req = d.requisition();
    return [`Free phenytoin 2.6 (1.0-2.0) H; albumin 2.9. Drawn ${md} at ${lab}, requisition ${req}.`, [md, lab, req]];
  }],
  ['critical level called', (d) => {
    const g = d.given(); const s = d.sur(); const ini = d.initials(); const dt = d.date();
    return [`CRITICAL: carbamazepine 15.8 ug/mL called to ${g} ${s}, RN, read back, by ${ini} at ${d.time()} on ${dt}.`, [g, s, ini, dt]];
  }],
  ['level order with fax', (d) => {
    const w = d.weekday(); const [fx, p] = d.phone();
    return [`Order: lamotrigine level, trough, before the ${w} AM dose. Fax results to ${fx}, attn epilepsy nurse line.`, [w, p]];
  }],
  // Wada, fMRI and neuropsychology
  ['Wada scheduling', (d) => {
    const w = d.weekday(); const md = d.monDay(); const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`Wada (IAP) booked ${w} ${md}, 06:30 arrival to the angio suite. Neuropsychology: ${g} ${s}, PhD. Interventional: Dr. ${s2}.`, [w, md, g, s, s2]];
  }],
  ['Wada results', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`Left carotid injection (methohexital) ${dt}: speech arrest, language left-dominant; memory 2/8 after left, 7/8 after right injection. Tested by ${g} ${s}, PsyD.`, [dt, g, s]];
  }],
  ['neuropsych appointment letter', (d) => {
    const dt = d.date(); const pr = d.practice(); const st = d.street(); const t = d.town(); const [ph, p] = d.phone();
    return [`Your neuropsychological evaluation is on ${dt} at 8:30 AM at ${pr}, ${st}, Suite ${d.int(100, 450)}, ${t}. Plan for 6 hours and bring your glasses. Questions: ${ph}.`, [dt, pr, st, t, p]];
  }],
  ['fMRI language mapping', (d) => {
    const dt = d.date(); const acc = d.accession(); const s = d.sur();
    return [`fMRI language mapping ${dt}, accession ${acc}: verb generation and semantic decision paradigms, left-lateralized (LI 0.62). Read by Dr. ${s}.`, [dt, acc, s]];
  }],
  // epilepsy surgery conference
  ['surgery conference header', (d) => {
    const w = d.weekday(); const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`EPILEPSY SURGERY CONFERENCE\n${w}, ${dt}, 07:00, Conference Room B\nModerator: ${g} ${s}, MD`, [w, dt, g, s]];
  }],
  ['surgery conference list row', (d) => {
    const s = d.sur(); const g = d.given(); const mrn = d.mrn(); const ps = d.sur();
    return [`${d.int(1, 8)}. ${s.toUpperCase()}, ${g} - MRN ${mrn} - ${d.int(6, 64)} yo - ${d.pick(['L MTS', 'R FCD', 'nonlesional', 'bitemporal', 'L insular'])} - presented by Dr. ${ps}`, [s.toUpperCase(), g, mrn, ps]];
  }],
  ['conference recommendation by phone', (d) => {
    const g = d.given(); const g2 = d.given(); const [ph, p] = d.phone(); const md = d.monDay();
    return [`Consensus: RNS vs LITT. Discussed with pt ${g} and ${d.relation()} ${g2} by phone (${ph}) on ${md}; they prefer LITT.`, [g, g2, p, md]];
  }],
  ['surgery date and surgeon', (d) => {
    const dt = d.date(); const h = d.hospital(); const g = d.given(); const s = d.sur(); const md = d.slashMd();
    return [`Left anterior temporal lobectomy scheduled ${dt} at ${h}, ${g} ${s}, MD (neurosurgery); pre-op visit ${md}.`, [dt, h, g, s, md]];
  }],
  // school seizure action plans
  ['seizure action plan header', (d) => {
    const k = d.kid(); const s = d.sur(); const dob = d.dob(2008, 2020); const sc = d.school(); const ts = d.sur(); const pg = d.given(); const ps = d.sur(); const [ph, p] = d.phone();
    return [`SEIZURE ACTION PLAN\nStudent: ${k} ${s}   DOB: ${dob}   Grade ${d.int(1, 11)}\nSchool: ${sc}   Teacher: ${d.pick(['Mrs.', 'Mr.', 'Ms.'])} ${ts}\nParent/guardian: ${pg} ${ps}   Cell: ${ph}`, [k, s, dob, sc, ts, pg, ps, p]];
  }],
  ['action plan rescue med', (d) => {
    const lot = d.lot(); const g = d.given(); const s = d.sur(); const ext = d.ext();
    return [`If a seizure lasts longer than 5 minutes give Valtoco 10 mg nasal spray (lot ${lot}) and call 911. School nurse: ${g} ${s}, RN, ext. ${ext}.`, [lot, g, s, ext]];
  }],
  ['school nurse phone message', (d) => {
    const g = d.given(); const sc = d.school(); const k = d.kid(); const g2 = d.given(); const [ph, p] = d.phone();
    return [`Phone msg: nurse ${g} at ${sc} called, ${k} had a 2 min seizure at recess, recovered, no rescue med needed. Mom ${g2} picking up. Call back ${ph}.`, [g, sc, k, g2, p]];
  }],
  ['504 meeting and bus driver', (d) => {
    const dt = d.date(); const sc = d.school(); const g = d.given(); const s = d.sur();
    return [`504 plan meeting ${dt} at ${sc}; bus driver ${g} ${s} trained on the seizure plan and rescue medication.`, [dt, sc, g, s]];
  }],
  ['epilepsy camp form', (d) => {
    const c = d.camp(); const [a, b] = d.monDayPair(d.int(4, 13)); const g = d.given(); const s = d.sur();
    return [`Medically cleared for ${c} (${a} to ${b}); camp nurse ${g} ${s} has the plan. No swimming without a 1:1 buddy.`, [c, a, b, g, s]];
  }],
  // referral letters
  ['referral letterhead', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, f] = d.phone(); const u = d.url();
    return [`${pr}\n${st} | ${t}, ${d.state()} ${z}\nTel ${ph} | Fax ${fx}\n${u}`, [pr, st, t, z, p, f, u]];
  }],
  ['referral letter salutation', (d) => {
    const s = d.sur(); const p = d.person(); const dt = d.date();
    return [`Dear Dr. ${s},\nThank you for referring ${written(p)}, a ${d.int(19, 80)}-year-old ${d.pick(['woman', 'man'])}, whom I saw on ${dt} for breakthrough seizures on ${d.asm()}.`, [s, ...nameParts(p), dt]];
  }],
  ['referral cc line', (d) => {
    const g = d.given(); const s = d.sur(); const pr = d.practice(); const g2 = d.given(); const s2 = d.sur();
    return [`cc: ${g} ${s}, MD (${pr}); ${g2} ${s2}, PA-C`, [g, s, pr, g2, s2]];
  }],
  ['outside records request', (d) => {
    const h = d.hospital(); const [fx, f] = d.phone(); const g = d.given(); const md = d.slashMd();
    return [`Requesting prior EEGs and MRI from ${h}, HIM fax ${fx}, attn ${g}; release signed ${md}.`, [h, f, g, md]];
  }],
  ['new-onset seizures over 89', (d) => {
    const n = d.ageOver89(); const t = d.town(); const s = d.sur(); const al = d.assistedLiving();
    return [`${n}-year-old ${d.pick(['woman', 'man'])} from ${t} with new-onset focal seizures after a left MCA stroke, referred by Dr. ${s}; lives at ${al}.`, [n, t, s, al]];
  }],
  // EEG tech sign-offs
  ['EEG tech sign-off', (d) => {
    const ini = d.initials(); const dt = d.date();
    return [`Tech: ${ini}, R. EEG T., CLTM. 10-20 placement, collodion. Impedances < 5 kOhm. Photic and HV done. ${dt}`, [ini, dt]];
  }],
  ['tech hand-off log', (d) => {
    const a = d.initials(); const b = d.initials(); const md = d.slashMd();
    return [`${md} 0700 hand-off ${a} -> ${b}: T8 re-glued, camera 3 repositioned, patient event button tested.`, [md, a, b]];
  }],
  ['routine EEG requisition', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const ini = d.initials(); const st = d.eegStudy();
    return [`Routine EEG with sleep deprivation ${dt}; ordered by ${g} ${s}, NP; tech ${ini}; EEG #${st}.`, [dt, g, s, ini, st]];
  }],
  ['continuous EEG in ICU', (d) => {
    const md = d.slashMd(); const sn = d.deviceSerial(); const g = d.given();
    return [`cEEG started ${d.time()} ${md} in Neuro ICU bed ${d.int(1, 24)}, rapid headset SN ${sn}; tech ${g} paged for electrode check.`, [md, sn, g]];
  }],
  // prescriptions, portal, community
  ['prior authorization', (d) => {
    const pa = d.priorAuth(); const dt = d.date(); const m = d.member(); const gr = d.group(); const ph = d.pharmacy();
    return [`PA ${pa} approved ${dt} for Epidiolex 100 mg/mL. Member ID ${m}, group ${gr}. Dispensed by ${ph}.`, [pa, dt, m, gr, ph]];
  }],
  ['rescue med prescription', (d) => {
    const lot = d.lot(); const rx = d.rx(); const ph = d.pharmacy(); const dea = d.dea();
    return [`Valtoco 15 mg nasal spray, #2 two-packs, lot ${lot}. Rx #${rx} at ${ph}. Prescriber DEA ${dea}.`, [lot, rx, ph, dea]];
  }],
  ['portal message', (d) => {
    const g = d.given(); const s = d.sur(); const rel = d.relation(); const em = d.email(d.given(), d.sur()); const w = d.weekday();
    return [`Portal message from ${g} ${s} (sent from ${rel}'s proxy account ${em}) ${w}: "had an aura at work, do I have to stop driving again?"`, [g, s, em, w]];
  }],
  ['support group at church', (d) => {
    const c = d.church(); const g = d.given(); const s = d.sur(); const em = d.email(d.given(), d.sur());
    return [`Epilepsy support group meets the third Tuesday of the month at ${c}; contact ${g} ${s}, ${em}.`, [c, g, s, em]];
  }],
  ['SUDEP counselling and bed alarm', (d) => {
    const g = d.given(); const dt = d.date(); const sn = d.deviceSerial();
    return [`SUDEP risk discussed with ${d.relation()} ${g} on ${dt}; nocturnal seizure bed alarm loaned, serial ${sn}.`, [g, dt, sn]];
  }],
  ['EMS hand-off', (d) => {
    const e = d.ems(); const run = d.runNo(); const st = d.street();
    return [`EMS (${e}, run #${run}) brought pt from ${st}; GTC at ${d.time()}, 4 mg midazolam IM given en route.`, [e, run, st]];
  }],
  ['epilepsy clinic visit header', (d) => {
    const w = d.weekday(); const dt = d.date(); const p = d.person(); const mrn = d.mrn(); const dob = d.dob();
    return [`EPILEPSY CLINIC - ${w}, ${dt}\n${listed(p)} | MRN ${mrn} | DOB ${dob} | Age ${d.int(18, 88)}`, [w, dt, ...nameParts(p), mrn, dob]];
  }],
  ['work excuse note', (d) => {
    const p = d.person(); const [a, b] = d.datePair(d.int(3, 7)); const w = d.weekday();
    return [`Please excuse ${written(p)} from work ${a} through ${b} for inpatient EEG monitoring. May return ${w} with no driving and no work at heights.`, [...nameParts(p), a, b, w]];
  }],
  ['ketogenic diet start', (d) => {
    const md = d.monDay(); const g = d.given(); const s = d.sur(); const k = d.kid();
    return [`Ketogenic diet start ${md} (4:1 ratio); dietitian ${g} ${s}, RD. ${k}'s beta-hydroxybutyrate 3.2 on day 3.`, [md, g, s, k]];
  }],
];

/** The names of the wave's frames. */
export const epilepsyFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function epilepsyWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 13103, rounds);
}

/** Look-alikes in epilepsy-monitoring style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // syndromes and eponyms
  ['Lennox-Gastaut syndrome, on rufinamide.', 'Lennox-Gastaut'], ['Dravet syndrome with an SCN1A variant.', 'Dravet'],
  ["Todd's paralysis of the right arm for 2 hours.", "Todd's"], ['Jacksonian march from the left hand to the face.', 'Jacksonian'],
  ['West syndrome in infancy, treated with ACTH.', 'West syndrome'], ["Rasmussen's encephalitis considered.", "Rasmussen's"],
  ['Landau-Kleffner syndrome on the differential.', 'Landau-Kleffner'], ['Doose syndrome (myoclonic-atonic epilepsy).', 'Doose'],
  ['Sturge-Weber with a leptomeningeal angioma.', 'Sturge-Weber'], ['Panayiotopoulos syndrome, likely to remit.', 'Panayiotopoulos'],
  ['Rolandic spikes, self-limited course expected.', 'Rolandic'], ['Wada test recommended before resection.', 'Wada'],
  ['Engel class IA outcome at two years.', 'Engel class IA'], ['ILAE outcome class 1.', 'ILAE outcome class 1'],
  ['Janz syndrome (JME) suspected.', 'Janz'], ["Ammon's horn sclerosis on pathology.", "Ammon's horn"],
  ['Taylor type IIb focal cortical dysplasia.', 'Taylor type IIb'], ['Rett syndrome, MECP2 positive.', 'Rett'],
  ['Hunter syndrome excluded.', 'Hunter syndrome'],
  // scales and scores
  ['NDDI-E score 16, positive screen.', 'NDDI-E score 16'], ['QOLIE-31 total 48.', 'QOLIE-31 total 48'],
  ['Liverpool Seizure Severity Scale 42.', 'Liverpool Seizure Severity Scale'], ['Boston Naming Test 44/60.', 'Boston Naming Test'],
  ['WAIS-IV FSIQ 88.', 'FSIQ 88'], ['Wechsler Memory Scale, fourth edition.', 'Wechsler Memory Scale'],
  ['MoCA 24/30.', '24/30'], ['PHQ-9 of 12.', 'PHQ-9 of 12'], ['Chalfont Seizure Severity Scale used.', 'Chalfont'],
  ['Glasgow Coma Scale 14 post-ictal.', 'Glasgow Coma Scale 14'], ['Seizure frequency down 50%.', '50%'],
  // drugs and brands
  ['Keppra 1000 mg twice daily.', 'Keppra'], ['Lamictal XR 300 mg.', 'Lamictal XR'], ['Xcopri titration to 200 mg.', 'Xcopri'],
  ['Vimpat IV load 400 mg.', 'Vimpat'], ['Fycompa 6 mg at bedtime.', 'Fycompa'], ['Epidiolex 10 mg/kg/day.', 'Epidiolex'],
  ['Valtoco 10 mg nasal spray.', 'Valtoco'], ['Nayzilam 5 mg.', 'Nayzilam'], ['Depakote ER 1500 mg.', 'Depakote ER'],
  ['Trileptal caused hyponatremia.', 'Trileptal'], ['Banzel for drop attacks.', 'Banzel'],
  ['Fintepla added for Dravet.', 'Fintepla'], ['Dilantin gingival hyperplasia.', 'Dilantin'],
  ['Topamax word-finding trouble.', 'Topamax'],
  // devices, brands and model numbers
  ['VNS Therapy System (LivaNova).', 'LivaNova'], ['SenTiva Model 1000 generator.', 'Model 1000'], ['AspireSR Model 106.', 'Model 106'],
  ['NeuroPace RNS System.', 'NeuroPace'], ['RNS-320 neurostimulator.', 'RNS-320'], ['Depth lead DL-330-3.5.', 'DL-330-3.5'],
  ['Cortical strip lead CL-335-10.', 'CL-335-10'], ['Medtronic Percept PC for DBS of the ANT.', 'Percept PC'], ['Nihon Kohden EEG-1200 system.', 'EEG-1200'],
  ['Natus Xltek recording.', 'Natus Xltek'], ['Persyst spike detection flagged 212 events.', 'Persyst'], ['Ceribell rapid EEG placed in the ED.', 'Ceribell'],
  ['Embrace2 seizure watch (Empatica).', 'Embrace2'], ['Visualase laser ablation.', 'Visualase'], ['ROSA robot for electrode placement.', 'ROSA'],
  ['Programming software v1.6.', 'v1.6'],
  // procedures
  ['Stereo-EEG (SEEG) implantation planned.', 'Stereo-EEG'], ['Laser interstitial thermal therapy (LITT).', 'LITT'],
  ['Anterior temporal lobectomy.', 'Anterior temporal lobectomy'], ['Corpus callosotomy for atonic seizures.', 'Corpus callosotomy'],
  ['Functional hemispherectomy.', 'hemispherectomy'], ['Responsive neurostimulation offered.', 'Responsive neurostimulation'],
  ['Ictal SPECT with subtraction (SISCOM).', 'SISCOM'], ['FDG-PET hypometabolism, left temporal.', 'FDG-PET'],
  ['Intracarotid amobarbital procedure.', 'Intracarotid amobarbital procedure'],
  ['Photic stimulation 1-30 Hz.', '1-30 Hz'], ['Hyperventilation for 3 minutes.', '3 minutes'],
  // EEG electrodes, montages and findings
  ['Posterior dominant rhythm 9 Hz.', '9 Hz'], ['Sharp waves at T7.', 'T7'], ['Spikes maximal at F8.', 'F8'], ['Fp1-F7 derivation.', 'Fp1-F7'],
  ['Electrodes placed per the 10-20 system.', '10-20 system'], ['Cz vertex waves in sleep.', 'Cz'], ['Generalized 3 Hz spike-and-wave.', '3 Hz spike-and-wave'],
  ['LPDs at 1 Hz over the left hemisphere.', 'LPDs'], ['Wicket spikes, a normal variant.', 'Wicket'],
  ['14 and 6 Hz positive spikes.', '14 and 6 Hz'], ['Mu rhythm over C3 and C4.', 'C3'],
  ['Rhythmic delta at O2.', 'O2'], ['Double banana montage.', 'Double banana'], ['Impedances below 5 kOhm.', '5 kOhm'],
  ['HFF 70 Hz, LFF 1 Hz.', 'HFF 70 Hz'], ['T1/T2 electrodes added.', 'T1/T2'],
  // VNS and RNS settings
  ['Output current 1.75 mA.', '1.75 mA'], ['30 seconds on, 5 minutes off.', '5 minutes off'], ['Signal frequency 20 Hz, pulse width 250 usec.', '250 usec'],
  ['Magnet output 2.0 mA.', 'Magnet output 2.0 mA'], ['Lead impedance 2,734 ohms.', '2,734 ohms'],
  ['RNS detection set A, pattern 2.', 'detection set A'], ['Long episodes 14 per day.', '14 per day'],
  // codes
  ['G40.209 localization-related epilepsy.', 'G40.209'], ['G40.319 generalized idiopathic epilepsy.', 'G40.319'], ['ICD-10 R56.9.', 'R56.9'],
  ['CPT 95720 (vEEG, each 12-26 hours).', '95720'], ['CPT 95700 set-up.', '95700'], ['CPT 95977 VNS programming.', '95977'], ['DRG 101.', 'DRG 101'],
  // national bodies, laws and standards, states
  ['Epilepsy Foundation seizure first aid.', 'Epilepsy Foundation'], ['NAEC level 4 epilepsy center.', 'NAEC'], ['Level 4 epilepsy center.', 'Level 4'],
  ['American Epilepsy Society guideline.', 'American Epilepsy Society'], ['AAN practice parameter.', 'AAN'], ['FDA approval for Dravet.', 'FDA'],
  ['ABRET registry eligible.', 'ABRET'], ['CDC SUDEP data.', 'CDC'],
  ['Department of Motor Vehicles rules vary by state.', 'Department of Motor Vehicles'], ['The DMV medical review unit.', 'DMV'],
  ['ADA accommodations at work.', 'ADA'], ['Section 504 plan.', 'Section 504'],
  ['Maryland requires 3 months seizure free.', 'Maryland'], ['Texas DPS medical advisory board.', 'Texas'], ['New York has a 12-month rule.', 'New York'],
  ['Moved from Georgia.', 'Georgia'], ['Kit returned by FedEx.', 'FedEx'],
  // generic places and roles
  ['Admitted to the epilepsy monitoring unit.', 'epilepsy monitoring unit'], ['Transferred to the EMU.', 'EMU'], ['Seen in neurology clinic.', 'neurology clinic'],
  ["In the school nurse's office.", "school nurse's office"], ['Neuro ICU bed.', 'Neuro ICU'], ['The EEG tech reapplied T4.', 'EEG tech'],
  ['The fellow reviewed the video.', 'fellow'], ['Mom pressed the button.', 'Mom'], ['Dad gave the rescue med.', 'Dad'],
  ['The sitter was at the bedside.', 'sitter'], ['The epileptologist will call.', 'epileptologist'],
  ['The bus driver called 911.', '911'], ['Conference Room B.', 'Conference Room B'],
  // ages, years, counts, durations and times
  ['67-year-old man.', '67'], ['Seizure onset at age 14.', 'age 14'], ['89-year-old woman, syncope vs seizure.', '89'], ['Seizures since 2019.', '2019'],
   ['3 focal seizures captured.', '3 focal seizures'], ['Seizure lasted 90 seconds.', '90 seconds'],
  ['Seizure-free for 6 months.', '6 months'], ['Cluster of 3 in 24 hours.', '24 hours'], ['Grade 4.', 'Grade 4'],
  ['Camera 3 repositioned.', 'Camera 3'], ['Push button at 02:14:33.', '02:14:33'],
  ['Onset 03:12:04, offset 03:13:40.', '03:13:40'], ['Memory 2/8 after left injection.', '2/8'],
  // lab values and genes
  ['Levetiracetam level 18.2 ug/mL.', '18.2 ug/mL'], ['Lamotrigine 6.4 mcg/mL.', '6.4 mcg/mL'],
  ['Sodium 131 on oxcarbazepine.', '131'], ['Prolactin 42 ng/mL 20 minutes post-ictal.', '42 ng/mL'], ['CK 1,240 after the GTC.', '1,240'],
  ['HLA-B*15:02 negative.', 'HLA-B*15:02'], ['SCN1A pathogenic variant.', 'SCN1A'],
  // everyday words that are also names or towns
  ['Hope to wean clobazam at the next visit.', 'Hope'], ['Will call with results.', 'Will'], ['Mark the time the seizure starts.', 'Mark'],
  ['Seizures at dawn, shortly after waking.', 'dawn'], ['Kidney stone on topiramate.', 'stone'], ['Rocky course after the ablation.', 'Rocky'],
  ['Summer camp approved.', 'Summer'],
  ['Rising epigastric sensation.', 'Rising'], ['Walked down the hill after the aura.', 'hill'], ['Normal awake and asleep EEG.', 'Normal'],
  ['Joy at being seizure free.', 'Joy'], ['Union of the fracture after the fall.', 'Union'], ['Harmony between the parents about surgery.', 'Harmony'],
  ['Low energy since the dose increase.', 'energy'],
];

export const epilepsyKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedEpilepsyKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(epilepsyKeepCases(), find);

export function scoreEpilepsyWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => epilepsyWaveCases(seed)), find);
}
