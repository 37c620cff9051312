// A blind wave of dental and oral-surgery practice records: dental chart headers (chart numbers as practice software
// writes them, the provider and the operatory), restorative, hygiene and emergency notes with tooth numbers and
// surfaces (the assistant or hygienist who helped, the initials that sign the entry, holidays on which a tooth broke,
// no-shows and the message left), medical history updates (the physician who manages the anticoagulant, the orthopedic
// surgeon who asks for premedication), periodontal charting and therapy (the examiner, quadrants of scaling and root
// planing, the periodontist the patient alternates with, osseous surgery), treatment plans and financial arrangements
// (the treatment coordinator, the responsible party with an SSN and account number, ledger entries, consents and
// informed refusals with a witness), oral surgery operative notes (surgeon and assistant, third molars, implants and
// graft lots, allograft tissue ids, biopsies and their accession numbers, dry sockets, Le Fort osteotomies at a hospital,
// a deep-space infection sent to an emergency department), office sedation records (monitor and flowmeter serials,
// vitals lines signed with initials, the dentist's licence, sedation permit and DEA numbers, the escort, the escort's car
// and plate, the pre-op call), orthodontic records (initial records, bonding, Invisalign patient ids, the parent and
// school, expanders turned by a parent, debonds and retainers), referral letters between dentists (letterheads, RE
// lines, reports back, signatures with e-mail, cc lines, records requests), insurance pre-determinations and claims
// (subscriber ids and groups, pre-determination, prior authorization, claim and check numbers, ADA claim form boxes,
// benefit verification calls with the representative and reference number, Medicaid dental ids, the subscriber's SSN
// and employer), lab slips to dental labs (the lab's name and address, case numbers, due dates, shipping tracking, the
// lab technician, the prescribing dentist's licence), radiograph logs (operator initials, panoramic unit, sensor and
// scanner serials, CBCT study ids exported to a workstation's IP, outside films received by e-mail, a radiography
// certificate, dosimetry badges), recall postcards and text reminders (portal and booking URLs, address blocks), and
// practice-software audit lines, teledentistry links, school sealant programs and county health districts, fluoride
// histories by town, prescriptions to a local pharmacy with a PDMP report number, workplace injuries with the employer
// and the claim, and ages over 89, in mixed case, ALL CAPS and lower case. Dates are written in every form practices,
// labs and payers use ('03/04/2024', '3/4/24', '3-4-24', '4 March 2024', 'March 4, 2024', 'Mar 4, 2024', '2024-03-04',
// '04-MAR-2024', '3/4/2024', '03-04-2024', 'Mar 4', '3/4', 'Tuesday', 'Thu', '10/2025', 'March 2024', 'Fourth of
// July'). Given names and surnames are often everyday words, some of them dental words or eponyms (Pearl, Ivory, Faith,
// Rocky, Root, Bridges, Post, Angle, Black, Bass, Hall, Miller) and towns are often everyday words (Sandy, Hurricane,
// Boring, Drain, Talent, Bliss, Star, Eagle). A list of look-alikes in the same style must not be touched. Written
// without reading the engine's rules or any gold data. `scoreDentalWave`.
// Decisions: a person's given name and surname are planted, a middle initial and a credential ('DDS', 'DMD, MS', 'RDH',
// 'RDA', 'CDA', 'EFDA', 'CDT', 'MD') are not; a given name alone (a parent, a hygienist in a reminder, a child on a
// postcard) is planted; initials that sign a note, a vitals line, a radiograph log or an audit line are planted; a
// dental practice, dental lab, medical clinic, hospital, pharmacy, school and local employer is planted whole with its
// kind words ('Maple Grove Dental Group', 'Sandy Oral & Maxillofacial Surgery', 'Juniper Dental Laboratory', "Bridges
// Family Dental", 'Star Middle School'), while a payer, a national brand, a manufacturer or a national lab named alone
// ('Delta Dental', 'MetLife', 'Dentsply Sirona', 'Straumann', 'Glidewell', 'CareCredit') is kept, as is a state
// Medicaid program ('Idaho Smiles', 'Apple Health'); a town is planted, the state is kept; a county is planted by its
// name, 'County' kept; a street line is planted from its number through its type and any suite, Utah grid addresses
// ('455 N 300 W') whole; a ZIP with its +4 is planted. Every date element but the year alone is planted: a weekday
// naming one day ('due back Thursday', 'Thu 3/14') and a holiday that fixes a day ('Fourth of July', 'Thanksgiving')
// are planted, a recall interval ('6-month recall') or a standing hour ('after 3:30 PM') kept; a month with its year
// ('10/2025', 'March 2024') is planted; times are kept. Chart, account, subscriber, group, pre-determination, prior
// authorization, claim, check, call reference, case, accession, CBCT study, scan, Invisalign patient, PDMP report,
// workers' compensation claim and Medicaid numbers are planted, as are SSNs, NPIs, dental licence, sedation permit, DEA,
// radiography certificate and dosimetry badge numbers; implant, graft and tissue lots and ids, equipment serials (pan
// unit, sensors, scanners, monitors, flowmeters), a licence plate and shipping tracking numbers are planted, models
// ('ProMax 2D', 'iTero Element 5D', 'CS 9600', 'Rad-97') kept. An e-mail, a URL and an IP are planted whole; a phone's
// leading '(' need not be covered. Kept (look-alikes): tooth numbers and surfaces in every notation (Universal '#14
// MOD', '#18-#20', 'A, J, K and T'; Palmer 'UR6'; FDI '36', '2.6'), CDT and ICD-10 codes, periodontal measures (probing
// depths '5-3-6', BOP, CAL, stages and grades), eponyms and classifications (Ludwig's angina, Le Fort I, Angle Class
// II, Black's Class V, Kennedy, Miller, Glickman, Pell and Gregory, Winter, Mallampati, Frankl, Wilkes, Seibert, curve
// of Spee, Bass and Hall techniques, Hawley, Nance, Herbst, Hyrax, Tofflemire, Gracey, Molt, Minnesota, Caldwell-Luc,
// Stensen, Wharton), materials, drugs and brands (Septocaine, Carbocaine, Oraqix, Filtek, Ivoclar e.max, RelyX, Fuji
// IX, Bio-Oss, Straumann, Nobel Biocare, Damon, Invisalign), ceph values, shades, archwires, doses and counts ('5/325
// #12'), rooms and chairs ('Op 3'), intervals and phases, payers, roles without names, everyday words that are also
// names or towns (crown, root, post, gold, pearl, ivory, wisdom, bliss), relations without names, ages of 89 and
// under, years alone and states.
// Measured before rules (engine at 9083f0b): 0.899 recall on seeds 5, 11, 23 (3979/4425), 0.903 on fresh seeds 41, 42, 43
// (3998/4428), 0.894 on seeds 101, 202; 15/158 look-alikes touched ("Glickman", "Gracey 11/12", "Dentsply Sirona",
// "RelyX", "Impregum", "Herculite", "Planmeca", "Nance", "Damon", "Ludwig's", "Pell and Gregory", "Spee", "Wilson" of the
// curve of Wilson, "BWX 1/12 months", "Delta Dental").
import { faker as ind } from '@faker-js/faker/locale/en_IN';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as us } from '@faker-js/faker/locale/en_US';
import { faker as mx } from '@faker-js/faker/locale/es_MX';
import { faker as frca } from '@faker-js/faker/locale/fr_CA';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as vi } from '@faker-js/faker/locale/vi';
import type { DeidFinding } from '../kinds';
import { asciiLetters, type Frame, lookAlikes, pad2, seededWave, touchedBy, WaveDraw, writtenDate } from './wave-frames';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [us, us, us, us, mx, ind, gb, pl, tr, frca, vi];

