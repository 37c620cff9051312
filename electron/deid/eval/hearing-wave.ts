// A blind wave of audiology and otolaryngology (ENT) records: audiogram and hearing test reports (the header with the
// patient, chart number, test date and audiologist; the audiometer and its serial and calibration certificate; the
// referral source; comparison with an earlier audiogram at another practice in another town; speech-in-noise and
// Stenger tests for a workers' compensation claim; visual reinforcement audiometry with a parent and a daycare;
// audiometer exports named with the surname and a compact date), tympanometry with the tester's initials and the
// tympanometer serial, hearing aid fitting and repair logs (left and right serials, fitting and warranty dates,
// loss-and-damage claims, repair authorizations shipped with a tracking number, in-office repairs by a licensed hearing
// instrument specialist, remote fitting sessions with a link and an IP address, financing accounts, an aid lost in a
// taxi with its plate, earmold impressions sent to a lab, a remote microphone loaned to a school, the trial period's
// end, batteries mailed home, aids bought at a warehouse club in a town, visits to a nursing home), cochlear implant
// candidacy, surgery, activation and mapping notes (the surgeon, the hospital, the internal device and processor
// serials, manufacturer recipient numbers, impedance logs signed with initials, processor upgrade authorizations, MRI
// safety cards), ENT clinic notes (the referring clinician and town, tubes placed at a surgery center, sudden hearing
// loss with the weekday of onset and injection dates, pathology and CT accessions, cerumen removal in an age over 89,
// holiday nosebleeds, prescriptions with the pharmacy and Rx number), tinnitus questionnaires and counselling
// (fireworks on a holiday, a hunting trip with a friend, sound generators with serials, app accounts by e-mail),
// newborn hearing screening referrals (the baby named for the mother, the birth hospital, state EHDI ids, birth
// certificate numbers, the pediatrician's fax, early intervention coordinators with their case numbers, appointment
// letters to an address), vestibular testing (VNG and rotary chair reports, BPPV, a CDL holder's licence number, a fall
// at home with the ambulance's town), hearing conservation (annual audiograms with employee ids and the plant, standard
// threshold shift letters, noise dosimetry with dosimeter serials and the safety manager's e-mail, school screening
// letters with student ids, IEP meetings), insurance prior authorizations and appeals (member, group, authorization and
// claim numbers, NPIs, vocational rehabilitation applications with an SSN), sign-language interpreter and CART requests
// (the agency, the interpreter, request numbers, video relay numbers, meeting links), letterheads, RE lines, reminders,
// portal links and signatures with licence numbers, in mixed case, ALL CAPS and lower case. Dates are written in every
// form clinics, audiometers, manufacturers and payers use ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4,
// 2024', 'Mar 4, 2024', '2024-03-04', '04-MAR-2024', '3.4.2024', '20240304', 'Mar 4', '3/4', 'Tuesday', 'Tue 3/4', 'the
// 4th', 'March 2023', '10/2023', 'Fourth of July'). Given names and surnames are often everyday words, some of them
// hearing words or the names of ear eponyms (Melody, Echo, Carol, Bell, Weber, Hunt, Piper, Horn, Singer), and towns
// are often everyday words (Harmony, Echo, Bells, Tell City, Liberty, Hope). A list of look-alikes in the same style
// must not be touched. Written without reading the engine's rules or any gold data. `scoreHearingWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('Au.D., CCC-A',
// 'BC-HIS', 'MD, FACS', 'CCC-SLP', 'NIC', 'COHC', 'TOD') are not; a given name alone (a parent, an interpreter) is
// planted; initials that sign a test, an impedance log or a repair are planted; an audiology or ENT practice, hearing
// aid office, hospital, nursing home, cochlear implant program, surgery center, imaging center, school, school
// district, employer, earmold lab, calibration company, interpreting agency, early intervention program and pharmacy is
// planted whole with its kind words ('Cascade Audiology', 'Tell City Hearing Center', 'Miracle-Ear Bend', 'Timberline
// Sawmill'), while a manufacturer, a chain or a national organisation named alone ('Phonak', 'Oticon', 'Cochlear',
// 'MED-EL', 'Costco', 'Sorenson', 'Hearing Loss Association of America') is kept; a town is planted, the state is kept;
// a county is planted with its word 'County'; a street line is planted from its number through its type and any suite;
// a ZIP with its +4 is planted. Every date element but the year alone is planted: a weekday naming one day, a weekday
// written with its date as one part ('Tue 3/4'), a holiday that fixes a day, a month with its year ('March 2023',
// '10/2023'), a compact date in a file name ('20240304') and a warranty's end date; a time is kept; an age over 89 is
// planted, 89 and under kept. Chart numbers and MRNs, member, group, authorization, claim, account, order, repair
// (RMA), tracking, request, case, EHDI, birth certificate, employee, student, accession, Rx and recipient numbers,
// NPIs, SSNs, driver licence numbers, plates, and the licences of audiologists, hearing instrument specialists and
// physicians are planted; hearing aid, implant, processor, remote microphone, audiometer, tympanometer, dosimeter and
// sound generator serials and the calibration certificate number are planted, a model ('Audéo Lumity 90', 'Nucleus 8',
// 'CI632', 'AudioStar Pro') is kept. An e-mail, a URL and an IP are planted whole; a phone's leading '(' need not be
// covered. Kept (look-alikes): ear eponyms and bedside tests (Weber, Rinne, Schwabach, Bing, Stenger, Dix-Hallpike,
// Epley, Semont, Meniere, Eustachian, Jerger types, Carhart notch, Hennebert, Tullio, Valsalva, Toynbee, Romberg,
// Fukuda, Unterberger, Halmagyi, Ramsay Hunt, Bell's palsy, House-Brackmann, Mondini, Usher, Waardenburg, Pendred,
// Treacher Collins, Corti, Reissner, Shrapnell, Prussak, Gradenigo, Kiesselbach, Reinke, Brodsky, Lund-Mackay, Cogan),
// hearing aid, implant, software and equipment brands and models, drugs and doses, test names and scores (QuickSIN,
// HINT, AzBio, CNC, SRT, WRS, PTA, THI, TFI, HHIE-S, DHI, SII, ECochG, VEMP, vHIT, SOT), dB, Hz, daPa, mmho, kOhm and
// CL values, battery sizes, programs and MAP slots, electrode numbers, noise doses and NRRs, OSHA and NIOSH references,
// JCIH benchmarks, ICD-10, CPT and HCPCS codes, booths and rooms, generic places ('the ENT clinic', 'the mill'), roles
// and relations without names, everyday words that are also names or towns (hope, will, bell, harmony, echo, faith,
// bill), ages of 89 and under, years alone, states, payers, chains and national organisations. Measured before rules
// (engine at f805729): 0.902 recall on seeds 5, 11, 23 (4183/4636), 0.899 on fresh seeds 41, 42, 43 (4173/4642), 0.901
// on seeds 101, 202; 18/152 look-alikes touched ("Corti", "Brodsky", "Audéo Lumity 90", "ReSound Omnia", "Starkey
// Genesis AI", "Unitron", "Naída", "Baha 6 Max", "Ponto 5", "Lyric", "Noah 4", "Madsen Astera", "Sorenson", "ENT
// clinic", "the mill", "Hearing Loss Association of America", "Alexander Graham Bell Association", "Costco").
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as dech } from '@faker-js/faker/locale/de_CH';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, ordinal, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, frca, pl, gh, dech, ie, tr, vi];