/** Given names and surnames that are everyday words (some of them dental words or the names of eponyms). */
const WORD_GIVEN = ['Hope', 'Faith', 'Grace', 'Joy', 'Pearl', 'Ivory', 'Ruby', 'Amber', 'Crystal', 'Candy', 'Honey', 'Sunny', 'Dawn', 'Misty', 'Brandy', 'Summer', 'Rocky', 'Bill', 'Will', 'Mark', 'Chip', 'Buck', 'Dusty', 'Rusty', 'Sonny', 'Art', 'Gene', 'Bud', 'Pat', 'Carol', 'Flossie', 'Bridget', 'Wisdom', 'Major'];
const WORD_SUR = ['Root', 'Bridges', 'Post', 'Crowne', 'Gold', 'Silver', 'Stone', 'Hill', 'Wise', 'Chew', 'Fang', 'Payne', 'Hurt', 'Sharp', 'Burns', 'Frost', 'Ivey', 'Black', 'Angle', 'Miller', 'Kennedy', 'Nance', 'Hawley', 'Bass', 'Hall', 'Banks', 'Price', 'Cash', 'Brush', 'Sweet', 'Sugar', 'Bloom', 'Wells', 'Lane', 'Dean', 'Spee', 'Grant', 'Bell'];
/** Towns that are everyday words, and real towns of the Mountain West and Pacific Northwest. */
const WORD_TOWNS = ['Sandy', 'Hurricane', 'Boring', 'Drain', 'Talent', 'Riddle', 'Sisters', 'Joseph', 'Forks', 'Cashmere', 'Bliss', 'Star', 'Eagle', 'Magna', 'Bountiful', 'Fillmore', 'Liberty', 'Harmony', 'Paradise', 'Pearl', 'Sweet Home', 'Happy Valley', 'Post Falls', 'Sugar City', 'Salmon', 'Hope', 'Union', 'Plain City', 'Pleasant Grove', 'Spanish Fork', 'American Fork', 'Mountain Home', 'Crown Point', 'Sunnyside', 'Ferndale'];
const REAL_TOWNS = ['Nampa', 'Caldwell', 'Meridian', 'Pocatello', 'Twin Falls', 'Idaho Falls', 'Rexburg', 'Provo', 'Orem', 'Ogden', 'Logan', 'St. George', 'Cedar City', 'Eugene', 'Medford', 'Bend', 'Salem', 'Corvallis', 'Yakima', 'Spokane', 'Kennewick', 'Walla Walla', 'Wenatchee', 'Missoula', 'Billings', 'Bozeman', 'Great Falls', 'Casper', 'Laramie', 'Grand Junction', 'Coeur d\'Alene', 'Lewiston', 'Moscow', 'Klamath Falls', 'Roseburg'];
const STATES = ['ID', 'UT', 'OR', 'WA', 'MT', 'WY', 'CO', 'NV', 'Idaho', 'Utah', 'Oregon'];
const STREET_WORDS = ['Main', 'Center', 'State', 'University', 'Canyon', 'Cedar', 'Juniper', 'Aspen', 'Sagebrush', 'Ridge', 'Orchard', 'Railroad', 'Franklin', 'Overland', 'Fairview', 'Chinden', 'Eagle', 'Cherry', 'Willamette', 'Garden'];
const STREET_TYPES = ['St', 'St.', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Ln', 'Lane', 'Dr', 'Drive', 'Blvd', 'Way', 'Pkwy', 'Ct'];
const GRID_DIRS = ['N', 'S', 'E', 'W', 'North', 'South', 'East', 'West'];
/** Place words practices, labs and schools are named for. */
const GROVES = ['Maple Grove', 'Cedar Ridge', 'Aspen', 'Juniper', 'Canyon View', 'Sagebrush', 'Mountain View', 'River Bend', 'Willow Creek', 'Summit', 'Lakeside', 'Foothills', 'Evergreen', 'Timberline', 'Red Rock', 'Silver Creek', 'Pine Valley', 'Bear Creek', 'Sunrise', 'Desert Sky'];
const COUNTIES = ['Ada', 'Canyon', 'Bonneville', 'Bannock', 'Cache', 'Davis', 'Box Elder', 'Weber', 'Iron', 'Lane', 'Marion', 'Jackson', 'Deschutes', 'Yakima', 'Benton', 'Franklin', 'Gem', 'Payette', 'Owyhee', 'Blaine', 'Custer', 'Lemhi', 'Bear Lake', 'Teton', 'Gallatin'];
const SAINTS = ["Luke's", "Alphonsus", "Joseph's", "Mary's", "Charles", "Vincent", "Patrick", "Anthony"];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat'];
const HOLIDAYS = ['Fourth of July', 'Christmas Eve', 'Christmas Day', "New Year's Eve", "New Year's Day", 'Thanksgiving', 'Halloween', "Valentine's Day", 'Memorial Day', 'Labor Day', 'Independence Day'];
const RELATIONS = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'granddaughter', 'grandson', 'niece', 'partner', 'friend', 'neighbor'];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Miss'];
const ASSIST_CREDS = ['RDA', 'CDA', 'EFDA', 'DA', 'RDA, CDA', 'EFDA, CDA'];
const PAYERS = ['Delta Dental PPO', 'MetLife PDP Plus', 'Cigna Dental', 'Guardian DentalGuard', 'Aetna Dental', 'United Concordia', 'Regence BlueCross Dental', 'Ameritas', 'Humana Dental', 'Principal Dental'];
const MEDICAID = ['Idaho Smiles', 'Oregon Health Plan', 'Apple Health', 'Utah Medicaid', 'Healthy Montana Kids', 'Medicaid'];
const SHADES = ['A1', 'A2', 'A3', 'A3.5', 'B1', 'B2', 'C2', 'D2', 'BL2', 'OM1'];
const POSTERIOR = [2, 3, 4, 5, 12, 13, 14, 15, 18, 19, 20, 21, 28, 29, 30, 31];
const ANTERIOR = [6, 7, 8, 9, 10, 11, 22, 23, 24, 25, 26, 27];
const SURFACES = ['MOD', 'DO', 'MO', 'O', 'OL', 'OB', 'MODB', 'DOL', 'B', 'MODL'];
const IMPLANTS = ['Straumann BLT Ø4.1 x 10 mm RC', 'Nobel Biocare NobelActive 4.3 x 11.5 mm', 'Zimmer TSV 4.7 x 10 mm', 'BioHorizons Tapered Pro 4.6 x 10.5 mm', 'Neodent Helix GM 3.75 x 11.5 mm', 'Astra EV 4.2 x 9 mm'];
const CARS = ['silver Toyota Camry', 'white Subaru Outback', 'black Ford F-150', 'gray Honda CR-V', 'red Jeep Cherokee', 'blue Chevy Malibu', 'green Subaru Forester'];
/** Capitals and digits for tracking numbers. */
const TRACK_CHARS = '0123456789ABCDEFGHJKLMNPRSTVWXYZ';

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
  cred(): string {
    return this.pick(ASSIST_CREDS);
  }
  town(): string {
    const x = this.r();
    return x < 0.45 ? this.pick(WORD_TOWNS) : x < 0.82 ? this.pick(REAL_TOWNS) : this.faker().location.city();
  }
  state(): string {
    return this.pick(STATES);
  }
  county(): string {
    return this.pick(COUNTIES);
  }
  /** A street line: number through type (and any suite), or a Utah grid address. */
  street(): string {
    const suite = this.r() < 0.2 ? this.pick([`, Suite ${this.int(100, 450)}`, `, Ste ${this.int(1, 40)}`, ` #${this.int(101, 320)}`]) : '';
    if (this.r() < 0.25) {
      return `${this.int(10, 9899)} ${this.pick(GRID_DIRS)} ${this.int(1, 98) * 100} ${this.pick(GRID_DIRS)}${suite}`;
    }
    return `${this.int(12, 9899)} ${this.pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}${this.pick(STREET_WORDS)} ${this.pick(STREET_TYPES)}${suite}`;
  }
  zip(): string {
    const z = String(this.int(82001, 99403));
    return this.r() < 0.25 ? `${z}-${String(this.int(1, 9999)).padStart(4, '0')}` : z;
  }
  grove(): string {
    return this.pick(GROVES);
  }
  /** A dental practice's name, of a general or specialty office. */
  practice(): string {
    const k = this.int(0, 11);
    if (k === 0) return `${this.grove()} Dental Group`;
    if (k === 1) return `${this.town()} Family Dentistry`;
    if (k === 2) return `${this.sur()} Family Dental`;
    if (k === 3) return `${this.town()} Oral & Maxillofacial Surgery`;
    if (k === 4) return `${this.grove()} Pediatric Dentistry`;
    if (k === 5) return `${this.sur()} Orthodontics`;
    if (k === 6) return `${this.town()} Periodontics & Implant Center`;
    if (k === 7) return `${this.grove()} Endodontics`;
    if (k === 8) return `${this.sur()} & ${this.sur()} Orthodontics`;
    if (k === 9) return `${this.town()} Dental Care`;
    if (k === 10) return `Smiles of ${this.town()}`;
    return `${this.grove()} Oral Surgery`;
  }
  /** A dental laboratory's name. */
  lab(): string {
    const k = this.int(0, 4);
    if (k === 0) return `${this.grove()} Dental Laboratory`;
    if (k === 1) return `${this.town()} Dental Lab`;
    if (k === 2) return `${this.sur()} Dental Studio`;
    if (k === 3) return `${this.grove()} Dental Arts`;
    return `${this.sur()} Dental Ceramics`;
  }
  hospital(): string {
    const k = this.int(0, 3);
    if (k === 0) return `St. ${this.pick(SAINTS)} ${this.town()} Medical Center`;
    if (k === 1) return `${this.town()} Regional Medical Center`;
    if (k === 2) return `${this.town()} General Hospital`;
    return `${this.grove()} Hospital`;
  }
  /** A physician's clinic. */
  clinic(): string {
    return this.pick([`${this.town()} Family Medicine`, `${this.grove()} Internal Medicine`, `${this.town()} Clinic`, `${this.grove()} Medical Group`, `${this.town()} Cardiology Associates`]);
  }
  pharmacy(): string {
    return this.pick([`${this.town()} Pharmacy`, `${this.sur()}'s Drug`, `${this.grove()} Apothecary`, `${this.town()} Drug & Gift`]);
  }
  school(): string {
    return this.pick([`${this.sur()} Elementary School`, `${this.town()} Middle School`, `${this.grove()} Elementary`, `${this.town()} High School`, `${this.grove()} Academy`]);
  }
  employer(): string {
    return this.pick([`${this.sur()} Lumber Co.`, `${this.town()} School District`, `${this.grove()} Farms`, `${this.sur()} Construction, Inc.`, `${this.town()} Potato Growers`, `${this.sur()} & Sons Roofing`]);
  }
  payer(): string {
    return this.pick(PAYERS);
  }
  tooth(): number {
    return this.pick(POSTERIOR);
  }
  anterior(): number {
    return this.pick(ANTERIOR);
  }
  surface(): string {
    return this.pick(SURFACES);
  }
  shade(): string {
    return this.pick(SHADES);
  }
  override year(): number {
    return this.int(2012, 2025);
  }
  time(): string {
    return this.r() < 0.5 ? `${pad2(this.int(7, 17))}:${pad2(this.int(0, 59))}` : `${this.int(7, 11)}:${pad2(this.int(0, 59))} AM`;
  }
  /** A full date in one of the forms practices, labs and payers write. */
  date(): string {
    const [m, d] = this.md();
    const y = this.year();
    const k = this.int(0, 9);
    return writtenDate(k, m, d, y) ?? (k === 8 ? `${m}/${d}/${y}` : `${pad2(m)}-${pad2(d)}-${y}`);
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
  /** '10/2025' or '04/2025'. */
  slashMonthYear(): string {
    const y = this.year();
    return this.r() < 0.6 ? `${this.int(1, 12)}/${y}` : `${pad2(this.int(1, 12))}/${y}`;
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  weekdayShort(): string {
    return this.pick(WEEKDAYS_SHORT);
  }
  holiday(): string {
    return this.pick(HOLIDAYS);
  }
  dob(lo = 1928, hi = 2012): string {
    const [m, d] = this.md();
    const y = this.int(lo, hi);
    return this.r() < 0.5 ? `${pad2(m)}/${pad2(d)}/${y}` : `${m}/${d}/${y}`;
  }
  ageOver89(): string {
    return String(this.int(90, 104));
  }
  /** A chart number as practice software writes it. */
  chartNo(surname: string): string {
    const a = asciiLetters(surname).toUpperCase();
    const k = this.int(0, 3);
    if (k === 0 && a.length >= 3) return `${a.slice(0, 3)}${String(this.int(1, 999)).padStart(4, '0')}`;
    if (k === 1 && a.length >= 4) return `${a.slice(0, 4)}${this.letters(2)}${this.int(0, 9)}`;
    if (k === 2) return `${this.letters(2)}${this.digitString(5)}`;
    return this.digitString(this.int(5, 7));
  }
  acct(): string {
    return this.r() < 0.6 ? this.digitString(this.int(5, 8)) : `${this.pick(['A', 'G', 'P'])}${this.digitString(6)}`;
  }
  memberId(): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(9);
    if (k === 1) return `${this.letters(3)}${this.digitString(8)}`;
    if (k === 2) return `U${this.digitString(8)}${pad2(this.int(1, 4))}`;
    return `${this.digitString(11)}`;
  }
  groupNo(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.digitString(this.int(5, 7));
    if (k === 1) return `${this.digitString(5)}-${String(this.int(1, 9999)).padStart(4, '0')}`;
    return `${this.letters(2)}${this.digitString(5)}`;
  }
  /** A pre-determination, prior authorization or claim number. */
  refNo(prefix: string): string {
    const k = this.int(0, 3);
    if (k === 0) return this.digitString(this.int(10, 13));
    if (k === 1) return `${prefix}${this.digitString(8)}`;
    if (k === 2) return `${pad2(this.int(12, 25))}${this.digitString(3)}-${this.digitString(5)}`;
    return `${this.letters(1)}${this.digitString(9)}`;
  }
  ssn(): string {
    return `${this.int(100, 665)}-${pad2(this.int(1, 99))}-${String(this.int(1, 9999)).padStart(4, '0')}`;
  }
  npi(): string {
    return `1${this.digitString(9)}`;
  }
  /** A state dental licence number. */
  license(): string {
    const k = this.int(0, 3);
    if (k === 0) return `D-${this.digitString(this.int(4, 5))}`;
    if (k === 1) return `${this.digitString(7)}-${this.pick(['2202', '2203', '2205'])}`;
    if (k === 2) return `DN${this.digitString(5)}`;
    return this.digitString(this.int(4, 6));
  }
  permit(): string {
    return this.pick([`S-${this.digitString(4)}`, `MS${this.digitString(4)}`, `GA-${this.digitString(3)}`, this.digitString(4)]);
  }
  dea(): string {
    return `${this.pick(['A', 'B', 'F', 'M'])}${this.letters(1)}${this.digitString(7)}`;
  }
  cert(): string {
    return this.pick([this.digitString(6), `XR-${this.digitString(5)}`, `RHS${this.digitString(5)}`, `${this.digitString(4)}-${this.digitString(3)}`]);
  }
  serial(): string {
    const k = this.int(0, 3);
    if (k === 0) return `${this.letters(2)}${this.digitString(6)}`;
    if (k === 1) return this.digitString(this.int(7, 10));
    if (k === 2) return `${this.digitString(3)}-${this.letters(1)}${this.digitString(5)}`;
    return `${this.letters(1)}${this.digitString(2)}${this.letters(2)}${this.digitString(4)}`;
  }
  lot(): string {
    const k = this.int(0, 2);
    if (k === 0) return `${this.letters(2)}${this.digitString(4)}`;
    if (k === 1) return this.digitString(this.int(7, 8));
    return `${this.digitString(6)}${this.letters(1)}`;
  }
  tissueId(): string {
    return this.r() < 0.5 ? `${this.digitString(7)}-${this.digitString(3)}` : `${this.letters(2)}${this.digitString(8)}`;
  }
  accession(): string {
    const yy = pad2(this.int(12, 25));
    const k = this.int(0, 2);
    if (k === 0) return `OP${yy}-${String(this.int(1, 9999)).padStart(4, '0')}`;
    if (k === 1) return `S${yy}-${this.digitString(5)}`;
    return `${yy}-OS-${this.digitString(4)}`;
  }
  studyId(): string {
    return this.r() < 0.5 ? this.digitString(this.int(8, 10)) : `CB${this.digitString(6)}`;
  }
  labCase(): string {
    return this.pick([this.digitString(this.int(5, 6)), `C-${this.digitString(5)}`, `${this.letters(2)}${this.digitString(5)}`]);
  }
  tracking(): string {
    return this.r() < 0.6 ? `1Z${this.lettersOf(TRACK_CHARS, 16)}` : this.digitString(12);
  }
  ip(): string {
    return this.r() < 0.6 ? `192.168.${this.int(0, 40)}.${this.int(2, 254)}` : `10.${this.int(0, 99)}.${this.int(0, 255)}.${this.int(2, 254)}`;
  }
  plate(): string {
    return this.pick([`${this.digitString(1)}${this.letters(3)}${this.digitString(3)}`, `${this.letters(3)} ${this.digitString(4)}`, `${this.letters(3)}-${this.digitString(3)}`, `${this.digitString(3)} ${this.letters(3)}`]);
  }
  /** A ten-digit phone and the part that must be covered (a leading '(' need not be). */
  phone(): readonly [string, string] {
    const a = this.r() < 0.7 ? this.pick(['208', '801', '385', '435', '503', '541', '971', '509', '360', '406', '307']) : String(this.int(205, 985));
    const b = String(this.int(200, 999));
    const c = String(this.int(0, 9999)).padStart(4, '0');
    if (this.r() < 0.3) return [`(${a}) ${b}-${c}`, `${a}) ${b}-${c}`];
    const f = this.pick([`${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}/${b}-${c}`, `1-${a}-${b}-${c}`]);
    return [f, f];
  }
  email(g: string, s: string): string {
    const dom = this.pick([`${asciiLetters(this.grove())}dental.com`, 'gmail.com', 'yahoo.com', `${asciiLetters(this.town()) || 'sandy'}smiles.com`, 'outlook.com', 'hotmail.com']);
    const a = asciiLetters(g) || 'pat';
    const b = asciiLetters(s) || 'doe';
    const local = this.pick([`${a}.${b}`, `${a.charAt(0)}${b}${this.int(1, 99)}`, `${b}${a.charAt(0)}`, `${a}${this.int(70, 2012)}`]);
    return `${local}@${dom}`;
  }
  /** An office e-mail address. */
  officeEmail(): string {
    return `${this.pick(['frontdesk', 'records', 'referrals', 'office', 'insurance', 'billing'])}@${asciiLetters(this.grove())}dental.com`;
  }
  url(): string {
    const host = asciiLetters(this.grove()) || 'summit';
    return this.pick([`https://www.${host}dental.com/book`, `www.${host}smiles.com`, `https://${host}dental.com/schedule-online`, `https://patient.${host}ortho.com/login`]);
  }
  /** 'Dr. First Last, DDS' style: the text and its parts. */
  doctor(): readonly [string, readonly string[]] {
    const g = this.given();
    const s = this.sur();
    const k = this.int(0, 4);
    if (k === 0) return [`${g} ${s}, DDS`, [g, s]];
    if (k === 1) return [`Dr. ${g} ${this.mi()} ${s}, DMD, MS`, [g, s]];
    if (k === 2) return [`${g} ${s}, DMD, MD`, [g, s]];
    if (k === 3) return [`Dr. ${g} ${s}`, [g, s]];
    return [`${s}, ${g} DDS`, [s, g]];
  }
}

const FRAMES: readonly (readonly [string, Frame<Draw>])[] = [
  // dental charts and clinical notes
  ['chart header chart number DOB provider', (d) => {
    const s = d.sur(); const g = d.given(); const ch = d.chartNo(s); const dob = d.dob(); const [doc, p] = d.doctor();
    return [`PATIENT: ${s.toUpperCase()}, ${g.toUpperCase()}   CHART #: ${ch}   DOB: ${dob}\nPROVIDER: ${doc}   OP ${d.int(1, 8)}`, [s.toUpperCase(), g.toUpperCase(), ch, dob, ...p]];
  }],
  ['restorative note with assistant', (d) => {
    const g = d.given(); const s = d.sur();
    return [`#${d.tooth()} ${d.surface()} composite (Filtek Supreme Ultra, ${d.shade()}) placed under rubber dam; 4% Septocaine 1:100k 1.7 mL infiltration. Assisted by ${g} ${s}, ${d.cred()}.`, [g, s]];
  }],
  ['crown prep sent to lab due back weekday', (d) => {
    const l = d.lab(); const w = d.weekday(); const t = d.tooth();
    return [`#${t} prepped for full-contour zirconia crown (D2740); Impregum impression, shade ${d.shade()}. Case sent to ${l}, due back ${w}.`, [l, w]];
  }],
  ['hygiene visit hygienist and recall month', (d) => {
    const g = d.given(); const s = d.sur(); const my = d.slashMonthYear();
    return [`Adult prophy (D1110), 4BWX (D0274), periodic exam (D0120). Hygienist: ${g} ${s}, RDH. Next recall due ${my}.`, [g, s, my]];
  }],
  ['clinical note signed with initials', (d) => {
    const i = d.initials(); const sig = d.pick([`/${i}`, `-- ${i}`, `Entered by ${i}`, `${i}/dr`]);
    return [`Post-op instructions reviewed; pt verbalized understanding. Next visit: seat crown #${d.tooth()}.\n${sig}`, [i]];
  }],
  ['emergency visit tooth broken on holiday', (d) => {
    const h = d.holiday();
    return [`LIMITED EXAM (D0140): pt fractured #${d.anterior()} ${d.pick(['MI angle', 'incisal edge', 'DI corner'])} on ${h} ${d.pick(['biting a popcorn kernel', 'in a bike fall', 'playing softball', 'opening a bottle'])}; no mobility, pulp not exposed.`, [h]];
  }],
  ['denture patient over 89', (d) => {
    const n = d.ageOver89();
    const [sx, pos] = d.pick([['F', 'her'], ['M', 'his']] as const);
    return [`${n} y/o ${sx} presents with ${pos} ${d.pick(['daughter', 'son', 'granddaughter', 'grandson', 'niece', 'caregiver'])} for a hard reline of the maxillary complete denture (D5750); sore spot under the L flange.`, [n]];
  }],
  ['medical history update anticoagulant physician', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const c = d.clinic();
    return [`Medical history reviewed ${dt}. Now on apixaban 5 mg BID per PCP ${g} ${s}, MD (${c}); no change to plan, local hemostasis only.`, [dt, g, s, c]];
  }],
  ['premedication per orthopedic surgeon', (d) => {
    const my = d.monthYear(); const s = d.sur();
    return [`Hx L TKA ${my}. Per orthopedic surgeon Dr. ${s}, amoxicillin 2 g PO 1 hr prior to cleanings for 2 years.`, [my, s]];
  }],
  ['no-show with message left', (d) => {
    const w = d.weekday(); const md = d.slashMd(); const [ph, p] = d.phone();
    return [`Pt no-show ${w} ${md} (${d.pick(['D4910', 'crown seat', 'prophy', 'D2391 #19'])}); LM on cell ${ph} to reschedule. Broken appt #${d.int(2, 3)} this year.`, [w, md, p]];
  }],
  ['patient e-mail about sensitivity', (d) => {
    const em = d.email(d.given(), d.sur()); const md = d.monDay();
    return [`Pt e-mailed from ${em} on ${md}: cold sensitivity on the new filling; advised Sensodyne and recheck in 2 weeks.`, [em, md]];
  }],
  // periodontal charting and therapy
  ['perio chart header with examiner', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`PERIODONTAL CHARTING   Exam date: ${dt}   Examiner: ${g} ${s}, RDH\nBOP ${d.int(12, 60)}%   Plaque score ${d.int(20, 80)}%   Stage III Grade B`, [dt, g, s]];
  }],
  ['SRP quadrants and next weekday', (d) => {
    const md = d.monDay(); const w = d.weekday(); const g = d.given();
    return [`SRP UR/LR (D4341 x2) completed ${md} with Oraqix; UL/LL booked ${w} with ${g}.`, [md, w, g]];
  }],
  ['periodontist referral letter opening', (d) => {
    const s = d.sur(); const g = d.given(); const s2 = d.sur();
    return [`Dear Dr. ${s},\nI am referring ${d.title()} ${g} ${s2} for evaluation of generalized Stage III, Grade C periodontitis with 6-8 mm pockets in the molar regions.`, [s, g, s2]];
  }],
  ['alternating perio maintenance with outside office', (d) => {
    const pr = d.practice(); const t = d.town();
    return [`Perio maintenance (D4910) alternates every 3 months with ${pr} in ${t}; last visit there per pt.`, [pr, t]];
  }],
  ['osseous surgery and suture removal', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const w = d.weekday();
    return [`Osseous surgery LR quadrant ${dt} by ${doc}; 4-0 PTFE sutures, Coe-Pak placed. Suture removal ${w}.`, [dt, ...p, w]];
  }],
  // treatment plans and financial records
  ['treatment plan presented by coordinator', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur(); const t = d.tooth();
    return [`TREATMENT PLAN - presented ${dt} by ${g} ${s}, treatment coordinator\nPhase I: D4341 x4, D1110\nPhase II: #${t} D3330 + D2950 + D2740\nEst. patient portion $2,418.00`, [dt, g, s]];
  }],
  ['responsible party SSN and account', (d) => {
    const g = d.given(); const s = d.sur(); const ssn = d.ssn(); const a = d.acct();
    return [`Responsible party: ${g} ${s} (${d.relation()})   SSN: ${ssn}   Acct #${a}`, [g, s, ssn, a]];
  }],
  ['ledger payment and receipt e-mail', (d) => {
    const dt = d.mdy(); const a = d.acct(); const em = d.email(d.given(), d.sur());
    return [`Ledger ${dt}: pmt $450.00 Visa, acct ${a}; receipt e-mailed to ${em}.`, [dt, a, em]];
  }],
  ['extraction consent witnessed', (d) => {
    const g = d.given(); const s = d.sur(); const dt = d.date();
    return [`Consent for removal of teeth #1, 16, 17 and 32 under IV sedation signed by the patient and witnessed by ${g} ${s}, ${d.cred()} on ${dt}.`, [g, s, dt]];
  }],
  ['informed refusal with relative present', (d) => {
    const g = d.given(); const md = d.slashMd();
    return [`Pt declined RCT #${d.tooth()} and elected extraction; risks of drifting and bone loss explained with ${d.relation()} ${g} present. Informed refusal signed ${md}.`, [g, md]];
  }],
  // oral surgery
  ['operative report header', (d) => {
    const dt = d.date(); const [doc, p] = d.doctor(); const g = d.given(); const s = d.sur();
    return [`OPERATIVE REPORT\nDate of surgery: ${dt}\nSurgeon: ${doc}\nAssistant: ${g} ${s}, ${d.pick(['DAANCE', 'RDA', 'CDA'])}\nAnesthesia: IV moderate sedation + local (4% articaine 1:100k, 6.8 mL)`, [dt, ...p, g, s]];
  }],
  ['third molars discharged to escort', (d) => {
    const g = d.given(); const s = d.sur();
    return [`Teeth #1, 16, 17, 32 removed (D7240 x2, D7230 x2); sockets irrigated, 3-0 chromic. Discharged at ${d.time()} to ${d.relation()} ${g} ${s}, who will drive.`, [g, s]];
  }],
  ["Ludwig's angina sent to hospital", (d) => {
    const h = d.hospital(); const s = d.sur(); const [ph, p] = d.phone();
    return [`Firm bilateral submandibular swelling, elevated floor of mouth, trismus 18 mm, concerning for Ludwig's angina. Sent to ${h} ED; spoke with Dr. ${s}, OMFS on call, at ${ph}.`, [h, s, p]];
  }],
  ['implant placement and graft lots', (d) => {
    const lot = d.lot(); const lot2 = d.lot();
    return [`Implant #${d.tooth()}: ${d.pick(IMPLANTS)}, LOT ${lot}; cover screw placed, ISQ ${d.int(62, 80)}. Graft: Bio-Oss 0.25 g, LOT ${lot2}.`, [lot, lot2]];
  }],
  ['allograft tissue id', (d) => {
    const id = d.tissueId(); const md = d.monDay();
    return [`Socket preservation #${d.tooth()} with mineralized cortical allograft, tissue ID ${id}, and a collagen plug; implant card returned to the tissue bank ${md}.`, [id, md]];
  }],
  ['biopsy to oral pathology', (d) => {
    const h = d.hospital(); const acc = d.accession(); const [ph, p] = d.phone();
    return [`Excisional biopsy of lower lip mucocele (D7410) sent to oral pathology at ${h}, accession ${acc}. Call pt with results at ${ph}.`, [h, acc, p]];
  }],
  ['post-op dry socket weekday', (d) => {
    const w = d.weekday(); const md = d.monDay();
    return [`Seen ${w} for post-op check: #17 socket with exposed bone c/w alveolar osteitis; Alvogyl placed. Recheck ${md}.`, [w, md]];
  }],
  ['Le Fort osteotomy at hospital', (d) => {
    const h = d.hospital(); const dt = d.date(); const [doc, p] = d.doctor();
    return [`Le Fort I osteotomy with BSSO at ${h} ${dt} by ${doc}; Class III skeletal correction, 5 mm maxillary advancement.`, [h, dt, ...p]];
  }],
  ['oral surgery referral with fax', (d) => {
    const [doc, p] = d.doctor(); const pr = d.practice(); const [fx, pf] = d.phone();
    return [`Referral for evaluation of impacted #${d.pick([17, 32])} from ${doc} at ${pr}; pano faxed from ${fx}.`, [...p, pr, pf]];
  }],
  // office sedation records
  ['sedation record header', (d) => {
    const dt = d.date(); const s = d.sur(); const g = d.given();
    return [`SEDATION RECORD   ${dt}   ASA ${d.pick(['I', 'II', 'III'])}   Mallampati ${d.pick(['I', 'II', 'III'])}   Wt ${d.int(48, 120)} kg\nPt: ${s}, ${g}   NPO since 2200`, [dt, s, g]];
  }],
  ['sedation monitor and flowmeter serials', (d) => {
    const a = d.serial(); const b = d.serial();
    return [`Monitor: ${d.pick(['Masimo Rad-97', 'Nonin 2500', 'Criticare nGenuity'])} S/N ${a}; capnography continuous. Accutron nitrous flowmeter S/N ${b}.`, [a, b]];
  }],
  ['sedation vitals line with initials', (d) => {
    const i = d.initials();
    return [`${d.time()}  BP ${d.int(110, 150)}/${d.int(60, 92)}  HR ${d.int(60, 100)}  SpO2 ${d.int(95, 100)}%  EtCO2 ${d.int(32, 42)}  midazolam ${d.int(1, 2)} mg IV  ${i}`, [i]];
  }],
  ['dentist licence permit and DEA', (d) => {
    const [doc, p] = d.doctor(); const l = d.license(); const pm = d.permit(); const dea = d.dea();
    return [`${doc}\nLicense ${l}   Moderate Sedation Permit ${pm}   DEA ${dea}`, [...p, l, pm, dea]];
  }],
  ['escort with car and plate', (d) => {
    const g = d.given(); const s = d.sur(); const [ph, p] = d.phone(); const pl = d.plate();
    return [`Escort: ${d.relation()} ${g} ${s}, cell ${ph}; waiting in the lot (${d.pick(CARS)}, plate ${pl}).`, [g, s, p, pl]];
  }],
  ['pre-op call NPO and arrival', (d) => {
    const w = d.weekday(); const g = d.given(); const pr = d.practice(); const st = d.street();
    return [`Pre-op call ${w}: NPO after midnight confirmed with pt's ${d.relation()} ${g}; arrive 7:15 AM at ${pr} (${st}).`, [w, g, pr, st]];
  }],
  // orthodontics
  ['ortho initial records', (d) => {
    const dt = d.date(); const g = d.given(); const s = d.sur();
    return [`INITIAL ORTHO RECORDS ${dt}: pano, ceph, photos, iTero scan. ${g} ${s}, age ${d.int(9, 16)}. Angle Class II div 1, overjet 7 mm, ANB 6°.`, [dt, g, s]];
  }],
  ['bonding appointment and archwire', (d) => {
    const md = d.slashMd(); const s = d.sur();
    return [`Bonded U/L ${md}: Damon Q2, .014 CuNiTi; no elastics yet. Next adjustment in 6-8 wks with Dr. ${s}.`, [md, s]];
  }],
  ['Invisalign patient id and delivery', (d) => {
    const id = d.digitString(8); const md = d.monDay();
    return [`Invisalign Comprehensive, patient ID ${id}. Aligners 1-${d.int(8, 14)} delivered ${md}; attachments placed #6-11.`, [id, md]];
  }],
  ['parent and school for appointments', (d) => {
    const g = d.given(); const s = d.sur(); const sc = d.school(); const t = d.town();
    return [`Mother ${g} ${s} asks for appts after 3:30 PM; ${d.pick(['he', 'she'])} attends ${sc} in ${t}.`, [g, s, sc, t]];
  }],
  ['debond and retainer check', (d) => {
    const dt = d.date(); const w = d.weekday(); const md = d.monDay();
    return [`Debonded ${dt}. Upper Hawley and lower bonded 3-3 retainer (.0195 twistflex). Retainer check ${w} ${md}.`, [dt, w, md]];
  }],
  ['expander turned by parent', (d) => {
    const g = d.given(); const md = d.monDay();
    return [`Hyrax expander: ${g} (${d.pick(['mom', 'dad', 'grandma'])}) turning once nightly since ${md}; 24 turns done, stop at 28.`, [g, md]];
  }],
  // referral letters and correspondence
  ['letterhead address phone fax', (d) => {
    const pr = d.practice(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const [fx, pf] = d.phone();
    return [`${pr}\n${st}\n${t}, ${d.state()} ${z}\nTel ${ph}   Fax ${fx}`, [pr, st, t, z, p, pf]];
  }],
  ['letter RE line', (d) => {
    const g = d.given(); const s = d.sur(); const dob = d.dob(); const ch = d.chartNo(s);
    return [`RE: ${g} ${s}   DOB ${dob}   Chart ${ch}`, [g, s, dob, ch]];
  }],
  ['endodontic report back', (d) => {
    const s = d.sur(); const g = d.given(); const dt = d.date();
    return [`Dear Dr. ${s},\nThank you for referring ${g}. Root canal therapy on #${d.tooth()} (D3330) was completed ${dt}; please place a full-coverage restoration within 30 days.`, [s, g, dt]];
  }],
  ['letter signature with e-mail', (d) => {
    const g = d.given(); const s = d.sur(); const em = d.email(g, s);
    return [`Sincerely,\n\n${g} ${s}, DDS, MS\nDiplomate, American Board of Endodontics\n${em}`, [g, s, em]];
  }],
  ['cc line with practice and fax', (d) => {
    const s = d.sur(); const pr = d.practice(); const [fx, pf] = d.phone();
    return [`cc: Dr. ${s}, ${pr} (fax ${fx})`, [s, pr, pf]];
  }],
  ['records request sent by e-mail', (d) => {
    const dt = d.date(); const pr = d.practice(); const em = d.officeEmail();
    return [`Records request received ${dt} from ${pr}: FMX, perio chart and ledger sent to ${em}.`, [dt, pr, em]];
  }],
  // insurance pre-determinations and claims
  ['pre-determination submitted subscriber and group', (d) => {
    const dt = d.date(); const m = d.memberId(); const gr = d.groupNo(); const t = d.tooth();
    return [`Pre-treatment estimate sent to ${d.payer()} ${dt}: subscriber ID ${m}, group #${gr}. Procedures: D2740 #${t}, D2950 #${t}.`, [dt, m, gr]];
  }],
  ['pre-determination response', (d) => {
    const pd = d.refNo('PD'); const md = d.monDay();
    return [`Predetermination #${pd} received ${md}: D6010 #${d.tooth()} not a covered benefit; D2740 approved at 50% (alternate benefit D2791 applied).`, [pd, md]];
  }],
  ['ADA claim form subscriber boxes', (d) => {
    const s = d.sur().toUpperCase(); const g = d.given().toUpperCase(); const st = d.street(); const t = d.town(); const z = d.zip(); const dob = d.mdy(); const m = d.memberId();
    return [`12. ${s}, ${g} ${d.mi()}\n    ${st}\n    ${t}, ${d.state()} ${z}\n13. DOB ${dob}   14. Gender ${d.pick(['F', 'M'])}   15. Subscriber ID ${m}`, [s, g, st, t, z, dob, m]];
  }],
  ['benefit verification call', (d) => {
    const dt = d.date(); const rep = d.given(); const ref = d.refNo('R');
    return [`Benefits verified ${dt} with ${rep} at ${d.payer()}; call ref #${ref}. Annual max $1,500, $1,120 remaining; BWX 1/12 mo.`, [dt, rep, ref]];
  }],
  ['Medicaid dental prior authorization', (d) => {
    const id = d.digitString(d.int(9, 11)); const pa = d.refNo('PA'); const dt = d.mdy();
    return [`${d.pick(MEDICAID)} ID ${id}; prior authorization #${pa} for D7240 #${d.pick([1, 16, 17, 32])} approved through ${dt}.`, [id, pa, dt]];
  }],
  ['subscriber SSN and employer', (d) => {
    const g = d.given(); const s = d.sur(); const ssn = d.ssn(); const e = d.employer();
    return [`Subscriber: ${g} ${s}   SSN ${ssn}   Employer: ${e}`, [g, s, ssn, e]];
  }],
  ['claim narrative with film date', (d) => {
    const md = d.slashMd(); const [doc, p] = d.doctor();
    return [`Narrative: #${d.tooth()} fractured MOD amalgam with a fractured ML cusp; pre-op PA dated ${md} attached.\n${doc}`, [md, ...p]];
  }],
  ['EOB claim and check numbers', (d) => {
    const dt = d.mdy(); const cl = d.refNo('CL'); const ck = d.digitString(d.int(6, 8));
    return [`EOB ${dt}: claim #${cl}, paid $684.20 toward D2740; check #${ck}.`, [dt, cl, ck]];
  }],
  // lab slips
  ['lab slip header with lab address', (d) => {
    const l = d.lab(); const st = d.street(); const t = d.town(); const z = d.zip(); const [ph, p] = d.phone(); const c = d.labCase();
    return [`${l}\n${st}, ${t}, ${d.state()} ${z}\nPh ${ph}   Case #${c}`, [l, st, t, z, p, c]];
  }],
  ['lab Rx patient and due date', (d) => {
    const g = d.given(); const s = d.sur(); const w = d.weekdayShort(); const md = d.slashMd();
    return [`Patient: ${g} ${s}   Due: ${w} ${md}\nTooth #${d.anterior()}  IPS e.max CAD, shade ${d.shade()}, stump ND${d.int(1, 6)}, light occlusal contact`, [g, s, w, md]];
  }],
  ['lab shipment tracking', (d) => {
    const md = d.monDay(); const tr = d.tracking(); const w = d.weekday();
    return [`Shipped to lab ${md} via ${d.pick(['UPS', 'FedEx'])}, tracking ${tr}; needed back by ${w}.`, [md, tr, w]];
  }],
  ['lab technician call', (d) => {
    const g = d.given(); const s = d.sur(); const s2 = d.sur();
    return [`Call from ${g} ${s}, CDT, at the lab: insufficient occlusal clearance on #${d.tooth()}; will adjust opposing cusp per Dr. ${s2}.`, [g, s, s2]];
  }],
  ['lab Rx prescribing dentist licence', (d) => {
    const [doc, p] = d.doctor(); const l = d.license(); const dt = d.mdy();
    return [`Prescribing dentist: ${doc}   License ${l}   Date ${dt}`, [...p, l, dt]];
  }],
  // radiograph logs
  ['radiograph log line', (d) => {
    const dt = d.mdy(); const i = d.initials();
    return [`${dt}  FMX (D0210)  ${d.pick(['Dexis Titanium', 'Schick 33', 'Carestream RVG 6200'])}  70 kVp 7 mA  ${i}`, [dt, i]];
  }],
  ['pan unit and sensor serials', (d) => {
    const a = d.serial(); const b = d.serial(); const md = d.monDay();
    return [`Pan: Planmeca ProMax 2D S/N ${a}; intraoral sensor size 2 S/N ${b} replaced ${md}.`, [a, b, md]];
  }],
  ['CBCT study exported to workstation IP', (d) => {
    const id = d.studyId(); const ip = d.ip();
    return [`CBCT (Carestream CS 9600, 8x8 FOV) study ${id} exported to the surgical guide workstation at ${ip}.`, [id, ip]];
  }],
  ['outside radiographs received', (d) => {
    const dt = d.date(); const pr = d.practice(); const em = d.officeEmail();
    return [`BWX dated ${dt} received from ${pr} via ${em}; not diagnostic for #${d.tooth()} distal.`, [dt, pr, em]];
  }],
  ['radiography certificate of operator', (d) => {
    const g = d.given(); const s = d.sur(); const c = d.cert();
    return [`Exposed by ${g} ${s}, RDA, radiology certificate #${c}; 2 retakes (cone cut).`, [g, s, c]];
  }],
  ['dosimetry badge reading', (d) => {
    const b = d.digitString(d.int(6, 7)); const g = d.given(); const s = d.sur(); const my = d.monthYear();
    return [`Dosimetry badge ${b} (${g} ${s}), read ${my}: 0 mrem deep dose.`, [b, g, s, my]];
  }],
  // recall postcards and reminders
  ['recall postcard', (d) => {
    const g = d.given(); const pr = d.practice(); const [ph, p] = d.phone(); const u = d.url();
    return [`Hi ${g}! It's time for your 6-month cleaning at ${pr}. Call ${ph} or book online at ${u}.`, [g, pr, p, u]];
  }],
  ['text reminder with hygienist', (d) => {
    const pr = d.practice(); const g = d.given(); const [m, dd] = d.md(); const when = `${d.weekday()}, ${MON[m - 1]!} ${dd}`; const g2 = d.given();
    return [`${pr}: Reminder for ${g}, ${when} at 2:40 PM with ${g2}. Reply C to confirm.`, [pr, g, when, g2]];
  }],
  ['postcard address block', (d) => {
    const g = d.given(); const s = d.sur(); const st = d.street(); const t = d.town(); const z = d.zip();
    return [`${g} ${s}\n${st}\n${t} ${d.state()} ${z}`, [g, s, st, t, z]];
  }],
  ['overdue recall letter', (d) => {
    const my = d.monthYear(); const s = d.sur();
    return [`Our records show your last cleaning was in ${my}. Dr. ${s} and the hygiene team would love to see you.`, [my, s]];
  }],
  // practice systems, community and other
  ['practice software audit line', (d) => {
    const i = d.initials(); const ip = d.ip(); const dt = d.mdy();
    return [`Dentrix audit: chart opened by user ${i} from ${ip} on ${dt} ${d.time()}.`, [i, ip, dt]];
  }],
  ['teledentistry link', (d) => {
    const u = d.url(); const t = d.town();
    return [`Teledentistry consult link: ${u}; pt joined from ${t}, ${d.state()}.`, [u, t]];
  }],
  ['school sealant program and county', (d) => {
    const sc = d.school(); const c = d.county();
    return [`Seen at the ${sc} sealant day (${c} County Health District). Sealants #3, 14, 19, 30 placed.`, [sc, c]];
  }],
  ['fluoride history by town', (d) => {
    const t = d.town(); const t2 = d.town();
    return [`Grew up in ${t} on well water (no fluoride); moved to ${t2} in ${d.int(2005, 2020)}.`, [t, t2]];
  }],
  ['prescription to local pharmacy and PDMP', (d) => {
    const ph = d.pharmacy(); const st = d.street(); const r = d.digitString(d.int(8, 9));
    return [`Rx: ibuprofen 600 mg #20, hydrocodone/APAP 5/325 #8; e-prescribed to ${ph}, ${st}. PDMP checked, report ${r}.`, [ph, st, r]];
  }],
  ['intraoral scanner serial and scan id', (d) => {
    const sn = d.serial(); const id = d.digitString(d.int(8, 9)); const l = d.lab();
    return [`Digital impression, iTero Element 5D S/N ${sn}; scan ID ${id} sent to ${l}.`, [sn, id, l]];
  }],
  ['ED visit for facial swelling', (d) => {
    const h = d.hospital(); const w = d.weekday();
    return [`Seen at ${h} ED ${w} night for facial swelling; given clindamycin and told to follow up with a dentist.`, [h, w]];
  }],
  ['workplace injury employer and claim', (d) => {
    const e = d.employer(); const md = d.monDay(); const c = d.refNo('WC');
    return [`Pt struck in the mouth by a ladder at work (${e}) ${md}; workers' comp claim ${c}.`, [e, md, c]];
  }],
  ['child with parents and behavior', (d) => {
    const g = d.given(); const g2 = d.given(); const s2 = d.sur();
    return [`Pt (age ${d.int(3, 8)}) accompanied by mom ${g} and stepdad ${g2} ${s2}; Frankl 3, tell-show-do used.`, [g, g2, s2]];
  }],
  ['sedation age over 89', (d) => {
    const n = d.ageOver89(); const s = d.sur();
    return [`${n}-year-old ${d.pick(['woman', 'man'])}, ASA III; nitrous only (30%) per Dr. ${s}, no oral sedatives given age.`, [n, s]];
  }],
];