/** Given names and surnames that are everyday words (some of them hearing words or ear eponyms). */
const WORD_GIVEN = ['Melody', 'Echo', 'Carol', 'Harmony', 'Lyric', 'Hope', 'Faith', 'Joy', 'Grace', 'Patience', 'Sunny', 'Summer', 'Autumn', 'Dawn', 'Penny', 'Ginger', 'Misty', 'Crystal', 'Pearl', 'Ruby', 'Rocky', 'Bill', 'Will', 'Mark', 'Buck', 'Chase', 'Dale', 'Glen', 'Clay', 'Ray', 'Wade', 'Dusty', 'Rusty', 'Sonny', 'Major', 'Chip'];
const WORD_SUR = ['Bell', 'Weber', 'Hunt', 'Piper', 'Horn', 'Harper', 'Singer', 'Fiddler', 'Drummond', 'Collins', 'Noyes', 'Stone', 'Hill', 'Price', 'Wells', 'Banks', 'Lane', 'Hale', 'Hardy', 'Frost', 'Bloom', 'Street', 'Sweet', 'Best', 'Moody', 'Young', 'Long', 'Short', 'Small', 'Rich', 'Strong', 'Church', 'Marsh', 'Fields', 'Brooks', 'Rivers'];
/** Towns that are everyday words or hearing words, and real towns of the Northwest and the northern Plains. */
const WORD_TOWNS = ['Harmony', 'Echo', 'Bells', 'Bell Buckle', 'Tell City', 'Loudon', 'Ringgold', 'Fiddletown', 'Liberty', 'Hope', 'Concord', 'Union', 'Friendship', 'Unity', 'Eden', 'Paradise', 'Normal', 'Pleasant Hill', 'Fairview', 'Florence', 'Warren', 'Marion', 'Jasper', 'Chester', 'Troy', 'Milan', 'Joseph', 'Sisters', 'Drain', 'Riddle', 'Plush', 'Opportunity', 'Sweet Home', 'Whitefish', 'Glasgow'];
const REAL_TOWNS = ['Spokane', 'Yakima', 'Walla Walla', 'Bend', 'Medford', 'Eugene', 'Boise', 'Nampa', 'Pocatello', 'Idaho Falls', 'Billings', 'Missoula', 'Bozeman', 'Great Falls', 'Casper', 'Cheyenne', 'Rapid City', 'Sioux Falls', 'Fargo', 'Bismarck', 'Grand Forks', "Coeur d'Alene", 'Kennewick', 'Wenatchee', 'Bellingham', 'Olympia', 'Tacoma', 'Corvallis', 'Klamath Falls', 'Twin Falls', 'Helena', 'Minot'];
const STATES = ['WA', 'OR', 'ID', 'MT', 'WY', 'SD', 'ND', 'Washington', 'Oregon', 'Idaho', 'Montana'];
const STREET_WORDS = ['Main', 'Division', 'Broadway', 'Cedar', 'Elm', 'Maple', 'Orchard', 'Sprague', 'Monroe', 'Ponderosa', 'Tamarack', 'Canyon', 'Riverside', 'Grand', 'College', 'Mill', 'Church', 'Sunset', 'Pioneer', 'Railroad'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Blvd', 'Way', 'Ct', 'Hwy', 'Pkwy'];
/** Place words practices, labs, schools and employers are named for. */
const GROVES = ['Cascade', 'Evergreen', 'Summit', 'Big Sky', 'Timberline', 'Riverbend', 'Pine Ridge', 'Columbia', 'Snake River', 'Treasure Valley', 'Mountain View', 'Clearwater', 'Silver Creek', 'Prairie Wind', 'Bitterroot', 'Willamette', 'Tamarack', 'Larkspur', 'Stillwater', 'Quiet Meadow', 'Red Butte', 'Elkhorn'];
const COUNTIES = ['Spokane', 'Yakima', 'Benton', 'Franklin', 'Ada', 'Canyon', 'Bonneville', 'Gallatin', 'Missoula', 'Yellowstone', 'Cascade', 'Natrona', 'Laramie', 'Pennington', 'Minnehaha', 'Cass', 'Burleigh', 'Lane', 'Marion', 'Deschutes', 'Jackson', 'Whatcom', 'Thurston', 'Kootenai', 'Flathead'];
const SAINTS = ["Mary's", "Joseph's", "Luke's", "Vincent's", "Alphonsus", "Patrick", "Charles", "Peter's", "Alexius"];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Fri', 'Sat'];
/** Holidays that fix a day: the text written and the part planted. */
const HOLIDAYS: readonly (readonly [string, string])[] = [
  ['the Fourth of July', 'Fourth of July'], ['July 4th', 'July 4th'], ["New Year's Eve", "New Year's Eve"], ['Halloween', 'Halloween'], ['Christmas Eve', 'Christmas Eve'],
  ['Christmas Day', 'Christmas Day'], ['Thanksgiving', 'Thanksgiving'], ['Memorial Day', 'Memorial Day'], ['Labor Day', 'Labor Day'], ["Mother's Day", "Mother's Day"], ['Independence Day', 'Independence Day'],
];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'granddaughter', 'grandson', 'niece', 'nephew', 'neighbor', 'friend', 'partner', 'mother', 'father'];
const PARENTS = ['mother', 'father', 'mom', 'dad', 'grandmother', 'foster mother', 'guardian'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Miss'];
const AUD_CRED = ['Au.D., CCC-A', 'AuD, F-AAA', 'M.S., CCC-A', 'AuD', 'Au.D.', 'Ph.D., CCC-A'];
const EMPLOYER_KINDS = ['Sawmill', 'Plywood', 'Steel Fabricators', 'Foundry', 'Manufacturing', 'Potato Processing', 'Sugar Beet Co-op', 'Aggregates', 'Ironworks', 'Power & Light', 'Distribution Center', 'Machine Shop', 'Lumber Co.', 'Ready Mix'];
const HA_MODELS = ['Phonak Audéo Lumity 90-R', 'Oticon Intent 1 miniRITE R', 'Signia Pure Charge&Go 7AX', 'ReSound Omnia 961', 'Starkey Genesis AI 24 RIC RT', 'Widex Moment Sheer 440', 'Unitron Vivante 7 RT', 'Phonak Naída Lumity 70 UP'];
const LANGUAGES = ['ASL', 'ASL', 'ASL', 'Spanish', 'Tactile ASL', 'Pro-Tactile', 'CDI/ASL team', 'Spanish and ASL trilingual'];
/** Capitals and digits for tracking numbers and codes. */
const TRACK_CHARS = '0123456789ABCDEFGHJKLMNPRSTVWXYZ';
/** Letters an MBI uses (no S, L, O, I, B, Z). */
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
  parent(): string {
    return this.pick(PARENTS);
  }
  title(): string {
    return this.pick(TITLES);
  }
  cred(): string {
    return this.pick(AUD_CRED);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.82 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return `${this.pick(COUNTIES)} County`;
  }
  grove(): string {
    return this.pick(GROVES);
  }
  /** A street line: number through type, and any suite. */
  street(): string {
    const suite = this.r() < 0.2 ? this.pick([`, Suite ${this.int(100, 450)}`, `, Ste ${this.int(1, 40)}`, ` #${this.int(101, 320)}`, `, Unit ${this.letters(1)}`]) : '';
    return `${this.int(12, 19899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE ', 'SW '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}${suite}`;
  }
  zip(): string {
    const z = String(this.int(57001, 99403));
    return this.r() < 0.25 ? `${z}-${String(this.int(1, 9999)).padStart(4, '0')}` : z;
  }
  /** An audiology practice or hearing aid office. */
  practice(): string {
    const k = this.int(0, 11);
    if (k === 0) return `${this.grove()} Audiology`;
    if (k === 1) return `${this.town()} Hearing Center`;
    if (k === 2) return `${this.sur()} Hearing Aid Service`;
    if (k === 3) return `${this.grove()} Hearing & Balance`;
    if (k === 4) return `${this.sur()} Audiology Associates`;
    if (k === 5) return `Hearing Solutions of ${this.town()}`;
    if (k === 6) return `${this.grove()} Hearing Clinic`;
    if (k === 7) return `Miracle-Ear ${this.town()}`;
    if (k === 8) return `${this.town()} Audiology & Hearing Aids`;
    if (k === 9) return `Better Hearing of ${this.town()}`;
    if (k === 10) return `${this.sur()} & ${this.sur()} Hearing`;
    return `${this.grove()} Sound Hearing Care`;
  }
  /** An ENT practice. */
  ent(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${this.grove()} Ear, Nose & Throat`;
    if (k === 1) return `${this.town()} ENT Associates`;
    if (k === 2) return `${this.grove()} Otolaryngology`;
    if (k === 3) return `${this.town()} Ear, Nose and Throat Clinic`;
    if (k === 4) return `${this.sur()} ENT & Allergy`;
    return `${this.grove()} Sinus & Ear Center`;
  }
  hospital(): string {
    const k = this.int(0, 4);
    if (k === 0) return `St. ${this.pick(SAINTS)} Hospital`;
    if (k === 1) return `${this.town()} Regional Medical Center`;
    if (k === 2) return `${this.town()} General Hospital`;
    if (k === 3) return `${this.grove()} Children's Hospital`;
    return `St. ${this.pick(SAINTS)} Medical Center`;
  }
  /** A cochlear implant program or ear institute. */
  ciCenter(): string {
    return this.pick([`${this.grove()} Cochlear Implant Program`, `${this.town()} Ear Institute`, `${this.grove()} Hearing Implant Center`, `${this.town()} Cochlear Implant Center`]);
  }
  asc(): string {
    return this.pick([`${this.grove()} Surgery Center`, `${this.town()} Ambulatory Surgery Center`, `${this.grove()} Outpatient Surgery`]);
  }
  imaging(): string {
    return this.pick([`${this.grove()} Imaging`, `${this.town()} Open MRI`, `${this.town()} Diagnostic Imaging`, `${this.grove()} Radiology`]);
  }
  school(): string {
    return this.pick([`${this.sur()} Elementary School`, `${this.town()} Middle School`, `${this.grove()} Elementary`, `${this.town()} High School`, `${this.grove()} School for the Deaf`, `${this.town()} Christian Academy`]);
  }
  district(): string {
    return this.pick([`${this.town()} School District`, `${this.town()} Public Schools`, `${this.grove()} School District ${this.int(2, 400)}`]);
  }
  employer(): string {
    return this.pick([`${this.sur()} ${this.pick(EMPLOYER_KINDS)}`, `${this.town()} ${this.pick(EMPLOYER_KINDS)}`, `${this.grove()} ${this.pick(EMPLOYER_KINDS)}`]);
  }
  earmoldLab(): string {
    return this.pick([`${this.grove()} Earmold Lab`, `${this.town()} Ear Impression Lab`, `${this.sur()} Earmold Laboratory`]);
  }
  calibrator(): string {
    return this.pick([`${this.grove()} Calibration Services`, `${this.sur()} Audiometric Calibration`, `${this.town()} Instrument Calibration, LLC`]);
  }
  agency(): string {
    return this.pick([`${this.grove()} Interpreting Services`, `${this.town()} Deaf & Hard of Hearing Services`, `${this.grove()} Sign Language Services`, `${this.sur()} Interpreting, LLC`, `${this.town()} Center for Deaf Access`]);
  }
  eiProgram(): string {
    return this.pick([`${this.grove()} Early Intervention Program`, `${this.town()} Birth to Three`, `${this.grove()} Infant Toddler Services`]);
  }
  pharmacy(): string {
    return this.pick([`${this.town()} Drug`, `${this.sur()} Pharmacy`, `${this.grove()} Pharmacy`, `${this.town()} Family Pharmacy`]);
  }
  override year(): number {
    return this.int(2014, 2025);
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(7, 17))}:${pad2(this.int(0, 59))}` : `${this.int(7, 11)}:${pad2(this.int(0, 59))} ${this.pick(['AM', 'am', 'a.m.'])}`;
  }
  /** A full date in one of the forms clinics, audiometers and payers write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 10);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : k === 9 ? `${m}.${d}.${y}` : `${pad2(m)}-${pad2(d)}-${y}`);
  }
  /** A date and the same day one to four years on, written alike (a fitting and its warranty's end). */
  dateAndLater(): readonly [string, string] {
    const [m, d] = this.md();
    const y = this.int(2016, 2023);
    const k = this.int(0, 9);
    const at = (yy: number): string => writtenDate(k, m, d, yy) ?? (k === 8 ? `${m}/${d}/${yy}` : `${pad2(m)}-${pad2(d)}-${yy}`);
    return [at(y), at(y + this.int(1, 4))];
  }
  /** '20240304', as audiometers and fitting software name their exports. */
  compactDate(lo = 2016, hi = 2025): string {
    const [m, d] = this.md();
    return `${this.int(lo, hi)}${pad2(m)}${pad2(d)}`;
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
    return `${this.pick(MONTHS)} ${this.year()}`;
  }
  slashMonthYear(): string {
    const y = this.year();
    return this.r() < 0.6 ? `${this.int(1, 12)}/${y}` : `${pad2(this.int(1, 12))}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  /** 'Tue 3/4' or 'Tuesday 3/4'. */
  weekdayDate(): string {
    return `${this.r() < 0.6 ? this.pick(WEEKDAYS_SHORT) : this.pick(WEEKDAYS)} ${this.slashMd()}`;
  }
  ordinalDay(): string {
    return ordinal(this.int(1, 31));
  }
  holiday(): readonly [string, string] {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1926, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    const k = this.int(0, 3);
    if (k === 0) return `${pad2(m)}/${pad2(d)}/${y}`;
    if (k === 1) return `${m}/${d}/${y}`;
    if (k === 2) return `${MON[m - 1]!} ${d}, ${y}`;
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  ageOver89(): string {
    return String(this.int(90, 105));
  }
  mrn(): string {
    const k = this.int(0, 3);
    if (k === 0) return `00${this.digitString(6)}`;
    if (k === 1) return `${this.pick(['M', 'E', 'H'])}${this.digitString(7)}`;
    return this.digitString(this.int(6, 9));
  }
  ext(): string {
    return this.digitString(this.r() < 0.8 ? 4 : 3);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = String(this.int(206, 986));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `+1 ${a}-${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.grove())}hearing.com`, 'gmail.com', 'yahoo.com', 'hotmail.com', `${asciiLetters(this.town()) || 'river'}ent.org`, 'icloud.com', 'proton.me']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a.charAt(0)}.${b.slice(0, 5)}${this.int(1, 99)}`, `${a}.${b}`, `${b.slice(0, 3)}${a.charAt(0)}${this.int(1, 99)}`, `${a.charAt(0)}${b}${this.int(10, 999)}`, `${a}${b.charAt(0)}_${this.int(1, 99)}`]);
    return `${local}@${dom}`;
  }
  ip(): string {
    const k = this.int(0, 3);
    if (k === 0) return `10.${this.int(0, 254)}.${this.int(0, 254)}.${this.int(2, 254)}`;
    if (k === 1) return `192.168.${this.int(0, 254)}.${this.int(2, 254)}`;
    if (k === 2) return `172.${this.int(16, 31)}.${this.int(0, 254)}.${this.int(2, 254)}`;
    return `${this.int(24, 209)}.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(2, 254)}`;
  }
  ssn(): string {
    const a = String(this.int(100, 665));
    const b = pad2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, '0');
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A state audiologist licence. */
  audLicence(): string {
    const k = this.int(0, 4);
    if (k === 0) return `AU.${this.digitString(7)}`;
    if (k === 1) return `AUD-${this.digitString(4)}`;
    if (k === 2) return `AU${this.digitString(5)}`;
    if (k === 3) return `${this.digitString(5)}-AUD`;
    return this.digitString(this.int(4, 6));
  }
  /** A hearing instrument specialist's (dispenser's) licence. */
  hisLicence(): string {
    return this.pick([`HI.${this.digitString(7)}`, `HAD-${this.digitString(4)}`, `HID${this.digitString(5)}`, `#${this.digitString(4)}`, `HA ${this.digitString(5)}`]);
  }
  /** A physician's state licence. */
  mdLicence(): string {
    return this.pick([`MD.${this.digitString(8)}`, `MD-${this.digitString(5)}`, `M${this.digitString(5)}`, `${this.digitString(5)}MD`, `C${this.digitString(4)}`]);
  }
  driverLicence(): string {
    const k = this.int(0, 4);
    if (k === 0) return `WDL${this.lettersOf(TRACK_CHARS, 9)}`;
    if (k === 1) return `${this.letters(2)}${this.digitString(6)}${this.letters(1)}`;
    if (k === 2) return this.digitString(this.int(8, 9));
    if (k === 3) return `${this.letters(1)}${this.digitString(8)}`;
    return `${this.digitString(3)}-${this.digitString(2)}-${this.digitString(4)}`;
  }
  plate(): string {
    return this.pick([`${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`, `${this.letters(3)}${this.digitString(4)}`, `${this.digitString(2)}-${this.digitString(4)}${this.letters(1)}`, `${this.letters(3)} ${this.digitString(3)}`]);
  }
  /** A hearing aid serial in one of the forms manufacturers print. */
  haSerial(): string {
    const k = this.int(0, 5);
    if (k === 0) return `${pad2(this.int(16, 25))}${pad2(this.int(1, 52))}${this.lettersOf(TRACK_CHARS, 5)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.letters(1)}${this.digitString(8)}`;
    if (k === 3) return `${this.digitString(4)}${this.letters(1)}${this.digitString(4)}`;
    if (k === 4) return `${this.letters(2)}${this.digitString(6)}`;
    return `${this.digitString(3)}-${this.digitString(6)}`;
  }
  /** A cochlear implant or processor serial. */
  implantSerial(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(6, 8));
    if (k === 1) return `${this.digitString(1)}${this.letters(1)}${this.digitString(6)}`;
    if (k === 2) return `${this.letters(3)}${this.digitString(5)}`;
    return `${this.digitString(3)}-${this.digitString(4)}-${this.digitString(3)}`;
  }
  /** An instrument's serial (audiometer, tympanometer, dosimeter, VNG, remote microphone). */
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(1)}${this.digitString(7)}`;
    if (k === 1) return this.digitString(this.int(6, 9));
    if (k === 2) return `${this.digitString(4)}-${this.digitString(4)}`;
    return `${this.letters(2)}-${this.digitString(5)}`;
  }
  calCert(): string {
    return this.pick([`CC-${this.year()}-${this.digitString(4)}`, `${this.digitString(6)}`, `CAL${this.digitString(5)}`]);
  }
  rma(): string {
    return this.pick([`RMA ${this.digitString(8)}`, `RA${this.digitString(7)}`, `${this.digitString(10)}`, `R-${this.digitString(6)}`]);
  }
  /** n lower-case letters and digits, for session tokens and meeting passwords. */
  token(n: number): string {
    return this.lettersOf(TRACK_CHARS, n).toLowerCase();
  }
  tracking(): string {
    return this.r() < 0.5 ? `1Z${this.lettersOf(TRACK_CHARS, 16)}` : this.digitString(12);
  }
  orderNo(): string {
    return this.pick([this.digitString(this.int(7, 9)), `SO-${this.digitString(7)}`, `ORD${this.digitString(6)}`, `${this.letters(2)}${this.digitString(6)}`]);
  }
  memberId(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(3)}${this.digitString(9)}`;
    if (k === 1) return `W${this.digitString(9)}`;
    if (k === 2) return `${this.digitString(9)}${this.pick(['01', '02'])}`;
    return `${this.letters(1)}${this.digitString(2)}${this.letters(1)}${this.digitString(5)}`;
  }
  groupNo(): string {
    return this.pick([this.digitString(6), `G${this.digitString(5)}`, `${this.digitString(3)}${this.letters(2)}${this.digitString(2)}`]);
  }
  authNo(): string {
    return this.pick([this.digitString(this.int(8, 11)), `PA${this.digitString(7)}`, `A${this.digitString(2)}-${this.digitString(6)}`]);
  }
  claimNo(): string {
    return this.pick([this.digitString(this.int(11, 14)), `CLM-${this.digitString(8)}`, `${this.year()}${this.digitString(7)}`, `WC-${this.digitString(6)}`]);
  }
  mbi(): string {
    const L = (): string => this.lettersOf(MBI_LETTERS, 1);
    const N = (): string => String(this.int(0, 9));
    const A = (): string => (this.r() < 0.5 ? L() : N());
    const s = `${this.int(1, 9)}${L()}${A()}${N()}${L()}${A()}${N()}${L()}${L()}${N()}${N()}`;
    return this.r() < 0.5 ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }
  accountNo(): string {
    return this.pick([this.digitString(this.int(8, 12)), `${this.digitString(4)}-${this.digitString(4)}-${this.digitString(4)}`, `AC${this.digitString(7)}`]);
  }
  employeeId(): string {
    return this.pick([`E${this.digitString(5)}`, this.digitString(this.int(5, 7)), `${this.letters(2)}-${this.digitString(4)}`]);
  }
  studentId(): string {
    return this.pick([this.digitString(this.int(6, 9)), `S${this.digitString(7)}`, `${this.year()}${this.digitString(4)}`]);
  }
  /** A state EHDI or newborn screening id. */
  ehdiId(): string {
    return this.pick([`NBHS-${this.digitString(7)}`, `${this.year()}-${this.digitString(6)}`, `EH${this.digitString(8)}`, this.digitString(10)]);
  }
  birthCert(): string {
    return this.pick([`${this.int(101, 160)}-${this.year()}-${this.digitString(6)}`, this.digitString(11), `${this.year()}${this.digitString(6)}`]);
  }
  caseNo(): string {
    return this.pick([`EI-${this.digitString(6)}`, this.digitString(this.int(6, 8)), `${this.letters(2)}${this.digitString(6)}`, `VR-${this.year()}-${this.digitString(5)}`]);
  }
  accession(): string {
    const yy = pad2(this.int(14, 25));
    return this.pick([`S${yy}-${this.digitString(5)}`, `SP-${yy}-${this.digitString(4)}`, this.digitString(this.int(8, 10)), `CT${yy}${this.digitString(6)}`]);
  }
  rxNo(): string {
    return this.pick([this.digitString(7), `RX${this.digitString(7)}`, `${this.digitString(1)}-${this.digitString(6)}`]);
  }
  requestNo(): string {
    return this.pick([`REQ-${this.digitString(6)}`, this.digitString(this.int(5, 8)), `IR${this.digitString(6)}`, `#${this.digitString(5)}`]);
  }
  /** A manufacturer's implant recipient number. */
  recipientId(): string {
    return this.pick([this.digitString(this.int(6, 8)), `R${this.digitString(7)}`, `${this.letters(2)}${this.digitString(7)}`]);
  }
  /** A doctor as written in a note: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, MD`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, MD, FACS`, [g, s]];
    if (k === 2) return [`${g} ${s}, D.O.`, [g, s]];
    if (k === 3) return [`${s.toUpperCase()}, ${g.toUpperCase()} MD`, [s.toUpperCase(), g.toUpperCase()]];
    return [`Dr. ${g} ${s}`, [g, s]];
  }
  /** An audiologist as written in a report: the text and its parts. */
  audiologist(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 3);
    if (k === 0) return [`${g} ${s}, ${this.cred()}`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${s}, ${this.cred()}`, [g, s]];
    if (k === 2) return [`${g.charAt(0)}. ${s}, AuD`, [`${g.charAt(0)}. ${s}`]];
    return [`${g} ${this.mi()} ${s}, ${this.cred()}`, [g, s]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // audiograms and hearing test reports
  ['audiogram report header', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dob = d.dob(); const mrn = d.mrn(); const dt = d.date(); const [a, ap] = d.audiologist();
    return [`AUDIOLOGIC EVALUATION\nPATIENT: ${s}, ${g}   DOB: ${dob}   MRN: ${mrn}\nDATE OF TEST: ${dt}   AUDIOLOGIST: ${a}`, [s, g, dob, mrn, dt, ...ap]];
  }],
  ['audiometer serial and calibration', (d) => {
    const sn = d.serial(); const dt = d.date(); const cc = d.calCert(); const c = d.calibrator();
    return [`Equipment: GSI AudioStar Pro, S/N ${sn}, TDH-39 and insert earphones (ER-3A). Last calibrated ${dt} by ${c}, certificate ${cc} (ANSI S3.6).`, [sn, dt, c, cc]];
  }],
  ['referral source and reason', (d) => {
    const [doc, p] = d.doctor(); const pr = d.ent(); const t = d.town();
    return [`Referred by ${doc} of ${pr} in ${t} for evaluation of asymmetric hearing loss and right-sided tinnitus.`, [...p, pr, t]];
  }],
  ['comparison with prior audiogram elsewhere', (d) => {
    const dt = d.date(); const pr = d.practice(); const t = d.town();
    return [`Compared with the audiogram of ${dt} at ${pr} (${t}, ${d.state()}), thresholds are 10-15 dB poorer at 3000-6000 Hz AU; word recognition unchanged.`, [dt, pr, t]];
  }],
  ['QuickSIN tested by initials', (d) => {
    const i = d.initials(); const md = d.slashMd();
    return [`QuickSIN (2 lists, 70 dB HL, binaural): SNR loss 9.5 dB, moderate. Administered ${md} by ${i}; results reviewed with pt and ${d.relation()}.`, [md, i]];
  }],
  ['Stenger test for workers compensation claim', (d) => {
    const e = d.employer(); const cl = d.claimNo(); const dt = d.date();
    return [`Workers' compensation evaluation (employer: ${e}; claim no. ${cl}; date of injury ${dt}). Stenger positive at 1000 Hz; SRT-PTA disagreement of 20 dB; results inconsistent with organic loss.`, [e, cl, dt]];
  }],
  ['VRA with parent and daycare', (d) => {
    const g = d.given(); const s = d.sur(); const dc = `${d.grove()} ${d.pick(['Child Care', 'Daycare', 'Learning Center', 'Preschool'])}`;
    return [`VRA in soundfield with ${d.parent()} ${g} ${s} present. Responses at 20-25 dB HL 500-4000 Hz. Daycare (${dc}) reports good response to name.`, [g, s, dc]];
  }],
  ['audiometer export file name', (d) => {
    const s = d.sur().toUpperCase(); const cd = d.compactDate(); const ip = d.ip();
    return [`Exported: ${s}_${cd}_AUD.xml to \\\\${ip}\\noah\\import (Noah 4 session 3 of 3).`, [s, cd, ip]];
  }],
  ['tympanometry with initials and tympanometer serial', (d) => {
    const i = d.initials(); const sn = d.serial(); const t = d.time();
    return [`Tympanometry (226 Hz) ${t}: R Type A, 0.7 mmho, -20 daPa; L Type B, ECV 0.9 mL. Tester ${i}. Titan S/N ${sn}.`, [i, sn]];
  }],
  ['audiologist signature with licence', (d) => {
    const [a, ap] = d.audiologist(); const lic = d.audLicence(); const dt = d.date();
    return [`${a}\nLicensed Audiologist, ${d.state()} Lic. ${lic}\nReport signed ${dt}`, [...ap, lic, dt]];
  }],
  // hearing aid fitting and repair
  ['hearing aid fitting record serials', (d) => {
    const l = d.haSerial(); const r = d.haSerial(); const [fit, end] = d.dateAndLater();
    return [`DEVICES FIT: ${d.pick(HA_MODELS)}\nLEFT S/N ${l}   RIGHT S/N ${r}\nFit date ${fit}; manufacturer warranty through ${end}.`, [l, r, fit, end]];
  }],
  ['loss and damage claim', (d) => {
    const sn = d.haSerial(); const cl = d.claimNo(); const w = d.weekday();
    return [`Loss & damage claim filed for R aid (S/N ${sn}), lost ${w} while hiking. Claim #${cl}; $250 deductible per occurrence.`, [sn, w, cl]];
  }],
  ['repair sent to manufacturer with tracking', (d) => {
    const rma = d.rma(); const tr = d.tracking(); const md = d.monDay(); const i = d.initials();
    return [`L aid dead, no response to new battery/charger. Sent to ${d.pick(['Phonak', 'Oticon', 'Signia', 'ReSound', 'Starkey'])} for repair, ${rma}, shipped ${md} UPS ${tr}. Loaner issued. -${i}`, [rma, md, tr, i]];
  }],
  ['in-office repair by licensed specialist', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.hisLicence(); const ws = d.weekdayDate();
    return [`In-office repair ${ws}: receiver replaced (2M, 85 dB), wax guards changed, listening check clear. ${g} ${s}, BC-HIS, lic. ${lic}.`, [ws, g, s, lic]];
  }],
  ['remote fitting session link and IP', (d) => {
    const url = `https://${d.pick(['remote', 'care', 'connect'])}.${asciiLetters(d.grove())}hearing.com/session/${d.token(8)}`; const ip = d.ip(); const dt = d.date();
    return [`Remote fine-tuning ${dt} via ${url} (client IP ${ip}); gain reduced 3 dB at 2 kHz for own-voice complaint.`, [dt, url, ip]];
  }],
  ['hearing aid financing account', (d) => {
    const acct = d.accountNo(); const [ph, p] = d.phone();
    return [`Financed through CareCredit, 24 months; account ${acct}. Billing questions to ${ph}.`, [acct, p]];
  }],
  ['aid lost in a taxi plate', (d) => {
    const pl = d.plate(); const t = d.town(); const w = d.weekday();
    return [`Pt reports leaving the L aid in a ${t} Yellow Cab ${w} night, plate ${pl}; dispatcher notified, not recovered.`, [t, w, pl]];
  }],
  ['earmold impressions sent to lab', (d) => {
    const lab = d.earmoldLab(); const o = d.orderNo(); const md = d.slashMd();
    return [`Bilateral ear impressions taken with otoblocks, no debris. Sent to ${lab} ${md}, order ${o}: skeleton molds, lucite, 2 mm vent.`, [lab, md, o]];
  }],
  ['remote microphone loaned to school', (d) => {
    const sn = d.serial(); const sch = d.school(); const sid = d.studentId();
    return [`Roger Touchscreen Mic S/N ${sn} loaned to ${sch} for classroom use (student ID ${sid}); teacher in-serviced on mute and pairing.`, [sn, sch, sid]];
  }],
  ['trial period end letter', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Dear ${d.title()} ${s},\nYour 45-day trial period for your new hearing aids ends on ${dt}. Please call if you have any concerns before then.\nSincerely, ${g}`, [s, dt, g]];
  }],
  ['batteries mailed home', (d) => {
    const st = d.street(); const t = d.town(); const z = d.zip(); const o = d.orderNo();
    return [`Size 312 batteries (8 packs) mailed to ${st}, ${t}, ${d.state()} ${z}. Order ${o}.`, [st, t, z, o]];
  }],
  ['programming note with relative present', (d) => {
    const g = d.given(); const [a, ap] = d.audiologist(); const md = d.monDay();
    return [`Follow-up ${md}: ${d.relation()} ${g} attended. Programs: P1 AutoSense, P2 Restaurant, P3 TV Connector. Reviewed cleaning and charging. - ${a}`, [md, g, ...ap]];
  }],
  ['aids bought at a warehouse club in town', (d) => {
    const t = d.town(); const my = d.monthYear();
    return [`Current aids: Kirkland Signature 10.0 RIC purchased at the Costco hearing aid center in ${t} in ${my}; no longer satisfied in restaurants.`, [t, my]];
  }],
  ['nursing home hearing aid check', (d) => {
    const f = d.pick([`${d.grove()} Senior Living`, `${d.town()} Care Center`, `${d.grove()} Rehabilitation & Nursing`, `${d.sur()} Manor`]); const rm = String(d.int(101, 348)); const g = d.given(); const s = d.sur();
    return [`Facility visit to ${f}, room ${rm}: both aids cleaned, new domes; charge nurse ${g} ${s} shown how to insert the aids each morning.`, [f, g, s]];
  }],
  ['warranty expires month year', (d) => {
    const my = d.r() < 0.5 ? d.monthYear() : d.slashMonthYear(); const sn = d.haSerial();
    return [`L&D coverage for S/N ${sn} expires ${my}; extended service plan offered.`, [sn, my]];
  }],
  // cochlear implants
  ['CI candidacy with surgeon', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const c = d.ciCenter();
    return [`CI candidacy evaluation ${dt}: best-aided AzBio in quiet 32% R, 44% L; CNC words 20% R. Referred to Dr. ${g} ${s}, ${c}, for surgical consult.`, [dt, g, s, c]];
  }],
  ['CI surgery device serial', (d) => {
    const h = d.hospital(); const dt = d.date(); const sn = d.implantSerial(); const s = d.sur();
    return [`Right cochlear implantation ${dt} at ${h} by Dr. ${s}: ${d.pick(['Cochlear Nucleus CI632', 'Advanced Bionics HiRes Ultra 3D', 'MED-EL SYNCHRONY 2 FLEX28'])}, serial ${sn}. Full insertion, all electrodes in.`, [dt, h, s, sn]];
  }],
  ['CI activation processor serial', (d) => {
    const sn = d.implantSerial(); const dt = d.date(); const [a, ap] = d.audiologist();
    return [`Initial activation ${dt}. Processor ${d.pick(['Nucleus 8', 'Naída CI M90', 'SONNET 2', 'Kanso 2', 'RONDO 3'])} S/N ${sn}; MAP 1-4 loaded, progressive. Audiologist: ${a}.`, [dt, sn, ...ap]];
  }],
  ['next mapping on a weekday', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`Return ${w}, ${md} for second mapping; bring the remote assistant and backup batteries.`, [`${w}, ${md}`]];
  }],
  ['CI recipient number registration', (d) => {
    const rid = d.recipientId(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Manufacturer registration completed: recipient no. ${rid}, ${g} ${s}, ${em}.`, [rid, g, s, em]];
  }],
  ['impedance log with initials', (d) => {
    const i = d.initials(); const dt = d.mdy();
    return [`IMPEDANCE CHECK ${dt}: all 22 electrodes within normal limits (5.8-9.4 kOhm); E1 open circuit, deactivated. Checked by ${i}.`, [dt, i]];
  }],
  ['processor upgrade authorization', (d) => {
    const id = d.memberId(); const auth = d.authNo(); const dt = d.date();
    return [`Processor upgrade (L8619) approved: member ID ${id}, authorization ${auth}, valid through ${dt}.`, [id, auth, dt]];
  }],
  ['MRI safety card', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const sn = d.implantSerial(); const c = d.ciCenter(); const [ph, p] = d.phone();
    return [`IMPLANT PATIENT CARD\n${g} ${s}\nImplant S/N ${sn}   MR conditional 1.5T/3T with magnet in place\nImplant center: ${c}  ${ph}`, [g, s, sn, c, p]];
  }],
  ['age over 89 CI candidate', (d) => {
    const n = d.ageOver89();
    return [`${n}-year-old ${d.pick(['man', 'woman', 'retired teacher', 'veteran'])} with progressive bilateral severe SNHL, no longer benefits from power aids; candidacy discussed.`, [n]];
  }],
  // ENT clinic notes
  ['ENT note header', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const pr = d.ent();
    return [`OTOLARYNGOLOGY CLINIC NOTE\nDate of service: ${dt}\nProvider: ${doc}\n${pr}`, [dt, ...p, pr]];
  }],
  ['referring PCP in town', (d) => {
    const g = d.given(); const s = d.sur(); const t = d.town();
    return [`PCP: ${g} ${s}, ${d.pick(['FNP-C', 'PA-C', 'MD', 'DO'])} (${t}). Copy of this note sent.`, [g, s, t]];
  }],
  ['tubes placed at surgery center', (d) => {
    const dt = d.date(); const asc = d.asc();
    return [`S/p bilateral myringotomy with tubes ${dt} at ${asc}; tubes patent and in place, no otorrhea.`, [dt, asc]];
  }],
  ['sudden hearing loss onset weekday and injections', (d) => {
    const w = d.weekday(); const a = d.slashMd(); const b = d.slashMd();
    return [`Sudden left SNHL noticed on waking ${w}. Oral prednisone started; intratympanic dexamethasone given ${a} and ${b}.`, [w, a, b]];
  }],
  ['pathology accession cholesteatoma', (d) => {
    const acc = d.accession(); const g = d.given(); const s = d.sur(); const h = d.hospital();
    return [`Pathology (${acc}): keratinizing squamous debris consistent with cholesteatoma. Read by ${g} ${s}, MD, ${h}.`, [acc, g, s, h]];
  }],
  ['CT temporal bone accession at imaging', (d) => {
    const im = d.imaging(); const acc = d.accession(); const md = d.monDay();
    return [`CT temporal bones without contrast at ${im} ${md}, accession ${acc}: erosion of the scutum, ossicles intact.`, [im, md, acc]];
  }],
  ['cerumen removal age over 89', (d) => {
    const n = d.ageOver89(); const g = d.given();
    return [`${n} y/o with bilateral cerumen impaction removed under microscope with curette and suction. Accompanied by ${d.relation()}, ${g}.`, [n, g]];
  }],
  ['holiday epistaxis to ED', (d) => {
    const [hd, hp] = d.holiday(); const h = d.hospital();
    return [`Anterior epistaxis on ${hd}; packed at ${h} ED, removed today. Silver nitrate cautery to Kiesselbach plexus.`, [hp, h]];
  }],
  ['prescription pharmacy and Rx number', (d) => {
    const ph = d.pharmacy(); const rx = d.rxNo(); const t = d.town();
    return [`Ciprodex otic sent to ${ph} in ${t} (Rx ${rx}); 4 drops AD BID x 7 days, keep ear dry.`, [ph, t, rx]];
  }],
  ['ordinal of the month follow-up', (d) => {
    const o = d.ordinalDay();
    return [`Seen on the ${o} for otalgia; tube otorrhea resolved on drops. Recheck with audiogram in 3 months.`, [o]];
  }],
  // tinnitus
  ['THI questionnaire header', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`TINNITUS HANDICAP INVENTORY\nName: ${g} ${s}   Date: ${dt}\nTotal score 58 (grade 4, severe).`, [g, s, dt]];
  }],
  ['tinnitus onset after holiday fireworks', (d) => {
    const [hd, hp] = d.holiday(); const t = d.town();
    return [`Tinnitus began after standing near fireworks on ${hd} at the park in ${t}; high-pitched, constant, worse at night.`, [hp, t]];
  }],
  ['sound generator serial', (d) => {
    const sn = d.serial(); const md = d.slashMd();
    return [`Sound generator enabled (white noise, 30 dB below tinnitus) on device S/N ${sn} ${md}; CBT handouts given.`, [sn, md]];
  }],
  ['hunting acoustic trauma with friend', (d) => {
    const t = d.town(); const md = d.monDay(); const g = d.given();
    return [`Fired a rifle without protection while elk hunting near ${t} on ${md} with a friend (${g}); immediate ringing and muffled hearing in the left ear.`, [t, md, g]];
  }],
  ['tinnitus app account by email', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Enrolled in the ${d.pick(['Widex Zen', 'ReSound Relief', 'Oticon Tinnitus SoundSupport'])} program; app account ${em}.`, [em]];
  }],
  // newborn hearing screening
  ['newborn screening refer', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur(); const dob = d.dob(2019, 2025); const h = d.hospital(); const mrn = d.mrn();
    return [`NEWBORN HEARING SCREEN\nBaby ${d.pick(['Boy', 'Girl'])} ${s} (mother: ${g} ${s2}), MRN ${mrn}\nBorn ${dob} at ${h}. AABR: REFER left, PASS right.`, [s, g, s2, mrn, dob, h]];
  }],
  ['state EHDI id and pediatrician fax', (d) => {
    const id = d.ehdiId(); const g = d.given(); const s = d.sur(); const [fx, p] = d.phone();
    return [`Reported to the state EHDI program, ID ${id}. Results faxed to pediatrician Dr. ${g} ${s} at ${fx}.`, [id, g, s, p]];
  }],
  ['birth certificate number on EHDI form', (d) => {
    const bc = d.birthCert(); const dob = d.dob(2019, 2025); const c = d.county();
    return [`Birth certificate no. ${bc}; DOB ${dob}; county of residence ${c}.`, [bc, dob, c]];
  }],
  ['early intervention coordinator case', (d) => {
    const ei = d.eiProgram(); const g = d.given(); const s = d.sur(); const cs = d.caseNo(); const [ph, p] = d.phone();
    return [`Referred to ${ei}; service coordinator ${g} ${s}, case ${cs}, ${ph}.`, [ei, g, s, cs, p]];
  }],
  ['diagnostic ABR appointment letter', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip(); const [m, dd] = d.md(); const when = `${d.weekday()}, ${MONTHS[m - 1]!} ${dd}`;
    return [`To the parents of ${g} ${s}\n${st}\n${t}, ${d.state()} ${z}\n\nYour baby's sleep ABR is scheduled ${when} at 8:00 AM. Please keep baby awake on the way.`, [g, s, st, t, z, when]];
  }],
  // vestibular
  ['VNG report with technician and serial', (d) => {
    const dt = d.date(); const i = d.initials(); const sn = d.serial();
    return [`VIDEONYSTAGMOGRAPHY ${dt}\nOculomotor normal. Calorics: 42% right unilateral weakness. Tech: ${i}. System S/N ${sn}.`, [dt, i, sn]];
  }],
  ['BPPV CDL holder driving restriction', (d) => {
    const dl = d.driverLicence(); const e = d.employer();
    return [`Right posterior canal BPPV; Epley performed. Commercial driver (CDL ${dl}) for ${e}; advised no driving until symptom free.`, [dl, e]];
  }],
  ['fall at home ambulance town', (d) => {
    const t = d.town(); const h = d.hospital(); const w = d.weekday();
    return [`Fell at home ${w} during a vertigo spell; ${t} Fire & EMS transported to ${h}, CT head negative.`, [w, t, h]];
  }],
  ['rotary chair at balance center', (d) => {
    const pr = d.practice(); const md = d.monDay();
    return [`Rotary chair and vHIT at ${pr} ${md}: low-frequency phase lead, normal VOR gain. Compensated peripheral loss.`, [pr, md]];
  }],
  // hearing conservation
  ['annual audiogram employee plant', (d) => {
    const e = d.employer(); const id = d.employeeId(); const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const dt = d.date();
    return [`ANNUAL HEARING CONSERVATION AUDIOGRAM\nEMPLOYER: ${e}   EMPLOYEE: ${s}, ${g}   ID: ${id}\nTEST DATE: ${dt}   HOURS SINCE NOISE: 14`, [e, s, g, id, dt]];
  }],
  ['standard threshold shift letter', (d) => {
    const g = d.given(); const s = d.sur(); const bl = d.date(); const g2 = d.given(); const s2 = d.sur();
    return [`Dear ${g} ${s},\nYour hearing test shows a standard threshold shift compared with your baseline of ${bl}. Please see ${g2} ${s2}, COHC, about refitting your hearing protection.`, [g, s, bl, g2, s2]];
  }],
  ['noise dosimetry with safety manager email', (d) => {
    const sn = d.serial(); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Noise dosimetry, planer line: TWA 92 dBA (dosimeter S/N ${sn}). Results to safety manager ${g} ${s}, ${em}.`, [sn, g, s, em]];
  }],
  ['school screening letter', (d) => {
    const g = d.given(); const s = d.sur(); const sch = d.school(); const dt = d.date(); const sid = d.studentId();
    return [`Dear Parent/Guardian of ${g} ${s} (student ID ${sid}),\nYour child did not pass the hearing screening at ${sch} on ${dt}. Please have your child seen by a doctor or audiologist.`, [g, s, sid, sch, dt]];
  }],
  ['IEP meeting with district audiologist', (d) => {
    const dist = d.district(); const [a, ap] = d.audiologist(); const wd = d.weekdayDate(); const g = d.given(); const s = d.sur();
    return [`IEP meeting ${wd} with ${dist}: educational audiologist ${a}; teacher of the deaf ${g} ${s}, TOD. FM use and preferential seating continued.`, [wd, dist, ...ap, g, s]];
  }],
  ['county fairgrounds noise exposure', (d) => {
    const c = d.county(); const md = d.slashMd();
    return [`Works the demolition derby at the ${c} fairgrounds every summer; last exposure ${md}, no protection worn.`, [c, md]];
  }],
  // insurance prior authorizations and appeals
  ['prior authorization request', (d) => {
    const id = d.memberId(); const grp = d.groupNo(); const npi = d.npi(); const dt = d.date();
    return [`PRIOR AUTHORIZATION REQUEST - HEARING AIDS (V5261)\nMember ID: ${id}   Group: ${grp}\nRendering NPI: ${npi}   Requested date of service: ${dt}`, [id, grp, npi, dt]];
  }],
  ['authorization approved with reference', (d) => {
    const auth = d.authNo(); const g = d.given(); const [ph, p] = d.phone(); const e = d.ext();
    return [`Auth ${auth} approved per ${g} at ${d.pick(['Regence', 'Blue Cross of Idaho', 'PacificSource', 'Moda Health', 'Medicaid'])}, ${ph} ext ${e}; one pair every 5 years.`, [auth, g, p, e]];
  }],
  ['denial appeal claim number', (d) => {
    const cl = d.claimNo(); const dos = d.date(); const s = d.sur();
    return [`RE: Appeal of denied claim ${cl}, date of service ${dos}\nDear Medical Director,\nI am writing on behalf of my patient, ${d.title()} ${s}, regarding the denial of bilateral hearing aids.`, [cl, dos, s]];
  }],
  ['vocational rehabilitation application SSN', (d) => {
    const g = d.given(); const s = d.sur(); const ssn = d.ssn(); const cs = d.caseNo();
    return [`Vocational Rehabilitation application for ${g} ${s}, SSN ${ssn}, VR case ${cs}: hearing aids needed to maintain employment.`, [g, s, ssn, cs]];
  }],
  ['Medicare number on ABN', (d) => {
    const m = d.mbi(); const dt = d.slashMd();
    return [`ABN signed ${dt} (hearing aids not covered by Medicare Part B). MBI ${m}.`, [dt, m]];
  }],
  // interpreter and access requests
  ['ASL interpreter request', (d) => {
    const ag = d.agency(); const rq = d.requestNo(); const dt = d.date(); const lang = d.pick(LANGUAGES);
    return [`Interpreter request (${lang}) sent to ${ag}, request ${rq}, for ${dt} at 2:30 PM, ENT clinic room 6; 90 minutes.`, [ag, rq, dt]];
  }],
  ['interpreter named with credential', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Visit conducted in ASL with certified interpreter ${g} ${s}, NIC; patient confirmed understanding of the plan.`, [g, s]];
  }],
  ['video relay number', (d) => {
    const [ph, p] = d.phone(); const g = d.given();
    return [`Pt is Deaf; contact by videophone ${ph} (VRS) or text. Mother ${g} prefers e-mail.`, [p, g]];
  }],
  ['CART captioner link', (d) => {
    const url = d.pick([`https://zoom.us/j/${d.digitString(10)}`, `https://${asciiLetters(d.grove())}ent.zoom.us/j/${d.digitString(11)}?pwd=${d.token(10)}`, `https://vv.${asciiLetters(d.town()) || 'river'}health.org/visit/${d.digitString(8)}`]); const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`CART captioning for telehealth visit via ${url}; captioner ${g} ${s} (${em}).`, [url, g, s, em]];
  }],
  // letterheads, letters and reminders
  ['letterhead with phone and fax', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${pr}\n${st}\n${t}, ${d.state()} ${z}\nTel ${ph} | Fax ${fx}`, [pr, st, t, z, p, pf]];
  }],
  ['letter RE line DOB', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob();
    return [`RE: ${s}, ${g}    DOB ${dob}\nDear colleague,`, [s, g, dob]];
  }],
  ['text reminder', (d) => {
    const g = d.given(); const pr = d.practice(); const wd = d.weekdayDate();
    return [`Hi ${g}, this is ${pr} reminding you of your hearing aid check ${wd} at 10:15. Reply C to confirm.`, [g, pr, wd]];
  }],
  ['portal link', (d) => {
    const t = asciiLetters(d.town()) || 'river'; const url = `https://myhealth.${t}ent.org/portal`; const [ph, p] = d.phone();
    return [`Your audiogram is available at ${url}. For help call ${ph}.`, [url, p]];
  }],
  ['physician medical clearance', (d) => {
    const g = d.given(); const s = d.sur(); const lic = d.mdLicence(); const dt = d.date();
    return [`Medical evaluation for hearing aid candidacy: no contraindication to amplification.\n${g} ${s}, MD   License ${lic}   ${dt}`, [g, s, lic, dt]];
  }],
  ['DOT hearing whisper test', (d) => {
    const g = d.given(); const s = d.sur(); const dl = d.driverLicence(); const dt = d.date();
    return [`DOT exam: forced whisper heard at 5 ft in the better ear. Driver ${g} ${s}, license ${dl}, certified through ${dt}.`, [g, s, dl, dt]];
  }],
];