/** The names of the wave's frames. */
export const dentalFrameNames = (): string[] => FRAMES.map(([name]) => name);

/** The wave: every frame `rounds` times, each in one of three casings; parts occur exactly once in their text. */
export function dentalWaveCases(seed: number, rounds = 6): WaveCase[] {
  return seededWave(FRAMES, FAKERS, (r) => new Draw(r, FAKERS), seed, 10487, rounds);
}

/** Look-alikes in dental and oral-surgery style: `part` must not be touched by any finding. */
const KEEP: readonly (readonly [string, string])[] = [
  // tooth numbers and surfaces in every notation
  ['#14 MOD composite, shade A2', '#14 MOD'], ['Recurrent decay #3 DO under the old amalgam.', '#3 DO'], ['UR6 occlusal caries', 'UR6'], ['LL8 partially erupted, mesioangular', 'LL8'],
  ['Sealants on 36 and 46 (FDI)', '36 and 46'], ['Missing #18-#20; three-unit bridge planned', '#18-#20'], ['Primary teeth A, J, K and T present', 'A, J, K and T'],
  ['Fractured #8 MI angle', '#8 MI'], ['Class V lesions #11-#13', '#11-#13'], ['Sealants #3, #14, #19, #30 (D1351 x4)', '#3, #14, #19, #30'], ['Access through the crown on 2.6', '2.6'],
  ['Grade II mobility #24 and #25', '#24 and #25'], ['Tooth 47 lingually tipped', '47'], ['Retained deciduous K', 'K'],
  // periodontal measures
  ['Probing depths 3-2-4 / 5-3-6 on #30', '5-3-6'], ['BOP 28%, plaque score 41%', 'BOP 28%'], ['Stage III, Grade B periodontitis, generalized', 'Stage III, Grade B'],
  ['Class II furcation (Glickman) #19 B', 'Glickman'], ['Miller Class I recession #24', 'Miller Class I'], ['CAL 5-6 mm interproximal', '5-6 mm'], ['Gracey 11/12 and 13/14 for SRP', 'Gracey 11/12'],
  ['Cavitron ultrasonic scaling', 'Cavitron'], ['Arestin placed in 4 sites', 'Arestin'], ['Bass technique reviewed with the patient', 'Bass'], ['PerioGard 0.12% rinse BID', 'PerioGard'],
  // CDT and ICD-10 codes
  ['D2740 crown - porcelain/ceramic', 'D2740'], ['D0150 comprehensive oral evaluation', 'D0150'], ['D4341 x2 quadrants', 'D4341'], ['D7240 removal of impacted tooth, completely bony', 'D7240'],
  ['D6010 endosteal implant', 'D6010'], ['D9239 IV moderate sedation, first 15 min', 'D9239'], ['D8080 comprehensive orthodontic treatment', 'D8080'], ['ICD-10 K02.52', 'K02.52'],
  ['K05.321 chronic periodontitis, localized, moderate', 'K05.321'],
  // anesthetics, drugs and doses
  ['4% Septocaine with epi 1:100,000, 1.7 mL', 'Septocaine'], ['2% lidocaine 1:100k x 2 carpules', '1:100k'], ['Carbocaine 3% plain', 'Carbocaine'], ['Oraqix applied to the pockets', 'Oraqix'],
  ['hydrocodone/APAP 5/325 #12', '5/325'], ['amoxicillin 500 mg #21', '#21'], ['ibuprofen 600 mg q6h x 3 days', '600 mg'], ['midazolam 5 mg IV titrated', '5 mg'], ['fentanyl 50 mcg IV', '50 mcg'],
  ['N2O 30% / O2 70%', '30%'], ['Decadron 8 mg IV', 'Decadron'], ['Duraphat 5% NaF varnish', 'Duraphat'], ['Prevident 5000 Plus at bedtime', 'Prevident 5000'],
  // materials, devices and brands
  ['Dentsply Sirona Primescan', 'Dentsply Sirona'], ['IPS e.max Press LT A2', 'e.max'], ['Ivoclar Tetric EvoCeram', 'Ivoclar'], ['Filtek Supreme Ultra A3B', 'Filtek'], ['Fuji IX GIC liner', 'Fuji IX'],
  ['RelyX Unicem cement', 'RelyX'], ['Vitrebond under the composite', 'Vitrebond'], ['Straumann BLT 4.1 x 10 mm RC', '4.1 x 10 mm'], ['Nobel Biocare NobelActive', 'Nobel Biocare'],
  ['Bio-Oss 0.5 g and Bio-Gide membrane', 'Bio-Oss'], ['Impregum Penta soft', 'Impregum'], ['ProTaper Gold to F2', 'ProTaper'], ['AH Plus sealer, warm vertical', 'AH Plus'], ['Cavit temporary', 'Cavit'],
  ['Tofflemire matrix band', 'Tofflemire'], ['Kerr Herculite XRV', 'Herculite'], ['Stump shade ND3', 'ND3'], ['Poured in Type IV die stone', 'stone'], ['Ivory matrix retainer', 'Ivory'],
  ['iTero Element 5D scan', 'iTero Element 5D'], ['CEREC Primemill', 'CEREC'], ['Planmeca ProMax 3D', 'Planmeca'], ['Carestream CS 9600 CBCT', 'CS 9600'], ['Dexis Titanium sensor size 2', 'Dexis'],
  ['Accutron nitrous flowmeter', 'Accutron'], ['Masimo Rad-97 pulse oximeter', 'Masimo'], ['Molt #9 periosteal elevator', 'Molt'], ['Cryer elevators', 'Cryer'], ['Minnesota retractor', 'Minnesota'],
  ['Gelfoam in the socket', 'Gelfoam'], ['4-0 chromic gut', '4-0 chromic'], ['Glidewell zirconia', 'Glidewell'],
  // orthodontics
  ['Hawley retainer', 'Hawley'], ['Essix retainer', 'Essix'], ['Herbst appliance', 'Herbst'], ['Nance holding arch', 'Nance'], ['Hyrax expander turned twice a day', 'Hyrax'], ['Damon Q2 brackets', 'Damon'],
  ['Roth prescription, .022 slot', '.022'], ['0.016 x 0.022 NiTi archwire', '0.016 x 0.022'], ['19x25 SS finishing wire', '19x25'], ['Invisalign aligner 14 of 32', '14 of 32'],
  ['SNA 82°, SNB 77°, ANB 5°', 'ANB 5°'], ['Overjet 6 mm, overbite 80%', 'overbite 80%'], ['IMPA 98°', 'IMPA 98°'], ['Bolton discrepancy 2 mm', 'Bolton'], ['Steiner analysis', 'Steiner'],
  // eponyms and classifications
  ["Ludwig's angina ruled out", "Ludwig's"], ['Le Fort I osteotomy', 'Le Fort I'], ['Class II div 1 (Angle)', 'Angle'], ['Angle Class III malocclusion', 'Angle Class III'], ["Black's Class V lesion", "Black's"],
  ['Kennedy Class I partially edentulous mandible', 'Kennedy Class I'], ['Pell and Gregory class IIB, Winter mesioangular', 'Pell and Gregory'], ['Mallampati III, ASA II', 'Mallampati III'],
  ['Frankl 3 (positive)', 'Frankl 3'], ['Wilkes stage II internal derangement', 'Wilkes'], ['Stafne bone defect on the pano', 'Stafne'], ['Fordyce granules on the buccal mucosa', 'Fordyce'],
  ["Sjögren's syndrome with xerostomia", "Sjögren's"], ['curve of Spee flattened', 'Spee'], ['curve of Wilson', 'Wilson'], ['Hall technique crown on K', 'Hall'], ['Dean fluorosis index: very mild', 'Dean'],
  ['Seibert Class III ridge defect', 'Seibert'], ['Caldwell-Luc approach', 'Caldwell-Luc'], ['Stensen duct patent', 'Stensen'], ["Wharton's duct sialolith", "Wharton's"], ["Bell's palsy after the block", "Bell's"],
  // scores, rooms, intervals and phases
  ['DMFT 7', 'DMFT 7'], ['Caries risk: high (CAMBRA)', 'CAMBRA'], ['Pain 7/10', '7/10'], ['Max opening 42 mm', '42 mm'], ['Seen in Op 3', 'Op 3'], ['Hygiene chair 2', 'chair 2'],
  ['6-month recall', '6-month'], ['3-month perio maintenance', '3-month'], ['Treatment plan phase II', 'phase II'], ['Appointment 1 of 3', '1 of 3'], ['BWX 1/12 months', '1/12'],
  // roles and generic places, payers and programs
  ['Refer to the oral surgeon.', 'oral surgeon'], ['Sent to the lab today.', 'the lab'], ['Pt asked to call the front desk.', 'front desk'], ['Go to the nearest ER if swelling worsens.', 'ER'],
  ['Reviewed by the treatment coordinator', 'treatment coordinator'], ['Delta Dental PPO, 50% major', 'Delta Dental'], ['MetLife PDP Plus', 'MetLife'], ['Cigna Dental DHMO', 'Cigna'],
  ['CareCredit application approved', 'CareCredit'], ['Medicaid covers D7140', 'Medicaid'], ['Idaho Smiles covers sealants', 'Idaho Smiles'], ['Charted in Dentrix', 'Dentrix'], ['Eaglesoft ledger', 'Eaglesoft'],
  // everyday words that are also names or towns
  ['Wisdom teeth removed in college.', 'Wisdom'], ['Crown seated with RelyX.', 'Crown'], ['Post and core #9', 'Post'], ['Root tip left in place, pt informed.', 'Root'], ['Gold onlay #30', 'Gold'],
  ['Silver amalgam fillings x6', 'Silver'], ['Hope to save #19 with endo.', 'Hope'], ['Will call with biopsy results.', 'Will'], ['Floss daily.', 'Floss'], ['Sugar intake high (soda 3/day).', 'Sugar'],
  ['Pearl-white shade requested', 'Pearl'], ['Bliss after the nitrous, per pt.', 'Bliss'], ['Grace period on the payment ends soon.', 'Grace'],
  // relations without names, ages, years and states
  ['Accompanied by her daughter.', 'daughter'], ['87 y/o M, edentulous maxilla', '87'], ['Braces removed in 2019.', '2019'], ['Last dental visit over 5 years ago.', '5 years'], ['Moved here from Utah.', 'Utah'],
];

export const dentalKeepCases = (): WaveCase[] => lookAlikes(KEEP);

/** A look-alike is touched when some finding overlaps its part. */
export const touchedDentalKeeps = (find: (text: string) => readonly DeidFinding[]): WaveCase[] => touchedBy(dentalKeepCases(), find);

export function scoreDentalWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => dentalWaveCases(seed)), find);
}