/** The names of the wave's frames. */
export const hearingFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function hearingWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10631, rounds);
}

/** Look-alikes in audiology and ENT style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // ear eponyms and bedside tests
  ['Weber lateralizes to the left ear.', 'Weber'], ['Rinne positive bilaterally (AC > BC).', 'Rinne'], ['Schwabach shortened on the right.', 'Schwabach'], ['Bing test: occlusion effect absent AS.', 'Bing'],
  ['Stenger test negative at 1000 Hz.', 'Stenger'], ['Dix-Hallpike negative bilaterally.', 'Dix-Hallpike'], ['Right Epley maneuver performed x2.', 'Epley'], ['Semont maneuver taught for home use.', 'Semont'],
  ["Symptoms consistent with Meniere's disease, left ear.", "Meniere's"], ['Eustachian tube dysfunction, chronic, bilateral.', 'Eustachian'], ['Tympanogram: Jerger type A right, type B left.', 'Jerger type A'],
  ['Type C tympanogram, peak pressure -210 daPa.', 'Type C'], ['Jerger type As, reduced compliance', 'type As'], ['Carhart notch at 2000 Hz in the left ear.', 'Carhart notch'], ['Positive Hennebert sign with pneumatic otoscopy.', 'Hennebert'],
  ['Tullio phenomenon reported with loud music.', 'Tullio'], ['Valsalva maneuver reproduces the aural fullness.', 'Valsalva'], ['Toynbee maneuver performed.', 'Toynbee'], ['Romberg negative.', 'Romberg'],
  ['Fukuda stepping test with 60 degree rotation to the left.', 'Fukuda'], ['Unterberger test positive', 'Unterberger'], ['Halmagyi head impulse test positive to the right.', 'Halmagyi'],
  ['Ramsay Hunt syndrome with vesicles in the concha.', 'Ramsay Hunt'], ["Bell's palsy, House-Brackmann grade III.", "Bell's palsy"], ['House-Brackmann grade II', 'House-Brackmann'], ['Mondini malformation on CT.', 'Mondini'],
  ['Usher syndrome type 2A', 'Usher'], ['Waardenburg syndrome with heterochromia', 'Waardenburg'], ['Pendred syndrome (SLC26A4)', 'Pendred'], ['Treacher Collins syndrome with bilateral microtia', 'Treacher Collins'],
  ['outer hair cells of the organ of Corti', 'Corti'], ["Reissner's membrane", "Reissner's"], ["Shrapnell's membrane retraction", "Shrapnell's"], ["Cholesteatoma in Prussak's space", "Prussak's"], ['Gradenigo syndrome', 'Gradenigo'],
  ['Kiesselbach plexus cauterized with silver nitrate.', 'Kiesselbach'], ["Reinke's edema of both vocal folds", "Reinke's"], ['Mallampati II, Brodsky tonsils 3+', 'Brodsky'], ['Lund-Mackay score 14', 'Lund-Mackay'], ['Cogan syndrome ruled out', 'Cogan'],
  // hearing aid, implant, software and equipment brands and models
  ['Phonak Audéo Lumity 90 RIC', 'Audéo Lumity 90'], ['Oticon Intent 1 miniRITE R', 'Oticon Intent 1'], ['Widex Moment Sheer 440', 'Widex Moment'], ['Signia Pure Charge&Go 7AX', 'Pure Charge&Go'],
  ['ReSound Omnia 9 with M receivers', 'ReSound Omnia'], ['Starkey Genesis AI 24 custom ITC', 'Starkey Genesis AI'], ['Unitron Vivante 7', 'Unitron'], ['Cochlear Nucleus 8 sound processor', 'Nucleus 8'],
  ['Kanso 2 off-the-ear processor', 'Kanso 2'], ['Advanced Bionics Naída CI M90', 'Naída'], ['MED-EL SONNET 2 with RONDO 3 backup', 'SONNET 2'], ['Baha 6 Max on a softband', 'Baha 6 Max'],
  ['Oticon Medical Ponto 5 SuperPower', 'Ponto 5'], ['Roger On iN microphone', 'Roger On'], ['Lyric extended-wear device', 'Lyric'], ['Fitting software: Phonak Target 9.1', 'Target 9.1'], ['Genie 2 fitting software', 'Genie 2'],
  ['Custom Sound Pro mapping software', 'Custom Sound Pro'], ['Noah 4 database', 'Noah 4'], ['Verifit2 real-ear system', 'Verifit2'], ['GSI AudioStar Pro audiometer', 'AudioStar Pro'],
  ['Interacoustics Titan tympanometer', 'Titan'], ['Otometrics Madsen Astera', 'Madsen Astera'], ['CapTel captioned telephone', 'CapTel'], ['Uses Sorenson video relay at work.', 'Sorenson'],
  // drugs and doses
  ['Ciprodex 4 drops BID x 7 days', 'Ciprodex'], ['ofloxacin otic 0.3% 5 drops', 'ofloxacin otic 0.3%'], ['Debrox for 4 nights before the visit', 'Debrox'], ['intratympanic dexamethasone 10 mg/mL, 0.5 mL', '10 mg/mL'],
  ['prednisone 60 mg daily x 7 days then taper', '60 mg'], ['meclizine 25 mg PRN', 'meclizine 25 mg'], ['betahistine 16 mg TID', 'betahistine'], ['Flonase 2 sprays each nostril daily', 'Flonase'], ['Afrin no more than 3 days', 'Afrin'],
  // test names, scores and values
  ['QuickSIN SNR loss 7.5 dB (moderate)', 'QuickSIN'], ['HINT in noise +4.2 dB', 'HINT'], ['AzBio sentences in quiet 38%', 'AzBio'], ['CNC words 24% in the ear to be implanted', 'CNC words 24%'],
  ['SRT 25 dB HL, WRS 88% at 65 dB HL', 'SRT 25 dB HL'], ['PTA 52 dB HL right', 'PTA 52 dB HL'], ['4000 Hz notch bilaterally', '4000 Hz'], ['Static compliance 0.6 mmho, ECV 1.2 mL', '0.6 mmho'],
  ['Peak pressure -150 daPa', '-150 daPa'], ['226 Hz probe tone', '226 Hz'], ['1000 Hz probe tone used for the infant', '1000 Hz'], ['Ipsilateral acoustic reflexes present at 95 dB HL', '95 dB HL'],
  ['DPOAE present 2-5 kHz', '2-5 kHz'], ['ABR wave V present to 30 dB nHL', '30 dB nHL'], ['ECochG SP/AP ratio 0.52', '0.52'], ['cVEMP absent on the left', 'cVEMP'], ['vHIT gain 0.92 right lateral canal', 'vHIT gain 0.92'],
  ['Caloric unilateral weakness 38% right', '38%'], ['SOT composite 62', 'SOT composite 62'], ['THI score 56 (moderate handicap)', 'THI score 56'], ['TFI 48', 'TFI 48'], ['HHIE-S 24', 'HHIE-S 24'], ['DHI 46 (moderate)', 'DHI 46'],
  ['SII 0.62 unaided', 'SII 0.62'], ['Verified to NAL-NL2 targets', 'NAL-NL2'], ['DSL v5.0 child targets', 'DSL v5.0'], ['RECD measured, 6 dB above average', 'RECD'],
  ['T-levels 120-145 CL, C-levels 190-210 CL', '190-210 CL'], ['Electrode 22 deactivated (open circuit)', 'Electrode 22'], ['Impedances 6-11 kOhm', '6-11 kOhm'], ['MAP 4 in slot 2', 'MAP 4'],
  ['Program 2: Speech in Noise', 'Program 2'], ['Size 312 battery', '312'], ['Size 675 battery', '675'], ['2M receiver, 8 mm open dome', '8 mm'], ['Telecoil activated in P3', 'P3'],
  // hearing conservation and screening references
  ['TWA 91 dBA over an 8-hour shift', '91 dBA'], ['NRR 29 foam plugs', 'NRR 29'], ['OSHA 29 CFR 1910.95', '1910.95'], ['NIOSH REL 85 dBA', 'NIOSH'], ['Standard threshold shift averaged at 2, 3 and 4 kHz', '2, 3 and 4 kHz'],
  ['OSHA Form 300 recordable', 'Form 300'], ['JCIH 1-3-6 benchmarks met', '1-3-6'], ['Reported to the state EHDI program.', 'EHDI'],
  // codes
  ['ICD-10 H90.3 sensorineural hearing loss, bilateral', 'H90.3'], ['H93.13 tinnitus, bilateral', 'H93.13'], ['H81.11 BPPV, right ear', 'H81.11'], ['H65.23 chronic serous otitis media', 'H65.23'],
  ['CPT 92557 comprehensive audiometry', '92557'], ['CPT 92567 tympanometry', '92567'], ['92626 auditory rehabilitation evaluation', '92626'], ['V5261 hearing aid, digital, binaural, BTE', 'V5261'],
  ['L8619 cochlear implant external speech processor', 'L8619'], ['CPT 69436 tympanostomy under general anesthesia', '69436'],
  // booths, rooms and generic places
  ['Tested in sound booth 2.', 'booth 2'], ['Seen in Room 4.', 'Room 4'], ['Referred to the school audiologist.', 'school audiologist'], ['Follow up at the ENT clinic.', 'ENT clinic'], ['Works at the mill on the night shift.', 'the mill'],
  // everyday words that are also names or towns
  ['Hope to trial bilateral amplification.', 'Hope'], ['Will return in 6 weeks for a check.', 'Will'], ['Cannot hear the kitchen timer bell.', 'bell'], ['Music sounds out of harmony since the fitting.', 'harmony'],
  ['Hears an echo of his own voice (autophony).', 'echo'], ['Faith community offers a hearing loop in the sanctuary.', 'Faith'], ['Bill submitted to secondary insurance.', 'Bill'], ['Rocky course after the mastoidectomy.', 'Rocky'],
  // relations, ages, years, states, payers, chains and organisations
  ['Her daughter helps with cleaning the devices.', 'daughter'], ['An 86-year-old man with presbycusis.', '86'], ['Hearing aids since 2011.', '2011'], ['Moved from Montana last year.', 'Montana'],
  ['Member of the Hearing Loss Association of America.', 'Hearing Loss Association of America'], ['Alexander Graham Bell Association resources given to the family.', 'Alexander Graham Bell Association'],
  ['Medicare does not cover routine hearing aids.', 'Medicare'], ['Purchased over the counter at Costco.', 'Costco'], ['Uses ASL and CART in class.', 'CART'], ['IEP and 504 plan reviewed.', '504 plan'], ['Lions Club donated the hearing aids.', 'Lions Club'],
];

export const hearingKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedHearingKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(hearingKeepCases(), find);

export function scoreHearingWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => hearingWaveCases(seed)), find);
}
